"""The one document model every stage reads and returns.

A Dossier holds Articles; an Article holds Blocks and the record of what cleaning did to each
source line. Everything serialises to plain JSON (``to_dict``/``from_dict``) so a stage's output
can be written under ``build/`` and read back by the next stage or by a person.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

# Block kinds. Metadata (title, byline...) are blocks too, so translation, the translation
# memory and the line accounting treat every piece of text the same way.
TITLE = "title"
DECK = "deck"
BYLINE = "byline"
DATELINE = "dateline"
HEADING = "heading"
PARAGRAPH = "paragraph"
QUOTE = "quote"
SIGNATURE = "signature"
XREF = "xref"
NOTE = "note"
# Body text with a shape of its own, which every output sets as such: a list item (its marker
# in Block.marker), a table row (its cells in Block.cells, its text the cells joined by " | "
# so the translation memory and search see one passage) and a photo caption or credit.
ITEM = "item"
ROW = "row"
CAPTION = "caption"
CELL_SEPARATOR = " | "

META_KINDS = (TITLE, DECK, BYLINE, DATELINE, SIGNATURE)
BODY_KINDS = (HEADING, PARAGRAPH, QUOTE, XREF, NOTE, ITEM, ROW, CAPTION)

# Where the English of a block came from.
REVIEWED = "reviewed"
FUZZY = "fuzzy"
MACHINE = "machine"
MISSING = "missing"
ORIGINAL = "original"  # the article was written in English: its text is the English
EN_ORIGINS = (REVIEWED, FUZZY, MACHINE, MISSING, ORIGINAL)

# The dossier's target language: every block's ``en`` is in it.
TARGET_LANGUAGE = "en"


@dataclass
class Flag:
    """A defect found in a block: shown to the reader as an editor's note, never 'fixed'."""

    code: str
    message: str
    detail: str = ""


@dataclass
class Block:
    id: str
    kind: str
    text: str  # the source text, in the article's language
    source_file: str
    lines: list[int]
    en: str | None = None
    en_origin: str = MISSING
    en_note: str = ""  # e.g. the old msgid a fuzzy match came from, or the MT model
    flags: list[Flag] = field(default_factory=list)
    # For XREF blocks: the block this one repeats, the similarity score, and the replaced text
    # (kept so nothing is lost: the report lists it in full).
    ref: str | None = None
    score: float | None = None
    replaced_text: str | None = None
    # For ITEM blocks: the marker as the source wrote it ("1.", "١-", "•") and whether the list
    # is numbered. For ROW blocks: the cells, and whether the row heads its table.
    marker: str | None = None
    ordered: bool | None = None
    cells: list[str] | None = None
    header: bool = False
    # For ITEM blocks of a list inside a list item: how deep (0 is the outer list).
    level: int = 0

    @property
    def is_meta(self) -> bool:
        return self.kind in META_KINDS

    @property
    def number(self) -> int | None:
        """The number an ordered item's marker gives, in any digits ("١-" is 1), else None."""
        digits = "".join(str(unicodedata.digit(ch)) for ch in self.marker or ""
                         if unicodedata.digit(ch, None) is not None)
        return int(digits) if digits and self.ordered else None


@dataclass
class LineRecord:
    """What cleaning did with one physical line of the source file."""

    line: int
    action: str  # kept | changed | removed | blank
    block: str | None = None
    kind: str | None = None
    rule: str | None = None
    before: str | None = None
    after: str | None = None


@dataclass
class Article:
    id: str
    source_file: str
    encoding: str
    # For a file holding several articles (a scraper export, a web archive): the article's
    # stable key in it (its URL, or "record-3" when it has none) and how the report names it.
    record: str | None = None
    record_label: str = ""
    # The article's source language (an ISO 639-1 code, a key of pipeline/languages) and how it
    # was decided ("declared in front matter", "dossier.toml", "detected: lingua 0.98", ...).
    language: str = "und"
    language_source: str = ""
    blocks: list[Block] = field(default_factory=list)
    lines: list[LineRecord] = field(default_factory=list)
    date: str | None = None  # ISO date when known (front matter, metadata)
    # When and by whom the copy in the folder was made (a web archive's capture, a Word
    # clipping's creation and author): never taken for the article's own date or author.
    captured: str | None = None
    captured_by: str | None = None
    url: str | None = None
    source_name: str | None = None  # the publication, when known
    author: str | None = None  # from front matter when the text carries no byline
    line_count: int = 0
    line_endings: str = "LF"  # LF | CRLF | CR | mixed | n/a (HTML)
    # Page text an HTML extractor left out (navigation, asides...), listed so nothing vanishes.
    extractor_removed: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        """The article's place in the source folder: its file, and its record in that file."""
        return f"{self.source_file} [{self.record_label}]" if self.record else self.source_file

    def first(self, kind: str) -> Block | None:
        return next((b for b in self.blocks if b.kind == kind), None)

    @property
    def title(self) -> Block | None:
        return self.first(TITLE)

    @property
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in BODY_KINDS]

    @property
    def meta(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in META_KINDS]


