"""MkDocs hooks: a thin adapter between MkDocs' events and the build package `scripts`.

Each job is a module of its own, imported normally (MkDocs runs as `python -m mkdocs` from the
repository's root, so `scripts` and `screener` are importable):
- scripts.wheel: the screener wheel, catalogs compiled; scripts.stdlib: the trimmed standard library;
- scripts.runtime: the Pyodide runtime, checked and published;
- scripts.screener_form, scripts.screener_docs: the form, the rule book and the checklist;
- scripts.site_messages, scripts.translations: interface text, navigation titles, and whether a
  translated page is still current;
- scripts.search_index: one search index per language; scripts.offline: the service worker;
- scripts.download_size: the first visit's download, measured, for the pages that state it.

MkDocs-specific code (events, the i18n plugin's config, template context) stays here, so a move
to another generator replaces this file only (see CONTRIBUTING.md).
"""
import hashlib
import importlib
import re
import sys
from html import escape
from urllib.parse import urlsplit
from pathlib import Path

from jinja2 import BytecodeCache
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from scripts import download_size, furigana, line_breaks, offline, runtime, search_index, stdlib, translations, wheel
from screener.languages import REGISTRY, SOURCE

ROOT = Path(__file__).resolve().parent.parent
FORM_MARKER = "<!-- screener:form -->"
# Pages generated from the rules: marker in the Markdown -> renderer in scripts/screener_docs.py
GENERATED = {"<!-- screener:rulebook -->": "render_rulebook", "<!-- screener:checklist -->": "render_checklist"}
# Modules that hold the rules or read them: re-imported when the rules change under `mkdocs serve`.
RULE_MODULES = ("scripts.screener_form", "scripts.screener_docs", "scripts.site_messages")

# The page's policy (the worker's comes from its own response headers, and GitHub Pages sends
# none). No 'unsafe-inline': Material's inline scripts are moved to files by overrides/.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; worker-src 'self'; connect-src 'self'; manifest-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)

_build = {}  # what on_config prepared, for the later events of this build


class _CompiledTemplates(BytecodeCache):
    """Compiled theme templates, kept in memory across the languages' builds: mkdocs-static-i18n
    builds each language with a new Jinja environment, which would compile every template again
    (a third of the build's time with 18 languages). Jinja checks each entry against its source."""

    def __init__(self):
        self._compiled = {}

    def load_bytecode(self, bucket):
        if bucket.key in self._compiled:
            bucket.bytecode_from_string(self._compiled[bucket.key])

    def dump_bytecode(self, bucket):
        self._compiled[bucket.key] = bucket.bytecode_to_string()


_TEMPLATES = _CompiledTemplates()


def _remember_alternates() -> None:
    """mkdocs-static-i18n 1.3 works out, in each language's build, every page's version in every
    other language, making a new File each time: with 18 languages, 40,000 Files and a fifth of
    the build. Such a File depends only on its paths and language, never on the build, and is only
    read (language links, sitemap): make each once."""
    from mkdocs_static_i18n import folder
    from mkdocs_static_i18n.reconfigure import ExtendedPlugin

    original = ExtendedPlugin.reconfigure_files_alternates
    if getattr(original, "remembers", False):  # `mkdocs serve` loads this module again on each build
        return
    made = {}

    def alternate(file, language, default, languages, config):
        key = (file.src_uri, file.dest_uri, language, config.docs_dir, config.site_dir, config.use_directory_urls)
        if key not in made:
            made[key] = folder.create_i18n_file(file, language, default, languages, config)
        return made[key]

    def reconfigure_files_alternates(self, src_uris, alternate_src_uris, config, create_i18n_file):
        if create_i18n_file is folder.create_i18n_file:  # the folder layout this site uses
            create_i18n_file = alternate
        return original(self, src_uris, alternate_src_uris, config, create_i18n_file)

    reconfigure_files_alternates.remembers = True
    ExtendedPlugin.reconfigure_files_alternates = reconfigure_files_alternates


_remember_alternates()


def on_startup(command, dirty):
    _build["serving"] = command == "serve"


def on_env(env, config, files):
    env.bytecode_cache = _TEMPLATES
    return env


def _rule_modules() -> dict:
    """The renderers and site text, imported afresh after a change to the rules."""
    for name in list(sys.modules):
        if name == "screener" or name.startswith("screener.") or name in RULE_MODULES:
            del sys.modules[name]
    return {name.rsplit(".", 1)[1]: importlib.import_module(name) for name in RULE_MODULES}


def _check_languages(i18n) -> None:
    """mkdocs.yml lists the languages of screener/languages.json, in the same order and names."""
    configured = [(lang.locale, lang.name) for lang in i18n.config.languages]
    registered = [(code, language.name) for code, language in REGISTRY.items()]
    if configured != registered:
        raise PluginError(f"mkdocs.yml languages {configured} differ from screener/languages.json {registered}")


