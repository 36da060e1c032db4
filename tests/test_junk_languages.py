"""Web junk of the foreign press, by class: comment counts, publication and update stamps,
paywall notes, newsletter prompts, news ids, "read next" labels, share bars with a preposition,
an agency's standards line, and the Kazakh press's own junk.

Each junk line is put in an article written here, in its language, and must go; a real sentence
of that language using the same words must stay in its place, word for word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import languages
from pipeline import model as m
from pipeline.boilerplate import load_rules
from pipeline.clean import clean_article
from pipeline.config import default_config
from pipeline.languages.detect import decide
from pipeline.normalize import normalize_line, sentences
from pipeline.readers.base import RawArticle, split_lines
from pipeline.readers.plain import plain_units
from pipeline.stages import run_clean

RULES = load_rules(Path("/nonexistent-project"), [])
CFG = default_config()

# A title and three paragraphs per language: the article each junk line is put in.
ARTICLES = {
    "ar": ("كازاخستان والخليج: شراكة اقتصادية جديدة", [
        "التقى رئيس كازاخستان يوم الأربعاء بمستثمرين من دول الخليج في العاصمة أستانا لبحث "
        "مشاريع مشتركة في الطاقة والنقل.",
        "وقال مسؤولون إن الجانبين اتفقا على تشكيل فريق عمل مشترك يقدم تقريره خلال ثلاثة أشهر.",
        "ويرى خبراء أن هذه الاتفاقات خطوة مهمة لاقتصاد المنطقة بأكملها.",
    ]),
    "fa": ("همکاری‌های اقتصادی ایران و قزاقستان گسترش می‌یابد", [
        "رئیس‌جمهور قزاقستان روز سه‌شنبه در دیدار با وزیر امور خارجه ایران گفت که "
        "همکاری‌های دو کشور در حوزه ترانزیت و انرژی گسترش می‌یابد.",
        "دو طرف بر اهمیت کریدور شمال-جنوب تأکید کردند و قرار شد کارگروه مشترکی تشکیل شود.",
        "کارشناسان این توافق‌ها را گامی مهم برای اقتصاد منطقه می‌دانند.",
    ]),
    "ur": ("پاکستان اور قازقستان کے درمیان تجارتی تعاون میں اضافہ", [
        "قازقستان کے صدر نے بدھ کے روز اسلام آباد میں وزیر اعظم سے ملاقات کی اور دونوں "
        "ممالک کے درمیان تجارت بڑھانے پر اتفاق کیا۔",
        "حکام کے مطابق دونوں فریقوں نے توانائی اور ٹرانسپورٹ کے شعبوں میں مشترکہ منصوبوں پر "
        "بات چیت کی۔",
        "ماہرین ان معاہدوں کو خطے کی معیشت کے لیے اہم قدم قرار دیتے ہیں۔",
    ]),
    "tr": ("Kazakistan ile Körfez arasında yeni ekonomik ortaklık", [
        "Kazakistan Cumhurbaşkanı çarşamba günü Astana'da Körfez ülkelerinden yatırımcılarla "
        "bir araya gelerek enerji ve ulaştırma projelerini görüştü.",
        "Yetkililer, iki tarafın üç ay içinde rapor sunacak ortak bir çalışma grubu kurma "
        "konusunda anlaştığını söyledi.",
        "Uzmanlar bu anlaşmaları bölge ekonomisi için önemli bir adım olarak görüyor.",
    ]),
    "ru": ("Казахстан и страны Залива расширяют сотрудничество", [
        "Президент Казахстана в среду встретился в Астане с инвесторами из стран Персидского "
        "залива и обсудил совместные проекты в энергетике и транспорте.",
        "По словам чиновников, стороны договорились создать рабочую группу, которая представит "
        "доклад в течение трёх месяцев.",
        "Эксперты считают эти соглашения важным шагом для экономики всего региона.",
    ]),
    "fr": ("Le Kazakhstan renforce ses liens avec le Golfe", [
        "Le président kazakh a rencontré mercredi à Astana des investisseurs des pays du Golfe "
        "pour discuter de projets communs dans l'énergie et les transports.",
        "Selon des responsables, les deux parties ont convenu de créer un groupe de travail qui "
        "rendra son rapport dans trois mois.",
        "Les experts voient dans ces accords une étape importante pour l'économie de la région.",
    ]),
    "en": ("Kazakhstan and the Gulf: a new partnership", [
        "Kazakhstan's president met investors from the Gulf states in Astana on Wednesday to "
        "discuss joint projects in energy and transport.",
        "Officials said both sides agreed to set up a joint working group that will report "
        "within three months.",
        "Experts see the agreements as an important step for the economy of the whole region.",
    ]),
    "de": ("Kasachstan und die Golfstaaten vertiefen ihre Zusammenarbeit", [
        "Der kasachische Präsident hat am Mittwoch in Astana Investoren aus den Golfstaaten "
        "getroffen und gemeinsame Projekte in Energie und Verkehr besprochen.",
        "Nach Angaben von Regierungsvertretern vereinbarten beide Seiten eine Arbeitsgruppe, "
        "die am 12. Juni, d. h. in drei Monaten, einen Bericht vorlegen soll.",
        "Experten sehen in den Abkommen, z. B. zum Bahnverkehr, einen wichtigen Schritt für die "
        "Wirtschaft der Region.",
    ]),
    "es": ("Kazajistán y el Golfo refuerzan su cooperación", [
        "El presidente kazajo se reunió el miércoles en Astaná con inversores de los países del "
        "Golfo para estudiar proyectos conjuntos de energía y transporte.",
        "Según el Sr. Nurlan, portavoz del Gobierno, ambas partes acordaron crear un grupo de "
        "trabajo que presentará su informe en tres meses.",
        "Los expertos ven en los acuerdos, firmados también con EE. UU., un paso importante para "
        "la economía de la región.",
    ]),
    "kk": ("Қазақстан мен Парсы шығанағы елдері ынтымақтастықты кеңейтеді", [
        "Қазақстан Президенті сәрсенбі күні Астанада Парсы шығанағы елдерінің инвесторларымен "
        "кездесіп, энергетика және көлік салаларындағы бірлескен жобаларды талқылады.",
        "Шенеуніктердің айтуынша, тараптар үш ай ішінде баяндама ұсынатын бірлескен жұмыс тобын "
        "құруға келісті.",
        "Сарапшылар бұл келісімдерді бүкіл өңірдің экономикасы үшін маңызды қадам деп санайды.",
    ]),
}


def clean(text: str, code: str) -> m.Article:
    lines, style = split_lines(text)
    units, blanks = plain_units(lines)
    raw = RawArticle(Path(f"{code}.txt"), "UTF-8", style, units, len(lines), blanks)
    return clean_article(raw, CFG, RULES, "t", language=languages.get(code))


def article_with(code: str, line: str) -> m.Article:
    """The language's article with ``line`` between its first and second paragraphs."""
    title, (p1, p2, p3) = ARTICLES[code]
    return clean("\n".join([title, p1, line, p2, p3]) + "\n", code)


