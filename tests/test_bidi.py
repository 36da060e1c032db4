"""Bidi in every output, checked against an independent implementation of the Unicode
Bidirectional Algorithm (python-bidi, which wraps the Rust crate unicode-bidi).

The corpus (fixtures/bidi_lines.toml) holds lines a bidi implementation finds hard and, where
the writer means something the algorithm orders otherwise, the same line with isolates where
they are meant. What we emit (the markup applied) must read, in the algorithm's visual order,
as the line the writer meant; in the PDF, the glyphs WeasyPrint draws must stand in that order.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest
import regex as re
from lxml import etree

from pipeline import commands
from pipeline.build import Options
from pipeline.render.bidi import resolve, visual_order
from pipeline.render.markup import english_html, isolated_text, source_html

from .pdfglyphs import Glyph, lines, page_glyphs

bidi = pytest.importorskip("bidi", reason="python-bidi (the test extra) is not installed")

CORPUS = Path(__file__).parent / "fixtures" / "bidi_lines.toml"
LINES = tomllib.loads(CORPUS.read_text("utf-8"))["line"]
RTL_LANGS = {"ar", "fa", "ur"}
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def _id(line: dict) -> str:
    return f"{line['lang']}:{line['text'][:30]}"


def _rtl(line: dict) -> bool:
    return line["lang"] in RTL_LANGS


def _display(text: str, rtl: bool) -> str:
    """The algorithm's visual order (python-bidi), without the controls."""
    return re.sub(r"\p{Cf}", "", bidi.get_display(text, base_dir="R" if rtl else "L"))


