"""Checking a reader's answers before any rule sees them.

Bad input is an InputError naming the problem; it is never guessed at. A question that is shown
but not answered counts as DONT_KNOW; a question that is not shown has no answer (None).
"""
from collections.abc import Mapping

from .errors import InputError, shown
from .questions import BY_ID, visible


def normalise(answers: object) -> dict[str, str | None]:
    if not isinstance(answers, Mapping):
        raise InputError(f"answers must be an object mapping question ids to values, not {type(answers).__name__}")
    for qid, value in answers.items():
        question = BY_ID.get(qid)
        if question is None:
            raise InputError(
                f"unknown question {shown(qid)}: valid ids are {', '.join(list(BY_ID)[:4])}, ... "
                f"({len(BY_ID)} in all, listed by `python -m screener questions`)")
        if value not in question.options:
            raise InputError(
                f"question {qid!r} has no option {shown(value)}: choose one of {', '.join(question.options)}"
            )
    result = visible(answers)
    for qid, value in result.items():  # in questionnaire order
        if value is None and qid in answers:
            conditions = "; ".join(f"{c.question!r} is one of {', '.join(c.values)}" for c in BY_ID[qid].show_if)
            raise InputError(f"question {qid!r} does not apply to these answers: it is asked only when {conditions}")
    return result
