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

# A left-to-right run inside Arabic: Latin words or Western digits, possibly joined by spaces
# or the punctuation found in names, ranges, decimals and percentages. It starts and ends with
# a letter or digit (or %), so surrounding parentheses and quotes stay in the Arabic flow.
_LTR_RUN = re.compile(
    r"[\p{Latin}0-9](?:[\p{Latin}\p{M}0-9]|[ \-–—./:,&'’+_@]+(?=[\p{Latin}0-9]))*%?"
)
# A right-to-left run inside English: Arabic-script words and the spaces between them.
_RTL_RUN = re.compile(r"[\p{Arabic}](?:[\p{Arabic}\p{M}]|[ \u00a0]+(?=\p{Arabic}))*")
_HAS_LATIN = re.compile(r"\p{Latin}")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def _needs_isolation(run: str) -> bool:
    # A plain number ("1991") orders itself correctly; letters and joined runs need help.
    return bool(_HAS_LATIN.search(run)) or not run.isdigit()


def arabic_html(text: str | None) -> Markup:
    """Escaped Arabic with its Latin and Western-digit runs isolated left-to-right."""
    if not text:
        return Markup("")
    text = xml_safe(text)
    out: list[str] = []
    pos = 0
    for match in _LTR_RUN.finditer(text):
        run = match.group()
        if not _needs_isolation(run):
            continue
        out.append(str(escape(text[pos:match.start()])))
        out.append(f'<bdi dir="ltr" class="ltr">{escape(run)}</bdi>')
        pos = match.end()
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
