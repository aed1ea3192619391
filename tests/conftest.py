import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from scripts import translations  # noqa: E402  (after the path: the build package)

translations.compile_all()  # the catalogs, as `make build` compiles them, for pytest alone

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the background-networking flags Chromium tries to reach Google's hosts at start.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site; `make test` builds it first."""
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is not built: run `make build` (make test does it)")
    return SITE


@pytest.fixture(scope="session")
def wheel(site_dir) -> Path:
    wheels = list((site_dir / "assets" / "screener").glob("*/screener-*-py3-none-any.whl"))
    assert len(wheels) == 1, f"expected one screener wheel in the site, found {wheels}"
    return wheels[0]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # `playwright install` cannot download browsers here: use Debian's Chromium.
    return {**browser_type_launch_args, "executable_path": CHROMIUM,
            "args": CHROMIUM_ARGS + list(browser_type_launch_args.get("args", []))}
