"""What a rule can conclude, found by running it: used to document the rules (rule book,
printable checklist) from the code itself, so the documentation cannot drift from it."""
from functools import cache
from itertools import product

from .questions import BY_ID, DONT_KNOW, QUESTIONS


class _Recorder(dict):
    """Answers that note which questions a rule reads."""

    def __init__(self, answers: dict, read: set):
        super().__init__(answers)
        self.read = read

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)


@cache  # the rule book and the checklist ask again for every language
def _explore(rule) -> tuple[list, list[str]]:
    """Run `rule` over all combinations of the answers it reads (each option, "I don't know",
    or not asked), growing the set of questions until no new one is read."""
    read: set[str] = set()
    found: dict = {}
    while True:
        keys = sorted(read)
        for combo in product(*((*BY_ID[k].options, None) for k in keys)):
            answers = {q.id: DONT_KNOW for q in QUESTIONS} | dict(zip(keys, combo))
            found.setdefault(rule(_Recorder(answers, read)), None)
        if sorted(read) == keys:
            return list(found), [q.id for q in QUESTIONS if q.id in read]


def reachable(rule) -> list:
    """Every distinct result of `rule(answers)`, in the order first found."""
    return _explore(rule)[0]


def questions_read(rule) -> list[str]:
    """The questions a rule reads, in questionnaire order."""
    return _explore(rule)[1]