class _Logical(HTMLParser):
    """Emitted HTML as the text a browser's bidi sees: an element with a dir attribute (and
    every <bdi>) is an isolate, as the HTML rendering rules make it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        direction = dict(attrs).get("dir")
        isolate = tag == "bdi" or direction is not None
        self.stack.append(isolate)
        if isolate:
            self.out.append({"ltr": LRI, "rtl": RLI}.get(direction or "", FSI))

    def handle_endtag(self, tag: str) -> None:
        if self.stack.pop():
            self.out.append(PDI)

    def handle_data(self, data: str) -> None:
        self.out.append(data)


def logical(html: str) -> str:
    parser = _Logical()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def emitted(line: dict, for_pdf: bool = False) -> str:
    if _rtl(line):
        return str(source_html(line["text"], line["lang"], for_pdf=for_pdf))
    return str(english_html(line["text"], "ar"))


# --- the resolver against python-bidi -------------------------------------------------------

@pytest.mark.parametrize("line", LINES, ids=_id)
def test_our_resolver_orders_each_line_as_python_bidi_does(line):
    for text in (line["text"], re.sub(r"\p{Cf}", "", line.get("intended", ""))):
        for rtl in (True, False):
            mine = "".join(text[i] for i in visual_order(text, rtl))
            assert mine == bidi.get_display(text, base_dir="R" if rtl else "L"), (text, rtl)


def test_our_resolver_agrees_with_python_bidi_on_generated_lines():
    """Every line of up to six characters from a small alphabet of every bidi class article
    text has (strong letters, both kinds of digits, separators, terminators, brackets, marks,
    spaces), in both directions, and a sample of longer ones."""
    import itertools
    import random

    alphabet = "aب1١-%,(]«\u064e "
    short = ["".join(p) for n in range(1, 5) for p in itertools.product(alphabet, repeat=n)]
    rng = random.Random(17)
    longer = ["".join(rng.choice(alphabet + "ج C2/:$)[") for _ in range(rng.randint(5, 24)))
              for _ in range(3000)]
    wrong = []
    for text in short + longer:
        for rtl in (True, False):
            mine = "".join(text[i] for i in visual_order(text, rtl))
            if mine != bidi.get_display(text, base_dir="R" if rtl else "L"):
                wrong.append((text, rtl))
    assert not wrong, wrong[:10]


# --- the markup ----------------------------------------------------------------------------

@pytest.mark.parametrize("for_pdf", [False, True], ids=["web", "pdf"])
@pytest.mark.parametrize("line", LINES, ids=_id)
def test_what_we_emit_reads_as_the_writer_meant(line, for_pdf):
    rtl = _rtl(line)
    html = emitted(line, for_pdf)
    assert re.sub(r"\p{Cf}", "", logical(html)) == re.sub(r"\p{Cf}", "", line["text"])
    assert _display(logical(html), rtl) == _display(line.get("intended", line["text"]), rtl)


def test_the_algorithm_alone_gets_the_marked_lines_wrong():
    """The corpus's `intended` lines are cases the algorithm orders against the writer: the
    markup test would pass on them with or without isolation otherwise."""
    for line in LINES:
        if "intended" in line:
            rtl = _rtl(line)
            assert _display(line["text"], rtl) != _display(line["intended"], rtl), _id(line)


def test_only_what_the_algorithm_gets_wrong_is_isolated():
    """In right-to-left text nothing but a reversed range is isolated: an acronym, a
    bracket, a percentage or a hyphenated number is left to the algorithm."""
    for line in LINES:
        if _rtl(line) and "intended" not in line:
            html = str(source_html(line["text"], line["lang"]))
            assert "<bdi" not in html, _id(line)
            assert not re.search(r"[\u2066-\u2069]", str(source_html(
                line["text"], line["lang"], for_pdf=True))), _id(line)


def test_issue_17_examples():
    html = str(source_html("رئاسة CICA (مؤتمر التفاعل وتدابير بناء الثقة في آسيا).", "ar"))
    assert html == "رئاسة CICA (مؤتمر التفاعل وتدابير بناء الثقة في آسيا)."
    assert str(source_html("في مواجهة كوفيد-19، حيث", "ar")) == "في مواجهة كوفيد-19، حيث"
    assert '<bdi dir="ltr" class="ltr">2017-2018</bdi>' in str(
        source_html("خلال الفترة 2017-2018 انضمت", "ar"))


def test_the_pdf_anchors_w2_numbers_with_an_arabic_letter_mark():
    """WeasyPrint resolves each line on its own: a number starting a line has no Arabic
    letter before it, W2 does not apply, and "50%" printed as "50%" there and "%50" inside a
    line. The ALM before it gives it the type the whole paragraph gives it."""
    text = "ارتفعت بنسبة 50% ثم 1,5 وفي 2017-2018 وقمة CICA 2022"
    pdf = str(source_html(text, "ar", for_pdf=True))
    assert pdf.count("\u061c") == 2
    assert "\u061c50%" in pdf and "\u061c1,5" in pdf
    assert "\u20662017-2018\u2069" in pdf and "CICA 2022" in pdf
    assert _display(pdf, True) == _display(text.replace("2017-2018", "\u20662017-2018\u2069"),
                                           True)



def test_a_number_written_against_its_word_gets_no_mark():
    # و35 ("and 35"), بـ2 ("by 2"): no line starts with the number, and the ALM split the
    # word in every extractor's text (و؜35).
    text = "بين 18 و35 عاماً، وارتفع بـ2 في المئة"
    pdf = str(source_html(text, "ar", for_pdf=True))
    assert "و35" in pdf and "بـ2" in pdf
    assert pdf.count("\u061c") == 1 and "\u061c18" in pdf
    assert _display(pdf, True) == _display(text, True)


def test_a_running_head_is_isolated_in_its_own_direction():
    head = isolated_text("30 عامًا من السياسة الدبلوماسية لكازاخستان", "ar")
    assert head.startswith(RLI) and head.endswith(PDI)
    # In a left-to-right margin box the number still stands at the right end.
    visual = _display(head, rtl=False)
    assert visual.endswith("30") and not visual.startswith("30")
    assert isolated_text("30 Years of Kazakhstan’s Diplomatic Policy", "en").startswith(LRI)


def test_a_resolved_paragraph_keeps_its_removed_characters_in_place():
    resolved = resolve("ا\u200cب 12", rtl=True)
    assert [r.level for r in resolved] == [1, 1, 1, 1, 2, 2]


# --- the PDF's glyphs ------------------------------------------------------------------------

_MIRRORS = str.maketrans({")": "(", "]": "[", "}": "{", ">": "<", "»": "«", "›": "‹"})
_ARABIC_LETTER = re.compile(r"^(?:(?=\p{L})\p{Arabic})+$")


def visual_key(items: list[str]) -> str:
    """What a reader sees, in a form two renderings of it share: marks and invisible
    characters dropped, a bracket and its mirror image counted alike (WeasyPrint names a
    glyph by the first text it drew it for), spaces collapsed, and each run of Arabic letters
    put back in reading order (a glyph stands for one letter or a ligature of several)."""
    cleaned = [re.sub(r"[\p{M}\p{Cf}\u0640]", "", item).translate(_MIRRORS) for item in items]
    out: list[str] = []
    run: list[str] = []
    for item in [*cleaned, None]:
        if item == "":  # a mark, or a glyph Amiri adds between joined letters
            continue
        if item is not None and _ARABIC_LETTER.match(item):
            run.append(item)
            continue
        out += run[::-1]
        run = []
        if item:
            out.append(item)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _render(body: str, tmp_path: Path) -> Path:
    import fontpkg

    faces = "".join(f'@font-face {{ font-family: "{name}"; '
                    f'src: url("{fontpkg.path(name).as_uri()}"); }}'
                    for name in ("Amiri", "Literata"))
    html = (f"<html><head><style>{faces} @page {{ size: 600mm 400mm; margin: 10mm; }}"
            "body { font-family: Literata, Amiri; font-size: 9pt; }"
            "p { margin: 0 0 5pt 0; } p[dir=rtl] { font-family: Amiri, Literata; }"
            f"</style></head><body>{body}</body></html>")
    out = tmp_path / "lines.pdf"
    source = tmp_path / "lines.html"
    source.write_text(html, encoding="utf-8")
    # WeasyPrint as it is, in a process of its own: once another test has put the PDF text
    # layer over it in this process, glyphs say their text differently (right-to-left units
    # reversed for extractors, blank separators), and the drawing order is what is tested.
    subprocess.run([sys.executable, "-c", "import sys, pathlib; from weasyprint import HTML; "
                    "HTML(string=pathlib.Path(sys.argv[1]).read_text('utf-8'))"
                    ".write_pdf(sys.argv[2])", str(source), str(out)],
                   check=True, capture_output=True)
    return out


def _rows(pdf: Path) -> list[list[Glyph]]:
    return [row for row in lines(page_glyphs(pdf, 1)) if "".join(g.text for g in row).strip()]


def test_the_pdf_draws_every_corpus_line_in_the_algorithms_order(tmp_path):
    """Each line set as the PDF sets it, one paragraph in its direction, and its glyphs read
    back left to right from the PDF's content stream (pypdf; pdftotext reorders)."""
    body = "".join(
        f'<p dir="{"rtl" if _rtl(line) else "ltr"}" lang="{line["lang"]}">'
        f"{emitted(line, for_pdf=True)}</p>" for line in LINES)
    rows = _rows(_render(body, tmp_path))
    assert len(rows) == len(LINES)
    wrong = []
    for line, row in zip(LINES, rows, strict=True):
        drawn = visual_key([g.text for g in row])
        meant = visual_key(list(_display(line.get("intended", line["text"]), _rtl(line))))
        if drawn != meant:
            wrong.append((line["note"], drawn, meant))
    assert not wrong, wrong


