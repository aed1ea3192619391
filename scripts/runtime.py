"""The Pyodide runtime: taken from the npm package, checked against scripts/pyodide-files.sha256,
and published under a versioned folder (only the files the page loads)."""
import hashlib
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
HASHES = ROOT / "scripts" / "pyodide-files.sha256"
VERIFIED = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# The page loads these; the standard library comes trimmed (stdlib.py) and the lock file inline.
PUBLISHED = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")


class RuntimeMismatch(Exception):
    """The runtime is missing or not the one recorded."""


def version() -> str:
    package = PYODIDE_DIR / "package.json"
    if not package.exists():
        raise RuntimeMismatch("Pyodide is missing: run `npm ci` (or `make build`, which does it).")
    return json.loads(package.read_text())["version"]


def verify(pyodide_version: str) -> None:
    """Use only the runtime files recorded in scripts/pyodide-files.sha256."""
    recorded, expected = None, {}
    for line in HASHES.read_text().splitlines():
        if line.startswith("version "):
            recorded = line.split()[1]
        elif line.strip() and not line.startswith("#"):
            digest, name = line.split()
            expected[name] = digest
    if recorded != pyodide_version:
        raise RuntimeMismatch(f"node_modules has pyodide {pyodide_version} but {HASHES.name} records {recorded}")
    for name in VERIFIED:
        actual = hashlib.sha256((PYODIDE_DIR / name).read_bytes()).hexdigest()
        if actual != expected.get(name):
            raise RuntimeMismatch(f"{name} of pyodide {pyodide_version} does not match {HASHES.name}: "
                                "refusing to publish it")


def empty_lock() -> str:
    """The screener loads no Pyodide package: the lock file's `info` and no packages, passed to
    loadPyodide inline (lockFileContents), so there is no lock file to download or to miss."""
    lock = json.loads((PYODIDE_DIR / "pyodide-lock.json").read_text())
    return json.dumps({"info": lock["info"], "packages": {}}, separators=(",", ":"))


def copy_if_changed(src: Path, dest: Path) -> None:
    if dest.exists() and dest.stat().st_size == src.stat().st_size and dest.stat().st_mtime >= src.stat().st_mtime:
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


def publish(site: Path, pyodide_version: str) -> None:
    for name in PUBLISHED:
        copy_if_changed(PYODIDE_DIR / name, site / "assets" / "pyodide" / pyodide_version / name)
