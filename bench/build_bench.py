"""Benchmark: how long a build takes, against its floors, pandoc, and 5 to 200 articles.

Measures, each as the median of --runs runs, all in one invocation so the ratios compare
times taken on the same (noisy) machine at the same moment:

- the cold build of seeds/ into a fresh out folder: PDF alone, EPUB alone, everything, and
  parts of it (the text stages, our HTML, our EPUB writer, the cover image);
- the floors: WeasyPrint alone laying out the very HTML our PDF is made from
  (pipeline.render.pdf.html_for), and ebooklib alone writing the very book our EPUB holds;
  the ratios ours / floor;
- a no-op rebuild and a rebuild after appending a sentence to one article, each run as a user
  runs it (``invoke build`` in a new process, wall time);
- pandoc (Debian's package) making the EPUB and, through the venv's WeasyPrint, the PDF from
  the same cleaned text, against ``invoke epub`` / ``invoke pdf`` run the same way;
- scale: synthetic dossiers of 5, 50 and 200 articles made deterministically from the seeds
  (``--quick`` leaves out 200, ``--sizes`` chooses others), each built by ``invoke build`` in
  a new process: pages, seconds, seconds per page, peak memory (the child's peak RSS, from
  GNU time), a no-op rebuild and a rebuild after editing one article, and WeasyPrint alone on
  the same HTML in its own process (seconds, peak memory).

Never touches the network and never writes to seeds/: everything happens in a temporary
folder, removed at the end. Prints a table and the goals of issue 6, and writes JSON to
bench/results/.

    .venv/bin/python bench/build_bench.py [--runs 3] [--quick] [--sizes 5,50,200]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import commands  # noqa: E402 - needs the sys.path line above
from pipeline import model as m  # noqa: E402
from pipeline.build import Options, run_text_stages  # noqa: E402
from pipeline.config import load_config  # noqa: E402

SEEDS = ROOT / "seeds"
BIN = Path(sys.executable).parent  # the venv's bin: invoke, and weasyprint for pandoc
INVOKE = str(BIN / "invoke")
SIZES = (5, 50, 200)
EDIT = " وهذه جملة أضيفت لقياس إعادة البناء."  # "a sentence added to measure the rebuild"

# The goals of issue 6.
GOAL_FLOOR_RATIO = 1.15
GOAL_SCALE_RATIO = 1.3
GOAL_PEAK_MB = 1024.0
GOAL_NOOP_SECONDS = 0.3

# WeasyPrint alone on a saved HTML file, in its own process so its peak memory is its own:
# the floor of the scale rows. Imported before the clock, as the floors in-process are.
FLOOR_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import weasyprint
from pipeline.render.pdf import _sandbox
spec = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
html = Path(spec["html"]).read_text(encoding="utf-8")
roots = [Path(r) for r in spec["roots"]]
t0 = time.perf_counter()
doc = weasyprint.HTML(string=html, base_url=str(roots[0]) + "/", url_fetcher=_sandbox(roots))
doc.write_pdf(spec["target"], pdf_tags=True, uncompressed_pdf=False, custom_metadata=False)
print(json.dumps({"seconds": time.perf_counter() - t0}))
"""

