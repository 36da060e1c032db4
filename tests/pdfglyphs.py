"""The glyphs a PDF draws, in the order a reader sees them, for tests.

pdftotext rebuilds a logical order from positions and guesses at right-to-left runs, so it
cannot tell whether the glyphs themselves stand in the right order. This reads the page's
content stream with pypdf instead: every glyph a text-showing operator draws, with its x
position on the page (text matrix, current transformation matrix and the advance widths of
its font) and the text its font's ToUnicode map gives it. Sorting a line's glyphs by x gives
the visual order, left to right.

WeasyPrint writes each glyph's ToUnicode entry the first time it draws it, so a glyph stands
for the text of its first cluster: an Arabic ligature for its letters, a bracket mirrored in
right-to-left text sometimes for its partner. ``visual_key`` makes both comparable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream


@dataclass(frozen=True)
class Glyph:
    text: str  # what the font's ToUnicode map says the glyph stands for
    x: float  # left edge, in points from the page's left edge
    y: float  # baseline, in points from the page's top edge
    width: float  # advance, in points
    size: float  # font size, in points


def _matmul(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, ...]:
    """Two PDF matrices [a b c d e f] multiplied, a then b."""
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


_HEX = r"<([0-9a-fA-F]+)>"


def _to_unicode(font: object) -> dict[int, str]:
    cmap = font.get("/ToUnicode")  # type: ignore[attr-defined]
    if cmap is None:
        return {}
    data = cmap.get_object().get_data().decode("latin-1")
    out: dict[int, str] = {}

    def text(hexes: str) -> str:
        raw = bytes.fromhex(hexes)
        return raw.decode("utf-16-be", errors="replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, uni in re.findall(rf"{_HEX}\s*{_HEX}", block):
            out[int(code, 16)] = text(uni)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, uni in re.findall(rf"{_HEX}\s*{_HEX}\s*{_HEX}", block):
            first = ord(text(uni)[-1]) if text(uni) else 0
            for n, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = text(uni)[:-1] + chr(first + n)
    return out


def _widths(font: object) -> tuple[dict[int, float], float]:
    """A Type0 font's glyph widths (thousandths of the font size) and its default width."""
    descendant = font["/DescendantFonts"][0].get_object()  # type: ignore[index]
    default = float(descendant.get("/DW", 1000))
    out: dict[int, float] = {}
    w = list(descendant.get("/W", []))
    i = 0
    while i < len(w):
        first = int(w[i])
        nxt = w[i + 1]
        if isinstance(nxt, list) or hasattr(nxt, "__iter__"):
            for n, width in enumerate(nxt):
                out[first + n] = float(width)
            i += 2
        else:
            for code in range(first, int(nxt) + 1):
                out[code] = float(w[i + 2])
            i += 3
    return out, default


class _Font:
    def __init__(self, font: object) -> None:
        self.unicode = _to_unicode(font)
        if font.get("/Subtype") == "/Type0":  # type: ignore[attr-defined]
            self.widths, self.default = _widths(font)
            self.bytes_per_code = 2
        else:  # a simple font: one byte a code
            first = int(font.get("/FirstChar", 0))  # type: ignore[attr-defined]
            self.widths = {first + n: float(v)
                           for n, v in enumerate(font.get("/Widths", []))}  # type: ignore[attr-defined]
            self.default = 0.0
            self.bytes_per_code = 1

    def codes(self, raw: bytes) -> list[int]:
        step = self.bytes_per_code
        return [int.from_bytes(raw[i:i + step], "big") for i in range(0, len(raw), step)]


def page_glyphs(pdf: Path, page_number: int) -> list[Glyph]:
    """The glyphs page ``page_number`` (1-based) draws, in drawing order."""
    reader = PdfReader(str(pdf))
    page = reader.pages[page_number - 1]
    height = float(page.mediabox.height)
    glyphs: list[Glyph] = []
    _walk(page.get_contents(), page["/Resources"], reader, (1, 0, 0, 1, 0, 0), height, glyphs)
    return glyphs


