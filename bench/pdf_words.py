"""Whole-word search in the dossier PDF's text layer, as poppler, PDFium and MuPDF extract it.

    python bench/pdf_words.py                      # the seeds (built into a temporary folder)
    python bench/pdf_words.py FOLDER...            # any folder(s) of articles, built the same way
    python bench/pdf_words.py --corpus             # the seeds, corpus-structure2, corpus-words3
    python bench/pdf_words.py --built OUT          # an out folder already built (PDF + stages)
    python bench/pdf_words.py ... --missed 40      # list up to 40 missed words per extractor
    python bench/pdf_words.py --corpus --layouts parallel,interleaved,source   # each layout

What it counts: the distinct words of the text the dossier prints (each block's source text,
grouped by the article's language, and its English), exactly as the cleaning stage left it
(``OUT/stages/dossier.json``: Arabic normalised the way the PDF sets it), against the words of
the text each extractor gives for the whole PDF: poppler's ``pdftotext`` (what Evince, most
desktop search and indexers read), PDFium through pypdfium2 (Chrome) and MuPDF through pymupdf.
A word counts as found when the extracted text holds it as a whole word: letters, marks and
digits between non-letters, both sides NFC. A word WeasyPrint hyphenated at a line end (U+2010, its
hyphenate-character) is joined again, as any indexer does; nothing else is repaired.

Writes ``bench/results/pdf_words.json``. Never run by the tests.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# ZWNJ and ZWJ are inside a word (Persian می‌خوانم is one word, written with its ZWNJ).
WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]*[\p{L}\p{M}\p{N}]")
# WeasyPrint's hyphenation (the hyphenate-character, U+2010) at a line end, the word going on
# on the next line: one word. A hyphen-minus there is the text's own (in-depth): kept.
HYPHEN_BREAK = regex.compile(r"(\p{L})\u2010\s*\n\s*(\p{Ll})")
# What the lam-kaf bug of issue 18 broke; listed apart so a regression shows at once.
LAM_KAF = regex.compile(r"ل[\p{M}]*[كکگ]")


def words(text: str) -> set[str]:
    text = unicodedata.normalize("NFC", text)
    text = HYPHEN_BREAK.sub(r"\1\2", text)
    return set(WORD.findall(text))


def source_words(stages: Path) -> dict[str, set[str]]:
    """Distinct words per language of what the dossier prints: source text and its English."""
    dossier = json.loads((stages / "dossier.json").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for article in dossier["articles"]:
        lang = article.get("language") or "und"
        for block in article["blocks"]:
            out.setdefault(lang, set()).update(words(block.get("text") or ""))
            if block.get("en") and lang != "en":
                out.setdefault("en", set()).update(words(block["en"]))
    return out


def poppler(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdfium(pdf: Path) -> str:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def mupdf(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(str(pdf)) as doc:
        return "\n".join(page.get_text("text") for page in doc)


EXTRACTORS: dict[str, Callable[[Path], str]] = {
    "poppler": poppler, "pdfium": pdfium, "mupdf": mupdf}


def measure(out: Path, missed: int) -> dict:
    wanted = source_words(out / "stages")
    result: dict = {"pdf": str(out / "dossier.pdf"), "extractors": {}}
    for name, extract in EXTRACTORS.items():
        found = words(extract(out / "dossier.pdf"))
        per_lang = {}
        all_missed: list[str] = []
        for lang, ws in sorted(wanted.items()):
            miss = sorted(ws - found)
            per_lang[lang] = {"words": len(ws), "found": len(ws) - len(miss),
                              "share": round((len(ws) - len(miss)) / len(ws), 4) if ws else 1.0}
            all_missed += miss
        total = sum(len(ws) for ws in wanted.values())
        lam_kaf = sorted({w for ws in wanted.values() for w in ws if LAM_KAF.search(w)})
        result["extractors"][name] = {
            "share": round((total - len(all_missed)) / total, 4), "words": total,
            "per_language": per_lang,
            "lam_kaf": {"words": len(lam_kaf),
                        "found": sum(1 for w in lam_kaf if w in found)},
            "missed": all_missed[:missed],
        }
    return result


def build(source: Path, out: Path, layout: str = "") -> None:
    subprocess.run([sys.executable, "-m", "invoke", "build", "--source", str(source),
                    "--out", str(out), "--keep-going", *(["--layout", layout] if layout else [])],
                   cwd=ROOT, check=True, capture_output=True)


def corpus_folder(corpus: Path, into: Path) -> Path:
    """A structured-article corpus (one folder per site, answer keys beside) as one dossier."""
    into.mkdir(parents=True, exist_ok=True)
    for f in sorted(corpus.rglob("*")):
        if f.is_file() and f.suffix in {".txt", ".md", ".html"} and f.name != "README.md":
            shutil.copy(f, into / f"{f.parent.name}__{f.name}")
    return into


def report(label: str, r: dict) -> None:
    print(f"\n{label}  ({r['pdf']})")
    print(f"{'extractor':<9} {'all':>7} {'lam-kaf':>9}  per language")
    for name, e in r["extractors"].items():
        langs = "  ".join(f"{k} {v['share'] * 100:.1f}% of {v['words']}"
                          for k, v in e["per_language"].items())
        lk = e["lam_kaf"]
        print(f"{name:<9} {e['share'] * 100:6.2f}% {lk['found']:>4}/{lk['words']:<4}  {langs}")
    for name, e in r["extractors"].items():
        if e["missed"]:
            print(f"  {name} missed: {' '.join(e['missed'])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--built", type=Path, action="append", default=[])
    ap.add_argument("--corpus", action="store_true",
                    help="also bench/corpus-structure2 and bench/corpus-words3, each as one "
                         "dossier")
    ap.add_argument("--missed", type=int, default=30)
    ap.add_argument("--layouts", default="",
                    help="PDF layouts to build each folder in, comma-separated (build --layout: "
                         "parallel, interleaved, source); default: the project's own")
    args = ap.parse_args()
    folders = list(args.folders)
    if not folders and not args.built:
        folders = [ROOT / "seeds"]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            folders.append(corpus_folder(ROOT / "bench" / "corpus-structure2",
                                         Path(tmp) / "corpus-structure2"))
            folders.append(ROOT / "bench" / "corpus-words3")
        layouts = [x.strip() for x in args.layouts.split(",") if x.strip()] or [""]
        for i, folder in enumerate(folders):
            for layout in layouts:
                out = Path(tmp) / f"out{i}{layout}"
                t = time.monotonic()
                build(folder, out, layout)
                print(f"built {folder} {layout} in {time.monotonic() - t:.1f} s",
                      file=sys.stderr)
                label = f"{folder.name} [{layout}]" if layout else folder.name
                results[label] = measure(out, args.missed)
        for out in args.built:
            results[str(out)] = measure(out, args.missed)
    for label, r in results.items():
        report(label, r)
    dest = ROOT / "bench" / "results"
    dest.mkdir(exist_ok=True)
    (dest / "pdf_words.json").write_text(json.dumps(results, ensure_ascii=False, indent=1),
                                         encoding="utf-8")


if __name__ == "__main__":
    main()
