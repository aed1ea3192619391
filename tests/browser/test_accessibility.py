"""WCAG 2.2 AA: axe-core on every page and every screener state, keyboard use, small screens."""
from pathlib import Path

import pytest
from playwright.sync_api import expect

from form_steps import answer
from scripts.offline import site_pages

pytestmark = pytest.mark.browser
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def serious_violations(page):
    """Run axe in the page (page.evaluate works under the page's CSP; a script tag would not)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text("utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]


def assert_accessible(page):
    problems = serious_violations(page)
    assert not problems, "\n".join(problems)


def test_every_page_of_every_locale(context, server, site_dir):
    page = context.new_page()
    # The screener stays in its loading state: Python is not needed for this check.
    page.route("**/assets/pyodide/**", lambda route: None)
    found = {}
    for path in site_pages(site_dir) + ["404.html"]:
        page.goto(server.base_url + path)
        if path.endswith("screener/"):
            assert page.locator("#screener").get_attribute("data-state") == "loading"
        problems = serious_violations(page)
        if problems:
            found[path] = problems
    assert not found, "\n".join(f"{path}: {p}" for path, ps in found.items() for p in ps)


@pytest.mark.parametrize("lang", ["en", "ja", "th", "ja-easy"])
def test_screener_ready_and_result_states(screener_pages, lang):
    page = screener_pages[lang]
    assert_accessible(page)
    answer(page, {"how_in_japan": "entered_illegally"})
    assert_accessible(page)  # "check your answers"
    page.locator("#screener-form button[type=submit]").click()
    expect(page.locator("#screener-result-heading")).to_be_focused()
    assert_accessible(page)


def test_screener_error_state(browser, server):
    context = browser.new_context()
    context.route("**/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body=""))
    page = context.new_page()
    page.goto(server.base_url + "vi/screener/")
    expect(page.locator("#screener")).to_have_attribute("data-state", "error", timeout=10_000)
    assert_accessible(page)
    context.close()


def test_the_screener_can_be_completed_with_the_keyboard_alone(screener_pages):
    page = screener_pages["vi"]
    page.reload()
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=90_000)
    page.locator("body").focus()
    for _ in range(200):  # Tab from the top of the page to the first question
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "how_in_japan":
            break
    else:
        pytest.fail("the first question cannot be reached with Tab")
    page.keyboard.press("Space")  # choose the focused (first) option of the group
    for _ in range(200):  # then Tab on: each group keeps its first option, "Next" goes on a part
        page.keyboard.press("Tab")
        tag, kind, classes = page.evaluate(
            "[document.activeElement.tagName, document.activeElement.type, document.activeElement.className]")
        if kind == "submit":
            break
        if kind == "radio":
            page.keyboard.press("Space")
        elif "screener-next" in classes:
            page.keyboard.press("Enter")
    else:
        pytest.fail("the submit button cannot be reached with Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#screener-result-heading")).to_be_focused()
    assert page.locator("#q-how_in_japan-landed_legally").is_checked()


@pytest.mark.parametrize("width", [360, 640], ids=["phone-360px", "zoom-200pct"])
@pytest.mark.parametrize("path", ["", "ja/screener/", "vi/screener/", "th/", "th/departure-order/", "ko/",
                                  "ko/special-permission/", "ja-easy/deportation/", "rules/", "checklist/"])
def test_no_horizontal_scrolling_on_small_screens(browser, server, width, path, tmp_path):
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    page.goto(server.base_url + path)
    page.screenshot(path=tmp_path / "page.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
