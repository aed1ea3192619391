"""One search index per language, so a reader downloads and searches their own language only.

mkdocs-static-i18n writes one index for all languages (and Material loads it on every page).
This splits it into search/search_index.<locale>.json; pages that fall back to the default
language are indexed under the locale's own paths, so results stay in the reader's language.
docs/assets/js/md-base.js fetches the page language's index when the reader opens search.
"""
import json
from pathlib import Path


def split(site: Path, locales: list[str], default: str) -> dict[str, int]:
    combined = site / "search" / "search_index.json"
    data = json.loads(combined.read_text("utf-8"))

    def locale_of(doc):
        first = doc["location"].split("/", 1)[0]
        return first if first in locales and first != default else default

    docs = {locale: [d for d in data["docs"] if locale_of(d) == locale] for locale in locales}
    for locale in locales:
        if locale == default:
            continue
        own = {d["location"].split("#")[0] for d in docs[locale]}
        for doc in docs[default]:  # fallback pages: the default language's text at the locale's path
            location = f"{locale}/{doc['location']}"
            if location.split("#")[0] not in own:
                docs[locale].append({**doc, "location": location})
    sizes = {}
    for locale, entries in docs.items():
        config = {**data["config"], "lang": [default] if locale == default else [locale, default]}
        out = site / "search" / f"search_index.{locale}.json"
        out.write_text(json.dumps({"config": config, "docs": entries}, ensure_ascii=False), "utf-8")
        sizes[locale] = len(entries)
    combined.unlink()  # nothing may load every language's index
    return sizes
