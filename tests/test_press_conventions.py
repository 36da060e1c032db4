"""Press conventions the held-out corpus showed (bench/clean_score.py): datelines with a region,
two places or an agency after the full stop, bylines above a date stamp, agencies' credit lines,
quotations closed after an Urdu full stop. Each case has a sentence of the same shape that must
stay a sentence."""

from __future__ import annotations

import pytest

from pipeline import languages
from pipeline import model as m
from pipeline.clean import _dateline, cues
from pipeline.normalize import normalize_line

from .test_clean_languages import clean, flags

BODY = {
    "en": "Officials said the talks would continue next week in the capital.",
    "ru": "Представители министерства сообщили, что переговоры продолжатся на следующей неделе.",
    "kk": "Министрлік өкілдері келіссөздер келесі аптада жалғасатынын хабарлады.",
    "ur": "وزارت کے حکام نے کہا کہ مذاکرات اگلے ہفتے دارالحکومت میں جاری رہیں گے۔",
    "ar": "وقال مسؤولون إن المحادثات ستستمر الأسبوع المقبل في العاصمة.",
    "tr": "Yetkililer görüşmelerin gelecek hafta başkentte devam edeceğini söyledi.",
    "fr": "Les responsables ont indiqué que les discussions reprendraient la semaine prochaine.",
    "fa": "مقام‌های وزارت گفتند که گفت‌وگوها هفته آینده در پایتخت ادامه می‌یابد.",
}


@pytest.mark.parametrize("code, dateline", [
    ("en", "TBILISI, Georgia (AP) —"),
    ("en", "ISLAMABAD:"),
    ("kk", "АСТАНА. KAZINFORM –"),
    ("ru", "Астана. 3 апреля. INTERFAX-KAZAKHSTAN -"),
    ("ur", "تاشقند/اسلام آباد (ویب ڈیسک)"),
    ("ur", "لاہور (نمائندہ خصوصی)"),
    ("ar", "باكو - (وكالات):"),
])
def test_press_datelines(code, dateline):
    text = f"{dateline} {BODY[code]}"
    assert _dateline(text, cues(languages.get(code))) == (dateline, BODY[code])


@pytest.mark.parametrize("code, sentence", [
    ("ru", "Россия. NATO - враг."),  # a one-word sentence, then an acronym: no agency
    ("ru", "Москва. Путин - президент."),
    ("en", "Kazakhstan, Uzbekistan and Kyrgyzstan agreed on water quotas."),
    ("ur", "پاکستان (اور چین) نے معاہدہ کیا۔"),  # a bracket that names no agency
])
def test_sentences_of_the_same_shape_are_not_datelines(code, sentence):
    assert _dateline(sentence, cues(languages.get(code))) is None


def test_a_byline_above_a_date_stamp_is_the_byline_not_a_poster_name():
    article = clean("Pipeline work to resume, ministry says\n\nBy Staff Reporter\n\n"
                    "Published April 3, 2025\n\n"
                    f"ISLAMABAD: {BODY['en']} {BODY['en']} {BODY['en']}\n\n{BODY['en']}\n", "en")
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert (m.BYLINE, "By Staff Reporter") in kinds and (m.DATELINE, "ISLAMABAD:") in kinds
    assert article.date == "2025-04-03"


def test_a_poster_name_at_the_foot_of_a_page_still_goes():
    article = clean(f"Title of the story\n\n{BODY['en']} {BODY['en']}\n\n{BODY['en']}\n\n"
                    "Posted by admin\n\nShare this: Facebook | X\n", "en")
    assert "Posted by admin" not in [b.text for b in article.blocks]


@pytest.mark.parametrize("code, credit", [
    ("en", "Reporting by Dana Abenova; Editing by Mark Potter"),
    ("en", "(Reporting by Dana Abenova; Editing by Mark Potter)"),
    ("en", "Associated Press writer Daria Litvinova in Tallinn, Estonia, contributed to this "
           "report."),
    ("ar", "(إعداد سارة المنصوري للنشرة العربية - تحرير خالد يوسف)"),
    ("fr", "(Reportage Camille Roux, édité par Blandine Hénault)"),
    ("tr", "Ayşe YILMAZ / İHA"),
])
def test_an_agency_credit_line_closes_the_copy_as_its_signature(code, credit):
    article = clean(f"Title\n\n{BODY[code]} {BODY[code]}\n\n{BODY[code]}\n\n{credit}\n", code)
    assert article.blocks[-1].kind == m.SIGNATURE and article.blocks[-1].text == credit
    assert not flags(article)


def test_a_last_sentence_is_not_a_credit_line():
    last = "Avec la Chine, le Kazakhstan a signé un accord sur le transit des marchandises."
    article = clean(f"Titre\n\n{BODY['fr']} {BODY['fr']}\n\n{last}\n", "fr")
    assert article.blocks[-1].kind == m.PARAGRAPH


def test_a_quotation_closed_after_an_urdu_full_stop_keeps_its_mark():
    ur = languages.get("ur")
    said = "وزیر نے کہا: ”یہ منصوبہ اہم ہے۔“ انہوں نے مزید کہا۔"
    assert normalize_line(said, language=ur) == said
    # ...while a new sentence after a question mark still gets its space.
    assert normalize_line("کیا؟“نیا”", language=ur) == "کیا؟ “نیا”"
    article = clean(f"سرخی\n\n{said} {BODY['ur']}\n\n{BODY['ur']}\n", "ur")
    assert not flags(article)


@pytest.mark.parametrize("code, items", [
    ("ar", ["1- التعاون في مشروعات الطاقة الشمسية", "2- تبادل الخبرات في إدارة المياه"]),
    ("ur", ["1۔ ترجیحی تجارتی معاہدے کی توسیع", "2۔ توانائی کے شعبے میں تعاون"]),
    ("ru", ["- партия «Аманат»", "- Народная партия Казахстана"]),
    ("fa", ["• تبادل داده‌های کیفیت آب", "• تدوین استانداردهای مشترک"]),
    ("tr", ["- Toplam yatırım tutarı: 110 milyon dolar", "- Yapım süresi: 18 ay"]),
])
def test_list_items_are_body_text_never_headings_nor_cut_off(code, items):
    article = clean(f"Title\n\n{BODY[code]} {BODY[code]}\n\n" + "\n".join(items)
                    + f"\n\n{BODY[code]}\n", code)
    # List items, their markers kept apart from their text ("1-", "1۔", "-", "•").
    listed = [b for b in article.blocks if f"{b.marker} {b.text}" in items]
    assert [b.kind for b in listed] == [m.ITEM] * len(items)
    assert not flags(article)


def test_a_markdown_list_item_is_body_text(tmp_path):
    from pipeline.ingest import read_article

    path = tmp_path / "a.md"
    path.write_text(f"# Title\n\n{BODY['en']}\n\n* share data through a joint centre\n"
                    "* hold annual talks on water\n", encoding="utf-8")
    assert [u.hint for u in read_article(path).units][-2:] == ["paragraph", "paragraph"]


def test_an_urdu_paragraph_closing_its_quotation_after_the_full_stop_is_not_cut_off():
    article = clean(f"سرخی\n\n{BODY['ur']}\n\nوزیر نے کہا: ”یہ منصوبہ اہم ہے۔“\n", "ur")
    assert not flags(article)
