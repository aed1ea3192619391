"""Properties over all valid answer sets (hypothesis): the rules never crash, always cite an
official source, never reward a disqualifying fact, and never predict special permission."""
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import screener
from screener.citations import is_official
from screener.questions import QUESTIONS, visible

ORDER = {"not_eligible": 0, "unclear": 1, "likely_eligible": 2}


def without_hidden(answers):
    """Drop answers to questions that the other answers hide, as the page does."""
    return {qid: answers[qid] for qid, value in visible(answers).items() if value is not None and qid in answers}


@st.composite
def answer_sets(draw):
    """A valid answer set: each shown question answered with one of its options, or left out."""
    drawn = {q.id: draw(st.sampled_from(q.options + (None,))) for q in QUESTIONS}
    return without_hidden({qid: value for qid, value in drawn.items() if value is not None})


def citations(result):
    order, permission = result["departure_order"], result["special_permission"]
    yield order["citation"]
    yield from (r["citation"] for r in order["requirements"])
    yield permission["citation"]
    yield permission["application_citation"]
    yield permission["statutory_bar_citation"]
    for key in ("grounds", "positive_factors", "negative_factors"):
        yield from (item["citation"] for item in permission[key])
    yield from (ban["citation"] for ban in result["reentry_ban"])


@settings(max_examples=300, deadline=None)
@given(answer_sets(), st.sampled_from(screener.LANGUAGES))
def test_every_valid_answer_set_gives_a_complete_cited_result(answers, lang):
    result = screener.evaluate(answers, lang)
    assert result["departure_order"]["status"] in ORDER
    assert len(result["departure_order"]["requirements"]) == 6
    assert [g["id"] for g in result["special_permission"]["grounds"]] == [f"art50-1-{i}" for i in range(1, 6)]
    for citation in citations(result):
        assert citation["law"] and citation["article"] and is_official(citation["url"]), citation
    paths = [b["path"] for b in result["reentry_ban"]]
    assert paths[-1] == "deportation" and paths.count("departure_order") <= 1
    for ban in result["reentry_ban"]:
        assert ban["no_time_limit"] == (ban["years"] is None)
        assert ban["years"] in (1, 5, 10, None)
    json.dumps(result)


DISQUALIFYING = [
    {"how_in_japan": "entered_illegally"}, {"wants_to_leave": "no"}, {"other_grounds": "yes"},
    {"past_removal": "deported"}, {"past_removal": "departure_order"}, {"passport": "no"}, {"fare": "no"},
    {"sentence": "served", "sentence_when": "this_stay", "offence": "listed"}, {"sentence": "fine", "offence": "drug"},
    {"sentence": "fine", "offence": "passport_act"}, {"false_documents": "yes", "false_document_kind": "residence_card"},
    {"investigation": "yes", "investigation_start": "caught", "finding_notified": "yes"},
    {"investigation": "yes", "deportation_order": "yes"},
]


@settings(max_examples=300, deadline=None)
@given(answer_sets(), st.sampled_from(DISQUALIFYING))
def test_a_disqualifying_fact_rules_the_departure_order_out_whatever_else_is_answered(answers, change):
    after = screener.evaluate(without_hidden({**answers, **change}))["departure_order"]["status"]
    assert after == "not_eligible", (answers, change)


VERDICT = re.compile(r"\b(likely|unlikely|probab\w*|chances?|percent|will be granted|guaranteed to)\b|%", re.I)


@settings(max_examples=200, deadline=None)
@given(answer_sets())
def test_special_permission_never_contains_a_verdict(answers):
    permission = screener.evaluate(answers, "en")["special_permission"]
    assert set(permission) == {
        "application", "application_reason", "application_label", "application_explanation", "application_citation",
        "statutory_bar", "statutory_bar_label", "statutory_bar_explanation", "statutory_bar_citation",
        "grounds", "grounds_note", "positive_factors", "negative_factors", "notice", "citation"}
    text = json.dumps(permission, ensure_ascii=False)
    assert not VERDICT.search(text), VERDICT.search(text)
    assert "does not guarantee" in permission["notice"] and "no score" in permission["notice"]
