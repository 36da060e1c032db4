"""Cleaning articles in their own language: one news article per language, written here.

Each article has a title, a byline, a dateline, body paragraphs and the junk its press's sites
wrap around it. Every test checks what the reader would notice: nothing of the text lost or
changed beyond what normalisation allows, junk gone and listed, no false defect notes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import languages
from pipeline import model as m
from pipeline.boilerplate import load_rules, match_rule, rules_for
from pipeline.clean import _iso_date, clean_article, cues
from pipeline.config import default_config
from pipeline.normalize import fold_for_matching, normalize_line, sentences
from pipeline.readers.base import RawArticle, split_lines
from pipeline.readers.plain import plain_units

RULES = load_rules(Path("/nonexistent-project"), [])
CFG = default_config()
ZWNJ = "\u200c"


def clean(text: str, code: str | None, script: str | None = None, **clean_cfg) -> m.Article:
    lines, style = split_lines(text)
    units, blanks = plain_units(lines)
    raw = RawArticle(Path(f"{code or 'x'}.txt"), "UTF-8", style, units, len(lines), blanks)
    cfg = {**CFG, "clean": {**CFG["clean"], **clean_cfg}}
    language = languages.get(code, script=script) if code else None
    return clean_article(raw, cfg, RULES, "t", language=language)


def text_of(article: m.Article) -> str:
    return "\n".join(b.text for b in article.blocks)


def removed(article: m.Article) -> dict[str, str]:
    return {r.before: r.rule for r in article.lines if r.action == "removed"}


def flags(article: m.Article) -> list[tuple[str, str]]:
    return [(f.code, b.text[:40]) for b in article.blocks for f in b.flags]


def assert_kept(article: m.Article, *passages: str) -> None:
    """Every sentence of every passage is in the article's text, word for word."""
    kept = text_of(article)
    for passage in passages:
        for sentence in sentences(passage):
            assert sentence in kept, sentence


# --- Persian -------------------------------------------------------------------------------

FA_TITLE = "همکاری‌های اقتصادی ایران و قزاقستان گسترش می‌یابد"
FA_P1 = ("رئیس‌جمهور قزاقستان روز سه‌شنبه در دیدار با وزیر امور خارجه ایران گفت که "
         "همکاری‌های دو کشور در حوزه ترانزیت و انرژی در سال ۱۴۰۴ گسترش می‌یابد.")
FA_P2 = ("به گزارش ایرنا، دو طرف بر اهمیت کریدور شمال-جنوب تأکید کردند و قرار شد کارگروه "
         "مشترکی تشکیل شود که نتایج آن در نشست‌های بعدی بررسی می‌شود.")
FA_P3 = "کارشناسان این توافق‌ها را گامی مهم برای اقتصاد منطقه می‌دانند."
FA = "\n".join([
    FA_TITLE,
    "۲۱ اسفند ۱۴۰۳",
    "نویسنده: مریم احمدی",
    f"تهران- ایرنا- {FA_P1}",
    FA_P2,
    "اشتراک گذاری",
    FA_P3,
    "بیشتر بخوانید:",
    "قزاقستان و چین قرارداد جدید امضا کردند",
    "برچسب‌ها: قزاقستان، ایران، ترانزیت",
    "تمامی حقوق مادی و معنوی این سایت محفوظ است",
]) + "\n"


def test_persian_keeps_its_half_spaces_letters_and_digits():
    a = clean(FA, "fa")
    assert a.language == "fa"
    content = "".join([FA_TITLE, "نویسنده: مریم احمدی", "تهران- ایرنا-", FA_P1, FA_P2, FA_P3])
    assert text_of(a).count(ZWNJ) == content.count(ZWNJ) == 10
    assert text_of(a).count("ی") == content.count("ی") and "ي" not in text_of(a)
    assert text_of(a).count("ک") == content.count("ک") and "ك" not in text_of(a)
    assert "۱۴۰۴" in text_of(a)
    # Nothing in the kept text was changed by normalisation.
    assert not [r for r in a.lines if r.action == "changed"]


