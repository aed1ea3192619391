"""The printable checklist says what each answer decides and has a short version; the rule book
shows the law, not notes for developers, and has its own contents (its sections are generated)."""
import re
from html import escape

import pytest

from screener.languages import REGISTRY
from screener.present import text
from scripts.screener_docs import decisive_answers, render_checklist, render_rulebook


def test_the_mapping_is_derived_from_the_rules():
    decisive = decisive_answers()
    # Entering illegally alone closes the departure order (Art. 24-3 lead sentence) ...
    assert ("art24-3-ground", "not_met", ()) in decisive[("how_in_japan", "entered_illegally")]
    # ... a deportation order alone closes route (a) and (b) (item 1) ...
    assert ("art24-3-1", "not_met", ()) in decisive[("deportation_order", "yes")]
    # ... and more than 1 year served bars special permission only when the sentence was served.
    assert ("statutory-bar", "applies", (("sentence", "served"),)) in decisive[("sentence_length", "over_1y")]
    # "I don't know" never decides anything.
    assert not [key for key in decisive if key[1] == "dont_know"]


@pytest.mark.parametrize("lang", list(REGISTRY))
def test_each_decisive_answer_says_what_it_decides_and_the_short_version_lists_it(lang):
    checklist = render_checklist(lang)
    assert 'id="short-version"' in checklist
    short = checklist[checklist.index('id="short-version"'):checklist.index('id="questions"')]
    effect = re.escape(text(lang, "doc.leads_to_not_met", requirement="X")).replace("X", ".+?")
    for (question, value), effects in decisive_answers().items():
        label = escape(text(lang, f"q.{question}.{value}"))
        assert any(label in line and "checklist-effect" in line for line in checklist.split("<li>")), (question, value)
        if any(status == "not_met" for _, status, _ in effects):
            assert label in short, (question, value)
    assert re.search(effect, checklist)


def test_the_rule_book_has_contents_and_no_notes_for_developers():
    book = render_rulebook("en")
    for anchor in ("departure-order", "special-permission", "reentry-bans", "next-steps"):
        assert f'href="#{anchor}"' in book and f'id="{anchor}"' in book
    assert "Code:" not in book and "normalise" not in book and "`requirements`" not in book
    assert "第二十四条の三" in book or "第二十四条第二号の四" in book  # the statute is still quoted
