"""The published pages of the built site, as URL paths relative to the site's base."""
from pathlib import Path


def site_pages(site_dir: Path) -> list[str]:
    pages = []
    for html in sorted(site_dir.rglob("index.html")):
        rel = html.parent.relative_to(site_dir).as_posix()
        if rel.startswith("assets"):
            continue
        pages.append("" if rel == "." else rel + "/")
    return pages
