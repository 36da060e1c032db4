"""The PDF set as a book designer and a copy editor would have it (issue 17): hyphenation,
page breaks, the contents page, notes and the front and back matter, on dossiers the tests
write."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import regex as re

from pipeline import commands
from pipeline.build import Options
from pipeline.render.hyphenate import SHY, Rules, soft_hyphens

from .pdftext import pdftotext

WORDS = ["international", "cooperation", "considerably", "strengthened", "multilateral",
         "institutions", "notwithstanding", "considerable", "disagreements", "regarding",
         "environmental", "responsibilities", "Kazakhstan", "Organisation", "UNESCO", "COVID-19",
         "parliamentary", "representatives", "acknowledged", "extraordinary", "achievements",
         "establishing", "comprehensive", "partnerships"]


def _essay(folder: Path, paragraphs: int = 14, size: str = "A5", layout: str = "en") -> Path:
    """An English article of long words, names and acronyms, to be set in a narrow page."""
    folder.mkdir(parents=True, exist_ok=True)
    paras = []
    for k in range(paragraphs):
        ws = [WORDS[(i * 7 + k * 3) % len(WORDS)] for i in range(70)]
        paras.append(" ".join([ws[0].capitalize(), *ws[1:]]) + " possible.")
    (folder / "001_essay.md").write_text(
        "---\ntitle: Essay on Cooperation\nlang: en\n---\n\n" + "\n\n".join(paras) + "\n",
        encoding="utf-8")
    (folder / "dossier.toml").write_text(
        f'[layout]\npdf = "{layout}"\npage_size = "{size}"\n', encoding="utf-8")
    return folder


def _page_lines(pdf: Path) -> list[list[str]]:
    """Each page's text lines, running heads and folio cropped off."""
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from pypdf import PdfReader

    box = PdfReader(str(pdf)).pages[0].mediabox
    text = subprocess.run(["pdftotext", "-layout", "-x", "0", "-y", "50", "-W",
                           str(int(box.width)), "-H", str(int(box.height) - 100), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    # poppler wraps right-to-left lines in embedding controls
    text = re.sub("[\u202a-\u202e\u2066-\u2069\u061c]", "", text)
    return [[line.strip() for line in page.splitlines() if line.strip()]
            for page in text.split("\f")]


def _hyphenated(line: str) -> bool:
    return bool(re.search(r"\p{L}[-\u2010]$", line))


# --- hyphenation --------------------------------------------------------------------------

def test_only_lower_case_words_get_break_points_never_the_last_word():
    html = ('<p class="en paragraph" lang="en">Kazakhstan and UNESCO discussed COVID-19 '
            'responsibilities with considerable seriousness and <bdi dir="rtl">كازاخستان</bdi> '
            'representatives <span class="origin"><span>Reviewed translation</span></span>'
            'afterwards acknowledged achievements</p>'
            '<h3 class="en heading" lang="en">International responsibilities</h3>')
    out = soft_hyphens(html, Rules())
    words = re.findall(r"[\p{L}\u00ad]+", out)
    broken = {w.replace(SHY, "") for w in words if SHY in w}
    assert {"responsibilities", "considerable", "seriousness", "representatives",
            "afterwards"} <= broken
    assert not broken & {"Kazakhstan", "UNESCO", "COVID", "achievements",
                         "International", "translation", "Reviewed"}
    assert 'data-hy="1"' in out and "data-hy=\"2\"" not in out  # the heading is not marked


def test_english_is_hyphenated_by_a_copy_editors_rules(tmp_path):
    out = tmp_path / "out"
    commands.render(Options(_essay(tmp_path / "essay"), out), ("pdf",))
    pages = _page_lines(out / "dossier.pdf")
    lines = [line for page in pages for line in page]
    hyphenated = [i for i, line in enumerate(lines) if _hyphenated(line)]
    assert len(hyphenated) >= 3  # lines of long words: hyphenation is on
    for i in hyphenated:
        fragment = re.search(r"(\p{L}+)[-\u2010]$", lines[i]).group(1)
        assert fragment[0].islower() and len(fragment) >= 3, lines[i]  # no names, acronyms
        after = lines[i + 1].split()[0]
        assert len(re.sub(r"\P{L}", "", after)) >= 3, (lines[i], lines[i + 1])
        assert after != "possible.", (lines[i], lines[i + 1])  # never the paragraph's last word
    runs = [i for i in hyphenated if i - 1 in hyphenated and i - 2 in hyphenated]
    assert runs == [], [lines[i] for i in runs]
    for page in pages:  # no word split across a page turn
        if page:
            assert not _hyphenated(page[-1]), page[-1]
    share = len(hyphenated) / len(lines)
    assert share < 0.25


# --- page breaks --------------------------------------------------------------------------

def _sections(folder: Path, size: str = "A5", layout: str = "en", title: str = "Sections") -> Path:
    """An English article of many short sections, each a heading and paragraphs of varied
    length, so that headings and passage numbers fall near page feet."""
    folder.mkdir(parents=True, exist_ok=True)
    parts = [f"# {title}"]  # the article's title: its first heading
    for k in range(24):
        parts.append(f"## Section heading number {k + 1}")
        for j in range(1 + k % 3):
            n = 18 + (k * 13 + j * 29) % 70
            ws = [WORDS[(i * 5 + k + j) % len(WORDS)] for i in range(n)]
            parts.append(" ".join([ws[0].capitalize(), *ws[1:]]) + " ends here.")
    (folder / "001_sections.md").write_text(
        "---\nlang: en\n---\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    (folder / "dossier.toml").write_text(
        f'[layout]\npdf = "{layout}"\npage_size = "{size}"\n', encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", ["A5", "Letter"])
def test_no_page_ends_with_a_heading_or_a_lone_passage_number(tmp_path, size):
    out = tmp_path / "out"
    commands.render(Options(_sections(tmp_path / "src", size), out), ("pdf",))
    pages = _page_lines(out / "dossier.pdf")
    body = [p for p in pages if p and not any("Colophon" in line or "Sources" in line
                                                for line in p)]
    assert len(body) >= 4
    for page in body:
        last = page[-1]
        assert not re.fullmatch(r"§\s*\d+\.\d+", last), page[-3:]
        assert not last.startswith("Section heading number"), page[-3:]
        # a heading's number ends a page only with its heading's text after it on that page
        if re.fullmatch(r"§\s*\d+\.\d+", page[-2]):
            assert not page[-1].startswith("Section heading"), page[-3:]


def test_running_heads_stay_on_one_line(tmp_path):
    title = ("A very long title about international cooperation and multilateral institutions "
             "that no running head could hold on one line of the page")
    src = _sections(tmp_path / "src", "A5", title=title)
    out = tmp_path / "out"
    commands.render(Options(src, out), ("pdf",))
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for page in (5, 6, 7):  # the article's pages (cover, contents, guide first)
        head = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), "-y",
                               "0", "-H", "55", "-W", "600", "-x", "0", str(out / "dossier.pdf"),
                               "-"], capture_output=True, text=True, check=True).stdout
        lines = [line for line in head.splitlines() if line.strip()]
        assert len(lines) == 1, lines  # one line, cut at a word
        assert lines[0].endswith("…"), lines
        assert lines[0].split()[-1].rstrip("…") in title.split(), lines


