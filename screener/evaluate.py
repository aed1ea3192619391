"""The screener's assessment: every rule applied to checked answers. It speaks no language;
present.py turns it into the result a reader sees."""
import json
from dataclasses import dataclass

from . import departure_order, next_steps, reentry_ban, special_permission
from .answers import normalise
from .errors import InputError, shown
from .languages import check_language
from .present import result
from .reentry_ban import Ban
from .rule import Finding, Rule


@dataclass(frozen=True)
class Assessment:
    answers: dict  # normalised: DONT_KNOW when shown but unanswered, None when not shown
    departure_order: str  # likely_eligible, not_eligible or unclear
    requirements: list[tuple[Rule, Finding]]
    special_permission: special_permission.Assessment
    reentry_bans: list[Ban]
    next_steps: list[str]  # ids, in the order to take them


def assess(answers: object) -> Assessment:
    a = normalise(answers)
    status, requirements = departure_order.assess(a)
    permission = special_permission.assess(a)
    steps = next_steps.choose(a, {rule.id: (f.status, f.reason) for rule, f in requirements},
                              status, permission.application)
    bans = reentry_ban.assess(a, departure_order_open=status != "not_eligible",
                              route_b=departure_order.route_b_possible(a))
    return Assessment(a, status, requirements, permission, bans, steps)


def evaluate(answers: object, lang: str = "en") -> dict:
    """Apply the rules to `answers` (question id -> option value), in `lang`. Unanswered means
    "I don't know"."""
    return result(assess(answers), check_language(lang))


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
