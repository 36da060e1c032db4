"""The PDF's text layer (pipeline/render/pdf_text.py, issue 18).

The layer wraps two private WeasyPrint functions, so a WeasyPrint or pydyf other than the one
it was tested with must fail here, loudly, before anyone trusts its output; and a dossier the
test writes must give its words back whole to poppler and PDFium."""

from __future__ import annotations

import inspect
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import regex

from pipeline.render import pdf_text


def test_weasyprint_is_the_version_the_text_layer_was_written_for():
    assert pdf_text.versions() == pdf_text.PINNED, (
        "WeasyPrint or pydyf changed under pipeline/render/pdf_text.py: check "
        "draw_first_line and _build_vector_font_dictionary against it, then update PINNED")


def test_the_private_functions_it_wraps_have_the_shape_it_expects():
    from weasyprint.draw import text as draw_text
    from weasyprint.pdf import fonts as pdf_fonts

    # WeasyPrint's own functions, also once another test has put the layer over them.
    draw = inspect.getsource(inspect.unwrap(draw_text.draw_first_line))
    # What the layer relies on: WeasyPrint maps a glyph only when it has no text yet, and
    # sets single-paragraph mode (a new layout) before it reads the glyphs.
    assert "if glyph_id not in font.to_unicode:" in draw
    assert "pango_layout_set_single_paragraph_mode" in draw
    build = inspect.unwrap(pdf_fonts._build_vector_font_dictionary)
    params = list(inspect.signature(build).parameters)
    assert params == ["font_dictionary", "pdf", "font", "widths", "compress", "reference",
                      "pdf_version"]


# Whole-word search in the dossier's text layer (issue 18). The lam-kaf words came out with a
# doubled lam or a tatweel (الممللكة, الـكربون) in every extractor; words with a mark or a
# tucked letter (عضوًا, النووية) split in poppler, a Persian word lost its ZWNJ.
LAM_KAF = ["المملكة", "الكهرباء", "الكربون", "الكبرى", "الكثير", "الكواليس", "ممالک"]
SAMPLE = ["عضوًا", "تاريخيًا", "النووية", "رؤية", "جديدًا", "العسكرية", "السلام", "لا",
          "می‌خوانم", "کتاب‌ها", "Kazakhstan", "diplomacy"]
# A word-final tanwin in justified text: each word is a run of its own there, and the mark,
# drawn first and left of it, came out as a word of its own in poppler (هوية ً).
TANWIN = ["هويةً", "فريدةً", "شهادةً", "كمنارةٍ", "فضلاً"]
# Numbers in Arabic text: MuPDF reverses each right-to-left run in place and keeps the runs in
# drawing order, so the word a run starts with came out glued to the number drawn after it
# (أغلقت1991, المركزي2009).
NUMBERS = ["1991", "أغلقت", "2009", "المركزي", "بنك"]
ARABIC = (
    "المملكة والطاقة\n\n"
    "أعلنت المملكة أمس خطة جديدة لإنتاج الكهرباء من الشمس والرياح، وقال الوزير إن خفض "
    "انبعاثات الكربون هدف تاريخي للبلاد، وإن الشركات الكبرى ستشارك فيه، ويرى الكثير من "
    "الخبراء أن ما يجري خلف الكواليس أهم من الإعلان نفسه.\n\n"
    "وأصبحت البلاد عضوًا في الوكالة الدولية، وسجلت تاريخيًا تقدمًا جديدًا في الطاقة "
    "النووية السلمية، وفق رؤية الحكومة، بعيدًا عن المنافسة العسكرية، ومن أجل السلام. "
    "لا تزال المفاوضات جارية.\n\n"
    "ومنحها موقعها بين آسيا وأوروبا هويةً فريدةً في المنطقة، فضلاً عن دورها كمنارةٍ للحوار، "
    "وتُعد مسيرتها على الساحة الدولية شهادةً على قوة الدبلوماسية الهادئة والصبورة التي "
    "اختارتها البلاد منذ استقلالها قبل أكثر من ثلاثين عامًا.\n\n"
    "في عام 1991، أغلقت الحكومة بنك 2009 المركزي.\n")
PERSIAN = (
    "انرژی در ممالک همسایه\n\n"
    "من هر روز خبرهای انرژی را می‌خوانم و کتاب‌ها و گزارش‌های تازه درباره ممالک همسایه را "
    "دنبال می‌کنم. به گفته کارشناسان، سرمایه‌گذاری در برق خورشیدی در این کشورها رو به "
    "افزایش است و دولت‌ها برنامه‌های تازه‌ای اعلام کرده‌اند.\n")
ENGLISH = (
    "Energy diplomacy in Central Asia\n\n"
    "Kazakhstan has made diplomacy the centre of its energy policy, and its neighbours are "
    "following the same path as new power lines cross the region.\n")


