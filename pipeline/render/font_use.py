"""Which embedded face sets which characters of a book's XHTML documents.

An EPUB carries its own fonts, and whole families made the seeds' book 1.4 MB, nine tenths of
it glyphs no page shows. To cut each face down to what it sets, the documents' font properties
are cascaded here as a reading system would: the stylesheet's font-family, font-weight and
font-style (tinycss2 parses it, cssselect2 matches its selectors, as inside WeasyPrint), the
HTML defaults for headings and emphasis, inheritance; then each character goes to the first
family of its element's stack whose font has a glyph for it (per-character fallback, as
browsers and e-readers do), in the weight and style CSS font matching would pick.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

from . import fonts

XHTML = "{http://www.w3.org/1999/xhtml}"
PROPERTIES = ("font-family", "font-weight", "font-style")
# The user-agent stylesheet's part that concerns faces (HTML's rendering section).
UA_BOLD = {"h1", "h2", "h3", "h4", "h5", "h6", "th", "b", "strong"}
UA_ITALIC = {"em", "i", "cite", "var", "dfn", "address"}
# Not rendered: nothing in them is set in a face.
UNRENDERED = {"head", "title", "style", "script", "link", "meta"}


@dataclass(frozen=True)
class Style:
    families: tuple[str, ...]
    weight: int
    italic: bool


def _declarations(content: list) -> dict[str, tuple[bool, str]]:  # noqa: ANN001 (tokens)
    """property -> (!important, value) of the font properties a rule sets."""
    import tinycss2

    out: dict[str, tuple[bool, str]] = {}
    for decl in tinycss2.parse_blocks_contents(content, skip_whitespace=True,
                                               skip_comments=True):
        if decl.type == "declaration" and decl.lower_name in PROPERTIES:
            out[decl.lower_name] = (decl.important, tinycss2.serialize(decl.value).strip())
    return out


def _matcher(css: str):  # noqa: ANN202 (cssselect2.Matcher)
    import cssselect2
    import tinycss2

    matcher = cssselect2.Matcher()
    rules = tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)
    for order, rule in enumerate(rules):
        # @font-face and @page set no element's font; an EPUB stylesheet has no @media.
        if rule.type != "qualified-rule":
            continue
        decls = _declarations(rule.content)
        if not decls:
            continue
        try:
            selectors = cssselect2.compile_selector_list(rule.prelude)
        except cssselect2.SelectorError:
            continue  # a reader ignores a rule it cannot parse; so do we
        for selector in selectors:
            matcher.add_selector(selector, (order, decls))
    return matcher


def _families(value: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in value.split(",") if part.strip())


def _weight(value: str, parent: int) -> int:
    value = value.lower()
    if value == "normal":
        return 400
    if value == "bold":
        return 700
    if value == "bolder":  # CSS Fonts 4, relative weights
        return 400 if parent < 350 else 700 if parent < 550 else 900
    if value == "lighter":
        return 100 if parent < 550 else 400 if parent < 750 else 700
    try:
        return int(float(value))
    except ValueError:
        return parent


def _computed(element, parent: Style, matcher) -> Style:  # noqa: ANN001
    name = element.local_name
    families, weight, italic = parent.families, parent.weight, parent.italic
    if name in UA_BOLD:
        weight = 700
    if name in UA_ITALIC:
        italic = True
    # The winner per property: !important first, then the more specific, then the later.
    won: dict[str, tuple[tuple[bool, tuple[int, ...], int], str]] = {}
    for spec, order, pseudo, (_, decls) in matcher.match(element) or []:
        if pseudo is not None:  # ::before and the like hold no text of the document
            continue
        for prop, (important, value) in decls.items():
            rank = (important, spec, order)
            if prop not in won or rank > won[prop][0]:
                won[prop] = (rank, value)
    if "font-family" in won:
        families = _families(won["font-family"][1]) or families
    if "font-weight" in won:
        weight = _weight(won["font-weight"][1], parent.weight)
    if "font-style" in won:
        italic = won["font-style"][1].lower() in ("italic", "oblique")
    return Style(families, weight, italic)


def _face_for(style: Style, family: str, faces: list[fonts.Face]) -> fonts.Face:
    """CSS font matching among one family's faces: the style first (an italic face for
    italic text if the family has one), then the weight (above 500 the heavier faces are
    tried first, up to 500 the lighter ones)."""
    same = [f for f in faces if f.family == family]
    want = "italic" if style.italic else "normal"
    styled = [f for f in same if f.style == want] or same
    if style.weight > 500:
        heavier = sorted((f for f in styled if f.weight >= style.weight), key=lambda f: f.weight)
        lighter = sorted((f for f in styled if f.weight < style.weight), key=lambda f: -f.weight)
        return (heavier or lighter)[0]
    lighter = sorted((f for f in styled if f.weight <= style.weight), key=lambda f: -f.weight)
    heavier = sorted((f for f in styled if f.weight > style.weight), key=lambda f: f.weight)
    return (lighter or heavier)[0]


def face_use(documents: Iterable[bytes], css: str,
             faces: list[fonts.Face]) -> dict[fonts.Face, set[str]]:
    """Face -> the characters it sets in ``documents`` (XHTML) styled by ``css``. A face no
    text resolves to is absent; a character no embedded family covers is left to the reader's
    own fonts. Every letter's other case is counted too, for text-transform."""
    import cssselect2

    matcher = _matcher(css)
    embedded = {f.family for f in faces}
    covered = {family: fonts.coverage(family) for family in embedded}
    use: dict[fonts.Face, set[str]] = {}
    chosen: dict[tuple[Style, str], fonts.Face | None] = {}

    def place(style: Style, text: str | None) -> None:
        for ch in set(text or ""):
            if ch.isspace() and ch != "\u00a0":
                continue
            key = (style, ch)
            if key not in chosen:
                family = next((f for f in style.families
                               if f in embedded and ord(ch) in covered[f]), None)
                chosen[key] = _face_for(style, family, faces) if family else None
            face = chosen[key]
            if face is not None:
                use.setdefault(face, set()).update(ch + ch.upper() + ch.lower())  # "ß" -> "SS"

    root_style = Style((), 400, False)
    for data in documents:
        root = ET.fromstring(data)
        wrapper = cssselect2.ElementWrapper.from_xml_root(root)
        styles: dict[ET.Element, Style] = {}
        for element in wrapper.iter_subtree():
            if element.local_name in UNRENDERED:
                continue
            up = element.parent
            parent = styles.get(up.etree_element, root_style) if up else root_style
            style = _computed(element, parent, matcher)
            styles[element.etree_element] = style
            place(style, element.etree_element.text)
            # An element's tail is text of its parent.
            place(parent, element.etree_element.tail)
    return use
