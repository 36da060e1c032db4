"""What each Invoke task does, importable without Invoke. Tasks print what these return."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .build import (
    Options,
    is_up_to_date,
    out_lock,
    record_build,
    stage_path,
    up_to_date_key,
    write_report,
)
from .errors import PipelineError
from .fileio import read_json
from .folder import describe
from .render.report_page import write_report_page
from .render.templating import environment
from .runner import Run


def guarded(debug: bool, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run ``fn``; a user's error becomes one line on stderr and exit status 1."""
    try:
        return fn(*args, **kwargs)
    except PipelineError as exc:
        if debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        raise SystemExit(130) from None


def clean(opts: Options) -> str:
    from . import model as m

    with out_lock(opts.out):
        run = Run(opts)
        result = run.get("clean")
        dossier = m.Dossier(result.articles, run.cfg, files=result.files,
                            skipped=result.skipped, site_template=result.site_template)
        write_report(opts, dossier, run.timings)
    return (f"cleaned {len(result.articles)} article(s) -> {stage_path(opts.out, 'clean')}\n"
            f"  {languages_summary(result.articles)}\n  {describe(result.files)}"
            + (f"\n  {_site_template_summary(dossier)}" if dossier.site_template else "")
            + _warnings(dossier))


def merge(opts: Options) -> str:
    with out_lock(opts.out):
        run = Run(opts)
        dossier = run.get("merge")
        write_report(opts, dossier, run.timings)
    dups = sum(1 for e in dossier.merge_log if e["action"] == "duplicate")
    return (f"merged {len(dossier.articles)} article(s), {dups} duplicate passage(s) "
            f"cross-referenced -> {stage_path(opts.out, 'merge')}" + _warnings(dossier))


def build(opts: Options, outputs: tuple[str, ...] = ("pdf", "epub", "web")) -> str:
    started = time.perf_counter()
    with out_lock(opts.out):
        run = Run(opts)
        key = up_to_date_key(opts, outputs, run.translating)
        if is_up_to_date(opts.out, key):
            return (f"up to date ({time.perf_counter() - started:.2f} s): nothing changed "
                    f"since the last build in {opts.out}")
        written, report = _render_all(run, opts, outputs)
        dossier = run.dossier()
        record_build(opts.out, key, [*written, report])
    english = _english_summary(dossier)
    lines = [f"built {len(dossier.articles)} article(s) in {time.perf_counter() - started:.1f} s",
             f"  {describe(dossier.files)}"]
    lines += [f"  {p}" for p in written]
    lines += [f"  {report}", f"  {languages_summary(dossier.articles)}", f"  English: {english}"]
    if dossier.site_template:
        lines.append(f"  {_site_template_summary(dossier)}")
    if dossier.translation is not None:
        lines.append("  " + dossier.translation.summary())
    if dossier.pdf_layout:
        lines.append("  " + _layout_summary(dossier.pdf_layout))
    if dossier.unused_memory:
        lines.append(f"warning: {len(dossier.unused_memory)} translation(s) in en/ matched no "
                     "passage; report.html lists them")
    return "\n".join(lines) + _warnings(dossier)


def _layout_summary(layout: dict) -> str:
    """'PDF: 8 parts, laid out in 2 processes' or '... on the Dask cluster at ADDRESS'."""
    line = f"PDF: {layout['parts']} parts"
    if layout.get("cluster"):
        line += (f", laid out on the Dask cluster at {layout['cluster']} "
                 f"({len(layout.get('workers', []))} worker(s))")
    else:
        line += f", laid out in {layout['processes']} process(es)"
    if layout.get("reused"):
        line += f", {layout['reused']} reused from the last build"
    return line


def _write_reports(opts: Options, dossier, timings: dict, outputs: tuple[str, ...],
                   written: list[Path]) -> Path:
    """report.json always; report.html beside the web edition, whose stylesheet it shares and
    into which it links. Returns report.json; report.html is appended to ``written``."""
    report = write_report(opts, dossier, timings)
    if "web" in outputs:
        written.append(write_report_page(dossier, opts, read_json(report)))
    return report


def _render_all(run: Run, opts: Options, outputs: tuple[str, ...]) -> tuple[list[Path], Path]:
    """The outputs and the reports; the files written, and report.json.

    An archival PDF embeds the sources as read, the report and the PO files, so it is made
    last from the laid-out PDF, once report.json (and report.html) are final; the web edition,
    which prints the PDF's size, is rendered after it. Its time is then not in the report."""
    from .render import layout_for, pdf_archive

    if not ("pdf" in outputs and pdf_archive.wanted(run.cfg)):
        written = run.render(outputs)
        return written, _write_reports(opts, run.dossier(), run.timings, outputs, written)
    from .cache import tree_digest

    before = tree_digest(opts.source)  # the folder as the stages will read it
    for name in outputs:  # every layout checked before time is spent on any output
        layout_for(run.dossier(), name)
    later = ("web",) if "web" in outputs else ()
    written = run.render(tuple(o for o in outputs if o not in later))
    dossier = run.dossier()
    report = _write_reports(opts, dossier, run.timings, outputs, written)
    pdf = next(p for p in written if p.suffix == ".pdf")
    reports = [report] + [p for p in written if p.name == "report.html"]
    items = pdf_archive.evidence(Path(opts.source), dossier.files, reports,
                                 environment(opts.source))
    if tree_digest(opts.source) != before:
        raise PipelineError("the source folder changed while the dossier was built: the "
                            "archival PDF would not carry the files as read; build again",
                            Path(opts.source))
    pdf_archive.make_archival(pdf, items)
    written += run.render(later)
    return written, report


