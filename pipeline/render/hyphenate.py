"""English hyphenation for the PDF, by the rules a copy editor applies.

WeasyPrint's ``hyphens: auto`` breaks any word at any of its dictionary's points: proper names
("Kaza-khstan"), acronyms ("COV-ID-19"), the last word of a paragraph ("Pos-/sible."), three
and more lines in a row and across a page turn (it has no ``hyphenate-limit-lines``). So the PDF
is set with ``hyphens: manual`` and the break points are chosen here:

1. ``soft_hyphens`` puts soft hyphens (U+00AD) into the English body paragraphs' words that may
   break: lower-case words of letters only (no capital: no name, no acronym, no sentence-initial
   word; no digit or hyphen: compounds break at their own hyphen), long enough, never the
   paragraph's last word, each fragment at least ``left``/``right`` letters. Each such paragraph
   is marked ``data-hy`` with its number.
2. ``settle`` lays the document out, finds the hyphenated lines that break the rules that need
   the layout (more than ``max_run`` hyphenated lines in a row; a hyphen at the foot of a page or
   column whose word ends on the next page), takes the soft hyphens out of those words and lays
   it out again, until none is left.

The rules live in ``templates/pdf/typesetting.toml`` (a project may override it).

``bind_last_words`` keeps the last two words of each right-to-left paragraph together, so a
justified Arabic paragraph never ends on a line of one word.
"""

from __future__ import annotations

import gc
import html as htmllib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex as re

SHY = "\u00ad"
HYPHEN = "\u2010"  # WeasyPrint's hyphenate-character at a soft hyphen

_TOKEN = re.compile(r"<!--.*?-->|<[^>]*>|[^<]+", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>")
_CLASS = re.compile(r"""\bclass=(?:"([^"]*)"|'([^']*)')""")
_VOID = {"meta", "br", "img", "link", "hr", "input", "col", "wbr", "source"}
_RAW = {"style", "script"}


@dataclass(frozen=True)
class Rules:
    dictionary: str = "en_US"
    left: int = 3
    right: int = 3
    min_word: int = 7
    max_run: int = 2
    passes: int = 10
    max_word_gap_pt: float = 8.0  # read by pagination.fix_gaps
    kinds: tuple[str, ...] = ("paragraph", "quote", "item")
    never: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_toml(cls, text: str) -> Rules:
        data = tomllib.loads(text) if text else {}
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "kinds" in known:
            known["kinds"] = tuple(known["kinds"])
        if "never" in known:
            known["never"] = frozenset(str(w).lower() for w in known["never"])
        return cls(**known)


@lru_cache(maxsize=4)
def _dictionary(name: str, left: int, right: int) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=name, left=left, right=right)


def _word_pattern(rules: Rules) -> re.Pattern[str]:
    # A whole word of lower-case letters: no letter, digit, hyphen, apostrophe-joined capital
    # or entity's '&' on either side.
    return re.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}&#\-\u2010\u00ad])\p{{Ll}}{{{rules.min_word},}}"
                      rf"(?![\p{{L}}\p{{M}}\p{{N}}\-\u2010\u00ad])")


def _classes(attrs: str) -> set[str]:
    m = _CLASS.search(attrs)
    return set((m.group(1) or m.group(2) or "").split()) if m else set()


def _eligible(tag: str, classes: set[str], rules: Rules) -> bool:
    """An English body paragraph: <p class="en paragraph ...">, not a title or a note."""
    return tag == "p" and "en" in classes and bool(classes & set(rules.kinds)) \
        and not classes & {"heading", "title", "missing", "xref-note"}


def _skipped(tag: str, classes: set[str]) -> bool:
    """Inside a paragraph: a run of another language, the origin label, a list marker."""
    return tag == "bdi" or bool(classes & {"origin", "marker", "url"})


