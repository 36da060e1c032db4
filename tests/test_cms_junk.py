"""What content-management systems print around a post, as plain-text scrapes read it, and the
evidence a short line needs to be a heading.

Each test writes a page as a scraper gives it: a CMS's junk (WordPress/Jetpack, Blogger,
Drupal, Joomla, news sites' widgets, consent banners, newsletter boxes) around an article in
one of the dossier's languages, with trap sentences that use the junk's words as prose. The
junk must go, each line reported with its rule; every content sentence must stay, and nothing
short becomes a heading without prose after it.
"""

from __future__ import annotations

import pytest

from pipeline import languages
from pipeline import model as m
from pipeline.normalize import sentences
from tests.test_junk_languages import ARTICLES, clean, removed


def page(code: str, head: list[str], tail: list[str], middle: list[str] = ()) -> m.Article:
    """The language's article with ``head`` between its title and first paragraph, ``middle``
    after its first paragraph and ``tail`` after its last."""
    title, (p1, p2, p3) = ARTICLES[code]
    return clean("\n".join([title, *head, p1, *middle, p2, p3, *tail]) + "\n", code)


def body_text(article: m.Article) -> str:
    return "\n".join(b.text for b in article.blocks)


def headings(article: m.Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind == m.HEADING]


def assert_kept(article: m.Article, code: str, *extra: str) -> None:
    kept = body_text(article)
    for paragraph in [*ARTICLES[code][1], *extra]:
        for sentence in sentences(paragraph, languages.get(code)):
            assert sentence in kept, sentence


def assert_removed(article: m.Article, junk: dict[str, str]) -> None:
    gone = removed(article)
    for line, rule in junk.items():
        assert gone.get(line) == rule, (line, gone.get(line))
        assert line not in [b.text for b in article.blocks]


# --- CMS junk --------------------------------------------------------------------------------

def test_wordpress_jetpack_arabic_page() -> None:
    # The page: an Arabic post on a WordPress site whose theme is not translated.
    trap = ("وقال الوزير إنه سيشارك التقرير مع البرلمان ويتابع نتائجه على موقع الوزارة "
            "الأسبوع المقبل.")
    junk_mid = {"Click to share on X (Opens in new window)": "share-bar",
                "Click to print (Opens in new window)": "share-bar"}
    junk_tail = {
        "Like this:": "share-bar",
        "Like Loading...": "share-bar",
        "Tagged آسيا الوسطى, الخليج, سمرقند": "tags",
        "عرض كل المقالات": "author-box",
        "← أوزبكستان والإمارات توقعان اتفاقيات للطاقة": "navigation",
        "قيرغيزستان تبدأ تمويل مشروع سد كامبارآتا →": "navigation",
        "اشترك": "follow-subscribe",
        "موافق": "cookie-notice",
        "Proudly powered by WordPress | Theme: Newsup by Themeansar.": "powered-by",
    }
    article = page("ar", [], [trap, *junk_tail], middle=list(junk_mid))
    assert_removed(article, {**junk_mid, **junk_tail})
    assert_kept(article, "ar", trap)
    assert headings(article) == []


def test_wordpress_english_comment_form_and_post_links() -> None:
    trap = ("The minister said he would share the report with parliament and print it for "
            "every member.")
    junk = {
        "Share this:": "share-bar",
        "Click to share on Facebook (Opens in new window) Facebook": "share-bar",
        "Posted in World News": "post-meta",
        "View all posts by Jane Doe": "author-box",
        "Previous post": "navigation",
        "Kazakhstan and China sign a rail deal": "navigation",  # the link under the label
        "Next Post: Astana hosts the summit": "navigation",
        "Leave a Reply": "comments",
        "Cancel reply": "comments",
        "Your email address will not be published. Required fields are marked *": "comments",
    }
    article = page("en", [], [trap, *junk])
    assert_removed(article, junk)
    assert_kept(article, "en", trap)
    assert headings(article) == []


def test_blogger_page() -> None:
    trap = ("Posted by the embassy at noon, the statement called for calm talks between both "
            "sides.")
    junk = {
        "Posted by Jane Doe at 10:00 AM": "post-meta",
        "No comments:": "comments",
        "Email This BlogThis! Share to Twitter Share to Facebook": "share-bar",
        "Labels: Kazakhstan, energy": "tags",
        "Newer Post Older Post Home": "navigation",
        "Subscribe to: Post Comments (Atom)": "follow-subscribe",
        "Powered by Blogger.": "powered-by",
    }
    article = page("en", [], [trap, *junk])
    assert_removed(article, junk)
    assert_kept(article, "en", trap)


