"""Reading a PDF's text back the way a reader's tools do, for tests.

pdftotext reconstructs logical order from glyph positions. With Arabic it splits words
(spaces inside words), moves punctuation, digits and Latin runs to the other end of a bidi run,
and writes directional control characters, so the tests compare letters: Arabic letters of
Arabic text, Latin letters and digits of English text, in order, with running heads and page
numbers cropped away, and one known line-order slip of pdftotext undone.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import regex as re

PAGE_MARGIN_PT = 50  # running heads and page numbers sit in the top and bottom 20 mm


def pdftotext(pdf: Path, left_column: bool = False) -> str:
    """The PDF's text; ``left_column`` reads only the left column of the parallel layout
    (the English beside a right-to-left source), up to the middle of its gutter: with the §
    label in the pair's left margin, the left column's text ends at about 50.3% of the page
    and the right column's begins at 52.5% or more (A4, Letter and A5). Running heads and
    page numbers are left out, so a passage across a page break reads on."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    width, height = _page_size(pdf)
    crop = ["-x", "0", "-y", str(PAGE_MARGIN_PT),
            "-W", str(int(width * 0.517 if left_column else width)),
            "-H", str(int(height) - 2 * PAGE_MARGIN_PT)]
    return subprocess.run(["pdftotext", *crop, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _page_size(pdf: Path) -> tuple[float, float]:
    from pypdf import PdfReader

    box = PdfReader(str(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


_NOT_LETTER = re.compile(
    r"[^\p{Arabic}]|\p{M}|[\u0600-\u061f\u064b-\u065f\u0660-\u066d\u06d4\u06f0-\u06f9]")


def arabic_letters(text: str) -> str:
    """The Arabic letters of ``text``: no marks, punctuation, digits, spaces or other scripts."""
    return _NOT_LETTER.sub("", text)


def latin_letters(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text)


def _unswap_mark_splits(text: str) -> str:
    """pdftotext breaks a line where a word ends in a stacked vowel mark (tanween, as in
    "خالٍ") and prints the line's tail before its head; put the head back first."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) - 1:
        head = re.sub(r"\p{Cf}", "", lines[i + 1]).rstrip()
        if re.search(r" \p{Mn}$", head) and lines[i].strip():
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
            i += 2
        else:
            i += 1
    return "\n".join(lines)


def missing_arabic(blocks: list[str], pdf_text: str) -> list[str]:
    """The texts whose Arabic does not come back from the PDF.

    A text is present when its letters come back in order. pdftotext does not always give
    them in order: around vowel marks it moves a mark or a short word to a neighbouring line,
    and on a page with much English it orders a line's right-to-left segments left to right.
    Such a text still counts as present when all but one word in thirty are there and its
    letters align at 60% or more."""
    from rapidfuzz import fuzz

    haystacks = [arabic_letters(pdf_text), arabic_letters(_unswap_mark_splits(pdf_text))]
    missing = []
    for text in blocks:
        letters = arabic_letters(text)
        if any(letters in h for h in haystacks):
            continue
        words = [w for w in map(arabic_letters, text.split()) if w]
        lost = sum(w not in haystacks[0] for w in words)
        score = max(fuzz.partial_ratio(letters, h) for h in haystacks)
        if lost <= max(1, len(words) // 30) and score >= 60:
            continue
        missing.append(text)
    return missing


def missing_latin(texts: list[str], pdf_text: str) -> list[str]:
    haystack = latin_letters(pdf_text)
    return [t for t in texts if latin_letters(t) and latin_letters(t) not in haystack]
