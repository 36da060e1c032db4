"""Boilerplate rules, loaded from data files users can extend without touching code.

The base rules (pipeline/data/boilerplate.toml, a project's own files) apply to every article;
each language's file adds its own ``[[rule]]`` tables, which apply to that language's articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex as re

from .config import load_toml
from .errors import PipelineError
from .normalize import words


@dataclass(frozen=True)
class Rule:
    id: str
    reason: str
    pattern: re.Pattern
    max_words: int = 12
    section: bool = False
    near_junk: bool = False
    capture: str | None = None
    origin: str = "built-in"
    # Scripts of the articles the rule applies to (empty: all). A capitalised name beside junk
    # is a site's poster in an Arabic article; in an English one it may be a subheading.
    scripts: tuple[str, ...] = ()
    # Shapes a reader gives pieces (Unit.shape: "caption", "item", "row") that the rule leaves
    # alone: a line the source marks as a photo's caption is set as one, not removed as junk.
    spares: tuple[str, ...] = ()

    def match(self, text: str, n_words: int | None = None) -> re.Match | None:
        if (len(words(text)) if n_words is None else n_words) > self.max_words:
            return None
        return self.pattern.fullmatch(text)


_FIELD_TYPES = {"id": (str, "text"), "pattern": (str, "text"), "reason": (str, "text"),
                "max_words": (int, "a whole number"), "section": (bool, "true or false"),
                "near_junk": (bool, "true or false"), "capture": (str, "text"),
                "scripts": (list, "a list of script names"),
                "spares": (list, "a list of shapes (caption, item, row)")}


def _bad_field(item: dict) -> str | None:
    for key, (kind, said) in _FIELD_TYPES.items():
        value = item.get(key)
        if value is None:
            continue
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            return f"'{key}' must be {said}"
    return None


def _rules_from(data: dict, origin: str, path: Path | None) -> list[Rule]:
    rules = []
    for i, item in enumerate(data.get("rule", []), start=1):
        if not isinstance(item, dict) or "id" not in item or "pattern" not in item:
            raise PipelineError(f"rule #{i} needs an 'id' and a 'pattern'", path)
        bad = _bad_field(item)
        if bad:
            raise PipelineError(f"rule '{item['id']}': {bad}", path)
        try:
            pattern = re.compile(item["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise PipelineError(f"rule '{item['id']}': bad pattern ({exc})", path) from None
        rules.append(Rule(
            id=str(item["id"]), reason=str(item.get("reason", item["id"])), pattern=pattern,
            max_words=int(item.get("max_words", 12)), section=bool(item.get("section", False)),
            near_junk=bool(item.get("near_junk", False)), capture=item.get("capture"),
            origin=origin, scripts=tuple(str(x) for x in item.get("scripts", [])),
            spares=tuple(str(x) for x in item.get("spares", [])),
        ))
    return rules


def load_rules(source: Path, extra: list[str]) -> list[Rule]:
    text = resources.files("pipeline").joinpath("data/boilerplate.toml").read_text("utf-8")
    import tomllib

    rules = _rules_from(tomllib.loads(text), "built-in", None)
    for name in extra:
        path = Path(source) / name
        if not path.exists():
            raise PipelineError("boilerplate rule file listed in dossier.toml does not exist", path)
        rules = _rules_from(load_toml(path), path.name, path) + rules
    project_rules = Path(source) / "boilerplate.toml"
    if project_rules.exists() and "boilerplate.toml" not in extra:
        rules = _rules_from(load_toml(project_rules), project_rules.name, project_rules) + rules
    return rules


@lru_cache(maxsize=64)
def _language_rules(code: str, tables: str) -> tuple[Rule, ...]:
    return tuple(_rules_from({"rule": json.loads(tables)}, f"languages/{code}.toml", None))


def language_rules(language: Any) -> list[Rule]:
    """The [[rule]] tables of a Language's file, compiled (once per language and rule set)."""
    tables = getattr(language, "rules", ())
    if not tables:
        return []
    return list(_language_rules(language.code, json.dumps(list(tables), sort_keys=True)))


def rules_for(rules: list[Rule], language: Any) -> list[Rule]:
    """The rules an article in ``language`` is cleaned with: the base rules (the project's
    first), then its language's, without the base rules meant for other scripts."""
    script = getattr(getattr(language, "script", None), "name", None)
    return [r for r in [*rules, *language_rules(language)]
            if not r.scripts or script is None or script in r.scripts]


def match_rule(
    rules: list[Rule], text: str, near_junk: bool = False, shape: str | None = None
) -> tuple[Rule, re.Match] | None:
    n_words = len(words(text))  # once per line, not once per rule
    for rule in rules:
        if rule.near_junk != near_junk or (shape and shape in rule.spares):
            continue
        m = rule.match(text, n_words)
        if m:
            return rule, m
    return None
