"""Turning model text into safe, bidi-correct HTML.

Article text is data: it is escaped before any markup is added, so tags, Jinja syntax or URLs
in an article come out as literal text. Runs of the other script are wrapped in ``<bdi>`` so
the Unicode bidi algorithm cannot reorder them: in Arabic, a Western-digit range such as
"2017-2018" otherwise reads "2018-2017" (UAX #9 rule W2 turns its digits into Arabic numbers
and the hyphen then resolves right-to-left); in English, an Arabic name keeps its own order.
"""

from __future__ import annotations

import regex as re
from markupsafe import Markup, escape

# Characters XML 1.0 forbids (EPUB is XML); cleaning removes them, this is the last guard.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\p{Cs}]")

# A stretch of text inside Arabic that is not Arabic: Latin words, digits, and the punctuation
# and spaces among them (a range, a URL, an acronym in brackets, pasted markup).
_NON_ARABIC = re.compile(r"[^\p{scx=Arabic}\n]+")
# Sentence punctuation at a stretch's edges belongs to the Arabic sentence around it.
_EDGE = " \t\u00a0.,;:!?\u060c\u061b\u061f\u2026"
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", "«": "»"}
_HAS_LTR = re.compile(r"[\p{Latin}0-9]")
# A right-to-left run inside English: Arabic-script words and the spaces between them.
_RTL_RUN = re.compile(r"[\p{Arabic}](?:[\p{Arabic}\p{M}]|[ \u00a0]+(?=\p{Arabic}))*")


def xml_safe(text: str) -> str:
    return _soft_breaks(_NOT_XML.sub("", text))


# A run of more than 40 characters without a space (a URL, a pasted hash, a hostile blob) gets
# invisible break opportunities (zero-width spaces): after the separators of a URL, and at
# least every 20 characters. Without them a layout engine either lets the run overflow the
# column, cutting it off at the page edge, or searches for a break point anywhere, which
# took WeasyPrint more than ten minutes on a 200,000-character run.
_LONG_RUN = re.compile(r"[^\s\u200b]{41,}")
_URL_SEPARATOR = re.compile(r"(?<=[/?&=_.,;:-])(?=[^\s/?&=_.,;:-])")
_CHUNK = re.compile(r"[^\u200b]{20}(?=[^\u200b])")
_ZWSP = "\u200b"


def _soft_breaks(text: str) -> str:
    def breaks(match: re.Match) -> str:
        run = _URL_SEPARATOR.sub(_ZWSP, match.group())
        return _CHUNK.sub(lambda m: m.group() + _ZWSP, run)

    return _LONG_RUN.sub(breaks, text)


def _trim(run: str, start: int) -> tuple[int, int]:
    """The part of a non-Arabic stretch to isolate: without edge punctuation and without a
    bracket whose partner is outside it."""
    lo, hi = 0, len(run)
    while True:
        before = (lo, hi)
        while lo < hi and run[lo] in _EDGE:
            lo += 1
        while hi > lo and run[hi - 1] in _EDGE:
            hi -= 1
        if lo < hi and run[lo] in _PAIRS and _PAIRS[run[lo]] not in run[lo + 1:hi]:
            lo += 1
        closers = {v: k for k, v in _PAIRS.items()}
        if lo < hi and run[hi - 1] in closers and closers[run[hi - 1]] not in run[lo:hi - 1]:
            hi -= 1
        if (lo, hi) == before:
            return start + lo, start + hi


def _needs_isolation(run: str) -> bool:
    # A plain number ("1991") orders itself correctly; letters and joined runs need help.
    return bool(_HAS_LTR.search(run)) and not run.isdigit()


def arabic_html(text: str | None) -> Markup:
    """Escaped Arabic with its Latin and Western-digit runs isolated left-to-right."""
    if not text:
        return Markup("")
    text = xml_safe(text)
    out: list[str] = []
    pos = 0
    for match in _NON_ARABIC.finditer(text):
        lo, hi = _trim(match.group(), match.start())
        run = text[lo:hi]
        if not _needs_isolation(run):
            continue
        out.append(str(escape(text[pos:lo])))
        out.append(f'<bdi dir="ltr" class="ltr">{escape(run)}</bdi>')
        pos = hi
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def english_html(text: str | None) -> Markup:
    """Escaped English with its Arabic runs isolated right-to-left and marked as Arabic."""
    if not text:
        return Markup("")
    text = xml_safe(text)
    out: list[str] = []
    pos = 0
    for match in _RTL_RUN.finditer(text):
        out.append(str(escape(text[pos:match.start()])))
        out.append(f'<bdi dir="rtl" lang="ar" class="rtl">{escape(match.group())}</bdi>')
        pos = match.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_digits(value: object) -> str:
    return str(value).translate(_ARABIC_INDIC)


# WeasyPrint lays out a paragraph in time that grows with the square of its length: 20,000
# characters of Arabic took 7 s, 200,000 took ten minutes. Longer passages are set as several
# paragraphs of at most this many characters, cut at a sentence end, else a space.
PIECE_CHARS = 3000
_SENTENCE_CUT = re.compile(r"[.!?؟…][\"”»']?\s")


def pieces(text: str | None, limit: int = PIECE_CHARS) -> list[str]:
    """The text in consecutive pieces of at most ``limit`` characters; nothing lost but the
    space at each cut."""
    text = text or ""
    out: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        ends = [m.end() for m in _SENTENCE_CUT.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > limit // 2 else window.rfind(" ") + 1
        if cut <= limit // 2:
            cut = limit  # no space in sight: a run of letters is cut where it must be
        out.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    return [*out, text]