# --- front and back matter, notes -----------------------------------------------------------

ARABIC_TEXT = ("أكدت الحكومة أن السياسة الخارجية تقوم على التوازن والتعاون مع جميع الدول "
          "وأن الدبلوماسية الوقائية تبقى أداة أساسية لحل النزاعات الإقليمية بالطرق السلمية "
          "كما شددت على أهمية الشراكات الاقتصادية والاستثمارات المشتركة في المنطقة")
ARABIC = ARABIC_TEXT.split()


def _arabic(folder: Path, files: int = 1, byline: bool = True, layout: str = "source",
            size: str = "A4", paragraphs: int = 6) -> Path:
    """Arabic articles: a title, a byline with its word ('بقلم:'), full paragraphs, one cut
    off mid-sentence and one ending with a stray fragment."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        body = []
        for k in range(paragraphs):
            ws = [ARABIC[(i * 3 + k + n) % len(ARABIC)] for i in range(40 + 9 * k)]
            body.append(" ".join(ws) + ".")
        # a stray fragment, and a paragraph cut off mid-sentence (unlike the others, which the
        # merge stage would take for repeats)
        body.insert(2, "زار الوفد العاصمة الشهر الماضي والتقى عددا من المسؤولين في وزارة "
                       "الاقتصاد لبحث مشاريع النقل والطاقة. الأمن الإقليمي.")
        body.insert(4, "وقال المتحدث إن المحادثات تناولت ملفات المياه والحدود والتجارة عبر "
                       "الممرات البرية الجديدة وإن اللجان الفنية ستجتمع قريبا لمتابعة ما اتفق عليه "
                       "الطرفان خلال الزيارة وهذا ما أكده المتحدث الرسمي باسم")
        head = "بقلم: سمير الخطيب\n\n" if byline else ""
        (folder / f"00{n}_article.txt").write_text(
            f"السياسة الخارجية والتعاون الإقليمي {n + 1}\n\n{head}" + "\n\n".join(body) + "\n",
            encoding="utf-8")
    (folder / "dossier.toml").write_text(
        f'[layout]\npdf = "{layout}"\npage_size = "{size}"\n', encoding="utf-8")
    return folder


def _html(src: Path, out: Path) -> str:
    from pipeline.build import run_text_stages
    from pipeline.render.pdf import html_for

    dossier, _ = run_text_stages(Options(src, out))
    return html_for(dossier, Options(src, out))[0]


def _text(html: str) -> str:
    from lxml import html as lxml_html

    return lxml_html.fromstring(html.encode()).text_content()


def test_sources_leave_out_empty_columns_and_give_bylines_as_names(tmp_path):
    from lxml import html as lxml_html

    html = _html(_arabic(tmp_path / "with", layout="parallel"), tmp_path / "out1")
    doc = lxml_html.fromstring(html.encode())
    heads = [th.text_content() for th in doc.xpath("//table[contains(@class,'sources')]//th")]
    assert "Author" in heads and "Date" not in heads  # no article has a date
    cells = " ".join(td.text_content() for td in doc.xpath(
        "//table[contains(@class,'sources')]//td"))
    assert "سمير الخطيب" in cells and "بقلم" not in cells
    html = _html(_arabic(tmp_path / "without", byline=False, layout="parallel"),
                 tmp_path / "out2")
    heads = [th.text_content() for th in lxml_html.fromstring(html.encode()).xpath(
        "//table[contains(@class,'sources')]//th")]
    assert "Author" not in heads and "Date" not in heads and "Title" in heads


def test_counts_agree_with_their_nouns(tmp_path):
    one = _text(_html(_arabic(tmp_path / "one", layout="parallel"), tmp_path / "o1"))
    assert "from 1 source file:" in one and "(s)" not in one
    two = _text(_html(_arabic(tmp_path / "two", files=2, layout="parallel"), tmp_path / "o2"))
    assert "from 2 source files:" in two and "(s)" not in two


def test_editors_notes_quote_from_a_word_start_and_a_fragment_once(tmp_path):
    from lxml import html as lxml_html

    html = _html(_arabic(tmp_path / "src", layout="parallel"), tmp_path / "out")
    notes = [p.text_content() for p in lxml_html.fromstring(html.encode()).xpath(
        "//p[contains(@class,'ed-note')]")]
    cut = [n for n in notes if "breaks off mid-sentence" in n]
    assert cut, notes
    quoted = cut[0][cut[0].index("(") + 1:cut[0].rindex(")")]
    assert quoted.startswith("…")
    cut_text = ("وقال المتحدث إن المحادثات تناولت ملفات المياه والحدود والتجارة عبر الممرات البرية "
                "الجديدة وإن اللجان الفنية ستجتمع قريبا لمتابعة ما اتفق عليه الطرفان خلال الزيارة "
                "وهذا ما أكده المتحدث الرسمي باسم")
    assert quoted[1:].split()[0] in cut_text.split()  # a whole word, not the end of one
    assert cut_text.endswith(quoted[1:].strip())
    stray = [n for n in notes if "stray fragment" in n]
    assert stray and all(n.count("الأمن الإقليمي") == 1 for n in stray), stray
    assert all(".”." not in n for n in notes)


def test_the_source_layout_speaks_the_dossiers_language(tmp_path):
    text = _text(_html(_arabic(tmp_path / "src", layout="source"), tmp_path / "out"))
    for arabic in ("المحتويات", "كيف يُقرأ هذا الملف", "المصادر", "مسرد المصطلحات",
                   "بيانات الإصدار", "ملاحظة المحرر:", "تنقطع الفقرة في المصدر", "المصدر:",
                   "العربية؛"):
        assert arabic in text, arabic
    for english in ("How to read this dossier", "Editor’s note", "Colophon", "Glossary",
                    "Merged passages", "breaks off mid-sentence", "Source:", "(Arabic;"):
        assert english not in text, english
    # the same dossier in the parallel layout reads in English
    text = _text(_html(_arabic(tmp_path / "src2", layout="parallel"), tmp_path / "out2"))
    assert "How to read this dossier" in text and "Editor’s note" in text


def test_a_contents_leader_never_takes_a_line_of_its_own(tmp_path):
    # Titles of every length from one line to two: one of them ends at the line's end.
    src = tmp_path / "src"
    src.mkdir()
    line = "Kazakhstan and the Building of Peace Stability Dialogue Cooperation"
    words = line.split()
    for n in range(14):
        title = " ".join(words[i % len(words)] for i in range(6 + n))
        (src / f"{n:03d}_t.md").write_text(
            f"---\ntitle: {title} {n}\nlang: en\n---\n\nA short article about {n} things.\n",
            encoding="utf-8")
    (src / "dossier.toml").write_text('[layout]\npdf = "en"\npage_size = "A5"\n',
                                      encoding="utf-8")
    out = tmp_path / "out"
    commands.render(Options(src, out), ("pdf",))
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    contents = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "3",
                               str(out / "dossier.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
    lines = [line.strip() for line in contents.splitlines() if line.strip()]
    entries = [line for line in lines if re.search(r"\p{L}.*\s\d+$", line)]
    assert len(entries) >= 14  # every entry's page number is on a line with its title's words
    alone = [line for line in lines if re.fullmatch(r"[\s\u00a0]*\.[.\s\u00a0]*\d*", line)]
    assert alone == []


# --- Arabic justification -------------------------------------------------------------------

def test_justified_arabic_has_no_wide_gaps_or_one_word_last_lines(tmp_path):
    import weasyprint
    from weasyprint.formatting_structure import boxes as B

    from pipeline.render.hyphenate import bind_last_words, settle
    from pipeline.render.pagination import gap_fixer, loose_paragraphs

    html = _html(_arabic(tmp_path / "src", layout="parallel", size="A5", paragraphs=10),
                 tmp_path / "out")
    assert html == bind_last_words(html)  # the HTML the PDF is laid out from binds them

    def lay_out(h: str):  # noqa: ANN202
        return weasyprint.HTML(string=h, base_url=str(tmp_path)).render()

    assert loose_paragraphs(lay_out(html), 4.0)  # narrow columns: some spaces are too wide
    _, document = settle(html, lay_out, Rules(passes=4), (gap_fixer(4.0),))
    assert loose_paragraphs(document, 4.0) == set()

    last_lines: dict[int, str] = {}

    def walk(box, para):  # noqa: ANN001, ANN202
        element = getattr(box, "element", None)
        if element is not None and not isinstance(box, B.TextBox) and element.tag == "p":
            para = element if element.get("dir") == "rtl" else None
        if isinstance(box, B.LineBox):
            if para is not None:
                last_lines[id(para)] = "".join(
                    t.text for t in box.descendants() if isinstance(t, B.TextBox))
            return
        for child in getattr(box, "children", None) or []:
            walk(child, para)

    for page in document.pages:
        walk(page._page_box, None)
    assert len(last_lines) >= 10
    assert all(len(line.split()) >= 2 for line in last_lines.values()), last_lines



def _sweep(folder: Path, english: bool) -> Path:
    """Arabic sections, a heading and one long passage each, of lengths stepping through a page
    of A5's narrow parallel columns, so that each heading falls at another height."""
    import polib

    (folder / "en").mkdir(parents=True)
    parts = ["# السياسة الخارجية والتعاون الإقليمي"]
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    for k in range(16):
        heading = f"القسم رقم {k + 1} من الملف"
        n = 100 + (k * 11) % 140
        text = " ".join(ARABIC[(i * 3 + k) % len(ARABIC)] for i in range(n)) + "."
        parts += ["## " + heading, text]
        if english:
            po.append(polib.POEntry(msgid=heading, msgstr=f"Section number {k + 1}"))
            po.append(polib.POEntry(msgid=text, msgstr=" ".join(
                WORDS[(i * 5 + k) % len(WORDS)] for i in range(n)).capitalize() + "."))
    po.save(str(folder / "en" / "articles.po"))
    (folder / "001_sections.md").write_text("---\nlang: ar\n---\n\n" + "\n\n".join(parts)
                                            + "\n", encoding="utf-8")
    (folder / "dossier.toml").write_text('[layout]\npdf = "parallel"\npage_size = "A5"\n',
                                         encoding="utf-8")
    return folder


