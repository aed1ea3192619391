"""Nothing leaves the device: no request elsewhere, no 404 noise, nothing stored, a strict CSP."""
import re

import pytest
from playwright.sync_api import expect

from form_steps import fill

pytestmark = pytest.mark.browser
CSP = re.compile(r"<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")


def test_every_page_has_the_content_security_policy(site_dir):
    for html in site_dir.rglob("*.html"):
        match = CSP.search(html.read_text("utf-8"))
        assert match, html
        policy = match.group(1)
        assert "default-src 'none'" in policy and "script-src 'self'" in policy, html
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, html


def test_every_page_of_every_locale_stays_on_the_site(site_crawl):
    assert {"", "ja/", "vi/", "screener/", "ja/screener/"} <= set(site_crawl.pages)
    assert site_crawl.outside == [], "requests left the site"
    assert site_crawl.failed == [], "requests to the site failed"


def test_a_full_screener_run_stores_nothing_and_keeps_answers_out_of_the_url(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.base_url + "screener/")
    expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=90_000)
    fill(page, {"how_in_japan": "landed_legally", "stay_status": "expired", "fare": "yes"})
    expect(page.locator("#screener-result-heading")).to_be_visible()
    assert page.url == server.base_url + "screener/"
    assert context.cookies() == []
    stored = page.evaluate("""async () => ({
        local: localStorage.length, session: sessionStorage.length,
        idb: (await indexedDB.databases()).length })""")
    assert stored == {"local": 0, "session": 0, "idb": 0}
    context.close()


def test_leave_quickly_replaces_the_page(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.base_url)
    page.goto(server.base_url + "screener/")
    page.locator("label[for='q-how_in_japan-landed_legally']").click()
    page.locator(".site-leave").click()
    page.wait_for_url("about:blank")
    page.go_back()
    assert page.url == server.base_url, "the screener page is no longer in the history"
    context.close()


def test_injected_inline_and_external_scripts_are_blocked(screener_pages, server):
    page = screener_pages["en"]
    result = page.evaluate("""() => new Promise((resolve) => {
        const blocked = [];
        document.addEventListener("securitypolicyviolation", (e) => {
            blocked.push(e.blockedURI);
            if (blocked.length === 2) resolve({blocked, inlineRan: !!window.__inlineRan});
        });
        const inline = document.createElement("script");
        inline.textContent = "window.__inlineRan = true";
        document.head.appendChild(inline);
        const external = document.createElement("script");
        external.src = "https://attacker.example/x.js";
        document.head.appendChild(external);
    })""")
    assert result["inlineRan"] is False
    assert sorted(result["blocked"]) == ["https://attacker.example/x.js", "inline"]
