"""Translations: message catalogs (gettext, with Babel) and translated pages, and how current they are.

    python -m scripts.translations extract      # messages.py + site_messages.py -> messages.pot
    python -m scripts.translations update       # messages.pot -> every language's messages.po
    python -m scripts.translations init CODE    # a new language: its messages.po from the template
    python -m scripts.translations compile      # messages.po -> messages.mo (built into the wheel)
    python -m scripts.translations status       # per language: pages and messages, current or not

A message's context (msgctxt) is its key and its msgid is the English: when the English changes,
`update` keeps the old translation but marks it fuzzy (with the old English as #| msgid), and a
fuzzy message is shown in English until a translator confirms it, as msgmerge does.

A translated page records the English it was translated from: `translated_from:` in its front
matter is english_hash() of the English page. When the English changes, the page says so.
"""
import hashlib
import io
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from screener.languages import REGISTRY, SOURCE

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"  # what translators edit: messages.pot and <code>/LC_MESSAGES/messages.po
COMPILED = ROOT / "screener" / "locales"  # what the package reads: <code>/LC_MESSAGES/messages.mo
TEMPLATE = LOCALES / "messages.pot"
SOURCES = (ROOT / "screener" / "messages.py", ROOT / "scripts" / "site_messages.py")
DOCS = ROOT / "docs"
PROJECT = "departure-order-guide"
# Fixed, so that the template changes only when a message does.
EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def po_path(code: str) -> Path:
    return LOCALES / code / "LC_MESSAGES" / "messages.po"


def mo_path(code: str) -> Path:
    return COMPILED / code / "LC_MESSAGES" / "messages.mo"


def babel_locale(code: str) -> str:
    """Babel's name for a registry language: its BCP 47 tag (a code like ja-easy is ours, not CLDR's)."""
    return REGISTRY[code].bcp47.replace("-", "_")


def translated_languages() -> list[str]:
    return [code for code in REGISTRY if code != SOURCE]


# --- Catalogs ------------------------------------------------------------------------------------

def template() -> Catalog:
    """Every message of the two English sources, with translator comments."""
    catalog = Catalog(project=PROJECT, version="1", copyright_holder="the project's contributors",
                      creation_date=EPOCH, revision_date=EPOCH, fuzzy=False)
    for source in SOURCES:
        for lineno, message, comments, context in extract_from_file(
                "python", str(source), comment_tags=("Translators:",), strip_comment_tags=True):
            catalog.add(message, context=context, auto_comments=comments,
                        locations=[(source.relative_to(ROOT).as_posix(), lineno)])
    return catalog


def _dump(catalog: Catalog, **options) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, **options)
    return out.getvalue()


def extract() -> None:
    TEMPLATE.write_bytes(_dump(template()))


def template_is_current() -> bool:
    return TEMPLATE.exists() and TEMPLATE.read_bytes() == _dump(template())


def read(code: str) -> Catalog:
    with po_path(code).open("rb") as f:
        catalog = read_po(f, locale=babel_locale(code))
    # Babel (2.18) writes a fuzzy message's previous English as "#| msgid" lines but reads them
    # back as ordinary comments, which would then be kept forever: drop them (the fuzzy flag stays).
    for message in catalog:
        message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
    return catalog


def merge(old: Catalog, pot: Catalog, code: str) -> Catalog:
    """The template's messages with `old`'s translations, matched by context: unchanged English keeps
    its translation; changed English keeps it as fuzzy, with the previous English recorded."""
    new = Catalog(locale=babel_locale(code), project=PROJECT, version="1", copyright_holder="the project's contributors", creation_date=EPOCH,
                  revision_date=EPOCH, fuzzy=False, language_team=old.language_team,
                  last_translator=old.last_translator)
    previous = {m.context: m for m in old if m.id and m.context}
    for message in pot:
        if not message.id:
            continue
        before = previous.get(message.context)
        string = ("",) * new.num_plurals if message.pluralizable else ""
        flags, previous_id = set(), ()
        if before is not None and _is_translated(before):
            string = before.string
            if before.id != message.id:
                flags, previous_id = {"fuzzy"}, before.id
            elif before.fuzzy:
                flags, previous_id = {"fuzzy"}, before.previous_id
        new.add(message.id, string, context=message.context, auto_comments=message.auto_comments,
                user_comments=before.user_comments if before is not None else (),
                locations=message.locations, flags=flags, previous_id=previous_id)
    return new


def _is_translated(message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings)


def update(codes=None) -> None:
    pot = template()
    for code in codes or translated_languages():
        path = po_path(code)
        old = read(code) if path.exists() else Catalog(locale=babel_locale(code))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_dump(merge(old, pot, code), include_previous=True))


