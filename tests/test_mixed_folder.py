"""A desk's folder as it comes: a scraper export, a Word clipping, a web archive, a text file,
the editor's notes and a PDF, built together. Several articles in one file each keep their own
id, translation file and place in the order, whatever order the export lists them in."""

from __future__ import annotations

import io
import json

import docx
from docx.oxml import OxmlElement
from lxml import html as lxml_html
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.build import Options
from pipeline.commands import build, catalogs, merge

AR_TITLE = "كازاخستان تعزز شراكتها مع دول الخليج"
AR_BODY = ("أكد وزير الخارجية الكازاخستاني أن بلاده تسعى إلى تعزيز التعاون مع دول الخليج في "
           "مجالات الطاقة والنقل والاستثمار.", "وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة "
           "تجتمع مرتين في السنة.")
FA = {"url": "https://irna.example/fa/news/caspian-summit", "title": "نشست خزر در آستانه برگزار شد",
      "body": ("وزیران خارجه کشورهای ساحلی دریای خزر روز دوشنبه در آستانه دیدار کردند.",
               "آنها درباره کشتیرانی و حفاظت از محیط زیست دریا گفتگو کردند.")}
RU = {"url": "https://tass.example/politika/kazakhstan-kitai", "title": "Казахстан и Китай "
      "подписали соглашение о транзите",
      "body": ("Соглашение предусматривает увеличение грузоперевозок через порт Актау.",
               "Стороны договорились встретиться снова осенью в Пекине.")}
CLIP = ("Токаев провёл переговоры с президентом Узбекистана в Ташкенте.",
        "Лидеры обсудили совместные проекты в энергетике и водном хозяйстве.")
WEB = {"url": "https://news.example/en/astana-forum", "title": "Astana hosts regional forum",
       "body": ("Foreign ministers from five Central Asian states met in Astana on Monday.",
                "They agreed to meet again in Tashkent next spring to review progress.")}


def _record(art: dict, date: str) -> dict:
    return {"title": art["title"], "authors": [], "date_publish": f"{date} 10:00:00",
            "maintext": "\n\n".join(art["body"]), "url": art["url"],
            "source_domain": art["url"].split("/")[2]}


def _export(src, records: list[dict]) -> None:
    (src / "feed.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _clipping(path) -> None:
    d = docx.Document()
    d.add_paragraph("Переговоры в Ташкенте", style="Title")
    for text in CLIP:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))  # set as a desk's template sets it
    d.core_properties.author = "Desk clipping"
    d.save(str(path))


