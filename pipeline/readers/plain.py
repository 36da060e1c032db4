"""Plain text: one paragraph per line, or hard-wrapped paragraphs separated by blank lines."""

from __future__ import annotations

import re
from pathlib import Path

import regex

from ..decoding import decode
from .base import (
    Listing,
    RawArticle,
    Unit,
    caption_line,
    item_unit,
    one_article,
    row_unit,
    split_lines,
)


def read(path: Path, data: bytes) -> Listing:
    def parse() -> RawArticle:
        text, encoding = decode(data, path)
        return read_plain(path, text, encoding)

    return one_article(path, data, parse)


def read_plain(path: Path, text: str, encoding: str, first_line: int = 1,
               meta: dict[str, str] | None = None) -> RawArticle:
    lines, style = split_lines(text)
    units, blanks = plain_units(lines, first_line)
    return RawArticle(path, encoding, style, units, len(lines) + first_line - 1, blanks,
                      meta or {})



_END = re.compile(r"[.!?؟…:؛\"”»'’)\]]\s*$")
# A line starting like a list item begins a new piece: it never continues the line above. It
# is body text with a shape of its own (hint "paragraph"): never a heading, and no missing full
# stop makes it a cut-off sentence. "- item", "• item", "1. item", "2) item", "3- item" (the
# Arabic press), "1۔ item" (Urdu).
_LIST_ITEM = regex.compile(r"^\s*(?:[-–—•*▪●]|[\p{N}]{1,3}\s?[.)\-–۔]\s)")
# Of those, the ones set as a list: a bullet or a number with a space after it (the marker is
# kept as written). A line opening with a dash of another length is Russian or French
# dialogue, "— Мы готовы, — сказал он": body text, never a list.
_BULLET = regex.compile(r"^\s*(?P<m>[-•*▪●◦])\s+(?=\S)")
_NUMBERED = regex.compile(r"^\s*(?P<m>[\p{N}]{1,3}\s?[.)\-–۔])\s+(?=\S)")
# A note of a commentary's notes list: "[1] Regional Load Forecast Office, ...".
_NOTE = regex.compile(r"^\s*(?P<m>\[[\p{N}]{1,3}\])\s+(?=\S)")
# A line opening with a long dash is a list item only in a run of such lines closed by ";" or
# ",", as Russian and French enumerate ("— жилые дома;"), never dialogue ("— Мы готовы, —
# сказал он.").
_DASH = regex.compile(r"^\s*(?P<m>[—–])\s+(?=\S)")
_DASH_ITEM_END = regex.compile(r"[;,]\s*$")


def _line_unit(ln: str, n: int) -> Unit:
    """The unit of one line: a list item, a caption, other body text with a shape of its own
    (hint "paragraph"), or a line cleaning judges (hint None)."""
    for rx, ordered in ((_NUMBERED, True), (_BULLET, False), (_NOTE, True)):
        found = rx.match(ln)
        if found:
            return item_unit(ln, [n], " ".join(found["m"].split()), ordered)
    if caption_line(ln):
        return Unit(ln, [n], "paragraph", shape="caption")
    return Unit(ln, [n], "paragraph" if _LIST_ITEM.match(ln) else None)


def _cells(line: str) -> list[str] | None:
    """A line's cells when it is split by tabs (a spreadsheet pasted into the text) or by
    " | " (a table a page or a scraper flattened), else None."""
    text = line.strip()
    if "\t" in text:
        return text.split("\t")
    if "|" in text:
        return [c.strip() for c in text.strip("|").split("|")]
    return None


def _table_lines(lines: list[str]) -> dict[int, list[str]]:
    """The lines of tables, with their cells: two or more lines in a row split into the same
    number of cells the same way (one line with a tab or a bar is prose)."""
    out: dict[int, list[str]] = {}
    run: list[tuple[int, list[str]]] = []
    for i, ln in enumerate([*lines, ""]):
        cells = _cells(ln)
        same = not run or (len(run[0][1]) == len(cells or [])
                           and ("\t" in ln) == ("\t" in lines[run[0][0]]))
        if cells and len(cells) > 1 and same:
            run.append((i, cells))
            continue
        if len(run) >= 2:
            out.update(run)
        run = [(i, cells)] if cells and len(cells) > 1 else []
    return out


def plain_units(lines: list[str], first_line: int = 1) -> tuple[list[Unit], list[int]]:
    """One unit per line, except where a file hard-wraps its paragraphs: there a line that
    wraps (see ``_wrapped_lines``) is joined with the next into one unit, which keeps its
    source lines as written (``Unit.joined``) for the report."""
    blanks = [first_line + i for i, ln in enumerate(lines) if not ln.strip()]
    table = _table_lines(lines)
    wraps = _wrapped_lines(lines) - set(table) - {i - 1 for i in table}
    units: list[Unit] = []
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        if i in table:
            row = row_unit(table[i], [first_line + i])
            if row is not None:
                units.append(row)
            continue
        if i - 1 in wraps:
            unit = units[-1]
            unit.text += " " + ln.strip()
            unit.lines.append(first_line + i)
            unit.joined = [*(unit.joined or [lines[i - 1]]), ln]
        else:
            units.append(_line_unit(ln, first_line + i))
    _dash_lists(units)
    _nest_items(units)
    return units, blanks