def test_poppler_reads_the_parallel_columns_apart():
    # The § label stood between the columns and bridged them: pdftotext (Evince, indexers)
    # read the seeds' English and Arabic as one column, their lines interleaved, so a word
    # hyphenated at a line end ("medi‐", "epidemio‐") went on with Arabic (issue 18).
    from .conftest import SEEDS

    out = Path(tempfile.mkdtemp())
    commands.render(Options(SEEDS, out, overrides={"layout": {"pdf": "parallel"}}), ("pdf",))
    text = pdftotext(out / "dossier.pdf")
    shutil.rmtree(out)
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    broken = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a.endswith("\u2010")]
    assert len(broken) > 20
    assert [(a, b) for a, b in broken if not re.match(r"\p{Ll}", b)] == []
    assert [x for x in lines if "\u2010 " in x] == []


def test_an_article_starts_its_text_on_its_first_page(tmp_path):
    # The first passage, after a section heading, did not fit under the article's header:
    # the header stood alone on the article's first page.
    out = tmp_path / "out"
    commands.render(Options(_sweep(tmp_path / "src", english=False), out), ("pdf",))
    pages = _page_lines(out / "dossier.pdf")
    first = next(p for p in pages if any(line.startswith("ARTICLE 1") for line in p))
    assert any("القسم رقم" in line for line in first), first


