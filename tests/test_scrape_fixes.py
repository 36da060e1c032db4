"""Classes of scrape the issue-16 corpus showed the cleaner getting wrong: a hard-wrapped wire
story inside a site's menus, a table flattened with bars, a subheading with its list and table
taken for 'read also' links, and a reporter's byline or a date line taken for the site's."""

from __future__ import annotations

import json

from pipeline.build import Options
from pipeline.commands import clean
from pipeline.readers.plain import plain_units

MENU = ["Skip to main content", "World", "Business", "Markets", "Legal", "Technology",
        "Sign In", "Register"]
WRAPPED = [
    "NAIROBI, March 12 (MNA) - Wholesale maize prices in Kenya and Uganda",
    "rose to record highs this month as a second consecutive poor rainy",
    "season cut harvests across East Africa, a regional industry group said",
    "on Tuesday.",
    "",
    "A 90-kg bag of maize sold for 6,800 Kenyan shillings in Nairobi's",
    "wholesale markets in the first week of March, up 40% from a year",
    "earlier, the Eastern Africa Grain Council said in its monthly report.",
]


def test_a_wrapped_story_inside_a_sites_menus_is_joined_into_paragraphs():
    # A page's foot: labels closed by a colon or a bracket above the next line, a sign-up
    # sentence straight above a menu, none of which says anything about the paragraphs.
    foot = ["Suggested Topics:", "Africa", "Download the App (iOS)", "Download the App (Android)",
            "Get the newsletter. Sign up here.", "Follow Us"]
    lines = [*MENU, "", "Maize prices hit record", "", *WRAPPED, "", *foot, "", *MENU[1:5]]
    units, _ = plain_units(lines)
    texts = [u.text for u in units]
    assert WRAPPED[0] + " " + WRAPPED[1] + " " + WRAPPED[2] + " " + WRAPPED[3] in texts
    assert all(m in texts for m in MENU)  # the menu's lines stay lines of their own


def test_one_paragraph_per_line_is_not_joined():
    lines = ["Short title", ""] + [f"Sentence number {n} of the story ends here." for n in
                                   range(8)]
    units, _ = plain_units(lines)
    assert len(units) == 9


def test_a_table_flattened_with_bars_is_rows_with_cells_and_one_bar_is_prose():
    lines = ["Market | Price per bag | Change", "Nairobi | 6,800 shillings | +40%",
             "Kampala | 210,000 shillings | +38%", "", "He said: prices | costs rose."]
    units, _ = plain_units(lines)
    assert [u.shape for u in units] == ["row", "row", "row", None]
    assert units[1].cells == ["Nairobi", "6,800 shillings", "+40%"]


def _clean_folder(tmp_path, files: dict[str, str]) -> dict:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    clean(Options(src, tmp_path / "out"))
    return {a["source_file"]: a for a in json.loads(
        (tmp_path / "out" / "stages" / "clean.json").read_text(encoding="utf-8"))["articles"]}


BEACH = """حملة لتنظيف الشواطئ بمشاركة ألف متطوع

{lead}

اقرأ أيضا:
بلدية دبي تطلق مبادرة لإعادة تدوير شباك الصيد

الشواطئ المشاركة

• شاطئ الممزر في دبي
• شاطئ الكورنيش في أبوظبي

حصيلة الحملة

نوع النفايات\tالكمية (طن)
بلاستيك\t25.2
شباك صيد\t5.1

{last}
""".format(lead="شارك أكثر من ألف متطوع في حملة لتنظيف شواطئ الدولة نظمتها وزارة البيئة يوم "
               "السبت بالتعاون مع البلديات وجمعيات النفع العام.",
           last="وقالت الوزارة إن الحملة ستتكرر كل ثلاثة أشهر، داعية السكان إلى الحد من "
                "استخدام الأكياس البلاستيكية.")


def test_a_subheading_with_its_list_and_table_after_a_read_also_link_is_content(tmp_path):
    art = _clean_folder(tmp_path, {"beach.txt": BEACH})["beach.txt"]
    kinds = [(b["kind"], b["text"]) for b in art["blocks"]]
    assert ("heading", "الشواطئ المشاركة") in kinds and ("heading", "حصيلة الحملة") in kinds
    assert ("item", "شاطئ الممزر في دبي") in kinds
    assert ("row", "بلاستيك | 25.2") in kinds
    # The link itself went with its label.
    assert not any("إعادة تدوير شباك الصيد" in t for _, t in kinds)


