"""Every rule carries a complete citation of an official source."""
import pytest

import screener
from screener import LANGUAGES, departure_order
from screener.citations import is_official


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_requirement_has_a_complete_official_citation(lang):
    result = screener.evaluate({}, lang)
    cited = result["departure_order"]["requirements"] + [result["departure_order"]]
    for item in cited:
        citation = item["citation"]
        assert set(citation) == {"law", "article", "url"}
        assert citation["law"].strip() and citation["article"].strip(), item
        assert is_official(citation["url"]), citation["url"]


def test_rules_cite_the_article_they_are_named_after():
    for rule in departure_order.REQUIREMENTS:
        assert rule.citation.url.endswith("#Mp-At_24_3"), rule.id
        item = rule.id.rsplit("-", 1)[1]
        if item.isdigit():
            assert ("item", item) in rule.citation.args, rule.id


@pytest.mark.parametrize("url, official", [
    ("https://www.moj.go.jp/isa/x.html", True),
    ("https://laws.e-gov.go.jp/law/326CO0000000319", True),
    ("http://www.moj.go.jp/isa/", False),          # not https
    ("https://moj.go.jp.example.com/", False),     # look-alike host
    ("https://example.com/moj.go.jp", False),
])
def test_official_domain_check(url, official):
    assert is_official(url) is official
