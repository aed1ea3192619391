"""The service worker: repeat visits download no runtime again, pages work offline after one
visit, and an updated site replaces the old page cache (the runtime cache stays)."""
import shutil

import pytest
from playwright.sync_api import expect

from scripts.check_links import site_base_path
from site_server import SiteServer

pytestmark = pytest.mark.browser
READY = 90_000


def controlled(page):
    for _ in range(100):
        if page.evaluate("navigator.serviceWorker.controller !== null"):
            return
        page.wait_for_timeout(100)
    pytest.fail("the service worker never took control of the page")


def pages_kept(page, locale):
    """Wait until the service worker reports that this language's pages are kept offline."""
    return page.evaluate("""locale => new Promise((resolve) => {
        navigator.serviceWorker.addEventListener("message", (e) => {
            if (e.data.type === "pages-kept" && e.data.locale === locale) resolve(e.data.count);
        });
        navigator.serviceWorker.controller.postMessage({type: "keep-pages", locale});
    })""", locale)


def test_a_repeat_visit_downloads_no_runtime(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.base_url + "screener/")
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY)
    controlled(page)
    runtime = [p for p in server.served if "/assets/pyodide/" in p or "/assets/screener/" in p]
    assert len(runtime) >= 4, runtime  # the first visit did download the runtime
    server.served.clear()
    page.reload()
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY)
    assert [p for p in server.served if "/assets/" in p] == [], "the repeat visit downloaded assets again"
    assert page.evaluate("window.screenerEvaluate({}).then(r => r.departure_order.status)") == "unclear"
    context.close()


def test_the_pages_of_a_language_work_offline_after_one_visit(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.base_url + "ja/")
    controlled(page)
    assert pages_kept(page, "ja") >= 10
    context.set_offline(True)
    try:
        page.goto(server.base_url + "ja/special-permission/")
        expect(page.locator("h1")).to_contain_text("在留特別許可")
        page.goto(server.base_url + "ja/checklist/")
        expect(page.locator("#q-how_in_japan")).to_be_visible()
    finally:
        context.set_offline(False)
        context.close()


def test_an_updated_site_replaces_the_old_page_cache(browser, site_dir, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    with SiteServer(copy, prefix=site_base_path(copy)) as server:
        context = browser.new_context()
        page = context.new_page()
        page.goto(server.base_url + "screener/")
        expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY)
        controlled(page)
        before = set(page.evaluate("caches.keys()"))
        old_site = [name for name in before if name.startswith("site-")]
        assert len(old_site) == 1 and any(name.startswith("pyodide-") for name in before)
        # Publish a new version: a changed page and so a changed service worker.
        worker = copy / "sw.js"
        worker.write_text(worker.read_text().replace(old_site[0], "site-updated"))
        index = copy / "index.html"
        index.write_text(index.read_text().replace("</h1>", " (updated)</h1>", 1))
        page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
        for _ in range(100):  # the new worker activates and drops the old page cache
            if old_site[0] not in page.evaluate("caches.keys()"):
                break
            page.wait_for_timeout(100)
        page.goto(server.base_url)
        expect(page.locator("h1").first).to_contain_text("(updated)")
        after = set(page.evaluate("caches.keys()"))
        assert "site-updated" in after and old_site[0] not in after, after
        assert {n for n in before if n.startswith("pyodide-")} <= after, "the runtime cache survives"
        context.close()