def _wire(title: str, byline: str, date: str, body: str) -> str:
    return "\n".join(["Meridian", "World", "Business", "Markets", "", title, "", byline, "",
                      date, "", body, "", "Meridian, the news and media division of Meridian "
                      "Group, is the largest multimedia news provider.", ""])


def test_a_reporters_byline_and_two_stories_date_lines_are_theirs_not_the_sites(tmp_path):
    body = ("Wholesale maize prices in Kenya and Uganda rose to record highs this month as a "
            "second poor rainy season cut harvests across East Africa, traders said.")
    arts = _clean_folder(tmp_path, {
        "a.txt": _wire("Maize prices hit a record", "By Tom Harlow",
                       "March 12, 2024 3:41 PM UTC", body),
        "b.txt": _wire("Governments release grain reserves", "By Tom Harlow",
                       "March 19, 2024 11:02 AM UTC", body.replace("this month", "in March")),
        "c.txt": _wire("Cocoa forecast cut again", "By Ann Osei",
                       "March 14, 2024 6:15 PM UTC", body.replace("maize", "cocoa"))})
    for name, art in arts.items():
        texts = [b["text"] for b in art["blocks"]]
        assert "Meridian" not in texts and "Business" not in texts  # the site's menu goes
        assert any(t.startswith("By ") for t in texts), (name, texts)
        assert art["date"] is not None, name


def test_a_photo_description_closing_with_its_credit_is_a_caption_not_a_cut_sentence():
    from pipeline.readers.base import caption_line

    assert caption_line("متسوقون في سوق العوير المركزي للخضار والفواكه (صورة: مريم الكعبي)")
    assert caption_line("Shoppers at the central market in Dubai (Photo: AFP)")
    assert caption_line("آسمان آلوده اصفهان از فراز کوه صفه؛ عکس: مریم احمدی")
    assert caption_line("L'entrée des urgences du site de Porrentruy. Photo: Keystone")
    # A sentence that mentions a credit in passing is a sentence.
    assert not caption_line("He said the photo (photo: AFP) was fake and the ministry denied it.")
    assert not caption_line("The ministry released a photo: the dam at dawn.")
    # A page that sets its photo in a one-cell table (Blogger) has a caption, not a table.
    from pipeline.readers.base import row_unit

    assert row_unit(["", "Shoppers in Dubai (Photo: AFP)"], [3]).shape == "caption"
    assert row_unit(["Nairobi", "6,800"], [4]).shape == "row"
    lines = ["Dubai prices rise", "", "Shoppers at the central market in Dubai (Photo: AFP)"]
    units, _ = plain_units(lines)
    assert units[-1].shape == "caption"


def test_a_word_dropped_between_a_fused_byline_and_its_title_is_a_changed_line(tmp_path):
    body = ("أكد وزير الخارجية الكازاخستاني أن بلاده تسعى إلى تعزيز التعاون مع دول الخليج في "
            "مجالات الطاقة والنقل والاستثمار.")
    art = _clean_folder(tmp_path, {"a.txt": "الكاتب الصحفى محمد طلعت يكتب.. كازاخستان تعزز "
                                            "شراكتها مع دول الخليج\n\n" + body + "\n"})["a.txt"]
    assert [b["kind"] for b in art["blocks"]][:2] == ["byline", "title"]
    first = art["lines"][0]
    assert first["action"] == "changed" and first["rule"] == "split"
    assert "يكتب" in first["before"] and "يكتب" not in first["after"]
    assert first["after"] == "الكاتب الصحفى محمد طلعت / كازاخستان تعزز شراكتها مع دول الخليج"
    assert art["lines"][2]["action"] == "kept"  # the paragraph, untouched, is kept


def test_a_blogs_name_in_the_page_title_is_not_taken_for_the_posts_headline():
    from pipeline.readers.html import _post_title

    page = ("<html><head><title>کراچی کی آواز: کراچی میں پانی کا بحران</title></head><body>"
            "<h1>کراچی کی آواز</h1><h2>پیر، 13 نومبر 2023</h2>"
            "<h3 class='post-title'>کراچی میں پانی کا بحران</h3><p>...</p></body></html>")
    # The extractor took the blog's name, one part of the <title>; the post's heading is the
    # other part.
    assert _post_title(page, "کراچی کی آواز") == "کراچی میں پانی کا بحران"
    assert _post_title(page, "کراچی میں پانی کا بحران") == "کراچی میں پانی کا بحران"
    # A title that is no part of the <title> is the extractor's own finding, kept.
    assert _post_title(page, "Another headline") == "Another headline"
    news = page.replace("کراچی کی آواز: کراچی میں پانی کا بحران", "Water crisis | Daily News")
    assert _post_title(news, "Daily News") == "Daily News"  # no heading reads "Water crisis"


