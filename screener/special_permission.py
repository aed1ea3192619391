"""Special permission to stay (在留特別許可): ICRRA Art. 50 as amended (in force 2024-06-10) and the
ISA guidelines revised in March 2024.

The permission is discretionary. These rules never predict it: they say whether an application
can still be made, whether the statutory bar applies, which grounds of Art. 50(1) are met, and
which factors named by the guidelines are present on each side.

Art. 50(1) (ISA's summary in the 2024 guideline, §1-1):
    法務大臣は、外国人が退去強制対象者に該当する場合であっても、(1)永住許可を受けているとき、
    (2)かつて日本国民として本邦に本籍を有したことがあるとき、(3)人身取引等により他人の支配下に
    置かれて本邦に在留するものであるとき、(4)難民の認定又は補完的保護対象者の認定を受けている
    とき、(5)その他法務大臣が特別に在留を許可すべき事情があると認めるときは、当該外国人からの
    申請により又は職権で、当該外国人の在留を特別に許可することができる。
"""
from dataclasses import dataclass

from .citations import Citation, icrra
from .questions import CONVICTED, DONT_KNOW, Clause
from .record import more_than_one_year_not_suspended
from .rule import MET, NOT_MET, UNKNOWN, Finding, Rule

GUIDELINE_URL = "https://www.moj.go.jp/isa/deportation/resources/08_00035.html"
ANNOUNCEMENT_URL = "https://www.moj.go.jp/isa/deportation/resources/nyukan_nyukan85_00001.html"
GUIDELINE_2009_URL = "https://www.moj.go.jp/isa/deportation/resources/nyukan_nyukan85.html"
APPLICATION_URL = "https://www.moj.go.jp/isa/deportation/procedures/08_00044.html"

GUIDELINE = Citation("law.guideline_2024", "article.guideline_section", GUIDELINE_URL, (("section", "1"),))
ANNOUNCED = Citation("law.guideline_2024_announcement", "article.page", ANNOUNCEMENT_URL)
REPORTED = Citation("law.guideline_2024", "article.reported", GUIDELINE_URL)
GUIDELINE_2009 = Citation("law.guideline_2009", "article.replaced_2024", GUIDELINE_2009_URL)
APPLICATION_PAGE = Citation("law.isa_application", "article.page", APPLICATION_URL)


def art50_1(item: str) -> Citation:
    return icrra("50", item, para="1")


ART50_PROVISO = icrra("50", para="1", proviso=True)


# --- Can the reader still apply? -------------------------------------------------------------

def application(a: dict) -> str:
    """Art. 50(2)-(3): the application is made by a person detained under a written detention order
    or under supervision measures, and 「前項の申請は、退去強制令書が発付された後は、することができない」
    (none after the written deportation order). A reader not yet in the procedure enters it by
    coming forward (出頭申告): possible, but only after coming forward.

    Once the reader accepts the inspector's finding (or the hearing's judgment, or the objection's
    result), the written deportation order follows if they sign a statement that they will not
    apply or do not apply within 3 days (Art. 47(5), 48(10), 49(7)): the window can be 3 days."""
    if a["deportation_order"] == "yes":
        return "not_possible"
    if a["stay_status"] == "valid" and a["sentence"] == "none" and a["other_grounds"] == "no":
        return "not_possible"  # not subject to deportation: nothing to apply for
    if a["investigation"] == "no" or a["deportation_order"] == "no":
        return "possible"
    return "unclear"


def application_reason(a: dict, status: str) -> str:
    if status == "not_possible":
        return "order_issued" if a["deportation_order"] == "yes" else "not_deportable"
    if status == "possible":
        if a["investigation"] == "no":
            return "after_coming_forward"
        if a["finding_notified"] == "yes":
            return "three_days"
        # Art. 50(2): from detention (provisional release is release from it) or supervision.
        held = a["custody"] in ("detained", "provisional_release", "supervision")
        return "before_order" if held else "once_held"
    return "unknown"


# --- The statutory bar ------------------------------------------------------------------------

def art50_1_proviso(a: dict) -> str:
    """Art. 50(1) proviso: no permission for a person sentenced to life or more than one year of
    拘禁刑 (not fully suspended; for a partly suspended sentence the unsuspended part counts), or
    who falls under Art. 24 items 3-2, 3-3, 4ハ or 4オ to 4ヨ, unless there are special
    circumstances. The 2024 guideline §1-1 summarises it:
    「当該外国人が、無期若しくは一年を超える拘禁刑（実刑）に処せられるなど一定の前科を有する者又は
    一定の退去強制事由に該当する者である場合は、在留特別許可をしないことが人道上の配慮に欠けると
    認められる『特別の事情』がない限り、在留特別許可はされません」

    The grounds of items 3-2 to 4ヨ (terrorism, trafficking in persons, violent political
    organisations…) are asked about together with others, so a "yes" leaves the bar unclear.
    """
    sentence = more_than_one_year_not_suspended(a)
    if sentence:
        return "applies"
    if sentence is None or a["other_grounds"] in ("yes", DONT_KNOW):
        return "unclear"
    if a["foreign_sentence"] in ("1y_or_more", DONT_KNOW):
        return "unclear"  # the proviso does not say whether a sentence abroad counts
    return "does_not_apply"


# --- The grounds of Art. 50(1) -----------------------------------------------------------------

def _yes_no(answer: str, reason: str) -> Finding:
    if answer == "yes":
        return Finding(MET, reason)
    if answer == "no":
        return Finding(NOT_MET, "no")
    return Finding(UNKNOWN, "unknown")


def art50_1_1(a: dict) -> Finding:
    """Art. 50(1) item 1: 「永住許可を受けているとき」 — the person has permanent residence."""
    return _yes_no(a["permanent_residence"], "yes")


