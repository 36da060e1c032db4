"""The web edition: OUT/index.html with its stylesheet and fonts beside it, no remote resource.

It links the PDF and EPUB written before it, with their sizes, so the page doubles as the
download page. The build report page (report.html, ``report_page.py``) shares its stylesheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import model as m
from ..build import Options
from ..fileio import atomic_write_bytes, atomic_write_text
from . import layout_for
from .context import base_context, font_faces
from .templating import environment, render
from .view import BlockView, DossierView, make_view

DOWNLOADS = (("dossier.pdf", "PDF", "application/pdf", "to print or send"),
             ("dossier.epub", "EPUB", "application/epub+zip", "for e-readers"))
REPORT_PAGE = "report.html"


def plural(n: int, one: str, many: str | None = None) -> str:
    """The word for n things: 'variant' or 'variants', never 'variant(s)'."""
    return one if n == 1 else (many if many is not None else one + "s")


def human_size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{int(n)} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover


def write_fonts(view: DossierView, out: Path) -> list[dict[str, Any]]:
    """Copy the fonts next to the page (rewriting only what changed) and say where they are,
    relative to assets/style.css."""
    assets = out / "assets"
    font_urls = []
    for f in font_faces(view):
        name = f"fonts/{f.family.replace(' ', '')}-{f.weight}-{f.style}.ttf"
        data = f.path.read_bytes()
        dest = assets / name
        if not dest.exists() or dest.read_bytes() != data:
            atomic_write_bytes(dest, data)
        font_urls.append({"family": f.family, "url": name, "weight": f.weight,
                          "style": f.style})
    return font_urls


def downloads(out: Path) -> list[dict[str, str]]:
    """The files written before the web edition, as download links; a missing one (an
    `invoke web` without a PDF yet) is left out rather than linked dead."""
    return [{"href": name, "label": f"Download {label}", "format": label, "type": kind,
             "note": note, "size": human_size((out / name).stat().st_size)}
            for name, label, kind, note in DOWNLOADS if (out / name).exists()]


def write_web(dossier: m.Dossier, opts: Options) -> Path:
    out = Path(opts.out)
    view = make_view(dossier, layout_for(dossier, "web"), opts.source)
    font_urls = write_fonts(view, out)

    def href(b: BlockView | None) -> str:
        return f"#{b.anchor}" if b is not None else "#"

    env = environment(opts.source)
    ctx = base_context(view, href, font_urls)
    atomic_write_text(out / "assets" / "style.css", render(env, "web/style.css.j2", **ctx))
    atomic_write_text(out / "assets" / "icon.svg", render(env, "web/icon.svg.j2", **ctx))
    target = out / "index.html"
    atomic_write_text(target, render(env, "web/index.html.j2", downloads=downloads(out),
                                     report_href=REPORT_PAGE, **ctx))
    return target