def test_a_figure_caption_the_extractor_dropped_is_put_back_as_a_caption(tmp_path):
    paras = ["Officials in Isfahan closed all primary schools on Monday as air pollution "
             "reached dangerous levels for the third day in a row.",
             "The provincial crisis committee said schools would stay closed until the "
             "weather changes and the wind disperses the smog over the city."]
    page = ("<!DOCTYPE html><html lang='en'><head><title>Isfahan closes schools</title></head>"
            "<body><nav>Home | News | Sport</nav><article><h1>Isfahan closes schools</h1>"
            f"<p>{paras[0]}</p><figure><img src='a.jpg'><figcaption>The polluted sky over "
            "Isfahan from Mount Soffeh. Photo: Maryam Ahmadi</figcaption></figure>"
            f"<p>{paras[1]}</p></article><aside><figure><img src='b.jpg'><figcaption>Photo: "
            "another story's thumbnail</figcaption></figure></aside></body></html>")
    art = _clean_folder(tmp_path, {"page.html": page})["page.html"]
    kinds = [(b["kind"], b["text"]) for b in art["blocks"]]
    caption = ("caption", "The polluted sky over Isfahan from Mount Soffeh. Photo: Maryam Ahmadi")
    assert kinds.index(caption) == kinds.index(("paragraph", paras[0])) + 1
    # A caption outside the article's text (a sidebar's thumbnail) is not put in.
    assert not any("thumbnail" in t for _, t in kinds)
    assert [r["line"] for r in art["lines"]] == list(range(1, len(art["lines"]) + 1))


def _bare(title: str, name: str, body: str) -> str:
    return "\n".join(["Ege Gündem", "Ana Sayfa", "Gündem", "Ekonomi", "Spor", "", title, "",
                      name, "", body, ""])


def test_a_bare_name_under_the_title_is_the_byline_and_a_menu_line_is_not(tmp_path):
    # The name printed without "By" under the title is the byline, in Latin and Cyrillic and
    # with a role; a title-case deck whose words the text writes in lower case is not a name,
    # and the site's two-word menu item ("Ana Sayfa") is not a byline however it is capitalised.
    body = ("Bakan, Bornova'da düzenlenen toplantıda yaptığı konuşmada, kentte 2023 yılından bu "
            "yana 48 bin bağımsız bölümün riskli yapı olarak tescil edildiğini söyledi.")
    ru = ("Глава региона сообщил, что работы на трассе завершатся к осени, а движение будет "
          "открыто в обе стороны.")
    en = ("The ministry said looking east was now a priority, and that talks with Beijing and "
          "Tashkent would resume in the spring.")
    arts = _clean_folder(tmp_path, {
        "a.txt": _bare("Deprem raporu Meclis'e gidiyor", "Mert Yılmaz", body),
        "b.txt": _bare("İzmir'de ulaşıma zam", "Ayşe Demir | Muhabir", body.replace("48", "52")),
        "c.txt": _bare("Orman yangını kontrol altında", "Ayşe Demir", body.replace("48", "12")),
        "d.txt": "Трасса откроется осенью\n\nИрина Соколова\n\n" + ru + "\n",
        "e.txt": "Kazakhstan's new course\n\nLooking East Again\n\n" + en + "\n"})
    kinds = {name: [(b["kind"], b["text"]) for b in art["blocks"]] for name, art in arts.items()}
    assert ("byline", "Mert Yılmaz") in kinds["a.txt"]
    assert ("byline", "Ayşe Demir | Muhabir") in kinds["b.txt"]
    assert ("byline", "Ayşe Demir") in kinds["c.txt"]  # twice in the folder: still the reporter's
    assert ("byline", "Ирина Соколова") in kinds["d.txt"]
    assert ("deck", "Looking East Again") in kinds["e.txt"]
    for name in "abc":
        assert kinds[f"{name}.txt"][0][0] == "title", kinds[f"{name}.txt"]
        assert not any(t == "Ana Sayfa" for _, t in kinds[f"{name}.txt"])


