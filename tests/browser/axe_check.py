"""axe-core's WCAG 2.2 AA checks, run inside a page (shared by the accessibility tests and the
crawl of every page in conftest.py)."""
from pathlib import Path

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def serious_violations(page) -> list[str]:
    """Run axe in the page (page.evaluate works under the page's CSP; a script tag would not).
    Only violations are worked out in full: passes and incomplete checks would double the time."""
    # What a reader sees once the page is still: a button fading in is not a contrast failure.
    page.evaluate("Promise.all(document.getAnimations().map((a) => a.finished))")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text("utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", TAGS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]