def test_persian_structure_junk_and_solar_date():
    a = clean(FA, "fa")
    assert a.title.text == FA_TITLE
    assert a.first(m.BYLINE).text == "نویسنده: مریم احمدی"
    assert a.first(m.DATELINE).text == "تهران- ایرنا-"
    # "به گزارش ایرنا،" opens the sentence it attributes: it stays the paragraph's first words.
    assert FA_P2 in [b.text for b in a.blocks if b.kind == m.PARAGRAPH]
    assert_kept(a, FA_TITLE, FA_P1, FA_P2, FA_P3)
    assert removed(a) == {
        "۲۱ اسفند ۱۴۰۳": "publication-date", "اشتراک گذاری": "share-bar",
        "بیشتر بخوانید:": "read-also", "قزاقستان و چین قرارداد جدید امضا کردند": "read-also",
        "برچسب‌ها: قزاقستان، ایران، ترانزیت": "tags",
        "تمامی حقوق مادی و معنوی این سایت محفوظ است": "copyright"}
    assert a.date == "2025-03-11"  # 21 Esfand 1403
    assert flags(a) == []


def test_persian_digits_follow_the_project_option():
    assert "1404" in text_of(clean(FA, "fa", digits="western"))
    # "arabic-indic" gives a Persian article Persian digits, not Arabic ones.
    a = clean(FA.replace("۱۴۰۴", "1404"), "fa", digits="arabic-indic")
    assert "۱۴۰۴" in text_of(a) and "١" not in text_of(a)


def test_stray_joiners_go_and_meaningful_ones_stay():
    fa = languages.get("fa")
    assert normalize_line("می\u200c\u200cشود \u200cو\u200c کتاب\u200c", language=fa) == \
        "می\u200cشود و کتاب"
    assert normalize_line("می\u200cشود") == "میشود"  # Arabic, as always: no ZWNJ
    once = normalize_line("a\u200c \u200b\u200c b", language=fa)
    assert once == "a b" and normalize_line(once, language=fa) == once


# --- Urdu ----------------------------------------------------------------------------------

UR_P1 = ("وزیر اعظم نے کہا ہے کہ پاکستان اور قازقستان کے درمیان تجارت بڑھانے کے لیے نئے "
         "راستے کھولے جائیں گے۔")
UR_P2 = ("دونوں ممالک نے توانائی اور ٹرانزٹ کے شعبوں میں تعاون پر اتفاق کیا۔ اس سلسلے میں "
         "ایک مشترکہ کمیٹی بنائی جائے گی۔")
UR_P3 = "ماہرین کا کہنا ہے کہ یہ معاہدہ پورے خطے کے لیے اہم ہے۔"
UR = "\n".join([
    "پاکستان اور قازقستان کے درمیان تجارتی تعاون میں اضافہ",
    "تحریر: احمد علی",
    f"اسلام آباد (اے پی پی) - {UR_P1}",
    UR_P2,
    UR_P3.replace("ہے۔", "ہے ۔"),
    "یہ بھی پڑھیں: چین اور پاکستان کے نئے منصوبے",
    "جملہ حقوق محفوظ ہیں",
]) + "\n"


def test_urdu_full_stop_ends_sentences_and_paragraphs():
    a = clean(UR, "ur")
    assert flags(a) == []  # no "breaks off mid-sentence" on a paragraph ending in "۔"
    assert sentences(UR_P2, languages.get("ur")) == [
        "دونوں ممالک نے توانائی اور ٹرانزٹ کے شعبوں میں تعاون پر اتفاق کیا۔",
        "اس سلسلے میں ایک مشترکہ کمیٹی بنائی جائے گی۔"]
    # The space Urdu typing leaves before "۔" goes, like the one before an Arabic comma.
    assert UR_P3 in text_of(a)
    assert [r.before for r in a.lines if r.action == "changed"] == [
        UR_P3.replace("ہے۔", "ہے ۔")]


def test_urdu_structure_and_junk():
    a = clean(UR, "ur")
    assert a.first(m.BYLINE).text == "تحریر: احمد علی"
    assert a.first(m.DATELINE).text == "اسلام آباد (اے پی پی) -"
    assert_kept(a, UR_P1, UR_P2, UR_P3)
    assert removed(a) == {"یہ بھی پڑھیں: چین اور پاکستان کے نئے منصوبے": "read-also",
                          "جملہ حقوق محفوظ ہیں": "copyright"}
    # Urdu letters (ٹ ڈ ڑ ں ھ ہ ے ی) are its own: the text is as written, letter for letter.
    assert [b.text for b in a.blocks] == [
        "پاکستان اور قازقستان کے درمیان تجارتی تعاون میں اضافہ", "تحریر: احمد علی",
        "اسلام آباد (اے پی پی) -", UR_P1, UR_P2, UR_P3]


