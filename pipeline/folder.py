"""Every entry of a source folder, and what becomes of it.

A dossier is evidence, and "nothing lost" starts with the folder: each file or subfolder is an
article (read by a reader), a project file (settings, glossary, reviewed English...), excluded
by name (the editor's notes, licences, hidden files: `[sources]` in dossier.toml), or refused
with the reason (a format no reader takes, a folder). The report lists them all and the build
warns about what it refused, so nothing in the folder is skipped without a word.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Any

from .model import FileEntry as Entry
from .readers import READERS, reader_for

ARTICLE = "article"
PROJECT = "project"
EXCLUDED = "excluded"
REFUSED = "refused"

PROJECT_FILES = {
    "dossier.toml": "the project's settings",
    "glossary.toml": "the glossary",
    "boilerplate.toml": "the project's boilerplate rules",
}
PROJECT_FOLDERS = {
    "en": "the reviewed English (gettext PO files)",
    "templates": "the project's templates",
    "languages": "the project's language files",
}

# Kinds of file a press desk's folder holds that no reader takes: each gets its own reason.
_NOT_READ = {
    ".pdf": "PDF input is not supported: save the article's text (.txt) or its web page (.html)",
    ".doc": "an old Word document: not read; save it as .docx (Word: Save As), .txt or .html",
    ".odt": "an OpenDocument text: not read; save it as .txt or .html",
    ".rtf": "an RTF document: not read; save it as .txt",
    ".gz": "a compressed file: not read",
    ".zip": "a ZIP archive: not read; unpack it into the folder",
    ".epub": "an e-book: not read",
    ".xml": "an XML file: not read",
}
_IMAGES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".tif", ".tiff", ".bmp", ".heic")


KNOWN = ", ".join(s for r in READERS for s in r.suffixes[:1] + r.suffixes[1:2])


def survey(source: Path, cfg: dict[str, Any]) -> list[Entry]:
    """Every entry directly in ``source``, by name, with what it is."""
    sources = cfg.get("sources", {})
    patterns = [*sources.get("default_exclude", []), *sources.get("exclude", [])]
    rules = {str(Path(r)).split("/")[0] for r in cfg.get("clean", {}).get("rules", [])}
    entries = []
    for path in sorted(Path(source).iterdir(), key=lambda p: p.name):
        entries.append(_entry(path, patterns, rules))
    return entries


def _entry(path: Path, patterns: list[str], rules: set[str]) -> Entry:
    name, suffix = path.name, path.suffix.lower()
    if name in PROJECT_FILES:
        return Entry(name, PROJECT, PROJECT_FILES[name])
    if name in rules:
        return Entry(name, PROJECT, "boilerplate rules named in dossier.toml [clean] rules")
    if path.is_dir() and name in PROJECT_FOLDERS:
        return Entry(name + "/", PROJECT, PROJECT_FOLDERS[name])
    pattern = next((p for p in patterns if fnmatch.fnmatch(name.casefold(), p.casefold())), None)
    if pattern is not None:
        return Entry(name + ("/" if path.is_dir() else ""), EXCLUDED,
                     f"matches '{pattern}' ([sources] exclude in dossier.toml)")
    if path.is_dir():
        return Entry(name + "/", REFUSED,
                     "a folder: articles are read from the source folder itself, not from "
                     "its subfolders")
    reader, note = reader_for(path)
    if reader is not None:
        return Entry(name, ARTICLE, note or reader.kind)
    if suffix in _NOT_READ:
        return Entry(name, REFUSED, _NOT_READ[suffix])
    if suffix in _IMAGES:
        return Entry(name, REFUSED, "an image, not an article")
    return Entry(name, REFUSED, f"a file of an unknown kind ('{suffix or 'no extension'}'): "
                                f"not read; articles are {KNOWN}")


def describe(entries: list[Entry]) -> str:
    """'7 files: 5 read as 5 articles, 1 project file, 1 excluded, 0 refused'."""
    read = [e for e in entries if e.status == ARTICLE]
    articles = sum(e.articles or 0 for e in read)
    counts = {s: sum(1 for e in entries if e.status == s) for s in (PROJECT, EXCLUDED, REFUSED)}
    return (f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} in the folder: "
            f"{len(read)} read as {articles} article(s), {counts[PROJECT]} project file(s), "
            f"{counts[EXCLUDED]} excluded, {counts[REFUSED]} refused")


def found(entries: list[Entry]) -> str:
    """What a folder without an article holds, for the one-line error."""
    if not entries:
        return "the folder is empty"
    return "found " + "; ".join(f"{e.name} ({e.status}: {e.reason})" for e in entries[:6]) + (
        f"; and {len(entries) - 6} more" if len(entries) > 6 else "")
