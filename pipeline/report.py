"""The build report: what every stage removed, changed, merged, translated or flagged."""

from __future__ import annotations

import datetime as dt
from collections import Counter
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
        "flags": [
            {"block": b.id, "kind": b.kind, "lines": b.lines, "code": f.code,
             "message": f.message, "detail": f.detail}
            for b in a.blocks for f in b.flags
        ],
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
            "blocks": len(blocks),
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
    }
