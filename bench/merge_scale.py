"""Benchmark: the merge at hundreds and thousands of articles, all pairs against the LSH index.

For each size, a synthetic dossier made from the seeds as bench/build_bench.py makes it
(shuffled copies), cleaned once; then the merge run twice on the same cleaned articles, without
its score cache: comparing every pair of paragraphs (``[merge] lsh_above = 0``) and with
candidate pairs from the MinHash LSH index (``lsh_above`` = 1). Prints each one's time, the
pairs it scored, and whether the two made the same merges (cross-references: block, the
passage it repeats, score) and listed the same similar passages.

    .venv/bin/python bench/merge_scale.py [--sizes 200,1000] [--skip-all-pairs-above 1000]
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    from build_bench import synthesize

    from pipeline import merge as merging
    from pipeline import similarity
    from pipeline.build import Options
    from pipeline.config import load_config
    from pipeline.glossary import load_glossary
    from pipeline.runner import Run

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="200,1000")
    ap.add_argument("--skip-all-pairs-above", type=int, default=10_000)
    args = ap.parse_args()
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "src"
            synthesize(ROOT / "seeds", src, n)
            run = Run(Options(src, Path(tmp) / "out"))
            cleaned = run.get("clean")
            cfg = load_config(src)
            terms = load_glossary(src)
            results = {}
            for name, above in (("all pairs", 0), ("LSH", 1)):
                if name == "all pairs" and n > args.skip_all_pairs_above:
                    continue
                cfg["merge"]["lsh_above"] = above
                counted: list[similarity.PairScores] = []
                original = similarity.PairScores.__init__

                def init(self, *a, original=original, counted=counted, **k):  # noqa: ANN001, ANN002, ANN003
                    original(self, *a, **k)
                    counted.append(self)

                similarity.PairScores.__init__ = init
                started = time.perf_counter()
                dossier, _ = merging.merge(copy.deepcopy(cleaned.articles), cfg, terms)
                seconds = time.perf_counter() - started
                similarity.PairScores.__init__ = original
                log = dossier.merge_log
                merges = {(e["block"], e["duplicate_of"], e["score"]) for e in log
                          if e["action"] == "duplicate"}
                similar = {(e["block"], e["similar_to"], e["score"]) for e in log
                           if e["action"] == "kept-similar"}
                paragraphs = len(counted[0].known) if counted else 0
                results[name] = (merges, similar)
                print(f"{n} articles, {name}: {seconds:.1f} s, {paragraphs} distinct paragraphs, "
                      f"{counted[0].scored_pairs:,} pairs scored, {len(merges)} merges, "
                      f"{len(similar)} similar listed", flush=True)
            if len(results) == 2:
                (m1, s1), (m2, s2) = results["all pairs"], results["LSH"]
                print(f"{n} articles: same merges: {m1 == m2} ({len(m1 ^ m2)} differ); "
                      f"similar listed by LSH {len(s2 & s1)}/{len(s1)}, extra {len(s2 - s1)}",
                      flush=True)


if __name__ == "__main__":
    main()
