"""The screener's result: the rules applied to checked answers, in the reader's language."""
import json

from . import departure_order
from .answers import normalise
from .catalog import check_language, translate
from .errors import InputError, shown
from .version import RULES_VERSION

# Next steps per departure-order status, in the order the reader should take them.
NEXT_STEPS = {
    "likely_eligible": ("go_to_bureau", "bring_documents", "ticket_later", "no_work", "get_help"),
    "not_eligible": ("other_paths", "do_not_hide", "get_help", "lawyer"),
    "unclear": ("find_out", "ask_bureau", "get_help"),
}


def evaluate(answers: object, lang: str = "en") -> dict:
    """Apply the rules to `answers` (question id -> option value). Unanswered means "I don't know"."""
    lang = check_language(lang)
    checked = normalise(answers)
    order = departure_order.assess(checked, lang)
    status = order["status"]
    return {
        "rules_version": RULES_VERSION,
        "lang": lang,
        "departure_order": {
            "status": status,
            "status_label": translate(lang, f"do.status.{status}"),
            "summary": translate(lang, f"do.summary.{status}"),
            "requirements": order["requirements"],
            "citation": departure_order.ISA_OVERVIEW.render(lang),
        },
        "next_steps": [translate(lang, f"next.{key}") for key in NEXT_STEPS[status]]
        + [translate(lang, "next.disclaimer")],
    }


def evaluate_json(payload: str) -> str:
    """evaluate() for the browser: payload '{"answers": {...}, "lang": "xx"}' -> result JSON."""
    try:
        request = json.loads(payload)
    except (TypeError, ValueError) as exc:
        raise InputError(f"payload is not valid JSON: {exc}") from None
    if not isinstance(request, dict):
        raise InputError('payload must be a JSON object like {"answers": {...}, "lang": "en"}')
    unknown = set(request) - {"answers", "lang"}
    if unknown:
        names = ", ".join(shown(name) for name in sorted(unknown)[:3])
        raise InputError(f"unknown payload field(s) {names}: expected answers and lang")
    result = evaluate(request.get("answers", {}), request.get("lang", "en"))
    return json.dumps(result, ensure_ascii=False, sort_keys=True)
