"""What every template receives besides the dossier view: labels, fonts, versions, links."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from importlib import metadata
from typing import Any

import regex as re
from markupsafe import Markup

from .. import languages
from ..config import PAGE_SIZES
from ..errors import PipelineError
from . import fonts
from .view import BlockView, DossierView

ORIGIN_LABELS = {
    "reviewed": "Reviewed translation",
    "machine": "Machine translation · unreviewed",
    "fuzzy": "Fuzzy match · needs review",
    "missing": "[No English translation yet]",
    "original": "Original English",
}


def note_message(flag: Any) -> str:
    """An editor's note as printed: a quoted fragment that ends with its own full stop gets
    no second one ("“المستطاع.”." is "“المستطاع.”")."""
    return re.sub(r"([.!?؟…])([”»\"])\.$", r"\1\2", str(flag.message))


def note_detail(flag: Any, text: str | None) -> str:
    """The context an editor's note quotes after its message, or "" when the message quotes
    it already (a stray fragment). Context cut from the end of the passage starts at a word:
    "…الإشارة إلى انتخاب", not "اسية المحلية"."""
    detail = str(flag.detail or "").strip()
    if not detail or detail in str(flag.message):
        return ""
    text = text or ""
    at = text.rfind(detail)
    if at > 0 and (text[at - 1].isalnum() or unicodedata.category(text[at - 1]) == "Mn"):
        cut = re.search(r"\s", detail)
        if cut is not None:
            return "…" + detail[cut.end():].lstrip()
    return ("…" if at > 0 else "") + detail


def page_size(d: DossierView) -> tuple[str, str]:
    """(CSS page size, page height) of the dossier; load_config has checked the name."""
    return PAGE_SIZES[str(d.config["layout"].get("page_size", "A4")).lower()]


# What a letter must be to need a font: a letter or a combining mark (digits, punctuation and
# spaces are in every face we ship).
_LETTER = re.compile(r"[\p{L}\p{M}]")


def _font_map(d: DossierView) -> dict[str, str]:
    """Script font key -> family (load_config completed it from the older keys)."""
    style = d.style
    table = dict(style.get("fonts") or {})
    table.setdefault("arabic", style.get("arabic_font", ""))
    table.setdefault("latin", style.get("latin_font", ""))
    return {k: v for k, v in table.items() if v}


def _texts(d: DossierView) -> list[tuple[str, str]]:
    """(where, text) for everything the outputs print that may hold letters of any script."""
    out = [(f"{a.source_file}", " ".join(filter(None, [b.block.text, b.block.replaced_text,
                                                        b.block.en])))
           for a in d.articles for b in [*a.meta.values(), *a.body]]
    info = d.info
    dossier = [str(v) for key in ("title", "subtitle") for v in (info.get(key) or {}).values()]
    dossier += [str(info.get(k) or "") for k in ("editor", "publisher")]
    out.append(("dossier.toml", " ".join(dossier)))
    out.append(("glossary", " ".join(" ".join([str(t.get("text") or ""), str(t.get("en") or ""),
                                               *map(str, t.get("variants") or [])])
                                     for t in d.glossary)))
    return out


def script_fonts(d: DossierView) -> dict[str, str]:
    """Script name -> the family that sets it, for every script the dossier's text uses, Latin
    (English) always. A letter that no configured family has a glyph for stops the build with
    one line naming the article and the script: never empty boxes in the output."""
    families = _font_map(d)
    known = languages.scripts()
    used: dict[str, str] = {"Latin": families.get(known["Latin"].font, "")}
    every = set(families.values())
    covered: dict[str, frozenset[int]] = {}
    for where, text in _texts(d):
        seen: set[str] = set()
        for ch in set(_LETTER.findall(text)):
            script = languages.script_of(ch) if ch.isalpha() else None
            if script is None or ch in seen:
                continue
            key = known[script].font if script in known else ""
            family = families.get(key, "")
            if family:
                used[script] = family
            # A mark or a letter the script's face lacks may still be set by another face of
            # the stack every block has (all configured families).
            if not any(ord(ch) in covered.setdefault(f, fonts.coverage(f))
                       for f in ([family] if family else []) + sorted(every)):
                hint = (f"set [style.fonts] {key} = a fontpkg family that has it"
                        if key else "no font is configured for it")
                raise PipelineError(f"{script} letters (\"{ch}\") cannot be set: {hint}",
                                    where)
            seen.add(ch)
    if not used["Latin"]:
        raise PipelineError("[style.fonts] latin is empty: the English needs a font")
    return used


def font_faces(d: DossierView) -> list[fonts.Face]:
    """Every face of the families the dossier's scripts need, each family once."""
    families: list[str] = []
    for family in script_fonts(d).values():
        if family not in families:
            families.append(family)
    return [face for family in families for face in fonts.faces(family)]


def versions() -> dict[str, str]:
    out = {}
    for dist in ("weasyprint", "ebooklib", "jinja2", "fontpkg-amiri", "fontpkg-literata"):
        try:
            out[dist.replace("-", "_")] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist.replace("-", "_")] = "?"
    return out


def base_context(d: DossierView, href: Callable[[BlockView | None], str],
                 font_urls: list[dict[str, Any]]) -> dict[str, Any]:
    def href_id(block_id: str | None) -> str:
        return href(d.index.get(block_id or ""))

    scripts = script_fonts(d)
    every = list(dict.fromkeys(scripts.values()))

    def stack(first: str) -> Markup:
        # Family names passed load_config's check (letters, digits, spaces, hyphens only).
        return Markup(", ".join(f'"{f}"' for f in [first, *(f for f in every if f != first)]))

    # The running head of source titles holds any script: the non-Latin faces first.
    source_first = [f for f in every if f != scripts["Latin"]] or [scripts["Latin"]]
    return {
        "d": d,
        # script name -> its CSS font stack: its own face first, then every other one we
        # embed, so a stray letter of another script still finds a glyph
        "script_stacks": {name.lower(): stack(family) for name, family in scripts.items()},
        "script_families": scripts,
        "latin_stack": stack(scripts["Latin"]),
        "source_stack": stack(source_first[0]),
        "style": d.style,  # load_config let through only colours and font names: safe in CSS
        "fonts": font_urls,
        "href": href,
        "href_id": href_id,
        "origin_labels": ORIGIN_LABELS,
        "note_message": note_message,
        "note_detail": note_detail,
        "versions": versions(),
        "doc_lang": "en",  # the reading language; render sets each block's own,
        # The longest passage label ("12.10", "136.4"): the parallel layout's label column
        # is made as wide, the same for every article (and every part of a PDF).
        "label_chars": max((len(b.label) for a in d.articles for b in a.body), default=4),
    }
