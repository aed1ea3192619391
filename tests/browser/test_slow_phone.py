"""A worried reader on a cheap phone with prepaid data (issue #11): slow downloads are followed, not
given up; a retry downloads nothing twice; Save-Data waits for the reader; one part of the
questions per screen; the result puts first what the reader's goal needs; a short printed sheet;
Leave quickly everywhere; the self-check page without JavaScript."""
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

import screener
from form_steps import answer, fill, start
from screener.languages import REGISTRY
from screener.present import sections, text
from screener.questions import visible
from scripts.check_links import site_base_path
from scripts.furigana import strip
from scripts.site_messages import site_text
from site_server import SiteServer, SubpathHandler

pytestmark = pytest.mark.browser
READY_MS = 120_000
PHONE = {"width": 360, "height": 740}


class TrickleHandler(SubpathHandler):
    """Sends the files named in `slow` in small pieces with pauses (a slow mobile link), counting
    every request per file name."""

    slow: dict  # file name -> seconds the whole file takes
    requests: dict

    def do_GET(self):
        name = self.path.split("?")[0].rsplit("/", 1)[-1]
        self.requests[name] = self.requests.get(name, 0) + 1
        if name not in self.slow:
            return super().do_GET()
        path = Path(self.translate_path(self.path.split("?")[0]))
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        pieces = 40
        step = -(-len(body) // pieces)
        try:
            for offset in range(0, len(body), step):
                self.wfile.write(body[offset:offset + step])
                self.wfile.flush()
                time.sleep(self.slow[name] / pieces)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser gave up this request


@pytest.fixture
def slow_server(site_dir):
    """A second server whose runtime files arrive slowly; `slow` and `requests` are per test."""
    handler = type("Handler", (TrickleHandler,), {"slow": {}, "requests": {}})
    with SiteServer(site_dir, prefix=site_base_path(site_dir), handler=handler) as srv:
        srv.handler = handler
        yield srv


def test_a_slow_runtime_module_is_followed_byte_by_byte_and_never_given_up(browser, slow_server):
    """The module import() of pyodide.asm.mjs reports no progress of its own: arriving over ~8 s,
    with no other download running, it must still move the progress bar and never look stalled."""
    slow_server.handler.slow.update({"pyodide.asm.mjs": 8})
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(slow_server.base_url + "screener/")
    progress = page.locator(".screener-progress")
    seen = set()
    deadline = time.monotonic() + 60
    while page.locator("#screener").get_attribute("data-state") == "loading" and time.monotonic() < deadline:
        if progress.is_visible():
            seen.add(progress.get_attribute("value"))
        page.wait_for_timeout(200)
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY_MS)
    assert len(seen) >= 3, f"the progress bar did not move while bytes arrived: {seen}"
    # The module was fetched once, with progress, and imported from that copy.
    assert slow_server.handler.requests.get("pyodide.asm.mjs", 0) <= 2
    context.close()


def test_a_reload_during_the_download_does_not_download_the_runtime_again(browser, slow_server):
    """The service worker's download of the wasm goes on when the page is reloaded, and the
    reloaded page follows it: the server sends the wasm once."""
    slow_server.handler.slow.update({"pyodide.asm.wasm": 10})
    context = browser.new_context()
    page = context.new_page()
    page.goto(slow_server.base_url + "screener/")
    # Wait until the wasm is on its way, then reload as an impatient reader does.
    deadline = time.monotonic() + 30
    while slow_server.handler.requests.get("pyodide.asm.wasm", 0) == 0 and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    page.wait_for_timeout(2000)
    page.reload()
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY_MS)
    assert slow_server.handler.requests["pyodide.asm.wasm"] == 1
    context.close()


def test_save_data_waits_for_the_reader_and_the_button_says_how_much(browser, server):
    context = browser.new_context(service_workers="block")
    context.add_init_script("Object.defineProperty(navigator, 'connection', {value: {saveData: true}})")
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(server.base_url + "vi/screener/")
    root = page.locator("#screener")
    expect(root).to_have_attribute("data-state", "paused")
    page.wait_for_timeout(3000)
    assert not [url for url in requests if "/pyodide/" in url or ".whl" in url], "downloaded without asking"
    button = page.locator(".screener-load-button")
    expect(button).to_contain_text("MB")
    expect(page.locator(".screener-status-text")).to_have_text(text("vi", "ui.save_data"))
    button.click()
    expect(root).to_have_attribute("data-state", "ready", timeout=READY_MS)
    context.close()


