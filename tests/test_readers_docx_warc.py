"""Word clippings (.docx) and web archives (.warc, .warc.gz) are read as articles, and whatever
in them is not an article is accounted for in the report."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import zipfile

import docx
import pytest
from docx.oxml import OxmlElement
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.build import Options
from pipeline.commands import clean
from pipeline.errors import BadArticle, PipelineError
from pipeline.readers import DOCX, WARC, reader_for
from pipeline.readers import docx as docx_reader
from pipeline.readers import warc as warc_reader

TITLE = "Kazakhstan expands oil exports through the Caspian"
ENGLISH = ("Kazakhstan shipped more crude through the Caspian Sea last month, the energy "
           "ministry said on Tuesday. Officials expect volumes to rise again in the autumn.")
ARABIC = ("أكد وزير الطاقة الكازاخستاني أن صادرات النفط عبر بحر قزوين ارتفعت بنسبة عشرة في "
          "المئة خلال الشهر الماضي. وأضاف أن بلاده تسعى إلى مضاعفة قدرة خط الأنابيب.")
CLOSING = "The ministry will publish its next export figures in July, a spokesman said."
HEADER = "Al-Ahram Weekly — press clippings, desk copy"


def _clipping(path, *, date_line: str | None = None, comment: str | None = None) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = HEADER
    d.add_paragraph("ECONOMY")
    d.add_paragraph(TITLE, style="Title")
    if date_line:
        d.add_paragraph(date_line)
    d.add_paragraph("Trade routes", style="Heading 1")
    d.add_paragraph(ENGLISH)
    rtl = d.add_paragraph(ARABIC)
    rtl._p.get_or_add_pPr().append(OxmlElement("w:bidi"))  # a right-to-left paragraph
    for run in rtl.runs:
        run.font.rtl = True
    d.add_paragraph("Pipeline capacity doubled", style="List Bullet")
    d.add_paragraph("We are ready to ship more", style="Quote")
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Month", (0, 1): "Tonnes", (1, 0): "May",
                         (1, 1): "1.2 million"}.items():
        table.cell(r, c).text = text
    d.add_paragraph("")
    last = d.add_paragraph(CLOSING)
    if comment:
        d.add_comment(last.runs, text=comment, author="Desk")
    props = d.core_properties
    props.author = "Aigerim Nurlanovna"
    props.created = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.UTC)
    props.language = "en-GB"
    d.save(path)


def _clean(src, tmp_path):
    clean(Options(src, tmp_path / "out"))
    data = json.loads((tmp_path / "out" / "stages" / "clean.json").read_text(encoding="utf-8"))
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    return data["articles"], report


def test_a_word_clipping_is_one_article_with_its_structure_and_metadata(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    _clipping(src / "clip.docx", comment="Check the tonnage with the ministry")
    [art], report = _clean(src, tmp_path)
    kinds = [(b["kind"], b["text"]) for b in art["blocks"]]
    # The Title-style paragraph is the title although a rubric stands above it.
    assert kinds[0] == ("title", TITLE)
    assert ("heading", "Trade routes") in kinds
    assert ("paragraph", ARABIC) in kinds  # right-to-left text read in logical order
    assert ("item", "Pipeline capacity doubled") in kinds  # a list item is body text
    assert ("quote", "We are ready to ship more") in kinds
    assert ("row", "Month | Tonnes") in kinds and ("row", "May | 1.2 million") in kinds
    assert kinds[-1] == ("paragraph", CLOSING)
    # The document's author and creation date are the clipping's, not the article's: kept as
    # who saved the copy and when, never passed off as its byline and date.
    assert art["author"] is None and art["captured_by"] == "Aigerim Nurlanovna"
    assert art["date"] is None and art["captured"] == "2024-05-14"
    assert art["encoding"] == "DOCX (UTF-8 XML)" and art["line_endings"] == "n/a"
    # A line is a paragraph or a table row, in document order; the empty one is blank.
    blocks = {b["text"]: b["lines"] for b in art["blocks"]}
    assert blocks[TITLE] == [2] and blocks["ECONOMY"] == [1] and blocks[CLOSING] == [11]
    assert art["line_count"] == 11
    assert {r["line"]: r["action"] for r in art["lines"]}[10] == "blank"
    # The page header and the comment are not the article, and not lost either.
    [entry] = report["articles"]
    removed = {r["text"]: r["rule"] for r in entry["extractor_removed"]}
    assert removed == {f"header: {HEADER}": "docx-furniture",
                       "comment: Check the tonnage with the ministry": "docx-furniture"}
    assert not any(HEADER in b["text"] for b in art["blocks"])
    files = {f["name"]: f for f in report["files"]}
    assert files["clip.docx"]["status"] == "article" and files["clip.docx"]["articles"] == 1


def test_a_date_in_the_clipping_beats_the_date_the_clipping_was_made(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    _clipping(src / "clip.docx", date_line="2024-03-02")
    [art], _ = _clean(src, tmp_path)
    assert art["date"] == "2024-03-02"


def test_the_readers_metadata_for_a_clipping(tmp_path):
    path = tmp_path / "clip.docx"
    _clipping(path)
    raw = docx_reader.read(path, path.read_bytes()).found[0].parse()
    assert raw.meta["title"] == TITLE and raw.meta["lang"] == "en"
    assert raw.meta["captured"] == "2024-05-14" and "date" not in raw.meta
    assert raw.units[0].hint == "heading" and raw.units[0].lines == [2]


def test_placeholder_author_and_empty_document(tmp_path):
    path = tmp_path / "empty.docx"
    d = docx.Document()  # python-docx writes "python-docx" as the author
    d.add_paragraph("")
    d.save(path)
    with pytest.raises(BadArticle, match="empty Word document"):
        docx_reader.read(path, path.read_bytes()).found[0].parse()
    d.add_paragraph(ENGLISH)
    d.save(path)
    raw = docx_reader.read(path, path.read_bytes()).found[0].parse()
    assert "author" not in raw.meta and "captured_by" not in raw.meta


def _zip_without_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("content.xml", "<office:document/>")
    return buf.getvalue()


@pytest.mark.parametrize(("data", "message"), [
    (b"This is not a Word file at all, only some text.\n" * 5, "this file is not one"),
    (_zip_without_document(), "without word/document.xml"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Word document (.doc)"),
], ids=["garbage", "zip-without-document", "old-doc"])
def test_a_corrupt_word_file_is_one_line(tmp_path, data, message):
    src = tmp_path / "src"
    src.mkdir()
    (src / "broken.docx").write_bytes(data)
    (src / "ok.txt").write_text(ARABIC + "\n", encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        clean(Options(src, tmp_path / "out"))
    said = str(err.value)
    assert "broken.docx" in said and message in said and "\n" not in said


# --- web archives ----------------------------------------------------------------------

AR_URL = "https://example.org/ar/economy/oil-exports"
RU_URL = "https://example.ru/news/neft"
AR_PAGE = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>كازاخستان تعزز صادراتها النفطية</title></head><body>
<nav>الرئيسية | اقتصاد | سياسة</nav><article><h1>كازاخستان تعزز صادراتها النفطية</h1>
<p>{ARABIC}</p>
<p>ويرى محللون أن هذه الخطوة ستعزز مكانة كازاخستان في سوق الطاقة الإقليمي خلال السنوات
المقبلة.</p></article></body></html>"""
RU_TEXT = ("Министерство энергетики Казахстана сообщило, что экспорт нефти через Каспийское "
           "море вырос на десять процентов за прошлый месяц.")
