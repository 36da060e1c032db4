"""Lists, tables and captions: carried by every reader, kept as block kinds by cleaning (the
list marker kept, the line accounted for) and set as lists, tables and small captions in the
web edition and the EPUB, never in the contents."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import polib
import pytest
from lxml import etree, html

from pipeline import commands
from pipeline import model as m
from pipeline.boilerplate import load_rules
from pipeline.build import Options
from pipeline.clean import clean_article
from pipeline.config import load_config
from pipeline.ingest import read_article
from pipeline.readers.docx import read_docx
from pipeline.readers.html import read_html
from pipeline.readers.markdown import read_markdown
from pipeline.readers.plain import plain_units

MARKDOWN = """---
title: التبادل التجاري بين كازاخستان والخليج
lang: ar
---
شهد التبادل التجاري بين كازاخستان ودول الخليج نموا ملحوظا خلال العام الماضي، وفق بيانات رسمية.

وتشمل أبرز المجالات ما يلي:

3. الطاقة المتجددة ومشاريع الرياح.
4. الزراعة والأمن الغذائي.
   - القمح والشعير.

| المؤشر | 2023 | 2024 |
|---|---|---|
| حجم التبادل التجاري | 41 مليون دولار | 52 مليون دولار |

(صورة: وكالة الأنباء)

