"""What every reader returns: a file's articles as raw units with their line numbers.

Readers turn each input format into the same shape, a ``RawArticle`` per article (the text of
each paragraph-like piece and the physical lines it came from), and never clean or format.
A reader first lists what a file holds (``Found``: cheap), and each article is parsed only
when the cache does not already hold it cleaned. Source files are only ever read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex


@dataclass
class Unit:
    """One paragraph-like piece of a source, before cleaning."""

    text: str
    lines: list[int]
    # What the format says the piece is: "heading", "quote", "deck" (a page's standfirst), or
    # "paragraph" (body text that must never be taken for a heading however short: a table
    # row, a raw HTML block's text).
    hint: str | None = None
    # The source lines as written, when the reader joined hard-wrapped lines into this piece
    # (one per number in ``lines``): the report shows each line's own text and what it became.
    joined: list[str] | None = None
    # The shape the format gives the piece, which becomes its block kind: "item" (a list item:
    # ``marker`` as written, "1." or "•", and ``ordered``), "row" (a table row: ``cells``, its
    # text the cells joined by " | "; ``header`` for a heading row) or "caption" (a photo's
    # caption or credit). Such a piece has the hint "paragraph" too, so nothing that judges
    # headings, titles or signatures needs to know about shapes.
    shape: str | None = None
    marker: str | None = None
    ordered: bool | None = None
    cells: list[str] | None = None
    header: bool = False
    # A list item's depth: 0 for an item of the outer list, 1 for one of a list inside it...
    level: int = 0


def item_unit(text: str, lines: list[int], marker: str | None, ordered: bool,
              level: int = 0) -> Unit:
    return Unit(text, lines, "paragraph", shape="item", marker=marker, ordered=ordered,
                level=level)


def row_unit(cells: list[str], lines: list[int], header: bool = False) -> Unit | None:
    """A table row, or None when no cell has text. Empty cells are kept (as ""), so the
    columns of a row line up with its table's, but the text joins only those with text."""
    cells = [" ".join(c.split()) for c in cells]
    if not any(cells):
        return None
    filled = [c for c in cells if c]
    if len(filled) == 1 and caption_line(filled[0]):
        # A page laid out with a table around its photo (Blogger): the one cell is the
        # photo's caption, not a table of data.
        return Unit(filled[0], lines, "paragraph", shape="caption")
    return Unit(" | ".join(c for c in cells if c), lines, "paragraph", shape="row",
                cells=cells, header=header)


@lru_cache(maxsize=1)
def _caption_re() -> regex.Pattern:
    """A photo caption or credit line, by the words every language file lists under
    ``[structure] caption_cues``: "(صورة: وكالة الأنباء)", "Фото: ТАСС", "Photo: AFP/Getty"."""
    from .. import languages

    cues = {c for code in languages.known_codes()
            for c in languages.get(code).structure.get("caption_cues", [])}
    if not cues:
        return regex.compile(r"(?!)")
    words = "|".join(sorted((regex.escape(c) for c in cues), key=len, reverse=True))
    credit = r"(?:" + words + r")\s*(?:[:：/©]|\p{Pd})\s*\S"
    # Opening with the credit ("Фото: ТАСС"), or a description that closes with it, in
    # brackets or after a full stop or separator ("Shoppers at the market (Photo: AFP)",
    # "... Porrentruy. Photo: Keystone", "... کوه صفه؛ عکس: مریم احمدی"): a sentence does not
    # end that way.
    return regex.compile(r"^[(\[]?\s*" + credit + r".{0,200}$|^.{0,300}(?:[(\[]|[.؛;،,|\p{Pd}]\s)"
                         r"\s*" + credit + r"[^)\].!?]{0,80}[)\]]?\.?$", regex.IGNORECASE)


def caption_line(text: str) -> bool:
    """A line that is a photo's caption or credit: it opens with a caption word and a colon
    (or slash, dash, ©), or closes with one in brackets, and is short (structure.toml's
    ``caption_max_words``)."""
    text = text.strip()
    return len(text.split()) <= _caption_max_words() and bool(_caption_re().match(text))


