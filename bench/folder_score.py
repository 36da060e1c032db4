"""Score the readers and the folder survey against folders written by someone else.

    python bench/folder_score.py [CORPUS]      # default: bench/corpus-folders
    python bench/folder_score.py --outputs     # also build PDF, EPUB and web edition

CORPUS holds folders (f1, f2...) as a press desk collects them (scraper exports, Word
clippings, web archives, saved pages, notes, PDFs, images) and ``expected.json``, written by a
helper who had not seen the code, before the tool ever ran on them. Each folder is cleaned and
merged with --keep-going into a temporary out folder (merging drops a second copy of an
article, such as a page captured twice), and the report and ``OUT/stages/merge.json`` are
compared with what was expected:

- files: each entry's status (article, excluded, refused) as expected;
- articles: an expected article is found when a produced one has its title or URL; precision
  counts produced articles that match an expected one;
- sentences: each expected body sentence appears in its article's text (spaces normalised);
- junk: each page-chrome string expected absent is absent from every article;
- metadata: title, language, url, date, author equal to what was expected (or one of its
  ``also_acceptable`` values); the author is the byline, else the source's author field, as
  the dossier shows it;
- not read: each web-archive record expected to be listed as not read is in the report;
- with ``--outputs``, each expected sentence in the web edition, the EPUB and the PDF (their
  letters in order; in the PDF, Arabic-script text as tests/pdftext.py reads it back, since
  pdftotext reorders right-to-left lines).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import Options  # noqa: E402
from pipeline.commands import merge  # noqa: E402


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _texts(article: dict) -> str:
    return _norm(" ".join(b["text"] for b in article["blocks"]))


def score_folder(folder: Path, expected: dict, out: Path) -> dict[str, list[bool]]:
    merge(Options(folder, out, keep_going=True))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    produced = json.loads((out / "stages" / "merge.json").read_text(encoding="utf-8"))["articles"]
    status = {f["name"]: f for f in report["files"]}
    got: dict[str, list[bool]] = {k: [] for k in (
        "files", "articles", "precision", "sentences", "junk", "title", "language", "url",
        "date", "author", "not_read")}
    matched_ids = set()
    for name, want in expected["files"].items():
        entry = status.get(name)
        ok = entry is not None and (entry["status"] == want["status"] or entry["status"] in
                                    want.get("also_acceptable_status", []))
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
                      "author": next((b["text"] for b in found["blocks"]
                                      if b["kind"] == "byline"), found.get("author"))}
            also = art.get("also_acceptable", {})
            for key, value in values.items():
                want_value = art.get(key)
                ok = bool(_norm(value) == _norm(want_value) if key in ("title",)
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


def _letters(text: str) -> str:
    import regex

    return "".join(regex.findall(r"\p{L}+", text))


def score_outputs(folder: Path, expected: dict, out: Path) -> dict[str, list[bool]]:
    """Every expected sentence in every output of a full build."""
    import subprocess
    import zipfile

    from lxml import html as lxml_html

    from pipeline.commands import build
    from tests.pdftext import arabic_letters, missing_arabic

    build(Options(folder, out, keep_going=True))
    web = _letters(lxml_html.fromstring((out / "index.html").read_bytes()).text_content())
    with zipfile.ZipFile(out / "dossier.epub") as z:
        epub = _letters(" ".join(lxml_html.fromstring(z.read(n)).text_content()
                                 for n in z.namelist() if n.endswith(".xhtml")))
    pdf_text = subprocess.run(["pdftotext", str(out / "dossier.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
    # pdftotext reads a parallel page's lines across both columns: the English column's label
    # for a passage without English can land inside a source sentence.
    pdf = _letters(pdf_text.replace("[No English translation yet]", ""))
    got: dict[str, list[bool]] = {"in web": [], "in epub": [], "in pdf": []}
    for name, want in expected["files"].items():
        for art in want.get("articles", []):
            for s in art["sentences"]:
                found = {"in web": _letters(s) in web, "in epub": _letters(s) in epub,
                         "in pdf": _letters(s) in pdf or bool(
                             arabic_letters(s) and not missing_arabic([s], pdf_text))}
                for key, ok in found.items():
                    got[key].append(ok)
                    if not ok:
                        print(f"  {name}: not {key}: {s[:70]}")
    return got


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--outputs"]
    corpus = Path(args[0]) if args else Path(__file__).parent / "corpus-folders"
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))["folders"]
    total: dict[str, list[bool]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, want in expected.items():
            print(f"{name}:")
            scores = score_folder(corpus / name, want, Path(tmp, name))
            if "--outputs" in sys.argv:
                scores |= score_outputs(corpus / name, want, Path(tmp, name + "-all"))
            for key, values in scores.items():
                total.setdefault(key, []).extend(values)
    print("\nmeasure      correct / total")
    for key, values in total.items():
        if values:
            print(f"{key:<12} {sum(values):>4} / {len(values):<4} {sum(values) / len(values):.0%}")


if __name__ == "__main__":
    main()