def test_a_credit_line_closes_the_copy_wherever_the_page_goes_on_after_it(tmp_path):
    # The agency's credit line is the signature though the page prints the reporter's contact
    # line, the agency's footer and its links after it; the agency's sentence about itself,
    # recurring after the signature in every story, is the page's; the council's paragraph,
    # recurring inside the copy, stays (merge cross-references it).
    council = ("The Eastern Africa Grain Council, a Nairobi-based industry body, groups traders "
               "and millers in 10 countries.")
    footer = ("Meridian, the news and media division of Meridian Group, is the world's largest "
              "multimedia news provider, reaching billions of people every day.")

    def story(title: str, body: str, credit: str) -> str:
        return "\n\n".join([title, body, council, "Traders expect prices to keep rising until "
                            "the next harvest comes in, the council said.", credit,
                            "Tom Harlow can be reached at tharlow@meridian.example.", footer,
                            "Follow Us"]) + "\n"

    arts = _clean_folder(tmp_path, {
        "a.txt": story("Maize prices hit a record", "Wholesale maize prices in Kenya rose to "
                       "record highs this month, a regional industry group said.",
                       "(Reporting by Tom Harlow; Editing by Alison Moore)"),
        "b.txt": story("Reserves released", "Governments in East Africa released grain reserves "
                       "on Tuesday to calm prices, officials said.",
                       "(Reporting by Tom Harlow in Nairobi; Editing by Mark Dunn)"),
        "c.txt": "Inflation at 40 percent\n\nThe statistics centre said inflation reached 40 "
                 "percent in February, up from 38 percent.\n\nانتهای پیام/\n",
        "d.txt": "La tempête Mireille a privé 40 000 foyers d'électricité dans la nuit de "
                 "dimanche à lundi.\n\nLes équipes d'Enedis sont mobilisées.\n\nAvec AFP\n"})
    for name in ("a.txt", "b.txt"):
        kinds = [(b["kind"], b["text"]) for b in arts[name]["blocks"]]
        assert [k for k, t in kinds if t.startswith("(Reporting by")] == ["signature"], kinds
        assert ("paragraph", council) in kinds
        assert not any(t == footer for _, t in kinds), kinds
    assert arts["c.txt"]["blocks"][-1]["kind"] == "signature"
    assert arts["d.txt"]["blocks"][-1] == {**arts["d.txt"]["blocks"][-1], "kind": "signature",
                                           "text": "Avec AFP"}


def test_a_consent_frameworks_banner_goes_and_a_sentence_about_cookies_stays(tmp_path):
    banner = ("Avec votre accord, nous et nos 42 partenaires utilisons des cookies ou technologies "
              "similaires pour stocker et accéder à des informations personnelles comme votre "
              "visite sur ce site. Vous pouvez retirer votre consentement à tout moment.")
    trap = ("La CNIL a infligé une amende à trois sites qui déposaient des cookies sans l'accord "
            "de leurs visiteurs.")
    art = _clean_folder(tmp_path, {"a.txt": "\n\n".join([
        banner, "Accepter", "Refuser", "Cookies : la CNIL sanctionne trois sites", trap,
        "Les sites ont deux mois pour se mettre en conformité, a précisé l'autorité."]) + "\n"})
    texts = [b["text"] for b in art["a.txt"]["blocks"]]
    assert texts[0] == "Cookies : la CNIL sanctionne trois sites" and trap in texts
    assert banner not in texts


def test_a_headline_listed_in_the_sites_most_read_box_is_still_its_articles_title(tmp_path):
    # Each story's headline recurs at the foot of the other pages (and of its own) in the
    # "most read" box; it is the site's template there, and the article's title at its head.
    titles = ["Yeni vapur hattı seferlere başladı", "Konya'da buğday rekoltesi düştü",
              "Kar nedeniyle okullar tatil edildi"]
    bodies = ["Kadıköy ile Sarıyer arasında yeni vapur hattı bu sabah ilk seferini yaptı ve "
              "yolcular hattın süresinden memnun olduklarını söyledi.",
              "Konya Ovası'nda bu yıl buğday rekoltesinin kuraklık nedeniyle yüzde 20 düştüğü, "
              "çiftçilerin ise destek beklediği açıklandı.",
              "Valilik, yoğun kar yağışı nedeniyle il genelinde okulların iki gün tatil "
              "edildiğini ve ulaşımda aksamalar yaşandığını duyurdu."]
    foot = ["Çok Okunanlar", *(f"{n}. {t}" for n, t in enumerate(titles, 1)), "Künye"]

    def page(n: int) -> str:
        return "\n".join(["Gündem Postası", "Anasayfa", "Gündem", "Ekonomi", "", titles[n], "",
                          bodies[n], "", bodies[n].replace("yüzde", "%"), "", *foot]) + "\n"

    arts = _clean_folder(tmp_path, {f"{n}.txt": page(n) for n in range(3)})
    for n in range(3):
        blocks = arts[f"{n}.txt"]["blocks"]
        assert (blocks[0]["kind"], blocks[0]["text"]) == ("title", titles[n]), blocks[:2]
        assert not any(b["text"] in titles[:n] + titles[n + 1:] for b in blocks)


