"""Which paragraphs of a dossier resemble which, scored once and remembered between builds.

The merge asks, for every paragraph, which earlier paragraphs score at least a cutoff under
rapidfuzz's normalised Indel ratio. Every pair has to be scored, so the work grows with the
square of the number of paragraphs (200 articles: about five million pairs). Two things keep
that affordable:

- rapidfuzz's ``cdist`` scores a block of paragraphs against all the others in C++, on every
  core, skipping pairs as soon as they cannot reach the cutoff;
- a pair's score depends only on its two texts, so scores are kept in ``OUT/cache/merge``
  by the texts' hashes. A rebuild scores only the paragraphs it has not seen (against all
  the others): after editing one article, its paragraphs, not the whole dossier.

Above ``lsh_above`` distinct paragraphs ([merge] lsh_above; thousands of articles) the square
is too big even so, and the pairs worth scoring are found first by a MinHash LSH index
(datasketch) over each paragraph's set of words: two paragraphs that score 0.55 or more share
most of their words, so the index finds them (and some that only share words, which the exact
score then turns down). Each candidate pair gets the same rapidfuzz score as before, so the
merges are those of the all-pairs comparison wherever the index finds the pair
(bench/README.md: the same merges on the 200-article benchmark).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .fileio import atomic_write_text, read_json

# Bump when the scoring changes (scorer, folding handled by the caller): old caches are dropped.
VERSION = 1
ROWS = 256  # paragraphs per cdist call: its matrix is ROWS x paragraphs x 8 bytes
# Pairs kept above the report cutoff before only duplicates are kept (see ``update``): about
# 200 bytes each in memory, so some 400 MB. Real dossiers stay far below (the seeds: 13).
MAX_PAIRS = 2_000_000
# The index: how many hash functions, and the word-set Jaccard similarity it is tuned to find.
# Near-copies share nearly all their words, paragraphs at the report's cutoff most of them.
LSH_PERMUTATIONS = 128
LSH_JACCARD = 0.4


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


class PairScores:
    """Scores (0..1) of the pairs of texts at or above ``cutoff``, for a set of texts."""

    def __init__(self, cutoff: float, cache_file: Path | None = None,
                 fallback: float | None = None, max_pairs: int = MAX_PAIRS,
                 lsh_above: int | None = None):
        self.cutoff = cutoff
        self.lsh_above = lsh_above  # distinct texts above which candidates come from LSH
        self.used_lsh = False
        # When a dossier's paragraphs all resemble one another (thousands of rows of one
        # table, one template filled in 5,000 times), the pairs above ``cutoff`` grow with the
        # square of the paragraphs (12 million, 5 GB, at 5,000). Past ``max_pairs`` only pairs
        # at or above ``fallback`` (the duplicate threshold) are kept: merging is unchanged,
        # the report's "similar, not merged" list is cut (``limited`` says so).
        self.fallback, self.max_pairs = fallback, max_pairs
        self.limited = False
        self.pair_count = 0
        self.cache_file = cache_file
        self.known: set[str] = set()  # texts scored against every other known text
        self.scores: dict[str, dict[str, float]] = defaultdict(dict)
        self.scored_pairs = 0  # how many pairs this process scored (the rest came cached)
        if cache_file is not None:
            self._load(cache_file)

    def _load(self, path: Path) -> None:
        try:
            data = read_json(path)
            if data.get("version") != VERSION or data.get("cutoff") != self.cutoff:
                return
            known = set(data["known"])
            scores: dict[str, dict[str, float]] = defaultdict(dict)
            for a, b, s in data["pairs"]:
                scores[a][b] = scores[b][a] = float(s)
        except (OSError, ValueError, KeyError, TypeError):
            return  # a missing or damaged cache costs time, never a wrong result
        self.known, self.scores = known, scores
        self.pair_count = len(data["pairs"])

    def save(self, keys: Iterable[str]) -> None:
        """Write the cache, keeping only the texts in ``keys`` (the dossier as it is now)."""
        if self.cache_file is None:
            return
        keep = set(keys) & self.known
        pairs = sorted({(min(a, b), max(a, b), s) for a in keep for b, s in self.scores[a].items()
                        if b in keep})
        if self.limited:
            return  # a cut list is this build's; the next one scores again from scratch
        data = {"version": VERSION, "cutoff": self.cutoff, "known": sorted(keep),
                "pairs": [list(p) for p in pairs]}
        atomic_write_text(self.cache_file, json.dumps(data, separators=(",", ":")))

    def update(self, texts: list[str]) -> list[str]:
        """Score every text not yet known against all of ``texts``; return their keys."""
        import numpy as np
        from rapidfuzz import fuzz, process

        keys = [_key(t) for t in texts]
        # One copy of each text (identical texts score 1): the position of its first copy.
        unique = sorted({k: i for i, k in reversed(list(enumerate(keys)))}.values())
        new = [i for i in unique if keys[i] not in self.known]
        old = [i for i in unique if keys[i] in self.known]
        if self.lsh_above is not None and len(unique) > self.lsh_above and new:
            self._update_by_lsh(texts, keys, old, new)
            return keys
        cut = self.cutoff * 100
        for start in range(0, len(new), ROWS):
            rows = new[start:start + ROWS]
            # Each new text against the known ones and the new ones up to its block: every
            # pair once (the block's own square twice), not the whole square.
            cols = old + new[:start + ROWS]
            matrix = process.cdist([texts[i] for i in rows], [texts[i] for i in cols],
                                   scorer=fuzz.ratio, processor=None, score_cutoff=cut,
                                   workers=-1, dtype=np.float64)  # float32 could put 80 under
            self.scored_pairs += matrix.size
            for r, c in zip(*np.nonzero(matrix >= cut), strict=True):
                a, b = keys[rows[r]], keys[cols[c]]
                if a != b and b not in self.scores[a]:
                    # Unrounded: the merge compares it with its threshold.
                    self.scores[a][b] = self.scores[b][a] = float(matrix[r, c]) / 100
                    self.pair_count += 1
            self.known.update(keys[i] for i in rows)
            if self.pair_count > self.max_pairs and self.fallback is not None \
                    and not self.limited:
                self._keep_only(self.fallback)
                cut = self.cutoff * 100
        return keys

    def _update_by_lsh(self, texts: list[str], keys: list[str], old: list[int],
                       new: list[int]) -> None:
        """Score each new text against the texts an LSH index over word sets names as
        candidates (known ones, and new ones before it), each pair once."""
        from datasketch import MinHash, MinHashLSH
        from rapidfuzz import fuzz

        self.used_lsh = True
        order = old + new
        hashes = MinHash.bulk([{w.encode() for w in texts[i].split()} for i in order],
                              num_perm=LSH_PERMUTATIONS)
        index = MinHashLSH(threshold=LSH_JACCARD, num_perm=LSH_PERMUTATIONS)
        with index.insertion_session() as session:
            for n, h in enumerate(hashes):
                session.insert(n, h)
        cut = self.cutoff * 100
        for n in range(len(old), len(order)):
            i = order[n]
            for m in index.query(hashes[n]):
                if m >= n:
                    continue  # a new text after this one: scored from its side
                j = order[m]
                a, b = keys[i], keys[j]
                if a == b or b in self.scores[a]:
                    continue
                self.scored_pairs += 1
                score = fuzz.ratio(texts[i], texts[j], processor=None, score_cutoff=cut)
                if score >= cut:
                    self.scores[a][b] = self.scores[b][a] = score / 100
                    self.pair_count += 1
            self.known.add(keys[i])
            if self.pair_count > self.max_pairs and self.fallback is not None \
                    and not self.limited:
                self._keep_only(self.fallback)
                cut = self.cutoff * 100

    def _keep_only(self, cutoff: float) -> None:
        self.limited, self.cutoff = True, cutoff
        for a in list(self.scores):
            kept = {b: s for b, s in self.scores[a].items() if s >= cutoff}
            if kept:
                self.scores[a] = kept
            else:
                del self.scores[a]
        self.pair_count = sum(map(len, self.scores.values())) // 2

    def similar(self, key: str) -> Iterable[tuple[str, float]]:
        """The known texts scoring at least the cutoff with ``key``, itself included."""
        yield key, 1.0
        yield from self.scores.get(key, {}).items()
