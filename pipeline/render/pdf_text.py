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
  joins the unit before it. A cluster of a letter and its marks, or of marks alone, drawn a
  glyph per character (أُ, the ُّ of اتُّخذ), is a unit per glyph, each saying its
  character. Text of several characters on a right-to-left glyph is written reversed,
  because all three extractors reverse it.
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

And after WeasyPrint has drawn the line, where MuPDF would glue words:

- MuPDF reads a line in drawing order. It guesses each glyph's direction from the first
  character of its text (``guess_bidi_level`` in source/pdf/pdf-op-run.c: European digits
  left to right, spaces and punctuation as the glyph before) and reverses each run of
  right-to-left glyphs in place, keeping the runs in the order they are drawn
  (``reverse_bidi_line`` in source/fitz/stext-device.c). WeasyPrint draws a line left to
  right, so a run's first glyph drawn (its logical end) came out against the number drawn
  after it: "في عام 1991، أغلقت" as ``، أغلقت1991 في عام``. A blank glyph of no width (an
  alias of the font's space glyph) saying a right-to-left mark and a space is now drawn
  just before such a run's first glyph: MuPDF takes the mark for right-to-left, keeps the
  two in the run, and writes them after the word (``أغلقت ‏1991``). Likewise a blank glyph
  saying a space after a run's last glyph where a left-to-right word was drawn just before
  it. What is drawn before or after may be another line on the same baseline (a table's
  next cell, a margin label), which MuPDF puts in the same line when the direction changes,
  however far: the line's last run then gets the mark alone once the next line is seen to
  start with a left-to-right word (a space there too made PDFium count one more
  right-to-left segment and read a mixed line the wrong way round). No separator goes
  between two letters or digits of one word (و35, drawn as 35و).
- MuPDF starts each text object (``pdf_run_BT``) left to right, and WeasyPrint begins one
  per line: a right-to-left line drawn starting with punctuation or a mark (the full stop
  and tanwin at a paragraph's end) gets a blank glyph saying U+200F first, which keeps them
  in the line's run.
- A left-to-right line ending in a hyphen-minus gets a blank glyph saying U+200B after it:
  poppler joins the halves of any line ending in "-" and drops the hyphen (GießenNord).
- Drawing right-to-left text in logical order instead (which MuPDF recognises and keeps)
  was measured and is no good: PDFium reverses each right-to-left segment of the text in
  drawing order (``CloseTempLine`` in core/fpdftext/cpdf_textpage.cpp), so it read every
  Arabic word backwards. Neither MuPDF nor PDFium reads ``/ReversedChars`` marked content.
  poppler orders by position and reads the blank glyphs as a break or a mark beside a word.

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
import unicodedata
from math import ceil

LOG = logging.getLogger(__name__)

# What the layer was written against and tested with; on anything else it stays off.
PINNED = {"weasyprint": "70.0", "pydyf": "0.13.0"}
# Part of the PDF parts cache's key: a part laid out before this layer must be laid out again.
LAYER_VERSION = "pdf-text-13"
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
            stream.mupdf_tail = None
            return original_draw(stream, textbox, text_overflow, block_ellipsis, matrix)
        # WeasyPrint sets this first, which lays the text out again when it changes (new
        # glyph strings): set it before reading the glyphs so that its own call changes nothing.
        from weasyprint.text.ffi import pango

        pango.pango_layout_set_single_paragraph_mode(textbox.pango_layout.layout, True)
        restore, spans, plain = _map_line(stream, textbox)
        if spans:
            stream.show_text = _SpanWriter(stream, stream.show_text, spans)
        first = len(stream.stream)
        try:
            emojis = original_draw(stream, textbox, text_overflow, block_ellipsis, matrix)
            if plain:
                _separate(stream, first)
            else:
                stream.mupdf_tail = None
            return emojis
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
    # Each glyph drawn: its cluster's bytes in utf8, and whether its run is right to left.
    where: dict[int, tuple[int, int, int]] = {}
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
        for i, n in seq.items():
            where[n] = (offset + clusters[i], offset + ends[clusters[i]], rtl)
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
            elif _one_glyph_each(text, [infos[i].geometry.width for i in own]):
                # A letter and its marks, or marks alone, in one cluster with a glyph each
                # (أُ, the ُّ of اتُّخذ): each glyph says its own character, as where HarfBuzz
                # gave a mark a cluster of its own. As one unit, in an ActualText span over
                # glyphs drawn with a rise (a TJ each), PDFium dropped the marks (اتخذ) and
                # MuPDF said them twice (أُأُنجز). Marks go to their glyphs in drawing order,
                # right to left reversed; NFC puts stacked marks in one order anyway.
                marks = [c for c in text if _is_mark(c)]
                marks = iter(marks[::-1] if rtl else marks)
                base = [c for c in text if not _is_mark(c)]
                for i in own:
                    said = base[0] if base and infos[i].geometry.width else next(marks)
                    units.append([[i], pending + said])
                    pending = ""
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
    # For _separate: whether two glyphs drawn side by side are of one word.
    stream.line_where = (utf8, [where.get(n) for n in range(drawn)])
    return restore, spans if plain else {}, plain


# What a blank glyph says where MuPDF would glue two words: a right-to-left mark (MuPDF
# takes it for right-to-left, so it stays with the run it is drawn in) and a space.
SEPARATOR = "\u200f "
# The same at a line's end, where the neighbour is in another line: the mark alone. A space
# after it made PDFium count one more right-to-left segment, which turned a mixed line over.
EDGE_SEPARATOR = "\u200f"
HEX_GLYPHS = re.compile(r"<([0-9a-f]*)>")
# MuPDF keeps a glyph in the line when it is less than this many font sizes off its
# baseline (BASE_MAX_DIST in source/fitz/stext-device.c).
BASE_MAX_DIST = 0.8


def _mupdf_level(text: str, current: int) -> int:
    """MuPDF's guess of a glyph's direction from the first character of its text
    (``guess_bidi_level`` in source/pdf/pdf-op-run.c): 1 right-to-left, 0 left-to-right;
    neutrals and weak separators take the direction of the glyph before."""
    kind = unicodedata.bidirectional(text[0]) if text else ""
    if kind in ("R", "AL", "AN"):
        return 1
    if kind in ("L", "EN", "ES", "ET"):
        return 0
    return current


def _is_word(text: str | None) -> bool:
    return bool(text) and unicodedata.category(text[0])[0] in "LMN"


def _blank_glyph(font) -> int:  # noqa: ANN001
    """The font's space glyph (0 if it has none): drawn, it draws nothing."""
    if not hasattr(font, "blank_glyph"):
        font.blank_glyph = next((glyph for glyph, text in font.to_unicode.items()
                                 if text == " " and glyph < font.glyph_count), 0)
        if not font.blank_glyph:
            try:
                from io import BytesIO

                from fontTools.ttLib import TTFont

                tt = TTFont(BytesIO(font.file_content), fontNumber=font.index, lazy=True)
                name = tt.getBestCmap().get(0x20)
                font.blank_glyph = tt.getGlyphID(name) if name else 0
            except Exception:  # noqa: BLE001
                LOG.debug("font %s: no space glyph found", font.family, exc_info=True)
                font.blank_glyph = 0
            if font.blank_glyph:
                font.to_unicode.setdefault(font.blank_glyph, " ")  # kept in the subset
    return font.blank_glyph


class _Tail:
    """The last line drawn in a stream, as MuPDF saw its end."""

    def __init__(self, baseline: float, size: float, level: int, text: str,
                 pending: tuple | None) -> None:
        self.baseline, self.size, self.level, self.text = baseline, size, level, text
        # Where a separator goes if the next line, on the same baseline, starts with a
        # left-to-right word: (item index in the stream, position, font).
        self.pending = pending


def _separate(stream, first: int) -> None:  # noqa: ANN001
    """Where MuPDF would glue a word of a right-to-left run to the word beside it, draw a
    blank glyph of no width saying a separator at the run's edge.

    MuPDF keeps a line's runs in drawing order and reverses each right-to-left run in place
    (``reverse_bidi_line`` in source/fitz/stext-device.c): the run's first glyph's text
    comes out last, against what is drawn after the run; its last glyph's text first,
    against what was drawn before it. What is drawn before or after may be another line on
    the same baseline (a table's next cell, a margin label): MuPDF puts it in the same line
    when the direction changes, however far. ``stream.stream[first:]`` is what WeasyPrint
    wrote for the line (Tm, Tf, Ts, marked content and TJ)."""
    tail: _Tail | None = getattr(stream, "mupdf_tail", None)
    stream.mupdf_tail = None
    items = stream.stream[first:]
    fonts = {font.hash: font for font in stream._fonts.values()}
    glyphs = []  # (item index, position of the glyph's hex code in the item, font, code)
    font = None
    baseline = size = None
    for k, item in enumerate(items):
        raw = item if isinstance(item, bytes) else str(item).encode()
        if raw.endswith(b" Tm") and baseline is None:
            baseline = float(raw.split()[5])
        elif raw.endswith(b" Tf"):
            name, value = raw[1:].split(b" ")[:2]
            font, size = fonts.get(name.decode()), float(value)
        elif raw.startswith(b"[") and raw.endswith(b"] TJ"):
            for match in HEX_GLYPHS.finditer(raw.decode()):
                for j in range(0, len(match[1]), 4):
                    glyphs.append((k, match.start(1) + j, font, int(match[1][j:j + 4], 16)))
    if not glyphs or baseline is None or size is None or any(
            font is None or font.type == "otf" for _, _, font, _ in glyphs):
        # A CFF font's alias has the advance of its glyph (the Encoding CMap maps it to the
        # glyph's CID, which keys the widths): not a blank glyph of no width.
        return
    if tail and abs(baseline - tail.baseline) > BASE_MAX_DIST * max(size, tail.size):
        tail = None  # MuPDF starts a new line: nothing to glue to
    texts = [font.to_unicode.get(code, "") for _, _, font, code in glyphs]
    utf8, spots = getattr(stream, "line_where", (b"", []))
    stream.line_where = (b"", [])
    if len(spots) != len(glyphs):
        spots = [None] * len(glyphs)
    runs: list[list[int]] = []  # MuPDF's right-to-left runs: [first glyph, last glyph]
    levels = []
    # MuPDF carries the direction from glyph to glyph, starting left to right at each text
    # object (``pdf_run_BT``), and WeasyPrint begins one for each line: punctuation or a
    # mark drawn first in a right-to-left line (the full stop and the tanwin of تدريجياً. at
    # its left end) was read left to right and came out before the line's words (.ًالسوق
    # تدريجيا). A blank glyph saying U+200F before them keeps them in the run.
    marked = bool(spots[0] and spots[0][2] and _mupdf_level(texts[0], 0) != _mupdf_level(
        texts[0], 1))
    level = 1 if marked else 0
    for i, text in enumerate(texts):
        previous = level if i else 0
        level = _mupdf_level(text, level)
        levels.append(level)
        if level and (not i or not previous):
            runs.append([i, i])
        elif level:
            runs[-1][1] = i
    inserts: dict[int, list[tuple[int, str]]] = {}

    def one_word(a: int, b: int) -> bool:
        """Glyphs a and b, drawn side by side, are letters or digits of one word in the
        text (و35: the number drawn beside the letter it is written against), which no
        separator may split."""
        if not (0 <= a < len(spots) and 0 <= b < len(spots)) or not spots[a] or not spots[b] \
                or not (_is_word(texts[a]) and _is_word(texts[b])):
            return False
        lo, hi = sorted([spots[a], spots[b]])
        both = utf8[lo[0]:hi[1]].decode(errors="replace")
        return lo[1] <= hi[0] and not any(c.isspace() for c in both)

    def insert(k: int, at: int, font, text: str) -> None:  # noqa: ANN001
        if blank := _blank_glyph(font):
            inserts.setdefault(k, []).append((at, f"{_alias(font, blank, text, 0):04x}"))

    if marked:
        k, at, font, _ = glyphs[0]
        insert(k, at, font, EDGE_SEPARATOR)
    if not levels[-1] and texts[-1].endswith("-"):
        # A left-to-right line ending in a hyphen-minus (a compound broken after its hyphen:
        # Russian-|Ukrainian, Gießen-|Nord): poppler takes any line ending in "-" for a
        # hyphenated word and joins it to the next without the hyphen ("RussianUkrainian";
        # TextLine's ``hyphenated`` in poppler/TextOutputDev.cc). A blank glyph saying a zero
        # width space after it (a break opportunity, and no white space to poppler, so the
        # word and the line end with it) keeps the hyphen. WeasyPrint's own hyphenation is
        # U+2010, which poppler keeps as it is.
        k, at, font, _ = glyphs[-1]
        insert(k, at + 4, font, "\u200b")
    if tail and tail.pending and not levels[0] and _is_word(texts[0]):
        # The last line ended with a right-to-left run and this one, beside it, starts
        # left-to-right: the separator goes into the last line.
        k, at, font = tail.pending
        raw = stream.stream[k] if k < len(stream.stream) else b""
        if isinstance(raw, bytes) and raw.endswith(b"] TJ") and (blank := _blank_glyph(font)):
            code = f"{_alias(font, blank, EDGE_SEPARATOR, 0):04x}".encode()
            stream.stream[k] = raw[:at] + code + raw[at:]
    pending = None
    for start, end in runs:
        after = texts[end + 1] if end + 1 < len(texts) else None
        before = texts[start - 1] if start else (tail.text if tail and not tail.level else None)
        if not start and not marked:
            # A line may start with punctuation or a space, which takes its direction from
            # whatever MuPDF read before: from another stream, perhaps. Where it took left to
            # right, the run starts after it.
            while start < end and _mupdf_level(texts[start], 0) != _mupdf_level(texts[start], 1):
                start += 1
        k, at, font, _ = glyphs[start]
        # The run's first glyph comes out last, against the run drawn after it: a
        # right-to-left mark and a space drawn before it come out after it (the mark keeps
        # them in the run; a space would take the direction of the glyph before).
        # Not where the glyph drawn just before is of the same word (و35 drawn as 35و):
        # drawn between them, the separator split that word for poppler and PDFium.
        if _is_word(texts[start]) and _is_word(after) and not one_word(start, end + 1) \
                and not one_word(start, start - 1):
            insert(k, at, font, SEPARATOR)
        elif _is_word(texts[start]) and after is None:
            pending = (k, at, font)
        # Its last glyph comes out first, against the run drawn before it: a space drawn
        # after it takes its direction and comes out before it.
        k, at, font, _ = glyphs[end]
        if _is_word(texts[end][-1:]) and _is_word((before or "")[-1:]) and \
                not one_word(end, start - 1) and not one_word(end, end + 1):
            insert(k, at + 4, font, " ")
    for k, where in inserts.items():
        raw = items[k] if isinstance(items[k], bytes) else str(items[k]).encode()
        for at, hexes in sorted(where, reverse=True):
            raw = raw[:at] + hexes.encode() + raw[at:]
        stream.stream[first + k] = raw
    if pending:
        k, at, font = pending
        at += 4 * sum(1 for p, _ in inserts.get(k, ()) if p <= at)
        pending = (first + k, at, font)
    stream.mupdf_tail = _Tail(baseline, size, levels[-1], texts[-1], pending)


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
                # WeasyPrint writes a pen move as ``>-37.2<``; with the empty ``<>`` between
                # two moves gone, two numbers need a space, or MuPDF reads a syntax error
                # ("0-37.2") and drops the rest of the line.
                parts.append(number if not parts or parts[-1].endswith(">") else " " + number)
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


def _is_mark(c: str) -> bool:
    return unicodedata.category(c).startswith("M")


def _one_glyph_each(text: str, advances: list[float]) -> bool:
    """A cluster of marks, or of one letter and its marks, drawn with a glyph for each
    character: the marks with no advance, the letter with one."""
    bases = sum(1 for c in text if not _is_mark(c))
    return (len(advances) == len(text) > 1 and bases <= 1
            and sum(1 for a in advances if a) == bases)


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
