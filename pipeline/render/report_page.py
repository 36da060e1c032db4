"""The build report as a page: OUT/report.html, from the same dict as OUT/report.json.

report.json is for tools; this page is for the editor who wants to know what the pipeline did
before sending the dossier out: what cleaning removed (by rule) and changed, what was merged,
how much of the English is reviewed, and every defect flagged. Each block it names links to
that block in the web edition (``index.html#<block id>``), so it shares the web edition's
stylesheet and must be written after it.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from .. import languages
from .. import model as m
from ..build import Options
from ..fileio import atomic_write_text
from ..languages import Language
from ..report import passage_count, unpaired_marks
from . import layout_for
from .context import base_context
from .markup import source_html
from .templating import environment, render
from .view import BlockView, make_view
from .web import REPORT_PAGE, plural

WEB_EDITION = "index.html"
# A changed line is one paragraph, and a character diff of it is cheap. difflib can turn
# quadratic on a pathological pair, so beyond this many characters the page shows both lines
# whole rather than stall the build.
_DIFF_LIMIT = 20_000


def line_language(text: str | None, article: Language | None = None) -> Language | None:
    """The language of a raw source line: its article's when the line is written in the
    article's script, else the default language of the script it is in; None when it has no
    letters (a removed "Leave a Reply" line in an Arabic article is not laid out as Arabic,
    an Arabic line in a Russian article is)."""
    script = languages.script_of(text or "")
    if script is None:
        return None
    if article is not None and article.script.name == script:
        return article
    if script not in languages.scripts():
        return None
    return languages.of_script(script)


def script_attrs(text: str | None, article: Language | None = None) -> Markup:
    """lang/dir for a raw source line (see ``line_language``); left to right without letters."""
    lang = line_language(text, article)
    if lang is None:
        return Markup('dir="ltr"')
    return Markup(f'lang="{lang.code}" dir="{lang.direction}"')


def visible(text: str) -> str:
    """A changed stretch with its invisible characters made visible: cleaning mostly removes
    doubled spaces, zero-width marks and the like, which a diff would otherwise show as
    nothing changing at all."""
    out = []
    for ch in text:
        if ch == " ":
            out.append("␣")
        elif unicodedata.category(ch) in ("Zs", "Zl", "Zp", "Cf", "Cc"):
            out.append(f"⟨U+{ord(ch):04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


def line_html(text: str | None, article: Language | None = None) -> Markup:
    """Escaped source line, with the bidi isolation of |src in the line's language."""
    lang = line_language(text, article)
    if lang is None:
        return escape(text or "")
    return source_html(text, lang)


def _side(parts: list[tuple[str, bool]], tag: str, lang: Language | None) -> Markup:
    html = []
    for text, changed in parts:
        if not text:
            continue
        if changed:
            html.append(f"<{tag}>{escape(visible(text))}</{tag}>")
        else:
            html.append(str(line_html(text, lang)))
    return Markup("".join(html))


def diff_html(before: str, after: str, lang: Language | None = None) -> tuple[Markup, Markup]:
    """Before and after as escaped HTML, what was removed in <del>, what was added in <ins>."""
    before, after = before or "", after or ""
    if len(before) + len(after) > _DIFF_LIMIT:
        return _side([(before, False)], "del", lang), _side([(after, False)], "ins", lang)
    old: list[tuple[str, bool]] = []
    new: list[tuple[str, bool]] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        same = op == "equal"
        old.append((before[i1:i2], not same))
        new.append((after[j1:j2], not same))
    return _side(old, "del", lang), _side(new, "ins", lang)


def bar(counts: dict[str, int]) -> dict[str, Any]:
    """A stacked bar's segments, in percent of the total, in the order of model.EN_ORIGINS."""
    total = sum(counts.get(k, 0) for k in m.EN_ORIGINS)
    segments, x = [], 0.0
    for origin in m.EN_ORIGINS:
        n = counts.get(origin, 0)
        if n and total:
            width = 100 * n / total
            segments.append({"origin": origin, "n": n, "x": round(x, 3),
                             "width": round(width, 3)})
            x += width
    label = ", ".join(f"{counts.get(k, 0)} {k}" for k in m.EN_ORIGINS)
    return {"total": total, "counts": {k: counts.get(k, 0) for k in m.EN_ORIGINS},
            "segments": segments, "label": f"English: {label}"}


def _why(change: dict[str, Any]) -> str:
    """Why a line changed: its rule (hard-wrap: joined with the lines around it), else the
    normalisation every line goes through (spaces, invisible characters, punctuation)."""
    return change.get("rule") or "normalised"


def shown_detail(detail: str | None, text: str) -> str:
    """A flag's detail as the page quotes it: a tail of its passage (the last characters of a
    cut-off paragraph) starts at a word, after an ellipsis, instead of mid-word."""
    detail = detail or ""
    if not detail or len(detail) >= len(text) or not text.endswith(detail):
        return detail
    if text[-len(detail) - 1].isalnum() and detail[0].isalnum():
        cut = detail.find(" ")
        detail = detail[cut + 1:] if cut >= 0 else detail
    return "…" + detail


