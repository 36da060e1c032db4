"""Normalising Arabic text: what changes is only what carries no meaning.

Every function is pure and idempotent (normalising twice changes nothing more), which the
property tests check.
"""

from __future__ import annotations

import unicodedata

import regex as re

# Invisible characters scraped pages carry: zero-width spaces and joiners, bidi marks and
# embeddings (the renderer sets direction itself), soft hyphens, BOMs, word joiners.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Arabic presentation forms (from PDFs and old pages) decompose to ordinary letters under NFKC.
_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefe]+")
# Tatweel between two letters is elongation; after a one-letter prefix before a quote
# ("بـ"عملية") it is typography the reader needs, so it stays.
_TATWEEL = re.compile(r"(?<=\p{Arabic})\u0640+(?=\p{Arabic})")

# Missing space after punctuation. Arabic comma, semicolon and question mark are never part of a
# number, so any letter may follow. A full stop, colon or ellipsis only counts between Arabic
# words (or after a closing bracket or quote), which leaves 3.5, 10:30, U.S. and "د." alone.
_AFTER_ARABIC_PUNCT = re.compile(r"(?<=\S)([،؛؟])(?=[\p{Arabic}\p{Latin}“«\"(])")
_AFTER_STOP = re.compile(
    r"(?<=(?:\p{Arabic}\p{Arabic}|[)\]”»]))([.…!])(?=[\p{Arabic}“«])"
    # Scraped Arabic often opens a quotation with ” after a colon: وقال:”...
    r"|(?<=(?:\p{Arabic}\p{Arabic}|[)\]]))(:)(?=[\p{Arabic}“”«\"])"
)
_SPACE_BEFORE = re.compile(r"(?<=\p{Arabic}) +(?=[،؛؟]|:(?!\d))")

_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_EASTERN = "۰۱۲۳۴۵۶۷۸۹"
_WESTERN = "0123456789"
_TO_WESTERN = str.maketrans(_ARABIC_INDIC + _EASTERN, _WESTERN * 2)
_TO_ARABIC_INDIC = str.maketrans(_WESTERN + _EASTERN, _ARABIC_INDIC * 2)


def plain_text(text: str) -> str:
    """Text from a project or metadata field (a title, an editor's name): NFC, no invisible
    or control characters, one space between words. A stray right-to-left override in a
    dossier.toml would otherwise reverse the cover line it is printed in."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()


def normalize_line(text: str, digits: str = "keep", remove_tatweel: bool = True) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if remove_tatweel:
        text = _TATWEEL.sub("", text)
    text = _SPACE_BEFORE.sub("", text)
    text = _AFTER_ARABIC_PUNCT.sub(r"\1 ", text)
    text = _AFTER_STOP.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    if digits == "western":
        text = text.translate(_TO_WESTERN)
    elif digits == "arabic-indic":
        text = text.translate(_TO_ARABIC_INDIC)
    return unicodedata.normalize("NFC", text)


# A looser form used only to compare texts (duplicates, fuzzy translation-memory lookups):
# no diacritics, one alef, one yeh, no punctuation.
_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\p{P}\p{S}]+")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                       "ئ": "ي"})


def fold_for_matching(text: str) -> str:
    text = _DIACRITICS.sub("", text.translate(_TO_WESTERN)).translate(_FOLD)
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


_SENTENCE_END = re.compile(r"(?<=[.!?؟…])[\"”»']?\s+")


def sentences(text: str) -> list[str]:
    """Split text into sentences at terminal punctuation followed by a space."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


_WORD = re.compile(r"[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*")


def words(text: str) -> list[str]:
    return _WORD.findall(text)