def on_config(config):
    i18n = config.plugins["i18n"]
    _check_languages(i18n)
    try:
        digest = wheel.source_digest()
        if _build.get("source") != digest or not _build["wheel"].exists():
            built = wheel.build()
            _build.update(source=digest, wheel=built, catalogs=wheel.catalogs(), modules=_rule_modules())
        if "pyodide_version" not in _build:
            _build["pyodide_version"] = runtime.version()
            runtime.verify(_build["pyodide_version"])
            _build["lock"] = runtime.empty_lock()
        # Everything the worker loads besides the Pyodide runtime lives under one folder named
        # after its content: a changed rule or runtime gets new URLs, so no cache serves stale code.
        catalogs = _build["catalogs"]
        content = [_build["wheel"].read_bytes(), _build["pyodide_version"].encode(),
                   *(catalogs[code].read_bytes() for code in sorted(catalogs))]
        bundle = hashlib.sha256(b"".join(content)).hexdigest()[:12]
        if _build.get("bundle") != bundle:  # once per build (on_config runs for every language)
            _build.update(bundle=bundle, stdlib=stdlib.trimmed(_build["wheel"], catalogs, bundle))
            downloaded = [runtime.PYODIDE_DIR / name for name in runtime.PUBLISHED] + [_build["wheel"], _build["stdlib"]]
            _build["download_bytes"] = download_size.compressed_bytes(downloaded)
            _build["runtime_bytes"] = sum(path.stat().st_size for path in downloaded)  # as the worker counts them
    except (wheel.WheelError, runtime.RuntimeMismatch, stdlib.TrimError) as exc:
        raise PluginError(str(exc)) from None
    # Site names and navigation titles come from the catalogs (i18n's on_config runs after this).
    site_messages = _build["modules"]["site_messages"]
    for lang in i18n.config.languages:
        if lang.locale != SOURCE:
            lang["site_name"] = site_messages.site_text(lang.locale)["name"]
            lang["nav_translations"] = _nav_titles(config, lang.locale, site_messages)
    return config


def _nav_titles(config, locale: str, site_messages) -> dict:
    """Navigation titles in `locale`; a page not yet translated is marked "(English)"."""
    titles = site_messages.nav_translations(locale)
    english = site_messages.site_text(locale)["fallback"]
    for entry in config["nav"]:
        for title, page in entry.items():
            if not (Path(config["docs_dir"]) / locale / page).exists():
                titles[title] = f"{titles.get(title, title)} {english}"
    return titles


def on_serve(server, config, builder):
    server.watch(str(ROOT / "screener"))
    return server


def _language(config) -> str:
    return config.plugins["i18n"].current_language


def on_page_markdown(markdown, page, config, files):
    if not REGISTRY[_language(config)].sentence_space:  # Japanese, Chinese: no space at a line break
        return line_breaks.join_cjk_lines(markdown)
    return markdown


def _home_start(lang: str) -> str:
    """The home page's first screen: start the self-check, or get help (links relative to it)."""
    text = _build["modules"]["site_messages"].site_text(lang)
    return (f'<p class="site-start"><a class="md-button md-button--primary" href="screener/">{escape(text["start_check"])}</a> '
            f'<a class="md-button" href="help/">{escape(text["get_help"])}</a><br>'
            f'<span class="site-start-note">{escape(text["start_check_note"])}</span></p>')


def _first_download(lang: str) -> tuple[int, int]:
    """What a first visit to the self-check in `lang` downloads: compressed as sent (for readers),
    and as the worker counts it (for its progress bar)."""
    catalogs = [_build["catalogs"][code] for code in wheel.first_catalogs(lang)]
    return (_build["download_bytes"] + download_size.compressed_bytes(catalogs),
            _build["runtime_bytes"] + sum(path.stat().st_size for path in catalogs))


def on_page_content(html, page, config, files):
    lang = _language(config)
    if page.url in ("", f"{lang}/"):  # a language's home page
        heading_end = html.find("</h1>") + len("</h1>")
        html = html[:heading_end] + _home_start(lang) + html[heading_end:]
    if download_size.MARKER in html:
        size = download_size.megabytes(_first_download(lang)[0], REGISTRY[lang].bcp47)
        html = html.replace(download_size.MARKER, size)
    docs = _build["modules"]["screener_docs"]
    for marker, renderer in GENERATED.items():
        if marker in html:
            html = html.replace(marker, getattr(docs, renderer)(_language(config)))
    if FORM_MARKER not in html:
        return html
    download_bytes, runtime_bytes = _first_download(lang)
    form = _build["modules"]["screener_form"].render_form(
        _language(config),
        assets_url=get_relative_url("assets/", page.url),
        checklist_url=get_relative_url(page.url.replace("screener/", "checklist/"), page.url),
        help_url=get_relative_url(page.url.replace("screener/", "help/"), page.url),
        pyodide_version=_build["pyodide_version"],
        bundle=f"screener/{_build['bundle']}/",
        wheel=_build["wheel"].name,
        lock=_build["lock"],
        catalogs=list(_build["catalogs"]),
        first_catalogs=wheel.first_catalogs(lang),
        download_bytes=download_bytes,
        runtime_bytes=runtime_bytes,
    )
    return html.replace(FORM_MARKER, form)