def test_a_reporters_bare_name_over_the_share_bar_in_two_stories_is_theirs(tmp_path):
    # The name recurs in two of the three stories, next to the share bar that recurs in all
    # three: the bar is the site's, the name the reporter's.
    body = ("Konya Ovası'nda hasat sona ererken buğday rekoltesinin geçen yıla göre yüzde 20 "
            "düştüğü açıklandı ve çiftçiler destek talep etti.")

    def page(title: str, name: str, n: int) -> str:
        return "\n".join(["Gündem Postası", "Anasayfa", "Ekonomi", "", title, "",
                          f"Verim {n} yılın en düşüğünde, çiftçiler destek bekliyor", "",
                          name, "", "Paylaş", "Yazdır", "",
                          body.replace("20", str(n)), "", "Künye", "İletişim"]) + "\n"

    arts = _clean_folder(tmp_path, {"a.txt": page("Buğday rekoltesi düştü", "Mehmet Yıldırım", 20),
                                    "b.txt": page("Ekmeğe zam geldi", "Mehmet Yıldırım", 15),
                                    "c.txt": page("Vapur hattı açıldı", "Elif Karaca", 12)})
    for name, who in (("a.txt", "Mehmet Yıldırım"), ("b.txt", "Mehmet Yıldırım"),
                      ("c.txt", "Elif Karaca")):
        kinds = [(b["kind"], b["text"]) for b in arts[name]["blocks"]]
        assert ("byline", who) in kinds, kinds
        assert kinds[1][0] == "deck", kinds
        assert not any(t in ("Yazdır", "Künye", "Anasayfa") for _, t in kinds)


def test_a_standfirst_in_sentences_is_the_deck_when_a_byline_with_a_role_follows(tmp_path):
    arts = _clean_folder(tmp_path, {"a.txt": "\n\n".join([
        "Battery targets are the easy part",
        "States are racing to announce storage goals. Connecting the batteries will take longer.",
        "Priya Raman | Senior Fellow, Energy Program",
        "Four western states now have battery storage targets for 2030, and together they add "
        "up to more than 9 gigawatts of new capacity."]) + "\n"})
    assert [b["kind"] for b in arts["a.txt"]["blocks"]] == ["title", "deck", "byline", "paragraph"]


def test_dash_lists_notes_header_widgets_and_a_byline_under_the_text(tmp_path):
    # A city portal: the weather and the age rating in its header, an enumeration with long
    # dashes closed by ";", the author under the text; a commentary's numbered notes. A
    # dialogue's dash lines stay paragraphs.
    portal = "\n".join([
        "Погода: +6 °C", "16+", "", "Отопительный сезон в Вологде начнётся 20 сентября", "",
        "Подача тепла в социальные учреждения начнётся 20 сентября, а в жилые дома — после "
        "того как среднесуточная температура опустится ниже восьми градусов.", "",
        "Очерёдность подключения", "", "— детские сады, школы и больницы;", "— жилые дома;",
        "— административные здания и торговые центры.", "",
        "— Мы готовы, — сказал директор теплосети журналистам.", "— А жители?", "",
        "Дату подключения жилых домов объявят дополнительно, ориентировочно в конце месяца.",
        "", "Автор: Мария Лебедева", ""])
    notes = "\n".join([
        "Battery targets are the easy part", "",
        "Four western states now have battery storage targets for 2030, and together they add "
        "up to more than 9 gigawatts.[1] The queue is where targets are met or missed.[2]", "",
        "Notes", "", "[1] State energy offices; targets as of April 2024.",
        "[2] Caldwell Institute analysis of interconnection queue data, 2024.", ""])
    arts = _clean_folder(tmp_path, {"a.txt": portal, "b.txt": notes})
    a = [(b["kind"], b.get("marker"), b["text"]) for b in arts["a.txt"]["blocks"]]
    assert a[0] == ("title", None, "Отопительный сезон в Вологде начнётся 20 сентября")
    assert ("heading", None, "Очерёдность подключения") in a
    assert [(k, mk) for k, mk, t in a if t.startswith(("детские", "жилые", "админ"))] == [
        ("item", "—")] * 3
    assert ("paragraph", None, "— А жители?") in a
    assert a[-1] == ("byline", None, "Автор: Мария Лебедева")
    lines = {r["before"]: r["rule"] for r in arts["a.txt"]["lines"] if r["action"] == "removed"}
    assert lines["Погода: +6 °C"] == "widget" and lines["16+"] == "widget"
    b = [(b["kind"], b.get("marker")) for b in arts["b.txt"]["blocks"]]
    assert b[-2:] == [("item", "[1]"), ("item", "[2]")] and ("heading", None) in b


