"""Bytes to text: the encodings a press desk's files come in, or why they are not text.

UTF-8 and the byte-order-marked Unicode forms first; then the legacy code pages of the Arabic,
Cyrillic and Latin-script press, the one whose reading looks most like words winning; then
charset-normalizer. Binary files (a PDF, an image, an archive) are refused with what they are.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import BadArticle

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or DOCX/EPUB)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32LE with BOM"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32BE with BOM"),
    (b"\xff\xfe", "utf-16-le", "UTF-16LE with BOM"),
    (b"\xfe\xff", "utf-16-be", "UTF-16BE with BOM"),
)



def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Return (text, encoding name) or raise BadArticle saying why the bytes are not text."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise BadArticle("empty file", path)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BadArticle(f"binary file ({what}), not an article", path)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec.replace("-sig", "")), label
            except UnicodeDecodeError as exc:
                raise BadArticle(f"{label} declared by its byte-order mark, but {exc.reason} "
                                 f"at byte {exc.start + len(bom)}", path) from None
    if b"\x00" in data:
        # NUL bytes: UTF-16/32 without a byte-order mark, or not text at all.
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
            raise BadArticle("binary file (NUL bytes), not an article", path)
        text, encoding = str(best), best.encoding.upper().replace("_", "-")
        _reject_binary(text, path)
        return text, encoding
    try:
        text, encoding = data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        text, encoding = _decode_non_utf8(data, path, exc)
    _reject_binary(text, path)
    return text, encoding


def _decode_non_utf8(data: bytes, path: Path, exc: UnicodeDecodeError) -> tuple[str, str]:
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F) - bad
    if multibyte > 0 and bad <= max(3, multibyte // 50):
        # Mostly valid UTF-8 with a few broken bytes: guessing a legacy code page would turn
        # every Arabic letter into mojibake, so say where the damage is instead.
        line = data[: exc.start].count(b"\n") + 1
        raise BadArticle(f"invalid UTF-8 ({bad} undecodable byte(s), first at byte {exc.start})",
                         path, line)
    # Each family of code pages reads the others' bytes as letters of its own script; the one
    # whose reading looks most like words wins.
    found = [f for f in (_decode_arabic_code_page(data), _decode_cyrillic_code_page(data),
                         _decode_latin_code_page(data)) if f is not None]
    if found:
        _, text, name = max(found, key=lambda f: f[0])
        return text, name
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BadArticle("undecodable: not text in any encoding the detector knows", path)
    text = str(best)
    name = {"utf_16": "UTF-16", **{c: n for c, n in _ARABIC_CODE_PAGES}}.get(
        best.encoding, best.encoding)
    if not _ARABIC_LETTER.search(text) and _high_bit_runs(data) >= 8:
        # Words made entirely of high-bit bytes, none of them Arabic in any Arabic code page:
        # a guess (Cyrillic, Thai, CJK...) would put nonsense in an Arabic dossier.
        raise BadArticle(f"not UTF-8, and neither an Arabic nor a Cyrillic code page gives "
                         f"words (the detector guesses {name}); save the file as UTF-8", path)
    return text, name


# Legacy code pages the Arabic press actually used, most common first. Each decodes the same
# bytes to different letters, so the one that gives Arabic words (not stray letters, symbols
# and accented Latin inside words) wins; a near tie goes to the more common code page
# (ISO-8859-6 letters are also valid MacArabic and CP864 bytes).
_ARABIC_CODE_PAGES = (
    ("cp1256", "Windows-1256"),
    ("iso8859_6", "ISO-8859-6"),
    ("mac_arabic", "MacArabic"),
    ("cp720", "CP720"),
    ("cp864", "CP864"),
)
_L = "\u0621-\u063a\u0641-\u064a"  # the Arabic letters (hamza to yeh, without tatweel)
_M = "\u0640\u064b-\u0652\u0670"  # tatweel and harakat, which sit inside words
_ARABIC_LETTER = re.compile(f"[{_L}\ufb50-\ufdff\ufe70-\ufefc]")
_ARABIC_WORD = re.compile(f"(?:[{_L}][{_M}]*)+")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
# ASCII symbols no Arabic word contains: inside one they are another code page's letters.
_SYMBOL_IN_WORD = re.compile(f"(?<=[{_L}{_M}])[\\[\\]\\\\^_{{|}}`~<>=@#$%&*+]+(?=[{_L}])")
# A character outside ASCII, Arabic and punctuation touching an Arabic letter (é, ¤, Greek...).
_FOREIGN = "[^\\x00-\\x7f\u0600-\u06ff\u2000-\u206f\u00a0\u00ab\u00bb\\s]"
_FOREIGN_BY_LETTER = re.compile(f"(?<=[{_L}{_M}]){_FOREIGN}|{_FOREIGN}(?=[{_L}])")
_SAMPLE = 100_000  # characters scored: plenty to tell code pages apart, fast on a big file
_M_CHARS = frozenset(chr(c) for c in (0x640, *range(0x64B, 0x653), 0x670))
_USUAL_SIGNS = frozenset("\u00a0\u00ab\u00bb\u00b0\u00a9\u00d7\u00f7\u00b7\u20ac\u00a3\u00a7\u00b1"
                         "\u200c\u200d\u200e\u200f\u2010\u2011\u2012\u2013\u2014\u2015"
                         "\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2032\u2033")
_NOT_IN_WORDS = (
    _SYMBOL_IN_WORD,
    _FOREIGN_BY_LETTER,
    re.compile(f"(?<![{_L}\u0651])[\u064b-\u0652]"),  # a haraka on no letter
    re.compile(f"[\u064b-\u064d](?=[{_L}])"),  # tanween ends a word; it is never inside one
    re.compile(f"(?<=[{_L}])[0-9\u0660-\u0669]+(?=[{_L}])"),  # digits inside a word
)
_COMMON_WORD = re.compile(
    "(?:[وفبلك]?ال|لل)[\u0621-\u064a]|(?:في|من|على|إلى|الى|عن|أن|إن|مع|ما|لا|كما|قد|هذا|هذه|"
    "التي|الذي|بين|بعد|قبل|كان|كانت|وقال|قال|وفي|ومن|حتى|أو|ثم|منذ|خلال|عبر)$")


def _arabic_score(text: str) -> tuple[int, int, bool]:
    """(letters in Arabic words, penalty for what Arabic text does not contain, whether the
    words include the commonest ones: the article al-, في, من, على...)."""
    text = text[:_SAMPLE]
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    good = penalty = 0
    common = False
    for word in _ARABIC_WORD.finditer(text):
        n = sum(1 for ch in word.group() if ch not in _M_CHARS)
        if n >= 2:
            good += n
            common = common or _COMMON_WORD.match(word.group()) is not None
        else:
            penalty += 1  # a lone letter: mojibake scatters them between symbols
    for ch in text:
        o = ord(ch)
        if (o < 32 and ch not in "\t\n\r\f\v") or 0x7F <= o <= 0x9F or ch == "\ufffd" \
                or 0xE000 <= o <= 0xF8FF or 0x2500 <= o <= 0x25FF:
            penalty += 4  # controls, private use, box drawing
        elif 0x671 <= o <= 0x6FF and not 0x6F0 <= o <= 0x6F9:
            penalty += 2  # Persian and Urdu letters, rare in the Arabic press
        elif o > 0x7F and ch.isalpha() and not 0x600 <= o <= 0x6FF:
            penalty += 2  # accented Latin, Greek, Cyrillic... in an Arabic text
        elif o > 0x7F and not 0x600 <= o <= 0x6FF and ch not in _USUAL_SIGNS:
            penalty += 1  # ≡, ¤, ¦, ½, superscripts...
    penalty += sum(2 * len(rx.findall(text)) for rx in _NOT_IN_WORDS)
    return good, penalty, common


def _decode_arabic_code_page(data: bytes) -> tuple[int, str, str] | None:
    """(score, text, name) of the Arabic code page that decodes ``data`` into plausible Arabic,
    or None."""
    scored = []
    for codec, name in _ARABIC_CODE_PAGES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        good, penalty, common = _arabic_score(text)
        # Plausible: Arabic words, far more of them than signs of a wrong code page, and in
        # more than a few words some of the commonest (any Arabic sentence has them).
        if good >= 2 and penalty * 2 < good and (common or penalty * 8 < good):
            scored.append((good - penalty, text, name))
    if not scored:
        return None
    best = max(score for score, _, _ in scored)
    margin = max(2, best // 20)
    return next((score, text, name) for score, text, name in scored if score >= best - margin)


# Legacy code pages of the Russian and Central Asian press. Each turns the others' bytes into
# Cyrillic too, but with the case inverted or scattered ("йНЛЛЕПЯЮМР" is KOI8-R read as
# Windows-1251): the code page whose Cyrillic words are cased as words are wins.
_CYRILLIC_CODE_PAGES = (
    ("cp1251", "Windows-1251"),
    ("koi8_r", "KOI8-R"),
    ("koi8_u", "KOI8-U"),
    ("cp866", "CP866"),
    ("mac_cyrillic", "MacCyrillic"),
)
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{2,}")
_WELL_CASED = re.compile(r"[\u0400-\u04ff][\u0430-\u045f\u0491\u04e9\u04af\u04b1\u049b"
                         r"\u04a3\u0493\u04bb\u0456]+|[\u0400-\u042f\u0490\u04e8\u04ae"
                         r"\u04b0\u049a\u04a2\u0492\u04ba\u0406]+")


def _decode_cyrillic_code_page(data: bytes) -> tuple[int, str, str] | None:
    """(score, text, name) of the Cyrillic code page that decodes ``data`` into cased Cyrillic
    words, or None."""
    best: tuple[int, str, str] | None = None
    for codec, name in _CYRILLIC_CODE_PAGES:
        try:
            text = data.decode(codec)[:_SAMPLE]
        except UnicodeDecodeError:
            continue
        words = _CYRILLIC_WORD.findall(text)
        good = sum(len(w) for w in words if _WELL_CASED.fullmatch(w))
        bad = sum(len(w) for w in words) - good
        bad += sum(1 for ch in text if 0x2500 <= ord(ch) <= 0x25FF or 0x80 <= ord(ch) <= 0x9F)
        # Most words cased as words, and far more than any sign of a wrong code page.
        if good >= 8 and bad * 10 < good and (best is None or good - bad > best[0]):
            best = (good - bad, text if len(data) <= _SAMPLE else data.decode(codec), name)
    return best


# Legacy code pages of the Latin-script press: Western Europe's, Turkish, Central Europe's.
_LATIN_CODE_PAGES = (
    ("cp1252", "Windows-1252"),
    ("cp1254", "Windows-1254"),
    ("iso8859_15", "ISO-8859-15"),
    ("cp1250", "Windows-1250"),
)


def _decode_latin_code_page(data: bytes) -> tuple[int, str, str] | None:
    """(score, text, name) of the Latin code page whose high-bit bytes read as the letters the
    expected Latin-script languages use (their ``letters`` in pipeline/languages), or None."""
    from .languages import get, known_codes

    usual = "".join(get(c).letters for c in known_codes() if get(c).script.name == "Latin")
    best: tuple[int, str, str] | None = None
    for codec, name in _LATIN_CODE_PAGES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        high = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F]
        good = sum(1 for ch in high if ch in usual)
        bad = sum(1 for ch in high if ch.isalpha() and ch not in usual)
        # Letters inside words, nearly all of them letters these languages use; a tie goes to
        # the commoner code page (listed first).
        if good >= 3 and bad * 10 <= good and (best is None or good - bad > best[0]):
            best = (good - bad, text, name)
    return best


def _high_bit_runs(data: bytes) -> int:
    """Bytes >= 0x80 next to another such byte: whole words outside ASCII, not accents."""
    return sum(len(m) for m in re.findall(rb"[\x80-\xff]{2,}", data))


def _reject_binary(text: str, path: Path) -> None:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise BadArticle("binary file (control bytes in the text), not an article", path)

