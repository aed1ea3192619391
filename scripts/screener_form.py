"""The screener form as static HTML, generated at build time from screener.questions(lang).

The form is readable and fillable before (or without) any script; screener-page.js only hides
questions whose `show_if` does not hold and sends the answers to Python.
"""
import json
from html import escape

from babel import Locale

import screener
from screener import i18n
from screener.languages import REGISTRY
from screener.messages import MESSAGES
from screener.present import text


def plural_forms(lang: str, key: str) -> dict[str, str]:
    """A plural message's forms by CLDR category, for Intl.PluralRules in the page: gettext picks
    a form by its Plural-Forms rule, the browser by category, so each is matched on samples."""
    locale = Locale.parse(REGISTRY[lang].bcp47.replace("-", "_"))
    singular, plural = MESSAGES[key]
    return {locale.plural_form(n): i18n.translations(lang).npgettext(key, singular, plural, n)
            for n in (*range(0, 112), 1000, 1001, 1000000)}


def ui_text(lang: str) -> dict:
    """The interface strings the page scripts need (the result's own text comes from Python),
    with the language's BCP 47 tag for Intl (dates, numbers, plurals)."""
    texts = {key.removeprefix("ui."): text(lang, key) for key, message in MESSAGES.items()
             if key.startswith("ui.") and isinstance(message, str)}
    return {**texts, "ban_years": plural_forms(lang, "ui.ban_years"), "locale": REGISTRY[lang].bcp47}


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _question(q: dict) -> str:
    qid = q["id"]
    help_id = f"q-{qid}-help"
    show_if = f' data-show-if="{_attr(json.dumps(q["show_if"]))}"' if "show_if" in q else ""
    described = f' aria-describedby="{help_id}"' if "help" in q else ""
    parts = [f'<fieldset class="screener-q" id="q-{qid}" data-question="{qid}"{show_if}{described}>',
             f'<legend>{escape(q["text"])}</legend>']
    if "help" in q:
        parts.append(f'<p class="screener-help" id="{help_id}">{escape(q["help"])}</p>')
    for option in q["options"]:
        input_id = f"q-{qid}-{option['value']}"
        parts.append(
            f'<div class="screener-option"><input type="radio" id="{input_id}" name="{qid}" '
            f'value="{_attr(option["value"])}"><label for="{input_id}">{escape(option["label"])}</label></div>'
        )
    parts.append("</fieldset>")
    return "\n".join(parts)


def render_form(lang: str, *, assets_url: str, checklist_url: str, pyodide_version: str, bundle: str,
                wheel: str, lock: str, download_bytes: int) -> str:
    texts = json.dumps({"page": ui_text(lang), "ja": ui_text("ja")}, ensure_ascii=False)
    texts = texts.replace("</", "<\\/")  # stays inside its <script>
    questions = "\n".join(_question(q) for q in screener.questions(lang))
    return f"""<div id="screener" class="screener" data-state="loading" data-lang="{lang}"
 data-pyodide-version="{_attr(pyodide_version)}" data-bundle="{_attr(bundle)}" data-wheel="{_attr(wheel)}"
 data-rules-version="{screener.RULES_VERSION}" data-checklist="{_attr(checklist_url)}"
 data-lock="{_attr(lock)}" data-download-bytes="{download_bytes}">
<script type="application/json" id="screener-text">{texts}</script>
<noscript><p class="screener-noscript">{escape(text(lang, "ui.noscript"))} <a href="{_attr(checklist_url)}">{escape(text(lang, "ui.checklist_link"))}</a></p></noscript>
<p class="screener-leave"><a href="about:blank" class="md-button screener-leave-button" rel="noreferrer">{escape(text(lang, "ui.leave"))}</a>
<span class="screener-leave-note">{escape(text(lang, "ui.leave_note"))}</span></p>
<div class="screener-status" role="status" aria-live="polite">
<progress class="screener-progress" max="4" value="0" aria-labelledby="screener-status-text" hidden></progress>
<span class="screener-status-text" id="screener-status-text">{escape(text(lang, "ui.privacy"))}</span>
</div>
<div class="screener-error" role="alert"></div>
<script src="{assets_url}js/screener-loader.js"></script>
<form id="screener-form" class="screener-form" novalidate autocomplete="off">
{questions}
<button type="submit" class="md-button md-button--primary" disabled>{escape(text(lang, "ui.submit"))}</button>
</form>
<section id="screener-result" class="screener-result" hidden></section>
<script src="{assets_url}js/screener-result.js" defer></script>
<script src="{assets_url}js/screener-page.js" defer></script>
</div>"""
