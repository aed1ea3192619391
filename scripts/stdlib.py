"""Python's standard library cut down to what Pyodide and the screener import
(scripts/trim_stdlib.mjs proves the results do not change). Cached in build/ per bundle."""
import subprocess
from pathlib import Path

from scripts.runtime import PYODIDE_DIR

ROOT = Path(__file__).resolve().parent.parent


class TrimError(Exception):
    pass


def trimmed(wheel: Path, catalogs: dict[str, Path], bundle: str) -> Path:
    out = ROOT / "build" / "stdlib" / f"{bundle}.zip"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["node", str(ROOT / "scripts" / "trim_stdlib.mjs"), str(PYODIDE_DIR), str(wheel), str(out),
             *(str(path) for path in catalogs.values())],
            capture_output=True, text=True,
        )
        if done.returncode != 0:
            out.unlink(missing_ok=True)
            raise TrimError(f"trimming the Python standard library failed:\n{done.stderr[-2000:]}")
    return out