def _dash_lists(units: list[Unit]) -> None:
    """Lines opening with a long dash, two or more in a row on consecutive lines, all but the
    last closed by ";" or ",", and none carrying a second dash (dialogue's "— сказал он"):
    the items of a list."""
    run: list[Unit] = []
    for unit in [*units, None]:
        found = _DASH.match(unit.text) if unit is not None and unit.shape is None else None
        if found and (not run or unit.lines[0] == run[-1].lines[-1] + 1):
            run.append(unit)
            continue
        if len(run) >= 2 and all(_DASH_ITEM_END.search(u.text) for u in run[:-1]) \
                and not any(regex.search(r"\s[—–]\s", u.text.strip()[1:]) for u in run):
            for u in run:
                u.hint, u.shape, u.ordered = "paragraph", "item", False
                u.marker = _DASH.match(u.text)["m"]
        run = [unit] if found else []


def _nest_items(units: list[Unit]) -> None:
    """Depths of the items of nested lists: in a run of list items, an item indented more than
    the one above opens a list inside it, and one indented back closes it, as every plain-text
    list and Markdown writes them."""
    indents: list[int] = []  # the indents of the open lists, outer first
    last_line = None
    for unit in units:
        if unit.shape != "item" or (last_line is not None and unit.lines[0] > last_line + 2):
            indents = []
        if unit.shape != "item":
            last_line = None
            continue
        indent = len(unit.text) - len(unit.text.lstrip())
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent > indents[-1]:
            indents.append(indent)
        unit.level = len(indents) - 1
        last_line = unit.lines[-1]


def _wrapped_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that continue on the next line: a join needs evidence.

    The file is hard-wrapped (most lines about as long as the longest, all short) and
    separates its paragraphs by blank lines; the line is near the wrap width, ends no sentence,
    and the next line's first word would not have fitted on it; the next line is no list item.
    A title or subheading printed right above its paragraph, shorter than the lines around it,
    or a file with one paragraph per line, is never joined to what follows.
    """
    if not _looks_hard_wrapped(lines) or not _paragraphs_by_blank_lines(lines):
        return set()
    filled = sorted(len(ln.strip()) for ln in lines if ln.strip())
    near = 0.75 * filled[int(len(filled) * 0.8)]  # the wrap width, less a long word or two
    widths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    typical = widths[int(len(widths) * 0.8)]
    wraps: set[int] = set()
    piece: list[int] = []  # the lines of the paragraph being read (up to a blank line or item)
    for i, ln in enumerate([*lines, ""]):
        if ln.strip() and not (piece and _LIST_ITEM.match(ln)):
            piece.append(i)
            continue
        # The width the lines were wrapped at: the longest line of the paragraph, or most of
        # the file's lines when the paragraph's are shorter (a title over a one-line paragraph).
        width = max([typical, *(len(lines[j].rstrip()) for j in piece)])
        for j, k in zip(piece, piece[1:], strict=False):
            text, nxt = lines[j].strip(), lines[k]
            if (len(text) >= near and not _END.search(text)
                    and len(lines[j].rstrip()) + 1 + len(nxt.split()[0]) > width):
                wraps.add(j)
        piece = [i] if ln.strip() else []
    return wraps


_SENTENCE_END = re.compile(r"[.!?؟…۔][\"”»'’)\]]*\s*$")


def _paragraphs_by_blank_lines(lines: list[str]) -> bool:
    """True when blank lines separate the paragraphs: a line that ends a sentence is mostly
    followed by a blank line (or the end), not by the next paragraph. Only a full stop, a
    question or an exclamation ends a sentence here: a menu's "Topics:" or a table's
    "Output (tonnes)" above the next line says nothing about paragraphs."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    if not filled or filled[-1] - filled[0] + 1 == len(filled):
        return False  # no blank line between two lines of text
    ends = followed = 0
    for i in filled[:-1]:
        if _SENTENCE_END.search(lines[i].strip()):
            ends += 1
            followed += not lines[i + 1].strip()
    return followed * 2 >= ends


def _looks_hard_wrapped(lines: list[str]) -> bool:
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < 6:
        return False
    widths = sorted(len(ln) for ln in filled)
    p80 = widths[int(len(widths) * 0.8)]
    # Wrapped text: most lines are about as long as the longest, and short (< 120 characters).
    near = sum(1 for w in widths if w >= p80 * 0.75)
    if p80 <= 120 and near >= len(widths) * 0.6:
        return True
    # A page's menu, share bar and lists around the article are many short lines: then the
    # evidence is the wrap itself. Lines near one width (at most 120) that stop mid-sentence
    # with the text going on in the next line, and far more of them than long lines that end
    # a sentence before the next line: a file of one paragraph per line ends its lines.
    width = widths[int(len(widths) * 0.9)]
    if width > 120:
        return False
    long_on = [lines[i].strip() for i in range(len(lines) - 1)
               if lines[i + 1].strip() and len(lines[i].rstrip()) >= 0.75 * width]
    wraps = sum(1 for text in long_on if not _END.search(text))
    return wraps >= 4 and wraps >= 0.6 * len(long_on)
