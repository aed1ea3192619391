"""One search index per language, so a reader downloads and searches their own language only.

mkdocs-static-i18n writes one index for all languages (and Material loads it on every page).
This splits it into search/search_index.<locale>.json; pages that fall back to the default
language are indexed under the locale's own paths, so results stay in the reader's language.
docs/assets/js/md-base.js fetches the page language's index when the reader opens search.

Each index is set up for its language (the registry's `search`): a lunr language, or "segmented"
for languages written without spaces between words (Thai, Chinese), whose text is cut into words
here (scripts/segment.mjs) and whose queries are cut into the index's own words in the page. Readings over kanji
(やさしいにほんご) are not indexed.
"""
import json
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from screener.languages import REGISTRY
from scripts.furigana import strip

SEGMENTED = "segmented"
SEGMENTER = Path(__file__).with_name("segment.mjs")
TAG = re.compile(r"(<[^>]+>)")


def _segment(locale: str, texts: list[str]) -> list[str]:
    """The texts with U+200B between words; markup is left alone."""
    parts = [TAG.split(text) for text in texts]
    plain = [p for pieces in parts for p in pieces if p and not p.startswith("<")]
    done = subprocess.run(["node", str(SEGMENTER)], input=json.dumps({"locale": REGISTRY[locale].bcp47, "texts": plain}),
                          capture_output=True, text=True, check=True)
    segmented = iter(json.loads(done.stdout))
    return ["".join(p if not p or p.startswith("<") else next(segmented) for p in pieces) for pieces in parts]


def _config(base: dict, locale: str, default: str) -> dict:
    search = REGISTRY[locale].search
    if search == SEGMENTED:
        # Words are already cut: lunr's own trimmer would strip non-Latin letters.
        return {**base, "lang": [default], "pipeline": [p for p in base["pipeline"] if p != "trimmer"], "segment": True}
    lang = [default] if search == default else [search, default]
    return {**base, "lang": lang}


def split(site: Path, locales: list[str], default: str) -> dict[str, int]:
    combined = site / "search" / "search_index.json"
    data = json.loads(combined.read_text("utf-8"))
    for doc in data["docs"]:
        doc["title"], doc["text"] = strip(doc["title"]), strip(doc["text"])

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

    def segmented(locale):  # titles and texts cut into words, in one run of the segmenter
        entries = docs[locale]
        cut = _segment(locale, [d["title"] for d in entries] + [d["text"] for d in entries])
        return [{**d, "title": t, "text": x} for d, t, x in zip(entries, cut, cut[len(entries):])]

    configs = {locale: _config(data["config"], locale, default) for locale in locales}
    to_cut = [locale for locale in locales if configs[locale].get("segment")]
    with ThreadPoolExecutor() as pool:  # the segmenters run side by side (one Node process each)
        cut = dict(zip(to_cut, pool.map(segmented, to_cut)))
    sizes = {}
    for locale in locales:
        entries = cut.get(locale, docs[locale])
        out = site / "search" / f"search_index.{locale}.json"
        out.write_text(json.dumps({"config": configs[locale], "docs": entries}, ensure_ascii=False), "utf-8")
        sizes[locale] = len(entries)
    combined.unlink()  # nothing may load every language's index
    return sizes
