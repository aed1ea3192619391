"""The build publishes only the Pyodide files whose hashes are recorded in the repository."""
import importlib.util
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def hooks(monkeypatch, tmp_path):
    spec = importlib.util.spec_from_file_location("hooks_under_test", ROOT / "scripts" / "mkdocs_hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    copy = tmp_path / "pyodide"
    shutil.copytree(ROOT / "node_modules" / "pyodide", copy)
    monkeypatch.setattr(module, "PYODIDE_DIR", copy)
    return module


def test_the_recorded_runtime_passes(hooks):
    hooks.verify_pyodide(hooks.pyodide_version())


def test_a_changed_runtime_file_is_refused(hooks):
    wasm = hooks.PYODIDE_DIR / "pyodide.asm.wasm"
    data = bytearray(wasm.read_bytes())
    data[-1] ^= 1
    wasm.write_bytes(bytes(data))
    with pytest.raises(PluginError, match="pyodide.asm.wasm .* does not match"):
        hooks.verify_pyodide(hooks.pyodide_version())


def test_another_version_is_refused(hooks):
    with pytest.raises(PluginError, match="records 314"):
        hooks.verify_pyodide("315.0.0")