def art50_1_2(a: dict) -> Finding:
    """Art. 50(1) item 2: 「かつて日本国民として本邦に本籍を有したことがあるとき」 — once had a
    registered domicile (本籍) in Japan as a Japanese national."""
    return _yes_no(a["former_japanese"], "yes")


def art50_1_3(a: dict) -> Finding:
    """Art. 50(1) item 3: 「人身取引等により他人の支配下に置かれて本邦に在留するものであるとき」 —
    staying in Japan under another's control through human trafficking or the like."""
    return _yes_no(a["trafficking"], "yes")


def art50_1_4(a: dict) -> Finding:
    """Art. 50(1) item 4: 「難民の認定又は補完的保護対象者の認定を受けているとき」 — recognised as a
    refugee or as eligible for complementary protection. A pending application is not recognition."""
    refugee = a["refugee"]
    if refugee == "recognised":
        return Finding(MET, "yes")
    if refugee == "applied":
        return Finding(NOT_MET, "pending")
    return _yes_no(refugee, "yes")


def art50_1_5(a: dict) -> Finding:
    """Art. 50(1) item 5: 「その他法務大臣が特別に在留を許可すべき事情があると認めるとき」 — other
    circumstances the Minister finds justify it. This is the Minister's overall assessment of the
    factors, so it is never decided here."""
    return Finding(UNKNOWN, "discretion")


GROUNDS: tuple[Rule, ...] = (
    Rule("art50-1-1", art50_1("1"), art50_1_1),
    Rule("art50-1-2", art50_1("2"), art50_1_2),
    Rule("art50-1-3", art50_1("3"), art50_1_3),
    Rule("art50-1-4", art50_1("4"), art50_1_4),
    Rule("art50-1-5", art50_1("5"), art50_1_5),
)


# --- Factors named by the 2024 guidelines ------------------------------------------------------
# Only §1 of the guideline's official text could be checked; the elements below are those ISA's
# announcement of 2024-03 names (cited to the announcement) and those reported from the guideline
# by the press and practitioners (cited to the guideline as "reported"). Where only the 2009
# guideline could be checked, it is cited as the replaced text.

@dataclass(frozen=True)
class Factor:
    """An element the guidelines weigh, listed when any alternative of `when` holds (each
    alternative: all its clauses hold). Where it comes from is the message "<id>.basis"."""

    id: str
    citation: Citation
    when: tuple[tuple[Clause, ...], ...]

    def present(self, a: dict) -> bool:
        return any(all(clause.holds(a) for clause in alternative) for alternative in self.when)


def when(*clauses: Clause) -> tuple[tuple[Clause, ...], ...]:
    return (clauses,)


SENTENCED = Clause("sentence", CONVICTED)
LIVES_WITH_SPOUSE = Clause("living_together", ("with_child", "together"))

POSITIVE_FACTORS: tuple[Factor, ...] = (
    Factor("positive-child-interest", ANNOUNCED,
           when(Clause("children", ("japanese", "with_status", "without_status")))),
    Factor("positive-child-education", REPORTED,
           when(Clause("child_school", ("long",)))),
    Factor("positive-japanese-child", REPORTED,
           when(Clause("children", ("japanese",)))),
    Factor("positive-spouse-japanese", REPORTED,
           when(Clause("spouse", ("japanese",)), LIVES_WITH_SPOUSE)),
    Factor("positive-spouse-resident", GUIDELINE_2009,
           when(Clause("spouse", ("resident",)), LIVES_WITH_SPOUSE)),
    Factor("positive-community-ties", ANNOUNCED,
           when(Clause("community_ties", ("yes",)))),
    Factor("positive-medical-need", REPORTED,
           when(Clause("illness", ("self", "family")))),
    Factor("positive-support", REPORTED,
           when(Clause("support", ("yes",)))),
    Factor("positive-stateless", REPORTED,
           when(Clause("nationality", ("stateless",)))),
    Factor("positive-came-forward", GUIDELINE_2009,
           ((Clause("investigation", ("no",)),), (Clause("investigation_start", ("came_forward",)),))),
)

NEGATIVE_FACTORS: tuple[Factor, ...] = (
    # No official text gives a number of years, so the factor is listed whatever the length.
    Factor("negative-long-illegal-stay", ANNOUNCED,
           when(Clause("years_without_status", ("under_1y", "1_to_3y", "3_to_10y", "over_10y")))),
    Factor("negative-illegal-entry", REPORTED,
           when(Clause("how_in_japan", ("entered_illegally",)))),
    Factor("negative-false-documents", REPORTED,
           when(Clause("false_documents", ("yes",)))),
    Factor("negative-criminal-record", REPORTED,
           when(SENTENCED)),
    Factor("negative-drug-offence", REPORTED,
           when(SENTENCED, Clause("offence", ("drug",)))),
    Factor("negative-serious-violations", REPORTED,
           when(Clause("other_grounds", ("yes",)))),
    Factor("negative-absconded", REPORTED,
           when(Clause("absconded", ("yes",)))),
)


@dataclass(frozen=True)
class Assessment:
    application: str  # possible, not_possible or unclear
    application_reason: str
    statutory_bar: str  # applies, does_not_apply or unclear
    grounds: list[tuple[Rule, Finding]]
    positive_factors: list[Factor]
    negative_factors: list[Factor]


def assess(a: dict) -> Assessment:
    status = application(a)
    return Assessment(
        application=status,
        application_reason=application_reason(a, status),
        statutory_bar=art50_1_proviso(a),
        grounds=[(rule, rule.assess(a)) for rule in GROUNDS],
        positive_factors=[f for f in POSITIVE_FACTORS if f.present(a)],
        negative_factors=[f for f in NEGATIVE_FACTORS if f.present(a)],
    )
