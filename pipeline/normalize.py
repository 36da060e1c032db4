"""Normalising text: what changes is only what carries no meaning, in the article's language.

What a language allows is data (``[normalize]`` of its file in pipeline/languages/data): whether
it keeps the zero-width non-joiner (Persian and Urdu spell with it), whether tatweel goes, whether
the Arabic-script spacing rules apply, which digits it writes. Without a language, text is
normalised as Arabic, as it always was.

Every function is pure and idempotent (normalising twice changes nothing more), which the
property tests check.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import regex as re

# Invisible characters scraped pages carry: zero-width spaces and joiners, bidi marks and
# embeddings (the renderer sets direction itself), soft hyphens, BOMs, word joiners.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]"
)
# The same without the non-joiner and joiner, for languages that spell with them.
_INVISIBLE_BUT_JOINERS = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]"
)
# A non-joiner means something only between a letter and the next one (می‌شود); a joiner only
# between two visible characters (a letter's joining form, an emoji sequence). Elsewhere, or
# repeated, they are scraping debris.
_ZWNJ_KEPT = re.compile(r"(?<=[\p{L}\p{M}])\u200c+(?=\p{L})")
_ZWJ_KEPT = re.compile(r"(?<=[^\s\u200c\u200d])\u200d+(?=[^\s\u200c\u200d])")
_JOINERS = re.compile("[\u200c\u200d]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Arabic presentation forms (from PDFs and old pages) decompose to ordinary letters under NFKC.
_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefe]+")
# Tatweel between two letters is elongation; after a one-letter prefix before a quote
# ("بـ"عملية") it is typography the reader needs, so it stays.
_TATWEEL = re.compile(r"(?<=\p{Arabic})\u0640+(?=\p{Arabic})")

# Missing space after punctuation, in Arabic-script text. Arabic comma, semicolon and question
# mark, and the Urdu full stop, are never part of a number, so any letter may follow. A full
# stop, colon or ellipsis only counts between Arabic words (or after a closing bracket or
# quote), which leaves 3.5, ١٠:٣٠, U.S. and "د." alone.
_AFTER_ARABIC_PUNCT = re.compile(r"(?<=\S)([،؛؟۔])(?=[\p{Arabic}\p{Latin}“«\"(])")
# Arabic-Indic and Persian digits are of the Arabic script too, and 10:30 or 3.5 written in
# them is one number: only letters count.
_AR = r"(?:(?!\p{N})\p{Arabic})"
_AFTER_STOP = re.compile(
    rf"(?<=(?:{_AR}{_AR}|[)\]”»]))([.…!])(?=(?:{_AR}|[“«]))"
    # Scraped Arabic often opens a quotation with ” after a colon: وقال:”...
    rf"|(?<=(?:{_AR}{_AR}|[)\]]))(:)(?=(?:{_AR}|[“”«\"]))"
)
_SPACE_BEFORE = re.compile(r"(?<=\p{Arabic}) +(?=[،؛؟۔]|:(?!\d))")

_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_EASTERN = "۰۱۲۳۴۵۶۷۸۹"
_WESTERN = "0123456789"
_TO_WESTERN = str.maketrans(_ARABIC_INDIC + _EASTERN, _WESTERN * 2)
_TO_ARABIC_INDIC = str.maketrans(_WESTERN + _EASTERN, _ARABIC_INDIC * 2)

# Arabic as it always was: the options of a text normalised without a language.
_ARABIC = {"keep_zwnj": False, "remove_tatweel": True, "arabic_spacing": True,
           "native_digits": _ARABIC_INDIC}


def options_of(language: Any) -> Mapping[str, Any]:
    """The normalisation options of a Language (its ``normalize`` table), of a mapping given
    as is, or Arabic's when there is none."""
    if language is None:
        return _ARABIC
    if isinstance(language, Mapping):
        return language
    return language.normalize


