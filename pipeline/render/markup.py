"""Turning model text into safe, bidi-correct HTML, in the language of its article.

Article text is data: it is escaped before any markup is added, so tags, Jinja syntax or URLs
in an article come out as literal text. Runs of the other direction are wrapped in ``<bdi>`` so
the Unicode bidi algorithm cannot reorder them: in Arabic or Persian, a Western-digit range such
as "2017-2018" otherwise reads "2018-2017" (UAX #9 rule W2 turns its digits into Arabic numbers
and the hyphen then resolves right-to-left); in English or Russian, an Arabic name keeps its own
order. A run in another script is tagged with its own language (the article's, when the article
is in that script; else the script's default language), so it is set in its script's font.
"""

from __future__ import annotations

import regex as re
from markupsafe import Markup, escape

from .. import languages
from ..languages import Language

# Characters XML 1.0 forbids (EPUB is XML); cleaning removes them, this is the last guard.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\p{Cs}]")

# A stretch of right-to-left text that is not in its own script: Latin words, digits, and the
# punctuation and spaces among them (a range, a URL, an acronym in brackets, pasted markup).
_FOREIGN_IN = {name: re.compile(rf"[^\p{{scx={name}}}\n]+") for name in ("Arabic", "Hebrew")}
# Sentence punctuation at a stretch's edges belongs to the sentence around it.
_EDGE = " \t\u00a0.,;:!?\u060c\u061b\u061f\u2026"
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", "«": "»"}
_HAS_LTR = re.compile(r"[\p{Latin}0-9]")
# Letters of a left-to-right script other than Latin (a Russian name inside Arabic text).
_OTHER_LTR = re.compile(r"[\p{Cyrillic}\p{Greek}]")
# A run of another script inside left-to-right text: its words and the spaces between them.
_RUN_SCRIPTS = ("Arabic", "Hebrew", "Cyrillic", "Greek", "Latin")
_RUNS = {name: re.compile(rf"[\p{{{name}}}](?:[\p{{{name}}}\p{{M}}\u200c\u200d]|"
                          rf"[ \u00a0]+(?=\p{{{name}}}))*") for name in _RUN_SCRIPTS}


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


def _bdi(run: str, lang: Language, bare: bool = False) -> str:
    """A run isolated in its own direction and tagged with its language and script."""
    script = f"script-{lang.script.name.lower()}"
    if bare:  # digits and Latin inside right-to-left text: as the Arabic edition always did
        return f'<bdi dir="ltr" class="ltr">{escape(run)}</bdi>'
    return (f'<bdi dir="{lang.direction}" lang="{lang.code}" class="{lang.direction} '
            f'{script}">{escape(run)}</bdi>')


def _rtl_source_html(text: str, lang: Language) -> str:
    """Right-to-left text with its Latin and Western-digit runs isolated left-to-right (a
    Cyrillic or Greek run is also tagged with its language)."""
    out: list[str] = []
    pos = 0
    for match in _FOREIGN_IN[lang.script.name].finditer(text):
        lo, hi = _trim(match.group(), match.start())
        run = text[lo:hi]
        other = _OTHER_LTR.search(run)
        if not other and not _needs_isolation(run):
            continue
        out.append(str(escape(text[pos:lo])))
        if other:
            script = languages.script_of(run) or "Latin"
            out.append(_bdi(run, _run_language(script, lang)))
        else:
            out.append(_bdi(run, lang, bare=True))
        pos = hi
    out.append(str(escape(text[pos:])))
    return "".join(out)


def _ltr_html(text: str, lang: Language, scripts: tuple[str, ...]) -> str:
    """Left-to-right text with its runs of ``scripts`` isolated and tagged with their language:
    a right-to-left run keeps its own order, a name in another alphabet its language."""
    spans: list[tuple[int, int, str]] = []
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


def source_html(text: str | None, lang: Language | str | None = None) -> Markup:
    """Escaped source text in its language ``lang`` (a Language or a code), with the runs of
    the other direction or another script isolated and tagged with their own language."""
    if not text:
        return Markup("")
    language = _language(lang)
    text = xml_safe(text)
    if language.script.name in _FOREIGN_IN:
        return Markup(_rtl_source_html(text, language))
    others = tuple(s for s in _RUN_SCRIPTS if s != language.script.name)
    return Markup(_ltr_html(text, language, others))


def english_html(text: str | None, lang: Language | str | None = None) -> Markup:
    """Escaped English with its right-to-left runs isolated, and runs in another alphabet
    tagged, with the language of the article ``lang`` when it is in their script."""
    if not text:
        return Markup("")
    around = _language(lang)
    scripts = tuple(s for s in _RUN_SCRIPTS if s != "Latin")
    return Markup(_ltr_html(xml_safe(text), around, scripts))


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
