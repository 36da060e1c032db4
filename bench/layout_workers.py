"""Benchmark: the PDF's parts laid out in 1 and in 2 (or more) processes (issue 19).

For each size (200 articles by default; ``--sizes 200,1000``), a synthetic dossier made from
the seeds as ``bench/build_bench.py`` makes it, built cold (a new out folder) by
``invoke build`` in a new process, once per ``[scale] layout_workers`` value: wall seconds,
the PDF stage's seconds (report.json), pages, and peak memory: the sum of the proportional
set sizes (PSS) of the build and its layout processes, sampled every 0.5 s. GNU time's figure
is the largest single process, which undercounts a pool; a sum of RSS counts the pages forked
processes share with the build in each of them.

    .venv/bin/python bench/layout_workers.py [--sizes 200] [--workers 1,2]

Writes ``bench/results/layout_workers.json``. Never touches the network or seeds/.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))


from build_bench import INVOKE, pdf_pages, synthesize  # noqa: E402


def peak_tree_mb(proc: subprocess.Popen, every: float = 0.5) -> list[float]:
    """Sample the summed proportional set size of ``proc`` and its descendants until it
    ends; the peak goes into the returned one-element list."""
    import psutil

    peak = [0.0]

    def sample() -> None:
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while proc.poll() is None:
            total = 0
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                return
            for p in tree:
                # PSS: pages a forked process shares with its parent count once, split
                # between them (RSS counts them in each).
                with contextlib.suppress(psutil.Error):
                    total += p.memory_full_info().pss
            peak[0] = max(peak[0], total / 2**20)
            time.sleep(every)

    threading.Thread(target=sample, daemon=True).start()
    return peak


def build(source: Path, out: Path) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.Popen([INVOKE, "build", "--source", str(source), "--out", str(out)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, stdin=subprocess.DEVNULL)
    peak = peak_tree_mb(proc)
    _, err = proc.communicate()
    seconds = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"build of {source} failed:\n{err[-3000:]}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {"seconds": round(seconds, 1), "pdf_seconds": report["stages"]["seconds"]["pdf"],
            "pages": pdf_pages(out / "dossier.pdf"), "peak_mb": round(peak[0])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="200")
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    results: dict = {}
    work = Path(tempfile.mkdtemp(prefix="layout-workers-"))
    try:
        for n in [int(x) for x in args.sizes.split(",")]:
            base = work / f"src-{n}"
            synthesize(ROOT / "seeds", base, n)
            for w in [int(x) for x in args.workers.split(",")]:
                source = work / f"src-{n}-w{w}"
                shutil.copytree(base, source)
                with (source / "dossier.toml").open("a", encoding="utf-8") as f:
                    f.write(f"\n[scale]\nlayout_workers = {w}\n")
                r = build(source, work / f"out-{n}-w{w}")
                results[f"{n} articles, {w} worker(s)"] = r
                print(f"{n:>5} articles  {w} worker(s)  {r['seconds']:7.1f} s  PDF "
                      f"{r['pdf_seconds']:7.1f} s  {r['pages']:>5} pages  {r['peak_mb']:>5} MB",
                      flush=True)
                shutil.rmtree(work / f"out-{n}-w{w}", ignore_errors=True)
                shutil.rmtree(source, ignore_errors=True)
            one = results.get(f"{n} articles, 1 worker(s)")
            two = results.get(f"{n} articles, 2 worker(s)")
            if one and two:
                print(f"{n:>5} articles  2 workers / 1: build {two['seconds'] / one['seconds']:.2f}"
                      f", PDF {two['pdf_seconds'] / one['pdf_seconds']:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    dest = ROOT / "bench" / "results"
    dest.mkdir(exist_ok=True)
    (dest / "layout_workers.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
