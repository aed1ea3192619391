"""The screener as a py3-none-any wheel (`python -m build`, offline; `pyodide build` is only for
packages with C or Rust code and needs the internet), with its message catalogs compiled."""
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts import translations

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


def build() -> Path:
    """Compile the catalogs, then build the wheel; reproducible bytes, so its hash names it."""
    translations.compile_all()
    out = Path(tempfile.mkdtemp(prefix="screener-wheel-"))
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, env=env,
    )
    if done.returncode != 0:
        raise WheelError(f"building the screener wheel failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    (wheel,) = out.glob("*.whl")
    return wheel
