"""One gettext catalog per language: the template matches the English sources, every catalog has
every message with the same placeholders, fuzzy messages fall back to English, plurals follow
each language's rules, and only the presentation module reads catalogs."""
import gettext
import io
import re
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

import screener
from screener import i18n
from screener.languages import REGISTRY, SOURCE
from screener.messages import MESSAGES
from scripts import translations
from scripts.screener_form import plural_forms

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [code for code in REGISTRY if code != SOURCE]


def fields(message):
    strings = message if isinstance(message, tuple) else (message,)
    return {name for s in strings for _, name, _, _ in Formatter().parse(s) if name}


def test_the_template_is_extracted_from_the_current_sources():
    assert translations.template_is_current(), "run `python -m scripts.translations update`"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_catalog_has_every_message_with_the_same_placeholders(code):
    catalog = translations.read(code)
    template = {m.context: m for m in translations.template() if m.id}
    have = {m.context: m for m in catalog if m.id}
    assert set(have) == set(template), f"{code}: run `python -m scripts.translations update`"
    for key, message in have.items():
        assert message.id == template[key].id or message.fuzzy, f"{code} {key}: English changed, not fuzzy"
        if message.string and any(message.string if isinstance(message.string, tuple) else [message.string]):
            assert fields(message.string) <= fields(message.id), f"{code} {key}: placeholders"


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogs_are_translated(code):
    counts = translations.message_counts(code)
    assert counts["missing"] + counts["fuzzy"] < sum(counts.values()) * 0.05, counts


def test_a_fuzzy_message_falls_back_to_english():
    catalog = Catalog(locale="ja")
    catalog.add("Self-check", "セルフチェック", context="ui.title")
    catalog.add("See my result", "結果を見る", context="ui.submit", flags={"fuzzy"})
    data = io.BytesIO()
    write_mo(data, catalog, use_fuzzy=False)  # as compile_all() does
    data.seek(0)
    compiled = gettext.GNUTranslations(data)
    assert compiled.pgettext("ui.title", "Self-check") == "セルフチェック"
    assert compiled.pgettext("ui.submit", "See my result") == "See my result"


def test_changed_english_keeps_the_translation_as_fuzzy():
    old = Catalog(locale="ja")
    old.add("Old English", "古い訳", context="k.changed")
    old.add("Same", "同じ", context="k.same")
    pot = Catalog()
    pot.add("New English", context="k.changed")
    pot.add("Same", context="k.same")
    pot.add("Brand new", context="k.new")
    merged = {m.context: m for m in translations.merge(old, pot, "ja") if m.id}
    assert merged["k.changed"].string == "古い訳" and merged["k.changed"].fuzzy
    assert merged["k.changed"].previous_id == ["Old English"]
    assert merged["k.same"].string == "同じ" and not merged["k.same"].fuzzy
    assert merged["k.new"].string == ""


def test_plural_forms_follow_each_language():
    def plural(lang, n):  # as gettext picks the form (ngettext), filled as the page fills it
        return i18n.translations(lang).npgettext("ui.ban_years", *MESSAGES["ui.ban_years"], n).format(years=n)

    assert plural("en", 1) == "1 year"
    assert plural("en", 5) == "5 years"
    assert plural_forms("en", "ui.ban_years") == {"one": "{years} year", "other": "{years} years"}
    assert set(plural_forms("ja", "ui.ban_years")) == {"other"}  # Japanese has one form
    assert plural("ja", 1) == plural("ja", 5).replace("5", "1")


def test_every_key_used_by_the_code_exists():
    """The keys the rules and questions build at run time all resolve, in every language."""
    for lang in REGISTRY:
        screener.questions(lang)
        for answers in ({}, {"how_in_japan": "entered_illegally", "wants_to_leave": "no"}):
            screener.evaluate(answers, lang)


def test_only_the_presentation_module_reads_catalogs():
    """The rules speak no language: only present.py reads the catalogs (i18n.py) and the messages;
    the entry points (the package, evaluate, the CLI) go through present.py."""
    def imported(code):
        return set(re.findall(r"^from \.(\w+) import", code, re.M)) | {
            name.strip() for names in re.findall(r"^from \. import (.+)$", code, re.M) for name in names.split(",")}

    imports = {path.name: imported(path.read_text("utf-8")) for path in (ROOT / "screener").glob("*.py")}
    readers = sorted(name for name, modules in imports.items() if modules & {"i18n", "messages"})
    assert readers == ["i18n.py", "present.py"], readers
    speakers = sorted(name for name, modules in imports.items() if "present" in modules)
    assert speakers == ["__init__.py", "cli.py", "evaluate.py"], speakers


def test_no_user_facing_english_in_the_code():
    """Sentences live in messages.py; the rule modules hold none (docstrings quote the law)."""
    for path in (ROOT / "screener").glob("*.py"):
        if path.name == "messages.py":
            continue
        code = re.sub(r'"""[\s\S]*?"""', "", path.read_text("utf-8"))
        code = re.sub(r"#.*", "", code)
        sentences = [s for s in re.findall(r'"[A-Z][a-z]+ [a-z]+ [a-z]+[^"]*"', code)
                     if not s.startswith(('"Reported', '"ISA'))]
        assert not sentences, f"{path.name}: {sentences}"


def test_every_navigation_title_and_the_language_list_come_from_the_registry_and_catalogs():
    import yaml

    from scripts.site_messages import SITE_MESSAGES

    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8").replace("!ENV", ""), Loader=yaml.BaseLoader)
    assert config["site_name"] == SITE_MESSAGES["site.name"]  # the other languages' come from the catalogs
    titles = [next(iter(entry)) for entry in config["nav"]]
    assert {f"nav.{title}" for title in titles} == {k for k in SITE_MESSAGES if k.startswith("nav.")}
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    assert [(lang["locale"], lang["name"]) for lang in i18n["languages"]] == [
        (code, language.name) for code, language in REGISTRY.items()]


@pytest.mark.parametrize("code", [code for code in TRANSLATED if REGISTRY[code].complete])
def test_a_complete_language_shows_no_message_in_english(code):
    counts = translations.message_counts(code)
    assert counts["missing"] == counts["fuzzy"] == 0, counts


def test_a_fuzzy_message_reads_back_fuzzy_without_stray_comments(tmp_path, monkeypatch):
    """Babel writes a changed message's previous English as "#| msgid" lines, which it reads back as
    comments: each later import would keep and rewrap them."""
    catalog = translations.read("es")
    changed = next(m for m in catalog if m.context == "q.children.help")
    changed.flags.add("fuzzy")
    changed.previous_id = ("An older English text, long enough to be wrapped over two lines of the catalog file by Babel.",)
    path = tmp_path / "messages.po"
    monkeypatch.setattr(translations, "po_path", lambda code: path)
    for _ in range(2):  # written and read twice, as an update and an import would
        path.write_bytes(translations._dump(catalog, include_previous=True))
        catalog = translations.read("es")
    assert next(m for m in catalog if m.context == "q.children.help").fuzzy
    assert [c for m in catalog for c in m.user_comments if c.startswith("|")] == []
