"""The build report: what every stage removed, changed, merged, translated or flagged."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from . import __version__, languages
from . import model as m


def _left_out_by(source_file: str) -> tuple[str, str]:
    """Who left text out before cleaning saw it: the HTML extractor, the Markdown reader
    (comments, images, scripts: markup, not article text), or the Word reader (page furniture
    and annotations)."""
    if source_file.lower().endswith((".md", ".markdown")):
        return "markdown-markup", "markup in the Markdown source, not article text"
    if source_file.lower().endswith(".docx"):
        return "docx-furniture", ("in the Word document but not its body (a header, footer, "
                                  "note, comment, text box or tracked deletion)")
    return "html-extractor", "left out by the HTML extractor"


def passage_count(blocks: list[m.Block]) -> int:
    """Passages as every output counts them: blocks with text of their own. A repeat that
    merging replaced with a cross-reference is still a block (it keeps its id and its place)
    but not a passage: the PDF's and the web edition's colophon count 82 for the seeds' 85
    blocks, and the report says the same."""
    return sum(1 for b in blocks if b.kind != m.XREF)


# --- where a quotation mark lost its partner ----------------------------------------------

# Marks that pair with one another, by family, as clean.unbalanced_quotes counts them. Curly
# quotes are one family: scraped Arabic opens and closes with ” alike, German opens with „.
_CURLY = "“”„‟"
_STRAIGHT = '"'
_OPENERS = {"«": "»", "(": ")"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
CONTEXT_CHARS = 40  # either side of a mark: enough words to find it in the source


@dataclass
class Unpaired:
    """A quotation mark or bracket with no partner: which, where, and the words around it."""

    mark: str
    offset: int  # in the block's text, in characters
    role: str  # "opening" (never closed) or "closing" (never opened)
    before: str
    after: str

    def as_dict(self) -> dict[str, Any]:
        return {"mark": self.mark, "name": mark_name(self.mark), "role": self.role,
                "offset": self.offset, "before": self.before, "after": self.after}


def mark_name(mark: str) -> str:
    """'U+201D RIGHT DOUBLE QUOTATION MARK' style name, lower case: the glyphs of ” and “ look
    alike in many fonts, the name tells them apart."""
    return unicodedata.name(mark, f"U+{ord(mark):04X}").lower()


def _role(text: str, i: int) -> str:
    """How a symmetric mark is used, from what touches it: after a space and before a word it
    opens, after a word and before a space or punctuation it closes; a mark with no word after
    it (a stray “ before the final full stop) closes, one with no word before it opens; either
    otherwise."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opens = (prev.isspace() or unicodedata.category(prev) in ("Ps", "Pi")) and nxt.isalnum()
    closes = not prev.isspace() and (nxt.isspace() or unicodedata.category(nxt)[0] == "P")
    if opens != closes:
        return "opening" if opens else "closing"
    if not any(c.isalnum() for c in text[i + 1:]):
        return "closing"
    if not any(c.isalnum() for c in text[:i]):
        return "opening"
    return "either"


def _context(text: str, i: int) -> tuple[str, str]:
    """About CONTEXT_CHARS either side of position i, cut at a word boundary, with an ellipsis
    where the text goes on: a note quoting half a word sends the reader looking for it."""
    start, end = max(0, i - CONTEXT_CHARS), min(len(text), i + 1 + CONTEXT_CHARS)
    before, after = text[start:i], text[i + 1:end]
    if start > 0:
        cut = before.find(" ")
        before = "…" + (before[cut + 1:] if cut >= 0 else before)
    if end < len(text):
        cut = after.rfind(" ")
        after = (after[:cut] if cut >= 0 else after) + "…"
    return before, after


def unpaired_marks(text: str) -> list[Unpaired]:
    """Every quotation mark or bracket of ``text`` left without a partner, in text order.

    Symmetric marks (curly quotes as scraped Arabic uses them, straight quotes) pair by how
    they are used: an opening one met while another is open leaves that one unclosed; a
    closing one with nothing open was never opened. Guillemets and parentheses nest."""
    found: list[Unpaired] = []

    def add(i: int, role: str) -> None:
        found.append(Unpaired(text[i], i, role, *_context(text, i)))

    for family in (_CURLY, _STRAIGHT):
        open_at: int | None = None
        for i, ch in enumerate(text):
            if ch not in family:
                continue
            role = _role(text, i)
            if family == _CURLY and role == "either":
                # Typeset English and German say which way they face; Arabic's ” does not.
                role = {"“": "opening", "„": "opening"}.get(ch, role)
            if open_at is None:
                if role == "closing":
                    add(i, "closing")
                else:
                    open_at = i
            elif role == "opening":
                add(open_at, "opening")
                open_at = i
            else:
                open_at = None
        if open_at is not None:
            add(open_at, "opening")
    stacks: dict[str, list[int]] = {k: [] for k in _OPENERS}
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            stacks[ch].append(i)
        elif ch in _CLOSERS:
            if stacks[_CLOSERS[ch]]:
                stacks[_CLOSERS[ch]].pop()
            else:
                add(i, "closing")
    for opened in stacks.values():
        for i in opened:
            add(i, "opening")
    return sorted(found, key=lambda u: u.offset)