def test_a_reporters_initials_closing_two_stories_are_their_signature(tmp_path):
    # "(tk)" closes two of a site's stories: the structure file's credit lines (initials)
    # make it the article's own, not a recurring line of the site.
    def page(title: str, body: str, sign: str) -> str:
        return "\n\n".join(["Wetzlarer Anzeiger", title, body, sign, "Impressum"]) + "\n"

    body = ("Ein Stand mit Plätzchen und Glühwein brannte in der Nacht zum Sonntag vollständig "
            "aus, verletzt wurde niemand, teilte die Polizei am Morgen mit.")
    arts = _clean_folder(tmp_path, {
        "a.txt": page("Brand auf dem Weihnachtsmarkt", body, "(tk)"),
        "b.txt": page("Neue Buslinie zum Bahnhof", body.replace("Sonntag", "Montag"), "(tk)"),
        "c.txt": page("Stadtbücherei öffnet sonntags", body.replace("Sonntag", "Samstag"),
                      "(jh)")})
    for name in ("a.txt", "b.txt", "c.txt"):
        assert arts[name]["blocks"][-1]["kind"] == "signature", arts[name]["blocks"]


def test_an_author_box_under_the_text_goes_and_a_name_closing_the_text_stays(tmp_path):
    # The box: the byline's name on its own line, a role, a biography; or the biography alone,
    # opening with the name and "is". The name alone closing a text is its signature.
    def body(n: int) -> list[str]:
        return [f"Four western states now have battery storage targets for 2030, and together "
                f"they add up to more than {n} gigawatts of new capacity, regulators said.",
                f"The queue to connect {n} new projects is where the targets will be met."]

    bio = ("Priya Raman is a senior fellow in the Energy Program, where she works on grid "
           "planning and storage policy.")
    arts = _clean_folder(tmp_path, {
        "a.txt": "\n\n".join(["Battery targets are the easy part", "By Priya Raman", *body(9),
                              "Priya Raman", "Senior Fellow, Energy Program", bio]) + "\n",
        "b.txt": "\n\n".join(["Storage is the hard part", "By Priya Raman", *body(7), bio])
        + "\n",
        "c.txt": "\n\n".join(["Grids and winters", "By Jane Doe", *body(5), "Jane Doe"]) + "\n"})
    for name, n in (("a.txt", 9), ("b.txt", 7)):
        texts = [b["text"] for b in arts[name]["blocks"]]
        assert texts[-1] == body(n)[1] and bio not in texts, texts
        gone = {r["before"]: r["rule"] for r in arts[name]["lines"] if r["action"] == "removed"}
        assert gone[bio] == "author-box"
    assert arts["a.txt"]["lines"][8]["rule"] == "author-box"  # the name line
    assert arts["c.txt"]["blocks"][-1]["kind"] == "signature"


