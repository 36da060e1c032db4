"""The PDF's text layer: each glyph says the text it was drawn for, where it was drawn (issue 18).

WeasyPrint 70 maps each glyph id to the text of the first cluster it drew (``draw_first_line``
in ``weasyprint/draw/text.py`` fills ``font.to_unicode`` once per glyph; the font's ToUnicode
CMap in ``weasyprint/pdf/fonts.py`` is written from it; Kozea/WeasyPrint#2841, the fix in #2869
was closed unmerged; 70.0 is the newest on the package index). Amiri draws a lam before kaf as
two glyphs of one cluster, the second also drawn elsewhere for other text, so المملكة came out
as الممللكة or الـمملكة in poppler, PDFium and MuPDF alike, or, where that glyph said nothing,
with its character code as a letter (PDFium and MuPDF print the code of a glyph whose
ToUnicode entry is empty). WeasyPrint also draws a glyph that Pango moved off its pen position
(a mark over its base, a cursive letter tucked under its neighbour) with a jump forward and
one back: poppler reads the gap or overlap as a word break (عضو ًا, النوو ية), PDFium a jump
forward as a space. A ZWNJ, drawn by no glyph, was in no glyph's text.

What this layer does, for each line, before WeasyPrint draws it:

- Units in logical order: a cluster with its text; a cluster drawn by no glyph (ZWNJ, ZWJ)
  joins the unit before it. Text of several characters on a right-to-left glyph is written
  reversed, because all three extractors reverse it.
- A unit's text goes to one glyph, its leftmost on the baseline with an advance; a unit of
  several glyphs is also put in a ``/Span <</ActualText (...)>>`` of its own (poppler and
  PDFium read that and not the glyphs' map; a span of one Arabic letter is not reversed, as
  the whole text boxes were that made extraction worse in the project's measurements), and
  the carrier's advance in the PDF reaches the unit's end (MuPDF gives the span's text the
  box of its first glyph).
- A glyph moved off its pen position is drawn where the glyph before it ends, with PDF
  advances leading from each origin to the next; a moved mark jumps back from its
  neighbour's end instead (MuPDF gives marks no width). A mark first in its run (a word-final
  tanwin in justified Arabic, where each word is a run) is drawn left of the run's start;
  its PDF advance reaches the letter it sits on, or poppler reads it as a word of its own.
- A glyph whose text or PDF advance differs from what its glyph id already says gets an
  *alias*: a CID after the font's glyphs (and after room for WeasyPrint's codes of missing
  glyphs), with its own ToUnicode entry and width, drawing the same glyph through the font's
  CIDToGIDMap (a distinct CID, not only a distinct code, because MuPDF keys its text map by
  CID; for a CFF font, which has no CIDToGIDMap, an Encoding CMap from code to glyph).

WeasyPrint's TJ adjustments still place every glyph where Pango put it, so the pages look
the same (bench/README.md: whole-word search). The layer changes Pango's glyph ids, advances
and offsets in the line for the duration of WeasyPrint's ``draw_first_line`` and adds the
CIDToGIDMap after ``_build_vector_font_dictionary``: both are private functions of
WeasyPrint, so it is pinned to the versions it was tested with (``PINNED``) and does nothing
(with a warning) on any other; tests/test_pdf_text.py fails loudly then.
"""

from __future__ import annotations

import logging
import re
from math import ceil

LOG = logging.getLogger(__name__)

# What the layer was written against and tested with; on anything else it stays off.
PINNED = {"weasyprint": "70.0", "pydyf": "0.13.0"}
# Part of the PDF parts cache's key: a part laid out before this layer must be laid out again.
LAYER_VERSION = "pdf-text-6"
# Aliases are CIDs after the font's glyphs and after room for the codes WeasyPrint gives
# missing glyphs (which count up from the glyph count).
MISSING_ROOM = 1024

_installed: bool | None = None


def versions() -> dict[str, str]:
    import pydyf
    import weasyprint

    return {"weasyprint": weasyprint.__version__, "pydyf": pydyf.__version__}


