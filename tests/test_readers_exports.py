"""Scraper exports (JSON, JSON Lines, CSV): one article per record, every record accounted for."""

from __future__ import annotations

import csv
import io
import json

import pytest

from pipeline.build import Options
from pipeline.commands import clean
from pipeline.errors import BadArticle, PipelineError
from pipeline.readers import reader_for
from pipeline.readers.exports import read

AR_TITLE = "قطر تستضيف مؤتمرا دوليا للطاقة"
AR_TEXT = ("استضافت الدوحة اليوم مؤتمرا دوليا للطاقة بمشاركة وزراء من عشرين دولة.\n"
           "وناقش المشاركون سبل تعزيز أمن الإمدادات وخفض الانبعاثات خلال العقد المقبل.\n"
           "وقال وزير الطاقة إن بلاده ستزيد إنتاج الغاز المسال بنسبة الثلث بحلول عام 2027.")
FA_TITLE = "ایران و قزاقستان قرارداد حمل‌ونقل ریلی امضا کردند"
FA_TEXT = ("وزیران راه دو کشور روز سه‌شنبه در تهران قراردادی برای توسعه کریدور ریلی امضا کردند.\n"
           "به گفته مقام‌ها، حجم ترانزیت کالا از این مسیر تا سال آینده دو برابر خواهد شد.")
RU_TITLE = "Казахстан увеличил экспорт зерна"
RU_TEXT = ("По данным министерства сельского хозяйства, экспорт зерна за первый квартал вырос "
           "на 15 процентов.\nОсновными покупателями стали страны Центральной Азии и Афганистан.\n"
           "Министр пообещал расширить мощности элеваторов до конца года.")
TR_TEXT = ("Türkiye ile Kazakistan arasındaki ticaret hacmi geçen yıl yüzde 20 arttı.\n"
           "Bakanlık, iki ülkenin yeni bir lojistik merkezi kurmayı planladığını açıkladı.")
EN_TEXT = ("Kazakhstan and Qatar signed an agreement on liquefied gas supplies on Tuesday.\n"
           "The deal covers deliveries over the next ten years, officials said.")


def _news_please() -> list[dict]:
    """Three records as news-please writes them, with the fields that are not article text."""
    return [
        {"title": AR_TITLE, "authors": ["أحمد علي", "سارة حسن"],
         "date_publish": "2024-03-19 10:00:00", "date_download": "2024-03-20 08:00:00",
         "maintext": AR_TEXT, "language": "ar", "url": "https://example.qa/news/energy",
         "source_domain": "example.qa", "description": "وزراء من عشرين دولة في الدوحة",
         "image_url": "https://example.qa/img/energy.jpg"},
        {"title": FA_TITLE, "authors": [], "date_publish": "2024-04-02 09:30:00",
         "maintext": FA_TEXT, "language": "fa", "url": "https://example.ir/fa/news/rail",
         "source_domain": "example.ir", "description": None, "image_url": None},
        {"title": RU_TITLE, "authors": ["Иван Петров"], "date_publish": "2024-05-10 12:00:00",
         "maintext": RU_TEXT, "language": "ru", "url": "https://example.kz/ru/grain",
         "source_domain": "example.kz", "description": "Экспорт вырос на 15 процентов"},
    ]


def _jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _export(tmp_path, name: str, content: str | bytes):
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    path = src / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _listing(path):
    return read(path, path.read_bytes())


def _clean_json(out):
    return json.loads((out / "stages" / "clean.json").read_text(encoding="utf-8"))


# --- JSON Lines: news-please ---------------------------------------------------------------