def _archive(path) -> None:
    page = (f"<!doctype html><html lang='en'><head><title>{WEB['title']} | News</title></head>"
            f"<body><nav>Home | World | Sport | Subscribe</nav><article><h1>{WEB['title']}</h1>"
            + "".join(f"<p>{p}</p>" for p in WEB["body"])
            + "</article><footer>© News Example. All rights reserved.</footer></body></html>")
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)

        def response(uri, ctype, body):
            head = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                http_headers=head))

        response(WEB["url"], "text/html; charset=utf-8", page.encode())
        response("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))


def _folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(AR_TITLE + "\n\n" + "\n\n".join(AR_BODY) + "\n", encoding="utf-8")
    _export(src, [_record(FA, "2025-03-02"), _record(RU, "2025-03-04")])
    _clipping(src / "clip.docx")
    _archive(src / "crawl.warc.gz")
    (src / "README.txt").write_text("Notes: ask Dana about the TASS piece.\n", encoding="utf-8")
    (src / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n")
    return src


def _web_text(out) -> str:
    page = lxml_html.fromstring((out / "index.html").read_text(encoding="utf-8"))
    return " ".join(page.text_content().split())


def test_every_article_of_every_file_is_in_the_web_edition_and_the_report(tmp_path):
    src, out = _folder(tmp_path), tmp_path / "out"
    said = build(Options(src, out), ("web",))
    assert "6 entries in the folder: 4 read as 5 article(s), 0 project file(s), 1 excluded, " \
           "1 refused" in said
    assert "warning: scan.pdf: PDF input is not supported" in said
    text = _web_text(out)
    for sentence in (*AR_BODY, *FA["body"], *RU["body"], *CLIP, *WEB["body"]):
        assert sentence in text, sentence
    assert "Subscribe" not in text and "All rights reserved" not in text
    assert "Ask Dana" not in text and "ask Dana" not in text  # the notes are not published
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    files = {f["name"]: f for f in report["files"]}
    assert files["feed.jsonl"]["articles"] == 2 and files["crawl.warc.gz"]["articles"] == 1
    assert files["README.txt"]["status"] == "excluded"
    assert [p["part"] for p in files["crawl.warc.gz"]["parts"]] == [
        "record 2: https://news.example/logo.png"]
    by_url = {a["url"]: a for a in report["articles"]}
    assert by_url[FA["url"]]["record"] == FA["url"] and by_url[FA["url"]]["language"] == "fa"
    assert by_url[RU["url"]]["date"] == "2025-03-04"
    # A page from the archive: its capture date is kept, and is not taken for its date.
    web = by_url[WEB["url"]]
    assert web["captured"][:4].isdigit() and web["date"] is None
    assert f"saved {web['captured'][:10]}" in text
    # What the report counts per article is counted per article, not per file.
    per_article = {a["id"]: a["counts"]["blocks"] for a in report["articles"]}
    counted = {i: sum(1 for t in report["translation"] if t["article"] == i) for i in per_article}
    assert counted == per_article
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "crawl.warc.gz [record 2: https://news.example/logo.png]" in page
    fa_id = by_url[FA["url"]]["id"]
    row = lxml_html.fromstring(page).xpath(
        f'//section[@id="coverage"]//tr[.//a[contains(@href, "#{fa_id}")]]')
    assert row and row[0].xpath("string(td[last()])").strip() == str(per_article[fa_id])


def test_each_record_has_its_own_translation_file_that_survives_a_new_export(tmp_path):
    src, out = _folder(tmp_path), tmp_path / "out"
    catalogs(Options(src, out))
    names = sorted(p.name for p in (src / "en").glob("*.po"))
    feed = [n for n in names if n.startswith("feed--")]
    assert len(feed) == 2 and any("caspian-summit" in n for n in feed), names
    assert any("kazakhstan-kitai" in n for n in feed) and "a.po" in names
    assert "clip.po" in names and not any(n.startswith("crawl") for n in names)  # English
    # The reviewer translates the Persian record's title in its own file.
    fa_po = next(src / "en" / n for n in feed if "caspian-summit" in n)
    po = fa_po.read_text(encoding="utf-8")
    fa_po.write_text(po.replace(f'msgid "{FA["title"]}"\nmsgstr ""',
                                f'msgid "{FA["title"]}"\nmsgstr "Caspian meeting held in Astana"'),
                     encoding="utf-8")
    # The scraper runs again: the same stories, another order, one more record first.
    extra = {"url": "https://tass.example/ekonomika/neft", "title": "Экспорт нефти вырос",
             "body": ("Экспорт нефти из Казахстана вырос на пять процентов.",
                      "Рост связан с увеличением поставок через Каспийский трубопровод.")}
    _export(src, [_record(extra, "2025-03-05"), _record(RU, "2025-03-04"),
                  _record(FA, "2025-03-02")])
    catalogs(Options(src, out))
    after = sorted(p.name for p in (src / "en").glob("feed--*.po"))
    assert set(feed) < set(after) and len(after) == 3
    assert "Caspian meeting held in Astana" in fa_po.read_text(encoding="utf-8")
    build(Options(src, out), ("web",))
    assert "Caspian meeting held in Astana" in _web_text(out)


def test_order_names_a_file_or_one_article_and_merge_sees_an_edited_record(tmp_path):
    src, out = _folder(tmp_path), tmp_path / "out"
    (src / "dossier.toml").write_text('[dossier]\norder = ["crawl.warc.gz", "feed"]\n',
                                      encoding="utf-8")
    merge(Options(src, out))
    merged = json.loads((out / "stages" / "merge.json").read_text(encoding="utf-8"))
    assert [a["url"] for a in merged["articles"][:3]] == [WEB["url"], FA["url"], RU["url"]]
    ru_id = merged["articles"][2]["id"]
    (src / "dossier.toml").write_text(f'[dossier]\norder = ["{ru_id}"]\n', encoding="utf-8")
    _export(src, [_record(FA, "2025-03-02"),
                  _record(RU | {"body": (RU["body"][0], "Переговоры продолжатся в мае.")},
                          "2025-03-04")])
    merge(Options(src, out))  # straight after the edit, without `invoke clean`
    merged = json.loads((out / "stages" / "merge.json").read_text(encoding="utf-8"))
    first = merged["articles"][0]
    assert first["id"] == ru_id  # the id comes from the URL: the edit did not change it
    assert "Переговоры продолжатся в мае." in [b["text"] for b in first["blocks"]]


def test_a_saved_page_named_txt_is_read_as_a_page_and_the_report_says_so(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    page = (f"<!DOCTYPE html><html lang='en'><head><title>{WEB['title']}</title></head><body>"
            f"<nav>Home | World | Subscribe</nav><article><h1>{WEB['title']}</h1>"
            + "".join(f"<p>{p}</p>" for p in WEB["body"]) + "</article></body></html>")
    (src / "saved.txt").write_text(page, encoding="utf-8")
    build(Options(src, out), ("web",))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (entry,) = report["files"]
    assert entry["reason"] == "named like plain text, but its content is an HTML page"
    text = _web_text(out)
    assert all(p in text for p in WEB["body"])
    assert "<p>" not in text and "Subscribe" not in text