def _translation_state(page, config) -> dict:
    """For a translated page: whether the English has changed since, and where it is."""
    lang = _language(config)
    source = Path(page.file.abs_src_path)
    own = Path(config["docs_dir"]) / lang
    if lang == SOURCE or not source.is_relative_to(own):
        return {}
    english = source.relative_to(own).as_posix()
    if translations.page_state(lang, english) != "outdated":
        return {}
    english_url = page.url[len(lang) + 1:] if page.url.startswith(lang + "/") else page.url
    return {"translation_outdated": True, "english_url": get_relative_url(english_url or ".", page.url)}


def on_page_context(context, page, config, nav):
    context.update(_translation_state(page, config))
    return _template_context(context, config)


def on_template_context(context, template_name, config):  # 404.html and other theme templates
    return _template_context(context, config)


def _template_context(context, config):
    site_text = _build["modules"]["site_messages"].site_text
    context["site_text"] = site_text(_language(config))
    context["site_texts"] = {code: site_text(code) for code in REGISTRY}
    context["bcp47"] = {code: language.bcp47 for code, language in REGISTRY.items()}
    context["content_security_policy"] = None if _build.get("serving") else CONTENT_SECURITY_POLICY
    return context


# Material fetches "sitemap.xml" relative to every <link rel="alternate" hreflang> in <head>: with
# the page-level alternates of mkdocs-static-i18n that is three 404s per page view. The same
# hreflang alternates are in sitemap.xml (absolute) and the language switcher links to the same
# page in each language without them, so the head links are dropped.
ALTERNATE_LINK = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


# Material's search panel is a dialog without a name; its input is named "Search" in the page's
# language: the dialog takes the same name.
SEARCH_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")(.*?aria-label="([^"]*)")', re.S)
# The language switcher's links are absolute on a language's home page only: made relative, as on
# every other page, so that they work wherever the site is served.
ABSOLUTE_ALTERNATE = re.compile(r'<a href="(/[^"]*)" hreflang=')
FOOTER_LINK_LABEL = re.compile(r'(<a [^>]*class="md-footer__link[^"]*")\s+aria-label="[^"]*"')
# Markdown tables have no row headers: the first cell of each body row names its row.
ROW_FIRST_CELL = re.compile(r"(<tr>\s*)<td>(.*?)</td>", re.S)


def _accessible(output: str, page, config) -> str:
    output = SEARCH_DIALOG.sub(lambda m: f'{m.group(1)} aria-label="{m.group(3)}"{m.group(2)}', output, count=1)
    base = urlsplit(config["site_url"]).path
    output = ABSOLUTE_ALTERNATE.sub(
        lambda m: f'<a href="{get_relative_url(m.group(1).removeprefix(base) or ".", page.url) if m.group(1).startswith(base) else m.group(1)}" hreflang=',
        output)
    return re.sub(r"<tbody>.*?</tbody>", lambda t: ROW_FIRST_CELL.sub(r'\1<th scope="row">\2</th>', t.group(0)), output, flags=re.S)


def on_post_page(output, page, config):
    output = _accessible(ALTERNATE_LINK.sub("", output), page, config)
    if not REGISTRY[_language(config)].ruby:
        return output
    # Readings over every kanji, after the search index has taken the plain text. The footer's
    # links say the same as their aria-label, which cannot carry readings: the label goes.
    return furigana.page(FOOTER_LINK_LABEL.sub(r"\1", output))


def on_post_template(output_content, template_name, config):
    if template_name == "404.html" and _language(config) != SOURCE:
        return ""  # empty output is not written: the default language's 404 page stays
    return ALTERNATE_LINK.sub("", output_content)


@event_priority(-200)  # after mkdocs-static-i18n, which builds the other languages in its own
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:
        return  # one language of several: finish once, when all are built
    site = Path(config["site_dir"])
    runtime.publish(site, _build["pyodide_version"])
    bundle = site / "assets" / "screener" / _build["bundle"]
    runtime.copy_if_changed(_build["wheel"], bundle / _build["wheel"].name)
    runtime.copy_if_changed(_build["stdlib"], bundle / "python_stdlib.zip")
    for code, catalog in _build["catalogs"].items():
        runtime.copy_if_changed(catalog, bundle / "locales" / catalog.name)
    if i18n.config.build_only_locale:  # a writer's preview: that language alone, at the root
        locales = [i18n.config.build_only_locale]
    else:
        locales = [lang.locale for lang in i18n.config.languages if lang.build]
    default = locales[0] if len(locales) == 1 else SOURCE
    search_index.split(site, locales, default)
    offline.write(site, locales, default, {
        "PYODIDE_CACHE": f"pyodide-{_build['pyodide_version']}",
        "BUNDLE_CACHE": f"screener-{_build['bundle']}",
    })