def install() -> bool:
    """Put the layer over WeasyPrint once per process; False when the versions differ."""
    global _installed
    if _installed is not None:
        return _installed
    found = versions()
    if found != PINNED:
        LOG.warning("PDF text layer off: written for %s, found %s; words drawn with shared "
                    "glyphs (lam-kaf) may extract wrongly", PINNED, found)
        _installed = False
        return False
    from weasyprint.draw import text as draw_text
    from weasyprint.pdf import fonts as pdf_fonts

    original_draw = draw_text.draw_first_line
    original_dict = pdf_fonts._build_vector_font_dictionary

    def draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):  # noqa: ANN001
        # An ellipsis makes WeasyPrint lay the line out again inside: no glyphs to fix first.
        if text_overflow == "ellipsis" or block_ellipsis != "none" or \
                not textbox.text.strip() or textbox.style["font_size"] < 1e-6:
            return original_draw(stream, textbox, text_overflow, block_ellipsis, matrix)
        # WeasyPrint sets this first, which lays the text out again when it changes (new
        # glyph strings): set it before reading the glyphs so that its own call changes nothing.
        from weasyprint.text.ffi import pango

        pango.pango_layout_set_single_paragraph_mode(textbox.pango_layout.layout, True)
        restore, spans = _map_line(stream, textbox)
        if spans:
            stream.show_text = _SpanWriter(stream, stream.show_text, spans)
        try:
            return original_draw(stream, textbox, text_overflow, block_ellipsis, matrix)
        finally:
            for glyph_info, glyph_id, width, x_offset in restore:
                glyph_info.glyph = glyph_id
                glyph_info.geometry.width = width
                glyph_info.geometry.x_offset = x_offset
            if spans:
                del stream.show_text

    def build_vector_font_dictionary(font_dictionary, pdf, font, *args):  # noqa: ANN001
        original_dict(font_dictionary, pdf, font, *args)
        if getattr(font, "aliases", None):
            if font.type == "otf":
                _write_encoding(font_dictionary, pdf, font, args[1])
            else:
                _write_cid_to_gid(font_dictionary, pdf, font, args[1])

    # What was wrapped, for tests/test_pdf_text.py to check against WeasyPrint's own code.
    draw_first_line.__wrapped__ = original_draw
    build_vector_font_dictionary.__wrapped__ = original_dict
    draw_text.draw_first_line = draw_first_line
    pdf_fonts._build_vector_font_dictionary = build_vector_font_dictionary
    _installed = True
    return True


SHY = "\u00ad"