def _flag(b: m.Block, f: m.Flag) -> dict[str, Any]:
    out = {"block": b.id, "kind": b.kind, "lines": b.lines, "code": f.code,
           "message": f.message, "detail": f.detail}
    if f.code == "unbalanced-quotes":
        out["marks"] = [u.as_dict() for u in unpaired_marks(b.text or "")]
    return out


def article_report(a: m.Article) -> dict[str, Any]:
    actions = Counter(r.action for r in a.lines)
    title, byline = a.first(m.TITLE), a.first(m.BYLINE)
    kinds = Counter(b.kind for b in a.blocks)
    return {
        "id": a.id,
        "file": a.source_file,
        "where": a.where,  # the file, and the record for one of several articles in it
        **({"record": a.record, "record_label": a.record_label} if a.record else {}),
        "encoding": a.encoding,
        "line_endings": a.line_endings,
        "language": a.language,
        "language_name": languages.get(a.language).name,
        "language_source": a.language_source,
        "title": title.text if title else None,
        "byline": byline.text if byline else a.author,
        "date": a.date,
        "url": a.url,
        **({"captured": a.captured} if a.captured else {}),
        **({"captured_by": a.captured_by} if a.captured_by else {}),
        "counts": {
            "lines": a.line_count,
            **{k: actions.get(k, 0) for k in ("kept", "changed", "removed", "blank")},
            "blocks": len(a.blocks),
            "passages": passage_count(a.blocks),
            **{f"{k}s": v for k, v in sorted(kinds.items())},
        },
        "removed": [
            {"line": r.line, "rule": r.rule, "reason": r.kind, "text": r.before}
            for r in a.lines if r.action == "removed"
        ],
        "changes": [
            {"line": r.line, "block": r.block, "rule": r.rule, "before": r.before,
             "after": r.after}
            for r in a.lines if r.action == "changed"
        ],
        "lines": [{k: v for k, v in vars(r).items() if v is not None} for r in a.lines],
        "flags": [_flag(b, f) for b in a.blocks for f in b.flags],
        "extractor_removed": [{"rule": rule, "reason": reason, "text": t}
                              for t in a.extractor_removed
                              for rule, reason in [_left_out_by(a.source_file)]],
    }


def build_report(dossier: m.Dossier, source: str,
                 stages: dict[str, Any] | None = None) -> dict[str, Any]:
    skipped = [dict(vars(s)) for s in dossier.skipped]
    files = [f.as_dict() for f in dossier.files]
    blocks = dossier.blocks()
    english = Counter(b.en_origin for b in blocks if b.kind != m.XREF)
    log = dossier.merge_log
    return {
        "tool": f"arabic-dossier {__version__}",
        "generated": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "source": source,
        "summary": {
            "articles": len(dossier.articles),
            "skipped": len(skipped),
            # Every block, cross-references to repeats included; "passages" is what the
            # PDF, the web edition and report.html count.
            "blocks": len(blocks),
            "passages": passage_count(blocks),
            "cross_references": sum(1 for b in blocks if b.kind == m.XREF),
            "lines_removed": sum(1 for a in dossier.articles for r in a.lines
                                 if r.action == "removed"),
            "lines_changed": sum(1 for a in dossier.articles for r in a.lines
                                 if r.action == "changed"),
            "flags": sum(len(b.flags) for b in blocks),
            "duplicates": sum(1 for e in log if e["action"] == "duplicate"),
            "site_template_lines": sum(t["count"] for t in dossier.site_template),
            "glossary_replacements": sum(e["count"] for e in log if e["action"] == "glossary"),
            "english": {k: english.get(k, 0) for k in m.EN_ORIGINS},
            "unused_translations": len(dossier.unused_memory),
            "languages": dict(Counter(a.language for a in dossier.articles).most_common()),
            "files": dict(Counter(f["status"] for f in files)),
        },
        # Every entry of the source folder and what became of it (pipeline/folder.py).
        "files": files,
        "skipped": skipped,
        "articles": [article_report(a) for a in dossier.articles],
        # Lines the folder shows to be its site's template, once each with the files they
        # were removed from (every removal is also in its article's "removed").
        "site_template": dossier.site_template,
        "duplicates": [e for e in log if e["action"] == "duplicate"],
        "similar_not_merged": [e for e in log if e["action"] == "kept-similar"],
        "similar_limited": next((e["reason"] for e in log
                                 if e["action"] == "similar-limited"), None),
        "glossary_replacements": [e for e in log if e["action"] == "glossary"],
        "translation": [
            {"block": b.id, "article": a.id, "kind": b.kind, "file": b.source_file,
             "lines": b.lines, "origin": b.en_origin, **({"note": b.en_note} if b.en_note else {})}
            for a in dossier.articles for b in a.blocks if b.kind != m.XREF
        ],
        "unused_translations": dossier.unused_memory,
        # Languages whose articles stayed untranslated for want of an Argos package.
        "translation_missing": dossier.translation.missing if dossier.translation else [],
        "stages": stages or {},
        "pdf_layout": dossier.pdf_layout,
    }