@lru_cache(maxsize=1)
def _caption_max_words() -> int:
    """structure.toml's ``caption_max_words``: a caption is a line or two under a photo, and a
    longer passage opening with "Photo:" is prose."""
    import tomllib
    from importlib import resources

    text = resources.files("pipeline").joinpath("data/structure.toml").read_text("utf-8")
    return int(tomllib.loads(text).get("caption_max_words", 30))


@dataclass
class RawArticle:
    path: Path
    encoding: str
    line_endings: str
    units: list[Unit]
    line_count: int
    blank_lines: list[int] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    record: str | None = None  # for one of several articles in a file: Found.key, Found.label
    record_label: str = ""
    declared_by: str = "the source"  # what a declared language (meta "lang") was read from
    extractor_removed: list[str] = field(default_factory=list)  # text an HTML extractor dropped
    # Lines that are not blank but give no text (a Markdown comment, image or code-fence
    # marker): line number -> (the line as written, what it is). Reported as removed markup.
    markup_lines: dict[int, tuple[str, str]] = field(default_factory=dict)



@dataclass
class Found:
    """One article of a file, listed but not yet parsed."""

    # Stable within the file: None when the file is one article; else the record's URL, or
    # its index ("record-3") when it has none. Never a position in a folder listing.
    key: str | None
    label: str  # how the report names the piece: "record 3", "https://..."
    fingerprint: bytes  # everything parse() reads: the article's cache key
    parse: Callable[[], RawArticle]


@dataclass
class Listing:
    """What a reader found in one file: its articles, and the pieces it did not read (a web
    archive's requests, images and style sheets; an export's records without text), each with
    the reason, so the report accounts for them."""

    found: list[Found] = field(default_factory=list)
    not_read: list[tuple[str, str]] = field(default_factory=list)  # (label, reason)


def one_article(path: Path, data: bytes, parse: Callable[[], RawArticle]) -> Listing:
    """The listing of a file that is one article."""
    return Listing([Found(None, path.name, data, parse)])


def split_lines(text: str) -> tuple[list[str], str]:
    """Split on CRLF, CR or LF only (str.splitlines also splits on U+2028 and friends, which
    would shift line numbers away from what an editor shows)."""
    crlf, cr = text.count("\r\n"), text.count("\r")
    style = "CRLF" if crlf and crlf == cr else "CR" if cr and not crlf else "mixed" if cr else "LF"
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines, style



def clean_meta(meta: dict[str, str]) -> dict[str, str]:
    """Metadata as the readers return it: without the invisible and bidi control characters
    that cleaning takes out of the body text (an U+202E in an author's name reverses it and
    the text after it wherever it is shown), on one line. Empty values are dropped."""
    from ..languages import GENERIC, get
    from ..normalize import normalize_line

    out = {}
    for key, value in meta.items():
        if key == "url":  # a URL keeps its characters, only without invisible ones or spaces
            value = "".join(ch for ch in value
                            if unicodedata.category(ch) not in ("Cc", "Cf") and not ch.isspace())
        else:
            # The article's language is not known yet: the generic rules keep what any language
            # may need (a Persian title's half-spaces); cleaning normalises it in its language.
            value = normalize_line(value, remove_tatweel=False, language=get(GENERIC))
        if value:
            out[key] = value
    return out


def record_slug(key: str) -> str:
    """A file-name-safe form of a record's key that stays the same when the export is made
    again or re-ordered: "record-3" as it is; a URL by its last path segment (or host) and a
    short hash of the whole URL, so two URLs never share one."""
    import hashlib
    from urllib.parse import unquote, urlsplit

    if not re.match(r"^[a-z]+://", key):
        slug = re.sub(r"[^\w-]+", "-", key).strip("-")
        return slug[:60] or hashlib.sha1(key.encode()).hexdigest()[:10]
    parts = urlsplit(key)
    segments = [s for s in unquote(parts.path).split("/") if s]
    name = re.sub(r"\.[a-z0-9]{2,5}$", "", segments[-1]) if segments else parts.hostname or ""
    name = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-_")[:48]
    short = hashlib.sha1(key.encode()).hexdigest()[:8]
    return f"{name}-{short}" if name else short
