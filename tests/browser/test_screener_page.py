"""The screener page in Chromium: loads Pyodide, agrees with CPython, stays on 127.0.0.1."""
import json
import random
from pathlib import Path

import pytest
from playwright.sync_api import expect

import screener
from scenario_runner import load_cases

SCENARIOS = sorted((Path(__file__).parent.parent / "scenarios").glob("*.toml"))
pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "ja", "vi"])
def test_page_reaches_ready_in_its_language(screener_pages, lang):
    page = screener_pages[lang]
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready")
    assert page.locator("html").get_attribute("lang") == lang
    first = screener.questions(lang)[0]
    expect(page.locator("#q-how_in_japan legend")).to_have_text(first["text"])


def test_evaluate_api_agrees_with_cpython(screener_pages):
    page = screener_pages["en"]
    for case in load_cases(SCENARIOS):
        in_browser = page.evaluate("([a, l]) => window.screenerEvaluate(a, l)", [case["answers"], case["lang"]])
        assert in_browser == screener.evaluate(case["answers"], case["lang"]), case["name"]


@pytest.mark.parametrize("call, message", [
    ("window.screenerEvaluate({nope: 'yes'}, 'en')", "unknown question 'nope'"),
    ("window.screenerEvaluate({fare: 'maybe'}, 'en')", "question 'fare' has no option 'maybe'"),
    ("window.screenerEvaluate({}, 'fr')", "unknown language 'fr'"),
    ("window.screenerEvaluate('fare', 'en')", "answers must be an object"),
])
def test_bad_input_rejects_and_the_next_call_works(screener_pages, call, message):
    page = screener_pages["ja"]
    error = page.evaluate(f"{call}.then(() => 'resolved', (e) => e.message)")
    assert message in error
    good = page.evaluate("window.screenerEvaluate({}, 'ja')")
    assert good == screener.evaluate({}, "ja")


def test_filling_the_form_gives_the_cpython_result(screener_pages):
    page = screener_pages["vi"]
    answers = {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "yes",
               "investigation": "yes", "finding_notified": "no", "sentence": "none",
               "other_grounds": "no", "past_removal": "no", "passport": "can_get", "fare": "yes"}
    expect(page.locator("#q-finding_notified")).to_be_hidden()
    for qid, value in answers.items():
        page.locator(f"label[for='q-{qid}-{value}']").click()
    page.locator("#screener-form button[type=submit]").click()
    expected = screener.evaluate(answers, "vi")
    heading = page.locator("#screener-result-heading")
    expect(heading).to_be_focused()
    verdict = page.locator(".screener-verdict")
    expect(verdict).to_have_text(expected["departure_order"]["status_label"])
    assert verdict.get_attribute("data-status") == "likely_eligible"
    items = page.locator(".screener-requirements li")
    assert [items.nth(i).get_attribute("data-status") for i in range(items.count())] == [
        r["status"] for r in expected["departure_order"]["requirements"]]
    expect(page.locator(".screener-next-steps li")).to_have_count(len(expected["next_steps"]))


def test_show_if_hides_questions_that_do_not_apply(screener_pages):
    page = screener_pages["en"]
    page.locator("label[for='q-how_in_japan-entered_illegally']").click()
    expect(page.locator("#q-stay_status")).to_be_hidden()
    page.locator("label[for='q-how_in_japan-landed_legally']").click()
    expect(page.locator("#q-stay_status")).to_be_visible()
    page.locator("label[for='q-sentence-served']").click()
    expect(page.locator("#q-sentence_length")).to_be_visible()
    page.locator("label[for='q-sentence-fine']").click()
    expect(page.locator("#q-sentence_length")).to_be_hidden()
    expect(page.locator("#q-offence")).to_be_visible()


def test_language_switcher_leads_to_the_same_page(context, server):
    page = context.new_page()
    page.goto(server.base_url + "screener/")
    links = page.locator(".md-select a[hreflang]")
    targets = {links.nth(i).get_attribute("hreflang"): links.nth(i).get_attribute("href") for i in range(links.count())}
    assert set(targets) >= {"en", "ja", "vi"}
    page.locator(".md-select a[hreflang='ja']").first.dispatch_event("click")
    page.wait_for_url(server.base_url + "ja/screener/")
    expect(page.locator("html")).to_have_attribute("lang", "ja")


def test_no_request_leaves_the_site(screener_pages, context):
    assert context.outside.urls == []


def test_arbitrary_input_in_the_browser_is_rejected_cleanly(screener_pages):
    """A sample of odd input: each call resolves or rejects with a one-line message, and the
    worker answers the next good call."""
    page = screener_pages["en"]
    rng = random.Random(20261125)
    odd = [None, 0, "", [], {"": ""}, {"fare": ["yes"]}, {"fare": {"yes": 1}}, {"x" * 500: 1},
           {"how_in_japan": "landed_legally\n"}, "\u0000", {"__proto__": {"polluted": True}}]
    ids = [q["id"] for q in screener.questions()] + ["nope"]
    for _ in range(20):
        odd.append({rng.choice(ids): rng.choice(["yes", "no", "dont_know", 3, None, "", "expired"])
                    for _ in range(rng.randint(1, 4))})
    for answers in odd:
        outcome = page.evaluate(
            "a => window.screenerEvaluate(a).then(r => ['ok', r.departure_order.status], e => ['error', e.message])",
            answers)
        if outcome[0] == "error":
            assert outcome[1] and "\n" not in outcome[1] and "Traceback" not in outcome[1], outcome
        else:
            assert outcome[1] in ("likely_eligible", "not_eligible", "unclear")
        assert page.evaluate("window.screenerEvaluate({}).then(r => r.lang)") == "en"
