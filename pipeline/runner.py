"""The stage runner: each stage is declared once, and every task runs what it needs through it.

A stage is a name, the stages whose output it reads, the function, and the file it leaves under
``OUT/stages/`` for a person to inspect. One freshness rule holds for all of them: a stage
always runs, and does only the work its content-hash cache does not already hold (an unchanged
article is read back cleaned, merge keeps its similarity scores, machine translation its
sentences). So any task after any edit sees the edit, and no output is ever made from a stage
file older than the sources; no file date is asked (a checkout or a copy changes dates, not
text). A whole build whose inputs did not change is skipped by its own key
(``build.up_to_date_key``).

Within a run the configuration is read once and stages hand each other the typed model in
process; the JSON files are written for people and other programs, never read back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import model as m
from .build import Options, stage_path
from .config import load_config
from .errors import BadArticle
from .fileio import atomic_write_json


@dataclass(frozen=True)
class Stage:
    name: str
    reads: tuple[str, ...]  # the stages whose output this one takes, in order
    run: Callable[..., Any]  # (Run, *their outputs) -> this stage's output
    writes: str | None = None  # OUT/stages/<writes>.json: what a person can inspect
    to_json: Callable[[Any], Any] = m.dossier_to_dict


class Run:
    """One run of the pipeline over a project for one task."""

    def __init__(self, opts: Options):
        self.opts = opts
        self.cfg = load_config(opts.source, opts.overrides)  # once per run
        self.outputs: dict[str, Any] = {}
        self.timings: dict[str, float] = {}

    @property
    def translating(self) -> bool:
        return bool(self.opts.translate or self.cfg.get("translate", {}).get("enabled"))

    def get(self, name: str) -> Any:
        """The output of stage ``name``, running it (and what it reads) the first time."""
        if name not in self.outputs:
            stage = STAGES[name]
            inputs = [self.get(r) for r in stage.reads]
            started = time.perf_counter()
            output = stage.run(self, *inputs)
            self.timings[name] = time.perf_counter() - started
            if stage.writes:
                atomic_write_json(stage_path(self.opts.out, stage.writes), stage.to_json(output))
            self.outputs[name] = output
        return self.outputs[name]

    def dossier(self) -> m.Dossier:
        """The dossier with all the English this run gives it."""
        return self.get("translate")

    def render(self, outputs: tuple[str, ...]) -> list[Path]:
        from .render import layout_for

        dossier = self.dossier()
        for name in outputs:  # check every layout before spending time on any output
            layout_for(dossier, name)
        return [self.get(name) for name in outputs]


def _clean(run: Run):
    from . import stages  # looked up when run: tests may stand in for run_clean

    return stages.run_clean(run.opts.source, run.cfg, run.opts.keep_going,
                            Path(run.opts.out) / "cache" / "clean")


def _clean_json(result) -> dict[str, Any]:
    return {"articles": [m.article_to_dict(a) for a in result.articles],
            "skipped": [vars(s) for s in result.skipped],
            "files": [e.as_dict() for e in result.files]}


def _merge(run: Run, cleaned) -> m.Dossier:
    from .glossary import load_glossary
    from .merge import merge

    try:
        dossier, copies = merge(cleaned.articles, run.cfg, load_glossary(run.opts.source),
                                run.opts.keep_going, Path(run.opts.out) / "cache" / "merge")
    except BadArticle as exc:  # merge knows file names; the message names the file's folder
        raise BadArticle(exc.message, Path(run.opts.source) / str(exc.path), exc.line) from None
    dossier.files = cleaned.files
    dossier.skipped = [*cleaned.skipped, *(m.Skipped(**s) for s in copies)]
    return dossier


def _memory(run: Run, dossier: m.Dossier) -> m.Dossier:
    from .memory import apply_memory, load_memory

    apply_memory(dossier, load_memory(run.opts.source))
    return dossier


def _translate(run: Run, dossier: m.Dossier) -> m.Dossier:
    """Machine English for the blocks the memory left empty, when asked (pipeline/translate/)."""
    if run.translating:
        from .translate.stage import translate_dossier

        dossier.translation = translate_dossier(dossier, run.opts.source, run.opts.out, run.cfg,
                                                run.opts.models_dir)
        out = run.opts.out
        atomic_write_json(stage_path(out, "translate"), dossier.translation.as_dict())
        atomic_write_json(stage_path(out, "dossier"), m.dossier_to_dict(dossier))
    return dossier


def _render(output: str) -> Callable[[Run, m.Dossier], Path]:
    def render(run: Run, dossier: m.Dossier) -> Path:
        from .render import writers

        return writers()[output](dossier, run.opts)

    return render


STAGES = {s.name: s for s in (
    Stage("clean", (), _clean, "clean", _clean_json),
    Stage("merge", ("clean",), _merge, "merge"),
    Stage("memory", ("merge",), _memory, "dossier"),
    Stage("translate", ("memory",), _translate),
    Stage("pdf", ("translate",), _render("pdf")),
    Stage("epub", ("translate",), _render("epub")),
    Stage("web", ("translate",), _render("web")),
)}
