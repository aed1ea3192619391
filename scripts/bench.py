"""Benchmark (not a test): build times, bytes and start-up times of the site on this machine.

    make bench                      # or: python scripts/bench.py --runs 3
Serves the built site from 127.0.0.1 with gzip as GitHub Pages does, drives Debian's Chromium
with Playwright and prints a table of medians; the numbers also go to bench-results/bench.json.
"""
import argparse
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "tests"))  # the tests' static server, shared rather than copied

from playwright.sync_api import sync_playwright  # noqa: E402
from site_server import SiteServer, SubpathHandler  # noqa: E402

from scripts.check_links import site_base_path  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".xml", ".txt")
SLOW = {"name": "10 Mbit/s, 40 ms", "bytes_per_s": 10_000_000 / 8, "latency_s": 0.040}
# A cheap phone on prepaid data: a slow 3G-like link, a SIM past its data cap, and a slow CPU.
# Each is visited once (cold, then warm): the 300 kbit/s row alone takes minutes.
PREPAID = {"name": "1.6 Mbit/s, 150 ms", "bytes_per_s": 1_600_000 / 8, "latency_s": 0.150}
CAPPED = {"name": "300 kbit/s, 300 ms", "bytes_per_s": 300_000 / 8, "latency_s": 0.300}
CPU_SLOWDOWN = 4  # DevTools' Emulation.setCPUThrottlingRate, as Lighthouse's mobile profile


