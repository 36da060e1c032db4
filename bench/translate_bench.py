"""Benchmark: argostranslate's own translate() against our batched engine, same package.

Builds a base-size proxy package offline (d512, 6+6 layers, 32k vocabulary, int8: the shape
of a real Argos model, with hand-set weights that copy), takes the seed articles' paragraphs,
and translates them both ways at the same beam. Prints a table and writes JSON to
bench/results/. Each side runs in its own process (argostranslate reads its settings at
import) with the machine's default threading for argostranslate, as a user would meet it.

    .venv/bin/python bench/translate_bench.py [--beam 4] [--limit 100] [--small]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARGOS_SIDE = r"""
import json, sys, time
import argostranslate.package as package, argostranslate.translate as translate
package.install_from_path(sys.argv[1])
t = translate.get_translation_from_codes("ar", "en")
texts = json.loads(open(sys.argv[2], encoding="utf-8").read())
t0 = time.perf_counter()
outs = [t.translate(x) for x in texts]
print(json.dumps({"outputs": outs, "seconds": time.perf_counter() - t0}, ensure_ascii=False))
"""

OUR_SIDE = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from pipeline.translate.engine import Decoding, get_engine
from pipeline.translate.models import install
model = install(Path(sys.argv[1]), Path(sys.argv[3]))
texts = json.loads(open(sys.argv[2], encoding="utf-8").read())
beam = int(sys.argv[5])
t0 = time.perf_counter()
engine = get_engine(model)
lines = [engine.split(x) for x in texts]
flat = list(dict.fromkeys(s for ls in lines for ln in ls for s in ln))
done = dict(zip(flat, (o.text for o in engine.translate(flat, Decoding(beam=beam)))))
outs = ["\n".join(" ".join(done[s] for s in ln) for ln in ls) for ls in lines]
print(json.dumps({"outputs": outs, "seconds": time.perf_counter() - t0,
                  "sentences": len(flat), "threads": engine.threads}, ensure_ascii=False))
"""


def paragraphs(limit: int) -> list[str]:
    from pipeline.build import Options, run_text_stages

    with tempfile.TemporaryDirectory() as out:
        dossier, _ = run_text_stages(Options(ROOT / "seeds", Path(out)))
    texts = [b.text for b in dossier.blocks() if b.kind == "paragraph" and b.text.strip()]
    return texts[:limit]


def run(code: str, args: list[str], env: dict[str, str]) -> dict:
    r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                       env=env, timeout=3600)
    if r.returncode:
        raise SystemExit(r.stderr[-3000:])
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--beam", type=int, default=4, help="beam for both sides (argos: 4)")
    ap.add_argument("--limit", type=int, default=100, help="paragraphs from the seeds")
    ap.add_argument("--small", action="store_true", help="tiny model (a quick smoke run)")
    args = ap.parse_args()

    from tests.tiny_model import build_package

    work = Path(tempfile.mkdtemp(prefix="mt-bench-"))
    size = {} if args.small else dict(d_model=512, enc_layers=6, dec_layers=6, ffn=2048,
                                      pad_vocab=32000, heads=8, quantization="int8")
    t0 = time.perf_counter()
    info = build_package(work / "proxy.argosmodel", seeds=str(ROOT / "seeds"), mode="gloss",
                         **size)
    print(f"built proxy package in {time.perf_counter() - t0:.1f} s "
          f"({info['size_bytes'] / 1e6:.1f} MB)", flush=True)
    texts = paragraphs(args.limit)
    (work / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")

    env = dict(os.environ, HOME=str(work), XDG_DATA_HOME=str(work / "data"),
               XDG_CONFIG_HOME=str(work / "config"), XDG_CACHE_HOME=str(work / "cache"),
               ARGOS_PACKAGES_DIR=str(work / "argos-packages"), ARGOS_BEAM_SIZE=str(args.beam))
    for key in ("ARGOS_CHUNK_TYPE", "ARGOS_INTRA_THREADS", "ARGOS_INTER_THREADS",
                "ARGOS_BATCH_SIZE"):
        env.pop(key, None)  # argostranslate's defaults, as a user meets them
    argos = run(ARGOS_SIDE, [str(info["output"]), str(work / "texts.json")], env)
    print(f"argostranslate translate(): {argos['seconds']:.2f} s", flush=True)
    ours = run(OUR_SIDE, [str(info["output"]), str(work / "texts.json"), str(work / "ours"),
                          str(ROOT), str(args.beam)], env)
    print(f"pipeline engine:            {ours['seconds']:.2f} s", flush=True)

    same = sum(a == b for a, b in zip(argos["outputs"], ours["outputs"], strict=True))
    ratio = argos["seconds"] / ours["seconds"]
    result = {
        "model": "base-size proxy" if not args.small else "tiny",
        "package": {k: info[k] for k in ("d_model", "layers", "ffn", "vocab", "quantization",
                                          "size_bytes")},
        "paragraphs": len(texts), "sentences": ours["sentences"], "beam": args.beam,
        "cores": os.cpu_count(), "threads": ours["threads"],
        "argostranslate_seconds": round(argos["seconds"], 3),
        "engine_seconds": round(ours["seconds"], 3),
        "speedup": round(ratio, 2),
        "identical_outputs": same, "compared": len(texts),
        "machine": platform.platform(), "python": platform.python_version(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    print()
    print(f"{'':28}{'seconds':>10}{'sent/s':>10}")
    print(f"{'argostranslate translate()':28}{argos['seconds']:>10.2f}"
          f"{ours['sentences'] / argos['seconds']:>10.1f}")
    print(f"{'pipeline engine (batched)':28}{ours['seconds']:>10.2f}"
          f"{ours['sentences'] / ours['seconds']:>10.1f}")
    print(f"speed-up {ratio:.1f}x at beam {args.beam}; identical output for {same}/{len(texts)} "
          f"paragraphs ({ours['sentences']} sentences, {os.cpu_count()} cores)")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    path = results / f"translate-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"-> {path}")


if __name__ == "__main__":
    main()