def removed(article: m.Article) -> dict[str, str]:
    return {r.before: r.rule for r in article.lines if r.action == "removed"}


def text_of(article: m.Article) -> str:
    return "\n".join(b.text for b in article.blocks)


def assert_paragraphs_kept(article: m.Article, code: str) -> None:
    kept = text_of(article)
    for paragraph in ARTICLES[code][1]:
        for sentence in sentences(paragraph, languages.get(code)):
            assert sentence in kept, sentence


# --- junk goes --------------------------------------------------------------------------------

JUNK = [
    # comment counts and comment links
    ("tr", "Yorum Yaz (0)", "comments"), ("tr", "Yorumlar (3)", "comments"),
    ("tr", "Yorumlar: 3", "comments"),
    ("ru", "Обсудить (7)", "comments"), ("ru", "Комментарии: 23", "comments"),
    ("ru", "Комментарии (5)", "comments"), ("ru", "Обсудить", "comments"),
    ("fr", "Commentaires (12)", "comments"), ("fr", "Commentaires : 12", "comments"),
    ("fr", "Réagir", "comments"), ("fr", "Réagir (3)", "comments"),
    ("fa", "نظرات (۴)", "comments"), ("fa", "ارسال دیدگاه", "comments"),
    ("ur", "تبصرے (2)", "comments"), ("ur", "تبصرے بند ہیں", "comments"),
    ("en", "Comments (4)", "comments"), ("en", "Comments: 4", "comments"),
    ("en", "View all 12 comments", "comments"),
    ("ar", "التعليقات (3)", "comments"),
    ("kk", "Пікірлер (3)", "comments"),
    # publication and update stamps
    ("fr", "Publié le 3 avril 2025 à 10h42, modifié à 12h15", "publication-date"),
    ("fr", "Publié le 03/04/2025 à 10:42 (mis à jour le 03/04/2025 à 12:15)",
     "publication-date"),
    ("fr", "Mis à jour le 3 avril 2025 à 12h15", "publication-date"),
    ("fr", "Publié aujourd'hui à 10h42", "relative-time"),
    ("ru", "Опубликовано: 3 апреля 2025, 10:42", "publication-date"),
    ("ru", "Опубликовано 3 апреля 2025 в 10:42, обновлено в 12:15", "publication-date"),
    ("ru", "Обновлено: 3 апреля 2025, 12:15", "publication-date"),
    ("ru", "Последнее обновление: 10:42, 3 апреля 2025", "publication-date"),
    ("tr", "Yayınlanma: 03.04.2025 10:42", "publication-date"),
    ("tr", "Yayınlanma: 03.04.2025 10:42 - Güncelleme: 03.04.2025 12:15", "publication-date"),
    ("tr", "Güncelleme: 03.04.2025 12:15", "publication-date"),
    ("tr", "Giriş: 03.04.2025 10:42", "publication-date"),
    ("fa", "تاریخ انتشار: ۱۴۰۴/۰۱/۱۴", "publication-date"),
    ("fa", "آخرین به‌روزرسانی: ۱۴۰۴/۰۱/۱۴ - ۱۲:۱۵", "publication-date"),
    ("en", "Published April 3, 2025", "publication-date"),
    ("en", "Updated: 3 April 2025 10:42 GMT", "publication-date"),
    ("en", "Last updated 3 April 2025", "publication-date"),
    ("en", "First published on 3 April 2025", "publication-date"),
    ("en", "Published 10:42 GMT, 3 April 2025 | Updated 12:15 GMT", "publication-date"),
    ("ur", "شائع شدہ: 3 اپریل 2025", "publication-date"),
    ("ur", "اپ ڈیٹ: 03 اپریل 2025 10:42", "publication-date"),
    ("ar", "نشر في: 03/04/2025 - 10:42 | آخر تحديث: 03/04/2025 - 12:15", "publication-date"),
    ("kk", "Жарияланды: 3 сәуір 2025, 10:42", "publication-date"),
    # paywall and subscriber notes
    ("fr", "Article réservé aux abonnés", "paywall"),
    ("fr", "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter", "paywall"),
    ("en", "Subscribers only", "paywall"), ("en", "Already a subscriber? Sign in", "paywall"),
    ("ru", "Материал доступен по подписке", "paywall"),
    ("ru", "Только для подписчиков", "paywall"),
    ("tr", "Bu içerik abonelere özeldir", "paywall"),
    ("tr", "Haberin devamını okumak için abone olun", "paywall"),
    ("fa", "این مطلب ویژه مشترکان است", "paywall"),
    ("ur", "یہ مواد صرف سبسکرائبرز کے لیے ہے", "paywall"),
    ("ar", "هذا المحتوى حصري للمشتركين", "paywall"),
    # newsletter prompts
    ("ur", "ہمارے نیوز لیٹر کو سبسکرائب کریں", "follow-subscribe"),
    ("en", "Subscribe to our newsletter", "follow-subscribe"),
    ("en", "Get the latest news delivered to your inbox", "follow-subscribe"),
    ("fr", "Abonnez-vous à notre newsletter", "follow-subscribe"),
    ("fr", "Inscription à la newsletter", "follow-subscribe"),
    ("ru", "Подпишитесь на нашу рассылку", "follow-subscribe"),
    ("ru", "Подписка на рассылку", "follow-subscribe"),
    ("tr", "Bültenimize abone olun", "follow-subscribe"),
    ("tr", "Bültenimize kaydolun", "follow-subscribe"),
    ("fa", "در خبرنامه ما عضو شوید", "follow-subscribe"),
    ("fa", "ثبت‌نام در خبرنامه", "follow-subscribe"),
    ("ar", "اشترك في نشرتنا البريدية", "follow-subscribe"),
    ("kk", "Біздің Telegram-арнамызға жазылыңыз", "follow-subscribe"),
    # news ids and codes
    ("fa", "کد خبر: 1404011507823", "news-id"), ("fa", "شناسه مطلب: ۱۲۳۴۵", "news-id"),
    ("tr", "Haber No: 123456", "news-id"), ("en", "ID: 123456", "news-id"),
    ("en", "Article ID: 5678", "news-id"), ("ar", "رقم الخبر: 12345", "news-id"),
    ("ar", "ID: 123456", "news-id"), ("ru", "ID новости: 123456", "news-id"),
    # "read next" and related links under other labels
    ("en", "Read Next: Kazakhstan signs a rail deal with China", "read-also"),
    ("en", "Also Read: Kazakhstan signs a rail deal with China", "read-also"),
    ("tr", "İlgili Haber: Kazakistan Çin ile demiryolu anlaşması imzaladı", "read-also"),
    ("tr", "İlgili Haberler", "read-also"),
    ("ru", "Смотрите также: Токаев посетил Абу-Даби", "read-also"),
    ("ru", "Вам может быть интересно", "read-also"),
    ("fr", "À lire aussi : Le Kazakhstan et la Chine signent un accord", "read-also"),
    ("fr", "Sur le même sujet", "read-also"), ("fr", "Vous aimerez aussi", "read-also"),
    ("fa", "بیشتر بخوانید: قزاقستان و چین قرارداد جدید امضا کردند", "read-also"),
    ("fa", "مطالب مرتبط", "read-also"),
    ("fa", "مطلب مرتبط: قزاقستان و چین قرارداد جدید امضا کردند", "read-also"),
    ("ur", "یہ بھی پڑھیں: قازقستان اور چین کا نیا معاہدہ", "read-also"),
    ("ur", "یہ بھی پڑھیے: قازقستان اور چین کا نیا معاہدہ", "read-also"),
    ("ar", "اقرأ التالي: كازاخستان توقع اتفاقية مع الصين", "read-also"),
    ("ar", "لا تفوّت", "read-also"),
    ("kk", "Оқи отырыңыз: Тоқаев Әбу-Дабиге сапармен барды", "read-also"),
    # share bars with a preposition
    ("fa", "اشتراک‌گذاری در: تلگرام | اینستاگرام | ایکس", "share-bar"),
    ("fr", "Partager sur :", "share-bar"), ("fr", "Partagez cet article", "share-bar"),
    ("tr", "Paylaş:", "share-bar"), ("tr", "Sosyal medyada paylaş", "share-bar"),
    ("ru", "Поделиться в: ВКонтакте | Телеграм", "share-bar"),
    ("en", "Share this article on: Facebook X", "share-bar"),
    ("ur", "فیس بک پر شیئر کریں", "share-bar"),
    ("ar", "شارك عبر: فيسبوك | تويتر", "share-bar"),
    ("kk", "Бөлісу", "share-bar"),
    # an agency's standards line
    ("en", "Our Standards: The Thomson Reuters Trust Principles.", "agency-standards"),
    ("en", "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
     "agency-standards"),
    ("ar", "معاييرنا: مبادئ الثقة في طومسون رويترز", "agency-standards"),
    # the German press
    ("de", "Teilen", "share-bar"), ("de", "Artikel teilen", "share-bar"),
    ("de", "Teilen auf: Facebook | X | WhatsApp", "share-bar"),
    ("de", "Drucken Link kopieren", "share-bar"),
    ("de", "Lesen Sie auch: Kasachstan und China unterzeichnen Bahnabkommen", "read-also"),
    ("de", "Mehr zum Thema", "read-also"),
    ("de", "Das könnte Sie auch interessieren", "read-also"),
    ("de", "Schlagwörter: Kasachstan, Energie, Golfstaaten", "tags"),
    ("de", "© 2025 Beispiel Zeitung. Alle Rechte vorbehalten", "copyright"),
    ("de", "Alle Rechte vorbehalten.", "copyright"),
    ("de", "Folgen Sie uns auf X", "follow-subscribe"),
    ("de", "Jetzt Newsletter abonnieren", "follow-subscribe"),
    ("de", "Kommentare (12)", "comments"), ("de", "12 Kommentare", "comments"),
    ("de", "Jetzt kommentieren", "comments"),
    ("de", "Veröffentlicht am 3. April 2025", "publication-date"),
    ("de", "Stand: 03.04.2025 10:42 Uhr", "publication-date"),
    ("de", "Aktualisiert am 03.04.2025, 14:30 Uhr", "publication-date"),
    ("de", "vor 3 Stunden", "relative-time"),
    ("de", "Dieser Artikel ist nur für Abonnenten", "paywall"),
    ("de", "Bereits Abonnent? Hier anmelden", "paywall"),
    ("de", "Anzeige", "advertisement"), ("de", "Werbung", "advertisement"),
    ("de", "Weiterlesen nach der Anzeige", "advertisement"),
    ("de", "Lesedauer: 4 Minuten", "counter"),
    ("de", "Startseite > Lokales > Berlin", "navigation"),
    # the Spanish-language press
    ("es", "Compartir", "share-bar"), ("es", "Comparte esta noticia", "share-bar"),
    ("es", "Compartir en: Facebook | X | WhatsApp", "share-bar"),
    ("es", "Lee también: Kazajistán y China firman un acuerdo ferroviario", "read-also"),
    ("es", "Te puede interesar", "read-also"), ("es", "Noticias relacionadas", "read-also"),
    ("es", "Etiquetas: Kazajistán, energía, Golfo", "tags"),
    ("es", "Todos los derechos reservados.", "copyright"),
    ("es", "© 2025 Diario Ejemplo. Todos los derechos reservados", "copyright"),
    ("es", "Síguenos en X", "follow-subscribe"),
    ("es", "Suscríbete a nuestra newsletter", "follow-subscribe"),
    ("es", "Comentarios (12)", "comments"), ("es", "12 comentarios", "comments"),
    ("es", "Deja un comentario", "comments"),
    ("es", "Publicado el 3 de abril de 2025", "publication-date"),
    ("es", "Actualizado: 03/04/2025 12:15 h", "publication-date"),
    ("es", "03 abr 2025 - 10:42 CEST", "publication-date"),
    ("es", "hace 3 horas", "relative-time"),
    ("es", "Contenido exclusivo para suscriptores", "paywall"),
    ("es", "¿Ya eres suscriptor? Inicia sesión", "paywall"),
    ("es", "Publicidad", "advertisement"),
    ("es", "4 minutos de lectura", "counter"),
    ("es", "Inicio > Local > Madrid", "navigation"),
    # the Kazakh press's tags and copyright
    ("kk", "Тегтер: Қазақстан, БАӘ, инвестиция", "tags"),
    ("kk", "Барлық құқықтар қорғалған", "copyright"),
    ("kk", "© 2025 Kazinform. Барлық құқықтар қорғалған", "copyright"),
]


