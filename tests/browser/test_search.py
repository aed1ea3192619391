"""Search downloads nothing until it is used, then only the reader's language; it works in every
language, including those written without spaces (Thai, Chinese, Khmer, Burmese) whatever the
browser's own word segmenter, Vietnamese typed without diacritics and Uzbek typed with a plain
apostrophe; text pasted in is searched; and an exact phrase finds its section first."""
import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from screener.languages import REGISTRY

pytestmark = pytest.mark.browser
GLOSSARY = json.loads((Path(__file__).parents[2] / "locales" / "glossary.json").read_text("utf-8"))["terms"]


def prefix(lang):
    return "" if lang == "en" else f"{lang}/"


def search(page, query):
    page.locator("label[for=__search]").first.dispatch_event("click")
    page.locator("[data-md-component=search-query]").fill(query)
    results = page.locator(".md-search-result__link")
    expect(results.first).to_be_visible(timeout=15_000)
    return [results.nth(i).get_attribute("href") for i in range(results.count())]


def rendering(lang, ja):
    """How the pages of `lang` name a legal term: the Japanese term in Japanese (and in plain
    Japanese, which keeps the term and explains it), else the glossary's agreed rendering."""
    term = next(t for t in GLOSSARY if t["ja"] == ja)
    return ja if lang in ("ja", "ja-easy") else term["renderings"][lang]["term"]


@pytest.mark.parametrize("path, lang, query", [("ja/departure-order/", "ja", "在留特別許可"),
                                               ("departure-order/", "en", "permission"),
                                               ("vi/", "vi", "lệnh xuất cảnh")])
def test_search_loads_one_language_when_used(browser, server, path, lang, query):
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(server.base_url + path)
    page.wait_for_timeout(500)
    assert not [u for u in requested if "search_index" in u], "the index loaded before search was used"
    hrefs = search(page, query)
    assert [u.rsplit("/", 1)[1] for u in requested if "search_index" in u] == [f"search_index.{lang}.json"]
    assert hrefs and all(h.startswith(server.base_url + prefix(lang)) for h in hrefs), hrefs
    if lang == "en":
        assert not [h for h in hrefs if any(h.startswith(server.base_url + f"{code}/") for code in REGISTRY if code != "en")]
    context.close()


@pytest.mark.parametrize("lang", list(REGISTRY))
def test_each_language_finds_its_departure_order_and_special_permission_pages_first(browser, server, lang):
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    if REGISTRY[lang].search == "segmented":
        # Browsers cut words with ICU dictionaries that differ by browser and version (Chromium's
        # Khmer is not Node's, which cut the index), and older ones have no segmenter at all.
        page.add_init_script("delete Intl.Segmenter")
    for ja, slug in (("出国命令", "departure-order/"), ("在留特別許可", "special-permission/")):
        page.goto(server.base_url + prefix(lang))
        hrefs = search(page, rendering(lang, ja))
        assert hrefs[0].startswith(server.base_url + prefix(lang) + slug), (lang, ja, hrefs[:3])
    context.close()


def test_an_exact_phrase_finds_the_sections_that_say_it_first(browser, server):
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(server.base_url + "departure-order/")
    search(page, "15 days")
    first = page.locator(".md-search-result__item").first
    assert "15 days" in first.inner_text().replace("\n", " ")
    pages = {h.split("#")[0] for h in [page.locator(".md-search-result__link").nth(i).get_attribute("href") for i in range(3)]}
    assert server.base_url + "departure-order/" in pages
    context.close()


@pytest.mark.parametrize("lang, query, slug", [("vi", "lenh xuat canh", "departure-order/"),
                                               ("th", "ใบคำสั่งเนรเทศ", "glossary/"),
                                               ("uz", "g'ayriqonuniy", "departure-order/")])  # gʻayriqonuniy
def test_words_without_diacritics_or_spaces_are_found(browser, server, lang, query, slug):
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(server.base_url + prefix(lang))
    pages = list(dict.fromkeys(h.split("#")[0] for h in search(page, query)))
    assert server.base_url + prefix(lang) + slug in pages[:3], pages[:3]
    context.close()


def test_text_pasted_after_search_is_ready_is_searched(browser, server):
    # Material reads the query when a key is released; pasting releases none.
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(server.base_url + "departure-order/")
    meta = page.locator(".md-search-result__meta")
    initializing = meta.inner_text()  # the index loads only once search is opened
    page.locator("label[for=__search]").first.dispatch_event("click")
    expect(meta).not_to_have_text(initializing, timeout=15_000)  # the index is ready
    page.locator("[data-md-component=search-query]").fill("permission")  # one input event, no key
    expect(page.locator(".md-search-result__link").first).to_be_visible(timeout=15_000)
    context.close()
