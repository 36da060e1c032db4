"""Score the clean stage against a corpus whose expected results were written before it ran.

    python bench/clean_score.py [FOLDER ...]   (default: bench/corpus-ml and bench/corpus-ml2)

Each folder holds articles and an ``expected.json`` ({"articles": {file: {language, title,
byline, dateline, headings, signature, body_sentences, junk_lines, zwnj_count}}}), written by
someone who had not seen the code. The folder is cleaned with ``invoke clean`` into a temporary
out folder and every expectation is compared with ``OUT/stages/clean.json``:

- language: the article's language code;
- title, byline, dateline, signature: exact text of the block of that kind (after cleaning's
  normalisation, which never changes these corpora's letters);
- headings: precision and recall of heading blocks;
- junk: precision and recall of removed lines against the expected junk lines;
- sentences: recall of every expected body sentence inside the article's body blocks (nothing
  lost), and how many body blocks carry a false cut-off or stray-fragment flag;
- zwnj: half-spaces kept in the body against the count in the source.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BODY = {"paragraph", "quote", "heading", "xref", "note", "item", "row", "caption"}  # body kinds


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def plain(line: str) -> str:
    """A junk line as a reader gives its text: Markdown links and emphasis without their
    markup ("Share on: [Facebook](https://...)" is "Share on: Facebook")."""
    line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return norm(re.sub(r"(\*\*|__)(.+?)\1", r"\2", line))


def clean(folder: Path, out: Path) -> dict:
    subprocess.run([sys.executable, "-m", "invoke", "clean", "--source", str(folder), "--out",
                    str(out)], cwd=ROOT, check=True, capture_output=True)
    return json.loads((out / "stages" / "clean.json").read_text(encoding="utf-8"))


def pr(found: set[str], want: set[str]) -> tuple[int, int, int]:
    return len(found & want), len(found), len(want)


def score(folders: list[Path]) -> dict:
    totals: dict[str, list[int]] = {}
    misses: list[str] = []

    def add(key: str, hit: int, found: int, want: int) -> None:
        t = totals.setdefault(key, [0, 0, 0])
        t[0] += hit
        t[1] += found
        t[2] += want

    for folder in folders:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"]
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp, "src")
            src.mkdir()
            for path in folder.iterdir():
                if path.name != "expected.json":
                    (src / path.name).write_bytes(path.read_bytes())
            data = clean(src, Path(tmp, "out"))
        for art in data["articles"]:
            exp = expected[art["source_file"]]
            where = f"{folder.name}/{art['source_file']}"
            blocks = art["blocks"]

            def text_of(kind: str, blocks=blocks) -> str | None:
                found = [b["text"] for b in blocks if b["kind"] == kind]
                return norm(found[0]) if found else None

            add("language", art["language"] == exp["language"], 1, 1)
            if art["language"] != exp["language"]:
                misses.append(f"{where}: language {art['language']} (want {exp['language']})")
            for kind in ("title", "byline", "dateline", "signature"):
                want, got = norm(exp[kind]) or None, text_of(kind)
                if kind == "dateline":  # with or without the dash or colon that closes it
                    want, got = (x.rstrip(" -–—:：،,") or None if x else x for x in (want, got))
                if kind == "byline" and got is None:  # front matter's author: no byline line
                    got = norm(art.get("author")) or None
                if want is None and got is None:
                    continue
                add(kind, want is not None and got == want, got is not None, want is not None)
                if got != want:
                    misses.append(f"{where}: {kind} {got!r} (want {want!r})")
            heads = {norm(b["text"]) for b in blocks if b["kind"] == "heading"}
            add("headings", *pr(heads, {norm(h) for h in exp["headings"]}))
            for h in heads ^ {norm(h) for h in exp["headings"]}:
                misses.append(f"{where}: heading {'extra' if h in heads else 'missed'} {h!r}")
            removed = {norm(r["text"]) for r in art["removed"]} if "removed" in art else {
                norm(r["before"]) for r in art["lines"] if r["action"] == "removed"
                and r.get("before")}
            # An HTML page's chrome is left out by the extractor, and listed as such.
            removed |= {norm(t) for t in art.get("extractor_removed", [])}
            junk = {plain(j) for j in exp["junk_lines"]}
            add("junk", *pr(removed, junk))
            for line in removed - junk:
                misses.append(f"{where}: removed as junk, is text: {line[:70]!r}")
            for line in junk - removed:
                misses.append(f"{where}: junk kept: {line[:70]!r}")
            body = " ".join(norm(b["text"]) for b in blocks if b["kind"] in BODY | {"paragraph"})
            body += " " + " ".join(norm(b["text"]) for b in blocks if b["kind"] == "dateline")
            kept = sum(norm(s) in body for s in exp["body_sentences"])
            add("sentences kept", kept, len(exp["body_sentences"]), len(exp["body_sentences"]))
            for s in exp["body_sentences"]:
                if norm(s) not in body:
                    misses.append(f"{where}: sentence lost or changed: {s[:70]!r}")
            paras = [b for b in blocks if b["kind"] in ("paragraph", "quote")]
            flagged = [b for b in paras if any(f["code"] in ("cut-off", "orphan-fragment")
                                               for f in b["flags"])]
            add("blocks without a false flag", len(paras) - len(flagged), len(paras), len(paras))
            for b in flagged:
                codes = ",".join(f["code"] for f in b["flags"])
                misses.append(f"{where}: false flag {codes} on {b['text'][-50:]!r}")
            if exp.get("zwnj_count"):
                got = sum(b["text"].count("\u200c") for b in blocks if b["kind"] in BODY)
                add("zwnj kept", min(got, exp["zwnj_count"]), got, exp["zwnj_count"])
    return {"totals": totals, "misses": misses}


def report(title: str, folders: list[Path]) -> None:
    result = score(folders)
    print(f"== {title}")
    print(f"{'measure':<30} {'precision':>9} {'recall':>7}   (hits / found / expected)")
    for key, (hit, found, want) in result["totals"].items():
        p = hit / found if found else 1.0
        r = hit / want if want else 1.0
        print(f"{key:<30} {p:>9.3f} {r:>7.3f}   ({hit} / {found} / {want})")
    print(f"\n{len(result['misses'])} differences:")
    for line in result["misses"]:
        print("  " + line)
    print()


def main() -> None:
    if sys.argv[1:]:
        report("given folders", [Path(a) for a in sys.argv[1:]])
        return
    for corpus in ("corpus-ml", "corpus-ml2"):
        report(corpus, sorted(p for p in (ROOT / "bench" / corpus).iterdir() if p.is_dir()))


if __name__ == "__main__":
    main()
