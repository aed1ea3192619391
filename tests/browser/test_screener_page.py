"""The screener page in Chromium: loads Pyodide, agrees with CPython, stays on 127.0.0.1."""
import random
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from form_steps import fill, start

import screener
from scenario_runner import load_cases
from screener.languages import REGISTRY
from screener.present import text
from scripts.furigana import strip
from screener.questions import QUESTIONS, visible

SCENARIOS = sorted((Path(__file__).parent.parent / "scenarios").glob("*.toml"))
pytestmark = pytest.mark.browser
READY_TIMEOUT_MS = 90_000


def shown(locator) -> str:
    """The text a reader reads, without the readings over kanji (やさしいにほんご)."""
    return locator.evaluate("node => { const c = node.cloneNode(true); c.querySelectorAll('rt').forEach(r => r.remove()); return c.textContent.trim(); }")


def test_evaluate_api_agrees_with_cpython_in_every_language(screener_pages):
    page = screener_pages["en"]
    for case in load_cases(SCENARIOS):
        in_browser = page.evaluate("([a, langs]) => Promise.all(langs.map((l) => window.screenerEvaluate(a, l)))",
                                   [case["answers"], list(REGISTRY)])
        for lang, result in zip(REGISTRY, in_browser):
            assert result == screener.evaluate(case["answers"], lang), (case["name"], lang)


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


def test_a_page_loads_the_catalogs_of_its_language_and_japanese_and_another_when_asked(browser, server):
    """The wheel has no catalogs: a reader downloads two of them (their language's, and Japanese
    for the version for officials), not all eighteen."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    first = len(server.served)

    def catalogs():
        return sorted(path.rsplit("/", 1)[1] for path in server.served[first:] if "/locales/" in path)

    page.goto(server.base_url + "vi/screener/")
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY_TIMEOUT_MS)
    assert catalogs() == ["ja.zip", "vi.zip"]
    for _ in range(2):  # downloaded once
        assert page.evaluate("window.screenerEvaluate({}, 'th')") == screener.evaluate({}, "th")
        assert catalogs() == ["ja.zip", "th.zip", "vi.zip"]
    context.close()


VI_ANSWERS = {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "yes",
              "investigation": "yes", "investigation_start": "caught", "finding_notified": "no",
              "deportation_order": "no", "sentence": "none", "foreign_sentence": "no", "other_grounds": "no",
              "false_documents": "no", "past_removal": "no",
              "passport": "can_get", "fare": "yes", "children": "with_status", "child_school": "long"}


def test_filling_the_form_gives_the_cpython_result(screener_pages):
    page = screener_pages["vi"]
    expect(page.locator("#q-finding_notified")).to_be_hidden()
    fill(page, VI_ANSWERS)
    expected = screener.evaluate(VI_ANSWERS, "vi")
    expect(page.locator("#screener-result-heading")).to_be_focused()
    result = page.locator(".screener-result-body[lang=vi]").first
    verdict = result.locator(".screener-verdict")
    expect(verdict).to_have_text(expected["departure_order"]["status_label"])
    assert verdict.get_attribute("data-status") == "likely_eligible"
    items = result.locator(".screener-requirements:not(.screener-grounds) > li")
    assert [items.nth(i).get_attribute("data-status") for i in range(items.count())] == [
        r["status"] for r in expected["departure_order"]["requirements"]]
    factors = result.locator(".screener-factors[data-side=positive] > li")
    assert [factors.nth(i).get_attribute("data-id") for i in range(factors.count())] == [
        f["id"] for f in expected["special_permission"]["positive_factors"]]
    bans = result.locator(".screener-bans > li")
    assert [bans.nth(i).get_attribute("data-path") for i in range(bans.count())] == ["departure_order", "deportation"]
    expect(result.locator(".screener-next-steps > li")).to_have_count(len(expected["next_step_details"]))
    expect(result.locator(".screener-disclaimer")).to_have_text(expected["next_steps"][-1])
    # The Japanese version for officials, from a second evaluation in Japanese.
    japanese = page.locator(".screener-result-body[lang=ja]")
    expect(japanese.locator(".screener-verdict")).to_have_text(
        screener.evaluate(VI_ANSWERS, "ja")["departure_order"]["status_label"], use_inner_text=False)


def test_print_view_has_both_languages_every_section_and_the_version(screener_pages):
    page = screener_pages["en"]
    fill(page, {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "no"})
    expect(page.locator("#screener-result-heading")).to_be_focused()
    english = screener.evaluate({"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "no"}, "en")
    japanese = screener.evaluate({"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "no"}, "ja")
    page.emulate_media(media="print")
    try:
        printed = page.locator("#screener-result").inner_text()
        for result in (english, japanese):
            assert result["special_permission"]["notice"] in printed  # a section closed on screen
            assert result["reentry_ban"][-1]["conditions"].split(".")[0] in printed
            assert result["answers"][0]["question"] in printed and result["answers"][0]["answer"] in printed
        assert screener.RULES_VERSION in printed
        expect(page.locator("#screener-form")).to_be_hidden()
        expect(page.locator(".md-header")).to_be_hidden()
    finally:
        page.emulate_media(media="screen")


def test_copy_as_text_and_clear(browser, server):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(server.base_url + "ja/screener/")
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=90_000)
    answers = {"how_in_japan": "entered_illegally", "wants_to_leave": "yes"}
    fill(page, answers)
    page.get_by_role("button", name=text("ja", "ui.copy")).click()
    expect(page.locator(".screener-copy-message")).to_have_text(text("ja", "ui.copied"))
    copied = page.evaluate("navigator.clipboard.readText()")
    expected = screener.evaluate(answers, "ja")
    assert expected["departure_order"]["status_label"] in copied
    assert expected["special_permission"]["notice"] in copied
    assert expected["departure_order"]["requirements"][0]["citation"]["url"] in copied
    # The short version, for a chat message: the outcomes and the steps, not the whole detail.
    page.get_by_role("button", name=text("ja", "ui.copy_short")).click()
    short = page.evaluate("navigator.clipboard.readText()")
    assert expected["departure_order"]["status_label"] in short
    assert expected["next_step_details"][0]["text"] in short
    assert expected["special_permission"]["notice"] not in short and len(short) < len(copied) / 2
    page.get_by_role("button", name=text("ja", "ui.clear")).click()
    expect(page.locator(".screener-result-body")).to_have_count(0)
    assert page.locator("#screener-form input:checked").count() == 0
    expect(page.locator("#q-stay_status")).to_be_visible()  # show_if re-applied to the empty form
    # Cleared by mistake: undo brings every answer and the result back.
    undo = page.get_by_role("button", name=text("ja", "ui.undo"))
    expect(undo).to_be_focused()
    undo.click()
    for qid, value in answers.items():
        expect(page.locator(f"#q-{qid}-{value}")).to_be_checked()
    expect(page.locator(".screener-result-body[lang=ja]").first).to_be_visible()
    context.close()


def test_the_printed_date_is_the_readers_local_date_and_plurals_follow_the_language(browser, server):
    """At 20:00 UTC on 30 November it is already 1 December in Tokyo: the sheet says 1 December,
    formatted by Intl in the page's language; a ban of 5 years uses the plural form."""
    context = browser.new_context(timezone_id="Asia/Tokyo", locale="en-US")
    page = context.new_page()
    page.clock.set_fixed_time("2026-11-30T20:00:00Z")
    page.goto(server.base_url + "screener/")
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=90_000)
    fill(page, {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "yes",
                "investigation": "no", "sentence": "none", "foreign_sentence": "no", "past_removal": "no"})
    generated = page.locator(".screener-result-body[lang=en] .screener-generated").first
    expect(generated).to_contain_text("December 1, 2026")
    bans = page.locator(".screener-result-body[lang=en] .screener-summary [data-path=deportation]").first
    expect(bans).to_contain_text("5 years")
    expect(page.locator(".screener-result-body[lang=en] .screener-summary [data-path=departure_order]").first
           ).to_contain_text(re.compile(r"\b1 year(?!s)"))
    japanese = page.locator(".screener-japanese .screener-generated").first
    expect(japanese).to_contain_text("2026年12月1日")
    context.close()


