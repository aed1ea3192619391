"""Every way Python can fail to start is caught and explained, fast, in the reader's language
(never raw error text), and the form stays usable."""
import re

import pytest
from playwright.sync_api import expect

from screener.present import text

pytestmark = pytest.mark.browser
EXPLAINED_WITHIN_MS = 10_000
# A download that stops is given up after 15 s without a byte (screener-loader.js).
STALL_EXPLAINED_WITHIN_MS = 35_000


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


# fault -> (request pattern, what happens to it, the message the reader must see: ui.<key>)
FAULTS = {
    "wasm-404": ("**/pyodide.asm.wasm", not_found, "error_load"),
    "wasm-wrong-mime": ("**/pyodide.asm.wasm", wrong_mime, "error_load"),
    "stdlib-404": ("**/python_stdlib.zip", not_found, "error_load"),
    "runtime-module-404": ("**/pyodide.asm.mjs", not_found, "error_load"),
    "loader-404": ("**/pyodide.mjs", not_found, "error_load"),
    "wheel-404": ("**/screener-*.whl", not_found, "error_load"),
    "worker-blocked": ("**/screener-worker.mjs", lambda route: route.abort(), "error_load"),
    "wasm-never-answers": ("**/pyodide.asm.wasm", never_answer, "timeout"),
}
RAW = re.compile(r"HTTP \d|\.wasm|\.mjs|\.whl|MIME|Error|Traceback|Unexpected token|undefined")


def assert_explained(page, lang, reason):
    root = page.locator("#screener")
    within = STALL_EXPLAINED_WITHIN_MS if reason == "timeout" else EXPLAINED_WITHIN_MS
    expect(root).to_have_attribute("data-state", "error", timeout=within)
    alert = page.locator(".screener-error[role=alert]")
    shown = alert.inner_text()
    for key in ("ui.error", f"ui.{reason}", "ui.error_advice"):
        assert text(lang, key) in shown, key
    assert not RAW.search(shown), f"raw error text shown to the reader: {shown}"
    # ...and offers the printable checklist, which needs no Python.
    assert alert.get_by_role("link").get_attribute("href").endswith("checklist/")
    expect(alert.get_by_role("button", name=text(lang, "ui.retry"))).to_be_visible()
    # The reader can still read and fill the form, and the API rejects instead of hanging.
    expect(page.locator("#q-how_in_japan")).to_be_visible()
    message = page.evaluate("window.screenerEvaluate({}).then(() => 'resolved', (e) => e.message)")
    assert message != "resolved"


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_load_failure_is_explained(fresh, server, fault):
    pattern, handler, reason = FAULTS[fault]
    fresh.route(pattern, handler)
    page = fresh.new_page()
    page.goto(server.base_url + "screener/")
    assert_explained(page, "en", reason)


def test_no_webassembly(browser_type, browser_type_launch_args, server):
    args = browser_type_launch_args["args"] + ["--js-flags=--jitless"]  # removes WebAssembly
    browser = browser_type.launch(**{**browser_type_launch_args, "args": args})
    try:
        page = browser.new_page()
        page.goto(server.base_url + "ja/screener/")
        assert page.evaluate("typeof WebAssembly") == "undefined"
        assert_explained(page, "ja", "no_wasm")
    finally:
        browser.close()
