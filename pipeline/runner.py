"""The stage runner: each stage is declared once, and every task runs what it needs through it.

A stage is a name, the stages whose output it reads, the function, the file it leaves under
``OUT/stages/``, and its cache key: a digest of the content it reads besides those stages'
output (the article files, the glossary, the reviewed English...). One freshness rule holds for
all of them: a stage's output is reused when its key, the keys of the stages it reads and the
code are what they were when its file was written; otherwise it runs, and inside it an
unchanged article is still read back cleaned, merge keeps its similarity scores and machine
translation its sentences. So any task after any edit sees the edit, nothing is made from a
stage file older than the sources, and no file date is asked (a checkout or a copy changes
dates, not text). A stage without a key (machine translation, which depends on the installed
models; the renderers) always runs. A whole build whose inputs did not change is skipped by its
own key (``build.up_to_date_key``).

Within a run the configuration is read once and stages hand each other the typed model in
process; a stage file is read back only to reuse it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import model as m
from .build import Options, stage_path
from .cache import code_version, digest, tree_digest
from .config import load_config
from .errors import BadArticle
from .fileio import atomic_write_json, read_json


@dataclass(frozen=True)
class Stage:
    name: str
    reads: tuple[str, ...]  # the stages whose output this one takes, in order
    run: Callable[..., Any]  # (Run, *their outputs) -> this stage's output
    writes: str | None = None  # OUT/stages/<writes>.json: what a person can inspect
    # The content the stage reads besides other stages' output; None: it always runs.
    key: Callable[[Run], Any] | None = None
    to_json: Callable[[Any], dict[str, Any]] = m.dossier_to_dict
    from_json: Callable[[dict[str, Any]], Any] = m.dossier_from_dict


class Run:
    """One run of the pipeline over a project for one task."""

    def __init__(self, opts: Options):
        self.opts = opts
        self.cfg = load_config(opts.source, opts.overrides)  # once per run
        self.outputs: dict[str, Any] = {}
        self.timings: dict[str, float] = {}
        self._keys: dict[str, str | None] = {}  # the folder is hashed once, not per stage

    @property
    def translating(self) -> bool:
        return bool(self.opts.translate or self.cfg.get("translate", {}).get("enabled"))

    def key_of(self, name: str) -> str | None:
        """What stage ``name``'s output depends on, without running anything; None when that
        cannot be known (a stage without a key, or one that reads such a stage)."""
        if name not in self._keys:
            stage = STAGES[name]
            upstream = [self.key_of(r) for r in stage.reads]
            self._keys[name] = None if stage.key is None or None in upstream else digest(
                code_version(), name, stage.key(self), upstream, self.opts.keep_going)
        return self._keys[name]

    def get(self, name: str) -> Any:
        """The output of stage ``name``: its file when its key has not changed, else run (after
        what it reads), once per run."""
        if name in self.outputs:
            return self.outputs[name]
        stage = STAGES[name]
        key = self.key_of(name) if stage.writes else None
        path = stage_path(self.opts.out, stage.writes) if stage.writes else None
        started = time.perf_counter()
        output = _reuse(stage, path, key)
        if output is None:
            inputs = [self.get(r) for r in stage.reads]
            started = time.perf_counter()
            output = stage.run(self, *inputs)
            if path is not None:
                atomic_write_json(path, {"key": key, **stage.to_json(output)})
        self.timings[name] = time.perf_counter() - started
        self.outputs[name] = output
        return output

    def dossier(self) -> m.Dossier:
        """The dossier with all the English this run gives it."""
        return self.get("translate")

    def render(self, outputs: tuple[str, ...]) -> list[Path]:
        from .render import layout_for

        dossier = self.dossier()
        for name in outputs:  # check every layout before spending time on any output
            layout_for(dossier, name)
        return [self.get(name) for name in outputs]


def _reuse(stage: Stage, path: Path | None, key: str | None) -> Any:
    """The stage's output read back from its file, when the file was written under ``key``."""
    if key is None or path is None or not path.is_file():
        return None
    try:
        data = read_json(path)
        return stage.from_json(data) if data.get("key") == key else None
    except (OSError, ValueError, KeyError, TypeError):  # a damaged stage file is made again
        return None


def _folder_key(run: Run) -> Any:
    """Everything in the source folder cleaning reads: every entry's name (each is in the
    report, hidden ones too), the files' content (articles, settings, rules, languages) and
    the settings as read; not the reviewed English, which only the memory reads."""
    source = Path(run.opts.source)
    names = sorted(p.name for p in source.iterdir()) if source.is_dir() else []
    content = [(n, tree_digest(source / n) if (source / n).is_dir() else
                (source / n).read_bytes()) for n in names if n != "en" and (source / n).exists()]
    return [names, content, run.cfg]


def _memory_key(run: Run) -> str:
    return tree_digest(Path(run.opts.source) / "en")


def _clean(run: Run):
    from . import stages  # looked up when run: tests may stand in for run_clean

    return stages.run_clean(run.opts.source, run.cfg, run.opts.keep_going,
                            Path(run.opts.out) / "cache" / "clean")


def _clean_json(result) -> dict[str, Any]:
    return {"articles": [m.article_to_dict(a) for a in result.articles],
            "skipped": [vars(s) for s in result.skipped],
            "files": [e.as_dict() for e in result.files],
            "site_template": result.site_template}


def _clean_from_json(data: dict[str, Any]):
    from .stages import CleanResult

    return CleanResult([m.article_from_dict(a) for a in data["articles"]],
                       [m.Skipped(**s) for s in data["skipped"]], 0,
                       [m.FileEntry(**f) for f in data["files"]],
                       data.get("site_template", []))


def _merge(run: Run, cleaned) -> m.Dossier:
    from .glossary import load_glossary
    from .merge import merge

    try:
        dossier, copies = merge(cleaned.articles, run.cfg, load_glossary(run.opts.source),
                                run.opts.keep_going, Path(run.opts.out) / "cache" / "merge")
    except BadArticle as exc:  # merge knows file names; the message names the file's folder
        raise BadArticle(exc.message, Path(run.opts.source) / str(exc.path), exc.line) from None
    dossier.files = cleaned.files
    dossier.site_template = cleaned.site_template
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
    Stage("clean", (), _clean, "clean", _folder_key, _clean_json, _clean_from_json),
    # The folder's key covers the glossary and the settings merge reads.
    Stage("merge", ("clean",), _merge, "merge", lambda run: ""),
    Stage("memory", ("merge",), _memory, "dossier", _memory_key),
    Stage("translate", ("memory",), _translate),
    Stage("pdf", ("translate",), _render("pdf")),
    Stage("epub", ("translate",), _render("epub")),
    Stage("web", ("translate",), _render("web")),
)}