def _dossier_pdf(folder: Path, files: dict[str, str], layout: str = "") -> Path:
    """The PDF of a folder holding ``files`` (name: text), in ``layout`` or the default."""
    from pipeline import commands
    from pipeline.build import Options

    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    commands.render(Options(folder, out, overrides={"layout": {"pdf": layout}} if layout
                            else None), ("pdf",))
    return out / "dossier.pdf"


def _poppler(pdf: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True,
                          text=True, check=True)


def _pdfium(pdf: Path) -> str:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def _mupdf(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(str(pdf)) as doc:
        return "\n".join(page.get_text("text") for page in doc)


@pytest.fixture(scope="module")
def lam_kaf_pdf(tmp_path_factory) -> Path:
    return _dossier_pdf(tmp_path_factory.mktemp("lam-kaf"),
                        {"ar.txt": ARABIC, "fa.txt": PERSIAN, "en.txt": ENGLISH})


def _words(text: str) -> set[str]:
    # Letters, marks and digits, with a ZWNJ inside a word (Persian writes one in می‌خوانم).
    text = unicodedata.normalize("NFC", text)
    return set(regex.findall(r"[\p{L}\p{M}\p{N}\u200c]*[\p{L}\p{M}\p{N}]", text))


def test_poppler_finds_the_lam_kaf_words_and_the_rest_as_whole_words(lam_kaf_pdf):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = _poppler(lam_kaf_pdf, "-enc", "UTF-8").stdout
    found = _words(text)
    assert [w for w in LAM_KAF + SAMPLE + TANWIN if w not in found] == []
    assert not regex.search(r"للك|لـك|ـک", text)  # no doubled lam, no tatweel


def test_pdfium_finds_the_lam_kaf_words_and_the_rest_as_whole_words(lam_kaf_pdf):
    pytest.importorskip("pypdfium2")
    text = _pdfium(lam_kaf_pdf)
    found = _words(text)
    assert [w for w in LAM_KAF + SAMPLE if w not in found] == []
    # An empty ToUnicode entry made PDFium print the character code itself (U+0739 in
    # المملكة): no character of the Syriac block, which no source here writes.
    assert not regex.search(r"[\u0700-\u074f]", text)


def test_mupdf_finds_numbers_and_the_words_beside_them_as_whole_words(lam_kaf_pdf):
    pytest.importorskip("pymupdf")
    text = _mupdf(lam_kaf_pdf)
    found = _words(text)
    assert [w for w in NUMBERS + LAM_KAF + SAMPLE if w not in found] == []
    # Not even through a mark: the text has an Arabic letter mark before each number.
    assert not regex.search(r"\p{L}\p{Cf}*(?:1991|2009)|(?:1991|2009)\p{Cf}*\p{L}", text)


def test_the_span_writer_keeps_two_pen_moves_apart():
    # WeasyPrint writes a kerning of 0 and then a glyph's offset as ``>0<>-37.2<``; the writer
    # drops the empty string between them, and "0-37.2" is no PDF number: MuPDF stopped at it
    # and lost the rest of the line, poppler warned "Badly formatted number".
    class Stream:
        def __init__(self) -> None:
            self.arrays: list[str] = []

    stream = Stream()
    writer = pdf_text._SpanWriter(stream, stream.arrays.append, {})
    writer("<0037>0<>-37.2<0001>-35<0746>0<0741>0<>0.0<>-34.1<0001>")
    tokens = [t for array in stream.arrays for t in regex.findall(r"<[0-9a-f]*>|[^<>\s]+", array)]
    numbers = [t for t in tokens if not t.startswith("<")]
    assert all(regex.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)", n) for n in numbers), numbers
    assert numbers == ["0", "-37.2", "-35", "0", "0", "0.0", "-34.1"]


# A justified line of full-width Arabic where a kerning rounded to 0 meets a glyph moved off its
# pen position: the line MuPDF lost from وللقيام to the end of a lam-kaf word.
CLIMATE = (
    "دبلوماسية المناخ\n\n"
    "أصبحت بلادنا عضوا كامل العضوية في منظمة التجارة العالمية وطرفا في اتفاقية باريس لمكافحة "
    "تغير المناخ. في الوقت نفسه أصبحت دبلوماسية المناخ مجالًا مهمًا جديدًا للسياسة الخارجية. "
    "نواجه اليوم مهمة طموحة – ألا وهي إزالة الكربون من الاقتصاد بحلول عام 2060. وللقيام بذلك "
    "نقوم بتطوير مفهوم للتنمية منخفضة الكربون. نحن نشجع بشكل منهجي مصادر الطاقة المتجددة "
    "والتي يجب أن تصل حصتها في ميزان الطاقة في البلاد إلى 15٪ بحلول عام 2030، ونحن نشارك "
    "بنشاط في العمليات العالمية لتطوير الاقتصاد “الأخضر”.\n")


def test_full_width_arabic_parses_cleanly_and_mupdf_keeps_every_word(tmp_path):
    pymupdf = pytest.importorskip("pymupdf")
    pdf = _dossier_pdf(tmp_path, {"ar.txt": CLIMATE}, "interleaved")
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    text = _mupdf(pdf)
    assert "syntax error" not in pymupdf.TOOLS.mupdf_warnings(reset=True)
    assert [w for w in _words(CLIMATE) if w not in _words(text)] == []
    if shutil.which("pdftotext"):
        assert "Syntax" not in _poppler(pdf).stderr


# Compounds written with a hyphen, which WeasyPrint may break after: poppler joined the two
# halves of any line ending in "-" and dropped the hyphen ("GießenNord").
COMPOUNDS = ["Gießen-Nord", "Philipps-Universität", "Lahn-Dill-Kreis", "Rhein-Main-Gebiet",
             "Marburg-Biedenkopf", "Baden-Württemberg", "Nordrhein-Westfalen", "Sachsen-Anhalt",
             "Mecklenburg-Vorpommern", "Schleswig-Holstein", "Rheinland-Pfalz", "Hessen-Kassel"]


def test_poppler_keeps_a_compound_broken_after_its_hyphen(tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    sentences = [f"Die Polizei in {a} meldet, dass die Stelle in {b} heute {n} Hinweise "
                 f"aus {c} erhielt." for n, (a, b, c) in enumerate(zip(
                     COMPOUNDS, COMPOUNDS[5:] + COMPOUNDS[:5], COMPOUNDS[7:] + COMPOUNDS[:7],
                     strict=True))]
    pdf = _dossier_pdf(tmp_path, {"de.md": "---\ntitle: Meldungen aus Hessen\nlang: de\n---\n\n"
                                          + " ".join(sentences * 2) + "\n"}, "parallel")
    lines = _poppler(pdf, "-raw").stdout.splitlines()
    # The test means something only where a line ends at a compound's hyphen.
    assert sum(1 for x in lines if regex.search(r"\p{L}-\u200b?$", x)) >= 2
    text = _poppler(pdf, "-enc", "UTF-8").stdout
    halves = {h for c in COMPOUNDS for h in c.split("-")}
    assert sorted(halves - _words(text)) == []
    joined = {c.replace("-", "") for c in COMPOUNDS} | {
        a + b for c in COMPOUNDS
        for a, b in zip(c.split("-"), c.split("-")[1:], strict=False)}
    assert sorted(joined & _words(text)) == []


# A letter and its marks in one cluster, a glyph each (أُ in أُنجز, the ُّ of اتُّخذ): as one
# unit in an ActualText span over glyphs drawn with a rise, PDFium dropped the marks (اتخذ) and
# MuPDF said them twice (أُأُنجز, اتُُّّخذ).
VOCALISED = ["أُنجز", "اتُّخذ", "العمل", "بالتوافق", "و35", "تدريجياً", "السوق"]


def test_pdfium_and_mupdf_keep_the_marks_of_a_cluster_in_place(tmp_path):
    pytest.importorskip("pypdfium2")
    pytest.importorskip("pymupdf")
    # و35: a number written against its word, which MuPDF's separators must not split.
    pdf = _dossier_pdf(tmp_path, {"ar.txt": (
        "القرار\n\nوقال المتحدث إن نحو 2.4 مليون تتراوح أعمارهم بين 18 و35 عاماً. وأضاف أن "
        "الهيئة ستعمل على ذلك، مشيراً إلى أن الوضع لا يزال هشّاً، وأن القرار اتُّخذ بالتوافق "
        "بعد أن أُنجز العمل الذي يُعدّ من أهمّ المشاريع هذا العام أيضاً.\n\n"
        # A paragraph's last line starts, drawn left to right, with its full stop and the
        # tanwin: MuPDF read them left to right and put them before the line (.ًالسوق).
        "وناقش الاجتماع خطة إعادة الكميات المخفّضة إلى السوق تدريجياً.\n")}, "interleaved")
    text = _pdfium(pdf)
    # PDFium still reads a space between the two marks of اتُّخذ (a jump forward), and puts
    # a word-final tanwin after the full stop drawn beside it (تدريجيا.ً).
    assert {w for w in VOCALISED if w not in _words(text)} <= {"اتُّخذ", "تدريجياً"}
    text = _mupdf(pdf)
    # MuPDF keeps right-to-left runs in drawing order: the number comes out before و.
    assert [w for w in VOCALISED if w not in _words(text) and w != "و35"] == []
    assert "أُأُ" not in text