def test_drupal_page_keeps_its_date() -> None:
    junk = {"Submitted by admin on Thu, 03/04/2025 - 10:42": "post-meta",
            "Log in or register to post comments": "comments", "Add new comment": "comments"}
    article = page("en", ["Submitted by admin on Thu, 03/04/2025 - 10:42"],
                   ["Log in or register to post comments", "Add new comment"])
    assert_removed(article, junk)
    assert_kept(article, "en")
    assert article.date == "2025-04-03"


def test_joomla_article_info_box() -> None:
    article = page("en", ["Details", "Category: World", "Hits: 123"], [])
    assert_removed(article, {"Details": "post-meta", "Category: World": "tags",
                             "Hits: 123": "counter"})
    assert_kept(article, "en")


def test_joomla_details_between_prose_stays_but_heads_nothing() -> None:
    # "Details" is junk only beside the info box: between paragraphs it stays, and as a line a
    # junk rule names it is no heading either.
    article = page("en", [], [], middle=["Details"])
    assert "Details" in [b.text for b in article.blocks]
    assert headings(article) == []


def test_arabic_news_widgets() -> None:
    trap = "وتابع الآلاف الخطاب على قناة التلفزيون الرسمية، وعلق كثيرون عليه في الصحف."
    junk = {"تابعونا على": "follow-subscribe", "اشترك في النشرة": "follow-subscribe",
            "الأكثر قراءة": "read-also", "أخبار ذات صلة": "read-also", "تعليقات": "comments",
            "عدد المشاهدات": "counter", "عدد المشاهدات: 1520": "counter"}
    article = page("ar", ["عدد المشاهدات: 1520"], [trap, "تابعونا على", "اشترك في النشرة",
                                                   "أخبار ذات صلة", "عدد المشاهدات",
                                                   "الأكثر قراءة", "تعليقات"])
    assert_removed(article, junk)
    assert_kept(article, "ar", trap)


def test_persian_widgets_and_consent() -> None:
    trap = ("وزیر گفت این گزارش را با نمایندگان مجلس به اشتراک خواهد گذاشت و مطالب مرتبط را "
            "منتشر می‌کند.")
    junk = {"کد خبر: 12345": "news-id", "اشتراک گذاری": "share-bar",
            "مطالب مرتبط": "read-also",
            "این وب‌سایت از کوکی استفاده می‌کند تا تجربه بهتری داشته باشید.": "cookie-notice",
            "قبول": "cookie-notice"}
    article = page("fa", ["کد خبر: 12345"], [trap, *list(junk)[1:]])
    assert_removed(article, junk)
    assert_kept(article, "fa", trap)


def test_russian_widgets_and_consent() -> None:
    trap = "Читайте также заявление МИДа, опубликованное в среду."
    trap2 = "Министр сказал, что поделится докладом с депутатами на следующей неделе."
    junk = {"Поделиться": "share-bar",
            "Подписывайтесь на наш канал в Telegram": "follow-subscribe",
            "Материалы по теме": "read-also",
            "Все записи автора Иван Петров": "author-box",
            "Предыдущая запись": "navigation",
            "Мы используем файлы cookie, чтобы сайт работал лучше.": "cookie-notice",
            "Принять": "cookie-notice"}
    article = page("ru", [], [trap, trap2, *junk])
    assert_removed(article, junk)
    assert_kept(article, "ru", trap, trap2)


def test_turkish_widgets_and_consent() -> None:
    trap = "Bakan, raporu mecliste paylaşacağını ve ilgili haberleri takip ettiğini söyledi."
    junk = {"Paylaş": "share-bar", "İlgili Haberler": "read-also", "Abone ol": "follow-subscribe",
            "Etiketler": "tags", "Kazakistan": "tags", "Enerji": "tags",
            "Bu web sitesi çerezleri kullanmaktadır.": "cookie-notice", "Kabul et": "cookie-notice"}
    article = page("tr", [], [trap, "Paylaş", "Abone ol", "Etiketler", "Kazakistan", "Enerji",
                              "Bu web sitesi çerezleri kullanmaktadır.", "Kabul et"])
    gone = removed(article)
    for line, rule in junk.items():
        if line == "İlgili Haberler":
            continue
        assert gone.get(line) == rule, (line, gone.get(line))
    assert_kept(article, "tr", trap)


