# -*- coding: utf-8 -*-
"""Builds /work/corpus15/f1..f4. Run once with /work/main/.venv/bin/python."""
import csv, io, json, os, shutil, sys, html, datetime as dt
sys.path.insert(0, os.path.dirname(__file__))
from articles import A, para_texts
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders
from PIL import Image, ImageDraw

ROOT = '/work/corpus15'
for f in ('f1', 'f2', 'f3', 'f4'):
    p = os.path.join(ROOT, f)
    if os.path.exists(p):
        shutil.rmtree(p)
    os.makedirs(p)

def P(folder, *name):
    return os.path.join(ROOT, folder, *name)

def wtext(path, s):
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        fh.write(s)

def html_paras(a):
    out = []
    mk = a.get('markup', {})
    for i, p in enumerate(a['paras']):
        sents = []
        for j, s in enumerate(p):
            e = html.escape(s, quote=False)
            if (i, j) in mk:
                old, new = mk[(i, j)]
                assert old in e, (old, e)
                e = e.replace(old, new, 1)
            sents.append(e)
        out.append('<p>' + ' '.join(sents) + '</p>')
    return out

# ------------------------------------------------------------------ sites / HTML
SITES = {
 'eurasialedger': dict(name='The Eurasia Ledger', host='www.eurasialedger.com', lang='en', dir='ltr',
   nav=['Home', 'Central Asia', 'Caucasus', 'Business', 'Opinion', 'Podcasts'],
   cookie='We use cookies to improve your experience on our site. Accept all | Manage preferences',
   search='Search The Eurasia Ledger', by='By ', related_h='Most read this week',
   related=['Kyrgyz parliament approves new mining code', 'Opinion: The quiet rise of Central Asian diplomacy', 'Aral Sea fishing revival draws investors'],
   share='Share this article: Facebook · X · LinkedIn · Email',
   newsletter='Subscribe to The Eurasia Ledger newsletter',
   copyright='© 2025 The Eurasia Ledger. All rights reserved.',
   footer=['About us', 'Contact', 'Advertise', 'Privacy policy', 'Terms of use'],
   css='https://www.eurasialedger.com/assets/css/main.min.css'),
 'stepnoy': dict(name='Степной вестник', host='kz.stepnoy-vestnik.kz', lang='ru', dir='ltr',
   nav=['Главная', 'Политика', 'Экономика', 'Общество', 'Мнения', 'Спорт'],
   cookie='Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием.',
   search='Поиск по сайту', by='', related_h='Читайте также',
   related=['В Алматы открылся новый транспортно-логистический центр', 'Курс тенге укрепился на фоне роста цен на нефть', 'В Шымкенте стартовал сезон сбора черешни'],
   share='Поделиться: ВКонтакте · Telegram · WhatsApp',
   newsletter='Подписывайтесь на наш Telegram-канал',
   copyright='© 2025 «Степной вестник». Все права защищены.',
   footer=['О проекте', 'Реклама', 'Контакты', 'Правила использования материалов'],
   css='https://kz.stepnoy-vestnik.kz/static/css/style.css'),
 'caspianmonitor': dict(name='Caspian Energy Monitor', host='www.caspianmonitor.net', lang='en', dir='ltr',
   nav=['Home', 'Energy', 'Transport', 'Politics', 'Markets', 'Data'],
   cookie='This website uses cookies. By continuing to browse you agree to our use of cookies. OK',
   search='Search', by='By ', related_h='Related stories',
   related=['Aktau port volumes up 12% in first quarter', 'Azerbaijan signs solar deal with Gulf developer', 'Tanker rates on Caspian routes hit two-year high'],
   share='Share: Facebook · X · LinkedIn',
   newsletter='Sign up for the Caspian Energy Monitor daily briefing',
   copyright='Caspian Energy Monitor © 2025 | Privacy policy | Cookie settings',
   footer=['About', 'Editorial standards', 'Contact the newsroom', 'Careers'],
   css='https://www.caspianmonitor.net/static/css/site.css'),
 'alkhaleej': dict(name='الخليج وأوراسيا', host='www.alkhaleej-eurasia.net', lang='ar', dir='rtl',
   nav=['الرئيسية', 'سياسة', 'اقتصاد', 'طاقة', 'رأي', 'فيديو'],
   cookie='يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق',
   search='ابحث في الموقع', by='بقلم: ', related_h='اقرأ أيضا',
   related=['أذربيجان توقع اتفاقا لتصدير الكهرباء إلى أوروبا', 'ارتفاع صادرات كازاخستان من القمح إلى الشرق الأوسط', 'قطر تدرس الاستثمار في موانئ البحر الأسود'],
   share='شارك المقال: فيسبوك · إكس · واتساب',
   newsletter='اشترك في نشرتنا الإخبارية اليومية',
   copyright='© 2025 الخليج وأوراسيا. جميع الحقوق محفوظة.',
   footer=['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام'],
   css='https://www.alkhaleej-eurasia.net/themes/ke/css/app.css'),
 'tehraneco': dict(name='روزنامه اقتصادی تهران', host='www.tehraneconomicdaily.ir', lang='fa', dir='rtl',
   nav=['صفحه نخست', 'اقتصاد', 'سیاست', 'انرژی', 'حمل‌ونقل', 'بین‌الملل'],
   cookie='این وب‌سایت از کوکی استفاده می‌کند. پذیرفتن',
   search='جست‌وجو در سایت', by='نویسنده: ', related_h='اخبار مرتبط',
   related=['افزایش صادرات کالا از مرز آستارا', 'قیمت دلار در بازار آزاد امروز', 'آغاز بهره‌برداری از پایانه جدید بندر امیرآباد'],
   share='اشتراک‌گذاری: تلگرام · واتساپ · ایکس',
   newsletter='عضویت در خبرنامه',
   copyright='کلیه حقوق این سایت متعلق به روزنامه اقتصادی تهران است.',
   footer=['درباره ما', 'تماس با ما', 'آگهی', 'آرشیو'],
   css='https://www.tehraneconomicdaily.ir/client/themes/fa/main/css/news.css'),
}

