"""The screener's result: the rules applied to checked answers, in the reader's language."""
import json

from . import departure_order, reentry_ban, special_permission
from .answers import normalise
from .catalog import check_language, translate
from .errors import InputError, shown
from .questions import questions
from .version import RULES_VERSION


def next_steps(a: dict, order_status: str, application: str) -> list[str]:
    """Catalog keys of the next steps, in the order the reader should take them."""
    if a["deportation_order"] == "yes":
        return ["order_issued", "own_expense", "lawyer", "get_help"]
    if a["wants_to_leave"] == "no":
        if application == "not_possible":
            return ["valid_status", "get_help"]
        first = "sp_come_forward" if a["investigation"] == "no" else (
            "sp_detained" if a["custody"] == "detained" else "sp_apply")
        return [first, "sp_before_order", "sp_documents", "lawyer", "no_work", "get_help"]
    if order_status == "likely_eligible":
        return ["go_to_bureau", "bring_documents", "ticket_later", "no_work", "get_help"]
    if order_status == "not_eligible":
        return ["other_paths", "do_not_hide", "lawyer", "get_help"]
    return ["find_out", "ask_bureau", "get_help"]


def answers_given(a: dict, lang: str) -> list[dict]:
    """The questions asked and the answers, in `lang`, for the printout."""
    return [
        {"id": q["id"], "question": q["text"],
         "answer": next(o["label"] for o in q["options"] if o["value"] == a[q["id"]])}
        for q in questions(lang) if a[q["id"]] is not None
    ]


def evaluate(answers: object, lang: str = "en") -> dict:
    """Apply the rules to `answers` (question id -> option value). Unanswered means "I don't know"."""
    lang = check_language(lang)
    a = normalise(answers)
    order = departure_order.assess(a, lang)
    status = order["status"]
    permission = special_permission.assess(a, lang)
    return {
        "rules_version": RULES_VERSION,
        "lang": lang,
        "answers": answers_given(a, lang),
        "departure_order": {
            "status": status,
            "status_label": translate(lang, f"do.status.{status}"),
            "summary": translate(lang, f"do.summary.{status}"),
            "requirements": order["requirements"],
            "citation": departure_order.ISA_OVERVIEW.render(lang),
        },
        "special_permission": permission,
        "reentry_ban": reentry_ban.assess(
            a, lang, departure_order_open=status != "not_eligible",
            route_b=departure_order.route_b_possible(a)),
        "next_steps": [translate(lang, f"next.{key}") for key in next_steps(a, status, permission["application"])]
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