def _walk(contents: object, resources: object, reader: PdfReader, ctm0: tuple[float, ...],
          height: float, glyphs: list[Glyph]) -> None:
    if contents is None:
        return
    fonts = {name: _Font(f.get_object())
             for name, f in (resources.get("/Font") or {}).items()}  # type: ignore[attr-defined]
    xobjects = resources.get("/XObject") or {}  # type: ignore[attr-defined]
    stack: list[tuple[float, ...]] = []
    ctm = ctm0
    tm = lm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    font: _Font | None = None
    size = 1.0
    char_spacing = 0.0
    scale = 1.0
    rise = 0.0
    leading = 0.0
    stream = contents if isinstance(contents, ContentStream) else ContentStream(contents, reader)
    for operands, op in stream.operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop() if stack else ctm0
        elif op == b"cm":
            ctm = _matmul(tuple(float(v) for v in operands), ctm)
        elif op == b"BT":
            tm = lm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        elif op == b"Tm":
            tm = lm = tuple(float(v) for v in operands)
        elif op in (b"Td", b"TD"):
            tx, ty = (float(v) for v in operands)
            if op == b"TD":
                leading = -ty
            tm = lm = _matmul((1, 0, 0, 1, tx, ty), lm)
        elif op == b"T*":
            tm = lm = _matmul((1, 0, 0, 1, 0, -leading), lm)
        elif op == b"TL":
            leading = float(operands[0])
        elif op == b"Tf":
            font = fonts.get(operands[0])
            size = float(operands[1])
        elif op == b"Tc":
            char_spacing = float(operands[0])
        elif op == b"Tz":
            scale = float(operands[0]) / 100
        elif op == b"Ts":
            rise = float(operands[0])
        elif op in (b"TJ", b"Tj", b"'", b'"') and font is not None:
            items = operands[0] if op == b"TJ" else [operands[-1]]
            for item in items:
                if isinstance(item, (bytes, str)) or hasattr(item, "original_bytes"):
                    raw = item.original_bytes if hasattr(item, "original_bytes") else (
                        item if isinstance(item, bytes) else item.encode("latin-1"))
                    for code in font.codes(raw):
                        advance = (font.widths.get(code, font.default) / 1000 * size
                                   + char_spacing) * scale
                        where = _matmul(_matmul((1, 0, 0, 1, 0, rise), tm), ctm)
                        end = _matmul(_matmul((1, 0, 0, 1, advance, rise), tm), ctm)
                        # The baseline without the rise: a raised vowel mark is on its line.
                        baseline = _matmul(tm, ctm)[5]
                        glyphs.append(Glyph(font.unicode.get(code, ""), min(where[4], end[4]),
                                            height - baseline, abs(end[4] - where[4]),
                                            size * abs(_matmul(tm, ctm)[3])))
                        tm = _matmul((1, 0, 0, 1, advance, 0), tm)
                else:
                    shift = -float(item) / 1000 * size * scale
                    tm = _matmul((1, 0, 0, 1, shift, 0), tm)
        elif op == b"Do":
            xobject = xobjects.get(operands[0])
            if xobject is None:
                continue
            xobject = xobject.get_object()
            if xobject.get("/Subtype") != "/Form":
                continue
            matrix = tuple(float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0]))
            _walk(xobject, xobject.get("/Resources") or resources, reader,
                  _matmul(matrix, ctm), height, glyphs)


def lines(glyphs: list[Glyph], tolerance: float = 2.0) -> list[list[Glyph]]:
    """The glyphs grouped into lines by baseline, top to bottom, each line left to right."""
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.y, g.x)):
        if rows and abs(rows[-1][0].y - g.y) <= tolerance:
            rows[-1].append(g)
        else:
            rows.append([g])
    return [sorted(row, key=lambda g: g.x) for row in rows]