# --- Russian -------------------------------------------------------------------------------

RU_P1 = ("Президент Казахстана Касым-Жомарт Токаев провёл переговоры с делегацией «Эмиратов», "
         "т.е. с представителями крупнейших инвестиционных фондов.")
RU_P2 = ("По словам сторон, объём инвестиций может превысить 5 млрд. долларов. Соглашения "
         "подписаны в г. Астане в присутствии министров.")
RU = "\n".join([
    "Казахстан и ОАЭ расширяют сотрудничество",
    "Автор: Иван Петров",
    f"АСТАНА, 12 марта. /ТАСС/. {RU_P1}",
    RU_P2,
    "Поделиться",
    "Читайте также: Токаев посетил Абу-Даби",
    "Теги: Казахстан, ОАЭ, инвестиции",
    "Все права защищены.",
    "Подписывайтесь на наш канал в Telegram",
]) + "\n"


def test_russian_dateline_byline_and_no_false_notes():
    a = clean(RU, "ru")
    assert a.language == "ru"
    assert a.first(m.BYLINE).text == "Автор: Иван Петров"
    assert a.first(m.DATELINE).text == "АСТАНА, 12 марта. /ТАСС/."
    assert flags(a) == []  # "/ТАСС/." is no stray fragment, nor "т.е." or "5 млрд."
    assert_kept(a, RU_P1, RU_P2)
    assert "«Эмиратов», т.е. с" in text_of(a)  # quotes and abbreviations as written
    assert removed(a) == {
        "Поделиться": "share-bar", "Читайте также: Токаев посетил Абу-Даби": "read-also",
        "Теги: Казахстан, ОАЭ, инвестиции": "tags", "Все права защищены.": "copyright",
        "Подписывайтесь на наш канал в Telegram": "follow-subscribe"}
    assert not [r for r in a.lines if r.action == "changed"]


@pytest.mark.parametrize("first, dateline", [
    ("АСТАНА.", "АСТАНА."),
    (f"АСТАНА. {RU_P1}", "АСТАНА."),
    (f"АСТАНА, 12 марта — {RU_P1}", "АСТАНА, 12 марта —"),
    (f"МОСКВА, 12 мар — РИА Новости. {RU_P1}", "МОСКВА, 12 мар — РИА Новости."),
])
def test_russian_dateline_forms(first, dateline):
    a = clean(f"Казахстан и ОАЭ расширяют сотрудничество\n{first}\n{RU_P1}\n{RU_P2}\n", "ru")
    assert a.first(m.DATELINE).text == dateline
    assert flags(a) == []
    assert_kept(a, RU_P1, RU_P2)


@pytest.mark.parametrize("first", [
    "США — крупнейший торговый партнёр Казахстана среди западных стран по итогам года.",
    "Астана — столица Казахстана с 1997 года, где проходят крупнейшие форумы региона.",
    "Energy - the key issue: what the new pipeline means for the region and its neighbours.",
    "NATO — the alliance — said nothing about the talks in Astana this week at all.",
    "Par ailleurs, le ministre a rappelé que les négociations se poursuivront en mai.",
])
def test_a_sentence_is_never_taken_for_a_dateline_or_byline(first):
    code = languages.get("ru") if "США" in first or "Астана" in first else None
    lang = code.code if code else ("fr" if first.startswith("Par") else "en")
    body = "The talks will continue next month in the capital, officials said on Monday."
    a = clean(f"A title for the test\n{first}\n{body}\n", lang)
    assert a.first(m.DATELINE) is None and a.first(m.BYLINE) is None
    assert first in [b.text for b in a.blocks]


# --- English -------------------------------------------------------------------------------

EN_P1 = ("Kazakhstan's president met Gulf investors on Wednesday, the U.S. envoy said. "
         "Mr. Smith attended the talks too.")
