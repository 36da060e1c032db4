"""What every template receives besides the dossier view: labels, fonts, versions, links."""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from ..config import checked_style
from ..errors import PipelineError
from . import fonts
from .view import BlockView, DossierView

ORIGIN_LABELS = {
    "reviewed": "Reviewed translation",
    "machine": "Machine translation · unreviewed",
    "fuzzy": "Fuzzy match · needs review",
    "missing": "[No English translation yet]",
}

PAGE_SIZES = {"a4": ("A4", "297mm"), "letter": ("letter", "11in"), "a5": ("A5", "210mm")}


def page_size(d: DossierView) -> tuple[str, str]:
    name = str(d.config["layout"].get("page_size", "A4"))
    if name.lower() not in PAGE_SIZES:
        raise PipelineError(f"layout.page_size = {name!r}: use A4, Letter or A5",
                            Path("dossier.toml"))
    return PAGE_SIZES[name.lower()]


def font_faces(d: DossierView) -> list[fonts.Face]:
    style = d.style
    return fonts.faces(style["arabic_font"]) + fonts.faces(style["latin_font"])


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

    style = checked_style(d.style)
    return {
        "d": d,
        "style": style,
        "fonts": font_urls,
        "href": href,
        "href_id": href_id,
        "origin_labels": ORIGIN_LABELS,
        "versions": versions(),
        "doc_lang": "ar" if d.layout == "ar" else "en",
    }