@pytest.mark.parametrize("code, line, rule", JUNK)
def test_junk_goes_from_an_article_in_its_language(code, line, rule):
    article = article_with(code, line)
    gone = removed(article)
    assert normalize_line(line, language=languages.get(code)) not in text_of(article)
    assert gone.get(line) == rule, gone
    assert_paragraphs_kept(article, code)
    # Nothing but the junk line went: no paragraph was taken as the list under a label.
    assert list(gone) == [line]


@pytest.mark.parametrize("code, line", [
    ("fr", "Publié le 3 avril 2025 à 10h42, modifié à 12h15"),
    ("ru", "Опубликовано 3 апреля 2025 в 10:42, обновлено в 12:15"),
    ("tr", "Yayınlanma: 03.04.2025 10:42 - Güncelleme: 03.04.2025 12:15"),
    ("fa", "تاریخ انتشار: ۱۴ فروردین ۱۴۰۴ - ۱۰:۴۲"),
    ("en", "Published 10:42 GMT, 3 April 2025 | Updated 12:15 GMT"),
    ("ur", "شائع شدہ: 3 اپریل 2025"),
    ("ar", "نشر في: 03/04/2025 - 10:42 | آخر تحديث: 03/04/2025 - 12:15"),
    ("kk", "Жарияланды: 3 сәуір 2025, 10:42"),
    ("de", "Veröffentlicht am 3. April 2025, 10:42 Uhr (aktualisiert 14:30 Uhr)"),
    ("de", "Donnerstag, 3. April 2025, 10:42 Uhr"),
    ("es", "Publicado el 3 de abril de 2025 a las 10:42"),
    ("es", "Madrid - 03 abr 2025 - 10:42 CEST"),
])
def test_a_publication_stamp_dates_the_article(code, line):
    title, (p1, p2, p3) = ARTICLES[code]
    article = clean("\n".join([title, line, p1, p2, p3]) + "\n", code)
    assert removed(article) == {line: "publication-date"}
    assert article.date == "2025-04-03"