@dataclass
class FileEntry:
    """An entry of the source folder and what became of it (pipeline/folder.py)."""

    name: str
    status: str  # article | project | excluded | refused
    reason: str
    articles: int | None = None  # for articles: how many were read from it
    # The pieces of a many-article file that are not in the dossier (a web archive's images,
    # an export's record without text): {"part": label, "status": ..., "reason": ...}.
    parts: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Skipped:
    """An article left out of the dossier, and why (a bad file with --keep-going, a copy)."""

    file: str
    reason: str
    line: int | None = None
    record: str | None = None  # which article of a many-article file

    @property
    def where(self) -> str:
        return f"{self.file} [{self.record}]" if self.record else self.file


@dataclass
class TranslationStats:
    """What machine translation did in this build (pipeline/translate/stage.py)."""

    model: str = ""
    blocks: int = 0
    sentences: int = 0
    unique: int = 0
    cached: int = 0
    translated: int = 0
    retried: int = 0
    flagged: int = 0
    seconds: float = 0.0
    po_files: list[str] = field(default_factory=list)
    # One entry per language pair used: {"from", "model", "articles", "blocks", "translated"}.
    pairs: list[dict[str, Any]] = field(default_factory=list)
    # One entry per source language without a package: {"language", "name", "articles",
    # "blocks", "message"}; its articles stay untranslated.
    missing: list[dict[str, Any]] = field(default_factory=list)
    # The Dask scheduler the sentences went to, and the workers that translated them.
    cluster: str = ""
    workers: list[str] = field(default_factory=list)
    # Where CTranslate2 ran in this process: "cpu" or "cuda" ([translate] device).
    device: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        if not self.blocks:
            line = "machine translation: nothing to translate"
        else:
            rate = self.translated / self.seconds if self.seconds else 0.0
            line = (f"machine translation ({self.model}): {self.blocks} block(s), "
                    f"{self.sentences} sentence(s), {self.translated} translated "
                    f"({rate:.1f}/s), {self.cached} from cache, {self.retried} retried, "
                    f"{self.flagged} block(s) flagged")
            if self.cluster:
                line += (f", on the Dask cluster at {self.cluster} "
                         f"({len(self.workers)} worker(s))")
            elif self.device == "cuda":
                line += ", on the GPU"
        return "\n".join([line, *(f"warning: {x['message']}" for x in self.missing)])


@dataclass
class Dossier:
    articles: list[Article]
    config: dict[str, Any] = field(default_factory=dict)  # dossier.toml over the defaults
    glossary: list[dict[str, Any]] = field(default_factory=list)
    merge_log: list[dict[str, Any]] = field(default_factory=list)
    # Translation-memory entries no passage used: reviewed English the report must show.
    unused_memory: list[dict[str, Any]] = field(default_factory=list)
    # The build's bookkeeping, not document content: every entry of the source folder, the
    # articles left out, and what machine translation did (None when it did not run).
    files: list[FileEntry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    translation: TranslationStats | None = None
    # The site's template lines cleaning removed, once each: {"text", "files", "count"}.
    site_template: list[dict[str, Any]] = field(default_factory=list)
    # How the PDF was laid out, set by the PDF writer: {"parts", "processes", "cluster",
    # "workers", "laid_out", "reused", "renumbered"}; empty when laid out in one run.
    pdf_layout: dict[str, Any] = field(default_factory=dict)

    def blocks(self) -> list[Block]:
        return [b for a in self.articles for b in a.blocks]

    def block_index(self) -> dict[str, Block]:
        return {b.id: b for b in self.blocks()}


def _block_from(d: dict[str, Any]) -> Block:
    d = dict(d)
    d["flags"] = [Flag(**f) for f in d.get("flags", [])]
    return Block(**d)


# Block fields written only when set: a paragraph's JSON stays as it was before blocks had
# a shape, so stage files and their cache keys only change where structure was found.
_SHAPE_DEFAULTS = {"marker": None, "ordered": None, "cells": None, "header": False,
                   "level": 0}


def _trim_block(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _SHAPE_DEFAULTS or v != _SHAPE_DEFAULTS[k]}


def article_to_dict(a: Article) -> dict[str, Any]:
    d = asdict(a)
    d["blocks"] = [_trim_block(b) for b in d["blocks"]]
    return d


def article_from_dict(d: dict[str, Any]) -> Article:
    d = dict(d)
    d["blocks"] = [_block_from(b) for b in d.get("blocks", [])]
    d["lines"] = [LineRecord(**r) for r in d.get("lines", [])]
    return Article(**d)


def dossier_to_dict(dossier: Dossier) -> dict[str, Any]:
    d = asdict(dossier)
    for a in d["articles"]:
        a["blocks"] = [_trim_block(b) for b in a["blocks"]]
    return d


def dossier_from_dict(d: dict[str, Any]) -> Dossier:
    return Dossier(
        articles=[article_from_dict(a) for a in d["articles"]],
        config=d.get("config", {}),
        glossary=d.get("glossary", []),
        merge_log=d.get("merge_log", []),
        unused_memory=d.get("unused_memory", []),
        files=[FileEntry(**f) for f in d.get("files", [])],
        skipped=[Skipped(**s) for s in d.get("skipped", [])],
        translation=TranslationStats(**d["translation"]) if d.get("translation") else None,
        site_template=d.get("site_template", []),
        pdf_layout=d.get("pdf_layout", {}),
    )