def test_french_widgets_and_consent() -> None:
    trap = "Le ministre a dit qu'il allait partager le rapport et lire aussi les avis des députés."
    junk = {"Partager": "share-bar", "À lire aussi": "read-also",
            "Abonnez-vous": "follow-subscribe",
            "Nous utilisons des cookies pour améliorer votre expérience.": "cookie-notice",
            "Tout accepter": "cookie-notice", "J'accepte": "cookie-notice"}
    article = page("fr", [], [trap, *junk])
    assert_removed(article, junk)
    assert_kept(article, "fr", trap)


def test_german_widgets_and_consent() -> None:
    # A German news site's page: a WordPress comment form, the consent banner naming the site's
    # partners, its buttons and the publishers' "Pur-Abo" wall.
    trap = ("Der Minister sagte, er werde den Bericht mit dem Parlament teilen und die "
            "Kommentare der Abgeordneten lesen.")
    trap2 = ("Wir verwenden Cookies nur für unsere eigene Reichweitenmessung, sagte der "
             "Verleger der Zeitung.")
    trap3 = "Die Regierung und ihre Partner verwenden die Daten für die Planung neuer Strecken."
    head = {"Startseite > Politik > Ausland": "navigation",
            "Veröffentlicht am 3. April 2025, 10:42 Uhr": "publication-date",
            "Lesezeit: 3 Min.": "counter"}
    junk = {
        "Artikel teilen": "share-bar",
        "Mehr zum Thema": "read-also",
        "Kasachstan und China unterzeichnen Bahnabkommen": "read-also",  # its link
        "Schlagwörter:": "tags",
        "Alle Beiträge von Tobias Kraft anzeigen": "author-box",
        "Vorheriger Artikel": "navigation",
        "Schreibe einen Kommentar": "comments",
        "Antworten abbrechen": "comments",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * "
        "markiert": "comments",
        "Anzeige": "advertisement",
        "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und "
        "Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.":
            "cookie-notice",
        "Zustimmen": "cookie-notice",
        "Alle akzeptieren": "cookie-notice",
        "Werbefrei lesen mit dem PUR-Abo": "cookie-notice",
        "Alle Rechte vorbehalten.": "copyright",
    }
    article = page("de", list(head), [trap, trap2, trap3, *junk])
    assert_removed(article, {**head, **junk})
    assert_kept(article, "de", trap, trap2, trap3)
    assert headings(article) == []
    assert article.date == "2025-04-03"


def test_spanish_widgets_and_consent() -> None:
    trap = ("El ministro dijo que compartirá el informe con el Parlamento y leerá también los "
            "comentarios de los diputados.")
    trap2 = ("Utilizamos cookies solo para medir nuestra propia audiencia, explicó el editor "
             "del diario.")
    trap3 = "El Gobierno y sus socios utilizan los datos para planificar nuevas rutas."
    head = {"Inicio > Internacional > Asia": "navigation",
            "Publicado el 3 de abril de 2025 a las 10:42": "publication-date",
            "Tiempo de lectura: 4 min": "counter"}
    junk = {
        "Compartir en: Facebook | X | WhatsApp": "share-bar",
        "Te puede interesar": "read-also",
        "Kazajistán y China firman un acuerdo ferroviario": "read-also",  # its link
        "Etiquetas:": "tags",
        "Ver todas las entradas de Ana López": "author-box",
        "Artículo anterior": "navigation",
        "Deja una respuesta": "comments",
        "Cancelar respuesta": "comments",
        "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están "
        "marcados con *": "comments",
        "Publicidad": "advertisement",
        "Nosotros y nuestros socios utilizamos cookies y tecnologías similares para "
        "personalizar el contenido y la publicidad.": "cookie-notice",
        "Aceptar": "cookie-notice",
        "Rechazar": "cookie-notice",
        "Todos los derechos reservados.": "copyright",
    }
    article = page("es", list(head), [trap, trap2, trap3, *junk])
    assert_removed(article, {**head, **junk})
    assert_kept(article, "es", trap, trap2, trap3)
    assert headings(article) == []
    assert article.date == "2025-04-03"


def test_newsletter_box() -> None:
    junk = {"Sign up for our newsletter": "follow-subscribe",
            "Enter your email": "follow-subscribe",
            "Email address *": "follow-subscribe", "Subscribe": "follow-subscribe"}
    article = page("en", [], list(junk))
    assert_removed(article, junk)
    assert_kept(article, "en")


@pytest.mark.parametrize("code,button", [("en", "Accept"), ("ar", "موافق"), ("ar", "اشترك"),
                                         ("ru", "Принять"), ("tr", "Kabul et"),
                                         ("de", "Zustimmen"), ("es", "Aceptar")])
