"""Merge cleaned articles into one dossier: order, unify names, cross-reference duplicates."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from . import model as m
from .errors import BadArticle
from .glossary import Term, unify
from .normalize import fold_for_matching, words

DEDUP_KINDS = (m.PARAGRAPH, m.QUOTE)


def order_articles(articles: list[m.Article], order: list[str]) -> list[m.Article]:
    """dossier.toml's order first; the rest by date when known, then by file name."""
    def key_of(name: str) -> str:
        return Path(name).stem

    rank = {key_of(name): i for i, name in enumerate(order)}
    listed = sorted((a for a in articles if key_of(a.source_file) in rank),
                    key=lambda a: rank[key_of(a.source_file)])
    rest = [a for a in articles if key_of(a.source_file) not in rank]
    rest.sort(key=lambda a: (a.date is None, a.date or "", a.source_file))
    return listed + rest


def merge(articles: list[m.Article], cfg: dict[str, Any], terms: list[Term],
          keep_going: bool = False) -> tuple[m.Dossier, list[dict[str, Any]]]:
    """Return the dossier and the articles skipped as copies of another (with --keep-going)."""
    mcfg = cfg["merge"]
    ordered = order_articles(articles, cfg["dossier"]["order"])
    ordered, skipped = _drop_copies(ordered, keep_going)
    log: list[dict[str, Any]] = []
    for art in ordered:
        for block in art.blocks:
            block.ar, changes = unify(block.ar, terms)
            for change in changes:
                log.append({"action": "glossary", "block": block.id, "file": block.source_file,
                            "lines": block.lines, **change})
    log.extend(_cross_reference(ordered, float(mcfg["duplicate_threshold"]),
                                float(mcfg["report_threshold"]), int(mcfg["min_words"])))
    dossier = m.Dossier(articles=ordered, config=cfg, glossary=[t.as_dict() for t in terms],
                        merge_log=log)
    return dossier, skipped


def _fingerprint(art: m.Article) -> str:
    text = "\n".join(fold_for_matching(b.ar) for b in art.blocks)
    return hashlib.sha256(text.encode()).hexdigest()


def _drop_copies(articles: list[m.Article], keep_going: bool):
    seen: dict[str, m.Article] = {}
    kept, skipped = [], []
    for art in articles:
        fp = _fingerprint(art)
        if fp in seen:
            reason = f"the same article as {seen[fp].source_file}"
            if not keep_going:
                raise BadArticle(reason, art.source_file)
            skipped.append({"file": art.source_file, "line": None, "reason": reason})
            continue
        seen[fp] = art
        kept.append(art)
    return kept, skipped


def _cross_reference(articles: list[m.Article], threshold: float, report_from: float,
                     min_words: int) -> list[dict[str, Any]]:
    """Replace each later near-duplicate paragraph by a cross-reference to its first occurrence.

    Similarity is rapidfuzz's normalised Indel ratio over a folded form of the text (no
    diacritics or punctuation, one alef): near-identical copies score above 0.85, paragraphs
    that only share a topic score near 0.5 on the seeds.
    """
    log = []
    earlier: list[tuple[m.Block, str]] = []  # (block, id of surviving original)
    earlier_folded: list[str] = []  # the folded text of each of those blocks
    for art in articles:
        for i, block in enumerate(art.blocks):
            if block.kind not in DEDUP_KINDS or len(words(block.ar)) < min_words:
                continue
            folded = fold_for_matching(block.ar)
            best: tuple[float, m.Block, str] | None = None
            # Every earlier paragraph is scored, so the cost grows with the square of the
            # number of paragraphs; rapidfuzz runs that loop in C++ and yields, in order, only
            # those scoring at least report_from (the same scores as fuzz.ratio).
            for _, ratio, j in process.extract_iter(folded, earlier_folded, scorer=fuzz.ratio,
                                                    processor=None,
                                                    score_cutoff=report_from * 100):
                # A ratio of at least t needs lengths within a factor of t/(2-t): skip the rest.
                la, lb = len(folded), len(earlier_folded[j])
                if min(la, lb) / max(la, lb, 1) < report_from / (2 - report_from):
                    continue
                score = ratio / 100
                if score and (best is None or score > best[0]):
                    best = (score, *earlier[j])
            if best and best[0] >= threshold:
                score, other, root = best
                xref = m.Block(
                    id=block.id, kind=m.XREF, ar="", source_file=block.source_file,
                    lines=block.lines, ref=root, score=round(score, 3), replaced_ar=block.ar,
                )
                art.blocks[i] = xref
                log.append({"action": "duplicate", "block": block.id, "file": block.source_file,
                            "lines": block.lines, "duplicate_of": root,
                            "matched": other.id, "matched_file": other.source_file,
                            "matched_lines": other.lines, "score": round(score, 3),
                            "threshold": threshold, "removed_text": block.ar})
                earlier.append((block, root))
                earlier_folded.append(folded)
                continue
            if best:
                log.append({"action": "kept-similar", "block": block.id,
                            "file": block.source_file, "lines": block.lines,
                            "similar_to": best[1].id, "similar_file": best[1].source_file,
                            "similar_lines": best[1].lines, "score": round(best[0], 3),
                            "threshold": threshold})
            earlier.append((block, block.id))
            earlier_folded.append(folded)
    return log
