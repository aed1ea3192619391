"""The questionnaire as data: ids, option values and when each question is shown.

Texts live in messages.py (keys q.<id>.text, q.<id>.help, q.<id>.<value>). Every question ends
with the option DONT_KNOW. `show_if` is declarative (all clauses must hold) so that the page can
apply it with a small generic script and no legal logic.
"""
from dataclasses import dataclass


DONT_KNOW = "dont_know"


@dataclass(frozen=True)
class Clause:
    """A condition on one answer: the question's answer is one of `values`."""

    question: str
    values: tuple[str, ...]

    def holds(self, answers: dict) -> bool:
        return answers.get(self.question) in self.values


@dataclass(frozen=True)
class Question:
    id: str
    values: tuple[str, ...]  # option values, DONT_KNOW excluded (it is always added last)
    show_if: tuple[Clause, ...] = ()

    @property
    def options(self) -> tuple[str, ...]:
        return self.values + (DONT_KNOW,)

    def shown(self, answers: dict) -> bool:
        return all(clause.holds(answers) for clause in self.show_if)


IN_PROCEDURE = (Clause("investigation", ("yes",)),)
CONVICTED = ("fine", "suspended", "partly_suspended", "served")  # by a court in Japan
IMPRISONED = ("suspended", "partly_suspended", "served")  # a sentence of 拘禁刑, suspended or not
HAS_CHILD = (Clause("children", ("japanese", "with_status", "without_status")),)

QUESTIONS: tuple[Question, ...] = (
    # How the reader came to be without status (departure order: Art. 24-3 lead sentence).
    Question("how_in_japan", ("landed_legally", "born_in_japan", "entered_illegally")),
    Question(
        "stay_status",
        ("expired", "cancelled", "special_landing", "never_had", "valid"),
        (Clause("how_in_japan", ("landed_legally", "born_in_japan", DONT_KNOW)),),
    ),
    Question("years_without_status", ("under_1y", "1_to_3y", "3_to_10y", "over_10y")),
    Question("wants_to_leave", ("yes", "no")),
    # Where the procedure stands (Art. 24-3 item 1; Art. 50 application window).
    Question("investigation", ("no", "yes")),
    Question("investigation_start", ("came_forward", "caught"), IN_PROCEDURE),
    # Route (a) of Art. 24-3 item 1 needs the wish to leave when coming forward (Art. 48(7), 49(5)).
    Question("came_forward_intent", ("to_leave", "to_stay"), (Clause("investigation_start", ("came_forward",)),)),
    Question("finding_notified", ("no", "yes"), IN_PROCEDURE),
    Question("deportation_order", ("no", "yes"), IN_PROCEDURE),
    Question("custody", ("detained", "provisional_release", "supervision", "none"), IN_PROCEDURE),
    Question("absconded", ("no", "yes"), IN_PROCEDURE),
    # Criminal record and other deportation grounds (Art. 24-3 items 2-3, Art. 50(1) proviso, Art. 5).
    Question("sentence", ("none", "fine", "suspended", "partly_suspended", "served")),
    # The kinds that exclude the departure order by themselves (Art. 24 item 4ニ-チ) come first.
    Question(
        "offence",
        ("drug", "passport_act", "smuggling", "unauthorised_work", "listed", "other"),
        (Clause("sentence", CONVICTED),),
    ),
    # Art. 24-3 item 3 counts sentences 「本邦に入つた後に」: when matters; Art. 24 item 4 does not ask.
    Question("sentence_when", ("this_stay", "earlier_stay"), (Clause("sentence", CONVICTED),)),
    Question("sentence_length", ("under_1y", "exactly_1y", "over_1y"), (Clause("sentence", IMPRISONED),)),
    # Art. 24 item 4リ and the Art. 50(1) proviso count the unsuspended part of a partly suspended sentence.
    Question("unsuspended_part", ("1y_or_less", "over_1y"), (Clause("sentence", ("partly_suspended",)),)),
    # Art. 5(1)(iv)-(v): sentences under foreign law bar landing too.
    Question("foreign_sentence", ("no", "drug", "1y_or_more", "lesser")),
    Question("other_grounds", ("no", "yes")),
    Question("false_documents", ("no", "yes")),
    # A forged or borrowed residence card is Art. 24 item 3-5, which Art. 24-3 item 2 excludes.
    Question(
        "false_document_kind",
        ("residence_card", "passport", "marriage", "other"),
        (Clause("false_documents", ("yes",)),),
    ),
    Question("past_removal", ("no", "deported", "departure_order")),
    # Leaving (Art. 24-3 item 5).
    Question("passport", ("yes", "can_get", "no")),
    Question("fare", ("yes", "no")),
    # Grounds of Art. 50(1) items 1-4.
    Question("permanent_residence", ("no", "yes")),
    Question("former_japanese", ("no", "yes")),
    Question("trafficking", ("no", "yes")),
    Question("refugee", ("no", "applied", "recognised")),
    # Factors weighed under the 2024 guidelines.
    Question("spouse", ("japanese", "resident", "none")),
    Question(
        "living_together",
        ("with_child", "together", "apart"),
        (Clause("spouse", ("japanese", "resident")),),
    ),
    Question("children", ("japanese", "with_status", "without_status", "no")),
    Question("child_school", ("long", "recent", "not_school_age", "no"), HAS_CHILD),
    Question("community_ties", ("yes", "no")),
    Question("illness", ("self", "family", "no")),
    Question("support", ("yes", "no")),
    Question("nationality", ("has_nationality", "stateless")),
)

BY_ID = {q.id: q for q in QUESTIONS}

# The questionnaire in parts, one per screen in the page (all on one page without JavaScript):
# each part's id and its first question; a part runs to the next part's first question.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("stay", "how_in_japan"),
    ("procedure", "investigation"),
    ("record", "sentence"),
    ("leaving", "passport"),
    ("protection", "permanent_residence"),
    ("family", "spouse"),
)


def section_of(question_id: str) -> str:
    index = [q.id for q in QUESTIONS].index(question_id)
    starts = [[q.id for q in QUESTIONS].index(first) for _, first in SECTIONS]
    return SECTIONS[max(i for i, start in enumerate(starts) if start <= index)][0]


def visible(answers) -> dict[str, str | None]:
    """The show_if walk, the one in Python (the page's script walks the same way, and a browser
    test compares the two): in order, a question is shown when its clauses hold on the answers
    so far; a shown question's answer is the reader's or DONT_KNOW, a hidden one's is None."""
    seen: dict[str, str | None] = {}
    for q in QUESTIONS:
        seen[q.id] = answers.get(q.id, DONT_KNOW) if q.shown(seen) else None
    return seen