def test_news_please_records_are_three_articles_keyed_by_url(tmp_path):
    path = _export(tmp_path, "feed.jsonl", _jsonl(_news_please()))
    assert reader_for(path)[0].kind == "a scraper export (JSON Lines)"
    listing = _listing(path)
    assert listing.not_read == []
    assert [f.key for f in listing.found] == [
        "https://example.qa/news/energy", "https://example.ir/fa/news/rail",
        "https://example.kz/ru/grain"]
    assert listing.found[0].label == "record 1: https://example.qa/news/energy"
    raw = listing.found[0].parse()
    assert raw.meta["title"] == AR_TITLE
    assert raw.meta["author"] == "أحمد علي, سارة حسن"
    assert raw.meta["date"] == "2024-03-19 10:00:00"  # date_publish, never date_download
    assert raw.meta["url"] == "https://example.qa/news/energy"
    assert raw.meta["source"] == "example.qa"
    assert raw.meta["lang"] == "ar" and raw.declared_by == "the export's language field"
    texts = [u.text for u in raw.units]
    # The title first, then the description (not the start of the text), then the text line by
    # line, numbered as the lines of the text field.
    assert texts[:2] == [AR_TITLE, "وزراء من عشرين دولة في الدوحة"]
    assert texts[2:] == AR_TEXT.split("\n")
    assert [u.lines for u in raw.units] == [[], [], [1], [2], [3]]
    assert raw.line_count == 3
    assert not any("example.qa/img" in t for t in texts)
    # An empty author list and a null description are no metadata and no text.
    fa = listing.found[1].parse()
    assert "author" not in fa.meta
    assert [u.text for u in fa.units] == [FA_TITLE, *FA_TEXT.split("\n")]


def test_a_build_shows_each_records_title_url_and_date(tmp_path):
    _export(tmp_path, "feed.jsonl", _jsonl(_news_please()))
    out = tmp_path / "out"
    said = clean(Options(tmp_path / "src", out))
    assert "1 read as 3 article(s)" in said
    data = _clean_json(out)
    got = [(a["blocks"][0]["kind"], a["blocks"][0]["text"], a["url"], a["date"], a["language"])
           for a in data["articles"]]
    assert got == [
        ("title", AR_TITLE, "https://example.qa/news/energy", "2024-03-19", "ar"),
        ("title", FA_TITLE, "https://example.ir/fa/news/rail", "2024-04-02", "fa"),
        ("title", RU_TITLE, "https://example.kz/ru/grain", "2024-05-10", "ru"),
    ]
    ar, _, ru = data["articles"]
    assert ar["record_label"] == "record 1: https://example.qa/news/energy"
    assert ar["author"] == "أحمد علي, سارة حسن" and ar["source_name"] == "example.qa"
    assert ar["language_source"] == "declared by the export's language field"
    assert [b["kind"] for b in ru["blocks"]][:2] == ["title", "deck"]
    assert len({a["id"] for a in data["articles"]}) == 3
    entry = next(f for f in data["files"] if f["name"] == "feed.jsonl")
    assert entry["status"] == "article" and entry["articles"] == 3 and entry["parts"] == []
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert next(f for f in report["files"] if f["name"] == "feed.jsonl")["articles"] == 3


def test_a_broken_jsonl_line_is_a_bad_record_with_its_line_number(tmp_path):
    records = _news_please()
    text = (json.dumps(records[0], ensure_ascii=False) + "\n\n"
            + '{"title": "cut off", "maintext": "Половина стро\n'
            + json.dumps(records[2], ensure_ascii=False) + "\n")
    path = _export(tmp_path, "feed.jsonl", text)
    listing = _listing(path)
    assert [f.key for f in listing.found] == [
        "https://example.qa/news/energy", "record-2", "https://example.kz/ru/grain"]
    with pytest.raises(BadArticle) as err:
        listing.found[1].parse()
    assert err.value.line == 3 and "not valid JSON" in err.value.message
    assert listing.found[2].parse().meta["title"] == RU_TITLE  # the line after it is read


# --- JSON: trafilatura, wrapped lists, what is not an export ---------------------------------

