"""Every way Python can fail to start is caught and explained, fast, and the form stays usable."""
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
EXPLAINED_WITHIN_MS = 10_000


@pytest.fixture
def fresh(browser):
    context = browser.new_context()
    yield context
    context.close()


def not_found(route):
    route.fulfill(status=404, body="not found")


def wrong_mime(route):
    response = route.fetch()
    route.fulfill(response=response, headers={**response.headers, "content-type": "application/octet-stream"})


def never_answer(route):
    pass  # the request stays pending for ever


FAULTS = {
    "wasm-404": ("**/pyodide.asm.wasm", not_found, "pyodide.asm.wasm"),
    "wasm-wrong-mime": ("**/pyodide.asm.wasm", wrong_mime, "MIME"),
    "stdlib-404": ("**/python_stdlib.zip", not_found, ""),
    "lock-404": ("**/pyodide-lock.json", not_found, ""),
    "runtime-module-404": ("**/pyodide.asm.mjs", not_found, "pyodide.asm.mjs"),
    "loader-404": ("**/pyodide.mjs", not_found, ""),
    "wheel-404": ("**/screener-*.whl", not_found, "wheel"),
    "worker-blocked": ("**/screener-worker.mjs", lambda route: route.abort(), ""),
    "wasm-never-answers": ("**/pyodide.asm.wasm", never_answer, ""),
}


def assert_explained(page, detail):
    root = page.locator("#screener")
    expect(root).to_have_attribute("data-state", "error", timeout=EXPLAINED_WITHIN_MS)
    alert = page.locator(".screener-error[role=alert]")
    expect(alert).not_to_be_empty()
    assert detail in alert.inner_text()
    # ...and offers the printable checklist, which needs no Python.
    assert alert.get_by_role("link").get_attribute("href").endswith("checklist/")
    # The reader can still read and fill the form, and the API rejects instead of hanging.
    expect(page.locator("#q-how_in_japan")).to_be_visible()
    message = page.evaluate("window.screenerEvaluate({}).then(() => 'resolved', (e) => e.message)")
    assert message != "resolved"


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_load_failure_is_explained(fresh, server, fault):
    pattern, handler, detail = FAULTS[fault]
    fresh.route(pattern, handler)
    page = fresh.new_page()
    page.goto(server.base_url + "screener/")
    assert_explained(page, detail)


def test_no_webassembly(browser_type, browser_type_launch_args, server):
    args = browser_type_launch_args["args"] + ["--js-flags=--jitless"]  # removes WebAssembly
    browser = browser_type.launch(**{**browser_type_launch_args, "args": args})
    try:
        page = browser.new_page()
        page.goto(server.base_url + "ja/screener/")
        assert page.evaluate("typeof WebAssembly") == "undefined"
        assert_explained(page, "WebAssembly")
    finally:
        browser.close()
