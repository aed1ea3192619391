"""The one registry of languages (languages.json): read by the screener, the build, the tests and
the translation tools. Adding a language starts here (see CONTRIBUTING.md)."""
import json
from dataclasses import dataclass
from importlib import resources

from .errors import InputError, shown


@dataclass(frozen=True)
class Language:
    code: str  # folder under docs/ and screener/locales/, the site's path prefix
    name: str  # in its own script, for the language switcher
    bcp47: str  # the `lang` attribute and Intl locale
    dir: str  # "ltr" or "rtl"
    search: str  # lunr language of the search index
    complete: bool  # every page translated: the language may be previewed alone
    sentence_space: bool  # a space between sentences (no: Japanese, Chinese)
    ruby: bool = False  # readings over every kanji (やさしいにほんご): scripts/furigana.py


REGISTRY: dict[str, Language] = {
    entry["code"]: Language(**entry)
    for entry in json.loads(resources.files(__package__).joinpath("languages.json").read_text("utf-8"))
}
SOURCE = "en"  # the language the messages and pages are written in
LANGUAGES = tuple(REGISTRY)


def check_language(lang: object) -> str:
    if not isinstance(lang, str) or lang not in REGISTRY:
        raise InputError(f"unknown language {shown(lang)}: use one of {', '.join(LANGUAGES)}")
    return lang  # type: ignore[return-value]
