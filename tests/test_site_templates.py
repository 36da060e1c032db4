"""Site templates learned from the folder (pipeline/site_templates.py): the lines one site prints
around every article are removed and listed once; recurring prose stays a duplicate passage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pipeline import commands
from pipeline import model as m
from pipeline.build import Options, run_text_stages
from pipeline.config import load_config
from pipeline.report import build_report
from pipeline.stages import run_clean

# An invented WordPress-like site in Arabic. None of its template lines is in a rule file: the
# menu names the site's own sections, the share bar uses arrows and words no CMS prints, the
# author box and the footer name the site (the footer ends with a full stop and has no year,
# which the copyright rule wants).
AR = {
    "nav": "الرئيسية ◂ أخبار السهوب ◂ تحليلات ◂ ملفات خاصة ◂ راسلونا",
    "share": "أرسل لصديق ⇠ واتس ⇠ تلغرام ⇠ نسخ الرابط",
    "author": "فريق تحرير مرصد السهوب – متابعة يومية لشؤون آسيا الوسطى",
    "footer": "جميع الحقوق محفوظة لموقع مرصد السهوب.",
    # In the middle of the text: a run of two lines the site inserts after the first paragraph.
    "archive1": "من أرشيف المرصد ◂ ملف الطاقة",
    "archive2": "من أرشيف المرصد ◂ ملف المياه",
}
AR_AGENCY = ("وكالة أنباء السهوب وكالة إخبارية مستقلة تأسست عام 2009 في ألماتي، وتغطي شؤون آسيا "
             "الوسطى والقوقاز بست لغات، ولها مراسلون في جميع عواصم المنطقة.")
AR_ARTICLES = [
    ("كازاخستان تطلق أكبر مشروع للطاقة الشمسية في المنطقة", [
        "أعلنت الحكومة الكازاخستانية يوم الاثنين عن إطلاق مشروع ضخم للطاقة الشمسية في إقليم "
        "تركستان بقدرة تصل إلى ألف ميغاواط، في خطوة تهدف إلى تنويع مصادر الطاقة.",
        "وقال وزير الطاقة إن المشروع سيوفر آلاف فرص العمل للسكان المحليين، وسيسهم في خفض "
        "الانبعاثات الكربونية بنسبة كبيرة خلال العقد المقبل.",
        "خلفية",
        "ويأتي المشروع ضمن خطة وطنية لرفع حصة الطاقة المتجددة إلى خمسين في المئة من إجمالي "
        "الإنتاج بحلول عام 2050."]),
    ("أوزبكستان والإمارات توقعان اتفاقيات للاستثمار في البنية التحتية", [
        "وقعت أوزبكستان والإمارات العربية المتحدة في طشقند حزمة من الاتفاقيات الاستثمارية تشمل "
        "الطرق والموانئ الجافة ومحطات تحلية المياه بقيمة إجمالية تتجاوز عشرة مليارات دولار.",
        "وأكد المسؤولون من الجانبين أن الاتفاقيات تفتح مرحلة جديدة من التعاون الاقتصادي، مع "
        "التركيز على نقل الخبرات وتدريب الكوادر المحلية.",
        "خلفية",
        "ويرى محللون أن الاستثمارات الخليجية في آسيا الوسطى تشهد نموا متسارعا منذ عام 2020 "
        "بفضل تحسن مناخ الأعمال."]),
    ("قرغيزستان تستأنف العمل في مشروع سد كامبارآتا", [
        "استأنفت قرغيزستان أعمال البناء في مشروع سد كامبارآتا على نهر نارين بعد توقف دام "
        "سنوات، وسط دعم إقليمي من كازاخستان وأوزبكستان لتقاسم الفوائد المائية والكهربائية.",
        "ويعد المشروع من أكبر مشاريع الطاقة الكهرومائية في المنطقة، إذ يتوقع أن ينتج أكثر من "
        "خمسة مليارات كيلوواط ساعة سنويا عند اكتماله.",
        "وأشار خبراء إلى أن نجاح المشروع يتطلب تمويلا دوليا واتفاقا دائما بين دول الحوض حول "
        "إدارة المياه."]),
]

# The same site in Russian.
RU = {
    # A menu no rule knows (a breadcrumb from the home page is a rule's; see test_cms_junk).
    "nav": "Новости Степи » Аналитика » Спецпроекты » Написать нам",
    "share": "Отправить другу ⇢ ВК ⇢ ОК ⇢ Скопировать ссылку",
    "author": "Редакция «Степного обозревателя» — ежедневно о Центральной Азии",
    "footer": "Материалы «Степного обозревателя» принадлежат редакции.",
    "archive1": "Из архива обозревателя » Досье энергетики",
    "archive2": "Из архива обозревателя » Досье воды",
}
RU_AGENCY = ("Агентство «Степь-Информ» — независимое информационное агентство, основанное в "
             "2009 году в Алматы, которое освещает события Центральной Азии и Кавказа на шести "
             "языках и имеет корреспондентов во всех столицах региона.")
RU_ARTICLES = [
    ("Казахстан запускает крупнейший в регионе проект солнечной энергетики", [
        "Правительство Казахстана в понедельник объявило о запуске крупного проекта солнечной "
        "энергетики в Туркестанской области мощностью до тысячи мегаватт.",
        "По словам министра энергетики, проект создаст тысячи рабочих мест для местных жителей "
        "и заметно сократит выбросы углерода в ближайшее десятилетие.",
        "Предыстория",
        "Проект входит в национальный план, по которому доля возобновляемой энергии к 2050 году "
        "должна достичь половины всей выработки."]),
    ("Узбекистан и ОАЭ подписали соглашения об инвестициях в инфраструктуру", [
        "Узбекистан и Объединённые Арабские Эмираты подписали в Ташкенте пакет инвестиционных "
        "соглашений о дорогах, сухих портах и опреснительных станциях на десять миллиардов "
        "долларов.",
        "Представители обеих сторон заявили, что соглашения открывают новый этап экономического "
        "сотрудничества с упором на обучение местных специалистов.",
        "Предыстория",
        "Аналитики отмечают, что инвестиции стран Залива в Центральную Азию быстро растут с "
        "2020 года благодаря улучшению делового климата."]),
    ("Киргизия возобновила строительство Камбаратинской ГЭС", [
        "Киргизия возобновила строительство Камбаратинской ГЭС на реке Нарын после нескольких "
        "лет перерыва при поддержке Казахстана и Узбекистана, которые разделят воду и "
        "электроэнергию.",
        "Проект станет одним из крупнейших гидроэнергетических объектов региона и будет "
        "вырабатывать более пяти миллиардов киловатт-часов в год.",
        "Эксперты считают, что успех проекта зависит от международного финансирования и "
        "прочного соглашения стран бассейна об управлении водой."]),
]


def _write_site(folder: Path, tpl: dict[str, str], agency: str,
                articles: list[tuple[str, list[str]]]) -> list[str]:
    """One file per article as a plain-text scrape of the site prints it: the menu, the title,
    the text with the archive run after its first paragraph, the agency's paragraph, then the
    share bar, the author box and the footer."""
    names = []
    for n, (title, paras) in enumerate(articles, start=1):
        text = [paras[0], tpl["archive1"], tpl["archive2"], *paras[1:], agency]
        lines = [tpl["nav"], "", title, "", *"\n\n".join(text).split("\n"), "",
                 tpl["share"], tpl["author"], tpl["footer"]]
        name = f"{n:02d}_scrape.txt"
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        names.append(name)
    return names


def _source_lines(article: m.Article, folder: Path) -> dict[int, str]:
    text = (folder / article.source_file).read_text(encoding="utf-8").split("\n")
    return {n: line for n, line in enumerate(text, start=1)}


@pytest.mark.parametrize("tpl,agency,articles", [(AR, AR_AGENCY, AR_ARTICLES),
                                                  (RU, RU_AGENCY, RU_ARTICLES)],
                         ids=["arabic", "russian"])
def test_a_sites_template_is_removed_listed_once_and_never_merged(project, tmp_path, tpl, agency,
                                                                  articles):
    names = _write_site(project, tpl, agency, articles)
    dossier, _ = run_text_stages(Options(project, tmp_path / "out"))
    assert [a.source_file for a in sorted(dossier.articles, key=lambda a: a.source_file)] == names
    for art in dossier.articles:
        source = _source_lines(art, project)
        texts = " ".join(b.text for b in art.blocks)
        for line in tpl.values():
            assert line not in texts, (art.source_file, line)
            where = [n for n, t in source.items() if t == line]
            assert len(where) == 1
            record = art.lines[where[0] - 1]
            assert (record.action, record.rule) == ("removed", "site-template")
            assert "3 files of the folder" in record.kind
        # The real title is the title, not the site's menu above it.
        own_title = next(t for t, _ in articles if t in source.values())
        assert art.title is not None and art.title.text == own_title
    # Listed once each, with every file.
    listed = {t["text"]: t for t in dossier.site_template}
    assert sorted(listed) == sorted(tpl.values())
    for entry in listed.values():
        assert entry["files"] == names and entry["count"] == 3
    # Merge never saw them: the only duplicates are the agency's paragraph, which stays prose.
    dups = [e for e in dossier.merge_log if e["action"] == "duplicate"]
    assert sorted(e["file"] for e in dups) == names[1:]
    assert all(e["removed_text"] == agency for e in dups)
    first = next(a for a in dossier.articles if a.source_file == names[0])
    assert any(b.kind == m.PARAGRAPH and b.text == agency for b in first.blocks)
    # A subheading two articles share, between prose, is the articles' own.
    shared_heading = articles[0][1][2]
    assert sum(b.text == shared_heading and b.kind == m.HEADING
               for a in dossier.articles for b in a.blocks) == 2
    report = build_report(dossier, str(project))
    assert report["summary"]["site_template_lines"] == 3 * len(tpl)
    assert [t["text"] for t in report["site_template"]] == [t["text"]
                                                            for t in dossier.site_template]


def test_the_report_page_lists_each_template_line_once_with_its_files(project, tmp_path):
    names = _write_site(project, AR, AR_AGENCY, AR_ARTICLES)
    out = tmp_path / "out"
    summary = commands.build(Options(project, out), ("web",))
    assert f"{3 * len(AR)} site-template line(s) removed" in summary
    data = json.loads((out / "report.json").read_text("utf-8"))
    assert len(data["site_template"]) == len(AR)
    page = lxml_html.fromstring((out / "report.html").read_bytes())
    rows = page.xpath("//table[contains(@class,'site-template')]/tbody/tr")
    assert len(rows) == len(AR)
    for row in rows:
        assert [f.text_content() for f in row.xpath(".//span[@class='file']")] == names
    shown = [" ".join(r.xpath("./td")[0].text_content().split()) for r in rows]
    assert sorted(shown) == sorted(AR.values())
    # Nothing of the template reaches the web edition.
    edition = (out / "index.html").read_text("utf-8")
    assert not any(line in edition for line in AR.values())


def _off(folder: Path) -> dict:
    return load_config(folder, {"site_templates": {"min_files": 10_000, "min_in_file": 0}})


def test_a_folder_of_unrelated_articles_loses_nothing(project):
    # Three sites, one article each. Two share a title (a press review), two a subheading; one
    # quotes a short slogan on a line of its own twice.
    review = "جولة في الصحافة الآسيوية"
    files = {
        "a.txt": [review, "", "بقلم: سارة المنصوري", "",
                  "تناولت الصحف الكازاخستانية هذا الأسبوع ملف الطاقة المتجددة بتوسع، وركزت على "
                  "مشاريع الرياح في الشمال.", "", "خلفية", "",
                  "وفي أوزبكستان انشغلت الصحف بنتائج القمة الاقتصادية، وبتصريحات الرئيس عن "
                  "الإصلاحات المصرفية المقبلة.", "", "«لا عودة إلى الوراء»", "",
                  "هكذا عنونت صحيفة محلية افتتاحيتها، مشيرة إلى أن الإصلاحات ماضية رغم "
                  "الصعوبات التي تواجهها الحكومة.", "", "«لا عودة إلى الوراء»", "",
                  "وختمت الصحيفة بأن الشارع ينتظر نتائج ملموسة قبل نهاية العام الجاري."],
        "b.txt": [review, "", "تواصل الصحف الروسية متابعة العلاقات مع دول آسيا الوسطى، مع "
                  "اهتمام خاص بملف الهجرة والعمالة.", "", "خلفية", "",
                  "وكتبت صحيفة كوميرسانت أن حجم التحويلات المالية من روسيا إلى طاجيكستان تراجع "
                  "بنسبة ملحوظة خلال الربع الأول."],
        "c.txt": ["تركمانستان تفتتح خط غاز جديدا نحو الصين", "",
                  "افتتحت تركمانستان خطا جديدا لنقل الغاز الطبيعي نحو الصين، في خطوة تعزز موقعها "
                  "بين كبار مصدري الطاقة في المنطقة.", "",
                  "وقال مسؤولون إن الخط سيرفع الصادرات السنوية بنحو عشرة مليارات متر مكعب."],
    }
    for name, lines in files.items():
        (project / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    learned = run_clean(project, load_config(project))
    assert learned.site_template == []
    assert [m.article_to_dict(a) for a in learned.articles] == \
        [m.article_to_dict(a) for a in run_clean(project, _off(project)).articles]
    titles = [a.title.text for a in learned.articles if a.title is not None]
    assert titles.count(review) == 2


def test_a_footer_printed_twice_in_one_file_is_template_a_repeated_quotation_is_not(project):
    footer = "مرصد السهوب ◂ كل ما يهم آسيا الوسطى"
    slogan = "«لا عودة إلى الوراء»"
    lines = ["الإصلاحات المصرفية في أوزبكستان تدخل مرحلتها الثانية", "",
             "أعلن البنك المركزي الأوزبكي عن المرحلة الثانية من إصلاح القطاع المصرفي، وتشمل "
             "خصخصة ثلاثة مصارف حكومية كبرى.", "", slogan, "",
             "هكذا لخص محافظ البنك موقف الحكومة، مؤكدا أن الإصلاحات ستمضي رغم الصعوبات.", "",
             slogan, "", "وينتظر المستثمرون الأجانب تفاصيل الخصخصة قبل نهاية العام.", "",
             footer, footer]
    (project / "one.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_clean(project, load_config(project))
    (art,) = result.articles
    assert result.site_template == [{"text": footer, "files": ["one.txt"], "count": 2,
                                     "language": "ar"}]
    removed = [r for r in art.lines if r.rule == "site-template"]
    assert [r.line for r in removed] == [len(lines) - 1, len(lines)]
    assert all("2 times in this file" in r.kind for r in removed)
    assert [b.text for b in art.blocks].count(slogan) == 2


def test_the_thresholds_are_the_configurations(project):
    _write_site(project, AR, AR_AGENCY, AR_ARTICLES)
    assert run_clean(project, load_config(project, {"site_templates": {"min_files": 4}})
                     ).site_template == []
    # With "not prose" at four words or fewer, the footer (six words and a full stop) is prose.
    short = run_clean(project, load_config(project, {"site_templates": {"max_words": 4}}))
    assert {t["text"] for t in short.site_template} == set(AR.values()) - {AR["footer"]}
    assert all(AR["footer"] in (b.text for b in a.blocks) for a in short.articles)


def test_a_line_stops_being_template_when_the_folder_no_longer_repeats_it(project, tmp_path):
    """The template is learned from the folder, not kept with each article: when the other
    article loses its footer, a rebuild gives this one's back (the cached clean of an article
    never carries another file's evidence)."""
    _write_site(project, AR, AR_AGENCY, AR_ARTICLES[:2])
    out = tmp_path / "out"
    dossier, _ = run_text_stages(Options(project, out))
    assert {t["text"] for t in dossier.site_template} == set(AR.values())
    second = project / "02_scrape.txt"
    second.write_text(second.read_text("utf-8").replace(AR["footer"] + "\n", ""), "utf-8")
    dossier, _ = run_text_stages(Options(project, out))
    assert {t["text"] for t in dossier.site_template} == set(AR.values()) - {AR["footer"]}
    first = next(a for a in dossier.articles if a.source_file == "01_scrape.txt")
    assert first.blocks[-1].text == AR["footer"]
