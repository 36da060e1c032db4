"""The Jinja environment every writer uses: project templates first, then the packaged ones.

A project folder may hold its own ``templates/`` with any file of the same name to override
the look without touching Python (as MkDocs themes do). Autoescaping is always on: article
text is data.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from ..errors import PipelineError
from .markup import arabic_digits, arabic_html, english_html

# The packaged templates: the repository's templates/ folder beside the pipeline package.
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def template_dirs(source: Path | None) -> list[Path]:
    dirs = []
    if source is not None and (Path(source) / "templates").is_dir():
        dirs.append(Path(source) / "templates")
    dirs.append(TEMPLATES)
    return dirs


def environment(source: Path | None = None) -> jinja2.Environment:
    if not TEMPLATES.is_dir():
        raise PipelineError("the packaged templates are missing", TEMPLATES)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(source)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["ar"] = arabic_html
    env.filters["en"] = english_html
    env.filters["arabic_digits"] = arabic_digits
    env.filters["percent"] = lambda x: f"{round(float(x) * 100)}%"
    return env


def render(env: jinja2.Environment, name: str, **context: object) -> str:
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or name
        line = getattr(exc, "lineno", None)
        raise PipelineError(f"template error: {exc.message or exc}", Path(where), line) from None
