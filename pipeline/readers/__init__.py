"""The readers, one per input format, and the table that says which reads a file.

A reader is a module of this package with ``read(path, data) -> Listing``: the file's bytes in,
its articles out (see ``base``). A file's suffix chooses its reader; its first bytes overrule a
suffix that lies (a saved page named ``.txt``, a Word file named ``.html``, a web archive with no
suffix). Adding a format is a module and a row of ``READERS``.
"""

from __future__ import annotations

import gzip
import importlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .base import Listing

MB = 2**20


@dataclass(frozen=True)
class Reader:
    kind: str  # what the report calls a file of this kind
    suffixes: tuple[str, ...]
    module: str  # pipeline.readers.<module>, imported only when such a file is read
    # A news article is kilobytes; 20 MB of "article" is an accident. A scraper export or a web
    # archive holds many articles (and a page's images and scripts).
    max_bytes: int = 20 * MB

    def read(self, path: Path, data: bytes) -> Listing:
        return importlib.import_module(f"{__name__}.{self.module}").read(path, data)


PLAIN = Reader("plain text", (".txt", ".text"), "plain")
MARKDOWN = Reader("Markdown", (".md", ".markdown"), "markdown")
HTML = Reader("an HTML page", (".html", ".htm", ".xhtml", ".shtml"), "html")
JSON = Reader("a scraper export (JSON)", (".json",), "exports", 500 * MB)
JSONL = Reader("a scraper export (JSON Lines)", (".jsonl", ".ndjson"), "exports", 500 * MB)
CSV = Reader("a scraper export (CSV)", (".csv", ".tsv"), "exports", 500 * MB)
DOCX = Reader("a Word document", (".docx",), "docx", 100 * MB)
WARC = Reader("a web archive (WARC)", (".warc", ".warc.gz"), "warc", 2048 * MB)

READERS = (PLAIN, MARKDOWN, HTML, JSON, JSONL, CSV, DOCX, WARC)


def by_suffix(name: str) -> Reader | None:
    name = name.lower()
    # The longest suffix first: "x.warc.gz" is a web archive, not any gzip file.
    return max((r for r in READERS for s in r.suffixes if name.endswith(s)),
               key=lambda r: max(len(s) for s in r.suffixes if name.endswith(s)), default=None)


def sniff(path: Path, head: bytes) -> Reader | None:
    """The reader the file's first bytes call for, whatever its name says; None when they say
    nothing a reader takes (plain text, JSON and CSV have no signature)."""
    if head.startswith(b"WARC/"):
        return WARC
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path) as f:
                return WARC if f.read(5) == b"WARC/" else None
        except (OSError, EOFError):
            return None
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                # Word names the main part word/document.xml, sometimes word/document2.xml.
                names = z.namelist()
        except (OSError, zipfile.BadZipFile):
            return None
        return DOCX if any(re.fullmatch(r"word/document\d*\.xml", n) for n in names) else None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")):
        return HTML
    return None


def reader_for(path: Path) -> tuple[Reader | None, str]:
    """The reader of ``path`` and, when its content overruled its name, a note saying so."""
    named = by_suffix(path.name)
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError:
        return named, ""  # reading it will say why it cannot be read
    found = sniff(path, head)
    if found is None or found is named:
        return named, ""
    if named is None:
        return found, f"read as {found.kind} (its content)"
    return found, f"named like {named.kind}, but its content is {found.kind}"


def stem(name: str) -> str:
    """A file's name without its reader's suffix ("x.warc.gz" -> "x"): what its articles' ids
    and translation files are named after."""
    reader = by_suffix(name)
    lower = name.lower()
    for suffix in sorted(reader.suffixes if reader else (), key=len, reverse=True):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return Path(name).stem
