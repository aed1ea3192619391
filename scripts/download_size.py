"""How much a first visit to the self-check downloads, measured by the build from the files it
publishes, so that no page or message states a size in prose. Compressed as a web server sends
them (gzip); the figure is shown in MB with one decimal, in each language's number format."""
import gzip
from pathlib import Path

from babel.numbers import format_decimal

MARKER = "<!-- site:download-size -->"


def compressed_bytes(paths: list[Path]) -> int:
    return sum(len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)) for path in paths)


def megabytes(size: int, bcp47: str) -> str:
    """E.g. "4.9 MB" (en), "4,9 MB" (vi)."""
    return f"{format_decimal(size / 1_000_000, format='#,##0.0', locale=bcp47.replace('-', '_'))} MB"
