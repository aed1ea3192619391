"""The public API: questions(), evaluate(), evaluate_json() and their errors."""
import json

import pytest

import screener
from screener import InputError, LANGUAGES
from screener.questions import QUESTIONS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_questions_shape(lang):
    qs = screener.questions(lang)
    assert [q["id"] for q in qs] == [q.id for q in QUESTIONS]
    earlier = set()
    for q in qs:
        assert q["text"].strip()
        assert q["options"][-1]["value"] == "dont_know", "every question offers I don't know"
        assert all(o["label"].strip() for o in q["options"])
        assert len({o["value"] for o in q["options"]}) == len(q["options"])
        for clause in q.get("show_if", []):
            assert clause["question"] in earlier, "show_if may only look at earlier questions"
            assert clause["in"]
        earlier.add(q["id"])


def test_languages_differ():
    texts = {lang: screener.questions(lang)[0]["text"] for lang in LANGUAGES}
    assert len(set(texts.values())) == len(LANGUAGES)


def test_empty_answers_are_valid_and_unclear():
    result = screener.evaluate({})
    assert result["departure_order"]["status"] == "unclear"
    assert result["rules_version"] == screener.RULES_VERSION
    json.dumps(result)  # JSON-serialisable


@pytest.mark.parametrize("answers, message", [
    ({"nope": "yes"}, "unknown question 'nope'"),
    ({"fare": "maybe"}, "question 'fare' has no option 'maybe'"),
    ({"fare": None}, "question 'fare' has no option None"),
    ({"investigation": "no", "finding_notified": "no"}, "question 'finding_notified' does not apply"),
    ({"finding_notified": "no"}, "question 'finding_notified' does not apply"),
    (["fare"], "answers must be an object"),
])
def test_bad_answers_are_rejected_with_a_clear_message(answers, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        screener.evaluate(answers)


def test_unknown_language_is_an_error_not_a_fallback():
    with pytest.raises(InputError, match="unknown language 'fr'"):
        screener.evaluate({}, "fr")
    with pytest.raises(InputError, match="unknown language"):
        screener.questions("EN")


def test_evaluate_json_round_trip():
    answers = {"how_in_japan": "entered_illegally"}
    out = json.loads(screener.evaluate_json(json.dumps({"answers": answers, "lang": "ja"})))
    assert out == screener.evaluate(answers, "ja")


@pytest.mark.parametrize("payload, message", [
    ("{", "payload is not valid JSON"),
    ("[]", "payload must be a JSON object"),
    ('{"answers": {}, "language": "en"}', "unknown payload field"),
    ('{"answers": [], "lang": "en"}', "answers must be an object"),
    ('{"answers": {}, "lang": 3}', "unknown language 3"),
])
def test_evaluate_json_errors(payload, message):
    with pytest.raises(InputError, match=message):
        screener.evaluate_json(payload)


def test_answers_to_shown_questions_reach_the_rules():
    """A question shown by an earlier answer is used by the rules (hidden ones are refused: see
    test_bad_answers_are_rejected_with_a_clear_message)."""
    result = screener.evaluate({"investigation": "yes", "investigation_start": "caught", "finding_notified": "yes"})
    item1 = result["departure_order"]["requirements"][1]
    assert (item1["status"], item1["reason"]) == ("not_met", "too_late")
    # Without the finding question, the same reader is still in time (route (b)).
    result = screener.evaluate({"wants_to_leave": "yes", "investigation": "yes", "investigation_start": "caught",
                                "finding_notified": "no"})
    assert result["departure_order"]["requirements"][1]["reason"] == "route_b"


def test_a_hidden_question_is_refused_not_ignored():
    with pytest.raises(InputError, match="'investigation_start' does not apply"):
        screener.evaluate({"investigation": "no", "investigation_start": "caught"})