def _flags(a: dict[str, Any], texts: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for f in a.get("flags", []):
        text = texts.get(f["block"], "")
        marks = f.get("marks")
        if marks is None and f["code"] == "unbalanced-quotes":  # a report from before marks
            marks = [u.as_dict() for u in unpaired_marks(text)]
        out.append({**f, "marks": marks or [], "length": len(text),
                    "shown_detail": shown_detail(f.get("detail"), text)})
    return out


def _articles(report: dict[str, Any], titles: dict[str, tuple[int, str, str]],
              langs: dict[str, Language], texts: dict[str, str],
              xrefs: dict[str, int]) -> list[dict[str, Any]]:
    coverage: dict[str, Counter[str]] = defaultdict(Counter)
    for t in report.get("translation", []):
        # By article: a scraper export or a web archive is one file of many articles.
        coverage[t.get("article") or t["file"]][t["origin"]] += 1
    out = []
    for n, a in enumerate(report.get("articles", []), start=1):
        number, title_en, title_source = titles.get(a["id"], (n, a["file"], a.get("title") or ""))
        removed = sorted([*a.get("removed", []),
                          *({"line": None, "rule": r["rule"],
                             "reason": r.get("reason", "left out by the HTML extractor"),
                             "text": r["text"]}
                            for r in a.get("extractor_removed", []))],
                         key=lambda r: (r["rule"] or "", r["line"] or 0))
        # The language report.json gives, else the one the view settled on (an older report).
        code = a.get("language") or (langs[a["id"]].code if a["id"] in langs else "und")
        lang = langs.get(a["id"]) or languages.get(code)
        changes = []
        for c in a.get("changes", []):
            old, new = diff_html(c.get("before") or "", c.get("after") or "", lang)
            changes.append({**c, "before_html": old, "after_html": new, "why": _why(c),
                            "attrs": script_attrs(c.get("after") or c.get("before"), lang)})
        counts = a.get("counts", {})
        # Passages as the PDF counts them; a report from before "passages" counted blocks.
        cross = xrefs.get(a["id"], counts.get("xrefs", 0))
        out.append({**a, "number": number, "title_en": title_en, "title_source": title_source,
                    "passages": counts.get("passages", counts.get("blocks", 0) - cross),
                    "cross_references": cross, "flags": _flags(a, texts),
                    "lang": lang, "language": code,
                    "language_name": a.get("language_name") or languages.get(code).name,
                    "language_source": a.get("language_source", ""),
                    "removed_by_rule": removed, "changes_html": changes,
                    "where": a.get("where") or a["file"],
                    "coverage": bar(coverage.get(a["id"], coverage.get(a["file"], Counter())))})
    return out


def _rules(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Every cleaning rule that removed something: how many lines, in how many articles."""
    lines: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    reasons: dict[str, str] = {}
    for a in report.get("articles", []):
        for r in a.get("removed", []) + a.get("extractor_removed", []):
            rule = r.get("rule") or "?"
            lines[rule] += 1
            articles[rule].add(a["id"])
            reasons.setdefault(rule, r.get("reason") or "left out by the HTML extractor")
    return [{"rule": rule, "reason": reasons[rule], "lines": n, "articles": len(articles[rule])}
            for rule, n in sorted(lines.items(), key=lambda kv: (-kv[1], kv[0]))]


def _site_template(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The site's template lines, each with the language of the first article it was in."""
    return [{**t, "lang": languages.get(t.get("language") or "und")}
            for t in report.get("site_template", [])]


def write_report_page(dossier: m.Dossier, opts: Options, report: dict[str, Any]) -> Path:
    out = Path(opts.out)
    view = make_view(dossier, layout_for(dossier, "web"), opts.source)

    def href(b: BlockView | None) -> str:
        return f"{WEB_EDITION}#{b.anchor}" if b is not None else WEB_EDITION

    def link(block_id: str | None) -> str:
        # Every block id is an element id in the web edition, even one the view does not know
        # (a report read back from an older build): link it rather than drop the reference.
        return f"{WEB_EDITION}#{block_id}" if block_id else WEB_EDITION

    def where(file: str | None, lines: list[int] | None) -> str:
        if not lines:
            return file or ""
        spans = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"
        return f"{file}, {spans}" if file else spans

    def where_of(block_id: str | None) -> str:
        b = view.index.get(block_id or "")
        if b is None:
            return ""
        article = view.article_of.get(b.block.id)
        return where(article.where if article is not None else b.block.source_file, b.block.lines)

    def lang_of(block_id: str | None) -> Language | None:
        article = view.article_of.get(block_id or "")
        return article.lang if article is not None else None

    env = environment(opts.source)
    titles = {a.id: (a.number, a.title_en, a.title_source) for a in view.articles}
    langs = {a.id: a.lang for a in view.articles}
    texts = {b.id: b.text or "" for b in dossier.blocks()}
    xrefs = {a.id: sum(1 for b in a.blocks if b.kind == m.XREF) for a in dossier.articles}
    summary = report.get("summary", {})
    cross = sum(xrefs.values())
    ctx = base_context(view, href, [])
    target = out / REPORT_PAGE
    atomic_write_text(target, render(
        env, "web/report.html.j2", r=report,
        articles=_articles(report, titles, langs, texts, xrefs),
        passages=summary.get("passages", passage_count(dossier.blocks())),
        cross_references=summary.get("cross_references", cross), plural=plural,
        line_attrs=script_attrs, line_html=line_html, lang_of=lang_of,
        rules=_rules(report), site_template=_site_template(report),
        total=bar(report.get("summary", {}).get("english", {})),
        link=link, label=view.label_of, where=where, where_of=where_of, origins=m.EN_ORIGINS,
        web_edition=WEB_EDITION, **ctx))
    return target
