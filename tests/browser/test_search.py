"""Search downloads nothing until it is used, then only the reader's language."""
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path, lang, query", [("ja/departure-order/", "ja", "在留特別許可"),
                                               ("departure-order/", "en", "permission"),
                                               ("vi/", "vi", "permission")])
def test_search_loads_one_language_when_used(browser, server, path, lang, query):
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(server.base_url + path)
    page.wait_for_timeout(500)
    assert not [u for u in requested if "search_index" in u], "the index loaded before search was used"
    page.locator("label[for=__search]").first.dispatch_event("click")
    page.locator("[data-md-component=search-query]").fill(query)
    results = page.locator(".md-search-result__link")
    expect(results.first).to_be_visible(timeout=15_000)
    assert [u.rsplit("/", 1)[1] for u in requested if "search_index" in u] == [f"search_index.{lang}.json"]
    prefix = server.base_url + ("" if lang == "en" else f"{lang}/")
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert hrefs and all(h.startswith(prefix) for h in hrefs), hrefs
    if lang == "en":
        assert not [h for h in hrefs if h.startswith((server.base_url + "ja/", server.base_url + "vi/"))]
    context.close()
