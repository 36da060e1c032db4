"""Benchmark: articles shaped to hurt the layout engine, built as a user builds them.

A dossier folder may hold an article scraped onto a single enormous line, or a transcript of
thousands of paragraphs. WeasyPrint lays a paragraph out in time that grows with the square
of its length, and keeps every page of a run in memory, so these are the inputs where a build
can take minutes or gigabytes. Each case is made deterministically here (nothing is read from
outside the repository), built with ``invoke build`` in a new process, and measured: seconds,
peak memory (GNU time's maximum RSS), pages. Prints a table and writes JSON to bench/results/.

    .venv/bin/python bench/hostile_bench.py [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bench import INVOKE, ROOT, Workdir, pdf_pages, run_child  # noqa: E402

TITLE = "تقرير طويل عن التعاون الإقليمي في آسيا الوسطى"
WORDS = tuple(re.findall(r"\S+", "التعاون الإقليمي آسيا الوسطى الطاقة المياه الحدود التجارة "
                         "النقل الموانئ الزراعة القمح الاستثمار المصارف الجامعات الطلاب السياحة "
                         "الصحة المستشفيات الطرق السكك الحديد الغاز النفط الكهرباء الشمس الرياح "
                         "المناخ الجفاف الأمطار الصناعة المعادن الذهب النحاس الأسواق الأسعار "
                         "الضرائب الموازنة البرلمان الحكومة الوزراء"))


def _sentence(rng: random.Random, n: int) -> str:
    return f"وفي البند {n} " + " ".join(rng.sample(WORDS, 12)) + "."


def one_long_line(folder: Path) -> None:
    """A whole article on one line: 1,600 sentences, about 200,000 characters."""
    rng = random.Random(1)
    line = " ".join(_sentence(rng, n) for n in range(1600))
    (folder / "long.txt").write_text(f"{TITLE}\n\n{line}\n", "utf-8")


def one_run_of_letters(folder: Path) -> None:
    """A paragraph with a run of 200,000 letters and no space (a hostile blob)."""
    blob = "ا" * 200_000
    (folder / "blob.txt").write_text(f"{TITLE}\n\nمقدمة قصيرة للمقال.\n\n{blob}\n", "utf-8")


def many_paragraphs(folder: Path) -> None:
    """One article of 5,000 distinct paragraphs (a transcript, a scraped archive page)."""
    rng = random.Random(2)
    paras = [" ".join(_sentence(rng, n * 3 + k) for k in range(3)) for n in range(5000)]
    (folder / "many.txt").write_text(TITLE + "\n\n" + "\n\n".join(paras) + "\n", "utf-8")


CASES = {"one long line": one_long_line, "run of letters": one_run_of_letters,
         "5,000 paragraphs": many_paragraphs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=1, help="runs per case (median)")
    args = ap.parse_args()
    work = Workdir()
    rows = []
    try:
        for name, make in CASES.items():
            src = work.fresh("src")
            src.mkdir()
            make(src)
            size = sum(p.stat().st_size for p in src.iterdir())
            times, peaks, pages = [], [], 0
            for _ in range(args.runs):
                out = work.fresh("out")
                seconds, _, peak = run_child([INVOKE, "build", "--source", str(src),
                                              "--out", str(out)])
                times.append(seconds)
                peaks.append(peak or 0.0)
                pages = pdf_pages(out / "dossier.pdf")
                shutil.rmtree(out, ignore_errors=True)
            rows.append({"case": name, "bytes": size, "pages": pages,
                         "seconds": statistics.median(times), "peak_mb": max(peaks)})
            print(f"{name:18} {size / 1e6:5.2f} MB  {pages:4d} pages  "
                  f"{rows[-1]['seconds']:7.1f} s  {rows[-1]['peak_mb']:6.0f} MB peak", flush=True)
    finally:
        work.close()
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    path = results / f"hostile-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps({"runs": args.runs, "cases": rows}, indent=1,
                               ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