def test_the_old_markup_failed_the_glyph_check(tmp_path):
    """The check can fail: the markup issue 17 reported prints CICA against its bracket."""
    old = ('رئاسة <bdi dir="ltr" class="ltr">CICA (</bdi>مؤتمر التفاعل)',
           "رئاسة CICA (مؤتمر التفاعل)")
    rows = _rows(_render(f'<p dir="rtl" lang="ar">{old[0]}</p>', tmp_path))
    assert visual_key([g.text for g in rows[0]]) != visual_key(list(_display(old[1], True)))


def _gap_after(row: list[Glyph], word: str) -> float:
    text = "".join(g.text for g in row)
    at = text.index(word)
    before = row[at - 1] if at else None
    assert before is not None
    return row[at].x - (before.x + before.width)


def test_the_pdf_keeps_the_space_between_an_acronym_and_arabic_in_justified_text(tmp_path):
    """Issue 17: in a justified paragraph "تحول CICA إلى" printed as "CICAإلى" (WeasyPrint
    moved the acronym's inline box over the space). Built through the real templates."""
    src = tmp_path / "src"
    src.mkdir()
    sentence = ("وفي بيان صدر مؤخرا لوكالة أنباء كازينفورم، وهي إحدى أكبر وسائل الإعلام في "
                "كازخستان، أكد الأمين العام لـ CICA، خيرت ساريباي، أن تحول CICA إلى منظمة "
                "كاملة ساعد في تحديد مهامها الجديدة خلال رئاسة كازاخستان الثانية التي تستمر "
                "عامين.")
    (src / "a.txt").write_text("30 عامًا من السياسة الدبلوماسية لكازاخستان\n\n"
                               + "\n\n".join([sentence] * 40) + "\n", "utf-8")
    out = tmp_path / "out"
    commands.render(Options(src, out), ("pdf",))
    pdf = out / "dossier.pdf"
    from pypdf import PdfReader

    pages = len(PdfReader(str(pdf)).pages)
    gaps = []
    heads = []
    for page in range(1, pages + 1):
        for row in lines(page_glyphs(pdf, page)):
            for i in range(2, len(row) - 1):
                # "إلى CICA" drawn left to right: إ, a space, then C.
                if [g.text for g in row[i - 2:i + 2]] == ["إ", " ", "C", "I"]:
                    alif, space, c = row[i - 2], row[i - 1], row[i]
                    gaps.append(c.x - (alif.x + alif.width) - 0.8 * space.width)
            text = "".join(g.text for g in row)
            if row[0].y < 60 and "اًماع" in text:  # a running head
                heads.append(visual_key([g.text for g in row]))
    assert len(gaps) >= 10 and min(gaps) >= 0, gaps
    # The running head of the article's later pages: the 30 at its right end.
    assert heads and all(h.endswith("عامًا 30".replace("ً", "")) for h in heads), heads


