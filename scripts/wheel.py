"""The screener as a py3-none-any wheel (`python -m build`, offline; `pyodide build` is only for
packages with C or Rust code and needs the internet), and its message catalogs, compiled.

The catalogs stay out of the wheel: they are published beside it, one small zip per language
(`catalogs`, unpacked over the installed package), and the page's worker downloads only those it
needs, not all of them (18 languages would be half a megabyte more for every reader)."""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from scripts import translations
from screener.languages import SOURCE

ROOT = Path(__file__).resolve().parent.parent


class WheelError(Exception):
    pass


def source_digest() -> str:
    """What the wheel and the generated pages are made from: the package, the catalogs and the
    build configuration."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    for path in sorted([*(ROOT / "screener").rglob("*"), *(ROOT / "locales").rglob("*")]):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".mo":
            digest.update(path.relative_to(ROOT).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def catalogs() -> dict[str, Path]:
    """Each translated language's compiled catalog (after `build`) as a zip holding it at its place
    in the package; reproducible bytes."""
    out = ROOT / "build" / "catalogs"
    out.mkdir(parents=True, exist_ok=True)
    archives = {}
    for code in translations.translated_languages():
        mo = translations.mo_path(code)
        entry = zipfile.ZipInfo(mo.relative_to(ROOT).as_posix(), date_time=(2026, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        archive = out / f"{code}.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr(entry, mo.read_bytes(), compresslevel=9)
        archives[code] = archive
    return archives


def first_catalogs(lang: str) -> list[str]:
    """The catalogs a page's worker loads as it starts: the page's language and Japanese (every
    result has a Japanese version for officials). Others load when a result is asked for in them."""
    return [code for code in dict.fromkeys((lang, "ja")) if code != SOURCE]


def build() -> Path:
    """Compile the catalogs, then build the wheel without them; reproducible bytes, so its hash
    names it."""
    translations.compile_all()
    out = Path(tempfile.mkdtemp(prefix="screener-wheel-"))
    source = out / "source"  # the package without its compiled catalogs
    shutil.copytree(ROOT / "screener", source / "screener", ignore=shutil.ignore_patterns("locales", "__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", source / "pyproject.toml")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True, text=True, env=env,
    )
    if done.returncode != 0:
        raise WheelError(f"building the screener wheel failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    (wheel,) = out.glob("*.whl")
    return wheel