# --- a real sentence with the same words stays ------------------------------------------------

SENTENCES = [
    # comment counts
    ("ru", "Комментарии эксперта были опубликованы в четверг в газете."),
    ("ru", "Обсудить этот вопрос министры договорились на следующей неделе в Астане."),
    ("tr", "Yorum yazmak isteyen okurlar için gazete yeni bir sayfa açtı."),
    ("fr", "Commentaires et réactions se sont multipliés après le discours du président."),
    ("fr", "Réagir vite est devenu la règle pour les diplomates de la région."),
    ("fa", "نظرات کارشناسان درباره این توافق در نشست روز سه‌شنبه بررسی شد."),
    ("ur", "تبصرے کرنے والوں نے اس معاہدے کو خطے کے لیے اہم قرار دیا۔"),
    ("en", "Comments from the minister were published in Thursday's newspaper."),
    ("ar", "التعليقات التي نشرها الوزير أثارت جدلا واسعا في الأوساط السياسية."),
    ("kk", "Пікірлер алмасу барысында тараптар бірнеше маңызды мәселені талқылады."),
    # publication stamps
    ("fr", "Publié le 3 avril 2025, le rapport montre que les exportations ont doublé."),
    ("ru", "Опубликовано исследование, которое показывает рост торговли между странами региона."),
    ("tr", "Yayınlanma tarihi ertelenen rapor, ticaretin iki katına çıktığını gösteriyor."),
    ("fa", "انتشار این گزارش در روز سه‌شنبه واکنش‌های زیادی را در پی داشت."),
    ("en", "Published in 1998, the report found that exports to the Gulf had doubled."),
    ("en", "Published April 3, 2025, the report found that exports to the Gulf had doubled."),
    ("ur", "شائع شدہ رپورٹ کے مطابق دونوں ممالک کے درمیان تجارت دوگنا ہو گئی ہے۔"),
    ("ar", "نشر في الجريدة الرسمية قرار بتعديل قانون الاستثمار الأجنبي في البلاد."),
    ("kk", "Жарияланды деген хабарды министрлік бейсенбі күні ресми түрде растады."),
    # paywall notes
    ("fr", "L'accès au nouveau service sera réservé aux abonnés de l'opérateur dès le mois "
           "prochain."),
    ("en", "Subscribers only learned of the price increase after the contract was signed."),
    ("ru", "Материал доступен по подписке только жителям столицы, сообщили в министерстве."),
    ("tr", "Bu içerik abonelere özeldir ifadesi gazetenin yeni dijital stratejisinin parçası "
           "oldu."),
    ("fa", "این مطلب ویژه مشترکان است و به گفته مدیر سایت به زودی رایگان می‌شود."),
    ("ur", "یہ مواد صرف سبسکرائبرز کے لیے ہے لیکن اخبار اسے اگلے ہفتے سب کے لیے کھول دے گا۔"),
    ("ar", "هذا المحتوى حصري للمشتركين في الخدمة الجديدة التي أطلقتها الشركة الأسبوع الماضي."),
    # newsletter prompts
    ("ur", "ہمارے نیوز لیٹر کو سبسکرائب کرنے والوں کی تعداد گزشتہ سال دوگنی ہو گئی۔"),
    ("en", "Subscribe to our newsletter, the minister joked, before turning to the budget."),
    ("fr", "L'inscription à la newsletter du ministère a doublé depuis le début de la crise."),
    ("ru", "Подписка на рассылку новостей выросла вдвое после начала кризиса в регионе."),
    ("tr", "Bültenimize abone olun çağrısı yapan dernek, üye sayısının iki katına çıktığını "
           "açıkladı."),
    ("fa", "ثبت‌نام در خبرنامه وزارت خارجه از ابتدای سال جاری دو برابر شده است."),
    # news ids
    ("fa", "کد خبر ارسالی به سردبیر اشتباه بود و خبرگزاری آن را اصلاح کرد."),
    ("tr", "Haber kodu değişen sistem, ajansın arşivinde karışıklığa yol açtı."),
    ("en", "ID cards will be issued to all residents from next year, officials said."),
    ("ar", "رقم الخبر الذي نشرته الوكالة أمس كان خاطئا بحسب المتحدث باسمها."),
    ("ru", "Номер материала, который указали в запросе, не совпадал с архивом редакции."),
    # read next and related
    ("en", "Read next to the original, the new translation shows how much has changed."),
    ("tr", "İlgili haberler bakanlığın sitesinde yayımlandı ve büyük ilgi gördü."),
    ("ru", "Смотрите также на цены: они выросли вдвое за последний год, говорят экономисты."),
    ("fr", "Sur le même sujet, le ministre a refusé de répondre aux questions des journalistes."),
    ("fa", "مطالب مرتبط با این پرونده در جلسه روز سه‌شنبه مجلس بررسی شد."),
    ("ur", "متعلقہ خبریں شائع ہونے کے بعد وزارت نے ایک وضاحتی بیان جاری کیا۔"),
    ("ar", "لا تفوت الفرصة قالها الوزير للمستثمرين في ختام المنتدى الاقتصادي بالعاصمة."),
    ("kk", "Оқи отырыңыз деп басталатын жазбаны министрлік өз сайтында жариялады."),
    # share bars
    ("fa", "اشتراک‌گذاری اطلاعات در تلگرام میان دو کشور از سال آینده آغاز می‌شود."),
    ("fr", "Partager sur les réseaux sociaux est devenu une habitude des ministres de la région."),
    ("tr", "Paylaş butonu kaldırılan site, okur sayısında büyük bir düşüş yaşadı."),
    ("ru", "Поделиться в соцсетях своими впечатлениями предложили всем участникам форума."),
    ("en", "Share this article on Facebook, the minister urged, to spread the word."),
    ("ar", "شارك عبر الإنترنت آلاف المواطنين في الاستفتاء الذي نظمته الحكومة هذا الأسبوع."),
    ("kk", "Бөлісу мәдениеті туралы кітап Астанада жарық көрді деп хабарлады баспа."),
    # German
    ("de", "Teilen wollte der Minister den Bericht nicht, sagte ein Sprecher am Mittwoch."),
    ("de", "Lesen Sie auch die Erklärung des Ministeriums, die am Mittwoch veröffentlicht wurde."),
    ("de", "Mehr zum Thema Energie will die Regierung im Herbst vorlegen, hieß es in Berlin."),
    ("de", "Alle Rechte vorbehalten, sagte der Verleger, bevor er über das Urheberrecht sprach."),
    ("de", "Folgen Sie uns, rief der Minister den Demonstranten zu, und sie folgten ihm."),
    ("de", "Kommentare des Ministers wurden am Donnerstag in der Zeitung veröffentlicht."),
    ("de", "Veröffentlicht am 3. April 2025, zeigt der Bericht, dass die Exporte gestiegen sind."),
    ("de", "Vor 3 Stunden begann der Streik in allen Häfen des Landes."),
    ("de", "Dieser Artikel ist nur für Abonnenten gedacht, erklärte der Verlag in einer "
           "Mitteilung."),
    ("de", "Nur für Abonnenten der Zeitung gibt es das Angebot noch bis Ende des Monats."),
    ("de", "Anzeige gegen Unbekannt erstattete die Polizei noch am selben Abend."),
    ("de", "Werbung im Nahverkehr brachte der Stadt im vergangenen Jahr 40 Millionen Euro ein."),
    ("de", "Schlagwörter wie Energiewende prägen die Debatte seit Jahren."),
    ("de", "Antworten auf diese Fragen soll eine Kommission bis Ende des Jahres liefern."),
    ("de", "Stand der Dinge ist, dass die Gespräche am 3. April 2025 fortgesetzt werden."),
    ("de", "Startseite des Ministeriums war am Mittwoch stundenlang nicht erreichbar."),
    ("de", "Lesezeit und Aufmerksamkeit der Leser sinken seit Jahren, zeigt eine Studie."),
    # Spanish
    ("es", "Compartir la información con el Parlamento fue la primera promesa del ministro."),
    ("es", "Lee también los informes del ministerio, recomendó el portavoz a los periodistas."),
    ("es", "Más información sobre el acuerdo se conocerá la próxima semana, dijo el ministro."),
    ("es", "Todos los derechos reservados a los trabajadores están en la nueva ley, afirmó la "
           "ministra."),
    ("es", "Síguenos, gritó el líder sindical a los manifestantes frente al ministerio."),
    ("es", "Comentarios del ministro fueron publicados el jueves en el diario oficial."),
    ("es", "Publicado el 3 de abril de 2025, el informe muestra que las exportaciones se "
           "duplicaron."),
    ("es", "Hace 3 horas comenzó la huelga en todos los puertos del país."),
    ("es", "Contenido exclusivo para suscriptores fue la fórmula que salvó al periódico, dijo "
           "su director."),
    ("es", "Publicidad engañosa: el tribunal multó a la cadena con 2 millones de euros."),
    ("es", "Te puede interesar saber que el acuerdo incluye cinco proyectos de energía, dijo."),
    ("es", "Etiquetas como populista marcan el debate político desde hace años."),
    ("es", "Responder a estas preguntas será la tarea de una comisión hasta fin de año."),
    ("es", "Inicio de las obras está previsto para el 3 de abril de 2025 en Astaná."),
    ("es", "Anuncio del Gobierno: el acuerdo se firmará en Astaná la próxima semana."),
    # agency standards, Kazakh copyright
    ("en", "Our standards are high, the Thomson Reuters editor told the conference in London."),
    ("kk", "Барлық құқықтар қорғалған деп жазылған тақта мұражайдың кіреберісінде ілулі тұр."),
]