def _fill(pdf: Path) -> list[float]:
    """Each page's fill: the bottom of its lowest text over the text area (20 mm margins)."""
    pymupdf = pytest.importorskip("pymupdf")

    fills = []
    with pymupdf.open(str(pdf)) as doc:
        for page in doc:
            top, bottom = 20 * 72 / 25.4, page.rect.height - 20 * 72 / 25.4
            ys = [b[3] for b in page.get_text("blocks") if top <= b[1] and b[3] <= bottom]
            fills.append((max(ys) - top) / (bottom - top) if ys else 0.0)
    return fills


def test_a_heading_never_stands_alone_on_a_page():
    # The seeds in A5 parallel: "International Efforts" (§ 2.18), moved to a new page by its
    # break-after: avoid, stood alone there, its passage starting the page after; and § 2.8,
    # its origin label a float, was not split but moved whole, leaving page 13 at 63 %.
    from .conftest import SEEDS

    out = Path(tempfile.mkdtemp())
    commands.render(Options(SEEDS, out, overrides={"layout": {"pdf": "parallel",
                                                             "page_size": "A5"}}), ("pdf",))
    pages = _page_lines(out / "dossier.pdf")
    fills = _fill(out / "dossier.pdf")
    shutil.rmtree(out)
    first = pages.index(next(p for p in pages if any("ARTICLE 1" in x for x in p)))
    end = pages.index(next(p for p in pages[first:] if any("Sources" in x for x in p)))
    assert end - first > 40
    # a page stopping short ends an article, the next one starting a new article (or Sources)
    short = [(k + 1, round(fills[k], 2), pages[k][-2:]) for k in range(first, end - 1)
             if fills[k] < 0.7 and not any(x.startswith("ARTICLE") for x in pages[k + 1])]
    assert short == []