def render(opts: Options, outputs: tuple[str, ...]) -> str:
    """Render what the text stages give now (run through their caches)."""
    started = time.perf_counter()
    with out_lock(opts.out):
        run = Run(opts)
        written, _ = _render_all(run, opts, outputs)
    lines = [f"rendered in {time.perf_counter() - started:.1f} s"]
    return "\n".join(lines + [f"  {p}" for p in written])


def memory(opts: Options) -> str:
    with out_lock(opts.out):
        run = Run(opts)
        dossier = run.get("memory")
        write_report(opts, dossier, run.timings)
    return f"English: {_english_summary(dossier)}"


def translate(opts: Options) -> str:
    """Run the text stages, then machine-translate what the translation memory leaves empty."""
    opts.translate = True
    with out_lock(opts.out):
        run = Run(opts)
        dossier = run.dossier()
        report = write_report(opts, dossier, run.timings)
    stats = dossier.translation.summary() if dossier.translation else ""
    return "\n".join([stats, f"  {report}", f"  English: {_english_summary(dossier)}"])


def models(install: str | None = None, download: bool = False, list_: bool = True,
           models_dir: str | None = None, from_code: str | None = None,
           source: str | Path = "seeds") -> str:
    """Install (validated first), download or list the Argos packages into English.

    ``download`` fetches the package of ``from_code``, or else of every language of the
    source folder's articles that has none installed."""
    from .translate import models as mt

    folder = mt.models_dir(models_dir)
    lines = []
    if install:
        got = mt.install(Path(install), folder)
        lines.append(f"installed {got.from_code}->{got.to_code} {got.model_id} -> {got.path}")
    if download:
        codes = [from_code] if from_code else _languages_without_package(Path(source), folder)
        if not codes:
            lines.append(f"every language of {source} has a package in {folder}")
        for code in codes:
            got = mt.download(folder, code)
            lines.append(f"downloaded and installed {got.from_code}->{got.to_code} "
                         f"{got.model_id} -> {got.path}")
    if list_ or not lines:
        lines += _list_models(folder)
    return "\n".join(lines)


def _list_models(folder: Path) -> list[str]:
    from .translate import models as mt

    found = mt.list_installed(folder)
    pairs = sorted({f"{x.from_code}->{x.to_code}" for x in found})
    head = (f"{len(found)} Argos Translate package(s) in {folder}"
            + (f": {', '.join(pairs)}" if found else f"; {mt.INSTALL_HINT}"))
    rows = [("from", "to", "name", "version", "splitter")]
    rows += [(x.from_code, x.to_code, x.code, x.version or "-", x.splitter)
             for x in sorted(found, key=lambda x: (x.from_code, x.code))]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    table = ["  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in rows] if found else []
    return [head, *table]


def _languages_without_package(source: Path, folder: Path) -> list[str]:
    """The Argos codes of the source folder's languages (English aside) with no package."""
    from . import languages
    from .config import load_config
    from .glossary import source_language
    from .stages import run_clean
    from .translate import models as mt

    articles = run_clean(source, load_config(source), keep_going=True).articles
    codes = {languages.get(source_language(a), str(source)).argos for a in articles}
    return sorted(codes - set(mt.by_language(folder)) - {"", languages.TARGET})


def catalogs(opts: Options) -> str:
    """Add an empty PO entry for every block without one (like sphinx-intl update)."""
    from .memory import update_catalogs

    with out_lock(opts.out):
        dossier = Run(opts).get("memory")
        written = update_catalogs(dossier, opts.source)
    return "\n".join(f"{path}: {added} new entr{'y' if added == 1 else 'ies'}"
                     for path, added in written)


def wipe(out: Path) -> str:
    """Delete the out folder's generated files (the sources are never touched)."""
    out = Path(out)
    if not out.exists():
        return f"nothing to delete: {out} does not exist"
    if (out / "dossier.toml").exists() or any(out.glob("*.po")):
        raise PipelineError("looks like a source folder, not build output; not deleting", out)
    with out_lock(out):
        for child in out.iterdir():
            if child.name == ".build.lock":
                continue
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    return f"deleted the build outputs in {out}"


def _site_template_summary(dossier) -> str:
    lines = sum(t["count"] for t in dossier.site_template)
    return (f"{lines} site-template line(s) removed ({len(dossier.site_template)} distinct, "
            "listed in the report)")


def languages_summary(articles) -> str:
    """'Languages: 3 Arabic, 2 Persian, 1 English', then one line per article whose language
    is in doubt (an uncertain detection, a declaration its letters contradict)."""
    from collections import Counter

    from . import languages

    counts = Counter(a.language for a in articles)
    line = "Languages: " + ", ".join(f"{n} {languages.get(code).name}"
                                     for code, n in counts.most_common())
    doubts = [f"\nnote: {a.source_file}: {languages.get(a.language).name}, {a.language_source}"
              for a in articles if "uncertain" in a.language_source or "but the text" in
              a.language_source]
    return line + "".join(doubts)


def _english_summary(dossier) -> str:
    from collections import Counter

    from . import model as m

    counts = Counter(b.en_origin for b in dossier.blocks() if b.kind != m.XREF)
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in m.EN_ORIGINS)


def _warnings(dossier) -> str:
    """A warning for each article left out (a bad file with --keep-going, a copy) and for each
    entry of the folder the build did not read."""
    said = {s.file for s in dossier.skipped}
    return "".join([*(f"\nwarning: skipped {s.where}: {s.reason}" for s in dossier.skipped),
                    *(f"\nwarning: {f.name}: {f.reason}" for f in dossier.files
                      if f.status == "refused" and f.name not in said)])
