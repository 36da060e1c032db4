"""The text-layer module over WeasyPrint (pipeline/render/pdf_text.py) is pinned: it wraps two
private WeasyPrint functions, so a WeasyPrint or pydyf other than the one it was tested with
must fail here, loudly, before anyone trusts its output."""

from __future__ import annotations

import inspect

from pipeline.render import pdf_text


def test_weasyprint_is_the_version_the_text_layer_was_written_for():
    assert pdf_text.versions() == pdf_text.PINNED, (
        "WeasyPrint or pydyf changed under pipeline/render/pdf_text.py: check "
        "draw_first_line and _build_vector_font_dictionary against it, then update PINNED")


def test_the_private_functions_it_wraps_have_the_shape_it_expects():
    from weasyprint.draw import text as draw_text
    from weasyprint.pdf import fonts as pdf_fonts

    draw = inspect.getsource(draw_text.draw_first_line)
    # What the layer relies on: WeasyPrint maps a glyph only when it has no text yet, and
    # sets single-paragraph mode (a new layout) before it reads the glyphs.
    assert "if glyph_id not in font.to_unicode:" in draw
    assert "pango_layout_set_single_paragraph_mode" in draw
    params = list(inspect.signature(pdf_fonts._build_vector_font_dictionary).parameters)
    assert params == ["font_dictionary", "pdf", "font", "widths", "compress", "reference",
                      "pdf_version"]