def article_page(a, site_key, saved_from=False, figure=None):
    s = SITES[site_key]
    e = lambda x: html.escape(x, quote=True)
    nav = '\n'.join(f'      <li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(s['nav']))
    rel = '\n'.join(f'      <li><a href="/news/{1000+i}">{e(r)}</a></li>' for i, r in enumerate(s['related']))
    foot = '\n'.join(f'      <li><a href="/page/{i}">{e(r)}</a></li>' for i, r in enumerate(s['footer']))
    fig = ''
    if figure:
        fig = f'''    <figure class="lead-image">
      <img src="{e(figure[0])}" alt="" width="1200" height="675">
      <figcaption>{e(figure[1])}</figcaption>
    </figure>
'''
    body = '\n'.join('      ' + p for p in html_paras(a))
    dtv = a['dt']
    head_comment = ''
    if saved_from:
        head_comment = f'<!-- saved from url=({len(a["url"]):04d}){a["url"]} -->\n'
    css = s['css']
    if saved_from:
        css = './' + os.path.splitext(saved_from)[0] + '_files/app.css'
    return f'''<!DOCTYPE html>
{head_comment}<html lang="{s['lang']}" dir="{s['dir']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} | {e(s['name'])}</title>
<meta name="description" content="{e(a.get('desc', ''))}">
<meta name="author" content="{e(a['author'])}">
<meta property="og:site_name" content="{e(s['name'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{e(a['url'])}">
<meta property="article:published_time" content="{dtv}">
<link rel="canonical" href="{e(a['url'])}">
<link rel="stylesheet" href="{e(css)}">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X1Y2Z3"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a['title'], "datePublished": dtv, "author": {"@type": "Person", "name": a['author']}, "publisher": {"@type": "Organization", "name": s['name']}}, ensure_ascii=False)}</script>
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-banner">{e(s['cookie'])}</div>
<header class="site-header">
  <a class="logo" href="/">{e(s['name'])}</a>
  <nav class="main-nav">
    <ul>
{nav}
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="{e(s['search'])}"></form>
</header>
<main class="container">
  <article class="story">
    <h1 class="story-title">{e(a['title'])}</h1>
    <div class="byline"><span class="author">{e(s['by'] + a['author'])}</span> · <time datetime="{dtv}">{e(a['human'])}</time></div>
{fig}    <div class="story-body">
{body}
    </div>
    <div class="share-tools">{e(s['share'])}</div>
  </article>
  <aside class="sidebar related">
    <h3>{e(s['related_h'])}</h3>
    <ul>
{rel}
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <div class="newsletter"><p>{e(s['newsletter'])}</p><form action="/newsletter"><input type="email" name="email"><button>OK</button></form></div>
  <nav class="footer-links">
    <ul>
{foot}
    </ul>
  </nav>
  <p class="copyright">{e(s['copyright'])}</p>
</footer>
</body>
</html>
'''

# ------------------------------------------------------------------ docx
def set_rtl(paragraph):
    pPr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement('w:bidi')
    pPr.insert_element_before(bidi, 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
        'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection',
        'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr',
        'w:sectPr', 'w:pPrChange')
    for r in paragraph.runs:
        rPr = r._r.get_or_add_rPr()
        rtl = OxmlElement('w:rtl')
        rPr.append(rtl)

def make_docx(path, a, header_lines, rtl=False, created=None, lang=None, modified_by='desk'):
    d = Document()
    def add(text, style=None):
        p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
        if rtl:
            set_rtl(p)
        return p
    add(a['title'], 'Title')
    for h in header_lines:
        add(h)
    sub = a.get('sub', {})
    for i, t in enumerate(para_texts(a)):
        if i in sub:
            add(sub[i], 'Heading 2')
        add(t)
    cp = d.core_properties
    cp.author = a['author']
    cp.title = a['title']
    cp.created = created
    cp.modified = created + dt.timedelta(minutes=12)
    cp.last_modified_by = modified_by
    cp.comments = ''
    cp.keywords = ''
    cp.subject = ''
    cp.category = ''
    cp.revision = 2
    if lang:
        cp.language = lang
    d.save(path)

# ------------------------------------------------------------------ binaries
def make_png(path, label_color=(30, 90, 160)):
    im = Image.new('RGB', (640, 400), (235, 240, 245))
    dr = ImageDraw.Draw(im)
    dr.ellipse((220, 60, 420, 360), fill=(120, 170, 210), outline=(40, 60, 90), width=3)
    dr.line((60, 200, 580, 220), fill=label_color, width=5)
    dr.line((300, 40, 330, 380), fill=(200, 80, 40), width=4)
    dr.text((20, 20), 'Caspian region', fill=(0, 0, 0))
    im.save(path, 'PNG')

def make_jpg(path):
    im = Image.new('RGB', (800, 500), (90, 110, 130))
    dr = ImageDraw.Draw(im)
    for i in range(10):
        dr.rectangle((40 + i * 72, 250, 90 + i * 72, 460), fill=(20 + i * 20, 40, 60))
    dr.rectangle((0, 460, 800, 500), fill=(140, 20, 30))
    buf = io.BytesIO()
    im.save(buf, 'JPEG', quality=80)
    return buf.getvalue() if path is None else open(path, 'wb').write(buf.getvalue())

def jpg_bytes():
    return make_jpg(None)

def make_pdf(path, lines):
    text = 'BT /F1 12 Tf 72 760 Td 14 TL ' + ' '.join('(%s) Tj T*' % l.replace('(', '[').replace(')', ']') for l in lines) + ' ET'
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length %d >>\nstream\n' % len(text) + text.encode('latin-1') + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    open(path, 'wb').write(bytes(out))

# ------------------------------------------------------------------ WARC
def write_warc(path, records, crawl_date):
    with open(path, 'wb') as fh:
        w = WARCWriter(fh, gzip=True)
        info = w.create_warcinfo_record(os.path.basename(path), {
            'software': 'Webrecorder ArchiveWeb.page 0.11.3, using warcio.js 2.2.1',
            'format': 'WARC File Format 1.1',
            'isPartOf': 'press-desk-collection'})
        info.rec_headers.replace_header('WARC-Date', crawl_date)
        w.write_record(info)
        for r in records:
            kind = r['kind']
            wh = {'WARC-Date': r.get('date', crawl_date)}
            if kind == 'request':
                from urllib.parse import urlsplit
                u = urlsplit(r['url'])
                hh = StatusAndHeaders(f'GET {u.path} HTTP/1.1', [
                    ('Host', u.netloc),
                    ('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'),
                    ('Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'),
                    ('Accept-Language', 'en-US,en;q=0.7,ru;q=0.3')], is_http_request=True)
                rec = w.create_warc_record(r['url'], 'request', payload=io.BytesIO(b''), http_headers=hh, warc_headers_dict=wh)
            else:
                body = r['body']
                headers = [('Content-Type', r['ctype']), ('Content-Length', str(len(body))),
                           ('Date', r.get('http_date', 'Tue, 20 May 2025 09:12:44 GMT')), ('Server', 'nginx')]
                if 'location' in r:
                    headers.insert(0, ('Location', r['location']))
                hh = StatusAndHeaders(r.get('status', '200 OK'), headers, protocol='HTTP/1.1')
                rec = w.create_warc_record(r['url'], 'response', payload=io.BytesIO(body), http_headers=hh, warc_headers_dict=wh)
            w.write_record(rec)

CSS_BODY = b"""/* main.min.css */
body{font-family:Georgia,serif;margin:0;color:#222}.site-header{background:#0b2a4a;color:#fff;padding:12px 24px}
.main-nav ul{list-style:none;display:flex;gap:18px}.story-title{font-size:2.2rem;line-height:1.2}
.story-body p{font-size:1.1rem;line-height:1.6;margin:0 0 1em}.site-footer{background:#f2f2f2;padding:24px;font-size:.85rem}
.cookie-banner{position:fixed;bottom:0;width:100%;background:#333;color:#fff;padding:8px}
"""
REDIRECT_BODY = lambda to: ('<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n').encode()

# ================================================================== f1
f = 'f1'
with open(P(f, 'newsplease_caspian_energy_2025-02.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
    for k, dl in (('A1', '2025-02-20 07:12:03'), ('A2', '2025-02-20 07:12:41'), ('A3', '2025-02-20 07:13:15')):
        a = A[k]
        rec = {
            'authors': [a['author']] if a['author'] else [],
            'date_download': dl,
            'date_modify': None,
            'date_publish': a['dt'],
            'description': a['desc'],
            'filename': a['url'].split('://')[1].replace('/', '_') + '.json',
            'image_url': None,
            'language': a['lang'],
            'localpath': None,
            'maintext': '\n'.join(para_texts(a)),
            'source_domain': a['domain'],
            'text': None,
            'title': a['title'],
            'title_page': None,
            'title_rss': None,
            'url': a['url'],
        }
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')

make_docx(P(f, 'clipping_kazakh_oil_exports_CEM.docx'), A['A4'],
          ['By Amira Tulegenova', 'Caspian Energy Monitor, 18 February 2025'],
          created=dt.datetime(2025, 2, 19, 8, 40), lang='en-GB', modified_by='Desk Caspian')

a = A['A5']
wtext(P(f, 'ria_north_caspian_ecology.txt'), a['title'] + '\n\n' + '\n\n'.join(para_texts(a)) + '\n')

a = A['A6']
md = ['---', f'title: "{a["title"]}"', f'author: {a["author"]}', 'date: 2025-03-05', f'url: {a["url"]}',
      'source: Baku Energy Review', 'tags: [caspian, shoreline, ports]', '---', '', f'# {a["title"]}', '']
for i, t in enumerate(para_texts(a)):
    if i in a.get('sub', {}):
        md += [f'## {a["sub"][i]}', '']
    if i == 1:
        t = t.replace('several million dollars', '**several million dollars**')
    md += [t, '']
wtext(P(f, 'caspian_shoreline_analysis.md'), '\n'.join(md))

wtext(P(f, 'README.txt'), """CASPIAN ENERGY PACK - desk notes (Feb/Mar 2025)
================================================

Collected by: M. Petrova (energy desk)
For: weekly Caspian energy dossier, issue 07

What is in here:
- newsplease_caspian_energy_2025-02.jsonl : 3 items from the news-please crawler (EN/RU/TR)
- clipping_kazakh_oil_exports_CEM.docx    : clipping, pasted from CEM website
- ria_north_caspian_ecology.txt            : copied from the agency feed, no byline
- caspian_shoreline_analysis.md            : analysis piece, Baku Energy Review
- map_caspian_pipelines.png                : map for layout ONLY, licence not cleared
- IEA_caspian_outlook_excerpt.pdf          : background reading, not for the dossier

TODO
- check the 30 bcm figure against the ministry statement before we quote it
- ask the Ashgabat stringer whether the working group has met yet
- do NOT publish the map until graphics confirm the licence
""")
make_png(P(f, 'map_caspian_pipelines.png'))
make_pdf(P(f, 'IEA_caspian_outlook_excerpt.pdf'), ['Caspian Energy Outlook - excerpt', 'Chapter 3: Gas export routes', 'Background material for internal use.'])

# ================================================================== f2
f = 'f2'
traf = []
for k in ('A7', 'A8'):
    a = A[k]
    traf.append({
        'title': a['title'], 'author': a['author'], 'hostname': a['domain'], 'date': a['dt'][:10],
        'fingerprint': None, 'id': None, 'license': None, 'comments': '', 'raw_text': None,
        'text': '\n'.join(para_texts(a)), 'language': a['lang'], 'image': None, 'pagetype': 'article',
        'source': a['url'], 'source-hostname': a['domain'], 'excerpt': a['desc'],
        'categories': '', 'tags': '', 'url': a['url'], 'sitename': None,
    })
traf[0]['fingerprint'] = '9c4d2e7a1b3f5a60'; traf[1]['fingerprint'] = 'f18b0c22d95e4a71'
traf[0]['sitename'] = 'Steppe Herald'; traf[1]['sitename'] = 'روزنامه اقتصادی تهران'
with open(P(f, 'trafilatura_central_asia_diplomacy.json'), 'w', encoding='utf-8') as fh:
    json.dump(traf, fh, ensure_ascii=False, indent=2)

make_docx(P(f, 'clipping_fa_nashest_moshverati.docx'), A['A9'],
          ['نویسنده: رضا نوری', 'منبع: روزنامه اقتصادی تهران، ۲۳ اردیبهشت ۱۴۰۴'],
          rtl=True, created=dt.datetime(2025, 5, 13, 15, 0), lang='fa-IR', modified_by='میز آسیای مرکزی')

a10, a11 = A['A10'], A['A11']
p10 = article_page(a10, 'eurasialedger', figure=('https://www.eurasialedger.com/wp-content/uploads/2025/05/tashkent-forum.jpg', 'Delegates at the transport forum in Tashkent. Photo: The Eurasia Ledger'))
p11 = article_page(a11, 'stepnoy')
redir_from = a11['url'].replace('https://', 'http://')
write_warc(P(f, 'crawl_central_asia_2025-05-20.warc.gz'), [
    dict(kind='request', url=a10['url'], date='2025-05-20T09:12:43Z'),
    dict(kind='response', url=a10['url'], ctype='text/html; charset=UTF-8', body=p10.encode('utf-8'), date='2025-05-20T09:12:44Z'),
    dict(kind='response', url='https://www.eurasialedger.com/wp-content/uploads/2025/05/tashkent-forum.jpg', ctype='image/jpeg', body=jpg_bytes(), date='2025-05-20T09:12:45Z'),
    dict(kind='response', url='https://www.eurasialedger.com/assets/css/main.min.css', ctype='text/css', body=CSS_BODY, date='2025-05-20T09:12:45Z'),
    dict(kind='response', url=redir_from, status='301 Moved Permanently', location=a11['url'], ctype='text/html', body=REDIRECT_BODY(a11['url']), date='2025-05-20T09:14:02Z'),
    dict(kind='response', url=a11['url'], ctype='text/html; charset=utf-8', body=p11.encode('utf-8'), date='2025-05-20T09:14:03Z'),
], '2025-05-20T09:12:40Z')

wtext(P(f, 'NOTES.md'), """# Central Asia diplomacy — desk notes

*Editor on duty: K. Aliyeva, 20 May 2025*

## For the dossier

- Trafilatura export: the Dushanbe water story (EN) and the Iran–Uzbekistan transit piece (FA).
- Persian clipping from the Tehran daily — analysis on Afghanistan, use as background.
- Web archive from the 20 May crawl: Tashkent railway forum + Astana–Bishkek border deal.

## Open questions

1. Is the Qosh Tepa figure in the water story sourced? Ask Nodira.
2. The Kazakh–Kyrgyz deal: confirm start date (1 July?) with the border service.
3. `old/` has last month's draft summary — superseded, do not use.

> Reminder: Persian and Russian pieces need a translation pass before layout.
""")
os.makedirs(P(f, 'old'))
wtext(P(f, 'old', 'draft_summary_2025-04.txt'), """DRAFT - April summary (superseded)

Central Asia this month: water talks stalled, new border crossings announced, railway forum planned for May.
Needs rewrite after the Dushanbe meeting.
""")

# ================================================================== f3
f = 'f3'
with open(P(f, 'scrapy_eco_summit_feed.csv'), 'w', encoding='utf-8', newline='') as fh:
    cw = csv.writer(fh)
    cw.writerow(['title', 'url', 'date', 'author', 'body', 'spider', 'scraped_at'])
    for k, sp, sa in (('A12', 'alkhaleej', '2025-06-05T06:00:12'), ('A13', 'haberturkistan', '2025-06-05T06:01:40'), ('A14', 'caspianmonitor', '2025-06-05T06:02:05')):
        a = A[k]
        cw.writerow([a['title'], a['url'], a['dt'], a['author'], '\n\n'.join(para_texts(a)), sp, sa])

wtext(P(f, 'alkhaleej_ashgabat_declaration.html'), article_page(A['A15'], 'alkhaleej', saved_from='alkhaleej_ashgabat_declaration.html'))

a = A['A16']
md = [f'# {a["title"]}', '', f'**{a["author"]}** | 5 Haziran 2025', '']
for i, t in enumerate(para_texts(a)):
    if i in a.get('sub', {}):
        md += [f'## {a["sub"][i]}', '']
    md += [t, '']
md += ['---', '', '*Analiz, Haber Türkistan dış haberler servisi için hazırlanmıştır.*', '']
wtext(P(f, 'hazar_ticaret_analiz.md'), '\n'.join(md))

make_docx(P(f, 'clipping_ar_turkmenbashi_port.docx'), A['A17'],
          ['بقلم: خالد العمري', 'المصدر: الخليج وأوراسيا — 2 يونيو 2025'],
          rtl=True, created=dt.datetime(2025, 6, 2, 10, 0), lang='ar-SA', modified_by='مكتب آسيا الوسطى')

wtext(P(f, 'README.txt'), """ECO SUMMIT, ASHGABAT (3-4 June 2025) - folder notes
Desk: regional / Y. Haddad

Use for the summit wrap:
 * scrapy_eco_summit_feed.csv  -> 3 wires (AR, TR, EN) from the overnight crawl
 * alkhaleej_ashgabat_declaration.html -> saved page, final declaration story
 * hazar_ticaret_analiz.md -> Turkish analysis, day after
 * clipping_ar_turkmenbashi_port.docx -> curtain-raiser, 2 June

Do not use:
 * summit_family_photo.jpg (pool photo, credit line missing)
 * final_declaration_unofficial.pdf (unofficial translation, wait for the ECO secretariat text)

Check: number of delegations (10? 9 + observer?)
""")
make_jpg(P(f, 'summit_family_photo.jpg'))
make_pdf(P(f, 'final_declaration_unofficial.pdf'), ['Ashgabat Declaration (unofficial translation)', 'Economic Cooperation Organization', 'Draft - not for publication'])

# ================================================================== f4
f = 'f4'
with open(P(f, 'scrapy_middle_corridor_html.csv'), 'w', encoding='utf-8', newline='') as fh:
    cw = csv.writer(fh)
    cw.writerow(['title', 'url', 'date', 'author', 'body'])
    for k, dstr in (('A18', '17.04.2025 10:45'), ('A19', '22.04.2025 16:20')):
        a = A[k]
        body = '\n'.join(html_paras(a))
        cw.writerow([a['title'], a['url'], dstr, a['author'], body])

a = A['A20']
with open(P(f, 'trafilatura_georgia_ports.json'), 'w', encoding='utf-8') as fh:
    json.dump({'title': a['title'], 'author': a['author'], 'hostname': a['domain'], 'date': a['dt'][:10],
               'fingerprint': '2a7e91c0d4b6f358', 'id': None, 'license': None, 'comments': '', 'raw_text': None,
               'text': '\n'.join(para_texts(a)), 'language': 'en', 'image': 'https://www.eurasialedger.com/wp-content/uploads/2025/04/poti-port.jpg',
               'pagetype': 'article', 'source': a['url'], 'source-hostname': a['domain'], 'excerpt': a['desc'],
               'categories': 'Business', 'tags': 'Georgia,ports,Middle Corridor', 'url': a['url'], 'sitename': 'The Eurasia Ledger'},
              fh, ensure_ascii=False, indent=2)

a21, a22, a23 = A['A21'], A['A22'], A['A23']
p21 = article_page(a21, 'caspianmonitor')
p22 = article_page(a22, 'alkhaleej')
p23 = article_page(a23, 'tehraneco', figure=('https://www.tehraneconomicdaily.ir/files/fa/news/1404/2/12/anzali-port.jpg', 'نمایی از بندر انزلی'))
redir22 = a22['url'].replace('https://www.', 'http://')
write_warc(P(f, 'middle_corridor_archive.warc.gz'), [
    dict(kind='request', url=a21['url'], date='2025-05-08T13:40:10Z'),
    dict(kind='response', url=a21['url'], ctype='text/html; charset=utf-8', body=p21.encode('utf-8'), date='2025-05-08T13:40:11Z'),
    dict(kind='response', url='https://www.caspianmonitor.net/static/css/site.css', ctype='text/css; charset=utf-8', body=CSS_BODY, date='2025-05-08T13:40:11Z'),
    dict(kind='response', url=redir22, status='301 Moved Permanently', location=a22['url'], ctype='text/html', body=REDIRECT_BODY(a22['url']), date='2025-05-08T13:41:30Z'),
    dict(kind='response', url=a22['url'], ctype='text/html; charset=utf-8', body=p22.encode('utf-8'), date='2025-05-08T13:41:31Z'),
    dict(kind='response', url=a23['url'], ctype='text/html; charset=utf-8', body=p23.encode('utf-8'), date='2025-05-08T13:42:05Z'),
    dict(kind='response', url='https://www.tehraneconomicdaily.ir/files/fa/news/1404/2/12/anzali-port.jpg', ctype='image/jpeg', body=jpg_bytes(), date='2025-05-08T13:42:06Z'),
], '2025-05-08T13:40:05Z')

a = A['A24']
wtext(P(f, 'hazar_feribot_hatti.txt'), a['title'] + '\n\n' + '\n\n'.join(para_texts(a)) + '\n\nKaynak: Haber Türkistan, 06.05.2025\n')

wtext(P(f, 'NOTES.md'), """# Middle Corridor pack — notes

- Crawl of 17–22 April (scrapy, body kept as HTML — strip before use).
- Georgia ports piece via trafilatura (single item).
- Archive `middle_corridor_archive.warc.gz` — CEM ferry report, Gulf investors (AR), Anzali (FA).
- TR feribot hattı text pasted from the AA wire.

**Deadline:** Thursday 12:00. Schedule of the corridor conference is in `corridor_conference.ics`.
Chart (`corridor_volumes_chart.png`) is a draft from graphics, numbers not final.
""")
wtext(P(f, 'corridor_conference.ics'), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Desk//Calendar 1.0//EN\r\nBEGIN:VEVENT\r\nUID:20250520-mc-conf@desk\r\nDTSTAMP:20250506T090000Z\r\nDTSTART:20250527T070000Z\r\nDTEND:20250527T150000Z\r\nSUMMARY:Middle Corridor logistics conference (Baku)\r\nLOCATION:Baku Expo Center\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
make_png(P(f, 'corridor_volumes_chart.png'), label_color=(200, 120, 20))
print('built')