def test_lone_button_mid_article_is_kept_but_never_a_heading(code: str, button: str) -> None:
    # Without junk beside it a lone word is not guessed away; a junk rule names it, so it
    # heads nothing either.
    article = page(code, [], [], middle=[button])
    assert button in body_text(article)
    assert button not in headings(article)


# --- headings need evidence ------------------------------------------------------------------

def test_heading_between_prose_is_a_heading() -> None:
    article = page("en", [], [], middle=["Energy and transport"])
    assert headings(article) == ["Energy and transport"]


def test_short_line_at_the_end_is_not_a_heading() -> None:
    article = page("en", [], ["Central Asia desk"])
    assert headings(article) == []
    assert "Central Asia desk" in body_text(article)


def test_run_of_short_lines_heads_nothing() -> None:
    run = ["Astana summit", "Gulf investors", "Joint working group"]
    article = page("en", [], [], middle=run)
    assert headings(article) == []
    for line in run:
        assert line in body_text(article)


def test_key_figures_table_rows_are_not_headings() -> None:
    rows = ["حجم التبادل التجاري\t52 مليون دولار", "عدد المشاريع\t14",
            "الاستثمارات\t2024", "فرص العمل\t3500"]
    article = page("ar", [], [], middle=rows)
    assert headings(article) == []
    blocks = [b for b in article.blocks if b.kind == m.ROW]
    assert [b.cells for b in blocks][:2] == [["حجم التبادل التجاري", "52 مليون دولار"],
                                             ["عدد المشاريع", "14"]]
    assert all(not b.flags for b in blocks)  # a table row is not a cut-off sentence


def test_mostly_figures_line_is_not_a_heading_but_a_date_is() -> None:
    article = page("en", [], [], middle=["2023 2024 2025"])
    assert headings(article) == []
    dated = page("en", [], [], middle=["12 March 2020"])
    assert headings(dated) == ["12 March 2020"]


@pytest.mark.parametrize("code,caption", [
    ("ar", "(صورة: وكالة الأنباء)"), ("ru", "Фото: Алексей Ким / ТАСС"), ("en", "Photo: AFP"),
    ("tr", "Fotoğraf: AA"), ("ur", "(فوٹو: فائل)"),
])
def test_caption_is_never_a_heading(code: str, caption: str) -> None:
    article = page(code, [], [], middle=[caption])
    assert headings(article) == []
    # Kept (a caption kind will set it) or, with a bare "Photo:" label, a base rule's junk;
    # kept, it is not a sentence cut off.
    block = next((b for b in article.blocks if b.text == caption), None)
    assert block is not None or removed(article).get(caption) == "media-caption"
    assert block is None or not [f for f in block.flags if f.code == "cut-off"]


def test_heading_after_a_caption_is_still_a_heading() -> None:
    article = page("ar", [], [], middle=["(صورة: خزان توكتوغول - أرشيفية)", "مخاوف من الجفاف"])
    assert headings(article) == ["مخاوف من الجفاف"]


# --- ad slots ---------------------------------------------------------------------------------

@pytest.mark.parametrize("code, labels, trap", [
    ("en", ["Advertisement", "Advertisement · Scroll to continue", "Story continues below"],
     "Advertisement revenue at the paper fell by a fifth last year, its owners said."),
    ("ru", ["Реклама", "Продолжение ниже"],
     "Реклама на городском транспорте принесла бюджету 40 миллионов рублей."),
    ("fr", ["Publicité", "La suite après cette publicité"],
     "Publicité mensongère : le tribunal a condamné l'enseigne à une amende."),
    ("tr", ["Reklam", "Haberin devamı aşağıda"],
     "Reklam gelirleri geçen yıl yüzde 12 arttı, dedi yetkililer."),
    ("fa", ["تبلیغات", "ادامه مطلب در پایین"],
     "تبلیغات انتخاباتی از هفته آینده آغاز می‌شود."),
    ("de", ["Anzeige", "Werbung", "Weiterlesen nach der Anzeige"],
     "Werbung im Nahverkehr brachte der Stadt 40 Millionen Euro ein."),
    ("es", ["Publicidad", "Anuncio", "La noticia continúa después de la publicidad"],
     "Publicidad engañosa: el tribunal multó a la cadena con dos millones de euros."),
])
def test_an_ad_slots_label_goes_and_a_sentence_about_advertising_stays(code, labels, trap):
    article = page(code, [], [], middle=[*labels, trap])
    gone = removed(article)
    for label in labels:  # the common rules already know the bare English and Arabic label
        assert gone.get(label) in ("advertisement", "navigation"), (label, gone.get(label))
    assert_kept(article, code, trap)