EN_P2 = "The talks covered energy and transport links between the Gulf and Central Asia."
EN_P3 = "The new corridor would link the Caspian ports to the Gulf by 2030, officials said."
EN = "\n".join([
    "Kazakhstan and the Gulf: a new partnership",
    "By Jane Doe",
    "Astana, March 19, 2025 —",
    EN_P1,
    EN_P2,
    "Energy Corridors",
    EN_P3,
    "Read more: Kazakhstan signs a rail deal with China",
    "Share this article",
    "Copyright © 2025 Example News. All rights reserved.",
]) + "\n"


def test_english_dateline_is_no_heading_and_the_text_is_left_as_written():
    a = clean(EN, "en")
    assert a.first(m.DATELINE).text == "Astana, March 19, 2025 —"
    assert [b.text for b in a.blocks if b.kind == m.HEADING] == ["Energy Corridors"]
    assert a.first(m.BYLINE).text == "By Jane Doe"
    assert a.date == "2025-03-19"
    assert flags(a) == []  # "Mr." and "U.S." end no sentence
    assert not [r for r in a.lines if r.action == "changed"]
    assert_kept(a, EN_P1, EN_P2, EN_P3)
    assert set(removed(a).values()) == {"read-also", "share-bar", "copyright"}


@pytest.mark.parametrize("first, dateline, lang", [
    ("ASTANA, March 12 (Reuters) - Kazakhstan's president met Gulf investors on Wednesday.",
     "ASTANA, March 12 (Reuters) -", "en"),
    ("ASTANA (AFP) - Le président kazakh a reçu mardi une délégation des Émirats.",
     "ASTANA (AFP) -", "fr"),
    ("PARIS, 12 mars (AFP) - Le président kazakh a reçu mardi une délégation des Émirats.",
     "PARIS, 12 mars (AFP) -", "fr"),
    ("ANKARA (AA) - Dışişleri Bakanı Kazakistan heyetiyle görüştü.", "ANKARA (AA) -", "tr"),
])
def test_press_datelines(first, dateline, lang):
    a = clean(f"A title\n{first}\nAnother sentence follows here, and it is long enough.\n", lang)
    assert a.first(m.DATELINE).text == dateline
    assert first[len(dateline):].strip() in text_of(a)


# --- French --------------------------------------------------------------------------------

FR_P1 = ("Le président kazakh a reçu mardi une délégation des Émirats arabes unis, selon "
         "l'agence officielle.")
FR_P2 = ("M. Tokaïev a souligné « l'importance stratégique » de ce partenariat. Les deux pays "
         "ont signé cinq accords.")
FR = "\n".join([
    "Le Kazakhstan renforce ses liens avec le Golfe",
    "Par Jean Dupont",
    f"ASTANA (AFP) - {FR_P1}",
    FR_P2,
    "Lire aussi : Le Kazakhstan et la Chine signent un accord",
    "Partager sur Facebook",
    "Mots-clés : Kazakhstan, Émirats",
    "Tous droits réservés.",
]) + "\n"


def test_french_article():
    a = clean(FR, "fr")
    assert a.first(m.BYLINE).text == "Par Jean Dupont"
    assert a.first(m.DATELINE).text == "ASTANA (AFP) -"
    assert flags(a) == []
    assert "« l'importance stratégique »" in text_of(a)
    assert_kept(a, FR_P1, FR_P2)
    assert set(removed(a)) == {"Lire aussi : Le Kazakhstan et la Chine signent un accord",
                               "Partager sur Facebook", "Mots-clés : Kazakhstan, Émirats",
                               "Tous droits réservés."}


# --- Turkish -------------------------------------------------------------------------------

TR_P1 = ("Dışişleri Bakanı, Kazakistan heyetiyle yaptığı görüşmede enerji ve ulaştırma "
         "alanlarında iş birliğinin artırılacağını söyledi.")
TR_P2 = "Görüşmede Orta Koridor projesi de ele alındı. İki ülke yeni bir ortak komisyon kuracak."
TR = "\n".join([
    "Türkiye ile Kazakistan arasında yeni iş birliği anlaşması",
    "Yazan: Ahmet Yılmaz",
    "Yayınlanma: 12 Mart 2025 - 10:30",
    f"ANKARA (AA) - {TR_P1}",
    TR_P2,
    "Bunu da okuyun: Kazakistan ile Çin arasında yeni demiryolu hattı",
    "İlgili haberler",
    "Etiketler: Kazakistan, Türkiye, enerji",
    "Tüm hakları saklıdır.",
]) + "\n"


