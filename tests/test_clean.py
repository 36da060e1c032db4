"""Cleaning on the seeds and on articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import model as m
from pipeline.boilerplate import load_rules, match_rule
from pipeline.clean import clean_article
from pipeline.config import load_config
from pipeline.errors import BadArticle
from pipeline.ingest import read_article
from pipeline.normalize import normalize_line
from pipeline.stages import run_clean

from .conftest import FIXTURES, SEEDS

RULES = load_rules(Path("/nonexistent-project"), [])


@pytest.fixture(scope="module")
def seeds():
    result = run_clean(SEEDS, load_config(SEEDS))
    return {a.source_file[:3]: a for a in result.articles}


def clean_file(path: Path, **cfg_sections) -> m.Article:
    cfg = load_config(path.parent, cfg_sections or None)
    return clean_article(read_article(path), cfg, load_rules(path.parent, []), "t")


def clean_text(tmp_path: Path, text: str, name: str = "a.txt", **cfg) -> m.Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean_file(path, **cfg)


def kinds(article: m.Article) -> list[str]:
    return [b.kind for b in article.blocks]


def test_fused_byline_is_split_from_the_title(seeds):
    a = seeds["000"]
    assert a.first(m.BYLINE).text == "الكاتب الصحفى محمد طلعت"
    assert a.title.text == "كازاخستان و إرساء السلام والاستقرار في العالم"
    assert a.first(m.BYLINE).lines == a.title.lines == [1]


def test_byline_dateline_and_subheadings(seeds):
    a = seeds["001"]
    assert a.first(m.BYLINE).text == "بقلم: د. عبد الرحيم عبد الواحد"
    assert a.first(m.DATELINE).text == "أستانا – دبي:"
    first_para = a.body[0]
    assert first_para.text.startswith("في عالمٍ غالبًا")
    headings = [b.text for b in a.blocks if b.kind == m.HEADING]
    assert headings == [
        "التخلي عن السلاح النووي", "الدعم السلمي للتنمية المستدامة", "علاقات متوازنة",
        "قضايا الشرق الأوسط والعالم الإسلامي", "جهود دولية", "تعزيز مصالح آسيا الوسطى",
        "المساعدات الإنسانية الدولية", "سياسة متعددة الاتجاهات",
    ]


def test_repeated_title_poster_name_and_comment_form_are_removed(seeds):
    a = seeds["002"]
    removed = {r.line: r.rule for r in a.lines if r.action == "removed"}
    assert removed == {3: "repeated-title", 53: "poster-name", 55: "read-also",
                       57: "comments", 59: "comments"}
    assert a.first(m.SIGNATURE).text == "مختار تليوبيردي، نائب رئيس الوزراء، وزير خارجية كازاخستان."
    text = " ".join(b.text for b in a.blocks)
    assert "Related post" not in text and "Dr. Abdul Rahim" not in text


def test_dateline_on_its_own_line_and_deck(seeds):
    assert seeds["003"].blocks[1].kind == m.DATELINE
    assert seeds["003"].blocks[1].text == "أستانا -الوحدة:"
    a = seeds["004"]
    assert kinds(a)[:3] == [m.TITLE, m.DECK, m.BYLINE]
    assert a.first(m.BYLINE).text == "بقلم شعيب بغادى"


def test_defects_are_flagged_not_fixed(seeds):
    flags = {(b.id[-2:], f.code, b.source_file[:3]) for a in seeds.values() for b in a.blocks
             for f in b.flags}
    cut = [b for b in seeds["002"].blocks if any(f.code == "cut-off" for f in b.flags)]
    assert [b.text[-25:] for b in cut] == ["انتخاب كازاخستان كعضو غير دائم"[-25:],
                                        "والبراغماتية وحماية المصالح الوطنية. كان الرئيس"[-25:]]
    orphans = [f.detail for b in seeds["002"].blocks for f in b.flags
               if f.code == "orphan-fragment"]
    assert orphans == ["المستطاع."]
    assert ("29", "unbalanced-quotes", "001") in flags
    # The text itself is untouched: the fragment and the broken quote are still there.
    assert "في أقرب وقت. المستطاع." in " ".join(b.text for b in seeds["002"].blocks)


def test_normalisation_restores_spaces_but_not_inside_numbers(seeds):
    text = " ".join(b.text for a in seeds.values() for b in a.blocks)
    assert "الإقليمية. وفي الوقت" in text
    assert "المستدامة، وفيما يلي" in text
    assert "مثل: قيادة" in text
    assert "3.5 مليار" in text and "15%" in text and "15٪" in text
    assert "بقلم: د. عبد" in text
    assert "كوفيد-١٩" in text  # digits kept as written by default


def test_every_line_is_accounted_for(seeds):
    for a in seeds.values():
        assert [r.line for r in a.lines] == list(range(1, a.line_count + 1))
        ids = {b.id for b in a.blocks}
        for r in a.lines:
            assert r.action in ("kept", "changed", "removed", "blank")
            if r.action in ("kept", "changed"):
                assert set(r.block.split(",")) <= ids
            if r.action == "removed":
                assert r.rule and r.before
            if r.action == "changed":
                assert r.before != r.after


def test_arabic_and_english_site_junk(tmp_path):
    for name in ("site_boilerplate.txt", "english_junk.txt"):
        a = clean_file(FIXTURES / name)
        kept = " ".join(b.text for b in a.blocks)
        for junk in ("شارك على", "اقرأ أيضاً", "الوسوم", "الحقوق محفوظة", "تابعونا على تلغرام",
                     "التعليقات مغلقة", "Share", "Related", "Tags", "Copyright", "Follow us",
                     "Leave a Reply", "Website", "روسيا والصين تبحثان", "Grain exports"):
            assert junk not in kept.replace("تابعونا على فيسبوك كان", ""), (name, junk)
    # A paragraph that merely contains a junk word stays whole.
    site = clean_file(FIXTURES / "site_boilerplate.txt")
    assert any("تابعونا على فيسبوك كان شعار الحملة" in b.text for b in site.blocks)
    assert any("شارك فيها قادة" in b.text for b in site.blocks)
    assert site.date == "2024-03-12"
    english = clean_file(FIXTURES / "english_junk.txt")
    assert english.first(m.DATELINE).text == "أستانا - رويترز:"
    assert english.first(m.BYLINE).text == "بقلم: سارة الخطيب"


def test_read_also_link_does_not_swallow_the_next_subheading(tmp_path):
    a = clean_text(tmp_path, "عنوان المقال عن آسيا الوسطى\n"
                   "فقرة أولى طويلة تتحدث عن التعاون الإقليمي في آسيا الوسطى وما حققه من نتائج.\n"
                   "اقرأ أيضا: قمة سابقة في طشقند\n"
                   "الطاقة والمياه\n"
                   "فقرة ثانية طويلة عن الطاقة والمياه العابرة للحدود بين دول المنطقة وجيرانها "
                   "وما تحتاجه من استثمارات وتعاون طويل الأمد.\n")
    assert "الطاقة والمياه" in [b.text for b in a.blocks if b.kind == m.HEADING]
    assert [r.rule for r in a.lines if r.action == "removed"] == ["read-also"]


def test_project_rules_extend_the_built_in_ones(tmp_path):
    (tmp_path / "boilerplate.toml").write_text(
        "[[rule]]\nid = \"agency-promo\"\nreason = \"agency promotion\"\nmax_words = 10\n"
        "pattern = '''لمزيد من أخبار الوكالة.*'''\n", encoding="utf-8")
    a = clean_text(tmp_path, "عنوان\nفقرة المقال الأولى الطويلة بما يكفي لتكون فقرة حقيقية.\n"
                   "لمزيد من أخبار الوكالة زوروا موقعنا\n")
    assert [r.rule for r in a.lines if r.action == "removed"] == ["agency-promo"]


def test_invisible_junk_and_spaces(tmp_path):
    a = clean_text(tmp_path, "عنوان\u200f المقال\n"
                   "فقرة\u00a0\u00a0فيها\u200b مسافات   كثيرة وعلامات\u202b خفية\u202c.\n")
    assert a.title.text == "عنوان المقال"
    assert a.body[0].text == "فقرة فيها مسافات كثيرة وعلامات خفية."
    changed = [r for r in a.lines if r.action == "changed"]
    assert [r.line for r in changed] == [1, 2]


def test_digits_can_be_unified(tmp_path):
    a = clean_text(tmp_path, "عنوان\nفي عام ٢٠٢٤ شارك ١٥ وفدا في القمة.\n",
                   clean={"digits": "western"})
    assert a.body[0].text == "في عام 2024 شارك 15 وفدا في القمة."


def test_nothing_left_after_cleaning(tmp_path):
    with pytest.raises(BadArticle, match="nothing left after cleaning"):
        clean_text(tmp_path, "شارك على فيسبوك\nجميع الحقوق محفوظة © 2024\n\u200b\n")


def test_windows_1256_article_is_cleaned_like_utf8(tmp_path):
    source = (SEEDS / "004_0c80515111a0f09b.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(source.replace("\n", "\r\n").encode("cp1256"))
    a = clean_file(tmp_path / "a.txt")
    assert a.encoding == "Windows-1256"
    assert a.title.text == "كازخستان دولة كبرى تنجح في تعزيز التعاون الإقليمي والدولي"
    assert len(a.blocks) == 10


def test_html_page_keeps_the_article_and_lists_the_page_chrome():
    a = clean_file(FIXTURES / "news_page.html")
    assert a.title.text == "كازاخستان والصين توقعان اتفاقيات جديدة"
    assert a.first(m.DATELINE).text == "أستانا - وكالات:"
    assert a.date == "2024-05-17" and a.author == "أحمد علي"
    assert [b.text for b in a.blocks if b.kind == m.HEADING] == ["ممر النقل"]
    text = " ".join(b.text for b in a.blocks)
    assert "الأكثر قراءة" not in text and "جميع الحقوق" not in text
    assert {"الأكثر قراءة", "جميع الحقوق محفوظة © 2024 موقع الأخبار"} <= set(a.extractor_removed)


def test_markdown_article_keeps_markup_in_text_as_literal_text():
    a = clean_file(FIXTURES / "front_matter.md")
    assert a.title.text == "قمة أستانا: نتائج وتحديات" and a.date == "2024-07-05"
    assert any("<script>alert(1)</script>" in b.text for b in a.blocks)
    assert [b.kind for b in a.blocks] == [m.TITLE, m.PARAGRAPH, m.HEADING, m.PARAGRAPH, m.QUOTE]
    assert [(r.line, r.rule) for r in a.lines if r.action == "removed"] == [(19, "read-also")]
    assert [r.kind for r in a.lines[:7]] == ["front-matter"] * 7


def test_captions_cookie_notices_and_post_meta():
    a = clean_file(FIXTURES / "more_junk.txt")
    assert [(r.line, r.rule) for r in a.lines if r.action == "removed"] == [
        (1, "post-meta"), (2, "cookie-notice"), (4, "media-caption"), (5, "media-caption"),
        (8, "share-bar"), (9, "print-send")]
    assert a.title.text == "سد جديد على نهر سير داريا"
    assert len([b for b in a.blocks if b.kind == m.PARAGRAPH]) == 2


# --- QA: hard-wrapped lines ----------------------------------------------------------------

SHORT_LINES = (
    "ارتفاع أسعار الخبز في القاهرة\n"
    "قررت الحكومة المصرية رفع سعر رغيف الخبز المدعم اعتبارا من الشهر المقبل.\n"
    "وقال وزير التموين إن القرار جاء بعد ارتفاع كلفة القمح المستورد.\n"
    "ردود فعل غاضبة\n"
    "انتقد نواب في البرلمان القرار ووصفوه بأنه عبء على الفقراء.\n"
    "ودعت أحزاب معارضة إلى مراجعة الخطة وتوسيع شبكة الحماية الاجتماعية.\n"
    "وتوقع خبراء أن يؤدي القرار إلى ارتفاع معدل التضخم خلال الربع الأول.\n"
)


def test_one_line_per_paragraph_keeps_its_title_and_subheading(tmp_path):
    a = clean_text(tmp_path, SHORT_LINES)
    assert a.title.text == "ارتفاع أسعار الخبز في القاهرة"
    assert [b.text for b in a.blocks if b.kind == m.HEADING] == ["ردود فعل غاضبة"]
    assert [b.lines for b in a.blocks] == [[n] for n in range(1, 8)]
    assert {r.action for r in a.lines} == {"kept"}


WRAPPED = (
    "ارتفاع أسعار الخبز في القاهرة\n"
    "قررت الحكومة المصرية رفع سعر رغيف الخبز المدعم اعتبارا من الشهر\n"
    "المقبل، في خطوة قالت إنها ضرورية لمواجهة ارتفاع كلفة القمح المستورد\n"
    "وتراجع قيمة العملة المحلية أمام الدولار خلال العام الماضي.\n"
    "\n"
    "وقال وزير التموين في مؤتمر صحفي إن القرار جاء بعد دراسة مستفيضة\n"
    "لأوضاع السوق، مؤكدا أن الحكومة ستوسع برامج الدعم النقدي للأسر\n"
    "الأكثر احتياجا حتى لا تتأثر بالزيادة الجديدة في الأسعار.\n"
    "\n"
    "ردود فعل غاضبة\n"
    "انتقد نواب في البرلمان القرار ووصفوه بأنه عبء إضافي على الفقراء\n"
    "في وقت تعاني فيه الأسر من ارتفاع أسعار معظم السلع الأساسية.\n"
)


def test_hard_wrapped_paragraphs_are_joined_but_not_their_title_and_the_report_says_so(
        tmp_path):
    a = clean_text(tmp_path, WRAPPED)
    assert [(b.kind, b.lines) for b in a.blocks] == [
        (m.TITLE, [1]), (m.PARAGRAPH, [2, 3, 4]), (m.PARAGRAPH, [6, 7, 8]),
        (m.HEADING, [10]), (m.PARAGRAPH, [11, 12])]
    assert a.body[0].text.startswith("قررت الحكومة المصرية") and "الشهر المقبل،" in a.body[0].text
    source = WRAPPED.split("\n")
    joined = {r.line: r for r in a.lines if r.rule == "hard-wrap"}
    assert sorted(joined) == [2, 3, 4, 6, 7, 8, 11, 12]
    for n, r in joined.items():
        assert r.action == "changed" and r.before == source[n - 1]
        assert r.after == next(b.text for b in a.blocks if n in b.lines)
    assert [r.action for r in a.lines if r.line in (1, 10)] == ["kept", "kept"]



def test_joined_lines_are_reported_from_the_reader_without_reading_the_file_again():
    from pipeline.config import default_config
    from pipeline.readers.base import RawArticle, split_lines
    from pipeline.readers.plain import plain_units

    lines, style = split_lines(WRAPPED)
    units, blanks = plain_units(lines)
    raw = RawArticle(Path("/nonexistent/wrapped.txt"), "UTF-8", style, units, len(lines), blanks)
    a = clean_article(raw, default_config(), RULES, "w")
    joined = {r.line: r.before for r in a.lines if r.rule == "hard-wrap"}
    assert joined == {n: lines[n - 1] for n in (2, 3, 4, 6, 7, 8, 11, 12)}
    assert a.title.text == "ارتفاع أسعار الخبز في القاهرة"


# --- QA: web junk --------------------------------------------------------------------------

def removed(article: m.Article) -> dict[int, str]:
    return {r.line: r.rule for r in article.lines if r.action == "removed"}


def test_relative_timestamps_share_labels_and_newsletter_prompts(tmp_path):
    a = clean_text(tmp_path, "\n".join([
        "منتدى الرياض يناقش تنويع الاقتصاد",
        "منذ 3 ساعات",
        "آخر تحديث: منذ ساعتين",
        "وفي الرياض، ناقش منتدى اقتصادي واسع سبل تنويع مصادر الدخل بعيدا عن النفط، بحضور "
        "مسؤولين ورجال أعمال من أكثر من ثلاثين دولة.",
        "مشاركة الخبر",
        "نسخ الرابط",
        "واختتم المنتدى أعماله بإصدار توصيات تدعو إلى تسهيل الإجراءات الإدارية وتطوير التعليم.",
        "اشترك في نشرتنا البريدية ليصلك كل جديد",
        "أدخل بريدك الإلكتروني",
        "Subscribe",
    ]) + "\n")
    assert removed(a) == {2: "relative-time", 3: "relative-time", 5: "share-bar",
                          6: "share-bar", 8: "follow-subscribe", 9: "follow-subscribe",
                          10: "follow-subscribe"}
    assert kinds(a) == [m.TITLE, m.PARAGRAPH, m.PARAGRAPH]
    assert a.date is None  # "3 hours ago" is not a date


def test_a_bare_date_line_at_the_head_is_the_date_and_a_feedback_widget_goes(tmp_path):
    a = clean_text(tmp_path, "\n".join([
        "تعديلات على قانون العمل في الكويت",
        "الأربعاء 12 يونيو 2024 - 10:35 ص",
        "كتب: محمد العنزي",
        "|",
        "وفي الكويت، أقر مجلس الأمة تعديلات على قانون العمل تمنح العاملين في القطاع الخاص "
        "إجازات أطول وحماية أكبر من الفصل التعسفي.",
        "هل أعجبك هذا المقال؟",
        "نعم",
        "لا",
        "المصدر: وكالات",
    ]) + "\n")
    assert removed(a) == {2: "publication-date", 4: "separator", 6: "feedback", 7: "feedback",
                          8: "feedback"}
    assert a.date == "2024-06-12"
    assert kinds(a) == [m.TITLE, m.BYLINE, m.PARAGRAPH, m.SIGNATURE]
    assert a.first(m.SIGNATURE).text == "المصدر: وكالات"


def test_dates_and_lone_answers_in_the_body_stay(tmp_path):
    # A chronology's date subheadings, and a lone "لا" that answers the article's own question.
    a = clean_text(tmp_path, "\n".join([
        "محطات الأزمة",
        "تعرض هذه الورقة أبرز محطات الأزمة الاقتصادية منذ بدايتها وحتى اليوم بحسب المراقبين.",
        "12 يونيو 2024",
        "أعلنت الحكومة رفع أسعار الخبز المدعم للمرة الأولى منذ عقود طويلة من الاستقرار.",
        "هل تتراجع الحكومة عن قرارها؟",
        "لا",
        "يقول المسؤولون إن القرار نهائي ولا رجعة فيه رغم الاحتجاجات الواسعة في الشارع.",
    ]) + "\n")
    assert removed(a) == {}
    assert a.date is None


def test_comment_counts_and_comment_prompts(tmp_path):
    a = clean_text(tmp_path, "\n".join([
        "تحذيرات من أزمة غذاء في السودان",
        "حذرت منظمات إنسانية من تفاقم أزمة الغذاء في عدة ولايات، داعية المجتمع الدولي إلى "
        "زيادة المساعدات.",
        "من ناحيتها، أعلنت وكالات الأمم المتحدة عن إطلاق نداء عاجل لجمع التمويل اللازم.",
        "25 تعليقاً",
        "شارك برأيك",
        "٢٥ تعليقا",
    ]) + "\n")
    assert removed(a) == {4: "comments", 5: "comments", 6: "comments"}


@pytest.mark.parametrize(("line", "rule"), [
    ("Subscribe", "follow-subscribe"), ("Sign up for our newsletter", "follow-subscribe"),
    ("Share this article", "share-bar"), ("Cookie settings", "cookie-notice"),
    ("Accept all", "cookie-notice"), ("Privacy Policy | Terms of Use", "cookie-notice"),
    ("12 comments", "comments"), ("1,204 comments", "comments"), ("3 تعليقات", "comments"),
    ("3 hours ago", "relative-time"), ("Updated 5 minutes ago", "relative-time"),
    ("قبل 5 دقائق", "relative-time"), ("منذ ساعة", "relative-time"),
    ("Was this article helpful?", "feedback"), ("• • •", "separator"),
    ("Related", "read-also"), ("Related:", "read-also"), ("Related articles:", "read-also"),
    ("Published on March 3, 2024", "publication-date"),
    ("تاريخ النشر: الأربعاء، 12 يونيو 2024 - 10:35 ص", "publication-date"),
])
def test_web_junk_in_both_languages(line, rule):
    found = match_rule(RULES, normalize_line(line))
    assert found is not None and found[0].id == rule


# --- QA: real sentences taken for junk -----------------------------------------------------

def test_real_sentences_are_not_taken_for_labels(tmp_path):
    a = clean_text(tmp_path, "\n".join([
        "الحكومة تعين وزيرا جديدا للمالية",
        "أعلنت رئاسة الحكومة صباح اليوم عن تعديل وزاري محدود شمل حقيبة المالية بعد أشهر من "
        "الجدل حول إدارة الدين العام وارتفاع التضخم.",
        "نشر في الجريدة الرسمية قرار بتعيين وزير جديد للمالية.",
        "تابع الآلاف خطاب الوزير الجديد على قناة التلفزيون الرسمي.",
        "وقال الوزير في أول تصريح له إن أولويته ستكون خفض العجز دون المساس بالدعم الموجه "
        "للفئات الهشة.",
        "اقرأ أيضا: ما هي صلاحيات وزير المالية",
        "أولويات الوزير الجديد",
        "ضبط الإنفاق العام",
        "وأوضح الوزير أن الحكومة ستراجع جميع النفقات غير الضرورية في الميزانية المقبلة، مع "
        "إعطاء الأولوية لقطاعي الصحة والتعليم.",
        "Related to this, the IMF welcomed the appointment.",
        "ويأتي هذا التعيين في وقت حساس تمر فيه البلاد بأزمة اقتصادية خانقة، حسب مراقبين.",
    ]) + "\n")
    # The "read also" line carries its own link: it is that one link, not the head of a list.
    assert removed(a) == {6: "read-also"}
    assert [b.text for b in a.blocks if b.kind == m.HEADING] == [
        "أولويات الوزير الجديد", "ضبط الإنفاق العام"]
    assert a.date is None


@pytest.mark.parametrize("sentence", [
    "نشر في الجريدة الرسمية قرار بتعيين وزير جديد للمالية.",
    "تابع الآلاف خطاب الوزير الجديد على قناة التلفزيون الرسمي.",
    "تابع الرئيس المباراة على تويتر.",
    "تابعنا على مدى الأيام الماضية تطورات الأزمة.",
    "اشترك في النشرة أكثر من مليون قارئ.",
    "Related to this, the IMF welcomed the appointment.",
    "More from the fund is expected next year.",
    "Recommended doses were cut by half.",
    "Sign up rates fell sharply.",
    "سياسة الخصوصية الجديدة لفيسبوك تثير جدلا واسعا.",
    "حقوق النشر في العالم العربي تواجه تحديات.",
    "وأكد أن جميع الحقوق محفوظة للعمال المسرحين.",
    "Copyright law in Egypt was amended last year.",
    "رويترز: أعلنت الحكومة السودانية هدنة إنسانية لمدة ثلاثة أيام.",
    "الخبر التالي كان أكثر إثارة للقلق بالنسبة للمستثمرين في البورصة اليوم.",
    "وقت القراءة لدى الأطفال تراجع كثيرا.",
    "By then, nobody cared.",
])
def test_a_sentence_is_never_matched_by_a_label_rule(sentence):
    text = normalize_line(sentence)
    assert match_rule(RULES, text) is None and match_rule(RULES, text, near_junk=True) is None


# --- QA: what the format says is body text is never a heading ------------------------------

P_LONG = ("وفي سياق آخر، وقعت تونس والجزائر اتفاقية لتطوير الربط الكهربائي بين البلدين، تهدف إلى "
          "تبادل الطاقة المتجددة وتعزيز أمن الإمدادات خلال فصل الصيف.")
P_NEXT = ("وتنص الاتفاقية على إنشاء خط نقل جديد بقدرة عالية يمر عبر المناطق الحدودية، على أن "
          "يدخل الخدمة خلال ثلاث سنوات.")


def test_markdown_table_rows_and_raw_html_text_are_paragraphs(tmp_path):
    a = clean_text(tmp_path, (
        "# اتفاقية تونسية جزائرية\n\n"
        '<div class="lead">ربط كهربائي جديد بين البلدين</div>\n\n'
        f"{P_LONG}\n\n"
        "| البلد | القدرة |\n|---|---|\n| تونس | 500 ميغاواط |\n| الجزائر | 700 ميغاواط |\n\n"
        "<div>\n<p>خفض كلفة الإنتاج</p>\n</div>\n\n"
        f"{P_NEXT}\n\n> الكهرباء حق للجميع\n\n"
        "<p>الطاقة النظيفة أولا</p>\n"), name="a.md")
    assert [b.text for b in a.blocks if b.kind == m.HEADING] == []
    assert a.title.text == "اتفاقية تونسية جزائرية"
    assert [(b.kind, b.text) for b in a.blocks[1:]] == [
        (m.PARAGRAPH, "ربط كهربائي جديد بين البلدين"),  # not a deck
        (m.PARAGRAPH, P_LONG),
        # Table rows are rows (body text with cells), never headings.
        (m.ROW, "البلد | القدرة"), (m.ROW, "تونس | 500 ميغاواط"),
        (m.ROW, "الجزائر | 700 ميغاواط"),
        (m.PARAGRAPH, "خفض كلفة الإنتاج"),
        (m.PARAGRAPH, P_NEXT),
        (m.QUOTE, "الكهرباء حق للجميع"),  # a short blockquote is a quote, not a heading
        (m.PARAGRAPH, "الطاقة النظيفة أولا"),  # not a signature
    ]
    # A table row is not a sentence cut off, nor a stray fragment.
    assert not [f for b in a.blocks[3:] for f in b.flags if b.kind == m.PARAGRAPH
                and b.text != P_NEXT]


def test_markdown_html_block_first_is_not_taken_for_the_title(tmp_path):
    a = clean_text(tmp_path, f"<div>الطاقة في المغرب العربي</div>\n\n{P_LONG}\n\n{P_NEXT}\n",
                   name="a.md")
    assert a.title is None
    assert kinds(a) == [m.PARAGRAPH] * 3


def test_html_table_rows_are_never_headings(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><meta charset='utf-8'><title>اتفاقية تونسية جزائرية</title></head><body>"
        f"<article><h1>اتفاقية تونسية جزائرية</h1><p>{P_LONG}</p>"
        "<table><tr><th>البلد</th><th>القدرة</th></tr><tr><td>تونس</td><td>500 ميغاواط</td></tr>"
        "<tr><td>الجزائر</td><td>700 ميغاواط</td></tr></table>"
        f"<h2>خط النقل</h2><p>{P_NEXT}</p></article></body></html>", encoding="utf-8")
    a = clean_file(path)
    assert [b.text for b in a.blocks if b.kind == m.HEADING] == ["خط النقل"]
    rows = [b for b in a.blocks if " | " in b.text]
    assert [(b.kind, b.text) for b in rows] == [
        (m.ROW, "البلد | القدرة"), (m.ROW, "تونس | 500 ميغاواط"),
        (m.ROW, "الجزائر | 700 ميغاواط")]
    assert rows[0].header and rows[1].cells == ["تونس", "500 ميغاواط"]
    assert not [f for b in rows for f in b.flags]


def test_markdown_lines_without_text_are_removed_markup_never_blank(tmp_path):
    source = (f"# اتفاقية تونسية جزائرية\n\n![خريطة الربط](map.png)\n\n{P_LONG}\n\n"
              "<!--\nملاحظة: تحقق من الأرقام\n-->\n\n```\nx = 1\n```\n\n***\n\n"
              f"<div>\n<p>{P_NEXT}</p>\n</div>\n")
    a = clean_text(tmp_path, source, name="a.md")
    lines = source.split("\n")
    assert [r.line for r in a.lines] == list(range(1, len(lines)))
    for r in a.lines:
        assert (r.action == "blank") == (not lines[r.line - 1].strip()), r
    assert {r.line: (r.rule, r.kind) for r in a.lines if r.action == "removed"} == {
        3: ("markup", "an image"), 7: ("markup", "an HTML comment"),
        8: ("markup", "an HTML comment"), 9: ("markup", "an HTML comment"),
        11: ("markup", "a code-fence marker"), 13: ("markup", "a code-fence marker"),
        15: ("markup", "a horizontal rule"), 17: ("markup", "HTML tags without text"),
        19: ("markup", "HTML tags without text")}
    assert all(r.before == lines[r.line - 1] for r in a.lines if r.action == "removed")
    assert a.extractor_removed == []  # each removed whole line is reported once, as a line


def test_lone_site_navigation_labels_go_and_a_marked_heading_at_the_end_stays(tmp_path):
    body = ("أعلنت وزارة الطاقة اللبنانية اليوم خطة جديدة لزيادة ساعات التغذية الكهربائية "
            "في جميع المناطق خلال فصل الصيف المقبل.")
    a = clean_text(tmp_path, f"Menu\n\nبحث\n\n# أزمة الكهرباء\n\n{body}\n\nSetext heading here\n"
                   "-------------------\n", name="a.md")
    removed = {r.before: r.rule for r in a.lines if r.action == "removed"}
    assert removed.get("Menu") == "navigation" and removed.get("بحث") == "navigation"
    assert "Setext heading here" in [b.text for b in a.blocks]


@pytest.mark.parametrize("first, dateline", [
    ("القاهرة (رويترز) - قال وزير الخارجية إن المحادثات مع الجانب الآخر ستستمر الأسبوع المقبل.",
     "القاهرة (رويترز) -"),
    ("عمان - بترا - أعلنت وزارة الصحة اليوم عن حملة وطنية جديدة للتطعيم في المدارس كافة.",
     "عمان - بترا -"),
    ("الرياض - «الحياة»", "الرياض - «الحياة»"),
])
def test_agency_datelines_ended_by_a_dash(tmp_path, first, dateline):
    body = "وأضاف المسؤول أن الحكومة ستعلن تفاصيل الخطة خلال مؤتمر صحفي يعقد يوم الأحد المقبل."
    a = clean_text(tmp_path, f"عنوان الخبر الرئيسي اليوم\n\n{first}\n\n{body}\n")
    assert a.first(m.DATELINE).text == dateline
    assert all(b.text for b in a.blocks) and kinds(a).count(m.PARAGRAPH) >= 1


@pytest.mark.parametrize("first", [
    "وقال الوزير - في تصريح صحفي - إن الحكومة ستواصل العمل على خطة الإصلاح الاقتصادي.",
    "المشاريع الكبرى - مثل السدود - تحتاج إلى تمويل ضخم من المصارف الدولية والإقليمية.",
    "قال الوزير - «إننا مستمرون» في العمل على خطة الإصلاح الاقتصادي حتى نهاية العام.",
])
def test_a_dashed_aside_is_not_a_dateline(tmp_path, first):
    a = clean_text(tmp_path, f"عنوان الخبر الرئيسي اليوم\n\n{first}\n\nوأضاف أن الخطة جاهزة.\n")
    assert a.first(m.DATELINE) is None
    assert first in [b.text for b in a.blocks]


@pytest.mark.parametrize("line, rule", [
    ("Like this:", "share-bar"), ("Posted in أخبار", "post-meta"),
    ("Filed under: Asia, Energy", "post-meta"), ("المزيد", "navigation"),
    ("Loading...", "navigation"),
])
def test_blog_platform_widgets_are_junk(line, rule):
    from pipeline.boilerplate import load_rules, match_rule

    found = match_rule(load_rules(FIXTURES, []), line)
    assert found is not None and found[0].id == rule


@pytest.mark.parametrize("line", [
    "المصدر: وكالة الأنباء الكازاخستانية",
    "المزيد من التفاصيل في التقرير الكامل المنشور على موقع الوزارة.",
    "More than 200 people attended the forum in Astana.",
])
def test_sentences_that_start_like_widgets_are_kept(line):
    from pipeline.boilerplate import load_rules, match_rule

    assert match_rule(load_rules(FIXTURES, []), line) is None