# Instancing the variable Latin font happens once per machine (then it is cached); measured
# apart with an empty cache so the cold build rows show what every build costs.
FONT_CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from pipeline.render import fonts
t0 = time.perf_counter()
fonts.faces(sys.argv[2])
print(time.perf_counter() - t0)
"""


# --------------------------------------------------------------------------- helpers


def clock(fn: Callable[[], object]) -> float:
    # Collect first so one measurement does not pay for the previous one's garbage.
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def wall(cmd: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> float:
    return run_child(cmd, cwd, env)[0]


# GNU time reports the peak RSS of the one process it runs. Asking the kernel directly
# (wait4, RUSAGE_CHILDREN) is no good here: Python starts children with vfork + exec, and
# Linux carries the parent's peak RSS over to the child at exec, so every child would
# report at least this benchmark's own size.
TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None


def run_child(cmd: list[str], cwd: Path = ROOT,
              env: dict[str, str] | None = None) -> tuple[float, str, float | None]:
    """Run a command as a user would: (wall seconds, what it printed, its peak RSS in MB,
    or None without /usr/bin/time)."""
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp, "peak")
        full = [TIME, "-f", "%M", "-o", str(peak_file), *cmd] if TIME else cmd
        t0 = time.perf_counter()
        r = subprocess.run(full, cwd=cwd, env=env, capture_output=True, text=True,
                           stdin=subprocess.DEVNULL)
        seconds = time.perf_counter() - t0
        if r.returncode:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{r.stderr[-3000:]}")
        peak = int(peak_file.read_text().split()[-1]) / 1024 if TIME else None  # KiB
    return seconds, r.stdout, peak


class Workdir:
    """Fresh temporary folders under one root, removed at the end."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="build-bench-"))
        self._n = itertools.count()

    def fresh(self, name: str) -> Path:
        return self.root / f"{name}-{next(self._n)}"

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def median(xs: Iterable[float]) -> float:
    return statistics.median(list(xs))


# --------------------------------------------------------------------------- the floors


def weasyprint_floor(dossier: m.Dossier, opts: Options, target: Path) -> tuple[float, float]:
    """(seconds to make our HTML, seconds for WeasyPrint alone to lay it out and write it).

    Same HTML, same base URL, same sandboxed fetcher and the same write_pdf options as
    pipeline.render.pdf.write_pdf, so the only difference left is our code around it.
    """
    import weasyprint

    from pipeline.render.pdf import _sandbox, html_for

    box: dict[str, Any] = {}
    html_seconds = clock(lambda: box.update(zip(("html", "roots"), html_for(dossier, opts),
                                                strict=True)))
    roots: list[Path] = box["roots"]

    def layout() -> None:
        doc = weasyprint.HTML(string=box["html"], base_url=str(roots[0]) + "/",
                              url_fetcher=_sandbox(roots))
        doc.write_pdf(str(target), pdf_tags=True, uncompressed_pdf=False,
                      custom_metadata=False)

    return html_seconds, clock(layout)


def ebooklib_floor(produced: Path, target: Path) -> float:
    """ebooklib alone writing the book we made: read our EPUB back (XHTML already rendered,
    cover already drawn, fonts already chosen) and time only ``epub.write_epub``."""
    from ebooklib import epub

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ebooklib warns about its own future defaults
        book = epub.read_epub(str(produced))
    # read_epub leaves the table of contents' links without ids, which write_epub needs.
    ids = itertools.count()

    def name_links(entries: list[Any]) -> None:
        for entry in entries:
            if isinstance(entry, tuple):
                name_links(list(entry[1]))
            elif getattr(entry, "uid", "") is None:
                entry.uid = f"toc-{next(ids)}"

    name_links(book.toc)
    return clock(lambda: epub.write_epub(str(target), book, {}))


# --------------------------------------------------------------------------- pandoc

_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")


def _md_text(text: str) -> str:
    # Every ASCII punctuation mark escaped: article text must stay text, never markup.
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def pandoc_inputs(dossier_json: Path, folder: Path) -> tuple[list[Path], Path, list[Path]]:
    """One Markdown file per article from OUT/stages/dossier.json (Arabic and English blocks
    in lang/dir divs), a stylesheet naming our fonts, and the font files.

    A block without English gets the placeholder our outputs print, and a cross-referenced
    duplicate its Arabic (ours shows it in grey), so pandoc sets as much text as we do.
    """
    from pipeline.render import fonts

    data = json.loads(dossier_json.read_text(encoding="utf-8"))
    folder.mkdir(parents=True)
    files = []
    for n, art in enumerate(data["articles"], start=1):
        parts = []
        for b in art["blocks"]:
            ar = b.get("text") or b.get("replaced_text") or ""
            en = b.get("en") or "[No English translation yet]"
            if b["kind"] == "title":
                parts.append(f"# {_md_text(ar)} {{lang=ar dir=rtl}}")
            elif b["kind"] == "heading":
                parts.append(f"## {_md_text(ar)} {{lang=ar dir=rtl}}")
            else:
                parts.append(f"::: {{lang=ar dir=rtl}}\n{_md_text(ar)}\n:::")
            parts.append(f"::: {{lang=en}}\n{_md_text(en)}\n:::")
        path = folder / f"{n:03d}.md"
        path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        files.append(path)
    style = data["config"]["style"]
    faces = fonts.faces(style["arabic_font"]) + fonts.faces(style["latin_font"])
    css = folder / "style.css"
    css.write_text("".join(
        f"@font-face {{ font-family: '{f.family}'; src: url('{f.path.as_uri()}'); "
        f"font-weight: {f.weight}; font-style: {f.style}; }}\n" for f in faces)
        + f"body {{ font-family: '{style['latin_font']}'; }}\n"
        f"[lang=ar] {{ font-family: '{style['arabic_font']}'; }}\n", encoding="utf-8")
    return files, css, [f.path for f in faces]