def test_turkish_article():
    a = clean(TR, "tr")
    assert a.first(m.BYLINE).text == "Yazan: Ahmet Yılmaz"
    assert a.first(m.DATELINE).text == "ANKARA (AA) -"
    assert a.date == "2025-03-12"
    assert flags(a) == []
    assert_kept(a, TR_P1, TR_P2)
    assert removed(a) == {
        "Yayınlanma: 12 Mart 2025 - 10:30": "publication-date",
        "Bunu da okuyun: Kazakistan ile Çin arasında yeni demiryolu hattı": "read-also",
        "İlgili haberler": "read-also", "Etiketler: Kazakistan, Türkiye, enerji": "tags",
        "Tüm hakları saklıdır.": "copyright"}


# --- Arabic --------------------------------------------------------------------------------

AR_P1 = "قال وزير الخارجية إن المحادثات مع الجانب الكازاخستاني ستستمر الأسبوع المقبل في أستانا."
AR_P2 = "وأضاف أن البلدين يعملان على زيادة التبادل التجاري وتطوير ممرات النقل بينهما."
AR = "\n".join([
    "مصر وكازاخستان تبحثان التعاون الاقتصادي",
    "By Sara Ali",
    "القاهرة (Reuters) - " + AR_P1.replace("الخارجية", "الخار\u200cجية"),
    AR_P2,
    "اقرأ أيضا: قمة أستانا",
    "Share this article",
]) + "\n"


def test_arabic_article_keeps_its_english_cues_and_drops_zwnj():
    a = clean(AR, "ar")
    assert a.first(m.BYLINE).text == "By Sara Ali"  # the English cues serve Arabic articles
    assert a.first(m.DATELINE).text == "القاهرة (Reuters) -"
    assert ZWNJ not in text_of(a)
    assert_kept(a, AR_P1, AR_P2)
    assert flags(a) == []
    assert set(removed(a).values()) == {"read-also", "share-bar"}


def test_an_article_without_a_language_takes_its_scripts_default():
    assert clean(AR, None).language == "ar"
    assert clean(RU, None).language == "ru"
    assert clean(EN, None).language == "en"


# --- German --------------------------------------------------------------------------------

GERMAN_P1 = ("Der kasachische Präsident hat am Mittwoch eine Delegation aus den Emiraten "
             "empfangen, wie die Regierung am 12. März mitteilte.")
GERMAN_P2 = ("Beide Seiten unterzeichneten fünf Abkommen, z. B. über Energie und Verkehr. "
             "„Das ist ein historischer Schritt“, sagte Dr. Weber.")
GERMAN = "\n".join([
    "Kasachstan und die Golfstaaten vertiefen ihre Zusammenarbeit",
    "Von Tobias Kraft",
    "Veröffentlicht am 12. März 2025, 10:42 Uhr",
    f"ASTANA (dpa) - {GERMAN_P1}",
    GERMAN_P2,
    "Lesen Sie auch: Kasachstan und China unterzeichnen Bahnabkommen",
    "Teilen",
    "Schlagwörter: Kasachstan, Emirate",
    "Alle Rechte vorbehalten.",
]) + "\n"


def test_german_article():
    a = clean(GERMAN, "de")
    assert a.language == "de"
    assert a.first(m.BYLINE).text == "Von Tobias Kraft"
    assert a.first(m.DATELINE).text == "ASTANA (dpa) -"
    assert a.date == "2025-03-12"
    assert flags(a) == []  # "am 12. März", "z. B." and "Dr." end no sentence; „…“ pairs
    assert_kept(a, GERMAN_P1, GERMAN_P2)
    assert removed(a) == {
        "Veröffentlicht am 12. März 2025, 10:42 Uhr": "publication-date",
        "Lesen Sie auch: Kasachstan und China unterzeichnen Bahnabkommen": "read-also",
        "Teilen": "share-bar", "Schlagwörter: Kasachstan, Emirate": "tags",
        "Alle Rechte vorbehalten.": "copyright"}
    assert not [r for r in a.lines if r.action == "changed"]


def test_german_sentences_and_abbreviations():
    de = languages.get("de")
    assert sentences("Am 12. März kam er, d. h. Der Rest folgt. Dr. Weber ging.", de) == [
        "Am 12. März kam er, d. h. Der Rest folgt.", "Dr. Weber ging."]
    # Without the German file, "am 12." would end a sentence.
    assert sentences("Am 12. März kam er.") == ["Am 12.", "März kam er."]


