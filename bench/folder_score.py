"""Score the readers and the folder survey against folders written by someone else.

    python bench/folder_score.py [CORPUS]      # default: bench/corpus-folders

CORPUS holds folders (f1, f2...) as a press desk collects them (scraper exports, Word
clippings, web archives, saved pages, notes, PDFs, images) and ``expected.json``, written by a
helper who had not seen the code, before the tool ever ran on them. Each folder is cleaned with
--keep-going into a temporary out folder, and the report and ``OUT/stages/clean.json`` are
compared with what was expected:

- files: each entry's status (article, excluded, refused) as expected;
- articles: an expected article is found when a produced one has its title or URL; precision
  counts produced articles that match an expected one;
- sentences: each expected body sentence appears in its article's text (spaces normalised);
- junk: each page-chrome string expected absent is absent from every article;
- metadata: title, language, url, date, author equal to what was expected (or one of its
  ``also_acceptable`` values);
- not read: each web-archive record expected to be listed as not read is in the report.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import Options  # noqa: E402
from pipeline.commands import clean  # noqa: E402


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _texts(article: dict) -> str:
    return _norm(" ".join(b["text"] for b in article["blocks"]))


def score_folder(folder: Path, expected: dict, out: Path) -> dict[str, list[bool]]:
    clean(Options(folder, out, keep_going=True))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    produced = json.loads((out / "stages" / "clean.json").read_text(encoding="utf-8"))["articles"]
    status = {f["name"]: f for f in report["files"]}
    got: dict[str, list[bool]] = {k: [] for k in (
        "files", "articles", "precision", "sentences", "junk", "title", "language", "url",
        "date", "author", "not_read")}
    matched_ids = set()
    for name, want in expected["files"].items():
        entry = status.get(name)
        ok = entry is not None and entry["status"] == want["status"]
        got["files"].append(ok)
        if not ok:
            print(f"  file {name}: expected {want['status']}, got "
                  f"{entry and (entry['status'], entry['reason'])}")
        parts = " ".join(p["part"] for p in (entry or {}).get("parts", []))
        for url in want.get("not_read", []):
            got["not_read"].append(url in parts)
            if url not in parts:
                print(f"  {name}: record {url} not listed as not read")
        for art in want.get("articles", []):
            mine = [a for a in produced if a["source_file"] == name]
            title = lambda a: _norm(next((b["text"] for b in a["blocks"]  # noqa: E731
                                          if b["kind"] == "title"), ""))
            found = next((a for a in mine if title(a) == _norm(art["title"])
                          or (art.get("url") and a.get("url") == art["url"])), None)
            if found is None and len(mine) == 1 and len(want["articles"]) == 1:
                found = mine[0]
            got["articles"].append(found is not None)
            if found is None:
                print(f"  {name}: article '{art['title'][:50]}' not found")
                got["sentences"] += [False] * len(art["sentences"])
                continue
            matched_ids.add(found["id"])
            text = _texts(found)
            for s in art["sentences"]:
                got["sentences"].append(_norm(s) in text)
                if _norm(s) not in text:
                    print(f"  {name} {found['id']}: sentence missing: {s[:70]}")
            for junk in art.get("junk", []):
                got["junk"].append(_norm(junk) not in text)
                if _norm(junk) in text:
                    print(f"  {name} {found['id']}: junk kept: {junk[:70]}")
            values = {"title": title(found), "language": found["language"].split("-")[0],
                      "url": found.get("url"), "date": found.get("date"),
                      "author": found.get("author") or next(
                          (b["text"] for b in found["blocks"] if b["kind"] == "byline"), None)}
            also = art.get("also_acceptable", {})
            for key, value in values.items():
                want_value = art.get(key)
                ok = (_norm(value) == _norm(want_value) if key in ("title",)
                      else value == want_value or value in also.get(key, [])
                      or (key == "author" and want_value and value
                          and _norm(want_value) in _norm(value)))
                got[key].append(ok)
                if not ok:
                    print(f"  {name} {found['id']}: {key} {value!r}, expected {want_value!r}")
    for a in produced:
        got["precision"].append(a["id"] in matched_ids)
        if a["id"] not in matched_ids:
            print(f"  produced {a['source_file']} {a['id']}: no expected article")
    return got


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "corpus-folders"
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))["folders"]
    total: dict[str, list[bool]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, want in expected.items():
            print(f"{name}:")
            for key, values in score_folder(corpus / name, want, Path(tmp, name)).items():
                total.setdefault(key, []).extend(values)
    print("\nmeasure      correct / total")
    for key, values in total.items():
        if values:
            print(f"{key:<12} {sum(values):>4} / {len(values):<4} {sum(values) / len(values):.0%}")


if __name__ == "__main__":
    main()
