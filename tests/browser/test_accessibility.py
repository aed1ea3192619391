"""WCAG 2.2 AA: axe-core on every page and every screener state, keyboard use, small screens."""
import pytest
from playwright.sync_api import expect

from axe_check import serious_violations
from form_steps import answer

pytestmark = pytest.mark.browser


def assert_accessible(page):
    problems = serious_violations(page)
    assert not problems, "\n".join(problems)


def test_every_page_of_every_locale(site_crawl):
    # The screener pages were visited without Python (not needed here): they stay in their loading state.
    assert set(site_crawl.screener_states.values()) == {"loading"}, site_crawl.screener_states
    found = site_crawl.violations
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
                                  "ko/special-permission/", "ja-easy/deportation/", "si/special-permission/",
                                  "km/departure-order/", "my/", "ne/deportation/", "rules/", "checklist/"])
def test_no_horizontal_scrolling_on_small_screens(browser, server, width, path, tmp_path):
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    page.goto(server.base_url + path)
    page.screenshot(path=tmp_path / "page.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


# Scripts that need complex shaping, and the word in the name of a font that has their letters.
SHAPED_SCRIPTS = {"th": "Thai", "si": "Sinhala", "km": "Khmer", "my": "Myanmar", "ne": "Devanagari"}


@pytest.mark.parametrize("lang", list(SHAPED_SCRIPTS))
def test_complex_scripts_render_with_a_system_font_of_their_script(browser, server, lang):
    """Chromium reports the fonts that drew a node's glyphs: a heading drawn with a fallback that
    lacks the script would be boxes (tofu). The fonts are the system's (the README's packages)."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    page.goto(server.base_url + f"{lang}/special-permission/")
    cdp = context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    for selector in ("h1", ".md-content p", ".md-nav__link"):
        root = cdp.send("DOM.getDocument")["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        drawn = {f["familyName"]: f["glyphCount"] for f in fonts}
        assert any(SHAPED_SCRIPTS[lang] in family and count for family, count in drawn.items()), (selector, drawn)
    context.close()
