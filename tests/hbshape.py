"""Shaping text with HarfBuzz, for tests: the engine Chromium, Readium, Apple Books and calibre
shape with, reached through cffi in the libharfbuzz WeasyPrint already loads (no new package).

``shaped(font_bytes, text)`` gives each output glyph as (outline, cluster, x advance, x offset,
y offset); outlines are compared rather than glyph ids, which a subset renumbers.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

CDEF = """
typedef struct hb_blob_t hb_blob_t; typedef struct hb_face_t hb_face_t;
typedef struct hb_font_t hb_font_t; typedef struct hb_buffer_t hb_buffer_t;
typedef uint32_t hb_codepoint_t; typedef int32_t hb_position_t; typedef uint32_t hb_mask_t;
typedef union { uint32_t u32; int32_t i32; uint16_t u16[2]; int16_t i16[2]; uint8_t u8[4];
                int8_t i8[4]; } hb_var_int_t;
typedef struct { hb_codepoint_t codepoint; hb_mask_t mask; uint32_t cluster;
                 hb_var_int_t var1; hb_var_int_t var2; } hb_glyph_info_t;
typedef struct { hb_position_t x_advance; hb_position_t y_advance; hb_position_t x_offset;
                 hb_position_t y_offset; hb_var_int_t var; } hb_glyph_position_t;
hb_blob_t * hb_blob_create (const char *data, unsigned int length, int mode, void *user_data,
                            void *destroy);
hb_face_t * hb_face_create (hb_blob_t *blob, unsigned int index);
hb_font_t * hb_font_create (hb_face_t *face);
hb_buffer_t * hb_buffer_create (void);
void hb_buffer_add_utf8 (hb_buffer_t *buffer, const char *text, int text_length,
                         unsigned int item_offset, int item_length);
void hb_buffer_guess_segment_properties (hb_buffer_t *buffer);
void hb_shape (hb_font_t *font, hb_buffer_t *buffer, const void *features,
               unsigned int num_features);
hb_glyph_info_t * hb_buffer_get_glyph_infos (hb_buffer_t *buffer, unsigned int *length);
hb_glyph_position_t * hb_buffer_get_glyph_positions (hb_buffer_t *buffer,
                                                     unsigned int *length);
void hb_buffer_destroy (hb_buffer_t *buffer);
"""

_lib = None


def _harfbuzz():
    global _lib
    if _lib is None:
        import cffi

        ffi = cffi.FFI()
        ffi.cdef(CDEF)
        try:
            _lib = (ffi, ffi.dlopen("libharfbuzz.so.0"))
        except OSError:
            pytest.skip("libharfbuzz is not installed")
    return _lib


def shaper(data: bytes) -> Callable[[str], list[tuple[str, int, int, int, int]]]:
    """A function shaping text with the font ``data`` (HarfBuzz's default features, script
    and direction guessed from the text, as a browser does for a run)."""
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.ttLib import TTFont

    ffi, lib = _harfbuzz()
    keep = ffi.new("char[]", data)  # HarfBuzz reads the font from this buffer
    font = lib.hb_font_create(lib.hb_face_create(
        lib.hb_blob_create(keep, len(data), 1, ffi.NULL, ffi.NULL), 0))
    tt = TTFont(io.BytesIO(data))
    glyphs, order = tt.getGlyphSet(), tt.getGlyphOrder()
    outlines: dict[int, str] = {}

    def outline(gid: int) -> str:
        if gid not in outlines:
            pen = DecomposingRecordingPen(glyphs)
            glyphs[order[gid]].draw(pen)
            outlines[gid] = repr(pen.value)
        return outlines[gid]

    def shape(text: str) -> list[tuple[str, int, int, int, int]]:
        _ = keep
        buf = lib.hb_buffer_create()
        raw = text.encode("utf-8")
        lib.hb_buffer_add_utf8(buf, raw, len(raw), 0, -1)
        lib.hb_buffer_guess_segment_properties(buf)
        lib.hb_shape(font, buf, ffi.NULL, 0)
        n = ffi.new("unsigned int *")
        infos = lib.hb_buffer_get_glyph_infos(buf, n)
        pos = lib.hb_buffer_get_glyph_positions(buf, n)
        out = [(outline(infos[i].codepoint), infos[i].cluster, pos[i].x_advance,
                pos[i].x_offset, pos[i].y_offset) for i in range(n[0])]
        lib.hb_buffer_destroy(buf)
        return out

    return shape
