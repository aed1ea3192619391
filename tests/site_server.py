"""Serve the built site from 127.0.0.1 under a subpath, as GitHub Pages serves a project site.

Used by the browser tests and the benchmark. Only paths under the prefix exist; everything else
is a 404, so a URL that escapes the subpath fails loudly.
"""
import functools
import mimetypes
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".mjs")


class SubpathHandler(SimpleHTTPRequestHandler):
    prefix = "/demo/"
    served: list  # the paths of every request that reached the server, for tests to inspect

    def do_GET(self):
        self.served.append(self.path.split("?")[0])
        super().do_GET()

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args):  # keep test output clean
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that leaves mid-download (a test stops a worker or aborts a page) is normal.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class SiteServer:
    def __init__(self, site_dir: Path, prefix: str = "/demo/", handler=SubpathHandler):
        self.served = []
        handler_class = type("Handler", (handler,), {"prefix": prefix, "served": self.served})
        self.httpd = _Server(("127.0.0.1", 0), functools.partial(handler_class, directory=str(site_dir)))
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.base_url = self.origin + prefix
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