class PagesLikeHandler(SubpathHandler):
    """gzip for compressible types and Cache-Control: max-age=600, as GitHub Pages serves; counts
    the bytes sent per path; optionally a slow link (latency, then a throughput cap)."""

    sent: dict
    link: dict | None = None

    def send_head(self):
        path = self.translate_path(self.path.split("?")[0])
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()
        body = Path(path).read_bytes()
        gzipped = path.endswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = gzip.compress(body, 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        self.sent[self.path.split("?")[0]] = self.sent.get(self.path.split("?")[0], 0) + len(body)
        if self.link:
            time.sleep(self.link["latency_s"])
            for start in range(0, len(body), 65536):
                self.wfile.write(body[start:start + 65536])
                time.sleep(min(65536, len(body) - start) / self.link["bytes_per_s"])
            return None
        self.wfile.write(body)
        return None


def kind(path: str) -> str:
    if "search_index" in path:
        return "search index"
    if path.endswith("/") or path.endswith(".html"):
        return "html"
    for ext, name in ((".css", "css"), (".js", "js"), (".mjs", "js")):
        if path.endswith(ext):
            return name
    return "other"


def median(values):
    return round(statistics.median(values), 1) if values else None


def timed(command, env=None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
    return time.perf_counter() - start


def build_times(runs: int) -> dict:
    mkdocs = [str(ROOT / ".venv" / "bin" / "python"), "-m", "mkdocs"]  # from the root: the hooks import `scripts`
    out = tempfile.mkdtemp()
    full = [timed([*mkdocs, "build", "-d", out]) for _ in range(runs)]
    one = [timed([*mkdocs, "build", "-d", out], {"BUILD_ONLY_LOCALE": "ja"}) for _ in range(runs)]
    shutil.rmtree(out)
    return {"full_build_s": median(full), "one_locale_build_s": median(one)}


BARE_PAGE = """<!doctype html><meta charset="utf-8"><title>bare Pyodide</title>
<script type="module">
performance.mark("bare-start");
const worker = new Worker(new URL("bare-worker.mjs", location.href), {type: "module"});
worker.onmessage = () => {
  performance.mark("screener-ready");
  document.body.append(Object.assign(document.createElement("p"), {id: "bare-ready"}));
};
</script>"""
BARE_WORKER = """import { loadPyodide } from "../assets/pyodide/%s/pyodide.mjs";
await loadPyodide({ indexURL: new URL("../assets/pyodide/%s/", import.meta.url).href });
postMessage("ready");"""


def with_bare_page(site: Path, workdir: Path) -> Path:
    """A copy of the site with a page that only starts Pyodide as distributed (full stdlib and
    lock file, which the site does not publish), to compare the screener's start-up with."""
    copy = workdir / "site"
    shutil.copytree(site, copy)
    version = json.loads((ROOT / "node_modules/pyodide/package.json").read_text())["version"]
    for name in ("python_stdlib.zip", "pyodide-lock.json"):
        shutil.copy2(ROOT / "node_modules/pyodide" / name, copy / "assets" / "pyodide" / version / name)
    (copy / "bench").mkdir()
    (copy / "bench" / "index.html").write_text(BARE_PAGE)
    (copy / "bench" / "bare-worker.mjs").write_text(BARE_WORKER % (version, version))
    return copy


def visit(browser_or_context, server, path, *, answer=False, cpu_slowdown=None):
    """One visit: milliseconds from navigation to paint, usable form, ready, result; bytes."""
    server.handler_sent.clear()
    page = browser_or_context.new_page()
    if cpu_slowdown:
        browser_or_context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
    page.goto(server.base_url + path, timeout=600_000)
    # (wait_for_function needs eval, which the site's CSP forbids: wait for elements instead)
    page.wait_for_selector('#screener[data-state="ready"], #screener[data-state="error"], #bare-ready',
                           state="attached", timeout=900_000)
    if page.locator('#screener[data-state="error"]').count():
        page.close()
        return {"error": "the self-check gave up loading (data-state=error)", "bytes": sum(server.handler_sent.values())}
    timings = page.evaluate("""() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        const start = performance.getEntriesByName("screener-start")[0];
        return {first_paint_ms: paint ? paint.startTime : null, usable_form_ms: nav.domContentLoadedEventEnd,
                python_start_ms: start ? start.startTime : null,
                ready_ms: performance.getEntriesByName("screener-ready")[0].startTime};
    }""")
    if answer:
        page.locator("label[for='q-how_in_japan-landed_legally']").click()
        while not page.locator("#step-review").is_visible():
            page.locator(".screener-next").click()
        page.locator("#screener-form button[type=submit]").click()
        page.wait_for_selector("#screener-result-heading")
        timings["submit_to_result_ms"] = page.evaluate(
            "performance.getEntriesByName('screener-result')[0].startTime - performance.getEntriesByName('screener-submit')[0].startTime")
    timings["bytes"] = sum(server.handler_sent.values())
    page.close()
    return timings


def content_bytes(browser, server, path) -> dict:
    context = browser.new_context(service_workers="block")
    server.handler_sent.clear()
    page = context.new_page()
    page.goto(server.base_url + path, wait_until="networkidle")
    first_view = {}
    for sent_path, size in server.handler_sent.items():
        first_view[kind(sent_path)] = first_view.get(kind(sent_path), 0) + size
    server.handler_sent.clear()
    page.locator("label[for=__search]").first.dispatch_event("click")
    page.locator("[data-md-component=search-query]").fill("order")
    page.wait_for_timeout(1500)
    first_view["search index (on use)"] = sum(v for k, v in server.handler_sent.items() if "search" in k or "lunr" in k)
    context.close()
    return first_view


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--site", default=str(ROOT / "site"))
    parser.add_argument("--out", default=str(ROOT / "bench-results" / "bench.json"))
    args = parser.parse_args()

    results = {"machine": {"cpus": os.cpu_count(), "cpu": platform.processor() or platform.machine(),
                           "python": platform.python_version(), "date": time.strftime("%Y-%m-%d")},
               "runs": args.runs}
    results["build"] = build_times(args.runs)
    workdir = Path(tempfile.mkdtemp())
    site = with_bare_page(Path(args.site), workdir)
    sent = {}
    handler = type("Handler", (PagesLikeHandler,), {"sent": sent})
    with SiteServer(site, prefix=site_base_path(site), handler=handler) as server, sync_playwright() as pw:
        server.handler_sent = sent
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        results["chromium"] = browser.version
        results["content_first_view_bytes"] = {
            lang: content_bytes(browser, server, path) for lang, path in (("en", "departure-order/"), ("ja", "ja/departure-order/"), ("vi", "vi/"))}
        for link in (None, SLOW):
            handler.link = link
            label = link["name"] if link else "unthrottled"
            cold, warm, bare = [], [], []
            for run in range(args.runs):
                context = browser.new_context()  # a new profile: nothing cached
                bare.append(visit(context, server, "bench/"))
                context.close()
                profile = workdir / f"profile-{label}-{run}"
                persistent = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=ARGS)
                cold.append(visit(persistent, server, "screener/", answer=True))
                warm.append(visit(persistent, server, "screener/", answer=True))
                persistent.close()
            summary = {}
            for name, visits in (("cold", cold), ("warm", warm), ("bare_pyodide_cold", bare)):
                summary[name] = {key: median([v[key] for v in visits if v.get(key) is not None]) for key in visits[0]}
            summary["overhead_ratio_cold"] = round(summary["cold"]["ready_ms"] / summary["bare_pyodide_cold"]["ready_ms"], 2)
            results[f"screener ({label})"] = summary
        for label, link, cpu in ((PREPAID["name"], PREPAID, None), (CAPPED["name"], CAPPED, None),
                                 (f"CPU {CPU_SLOWDOWN}x slower, unthrottled link", None, CPU_SLOWDOWN)):
            handler.link = link
            persistent = pw.chromium.launch_persistent_context(workdir / f"profile-{label}", executable_path=CHROMIUM, args=ARGS)
            results[f"screener ({label})"] = {
                "cold": visit(persistent, server, "screener/", answer=True, cpu_slowdown=cpu),
                "warm": visit(persistent, server, "screener/", answer=True, cpu_slowdown=cpu)}
            persistent.close()
        browser.close()
    shutil.rmtree(workdir, ignore_errors=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
