"""Every text comes from a catalog, and every catalog has every text."""
import json
import re
from importlib import resources
from string import Formatter

import pytest

import screener
from screener import LANGUAGES
from screener.catalog import catalog

ROOT = resources.files("screener")


def placeholders(message):
    return {name for _, name, _, _ in Formatter().parse(message) if name}


def test_all_catalogs_have_the_same_keys_and_placeholders():
    english = catalog("en")
    for lang in LANGUAGES:
        other = catalog(lang)
        assert set(other) == set(english), f"{lang}: {set(english) ^ set(other)}"
        for key, message in english.items():
            assert placeholders(other[key]) == placeholders(message), f"{lang} {key}"
            assert other[key].strip(), f"{lang} {key} is empty"


@pytest.mark.parametrize("lang", [l for l in LANGUAGES if l != "en"])
def test_catalogs_are_translated(lang):
    english, other = catalog("en"), catalog(lang)
    same = [k for k in english if english[k] == other[k] and not k.startswith("article.")]
    assert len(same) < len(english) * 0.05, f"{lang}: untranslated {same[:10]}"


def test_every_key_used_by_the_code_exists():
    """The keys the rules and questions build at run time all resolve, in every language."""
    for lang in LANGUAGES:
        screener.questions(lang)
        for answers in ({}, {"how_in_japan": "entered_illegally", "wants_to_leave": "no"}):
            screener.evaluate(answers, lang)


def test_no_user_facing_english_in_the_code():
    """Strings shown to readers live in catalogs: the rule modules hold no sentences."""
    for name in ("departure_order.py", "evaluate.py", "next_steps.py", "questions.py", "record.py",
                 "reentry_ban.py", "rule.py"):
        code = ROOT.joinpath(name).read_text("utf-8")
        code = re.sub(r'"""[\s\S]*?"""', "", code)  # docstrings quote the law
        code = re.sub(r"#.*", "", code)
        sentences = re.findall(r'"[A-Z][a-z]+ [a-z]+ [a-z]+[^"]*"', code)
        assert not sentences, f"{name}: {sentences}"