def test_a_sentence_that_opens_like_a_banner_or_a_prompt_is_content():
    # The banner speaks to the visitor about the site; the commentary's sentence and
    # subheading use the same opening words about something else.
    sentence = ("We use cookies to measure our own readership, too, and we asked forty small "
                "publishers how much of their revenue depends on them.")
    article = page("en", [], ["We use cookies to understand how visitors use our site. See our "
                              "Privacy Policy.", "Subscribe"],
                   middle=["Subscribe or build?", sentence])
    gone = removed(article)
    assert "Subscribe or build?" not in gone and sentence not in gone
    assert gone.get("We use cookies to understand how visitors use our site. See our "
                    "Privacy Policy.") == "cookie-notice"
    assert_kept(article, "en", sentence)


@pytest.mark.parametrize("code, line", [
    ("fr", "Temps de lecture : 4 min"), ("ru", "Время чтения: 3 мин"), ("ru", "Просмотров: 1 204"),
    ("tr", "Okuma süresi: 3 dk"), ("fa", "زمان مطالعه: ۴ دقیقه"), ("en", "6 min read"),
    ("fr", "Accepter et continuer"), ("de", "Lesezeit: 3 Min."), ("de", "Lesedauer: 4 Minuten"),
    ("es", "Tiempo de lectura: 4 min"), ("es", "4 minutos de lectura"),
])
def test_reading_time_view_counters_and_consent_buttons_in_each_language(code, line):
    trap = {"fr": "Lecture : le ministre a lu trois pages du rapport devant les députés.",
            "ru": "Просмотров было больше тысячи, сказал директор музея журналистам.",
            "tr": "Okuma süresi kısaldıkça öğrencilerin başarısı düştü, dedi uzman.",
            "fa": "زمان مطالعه دانش‌آموزان در سال گذشته کاهش یافت.",
            "en": "Reading time fell for the third year in a row, the survey found.",
            "de": "Lesezeit und Aufmerksamkeit der Leser sinken seit Jahren, zeigt eine Studie.",
            "es": "Tiempo de lectura y atención caen desde hace años, según un estudio."}[code]
    banner = {"fr": ["Le Journal et ses partenaires utilisent des cookies pour mesurer "
                     "l'audience et personnaliser les publicités."]}.get(code, [])
    article = page(code, [*banner, line], [], middle=[trap])
    gone = removed(article)
    assert gone.get(line) in ("counter", "cookie-notice"), (line, gone.get(line))
    assert all(gone.get(b) == "cookie-notice" for b in banner)
    assert_kept(article, code, trap)


@pytest.mark.parametrize("code, head", [
    ("ar", ["عاجل: إغلاق جزئي لطريق إربد - عمان بسبب أعمال صيانة",
            "عاجل: الأرصاد تحذر من تشكل الضباب على الطريق الصحراوي", "الرئيسية / اقتصاد / طاقة"]),
    ("tr", ["Son Dakika: Ankara'da sağanak uyarısı", "Son Dakika: Akaryakıta indirim geldi",
            "Ana Sayfa > Ekonomi > Enerji"]),
    ("ru", ["Срочно: движение на мосту закрыто до утра", "Главная / Новости / Транспорт"]),
    ("fa", ["خانه / اقتصاد / انرژی", "گوش دادن اشتراک‌گذاری"]),
    ("en", ["Breaking: Council delays the budget vote", "Home / Commentary / Energy & Climate",
            "Download PDF", "Cite this commentary"]),
])
def test_tickers_breadcrumbs_and_page_tools_go(code, head):
    # A ticker's lines are other stories' headlines; the breadcrumb starts from the home page.
    article = page(code, head, [])
    gone = removed(article)
    assert all(line in gone for line in head), {line: gone.get(line) for line in head}
    assert_kept(article, code)


def test_a_commentarys_disclaimer_and_a_newsletters_sign_off_go_and_sentences_like_them_stay():
    notices = ["The views expressed in this commentary are those of the author alone.",
               "Thanks for reading The Lakefront Dispatch! Subscribe for free to receive new "
               "posts and support my work."]
    traps = ["The views expressed by the minister were those of the cabinet, he said.",
             "Cite this as an example of waste, the auditor told the committee."]
    article = page("en", [], notices, middle=traps)
    gone = removed(article)
    assert all(gone.get(n) == "page-tools" for n in notices), gone
    assert_kept(article, "en", *traps)
