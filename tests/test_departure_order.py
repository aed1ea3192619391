"""Each requirement of ICRRA Art. 24-3 on its own, at its boundaries."""
import pytest

from screener import departure_order as do
from screener.answers import normalise

ELIGIBLE = dict(how_in_japan="landed_legally", stay_status="expired", wants_to_leave="yes",
                investigation="no", sentence="none", other_grounds="no", false_documents="no", past_removal="no",
                passport="yes", fare="yes")


def facts(**changes):
    """Normalised answers: the eligible reader, with some answers changed (None removes one)."""
    answers = {**ELIGIBLE, **changes}
    return normalise({k: v for k, v in answers.items() if v is not None})


@pytest.mark.parametrize("how, stay, expected", [
    ("landed_legally", "expired", "met"),          # Art. 24 item 4(b)
    ("landed_legally", "cancelled", "met"),        # item 2-4
    ("landed_legally", "special_landing", "met"),  # items 6 to 6-4
    ("born_in_japan", "never_had", "met"),         # item 7
    ("born_in_japan", "expired", "met"),
    ("entered_illegally", None, "not_met"),        # item 1: not on the list
    ("landed_legally", "valid", "not_met"),        # no overstay at all
    ("landed_legally", "never_had", "unknown"),    # contradictory answers are not guessed at
    ("dont_know", "expired", "unknown"),           # cannot rule out illegal entry
    ("landed_legally", "dont_know", "unknown"),
])
def test_ground(how, stay, expected):
    assert do.art24_3_ground(facts(how_in_japan=how, stay_status=stay)).status == expected


CAME_FORWARD = {"investigation": "yes", "investigation_start": "came_forward"}


@pytest.mark.parametrize("changes, expected, reason", [
    ({}, "met", "route_a"),
    ({"investigation": "yes", "finding_notified": "no"}, "met", "route_b"),
    ({"investigation": "yes", "investigation_start": "caught", "finding_notified": "no"}, "met", "route_b"),
    ({**CAME_FORWARD, "came_forward_intent": "to_leave", "finding_notified": "no"}, "met", "came_forward_to_leave"),
    ({**CAME_FORWARD, "came_forward_intent": "to_stay", "finding_notified": "no"}, "met", "route_b"),
    ({**CAME_FORWARD, "finding_notified": "no"}, "met", "came_forward"),
    # Route (b) closes at the Art. 47(3) notice; route (a) survives it (Art. 48(7), 49(5), 55-85(1)).
    ({"investigation": "yes", "investigation_start": "caught", "finding_notified": "yes"}, "not_met", "too_late"),
    ({**CAME_FORWARD, "came_forward_intent": "to_stay", "finding_notified": "yes"}, "not_met", "too_late"),
    ({**CAME_FORWARD, "came_forward_intent": "to_leave", "finding_notified": "yes"}, "met", "route_a_after_finding"),
    ({**CAME_FORWARD, "finding_notified": "yes"}, "unknown", "after_finding_unknown"),
    ({"investigation": "yes", "finding_notified": "yes"}, "unknown", "after_finding_unknown"),
    ({**CAME_FORWARD, "came_forward_intent": "to_leave", "finding_notified": "yes", "deportation_order": "yes"},
     "not_met", "order_issued"),
    ({"investigation": "yes", "finding_notified": "dont_know"}, "unknown", "unknown"),
    ({"investigation": "dont_know"}, "unknown", "unknown"),
    ({"wants_to_leave": "no"}, "not_met", "wants_to_stay"),
    ({"wants_to_leave": "dont_know"}, "unknown", "undecided"),
    ({"wants_to_leave": "dont_know", "investigation": "yes", "investigation_start": "caught",
      "finding_notified": "yes"}, "not_met", "too_late"),
])
def test_item1_routes(changes, expected, reason):
    finding = do.art24_3_item1(facts(**changes))
    assert (finding.status, finding.reason) == (expected, reason)