def soft_hyphens(html: str, rules: Rules) -> str:
    """``html`` with soft hyphens in the words of its English body paragraphs that may break,
    each such paragraph marked ``data-hy="N"``."""
    hyph = _dictionary(rules.dictionary, rules.left, rules.right)
    words = _word_pattern(rules)
    out: list[str] = []
    tokens = _TOKEN.findall(html)
    stack: list[tuple[str, str]] = []  # (tag, role): role "p" eligible, "skip", ""
    paragraph: list[int] = []  # indexes in out of the current paragraph's text tokens
    number = 0
    raw = None
    for tok in tokens:
        if raw is not None:
            out.append(tok)
            if tok.lower() == f"</{raw}>":
                raw = None
            continue
        m = _TAG.fullmatch(tok) if tok.startswith("<") else None
        if m is None:
            if tok.startswith("<"):
                out.append(tok)  # a comment or a doctype
                continue
            roles = [r for _, r in stack]
            if "p" in roles and "skip" not in roles[roles.index("p"):]:
                paragraph.append(len(out))
            out.append(tok)
            continue
        closing, tag, attrs, selfclosing = m.group(1), m.group(2).lower(), m.group(3), m.group(4)
        if closing:
            while stack:
                name, role = stack.pop()
                if role == "p" and paragraph:
                    _hyphenate_paragraph(out, paragraph, words, hyph, rules)
                    paragraph = []
                if name == tag:
                    break
            out.append(tok)
            continue
        classes = _classes(attrs)
        role = ""
        if not any(r == "p" for _, r in stack) and _eligible(tag, classes, rules):
            role = "p"
            number += 1
            tok = f'<{tag} data-hy="{number}"{attrs}{selfclosing}>'
        elif _skipped(tag, classes):
            role = "skip"
        out.append(tok)
        if tag in _RAW and not selfclosing:
            raw = tag
        elif not selfclosing and tag not in _VOID:
            stack.append((tag, role))
    return "".join(out)


def _hyphenate_paragraph(out: list[str], where: list[int], words: re.Pattern[str], hyph: Any,
                         rules: Rules) -> None:
    # The paragraph's last word is never broken: its last line would hold only a fragment.
    ends = [(i, m.start()) for i in where for m in re.finditer(r"\p{L}+", out[i])]
    final = ends[-1] if ends else None

    def one(i: int):
        def sub(m: re.Match[str]) -> str:
            word = m.group()
            if (i, m.start()) == final or word.lower() in rules.never:
                return word
            return hyph.inserted(word, hyphen=SHY)
        return sub

    for i in where:
        out[i] = words.sub(one(i), out[i])


# --- the rules that need the layout ---------------------------------------------------------

def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _line_text(box: Any) -> str:
    from weasyprint.formatting_structure import boxes as B

    if isinstance(box, B.TextBox):
        return box.text
    element = getattr(box, "element", None)
    if element is not None and not isinstance(box, B.LineBox) and \
            "origin" in (element.get("class") or "").split():
        return ""
    return "".join(_line_text(c) for c in getattr(box, "children", None) or [])


def _paragraph_lines(document: Any) -> dict[str, list[tuple[int, str]]]:
    """data-hy number -> the (page index, text) of each of its lines, in order."""
    from weasyprint.formatting_structure import boxes as B

    lines: dict[str, list[tuple[int, str]]] = {}

    def walk(box: Any, para: str | None, page: int) -> None:
        element = getattr(box, "element", None)
        if element is not None and element.get("data-hy") and not isinstance(box, B.TextBox):
            para = element.get("data-hy")
        if isinstance(box, B.LineBox):
            if para is not None:
                lines.setdefault(para, []).append((page, _line_text(box)))
            return
        for child in getattr(box, "children", None) or []:
            walk(child, para, page)

    for i, page in enumerate(document.pages):
        walk(page._page_box, None, i)
    return lines


def _ends_hyphenated(text: str) -> str:
    """"soft" for a break at a soft hyphen, "bare" for one WeasyPrint drew without its hyphen,
    "hard" at a word's own hyphen, "" otherwise."""
    t = text.rstrip()
    if t.endswith(HYPHEN):
        return "soft"
    if t.endswith(SHY):
        return "bare"
    if len(t) > 1 and t[-1] == "-" and t[-2].isalpha():
        return "hard"
    return ""


def bad_breaks(document: Any, max_run: int) -> dict[str, set[int]]:
    """data-hy number -> letter offsets (within the paragraph) of the soft-hyphenated words
    to keep whole: the third hyphenated line in a row, a hyphen before a page turn, and a
    break at a soft hyphen drawn without its hyphen."""
    bad: dict[str, set[int]] = {}
    for para, lines in _paragraph_lines(document).items():
        letters = 0
        run: list[tuple[str, int]] = []
        for k, (page, text) in enumerate(lines):
            letters += _letters(text)
            kind = _ends_hyphenated(text)
            if not kind:
                run = []
                continue
            run.append((kind, letters))
            turn = k + 1 < len(lines) and lines[k + 1][0] != page
            # WeasyPrint 70 sometimes breaks at a soft hyphen without drawing the hyphen
            # (a line ending "com" before "bating"): that word is kept whole.
            if kind == "bare" or (kind == "soft" and turn):
                bad.setdefault(para, set()).add(letters)
            if len(run) > max_run:
                soft = [at for kind_, at in run[max_run:] if kind_ == "soft"] or \
                    [at for kind_, at in run if kind_ == "soft"]
                if soft:
                    bad.setdefault(para, set()).add(soft[-1])
                run = []
    return bad