def test_a_table_after_a_heading_counts_as_the_text_it_keeps_with():
    # The heading over a table stood at a page foot with the table, the passage after the
    # table on the next page: page_faults saw no table (its rows were no passages) and moved
    # the heading over, leaving the page before it a third full.
    import weasyprint

    from pipeline.render.pagination import page_faults

    rows = "".join(f'<tr id="a-{k:02d}"><td class="num">1.{k}</td><td>cell {k}</td></tr>'
                   for k in range(3, 7))
    html = f"""<html><head><style>@page {{ size: A5; margin: 20mm }}
      .pair {{ display: table; width: 100% }} .pair > div {{ display: table-cell }}
      .kind-heading {{ break-after: avoid }} .short {{ break-inside: avoid }}
    </style></head><body><section class="article" id="a">
    <div class="pair kind-paragraph" id="a-01"><div style="height: 110mm">text</div></div>
    <div class="pair kind-heading short" id="a-02"><div><h3>The figures</h3></div></div>
    <div class="block kind-table"><table>{rows}</table></div>
    <div class="pair kind-paragraph" id="a-07"><div style="height: 60mm">text</div></div>
    </section></body></html>"""
    document = weasyprint.HTML(string=html).render()
    assert len(document.pages) == 2
    assert page_faults(document) == (set(), set(), set())