def test_the_questions_come_one_part_per_screen_and_work_with_the_keyboard(screener_pages):
    page = screener_pages["en"]
    start(page)
    total = str(len(sections("en")))
    progress = page.locator(".screener-step-progress")
    expect(progress).to_have_text(text("en", "ui.section_progress", number="1", total=total))
    expect(page.locator("#step-stay")).to_be_visible()
    expect(page.locator("#step-procedure")).to_be_hidden()
    expect(page.locator(".screener-back")).to_be_hidden()
    expect(page.locator("#screener-form button[type=submit]")).to_be_hidden()
    page.locator(".screener-next").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#step-procedure-title")).to_be_focused()
    expect(progress).to_have_text(text("en", "ui.section_progress", number="2", total=total))
    page.locator(".screener-back").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#step-stay-title")).to_be_focused()


def test_check_your_answers_lists_every_shown_question_and_any_can_be_changed(screener_pages):
    page = screener_pages["en"]
    answer(page, {"how_in_japan": "entered_illegally", "investigation": "yes"})
    review = page.locator("#step-review")
    expect(review).to_be_visible()
    shown = [qid for qid, value in visible({"how_in_japan": "entered_illegally", "investigation": "yes"}).items() if value is not None]
    expect(review.locator("dt")).to_have_count(len(shown))
    expect(review).to_contain_text(text("en", "q.how_in_japan.entered_illegally"))
    expect(review).to_contain_text(text("en", "ui.not_answered"))
    review.locator("button.screener-change").first.click()
    expect(page.locator("#step-stay")).to_be_visible()
    expect(page.locator("#q-how_in_japan-entered_illegally")).to_be_focused()


