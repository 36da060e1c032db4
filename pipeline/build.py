"""Running the stages over a project folder and writing their outputs under the out folder.

Each stage's output is JSON under ``OUT/stages/`` so a task can run alone and a person can
inspect what each stage did.

The stages' modules are imported where they are used: a rebuild with nothing to do only
needs the up-to-date check, and its time is mostly the interpreter starting.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import model as m
from .cache import code_version, digest, environment_digest, file_digest, tree_digest
from .config import load_config
from .errors import BadArticle, PipelineError
from .fileio import atomic_write_json, read_json


@dataclass
class Options:
    source: Path
    out: Path
    keep_going: bool = False
    layout: str | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    translate: bool = False  # machine-translate what the memory leaves empty (or [translate])
    models_dir: str | None = None  # Argos packages (else $DOSSIER_ARGOS_DIR, [translate])


def stage_path(out: Path, name: str) -> Path:
    return Path(out) / "stages" / f"{name}.json"


@contextmanager
def out_lock(out: Path, wait: bool = True) -> Iterator[None]:
    """One build at a time per out folder: a second one waits (or stops) instead of mixing
    its files with the first one's."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / ".build.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise PipelineError("another build is writing to this out folder", out) from None
            print(f"waiting for another build to finish in {out} ...", flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def do_clean(opts: Options) -> dict[str, Any]:
    from .stages import run_clean

    cfg = load_config(opts.source, opts.overrides)
    result = run_clean(opts.source, cfg, opts.keep_going, Path(opts.out) / "cache" / "clean")
    data = {"articles": [m.article_to_dict(a) for a in result.articles],
            "skipped": result.skipped, "files": [e.as_dict() for e in result.files],
            "config": cfg}
    atomic_write_json(stage_path(opts.out, "clean"), data)
    return data


def do_merge(opts: Options, cleaned: dict[str, Any] | None = None) -> m.Dossier:
    from .glossary import load_glossary
    from .merge import merge

    cfg = load_config(opts.source, opts.overrides)
    if cleaned is None:
        # Not the last clean.json, which may predate an edit: cleaning again costs a cache
        # lookup per unchanged article (content hash), so `invoke merge` always sees the edit.
        cleaned = do_clean(opts)
    articles = [m.article_from_dict(a) for a in cleaned["articles"]]
    try:
        dossier, skipped = merge(articles, cfg, load_glossary(opts.source), opts.keep_going,
                                 Path(opts.out) / "cache" / "merge")
    except BadArticle as exc:  # merge knows file names; the message names the file's folder
        raise BadArticle(exc.message, Path(opts.source) / str(exc.path), exc.line) from None
    dossier.config["skipped"] = cleaned.get("skipped", []) + skipped
    dossier.config["files"] = cleaned.get("files", [])
    atomic_write_json(stage_path(opts.out, "merge"), m.dossier_to_dict(dossier))
    return dossier


def do_memory(opts: Options, dossier: m.Dossier | None = None) -> m.Dossier:
    from .memory import apply_memory, load_memory

    if dossier is None:
        dossier = do_merge(opts)  # through the content-hash caches: never a stale merge.json
    apply_memory(dossier, load_memory(opts.source))
    atomic_write_json(stage_path(opts.out, "dossier"), m.dossier_to_dict(dossier))
    return dossier


def write_report(opts: Options, dossier: m.Dossier, timings: dict[str, float]) -> Path:
    from .report import build_report

    report = build_report(dossier, dossier.config.get("skipped", []), str(opts.source),
                          {"seconds": {k: round(v, 3) for k, v in timings.items()}})
    path = Path(opts.out) / "report.json"
    atomic_write_json(path, report)
    return path


def run_text_stages(opts: Options) -> tuple[m.Dossier, dict[str, float]]:
    """The dossier as the sources say now. Each stage runs through its content-hash cache (an
    unchanged article is read back, merge scores are kept), so every task calls this and no
    output is ever made from a stage file older than an edit; no file date is asked (a
    checkout or a copy changes dates without changing text)."""
    timings: dict[str, float] = {}
    t = time.perf_counter()
    cleaned = do_clean(opts)
    timings["clean"] = time.perf_counter() - t
    t = time.perf_counter()
    dossier = do_merge(opts, cleaned)
    timings["merge"] = time.perf_counter() - t
    t = time.perf_counter()
    dossier = do_memory(opts, dossier)
    timings["memory"] = time.perf_counter() - t
    if opts.translate or dossier.config.get("translate", {}).get("enabled"):
        t = time.perf_counter()
        do_translate(opts, dossier)
        timings["translate"] = time.perf_counter() - t
    return dossier, timings


def up_to_date_key(opts: Options, outputs: tuple[str, ...]) -> str | None:
    """What a build's outputs depend on; None when that cannot be known without running it
    (machine translation depends on installed models and its own cache)."""
    cfg = load_config(opts.source, opts.overrides)
    if opts.translate or cfg.get("translate", {}).get("enabled"):
        return None
    return digest(code_version(), tree_digest(opts.source), opts.overrides, opts.keep_going,
                  sorted(outputs), environment_digest())


def _build_record(out: Path) -> Path:
    return stage_path(out, "build")


def is_up_to_date(out: Path, key: str | None) -> bool:
    """True when the last build had this key and its outputs are still what it wrote."""
    path = _build_record(out)
    if key is None or not path.is_file():
        return False
    try:
        record = read_json(path)
        return record["key"] == key and all(
            Path(out, name).is_file() and file_digest(Path(out, name)) == sha
            for name, sha in record["outputs"].items())
    except (OSError, ValueError, KeyError, TypeError):
        return False


def record_build(out: Path, key: str | None, written: list[Path]) -> None:
    path = _build_record(out)
    if key is None:
        path.unlink(missing_ok=True)
        return
    atomic_write_json(path, {"key": key, "outputs": {
        Path(p).relative_to(out).as_posix(): file_digest(p) for p in written}})


def do_translate(opts: Options, dossier: m.Dossier) -> dict[str, Any]:
    """Machine English for the blocks the memory left empty; see pipeline/translate/."""
    from .translate.stage import translate_dossier

    cfg = load_config(opts.source, opts.overrides)
    stats = translate_dossier(dossier, opts.source, opts.out, cfg, opts.models_dir).as_dict()
    dossier.config["translation"] = stats
    atomic_write_json(stage_path(opts.out, "translate"), stats)
    atomic_write_json(stage_path(opts.out, "dossier"), m.dossier_to_dict(dossier))
    return stats
