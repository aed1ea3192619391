"""What a rule is: a function of the answers, tied to the provision it implements.

Rules decide; they do not speak a language. A Finding names its reason by a key that the
presentation module (present.py) turns into a sentence: "<rule id>.<reason>".
"""
from collections.abc import Callable
from dataclasses import dataclass

from .citations import Citation

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"


@dataclass(frozen=True)
class Finding:
    status: str  # MET, NOT_MET or UNKNOWN
    reason: str  # the explanation's key, relative to the rule


@dataclass(frozen=True)
class Rule:
    id: str  # the law's numbering, e.g. "art24-3-1"
    citation: Citation
    assess: Callable[[dict], Finding]
