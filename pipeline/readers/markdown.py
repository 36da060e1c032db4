"""Markdown articles: optional YAML front matter, then CommonMark parsed by markdown-it."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

from ..decoding import decode
from ..errors import BadArticle
from .base import (
    Listing,
    RawArticle,
    Unit,
    caption_line,
    clean_meta,
    item_unit,
    one_article,
    row_unit,
    split_lines,
)

FRONT_KEYS = ("title", "author", "date", "source", "url", "lang", "language")
_FENCE = re.compile(r"^---[ \t]*$")
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit dates: a date stays the text written, which this reader checks
    itself, so that 2024-02-30 is reported as a bad date instead of crashing the loader."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]|$)")
_DMY_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)")


def split_front_matter(lines: list[str], path: Path) -> tuple[dict[str, str], int]:
    """Return (metadata, number of lines the front matter occupies)."""
    if not lines or not _FENCE.match(lines[0].lstrip("\ufeff")):
        return {}, 0
    for i in range(1, len(lines)):
        if _FENCE.match(lines[i]) or lines[i].strip() == "...":
            block = "\n".join(lines[1:i])
            try:
                data = yaml.load(block, _FrontMatterLoader) if block.strip() else {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = mark.line + 2 if mark is not None else 1
                problem = getattr(exc, "problem", None) or "cannot parse"
                raise BadArticle(f"malformed front matter: {problem}", path, line) from None
            except ValueError as exc:  # an explicit !!timestamp, !!int... that is not one
                raise BadArticle(f"malformed front matter: {exc}", path, 2) from None
            if data is None:
                data = {}
            if not isinstance(data, dict):
                raise BadArticle("malformed front matter: expected 'key: value' lines", path, 2)
            meta = {}
            for key in FRONT_KEYS:
                value = data.get(key)
                if value is None:
                    continue
                if isinstance(value, list | dict):
                    raise BadArticle(f"front matter '{key}' must be text", path,
                                     _key_line(lines[1:i], key))
                if isinstance(value, dt.date | dt.datetime):
                    value = value.isoformat()[:10]
                meta[key] = str(value).strip()
            meta = clean_meta(meta)
            if "date" in meta:
                _check_date(meta["date"], path, _key_line(lines[1:i], "date"))
            return meta, i + 1
    raise BadArticle("front matter opened with '---' is never closed", path, 1)


def _key_line(block: list[str], key: str) -> int:
    """The file line (1-based, after the opening ---) where ``key:`` is written."""
    for n, line in enumerate(block, start=2):
        if re.match(rf"\s*['\"]?{re.escape(key)}['\"]?\s*:", line):
            return n
    return 2


def _check_date(value: str, path: Path, line: int) -> None:
    """A date written as numbers must be a day of the calendar: a dossier ordered by an
    impossible date (2024-02-30) would be wrong without anyone being told."""
    iso = _ISO_DATE.match(value)
    dmy = _DMY_DATE.search(value) if not iso else None
    parts = (iso.group(1, 2, 3) if iso else dmy.group(3, 2, 1) if dmy else None)
    if parts is None:
        return
    try:
        dt.date(*map(int, parts))
    except ValueError as exc:
        raise BadArticle(f"front matter 'date' is not a valid date: {value!r} ({exc})",
                         path, line) from None


def _inline_text(token, removed: list[str]) -> str:
    out = []
    for child in token.children or []:
        if child.type == "html_inline" and child.content.startswith("<!--"):
            removed.append(child.content)  # an HTML comment is a note, not article text
        elif child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            # The dossier has no images, and alt text describes one: it is not article text.
            removed.append(f"![{child.content}]({child.attrs.get('src', '')})")
    return "".join(out)


# Raw HTML: comments and scripts are markup, listed as removed; the tags of the rest are
# dropped and its text read as ordinary paragraphs, one per line as in plain text.
_HTML_DROP = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)",
                        re.DOTALL | re.IGNORECASE)
_HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>|<![^>]*>|<\?[^>]*>")
_INLINE_TAGS = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i",
                          "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "sup",
                          "time", "u", "var"})


def _html_block_units(content: str, first_line: int, removed: list[str],
                      markup: dict[int, str]) -> list[Unit]:
    """The text of a raw HTML block, one unit per line; ``markup`` gets what each of the
    block's lines is, for those that give no text."""
    what = {}
    for match in _HTML_DROP.finditer(content):
        kind = ("an HTML comment" if match.group().startswith("<!--")
                else "a script or style element")
        for off in range(content.count("\n", 0, match.start()),
                         content.count("\n", 0, match.end()) + 1):
            what.setdefault(first_line + off, kind)
    for off in range(content.rstrip("\n").count("\n") + 1):
        what.setdefault(first_line + off, "HTML tags without text")
    markup.update(what)

    def drop(match: re.Match) -> str:
        removed.append(" ".join(match.group().split()))
        return "\n" * match.group().count("\n")

    def untag(match: re.Match) -> str:
        inline = (match.group(1) or "").lower() in _INLINE_TAGS
        return ("" if inline else " ") + "\n" * match.group().count("\n")

    content = _HTML_TAG.sub(untag, _HTML_DROP.sub(drop, content))
    units = []
    for off, line in enumerate(content.split("\n")):
        text = " ".join(html.unescape(line).split())
        if text:
            units.append(Unit(text, [first_line + off], "paragraph"))
    return units