وقال الوزير إن البلدين يعملان على مضاعفة هذه الأرقام بحلول عام 2030.
"""

PLAIN = ("اتفاقيات جديدة بين أوزبكستان والإمارات\n\n"
         "وقعت أوزبكستان والإمارات العربية المتحدة عدة اتفاقيات جديدة خلال زيارة رسمية.\n\n"
         "وتتضمن الاتفاقيات:\n"
         "١- بناء محطة طاقة شمسية.\n"
         "٢- تطوير مطار سمرقند الدولي.\n\n"
         "المؤشر\tالقيمة\tالسنة\n"
         "الاستثمارات\t10 مليار دولار\t2024\n\n"
         "Photo: AFP/Getty\n\n"
         "وأكد الجانبان أن هذه الخطوة تمثل بداية مرحلة جديدة من التعاون الاقتصادي بين البلدين.\n")


def _clean(path: Path) -> m.Article:
    cfg = load_config(path.parent)
    return clean_article(read_article(path), cfg, load_rules(path.parent, []), "t")


# --- the model --------------------------------------------------------------------------------

def test_shaped_blocks_survive_the_json_round_trip_and_plain_ones_are_unchanged():
    item = m.Block("a-1", m.ITEM, "بند", "a.txt", [3], marker="١-", ordered=True)
    row = m.Block("a-2", m.ROW, "x | y", "a.txt", [4], cells=["x", "", "y"], header=True)
    para = m.Block("a-3", m.PARAGRAPH, "نص.", "a.txt", [5])
    art = m.Article("a", "a.txt", "utf-8", blocks=[item, row, para])
    d = json.loads(json.dumps(m.article_to_dict(art)))
    assert "marker" not in d["blocks"][2] and "cells" not in d["blocks"][2]
    back = m.article_from_dict(d)
    assert back.blocks == [item, row, para]
    assert back.blocks[0].number == 1  # Arabic-Indic digits read as a number
    assert m.ITEM in m.BODY_KINDS and m.ROW in m.BODY_KINDS and m.CAPTION in m.BODY_KINDS
    assert [b.kind for b in back.body] == [m.ITEM, m.ROW, m.PARAGRAPH]


# --- the readers ------------------------------------------------------------------------------

def test_markdown_list_numbers_table_cells_and_header_row(tmp_path):
    units = read_markdown(tmp_path / "a.md", MARKDOWN, "utf-8").units
    items = [u for u in units if u.shape == "item"]
    assert [(u.marker, u.ordered, u.text, u.level) for u in items] == [
        ("3.", True, "الطاقة المتجددة ومشاريع الرياح.", 0),
        ("4.", True, "الزراعة والأمن الغذائي.", 0), ("•", False, "القمح والشعير.", 1)]
    rows = [u for u in units if u.shape == "row"]
    assert rows[0].cells == ["المؤشر", "2023", "2024"] and rows[0].header
    assert rows[1].cells == ["حجم التبادل التجاري", "41 مليون دولار", "52 مليون دولار"]
    assert not rows[1].header
    assert [u.text for u in units if u.shape == "caption"] == ["(صورة: وكالة الأنباء)"]
    bullets = read_markdown(tmp_path / "b.md", "- one\n- two\n", "utf-8").units
    assert [(u.marker, u.ordered) for u in bullets] == [("•", False), ("•", False)]


def test_plain_text_list_markers_tab_tables_and_captions():
    units, _ = plain_units(PLAIN.split("\n")[:-1])
    by_text = {u.text: u for u in units}
    assert (by_text["١- بناء محطة طاقة شمسية."].shape, by_text["١- بناء محطة طاقة شمسية."].marker) \
        == ("item", "١-")
    row = by_text["الاستثمارات | 10 مليار دولار | 2024"]
    assert row.shape == "row" and row.cells == ["الاستثمارات", "10 مليار دولار", "2024"]
    assert by_text["Photo: AFP/Getty"].shape == "caption"
    # One tab-separated line is no table; a line opening with a long dash is dialogue.
    lone, _ = plain_units(["a\tb", "— Мы готовы, — сказал он.", "Фото: ТАСС"])
    assert [u.shape for u in lone] == [None, None, "caption"]


def test_html_lists_and_table_rows(tmp_path):
    para = ("<p>" + "فقرة طويلة بما يكفي لتكون نصا حقيقيا في المقال، وتمتد إلى جمل أخرى كثيرة "
            "حتى يعتبرها المستخرج نصا. " * 2 + "</p>")
    page = (f"<html lang=ar><body><article><h1>عنوان المقال</h1>{para}{para}"
            "<ol><li>البند الأول من القائمة</li><li>البند الثاني من القائمة</li></ol>"
            "<ul><li>نقطة أولى في القائمة</li></ul>"
            "<table><tr><th>السنة</th><th>القيمة</th></tr><tr><td>2024</td><td>52 مليون</td></tr>"
            f"</table><p>Photo: AFP/Getty</p>{para}</article></body></html>")
    units = read_html(tmp_path / "a.html", page, "utf-8").units
    assert [(u.marker, u.ordered) for u in units if u.shape == "item"] == [
        ("1.", True), ("2.", True), ("•", False)]
    rows = [u for u in units if u.shape == "row"]
    assert [(r.cells, r.header) for r in rows] == [(["السنة", "القيمة"], True),
                                                  (["2024", "52 مليون"], False)]
    assert [u.text for u in units if u.shape == "caption"] == ["Photo: AFP/Getty"]


def test_html_list_numbering_as_the_page_gives_it_and_nested_lists(tmp_path):
    # trafilatura keeps that a list is numbered, not where it starts: the page's own <ol
    # start>, <li value> and <ol reversed> give the numbers; a list inside an item is deeper.
    para = ("<p>" + "A paragraph long enough to be read as the text of the article, with "
            "more words after it so the extractor keeps it. " * 2 + "</p>")
    page = (f"<html lang=en><body><article><h1>The title</h1>{para}"
            "<ol start='4'><li>Fourth step of the plan</li><li>Fifth step, in two parts"
            "<ul><li>the first part of it</li><li>the second part of it</li></ul></li>"
            "<li value='9'>Ninth step of the plan</li><li>Tenth step of the plan</li></ol>"
            "<ol reversed><li>Third place in the count</li><li>Second place in the count</li>"
            f"<li>First place in the count</li></ol>{para}</article></body></html>")
    items = [(u.marker, u.level, u.text) for u in
             read_html(tmp_path / "a.html", page, "utf-8").units if u.shape == "item"]
    assert items == [("4.", 0, "Fourth step of the plan"), ("5.", 0, "Fifth step, in two parts"),
                     ("•", 1, "the first part of it"), ("•", 1, "the second part of it"),
                     ("9.", 0, "Ninth step of the plan"), ("10.", 0, "Tenth step of the plan"),
                     ("3.", 0, "Third place in the count"), ("2.", 0, "Second place in the count"),
                     ("1.", 0, "First place in the count")]


def test_a_figcaption_between_the_paragraphs_is_a_caption_without_any_credit_word(tmp_path):
    # The page marks it as a caption; a sidebar thumbnail's figcaption, outside the text, is not.
    para = ("<p>" + "کراچی میں مون سون کی پہلی بارش نے شہر کے کئی علاقوں میں نظام زندگی مفلوج کر "
            "دیا اور شہری گھنٹوں ٹریفک میں پھنسے رہے۔ " * 2 + "</p>")
    page = (f"<html lang=ur><body><article><h1>کراچی میں مون سون کی پہلی بارش</h1>{para}"
            "<figure><img src=a.jpg><figcaption>شارع فیصل پر بارش کے دوران گاڑیاں رینگتی ہوئی۔"
            f"</figcaption></figure>{para.replace('پہلی', 'دوسری')}</article>"
            "<aside><figure><img src=b.jpg><figcaption>ایک اور خبر کی تصویر</figcaption></figure>"
            "</aside></body></html>")
    units = read_html(tmp_path / "a.html", page, "utf-8").units
    assert [u.text for u in units if u.shape == "caption"] == [
        "شارع فیصل پر بارش کے دوران گاڑیاں رینگتی ہوئی۔"]


def test_a_paragraph_after_a_gallery_is_the_articles_and_a_comment_box_is_not(tmp_path):
    # trafilatura ends the text at the gallery; the page's paragraph after it, in the same
    # container as the headline and the text, is still the article's. A comment's and a
    # related story's sentences, in their own boxes, are not.
    first = ("<p>ایکسپو سینٹر لاہور میں جاری پانچ روزہ کتاب میلے کے آخری روز بھی شہریوں کی بڑی "
             "تعداد نے شرکت کی۔ منتظمین کے مطابق میلے میں 180 اسٹالز لگائے گئے۔</p>"
             "<p>منتظمین نے کہا کہ فروخت کے اعداد و شمار تمام ناشرین کے ساتھ شیئر کیے جائیں گے "
             "تاکہ اگلے سال اسٹالز کی تقسیم بہتر ہو سکے۔</p>")
    last = "میلے کی منتظم کمیٹی کے سربراہ نے کہا کہ اگلا میلہ اکتوبر میں فیصل آباد میں ہوگا۔"
    comment = "بہت اچھا میلہ تھا، ہم ہر سال اپنے بچوں کے ساتھ وہاں جاتے ہیں اور کتابیں خریدتے ہیں۔"
    slide = ('<figure class="slide"><span class="counter">تصویر {n} از 2</span>'
             '<img src="/g/{n}.jpg" alt=""><figcaption>{c}</figcaption></figure>')
    menu = "".join(f'<li><a href="#">{w}</a></li>' for w in
                   ("ہوم", "پاکستان", "دنیا", "کاروبار", "کھیل", "شوبز", "تصاویر", "ویڈیوز"))
    page = ('<!DOCTYPE html><html lang="ur" dir="rtl"><head><meta charset="utf-8">'
            "<title>لاہور کتاب میلہ: پانچ دن، ڈھائی لاکھ کتابیں | شہرنامہ</title></head>"
            '<body class="gallery-page"><header><div class="today">اتوار، 18 فروری 2024</div>'
            f'<a class="logo" href="/">شہرنامہ</a><nav><ul>{menu}</ul></nav></header>'
            "<main><h1>لاہور کتاب میلہ: پانچ دن، ڈھائی لاکھ کتابیں</h1>"
            '<div class="meta"><span>رپورٹ: عائشہ ملک</span><span>18 فروری 2024</span></div>'
            '<div class="share"><span>شیئر کریں</span><a href="#">فیس بک</a></div>'
            f'<div class="gallery-intro">{first}</div><div class="gallery">'
            + slide.format(n=1, c="میلے کے پہلے روز داخلی دروازے پر شہریوں کی قطار۔")
            + slide.format(n=2, c="بچوں کے اسٹال پر کہانیوں کی کتابیں فروخت ہوئیں۔")
            + '<div class="gallery-nav"><a class="prev" href="#">پچھلی تصویر</a>'
            '<a class="next" href="#">اگلی تصویر</a></div></div>'
            f'<p>{last}</p><div class="tags"><span>ٹیگز:</span><a href="#">لاہور</a></div>'
            f'<div class="comments"><p>{comment}</p></div></main>'
            '<aside><h3>مزید گیلریز</h3><ul><li><a href="#">کراچی میں بارش</a></li></ul></aside>'
            "<footer><p>© 2024 شہرنامہ۔ جملہ حقوق محفوظ ہیں۔</p></footer></body></html>")
    # What trafilatura gives for such a page when it stops at the gallery (it does on some
    # pages, depending on the whole page): the two paragraphs above it.
    from pipeline.readers import html as reader
    from pipeline.readers.base import Unit

    root = reader._page_tree(page)
    cut = [Unit(" ".join(p.text_content().split()), [n], None)
           for n, p in enumerate(root.find_class("gallery-intro")[0].iter("p"), start=1)]
    prose = reader._left_out_prose(
        reader._container(root, cut, "لاہور کتاب میلہ: پانچ دن، ڈھائی لاکھ کتابیں"), cut)
    assert prose == {last}
    blocks = reader.page_blocks(page)
    mended = reader._put_back(blocks, cut, reader._left_out(blocks, cut, {}),
                              reader._figcaptions(root), prose)
    assert [u.lines for u in mended] == [[1], [2], [3], [4], [5]]
    # And the reader as a whole, whatever the extractor does on this page.
    for units in (mended, read_html(tmp_path / "a.html", page, "utf-8").units):
        texts = [(u.shape, u.text) for u in units]
        assert texts[-3:] == [("caption", "میلے کے پہلے روز داخلی دروازے پر شہریوں کی قطار۔"),
                              ("caption", "بچوں کے اسٹال پر کہانیوں کی کتابیں فروخت ہوئیں۔"),
                              (None, last)]
        assert not any(t == comment for _, t in texts)


def test_a_long_reads_standfirst_lead_photo_and_fact_box_are_put_back(tmp_path):
    # The extractor leaves out the standfirst and the lead photo between the headline and the
    # text, and the fact box in its <aside>; the page names each, and places them.
    paras = ["يبدأ أبو سمير يومه في السادسة صباحاً. يفتح باب ورشته الحديدي ويعلّق لفائف القنّب "
             "على الجدار، ثم يجلس أمام عجلة الفتل حتى الظهر.",
             "في سبعينيات القرن الماضي كان في السوق أكثر من ثلاثين ورشة، تبيع حبالها لمراكب "
             "الصيد ولسفن الشحن الصغيرة التي ترسو في المرفأ.",
             "عند الغروب يعيد أبو سمير اللفائف إلى الداخل ويقفل الباب، ويقول إنه سيبقى هنا ما "
             "دام في يده قوة."]
    page = ('<html lang="ar"><body><header><nav><a href="/">الرئيسية</a><a href="/s">تحقيقات</a>'
            "</nav></header><article><h1>آخر صانعي الحبال في ميناء طرابلس</h1>"
            '<p class="standfirst">في سوق صغير خلف المرفأ ما زال ثلاثة حرفيين يفتلون الحبال '
            "بأيديهم.</p>"
            '<div class="share-bar"><span>شارك:</span><a href="#">فيسبوك</a></div>'
            '<figure><img src="a.jpg" alt=""><figcaption>أبو سمير في ورشته قرب المرفأ. '
            "تصوير: جاد خوري</figcaption></figure>"
            f'<div class="entry-content"><p>{paras[0]}</p><p>{paras[1]}</p>'
            '<aside class="infobox"><h3>السوق في أرقام</h3><table>'
            "<tr><th>عدد الورش عام 1975</th><td>34</td></tr>"
            "<tr><th>عدد الورش اليوم</th><td>3</td></tr></table></aside>"
            f'<p>{paras[2]}</p></div></article><aside class="sidebar"><h3>الأكثر قراءة</h3>'
            '<ol><li><a href="#">صيادو صور الأخيرون</a></li></ol></aside></body></html>')
    units = read_html(tmp_path / "a.html", page, "utf-8").units
    got = [(u.hint, u.shape, u.text) for u in units]
    assert got[:2] == [
        ("deck", None, "في سوق صغير خلف المرفأ ما زال ثلاثة حرفيين يفتلون الحبال بأيديهم."),
        ("paragraph", "caption", "أبو سمير في ورشته قرب المرفأ. تصوير: جاد خوري")]
    at = [t for _, _, t in got].index(paras[1])
    assert got[at + 1:at + 4] == [("heading", None, "السوق في أرقام"),
                                  ("paragraph", "row", "عدد الورش عام 1975 | 34"),
                                  ("paragraph", "row", "عدد الورش اليوم | 3")]
    assert not any("صيادو صور" in t for _, _, t in got)


def test_nested_lists_in_markdown_and_plain_text_keep_their_depth(tmp_path):
    md = "1. Energy\n   - wind\n   - sun\n2. Water\n"
    units = read_markdown(tmp_path / "a.md", md, "utf-8").units
    assert [(u.marker, u.level, u.text) for u in units] == [
        ("1.", 0, "Energy"), ("•", 1, "wind"), ("•", 1, "sun"), ("2.", 0, "Water")]
    units, _ = plain_units(["Two fields:", "- Energy", "    ◦ wind", "    ◦ sun", "- Water",
                            "", "Then a paragraph.", "  - a lone indented item"])
    assert [(u.level, u.text.strip()) for u in units if u.shape == "item"] == [
        (0, "- Energy"), (1, "◦ wind"), (1, "◦ sun"), (0, "- Water"),
        (0, "- a lone indented item")]


def test_docx_numbered_and_bulleted_paragraphs_tables_and_captions(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("فقرة عادية طويلة.")
    d.add_paragraph("بند أول", style="List Number")
    d.add_paragraph("بند ثان", style="List Number")
    d.add_paragraph("نقطة", style="List Bullet")
    d.add_paragraph("الرئيس في الاجتماع", style="Caption")
    t = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "السنة", (0, 1): "القيمة", (1, 0): "2024", (1, 1): "52"}.items():
        t.cell(r, c).text = text
    buf = io.BytesIO()
    d.save(buf)
    units = read_docx(tmp_path / "a.docx", buf.getvalue()).units
    assert [(u.text, u.marker, u.ordered) for u in units if u.shape == "item"] == [
        ("بند أول", "1.", True), ("بند ثان", "2.", True), ("نقطة", "•", False)]
    assert [u.cells for u in units if u.shape == "row"] == [["السنة", "القيمة"], ["2024", "52"]]
    assert [u.text for u in units if u.shape == "caption"] == ["الرئيس في الاجتماع"]


# --- cleaning ---------------------------------------------------------------------------------

def test_cleaning_keeps_the_shape_as_the_kind_and_every_character_of_the_line(tmp_path):
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    a = _clean(tmp_path / "a.md")
    items = [b for b in a.blocks if b.kind == m.ITEM]
    assert [(b.marker, b.number, b.text, b.level) for b in items] == [
        ("3.", 3, "الطاقة المتجددة ومشاريع الرياح.", 0), ("4.", 4, "الزراعة والأمن الغذائي.", 0),
        ("•", None, "القمح والشعير.", 1)]
    rows = [b for b in a.blocks if b.kind == m.ROW]
    assert rows[1].text == "حجم التبادل التجاري | 41 مليون دولار | 52 مليون دولار"
    assert rows[1].cells[2] == "52 مليون دولار" and rows[0].header
    caption = next(b for b in a.blocks if b.kind == m.CAPTION)
    assert caption.text == "(صورة: وكالة الأنباء)" and not caption.flags
    assert not any(b.kind == m.HEADING for b in a.blocks)
    assert not any(f.code == "cut-off" for b in a.blocks for f in b.flags)
    line = {r.line: r for r in a.lines}
    assert line[9].action == "kept" and line[9].kind == m.ITEM  # "3. ..." with its number kept

    (tmp_path / "b.txt").write_text(PLAIN, encoding="utf-8")
    b = _clean(tmp_path / "b.txt")
    items = [x for x in b.blocks if x.kind == m.ITEM]
    assert [(x.marker, x.text) for x in items] == [("١-", "بناء محطة طاقة شمسية."),
                                                  ("٢-", "تطوير مطار سمرقند الدولي.")]
    source = PLAIN.split("\n")
    for x in items:  # the line is kept: its marker and text are both in the block
        rec = next(r for r in b.lines if r.line == x.lines[0])
        assert rec.action == "kept" and source[x.lines[0] - 1] == f"{x.marker} {x.text}"
    assert [x.kind for x in b.blocks if x.text.startswith(("المؤشر", "الاستثمارات"))] == [
        m.ROW, m.ROW]
    # A caption line is set as a caption, not removed as a media credit.
    assert [x.text for x in b.blocks if x.kind == m.CAPTION] == ["Photo: AFP/Getty"]


# --- the outputs ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The two articles built into the web edition and the EPUB, with reviewed English for
    the rows (one whose translation splits into its cells, one that does not) and an item."""
    src = tmp_path_factory.mktemp("structure-src")
    (src / "list.md").write_text(MARKDOWN, encoding="utf-8")
    (src / "tabs.txt").write_text(PLAIN, encoding="utf-8")
    (src / "en").mkdir()
    po = polib.POFile()
    po.metadata = {"Language": "en", "X-Source-Language": "ar",
                   "Content-Type": "text/plain; charset=UTF-8"}
    for msgid, msgstr in {
            "المؤشر | 2023 | 2024": "Indicator | 2023 | 2024",
            "حجم التبادل التجاري | 41 مليون دولار | 52 مليون دولار": "Trade volume, 41 and 52",
            "الطاقة المتجددة ومشاريع الرياح.": "Renewable energy and wind projects."}.items():
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    po.save(str(src / "en" / "list.po"))
    out = tmp_path_factory.mktemp("structure-out")
    commands.render(Options(src, out), ("web", "epub"))
    return out


