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
from screener.present import sections, text


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


def _section(section: dict, questions: list[dict]) -> str:
    sid = section["id"]
    return "\n".join([
        f'<section class="screener-step" id="step-{sid}" data-section="{sid}" aria-labelledby="step-{sid}-title">',
        f'<h2 class="screener-step-title" id="step-{sid}-title" tabindex="-1">{escape(section["title"])}</h2>',
        *(_question(q) for q in questions if q["section"] == sid),
        "</section>",
    ])


def render_form(lang: str, *, assets_url: str, checklist_url: str, help_url: str, pyodide_version: str,
                bundle: str, wheel: str, catalogs: list[str], first_catalogs: list[str], lock: str,
                download_bytes: int, runtime_bytes: int) -> str:
    texts = json.dumps({"page": {**ui_text(lang), "help_url": help_url}, "ja": ui_text("ja")}, ensure_ascii=False)
    texts = texts.replace("</", "<\\/")  # stays inside its <script>
    questions = screener.questions(lang)
    parts = sections(lang)
    steps = "\n".join(_section(section, questions) for section in parts)
    checklist = f'<a class="md-button" href="{_attr(checklist_url)}">{escape(text(lang, "ui.checklist_link"))}</a>'
    # Without JavaScript every part shows on one page and the printable checklist stands where the
    # submit button (hidden: it could do nothing) would be.
    return f"""<div id="screener" class="screener" data-state="loading" data-lang="{lang}"
 data-pyodide-version="{_attr(pyodide_version)}" data-bundle="{_attr(bundle)}" data-wheel="{_attr(wheel)}"
 data-catalogs="{_attr(" ".join(catalogs))}" data-catalogs-first="{_attr(" ".join(first_catalogs))}"
 data-rules-version="{screener.RULES_VERSION}" data-checklist="{_attr(checklist_url)}"
 data-lock="{_attr(lock)}" data-download-bytes="{download_bytes}" data-runtime-bytes="{runtime_bytes}">
<script type="application/json" id="screener-text">{texts}</script>
<noscript><p class="screener-noscript">{escape(text(lang, "ui.noscript"))} <a href="{_attr(checklist_url)}">{escape(text(lang, "ui.checklist_link"))}</a></p></noscript>
<div class="screener-status" role="status" aria-live="polite">
<progress class="screener-progress" max="100" value="0" aria-labelledby="screener-status-text" hidden></progress>
<span class="screener-status-text" id="screener-status-text">{escape(text(lang, "ui.privacy"))}</span>
</div>
<div class="screener-error" role="alert"></div>
<script src="{assets_url}js/screener-loader.js"></script>
<p class="screener-time">{escape(text(lang, "ui.time_estimate", total=str(len(parts))))}</p>
<p class="screener-leave-note">{escape(text(lang, "ui.leave_note"))}</p>
<form id="screener-form" class="screener-form" novalidate autocomplete="off">
<p class="screener-step-progress" aria-live="polite" hidden></p>
{steps}
<section class="screener-step screener-review" id="step-review" aria-labelledby="step-review-title" hidden>
<h2 class="screener-step-title" id="step-review-title" tabindex="-1">{escape(text(lang, "ui.review_heading"))}</h2>
<p>{escape(text(lang, "ui.review_intro"))}</p>
<div class="screener-review-list"></div>
</section>
<div class="screener-nav" hidden>
<button type="button" class="md-button screener-back">{escape(text(lang, "ui.back"))}</button>
<button type="button" class="md-button md-button--primary screener-next">{escape(text(lang, "ui.next"))}</button>
</div>
<div class="screener-submit-row">
<button type="submit" class="md-button md-button--primary" hidden disabled>{escape(text(lang, "ui.submit"))}</button>
<noscript>{checklist}</noscript>
<div class="screener-submit-status" role="status" tabindex="-1"></div>
</div>
</form>
<section id="screener-result" class="screener-result" hidden></section>
<script src="{assets_url}js/screener-result.js" defer></script>
<script src="{assets_url}js/screener-page.js" defer></script>
</div>"""
