"""Turning model text into safe, bidi-correct HTML, in the language of its article.

Article text is data: it is escaped before any markup is added, so tags, Jinja syntax or URLs
in an article come out as literal text.

Bidi follows the Unicode Bidirectional Algorithm (UAX #9, ``bidi.py``): the algorithm orders
the text, and only what it orders against the writer's intent is isolated.

- In right-to-left text (Arabic, Persian, Urdu): a range or date in Western digits
  ("2017-2018", "2024-03-05"). Rule W2 makes its numbers Arabic numbers after Arabic letters
  and the dash between them then resolves right to left: "2018-2017". It is isolated left to
  right. Everything else is left to the algorithm: a Latin acronym before a bracket ("CICA
  (مؤتمر"), a number joined to a word ("كوفيد-19"), a percentage ("%50", as Arabic reads it),
  a URL, a range in Arabic-Indic digits (read right to left, as the algorithm orders it).
- In left-to-right text (English): each run the algorithm sets right to left is isolated and
  tagged with its language, so a number after an Arabic name ("صحيفة النيل · 2024-03-05")
  stays after it instead of joining the Arabic run (W2 again).

The PDF is laid out by WeasyPrint, which does not run the algorithm over a paragraph: it lays
out each line, and each inline element, as a text of its own. Right-to-left text for the PDF
is therefore set without inline elements: a range is isolated with the isolate controls
(LRI ... PDI) instead of <bdi>, and each Western-digit number that rule W2 makes an Arabic
number gets an Arabic letter mark (ALM) before it, which gives it the same type when it starts
a line. Neither changes what the algorithm makes of the paragraph.
"""

from __future__ import annotations

from typing import Any

import regex as re
from markupsafe import Markup, escape

from .. import languages
from ..languages import Language
from .bidi import resolve

# Characters XML 1.0 forbids (EPUB is XML); cleaning removes them, this is the last guard.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\p{Cs}]")

_RTL_SCRIPTS = ("Arabic", "Hebrew")
# A range or a date in Western digits: numbers (1,000 / 1.5 / 10:30) joined by dashes.
_NUMBER = r"[0-9]+(?:[.,:/][0-9]+)*"
_RANGE = re.compile(rf"(?<![0-9.,:/]){_NUMBER}(?:[-\u2010-\u2015\u2212]{_NUMBER})+(?![0-9])")
_DASH = re.compile(r"[-\u2010-\u2015\u2212]")
# The start of a number in Western digits (not a digit after a separator inside one).
_NUMBER_START = re.compile(r"(?<![0-9])(?<![0-9][.,:/])[0-9]")
# What a number may be written against: a letter, a mark or a tatweel (بـ2).
_GLUED = re.compile(r"[\p{L}\p{M}]")
LRI, RLI, PDI, ALM = "\u2066", "\u2067", "\u2069", "\u061c"
# A run of another left-to-right script inside left-to-right text: its words and the spaces
# between them (a Russian name in English), tagged with its language.
_LTR_SCRIPTS = ("Cyrillic", "Greek", "Latin")
_RUNS = {name: re.compile(rf"[\p{{{name}}}](?:[\p{{{name}}}\p{{M}}\u200c\u200d]|"
                          rf"[ \u00a0]+(?=\p{{{name}}}))*") for name in _LTR_SCRIPTS}


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


def _language(lang: Language | str | None) -> Language:
    if isinstance(lang, Language):
        return lang
    return languages.get(lang or languages.TARGET)


def _run_language(script: str, around: Language) -> Language:
    """The language a run in ``script`` is tagged with: the article's own when it is written
    in that script (a Persian name in the English of a Persian article is Persian), else the
    script's default language (scripts.toml)."""
    if around.script.name == script:
        return around
    return languages.of_script(script)


def _bdi(run: str, lang: Language | None = None) -> str:
    """A run isolated in its own direction; with ``lang``, tagged with its language and
    script (which picks its font)."""
    if lang is None:  # digits inside right-to-left text: no language of their own
        return f'<bdi dir="ltr" class="ltr">{escape(run)}</bdi>'
    script = f"script-{lang.script.name.lower()}"
    return (f'<bdi dir="{lang.direction}" lang="{lang.code}" class="{lang.direction} '
            f'{script}">{escape(run)}</bdi>')


def reversed_ranges(text: str) -> list[tuple[int, int]]:
    """The Western-digit ranges and dates of right-to-left ``text`` that the algorithm
    reverses: a dash between two of their numbers resolves right to left."""
    found = [m for m in _RANGE.finditer(text)]
    if not found:
        return []
    levels = [r.level for r in resolve(text, rtl=True)]
    return [m.span() for m in found
            if any(levels[m.start() + d.start()] % 2 for d in _DASH.finditer(m.group()))]


def _w2_numbers(text: str, skip: list[tuple[int, int]]) -> list[int]:
    """Where the numbers in Western digits start that rule W2 makes Arabic numbers (a
    right-to-left letter is the last strong character before them), outside ``skip``."""
    skipped = bytearray(len(text))
    for lo, hi in skip:
        skipped[lo:hi] = b"\x01" * (hi - lo)
    starts = [m.start() for m in _NUMBER_START.finditer(text) if not skipped[m.start()]]
    if not starts:
        return []
    resolved = resolve(text, rtl=True)
    # A number written against the word before it (و35, بـ2) never starts a line (UAX #14
    # breaks nowhere between a letter and a digit), and a mark there split the word in every
    # extractor's text.
    return [i for i in starts if resolved[i].original == "EN" and resolved[i].type == "AN"
            and not (i and _GLUED.match(text[i - 1]))]