# --- Spanish -------------------------------------------------------------------------------

ES_P1 = ("El presidente kazajo recibió el miércoles a una delegación de los Emiratos, según "
         "informó el Gobierno.")
ES_P2 = ("El Sr. Nurlan y la Sra. Pérez firmaron cinco acuerdos con EE. UU. y la UE. "
         "«Es un paso histórico», dijo el portavoz.")
ES = "\n".join([
    "Kazajistán y el Golfo refuerzan su cooperación",
    "Por Ana López",
    "Publicado el 3 de junio de 2024",
    f"Madrid, 3 jun (EFE).- {ES_P1}",
    ES_P2,
    "Lee también: Kazajistán y China firman un acuerdo ferroviario",
    "Compartir",
    "Etiquetas: Kazajistán, Emiratos",
    "Todos los derechos reservados.",
]) + "\n"


def test_spanish_article():
    a = clean(ES, "es")
    assert a.language == "es"
    assert a.first(m.BYLINE).text == "Por Ana López"
    assert a.first(m.DATELINE).text == "Madrid, 3 jun (EFE).-"
    assert a.date == "2024-06-03"
    assert flags(a) == []  # "Sr.", "Sra." and "EE. UU." end no sentence
    assert_kept(a, ES_P1, ES_P2)
    assert removed(a) == {
        "Publicado el 3 de junio de 2024": "publication-date",
        "Lee también: Kazajistán y China firman un acuerdo ferroviario": "read-also",
        "Compartir": "share-bar", "Etiquetas: Kazajistán, Emiratos": "tags",
        "Todos los derechos reservados.": "copyright"}
    assert not [r for r in a.lines if r.action == "changed"]


@pytest.mark.parametrize("first, dateline", [
    ("BERLIN, 12. März (dpa) - Die Bundesregierung begrüßte das Abkommen.",
     "BERLIN, 12. März (dpa) -"),
    ("Madrid, 3 de junio (EFE).- El Gobierno celebró el acuerdo.",
     "Madrid, 3 de junio (EFE).-"),
    ("MADRID, 3 Jun. (EUROPA PRESS) - El Gobierno celebró el acuerdo.",
     "MADRID, 3 Jun. (EUROPA PRESS) -"),
])
def test_german_and_spanish_datelines(first, dateline):
    lang = "de" if "dpa" in first else "es"
    a = clean(f"Ein Titel\n{first}\nAnother sentence follows here, and it is long enough.\n", lang)
    assert a.first(m.DATELINE).text == dateline


@pytest.mark.parametrize("first, lang", [
    ("Von Anfang an war klar, dass die Gespräche in Astana schwierig werden würden.", "de"),
    ("Por ello, el ministro pidió calma a los inversores durante la reunión del miércoles.",
     "es"),
    ("Por qué Kazajistán mira al Golfo", "es"),
])
def test_a_german_or_spanish_sentence_is_no_byline(first, lang):
    body = "Die Gespräche werden nächsten Monat in der Hauptstadt fortgesetzt, hieß es am Montag."
    a = clean(f"Ein Titel für den Test\n{first}\n{body}\n", lang)
    assert a.first(m.BYLINE) is None
    assert first in [b.text for b in a.blocks]


# --- languages without a file of their own -------------------------------------------------

IT_P1 = ("Il presidente kazako ha ricevuto mercoledì una delegazione degli Emirati, come ha "
         "comunicato il governo.")
IT_P2 = ("Le due parti hanno firmato cinque accordi, tra cui uno sull'energia. "
         "«È un passo storico», ha detto il Dr. Rossi.")
IT = "\n".join([
    "Il Kazakistan e i Paesi del Golfo rafforzano la cooperazione",
    f"ASTANA (ANSA) - {IT_P1}",
    IT_P2,
    "Share this article",
    "Copyright © 2025 Giornale Esempio",
]) + "\n"

KK_P1 = ("Қазақстан Президенті Қасым-Жомарт Тоқаев сәрсенбі күні Біріккен Араб Әмірліктерінің "
         "делегациясын қабылдады.")
