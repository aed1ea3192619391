"""The questionnaire as data: ids, option values and when each question is shown.

Texts live in the catalogs (keys q.<id>.text, q.<id>.help, q.<id>.<value>). Every question ends
with the option DONT_KNOW. `show_if` is declarative (all clauses must hold) so that the page can
apply it with a small generic script and no legal logic.
"""
from dataclasses import dataclass

from .catalog import catalog, check_language, translate

DONT_KNOW = "dont_know"


@dataclass(frozen=True)
class ShowIf:
    question: str
    values: tuple[str, ...]

    def holds(self, answers: dict) -> bool:
        return answers.get(self.question) in self.values


@dataclass(frozen=True)
class Question:
    id: str
    values: tuple[str, ...]  # option values, DONT_KNOW excluded (it is always added last)
    show_if: tuple[ShowIf, ...] = ()

    @property
    def options(self) -> tuple[str, ...]:
        return self.values + (DONT_KNOW,)

    def shown(self, answers: dict) -> bool:
        return all(clause.holds(answers) for clause in self.show_if)

    def render(self, lang: str) -> dict:
        out = {
            "id": self.id,
            "text": translate(lang, f"q.{self.id}.text"),
            "options": [
                {"value": v, "label": translate(lang, f"q.{self.id}.{v}")} for v in self.values
            ]
            + [{"value": DONT_KNOW, "label": translate(lang, "opt.dont_know")}],
        }
        help_key = f"q.{self.id}.help"
        if help_key in catalog(lang):
            out["help"] = translate(lang, help_key)
        if self.show_if:
            out["show_if"] = [{"question": c.question, "in": list(c.values)} for c in self.show_if]
        return out


QUESTIONS: tuple[Question, ...] = (
    Question("how_in_japan", ("landed_legally", "born_in_japan", "entered_illegally")),
    Question(
        "stay_status",
        ("expired", "cancelled", "special_landing", "never_had", "valid"),
        (ShowIf("how_in_japan", ("landed_legally", "born_in_japan", DONT_KNOW)),),
    ),
    Question("wants_to_leave", ("yes", "no")),
    Question("investigation", ("no", "yes")),
    Question("finding_notified", ("no", "yes"), (ShowIf("investigation", ("yes",)),)),
    Question("sentence", ("none", "fine", "suspended", "served")),
    Question(
        "offence",
        ("drug", "listed", "other"),
        (ShowIf("sentence", ("fine", "suspended", "served")),),
    ),
    Question(
        "sentence_length",
        ("under_1y", "exactly_1y", "over_1y"),
        (ShowIf("sentence", ("suspended", "served")),),
    ),
    Question("other_grounds", ("no", "yes")),
    Question("past_removal", ("no", "deported", "departure_order")),
    Question("passport", ("yes", "can_get", "no")),
    Question("fare", ("yes", "no")),
)

BY_ID = {q.id: q for q in QUESTIONS}


def questions(lang: str = "en") -> list[dict]:
    """The questions in `lang`, in the order they are asked."""
    check_language(lang)
    return [q.render(lang) for q in QUESTIONS]
