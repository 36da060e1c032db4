"""The glossary: canonical Arabic, English rendering and known variants of names.

One file serves merging (variants unified in the Arabic), translation (terms come out as the
glossary says) and the glossary appendix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex as re

from .config import load_toml
from .errors import PipelineError
from .normalize import plain_text

GLOSSARY_NAME = "glossary.toml"
# Arabic proclitics that attach to a name: و ف (and), ب ل ك (prepositions), ال (article).
_PROCLITICS = r"(?P<pre>(?:و|ف)?(?:ب|ل|ك)?(?:ال)?)"


@dataclass
class Term:
    text: str  # the canonical form, in its source language
    en: str
    variants: list[str] = field(default_factory=list)
    note: str = ""
    patterns: list[tuple[str, re.Pattern]] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict:
        return {"text": self.text, "en": self.en, "variants": self.variants, "note": self.note}


def load_glossary(source: Path) -> list[Term]:
    path = Path(source) / GLOSSARY_NAME
    if not path.exists():
        return []
    data = load_toml(path)
    terms = []
    for i, item in enumerate(data.get("term", []), start=1):
        if not isinstance(item, dict) or not isinstance(item.get("ar"), str) \
                or not isinstance(item.get("en"), str) or not item["ar"].strip():
            raise PipelineError(f"term #{i} needs 'ar' and 'en' text", path)
        variants = item.get("variants", [])
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise PipelineError(f"term #{i} ({item['ar']}): 'variants' must be a list of text",
                                path)
        note = item.get("note", "")
        if not isinstance(note, str):
            raise PipelineError(f"term #{i} ({item['ar']}): 'note' must be text", path)
        term = Term(plain_text(item["ar"]), plain_text(item["en"]),
                    [plain_text(v) for v in variants if plain_text(v)], plain_text(note))
        term.patterns = [(v, _pattern(v)) for v in term.variants]
        terms.append(term)
    return terms


def _pattern(variant: str) -> re.Pattern:
    return re.compile(r"(?<![\p{L}\p{M}])" + _PROCLITICS + re.escape(variant)
                      + r"(?![\p{L}\p{M}])")


def unify(text: str, terms: list[Term]) -> tuple[str, list[dict]]:
    """Replace known variants by the canonical form; return the text and what was replaced.

    Longer variants go first so a fused full name is fixed before its parts.
    """
    changes = []
    pairs = sorted(((v, p, t) for t in terms for v, p in t.patterns), key=lambda x: -len(x[0]))
    for variant, pattern, term in pairs:
        text, n = pattern.subn(lambda mt, t=term: mt["pre"] + t.text, text)
        if n:
            changes.append({"variant": variant, "canonical": term.text, "count": n})
    return text, changes