KK_P2 = "Тараптар энергетика және көлік салаларындағы ынтымақтастықты талқылады."
KK = f"Қазақстан мен Әмірліктер ынтымақтастығы\nАСТАНА.\n{KK_P1}\n{KK_P2}\n© 2025 Kazinform\n"


def test_generic_languages_in_latin_and_cyrillic():
    it = clean(IT, "it", "Latin")
    assert it.language == "it" and languages.get("it").generic
    assert it.first(m.DATELINE).text == "ASTANA (ANSA) -"
    assert flags(it) == []  # «…» pairs, "Dr." ends nothing
    assert_kept(it, IT_P1, IT_P2)
    assert set(removed(it).values()) == {"share-bar", "copyright"}
    kk = clean(KK, "kk", "Cyrillic")
    assert kk.language == "kk" and kk.first(m.DATELINE).text == "АСТАНА."
    assert flags(kk) == []
    assert_kept(kk, KK_P1, KK_P2)


# --- pieces ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("12 марта 2025 года", "2025-03-12"), ("March 19, 2025", "2025-03-19"),
    ("1er mars 2025", "2025-03-01"), ("12 Mart 2025 Çarşamba", "2025-03-12"),
    ("۲۱ اسفند ۱۴۰۳", "2025-03-11"), ("۱۲ مارس ۲۰۲۵", "2025-03-12"),
    ("12 مارچ 2025", "2025-03-12"), ("12 مارس 2025", "2025-03-12"),
    ("12. März 2025", "2025-03-12"), ("Mittwoch, 12. März 2025", "2025-03-12"),
    ("12. Jänner 2025", "2025-01-12"), ("3 de junio de 2024", "2024-06-03"),
    ("miércoles, 12 de marzo de 2025", "2025-03-12"), ("03 jun 2024", "2024-06-03"),
])
def test_dates_in_every_language_read_as_iso(text, iso):
    assert _iso_date(text) == iso


def test_latin_and_cyrillic_lines_get_no_arabic_spacing():
    for code in ("en", "ru", "fr", "tr"):
        lang = languages.get(code)
        for line in ("the U.S.A.and", "т.е.это", "«Эмираты»…", "10:30 ,x"):
            assert normalize_line(line, language=lang) == line
        assert normalize_line("a\u00a0 b\u200b\u202ec\x07", language=lang) == "a bc"


def test_language_rules_apply_only_to_their_language():
    line = "Читайте также: Токаев посетил Абу-Даби"
    assert match_rule(rules_for(RULES, languages.get("ru")), line)[0].id == "read-also"
    assert match_rule(rules_for(RULES, languages.get("ar")), line) is None
    # The bare-name poster rule is for Arabic-script articles only.
    arabic = rules_for(RULES, languages.get("ar"))
    assert [r.id for r in arabic if r.scripts] == ["poster-name"]
    assert not [r for r in rules_for(RULES, languages.get("en")) if r.scripts]


@pytest.mark.parametrize("code, sentence", [
    ("ru", "Все права защищены законом, и это знают все граждане нашей большой страны."),
    ("fr", "Tous droits réservés : la formule ne protège rien sans dépôt préalable de l'œuvre."),
    ("tr", "Tüm hakları saklıdır diyen şirket, davayı kazanmak için yeni avukatlar tuttu."),
    ("fa", "تمامی حقوق کارگران اخراج شده در قانون جدید محفوظ است و دولت آن را تضمین می‌کند."),
    ("ur", "جملہ حقوق محفوظ ہیں کہنے سے کچھ نہیں ہوتا جب تک قانون پر عمل نہ کیا جائے۔"),
    ("ru", "Подписывайтесь на рассылку предложили всем участникам форума в Астане в среду."),
    ("fa", "بیشتر بخوانید و بیشتر بدانید شعار نمایشگاه کتاب امسال در تهران بود."),
    ("de", "Alle Rechte vorbehalten, sagte der Verleger, bevor er über das Urheberrecht sprach."),
    ("de", "Folgen Sie uns, rief der Minister den Demonstranten zu, und sie folgten ihm."),
    ("es", "Todos los derechos reservados a los trabajadores están en la nueva ley, dijo."),
    ("es", "Suscríbete, le dijo el ministro al periodista, antes de hablar del presupuesto."),
])
def test_a_sentence_is_never_junk_in_any_language(code, sentence):
    lang = languages.get(code)
    text = normalize_line(sentence, language=lang)
    rules = rules_for(RULES, lang)
    assert match_rule(rules, text) is None and match_rule(rules, text, near_junk=True) is None


