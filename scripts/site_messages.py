"""The site's own interface text, in English, its source language: notices, the 404 page, the
site's name and the navigation titles. Same catalogs as the screener's messages (one .po per
language, screener/locales/<code>/LC_MESSAGES/messages.po); each key is the message's context.
"""
from screener.i18n import translations
from screener.messages import pgettext

SITE_MESSAGES: dict[str, str] = dict((
    pgettext("site.name", "Leaving or staying in Japan"),
    pgettext("site.last_verified", "Legal content last checked against official sources:"),
    pgettext("site.not_translated", "This page is not yet translated into your language. It is shown in English."),
    # Translators: shown on every page of your language until a qualified reviewer has checked it.
    pgettext("site.machine_assisted", "This translation was made with machine assistance and has not yet been reviewed by a qualified person. The Japanese official sources prevail."),
    pgettext("site.disclaimer", "General information, not legal advice. The Immigration Services Agency decides each case."),
    pgettext("site.not_found", "This page does not exist. Go to the English home page."),
    pgettext("site.outdated", "The English page has changed since this translation was made. Read the current English page:"),
    pgettext("site.outdated_link", "English version"),
    pgettext("site.reviewed", "This translation was reviewed by {reviewer}."),
    pgettext("site.start_check", "Start the self-check"),
    pgettext("site.start_check_note", "Private: it runs on your phone and sends nothing."),
    pgettext("site.get_help", "Get help now"),
    pgettext("site.leave", "Leave quickly"),
    pgettext("site.leave_label", "Leave this site quickly (shortcut: press Shift three times)"),
    pgettext("site.fallback", "(English)"),
    # Navigation titles: the English title is the key.
    pgettext("nav.Home", "Home"),
    pgettext("nav.Departure order", "Departure order"),
    pgettext("nav.Deportation or departure order", "Deportation or departure order"),
    pgettext("nav.Special permission to stay", "Special permission to stay"),
    pgettext("nav.Self-check", "Self-check"),
    pgettext("nav.Getting help", "Getting help"),
    pgettext("nav.Glossary", "Glossary"),
    pgettext("nav.Myths and FAQ", "Myths and FAQ"),
    pgettext("nav.Sources and method", "Sources and method"),
    pgettext("nav.Privacy", "Privacy"),
    pgettext("nav.Printable checklist", "Printable checklist"),
    pgettext("nav.Rule book", "Rule book"),
))


def site_text(lang: str) -> dict[str, str]:
    """The site's interface text in `lang` (missing or fuzzy translations fall back to English)."""
    catalog = translations(lang)
    return {key.removeprefix("site."): catalog.pgettext(key, message)
            for key, message in SITE_MESSAGES.items() if key.startswith("site.")}


def nav_translations(lang: str) -> dict[str, str]:
    """Navigation titles, English -> `lang`, as mkdocs-static-i18n's nav_translations."""
    catalog = translations(lang)
    return {message: catalog.pgettext(key, message)
            for key, message in SITE_MESSAGES.items() if key.startswith("nav.")}
