"""The translation memory: reviewed English kept as gettext PO files beside the sources.

One PO file per article in ``<source>/en/``, the cleaned source text as msgid and the English
as msgstr, so translators can work in Poedit or Weblate. The header says the catalogue's
languages: ``Language: en`` (gettext's target language) and ``X-Source-Language`` (the
article's). A block whose source changed since review falls back to the closest entry, flagged
fuzzy (as msgmerge does): reviewed work is never lost silently, and never passed off as reviewed
either. Articles written in English need no memory: their text is their English.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polib
import regex as re
from rapidfuzz import fuzz, process

from . import model as m
from .errors import PipelineError
from .glossary import source_language
from .normalize import fold_for_matching

MEMORY_DIR = "en"
FUZZY_CUTOFF = 0.8
MACHINE_MARK = "machine translation"
SOURCE_LANGUAGE = "X-Source-Language"


@dataclass
class Entry:
    msgid: str
    msgstr: str
    origin: str  # reviewed | fuzzy | machine
    file: str
    note: str = ""
    language: str = ""  # the catalogue's X-Source-Language ("" in catalogues from before it)


def entry_origin(entry: polib.POEntry) -> str:
    if "fuzzy" not in entry.flags:
        return m.REVIEWED
    comments = f"{entry.comment}\n{entry.tcomment}".lower()
    return m.MACHINE if MACHINE_MARK in comments else m.FUZZY


_PO_LINE = re.compile(
    r'^(?:#.*|\s*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(?:[^"\\]|\\.)*"\s*'
    r'|"(?:[^"\\]|\\.)*"\s*)$'
)


def _check_po_syntax(path: Path) -> None:
    """polib quietly reads an unterminated string as empty; a translator's work must not
    vanish that way, so every line is checked first."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PipelineError(f"invalid PO file: not UTF-8 ({exc.reason})", path) from None
    for n, line in enumerate(text.splitlines(), start=1):
        if not _PO_LINE.match(line):
            raise PipelineError(f"invalid PO file: cannot read {line[:40]!r}", path, n)


def read_po(path: Path) -> polib.POFile:
    _check_po_syntax(path)
    try:
        return polib.pofile(str(path), encoding="utf-8", check_for_duplicates=True)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        msg = str(exc)
        line_match = re.search(r"line (\d+)", msg)
        line = int(line_match[1]) if line_match else None
        msg = re.sub(r"\s*\(line \d+\)", "", msg)
        msg = msg.replace(f"{path}", "").strip(" :")
        raise PipelineError(f"invalid PO file: {msg or exc.__class__.__name__}", path,
                            line) from None


class Memory:
    def __init__(self, entries: list[Entry]):
        self.exact: dict[str, Entry] = {}
        for e in entries:
            # A reviewed entry wins over a fuzzy or machine one for the same source text.
            old = self.exact.get(e.msgid)
            if old is None or (old.origin != m.REVIEWED and e.origin == m.REVIEWED):
                self.exact[e.msgid] = e
        self._keys = list(self.exact)
        self._folded = [fold_for_matching(k) for k in self._keys]
        self._by_language: dict[str, tuple[list[str], list[str]]] = {}
        self.used: set[str] = set()  # msgids some passage took its English from

    def __len__(self) -> int:
        return len(self.exact)

    def _candidates(self, language: str | None) -> tuple[list[str], list[str]]:
        """Keys a fuzzy match may come from: a Persian passage must not take the English of an
        Arabic one that merely shares its letters. Entries of unknown language always count."""
        if not language:
            return self._keys, self._folded
        if language not in self._by_language:
            picked = [i for i, k in enumerate(self._keys)
                      if self.exact[k].language in ("", language)]
            self._by_language[language] = ([self._keys[i] for i in picked],
                                           [self._folded[i] for i in picked])
        return self._by_language[language]

    def lookup(self, text: str, language: str | None = None) -> tuple[Entry, float] | None:
        if text in self.exact:
            self.used.add(text)
            return self.exact[text], 1.0
        keys, folded = self._candidates(language)
        if not keys:
            return None
        found = process.extractOne(fold_for_matching(text), folded, scorer=fuzz.ratio,
                                   score_cutoff=FUZZY_CUTOFF * 100)
        if found is None:
            return None
        _, score, index = found
        self.used.add(keys[index])
        return self.exact[keys[index]], score / 100

    def unused(self) -> list[Entry]:
        return [e for key, e in self.exact.items() if key not in self.used]


