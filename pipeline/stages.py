"""The stages as plain functions of their inputs and the configuration.

``tasks.py`` wires these together; tests and other programs call them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import model as m
from .boilerplate import load_rules
from .clean import article_id, clean_article, load_structure
from .errors import BadArticle, PipelineError
from .ingest import find_articles, read_article


@dataclass
class CleanResult:
    articles: list[m.Article]
    skipped: list[dict[str, Any]] = field(default_factory=list)


def run_clean(source: Path, cfg: dict[str, Any], keep_going: bool = False) -> CleanResult:
    source = Path(source)
    if not source.is_dir():
        raise PipelineError("source folder does not exist", source)
    paths = find_articles(source)
    if not paths:
        raise PipelineError("no article files (.txt, .md, .html) in the source folder", source)
    rules = load_rules(source, cfg["clean"].get("rules", []))
    structure = load_structure()
    taken: set[str] = set()
    result = CleanResult([])
    for path in paths:
        try:
            raw = read_article(path)
            art = clean_article(raw, cfg, rules, article_id(path, taken), structure)
        except BadArticle as exc:
            if not keep_going:
                raise
            result.skipped.append({"file": path.name, "line": exc.line, "reason": exc.message})
            continue
        except OSError as exc:
            err = BadArticle(f"cannot read ({exc.strerror})", path)
            if not keep_going:
                raise err from None
            result.skipped.append({"file": path.name, "line": None, "reason": err.message})
            continue
        result.articles.append(art)
    if not result.articles:
        raise PipelineError("no usable article left (every file was skipped)", source)
    return result
