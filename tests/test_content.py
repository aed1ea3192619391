"""The guide: every page in every written locale, same heading ids, dated and sourced."""
import re
from pathlib import Path

import pytest
import yaml

from screener.citations import is_official
from screener.languages import REGISTRY, SOURCE
from scripts import translations

DOCS = Path(__file__).resolve().parent.parent / "docs"
WRITTEN = tuple(code for code, language in REGISTRY.items() if language.complete)  # every page exists
PAGES = sorted(p.relative_to(DOCS / "en").as_posix() for p in (DOCS / "en").rglob("*.md"))
HEADING = re.compile(r"^(#{2,6}) .*?\{ *#([\w-]+) *\}\s*$", re.M)
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")


def front_matter(text):
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    assert match, "front matter missing"
    return yaml.safe_load(match.group(1))


def read(lang, page):
    return (DOCS / lang / page).read_text("utf-8")


def test_there_are_pages():
    assert "index.md" in PAGES and "screener/index.md" in PAGES


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", WRITTEN)
def test_page_exists_with_date_and_official_source(lang, page):
    path = DOCS / lang / page
    assert path.exists(), f"{lang}/{page} is missing"
    text = path.read_text("utf-8")
    meta = front_matter(text)
    assert meta.get("title"), "title"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("last_verified", ""))), "last_verified date"
    assert any(is_official(url) for url in LINK.findall(text)), "no link to an official source"


@pytest.mark.parametrize("page", PAGES)
def test_heading_ids_are_the_same_in_every_locale(page):
    ids = {}
    for lang in REGISTRY:
        path = DOCS / lang / page
        if path.exists():
            ids[lang] = [i for _, i in HEADING.findall(path.read_text("utf-8"))]
    english = ids.pop("en")
    for lang, found in ids.items():
        assert found == english, f"{lang}/{page}: heading ids differ from en"


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", WRITTEN)
def test_every_section_heading_has_an_id(lang, page):
    text = re.sub(r"```.*?```", "", read(lang, page), flags=re.S)
    for line in re.findall(r"^#{2,6} .*$", text, re.M):
        assert re.search(r"\{ *#[\w-]+ *\}\s*$", line), f"heading without id: {line}"


@pytest.mark.parametrize("lang", REGISTRY)
def test_translated_pages_say_how_they_were_reviewed_and_what_they_translate(lang):
    """Machine-assisted until a qualified reviewer signs off; `translated_from` names the English."""
    for path in (DOCS / lang).rglob("*.md"):
        meta = front_matter(path.read_text("utf-8"))
        if lang == SOURCE:
            assert "translation" not in meta and "translated_from" not in meta, path
            continue
        assert meta.get("translation") in ("machine-assisted", "reviewed"), f"{path}: translation state"
        if meta["translation"] == "reviewed":
            assert str(meta.get("reviewer", "")).strip(), f"{path}: who reviewed it (e.g. a native-speaker lawyer)"
        assert re.fullmatch(r"[0-9a-f]{12}", str(meta.get("translated_from", ""))), f"{path}: translated_from"


@pytest.mark.parametrize("lang", [code for code in REGISTRY if code != SOURCE])
def test_no_translation_claims_to_be_current_when_the_english_changed(lang):
    """A page whose English changed must show as outdated: bump `translated_from` only after
    updating the translation (`python -m scripts.translations status` lists them)."""
    stale = [page for page in translations.english_pages() if translations.page_state(lang, page) == "outdated"]
    assert not stale, f"{lang}: update these translations, then their translated_from: {stale}"


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", [code for code in WRITTEN if code != SOURCE])
def test_a_translation_carries_the_english_pages_date_of_legal_checking(lang, page):
    assert front_matter(read(lang, page))["last_verified"] == front_matter(read(SOURCE, page))["last_verified"]