def _map_line(stream, textbox) -> tuple[list, dict[int, tuple[int, str]]]:  # noqa: ANN001
    """Fill ``font.to_unicode`` for the glyphs of the textbox's first line, unit by unit,
    move moved glyphs, and give an alias to each glyph whose text or PDF advance differs
    from what its glyph id already says.

    Returns what to put back once the line is drawn (glyph info, glyph id, advance, offset)
    and the spans that need ActualText: {first glyph: (last glyph, text)}, glyphs counted in
    the order WeasyPrint writes them."""
    from weasyprint.text.ffi import FROM_UNITS, ffi, pango

    first_line, _ = textbox.pango_layout.get_first_line()
    utf8 = textbox.pango_layout.text.encode()
    restore: list = []
    spans: dict[int, tuple[int, str]] = {}
    drawn = 0  # glyphs of the line's earlier runs, as WeasyPrint writes them
    plain = True  # no bitmap or colour font in the line (their codes are not 4 hex digits)
    run = first_line.runs[0]
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        glyphs = glyph_item.glyphs
        count = glyphs.num_glyphs
        infos = [glyphs.glyphs[i] for i in range(count)]
        seq = {i: drawn + k for k, i in enumerate(
            i for i in range(count) if not _skipped(pango, infos[i].glyph))}
        drawn += len(seq)
        if not count:
            continue
        font, font_size = stream.add_font(glyph_item.item.analysis.font)
        if font.bitmap or font.png or font.svg or font.colr:
            plain = False
            continue  # emoji fonts: WeasyPrint draws them by glyph id, leave them alone
        offset, length = glyph_item.item.offset, glyph_item.item.length
        rtl = glyph_item.item.analysis.level % 2
        clusters = [glyphs.log_clusters[i] for i in range(count)]
        starts = sorted(set(clusters))
        ends = dict(zip(starts, [*starts[1:], length], strict=True))
        members: dict[int, list[int]] = {}
        for i, cluster in enumerate(clusters):
            if i in seq:
                members.setdefault(cluster, []).append(i)
        # Units in logical order: one or more clusters and their text. A cluster drawn by
        # no glyph (a zero-width joiner or non-joiner) and one that is only a mark (no
        # advance, moved onto its base) join the unit before them: Persian می‌خوانم keeps
        # its ZWNJ inside the word, عضوًا its tanwin.
        units: list[list] = []  # [glyph indexes, text]
        pending = ""
        for cluster in starts:
            text = utf8[offset + cluster:offset + ends[cluster]].decode(errors="replace")
            own = members.get(cluster, [])
            if SHY in text:
                # A soft hyphen (the PDF's English is hyphenated with them) says nothing
                # where it draws nothing, so a word stays whole; where the line breaks at
                # it, the hyphen drawn says "-", as a printed hyphen does.
                text = text.replace(SHY, "-" if own and not text.strip(SHY) else "")
            if units and not own:
                units[-1][0] += own
                units[-1][1] += text
            elif not own:
                pending += text
            else:
                units.append([list(own), pending + text])
                pending = ""
        # Where Pango puts each glyph, in WeasyPrint's units (thousandths of the font size):
        # the pen before it and its origin (pen plus its horizontal offset).
        advance = [infos[i].geometry.width * 1000 * FROM_UNITS / font_size for i in range(count)]
        shift = [infos[i].geometry.x_offset / font_size for i in range(count)]
        pen = [0.0] * (count + 1)
        for i in range(count):
            pen[i + 1] = pen[i] + advance[i]
        origin = [pen[i] + shift[i] for i in range(count)]
        # A glyph moved off its pen position (a mark over its base, Amiri's raised or
        # tucked cursive letters) is drawn by WeasyPrint with a jump before it and one back
        # after it. PDFium reads a jump forward as a space, poppler a gap or an overlap as a
        # word break (عضو ًا, النوو ية). Drawn instead where the glyph before it ends, with
        # PDF advances that lead from each origin to the next, the page is the same and no
        # reader sees a jump. A glyph after an empty one (drawn as a move) keeps its jump.
        # Not in a CFF font: its aliases draw through an Encoding CMap, so the PDF advance is
        # the glyph's own and cannot change.
        moved = set() if font.type == "otf" else {
            i for i in range(1, count) if shift[i] and i in seq and i - 1 in seq}
        # Where the pen is before each glyph's own jump, and that jump. A moved mark (no
        # advance) is drawn with a jump back from the end of the glyph before it, which
        # reaches over it: MuPDF gives marks no width and reads a gap after one as a space.
        start = [0.0] * count + [pen[count]]
        kept = list(shift)
        for j in reversed(range(count)):
            if j in moved and not advance[j]:
                start[j] = start[j + 1]
                kept[j] = origin[j] - start[j]
            elif j in moved:
                start[j], kept[j] = origin[j], 0
            else:
                start[j] = pen[j]
        # The PDF advance each touched glyph gets: to where the next one starts.
        target: dict[int, float] = {}
        for j in moved:
            target[j] = start[j + 1] - origin[j]
            target[j - 1] = start[j] - origin[j - 1]
        if (font.type != "otf" and count > 1 and 0 in seq and shift[0] < 0
                and not advance[0] and advance[1]):
            # A mark first in its run, drawn left of it: a word-final tanwin of a
            # right-to-left word that justification made a run of its own (هويةً). poppler
            # read it as a word of its own (هوية ً); with an advance reaching the letter
            # after it, it touches that letter, drawn in the same place.
            target[0] = start[1] - origin[0]
        carriers: dict[int, str] = {}
        for indexes, text in units:
            indexes.sort()
            # Extractors reverse a glyph's text of several characters in right-to-left
            # text (می‌خوانم came out م‌یخوانم): give it to them reversed.
            said = text[::-1] if rtl and len(text) > 1 else text
            # The glyph that says the unit's text: the leftmost on the baseline with an
            # advance, drawn first. Its advance in the PDF reaches the unit's end (the TJ
            # adjustments bring the pen back), so no extractor sees a gap inside a word
            # where a glyph says nothing: MuPDF gives a span's ActualText the box of its
            # first glyph, poppler the box from the first glyph's origin to the last one's
            # advance.
            carrier = min(indexes, key=lambda i: (infos[i].geometry.y_offset != 0,
                                                  infos[i].geometry.width == 0, i))
            carriers[carrier] = said
            if len(indexes) > 1 and font.type != "otf":
                target[carrier] = start[indexes[-1] + 1] - origin[carrier]
            if len(indexes) > 1 and indexes == list(range(indexes[0], indexes[-1] + 1)):
                spans[seq[indexes[0]]] = (seq[indexes[-1]], said)
        for i in seq:
            info = infos[i]
            glyph_id = info.glyph
            want = carriers.get(i, "")
            if glyph_id not in font.widths:
                pango.pango_font_get_glyph_extents(
                    glyph_item.item.analysis.font, glyph_id, stream.ink_rect,
                    stream.logical_rect)
                font.widths[glyph_id] = round(
                    stream.logical_rect.width * 1000 * FROM_UNITS / font_size)
            width = round(target[i], 1) if i in target else font.widths[glyph_id]
            have = font.to_unicode.setdefault(glyph_id, want)
            if have == want and width == font.widths[glyph_id] and i not in moved:
                continue
            geometry = info.geometry
            restore.append((info, glyph_id, geometry.width, geometry.x_offset))
            if width != font.widths[glyph_id] or i in moved:
                # Pango's advance such that WeasyPrint's TJ adjustment after the glyph
                # brings the pen to where the next glyph starts.
                geometry.width = round((kept[i] + start[i + 1] - origin[i]) * font_size
                                       / (1000 * FROM_UNITS))
                if i in moved:
                    geometry.x_offset = round(kept[i] * font_size)
            if have != want or width != font.widths[glyph_id]:
                info.glyph = _alias(font, glyph_id, want, width)
    return restore, spans if plain else {}


