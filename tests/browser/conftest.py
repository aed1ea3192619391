import pytest
from playwright.sync_api import expect

from scripts.check_links import site_base_path
from site_server import SiteServer

READY_TIMEOUT_MS = 90_000  # cold Pyodide start on a busy 2-core machine takes ~5 s; leave room


@pytest.fixture(scope="session")
def server(site_dir):
    """The site on 127.0.0.1 under the path it is built for (a GitHub Pages project path)."""
    with SiteServer(site_dir, prefix=site_base_path(site_dir)) as srv:
        yield srv


class Outside:
    """Records, and blocks, every request that would leave the site's own origin."""

    def __init__(self, origin):
        self.origin = origin
        self.urls = []

    def __call__(self, route):
        url = route.request.url
        if url.startswith(self.origin + "/") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.urls.append(url)
            route.abort()


@pytest.fixture(scope="module")
def context(browser, server):
    context = browser.new_context()
    context.outside = Outside(server.origin)
    context.route("**/*", context.outside)
    yield context
    context.close()


@pytest.fixture(scope="module")
def screener_pages(context, server):
    """One loaded screener page per locale, shared by the read-only tests of a module."""
    pages = {}
    for lang, path in (("en", "screener/"), ("ja", "ja/screener/"), ("vi", "vi/screener/"), ("th", "th/screener/"),
                       ("ja-easy", "ja-easy/screener/")):
        page = context.new_page()
        page.goto(server.base_url + path)
        pages[lang] = page
    for page in pages.values():
        expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY_TIMEOUT_MS)
    return pages
