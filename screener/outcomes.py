"""What a rule can conclude, found by running it: used to document the rules (rule book,
printable checklist) from the code itself, so the documentation cannot drift from it."""
from functools import cache

from .questions import DONT_KNOW, QUESTIONS


class _Recorder(dict):
    """Answers that note which questions a rule reads."""

    def __init__(self, answers: dict, read: set):
        super().__init__(answers)
        self.read = read

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)


def _answer_sets(keys: set):
    """Every set of answers the questionnaire can give (show_if respected, as questions.visible
    walks it) in which the questions `keys` take each of their options and every other question
    is "I don't know" or, when hidden, not asked (None)."""
    def walk(i: int, seen: dict):
        if i == len(QUESTIONS):
            yield dict(seen)
            return
        q = QUESTIONS[i]
        values = (None,) if not q.shown(seen) else q.options if q.id in keys else (DONT_KNOW,)
        for value in values:
            seen[q.id] = value
            yield from walk(i + 1, seen)
        del seen[q.id]
    yield from walk(0, {})


@cache  # the rule book and the checklist ask again for every language
def _explore(rule) -> tuple[list, list[str]]:
    """Run `rule` over all answer sets the questionnaire can give for the questions it reads
    (each option or "I don't know", or not asked when hidden), growing the set of questions until
    no new one is read."""
    read: set[str] = set()
    found: dict = {}
    while True:
        keys = set(read)
        for answers in _answer_sets(keys):
            found.setdefault(rule(_Recorder(answers, read)), None)
        if read == keys:
            return list(found), [q.id for q in QUESTIONS if q.id in read]


def reachable(rule) -> list:
    """Every distinct result of `rule(answers)`, in the order first found."""
    return _explore(rule)[0]


def questions_read(rule) -> list[str]:
    """The questions a rule reads, in questionnaire order."""
    return _explore(rule)[1]
