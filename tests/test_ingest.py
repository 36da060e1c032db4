"""Reading article files: encodings, line ends, formats, and files that are not articles."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.errors import BadArticle, PipelineError
from pipeline.ingest import find_articles, read_article
from pipeline.readers.base import RawArticle

ARABIC = ("كازاخستان تستضيف قمة إقليمية جديدة\n"
          "استضافت العاصمة أستانا قمة إقليمية شارك فيها قادة دول آسيا الوسطى.\n")


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (ARABIC.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "UTF-8 with BOM"),
        (b"\xff\xfe" + ARABIC.encode("utf-16-le"), "UTF-16LE with BOM"),
        (b"\xfe\xff" + ARABIC.encode("utf-16-be"), "UTF-16BE with BOM"),
        ((ARABIC * 3).encode("cp1256"), "Windows-1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "cp1256"],
)
def test_encodings_are_detected_and_recorded(tmp_path, encoded, label):
    path = tmp_path / "a.txt"
    path.write_bytes(encoded)
    raw = read_article(path)
    assert raw.encoding == label
    assert raw.units[0].text == "كازاخستان تستضيف قمة إقليمية جديدة"
    assert "أستانا" in raw.units[1].text


@pytest.mark.parametrize(("sep", "style"), [("\r\n", "CRLF"), ("\r", "CR"), ("\n", "LF")])
def test_line_ends_give_the_same_lines(tmp_path, sep, style):
    path = tmp_path / "a.txt"
    path.write_bytes(ARABIC.replace("\n", sep).encode("utf-8"))
    raw = read_article(path)
    assert raw.line_endings == style
    assert [u.lines for u in raw.units] == [[1], [2]]
    assert all("\r" not in u.text for u in raw.units)


def test_source_file_is_never_modified(tmp_path):
    path = tmp_path / "a.txt"
    data = b"\xef\xbb\xbf" + ARABIC.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(data)
    read_article(path)
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\r\n  ", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (a PNG image)"),
        (bytes(range(256)) * 20, "binary"),
    ],
    ids=["empty", "blank", "png", "random-bytes"],
)
def test_files_that_are_not_articles(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(BadArticle) as err:
        read_article(path)
    assert message in str(err.value)
    assert "bad.txt" in str(err.value)


def test_broken_utf8_names_the_line_instead_of_guessing_a_code_page(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(ARABIC.encode("utf-8") + "سطر ثالث ".encode() + b"\xff\xfe\xff" + b"\n")
    with pytest.raises(BadArticle) as err:
        read_article(path)
    assert err.value.line == 3
    assert "invalid UTF-8" in err.value.message


def test_too_large_file(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(BadArticle, match="too large"):
        read_article(path)


def test_markdown_front_matter_and_structure(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: قمة أستانا\nauthor: سارة الخطيب\ndate: 2024-03-12\nsource: الوحدة\n"
        "url: https://example.org/a\n---\n\n# قمة أستانا\n\nفقرة أولى عن [القمة](https://x.y) "
        "تمتد\nعلى سطرين.\n\n> اقتباس من البيان.\n",
        encoding="utf-8",
    )
    raw = read_article(path)
    assert raw.meta == {"title": "قمة أستانا", "author": "سارة الخطيب", "date": "2024-03-12",
                        "source": "الوحدة", "url": "https://example.org/a"}
    assert [(u.text, u.lines, u.hint) for u in raw.units] == [
        ("قمة أستانا", [9], "heading"),
        ("فقرة أولى عن القمة تمتد على سطرين.", [11, 12], None),
        ("اقتباس من البيان.", [14], "quote"),
    ]


def test_malformed_front_matter_names_its_line(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: قمة\nauthor: [unclosed\n---\nنص.\n", encoding="utf-8")
    with pytest.raises(BadArticle) as err:
        read_article(path)
    assert "front matter" in err.value.message
    assert err.value.line in (3, 4, 5)


def test_html_page_is_reduced_to_its_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>x</title><script>alert('js')</script></head><body>"
        "<nav><a href='/'>الرئيسية</a> <a href='/news'>أخبار العالم</a></nav><article>"
        "<h1>كازاخستان تستضيف قمة إقليمية</h1>"
        "<p>استضافت العاصمة أستانا يوم الثلاثاء قمة إقليمية جديدة شارك فيها قادة دول آسيا "
        "الوسطى، وناقشت ملفات المياه والطاقة والنقل والتجارة.</p>"
        "<h2>المياه أولا</h2><p>وأكد البيان الختامي التزام الدول المشاركة بتعزيز التعاون "
        "الإقليمي في مجالات التجارة والطاقة والمياه العابرة للحدود.</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>",
        encoding="utf-8",
    )
    raw = read_article(path)
    texts = [u.text for u in raw.units]
    assert any("استضافت العاصمة أستانا" in t for t in texts)
    assert any("وأكد البيان الختامي" in t for t in texts)
    assert not any("alert" in t for t in texts)
    assert ("المياه أولا", "heading") in [(u.text, u.hint) for u in raw.units]


# --- legacy Arabic code pages ------------------------------------------------------------

def _cp864(text: str) -> bytes:
    """CP864 stores Arabic as presentation forms: write each letter as a form it has."""
    out = []
    for ch in text.replace("لا", "\ufefb"):
        try:
            out.append(ch.encode("cp864"))
        except UnicodeEncodeError:
            out.append(next(chr(c).encode("cp864") for c in range(0xFE70, 0xFEFD)
                            if unicodedata.normalize("NFKC", chr(c)) == ch
                            and chr(c).encode("cp864", errors="ignore")))
    return b"".join(out)


ENGLISH_WITH_ARABIC = (
    "Agriculture plan in Morocco\n"
    "The ministry announced a new plan today to support small farmers in mountain areas.\n"
    "The spokesman said the government allocated an additional budget for this programme.\n"
    "Experts say the measures may reduce rural migration to the big cities.\n"
    "وزير الزراعة المغربي\n")
ONE_LINE = ("في سياق آخر، وقعت تونس والجزائر اتفاقية لتطوير الربط الكهربائي بين البلدين، تهدف "
            "إلى تبادل الطاقة المتجددة وتعزيز أمن الإمدادات خلال فصل الصيف.\n")


@pytest.mark.parametrize(
    ("text", "encode", "label"),
    [
        (ARABIC * 3, lambda t: t.encode("mac_arabic"), "MacArabic"),
        (ENGLISH_WITH_ARABIC, lambda t: t.encode("cp1256"), "Windows-1256"),
        (ONE_LINE, lambda t: t.encode("iso8859_6"), "ISO-8859-6"),
        ("بحث مشترك حول الدلتا والمناخ\n", lambda t: t.encode("iso8859_6"), "ISO-8859-6"),
        ((ARABIC * 3).replace("،", ","), lambda t: t.encode("cp720"), "CP720"),
        (ARABIC.replace("إ", "ا") * 3, _cp864, "CP864"),  # CP864 has no إ
        ((ARABIC * 3), lambda t: t.encode("iso8859_6"), "ISO-8859-6"),
        (ARABIC, lambda t: t.encode("cp1256"), "Windows-1256"),
    ],
    ids=["mac-arabic", "cp1256-mostly-english", "iso-one-line", "iso-title", "cp720", "cp864",
         "iso",
         "cp1256-short"],
)
def test_legacy_arabic_code_pages_are_read_as_arabic(tmp_path, text, encode, label):
    path = tmp_path / "a.txt"
    path.write_bytes(encode(text))
    raw = read_article(path)
    assert raw.encoding == label
    got = [unicodedata.normalize("NFKC", u.text).replace("\xa0", " ") for u in raw.units]
    assert got == [ln for ln in text.splitlines() if ln]


@pytest.mark.parametrize("text, codec, name", [
    ("Министерство сельского хозяйства объявило о новом плане. АСТАНА, 12 марта.\n",
     "cp1251", "Windows-1251"),
    ("Министерство сельского хозяйства объявило о новом плане. АСТАНА, 12 марта.\n",
     "koi8_r", "KOI8-R"),
    ("Le ministère a annoncé un plan pour l'été ; très attendu, août, Noël.\n",
     "cp1252", "Windows-1252"),
    ("Dışişleri Bakanı, işbirliğini geliştirmek istediğini söyledi. Çarşamba günü.\n",
     "cp1254", "Windows-1254"),
])
def test_legacy_code_pages_of_other_scripts_read_as_their_words(tmp_path, text, codec, name):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(codec))
    raw = read_article(path)
    assert (raw.units[0].text, raw.encoding) == (text.strip(), name)


def test_high_bit_text_that_reads_as_no_words_is_refused(tmp_path):
    path = tmp_path / "th.txt"
    path.write_bytes("กระทรวงเกษตรประกาศแผนใหม่สำหรับการส่งออกข้าวในปีนี้\n".encode("tis_620"))
    with pytest.raises(BadArticle) as err:
        read_article(path)
    assert "th.txt" in str(err.value) and "save the file as UTF-8" in err.value.message


# --- which files are articles ---------------------------------------------------------------

def test_a_link_to_a_file_outside_the_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("كلمة السر للحساب المصرفي\n", "utf-8")
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "a.txt").write_text(ARABIC, "utf-8")
    (folder / "link.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    assert [p.name for p in find_articles(folder)] == ["a.txt", "dangling.txt", "inside.txt",
                                                       "link.txt"]
    with pytest.raises(BadArticle) as err:
        read_article(folder / "link.txt")
    assert "link.txt" in str(err.value) and "outside the source folder" in err.value.message
    assert read_article(folder / "inside.txt").units[0].text == ARABIC.splitlines()[0]
    with pytest.raises(BadArticle, match="does not exist"):
        read_article(folder / "dangling.txt")


def test_a_link_outside_is_skipped_with_keep_going_and_never_published(tmp_path):
    from pipeline.config import load_config
    from pipeline.stages import run_clean

    secret = tmp_path / "secret.txt"
    secret.write_text("كلمة السر للحساب المصرفي لا تنشر.\n", "utf-8")
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "a.txt").write_text(ARABIC, "utf-8")
    (folder / "link.txt").symlink_to(secret)
    result = run_clean(folder, load_config(folder), keep_going=True)
    assert [a.source_file for a in result.articles] == ["a.txt"]
    assert [s.file for s in result.skipped] == ["link.txt"]
    with pytest.raises(BadArticle, match="outside the source folder"):
        run_clean(folder, load_config(folder))


@pytest.mark.parametrize("names", [("x.txt", "x.md"), ("Report.txt", "report.html")])
def test_two_articles_with_one_name_are_refused(tmp_path, names):
    for name in names:
        (tmp_path / name).write_text(ARABIC, "utf-8")
    with pytest.raises(PipelineError) as err:
        find_articles(tmp_path)
    assert all(name in str(err.value) for name in names)
    assert ".po" in err.value.message


# --- HTML ------------------------------------------------------------------------------------

P1 = "وفي لبنان، عادت أزمة الكهرباء إلى الواجهة مع تراجع ساعات التغذية في معظم المناطق."
P2 = "وطالب نواب في البرلمان الحكومة بوضع خطة طويلة الأمد لإصلاح قطاع الطاقة المتهالك."
P3 = "كما دعا ممثلو القطاع الخاص إلى فتح الباب أمام الاستثمار في الطاقة الشمسية قريبا."


def _html(tmp_path, body: str, head: str = "") -> RawArticle:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>",
                    "utf-8")
    return read_article(path)


def test_html_double_br_separates_paragraphs_and_a_single_br_is_a_space(tmp_path):
    raw = _html(tmp_path, f"<div class='menu'><a href='/'>الرئيسية</a></div>"
                          f"<div class='article-body'>{P1}<br><br>{P2}<br> \n <br/>{P3}"
                          f"<br></div><article><p>{P1}<br>{P3}</p></article>")
    texts = [u.text for u in raw.units]
    assert P1 in texts and P2 in texts and P3 in texts
    assert f"{P1} {P3}" in texts
    assert not any(P1 + P2[:3] in t or P2 + P3[:3] in t for t in texts)
    assert raw.extractor_removed == ["الرئيسية"]  # kept paragraphs are never listed as removed


def test_html_table_row_is_one_paragraph_never_a_heading_per_cell(tmp_path):
    raw = _html(tmp_path, f"<p>{P1}</p><table><tr><th>البلد</th><th>القدرة</th></tr>"
                          "<tr><td>تونس</td><td>500 ميغاواط</td></tr></table>"
                          f"<p>{P2}</p>")
    assert [(u.text, u.hint) for u in raw.units] == [
        (P1, None), ("البلد | القدرة", "paragraph"), ("تونس | 500 ميغاواط", "paragraph"),
        (P2, None)]
    assert raw.extractor_removed == []


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        ("", "<time>منذ 3 ساعات</time>", None),
        ('<meta property="article:published_time" content="2023-05-17T10:00:00Z">', "",
         "2023-05-17"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2023-01-01T08:00:00+03:00"}</script>', "", "2023-01-01"),
        ("", '<time datetime="2023-05-17">17 مايو</time>', "2023-05-17"),
        ("", "<p class='date'>نشر في 17/05/2023</p>", "2023-05-17"),
    ],
    ids=["none-only-copyright-year", "meta", "json-ld-on-the-1st", "time", "full-date-in-text"],
)
def test_html_date_is_only_a_date_the_page_states(tmp_path, head, body, date):
    raw = _html(tmp_path, f"<article><h1>أزمة الكهرباء تعود إلى لبنان</h1>{body}<p>{P1}</p>"
                          f"<p>{P2}</p></article><footer>© 2024 موقع الأخبار</footer>", head)
    assert raw.meta.get("date") == date


def test_html_metadata_loses_bidi_controls(tmp_path):
    raw = _html(tmp_path, f"<article><p>{P1}</p><p>{P2}</p></article>",
                '<title>\u202bعنوان\u202c الخبر</title>'
                '<meta name="author" content="\u202eسارة\u2066 الخطيب\u2069">')
    assert raw.meta["author"] == "سارة الخطيب"
    assert raw.meta["title"] == "عنوان الخبر"


# --- Markdown --------------------------------------------------------------------------------

def test_markdown_only_real_headings_are_headings(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        f"# العنوان\n\n{P1}\n\n![صورة للدلتا من الجو](delta.jpg)\n\n"
        "| المنطقة | الملوحة |\n|---|---|\n| دمياط | مرتفعة |\n\n"
        '<div class="note">نص في كتلة <b>HTML</b> &amp; غيره</div>\n\n'
        "<!-- ملاحظة المحرر: لا تنشر هذه الفقرة -->\n\n"
        f"{P2} <!-- تعليق --> تتمة.\n\nعنوان فرعي\n----------\n\n{P3}\n",
        encoding="utf-8")
    raw = read_article(path)
    assert [(u.text, u.lines, u.hint) for u in raw.units] == [
        ("العنوان", [1], "heading"),
        (P1, [3], None),
        ("المنطقة | الملوحة", [7, 8], "paragraph"),
        ("دمياط | مرتفعة", [9], "paragraph"),
        ("نص في كتلة HTML & غيره", [11], "paragraph"),
        (f"{P2}  تتمة.", [15], None),
        ("عنوان فرعي", [17, 18], "heading"),
        (P3, [20], None),
    ]
    # A comment inside a paragraph is listed as left out; whole lines are reported below.
    assert raw.extractor_removed == ["<!-- تعليق -->"]
    # The lines that give no text are markup, with what they are; never blank lines.
    assert raw.markup_lines == {
        5: ("![صورة للدلتا من الجو](delta.jpg)", "an image"),
        13: ("<!-- ملاحظة المحرر: لا تنشر هذه الفقرة -->", "an HTML comment")}
    assert 5 not in raw.blank_lines and 13 not in raw.blank_lines


@pytest.mark.parametrize("value", ["2024-02-30", "'2024-02-30'", "2024-13-01", "31/04/2024"])
def test_markdown_impossible_date_is_one_clear_error(tmp_path, value):
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: قمة\ndate: {value}\n---\n\n{P1}\n", encoding="utf-8")
    with pytest.raises(BadArticle) as err:
        read_article(path)
    assert str(err.value).startswith(f"{path}:3: front matter 'date' is not a valid date")
    assert value.strip("'") in err.value.message


def test_markdown_front_matter_loses_bidi_controls(tmp_path):
    path = tmp_path / "a.md"
    path.write_text('---\ntitle: "عنوان \\u202eمعكوس\\u202c هنا"\n'
                    'author: "\\u202eكاتب مجهول 2024"\ndate: "\\u200f2024-02-03"\n'
                    'url: "https://example.org/\\u202ea"\n---\n\n' + P1 + "\n", encoding="utf-8")
    raw = read_article(path)
    assert raw.meta == {"title": "عنوان معكوس هنا", "author": "كاتب مجهول 2024",
                        "date": "2024-02-03", "url": "https://example.org/a"}


# --- plain text: hard-wrapped lines ----------------------------------------------------------

WRAP_P1 = ("قررت الحكومة المصرية رفع سعر رغيف الخبز المدعم اعتبارا من الشهر المقبل، في خطوة "
           "قالت إنها ضرورية لمواجهة ارتفاع كلفة القمح المستورد وتراجع قيمة العملة المحلية "
           "أمام الدولار خلال العام الماضي.")
WRAP_P2 = ("وقال وزير التموين في مؤتمر صحفي إن القرار جاء بعد دراسة مستفيضة لأوضاع السوق، "
           "مؤكدا أن الحكومة ستوسع برامج الدعم النقدي للأسر الأكثر احتياجا حتى لا تتأثر "
           "بالزيادة الجديدة في الأسعار")
WRAP_LIST = ["- زيادة الدعم النقدي للأسر الفقيرة في المحافظات الأكثر تضررا من القرار",
             "- توسيع قاعدة المستفيدين من بطاقات التموين لتشمل العمالة غير المنتظمة"]


def _wrapped(width: int = 64) -> list[str]:
    import textwrap

    def wrap(p: str) -> list[str]:
        return textwrap.wrap(p, width)

    return [
        # A title almost as long as the wrapped lines: the next line's first word would have
        # fitted on it, so it does not wrap there.
        "الحكومة المصرية ترفع سعر الخبز المدعم للمرة الأولى منذ",
        *wrap(WRAP_P1), "",
        *wrap(WRAP_P2), *WRAP_LIST, "",
        "ردود فعل غاضبة في البرلمان",
        *wrap("انتقد نواب في البرلمان القرار ووصفوه بأنه عبء إضافي على الفقراء في وقت تعاني "
              "فيه الأسر من ارتفاع أسعار معظم السلع الأساسية."),
    ]


def test_hard_wrapped_paragraphs_are_joined_with_their_lines_as_written():
    from pipeline.readers.plain import plain_units

    lines = _wrapped()
    units, blanks = plain_units(lines)
    texts = [u.text for u in units]
    assert texts[0] == lines[0]  # the title stays on its own
    assert texts[1] == WRAP_P1
    # A paragraph that runs into a list is joined up to the list, never into it.
    assert texts[2] == WRAP_P2 and texts[3:5] == WRAP_LIST
    assert texts[5] == "ردود فعل غاضبة في البرلمان"
    assert texts[6].startswith("انتقد نواب") and texts[6].endswith("الأساسية.")
    assert len(units) == 7
    for u in units:
        assert u.joined == ([lines[n - 1] for n in u.lines] if len(u.lines) > 1 else None)
    assert sorted([*(n for u in units for n in u.lines), *blanks]) == list(range(1, len(lines) + 1))


def test_lines_are_not_joined_without_blank_lines_between_paragraphs():
    from pipeline.readers.plain import plain_units

    lines = [ln for ln in _wrapped() if ln]
    units, _ = plain_units(lines)
    assert [u.text for u in units] == lines
    assert all(u.joined is None for u in units)


def test_a_title_over_its_paragraph_is_not_joined_even_in_a_wrapped_file():
    from pipeline.readers.plain import plain_units

    # The property test's article, hard-wrapped: its title must stay a title.
    lines = ["عنوان المقال", *_wrapped()[1:]]
    units, _ = plain_units(lines)
    assert units[0].text == "عنوان المقال" and units[0].lines == [1]