def _rtl_html(text: str, for_pdf: bool) -> str:
    """Right-to-left text with its reversed ranges isolated left to right: as <bdi>, or for
    the PDF as isolate controls, with an ALM before each number W2 makes an Arabic number."""
    ranges = reversed_ranges(text)
    if not for_pdf:
        out: list[str] = []
        pos = 0
        for lo, hi in ranges:
            out += [str(escape(text[pos:lo])), _bdi(text[lo:hi])]
            pos = hi
        out.append(str(escape(text[pos:])))
        return "".join(out)
    return str(escape(_pdf_text(text, ranges)))


def _pdf_text(text: str, ranges: list[tuple[int, int]]) -> str:
    inserts = [(lo, LRI) for lo, _ in ranges] + [(hi, PDI) for _, hi in ranges]
    inserts += [(i, ALM) for i in _w2_numbers(text, ranges)]
    out: list[str] = []
    pos = 0
    for at, mark in sorted(inserts, key=lambda x: (x[0], x[1] != PDI)):
        out += [text[pos:at], mark]
        pos = at
    out.append(text[pos:])
    return "".join(out)


def _rtl_runs(text: str) -> list[tuple[int, int]]:
    """The stretches of left-to-right text that the algorithm sets right to left, from their
    first to their last right-to-left letter or Arabic-Indic digit (a Western-digit number
    after them is left out: isolated from it, it stays after the name)."""
    resolved = resolve(text, rtl=False)
    runs: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if resolved[i].level == 0:
            i += 1
            continue
        j = i
        while j < n and resolved[j].level > 0:
            j += 1
        ends = [k for k in range(i, j) if resolved[k].original in ("R", "AL", "AN")]
        if any(resolved[k].original in ("R", "AL") for k in ends):
            runs.append((ends[0], ends[-1] + 1))
        i = j
    return runs


def _ltr_html(text: str, lang: Language, scripts: tuple[str, ...]) -> str:
    """Left-to-right text: the runs the algorithm sets right to left isolated and tagged with
    their language; a run in another left-to-right alphabet in ``scripts`` tagged with its
    language (a Russian name in English)."""
    spans: list[tuple[int, int, str]] = []
    for lo, hi in _rtl_runs(text):
        name = languages.script_of(text[lo:hi]) or "Arabic"
        spans.append((lo, hi, name if name in _RTL_SCRIPTS else "Arabic"))
    for name in scripts:
        spans += [(m.start(), m.end(), name) for m in _RUNS[name].finditer(text)]
    spans.sort()
    out: list[str] = []
    pos = 0
    for start, end, name in spans:
        if start < pos:
            continue
        out.append(str(escape(text[pos:start])))
        out.append(_bdi(text[start:end], _run_language(name, lang)))
        pos = end
    out.append(str(escape(text[pos:])))
    return "".join(out)


def source_html(text: str | None, lang: Language | str | None = None,
                for_pdf: bool = False) -> Markup:
    """Escaped source text in its language ``lang`` (a Language or a code): right-to-left
    text with its reversed ranges isolated; left-to-right text with its right-to-left runs
    isolated and runs in another alphabet tagged with their language."""
    if not text:
        return Markup("")
    language = _language(lang)
    text = xml_safe(text)
    if language.rtl:
        return Markup(_rtl_html(text, for_pdf))
    others = tuple(s for s in _LTR_SCRIPTS if s != language.script.name)
    return Markup(_ltr_html(text, language, others))


def english_html(text: str | None, lang: Language | str | None = None) -> Markup:
    """Escaped English with its right-to-left runs isolated, and runs in another alphabet
    tagged, with the language of the article ``lang`` when it is in their script."""
    if not text:
        return Markup("")
    around = _language(lang)
    scripts = tuple(s for s in _LTR_SCRIPTS if s != "Latin")
    return Markup(_ltr_html(xml_safe(text), around, scripts))


def isolated_text(text: str | None, lang: Language | str | None = None) -> str:
    """Plain text (no markup) for a place whose direction is not the text's own, such as a
    running head: isolated in its language's direction, its reversed ranges isolated too."""
    if not text:
        return ""
    language = _language(lang)
    text = xml_safe(text)
    if language.rtl:
        return RLI + _pdf_text(text, reversed_ranges(text)) + PDI
    return LRI + text + PDI


def template_filters() -> dict[str, Any]:
    """|src, |en and |isolated for the templates. |src sets right-to-left text for WeasyPrint
    (controls, no inline elements) when the template is rendered with ``output="pdf"``."""
    import jinja2

    @jinja2.pass_context
    def src(context: Any, text: str | None, lang: Language | str | None = None) -> Markup:
        return source_html(text, lang, for_pdf=context.get("output") == "pdf")

    return {"src": src, "en": english_html, "isolated": isolated_text}

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
