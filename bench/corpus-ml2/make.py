#!/usr/bin/env python3
"""Generate the held-out press-dossier acceptance corpus (g1..g5) and expected.json.

Articles are data (lists of blocks). Every file and every expected string is
produced from the same data, so they match byte for byte.

Block kinds
  T(text)                  title (txt: first line; md: '# ' line if present; html: <h1>)
  B(text)                  byline line
  D(dateline, sep, rest)   first paragraph = dateline + sep + rest; rest is body
  P(text)                  body paragraph
  Q(text)                  quoted passage (md: '> ' blockquote, html: <blockquote>)
  H(text)                  sub-heading
  L(items, marker)         list; marker like '- ', '• ', '{n}. ', '{n}- ', '{n}۔ '
  C(text)                  photo caption / photo credit (not body, not junk)
  S(text)                  signature / sign-off line
  J(text, kind, url)       web junk line
"""
import html
import json
import os
import re

ZW = "\u200c"
NB = "\u00a0"
ROOT = os.path.dirname(os.path.abspath(__file__))


def T(t): return ("T", t)
def B(t): return ("B", t)
def D(d, sep, rest): return ("D", d, sep, rest)
def P(t): return ("P", t)
def Q(t): return ("Q", t)
def H(t): return ("H", t)
def L(items, marker="- "): return ("L", items, marker)
def C(t): return ("C", t)
def S(t): return ("S", t)
def J(t, kind="line", url=None): return ("J", t, kind, url)


TERM = re.compile(r"[.!?؟۔…]+[»\"”’'\)\]]*(?=\s|$)")


def sentences(p):
    out, start = [], 0
    for m in TERM.finditer(p):
        s = p[start:m.end()].strip()
        if s:
            out.append(s)
        start = m.end()
    rest = p[start:].strip()
    if rest:
        out.append(rest)
    return out


def zw(x):
    """Turn '~' into ZWNJ recursively (Persian articles are typed with '~')."""
    if isinstance(x, str):
        return x.replace("~", ZW)
    if isinstance(x, (list, tuple)):
        return type(x)(zw(i) for i in x)
    if isinstance(x, dict):
        return {k: zw(v) for k, v in x.items()}
    return x


ARTICLES = []


def article(folder, name, lang, fmt, blocks, enc="utf-8", newline="\n", fm=None,
            site=None):
    a = dict(folder=folder, name=name, lang=lang, fmt=fmt, blocks=blocks, enc=enc,
             newline=newline, fm=fm or {}, site=site)
    if lang == "fa":
        a = zw(a)
    ARTICLES.append(a)


def item_lines(items, marker):
    out = []
    for i, it in enumerate(items, 1):
        out.append(marker.replace("{n}", str(i)) + it)
    return out


def junk_md(b):
    _, t, kind, url = b
    if url and ": " in t:
        lab, ttl = t.split(": ", 1)
        return f"{lab}: [{ttl}]({url})"
    return t


def render_txt(a):
    parts = []
    for b in a["blocks"]:
        k = b[0]
        if k == "D":
            parts.append(b[1] + b[2] + b[3])
        elif k == "L":
            parts.append("\n".join(item_lines(b[1], b[2])))
        else:
            parts.append(b[1])
    return "\n\n".join(parts) + "\n"


def render_md(a):
    fm = a["fm"]
    lines = ["---", "title: " + json.dumps(fm["title"], ensure_ascii=False),
             "author: " + json.dumps(fm["author"], ensure_ascii=False),
             "date: " + fm["date"]]
    if "lang" in fm:
        lines.append("lang: " + fm["lang"])
    lines.append("---")
    parts = []
    for b in a["blocks"]:
        k = b[0]
        if k == "T":
            parts.append("# " + b[1])
        elif k == "H":
            parts.append("## " + b[1])
        elif k == "Q":
            parts.append("> " + b[1])
        elif k == "D":
            parts.append(b[1] + b[2] + b[3])
        elif k == "L":
            parts.append("\n".join(item_lines(b[1], b[2])))
        elif k == "J":
            parts.append(junk_md(b))
        else:
            parts.append(b[1])
    return "\n".join(lines) + "\n\n" + "\n\n".join(parts) + "\n"


def e(t): return html.escape(t, quote=False)


