"""Score cleaning and structure against scrapes we did not write (tests/corpus).

    python bench/structure_score.py [CORPUS] [-v]

CORPUS (default tests/corpus) holds one folder per invented site template (WordPress/Jetpack,
Blogger, Drupal, Joomla, Arabic and Persian news portals, a Russian and a Turkish site, an
agency wire, a forum, a French daily), three scraped articles each in .txt, .md or .html, and
beside each article ``<name>.expected.json``: every block (kind, text, a list item's marker)
and every junk line, written by a helper who had not read the cleaning code, before it ran.

Each template folder is cleaned as one folder (so what a site repeats can be learned from it)
and compared:

- junk recall: expected junk lines that reach no block of the article;
- junk precision: lines the cleaner removed that were junk (or markup the corpus ignores),
  not content;
- content kept: expected blocks whose text is in the article, or (a date line, the byline of
  an HTML page's metadata) in its header as its date or author, counted apart;
- block kind: expected blocks found with the expected kind (a list item as a list item, a table
  row as a row, a caption as a caption...).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import Options  # noqa: E402
from pipeline.commands import clean  # noqa: E402

# The corpus's kind names and the model's.
KINDS = {"list_item": {"item", "list_item"}, "table_row": {"row", "table_row"}}


def _norm(text: str | None) -> str:
    text = " ".join((text or "").replace("\t", " | ").split())
    return re.sub(r"\s*\|\s*", " | ", text).strip(" |")


def _markup(text: str) -> str:
    """Markdown and HTML markup out of a junk line as written, for comparing with text."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return _norm(re.sub(r"^[#>*\-\s]+|[*_`]+", " ", text))


def score_article(article: dict, expected: dict, removed: list[str],
                  verbose: bool = False) -> Counter:
    c: Counter = Counter()
    blocks = [(b["kind"], _norm(b["text"]), b.get("marker")) for b in article["blocks"]]
    texts = [t for _, t, _ in blocks]
    whole = " \n ".join(texts)
    moved = _moved_to_header(article)
    for want in expected["blocks"]:
        text = _norm(want["text"])
        marker = want.get("marker")
        variants = {text, f"{marker} {text}" if marker else text}
        hit = next((b for b in blocks if b[1] in variants), None)
        c["blocks"] += 1
        header = hit is None and text not in whole and moved.get(want["kind"], lambda t: False)(
            text)
        if hit is not None or text in whole or header:
            c["content kept"] += 1
            c[f"kept as the article's {want['kind']}"] += bool(header)
        elif verbose:
            print(f"    lost {want['kind']}: {text[:70]}")
        kinds = KINDS.get(want["kind"], {want["kind"]})
        if (hit is not None and hit[0] in kinds) or header:
            c["kind right"] += 1
        elif verbose and hit is not None:
            print(f"    kind {hit[0]} for {want['kind']}: {text[:60]}")
    junk = [_markup(j) for j in expected.get("junk", [])]
    for j in junk:
        c["junk"] += 1
        kept = any(t == j for t in texts) or (len(j) >= 30 and j in whole)
        c["junk removed"] += not kept
        if kept and verbose:
            print(f"    junk kept: {j[:70]}")
    allowed = junk + [_markup(x) for x in expected.get("ignored", [])]
    dated = {_norm(r["before"]) for r in article["lines"]
             if r.get("rule") == "publication-date" and article.get("date")}
    content = [_norm(b["text"]) for b in expected["blocks"]]
    for r in map(_norm, removed):
        if not r:
            continue
        c["removed"] += 1
        ok = (any(r == a or (len(r) >= 12 and (r in a or a in r)) for a in allowed if a)
              and not any(r == t for t in content)) or r in dated
        c["removed right"] += ok
        if not ok and verbose:
            print(f"    removed content: {r[:70]}")
    return c


def _moved_to_header(article: dict) -> dict:
    """What cleaning takes out of the text into the article's header, which every output
    prints: a date line (removed with the rule "publication-date", the article dated from it,
    or an HTML page's date line the extractor left out, giving the article's date) and the
    byline an HTML page's metadata names (the article's author). Counted as kept,
    with their kind, and shown apart in the figures."""
    dated = {_norm(r["before"]) for r in article["lines"]
             if r.get("rule") == "publication-date" and r.get("before")}
    # An HTML page's date line the extractor left out, when the article's date is the one it
    # writes (its year and day as numbers).
    left_out = {_norm(b) for b in article.get("extractor_removed", [])}
    date = article.get("date") or ""
    year, day = (date[:4], str(int(date[8:10]))) if len(date) >= 10 else ("", "")

    def page_date(t: str) -> bool:
        numbers = set(re.findall(r"\d+", t.translate(_DIGITS)))
        return t in left_out and year in numbers and (day in numbers or f"0{day}" in numbers)

    author = _norm(re.split(r"[;|،,]", article.get("author") or "")[0])
    return {"dateline": lambda t: bool(date) and (t in dated or page_date(t)),
            "byline": lambda t: bool(author) and author in t and len(t) <= len(author) + 40}


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def score(corpus: Path, verbose: bool = False) -> Counter:
    total: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
            out = Path(tmp, folder.name)
            clean(Options(folder, out, keep_going=True))
            data = json.loads((out / "stages" / "clean.json").read_text(encoding="utf-8"))
            report = json.loads((out / "report.json").read_text(encoding="utf-8"))
            removed_by = {a["file"]: [r["text"] for r in a["removed"]]
                          + [r["text"] for r in a["extractor_removed"]]
                          for a in report["articles"]}
            for want_path in sorted(folder.glob("*.expected.json")):
                name = want_path.name[: -len(".expected.json")]
                article = next((a for a in data["articles"]
                                if Path(a["source_file"]).stem == name), None)
                expected = json.loads(want_path.read_text(encoding="utf-8"))
                if verbose:
                    print(f"{folder.name}/{name}")
                if article is None:
                    total["blocks"] += len(expected["blocks"])
                    total["junk"] += len(expected.get("junk", []))
                    continue
                total += score_article(article, expected, removed_by.get(
                    article["source_file"], []), verbose)
    return total


def figures(c: Counter) -> dict[str, float]:
    return {"junk recall": c["junk removed"] / max(1, c["junk"]),
            "junk precision": c["removed right"] / max(1, c["removed"]),
            "content kept": c["content kept"] / max(1, c["blocks"]),
            "block kind": c["kind right"] / max(1, c["blocks"])}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    corpus = Path(args[0]) if args else ROOT / "tests" / "corpus"
    c = score(corpus, "-v" in sys.argv)
    print(f"\n{c['blocks']} expected blocks, {c['junk']} junk lines, {c['removed']} lines removed")
    for name, value in figures(c).items():
        print(f"{name:<15} {value:.3f}")
    for kind, field in (("dateline", "date"), ("byline", "author")):
        moved = c["kept as the article's " + kind]
        print(f"  of the blocks kept, {moved} {kind}s as the article's {field}")


if __name__ == "__main__":
    main()
