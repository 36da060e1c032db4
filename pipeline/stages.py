"""The stages as plain functions of their inputs and the configuration.

``tasks.py`` wires these together; tests and other programs call them directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from . import model as m
from . import site_templates
from .boilerplate import load_rules
from .cache import code_version, digest
from .clean import article_id, clean_article, content_text, load_structure
from .errors import BadArticle, PipelineError
from .fileio import atomic_write_json, read_json
from .folder import ARTICLE, KNOWN, REFUSED, Entry, found, survey
from .ingest import find_articles, list_file
from .languages import Language
from .languages.detect import decide
from .readers.base import Found, RawArticle


@dataclass
class CleanResult:
    articles: list[m.Article]
    skipped: list[m.Skipped] = field(default_factory=list)
    reused: int = 0  # articles read back from the cache
    files: list[Entry] = field(default_factory=list)  # every entry of the folder, accounted for
    # The site's template lines removed from the articles (pipeline/site_templates.py).
    site_template: list[dict[str, Any]] = field(default_factory=list)


def _rules_digest(source: Path, cfg: dict[str, Any]) -> str:
    names = [*cfg["clean"].get("rules", []), "boilerplate.toml"]
    return digest(*(Path(source, n).read_bytes() if Path(source, n).is_file() else b"-"
                    for n in names))


def _read_cached(path: Path) -> m.Article | None:
    try:
        return m.article_from_dict(read_json(path)) if path.is_file() else None
    except (OSError, ValueError, KeyError, TypeError):  # a damaged cache entry is redone
        return None


def run_clean(source: Path, cfg: dict[str, Any], keep_going: bool = False,
              cache: Path | None = None) -> CleanResult:
    """Clean every article; with ``cache``, an article whose bytes, name, id, rules and
    cleaning options are unchanged is read back from the last run instead of cleaned again."""
    source = Path(source)
    if not source.is_dir():
        raise PipelineError("source folder does not exist", source)
    entries = survey(source, cfg)
    by_name = {e.name: e for e in entries}
    paths = find_articles(source, {e.name for e in entries if e.status == ARTICLE})
    if not paths:
        raise PipelineError(f"no article files ({KNOWN}) in the source folder; "
                            f"{found(entries)}", source)
    rules = load_rules(source, cfg["clean"].get("rules", []))
    structure = load_structure()
    taken: set[str] = set()
    result = CleanResult([], files=entries)
    used: set[str] = set()
    made: list[tuple[Found, str, str]] = []  # per article: its listing item, id and cache key
    common = digest(code_version(), cfg["clean"], cfg["languages"], _rules_digest(source, cfg),
                    _languages_digest(source)) if cache else ""
    for path in paths:
        entry = by_name[path.name]
        entry.articles = 0
        try:
            listing = list_file(path, source)  # a link out of the folder is refused unread
        except (BadArticle, OSError) as exc:
            err = exc if isinstance(exc, BadArticle) else BadArticle(
                f"cannot read ({exc.strerror})", path)
            if not keep_going:
                raise err from None
            result.skipped.append(m.Skipped(path.name, err.message, err.line))
            entry.status, entry.reason = REFUSED, err.message
            continue
        entry.parts = [{"part": label, "status": "not read", "reason": why}
                       for label, why in listing.not_read]
        if not listing.found:
            # An empty export, a JSON file of settings: nothing of it is an article. Listed and
            # warned about, as any file no reader takes; the rest of the folder is built.
            entry.status, entry.reason = REFUSED, "no article in it" + "".join(
                f"; {why}" for _, why in listing.not_read[:3])
            continue
        for item in listing.found:
            try:
                art_id = article_id(path, taken, item.key)
                key = digest(common, path.name, item.key, art_id, item.fingerprint) \
                    if cache else ""
                used.add(key)
                art, reused = _through_cache(
                    Path(cache, f"{key}.json") if cache else None,
                    partial(_clean_one, item, art_id, cfg, source, rules, structure))
                result.reused += reused
                made.append((item, art_id, key))
            except BadArticle as exc:
                if item.key is not None:  # one record of many: say which
                    exc = BadArticle(f"{item.label}: {exc.message}", path, exc.line)
                if not keep_going:
                    raise exc from None
                result.skipped.append(m.Skipped(path.name, exc.message, exc.line,
                                                item.label if item.key else None))
                if item.key is None:
                    entry.status, entry.reason = REFUSED, exc.message
                else:
                    entry.parts.append({"part": item.label, "status": "skipped",
                                        "reason": exc.message})
                continue
            result.articles.append(art)
            entry.articles += 1
    if not result.articles:
        raise PipelineError("no usable article left (every file was skipped)", source)
    _without_templates(result, made, source, cfg, rules, structure, cache, used)
    if cache is not None:
        _prune(Path(cache), used)
    return result


def _without_templates(result: CleanResult, made: list[tuple[Found, str, str]], source: Path,
                       cfg: dict[str, Any], rules: list, structure: dict[str, Any],
                       cache: Path | None, used: set[str]) -> None:
    """Clean again, without them, the articles in which the folder shows its site's template
    lines: the template is learned from the folder, so it is not part of an article's own
    cache key; the copy without it is cached under that key and the lines it lost."""
    found = site_templates.find(result.articles, cfg, str(source))
    removed: set[int] = set()
    for i, lines in sorted(found.lines.items()):
        item, art_id, key = made[i]
        redone = digest(key, sorted(lines.items())) if cache else ""
        try:
            art, _ = _through_cache(
                Path(cache, f"{redone}.json") if cache else None,
                partial(_clean_one, item, art_id, cfg, source, rules, structure, lines))
        except BadArticle:
            continue  # nothing of its own would be left: it keeps the lines
        used.add(redone)
        result.articles[i] = art
        removed.add(i)
    result.site_template = found.report(result.articles, removed)


def _clean_one(item: Found, art_id: str, cfg: dict[str, Any], source: Path, rules: list,
               structure: dict[str, Any],
               template_lines: dict[int, str] | None = None) -> m.Article:
    """One listed article, parsed, its language decided and cleaned."""
    raw = item.parse()
    raw.record, raw.record_label = item.key, item.label if item.key else ""
    language, how = article_language(raw, cfg, source, rules)
    art = clean_article(raw, cfg, rules, art_id, structure, language, template_lines)
    art.language_source = how
    return art


def _through_cache(path: Path | None, make: Callable[[], m.Article]) -> tuple[m.Article, bool]:
    """The article cached at ``path``, else made and cached there; and whether it was
    read back."""
    art = _read_cached(path) if path is not None else None
    if art is not None:
        return art, True
    art = make()
    if path is not None:
        atomic_write_json(path, m.article_to_dict(art))
    return art, False


def article_language(raw: RawArticle, cfg: dict[str, Any], source: Path,
                     rules: list | None = None) -> tuple[Language, str]:
    """The article's language and how it was decided (see pipeline/languages/detect.py),
    judged on its text without the site junk around it."""
    text = content_text(raw, rules)
    declared = raw.meta.get("lang") or raw.meta.get("language")
    return decide(raw.path.name, text, declared, raw.declared_by, cfg, str(source))


def _languages_digest(source: Path) -> str:
    """A project's own language files (SOURCE/languages/*.toml) change how it is cleaned."""
    folder = Path(source, "languages")
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    return digest(*((p.name, p.read_bytes()) for p in files))


def _prune(cache: Path, used: set[str]) -> None:
    """Drop cache entries this run did not use, so edits do not pile up old copies."""
    for path in cache.glob("*.json"):
        if path.stem not in used:
            path.unlink(missing_ok=True)
