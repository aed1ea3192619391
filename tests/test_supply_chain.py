"""The build publishes only the Pyodide files whose hashes are recorded in the repository."""
import shutil
from pathlib import Path

import pytest

from scripts import runtime

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def pyodide_copy(monkeypatch, tmp_path):
    copy = tmp_path / "pyodide"
    shutil.copytree(ROOT / "node_modules" / "pyodide", copy)
    monkeypatch.setattr(runtime, "PYODIDE_DIR", copy)
    return copy


def test_the_recorded_runtime_passes(pyodide_copy):
    runtime.verify(runtime.version())


def test_a_changed_runtime_file_is_refused(pyodide_copy):
    wasm = pyodide_copy / "pyodide.asm.wasm"
    data = bytearray(wasm.read_bytes())
    data[-1] ^= 1
    wasm.write_bytes(bytes(data))
    with pytest.raises(runtime.RuntimeMismatch, match="pyodide.asm.wasm .* does not match"):
        runtime.verify(runtime.version())


def test_another_version_is_refused(pyodide_copy):
    with pytest.raises(runtime.RuntimeMismatch, match="records 314"):
        runtime.verify("315.0.0")