# --------------------------------------------------------------------------- synthetic dossiers

_SENTENCE_END = re.compile(r"(?<=[.!?\u061f])\s+")
_BODY_CHARS = 100  # shorter lines are titles, bylines, headings, signatures: left as they are


def synthesize(seeds: Path, dest: Path, n: int) -> None:
    """``n`` articles from the seeds, the same every time.

    Copy 0 of each seed is the seed itself; copy k shuffles the words inside each sentence of
    each body line with a generator seeded by (k, seed, line), keeping every sentence's last
    word (and its full stop) and a dateline in place.

    Why not rename copies, or swap a digit: the duplicate detector would then cross-reference
    nearly every paragraph (its threshold is a 0.8 similarity) and a 200-article dossier would
    be 195 articles of pointers. Shuffled copies score about 0.65 against each other (0.8 at
    worst, for a few one-sentence paragraphs), so they stay distinct, while keeping the same
    words, glyphs, line lengths and block structure (titles, headings, bylines, datelines,
    signatures untouched), hence the same layout work per article. File names get the copy
    number in front, so the file-name order is copy by copy.
    """
    files = sorted(seeds.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    dest.mkdir(parents=True)
    for i in range(n):
        copy, s = divmod(i, len(files))
        lines = texts[s].splitlines()
        if copy:
            lines = [_shuffle(line, random.Random(f"{copy}:{s}:{j}"))
                     if j and len(line) >= _BODY_CHARS else line
                     for j, line in enumerate(lines)]
        (dest / f"{copy:03d}-{files[s].name}").write_text("\n".join(lines) + "\n",
                                                          encoding="utf-8")
    # Same title, layout and thresholds as the seeds, but no `order` (it names the seeds'
    # files; the rest follow by file name).
    toml = (seeds / "dossier.toml").read_text(encoding="utf-8")
    (dest / "dossier.toml").write_text(re.sub(r"(?ms)^order\s*=\s*\[.*?\]\s*\n", "", toml),
                                       encoding="utf-8")
    shutil.copy(seeds / "glossary.toml", dest / "glossary.toml")
    _translation_memory(seeds, dest)


def _translation_memory(seeds: Path, dest: Path) -> None:
    """en/*.po for the synthetic articles: each block gets the English of the seed block it
    was made from (same article, same position, same kind), so every size of dossier is as
    bilingual as the seeds and pages hold the same mix of Arabic and English."""
    import polib

    with tempfile.TemporaryDirectory() as tmp:
        seed_dossier, _ = run_text_stages(Options(seeds, Path(tmp, "seeds")))
        made, _ = run_text_stages(Options(dest, Path(tmp, "dest")))
    # A seed paragraph the merge turned into a cross-reference is a full paragraph in the
    # shuffled copies: it gets the English of the passage it repeats.
    by_id = {b.id: b for b in seed_dossier.blocks()}
    english = {a.source_file: [(m.PARAGRAPH if b.kind == m.XREF else b.kind,
                                by_id[b.ref].en if b.kind == m.XREF and b.ref in by_id else b.en)
                               for b in a.blocks] for a in seed_dossier.articles}
    (dest / "en").mkdir()
    for art in made.articles:
        seed_blocks = english.get(art.source_file.split("-", 1)[1], [])
        po = polib.POFile(wrapwidth=0)
        po.metadata = {"Language": "en", "Content-Type": "text/plain; charset=UTF-8"}
        seen = set()
        for block, (kind, en) in zip(art.blocks, seed_blocks, strict=False):
            if block.kind != kind or not en or not block.text or block.text in seen:
                continue  # PO files may not hold the same msgid twice
            seen.add(block.text)
            po.append(polib.POEntry(msgid=block.text, msgstr=en, comment=f"{kind} {block.id}"))
        po.save(str(dest / "en" / (Path(art.source_file).stem + ".po")))


def _shuffle(line: str, rng: random.Random) -> str:
    out = []
    for n, sentence in enumerate(_SENTENCE_END.split(line.strip())):
        words = sentence.split()
        # A dateline ("أستانا – دبي:") opens the first sentence; the cleaner finds it there.
        head = next((i + 1 for i, w in enumerate(words[:4]) if w.endswith(":")), 0) if n == 0 \
            else 0
        inner = words[head:-1]
        rng.shuffle(inner)
        out.append(" ".join(words[:head] + inner + words[-1:]))
    return " ".join(out)


# --------------------------------------------------------------------------- measurements


def forget_templates() -> None:
    """Drop the Jinja environments this process keeps, so an in-process cold render compiles
    (or reads from Jinja's on-disk bytecode cache) its templates as a new process would."""
    from pipeline.render import templating

    getattr(templating, "_ENVIRONMENTS", {}).clear()


def seeds_run(seeds: Path, work: Workdir, pandoc: str | None, n: int) -> dict[str, float]:
    """One run of every measurement on the seeds; seconds by row name. Odd runs measure the
    floors before our builds, even runs after, so neither side always goes first."""
    row: dict[str, float] = {}

    def opts(out: Path) -> Options:
        return Options(seeds, out)

    def ours() -> None:
        forget_templates()
        row["cold_pdf"] = clock(lambda: commands.render(opts(work.fresh("pdf")), ("pdf",)))
        forget_templates()
        row["cold_epub"] = clock(lambda: commands.render(opts(work.fresh("epub")), ("epub",)))
        forget_templates()
        row["cold_build"] = clock(lambda: commands.build(opts(work.fresh("all"))))

    out_text = work.fresh("text")
    box: dict[str, Any] = {}
    row["text_stages"] = clock(lambda: box.update(d=run_text_stages(opts(out_text))[0]))
    dossier: m.Dossier = box["d"]
    from pipeline.render.epub import write_epub

    forget_templates()
    row["epub_writer"] = clock(lambda: write_epub(dossier, opts(out_text)))
    row["cover"] = cover_seconds(dossier)

    def floors() -> None:
        forget_templates()
        row["pdf_html"], row["floor_pdf"] = weasyprint_floor(dossier, opts(out_text),
                                                              out_text / "floor.pdf")
        row["floor_epub"] = ebooklib_floor(out_text / "dossier.epub", out_text / "floor.epub")

    for step in ((floors, ours) if n % 2 else (ours, floors)):
        step()

    # As a user runs them: a new process each, wall time. The cold build, the no-op and the
    # edit run back to back in new processes, so a concurrent change to the code (which is
    # part of the up-to-date key) cannot fall between the build and the no-op.
    row["startup"] = wall([INVOKE, "--list"])
    src, out = work.fresh("src"), work.fresh("user")
    shutil.copytree(seeds, src)
    build = [INVOKE, "build", "--source", str(src), "--out", str(out)]
    row["invoke_build"], _, peak = run_child(build)
    if peak is not None:
        row["invoke_build_peak_mb"] = peak
    row["noop"], said, _ = run_child(build)
    row["noop_was_up_to_date"] = float("up to date" in said)
    edit_article(sorted(src.glob("*.txt"))[0])
    row["edit"] = wall(build)
    stages = json.loads((out / "report.json").read_text(encoding="utf-8"))["stages"]["seconds"]
    row.update({f"edit_{k}": v for k, v in stages.items()})
    for output in ("pdf", "epub"):
        row[f"invoke_{output}"] = wall([INVOKE, output, "--source", str(seeds),
                                        "--out", str(work.fresh(output))])
    if pandoc:
        folder = work.fresh("pandoc")
        md, css, font_files = pandoc_inputs(out_text / "stages" / "dossier.json", folder)
        title = ["-s", "--metadata", "title=" + dossier.config["dossier"]["title"]["en"],
                 "--metadata", "lang=en"]
        row["pandoc_epub"] = wall([pandoc, *title, "--css", str(css),
                                   *(f"--epub-embed-font={f}" for f in font_files),
                                   "-o", str(folder / "x.epub"), *map(str, md)])
        # pandoc finds `weasyprint` on PATH: the venv's, the same WeasyPrint as ours.
        env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
        row["pandoc_pdf"] = wall([pandoc, *title, "--css", css.as_uri(),
                                  "--pdf-engine=weasyprint", "-o", str(folder / "x.pdf"),
                                  *map(str, md)], env=env)
        row["pandoc_pdf_pages"] = pdf_pages(folder / "x.pdf")
    return row


def edit_article(path: Path) -> None:
    """Add a sentence to the article's longest line: a body paragraph, so the edit reaches
    the dossier (the last line may be web junk that cleaning removes, edit and all)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = lines[longest].rstrip() + EDIT
    path.write_text("\n".join(lines), encoding="utf-8")


def cover_seconds(dossier: m.Dossier) -> float:
    """The EPUB's cover image alone (Pillow sets the title, then an optimised PNG)."""
    from pipeline.render import layout_for
    from pipeline.render.context import font_faces
    from pipeline.render.cover import cover_png
    from pipeline.render.view import make_view

    view = make_view(dossier, layout_for(dossier, "epub"))
    faces = font_faces(view)
    return clock(lambda: cover_png(view, faces))


def pdf_pages(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(str(path)).pages)


def scale_run(source: Path, work: Workdir) -> dict[str, Any]:
    """One build of a synthetic dossier as a user runs it, then WeasyPrint alone on the same
    HTML; each in its own process, with its own peak memory."""
    from pipeline.fileio import read_json
    from pipeline.render.pdf import html_for

    out = work.fresh("scale-out")
    build = [INVOKE, "build", "--source", str(source), "--out", str(out)]
    seconds, _, peak = run_child(build)
    report = read_json(out / "report.json")
    result: dict[str, Any] = {"seconds": seconds, "peak_mb": peak,
                              "pages": pdf_pages(out / "dossier.pdf"),
                              "stages": report["stages"]["seconds"]}
    # As a user editing: a no-op rebuild, then one article in the middle edited (and put
    # back afterwards, so every run builds the same folder).
    result["noop_seconds"] = wall(build)
    articles = sorted(source.glob("*.txt"))
    article = articles[len(articles) // 2]
    original = article.read_bytes()
    try:
        edit_article(article)
        result["edit_seconds"] = wall(build)
        result["edit_stages"] = read_json(out / "report.json")["stages"]["seconds"]
    finally:
        article.write_bytes(original)
    # The floor: the HTML our PDF was made from (from the stages this build wrote), saved,
    # and laid out by WeasyPrint alone in a new process.
    dossier = m.dossier_from_dict(read_json(out / "stages" / "dossier.json"))
    html, roots = html_for(dossier, Options(source, out))
    floor = work.fresh("scale-floor")
    floor.mkdir()
    (floor / "dossier.html").write_text(html, encoding="utf-8")
    spec = {"html": str(floor / "dossier.html"), "roots": [str(r) for r in roots],
            "target": str(floor / "floor.pdf")}
    (floor / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    _, said, floor_peak = run_child([sys.executable, "-c", FLOOR_CHILD, str(ROOT),
                                     str(floor / "spec.json")])
    result.update(floor_seconds=json.loads(said.strip().splitlines()[-1])["seconds"],
                  floor_peak_mb=floor_peak, floor_pages=pdf_pages(floor / "floor.pdf"))
    shutil.rmtree(out, ignore_errors=True)  # 200 articles: tens of MB per run
    shutil.rmtree(floor, ignore_errors=True)
    return result


def first_font_instancing(seeds: Path, work: Workdir) -> float:
    env = dict(os.environ, XDG_CACHE_HOME=str(work.fresh("xdg-cache")))
    latin = load_config(seeds, {})["style"]["latin_font"]
    _, said, _ = run_child([sys.executable, "-c", FONT_CHILD, str(ROOT), latin], env=env)
    return float(said.strip().splitlines()[-1])


# --------------------------------------------------------------------------- report

SEED_ROWS = {
    "cold_pdf": "cold PDF (render pdf, fresh out)",
    "floor_pdf": "  floor: WeasyPrint alone, same HTML",
    "cold_epub": "cold EPUB (render epub, fresh out)",
    "floor_epub": "  floor: ebooklib alone, same book",
    "cold_build": "cold build (PDF+EPUB+web+reports)",
    "text_stages": "  part: text stages (clean+merge+memory)",
    "pdf_html": "  part: our HTML for the PDF (view+Jinja)",
    "epub_writer": "  part: our EPUB writer, text stages done",
    "cover": "  part: EPUB cover image (Pillow)",
    "startup": "invoke --list (process start, imports)",
    "invoke_build": "invoke build, fresh out (wall)",
    "noop": "no-op rebuild (invoke build, wall)",
    "edit": "rebuild after editing 1 article (wall)",
    "edit_clean": "  its clean stage (1 of 5 recleaned)",
    "edit_merge": "  its merge stage",
    "edit_render_pdf": "  its PDF render",
    "edit_render_epub": "  its EPUB render",
    "invoke_pdf": "invoke pdf, fresh out (wall)",
    "pandoc_pdf": "pandoc --pdf-engine=weasyprint (wall)",
    "invoke_epub": "invoke epub, fresh out (wall)",
    "pandoc_epub": "pandoc -o x.epub (wall)",
    "font_instancing": "once per machine: instance Literata",
}


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def goal(name: str, value: float | None, limit: float, unit: str) -> dict[str, Any]:
    # Issue 6 words the memory and no-op goals as "under", the others as "at most"/"within".
    met = value is not None and (value < limit if unit in ("MB", "s") else value <= limit)
    return {"goal": name, "value": value, "limit": limit, "unit": unit, "met": met}


def highest(xs: Iterable[float | None]) -> float | None:
    values = list(xs)
    return None if None in values else round(max(values), 1)  # type: ignore[type-var]


def summarize_scale(synthetic: dict[int, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    scale = []
    for n, rs in synthetic.items():
        seconds = median(x["seconds"] for x in rs)
        floor = median(x["floor_seconds"] for x in rs)
        pages = rs[0]["pages"]
        stages = {k: round(median(x["stages"].get(k, 0.0) for x in rs), 3)
                  for k in rs[0]["stages"]}
        scale.append({
            "articles": n, "pages": pages, "seconds": round(seconds, 2),
            "seconds_per_page": round(seconds / pages, 4),
            "noop_seconds": round(median(x["noop_seconds"] for x in rs), 3),
            "edit_seconds": round(median(x["edit_seconds"] for x in rs), 2),
            "edit_render_pdf": round(median(x["edit_stages"].get("render_pdf", 0.0)
                                            for x in rs), 2),
            "peak_mb": highest(x["peak_mb"] for x in rs), "stages": stages,
            "floor_seconds": round(floor, 2),
            "floor_seconds_per_page": round(floor / rs[0]["floor_pages"], 4),
            "floor_peak_mb": highest(x["floor_peak_mb"] for x in rs),
            "render_pdf/floor": ratio(stages.get("render_pdf"), floor),
            "runs": rs})
    return scale


def print_report(runs: int, med: dict[str, float], ratios: dict[str, float | None],
                 scale: list[dict[str, Any]], goals: list[dict[str, Any]],
                 context: dict[str, float | None]) -> None:
    print()
    print(f"{'seeds/: 5 articles (median of ' + str(runs) + ' runs)':46}{'seconds':>9}")
    for key, label in SEED_ROWS.items():
        if key in med:
            print(f"{label:46}{med[key]:>9.3f}")
        elif key.startswith("pandoc"):
            print(f"{label:46}{'(no pandoc)':>9}")
    print()
    for name, value in ratios.items():
        print(f"{name:46}{'-' if value is None else f'{value:.2f}x':>9}")
    print()
    print("scale (invoke build in a new process; floor = WeasyPrint alone on the same HTML)")
    print(f"{'articles':>8}{'pages':>7}{'seconds':>9}{'s/page':>8}{'peak MB':>9}"
          f"{'clean':>7}{'merge':>7}{'pdf':>8}{'epub':>6}{'web':>6}"
          f"{'floor s':>9}{'pdf/fl':>7}{'fl s/pg':>8}{'fl MB':>7}{'no-op':>7}{'1 edit':>8}")
    def mb(x: float | None) -> str:
        return "?" if x is None else f"{x:.0f}"

    for s in scale:
        st = s["stages"]
        print(f"{s['articles']:>8}{s['pages']:>7}{s['seconds']:>9.1f}"
              f"{s['seconds_per_page']:>8.3f}{mb(s['peak_mb']):>9}{st.get('clean', 0):>7.1f}"
              f"{st.get('merge', 0):>7.1f}{st.get('render_pdf', 0):>8.1f}"
              f"{st.get('render_epub', 0):>6.1f}{st.get('render_web', 0):>6.1f}"
              f"{s['floor_seconds']:>9.1f}{s['render_pdf/floor'] or 0:>7.2f}"
              f"{s['floor_seconds_per_page']:>8.3f}{mb(s['floor_peak_mb']):>7}"
              f"{s['noop_seconds']:>7.2f}{s['edit_seconds']:>8.1f}")
    if TIME is None:
        print("(peak memory not measured: /usr/bin/time is missing; apt-get install time)")
    print()
    for g in goals:
        shown = "-" if g["value"] is None else f"{g['value']}{g['unit']}"
        print(f"{'met   ' if g['met'] else 'MISSED'} {g['goal']:40} {shown:>10} "
              f"(goal {'<' if g['unit'] in ('MB', 's') else '<='} {g['limit']}{g['unit']})")
    for name, value in context.items():
        print(f"       {name:40} {'-' if value is None else value:>10}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--quick", action="store_true", help="leave out the 200-article dossier")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)),
                    help="synthetic dossier sizes, in articles (default: %(default)s)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    try:
        sizes = tuple(sorted({int(x) for x in args.sizes.split(",")}))
    except ValueError:
        ap.error("--sizes takes whole numbers separated by commas")
    if not sizes or min(sizes) < 1:
        ap.error("--sizes must name at least one size of 1 or more")
    sizes = tuple(n for n in sizes if not (args.quick and n > 50)) or sizes[:1]
    pandoc = "/usr/bin/pandoc" if Path("/usr/bin/pandoc").exists() else shutil.which("pandoc")
    work = Workdir()
    started = time.perf_counter()
    load_before = os.getloadavg()
    try:
        # A snapshot: other people may be editing seeds/ (its translations) while this runs,
        # and every run must measure the same input.
        seeds = work.fresh("seeds")
        shutil.copytree(SEEDS, seeds)
        # Warm-up, not timed: imports, fontconfig, the font cache, Jinja's bytecode cache. A
        # user's first build in a session pays these too, but they are not what "our overhead
        # next to layout" means; the rows run in a new process (invoke ..., pandoc, scale)
        # include them on both sides.
        commands.build(Options(seeds, work.fresh("warm-up")))
        runs: list[dict[str, float]] = []
        for r in range(args.runs):
            runs.append(seeds_run(seeds, work, pandoc, r))
            print(f"seeds run {r + 1}/{args.runs} done ({time.perf_counter() - started:.0f} s)",
                  flush=True)
        font_seconds = first_font_instancing(seeds, work)
        synthetic = {}
        for n in sizes:
            source = work.fresh(f"syn{n}")
            synthesize(seeds, source, n)
            synthetic[n] = []
            for r in range(args.runs):
                synthetic[n].append(scale_run(source, work))
                print(f"{n} articles, run {r + 1}/{args.runs} done "
                      f"({time.perf_counter() - started:.0f} s)", flush=True)
    finally:
        work.close()

    med = {k: round(median(r[k] for r in runs if k in r), 3) for k in runs[0]}
    med["font_instancing"] = round(font_seconds, 3)
    ratios = {
        "cold PDF / WeasyPrint floor": ratio(med["cold_pdf"], med["floor_pdf"]),
        "cold EPUB / ebooklib floor": ratio(med["cold_epub"], med["floor_epub"]),
        "cold build / (both floors)": ratio(med["cold_build"],
                                             med["floor_pdf"] + med["floor_epub"]),
        "our EPUB writer / ebooklib floor": ratio(med["epub_writer"], med["floor_epub"]),
        "invoke pdf / pandoc pdf": ratio(med["invoke_pdf"], med.get("pandoc_pdf")),
        "invoke epub / pandoc epub": ratio(med["invoke_epub"], med.get("pandoc_epub")),
    }
    scale = summarize_scale(synthetic)
    by_n = {s["articles"]: s for s in scale}
    small, large = by_n[min(by_n)], by_n[max(by_n)]
    goals = [
        # "Cold build of the seeds at most 1.15 x the floors": the build against both floors,
        # and the PDF against its own. The EPUB alone is reported, not held to 1.15: its floor
        # (zipping the finished book, 0.11 s) is shorter than the cleaning and merging every
        # cold build must do first (0.12 s), so no EPUB build can come within 15% of it.
        goal("cold build / (both floors)", ratios["cold build / (both floors)"],
             GOAL_FLOOR_RATIO, "x"),
        goal("cold PDF / WeasyPrint floor", ratios["cold PDF / WeasyPrint floor"],
             GOAL_FLOOR_RATIO, "x"),
        goal(f"s/page, {large['articles']} / {small['articles']} articles",
             ratio(large["seconds_per_page"], small["seconds_per_page"]), GOAL_SCALE_RATIO, "x"),
        goal(f"peak memory, {large['articles']} articles", large["peak_mb"], GOAL_PEAK_MB, "MB"),
        goal("no-op rebuild (wall)", med["noop"], GOAL_NOOP_SECONDS, "s"),
        goal(f"no-op rebuild, {large['articles']} articles", large["noop_seconds"],
             GOAL_NOOP_SECONDS, "s"),
    ]
    context = {
        f"WeasyPrint alone: s/page {large['articles']}/{small['articles']}":
            ratio(large["floor_seconds_per_page"], small["floor_seconds_per_page"]),
        f"WeasyPrint alone: peak MB, {large['articles']} art.": large["floor_peak_mb"],
    }
    if min(r["noop_was_up_to_date"] for r in runs) < 1:
        print("warning: a no-op rebuild did not find the out folder up to date (code or "
              "seeds changed while the benchmark ran?)")
    print_report(args.runs, med, ratios, scale, goals, context)

    import weasyprint

    result = {
        "runs": args.runs, "quick": args.quick, "sizes": sizes, "seconds": med, "ratios": ratios,
        "scale": scale, "goals": goals, "context": context, "all_runs": runs,
        "pandoc": (subprocess.run([pandoc, "--version"], capture_output=True, text=True)
                   .stdout.splitlines()[0] if pandoc else None),
        "weasyprint": weasyprint.__version__,
        "pdf_part_articles": load_config(SEEDS, {})["layout"].get("pdf_part_articles"),
        "cores": os.cpu_count(), "load_average_before_after": [load_before, os.getloadavg()],
        "machine": platform.platform(),
        "python": platform.python_version(), "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "bench_seconds": round(time.perf_counter() - started, 1),
    }
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    path = results / f"build-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"load average before/after: {load_before[0]:.1f} / {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores; {result['bench_seconds']:.0f} s in all")
    print(f"-> {path}")


if __name__ == "__main__":
    main()
