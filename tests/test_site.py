"""The built site: every locale, the Pyodide runtime, the wheel, the static form."""
import json
import re
from pathlib import Path

import pytest

import screener
from screener.languages import REGISTRY, SOURCE
from scripts import runtime
from scripts.site_messages import site_text

ROOT = Path(__file__).resolve().parent.parent
LOCALE_PREFIX = {code: "" if code == SOURCE else f"{code}/" for code in REGISTRY}


def html(site_dir, path):
    return (site_dir / path / "index.html").read_text("utf-8")


def test_pyodide_runtime_is_self_hosted_under_its_version(site_dir):
    version = json.loads((ROOT / "node_modules/pyodide/package.json").read_text())["version"]
    folder = site_dir / "assets" / "pyodide" / version
    for name in runtime.PUBLISHED:
        assert (folder / name).read_bytes() == (ROOT / "node_modules/pyodide" / name).read_bytes(), name
    # The full standard library and the lock file are not loaded (trimmed copy; lock inline).
    assert sorted(p.name for p in folder.iterdir()) == sorted(runtime.PUBLISHED)
    assert not list(site_dir.rglob("pyodide-lock.json"))


def test_wheel_is_pure_python_and_each_catalog_is_published_beside_it(wheel):
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert wheel.name.endswith("-py3-none-any.whl")
    assert not [n for n in names if "/locales/" in n], "catalogs load one by one, not all with the wheel"
    assert not [n for n in names if n.endswith((".so", ".pyd", ".pyc"))]
    for lang in screener.LANGUAGES[1:]:  # English is the source and needs no catalog
        archive = zipfile.ZipFile(wheel.parent / "locales" / f"{lang}.zip")
        assert archive.namelist() == [f"screener/locales/{lang}/LC_MESSAGES/messages.mo"]
        assert archive.read(archive.namelist()[0]) == (ROOT / archive.namelist()[0]).read_bytes()


@pytest.mark.parametrize("lang", screener.LANGUAGES)
def test_screener_form_is_static_html_in_the_page_language(site_dir, lang):
    page = html(site_dir, LOCALE_PREFIX[lang] + "screener")
    assert f'<html lang="{REGISTRY[lang].bcp47}"' in page
    assert 'data-state="loading"' in page
    questions = screener.questions(lang)
    assert page.count('<fieldset class="screener-q"') == len(questions)
    for q in questions:
        assert f'<input type="radio" id="q-{q["id"]}-dont_know"' in page
    # relative URLs only: the site works under any GitHub Pages project path
    assert re.search(r'<script src="(\.\./)+assets/js/screener-page\.js"', page)


def test_no_google_fonts_and_no_instant_navigation(site_dir):
    for page in site_dir.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, page
        assert "navigation.instant" not in text, page


def test_every_page_sends_no_referrer(site_dir):
    for page in site_dir.rglob("*.html"):
        if page.name == "404.html":
            continue
        assert '<meta name="referrer" content="no-referrer">' in page.read_text("utf-8"), page


def test_search_does_not_put_the_query_in_the_address(site_dir):
    """search.highlight appends ?h=<query> to result links: the words would reach history."""
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>',
                       (site_dir / "index.html").read_text("utf-8"), re.S).group(1)
    assert "search.highlight" not in json.loads(config)["features"]


@pytest.mark.parametrize("lang", [code for code, language in REGISTRY.items() if language.complete and code != SOURCE])
def test_a_complete_language_falls_back_to_english_nowhere(site_dir, lang):
    pages = list((site_dir / lang).rglob("index.html"))
    assert len(pages) >= 12
    for path in pages:
        page = path.read_text("utf-8")
        assert site_text(lang)["not_translated"] not in page and '<div lang="en">' not in page, path


def test_every_page_shows_its_last_verified_date(site_dir):
    for path in ("", "ja/special-permission", "vi/screener"):
        assert 'class="page-last-verified"' in html(site_dir, path), path


CONTENT_PAGE_BUDGET = 100_000  # bytes, compressed: a content page's first view on prepaid data


@pytest.mark.parametrize("lang", list(REGISTRY))
def test_a_content_page_stays_within_its_budget_in_every_language(site_dir, lang):
    """The largest guide page with the styles and scripts it loads, gzipped as GitHub Pages sends
    them (search, the self-check's runtime and fonts are not part of a first view)."""
    import gzip

    path = site_dir / LOCALE_PREFIX[lang] / "departure-order" / "index.html"
    page = path.read_text("utf-8")
    total = len(gzip.compress(page.encode(), 6))
    for ref in set(re.findall(r'(?:href|src)="([^"]+\.(?:css|js))"', page)):
        total += len(gzip.compress((path.parent / ref).resolve().read_bytes(), 6))
    assert total <= CONTENT_PAGE_BUDGET, total


def test_search_dialog_tables_and_language_links_are_accessible(site_dir):
    for path in ("", "ja/deportation", "th/"):
        page = html(site_dir, path)
        assert re.search(r'<div class="md-search"[^>]*role="dialog" aria-label="[^"]+"', page), path
        assert not re.search(r'<a href="/[^"]*" hreflang=', page), "language links must be relative"
    comparison = html(site_dir, "deportation")
    assert '<th scope="row">' in comparison
