"""Check that every internal href/src in the built site resolves, heading anchors included.

Usage: python scripts/check_links.py [site]   (exit status 1 and a list of problems if any)
MkDocs' strict build checks the Markdown links; this checks what was actually published,
templates and generated pages included.
"""
import sys
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse

IGNORED_SCHEMES = ("http", "https", "mailto", "tel", "data", "about", "javascript", "blob")


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        for key in ("href", "src"):
            if attrs.get(key) is not None and not (tag == "link" and attrs.get("rel") == "canonical"):
                self.links.append(attrs[key])


@cache
def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text("utf-8", errors="replace"))
    return collector


def site_base_path(site: Path) -> str:
    """The path the site is published under (GitHub Pages project sites: /<repo>/), read from
    the home page's canonical link."""
    with open(site / "index.html", encoding="utf-8") as f:
        for line in f:
            if 'rel="canonical"' in line:
                return urlparse(line.split('href="')[1].split('"')[0]).path
    return "/"


def _target(site: Path, base_path: str, page: Path, link: str) -> tuple[Path | None, str]:
    url, fragment = urldefrag(urljoin(base_path + page.relative_to(site).as_posix(), link))
    path = unquote(urlparse(url).path)
    if not path.startswith(base_path):
        return None, fragment  # escapes the site's own path: broken once published
    path = site / path[len(base_path):]
    if path.is_dir():
        path = path / "index.html"
    return (path if path.is_file() else None), fragment


def problems(site: Path) -> list[str]:
    base_path, found = site_base_path(site), []
    for page in sorted(site.rglob("*.html")):
        for link in _parse(page).links:
            if not link or urlparse(link).scheme in IGNORED_SCHEMES or link.startswith("//"):
                continue
            target, fragment = _target(site, base_path, page, link)
            where = page.relative_to(site).as_posix()
            if target is None:
                found.append(f"{where}: broken link {link}")
            elif fragment and target.suffix == ".html" and fragment not in _parse(target).ids:
                found.append(f"{where}: missing anchor #{fragment} in {link}")
    return found


if __name__ == "__main__":
    site_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    bad = problems(site_dir)
    for line in bad:
        print(line)
    print(f"{len(bad)} broken internal link(s) in {site_dir}/" if bad else f"all internal links in {site_dir}/ resolve")
    sys.exit(1 if bad else 0)
