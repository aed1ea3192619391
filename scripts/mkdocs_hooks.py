"""MkDocs hooks: put the screener into the site, and finish the site.

- builds the `screener` package as a py3-none-any wheel (`python -m build`, which needs no
  download; `pyodide build` is not needed for a pure-Python package and cannot run offline), and a
  standard library trimmed to what it imports (scripts/trim_stdlib.mjs);
- copies the five Pyodide runtime files from node_modules into a versioned folder, after checking
  them against scripts/pyodide-files.sha256;
- renders the screener form, the rule book and the checklist from the package, in the page's language;
- gives templates the site's own strings and the Content-Security-Policy;
- once every language is built: one search index per language, and the service worker's version.

So a plain `mkdocs build` or `mkdocs serve` produces the whole site once dependencies are installed.
"""
import hashlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent

PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
PYODIDE_HASHES = ROOT / "scripts" / "pyodide-files.sha256"
FORM_MARKER = "<!-- screener:form -->"
# Pages generated from the rules: marker in the Markdown -> renderer in scripts/screener_docs.py
GENERATED = {"<!-- screener:rulebook -->": "render_rulebook", "<!-- screener:checklist -->": "render_checklist"}
SITE_TEXT = json.loads((ROOT / "scripts" / "site_text.json").read_text("utf-8"))  # template strings per locale

# The page's policy (the worker's comes from its own response headers, and GitHub Pages sends
# none). No 'unsafe-inline': Material's inline scripts are moved to files by overrides/.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; worker-src 'self'; connect-src 'self'; manifest-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)

_build = {}  # what on_config prepared, for the later events of this build


def on_startup(command, dirty):
    _build["serving"] = command == "serve"


def pyodide_version() -> str:
    package = PYODIDE_DIR / "package.json"
    if not package.exists():
        raise PluginError("Pyodide is missing: run `npm ci` (or `make build`, which does it).")
    return json.loads(package.read_text())["version"]


def verify_pyodide(version: str) -> None:
    """Publish only the runtime files recorded in scripts/pyodide-files.sha256."""
    recorded, expected = None, {}
    for line in PYODIDE_HASHES.read_text().splitlines():
        if line.startswith("version "):
            recorded = line.split()[1]
        elif line.strip() and not line.startswith("#"):
            digest, name = line.split()
            expected[name] = digest
    if recorded != version:
        raise PluginError(f"node_modules has pyodide {version} but {PYODIDE_HASHES.name} records {recorded}")
    for name in PYODIDE_FILES:
        actual = hashlib.sha256((PYODIDE_DIR / name).read_bytes()).hexdigest()
        if actual != expected.get(name):
            raise PluginError(f"{name} of pyodide {version} does not match {PYODIDE_HASHES.name}: refusing to publish it")


