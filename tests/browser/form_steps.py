"""Answering the self-check as a reader does: part by part with "Next", then "Check your answers"
and the submit button (shared by the browser tests)."""
from playwright.sync_api import expect

MAX_PARTS = 10


def start(page) -> None:
    """An empty form, at its first part."""
    page.evaluate("""() => {
        const form = document.getElementById("screener-form");
        form.reset();
        form.dispatchEvent(new Event("change", {bubbles: true}));
    }""")
    for _ in range(MAX_PARTS):
        if not page.locator(".screener-back").is_visible():
            break
        page.locator(".screener-back").click()


def answer(page, answers: dict) -> None:
    """From an empty form, give `answers` (question id -> value), part by part, up to "Check your
    answers"."""
    start(page)
    for _ in range(MAX_PARTS):
        for qid, value in answers.items():
            label = page.locator(f"label[for='q-{qid}-{value}']")
            if label.is_visible():
                label.click()
        if page.locator("#step-review").is_visible():
            break
        page.locator(".screener-next").click()
    for qid, value in answers.items():
        expect(page.locator(f"#q-{qid}-{value}")).to_be_checked()


def fill(page, answers: dict) -> None:
    """Answer, then ask for the result from "Check your answers", and wait for that result (not
    the one an earlier test left on a shared page)."""
    answer(page, answers)
    page.evaluate("document.querySelectorAll('#screener-result > *').forEach((node) => node.classList.add('stale'))")
    page.locator("#screener-form button[type=submit]").click()
    page.locator("#screener-result-heading:not(.stale)").wait_for(timeout=90_000)
