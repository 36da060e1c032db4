"""Markdown articles: optional YAML front matter, then CommonMark parsed by markdown-it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

from ..errors import BadArticle
from ..ingest import RawArticle, Unit, split_lines

FRONT_KEYS = ("title", "author", "date", "source", "url")
_FENCE = re.compile(r"^---[ \t]*$")


def split_front_matter(lines: list[str], path: Path) -> tuple[dict[str, str], int]:
    """Return (metadata, number of lines the front matter occupies)."""
    if not lines or not _FENCE.match(lines[0].lstrip("\ufeff")):
        return {}, 0
    for i in range(1, len(lines)):
        if _FENCE.match(lines[i]) or lines[i].strip() == "...":
            block = "\n".join(lines[1:i])
            try:
                data = yaml.safe_load(block) if block.strip() else {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = mark.line + 2 if mark is not None else 1
                problem = getattr(exc, "problem", None) or "cannot parse"
                raise BadArticle(f"malformed front matter: {problem}", path, line) from None
            if data is None:
                data = {}
            if not isinstance(data, dict):
                raise BadArticle("malformed front matter: expected 'key: value' lines", path, 2)
            meta = {}
            for key in FRONT_KEYS:
                value = data.get(key)
                if value is None:
                    continue
                if isinstance(value, dt.date | dt.datetime):
                    value = value.isoformat()[:10]
                if isinstance(value, list | dict):
                    raise BadArticle(f"front matter '{key}' must be text", path, 2)
                meta[key] = str(value).strip()
            return meta, i + 1
    raise BadArticle("front matter opened with '---' is never closed", path, 1)


def _inline_text(token) -> str:
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content)  # alt text; the image itself is not part of the dossier
    return "".join(out)


def read_markdown(path: Path, text: str, encoding: str) -> RawArticle:
    lines, style = split_lines(text)
    meta, skip = split_front_matter(lines, path)
    body = "\n".join(lines[skip:])
    md = MarkdownIt("commonmark")
    tokens = md.parse(body)
    units: list[Unit] = []
    context: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.type.endswith("_open") and tok.type != "paragraph_open":
            context.append(tok.type[: -len("_open")])
        elif tok.type.endswith("_close") and tok.type != "paragraph_close" and context:
            context.pop()
        elif tok.type == "inline":
            opener = tokens[i - 1]
            start, end = opener.map if opener.map else (0, 1)
            hint = ("heading" if "heading" in context
                    else "quote" if "blockquote" in context else None)
            content = _inline_text(tok).strip()
            if content:
                units.append(Unit(content, list(range(skip + start + 1, skip + end + 1)), hint))
        elif tok.type in ("fence", "code_block", "html_block") and tok.content.strip():
            start, end = tok.map
            # Code and raw HTML are kept as literal text: an article is data, never markup.
            for off, ln in enumerate(tok.content.splitlines()):
                if ln.strip():
                    units.append(Unit(ln, [skip + start + 1 + off + (tok.type == "fence")]))
    used = {n for u in units for n in u.lines}
    blanks = [n for n in range(skip + 1, len(lines) + 1)
              if n not in used and not lines[n - 1].strip()]
    raw = RawArticle(path, encoding, style, units, len(lines), blanks, meta)
    raw.front_matter_lines = skip  # type: ignore[attr-defined]
    return raw