def test_a_trafilatura_record_reads_text_and_not_its_raw_duplicate(tmp_path):
    record = {
        "title": "Turkey and Kazakhstan expand trade", "author": "Ayşe Yılmaz",
        "hostname": "example.com.tr", "date": "2024-06-01", "fingerprint": "c0ffee",
        "id": None, "license": None, "comments": "",
        "text": TR_TEXT, "raw_text": TR_TEXT.replace("\n", " "),
        "language": "tr", "source": "https://example.com.tr/ekonomi/ticaret",
        "source-hostname": "Example Haber",
        "excerpt": "İki ülke arasındaki ticaret büyüyor",
        "categories": "Ekonomi", "tags": "ticaret;Kazakistan",
    }
    path = _export(tmp_path, "one.json", json.dumps(record, ensure_ascii=False, indent=2))
    listing = _listing(path)
    assert len(listing.found) == 1 and listing.not_read == []
    item = listing.found[0]
    assert item.key == "https://example.com.tr/ekonomi/ticaret"  # trafilatura's "source"
    raw = item.parse()
    assert raw.meta == {"title": "Turkey and Kazakhstan expand trade", "author": "Ayşe Yılmaz",
                        "date": "2024-06-01", "url": "https://example.com.tr/ekonomi/ticaret",
                        "source": "Example Haber", "lang": "tr"}
    body = [u.text for u in raw.units if u.lines]
    assert body == TR_TEXT.split("\n")  # "text", once: raw_text is the same text unwrapped
    assert raw.extractor_removed == []
    assert [u.text for u in raw.units if not u.lines] == [
        "Turkey and Kazakhstan expand trade", "İki ülke arasındaki ticaret büyüyor"]
    assert not any("c0ffee" in u.text or "ticaret;" in u.text for u in raw.units)


def test_a_description_that_starts_the_text_is_not_repeated(tmp_path):
    record = {"headline": "Gas deal signed", "body": EN_TEXT, "link": "https://example.com/gas",
              "summary": "Kazakhstan and Qatar signed an agreement on liquefied gas…"}
    path = _export(tmp_path, "one.json", json.dumps(record))
    raw = _listing(path).found[0].parse()
    assert [u.text for u in raw.units] == ["Gas deal signed", *EN_TEXT.split("\n")]
    assert raw.meta["url"] == "https://example.com/gas"


def test_a_json_object_holding_the_list_of_articles(tmp_path):
    records = _news_please()
    doc = {"status": "ok", "totalResults": 3, "articles": [
        {"source": {"id": None, "name": "Example News"}, "author": r["authors"][0] if r["authors"]
         else None, "title": r["title"], "publishedAt": r["date_publish"].replace(" ", "T") + "Z",
         "url": r["url"], "content": r["maintext"]} for r in records]}
    path = _export(tmp_path, "newsapi.json", json.dumps(doc, ensure_ascii=False))
    listing = _listing(path)
    assert [f.label for f in listing.found] == [
        "record 1: https://example.qa/news/energy", "record 2: https://example.ir/fa/news/rail",
        "record 3: https://example.kz/ru/grain"]
    raw = listing.found[2].parse()
    assert raw.meta["source"] == "Example News" and raw.meta["date"] == "2024-05-10T12:00:00Z"
    assert "lang" not in raw.meta


@pytest.mark.parametrize(("content", "reason"), [
    ("[]", "a JSON export with no records"),
    ('{"articles": []}', "a JSON export with no records"),
    ("", "an empty file: no records"),
    ('{"name": "desk", "version": 3, "proxy": {"host": "localhost"}}',
     "not a scraper export: a JSON object with no article fields (keys: name, version, proxy)"),
    ("[1, 2, 3]", "not a scraper export: the JSON file holds a list of numbers"),
], ids=["empty-list", "empty-wrapped", "empty-file", "config", "numbers"])
def test_a_json_file_without_records_lists_no_article_and_says_why(tmp_path, content, reason):
    path = _export(tmp_path, "x.json", content)
    listing = _listing(path)
    assert listing.found == []
    assert len(listing.not_read) == 1 and listing.not_read[0][0] == "x.json"
    assert reason in listing.not_read[0][1]