def keep_whole(html: str, bad: dict[str, set[int]]) -> str:
    """``html`` with the soft hyphens taken out of the words that hold the given letter offsets
    (after the offset-th letter of their paragraph, ``bad_breaks``)."""
    if not bad:
        return html
    out: list[str] = []
    para: str | None = None
    depth = 0
    skip = 0
    letters = 0
    for tok in _TOKEN.findall(html):
        m = _TAG.fullmatch(tok) if tok.startswith("<") else None
        if m is not None:
            closing, tag, attrs, selfclosing = m.groups()
            if para is None:
                hy = re.search(r'\bdata-hy="(\d+)"', attrs) if not closing else None
                if hy and hy.group(1) in bad:
                    para, depth, skip, letters = hy.group(1), 1, 0, 0
            elif not selfclosing and tag.lower() not in _VOID:
                if closing:
                    depth -= 1
                    skip = max(0, skip - 1) if skip else 0
                    if depth == 0:
                        para = None
                else:
                    depth += 1
                    if skip or _skipped(tag.lower(), _classes(attrs)):
                        skip += 1
            out.append(tok)
            continue
        if para is None or skip or tok.startswith("<"):
            if para is not None and not tok.startswith("<"):
                letters += _letters(htmllib.unescape(tok))
            out.append(tok)
            continue
        targets = bad[para]
        pieces: list[str] = []
        pos = 0
        for w in re.finditer(r"[\p{L}\u00ad]+", tok):
            before = _letters(htmllib.unescape(tok[pos:w.start()]))
            start = letters + before
            n = _letters(w.group())
            word = w.group()
            if SHY in word and any(start < t < start + n for t in targets):
                word = word.replace(SHY, "")
            pieces += [tok[pos:w.start()], word]
            letters = start + n
            pos = w.end()
        letters += _letters(htmllib.unescape(tok[pos:]))
        pieces.append(tok[pos:])
        out.append("".join(pieces))
    return "".join(out)


def settle(html: str, lay_out: Callable[[str], Any], rules: Rules,
           fixers: tuple[Callable[[str, Any], str], ...] = ()) -> tuple[str, Any]:
    """Lay ``html`` (already through ``soft_hyphens``) out, and again without the soft hyphens
    that break a layout rule and with what each of ``fixers`` (html, document) -> html marks
    (page breaks, ``pagination.py``), until nothing changes (or ``rules.passes`` layouts).
    Returns the final HTML and its laid-out document."""
    document = lay_out(html)
    for _ in range(rules.passes - 1):
        fixed = keep_whole(html, bad_breaks(document, rules.max_run))
        for fix in fixers:
            fixed = fix(fixed, document)
        if fixed == html:
            break
        html = fixed
        # Let the last layout go before the next: a part's pages, twice over, were most of
        # a build's peak memory (1.2 MB a page).
        document = None
        gc.collect()
        document = lay_out(html)
    return html, document


_RTL_P = re.compile(r'(<p (?=[^>]*\bdir="rtl")(?=[^>]*\bclass="[^"]*\bsrc\b)[^>]*>)(.*?)(</p>)',
                    re.S)
_LAST_TWO = re.compile(r"(\S)[ ]+(\S+\s*)$")


def bind_last_words(html: str) -> str:
    """A no-break space between the last two words of every right-to-left source paragraph
    whose last text holds two words."""
    def bind(m: re.Match[str]) -> str:
        body = m.group(2)
        tokens = _TOKEN.findall(body)
        for i in range(len(tokens) - 1, -1, -1):
            if tokens[i].startswith("<"):
                continue
            if tokens[i].strip():
                tokens[i] = _LAST_TWO.sub("\\1\u00a0\\2", tokens[i])
                break
        return m.group(1) + "".join(tokens) + m.group(3)

    return _RTL_P.sub(bind, html)