def test_web_edition_sets_lists_tables_and_captions(built):
    doc = html.fromstring((built / "index.html").read_text("utf-8"))
    ol = doc.xpath('//ol[contains(@class, "list")]')
    assert ol and ol[0].get("start") == "3"
    assert [li.get("value") for li in ol[0].xpath("./li")] == ["3", "4"]
    nested = doc.xpath('//li[contains(@class, "level-1")]')
    assert [li.xpath("string(.//*[contains(@class, 'src')])") for li in nested] == [
        "• القمح والشعير."]
    arabic = [li for x in doc.xpath('//ol[contains(@class, "list")]') for li in x.xpath("./li")
              if "١-" in li.text_content()]
    assert [li.get("value") for li in arabic] == ["1"]  # "١-" is item 1
    table = doc.xpath('//table[contains(@class, "rows")]')[0]
    cells = table.xpath('.//tr[contains(@class, "src-row")]/*[contains(@class, "cell")]')
    assert [c.text_content() for c in cells[3:6]] == [
        "حجم التبادل التجاري", "41 مليون دولار", "52 مليون دولار"]
    assert all(c.get("dir") == "auto" and c.get("lang") == "ar" for c in cells)
    assert [c.tag for c in cells[:3]] == ["th", "th", "th"]  # the header row
    en_rows = table.xpath('.//tr[contains(@class, "en-row")]')
    # Split into cells when the English has as many; one spanning cell otherwise.
    assert [c.text_content() for c in en_rows[0].xpath('./*[contains(@class, "cell")]')] == [
        "Indicator", "2023", "2024"]
    spanning = en_rows[1].xpath('./*[contains(@class, "cell")]')
    assert len(spanning) == 1 and spanning[0].get("colspan") == "3"
    assert spanning[0].get("dir") == "ltr"
    caption = doc.xpath('//div[contains(@class, "kind-caption")]')
    assert {c.xpath("string(.//p[contains(@class, 'src')])") for c in caption} == {
        "(صورة: وكالة الأنباء)", "Photo: AFP/Getty"}
    toc = " ".join(doc.xpath("//nav")[0].itertext()) if doc.xpath("//nav") else ""
    assert "صورة" not in toc and "AFP" not in toc


