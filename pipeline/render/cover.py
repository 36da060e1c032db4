"""The EPUB's cover image: the bilingual title set in the dossier's own fonts.

Pillow lays out Arabic-script text through libraqm (shaping and right-to-left order); each line
is set in the face of its script. The PNG holds no timestamp, so the same dossier gives the
same bytes.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont, features

from .. import languages
from ..errors import PipelineError
from ..languages import Language
from .context import script_fonts
from .fonts import Face
from .view import DossierView

WIDTH, HEIGHT, MARGIN = 1400, 2100, 130


def _font(faces: list[Face], family: str, weight: int, size: int) -> ImageFont.FreeTypeFont:
    face = next(f for f in faces if f.family == family and f.weight == weight
                and f.style == "normal")
    return ImageFont.truetype(str(face.path), size, layout_engine=ImageFont.Layout.RAQM)


def _opts(lang: Language) -> dict[str, str]:
    return {"direction": "rtl", "language": lang.code} if lang.rtl else {"language": lang.code}


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, lang: Language,
          width: int) -> list[str]:
    opts = _opts(lang)
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
    families = script_fonts(view)
    english = languages.get(languages.TARGET)

    def family(lang: Language) -> str:
        return families.get(lang.script.name, families["Latin"])

    image = Image.new("RGB", (WIDTH, HEIGHT), style["accent"])
    draw = ImageDraw.Draw(image)
    width = WIDTH - 2 * MARGIN
    y = 430
    title_lang, sub_lang = view.title_lang, view.subtitle_lang
    rows = [
        (view.title_source, title_lang, 700, 104 if title_lang.rtl else 92, "#ffffff", 1.55),
        (view.title_en, english, 700, 88, "#ffffff", 1.25),
        (view.subtitle_source, sub_lang, 400, 58 if sub_lang.rtl else 52, "#f3e6e6", 1.6),
        (view.info["subtitle"].get("en", ""), english, 400, 50, "#f3e6e6", 1.35),
        (view.press, english, 400, 42, "#f3e6e6", 1.35),
    ]
    for text, lang, weight, size, colour, leading in rows:
        if not text:
            continue
        font = _font(faces, family(lang), weight, size)
        for line in _wrap(draw, text, font, lang, width):
            opts = _opts(lang)
            x = WIDTH - MARGIN - draw.textlength(line, font=font, **opts) if lang.rtl \
                else MARGIN
            draw.text((x, y), line, font=font, fill=colour, **opts)
            y += int(size * leading)
        y += 60
    # The foot: editor, publisher, date. Each part is set in the face of its script (Literata
    # has no Arabic letters: an Arabic editor's name came out as empty boxes) and placed left
    # to right on one baseline, so a right-to-left name cannot reorder the date after it.
    parts = [p for p in (view.info.get("editor"), view.info.get("publisher"), view.date) if p]
    small = _font(faces, families["Latin"], 400, 40)
    draw.line((MARGIN, HEIGHT - 300, WIDTH - MARGIN, HEIGHT - 300), fill="#ffffff", width=3)
    x, baseline = float(MARGIN), HEIGHT - 222
    for n, part in enumerate(parts):
        if n:
            draw.text((x, baseline), " · ", font=small, fill="#ffffff", anchor="ls")
            x += draw.textlength(" · ", font=small)
        lang = view.language_for(part)
        if lang.script.name != "Latin":
            face = _font(faces, family(lang), 400, 44 if lang.rtl else 40)
            opts = _opts(lang)
            draw.text((x, baseline), part, font=face, fill="#ffffff", anchor="ls", **opts)
            x += draw.textlength(part, font=face, **opts)
        else:
            draw.text((x, baseline), part.upper(), font=small, fill="#ffffff", anchor="ls")
            x += draw.textlength(part.upper(), font=small)
    out = io.BytesIO()
    # Level 6 rather than optimize=True: 2% larger, 2.5 times faster (0.07 s instead of 0.17 s).
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()