def render_html(a):
    lang = a["lang"]
    rtl = ' dir="rtl"' if lang in ("ar", "fa", "ur") else ""
    title = next(b[1] for b in a["blocks"] if b[0] == "T")
    blocks = a["blocks"]
    content_idx = [i for i, b in enumerate(blocks) if b[0] != "J"]
    first, last = content_idx[0], content_idx[-1]
    out = ["<!DOCTYPE html>", f'<html lang="{lang}"{rtl}>', "<head>",
           '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{e(title)} | {e(a['site'])}</title>",
           '<link rel="stylesheet" href="/static/site.css">',
           "<script>window.dataLayer=window.dataLayer||[];</script>",
           "</head>", "<body>"]
    for i, b in enumerate(blocks):
        if i == first:
            out.append("<main>")
            out.append('<article class="story">')
        k = b[0]
        if k == "T":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "B":
            out.append(f'<p class="byline">{e(b[1])}</p>')
        elif k == "D":
            out.append(f"<p>{e(b[1] + b[2] + b[3])}</p>")
        elif k == "P":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "Q":
            out.append(f"<blockquote><p>{e(b[1])}</p></blockquote>")
        elif k == "H":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "L":
            tag = "ol" if "{n}" in b[2] else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{tag}>")
        elif k == "C":
            out.append(f'<figure><img src="/media/photo-{i}.jpg" alt="">'
                       f"<figcaption>{e(b[1])}</figcaption></figure>")
        elif k == "S":
            out.append(f'<p class="contributor"><em>{e(b[1])}</em></p>')
        elif k == "J":
            _, t, kind, url = b
            if kind == "nav":
                links = " | ".join(f'<a href="/{j}">{e(x)}</a>' for j, x in enumerate(t.split(" | ")))
                out.append(f'<header class="site-header"><nav>{links}</nav></header>')
            elif kind == "footer":
                out.append(f'<footer class="site-footer"><p>{e(t)}</p></footer>')
            elif kind == "related":
                lab, ttl = t.split(": ", 1)
                out.append(f'<aside class="related">{e(lab)}: <a href="{url or "#"}">{e(ttl)}</a></aside>')
            elif kind == "share":
                out.append(f'<div class="share-bar">{e(t)}</div>')
            else:
                out.append(f'<div class="{kind}">{e(t)}</div>')
        if i == last:
            out.append("</article>")
            out.append("</main>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def expected(a):
    r = dict(language=a["lang"], title=None, byline=None, dateline=None, headings=[],
             signature=None, body_sentences=[], junk_lines=[], zwnj_count=0)
    for b in a["blocks"]:
        k = b[0]
        if k == "T":
            r["title"] = b[1]
        elif k == "B":
            r["byline"] = b[1]
        elif k == "D":
            r["dateline"] = b[1]
            r["body_sentences"] += sentences(b[3])
        elif k in ("P", "Q"):
            r["body_sentences"] += sentences(b[1])
        elif k == "H":
            r["headings"].append(b[1])
        elif k == "L":
            r["body_sentences"] += list(b[1])
        elif k == "S":
            r["signature"] = b[1]
        elif k == "J":
            r["junk_lines"].append(junk_md(b) if a["fmt"] == "md" else b[1])
    if a["fmt"] == "md":
        if r["title"] is None:
            r["title"] = a["fm"]["title"]
        assert r["title"] == a["fm"]["title"]
        if r["byline"] is None:
            r["byline"] = a["fm"]["author"]
    if a["lang"] in ("fa", "ur"):
        r["zwnj_count"] = sum(s.count(ZW) for s in r["body_sentences"])
    return dict(language=r["language"], title=r["title"], byline=r["byline"],
                dateline=r["dateline"], headings=r["headings"], signature=r["signature"],
                body_sentences=r["body_sentences"], junk_lines=r["junk_lines"],
                zwnj_count=r["zwnj_count"])


def build():
    by_folder = {}
    for a in ARTICLES:
        fn = {"txt": render_txt, "md": render_md, "html": render_html}[a["fmt"]]
        text = fn(a)
        if a["newline"] != "\n":
            text = text.replace("\n", a["newline"])
        d = os.path.join(ROOT, a["folder"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, a["name"]), "wb") as f:
            f.write(text.encode(a["enc"]))
        by_folder.setdefault(a["folder"], {})[a["name"]] = expected(a)
    for folder, arts in by_folder.items():
        with open(os.path.join(ROOT, folder, "expected.json"), "w", encoding="utf-8") as f:
            json.dump({"articles": arts}, f, ensure_ascii=False, indent=2)
            f.write("\n")
    # machine-readable manifest used by check.py / README
    man = [dict(folder=a["folder"], name=a["name"], lang=a["lang"], fmt=a["fmt"],
                enc=a["enc"], newline="CRLF" if a["newline"] == "\r\n" else "LF")
           for a in ARTICLES]
    with open(os.path.join(ROOT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(man, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ============================================================== ARTICLES

# ---------------------------------------------------------------- g1
article("g1", "ar_syrdarya_water_deal.txt", "ar", "txt", [
    T("اتفاق خماسي لتقاسم مياه نهر سير داريا قبل موسم الري"),
    D("دبي - «البيان»", ": ", "توصلت دول آسيا الوسطى الخمس إلى اتفاق مبدئي لتنظيم تصريف المياه في حوض نهر سير داريا خلال موسم الري المقبل، وذلك بعد اجتماع استمر يومين في العاصمة الأوزبكية طشقند بمشاركة خبراء من البنك الدولي وبرنامج الأمم المتحدة الإنمائي."),
    P("وينص الاتفاق على أن تزيد قيرغيزستان إطلاق المياه من خزان توكتوغول بنسبة 12% خلال شهري يونيو ويوليو، مقابل إمدادات من الكهرباء والغاز تقدمها أوزبكستان وكازاخستان خلال فصل الشتاء. وتقول بشكيك إن هذه المقايضة تحمي سكانها من انقطاع الكهرباء في أشهر البرد القارس."),
    C("(صورة: خزان توكتوغول في قيرغيزستان - أرشيفية)"),
    H("مخاوف من الجفاف"),
    P("وحذر خبراء الأرصاد من أن كمية الثلوج في جبال تيان شان جاءت أقل من المعدل بنحو 18% هذا العام، ما يهدد محاصيل القطن والقمح في وادي فرغانة. وقال المستشار في منظمة شنغهاي للتعاون (SCO) رستم قاسموف: «إن المياه لم تعد ملفاً فنياً، بل أصبحت قضية أمن إقليمي تتطلب قرارات سياسية جريئة»."),
    P("ويتضمن الاتفاق ثلاثة بنود رئيسية:"),
    L(["إنشاء مركز مشترك لرصد تدفقات المياه في الوقت الفعلي",
       "تبادل بيانات الخزانات يومياً خلال الفترة 2024-2025",
       "تشكيل لجنة فنية تجتمع كل ثلاثة أشهر"], "- "),
    P("ومن المقرر أن يعرض الاتفاق على رؤساء الدول الخمس في قمة دوشنبه المقبلة. ويؤكد دبلوماسيون أن الصيغة الجديدة قد تفتح الباب أمام تمويل دولي لتحديث قنوات الري القديمة التي تعود إلى الحقبة السوفيتية، والتي يضيع فيها نحو 40% من المياه قبل وصولها إلى الحقول. فهل تنجح المنطقة هذه المرة في تجاوز خلافات استمرت ثلاثة عقود؟"),
    J("شارك الخبر: فيسبوك | تويتر | واتساب", "share"),
    J("اقرأ أيضاً: كازاخستان تطلق أكبر محطة لتحلية المياه على بحر قزوين", "related"),
    J("الكلمات المفتاحية: آسيا الوسطى، المياه، أوزبكستان، قيرغيزستان", "tags"),
    J("جميع الحقوق محفوظة © البيان 2025", "footer"),
])

article("g1", "fa_caspian_gas_swap.md", "fa", "md", [
    D("به گزارش خبرگزاری مهر", "، ", "وزیر نفت ایران در نشست مشترک با همتای ترکمنستانی خود در عشق~آباد اعلام کرد که قرارداد سوآپ گاز ترکمنستان از طریق خاک ایران به جمهوری آذربایجان تا سال 2030 تمدید می~شود."),
    H("افزایش حجم سوآپ"),
    P("بر اساس این توافق، حجم گاز انتقالی از ۲ میلیارد مترمکعب به ۳٫۵ میلیارد مترمکعب در سال افزایش می~یابد. کارشناسان پیش~بینی می~کنند که این طرح درآمد ترانزیتی ایران را حدود 12% بالا ببرد."),
    P("وزیر نفت در این باره گفت: «همکاری~های انرژی میان کشورهای حاشیه خزر نمی~تواند قربانی رقابت~های سیاسی شود و ما آماده سرمایه~گذاری در زیرساخت~های مشترک هستیم.»"),
    H("نقش سازمان همکاری شانگهای"),
    P("ایران از سال 2023 عضو کامل سازمان همکاری شانگهای (SCO) است و تهران تلاش می~کند از این ظرفیت برای گسترش گفت~وگو با کشورهای آسیای مرکزی استفاده کند. دیپلمات~های ترکمن نیز بر لزوم تسریع در برنامه~ریزی خط~لوله~های جدید تأکید کرده~اند."),
    P("محورهای اصلی تفاهم~نامه جدید به این شرح است:"),
    L(["نوسازی ایستگاه~های تقویت فشار در مرز سرخس",
       "ایجاد سامانه مشترک اندازه~گیری گاز",
       "تسویه مطالبات معوق تا پایان سال ۱۴۰۴"], "{n}. "),
    P("به گفته ناظران، این توافق در شرایطی امضا می~شود که اروپا به دنبال منابع تازه گاز است و جمهوری آذربایجان نقش پل ترانزیتی را برای خود تعریف کرده است. آیا ایران می~تواند جایگاه خود را در این معادله تثبیت کند؟"),
    J("اشتراک~گذاری: تلگرام | واتساپ | ایکس", "share"),
    J("بیشتر بخوانید: نشست وزرای انرژی کشورهای حاشیه خزر در باکو برگزار شد", "related", "https://www.mehrnews.com/news/6400001"),
    J("برچسب~ها: #گاز #ترکمنستان #خزر", "tags"),
    J("۱۲ نظر", "comments"),
], fm=dict(title="تمدید قرارداد سوآپ گاز ترکمنستان به آذربایجان تا ۲۰۳۰", author="مریم رضایی", date="2025-04-03", lang="fa"))

article("g1", "ru_china_kyrgyz_rail.txt", "ru", "txt", [
    T("Строительство железной дороги Китай – Киргизия – Узбекистан начнется летом"),
    D("МОСКВА, 3 апреля – РИА Новости.", " ", "Строительство железной дороги Китай – Киргизия – Узбекистан стартует в июле, сообщил в четверг министр транспорта Киргизии Тилек Текебаев."),
    P("По его словам, общая протяженность магистрали составит около 523 километров, из которых 280 пройдут по территории Киргизии. Стоимость проекта оценивается в 4,7 миллиарда долларов."),
    P("«Мы рассчитываем завершить основные работы к 2030 году, а первые грузовые поезда пустить уже в 2031-м», – сказал министр журналистам."),
    H("Тоннели и мосты"),
    P("На киргизском участке предстоит построить более 40 тоннелей и почти 90 мостов. Как отметил министр, самым сложным станет перевал Торугарт на высоте свыше 3500 метров."),
    P("Проект обсуждается с конца 1990-х годов. Эксперты считают, что новая дорога сократит путь грузов из Китая в Европу примерно на 900 километров и на семь-восемь дней."),
    P("Ранее в Бишкеке создали совместную проектную компанию, в которой Китаю принадлежит 51%, а Киргизии и Узбекистану – по 24,5%. Финансирование обеспечат китайские банки, однако условия кредитов пока не раскрываются."),
    P("Критики проекта в Бишкеке опасаются роста внешнего долга страны, который уже превышает 4,5 миллиарда долларов. Власти, в свою очередь, уверяют, что дорога окупится за счет транзитных платежей!"),
    J("Поделиться", "share"),
    J("Читайте также: Казахстан и Китай открыли третий железнодорожный переход на границе", "related"),
    J("Теги: Киргизия, Китай, Узбекистан, железные дороги", "tags"),
    J("© 2025 РИА Новости", "footer"),
], enc="cp1251", newline="\r\n")

article("g1", "en_georgia_election_report.html", "en", "html", [
    J("World | Europe | Asia | Business | Sport", "nav"),
    T("Georgia's opposition calls for new vote as monitors publish election report"),
    B("By HELEN CARTER"),
    J("Updated: 3 April 2025 10:42 GMT", "updated"),
    J("Share this article: Facebook | X | Email", "share"),
    D("TBILISI, Georgia (AP)", " — ", "Georgia's main opposition parties on Thursday demanded a repeat of last month's parliamentary election after international observers published a report listing what they called systematic pressure on voters."),
    P("The report by the OSCE's election monitoring office said it had recorded intimidation of public sector workers in 14 of the country's 73 districts. It also noted that turnout in some rural precincts exceeded 90%, far above the national average of 58%."),
    C("Protesters wave Georgian and European Union flags on Rustaveli Avenue. (Photo: AP Photo/Shakh Aivazov)"),
    H("Government rejects findings"),
    P("The governing party said the findings were biased and insisted that the vote had been free and fair. “Georgians made their choice, and no foreign office will rewrite it,” a party spokesman told reporters outside parliament."),
    P("Opposition leaders said they would boycott the new legislature until the following demands are met:"),
    L(["a full recount in the disputed districts",
       "the resignation of the central election commission chair",
       "a new vote supervised by international observers"], "- "),
    P("Thousands of people gathered on Rustaveli Avenue in central Tbilisi on Wednesday evening. The protest ended peacefully shortly before midnight."),
    P("The European Union has urged both sides to resolve the dispute through dialogue. Brussels granted Georgia candidate status in 2023, but the accession process has effectively been frozen since last year."),
    S("Associated Press writer Daria Litvinova in Tallinn, Estonia, contributed to this report."),
    J("Read more: Armenia and Azerbaijan agree on border commission timetable", "related", "/article/armenia-azerbaijan-border"),
    J("Subscribe to our newsletter", "newsletter"),
    J("34 comments", "comments"),
    J("© 2025 The Associated Press. All rights reserved.", "footer"),
], site="AP News")

article("g1", "ur_casa1000_power.txt", "ur", "txt", [
    T("کاسا ایک ہزار منصوبہ: وسطی ایشیا سے بجلی کی فراہمی اگلے سال شروع ہونے کا امکان"),
    D("اسلام آباد (این این آئی)", " ", "وفاقی وزیر توانائی نے کہا ہے کہ وسطی ایشیا سے بجلی درآمد کرنے کا منصوبہ CASA-1000 آخری مراحل میں داخل ہو گیا ہے اور 2026 کے موسم گرما میں پاکستان کو بجلی کی فراہمی شروع ہو جائے گی۔"),
    P("انہوں نے یہ بات جمعرات کو قومی اسمبلی کی قائمہ کمیٹی برائے توانائی کے اجلاس میں بریفنگ دیتے ہوئے کہی۔ ان کا کہنا تھا کہ منصوبے کے تحت گرمیوں میں 1300 میگاواٹ بجلی کرغزستان اور تاجکستان سے افغانستان کے راستے پاکستان پہنچے گی۔"),
    H("سکیورٹی خدشات"),
    P("کمیٹی کے ارکان نے افغانستان میں ٹرانسمیشن لائن کی سکیورٹی پر سوالات اٹھائے۔ وزیر نے بتایا کہ افغان حصے پر 75 فیصد کام مکمل ہو چکا ہے اور عالمی بینک نے باقی فنڈز جاری کرنے کی یقین دہانی کرائی ہے۔"),
    P("وزیر توانائی نے کہا: ”یہ منصوبہ صرف بجلی کا نہیں بلکہ علاقائی رابطوں کا منصوبہ ہے، اور اس سے ملک کو سستی اور صاف توانائی ملے گی۔“"),
    P("ماہرین کے مطابق اس منصوبے سے پاکستان کو سالانہ کروڑوں ڈالر کی بچت ہو سکتی ہے کیونکہ گرمیوں میں مہنگے درآمدی فرنس آئل پر انحصار کم ہو جائے گا۔ کیا یہ منصوبہ واقعی وقت پر مکمل ہو سکے گا؟ اس سوال کا جواب آنے والے مہینوں میں ملے گا۔"),
    P("یاد رہے کہ اس منصوبے پر 2016 میں کام شروع ہوا تھا لیکن افغانستان کی صورتحال کے باعث یہ کئی برس تعطل کا شکار رہا۔ منصوبے کی مجموعی لاگت 1.2 ارب ڈالر سے زائد ہے۔"),
    J("شیئر کریں", "share"),
    J("یہ بھی پڑھیں: ازبکستان کے ساتھ ریلوے منصوبے پر معاہدہ طے پا گیا", "related"),
    J("تبصرے (8)", "comments"),
    J("جملہ حقوق محفوظ ہیں © 2025", "footer"),
])

# ---------------------------------------------------------------- g2
article("g2", "fa_aras_river_pollution.txt", "fa", "txt", [
    T("نشست سه~جانبه ایران، ارمنستان و آذربایجان درباره آلودگی رود ارس"),
    J("کد خبر: 1404011507823", "code"),
    D("تهران - ایسنا", " - ", "معاون وزیر نیرو از برگزاری نشست سه~جانبه کارشناسی میان ایران، ارمنستان و جمهوری آذربایجان برای بررسی آلودگی رودخانه مرزی ارس در هفته آینده خبر داد."),
    P("وی افزود: «نتایج نمونه~برداری~های اخیر نشان می~دهد غلظت فلزات سنگین در برخی ایستگاه~ها تا ۴۰ درصد بالاتر از حد مجاز است و این وضعیت سلامت ساکنان حاشیه رود را تهدید می~کند.»"),
    H("منشأ آلودگی"),
    P("به گفته کارشناسان، بخش عمده آلودگی از پساب معادن مس و مولیبدن در بالادست رود وارد می~شود. ایران پیشنهاد کرده است که یک سامانه پایش برخط با مشارکت هر سه کشور راه~اندازی شود."),
    P("این مقام مسئول گفت که دستور کار نشست شامل موارد زیر است:"),
    L(["تبادل داده~های کیفیت آب به صورت ماهانه",
       "تدوین استانداردهای مشترک برای تخلیه پساب",
       "جذب اعتبار از نهادهای بین~المللی برای ساخت تصفیه~خانه~ها"], "• "),
    P("ارس در طول ۱۰۷۲ کیلومتر از خاک ترکیه، ارمنستان، آذربایجان و ایران عبور می~کند و منبع اصلی تأمین آب کشاورزی در استان~های شمال~غربی کشور است. پیش~بینی می~شود نشست آینده در شهر جلفا برگزار شود."),
    P("فعالان محیط زیست نیز خواستار شفافیت بیشتر در انتشار نتایج آزمایش~ها شده~اند. آنها می~گویند کشاورزان منطقه سال~هاست از کاهش کیفیت محصولات خود گلایه دارند و تاکنون پاسخ روشنی دریافت نکرده~اند."),
    S("انتهای پیام"),
    J("اشتراک~گذاری", "share"),
    J("اخبار مرتبط: افتتاح پایانه مرزی جدید در نوردوز", "related"),
    J("کلیدواژه~ها: ارس، محیط زیست، قفقاز", "tags"),
])

article("g2", "ur_uap_railway_karachi.md", "ur", "md", [
    D("کراچی", ": ", "ازبکستان، افغانستان اور پاکستان کو ملانے والے ریلوے منصوبے کی فزیبلٹی رپورٹ مکمل کر لی گئی ہے، جس کے بعد منصوبے پر عملی کام رواں سال کے آخر تک شروع ہونے کا امکان ہے۔"),
    P("کراچی چیمبر آف کامرس میں منعقدہ ایک تقریب سے خطاب کرتے ہوئے ریلوے حکام نے بتایا کہ 647 کلومیٹر طویل اس ریلوے لائن پر تقریباً 4.8 ارب ڈالر لاگت آئے گی۔"),
    H("تجارت میں اضافے کی توقع"),
    P("حکام کے مطابق ریلوے لائن مکمل ہونے کے بعد کراچی اور گوادر کی بندرگاہوں سے وسطی ایشیا تک سامان پہنچنے کا وقت 15 دن سے کم ہو کر 5 دن رہ جائے گا۔ اس سے ابتدائی طور پر سالانہ 15 ملین ٹن سامان کی ترسیل متوقع ہے۔"),
    P("تقریب میں تاجروں نے مطالبہ کیا کہ:"),
    L(["کسٹمز کے نظام کو مکمل طور پر ڈیجیٹل بنایا جائے",
       "سرحدی گزرگاہوں پر جدید اسکیننگ مشینیں نصب کی جائیں",
       "ٹرانزٹ فیس میں کمی کی جائے"], "- "),
    P("ازبک قونصل جنرل نے کہا کہ ان کا ملک پاکستان کے ساتھ تجارت کا حجم اگلے پانچ برسوں میں ایک ارب ڈالر تک لے جانا چاہتا ہے۔ انہوں نے کہا: ”یہ ریلوے ہمارے خطے کے لیے نئی شاہراہ ریشم ثابت ہوگی۔“"),
    P("واضح رہے کہ منصوبے کے لیے عالمی بینک اور اسلامی ترقیاتی بینک سمیت کئی مالیاتی اداروں سے بات چیت جاری ہے۔ حکام کا کہنا ہے کہ افغانستان میں سکیورٹی کی صورتحال بہتر ہونے سے سرمایہ کاروں کا اعتماد بڑھا ہے۔"),
    J("**شیئر کریں:** فیس بک | ٹوئٹر | واٹس ایپ", "share"),
    J("مزید پڑھیں: پاکستان اور قازقستان کے درمیان براہ راست پروازیں بحال", "related", "https://example.pk/news/12345"),
    J("ٹیگز: ریلوے، ازبکستان، تجارت", "tags"),
], fm=dict(title="ازبکستان، افغانستان، پاکستان ریلوے: فزیبلٹی رپورٹ مکمل", author="اسٹاف رپورٹر", date="2025-04-03"))

article("g2", "en_tapi_senate_panel.txt", "en", "txt", [
    T("TAPI pipeline work in Afghanistan to resume, ministry tells Senate panel"),
    B("By Staff Reporter"),
    J("Published April 3, 2025", "updated"),
    D("ISLAMABAD", ": ", "Work on the Afghan section of the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline will resume next month, the petroleum ministry told the Senate Standing Committee on Energy on Thursday."),
    P("Officials said the Turkmen side had completed a 153-kilometre stretch from the Serhetabat border post to Herat. The next phase, they said, would take the line towards Kandahar and then to the Pakistani border near Chaman."),
    H("Funding questions"),
    P("Committee members asked who would finance the remaining sections, estimated to cost at least $7 billion. The additional secretary replied that the Asian Development Bank and Turkmengaz were in talks on a new financing package."),
    P("“We are not in a position to commit public money until security guarantees are in writing,” the additional secretary said. Senators also questioned whether India, whose participation has stalled, would eventually join the project."),
    P("According to the ministry, the pipeline is designed to carry 33 billion cubic metres of gas a year, of which Pakistan would receive 14bcm. That would cover about 12% of the country's current gas demand."),
    P("The committee directed the ministry to submit a detailed timeline at its next meeting. It also sought a briefing on the proposed gas pricing formula, which has not been made public."),
    J("Follow us on WhatsApp for the latest updates", "newsletter"),
    J("Read more: Kazakhstan offers wheat-for-textiles barter deal to Pakistan", "related"),
    J("Comments (17)", "comments"),
    J("Copyright © 2025 Frontier Herald", "footer"),
])

article("g2", "tr_btk_railway_freight.txt", "tr", "txt", [
    T("Bakü-Tiflis-Kars demir yolunda yük taşımacılığı yüzde 40 arttı"),
    B("Haber Merkezi"),
    D("İSTANBUL (AA)", " - ", "Bakü-Tiflis-Kars (BTK) demir yolu hattında yılın ilk çeyreğinde taşınan yük miktarı, geçen yılın aynı dönemine göre yüzde 40 artarak 1,2 milyon tona ulaştı."),
    P("Ulaştırma ve Altyapı Bakanlığından yapılan açıklamaya göre, artışta Çin'den Avrupa'ya giden konteyner trenlerinin Orta Koridor'u daha sık kullanmaya başlaması etkili oldu."),
    H("Kapasite 5 milyon tona çıkacak"),
    P("Bakanlık, Kars lojistik merkezindeki aktarma tesislerinin tamamlanmasıyla hattın yıllık kapasitesinin 5 milyon tona çıkarılmasının hedeflendiğini bildirdi. Gürcistan tarafında ise Ahılkelek ile Marabda arasındaki bölümde modernizasyon çalışmaları sürüyor."),
    P("Açıklamada, “Orta Koridor, Asya ile Avrupa arasındaki en kısa ve en güvenli ticaret yollarından biri haline gelmiştir” ifadesine yer verildi."),
    P("Uzmanlar, Kazakistan ve Azerbaycan limanlarındaki yatırımların da hattaki yük akışını artıracağını öngörüyor. Hazar Denizi'ni geçen feribot sayısının bu yıl 12'den 18'e çıkarılması planlanıyor."),
    P("BTK hattı 2017 yılında hizmete girmişti. Hat, Türkiye'yi Gürcistan üzerinden Azerbaycan'a ve oradan Orta Asya'ya bağlıyor."),
    P("Sektör temsilcileri ise gümrük işlemlerinin hâlâ uzun sürdüğünü belirterek sınır kapılarında dijital sistemlere geçilmesi çağrısında bulundu. Yetkililer, yeni elektronik beyan sisteminin yıl sonuna kadar devreye alınacağını açıkladı."),
    J("Paylaş", "share"),
    J("İlgili Haberler: Orta Koridor'da yeni dijital gümrük sistemi devreye girdi", "related"),
    J("Etiketler: BTK, Orta Koridor, demir yolu", "tags"),
    J("Yorumlar (5)", "comments"),
    J("© Tüm hakları saklıdır. Anadolu Ajansı 2025", "footer"),
])

# ---------------------------------------------------------------- g3
article("g3", "ar_rosatom_kazakhstan_npp.html", "ar", "html", [
    J("الرئيسية | العالم | اقتصاد | رياضة | فيديو", "nav"),
    T("روساتوم تبدأ أعمال المسح الهندسي لأول محطة نووية في كازاخستان"),
    J("شارك: فيسبوك | إكس | تيليغرام", "share"),
    D("موسكو – سبوتنيك", ": ", "أعلنت المؤسسة الحكومية الروسية للطاقة الذرية «روساتوم»، اليوم الخميس، بدء أعمال المسح الهندسي في موقع أول محطة للطاقة النووية في كازاخستان، قرب قرية أولكين على ضفاف بحيرة بلخاش."),
    P("وقال المدير العام للمؤسسة في بيان إن المحطة ستضم مفاعلين من طراز VVER-1200 بقدرة إجمالية تبلغ 2400 ميغاواط، مشيراً إلى أن تشغيل الوحدة الأولى مقرر بحلول عام 2035."),
    C("(صورة: بحيرة بلخاش في كازاخستان - أرشيف سبوتنيك)"),
    H("جدل حول المياه"),
    P("ويثير المشروع تساؤلات لدى خبراء البيئة بشأن تأثيره على بحيرة بلخاش، التي تعاني أصلاً من تراجع منسوب المياه. وتقول السلطات الكازاخية إن المحطة ستستهلك أقل من 1% من الموارد المائية للبحيرة."),
    P("وكان الكازاخيون قد صوتوا لصالح بناء المحطة في استفتاء أجري في أكتوبر 2024، بنسبة تأييد بلغت 71%. وقال الرئيس قاسم جومارت توكاييف حينها: «لقد قال الشعب كلمته، والطاقة النووية ضرورة لمستقبل بلادنا»."),
    H("شركاء محتملون"),
    P("ومن المتوقع أن يشارك تحالف دولي في تنفيذ المشروع، فيما تدرس أستانا إشراك شركات صينية في بناء محطة ثانية. فهل تتحول كازاخستان، أكبر منتج لليورانيوم في العالم، إلى لاعب رئيسي في سوق الطاقة النووية الإقليمية؟"),
    J("اقرأ أيضاً: أوزبكستان وروسيا توقعان اتفاقاً لبناء محطة نووية صغيرة", "related", "/world/20250402/uzbekistan-npp.html"),
    J("الوسوم: كازاخستان، روسيا، الطاقة النووية", "tags"),
    J("اشترك في نشرتنا البريدية", "newsletter"),
    J("© 2025 سبوتنيك. جميع الحقوق محفوظة", "footer"),
], site="سبوتنيك عربي")

article("g3", "ru_aral_kokaral_dam.md", "ru", "md", [
    B("Текст: Анна Смирнова"),
    C("Фото: Алексей Ким / ТАСС"),
    P("Казахстан приступает ко второму этапу проекта по спасению Северного Аральского моря. Власти намерены поднять уровень воды в Малом Арале еще на несколько метров, чтобы вернуть ее к бывшему портовому городу Аральск."),
    H("Что изменится"),
    P("Первая очередь плотины Кокарал, построенная в 2005 году при поддержке Всемирного банка, уже дала результат. Площадь водоема выросла почти на 40%, а соленость снизилась настолько, что в море вернулись судак и сазан."),
    P("Вторая очередь предполагает следующие работы:"),
    L(["Наращивание плотины Кокарал на 2 метра",
       "Реконструкция русла Сырдарьи на участке длиной 60 километров",
       "Строительство рыбоводного комплекса мощностью 5 тысяч тонн в год"], "{n}. "),
    H("Мнения экспертов"),
    Q("«Без договоренностей с Узбекистаном и Таджикистаном о попусках воды по Сырдарье никакая плотина не поможет», – считает гидролог Марат Нурпеисов."),
    P("Стоимость проекта оценивается в 300 миллионов долларов. Рыбаки Аральска встречают новости с осторожным оптимизмом, ведь обещания звучали и раньше!"),
    P("Завершить работы планируется к 2029 году. Если все пойдет по плану, вода подойдет к Аральску впервые за полвека."),
    P("Южный Арал, находящийся на территории Узбекистана, спасти уже не удастся, признают ученые. Там власти делают ставку на высадку саксаула, чтобы остановить соляные бури."),
    J("Поделиться: [VK](https://vk.com/share.php) [Telegram](https://t.me/share/url)", "share"),
    J("Читайте также: Как Узбекистан борется с соляными бурями на дне Арала", "related", "https://example.ru/articles/aral-dust"),
    J("Комментарии: 23", "comments"),
], fm=dict(title="Северный Арал: вторая очередь плотины Кокарал изменит регион", author="Анна Смирнова", date="2025-04-03", lang="ru"))

article("g3", "fr_armenia_azerbaijan_treaty.txt", "fr", "txt", [
    T("Arménie-Azerbaïdjan : Paris salue la finalisation du traité de paix"),
    D("PARIS, 3 avril (Reuters)", " - ", "La France a salué jeudi la finalisation du texte d'un traité de paix entre l'Arménie et l'Azerbaïdjan, estimant qu'il s'agissait d'une « étape historique » pour le Caucase du Sud."),
    P("Dans un communiqué, le ministère des Affaires étrangères a appelé les deux pays à signer le document « dans les meilleurs délais » et a proposé d'accueillir une cérémonie à Paris."),
    P("Erevan et Bakou ont annoncé à la mi-mars avoir achevé les négociations sur les 17 articles du traité, après plus de trois ans de discussions. L'Azerbaïdjan pose toutefois comme condition préalable une modification de la Constitution arménienne."),
    P("« Nous ne signerons pas un texte qui reste fragile tant que cette question n'est pas réglée », a déclaré jeudi un conseiller du président azerbaïdjanais, cité par l'agence APA."),
    P("Les relations entre Paris et Bakou restent tendues depuis que la France a renforcé sa coopération militaire avec l'Arménie en 2024. Le Premier ministre arménien doit se rendre à Bruxelles la semaine prochaine pour évoquer la réouverture des voies ferrées régionales."),
    P("Selon des diplomates européens, la question du corridor reliant l'Azerbaïdjan à son enclave du Nakhitchevan reste le principal point de blocage. Les deux voisins ont néanmoins commencé à délimiter leur frontière commune, longue d'environ 1 000 kilomètres."),
    S("(Reportage Camille Roux, édité par Blandine Hénault)"),
    J("Partager", "share"),
    J("Lire aussi : L'Union européenne prolonge sa mission d'observation en Arménie", "related"),
    J("Mots-clés : Arménie, Azerbaïdjan, diplomatie", "tags"),
    J("© 2025 Reuters. Tous droits réservés.", "footer"),
], enc="cp1252", newline="\r\n")

article("g3", "kk_darbaza_maktaaral_railway.txt", "kk", "txt", [
    T("Түркістан облысында «Дарбаза – Мақтаарал» теміржолының құрылысы басталды"),
    D("АСТАНА. KAZINFORM", " – ", "Түркістан облысында ұзындығы 152 шақырым болатын «Дарбаза – Мақтаарал» жаңа теміржол желісінің құрылысы ресми түрде басталды. Бұл туралы «Қазақстан темір жолы» ұлттық компаниясының баспасөз қызметі хабарлады."),
    P("Жоба аяқталғаннан кейін Өзбекстан шекарасына дейінгі жүк тасымалы жолы 150 шақырымға қысқарады деп күтілуде. Желінің жылдық өткізу қабілеті 12 миллион тоннаға дейін жетеді."),
    H("Жобаның негізгі көрсеткіштері"),
    L(["Жаңа желінің ұзындығы: 152 шақырым",
       "Салынатын көпірлер саны: 58",
       "Құрылысты аяқтау мерзімі: 2026 жыл"], "– "),
    P("Компания басшысы салтанатты рәсімде сөйлеген сөзінде: «Бұл жол Орталық Азиядағы транзиттік әлеуетімізді арттырып, өңір тұрғындарына жаңа жұмыс орындарын ашады», – деді."),
    P("Құрылыс барысында 1200-ден астам адам жұмыспен қамтылады. Сарапшылардың пікірінше, жаңа желі Қытайдан Ауғанстан мен Иранға баратын жүктер үшін де маңызды болмақ."),
    P("Теміржол бойында үш жаңа станция мен екі разъезд салынады. Жергілікті әкімдік жоба аясында Мақтаарал ауданындағы жолдар мен су құбырларын да жаңартуды көздеп отыр."),
    P("Айта кетейік, биыл елімізде бірнеше ірі теміржол жобасы іске асырылып жатыр. Олардың қатарында «Достық – Мойынты» желісінің екінші жолы мен «Бақты – Аягөз» жаңа желісі бар. Үкімет 2030 жылға қарай жаңа теміржолдардың жалпы ұзындығын 5 мың шақырымға жеткізуді жоспарлап отыр."),
    J("Бөлісу", "share"),
    J("Оқи отырыңыз: Астана мен Ташкент арасында жүрдек пойыз қатынайды", "related"),
    J("Тегтер: теміржол, Түркістан облысы, транзит", "tags"),
    J("© 2025 ҚазАқпарат", "footer"),
])

article("g3", "fa_tajikistan_election.txt", "fa", "txt", [
    T("انتخابات پارلمانی تاجیکستان؛ حزب حاکم بار دیگر پیروز شد"),
    B("خبرنگار: سارا محمدی"),
    D("دوشنبه - ایرنا", " - ", "حزب دموکراتیک خلق تاجیکستان به رهبری امامعلی رحمان در انتخابات پارلمانی روز یکشنبه با کسب ۷۶ درصد آرا بار دیگر اکثریت کرسی~های مجلس نمایندگان را به دست آورد."),
    P("کمیسیون مرکزی انتخابات تاجیکستان اعلام کرد میزان مشارکت به ۸۱ درصد رسیده است. ناظران سازمان امنیت و همکاری اروپا (OSCE) اما در گزارش اولیه خود از «نبود رقابت واقعی» و محدودیت~های گسترده برای رسانه~ها سخن گفتند."),
    H("واکنش~ها"),
    P("سخنگوی وزارت امور خارجه ایران با ابراز امیدواری به گسترش همکاری~ها گفت: «تهران آماده است با پارلمان جدید تاجیکستان در زمینه~های انرژی، آب و حمل~ونقل همکاری کند.»"),
    P("روسیه و چین نیز برگزاری انتخابات را تبریک گفتند. کارشناسان می~گویند نتیجه انتخابات راه را برای انتقال احتمالی قدرت به رستم امامعلی، رئیس مجلس ملی، هموارتر می~کند."),
    P("تاجیکستان با حدود ۱۰ میلیون نفر جمعیت، از فقیرترین کشورهای آسیای مرکزی به شمار می~رود و بخش بزرگی از درآمد آن از محل پول~هایی تأمین می~شود که کارگران مهاجر از روسیه ارسال می~کنند. آیا پارلمان جدید می~تواند اصلاحات اقتصادی را پیش ببرد؟"),
    P("مجلس نمایندگان تاجیکستان ۶۳ کرسی دارد که ۲۲ کرسی آن به صورت تناسبی و ۴۱ کرسی دیگر در حوزه~های تک~نفره انتخاب می~شوند."),
    J("اشتراک~گذاری در: تلگرام | اینستاگرام | ایکس", "share"),
    J("بیشتر بخوانید: ازبکستان و تاجیکستان مرز مشترک را به طور کامل علامت~گذاری کردند", "related"),
    J("۵ دیدگاه", "comments"),
    J("تمامی حقوق این سایت محفوظ است ©", "footer"),
])

# ---------------------------------------------------------------- g4
article("g4", "ar_egypt_uzbekistan_talks.txt", "ar", "txt", [
    T("وزير الخارجية يبحث مع نظيره الأوزبكي تعزيز التعاون في الطاقة والنقل"),
    J("الخميس، 03 أبريل 2025 10:42 ص", "updated"),
    B("كتب - محمد علي"),
    P("استقبل وزير الخارجية والهجرة، اليوم الخميس، وزير خارجية جمهورية أوزبكستان، الذي يزور القاهرة على رأس وفد رفيع المستوى، حيث بحث الجانبان سبل تعزيز العلاقات الثنائية في مختلف المجالات."),
    P("وصرح المتحدث الرسمي باسم وزارة الخارجية بأن اللقاء تناول فرص زيادة حجم التبادل التجاري بين البلدين، الذي بلغ نحو 150 مليون دولار خلال عام 2024، وهو رقم لا يعكس الإمكانات الحقيقية للبلدين."),
    H("ملفات الطاقة والنقل"),
    P("وأضاف المتحدث أن الوزيرين ناقشا عدداً من الملفات، أبرزها:"),
    L(["إقامة خط شحن مباشر يربط ميناء الإسكندرية بموانئ البحر الأسود",
       "التعاون في مشروعات الطاقة الشمسية وطاقة الرياح",
       "تبادل الخبرات في إدارة الموارد المائية وتحديث نظم الري"], "{n}- "),
    P("ونقل المتحدث عن وزير الخارجية قوله: «مصر تنظر إلى دول آسيا الوسطى باعتبارها شريكاً استراتيجياً، ونحرص على الاستفادة من موقعها الفريد على طرق التجارة بين الشرق والغرب»."),
    P("من جانبه، أعرب الوزير الأوزبكي عن تطلع بلاده إلى مشاركة الشركات المصرية في مشروعات البنية التحتية في طشقند وسمرقند، مشيراً إلى أن بلاده تستهدف جذب استثمارات أجنبية بقيمة 30 مليار دولار سنوياً."),
    P("واتفق الجانبان على عقد الدورة المقبلة للجنة المشتركة في طشقند خلال النصف الثاني من العام الجاري، كما اتفقا على تسيير رحلات جوية مباشرة بين القاهرة وطشقند اعتباراً من الصيف المقبل."),
    J("مشاركة", "share"),
    J("اقرأ أيضا: رئيس الوزراء يستقبل وفد شركة كازاخية لبحث الاستثمار في المنطقة الاقتصادية", "related"),
    J("التعليقات (3)", "comments"),
    J("جميع الحقوق محفوظة © 2025", "footer"),
])

article("g4", "ur_azerbaijan_lng_lahore.txt", "ur", "txt", [
    T("آذربائیجان سے ایل این جی کی خریداری کا معاہدہ، پہلا جہاز مئی میں پہنچے گا"),
    D("لاہور (نمائندہ خصوصی)", " ", "پاکستان اور آذربائیجان کے درمیان مائع قدرتی گیس (LNG) کی خریداری کے معاہدے پر دستخط ہو گئے ہیں، جس کے تحت آذربائیجان کی سرکاری کمپنی SOCAR ہر ماہ ایک کارگو پاکستان کو فراہم کرے گی۔"),
    P("پیٹرولیم ڈویژن کے ذرائع کے مطابق معاہدہ ابتدائی طور پر ایک سال کے لیے ہے اور پہلا جہاز مئی کے وسط میں پورٹ قاسم پہنچے گا۔ ذرائع نے بتایا کہ قیمت برینٹ خام تیل کے 12 فیصد کے قریب طے کی گئی ہے۔"),
    C("(فوٹو: فائل)"),
    H("گردشی قرضے کا مسئلہ"),
    P("ماہرین کا کہنا ہے کہ ملک میں گیس کی قلت سردیوں میں شدید ہو جاتی ہے اور صنعتوں کو سپلائی معطل کرنا پڑتی ہے۔ تاہم توانائی کے شعبے کا گردشی قرضہ 2.4 ٹریلین روپے سے تجاوز کر چکا ہے، جس سے ادائیگیوں میں تاخیر کا خدشہ ہے۔"),
    P("وزیر مملکت برائے پیٹرولیم نے صحافیوں سے گفتگو میں کہا: ”آذربائیجان ہمارا برادر ملک ہے اور یہ معاہدہ دونوں ملکوں کے درمیان توانائی کے شعبے میں طویل مدتی شراکت داری کی بنیاد بنے گا۔“"),
    P("یاد رہے کہ گزشتہ سال دونوں ملکوں کے درمیان دو ارب ڈالر کی سرمایہ کاری کے معاہدوں پر دستخط ہوئے تھے۔ آذربائیجان کے صدر نے جولائی 2024 میں اسلام آباد کا دورہ کیا تھا۔"),
    P("صنعتکاروں نے معاہدے کا خیرمقدم کرتے ہوئے مطالبہ کیا ہے کہ درآمدی گیس کی قیمت کا تعین شفاف طریقے سے کیا جائے۔ ان کا کہنا ہے کہ مہنگی گیس سے برآمدی صنعت کی مسابقت متاثر ہو رہی ہے۔"),
    J("شیئر کریں: فیس بک | واٹس ایپ | ٹوئٹر", "share"),
    J("مزید پڑھیں: ترکمانستان سے گیس پائپ لائن منصوبے پر پیش رفت کا جائزہ", "related"),
    J("ٹیگز: ایل این جی، آذربائیجان، توانائی", "tags"),
    J("تبصرے (0)", "comments"),
])

article("g4", "en_caspian_shrinking_aktau.md", "en", "md", [
    T("The Caspian is shrinking, and Kazakhstan's oil port is running out of sea"),
    C("*Ships at Aktau must now sail lighter as the water level falls. Photo: Reuters*"),
    P("The Caspian Sea has fallen by almost two metres since 2006, and at the port of Aktau the consequences are now impossible to ignore. Tankers that once left fully loaded are sailing with up to a fifth of their capacity empty."),
    P("Port officials say dredging works costing $120m will begin this summer. Critics argue that dredging treats the symptom rather than the cause."),
    H("Why the sea is falling"),
    P("Scientists point to two main factors: rising temperatures, which increase evaporation, and reduced inflow from the Volga, which supplies about 80% of the Caspian's water. Dams and irrigation upstream in Russia take a growing share."),
    Q("If nothing changes, the northern Caspian could lose a third of its area by the end of the century. This is not a distant scenario."),
    P("That warning came from a team of researchers at the Kazakh National University, who presented their findings in Astana last week. The government has since created a commission on Caspian water levels."),
    H("What the region is doing"),
    P("Kazakhstan, Russia, Azerbaijan, Turkmenistan and Iran have agreed to:"),
    L(["share hydrological data through a joint monitoring centre",
       "draft a common plan for the Volga delta",
       "hold annual ministerial talks on water"], "* "),
    P("Whether those commitments will survive the region's competing interests is another question. For now, Aktau's harbour master measures the water every morning."),
    J("Share on: [Facebook](https://facebook.com/sharer) | [X](https://x.com/intent/post)", "share"),
    J("Read more: Turkmenistan opens new Caspian ferry terminal", "related", "https://example.com/world/turkmenistan-ferry"),
    J("Subscribe to our newsletter", "newsletter"),
    J("Topics: Kazakhstan · Caspian Sea · Climate crisis", "tags"),
    J("Comments (41)", "comments"),
], fm=dict(title="The Caspian is shrinking, and Kazakhstan's oil port is running out of sea", author="Sarah Collins", date="2025-04-03"))

article("g4", "fr_azerbaijan_green_power.txt", "fr", "txt", [
    T("En Azerbaïdjan, le pari risqué de l'électricité verte pour l'Europe"),
    B("Par Claire Moreau, à Bakou"),
    J("Publié le 3 avril 2025 à 10h42, modifié à 12h15", "updated"),
    J("Article réservé aux abonnés", "paywall"),
    P("Sur la côte de la mer Caspienne, à une soixantaine de kilomètres de Bakou, les premières éoliennes du parc de Khizi tournent depuis janvier. Le projet, porté par la société saoudienne ACWA Power, doit atteindre une capacité de 240\u00a0mégawatts d'ici à la fin de l'année."),
    H("Un câble sous la mer Noire"),
    P("L'ambition affichée par le gouvernement azerbaïdjanais est considérable\u00a0: exporter de l'électricité verte jusqu'en Europe grâce à un câble sous-marin de 1\u00a0100\u00a0kilomètres passant sous la mer Noire."),
    P("«\u00a0C'est un projet de génération, pas de mandat\u00a0», résume un haut fonctionnaire du ministère de l'énergie, qui a requis l'anonymat. Le coût total est estimé à 3,5\u00a0milliards d'euros, dont une partie pourrait être financée par l'Union européenne."),
    J("Lire aussi | Au Kazakhstan, la steppe mise sur l'hydrogène vert", "related"),
    P("Les sceptiques ne manquent pas. Ils rappellent que le pays tire encore plus de 90\u00a0% de ses recettes d'exportation du pétrole et du gaz, et que la demande intérieure d'électricité progresse rapidement."),
    H("Des partenaires en Asie centrale"),
    P("Bakou ne compte pas agir seul. Le Kazakhstan et l'Ouzbékistan se sont engagés à raccorder leurs futurs parcs solaires et éoliens au réseau azerbaïdjanais via un câble sous la Caspienne, un chantier encore à l'étude."),
    P("Reste une question que personne à Bakou ne tranche vraiment\u00a0: l'Europe sera-t-elle encore preneuse en 2032\u00a0?"),
    J("Partager", "share"),
    J("Abonnez-vous à notre newsletter « Géopolitique »", "newsletter"),
    J("12 commentaires", "comments"),
])

article("g4", "tr_igdir_nakhchivan_gas.txt", "tr", "txt", [
    T("Iğdır-Nahçıvan doğal gaz boru hattında ilk gaz akışı gerçekleşti"),
    D("IĞDIR (İHA)", " - ", "Türkiye ile Azerbaycan'ın Nahçıvan Özerk Cumhuriyeti arasında inşa edilen Iğdır-Nahçıvan doğal gaz boru hattında ilk gaz akışı, düzenlenen törenle başladı."),
    P("Yaklaşık 97 kilometre uzunluğundaki hattın 17 kilometrelik bölümü Nahçıvan topraklarında bulunuyor. Hattın yıllık taşıma kapasitesi 500 milyon metreküp olarak açıklandı."),
    H("Nahçıvan'ın İran'a bağımlılığı azalacak"),
    P("Törende konuşan Enerji ve Tabii Kaynaklar Bakanı, projenin bölgesel enerji güvenliği açısından büyük önem taşıdığını vurguladı. Bakan, “Bugün kardeş Azerbaycan ile enerji alanındaki iş birliğimizde yeni bir sayfa açıyoruz” dedi."),
    P("Nahçıvan, bugüne kadar doğal gaz ihtiyacının büyük bölümünü İran üzerinden yapılan takas anlaşmasıyla karşılıyordu. Yeni hat sayesinde bölgenin ihtiyacının tamamının Türkiye üzerinden karşılanması bekleniyor."),
    P("Projenin öne çıkan rakamları şöyle:"),
    L(["Toplam yatırım tutarı: 110 milyon dolar",
       "Günlük kapasite: 1,5 milyon metreküp",
       "Yapım süresi: 18 ay"], "- "),
    P("Törene Azerbaycan Enerji Bakanı ve SOCAR yöneticileri de katıldı. Yetkililer, hattın ilerleyen yıllarda kapasitesinin artırılabileceğini belirtti."),
    P("Bölge halkı da törene yoğun ilgi gösterdi. Nahçıvanlı esnaf, doğal gazın kesintisiz ve daha uygun fiyatla gelmesinin kış aylarında büyük rahatlama sağlayacağını söyledi."),
    S("Ayşe YILMAZ / İHA"),
    J("Paylaş", "share"),
    J("İlgili Haber: Kars-Nahçıvan demir yolu için ihale tarihi belli oldu", "related"),
    J("Etiketler: Nahçıvan, doğal gaz, Azerbaycan", "tags"),
    J("Yorum Yaz (0)", "comments"),
    J("Copyright © 2025 - Tüm hakları saklıdır.", "footer"),
])

# ---------------------------------------------------------------- g5
article("g5", "fa_rasht_astara_railway.html", "fa", "html", [
    J("صفحه نخست | سیاسی | اقتصادی | بین~الملل | ورزشی", "nav"),
    J("کد خبر: 85712345", "code"),
    J("زمان انتشار: ۱۴ فروردین ۱۴۰۴، ۱۰:۴۲", "updated"),
    T("آغاز عملیات اجرایی راه~آهن رشت-آستارا با حضور مقام~های ایران و آذربایجان"),
    B("نویسنده: علی کریمی"),
    J("اشتراک~گذاری", "share"),
    D("باکو- ایرنا", "- ", "عملیات اجرایی خط~آهن ۱۶۲ کیلومتری رشت-آستارا، حلقه مفقوده کریدور بین~المللی شمال-جنوب، روز پنجشنبه با حضور وزیر راه و شهرسازی ایران و وزیر اقتصاد جمهوری آذربایجان آغاز شد."),
    P("هزینه این طرح حدود ۱٫۶ میلیارد یورو برآورد شده که بخش عمده آن از محل وام دولتی روسیه تأمین می~شود. پیش~بینی می~شود ساخت این خط تا پایان سال 2028 به پایان برسد."),
    C("(عکس: ایرنا - مراسم آغاز عملیات در آستارا)"),
    H("اهمیت کریدور شمال-جنوب"),
    P("کریدور شمال-جنوب بندرهای روسیه را از طریق جمهوری آذربایجان و ایران به خلیج فارس و اقیانوس هند متصل می~کند. کارشناسان می~گویند با تکمیل این خط، زمان حمل کالا از سن~پترزبورگ تا بمبئی از ۴۰ روز به حدود ۲۰ روز کاهش می~یابد."),
    P("وزیر راه و شهرسازی در مراسم آغاز عملیات گفت: «این پروژه نه~تنها برای ایران، بلکه برای همه کشورهای منطقه فرصت~های تازه اقتصادی ایجاد می~کند و ما متعهد هستیم آن را در زمان مقرر به بهره~برداری برسانیم.»"),
    P("مهم~ترین مشخصات این طرح عبارت~اند از:"),
    L(["ساخت ۹ ایستگاه مسافری و باری",
       "احداث ۲۷ پل و ۳ تونل",
       "ظرفیت اولیه حمل ۱۵ میلیون تن بار در سال"], "- "),
    P("مقام~های جمهوری آذربایجان نیز از آمادگی این کشور برای افزایش ظرفیت ایستگاه مرزی آستارا خبر دادند. روسیه اعلام کرده است که نخستین قطار آزمایشی را پس از تکمیل بخش اول مسیر اعزام خواهد کرد."),
    J("اخبار مرتبط: قطار باری چین به ایران از مسیر قزاقستان رسید", "related", "/news/85700001"),
    J("برچسب~ها: راه~آهن، آستارا، کریدور شمال-جنوب", "tags"),
    J("کلیه حقوق این سایت محفوظ است ©", "footer"),
], site="ایرنا")

article("g5", "ru_kazakhstan_mazhilis_election.txt", "ru", "txt", [
    T("ЦИК Казахстана зарегистрировал семь партий для участия в выборах в мажилис"),
    D("Астана. 3 апреля. INTERFAX-KAZAKHSTAN", " - ", "Центральная избирательная комиссия Казахстана зарегистрировала партийные списки семи политических партий для участия в досрочных выборах в мажилис парламента, сообщили в ЦИК в четверг."),
    P("Выборы пройдут по смешанной системе: 70% депутатов будут избраны по партийным спискам, а 30% – в одномандатных округах. Всего на 98 мест претендуют более 400 кандидатов."),
    H("Наблюдатели"),
    P("Для наблюдения за голосованием аккредитованы представители ОБСЕ, СНГ и Шанхайской организации сотрудничества. По данным ЦИК, число иностранных наблюдателей может превысить 600 человек."),
    P("Председатель ЦИК на брифинге заявил: «Мы сделаем все, чтобы выборы прошли открыто и прозрачно, а каждый избиратель мог свободно выразить свою волю»."),
    P("Среди зарегистрированных партий:"),
    L(["партия «Аманат»",
       "Демократическая партия «Ак жол»",
       "Народная партия Казахстана",
       "Общенациональная социал-демократическая партия"], "- "),
    P("Голосование назначено на 25 мая. Это будут вторые выборы в мажилис по смешанной системе, вновь введенной после конституционной реформы 2022 года."),
    P("Предвыборная агитация начнется 24 апреля и продлится до полуночи 23 мая. Партии обязаны представить в ЦИК сведения о расходах избирательных фондов не позднее чем за десять дней до голосования."),
    J("Поделиться:", "share"),
    J("Читайте также: Токаев подписал указ о проведении досрочных выборов в мажилис", "related"),
    J("Теги: выборы, мажилис, ЦИК", "tags"),
    J("Подписывайтесь на наш канал в Telegram", "newsletter"),
    J("Обсудить (7)", "comments"),
    J("Все права защищены. © 2025 Интерфакс-Казахстан", "footer"),
])

article("g5", "ar_armenia_azerbaijan_border.md", "ar", "md", [
    D("باكو - (وكالات)", ": ", "اتفقت أرمينيا وأذربيجان، أمس الأربعاء، على ترسيم مقطع جديد من حدودهما المشتركة يمتد لنحو 12 كيلومتراً في منطقة تافوش، في خطوة وصفها مراقبون بأنها الأهم منذ بدء محادثات السلام."),
    P("وقالت الحكومة الأرمينية في بيان إن لجنتي ترسيم الحدود في البلدين عقدتا اجتماعهما الحادي عشر في مدينة قبلة الأذربيجانية، واتفقتا على جدول زمني لأعمال المسح الميداني خلال الفترة 2025-2026."),
    C("(صورة: أرشيفية لنقطة حدودية في منطقة تافوش - رويترز)"),
    H("ممر زنغزور"),
    P("ولا تزال مسألة الربط البري بين أذربيجان وجيب نخجوان تمثل نقطة خلاف رئيسية. وتطالب باكو بممر عبر الأراضي الأرمينية، بينما تصر يريفان على أن أي طريق يجب أن يخضع لسيادتها الكاملة."),
    Q("«لن نقبل بأي ممر خارج عن سيادتنا، لكننا مستعدون لفتح جميع الطرق والسكك الحديدية أمام التجارة الإقليمية»، قال رئيس الوزراء الأرميني."),
    P("وكان البلدان قد أعلنا في مارس الماضي الانتهاء من صياغة نص معاهدة السلام، غير أن التوقيع لا يزال معلقاً. ويرى محللون أن الاتفاق الجديد قد يمهد الطريق أمام قمة ثنائية خلال الصيف المقبل."),
    P("وتدعم الولايات المتحدة والاتحاد الأوروبي جهود السلام، فيما تراقب روسيا وتركيا وإيران التطورات عن كثب نظراً لتأثيرها على طرق النقل والطاقة في جنوب القوقاز."),
    S("(أ ف ب، رويترز)"),
    J("شارك: [فيسبوك](https://facebook.com/sharer) | [إكس](https://x.com/intent/post)", "share"),
    J("اقرأ أيضاً: جورجيا تفتح معبراً حدودياً جديداً مع أرمينيا", "related", "https://example.ae/news/georgia-armenia"),
    J("الوسوم: #أرمينيا #أذربيجان #القوقاز", "tags"),
    J("جميع الحقوق محفوظة © 2025", "footer"),
], fm=dict(title="أرمينيا وأذربيجان تتفقان على ترسيم جزء جديد من الحدود", author="قسم الشؤون الدولية", date="2025-04-03"))

article("g5", "ur_pm_uzbekistan_visit.txt", "ur", "txt", [
    T("وزیراعظم کا دورہ ازبکستان، تجارت اور ریلوے سمیت 15 معاہدوں پر دستخط"),
    D("تاشقند/اسلام آباد (ویب ڈیسک)", " ", "وزیراعظم کے دورہ ازبکستان کے دوران دونوں ممالک کے درمیان تجارت، توانائی، ریلوے اور تعلیم کے شعبوں میں 15 معاہدوں اور مفاہمتی یادداشتوں پر دستخط کیے گئے ہیں۔"),
    P("تاشقند میں ازبک صدر کے ساتھ مشترکہ پریس کانفرنس سے خطاب کرتے ہوئے وزیراعظم نے کہا کہ دونوں ممالک نے باہمی تجارت کا حجم اگلے تین برسوں میں دو ارب ڈالر تک لے جانے کا ہدف مقرر کیا ہے۔"),
    H("اہم معاہدے"),
    P("دستخط کیے گئے اہم معاہدوں میں شامل ہیں:"),
    L(["ترجیحی تجارتی معاہدے کی توسیع",
       "ازبکستان، افغانستان، پاکستان ریلوے کے لیے مشترکہ کمپنی کا قیام",
       "توانائی کے شعبے میں تعاون کی مفاہمتی یادداشت"], "{n}۔ "),
    P("ازبک صدر نے کہا: ”پاکستان ہمارے لیے جنوبی ایشیا اور سمندر تک رسائی کا دروازہ ہے، اور ہم اس تعلق کو نئی بلندیوں تک لے جانا چاہتے ہیں۔“"),
    P("وزیراعظم نے سمرقند میں تاریخی مقامات کا دورہ بھی کیا اور امام بخاری کے مزار پر حاضری دی۔ کیا یہ معاہدے کاغذ سے نکل کر زمین پر نظر آئیں گے؟ تجزیہ کاروں کے مطابق اس کا انحصار افغانستان کی صورتحال پر ہوگا۔"),
    P("وزیراعظم دو روزہ دورہ مکمل کر کے جمعرات کی شام وطن واپس پہنچ جائیں گے۔"),
    J("شیئر کریں", "share"),
    J("یہ بھی پڑھیں: قازقستان کے صدر کا دورہ پاکستان، تاریخوں کا اعلان", "related"),
    J("ہمارے نیوز لیٹر کو سبسکرائب کریں", "newsletter"),
    J("ٹیگز: ازبکستان، وزیراعظم، معاہدے", "tags"),
    J("کاپی رائٹ © 2025 جملہ حقوق محفوظ ہیں", "footer"),
])

article("g5", "en_kazakhstan_reservoirs.txt", "en", "txt", [
    T("Kazakhstan to build 20 new reservoirs by 2030 amid worsening water shortages"),
    B("By Dana Abenova"),
    D("ALMATY, April 3 (Reuters)", " - ", "Kazakhstan will build 20 new reservoirs and rebuild 15 existing ones by 2030 to cope with water shortages that threaten farming in the country's south, the water resources ministry said on Thursday."),
    P("The programme, estimated to cost 1.2 trillion tenge ($2.3 billion), would add about 3 billion cubic metres of storage capacity, the ministry said in a statement."),
    P("Kazakhstan receives around 44% of its surface water from neighbouring countries, including China, Kyrgyzstan and Uzbekistan. Talks with Beijing on sharing the waters of the Ili and Irtysh rivers have made little progress for over two decades."),
    P("“Up to 40% of water is lost in old irrigation canals before it reaches the fields,” Deputy Minister Serik Bekov told reporters in Almaty. He said the ministry would also line 3,500 km of canals with concrete."),
    P("Last year, farmers in the Turkestan and Zhambyl regions reported crop losses after a dry summer. Kazakhstan is Central Asia's largest economy and a major grain exporter."),
    P("The World Bank and the Asian Development Bank are expected to co-finance part of the programme, according to a draft government document seen by Reuters."),
    S("(Reporting by Dana Abenova; Editing by Mark Potter)"),
    J("Our Standards: The Thomson Reuters Trust Principles.", "standards"),
    J("Share: X | Facebook | LinkedIn | Email", "share"),
    J("Read Next: Uzbekistan, Tajikistan sign deal on Rogun dam water releases", "related"),
    J("Subscribe to our newsletter", "newsletter"),
])


if __name__ == "__main__":
    build()
    print(f"wrote {len(ARTICLES)} articles")
