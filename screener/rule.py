"""What a rule is: a function of the answers, tied to the provision it implements."""
from collections.abc import Callable
from dataclasses import dataclass

from .catalog import translate
from .citations import Citation

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"


@dataclass(frozen=True)
class Finding:
    status: str  # MET, NOT_MET or UNKNOWN
    reason: str  # catalog key of the explanation, relative to the rule: "<rule id>.<reason>"


@dataclass(frozen=True)
class Rule:
    id: str  # the law's numbering, e.g. "art24-3-1"
    citation: Citation
    assess: Callable[[dict], Finding]

    def render(self, answers: dict, lang: str) -> dict:
        finding = self.assess(answers)
        return {
            "id": self.id,
            "status": finding.status,
            "reason": finding.reason,
            "status_label": translate(lang, f"status.{finding.status}"),
            "title": translate(lang, f"{self.id}.title"),
            "explanation": translate(lang, f"{self.id}.{finding.reason}"),
            "citation": self.citation.render(lang),
        }