@pytest.mark.parametrize("goal, first", [("no", "special_permission"), ("yes", "departure_order"), ("dont_know", "departure_order")])
def test_the_result_starts_with_what_the_readers_goal_needs(screener_pages, goal, first):
    page = screener_pages["en"]
    fill(page, {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": goal})
    body = page.locator(".screener-result-body[lang=en]").first
    expect(body.locator(".screener-summary > li").first).to_have_attribute("data-outcome", first)
    heading = text("en", "ui.special_permission_heading" if first == "special_permission" else "ui.departure_order_heading")
    opened = body.locator(".screener-disclosure[aria-expanded=true]")
    expect(opened).to_have_count(1)
    expect(opened).to_have_text(heading)
    # What to do now comes right after the summary.
    assert body.locator("h3").nth(1).inner_text() == text("en", "ui.next_steps_heading")
    # The heading is at the top of the screen, below the header (or the page is scrolled to its end).
    top = page.locator("#screener-result-heading").bounding_box()["y"]
    at_end = page.evaluate("scrollY + innerHeight >= document.documentElement.scrollHeight - 2")
    assert 0 <= top < 150 or at_end, top


def test_grounds_that_do_not_apply_are_not_failures_and_steps_have_links(screener_pages):
    page = screener_pages["en"]
    answers = {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "no",
               "permanent_residence": "no", "former_japanese": "no", "trafficking": "no", "refugee": "no"}
    fill(page, answers)
    body = page.locator(".screener-result-body[lang=en]").first
    grounds = body.locator(".screener-grounds > li[data-status=not_met] .screener-badge")
    expect(grounds).to_have_count(4)
    for i in range(4):
        expect(grounds.nth(i)).to_have_text(text("en", "sp.ground_not_applicable"))
    expect(body).to_contain_text(text("en", "sp.grounds_note"))
    steps = body.locator(".screener-next-steps > li")
    assert steps.count() == len(screener.evaluate(answers, "en")["next_step_details"])
    for i in range(steps.count()):
        assert steps.nth(i).locator("a[href^='http']").count() >= 1
    expect(body.locator(".screener-help-link a")).to_have_attribute("href", re.compile(r"help/$"))
    expect(body.locator(".screener-costs a[href^='tel:']").first).to_have_attribute("href", "tel:0570078377")
    costs = body.locator(".screener-costs > li")
    expect(costs).to_have_count(len(screener.evaluate(answers, "en")["costs"]))
    for i in range(costs.count()):
        assert costs.nth(i).locator("a[href^='https']").count() == 1
    # The ban's exceptions travel with its length in the summary.
    ban = screener.evaluate(answers, "en")["reentry_ban"][0]
    expect(body.locator(f".screener-summary li[data-path={ban['path']}] .screener-ban-conditions")).to_have_text(ban["conditions"])


def test_a_changed_answer_marks_the_result_out_of_date(screener_pages):
    page = screener_pages["en"]
    fill(page, {"how_in_japan": "landed_legally", "wants_to_leave": "yes"})
    expect(page.locator(".screener-outdated")).to_have_count(0)
    page.locator("button.screener-change").first.click()
    page.locator("label[for='q-how_in_japan-entered_illegally']").click()
    expect(page.locator(".screener-outdated")).to_have_text(text("en", "ui.result_outdated"))


def pages_before_the_detail(page) -> int:
    """Pages of the printout up to the Japanese detail: the detail hidden, what is left counted."""
    page.emulate_media(media="print")
    page.evaluate("""() => document.querySelectorAll("#screener-result > .screener-japanese, #screener-result > .screener-result-body")
        .forEach((node) => node.style.setProperty("display", "none", "important"))""")
    pdf = page.pdf(format="A4")
    page.evaluate("""() => document.querySelectorAll("#screener-result > *").forEach((node) => node.style.removeProperty("display"))""")
    page.emulate_media(media="screen")
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


@pytest.mark.parametrize("lang", ["en", "ja", "vi"])
def test_the_printed_sheet_for_officials_fits_before_the_detail(browser, server, lang):
    page = browser.new_page()
    prefix = "" if lang == "en" else f"{lang}/"
    page.goto(server.base_url + prefix + "screener/")
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY_MS)
    answers = {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "no", "investigation": "yes",
               "investigation_start": "came_forward", "came_forward_intent": "to_stay", "finding_notified": "no",
               "deportation_order": "no", "custody": "supervision", "sentence": "suspended", "offence": "other",
               "sentence_when": "this_stay", "sentence_length": "under_1y", "past_removal": "no", "passport": "yes"}
    fill(page, answers)
    summary = page.locator(".screener-print-summary")
    expect(summary).to_be_hidden()  # on screen the reader reads their own result
    page.emulate_media(media="print")
    expect(summary).to_be_visible()
    expect(summary.locator("[lang=ja] .screener-verdict")).to_have_text(screener.evaluate(answers, "ja")["departure_order"]["status_label"])
    expect(summary.locator(f"[lang={lang}] .screener-verdict")).to_have_text(screener.evaluate(answers, lang)["departure_order"]["status_label"])
    page.emulate_media(media="screen")
    assert pages_before_the_detail(page) <= 3
    page.close()


@pytest.mark.parametrize("lang", list(REGISTRY))
def test_the_home_page_offers_the_self_check_and_help_on_the_first_phone_screen(browser, server, lang):
    page = browser.new_page(viewport=PHONE)
    page.goto(server.base_url + ("" if lang == "en" else f"{lang}/"))
    for link, label in (("screener/", "start_check"), ("help/", "get_help")):
        button = page.locator(f".site-start a[href='{link}']")
        shown = button.evaluate("a => { const c = a.cloneNode(true); c.querySelectorAll('rt').forEach(r => r.remove()); return c.textContent; }")
        assert shown == strip(site_text(lang)[label])
        box = button.bounding_box()
        assert box["y"] + box["height"] <= PHONE["height"], f"{label} below the first screen"
    page.close()


@pytest.mark.parametrize("path", ["", "departure-order/", "ja/help/", "vi/screener/", "checklist/"])
def test_leave_quickly_stays_in_view_while_scrolling_and_shift_three_times_leaves(browser, server, path):
    context = browser.new_context(viewport=PHONE, service_workers="block")
    page = context.new_page()
    page.goto(server.base_url + path)
    leave = page.locator(".site-leave")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(300)
    expect(leave).to_be_in_viewport()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url("about:blank")
    context.close()


def test_without_javascript_the_self_check_offers_the_checklist_not_a_dead_button(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.base_url + "ja/screener/")
    expect(page.locator("#screener-form button[type=submit]")).to_be_hidden()
    row = page.locator(".screener-submit-row")
    expect(row.get_by_role("link", name=text("ja", "ui.checklist_link"))).to_have_attribute("href", re.compile(r"checklist/$"))
    # Every part is on the one page.
    for section in sections("ja"):
        expect(page.locator(f"#step-{section['id']}")).to_be_visible()
    context.close()