def test_cues_come_from_the_language_and_its_also_list():
    ar = cues(languages.get("ar"))
    assert "بقلم" in ar["byline_prefixes"] and "By" in ar["byline_prefixes"]
    assert "reuters" in ar["agency_keys"] and "رويترز" in ar["agency_keys"]
    ru = cues(languages.get("ru"))
    assert "Автор" in ru["byline_prefixes"] and ru["months"]["марта"] == 3


def test_folding_for_matching_per_script():
    assert fold_for_matching("Ёлка") == fold_for_matching("елка")
    assert fold_for_matching("می‌شود کتاب") == fold_for_matching("ميشود كتاب")
    assert fold_for_matching("Tokaïev") == fold_for_matching("Tokaiev")


def test_a_capitalised_subheading_beside_junk_stays_in_a_latin_article():
    a = clean("\n".join(["Kazakhstan and the Gulf: a new partnership", EN_P1,
                         "Share this article", "Energy Corridors", EN_P3,
                         "Share this article", "Jane Doe"]) + "\n", "en")
    assert "Energy Corridors" in [b.text for b in a.blocks if b.kind == m.HEADING]
    # The writer's name closing the article is a signature, not a site's poster name.
    assert a.first(m.SIGNATURE).text == "Jane Doe"


@pytest.mark.parametrize("code, line, rule", [
    ("ru", "Комментарии (12)", "comments"), ("ru", "Оставить комментарий", "comments"),
    ("ru", "Опубликовано: 12.03.2025, 10:30", "publication-date"),
    ("ru", "При использовании материалов ссылка на ТАСС обязательна.", "copyright"),
    ("ru", "Смотрите также", "read-also"), ("ru", "ВКонтакте Одноклассники Телеграм", "share-bar"),
    ("fr", "Suivez-nous sur Twitter", "follow-subscribe"), ("fr", "3 commentaires", "comments"),
    ("fr", "Publié le 12 mars 2025 à 10h30", "publication-date"),
    ("fr", "À lire aussi", "read-also"),
    ("tr", "Bizi sosyal medyada takip edin", "follow-subscribe"),
    ("tr", "Yorumlar (4)", "comments"),
    ("tr", "Haberi paylaş", "share-bar"),
    ("fa", "ما را در تلگرام دنبال کنید", "follow-subscribe"), ("fa", "نظرات", "comments"),
    ("fa", "تاریخ انتشار: ۱۴۰۳/۱۲/۲۱ - ۱۰:۳۰", "publication-date"),
    ("fa", "اخبار مرتبط", "read-also"), ("fa", "تلگرام واتساپ توییتر", "share-bar"),
    ("ur", "مزید پڑھیں", "read-also"), ("ur", "ہمیں فیس بک پر فالو کریں", "follow-subscribe"),
    ("ur", "تبصرے", "comments"), ("ur", "ٹیگز: پاکستان، قازقستان", "tags"),
    ("en", "Read more", "read-also"), ("en", "Follow us on X", "follow-subscribe"),
    ("de", "Kommentare (12)", "comments"), ("de", "Folgen Sie uns auf Instagram",
                                            "follow-subscribe"),
    ("de", "Stand: 12.03.2025 10:42 Uhr", "publication-date"),
    ("de", "Mehr zum Thema", "read-also"),
    ("es", "Comentarios (3)", "comments"), ("es", "Síguenos en Instagram", "follow-subscribe"),
    ("es", "Actualizado el 12 de marzo de 2025 a las 10:42", "publication-date"),
    ("es", "Lee también", "read-also"),
])
def test_each_languages_site_junk(code, line, rule):
    lang = languages.get(code)
    found = match_rule(rules_for(RULES, lang), normalize_line(line, language=lang))
    assert found is not None and found[0].id == rule


@pytest.mark.parametrize("code, line", [
    ("ar", "الساعة ١٠:٣٠ صباحا"), ("ar", "بلغ النمو ٣.٥ في المئة"), ("fa", "ساعت ۱۰:۳۰ صبح"),
])
def test_a_number_in_eastern_digits_gets_no_space(code, line):
    assert normalize_line(line, language=languages.get(code)) == line
