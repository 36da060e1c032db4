"""A build's options, its lock on the out folder, its report, and whether it is up to date.

The stages themselves are declared in ``runner.py``; each leaves its output as JSON under
``OUT/stages/`` so a person can inspect what it did.

The stages' modules are imported where they are used: a rebuild with nothing to do only
needs the up-to-date check, and its time is mostly the interpreter starting.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import model as m
from .cache import code_version, digest, environment_digest, file_digest, tree_digest
from .errors import PipelineError
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


def write_report(opts: Options, dossier: m.Dossier, timings: dict[str, float]) -> Path:
    from .report import build_report

    report = build_report(dossier, str(opts.source),
                          {"seconds": {k: round(v, 3) for k, v in timings.items()}})
    path = Path(opts.out) / "report.json"
    atomic_write_json(path, report)
    return path


def run_text_stages(opts: Options) -> tuple[m.Dossier, dict[str, float]]:
    """The dossier as the sources say now, and each stage's time (see pipeline/runner.py)."""
    from .runner import Run

    run = Run(opts)
    return run.dossier(), run.timings


def up_to_date_key(opts: Options, outputs: tuple[str, ...], translating: bool) -> str | None:
    """What a build's outputs depend on; None when that cannot be known without running it
    (machine translation depends on installed models and its own cache)."""
    if translating:
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
