"""Benchmark: translation throughput through a local Dask cluster against the in-process
engine, on the same sentences and the same package (issue 19).

Builds the base-size proxy package offline (as ``translate_bench.py`` does: d512, 6+6 layers,
32k vocabulary, int8), splits the seeds' paragraphs into their unique sentences, and
translates them with the in-process engine (``get_engine``), then with ``ClusterEngine``
pointed at a ``LocalCluster`` started on 127.0.0.1 with one worker process using every core
(what `dask worker --nworkers 1` gives on this machine), each twice: the first run includes
loading the model (in this process, or on the worker), the second is warm. The cluster pays
for pickling sentences and results and for the scheduler's round trips; the goal is a warm
ratio of at most 1.2.

    .venv/bin/python bench/cluster_translate.py [--beam 4] [--repeat 3] [--small]

Writes ``bench/results/cluster_translate.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--beam", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=3,
                    help="the seeds' sentences this many times (distinct copies)")
    ap.add_argument("--small", action="store_true", help="tiny model (a quick smoke run)")
    args = ap.parse_args()

    import distributed

    from pipeline.build import Options, run_text_stages
    from pipeline.translate.cluster import ClusterEngine
    from pipeline.translate.engine import Decoding, get_engine
    from pipeline.translate.models import install
    from tests.tiny_model import build_package

    work = Path(tempfile.mkdtemp(prefix="cluster-bench-"))
    size = {} if args.small else dict(d_model=512, enc_layers=6, dec_layers=6, ffn=2048,
                                      pad_vocab=32000, heads=8, quantization="int8")
    info = build_package(work / "proxy.argosmodel", seeds=str(ROOT / "seeds"), mode="gloss",
                         **size)
    model = install(Path(info["output"]), work / "models")
    engine = get_engine(model)
    dossier, _ = run_text_stages(Options(ROOT / "seeds", work / "out"))
    sentences = list(dict.fromkeys(
        s for b in dossier.blocks() if b.kind == "paragraph" and b.text.strip()
        for line in engine.split(b.text) for s in line))
    # Distinct copies (a sentence number in front), so no cache or dedup helps either side.
    sentences = [f"{k} {s}" if k else s for k in range(args.repeat) for s in sentences]
    decoding = Decoding(beam=args.beam)
    results: dict = {"sentences": len(sentences), "beam": args.beam, "cores": os.cpu_count(),
                     "model": "base-size proxy" if not args.small else "tiny"}

    def timed(eng) -> float:  # noqa: ANN001
        t0 = time.perf_counter()
        eng.translate(sentences, decoding)
        return time.perf_counter() - t0

    results["local_cold"] = timed(engine)
    results["local_warm"] = timed(engine)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        remote = ClusterEngine(engine, cluster.scheduler_address)
        try:
            results["cluster_cold"] = timed(remote)
            results["cluster_warm"] = timed(remote)
        finally:
            remote.close()
    for key in ("local_cold", "local_warm", "cluster_cold", "cluster_warm"):
        results[key] = round(results[key], 2)
    results["ratio_warm"] = round(results["cluster_warm"] / results["local_warm"], 2)
    results["ratio_cold"] = round(results["cluster_cold"] / results["local_cold"], 2)
    n = len(sentences)
    print(f"{n} sentences, beam {args.beam}, {results['model']} model, {os.cpu_count()} cores")
    for key in ("local_cold", "local_warm", "cluster_cold", "cluster_warm"):
        print(f"  {key:<13} {results[key]:7.2f} s  {n / results[key]:6.1f} sentences/s")
    print(f"  cluster / in-process: warm {results['ratio_warm']:.2f}, "
          f"cold {results['ratio_cold']:.2f}")
    dest = ROOT / "bench" / "results"
    dest.mkdir(exist_ok=True)
    (dest / "cluster_translate.json").write_text(json.dumps(results, indent=1),
                                                 encoding="utf-8")


if __name__ == "__main__":
    main()