@pytest.mark.parametrize("code, sentence", SENTENCES)
def test_a_real_sentence_with_the_same_words_stays(code, sentence):
    article = article_with(code, sentence)
    assert removed(article) == {}
    assert normalize_line(sentence, language=languages.get(code)) in text_of(article)
    assert_paragraphs_kept(article, code)


# --- Kazakh ---------------------------------------------------------------------------------

KK_JUNK = {
    "Авторы: Әсел Нұрланқызы": None,  # the byline: kept as the article's byline, not junk
    "Бөлісу": "share-bar",
    "Оқи отырыңыз: Тоқаев Әбу-Дабиге сапармен барды": "read-also",
    "Тегтер: Қазақстан, БАӘ, инвестиция": "tags",
    "Пікірлер (3)": "comments",
    "Барлық құқықтар қорғалған": "copyright",
}


def _kk_text() -> str:
    title, (p1, p2, p3) = ARTICLES["kk"]
    lines = [title, "Авторы: Әсел Нұрланқызы", p1, "Бөлісу", p2,
             "Оқи отырыңыз: Тоқаев Әбу-Дабиге сапармен барды", p3,
             "Тегтер: Қазақстан, БАӘ, инвестиция", "Пікірлер (3)", "Барлық құқықтар қорғалған"]
    return "\n".join(lines) + "\n"


