"""Furigana for やさしいにほんご: a reading over every kanji, found at build time by SudachiPy (a
maintained morphological analyser with readings; its core dictionary is updated several times a
year and ships as a wheel, so the build needs no compiler and no download from elsewhere).

Readings the analyser gets wrong, and counters whose reading depends on the number (3日 is みっか),
are corrected in locales/ja-easy/furigana.json.

Annotated text uses the plain-text ruby notation ｜漢字《かんじ》: it travels in the compiled
catalog (the page script turns it into <ruby> elements without innerHTML) and becomes <ruby> in the
built pages (ruby_html).
"""
import html
import json
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "locales" / "ja-easy" / "furigana.json"
NOTATION = re.compile(r"｜([^｜《》]+)《([^《》]+)》")
KANJI_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ"
KANJI = re.compile(f"[{KANJI_CHARS}]")
KANJI_OR_NOT = re.compile(f"[{KANJI_CHARS}]+|[^{KANJI_CHARS}]+")  # a word's runs of kanji and of the rest


@cache
def _tokenizer():
    from sudachipy import Dictionary, SplitMode
    return Dictionary(dict="core").tokenizer(mode=SplitMode.A)


@cache
def _overrides() -> tuple[dict, re.Pattern | None]:
    table = json.loads(OVERRIDES.read_text("utf-8"))["readings"] if OVERRIDES.exists() else {}
    if not table:
        return {}, None
    # Not inside a longer number: the 3日 of 13日 is not みっか.
    return table, re.compile("|".join(r"(?<![0-9０-９])" + re.escape(k) for k in sorted(table, key=len, reverse=True)))


def _hiragana(katakana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)


def _word(surface: str, reading: str) -> str:
    """One word in notation: the reading over each run of kanji, the kana left bare (帰る ->
    ｜帰《かえ》る). Where the kana do not line up, the whole word carries the reading."""
    if not KANJI.search(surface):
        return surface
    reading = _hiragana(reading)
    parts = KANJI_OR_NOT.findall(surface)
    pattern = "".join("(.+)" if KANJI.match(p) else re.escape(_hiragana(p)) for p in parts)
    match = re.fullmatch(pattern, reading)
    if not match:
        return f"｜{surface}《{reading}》"
    readings = iter(match.groups())
    return "".join(f"｜{p}《{next(readings)}》" if KANJI.match(p) else p for p in parts)


def _plain(text: str) -> str:
    """Plain text (no notation in it) in notation."""
    table, pattern = _overrides()
    out, last = [], 0
    for match in pattern.finditer(text) if pattern else ():
        out.append(_analysed(text[last:match.start()]))
        out.append(f"｜{match.group(0)}《{table[match.group(0)]}》")
        last = match.end()
    out.append(_analysed(text[last:]))
    return "".join(out)


def _analysed(text: str) -> str:
    if not KANJI.search(text):
        return text
    return "".join(_word(m.surface(), m.reading_form()) for m in _tokenizer().tokenize(text))


def annotate(text: str) -> str:
    """Every kanji of `text` with its reading, in notation; notation already there is kept."""
    out, last = [], 0
    for match in NOTATION.finditer(text):
        out.append(_plain(text[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_plain(text[last:]))
    return "".join(out)


def strip(text: str) -> str:
    """The text without readings (for titles, attributes and the search index)."""
    return NOTATION.sub(r"\1", text)


def ruby_html(escaped: str) -> str:
    """HTML text (already escaped) with its notation as <ruby> elements. Screen readers read the
    kanji themselves: the readings are hidden from them (and so from accessible names)."""
    return NOTATION.sub(lambda m: f"<ruby>{m.group(1)}<rt aria-hidden=\"true\">{html.escape(m.group(2))}</rt></ruby>", escaped)


# Text nodes of a built page that get readings: not inside these elements.
_SKIP = re.compile(r"(<(script|style|title|textarea|rt|code|pre)\b.*?</\2>)", re.S | re.I)
_TAG = re.compile(r"(<[^>]+>)")
_ATTRIBUTE_NOTATION = re.compile(r'(\s[\w:-]+=")([^"]*)(")')


def page(document: str) -> str:
    """A built HTML page with readings over every kanji of its text; readings in attributes and in
    elements that cannot hold ruby (title, script …) are removed."""
    out = []
    pieces = _SKIP.split(document)  # text, skipped element, its tag name, text, …
    i = 0
    while i < len(pieces):
        chunk = pieces[i]
        if i % 3 == 1:  # a skipped element (its tag name follows as the next piece)
            out.append(strip(chunk))
            i += 2
            continue
        for part in _TAG.split(chunk):
            if part.startswith("<"):
                out.append(_ATTRIBUTE_NOTATION.sub(lambda m: m.group(1) + strip(m.group(2)) + m.group(3), part))
            else:
                out.append(ruby_html(annotate(part)))
        i += 1
    return "".join(out)
