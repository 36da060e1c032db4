"""The dossier's fonts, from PyPI packages (fontpkg), never from the system.

Literata ships as a variable font; instancing it inside WeasyPrint costs about a second on
every build, so the weights we use are instanced once with fontTools and cached by the font
file's content hash. Amiri ships static files and is used as is. The EPUB embeds each face cut
down to the characters it sets (``subset``), cached the same way.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import PipelineError
from ..fileio import atomic_write_with

# (weight, style) faces the templates use.
FACES = ((400, "normal"), (700, "normal"), (400, "italic"), (700, "italic"))
# Kept in every subset whatever the text holds: the spaces, hyphens and joiners a reading
# system inserts itself (hyphenation, justification) and the bidi controls it may be given.
ALWAYS = (" \u00a0\u00ad-\u2010\u2011\u200b\u200c\u200d\u200e\u200f\u061c"
          "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# fontTools subsetter options: every layout feature and every name kept, .notdef drawn.
SUBSET_OPTIONS = {"layout_features": ["*"], "name_IDs": ["*"], "name_languages": ["*"],
                  "notdef_outline": True}


@dataclass(frozen=True)
class Face:
    family: str  # the CSS family name
    path: Path
    weight: int
    style: str


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "arabic-dossier" / "fonts"


def _package_file(name: str, weight: int, style: str) -> tuple[Path, bool]:
    import fontpkg

    try:
        family = fontpkg.family(name.lower().replace(" ", "-"))
    except Exception as exc:  # fontpkg raises its own lookup errors
        raise PipelineError(f"font {name!r} is not installed (pip install fontpkg-"
                            f"{name.lower().replace(' ', '-')}): {exc}") from None
    files = [f for f in family.files if f.style == style] or list(family.files)
    exact = [f for f in files if not f.variable and f.weight == weight]
    if exact:
        return exact[0].path, False
    var = [f for f in files if f.variable and f.wght_min <= weight <= f.wght_max]
    if var:
        return var[0].path, True
    nearest = min(files, key=lambda f: abs((f.weight or 400) - weight))
    return nearest.path, False


def _instance(path: Path, weight: int) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"{path.stem.split('[')[0]}-{weight}-{digest}.ttf"
    if target.exists():
        return target
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = TTFont(path)
    axes = {a.axisTag: a for a in font["fvar"].axes}
    location: dict[str, float] = {"wght": weight}
    if "opsz" in axes:  # text size: the book cut, not the display cut
        location["opsz"] = max(axes["opsz"].minValue, min(axes["opsz"].maxValue, 12))
    for tag, axis in axes.items():
        location.setdefault(tag, axis.defaultValue)
    # inplace: without it the instancer deep-copies the font and its kerning tables, which
    # made each instance take 9 s instead of 2 (the output is the same, glyph for glyph).
    static = instancer.instantiateVariableFont(font, location, updateFontNames=False,
                                               inplace=True)
    atomic_write_with(target, lambda tmp: static.save(str(tmp)))
    return target


def faces(name: str) -> list[Face]:
    """The static font files for ``name`` in every weight and style the templates use."""
    out = []
    for weight, style in FACES:
        path, variable = _package_file(name, weight, style)
        if variable:
            path = _instance(path, weight)
        out.append(Face(name, path, weight, style))
    return out


@lru_cache(maxsize=16)
def coverage(name: str) -> frozenset[int]:
    """The code points the family's regular face has a glyph for (its cmap, read by fontTools:
    what the font really covers, not what its name suggests)."""
    from fontTools.ttLib import TTFont

    path, _ = _package_file(name, 400, "normal")
    font = TTFont(path, lazy=True)
    try:
        return frozenset(font.getBestCmap() or {})
    finally:
        font.close()


def font_roots(families: tuple[str, ...] = ("Amiri", "Literata")) -> list[Path]:
    """Folders the PDF renderer may read fonts from."""
    return [cache_dir()] + sorted({_package_file(n, w, s)[0].parent for n in families
                                   for w, s in FACES})


def subset(face: Face, chars: Iterable[str]) -> bytes:
    """``face`` cut down to the glyphs that set ``chars`` (plus ``ALWAYS``), for embedding.

    Every OpenType layout feature is kept, with the glyphs GSUB reaches from the kept ones
    (the subsetter's closure): an Arabic letter keeps its initial, medial, final and isolated
    forms, the ligatures and the mark positioning (GPOS) it enters into, so a reading system
    shapes the text as it would with the whole font. The names (copyright, licence) are kept.
    The font's own modification time is kept too, so the same text gives the same bytes."""
    import fontTools
    from fontTools import subset as ftsubset
    from fontTools.ttLib import TTFont

    wanted = sorted({ord(c) for c in chars} | {ord(c) for c in ALWAYS})
    data = face.path.read_bytes()
    # The cached subset is reused only for the same font, characters, options and fontTools.
    key = hashlib.sha256(data)
    key.update(json.dumps([fontTools.version, SUBSET_OPTIONS, wanted]).encode())
    target = cache_dir() / "subsets" / f"{face.path.stem.split('[')[0]}-{key.hexdigest()[:20]}.ttf"
    if target.exists():
        return target.read_bytes()
    options = ftsubset.Options(**SUBSET_OPTIONS)
    font = TTFont(face.path, recalcTimestamp=False)
    try:
        subsetter = ftsubset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        atomic_write_with(target, lambda tmp: font.save(str(tmp)))
    finally:
        font.close()
    return target.read_bytes()