def init(code: str) -> None:
    """A new language of the registry: its catalog from the template, its docs folder, and its
    entry in mkdocs.yml (which the build checks against the registry)."""
    if code not in REGISTRY:
        raise SystemExit(f"add {code!r} to screener/languages.json first")
    if po_path(code).exists():
        raise SystemExit(f"{po_path(code).relative_to(ROOT)} exists already: use `update`")
    update([code])
    (DOCS / code).mkdir(exist_ok=True)
    config = ROOT / "mkdocs.yml"
    text = config.read_text("utf-8")
    entry = f"        - locale: {code}\n          name: {REGISTRY[code].name}\n          build: true\n"
    if f"- locale: {code}\n" not in text:
        last = text.rindex("        - locale: ")
        end = text.index("\n\n", last) + 1
        config.write_text(text[:end] + entry + text[end:], "utf-8")


def compile_all() -> None:
    """messages.mo for every language; fuzzy messages are left out, so they show in English. A
    language written with readings over its kanji gets them here (scripts/furigana.py)."""
    for code in translated_languages():
        mo = mo_path(code)
        mo.parent.mkdir(parents=True, exist_ok=True)
        catalog = read(code)
        if REGISTRY[code].ruby:
            from scripts import furigana  # the analyser loads only for such a language
            for message in catalog:
                if message.id and message.string:
                    strings = message.string if isinstance(message.string, tuple) else (message.string,)
                    annotated = tuple(furigana.annotate(s) if s else s for s in strings)
                    message.string = annotated if isinstance(message.string, tuple) else annotated[0]
        data = io.BytesIO()
        write_mo(data, catalog, use_fuzzy=False)
        if not mo.exists() or mo.read_bytes() != data.getvalue():
            mo.write_bytes(data.getvalue())


def message_counts(code: str) -> dict[str, int]:
    counts = {"translated": 0, "fuzzy": 0, "missing": 0}
    for message in read(code):
        if not message.id:
            continue
        state = "missing" if not _is_translated(message) else "fuzzy" if message.fuzzy else "translated"
        counts[state] += 1
    return counts


# --- Pages ---------------------------------------------------------------------------------------

def english_pages() -> list[str]:
    return sorted(p.relative_to(DOCS / SOURCE).as_posix() for p in (DOCS / SOURCE).rglob("*.md"))


def split_front_matter(text: str) -> tuple[str, str]:
    match = FRONT_MATTER.match(text)
    return (match.group(1), text[match.end():]) if match else ("", text)


def english_hash(page: str) -> str:
    """What a translation of `page` is checked against: the English text below its front matter."""
    _, body = split_front_matter((DOCS / SOURCE / page).read_text("utf-8"))
    return hashlib.sha256(body.encode()).hexdigest()[:12]


def front_matter_value(text: str, key: str) -> str | None:
    meta, _ = split_front_matter(text)
    match = re.search(rf"^{re.escape(key)}:\s*(\S.*?)\s*$", meta, re.M)
    return match.group(1).strip("'\"") if match else None


def page_state(code: str, page: str) -> str:
    """'current', 'outdated' or 'missing' (shown in English)."""
    path = DOCS / code / page
    if not path.exists():
        return "missing"
    claimed = front_matter_value(path.read_text("utf-8"), "translated_from")
    return "current" if claimed == english_hash(page) else "outdated"


def status_rows() -> list[dict]:
    source_messages = sum(1 for m in template() if m.id)
    rows = [{"language": f"{SOURCE} (source)", "pages current": len(english_pages()), "pages outdated": 0,
             "pages missing": 0, "strings translated": source_messages, "strings fuzzy": 0, "strings missing": 0}]
    for code in translated_languages():
        pages = [page_state(code, page) for page in english_pages()]
        rows.append({"language": code, **{f"pages {s}": pages.count(s) for s in ("current", "outdated", "missing")},
                     **{f"strings {k}": v for k, v in message_counts(code).items()}})
    return rows


def status() -> str:
    rows = status_rows()
    columns = list(rows[0]) if rows else ["language"]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(row[c]) for c in columns) + " |" for row in rows]
    for code in translated_languages():
        stale = [page for page in english_pages() if page_state(code, page) == "outdated"]
        if stale:
            lines.append(f"{code}: outdated pages: {', '.join(stale)}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    command, *args = argv or ["status"]
    if command == "extract":
        extract()
    elif command == "update":
        extract()
        update()
    elif command == "init" and len(args) == 1:
        extract()
        init(args[0])
    elif command == "compile":
        compile_all()
    elif command == "status":
        print(status())
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