@pytest.mark.parametrize("layout", ["source", "interleaved"])
def test_the_contents_of_a_book_read_right_to_left_isolate_their_entries(tmp_path, layout):
    """Issue 17: in the source ("ar") layout the book is Arabic and read right to left, and
    an English contents entry "30 Years of ..." read "Years of ... 30"."""
    import zipfile

    src = tmp_path / "src"
    src.mkdir()
    (src / "dossier.toml").write_text(f'[layout]\nepub = "{layout}"\n', "utf-8")
    (src / "a.txt").write_text("30 عامًا من السياسة الدبلوماسية لكازاخستان\n\n"
                               "احتفلت كازاخستان هذا العام بمرور 30 عامًا على حدث رمزي.\n",
                               "utf-8")
    out = tmp_path / "out"
    commands.render(Options(src, out), ("epub",))
    with zipfile.ZipFile(out / "dossier.epub") as z:
        nav = next(z.read(n).decode() for n in z.namelist() if n.endswith("nav.xhtml"))
    toc = nav[nav.index('epub:type="toc"'):]
    toc = toc[:toc.index("</nav>")]  # not the landmarks, which e-readers do not show
    # Each entry's English title is isolated in its own direction by its element's dir
    # attribute (an HTML isolate), inside a list that runs the book's way.
    doc = etree.fromstring(toc[toc.index("<ol"):].encode())
    assert doc.get("dir") == ("rtl" if layout == "source" else "ltr")
    titles = [t for t in doc.iter("{*}span") if "toc-t" in (t.get("class") or "")
              and t.get("lang") == "en"]
    assert titles and all(t.get("dir") == "ltr" for t in titles)
    arabic = [t for t in doc.iter("{*}span") if t.get("lang") == "ar"]
    assert any("30 عامًا" in "".join(t.itertext()) for t in arabic)
    assert all(t.get("dir") == "rtl" for t in arabic)