def source_digest() -> str:
    """What the wheel and the form are made from: the package and its build configuration."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    for path in sorted((ROOT / "screener").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def forget_screener_modules() -> None:
    """`mkdocs serve` keeps this process alive: drop the old rules so the new ones are imported."""
    for name in list(sys.modules):
        if name == "screener" or name.startswith("screener.") or name in ("screener_form", "screener_docs"):
            del sys.modules[name]


def import_from_checkout(*names: str) -> list:
    """Modules beside this file, and the screener package from this checkout (not an installed
    copy). MkDocs restores sys.path after loading a hook, so they are imported here."""
    saved = sys.path.copy()
    sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
    try:
        return [importlib.import_module(name) for name in names]
    finally:
        sys.path[:] = saved


def load_renderers() -> dict:
    screener_form, screener_docs = import_from_checkout("screener_form", "screener_docs")
    return {"render_form": screener_form.render_form,
            **{name: getattr(screener_docs, name) for name in GENERATED.values()}}


def build_wheel() -> Path:
    """Build the screener wheel once per content: the folder name is the wheel's hash, so a
    changed rule gets a new URL and no browser keeps a stale copy."""
    out = Path(tempfile.mkdtemp(prefix="screener-wheel-"))
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}  # reproducible bytes, stable hash
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, env=env,
    )
    if done.returncode != 0:
        raise PluginError(f"building the screener wheel failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    (wheel,) = out.glob("*.whl")
    return wheel


def trimmed_stdlib(wheel: Path, bundle: str) -> Path:
    """The standard library cut down to what Pyodide and the screener import (scripts/
    trim_stdlib.mjs proves the results do not change). Cached in build/ per bundle."""
    out = ROOT / "build" / "stdlib" / f"{bundle}.zip"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["node", str(ROOT / "scripts" / "trim_stdlib.mjs"), str(PYODIDE_DIR), str(wheel), str(out)],
            capture_output=True, text=True,
        )
        if done.returncode != 0:
            out.unlink(missing_ok=True)
            raise PluginError(f"trimming the Python standard library failed:\n{done.stderr[-2000:]}")
    return out


def on_config(config):
    digest = source_digest()
    if _build.get("source") != digest or not _build["wheel"].exists():
        if "source" in _build:
            forget_screener_modules()
        _build.update(source=digest, wheel=build_wheel(), renderers=load_renderers())
    if "pyodide_version" not in _build:
        _build["pyodide_version"] = pyodide_version()
        verify_pyodide(_build["pyodide_version"])
    # Everything the worker loads besides the Pyodide runtime lives under one folder named
    # after its content: a changed rule or runtime gets new URLs, so no cache serves stale code.
    wheel = _build["wheel"]
    bundle = hashlib.sha256(wheel.read_bytes() + _build["pyodide_version"].encode()).hexdigest()[:12]
    _build.update(bundle=bundle, stdlib=trimmed_stdlib(wheel, bundle))
    return config


def on_serve(server, config, builder):
    server.watch(str(ROOT / "screener"))
    return server


def _language(config) -> str:
    return config.plugins["i18n"].current_language


def _default_language(config) -> str:
    return next(lang.locale for lang in config.plugins["i18n"].config.languages if lang.default)


def on_page_content(html, page, config, files):
    for marker, renderer in GENERATED.items():
        if marker in html:
            html = html.replace(marker, _build["renderers"][renderer](_language(config)))
    if FORM_MARKER not in html:
        return html
    assets = get_relative_url("assets/", page.url)
    form = _build["renderers"]["render_form"](
        _language(config),
        assets_url=assets,
        checklist_url=get_relative_url(page.url.replace("screener/", "checklist/"), page.url),
        pyodide_version=_build["pyodide_version"],
        bundle=f"screener/{_build['bundle']}/",
        wheel=_build["wheel"].name,
    )
    return html.replace(FORM_MARKER, form)


def on_page_context(context, page, config, nav):
    return _template_context(context, config)


def on_template_context(context, template_name, config):  # 404.html and other theme templates
    return _template_context(context, config)


def _template_context(context, config):
    context["site_text"] = SITE_TEXT[_language(config)]
    context["site_texts"] = SITE_TEXT
    context["content_security_policy"] = None if _build.get("serving") else CONTENT_SECURITY_POLICY
    return context


# Material fetches "sitemap.xml" relative to every <link rel="alternate" hreflang> in <head>: with
# the page-level alternates of mkdocs-static-i18n that is three 404s per page view. The same
# hreflang alternates are in sitemap.xml (absolute) and the language switcher links to the same
# page in each language without them, so the head links are dropped.
ALTERNATE_LINK = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output, page, config):
    return ALTERNATE_LINK.sub("", output)


def on_post_template(output_content, template_name, config):
    if template_name == "404.html" and _language(config) != _default_language(config):
        return ""  # empty output is not written: the default language's 404 page stays
    return ALTERNATE_LINK.sub("", output_content)


def _copy_if_changed(src: Path, dest: Path) -> None:
    if dest.exists() and dest.stat().st_size == src.stat().st_size and dest.stat().st_mtime >= src.stat().st_mtime:
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


@event_priority(-200)  # after mkdocs-static-i18n, which builds the other languages in its own
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:
        return  # one language of several: finish once, when all are built
    site = Path(config["site_dir"])
    runtime = site / "assets" / "pyodide" / _build["pyodide_version"]
    for name in PYODIDE_FILES:
        _copy_if_changed(PYODIDE_DIR / name, runtime / name)
    bundle = site / "assets" / "screener" / _build["bundle"]
    _copy_if_changed(_build["wheel"], bundle / _build["wheel"].name)
    _copy_if_changed(_build["stdlib"], bundle / "python_stdlib.zip")
    # The screener loads no Pyodide package: an empty lock file spares the full one's 120 kB.
    lock = json.loads((PYODIDE_DIR / "pyodide-lock.json").read_text())
    (bundle / "pyodide-lock.json").write_text(json.dumps({"info": lock["info"], "packages": {}}))

    search_index, offline = import_from_checkout("search_index", "offline")
    if i18n.config.build_only_locale:  # a writer's preview: that language alone, at the root
        locales = [i18n.config.build_only_locale]
    else:
        locales = [lang.locale for lang in i18n.config.languages if lang.build]
    default = locales[0] if len(locales) == 1 else _default_language(config)
    search_index.split(site, locales, default)
    offline.write(site, locales, default, {
        "PYODIDE_CACHE": f"pyodide-{_build['pyodide_version']}",
        "BUNDLE_CACHE": f"screener-{_build['bundle']}",
    })
