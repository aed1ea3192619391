"""Numbers, phone numbers and sources survive translation: every translated page links to every
target the English page links to (official sources, article anchors, other pages and sections),
gives the same phone numbers, and has every number of the English page (days, years, articles,
items, ages, dates) as digits."""
import re
from pathlib import Path

import pytest

from screener.languages import REGISTRY, SOURCE
from scripts import translations

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LINK = re.compile(r"\]\(([^)\s]+)\)")
PHONE = re.compile(r"(?<!\d)0\d{1,4}-\d{1,6}(?:-\d{3,4})?(?!\d)")
NUMBER = re.compile(r"(?<![\d.,])\d+(?!\d)(?![.,]\d)")
# Amounts are written the language's way (¥200,000 is 20万円 in Japanese): not compared as digits.
AMOUNT = re.compile(r"¥[\d,.]+(?:\s+million)?|\d[\d,.]*\s+(?:yen|million)")


def body(text: str) -> str:
    return translations.split_front_matter(text)[1]


def prose(text: str) -> str:
    """The text a reader reads: no link targets, no heading ids, no HTML comments, no amounts."""
    text = LINK.sub("]", text)
    text = re.sub(r"\{ *#[\w-]+ *\}|<!--.*?-->|https?://\S+", "", text)
    return AMOUNT.sub("", text)


def numbers(text: str) -> set[str]:
    return {n.lstrip("0") or "0" for n in NUMBER.findall(prose(text))}


CASES = [(code, page) for code in REGISTRY if code != SOURCE for page in translations.english_pages()
         if (DOCS / code / page).exists()]


@pytest.mark.parametrize("code, page", CASES)
def test_every_link_target_of_the_english_page_is_kept(code, page):
    english = set(LINK.findall(body((DOCS / SOURCE / page).read_text("utf-8"))))
    translated = set(LINK.findall(body((DOCS / code / page).read_text("utf-8"))))
    assert not english - translated, f"{code}/{page} lost: {sorted(english - translated)}"


@pytest.mark.parametrize("code, page", CASES)
def test_phone_numbers_are_the_same(code, page):
    english = set(PHONE.findall(prose(body((DOCS / SOURCE / page).read_text("utf-8")))))
    translated = set(PHONE.findall(prose(body((DOCS / code / page).read_text("utf-8")))))
    assert english == translated, code


@pytest.mark.parametrize("code, page", CASES)
def test_every_number_of_the_english_page_is_there(code, page):
    english = numbers(body((DOCS / SOURCE / page).read_text("utf-8")))
    translated = numbers(body((DOCS / code / page).read_text("utf-8")))
    assert not english - translated, f"{code}/{page} lacks {sorted(english - translated, key=int)}"
