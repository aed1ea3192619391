"""The guide states the law as in force (issue #9): current article numbers, the bans with no
time limit beside every promise of a 1-year ban, the 3-day limit wherever the window for special
permission is described. Checked in every locale that has the page."""
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
LOCALES = ("en", "ja", "vi")
ICRRA = "https://laws.e-gov.go.jp/law/326CO0000000319"

# How each locale says "no time limit" (Art. 5(1)(iv)-(v)) and "3 days" (Art. 47(5), 48(1)).
NO_TIME_LIMIT = {"en": "no time limit", "ja": ("期限なし", "期間の定めなく"), "vi": ("vô thời hạn", "không có thời hạn")}
THREE_DAYS = {"en": "3 days", "ja": "3日", "vi": "3 ngày"}


def pages(names):
    for lang in LOCALES:
        for name in names:
            path = DOCS / lang / name
            if path.exists():
                yield pytest.param(lang, path.read_text("utf-8"), id=f"{lang}/{name}")


def mentions(text, words):
    return any(w in text for w in ((words,) if isinstance(words, str) else words))


ALL = sorted({p.relative_to(DOCS / "en").as_posix() for p in (DOCS / "en").rglob("*.md")})


@pytest.mark.parametrize("lang, text", pages(ALL))
def test_no_page_cites_the_old_departure_order_articles(lang, text):
    """Arts. 55-3 to 55-6 hold other rules since 2024-06-10; the procedure is 55-84 to 55-88."""
    assert not re.search(r"#Mp-At_55_[3-6]\b", text)
    assert "isa.go.jp/ko/" not in text, "the Korean section of ISA's site is not the English Q&A"


@pytest.mark.parametrize("lang, text", pages(["index.md", "departure-order.md", "deportation.md", "myths.md"]))
def test_every_one_year_promise_comes_with_the_bans_without_time_limit(lang, text):
    assert f"{ICRRA}#Mp-At_5)" in text, "cite Art. 5(1)"
    assert mentions(text, NO_TIME_LIMIT[lang]), "Art. 5(1)(iv)-(v): no time limit, also after a departure order"


@pytest.mark.parametrize("lang, text", pages(["index.md", "special-permission.md", "deportation.md", "glossary.md"]))
def test_the_three_day_limit_is_stated_with_its_article(lang, text):
    assert f"{ICRRA}#Mp-At_47)" in text, "cite Art. 47(5)"
    assert mentions(text, THREE_DAYS[lang])


@pytest.mark.parametrize("lang, text", pages(["departure-order.md"]))
def test_the_departure_order_procedure_is_cited_by_its_current_numbers(lang, text):
    for article in ("55_84", "55_85", "55_87", "55_88"):
        assert f"{ICRRA}#Mp-At_{article})" in text, article
