"""The printable checklist and the rule book: generated from the rules, usable without JavaScript."""
import pytest
from playwright.sync_api import expect

import screener
from screener import departure_order, special_permission
from screener.present import text as translate

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path, lang", [("checklist/", "en"), ("ja/checklist/", "ja"), ("vi/checklist/", "vi")])
def test_checklist_works_without_javascript(browser, server, path, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.base_url + path)
    for q in screener.questions(lang):
        expect(page.locator(f"#q-{q['id']}")).to_have_text(q["text"])
        for option in q["options"]:
            # the label, then (for an answer that decides something) what it decides
            assert page.locator("li", has_text="☐ " + option["label"]).count() >= 1
    for rule in departure_order.REQUIREMENTS + special_permission.GROUNDS:
        expect(page.locator(f"#{rule.id}")).to_have_text(translate(lang, f"{rule.id}.title"))
    for factor in special_permission.POSITIVE_FACTORS + special_permission.NEGATIVE_FACTORS:
        expect(page.locator(f"#{factor.id}")).to_be_visible()
    assert translate(lang, "sp.notice") in page.content()
    context.close()


def test_screener_page_links_to_the_checklist_when_python_cannot_run(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.base_url + "screener/")
    links = page.get_by_role("link", name=translate("en", "ui.checklist_link"))
    expect(links).to_have_count(2)  # at the top, and where the submit button (which needs Python) would be
    links.last.click()
    page.wait_for_url(server.base_url + "checklist/")
    context.close()


def test_rule_book_quotes_the_law_for_every_rule(browser, server):
    page = browser.new_page()
    page.goto(server.base_url + "rules/")
    for rule in departure_order.REQUIREMENTS + special_permission.GROUNDS:
        section = page.locator(f"#{rule.id} ~ pre.rulebook-quote").first
        assert "Art." in section.inner_text()
    assert "第二十四条第三号から第三号の五まで" in page.content()  # the statute quote of item 2
    page.close()
