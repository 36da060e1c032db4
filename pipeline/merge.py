"""Merge cleaned articles into one dossier: order, unify names, cross-reference duplicates."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from . import model as m
from .errors import BadArticle
from .glossary import Term, source_language, unify
from .normalize import fold_for_matching, words
from .similarity import PairScores

DEDUP_KINDS = (m.PARAGRAPH, m.QUOTE)


def order_articles(articles: list[m.Article], order: list[str]) -> list[m.Article]:
    """dossier.toml's order first; the rest by date when known, then by file name. An entry
    of the order names a file (with or without its extension: all its articles, in the file's
    order) or one article by its id."""
    from .readers import stem

    rank: dict[str, int] = {}
    for i, name in enumerate(order):
        rank.setdefault(name, i)
        rank.setdefault(stem(name), i)

    def rank_of(a: m.Article) -> int | None:
        return next((rank[k] for k in (a.id, a.source_file, stem(a.source_file)) if k in rank),
                    None)

    listed = sorted((a for a in articles if rank_of(a) is not None), key=rank_of)
    rest = [a for a in articles if rank_of(a) is None]
    rest.sort(key=lambda a: (a.date is None, a.date or "", a.source_file))
    return listed + rest


def merge(articles: list[m.Article], cfg: dict[str, Any], terms: list[Term],
          keep_going: bool = False, cache_dir: Path | None = None,
          ) -> tuple[m.Dossier, list[dict[str, Any]]]:
    """Return the dossier and the articles skipped as copies of another (with --keep-going).

    With ``cache_dir``, paragraph similarity scores are kept there for the next build."""
    mcfg = cfg["merge"]
    ordered = order_articles(articles, cfg["dossier"]["order"])
    ordered, skipped = _drop_copies(ordered, keep_going)
    log: list[dict[str, Any]] = []
    for art in ordered:
        # Each article's variants are unified in its own language, by that language's forms.
        language = source_language(art)
        for block in art.blocks:
            block.text, changes = unify(block.text, terms, language)
            for change in changes:
                log.append({"action": "glossary", "block": block.id, "file": block.source_file,
                            "lines": block.lines, **change})
    log.extend(_cross_reference(ordered, float(mcfg["duplicate_threshold"]),
                                float(mcfg["report_threshold"]), int(mcfg["min_words"]),
                                cache_dir / "pairs.json" if cache_dir else None,
                                int(mcfg["lsh_above"]) or None))
    dossier = m.Dossier(articles=ordered, config=cfg, glossary=[t.as_dict() for t in terms],
                        merge_log=log)
    return dossier, skipped


def _fingerprint(art: m.Article) -> str:
    text = "\n".join(fold_for_matching(b.text) for b in art.blocks)
    return hashlib.sha256(text.encode()).hexdigest()


def _drop_copies(articles: list[m.Article], keep_going: bool):
    seen: dict[str, m.Article] = {}
    kept, skipped = [], []
    for art in articles:
        fp = _fingerprint(art)
        if fp in seen:
            reason = f"the same article as {seen[fp].where}"
            # Two captures of one page in a web archive, one story exported twice: the copy
            # adds nothing, and is listed. Two files with the same text are the editor's to sort.
            if not keep_going and seen[fp].source_file != art.source_file:
                raise BadArticle(reason, art.source_file)
            skipped.append({"file": art.source_file, "record": art.record_label or None,
                            "line": None, "reason": reason})
            continue
        seen[fp] = art
        kept.append(art)
    return kept, skipped


def _cross_reference(articles: list[m.Article], threshold: float, report_from: float,
                     min_words: int, cache_file: Path | None = None,
                     lsh_above: int | None = None) -> list[dict[str, Any]]:
    """Replace each later near-duplicate paragraph by a cross-reference to its first occurrence.

    Similarity is rapidfuzz's normalised Indel ratio over a folded form of the text (no
    diacritics or punctuation, one alef): near-identical copies score above 0.85, paragraphs
    that only share a topic score near 0.5 on the seeds. Scores come from ``PairScores``,
    which keeps them between builds in ``cache_file``.
    """
    candidates = [(art, i, block) for art in articles for i, block in enumerate(art.blocks)
                  if block.kind in DEDUP_KINDS and len(words(block.text)) >= min_words]
    pairs = PairScores(report_from, cache_file, fallback=threshold, lsh_above=lsh_above)
    keys = pairs.update([fold_for_matching(block.text) for _, _, block in candidates])
    log = []
    earlier: list[tuple[m.Block, str]] = []  # (block, id of surviving original)
    first_at: dict[str, int] = {}  # text key -> its first position in `earlier`
    for n, (art, i, block) in enumerate(candidates):
        # The best-scoring earlier paragraph; among equal scores the first one.
        found = [(score, -first_at[k]) for k, score in pairs.similar(keys[n]) if k in first_at]
        best: tuple[float, m.Block, str] | None = None
        if found:
            score, minus_j = max(found)
            best = (score, *earlier[-minus_j])
        if best and best[0] >= threshold:
            score, other, root = best
            xref = m.Block(
                id=block.id, kind=m.XREF, text="", source_file=block.source_file,
                lines=block.lines, ref=root, score=round(score, 3), replaced_text=block.text,
            )
            art.blocks[i] = xref
            log.append({"action": "duplicate", "block": block.id, "file": block.source_file,
                        "lines": block.lines, "duplicate_of": root,
                        "matched": other.id, "matched_file": other.source_file,
                        "matched_lines": other.lines, "score": round(score, 3),
                        "threshold": threshold, "removed_text": block.text})
            earlier.append((block, root))
        else:
            if best:
                log.append({"action": "kept-similar", "block": block.id,
                            "file": block.source_file, "lines": block.lines,
                            "similar_to": best[1].id, "similar_file": best[1].source_file,
                            "similar_lines": best[1].lines, "score": round(best[0], 3),
                            "threshold": threshold})
            earlier.append((block, block.id))
        first_at.setdefault(keys[n], n)
    pairs.save(keys)
    if pairs.used_lsh:
        log.append({"action": "similar-limited", "cutoff": report_from, "reason":
                    f"more than {lsh_above:,} distinct paragraphs: the pairs compared were "
                    "those a MinHash index over their words proposed, so the list of similar "
                    "passages may miss a pair that shares few words"})
    if pairs.limited:
        log.append({"action": "similar-limited", "cutoff": threshold, "reason":
                    f"more than {pairs.max_pairs:,} pairs of paragraphs looked alike; only "
                    "duplicates were kept, so the list of similar passages is cut"})
    return log