def test_epub_xhtml_has_lists_tables_and_no_caption_in_the_navigation(built):
    with zipfile.ZipFile(built / "dossier.epub") as z:
        names = z.namelist()
        chapters = {n: z.read(n) for n in names if "article-" in n and n.endswith(".xhtml")}
        nav = z.read(next(n for n in names if n.endswith("nav.xhtml"))).decode()
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    docs = [etree.fromstring(x) for x in chapters.values()]  # well-formed XHTML
    ols = [ol for d in docs for ol in d.xpath('//x:ol[@class="list list-ol"]', namespaces=ns)]
    assert sorted(ol.get("start") for ol in ols) == ["1", "3"]
    tds = [td for d in docs for td in d.xpath('//x:tr[contains(@class, "src-row")]/x:td'
                                             '[contains(@class, "cell")]', namespaces=ns)]
    assert "10 مليار دولار" in [td.text for td in tds]
    assert all(td.get("dir") == "auto" for td in tds)
    assert "صورة" not in nav and "AFP" not in nav and "الاستثمارات" not in nav


def test_the_parallel_layout_sets_each_row_of_a_table_with_its_english_in_one_row(tmp_path):
    # Two tables side by side drift apart as soon as one language's row wraps more than the
    # other's: each row holds both, the Arabic cells from the right edge, the English on the left.
    src = tmp_path / "src"
    src.mkdir()
    (src / "list.md").write_text(MARKDOWN, encoding="utf-8")
    (src / "en").mkdir()
    po = polib.POFile()
    po.metadata = {"Language": "en", "X-Source-Language": "ar",
                   "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="المؤشر | 2023 | 2024", msgstr="Indicator | 2023 | 2024"))
    po.save(str(src / "en" / "list.po"))
    (src / "dossier.toml").write_text('[layout]\nweb = "parallel"\n', encoding="utf-8")
    out = tmp_path / "out"
    commands.render(Options(src, out), ("web",))
    doc = html.fromstring((out / "index.html").read_text("utf-8"))
    rows = doc.xpath('//table[contains(@class, "par-rows")]/tr | '
                     '//table[contains(@class, "par-rows")]/tbody/tr')
    assert len(rows) == 2
    head = [c.text_content() for c in rows[0].xpath('./*[contains(@class, "cell")]')]
    assert head == ["Indicator", "2023", "2024", "2024", "2023", "المؤشر"]
    assert [c.get("class").split()[0] for c in rows[0].xpath("./*")] == [
        "en", "en", "en", "num", "src", "src", "src"]
    # No English yet for the second row: one marked cell across the English side.
    missing = rows[1].xpath('./*[contains(@class, "missing")]')
    assert len(missing) == 1 and missing[0].get("colspan") == "3"