TJ_ITEM = re.compile(r"<([0-9a-f]*)>|([^<>]+)")


class _SpanWriter:
    """WeasyPrint's TJ strings for one line, with the glyphs of each span inside
    ``/Span <</ActualText (text)>> BDC ... EMC``; splitting a TJ array where a span starts
    or ends keeps every glyph where it was."""

    def __init__(self, stream, show_text, spans: dict[int, tuple[int, str]]) -> None:  # noqa: ANN001
        self.stream, self.show_text, self.spans = stream, show_text, spans
        self.seq = 0
        self.end: int | None = None

    def __call__(self, string: str) -> None:
        import pydyf

        parts: list[str] = []
        for hexes, number in TJ_ITEM.findall(string):
            if number:
                parts.append(number)
                continue
            for k in range(0, len(hexes), 4):
                if self.seq in self.spans and self.end is None:
                    if parts:
                        self.show_text("".join(parts))
                        parts = []
                    self.end, text = self.spans[self.seq]
                    self.stream.begin_marked_content(
                        "Span", b"<</ActualText " + pydyf.String(text).data + b">>")
                parts.append(f"<{hexes[k:k + 4]}>")
                if self.end == self.seq:
                    self.show_text("".join(parts))
                    parts = []
                    self.stream.end_marked_content()
                    self.end = None
                self.seq += 1
        if parts:
            self.show_text("".join(parts))


