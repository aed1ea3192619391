"""Message catalogs: every text the reader sees comes from locales/<lang>.json, never from code."""
import json
from functools import cache
from importlib import resources

from .errors import InputError, shown

LANGUAGES = ("en", "ja", "vi")


def check_language(lang: object) -> str:
    if lang not in LANGUAGES:
        raise InputError(
            f"unknown language {shown(lang)}: use one of {', '.join(LANGUAGES)}"
        )
    return lang  # type: ignore[return-value]


@cache
def catalog(lang: str) -> dict[str, str]:
    check_language(lang)
    text = resources.files(__package__).joinpath("locales", f"{lang}.json").read_text("utf-8")
    return json.loads(text)


def translate(lang: str, key: str, **kwargs: object) -> str:
    """The message `key` in `lang`. A key missing from a catalog is a bug, so it raises
    KeyError (tests check every catalog has every key) rather than showing another language."""
    message = catalog(lang)[key]
    return message.format(**kwargs) if kwargs else message


def join_sentences(lang: str, sentences: list[str]) -> str:
    """Sentences as one paragraph: Japanese puts no space after 。, other languages do."""
    return ("" if lang == "ja" else " ").join(sentences)