def test_kazakh_has_a_file_of_its_own():
    kk = languages.get("kk")
    assert (kk.generic, kk.name, kk.native, kk.script.name, kk.argos, kk.press) == (
        False, "Kazakh", "Қазақ тілі", "Cyrillic", "kk", "Kazakh press")
    assert kk.structure["months"]["сәуір"] == 4 and len(kk.structure["months"]) == 12
    assert {"Авторы", "Автор"} <= set(kk.structure["byline_prefixes"])
    assert {"Kazinform", "ҚазАқпарат"} <= set(kk.structure["agencies"])
    assert "kk" in languages.known_codes() and "kk" in CFG["languages"]["expected"]


def test_a_kazakh_article_is_detected_and_cleaned_with_the_kazakh_rules(tmp_path):
    text = _kk_text()
    lang, how = decide("kk.txt", text, None, "", CFG)
    assert (lang.code, lang.generic) == ("kk", False) and "lingua" in how

    source = tmp_path / "src"
    source.mkdir()
    (source / "kk.txt").write_text(text, encoding="utf-8")
    (article,) = run_clean(source, CFG).articles
    assert article.language == "kk" and "lingua" in article.language_source
    gone = removed(article)
    assert gone == {line: rule for line, rule in KK_JUNK.items() if rule}
    assert article.first(m.BYLINE).text == "Авторы: Әсел Нұрланқызы"
    assert_paragraphs_kept(article, "kk")


def test_the_kazakh_junk_is_the_kazakh_files_doing():
    """Cleaned as a Cyrillic text of no known language, the Kazakh site's junk would stay."""
    lines, style = split_lines(_kk_text())
    units, blanks = plain_units(lines)
    raw = RawArticle(Path("kk.txt"), "UTF-8", style, units, len(lines), blanks)
    generic = clean_article(raw, CFG, RULES, "t", language=languages.get("und", script="Cyrillic"))
    assert "Оқи отырыңыз: Тоқаев Әбу-Дабиге сапармен барды" in text_of(generic)
    assert "Пікірлер (3)" in text_of(generic)