def plain_text(text: str) -> str:
    """Text from a project or metadata field (a title, an editor's name): NFC, no invisible
    or control characters, one space between words. A stray right-to-left override in a
    dossier.toml would otherwise reverse the cover line it is printed in."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()


def _keep_joiners(text: str) -> str:
    """Drop the non-joiners and joiners that join nothing, one of each where they do."""
    kept = {m.start() for m in _ZWNJ_KEPT.finditer(text)} | \
        {m.start() for m in _ZWJ_KEPT.finditer(text)}
    return _JOINERS.sub(lambda m: m.group()[0] if m.start() in kept else "", text)


def _space_unless_closing_quote(m: re.Match) -> str:
    """A space after ، ؛ ؟ ۔ before the next word; a quotation mark right after one closes the
    quotation when an odd number of marks came before it (کہا: ”ہاں۔“ ends on its quote)."""
    after = m.string[m.end():m.end() + 1]
    if after in _QUOTES and sum(m.string[:m.start()].count(q) for q in _QUOTES) % 2 == 1:
        return m.group(1)
    return m.group(1) + " "


# Quotation marks as scraped Arabic-script text uses them: either curly mark opens or closes
# (Urdu opens with ” and closes with “), so they are counted together.
_QUOTES = '"“”«»'


def normalize_line(text: str, digits: str = "keep", remove_tatweel: bool = True,
                   language: Any = None) -> str:
    """One line of an article, normalised for ``language`` (a Language, or its ``normalize``
    options; None: Arabic). ``digits`` and ``remove_tatweel`` are the project's [clean]
    options; tatweel goes only where both the project and the language say so."""
    opts = options_of(language)
    text = unicodedata.normalize("NFC", text)
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if opts.get("keep_zwnj", False):
        text = _keep_joiners(_INVISIBLE_BUT_JOINERS.sub("", text))
    else:
        text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    # Digits first: the tatweel and spacing rules then see the digits the text will have, so
    # normalising twice changes nothing more (٠،٠ would gain a space, ٠ـ٠ lose its tatweel).
    if digits == "western":
        text = text.translate(_TO_WESTERN)
    elif digits == "arabic-indic" and opts.get("native_digits"):
        # A language writing eastern digits gets its own (Persian ۱۲۳, Arabic ١٢٣); one that
        # writes none (English, Russian) keeps its digits: 2024 never becomes ٢٠٢٤ there.
        text = text.translate(_to_native(opts["native_digits"]))
    if remove_tatweel and opts.get("remove_tatweel", False):
        text = _TATWEEL.sub("", text)
    if opts.get("arabic_spacing", False):
        text = _SPACE_BEFORE.sub("", text)
        text = _AFTER_ARABIC_PUNCT.sub(_space_unless_closing_quote, text)
        text = _AFTER_STOP.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    if opts.get("keep_zwnj", False):
        text = unicodedata.normalize("NFC", text)
        return _keep_joiners(text)  # a space removed above may leave a joiner at a word's end
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=8)
def _to_native(native: str) -> dict[int, int]:
    if native == _ARABIC_INDIC:
        return _TO_ARABIC_INDIC
    others = "".join(d for d in _WESTERN + _ARABIC_INDIC + _EASTERN if d not in native)
    return str.maketrans(others, "".join(native[int(unicodedata.digit(d))] for d in others))


# A looser form used only to compare texts (duplicates, fuzzy translation-memory lookups):
# no diacritics, one alef, one yeh, one kaf, one heh, no punctuation, no accents on Latin
# letters, ё as е.
_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LATIN_MARKS = re.compile(r"(?<=\p{Latin})\p{Mn}+")
_PUNCT = re.compile(r"[\p{P}\p{S}]+")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                       "ئ": "ي", "ی": "ي", "ې": "ي", "ے": "ي", "ۓ": "ي", "ک": "ك",
                       "ڪ": "ك", "ہ": "ه", "ھ": "ه", "ە": "ه", "ۀ": "ه", "ۂ": "ه",
                       "ё": "е", "\u200c": "", "\u200d": ""})


def fold_for_matching(text: str) -> str:
    text = unicodedata.normalize("NFD", text.translate(_TO_WESTERN))
    text = _LATIN_MARKS.sub("", text)
    text = _DIACRITICS.sub("", unicodedata.normalize("NFC", text)).translate(_FOLD)
    text = _PUNCT.sub(" ", text.lower()).translate(_FOLD)
    return " ".join(text.split())


DEFAULT_ENDS = ".!?؟…"
_CLOSERS = "\"“”«»'"


@lru_cache(maxsize=32)
def _sentence_end(ends: str) -> re.Pattern:
    return re.compile("(?<=[" + re.escape(ends) + "])[" + re.escape(_CLOSERS) + r"]?\s+")


# A full stop after one of these does not end a sentence: an initial ("J. Smith", "В. Путин")
# or a dotted abbreviation ("U.S.", "т.е.", "e.g."), in a script with capital letters; Arabic
# has none, so its sentences split as they always did.
_INITIAL = re.compile(r"(?:^|\s)[(\"“«„']?\p{Lu}\.$")
# In a script with capitals a sentence never starts with a small letter: "approx. five".
_LOWER_NEXT = re.compile(r"\p{Ll}")
# In a language that writes ordinals with a full stop ("am 12. März"), a short number's.
_ORDINAL = re.compile(r"(?:^|[\s(])\p{Nd}{1,3}\.$")
_DOTTED = re.compile(r"(?:^|\s)[(\"“«„']?(?:\p{L}{1,4}\.)+\p{L}{1,4}\.$")


def _cased(text: str) -> bool:
    return any(ch.isupper() or ch.islower() for ch in text)


def sentences(text: str, language: Any = None) -> list[str]:
    """Split text into sentences at the language's sentence-end punctuation followed by a
    space (Arabic's without a language), not after an initial or a known abbreviation."""
    ends = getattr(language, "sentence_ends", None) or DEFAULT_ENDS
    abbreviations = _abbreviations(language)
    ordinals = bool((getattr(language, "structure", None) or {}).get("ordinal_dot"))
    pieces, start = [], 0
    for m in _sentence_end(ends).finditer(text):
        before = text[start:m.start()]
        if before.endswith(".") and (_abbreviation(before, abbreviations)
                                     or _LOWER_NEXT.match(text, m.end())
                                     or (ordinals and _ORDINAL.search(before[-6:]))):
            continue
        pieces.append(before)
        start = m.end()
    pieces.append(text[start:])
    return [s.strip() for s in pieces if s and s.strip()]


def _abbreviations(language: Any) -> frozenset[str]:
    structure = getattr(language, "structure", None) or {}
    return frozenset(a.rstrip(".").casefold() for a in structure.get("abbreviations", []))


def _abbreviation(before: str, abbreviations: frozenset[str]) -> bool:
    tail = before[-40:]
    if (_INITIAL.search(tail) or _DOTTED.search(tail)) and _cased(tail.split()[-1]):
        return True
    last = tail.split()[-1].lstrip("(\"“«„'").rstrip(".").casefold() if tail.split() else ""
    return bool(last) and last in abbreviations


_WORD = re.compile(r"[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*")


def words(text: str) -> list[str]:
    return _WORD.findall(text)
