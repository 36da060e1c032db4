"""The Jinja environment every writer uses: project templates first, then the packaged ones.

A project folder may hold its own ``templates/`` with any file of the same name to override
the look without touching Python (as MkDocs themes do). Autoescaping is always on: article
text is data.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import languages
from ..errors import PipelineError
from .markup import pieces, template_filters

# The packaged templates: the repository's templates/ folder beside the pipeline package.
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def template_dirs(source: Path | None) -> list[Path]:
    dirs = []
    if source is not None and (Path(source) / "templates").is_dir():
        dirs.append(Path(source) / "templates")
    dirs.append(TEMPLATES)
    return dirs


if TYPE_CHECKING:  # jinja2 itself is imported when a template is first needed
    import jinja2

# The environment's settings, besides the loader, the bytecode cache and the filters.
SETTINGS = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True,
            "keep_trailing_newline": True}


def _bytecode_cache() -> jinja2.BytecodeCache:
    """Compiled templates kept between processes (a build compiles about twenty templates,
    a few tenths of a second). Jinja checks each entry against a checksum of the template's
    source, so an edited template is compiled again; a cache it cannot read or write is
    simply not used."""
    import jinja2

    class Cache(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except (OSError, ValueError, EOFError):
                bucket.reset()

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                Path(self.directory).mkdir(parents=True, exist_ok=True)
                super().dump_bytecode(bucket)
            except OSError:
                pass

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    # Compiled code depends on Jinja's version and the environment's settings as well, and on
    # which filters take the template's context (Jinja compiles the call with or without it).
    with_context = sorted(name for name, f in template_filters().items()
                          if getattr(f, "jinja_pass_arg", None))
    tag = hashlib.sha256(repr((jinja2.__version__, "StrictUndefined", sorted(SETTINGS.items()),
                               with_context)).encode()).hexdigest()[:16]
    return Cache(str(Path(base) / "arabic-dossier" / "jinja" / tag))


_ENVIRONMENTS: dict[tuple[str, ...], jinja2.Environment] = {}
_LOCK = threading.Lock()


def environment(source: Path | None = None) -> jinja2.Environment:
    """The environment for a project's template folders, made once per process so the PDF,
    EPUB and web edition share compiled templates; Jinja reloads a template whose file
    changed since it was loaded."""
    if not TEMPLATES.is_dir():
        raise PipelineError("the packaged templates are missing", TEMPLATES)
    dirs = tuple(str(d) for d in template_dirs(source))
    with _LOCK:
        env = _ENVIRONMENTS.get(dirs)
        if env is None:
            env = _ENVIRONMENTS[dirs] = _make_environment(dirs)
    return env


def _make_environment(dirs: tuple[str, ...]) -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(dirs)),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        **SETTINGS,
    )
    # |src(lang): source text in its language; |en(lang): English, its foreign runs tagged
    # with the article's language where it is in their script; |isolated(lang): plain text
    # isolated in its direction (running heads).
    env.filters.update(template_filters())
    env.globals["direction_of"] = direction_of
    env.globals["twin_label"] = _twin_labels(env)
    env.globals["own_matter"] = _own_matter(env)
    env.filters["pieces"] = pieces
    env.filters["percent"] = lambda x: f"{round(float(x) * 100)}%"
    return env


def _label_table(env: jinja2.Environment):
    """A function giving labels.toml's table (a project's own file first), read once."""
    import tomllib

    table: dict[str, dict[str, Any]] | None = None

    def get() -> dict[str, dict[str, Any]]:
        nonlocal table
        if table is None:
            try:
                text = env.loader.get_source(env, "labels.toml")[0]
                table = tomllib.loads(text)
            except Exception:  # no labels file, or an unreadable one: English headings only
                table = {}
        return table

    return get


def _twin_labels(env: jinja2.Environment):
    """twin_label(code, key): an appendix heading in a source language ("المصادر"), from
    labels.toml in the template folders (a project's own first), "" when it has none."""
    table = _label_table(env)

    def twin_label(code: str, key: str) -> str:
        return str(table().get(code, {}).get(key, ""))

    return twin_label


def _own_matter(env: jinja2.Environment):
    """own_matter(d, output): the labels the PDF's front and back matter and editor's notes
    are printed with in the language of a dossier all in one language, laid out in that
    language alone (the `source` layout, once called "ar"): its labels.toml table, with its
    notes by code; {} for any other dossier, layout or output, which speak English."""
    table = _label_table(env)

    def own_matter(d: Any, output: str | None = None) -> dict[str, Any]:
        one = d.single_language
        if output != "pdf" or d.layout != "source" or one is None or one.is_target:
            return {}
        labels = table().get(one.code, {})
        return dict(labels) if "guide_title" in labels else {}

    return own_matter


def direction_of(code: object) -> str:
    """The writing direction of a language given by code (or as a Language)."""
    if isinstance(code, languages.Language):
        return code.direction
    return languages.get(str(code or languages.TARGET)).direction


def render(env: jinja2.Environment, name: str, **context: object) -> str:
    import jinja2

    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or name
        line = getattr(exc, "lineno", None)
        raise PipelineError(f"template error: {exc.message or exc}", Path(where), line) from None
