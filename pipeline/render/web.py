"""The web edition: OUT/index.html with its stylesheet and fonts beside it, no remote resource.

It links the PDF and EPUB written before it, with their sizes, so the page doubles as the
download page.
"""

from __future__ import annotations

from pathlib import Path

from .. import model as m
from ..build import Options
from ..fileio import atomic_write_bytes, atomic_write_text
from . import layout_for
from .context import base_context, font_faces
from .templating import environment, render
from .view import BlockView, make_view

DOWNLOADS = (("dossier.pdf", "PDF", "application/pdf"),
             ("dossier.epub", "EPUB (e-readers)", "application/epub+zip"))


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover


def write_web(dossier: m.Dossier, opts: Options) -> Path:
    out = Path(opts.out)
    view = make_view(dossier, layout_for(dossier, "web"))
    faces = font_faces(view)
    assets = out / "assets"
    font_urls = []
    for f in faces:
        name = f"fonts/{f.family.replace(' ', '')}-{f.weight}-{f.style}.ttf"
        data = f.path.read_bytes()
        dest = assets / name
        if not dest.exists() or dest.read_bytes() != data:
            atomic_write_bytes(dest, data)
        font_urls.append({"family": f.family, "url": name, "weight": f.weight,
                          "style": f.style})

    def href(b: BlockView | None) -> str:
        return f"#{b.anchor}" if b is not None else "#"

    env = environment(opts.source)
    ctx = base_context(view, href, font_urls)
    downloads = [{"href": name, "label": f"Download {label}", "type": kind,
                  "size": human_size((out / name).stat().st_size)}
                 for name, label, kind in DOWNLOADS if (out / name).exists()]
    atomic_write_text(assets / "style.css", render(env, "web/style.css.j2", **ctx))
    target = out / "index.html"
    atomic_write_text(target, render(env, "web/index.html.j2", downloads=downloads, **ctx))
    return target
