"""The screener form as static HTML, generated at build time from screener.questions(lang).

The form is readable and fillable before (or without) any script; screener-page.js only hides
questions whose `show_if` does not hold and sends the answers to Python.
"""
import json
from html import escape

import screener
from screener.catalog import catalog

UI_KEYS_FOR_SCRIPT = (
    "ui.loading", "ui.ready", "ui.waiting", "ui.error", "ui.error_advice", "ui.timeout",
    "ui.no_wasm", "ui.result_heading", "ui.requirements_heading", "ui.next_steps_heading",
    "ui.source", "ui.departure_order_heading",
)


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


def render_form(lang: str, *, assets_url: str, pyodide_version: str, wheel_path: str) -> str:
    text = catalog(lang)
    ui = {k.removeprefix("ui."): text[k] for k in UI_KEYS_FOR_SCRIPT}
    ui_text = json.dumps(ui, ensure_ascii=False).replace("</", "<\\/")  # stays inside its <script>
    questions = "\n".join(_question(q) for q in screener.questions(lang))
    return f"""<div id="screener" class="screener" data-state="loading" data-lang="{lang}"
 data-pyodide-version="{_attr(pyodide_version)}" data-wheel="{_attr(wheel_path)}"
 data-rules-version="{screener.RULES_VERSION}">
<script type="application/json" id="screener-text">{ui_text}</script>
<noscript><p class="screener-noscript">{escape(text["ui.noscript"])}</p></noscript>
<p class="screener-leave"><a href="about:blank" class="md-button screener-leave-button" rel="noreferrer">{escape(text["ui.leave"])}</a>
<span class="screener-leave-note">{escape(text["ui.leave_note"])}</span></p>
<div class="screener-status" role="status" aria-live="polite">
<progress class="screener-progress" max="4" value="0" aria-labelledby="screener-status-text" hidden></progress>
<span class="screener-status-text" id="screener-status-text">{escape(text["ui.privacy"])}</span>
</div>
<div class="screener-error" role="alert"></div>
<form id="screener-form" class="screener-form" novalidate autocomplete="off">
{questions}
<button type="submit" class="md-button md-button--primary" disabled>{escape(text["ui.submit"])}</button>
</form>
<section id="screener-result" class="screener-result" hidden></section>
<script src="{assets_url}js/screener-page.js" defer></script>
</div>"""
