"""Glossary terms come out as the glossary says: masked before MT, restored after.

Each occurrence of a term in the block's language (its canonical form, a listed variant or
inflection; in Arabic with the proclitics attached to names) becomes a Latin placeholder the
model copies through; after translation the placeholder is replaced by the term's English. A
placeholder the model lost is a violation, reported on the block, never silently patched.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from ..glossary import ARABIC, Term, form_pattern

# In Arabic, و/ف (and), then ب/ل/ك (prepositions), then ال (the) attach to a name. The article
# is dropped with the name; a conjunction or preposition stays, as a word of its own, in front
# of the placeholder.
# Upper case only, and no word boundary after: a model may glue an ending to it ("ZZDes").
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])ZZ([A-Z]{1,2})(?![A-Z])")


def placeholder(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(65 + r) + letters
    return "ZZ" + letters


def _index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


@dataclass
class Masker:
    terms: list[Term]
    language: str = ARABIC  # the source language of the blocks it masks

    def __post_init__(self) -> None:
        forms = [(form, t) for t in self.terms if t.en
                 for form in [*t.forms_in(self.language), *t.inflections.get(self.language, [])]
                 if form]
        forms.sort(key=lambda x: -len(x[0]))  # the full name before its parts
        self._patterns = [(form_pattern(form, self.language), t) for form, t in forms]
        self._order = [t for t in self.terms if t.en]

    def mask(self, text: str) -> tuple[str, list[Term]]:
        """The text with terms replaced by placeholders, and the terms found, in order."""
        found: list[Term] = []
        for pattern, term in self._patterns:
            def sub(m: re.Match, term: Term = term) -> str:
                pre = m["pre"].removesuffix("ال")
                if term not in found:
                    found.append(term)
                mark = placeholder(self._order.index(term))
                return f"{pre} {mark}" if pre else mark

            text = pattern.sub(sub, text)
        return text, found

    def restore(self, text: str, found: list[Term]) -> tuple[str, list[str]]:
        """Placeholders back to English; returns the text and a message per violation."""
        seen: set[int] = set()

        def sub(m: re.Match) -> str:
            i = _index(m[1])
            if 0 <= i < len(self._order):
                seen.add(i)
                return self._order[i].en
            return m[0]

        text = _PLACEHOLDER.sub(sub, text)
        problems = []
        for term in found:
            if self._order.index(term) not in seen and term.en not in text:
                said = (term.forms_in(self.language) or [term.text])[0]
                problems.append(f"glossary term {said} ({term.en}) is missing from the English")
        return text, problems