def test_a_shared_notes_heading_over_the_articles_own_notes_stays(tmp_path):
    # "Notes" recurs in every commentary of the site, after the credit line; it heads each
    # commentary's own notes. The institute's line about itself after them is the site's.
    about = ("Caldwell Institute for Regional Policy is a nonpartisan, nonprofit research "
             "organization.")

    def page(title: str, n: int) -> str:
        return "\n\n".join([
            title, f"Four western states now have {n} gigawatts of battery storage targets "
                   f"for 2030, and the queue is where the targets will be met or missed.[1]",
            f"Developers wait {n + 30} months on average for an interconnection agreement, "
            "longer than it takes to build the batteries themselves.",
            f"The compact could set one study method for all {n} members, so a developer "
            "does not pay for four different studies of the same line.",
            "(Research assistance by Amal Nasser; editing by Claire Dunmore)", "Notes",
            f"[1] State energy offices; {n} targets as of April 2024.", about]) + "\n"

    arts = _clean_folder(tmp_path, {f"{n}.txt": page(t, n) for n, t in
                                    ((3, "Battery targets"), (5, "Storage rules"),
                                     (7, "Winter peaks"))})
    for art in arts.values():
        kinds = [(b["kind"], b["text"]) for b in art["blocks"]]
        assert ("heading", "Notes") in kinds and kinds[-1][0] == "item", kinds
        assert not any(t == about for _, t in kinds)


def test_a_standfirst_the_page_names_or_a_subtitle_set_as_a_heading_is_the_deck(tmp_path):
    # An AMP page's <p class="deck"> ending in a full stop, and a newsletter's "## subtitle"
    # under its "# title": the deck. A real subheading after the first paragraph stays one.
    para = ("<p>" + "أعلنت بلدية بنزرت افتتاح الجسر الجديد فوق القنال أمام حركة المرور يوم "
            "الخميس بعد أربع سنوات من الأشغال، وفق بيان رسمي. " * 2 + "</p>")
    page = ("<html lang=ar><body><article><h1>بنزرت: افتتاح الجسر الجديد وخطة مرور مؤقتة</h1>"
            "<p class='deck'>الجسر المتحرك القديم يبقى مفتوحا للمشاة فقط، ومسارات جديدة للحافلات."
            f"</p>{para}{para.replace('الخميس', 'الجمعة')}</article></body></html>")
    md = ("# Lift bridge closes at night\n\n## Cable work starts April 8. Here is what it means "
          "for Park Point.\n\nThe lift bridge will close to traffic from 10 p.m. to 5 a.m. for "
          "three weeks while crews replace its cables, the city said on Monday.\n\n"
          "## What changes\n\nBuses will turn at the canal, and the ferry will run all night "
          "for the three weeks of work.\n")
    arts = _clean_folder(tmp_path, {"a.html": page, "b.md": md})
    a = [(b["kind"], b["text"]) for b in arts["a.html"]["blocks"]]
    assert a[1] == ("deck", "الجسر المتحرك القديم يبقى مفتوحا للمشاة فقط، ومسارات جديدة للحافلات.")
    b = [(b["kind"], b["text"]) for b in arts["b.md"]["blocks"]]
    assert b[1] == ("deck", "Cable work starts April 8. Here is what it means for Park Point.")
    assert ("heading", "What changes") in b


def test_a_section_label_over_the_headline_goes_and_a_ticker_under_its_label_too(tmp_path):
    body = ("Seit Jahresbeginn wurden rund um den Gießener Bahnhof 140 Räder gestohlen, teilte "
            "die Polizei am Mittwoch mit. Sie setzt jetzt auf Zivilstreifen.")
    ar = ("عاجل\nعاجل: ارتفاع أسعار الذهب محليا 40 قرشا للغرام\nالرئيسية\n\n"
          "تراجع زمن انتظار السفن في ميناء العقبة إلى 20 ساعة\n\n"
          "تراجع متوسط زمن انتظار السفن في ميناء العقبة إلى 20 ساعة خلال الشهر الماضي، وفق "
          "بيانات رسمية نشرتها سلطة المنطقة يوم الأربعاء.\n")
    arts = _clean_folder(tmp_path, {
        "a.txt": f"Polizei\n\nFahrraddiebstähle am Bahnhof: Polizei richtet Kontrollen ein\n\n"
                 f"{body}\n",
        "b.txt": ar})
    a = arts["a.txt"]
    assert a["blocks"][0]["text"] == "Fahrraddiebstähle am Bahnhof: Polizei richtet Kontrollen ein"
    assert a["lines"][0]["rule"] == "section-label"
    b = arts["b.txt"]
    assert b["blocks"][0] == {**b["blocks"][0], "kind": "title",
                              "text": "تراجع زمن انتظار السفن في ميناء العقبة إلى 20 ساعة"}
    assert [r["rule"] for r in b["lines"][:2]] == ["ticker", "ticker"]
