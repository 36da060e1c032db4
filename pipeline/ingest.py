"""Read a source folder's article files into raw units with their line numbers.

Readers turn each input format into the same shape, a list of ``Unit`` (the text of one
paragraph-like piece and the physical lines it came from), and never clean or format.
Source files are only ever read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BadArticle, PipelineError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB of "article" is an accident

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


@dataclass
class Unit:
    """One paragraph-like piece of a source, before cleaning."""

    text: str
    lines: list[int]
    hint: str | None = None  # heading | quote, when the format says so


@dataclass
class RawArticle:
    path: Path
    encoding: str
    line_endings: str
    units: list[Unit]
    line_count: int
    blank_lines: list[int] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    extractor_removed: list[str] = field(default_factory=list)  # text an HTML extractor dropped


def find_articles(source: Path) -> list[Path]:
    """Article files directly in the project folder (not en/, not dot-files), by name.

    A link named like an article is listed even when its target is missing, so that reading
    it fails with a message instead of the article silently not being in the dossier.
    Two articles with the same name but for the suffix (``x.txt``, ``x.md``; ``X.md``) are
    refused: their English would share one translation file, ``en/x.po``.
    """
    source = Path(source)
    paths = sorted(
        p
        for p in source.iterdir()
        if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
        and (p.is_file() or (p.is_symlink() and not p.exists()))
    )
    seen: dict[str, Path] = {}
    for p in paths:
        other = seen.setdefault(p.stem.casefold(), p)
        if other is not p:
            raise PipelineError(
                f"two articles share the name '{p.stem}': {other.name} and {p.name} (each "
                f"article's English is kept in en/<name>.po, so one would overwrite the other's "
                f"translations); rename one of them", source)
    return paths


def check_inside(path: Path, folder: Path | None = None) -> None:
    """Refuse an article that is a link to a file outside its folder (``folder``, by default
    the one it is in): building a dossier must not publish whatever a link points at."""
    path = Path(path)
    folder = Path(folder if folder is not None else path.parent).resolve()
    target = path.resolve()
    if not target.is_relative_to(folder):
        raise BadArticle(f"a link to a file outside the source folder ({target}); not read. "
                         f"Copy the file into the folder to include it", path)
    if not target.exists():
        raise BadArticle(f"a link to a file that does not exist ({target})", path)


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
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BadArticle("undecodable: not text in any encoding the detector knows", path)
    name = {"cp1256": "Windows-1256", "utf_16": "UTF-16", "iso8859_6": "ISO-8859-6"}.get(
        best.encoding, best.encoding)
    return str(best), name


def _reject_binary(text: str, path: Path) -> None:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise BadArticle("binary file (control bytes in the text), not an article", path)


def split_lines(text: str) -> tuple[list[str], str]:
    """Split on CRLF, CR or LF only (str.splitlines also splits on U+2028 and friends, which
    would shift line numbers away from what an editor shows)."""
    crlf, cr = text.count("\r\n"), text.count("\r")
    style = "CRLF" if crlf and crlf == cr else "CR" if cr and not crlf else "mixed" if cr else "LF"
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines, style


def read_article(path: Path, folder: Path | None = None) -> RawArticle:
    """Read one article of the source ``folder`` (by default the folder it is in)."""
    path = Path(path)
    check_inside(path, folder)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise BadArticle(f"too large for an article ({size / 1e6:.0f} MB; limit "
                         f"{MAX_BYTES // 2**20} MB)", path)
    text, encoding = decode(path.read_bytes(), path)
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        from .readers.markdown import read_markdown

        return read_markdown(path, text, encoding)
    if suffix in (".html", ".htm"):
        from .readers.html import read_html

        return read_html(path, text, encoding)
    return read_plain(path, text, encoding)


def read_plain(path: Path, text: str, encoding: str, first_line: int = 1,
               meta: dict[str, str] | None = None) -> RawArticle:
    lines, style = split_lines(text)
    units, blanks = plain_units(lines, first_line)
    return RawArticle(path, encoding, style, units, len(lines) + first_line - 1, blanks,
                      meta or {})


_END = re.compile(r"[.!?؟…:؛\"”»'’)\]]\s*$")


def plain_units(lines: list[str], first_line: int = 1) -> tuple[list[Unit], list[int]]:
    """One unit per line, except in files that separate paragraphs by blank lines and also
    hard-wrap them: there consecutive lines that do not end a sentence are one paragraph."""
    numbered = [(first_line + i, ln) for i, ln in enumerate(lines)]
    blanks = [n for n, ln in numbered if not ln.strip()]
    filled = [(n, ln) for n, ln in numbered if ln.strip()]
    wrapped = _looks_hard_wrapped(lines)
    units: list[Unit] = []
    prev_n = None
    for n, ln in filled:
        joinable = (
            wrapped and units and prev_n == n - 1 and not _END.search(units[-1].text)
        )
        if joinable:
            units[-1].text += " " + ln.strip()
            units[-1].lines.append(n)
        else:
            units.append(Unit(ln, [n]))
        prev_n = n
    return units, blanks


def _looks_hard_wrapped(lines: list[str]) -> bool:
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < 6:
        return False
    widths = sorted(len(ln) for ln in filled)
    p80 = widths[int(len(widths) * 0.8)]
    # Wrapped text: most lines are about as long as the longest, and short (< 120 characters).
    near = sum(1 for w in widths if w >= p80 * 0.75)
    return p80 <= 120 and near >= len(widths) * 0.6
