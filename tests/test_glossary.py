"""One agreed rendering per language for each legal term (locales/glossary.json): the glossary
page uses it, and wherever a page or a message gives the Japanese term in brackets, the agreed
rendering stands beside it; a page that uses a term gives the Japanese on first use."""
import json
import re
from pathlib import Path

import pytest

from screener.citations import is_official
from screener.languages import REGISTRY, SOURCE
from screener.messages import MESSAGES
from scripts import translations

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = json.loads((ROOT / "locales" / "glossary.json").read_text("utf-8"))["terms"]
RENDERED = [code for code in REGISTRY if code != "ja"]  # Japanese uses the statutory terms


def pages(lang):
    return {p.relative_to(ROOT).as_posix(): p.read_text("utf-8") for p in (ROOT / "docs" / lang).rglob("*.md")}


def messages(lang):
    if lang == SOURCE:
        items = MESSAGES.items()
    else:
        items = ((m.context, m.string) for m in translations.read(lang) if m.id)
    return {key: " ".join(value) if isinstance(value, tuple) else value for key, value in items
            if not key.endswith(".basis")}  # reviewers' notes quote the guidelines in Japanese


def in_brackets(ja):
    """The term inside brackets, as a word of its own (認定, not the 認定 of 難民認定法)."""
    return re.compile(rf"[(（][^()（）]*(?<![\u4e00-\u9fff]){re.escape(ja)}")


@pytest.mark.parametrize("lang", RENDERED)
def test_every_term_has_a_rendering_and_a_source(lang):
    for term in GLOSSARY:
        entry = term["renderings"].get(lang)
        assert entry and entry["term"].strip(), f"{lang}: no rendering for {term['ja']}"
        assert entry["source"] == "ours" or is_official(entry["source"]), entry


@pytest.mark.parametrize("lang", RENDERED)
def test_the_agreed_rendering_stands_beside_the_japanese_term(lang):
    texts = {**pages(lang), **messages(lang)}
    for term in GLOSSARY:
        rendering, bracketed = term["renderings"][lang]["term"].lower(), in_brackets(term["ja"])
        off = [name for name, text in texts.items() if bracketed.search(text) and rendering not in text.lower()]
        assert not off, f"{lang}: {term['ja']} without '{rendering}' in {off}"


@pytest.mark.parametrize("lang", RENDERED)
def test_a_page_that_uses_a_term_gives_the_japanese(lang):
    for name, text in pages(lang).items():
        for term in GLOSSARY:
            rendering = term["renderings"][lang]["term"].lower()
            if " " in rendering and rendering in text.lower():  # one-word renderings are too common
                assert term["ja"] in text, f"{name}: '{rendering}' without {term['ja']}"


def test_the_english_glossary_defines_every_term_under_its_id():
    glossary = (ROOT / "docs" / "en" / "glossary.md").read_text("utf-8")
    for term in GLOSSARY:
        heading = re.search(rf"^### {re.escape(term['ja'])} .*\{{ *#{term['anchor']} *\}}$", glossary, re.M)
        assert heading, term["anchor"]
        assert term["renderings"]["en"]["term"].lower() in heading.group(0).lower(), term["anchor"]