def test_a_split_takes_back_the_page_breaks_after_it():
    # A page break found in one layout is stale once a passage before it is split: the split
    # moves everything after it up, and the break would leave a page half empty.
    import weasyprint

    from pipeline.render.pagination import fix_pages, page_faults

    html = """<html><head><style>@page { size: A5; margin: 20mm }
      .pair { display: table; width: 100% } .pair > div { display: table-cell }
      .short { break-inside: avoid } [data-break] { break-before: page }
    </style></head><body><section class="article" id="a">
    <div class="pair kind-paragraph" id="a-01"><div style="height: 50mm">text</div></div>
    <div class="pair kind-paragraph short" id="a-02"><div style="height: 140mm">text</div></div>
    <div class="pair kind-heading short" data-break="page" id="a-03"><div><h3>Then</h3></div></div>
    <div class="pair kind-paragraph" id="a-04"><div style="height: 20mm">text</div></div>
    </section></body></html>"""
    document = weasyprint.HTML(string=html).render()
    assert page_faults(document) == (set(), {"a-02"}, {"a-03"})
    fixed = fix_pages(html, document)
    assert 'data-split id="a-02"' in fixed.replace("  ", " ")
    assert 'data-break="page"' not in fixed


def test_a_long_passage_label_stays_clear_of_the_text_beside_it(tmp_path):
    # The label column was 6 mm whatever the labels: "12.10" ran into the text beside it, and
    # poppler read label and text as one word ("12.10Teilen"). It is now as wide as the
    # dossier's longest label.
    import random

    words = ("Polizei Stadt Bahnhof Fahrrad Sprecher Zeugen Anzeige Rahmennummer Streife "
                  "Gemeinde Universität Verwaltung Haushalt Bürger Straße Brücke Schule Markt "
                  "Gericht Feuerwehr Kreis Land Bund Semester Ticket Vertrag Preis Jahr Woche "
                  "meldet prüft sucht nennt bittet zählt schließt plant baut kauft öffnet "
                  "neue alte große kleine frühe späte rasche lange sichere teure")
    paras = [" ".join(random.Random(k).sample(words.split(), 14)).capitalize() + "."
             for k in range(1, 103)]
    (tmp_path / "001_polizei.md").write_text(
        "---\ntitle: Hinweise der Polizei\nlang: de\n---\n\n" + "\n\n".join(paras) + "\n",
        encoding="utf-8")
    out = tmp_path / "out"
    commands.render(Options(tmp_path, out, overrides={"layout": {"pdf": "parallel"}}), ("pdf",))
    tokens = pdftotext(out / "dossier.pdf").split()
    labels = [t for t in tokens if re.fullmatch(r"1\.\d+", t)]
    assert {"1.99", "1.100", "1.101", "1.102", "1.103"} <= set(labels)
    assert [t for t in tokens if re.match(r"1\.\d+\D", t)] == []
