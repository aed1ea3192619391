"""The screener's result: the rules applied to checked answers, in the reader's language."""
import json

from . import departure_order, next_steps, reentry_ban, special_permission
from .answers import normalise
from .catalog import check_language, translate
from .errors import InputError, shown
from .questions import questions
from .version import RULES_VERSION


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
    steps = next_steps.choose(a, {r["id"]: (r["status"], r["reason"]) for r in order["requirements"]},
                              status, permission["application"])
    cited_steps = [{"id": key, "text": translate(lang, f"next.{key}"),
                    "citation": next_steps.SOURCES[key].render(lang)} for key in steps]
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
        "next_steps": [step["text"] for step in cited_steps] + [translate(lang, "next.disclaimer")],
        "next_step_details": cited_steps,
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