def load_memory(source: Path) -> Memory:
    folder = Path(source) / MEMORY_DIR
    entries: list[Entry] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.po")):
            po = read_po(path)
            language = po.metadata.get(SOURCE_LANGUAGE, "").strip()
            for e in po:
                if e.obsolete or not e.msgid or not e.msgstr.strip():
                    continue
                entries.append(Entry(e.msgid, e.msgstr, entry_origin(e), path.name,
                                     e.tcomment or "", language))
    return Memory(entries)


def is_english(article: m.Article) -> bool:
    """Written in the dossier's own language: shown as it is, never translated."""
    return article.language == m.TARGET_LANGUAGE


def apply_memory(dossier: m.Dossier, memory: Memory) -> None:
    """Give each block the English the memory holds for it, exact first, then closest; an
    English article's blocks are their own English."""
    for art in dossier.articles:
        if is_english(art):
            for block in art.blocks:
                if block.kind == m.XREF or not block.text:
                    block.en, block.en_origin = None, m.MISSING
                else:
                    block.en, block.en_origin, block.en_note = block.text, m.ORIGINAL, ""
            continue
        language = source_language(art)
        for block in art.blocks:
            _apply_entry(block, memory, language)
    # English that matched no passage (its source was removed, or edited beyond recognition)
    # is listed in the report, so a reviewer's work never disappears without a word.
    dossier.unused_memory = [{"file": e.file, "origin": e.origin, "text": e.msgid, "en": e.msgstr}
                             for e in memory.unused()]


def _apply_entry(block: m.Block, memory: Memory, language: str) -> None:
    if block.kind == m.XREF or not block.text:
        block.en, block.en_origin = None, m.MISSING
        return
    hit = memory.lookup(block.text, language if language != "und" else None)
    if hit is None:
        block.en, block.en_origin, block.en_note = None, m.MISSING, ""
        return
    entry, score = hit
    block.en = entry.msgstr
    if score == 1.0:
        block.en_origin = entry.origin
        block.en_note = entry.note if entry.origin == m.MACHINE else ""
    else:
        block.en_origin = m.FUZZY if entry.origin != m.MACHINE else m.MACHINE
        block.en_note = (f"closest translation-memory entry ({score:.0%} similar) from "
                         f"{entry.file}; the source text has changed since it was translated")


def memory_path(source: Path, article: m.Article) -> Path:
    """en/<file>.po, or en/<file>--<record>.po for one of several articles in a file (named
    by its URL or index, so it survives re-ordering and a new export of the same records)."""
    from .readers import stem
    from .readers.base import record_slug

    name = stem(article.source_file)
    if article.record:
        name += "--" + record_slug(article.record)
    return Path(source) / MEMORY_DIR / (name + ".po")


def update_catalogs(dossier: m.Dossier, source: Path) -> list[tuple[Path, int]]:
    """Bring ``en/*.po`` up to date with the dossier, as ``msgmerge`` would: add an empty entry
    for every block without one, keep every existing translation (entries whose source text is
    gone become obsolete, never deleted). English articles get no catalogue: nothing in them
    is to be translated. Returns (file, entries added) per article."""
    from .fileio import atomic_write_with

    written = []
    for art in dossier.articles:
        if is_english(art):
            continue
        path = memory_path(source, art)
        language = source_language(art)
        if path.exists():
            po = read_po(path)
            set_source_language(po, language)
        else:
            po = new_catalog(language)
        known = {e.msgid: e for e in po}
        live = set()
        added = 0
        for block in art.blocks:
            if block.kind == m.XREF or not block.text:
                continue
            live.add(block.text)
            where = [(block.source_file, str(n)) for n in block.lines]
            entry = known.get(block.text)
            if entry is None:
                entry = polib.POEntry(msgid=block.text, msgstr="", occurrences=where,
                                      comment=f"{block.kind} {block.id}")
                po.append(entry)
                known[block.text] = entry
                added += 1
            else:
                entry.occurrences = where
                entry.comment = f"{block.kind} {block.id}"
                entry.obsolete = False
        for entry in po:
            if entry.msgid not in live and entry.msgstr:
                entry.obsolete = True
        atomic_write_with(path, lambda tmp, po=po: po.save(str(tmp)))
        written.append((path, added))
    return written


def new_catalog(language: str) -> polib.POFile:
    """An empty catalogue translating ``language`` into English. gettext's ``Language`` is the
    language of the msgstr (the translation), so the source goes in ``X-Source-Language``."""
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "arabic-dossier",
        "Language": m.TARGET_LANGUAGE,
        SOURCE_LANGUAGE: language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return po


def set_source_language(po: polib.POFile, language: str) -> None:
    """Record the source language in a catalogue written before the header said it (an older
    file being rewritten anyway); one that says it already is left as it is."""
    if language and language != "und" and not po.metadata.get(SOURCE_LANGUAGE):
        po.metadata[SOURCE_LANGUAGE] = language
