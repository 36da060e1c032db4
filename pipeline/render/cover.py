"""The EPUB's cover image: the bilingual title set in the dossier's own fonts.

Pillow lays out Arabic through libraqm (shaping and right-to-left order); the PNG holds no
timestamp, so the same dossier gives the same bytes.
"""

from __future__ import annotations

import io
import re

from PIL import Image, ImageDraw, ImageFont, features

from ..errors import PipelineError
from .fonts import Face
from .view import DossierView

WIDTH, HEIGHT, MARGIN = 1400, 2100, 130
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def _font(faces: list[Face], family: str, weight: int, size: int) -> ImageFont.FreeTypeFont:
    face = next(f for f in faces if f.family == family and f.weight == weight
                and f.style == "normal")
    return ImageFont.truetype(str(face.path), size, layout_engine=ImageFont.Layout.RAQM)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, rtl: bool,
          width: int) -> list[str]:
    opts = {"direction": "rtl", "language": "ar"} if rtl else {"language": "en"}
    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(trial, font=font, **opts) <= width:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def cover_png(view: DossierView, faces: list[Face]) -> bytes:
    if not features.check("raqm"):
        raise PipelineError("Pillow was built without libraqm; it cannot set the Arabic "
                            "title of the cover (pip install --force-reinstall pillow)")
    style = view.style
    ar_family, en_family = style["arabic_font"], style["latin_font"]
    image = Image.new("RGB", (WIDTH, HEIGHT), style["accent"])
    draw = ImageDraw.Draw(image)
    width = WIDTH - 2 * MARGIN
    y = 430
    rows = [
        (view.title_source, _font(faces, ar_family, 700, 104), True, "#ffffff", 1.55),
        (view.title_en, _font(faces, en_family, 700, 88), False, "#ffffff", 1.25),
        (view.info["subtitle"].get("ar", ""), _font(faces, ar_family, 400, 58), True,
         "#f3e6e6", 1.6),
        (view.info["subtitle"].get("en", ""), _font(faces, en_family, 400, 50), False,
         "#f3e6e6", 1.35),
    ]
    for text, font, rtl, colour, leading in rows:
        if not text:
            continue
        for line in _wrap(draw, text, font, rtl, width):
            opts = {"direction": "rtl", "language": "ar"} if rtl else {"language": "en"}
            size = font.size
            x = WIDTH - MARGIN - draw.textlength(line, font=font, **opts) if rtl else MARGIN
            draw.text((x, y), line, font=font, fill=colour, **opts)
            y += int(size * leading)
        y += 60
    # The foot: editor, publisher, date. Each part is set in the face of its script (Literata
    # has no Arabic letters: an Arabic editor's name came out as empty boxes) and placed left
    # to right on one baseline, so an Arabic name cannot reorder the date after it.
    parts = [p for p in (view.info.get("editor"), view.info.get("publisher"), view.date) if p]
    small, small_ar = _font(faces, en_family, 400, 40), _font(faces, ar_family, 400, 44)
    draw.line((MARGIN, HEIGHT - 300, WIDTH - MARGIN, HEIGHT - 300), fill="#ffffff", width=3)
    x, baseline = float(MARGIN), HEIGHT - 222
    for n, part in enumerate(parts):
        if n:
            draw.text((x, baseline), " · ", font=small, fill="#ffffff", anchor="ls")
            x += draw.textlength(" · ", font=small)
        if _ARABIC.search(part):
            opts = {"direction": "rtl", "language": "ar"}
            draw.text((x, baseline), part, font=small_ar, fill="#ffffff", anchor="ls", **opts)
            x += draw.textlength(part, font=small_ar, **opts)
        else:
            draw.text((x, baseline), part.upper(), font=small, fill="#ffffff", anchor="ls")
            x += draw.textlength(part.upper(), font=small)
    out = io.BytesIO()
    # Level 6 rather than optimize=True: 2% larger, 2.5 times faster (0.07 s instead of 0.17 s).
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()
