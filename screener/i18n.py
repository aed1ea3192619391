"""Reading the message catalogs: GNU gettext, from the standard library (it runs in Pyodide too).

English is the source (messages.py) and needs no catalog. Every other language has a catalog
that translators edit, locales/<code>/LC_MESSAGES/messages.po at the repository's root, compiled
by the build into this package as locales/<code>/LC_MESSAGES/messages.mo
(`python -m scripts.translations compile`); in the browser, the worker puts each language's there
when it is first needed (scripts/wheel.py). A message that is missing or fuzzy (its English
changed since it was translated) falls back to English, and `untranslated(lang)` says which.
Only the presentation module (present.py) reads catalogs.
"""
import gettext
from functools import cache
from importlib import resources

from .languages import SOURCE, check_language
from .messages import MESSAGES

DOMAIN = "messages"


class CatalogMissing(RuntimeError):
    """The compiled catalog is not there: the package was not built (a developer's checkout)."""


class _Fallback(gettext.NullTranslations):
    """Last in the chain: English, noting which messages needed it."""

    def __init__(self):
        super().__init__()
        self.keys: set[str] = set()

    def pgettext(self, context, message):
        self.keys.add(context)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        self.keys.add(context)
        return msgid1 if n == 1 else msgid2


@cache
def _chain(lang: str) -> tuple[gettext.NullTranslations, _Fallback]:
    """The language's catalog, falling back to English (the last link, kept to read its notes)."""
    check_language(lang)
    fallback = _Fallback()
    if lang == SOURCE:
        return fallback, fallback
    mo = resources.files(__package__).joinpath("locales", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    if not mo.is_file():
        raise CatalogMissing(f"the {lang} message catalog is not compiled: run `make build` "
                             "(or `python -m scripts.translations compile`)")
    with mo.open("rb") as f:
        catalog = gettext.GNUTranslations(f)
    catalog.add_fallback(fallback)
    return catalog, fallback


def translations(lang: str) -> gettext.NullTranslations:
    return _chain(lang)[0]


def text(lang: str, key: str, **fields: object) -> str:
    """The message `key` in `lang`, with its {fields} filled in. An unknown key is a bug: KeyError."""
    message = MESSAGES[key]
    if isinstance(message, tuple):
        raise TypeError(f"{key} has plural forms: the page picks them by category (plural_forms)")
    translated = translations(lang).pgettext(key, message)
    return translated.format(**fields) if fields else translated


@cache
def untranslated(lang: str) -> frozenset[str]:
    """Keys shown in English in `lang` (no translation, or a fuzzy one)."""
    chain, fallback = _chain(lang)
    for key, message in MESSAGES.items():
        if isinstance(message, tuple):
            chain.npgettext(key, *message, 1)
        else:
            chain.pgettext(key, message)
    return frozenset() if lang == SOURCE else frozenset(fallback.keys)