SHOW_IF_CASES = [c["answers"] for c in load_cases(SCENARIOS)]


def test_the_page_shows_exactly_the_questions_python_shows(screener_pages):
    """One show_if walk in Python (screener.questions.visible), one in the page's script: the same
    answers give the same visible questions, for every scenario's answers and random ones."""
    page = screener_pages["en"]
    rng = random.Random(20261130)
    random_sets = [{q.id: rng.choice(q.options) for q in QUESTIONS if rng.random() < 0.7} for _ in range(40)]
    for answers in SHOW_IF_CASES + random_sets:
        hidden = page.evaluate("""(answers) => {
            const form = document.getElementById("screener-form");
            form.reset();
            for (const [qid, value] of Object.entries(answers)) {
                const input = document.getElementById(`q-${qid}-${value}`);
                if (input) input.checked = true;
            }
            form.dispatchEvent(new Event("change"));
            return [...form.querySelectorAll("fieldset[data-question]")].filter((fs) => fs.hidden).map((fs) => fs.dataset.question);
        }""", answers)
        expected = [qid for qid, value in visible(answers).items() if value is None]
        assert hidden == expected, answers


def test_show_if_hides_questions_that_do_not_apply(screener_pages):
    page = screener_pages["en"]
    start(page)
    page.locator("label[for='q-how_in_japan-entered_illegally']").click()
    expect(page.locator("#q-stay_status")).to_be_hidden()
    page.locator("label[for='q-how_in_japan-landed_legally']").click()
    expect(page.locator("#q-stay_status")).to_be_visible()
    page.locator(".screener-next").click()
    page.locator(".screener-next").click()  # to the part on criminal records
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
    for i in range(links.count()):  # screen readers read each language name in its language
        assert links.nth(i).get_attribute("lang") == links.nth(i).get_attribute("hreflang")
    page.locator(".md-select a[hreflang='ja']").first.dispatch_event("click")
    page.wait_for_url(server.base_url + "ja/screener/")
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    page.close()


def test_no_request_leaves_the_site(screener_pages, context):
    for lang in ("en", "ja", "vi"):  # loaded (if not yet) and used by the tests above
        screener_pages[lang]
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


# Last in the module: each language's page is closed after its check.
@pytest.mark.parametrize("lang", list(REGISTRY))
def test_page_reaches_ready_and_gives_a_result_in_its_language(screener_pages, lang):
    page = screener_pages[lang]  # loaded until ready
    assert page.locator("html").get_attribute("lang") == REGISTRY[lang].bcp47
    assert shown(page.locator("#q-how_in_japan legend")) == strip(screener.questions(lang)[0]["text"])
    answers = {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "yes"}
    fill(page, answers)
    verdict = page.locator(f".screener-result-body[lang={lang}] .screener-verdict").first
    expect(verdict).to_be_visible()
    assert shown(verdict) == strip(screener.evaluate(answers, lang)["departure_order"]["status_label"])
    screener_pages.release(lang)