def _skipped(pango, glyph_id: int) -> bool:  # noqa: ANN001
    """Pango's empty glyph (drawn as a move) and a missing one (WeasyPrint's own alias)."""
    return glyph_id == pango.PANGO_GLYPH_EMPTY or bool(glyph_id & pango.PANGO_GLYPH_UNKNOWN_FLAG)


def _alias(font, glyph_id: int, text: str, width: int) -> int:  # noqa: ANN001
    """The character code (and CID) that draws ``glyph_id``, says ``text`` and advances by
    ``width`` in the PDF."""
    if not hasattr(font, "aliases"):
        font.aliases = {}  # code -> glyph id
        font.alias_codes = {}  # (glyph id, text, width) -> code
    key = (glyph_id, text, width)
    if key not in font.alias_codes:
        code = font.glyph_count + MISSING_ROOM + len(font.aliases)
        if code > 0xFFFF or len(font.missing) >= MISSING_ROOM:
            LOG.warning("font %s: no character codes left for text aliases", font.family)
            return glyph_id
        font.alias_codes[key] = code
        font.aliases[code] = glyph_id
        font.to_unicode[code] = text
        font.widths[code] = width
    return font.alias_codes[key]


def _write_cid_to_gid(font_dictionary, pdf, font, compress: bool) -> None:  # noqa: ANN001
    """A TrueType CID font's CIDToGIDMap: CIDs are glyph ids, each alias CID draws the glyph
    it stands for. A distinct CID (not only a distinct code) because MuPDF keys its text map
    by CID."""
    import pydyf

    size = max(font.aliases) + 1
    gids = bytearray(size * 2)
    # Only the glyphs drawn map to themselves (a subset font has no others): a map of mostly
    # zeros compresses to almost nothing, an identity run of 6,000 glyphs to 12 kB a font.
    drawn = range(font.glyph_count) if font.used_in_forms else font.to_unicode
    for cid in drawn:
        if cid < font.glyph_count:
            gids[2 * cid:2 * cid + 2] = cid.to_bytes(2, "big")
    for cid, gid in font.aliases.items():
        gids[2 * cid:2 * cid + 2] = gid.to_bytes(2, "big")
    stream = pydyf.Stream([bytes(gids)], compress=compress)
    pdf.add_object(stream)
    reference = font_dictionary["DescendantFonts"][0]
    subfont = pdf.objects[int(bytes(reference).split()[0])]
    subfont["CIDToGIDMap"] = stream.reference


def _write_encoding(font_dictionary, pdf, font, compress: bool) -> None:  # noqa: ANN001
    """The Type0 font's Encoding CMap: each code to the CID (glyph id) it draws, an alias to
    its glyph, a missing glyph to .notdef (as WeasyPrint's own CMap does)."""
    import pydyf

    missing = set(font.missing.values())
    codes = sorted(font.to_unicode)
    system = pydyf.Dictionary({"Registry": pydyf.String("Adobe"),
                               "Ordering": pydyf.String("Identity"), "Supplement": 0})
    encoding = pydyf.Stream([
        b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
        b"/CIDSystemInfo", b"3 dict dup begin", b"/Registry (Adobe) def",
        b"/Ordering (Identity) def", b"/Supplement 0 def", b"end def",
        b"/CMapName /WP-Text-0 def", b"/CMapType 1 def", b"1 begincodespacerange",
        b"<0000> <ffff>", b"endcodespacerange",
    ], pydyf.Dictionary({"Type": "/CMap", "CMapName": "/WP-Text-0", "CIDSystemInfo": system}),
        compress=compress)
    for i in range(ceil(len(codes) / 100)):
        batch = codes[i * 100:(i + 1) * 100]
        encoding.stream.append(f"{len(batch)} begincidchar".encode())
        for code in batch:
            cid = 0 if code in missing else font.aliases.get(code, code)
            encoding.stream.append(f"<{code:04x}> {cid}".encode())
        encoding.stream.append(b"endcidchar")
    encoding.stream.extend([b"endcmap", b"CMapName currentdict /CMap defineresource pop",
                            b"end", b"end"])
    pdf.add_object(encoding)
    font_dictionary["Encoding"] = encoding.reference
