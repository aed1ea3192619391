"""Adding a language and keeping translations current, on a throwaway copy of the repository:
a new language of the registry is initialised with one command and the site builds; an English
page that changes makes its translation say so; `make translations` reports both."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.site_messages import site_text

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("docs", "locales", "overrides", "screener", "scripts", "mkdocs.yml", "pyproject.toml")


def run(repo, *args):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "https://example.org/guide/"}
    return subprocess.run([sys.executable, "-m", *args], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    repo = tmp_path_factory.mktemp("repo")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        else:
            shutil.copy2(source, repo / name)
    (repo / "node_modules").symlink_to(ROOT / "node_modules")
    # 1. A throwaway language, added to the registry, then initialised.
    registry = json.loads((repo / "screener" / "languages.json").read_text("utf-8"))
    registry.append({"code": "fr", "name": "Français", "bcp47": "fr", "dir": "ltr", "search": "fr", "complete": False,
                     "sentence_space": True})
    (repo / "screener" / "languages.json").write_text(json.dumps(registry, ensure_ascii=False), "utf-8")
    init = run(repo, "scripts.translations", "init", "fr")
    assert init.returncode == 0, init.stderr
    # 2. An English page changes after its translation was made.
    privacy = repo / "docs" / "en" / "privacy.md"
    privacy.write_text(privacy.read_text("utf-8") + "\nA new sentence in English.\n", "utf-8")
    build = run(repo, "mkdocs", "build", "--site-dir", str(repo / "site"))
    status = run(repo, "scripts.translations", "status")
    return {"repo": repo, "site": repo / "site", "build": build, "status": status}


def test_a_new_language_builds_after_the_init_command(copy):
    assert copy["build"].returncode == 0, copy["build"].stderr[-3000:]
    assert (copy["repo"] / "locales" / "fr" / "LC_MESSAGES" / "messages.po").exists()
    assert "- locale: fr" in (copy["repo"] / "mkdocs.yml").read_text("utf-8")
    home = (copy["site"] / "fr" / "index.html").read_text("utf-8")
    assert '<html lang="fr"' in home
    assert site_text("en")["not_translated"] in home  # no translation yet: English, with the notice


def test_a_page_shown_in_english_says_so_to_readers_and_screen_readers(copy):
    page = (copy["site"] / "fr" / "help" / "index.html").read_text("utf-8")
    assert '<div lang="en">' in page  # the content is English, inside a page whose lang is fr
    assert f"Getting help {site_text('en')['fallback']}" in page  # and the navigation says so (fr: no translation yet)


def test_a_changed_english_page_marks_its_translation_outdated(copy):
    outdated = site_text("ja")["outdated"]
    assert outdated in (copy["site"] / "ja" / "privacy" / "index.html").read_text("utf-8")
    assert outdated not in (copy["site"] / "ja" / "index.html").read_text("utf-8")
    assert outdated not in (ROOT / "site" / "ja" / "privacy" / "index.html").read_text("utf-8")


def test_the_status_report_counts_pages_and_messages(copy):
    assert copy["status"].returncode == 0, copy["status"].stderr
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in copy["status"].stdout.splitlines() if line.startswith("| ") and "language" not in line}
    pages = len(list((copy["repo"] / "docs" / "en").rglob("*.md")))
    # pages current / outdated / missing, strings translated / fuzzy / missing
    assert rows["fr"][:3] == ["0", "0", str(pages)]
    assert rows["fr"][3:5] == ["0", "0"] and int(rows["fr"][5]) > 400
    assert rows["ja"][:3] == [str(pages - 1), "1", "0"]
    assert "ja: outdated pages: privacy.md" in copy["status"].stdout