RU_PAGE = f"""<!DOCTYPE html><html lang="ru"><head><title>Казахстан наращивает экспорт нефти
</title></head><body><article><h1>Казахстан наращивает экспорт нефти</h1>
<p>{RU_TEXT}</p>
<p>Аналитики считают, что это укрепит позиции Казахстана на региональном энергетическом
рынке.</p></article></body></html>"""


def _archive(path, *, gz: bool, duplicate: bool = False) -> None:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test-crawler"}))
        request = StatusAndHeaders("GET /ar/economy/oil-exports HTTP/1.1",
                                   [("Host", "example.org")], is_http_request=True)
        w.write_record(w.create_warc_record(AR_URL, "request", payload=io.BytesIO(b""),
                                            http_headers=request))

        def response(uri, status, headers, body):
            head = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                http_headers=head))

        response(AR_URL, "200 OK", [("Content-Type", "text/html; charset=utf-8")],
                 AR_PAGE.encode())
        response("https://example.org/logo.png", "200 OK", [("Content-Type", "image/png")],
                 b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
        response("https://example.org/old-link", "301 Moved Permanently",
                 [("Location", AR_URL), ("Content-Type", "text/html")], b"")
        # Served gzipped, in a legacy code page its header declares.
        response(RU_URL, "200 OK", [("Content-Type", "text/html; charset=windows-1251"),
                                    ("Content-Encoding", "gzip")],
                 gzip.compress(RU_PAGE.encode("cp1251")))
        if duplicate:
            response(AR_URL, "200 OK", [("Content-Type", "text/html; charset=utf-8")],
                     AR_PAGE.replace("خلال السنوات", "في السنوات").encode())


NOT_READ = {
    "record 1": "warcinfo record (about the crawl, not a page)",
    f"record 2: {AR_URL}": "request record",
    "record 4: https://example.org/logo.png": "image/png response (not a web page)",
    "record 5: https://example.org/old-link": f"HTTP 301 redirect to {AR_URL}",
}


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc", "crawl.txt", "crawl"])
def test_a_web_archive_gives_its_pages_and_lists_every_other_record(tmp_path, name):
    src = tmp_path / "src"
    src.mkdir()
    _archive(src / name, gz=not name.endswith(".warc"))
    articles, report = _clean(src, tmp_path)
    by_url = {a["url"]: a for a in articles}
    assert set(by_url) == {AR_URL, RU_URL}
    ar, ru = by_url[AR_URL], by_url[RU_URL]
    assert ar["record"] == AR_URL and ar["language"] == "ar" and ru["language"] == "ru"
    assert ar["blocks"][0] == {**ar["blocks"][0], "kind": "title",
                               "text": "كازاخستان تعزز صادراتها النفطية"}
    assert any(b["text"] == ARABIC for b in ar["blocks"])
    assert any(b["text"] == RU_TEXT for b in ru["blocks"])  # gzip and Windows-1251 undone
    assert ru["encoding"] == "WINDOWS-1251 (HTTP header)"
    # The capture date is when the crawler came by, not when the page was published.
    assert ar["date"] is None and ru["date"] is None
    [entry] = report["files"]
    assert entry["status"] == "article" and entry["articles"] == 2
    assert {p["part"]: p["reason"] for p in entry["parts"]} == NOT_READ
    assert {p["status"] for p in entry["parts"]} == {"not read"}
    assert entry["reason"] == {
        "crawl.txt": "named like plain text, but its content is a web archive (WARC)",
        "crawl": "read as a web archive (WARC) (its content)",
    }.get(name, "a web archive (WARC)")


def test_a_web_archive_is_sniffed_whatever_its_name(tmp_path):
    for name, gz in (("a.txt", True), ("b", False), ("c.html", False)):
        _archive(tmp_path / name, gz=gz)
        assert reader_for(tmp_path / name)[0] is WARC
    _clipping(tmp_path / "d.html")
    assert reader_for(tmp_path / "d.html")[0] is DOCX


def test_a_second_capture_of_a_url_gets_its_own_stable_key_and_the_capture_date(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _archive(path, gz=True, duplicate=True)
    listing = warc_reader.read(path, path.read_bytes())
    assert [f.key for f in listing.found] == [AR_URL, RU_URL, f"{AR_URL}#2"]
    assert len({f.fingerprint for f in listing.found}) == 3
    raw = listing.found[2].parse()
    assert raw.meta["url"] == AR_URL and "date" not in raw.meta
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", raw.meta["captured"])
    assert "في السنوات" in " ".join(u.text for u in raw.units)


def test_a_truncated_archive_keeps_what_was_read_and_says_where_it_broke(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _archive(path, gz=True)
    data = path.read_bytes()
    listing = warc_reader.read(path, data[: len(data) - 120])  # cut inside the last page
    assert [f.key for f in listing.found] == [AR_URL]
    label, why = listing.not_read[-1]
    assert label == f"record 6: {RU_URL}" and why.startswith("truncated")
    # Bytes that are no WARC record after the good ones: the rest is listed as unreadable.
    listing = warc_reader.read(path, data + b"\x00\x01 not a record\r\n\r\n")
    assert [f.key for f in listing.found] == [AR_URL, RU_URL]
    label, why = listing.not_read[-1]
    assert label == f"the rest of the archive, from byte {len(data)}" and "unreadable" in why


def test_a_whole_gzipped_archive_is_read(tmp_path):
    plain = tmp_path / "crawl.warc"
    _archive(plain, gz=False)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))  # `gzip crawl.warc`: one stream
    listing = warc_reader.read(path, path.read_bytes())
    assert [f.key for f in listing.found] == [AR_URL, RU_URL]


def test_garbage_named_warc_is_one_line(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "crawl.warc").write_bytes(b"this is a note, not an archive\n" * 20)
    (src / "ok.txt").write_text(ARABIC + "\n", encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        clean(Options(src, tmp_path / "out"))
    said = str(err.value)
    assert "crawl.warc" in said and "not a readable web archive" in said and "\n" not in said
    assert "at byte 0" in said


def test_a_lying_charset_header_does_not_garble_utf8(tmp_path):
    text, encoding = warc_reader._decode(AR_PAGE.encode(), "text/html; charset=ISO-8859-1",
                                         tmp_path / "x.warc")
    assert ARABIC in text and encoding.startswith("UTF-8")
