"""What every template receives besides the dossier view: labels, fonts, versions, links."""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata
from typing import Any

from ..config import PAGE_SIZES
from . import fonts
from .view import BlockView, DossierView

ORIGIN_LABELS = {
    "reviewed": "Reviewed translation",
    "machine": "Machine translation · unreviewed",
    "fuzzy": "Fuzzy match · needs review",
    "missing": "[No English translation yet]",
    "original": "Original English",
}


def page_size(d: DossierView) -> tuple[str, str]:
    """(CSS page size, page height) of the dossier; load_config has checked the name."""
    return PAGE_SIZES[str(d.config["layout"].get("page_size", "A4")).lower()]


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

    return {
        "d": d,
        "style": d.style,  # load_config let through only colours and font names: safe in CSS
        "fonts": font_urls,
        "href": href,
        "href_id": href_id,
        "origin_labels": ORIGIN_LABELS,
        "versions": versions(),
        "doc_lang": "en"  # the reading language; render sets each block's own,
    }
