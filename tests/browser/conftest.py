from dataclasses import dataclass, field

import pytest
from playwright.sync_api import expect

from axe_check import serious_violations
from scripts.check_links import site_base_path
from scripts.offline import site_pages
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


class ScreenerPages:
    """The screener page of each language, loaded when a test first asks for it (each start of
    Python takes seconds) and shared by the tests of a module that leave it usable."""

    def __init__(self, context, server):
        self._context, self._server, self._pages = context, server, {}

    def __getitem__(self, lang: str):
        if lang not in self._pages:
            page = self._context.new_page()
            page.goto(self._server.base_url + ("" if lang == "en" else f"{lang}/") + "screener/")
            expect(page.locator("#screener")).to_have_attribute("data-state", "ready", timeout=READY_TIMEOUT_MS)
            self._pages[lang] = page
        page = self._pages[lang]
        page.bring_to_front()  # a tab behind another one gets its timers throttled
        return page

    def release(self, lang: str) -> None:
        """Close a page no later test of the module needs (a page with Python holds memory)."""
        page = self._pages.pop(lang, None)
        if page:
            page.close()


@pytest.fixture(scope="module")
def screener_pages(context, server):
    return ScreenerPages(context, server)


@dataclass
class Crawl:
    pages: list
    violations: dict = field(default_factory=dict)  # path -> axe's serious violations
    failed: list = field(default_factory=list)  # responses of the site with an error status
    outside: list = field(default_factory=list)  # requests that would have left the site
    screener_states: dict = field(default_factory=dict)  # path -> data-state when checked


@pytest.fixture(scope="session")
def site_crawl(browser, server, site_dir):
    """Every page of every locale (and the 404 page) visited once, for the tests that look at each
    page: accessibility, and requests that fail or leave the site. Python is not loaded: its
    requests are held, so the screener pages stay in their loading state."""
    crawl = Crawl(pages=site_pages(site_dir) + ["404.html"])
    context = browser.new_context()
    outside = Outside(server.origin)
    context.route("**/*", outside)
    page = context.new_page()
    page.route("**/assets/pyodide/**", lambda route: None)
    page.on("response", lambda r: r.status >= 400 and crawl.failed.append(f"{r.status} {r.url}"))
    for path in crawl.pages:
        page.goto(server.base_url + path, wait_until="load")
        if path.endswith("screener/"):
            crawl.screener_states[path] = page.locator("#screener").get_attribute("data-state")
        problems = serious_violations(page)  # also gives the theme's own fetches time to start
        if problems:
            crawl.violations[path] = problems
    context.close()
    crawl.outside = outside.urls
    return crawl
