"""The service worker's inputs: a version that changes with the site's content, and the list of
pages and shared files it keeps for offline reading (offline.json)."""
import hashlib
import json
from pathlib import Path

SHARED = ("assets/stylesheets/", "assets/javascripts/bundle.", "assets/javascripts/workers/", "assets/css/",
          "assets/js/", "assets/images/")


def site_pages(site: Path) -> list[str]:
    """The published pages, as paths relative to the site's root ("", "ja/", "ja/help/" …)."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        if not rel.startswith("assets"):
            pages.append("" if rel == "." else rel + "/")
    return pages


def manifest(site: Path, locales: list[str], default: str) -> dict:
    pages = {locale: [] for locale in locales}
    for url in site_pages(site):
        first = url.split("/", 1)[0]
        pages[first if first in locales and first != default else default].append(url)
    shared = sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                    if p.is_file() and p.relative_to(site).as_posix().startswith(SHARED)
                    and not p.name.endswith(".map"))
    return {"pages": pages, "shared": shared}


def site_version(site: Path) -> str:
    """A hash of every published file (the service worker itself excepted)."""
    digest = hashlib.sha256()
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.name != "sw.js":
            digest.update(path.relative_to(site).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def write(site: Path, locales: list[str], default: str, runtime: dict) -> str:
    (site / "offline.json").write_text(json.dumps(manifest(site, locales, default)))
    version = site_version(site)
    worker = site / "sw.js"
    text = worker.read_text("utf-8").replace("__SITE_VERSION__", version)
    for key, value in runtime.items():
        text = text.replace(f"__{key}__", value)
    worker.write_text(text, "utf-8")
    return version
