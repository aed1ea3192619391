"""Every rule carries a complete citation of an official source."""
import pytest

import screener
from screener import LANGUAGES, departure_order, next_steps
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


def citations_in(value):
    """Every citation dict anywhere in a result."""
    if isinstance(value, dict):
        if "citation" in value:
            yield value["citation"]
        for key in ("application_citation", "statutory_bar_citation"):
            if key in value:
                yield value[key]
        for v in value.values():
            yield from citations_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from citations_in(v)


def _scenario_answers():
    from scenario_runner import load_cases
    from pathlib import Path
    return [c["answers"] for c in load_cases(sorted((Path(__file__).parent / "scenarios").glob("*.toml")))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ban_requirement_ground_factor_next_step_and_cost_cites_an_official_source(lang):
    for answers in _scenario_answers():
        result = screener.evaluate(answers, lang)
        parts = (result["departure_order"]["requirements"] + result["special_permission"]["grounds"]
                 + result["special_permission"]["positive_factors"] + result["special_permission"]["negative_factors"]
                 + result["reentry_ban"] + result["next_step_details"] + result["costs"])
        for part in parts:
            citation = part["citation"]
            assert citation["law"].strip() and citation["article"].strip(), part
            assert is_official(citation["url"]), citation["url"]
        for citation in citations_in(result):
            assert is_official(citation["url"]), citation["url"]
        assert len(result["next_step_details"]) == len(result["next_steps"]) - 1  # + the disclaimer


def test_every_next_step_has_an_official_source():
    for key, citation in next_steps.SOURCES.items():
        assert is_official(citation.url), key


def test_departure_order_procedure_is_cited_by_its_current_numbers():
    """Since 2024-06-10 the procedure is Arts. 55-84 to 55-88; 55-2 is the order to leave and
    55-3 to 55-6 are about other things (legal-errata A)."""
    from screener import reentry_ban
    for rule in departure_order.REQUIREMENTS:
        assert "第五十五条の三" not in (rule.assess.__doc__ or ""), rule.id
    assert "第五十五条の八十五第一項" in departure_order.art24_3_item4.__doc__
    assert "第五章の三" in departure_order.__doc__
    assert next_steps.SOURCES["order_to_leave"].url.endswith("#Mp-At_55_2")
    assert reentry_ban.ART52_5.url.endswith("#Mp-At_52")
