"""The glossary: names and terms, their forms in each source language, and one English rendering.

One file serves merging (variants unified in the source text), translation (terms come out as
the glossary says) and the glossary appendix. A term has a canonical form in each language it
is listed for and that language's known variants; the legacy keys ``ar`` and ``variants`` are
the Arabic forms. ``[term.forms]`` adds other languages (first the canonical form, then the
variants merge replaces by it); ``[term.inflections]`` lists grammatical forms (Russian cases,
say) that translation recognises but merge never rewrites, since replacing them would break
the grammar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex as re

from . import model as m
from .config import load_toml
from .errors import PipelineError
from .normalize import plain_text

GLOSSARY_NAME = "glossary.toml"
ARABIC = "ar"
# Arabic proclitics that attach to a name: و ف (and), ب ل ك (prepositions), ال (article).
# Only Arabic writes them fused to the word; other languages match the form as a word.
_PROCLITICS = r"(?P<pre>(?:و|ف)?(?:ب|ل|ك)?(?:ال)?)"
_NONE = r"(?P<pre>)"
_CODE = re.compile(r"^[a-z]{2,3}$")
ZWNJ = "\u200c"
_KEEP = "\ue000"  # stands in for ZWNJ while plain_text drops invisible characters


def _form(text: str) -> str:
    """A glossary form as plain text, but with its half-spaces: in Persian the ZWNJ is spelling
    (می‌شود), not an invisible stray."""
    return plain_text(text.replace(ZWNJ, _KEEP)).replace(_KEEP, ZWNJ)


@dataclass
class Term:
    text: str  # the canonical form in the term's first language (Arabic for legacy entries)
    en: str
    variants: list[str] = field(default_factory=list)  # variants of ``text``
    note: str = ""
    patterns: list[tuple[str, re.Pattern]] = field(default_factory=list, repr=False)
    language: str = ARABIC  # the language of ``text`` and ``variants``
    # Other languages: code -> [canonical, variant, ...]; and forms only recognised.
    forms: dict[str, list[str]] = field(default_factory=dict)
    inflections: dict[str, list[str]] = field(default_factory=dict)

    def forms_in(self, language: str) -> list[str]:
        """Canonical form then variants in ``language`` (empty if the term has none there)."""
        if language == self.language:
            return [self.text, *self.variants]
        return list(self.forms.get(language, []))

    def languages(self) -> list[str]:
        return list(dict.fromkeys([self.language, *self.forms]))

    def all_forms(self) -> dict[str, list[str]]:
        return {code: self.forms_in(code) for code in self.languages()}

    def as_dict(self) -> dict:
        return {"text": self.text, "en": self.en, "variants": self.variants, "note": self.note,
                "forms": self.all_forms()}


def _texts(value: object, what: str, path: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PipelineError(f"{what} must be a list of text", path)
    return [t for t in (_form(v) for v in value) if t]


def _per_language(value: object, what: str, path: Path) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PipelineError(f"{what} must be a table of language codes, e.g. fa = [\"...\"]",
                            path)
    out = {}
    for code, forms in value.items():
        if not _CODE.match(code):
            raise PipelineError(f"{what}: '{code}' is not an ISO 639 language code", path)
        out[code] = _texts(forms, f"{what}.{code}", path)
    return {k: v for k, v in out.items() if v}


def load_glossary(source: Path) -> list[Term]:
    path = Path(source) / GLOSSARY_NAME
    if not path.exists():
        return []
    data = load_toml(path)
    terms = []
    for i, item in enumerate(data.get("term", []), start=1):
        if not isinstance(item, dict) or not isinstance(item.get("en"), str) \
                or not item["en"].strip():
            raise PipelineError(f"term #{i} needs 'en' text", path)
        label = f"term #{i} ({item.get('ar') or item['en']})"
        forms = _per_language(item.get("forms"), f"{label}: 'forms'", path)
        inflections = _per_language(item.get("inflections"), f"{label}: 'inflections'", path)
        ar = item.get("ar")
        if ar is not None and (not isinstance(ar, str) or not _form(ar)):
            raise PipelineError(f"{label}: 'ar' must be text", path)
        variants = _texts(item.get("variants", []), f"{label}: 'variants'", path)
        if ar:
            # The legacy keys are the Arabic forms; [term.forms] ar = [...] adds to them.
            more = forms.pop(ARABIC, [])
            language, text = ARABIC, _form(ar)
            variants = list(dict.fromkeys([*variants, *more]))
        elif forms:
            language = next(iter(forms))
            text, *rest = forms.pop(language)
            if variants:
                raise PipelineError(f"{label}: 'variants' belong to 'ar'; list the variants "
                                    f"of other languages in [term.forms]", path)
            variants = rest
        else:
            raise PipelineError(f"term #{i} needs 'ar' or a [term.forms] table", path)
        note = item.get("note", "")
        if not isinstance(note, str):
            raise PipelineError(f"{label}: 'note' must be text", path)
        term = Term(text, plain_text(item["en"]), variants, plain_text(note),
                    language=language, forms=forms, inflections=inflections)
        term.patterns = [(v, form_pattern(v, language)) for v in term.variants]
        terms.append(term)
    return terms


@lru_cache(maxsize=4096)
def form_pattern(form: str, language: str) -> re.Pattern:
    """A form as a whole word; in Arabic, with the proclitics that attach to it (``pre``)."""
    pre = _PROCLITICS if language == ARABIC else _NONE
    # A half-space may be written as one, as a space, or dropped (می‌شود, می شود, میشود).
    body = "[\u200c ]?".join(re.escape(part) for part in form.split(ZWNJ))
    return re.compile(r"(?<![\p{L}\p{M}])" + pre + body + r"(?![\p{L}\p{M}])")


def unify(text: str, terms: list[Term], language: str = ARABIC) -> tuple[str, list[dict]]:
    """Replace known variants in ``language`` by that language's canonical form; return the
    text and what was replaced. Longer variants go first so a fused full name is fixed before
    its parts."""
    changes = []
    pairs = []
    for term in terms:
        forms = term.forms_in(language)
        if len(forms) < 2:
            continue
        canonical = forms[0]
        found = term.patterns if language == term.language else \
            [(v, form_pattern(v, language)) for v in forms[1:]]
        pairs += [(v, p, canonical) for v, p in found]
    pairs.sort(key=lambda x: -len(x[0]))
    for variant, pattern, canonical in pairs:
        text, n = pattern.subn(lambda mt, c=canonical: mt["pre"] + c, text)
        if n:
            changes.append({"variant": variant, "canonical": canonical, "count": n,
                            "language": language})
    return text, changes


def source_language(article: m.Article) -> str:
    """The article's language; for one not yet decided ("und"), the language its script stands
    for (Arabic letters: "ar"), so articles from before language decision keep working."""
    from . import languages

    if article.language and article.language != languages.GENERIC:
        return article.language
    return languages.of_article(article).code