def test_a_config_file_named_json_is_refused_with_a_warning_and_the_rest_is_built(tmp_path):
    _export(tmp_path, "a.txt", AR_TITLE + "\n\n" + AR_TEXT + "\n")
    _export(tmp_path, "settings.json", '{"theme": "dark", "fontSize": 12}')
    out = tmp_path / "out"
    said = clean(Options(tmp_path / "src", out))
    warnings = [ln for ln in said.splitlines() if ln.startswith("warning: settings.json: ")]
    assert len(warnings) == 1 and "not a scraper export" in warnings[0]
    assert [a["source_file"] for a in _clean_json(out)["articles"]] == ["a.txt"]
    entry = next(f for f in _clean_json(out)["files"] if f["name"] == "settings.json")
    assert entry["status"] == "refused" and "no article in it" in entry["reason"]
    assert "not a scraper export" in entry["reason"]


def test_invalid_json_names_the_line(tmp_path):
    path = _export(tmp_path, "x.json", '[\n  {"title": "a",\n   "text": oops}\n]')
    with pytest.raises(BadArticle) as err:
        _listing(path)
    assert err.value.line == 3 and "not valid JSON" in err.value.message


def test_json_lines_named_json_are_read(tmp_path):
    path = _export(tmp_path, "feed.json", _jsonl(_news_please()))
    assert len(_listing(path).found) == 3


# --- CSV -----------------------------------------------------------------------------------