@pytest.mark.parametrize("changes, expected", [
    ({"sentence": "fine", "offence": "drug"}, "not_met"),            # 4チ: drug conviction, even a fine
    ({"sentence": "suspended", "offence": "drug", "sentence_length": "under_1y"}, "not_met"),
    ({"sentence": "fine", "offence": "passport_act"}, "not_met"),    # 4ニ: any penalty
    ({"sentence": "fine", "offence": "smuggling"}, "not_met"),       # 4ホ: any penalty
    ({"sentence": "suspended", "offence": "unauthorised_work", "sentence_length": "under_1y"}, "not_met"),  # 4ヘ
    ({"sentence": "fine", "offence": "unauthorised_work"}, "met"),   # 4ヘ needs 拘禁刑
    ({"sentence": "served", "offence": "other", "sentence_length": "over_1y"}, "not_met"),  # 4リ
    ({"sentence": "served", "offence": "other", "sentence_length": "exactly_1y"}, "met"),  # "more than" 1 year
    ({"sentence": "suspended", "offence": "other", "sentence_length": "over_1y"}, "met"),  # fully suspended excepted
    # Partly suspended: the part not suspended counts (4リ proviso).
    ({"sentence": "partly_suspended", "offence": "other", "sentence_length": "over_1y",
      "unsuspended_part": "over_1y"}, "not_met"),
    ({"sentence": "partly_suspended", "offence": "other", "sentence_length": "over_1y",
      "unsuspended_part": "1y_or_less"}, "met"),
    ({"sentence": "partly_suspended", "offence": "other", "sentence_length": "over_1y",
      "unsuspended_part": "dont_know"}, "unknown"),
    ({"sentence": "partly_suspended", "offence": "other", "sentence_length": "under_1y",
      "unsuspended_part": "dont_know"}, "met"),
    ({"sentence": "served", "offence": "other", "sentence_length": "dont_know"}, "unknown"),
    ({"sentence": "fine", "offence": "dont_know"}, "unknown"),
    # Item 3-5: a forged or borrowed residence card.
    ({"false_documents": "yes", "false_document_kind": "residence_card"}, "not_met"),
    ({"false_documents": "yes", "false_document_kind": "dont_know"}, "unknown"),
    ({"false_documents": "yes", "false_document_kind": "marriage"}, "met"),
    ({"false_documents": "dont_know"}, "unknown"),
    ({"other_grounds": "yes"}, "not_met"),
    ({"other_grounds": "dont_know"}, "unknown"),
    ({"sentence": "dont_know"}, "unknown"),
    ({}, "met"),
])
def test_item2_other_grounds(changes, expected):
    assert do.art24_3_item2(facts(**changes)).status == expected


THIS_STAY = {"sentence_when": "this_stay"}


@pytest.mark.parametrize("changes, expected", [
    ({"sentence": "fine", "offence": "listed", **THIS_STAY}, "met"),  # a fine is not 拘禁刑
    ({"sentence": "suspended", "offence": "listed", "sentence_length": "under_1y", **THIS_STAY}, "not_met"),
    ({"sentence": "served", "offence": "listed", "sentence_length": "under_1y", **THIS_STAY}, "not_met"),
    ({"sentence": "partly_suspended", "offence": "listed", "sentence_length": "under_1y", **THIS_STAY}, "not_met"),
    # 「本邦に入つた後に」: an earlier stay's sentence is not settled, and not guessed at.
    ({"sentence": "served", "offence": "listed", "sentence_length": "under_1y", "sentence_when": "earlier_stay"},
     "unknown"),
    ({"sentence": "served", "offence": "listed", "sentence_length": "under_1y", "sentence_when": "dont_know"},
     "unknown"),
    ({"sentence": "served", "offence": "other", "sentence_length": "under_1y", **THIS_STAY}, "met"),
    ({"sentence": "served", "offence": "drug", "sentence_length": "under_1y", **THIS_STAY}, "met"),  # item 2's business
    ({"sentence": "served", "offence": "dont_know", "sentence_length": "under_1y", **THIS_STAY}, "unknown"),
    ({"sentence": "dont_know"}, "unknown"),
    ({}, "met"),
])
def test_item3_listed_offences(changes, expected):
    assert do.art24_3_item3(facts(**changes)).status == expected


@pytest.mark.parametrize("past, expected", [
    ("no", "met"), ("deported", "not_met"), ("departure_order", "not_met"), ("dont_know", "unknown"),
])
def test_item4_once_in_a_lifetime(past, expected):
    assert do.art24_3_item4(facts(past_removal=past)).status == expected


@pytest.mark.parametrize("passport, fare, expected", [
    ("yes", "yes", "met"), ("can_get", "yes", "met"),
    ("no", "yes", "not_met"), ("yes", "no", "not_met"), ("no", "dont_know", "not_met"),
    ("dont_know", "yes", "unknown"), ("yes", "dont_know", "unknown"),
])
def test_item5_departure_certain(passport, fare, expected):
    assert do.art24_3_item5(facts(passport=passport, fare=fare)).status == expected


@pytest.mark.parametrize("statuses, expected", [
    (["met"] * 6, "likely_eligible"),
    (["met"] * 5 + ["unknown"], "unclear"),
    (["unknown"] * 5 + ["not_met"], "not_eligible"),
    (["met", "not_met", "unknown", "met", "met", "met"], "not_eligible"),
])
def test_overall_status(statuses, expected):
    assert do.overall(statuses) == expected


def test_requirements_are_the_ground_and_the_five_items_in_order():
    assert [r.id for r in do.REQUIREMENTS] == [
        "art24-3-ground", "art24-3-1", "art24-3-2", "art24-3-3", "art24-3-4", "art24-3-5"]


def test_every_rule_quotes_the_statute():
    for rule in do.REQUIREMENTS:
        doc = rule.assess.__doc__ or ""
        assert "Art. 24-3" in doc and any("\u3040" <= ch <= "\u9fff" for ch in doc), rule.id