# What a line with no text of its own is, by the block it belongs to (inner blocks come later
# in the token stream, so the innermost block's name wins).
_MARKUP = {
    "fence": "a code-fence marker",
    "hr": "a horizontal rule",
    "blockquote_open": "a blockquote marker",
    "list_item_open": "an empty list item",
    "heading_open": "an empty heading",
    "tr_open": "an empty table row",
}
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S")


def _dropped_inline(dropped: list[str]) -> str:
    """What a paragraph or heading that gives no text held: what _inline_text left out."""
    kinds = {"an image" if d.startswith("![") else "an HTML comment" for d in dropped}
    return " and ".join(sorted(kinds))


def _markup_line(line: str) -> str:
    if _LINK_DEFINITION.match(line):
        return "a link reference definition (a link's address)"
    return "Markdown markup without text"


def read(path: Path, data: bytes) -> Listing:
    def parse() -> RawArticle:
        text, encoding = decode(data, path)
        return read_markdown(path, text, encoding)

    return one_article(path, data, parse)


def read_markdown(path: Path, text: str, encoding: str) -> RawArticle:
    lines, style = split_lines(text)
    meta, skip = split_front_matter(lines, path)
    body = "\n".join(lines[skip:])
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(body)
    units: list[Unit] = []
    removed: list[str] = []
    context: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read
    row_lines: list[int] = []
    markup: dict[int, str] = {}  # what a line is, should it give no text
    marker: str | None = None  # the marker of the list item whose first paragraph is next
    ordered = False
    for i, tok in enumerate(tokens):
        if tok.map and tok.type in _MARKUP:
            for n in range(skip + tok.map[0] + 1, skip + tok.map[1] + 1):
                markup[n] = _MARKUP[tok.type]
        if tok.type == "list_item_open":
            # The item's number as written ("3."), or a bullet: Markdown's "-", "*" and "+"
            # are syntax, not the author's typography.
            ordered = bool(context) and context[-1] == "ordered_list"
            marker = f"{tok.info}{tok.markup}" if ordered and tok.info else "•"
        elif tok.type == "list_item_close":
            marker = None
        if tok.type == "tr_open":
            row, (start, end) = [], tok.map or (0, 1)
            row_lines = list(range(skip + start + 1, skip + end + 1))
        elif tok.type == "tr_close":
            # A table row is one unit with its cells: never a heading per cell.
            header = "thead" in context
            if header:  # the |---| line under the header row belongs to it
                row_lines.append(row_lines[-1] + 1)
            unit = row_unit(row or [], row_lines, header)
            if unit is not None:
                units.append(unit)
            row = None
        elif tok.type.endswith("_open") and tok.type != "paragraph_open":
            context.append(tok.type[: -len("_open")])
        elif tok.type.endswith("_close") and tok.type != "paragraph_close" and context:
            context.pop()
        elif tok.type == "inline":
            dropped = len(removed)
            content = _inline_text(tok, removed).strip()
            if not content and tok.map and removed[dropped:]:
                markup.update(dict.fromkeys(
                    range(skip + tok.map[0] + 1, skip + tok.map[1] + 1),
                    _dropped_inline(removed[dropped:])))
            if row is not None:
                row.append(" ".join(content.split()))
                continue
            opener = tokens[i - 1]
            start, end = opener.map if opener.map else (0, 1)
            # A list item is body text with a shape of its own: never a heading, never cut off.
            hint = ("heading" if "heading" in context
                    else "paragraph" if "list_item" in context
                    else "quote" if "blockquote" in context else None)
            span = list(range(skip + start + 1, skip + end + 1))
            if content and marker is not None and hint == "paragraph":
                # The item's first paragraph carries its marker; a second paragraph of the
                # same item is body text of its own.
                units.append(item_unit(content, span, marker, ordered,
                                       context.count("list_item") - 1))
                marker = None
            elif content and hint is None and caption_line(content):
                units.append(Unit(content, span, "paragraph", shape="caption"))
            elif content:
                units.append(Unit(content, span, hint))
        elif tok.type in ("fence", "code_block") and tok.content.strip():
            start, end = tok.map
            # Code is kept as literal text: an article is data, never markup.
            for off, ln in enumerate(tok.content.splitlines()):
                if ln.strip():
                    units.append(Unit(ln, [skip + start + 1 + off + (tok.type == "fence")]))
        elif tok.type == "html_block":
            units.extend(_html_block_units(tok.content, skip + tok.map[0] + 1, removed, markup))
    used = {n for u in units for n in u.lines}
    blanks = [n for n in range(skip + 1, len(lines) + 1)
              if n not in used and not lines[n - 1].strip()]
    raw = RawArticle(path, encoding, style, units, len(lines), blanks, meta)
    raw.declared_by = "the Markdown front matter"
    raw.extractor_removed = removed
    # Every other line is markup that gives no text: it is reported as removed, never blank.
    raw.markup_lines = {
        n: (lines[n - 1], markup.get(n) or _markup_line(lines[n - 1]))
        for n in range(skip + 1, len(lines) + 1) if n not in used and lines[n - 1].strip()}
    # What whole lines held is reported with those lines; the extractor list keeps the rest
    # (a comment or image inside a paragraph), so nothing is listed twice.
    whole_lines = " ".join(" ".join(text.split()) for text, _ in raw.markup_lines.values())
    raw.extractor_removed = [t for t in removed if t not in whole_lines]
    raw.front_matter_lines = skip  # type: ignore[attr-defined]
    return raw