def _csv(rows: list[dict], delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def test_a_csv_export_in_cp1251_with_semicolons_and_a_long_text(tmp_path):
    # A Russian spreadsheet's CSV: Windows-1251, ";" between fields, the text over csv's
    # 128 KB default limit for a field, with line breaks inside its quotes.
    long_text = "\n".join([RU_TEXT] + [f"Абзац {i}: " + "зерно " * 40 for i in range(700)])
    assert len(long_text) > 131072
    rows = [{"title": RU_TITLE, "author": "Иван Петров", "published": "10.05.2024",
             "link": "https://example.kz/ru/grain", "text": long_text, "lang": "ru"},
            {"title": "Второй материал", "author": "", "published": "11.05.2024",
             "link": "", "text": "Правительство одобрило новую программу поддержки фермеров.",
             "lang": "ru-RU"}]
    path = _export(tmp_path, "export.csv", _csv(rows, ";").encode("cp1251"))
    listing = _listing(path)
    assert [f.key for f in listing.found] == ["https://example.kz/ru/grain", "record-2"]
    assert listing.found[1].label == "record 2"
    raw = listing.found[0].parse()
    assert raw.encoding == "Windows-1251"
    assert raw.meta["author"] == "Иван Петров" and raw.meta["date"] == "10.05.2024"
    assert len(raw.units) == 1 + 3 + 700 and raw.line_count == 703
    second = listing.found[1].parse()
    assert second.meta["lang"] == "ru" and "url" not in second.meta
    assert second.units[-1].text == "Правительство одобрило новую программу поддержки фермеров."


def test_a_tsv_export_with_a_bom_and_a_record_without_text(tmp_path):
    rows = [{"headline": AR_TITLE, "byline": "أحمد علي", "datePublished": "2024-03-19",
             "url": "https://example.qa/news/energy", "article": AR_TEXT.replace("\n", " ")},
            {"headline": "بدون نص", "byline": "", "datePublished": "",
             "url": "https://example.qa/news/empty", "article": ""}]
    path = _export(tmp_path, "export.tsv", "\ufeff" + _csv(rows, "\t"))
    listing = _listing(path)
    assert listing.found[0].parse().meta["title"] == AR_TITLE
    with pytest.raises(BadArticle) as err:
        listing.found[1].parse()
    assert err.value.message == "no article text (fields: headline, url)"
    assert err.value.line == 3  # the CSV line the record starts on


# --- HTML in the text field ----------------------------------------------------------------

def test_html_text_is_read_as_html_and_keeps_the_exports_title(tmp_path):
    html = ("<h2>Первый этап программы</h2>"
            "<p>Правительство России объявило о новых мерах поддержки экспорта зерна в страны "
            "Центральной Азии.</p><p>По словам министра, объём поставок вырастет на 15 "
            "процентов<br>уже в этом году.</p>"
            "<ul><li>Казахстан</li><li>Узбекистан</li></ul>")
    record = {"title": RU_TITLE, "url": "https://example.kz/ru/grain", "date": "2024-05-10",
              "content": html, "lang": "ru"}
    path = _export(tmp_path, "one.json", json.dumps([record], ensure_ascii=False))
    raw = _listing(path).found[0].parse()
    assert raw.meta["title"] == RU_TITLE  # not the fragment's first subheading
    assert raw.meta["url"] == "https://example.kz/ru/grain" and raw.meta["date"] == "2024-05-10"
    assert raw.declared_by == "the export's language field" and raw.line_endings == "n/a"
    assert [(u.text, u.hint) for u in raw.units] == [
        (RU_TITLE, "heading"),
        ("Первый этап программы", "heading"),
        ("Правительство России объявило о новых мерах поддержки экспорта зерна в страны "
         "Центральной Азии.", None),
        ("По словам министра, объём поставок вырастет на 15 процентов уже в этом году.", None),
        ("Казахстан", "paragraph"), ("Узбекистан", "paragraph")]
    assert not any("<" in u.text for u in raw.units)


def test_a_whole_page_in_the_text_field_lists_its_own_title_as_removed(tmp_path):
    page = ("<html lang='ru'><head><title>Экспорт зерна | Пример</title></head><body>"
            "<article><p>" + RU_TEXT.replace("\n", "</p><p>") + "</p></article></body></html>")
    record = {"title": RU_TITLE, "html": "", "body": page}
    raw = _listing(_export(tmp_path, "one.json", json.dumps(record, ensure_ascii=False)))\
        .found[0].parse()
    assert raw.meta["title"] == RU_TITLE and raw.meta["lang"] == "ru"
    assert raw.declared_by == "the page's lang attribute"  # the export declares none
    assert [u.text for u in raw.units] == [RU_TITLE, *RU_TEXT.split("\n")]
    assert raw.extractor_removed == ["Экспорт зерна"]  # the page's title, as extracted


def test_a_spiders_item_with_a_list_of_paragraphs_and_an_rss_date(tmp_path):
    item = {"headline": "Gas deal signed", "byline": "Staff", "pubDate":
            "Tue, 19 Mar 2024 10:00:00 GMT", "link": "https://example.com/gas",
            "body": EN_TEXT.split("\n"), "lang": "en-GB", "keywords": ["gas", "Qatar"]}
    raw = _listing(_export(tmp_path, "items.jsonl", _jsonl([item]))).found[0].parse()
    assert raw.meta == {"title": "Gas deal signed", "author": "Staff",
                        "date": "2024-03-19T10:00:00+00:00", "url": "https://example.com/gas",
                        "lang": "en"}
    assert [(u.text, u.lines) for u in raw.units][1:] == [
        (EN_TEXT.split("\n")[0], [1]), (EN_TEXT.split("\n")[1], [2])]


def test_text_that_only_mentions_a_tag_is_plain(tmp_path):
    record = {"title": "Markup", "text": "Editors write a < b and x>y in formulas.\nSecond line."}
    raw = _listing(_export(tmp_path, "one.json", json.dumps(record))).found[0].parse()
    assert [u.text for u in raw.units][1:] == ["Editors write a < b and x>y in formulas.",
                                               "Second line."]


# --- records that are no article, and duplicates ---------------------------------------------

def _with_a_record_without_text(tmp_path):
    records = _news_please()
    records.insert(1, {"title": "صورة اليوم", "url": "https://example.qa/photo/1",
                       "maintext": "", "image_url": "https://example.qa/p.jpg"})
    _export(tmp_path, "feed.jsonl", _jsonl(records))


def test_a_record_without_text_stops_the_build_with_one_line(tmp_path):
    _with_a_record_without_text(tmp_path)
    with pytest.raises(PipelineError) as err:
        clean(Options(tmp_path / "src", tmp_path / "out"))
    message = str(err.value)
    assert "\n" not in message
    assert message.endswith("/src/feed.jsonl:2: record 2: https://example.qa/photo/1: "
                            "no article text (fields: title, url, image_url)")


def test_with_keep_going_the_other_records_are_in_the_dossier(tmp_path):
    _with_a_record_without_text(tmp_path)
    out = tmp_path / "out"
    said = clean(Options(tmp_path / "src", out, keep_going=True))
    data = _clean_json(out)
    assert [a["url"] for a in data["articles"]] == [
        "https://example.qa/news/energy", "https://example.ir/fa/news/rail",
        "https://example.kz/ru/grain"]
    assert "no article text" in said
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    [skipped] = report["skipped"]
    assert skipped["file"] == "feed.jsonl" and skipped["line"] == 2
    assert skipped["record"] == "record 2: https://example.qa/photo/1"
    entry = next(f for f in report["files"] if f["name"] == "feed.jsonl")
    assert entry["status"] == "article" and entry["articles"] == 3
    assert entry["parts"] == [{"part": "record 2: https://example.qa/photo/1",
                               "status": "skipped", "reason": skipped["reason"]}]


def test_duplicate_urls_get_stable_distinct_keys(tmp_path):
    first, _, third = _news_please()
    again = dict(first, maintext=AR_TEXT + "\nتحديث: انتهى المؤتمر مساء اليوم.")
    path = _export(tmp_path, "feed.jsonl", _jsonl([first, third, again, dict(first)]))
    listing = _listing(path)
    url = "https://example.qa/news/energy"
    assert [f.key for f in listing.found] == [
        url, "https://example.kz/ru/grain", f"{url}#2", f"{url}#3"]
    assert listing.found[2].label == f"record 3: {url}"
    assert len({f.fingerprint for f in listing.found}) == 3  # records 1 and 4 are the same
    out = tmp_path / "out"
    clean(Options(tmp_path / "src", out))
    ids = [a["id"] for a in _clean_json(out)["articles"]]
    assert len(set(ids)) == 4


def test_records_without_url_are_numbered(tmp_path):
    records = [{"title": "One", "text": EN_TEXT}, {"title": "Two", "text": EN_TEXT,
                                                   "url": "not a url"}]
    listing = _listing(_export(tmp_path, "x.jsonl", _jsonl(records)))
    assert [(f.key, f.label) for f in listing.found] == [("record-1", "record 1"),
                                                         ("record-2", "record 2")]


def test_a_cp1256_export_is_decoded(tmp_path):
    record = {"title": AR_TITLE, "maintext": AR_TEXT, "url": "https://example.qa/news/energy"}
    data = _jsonl([record]).encode("cp1256")
    raw = _listing(_export(tmp_path, "feed.jsonl", data)).found[0].parse()
    assert raw.encoding == "Windows-1256"
    assert [u.text for u in raw.units] == [AR_TITLE, *AR_TEXT.split("\n")]


def test_a_record_with_only_a_summary_is_published_and_flagged_as_a_summary(tmp_path):
    records = _news_please()
    summary = "أعلنت قطر وكازاخستان إطلاق صندوق استثماري مشترك بقيمة مليار دولار."
    records.insert(1, {"title": "صندوق استثماري مشترك", "url": "https://example.qa/video/7",
                       "maintext": None, "description": summary})
    _export(tmp_path, "feed.jsonl", _jsonl(records))
    out = tmp_path / "out"
    clean(Options(tmp_path / "src", out))
    art = next(a for a in _clean_json(out)["articles"] if a["url"] == "https://example.qa/video/7")
    body = [b for b in art["blocks"] if b["kind"] != "title"]
    assert [b["text"] for b in body] == [summary]
    assert [f["code"] for f in body[0]["flags"]] == ["summary-only"]
    others = [a for a in _clean_json(out)["articles"] if a["url"] != "https://example.qa/video/7"]
    assert not any(f["code"] == "summary-only" for a in others for b in a["blocks"]
                   for f in b["flags"])


def test_a_json_object_with_a_language_but_no_title_url_or_text_is_no_record(tmp_path):
    path = _export(tmp_path, "x.expected.json",
                   json.dumps({"language": "ar", "blocks": [{"kind": "title", "text": "t"}]}))
    listing = _listing(path)
    assert listing.found == [] and "not a scraper export" in listing.not_read[0][1]
