# -*- coding: utf-8 -*-
"""Builds /work/corpus16/h1..h4. Run with /work/main/.venv/bin/python (python-docx, warcio)."""
import csv, io, json, os, shutil, sys, html, gzip, struct, zipfile, datetime as dt, hashlib
sys.path.insert(0, os.path.dirname(__file__))
from articles import A, para_texts
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

ROOT = '/work/corpus16'
for f in ('h1', 'h2', 'h3', 'h4'):
    p = os.path.join(ROOT, f)
    if os.path.exists(p):
        shutil.rmtree(p)
    os.makedirs(p)

def P(*parts):
    return os.path.join(ROOT, *parts)

def wbytes(path, b):
    with open(path, 'wb') as fh:
        fh.write(b)

def wtext(path, s, enc='utf-8'):
    with open(path, 'w', encoding=enc, newline='') as fh:
        fh.write(s)

# ------------------------------------------------------------------ HTML sites
SITES = {
 'gtr': dict(name='Gulf Transit Review', host='www.gulftransitreview.com', lang='en', dir='ltr', by='By ',
   nav=['Home', 'Corridors', 'Ports', 'Rail', 'Markets', 'Opinion'],
   cookie='We use cookies to personalise content and analyse our traffic. Accept | Settings',
   related_h='More from Corridors',
   related=['Caspian ferry bookings climb ahead of summer', 'Kazakh rail operator orders 400 new flatcars', 'Opinion: The corridor race is about customs, not steel'],
   newsletter='Get the Gulf Transit Review weekly briefing in your inbox',
   copyright='© 2025 Gulf Transit Review FZ-LLC. All rights reserved.',
   footer=['About', 'Advertise', 'Contact', 'Privacy']),
 'mamar': dict(name='صحيفة الممر', host='www.almamar-news.com', lang='ar', dir='rtl', by='كتبه: ',
   nav=['الرئيسية', 'اقتصاد', 'نقل', 'موانئ', 'رأي'],
   cookie='نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. موافق',
   related_h='اقرأ أيضا',
   related=['ارتفاع حركة الشحن في ميناء أكتاو', 'تركمانستان تطلق خطا جديدا للعبارات', 'روسيا تزيد صادرات القمح إلى إيران'],
   newsletter='اشترك في النشرة البريدية لصحيفة الممر',
   copyright='جميع الحقوق محفوظة © صحيفة الممر 2025',
   footer=['من نحن', 'اتصل بنا', 'الخصوصية']),
 'shahrah': dict(name='روزنامہ شاہراہ', host='www.shahrah-news.pk', lang='ur', dir='rtl', by='',
   nav=['صفحہ اول', 'پاکستان', 'کاروبار', 'دنیا', 'کھیل'],
   cookie='یہ ویب سائٹ کوکیز استعمال کرتی ہے۔ قبول کریں',
   related_h='مزید خبریں',
   related=['کراچی بندرگاہ پر کنٹینرز کی آمد میں اضافہ', 'ڈالر کی قیمت میں معمولی کمی', 'چمن سرحد پر تجارتی سرگرمیاں بحال'],
   newsletter='ہمارا نیوز لیٹر حاصل کرنے کے لیے ای میل درج کریں',
   copyright='جملہ حقوق محفوظ ہیں © 2025 روزنامہ شاہراہ',
   footer=['ہمارے بارے میں', 'رابطہ', 'اشتہارات']),
 'courrier': dict(name="Le Courrier d'Asie", host='www.courrierdasie.fr', lang='fr', dir='ltr', by='Par ',
   nav=['Accueil', 'Asie centrale', 'Caucase', 'Économie', 'Opinions'],
   cookie="Ce site utilise des cookies pour mesurer l'audience. Accepter | Refuser",
   related_h='À lire aussi',
   related=["Le Kazakhstan mise sur l'hydrogène vert", 'Ferroviaire : Bakou commande des locomotives', 'Ouzbékistan : la réforme du coton en questions'],
   newsletter="Inscrivez-vous à la lettre d'information du Courrier d'Asie",
   copyright="© Le Courrier d'Asie 2025 – Tous droits réservés",
   footer=['Qui sommes-nous', 'Mentions légales', 'Contact', 'Abonnement']),
 'frontier': dict(name='Frontier Dispatch', host='www.frontierdispatch.com', lang='en', dir='ltr', by='By ',
   nav=['Home', 'Region', 'Pakistan', 'Afghanistan', 'Business', 'Video'],
   cookie='This site uses cookies. Continue browsing to accept.',
   related_h='Trending now',
   related=['Peshawar traders demand tax relief', 'Wheat prices ease in Khyber markets', 'Photo essay: Life on the Khyber highway'],
   newsletter='Sign up for Frontier Dispatch morning headlines',
   copyright='Frontier Dispatch © 2025. Reproduction without permission is prohibited.',
   footer=['About us', 'Ethics policy', 'Contact', 'Careers']),
}

def page(a, key, charset='utf-8', css=None, js=None, saved_from=None, extra_head=''):
    s = SITES[key]
    e = lambda x: html.escape(x, quote=True)
    nav = '\n'.join(f'      <li><a href="/s/{i}">{e(n)}</a></li>' for i, n in enumerate(s['nav']))
    rel = '\n'.join(f'    <li><a href="/n/{7000+i}">{e(r)}</a></li>' for i, r in enumerate(s['related']))
    foot = ' | '.join(f'<a href="/p/{i}">{e(r)}</a>' for i, r in enumerate(s['footer']))
    body = '\n'.join('      <p>' + html.escape(t, quote=False) + '</p>' for t in para_texts(a))
    css = css or f"https://{s['host']}/static/css/main.css"
    js = js or f"https://{s['host']}/static/js/app.js"
    sf = f'<!-- saved from url=({len(a["url"]):04d}){a["url"]} -->\n' if saved_from else ''
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a['title'],
                     "datePublished": a['dt'], "author": {"@type": "Person", "name": a['author']},
                     "publisher": {"@type": "Organization", "name": s['name']}}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
{sf}<html lang="{s['lang']}" dir="{s['dir']}">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a['title'])} - {e(s['name'])}</title>
<meta name="description" content="{e(a.get('desc', ''))}">
<meta name="author" content="{e(a['author'])}">
<meta property="og:site_name" content="{e(s['name'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{e(a['url'])}">
<meta property="article:published_time" content="{a['dt']}">
<link rel="canonical" href="{e(a['url'])}">
<link rel="stylesheet" href="{e(css)}">
{extra_head}<script src="{e(js)}" defer></script>
<script type="application/ld+json">{ld}</script>
</head>
<body>
<div class="cookie-notice" id="cookies">{e(s['cookie'])}</div>
<header class="masthead">
  <a class="brand" href="/">{e(s['name'])}</a>
  <nav>
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
  <article class="post">
    <h1 class="post-title">{e(a['title'])}</h1>
    <p class="post-meta"><span class="byline">{e(s['by'] + a['author'])}</span> <time datetime="{a['dt']}">{e(a['human'])}</time></p>
    <div class="post-content">
{body}
    </div>
  </article>
  <aside class="related">
  <h2>{e(s['related_h'])}</h2>
  <ul>
{rel}
  </ul>
  </aside>
</main>
<footer>
  <div class="newsletter-box"><p>{e(s['newsletter'])}</p><input type="email" placeholder="email"><button>OK</button></div>
  <p class="links">{foot}</p>
  <p class="copyright">{e(s['copyright'])}</p>
</footer>
</body>
</html>
'''

def page_404(key, url):
    s = SITES[key]
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Page not found - {s['name']}</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://{s['host']}/static/css/main.css">
</head>
<body class="error404">
<header class="masthead"><a class="brand" href="/">{s['name']}</a></header>
<main>
  <article class="post error-page">
    <h1>Sorry, we couldn't find that page</h1>
    <p>The page you requested may have been moved, renamed or removed from our archive. We regularly reorganise our coverage of ports, rail and shipping routes, and older links do not always survive those changes.</p>
    <p>Please check the address for typing errors, or use the search box to look for the story you wanted. You can also browse our latest coverage from the Corridors section, which is updated several times a day.</p>
    <p>If you followed a link from another website, our newsroom would be grateful if you let us know so that we can fix it.</p>
  </article>
</main>
<footer><p class="copyright">{html.escape(s['copyright'])}</p></footer>
</body>
</html>
'''

# ------------------------------------------------------------------ docx helpers
def set_rtl(p):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, OxmlElement('w:bidi'))
    jc = OxmlElement('w:jc'); jc.set(qn('w:val'), 'right'); pPr.append(jc)
    for r in p.runs:
        rPr = r._r.get_or_add_rPr()
        rPr.append(OxmlElement('w:rtl'))

def core(d, author, title, created, lang=None, last='desk'):
    cp = d.core_properties
    cp.author = author; cp.title = title; cp.created = created
    cp.modified = created + dt.timedelta(minutes=7); cp.last_modified_by = last
    cp.revision = 3; cp.comments = ''; cp.keywords = ''; cp.subject = ''
    if lang:
        cp.language = lang

# ================================================================== h1
# --- semicolon CSV, windows-1251, multi-line quoted bodies
buf = io.StringIO()
w = csv.writer(buf, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
w.writerow(['title', 'url', 'date', 'author', 'text', 'rubric'])
for k, rub in (('R1', 'Порты'), ('R2', 'Судоходство')):
    a = A[k]
    w.writerow([a['title'], a['url'], a['dt'], a['author'] or '', '\n'.join(para_texts(a)), rub])
wbytes(P('h1', 'parser_export_portnews_2025-03.csv'), buf.getvalue().encode('cp1251'))

# --- NewsAPI JSON
def newsapi_item(a, src):
    return {"source": {"id": None, "name": src}, "author": a['author'], "title": a['title'],
            "description": a['desc'], "url": a['url'], "urlToImage": a['url'].rstrip('/') + '/lead.jpg',
            "publishedAt": a['published'], "content": '\r\n'.join(para_texts(a))}
na = {"status": "ok", "totalResults": 2, "articles": [newsapi_item(A['E1'], 'Maritime Ledger'), newsapi_item(A['T1'], 'Haber Karadeniz')]}
wtext(P('h1', 'newsapi_black_sea_2025-03-01.json'), json.dumps(na, ensure_ascii=False, indent=2))

# --- DOCX with header, footer, table (Turkish)
a = A['T2']
d = Document()
sec = d.sections[0]
sec.header.paragraphs[0].text = 'BASIN TAKİP SERVİSİ — Kupür No: 2025/0317'
sec.footer.paragraphs[0].text = 'Yalnızca kurum içi kullanım içindir · Sayfa 1'
d.add_paragraph(a['title'], style='Title')
d.add_paragraph('Murat Kaya')
d.add_paragraph('Karadeniz Ekonomi, 6 Mart 2025')
for i, t in enumerate(para_texts(a)):
    d.add_paragraph(t)
    if i == 2:
        tb = d.add_table(rows=3, cols=3)
        tb.style = 'Table Grid'
        for r, row in enumerate([['Ay', 'Transit konteyner (TEU)', 'Yıllık değişim'], ['Ocak', '3.950', '%35'], ['Şubat', '4.310', '%41']]):
            for c, v in enumerate(row):
                tb.cell(r, c).text = v
core(d, 'basin.takip', a['title'], dt.datetime(2025, 3, 7, 9, 12), 'tr-TR', 'basin.takip')
d.save(P('h1', 'kupur_trabzon_limani_transit.docx'))

# --- Word owner/lock file: 162 bytes
name = 'Nilufar Y.'
lock = bytes([len(name)]) + name.encode('ascii').ljust(53, b'\x00')
lock += struct.pack('<H', len(name)) + name.encode('utf-16-le')
lock = lock.ljust(162, b'\x00')
assert len(lock) == 162
wbytes(P('h1', '~$draft.docx'), lock)

# --- .DS_Store (Mac Finder metadata, binary)
ds = b'\x00\x00\x00\x01Bud1' + b'\x00' * 8 + b'\x10\x00\x00\x00\x08\x00\x00\x00\x10\x00\x00\x10\x0c'
for fn in ['kupur_trabzon_limani_transit.docx', 'newsapi_black_sea_2025-03-01.json']:
    ds += struct.pack('>I', len(fn)) + fn.encode('utf-16-be') + b'Iloc' + b'blob' + struct.pack('>I', 16) + b'\x00\x00\x00\x60\x00\x00\x00\x40\xff\xff\xff\xff\xff\xff\x00\x00'
ds = ds.ljust(6148, b'\x00')
wbytes(P('h1', '.DS_Store'), ds)

wtext(P('h1', 'NOTES.txt'), '''NOTES — Black Sea ports folder (desk, March 2025)

- Russian items came from the parser export (Excel-friendly CSV, cp1251). Check the second row: no byline on the site.
- NewsAPI pull for "Black Sea grain" done 1 March; only two hits worth keeping.
- Trabzon clipping scanned by the monitoring service, table copied by hand.
- TODO: ask Nilufar whether the draft summary is final (she still has it open).
- Do not quote freight figures without checking with the shipping desk.
''')

# ================================================================== h2  (WARC.gz)
RID = [0]
def wid():
    RID[0] += 1
    return '<urn:uuid:%s>' % str(__import__('uuid').UUID(hashlib.md5(b'c16-%d' % RID[0]).hexdigest()))

def rec(writer, uri, rtype, payload, http=None, date=None, extra=None):
    h = {'WARC-Record-ID': wid()}
    if date:
        h['WARC-Date'] = date
    if extra:
        h.update(extra)
    r = writer.create_warc_record(uri, rtype, payload=io.BytesIO(payload), http_headers=http, warc_headers_dict=h)
    writer.write_record(r)
    return r

def chunked(b, size=1500):
    out = b''
    for i in range(0, len(b), size):
        c = b[i:i + size]
        out += b'%x\r\n' % len(c) + c + b'\r\n'
    return out + b'0\r\n\r\n'

def req(writer, uri, date):
    host = uri.split('/')[2]
    path = '/' + uri.split('/', 3)[3] if uri.count('/') >= 3 else '/'
    hh = StatusAndHeaders('GET %s HTTP/1.1' % path, [('Host', host), ('User-Agent', 'Mozilla/5.0 (compatible; desk-archiver/2.1)'),
        ('Accept', 'text/html,application/xhtml+xml'), ('Accept-Encoding', 'gzip, deflate'), ('Connection', 'keep-alive')], is_http_request=True)
    rec(writer, uri, 'request', b'', hh, date)

e2 = A['E2']; a1 = A['A1']
e2_html = page(e2, 'gtr', js='https://www.gulftransitreview.com/assets/js/app.bundle.min.js').encode('utf-8')
a1_html = page(a1, 'mamar', charset='windows-1256').encode('cp1256')
url404 = 'https://www.gulftransitreview.com/corridors/2025/03/28/caspian-ferry-schedule-update'
urljs = 'https://www.gulftransitreview.com/assets/js/app.bundle.min.js'
with open(P('h2', 'crawl_north_south_corridor_2025-04-05.warc.gz'), 'wb') as fh:
    wr = WARCWriter(fh, gzip=True)
    info = wr.create_warcinfo_record('crawl_north_south_corridor_2025-04-05.warc.gz',
        {'software': 'desk-archiver/2.1 (warcio)', 'format': 'WARC File Format 1.1', 'operator': 'press desk', 'description': 'North-South corridor coverage, weekly crawl'})
    wr.write_record(info)
    req(wr, e2['url'], '2025-04-05T06:12:30Z')
    gz = gzip.compress(e2_html, mtime=0)
    rec(wr, e2['url'], 'response', chunked(gz), StatusAndHeaders('200 OK', [
        ('Server', 'nginx'), ('Date', 'Sat, 05 Apr 2025 06:12:31 GMT'), ('Content-Type', 'text/html; charset=UTF-8'),
        ('Transfer-Encoding', 'chunked'), ('Connection', 'keep-alive'), ('Vary', 'Accept-Encoding'),
        ('Content-Encoding', 'gzip'), ('Cache-Control', 'max-age=300')], protocol='HTTP/1.1'), '2025-04-05T06:12:31Z')
    js = ('/*! app.bundle v3.2.1 */\n!function(){"use strict";var e=document.getElementById("cookies");'
          'function t(){e&&(e.style.display="none")}document.addEventListener("DOMContentLoaded",function(){'
          'var n=document.querySelector(".newsletter-box button");n&&n.addEventListener("click",function(){'
          'alert("Thank you for subscribing to the Gulf Transit Review weekly briefing.")});t()});'
          'window.gtrConfig={section:"corridors",paywall:!1,ads:["top","mpu","footer"]}}();\n').encode()
    rec(wr, urljs, 'response', js, StatusAndHeaders('200 OK', [('Content-Type', 'application/javascript'),
        ('Content-Length', str(len(js))), ('Cache-Control', 'max-age=86400')], protocol='HTTP/1.1'), '2025-04-05T06:12:32Z')
    req(wr, a1['url'], '2025-04-05T06:13:02Z')
    ra1 = rec(wr, a1['url'], 'response', a1_html, StatusAndHeaders('200 OK', [('Server', 'Apache'),
        ('Content-Type', 'text/html'), ('Content-Length', str(len(a1_html)))], protocol='HTTP/1.1'), '2025-04-05T06:13:03Z')
    b404 = page_404('gtr', url404).encode()
    rec(wr, url404, 'response', b404, StatusAndHeaders('404 Not Found', [('Server', 'nginx'),
        ('Content-Type', 'text/html; charset=UTF-8'), ('Content-Length', str(len(b404)))], protocol='HTTP/1.1'), '2025-04-05T06:13:40Z')
    # second capture of the same article URL, identical content, plain transfer
    rec(wr, e2['url'], 'response', e2_html, StatusAndHeaders('200 OK', [('Server', 'nginx'),
        ('Content-Type', 'text/html; charset=UTF-8'), ('Content-Length', str(len(e2_html)))], protocol='HTTP/1.1'), '2025-04-05T18:02:11Z')
    # revisit of the Arabic page
    dig = ra1.rec_headers.get_header('WARC-Payload-Digest')
    rv = wr.create_revisit_record(a1['url'], dig, a1['url'], '2025-04-05T06:13:03Z',
        http_headers=StatusAndHeaders('200 OK', [('Server', 'Apache'), ('Content-Type', 'text/html'), ('Content-Length', str(len(a1_html)))], protocol='HTTP/1.1'),
        warc_headers_dict={'WARC-Record-ID': wid(), 'WARC-Date': '2025-04-05T18:03:00Z'})
    wr.write_record(rv)

# --- news-please JSONL (two authors; maintext null)
def np_rec(a, maintext, fn):
    host = a['url'].split('/')[2]
    return {"authors": a.get('authors', []), "date_download": "2025-04-05 07:40:12", "date_modify": None,
            "date_publish": a['dt'], "description": a['desc'], "filename": fn, "image_url": None,
            "language": a['lang'], "localpath": None, "maintext": maintext, "source_domain": host.replace('www.', ''),
            "text": None, "title": a['title'], "title_page": None, "title_rss": None, "url": a['url']}
lines = [np_rec(A['F1'], '\n'.join(para_texts(A['F1'])), 'https%3A%2F%2Fwww.eghtesadnameh.ir%2Ffa%2Fnews%2F48213.json'),
         np_rec(A['T3'], None, 'https%3A%2F%2Fwww.transitgundem.com.tr%2Flojistik%2Firan-uzerinden-turkmenistan-kara-yolu-koridoru.json')]
wtext(P('h2', 'newsplease_iran_transit.jsonl'), ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in lines))

# --- newspaper4k JSON
r3 = A['R3']
n4 = {"url": r3['url'], "read_more_link": "", "language": "ru", "title": r3['title'],
      "top_image": "https://www.vostok-transit.ru/upload/2025/04/resht-astara-1200.jpg",
      "meta_img": "https://www.vostok-transit.ru/upload/2025/04/resht-astara-1200.jpg", "images": [],
      "movies": [], "keywords": [], "keyword_scores": {}, "meta_keywords": ["Иран", "железная дорога", "МТК Север-Юг"],
      "tags": ["Транспорт"], "authors": r3['authors'], "publish_date": r3['published'], "summary": "",
      "meta_description": r3['desc'], "meta_lang": "ru", "meta_favicon": "/favicon.ico",
      "meta_site_name": "Восток-Транзит", "canonical_link": r3['url'], "text": '\n\n'.join(para_texts(r3))}
wtext(P('h2', 'newspaper4k_resht_astara.json'), json.dumps(n4, ensure_ascii=False, indent=4))

# --- RSS feed
items = ''
for t, l, d_, ds_ in [(e2['title'], e2['url'], 'Tue, 01 Apr 2025 06:05:00 GMT', e2['desc']),
                      ('Caspian ferry bookings climb ahead of summer', 'https://www.gulftransitreview.com/ports/2025/03/31/caspian-ferry-bookings', 'Mon, 31 Mar 2025 12:30:00 GMT', 'Operators in Aktau and Turkmenbashi report record advance bookings.'),
                      ('Kazakh rail operator orders 400 new flatcars', 'https://www.gulftransitreview.com/rail/2025/03/29/ktz-flatcars', 'Sat, 29 Mar 2025 09:00:00 GMT', 'The order is part of a plan to lift container capacity on the Trans-Caspian route.')]:
    items += f'''  <item>
    <title>{html.escape(t)}</title>
    <link>{l}</link>
    <guid isPermaLink="true">{l}</guid>
    <pubDate>{d_}</pubDate>
    <description>{html.escape(ds_)}</description>
  </item>
'''
wtext(P('h2', 'feed.xml'), f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Gulf Transit Review – Corridors</title>
  <link>https://www.gulftransitreview.com/corridors/</link>
  <description>Latest stories from the Corridors section</description>
  <language>en-gb</language>
  <atom:link href="https://www.gulftransitreview.com/corridors/feed/" rel="self" type="application/rss+xml"/>
  <lastBuildDate>Sat, 05 Apr 2025 06:00:00 GMT</lastBuildDate>
{items}</channel>
</rss>
''')

wtext(P('h2', 'LICENSE'), '''MIT License

Copyright (c) 2023 desk-archiver contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
''')

# ================================================================== h3
u1 = A['U1']
u1_html = page(u1, 'shahrah').encode('utf-8')
with open(P('h3', 'shahrah_archive_2025-05-11.warc'), 'wb') as fh:
    wr = WARCWriter(fh, gzip=False)
    wr.write_record(wr.create_warcinfo_record('shahrah_archive_2025-05-11.warc',
        {'software': 'desk-archiver/2.1 (warcio)', 'format': 'WARC File Format 1.1', 'isPartOf': 'afpak-connectivity'}))
    robots = b'User-agent: *\nDisallow: /admin/\nSitemap: https://www.shahrah-news.pk/sitemap.xml\n'
    rec(wr, 'https://www.shahrah-news.pk/robots.txt', 'response', robots, StatusAndHeaders('200 OK',
        [('Content-Type', 'text/plain'), ('Content-Length', str(len(robots)))], protocol='HTTP/1.1'), '2025-05-11T04:00:01Z')
    req(wr, u1['url'], '2025-05-11T04:00:05Z')
    ru1 = rec(wr, u1['url'], 'response', u1_html, StatusAndHeaders('200 OK', [('Server', 'cloudflare'),
        ('Content-Type', 'text/html; charset=utf-8'), ('Content-Length', str(len(u1_html)))], protocol='HTTP/1.1'), '2025-05-11T04:00:06Z')
    meta = ('outlink: https://www.shahrah-news.pk/static/css/main.css L\noutlink: https://www.shahrah-news.pk/n/7000 A\n'
            'outlink: https://www.shahrah-news.pk/n/7001 A\n').encode()
    rec(wr, u1['url'], 'metadata', meta, None, '2025-05-11T04:00:06Z', {'WARC-Concurrent-To': ru1.rec_headers.get_header('WARC-Record-ID'), 'Content-Type': 'application/warc-fields'})

# --- .txt that is an HTML page (French)
wtext(P('h3', 'courrier_corridor_transafghan.txt'), page(A['Fr1'], 'courrier', saved_from=True))

# --- .htm with _files/ folder
e4 = A['E4']
base = 'Torkham crossing reopens after week-long closure, traders count losses - Frontier Dispatch'
os.makedirs(P('h3', base + '_files'))
wtext(P('h3', base + '.htm'), page(e4, 'frontier', saved_from=True, css='./' + base + '_files/main.css', js='./' + base + '_files/app.js'))
wtext(P('h3', base + '_files', 'main.css'), 'body{font-family:Georgia,serif;margin:0}.masthead{background:#1b2a3a;color:#fff}.post-title{font-size:2.2rem}.related{float:right;width:30%}\n')
wtext(P('h3', base + '_files', 'app.js'), 'document.addEventListener("DOMContentLoaded",function(){var c=document.getElementById("cookies");if(c){c.remove();}});\n')
wbytes(P('h3', base + '_files', 'lead-torkham.jpg'), b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + b'\x00' * 400 + b'\xff\xd9')

# --- pandas-style CSV with index column
buf = io.StringIO()
w = csv.writer(buf, lineterminator='\n')
w.writerow(['', 'title', 'url', 'published', 'author', 'text', 'source'])
for i, (k, src) in enumerate((('E5', 'South Asia Grid Monitor'), ('Fr2', "Le Courrier d'Asie"))):
    a = A[k]
    w.writerow([i, a['title'], a['url'], a['dt'], a['author'], '\n\n'.join(para_texts(a)), src])
wtext(P('h3', 'df_connectivity_2025-05.csv'), buf.getvalue())

# --- JSONL with BOM and CRLF
lines = []
for k in ('F2', 'R4'):
    a = A[k]
    lines.append(json.dumps({"headline": a['title'], "link": a['url'], "pub_date": a['dt'], "byline": a['author'],
                             "lang": a['lang'], "body": '\n\n'.join(para_texts(a))}, ensure_ascii=False))
wtext(P('h3', 'scraper_run_0510.jsonl'), '\ufeff' + '\r\n'.join(lines) + '\r\n')

# ================================================================== h4
t4 = A['T4']
wtext(P('h4', 'kafkasya_export_paragraphs.json'), json.dumps([{"title": t4['title'], "url": t4['url'], "date": t4['dt'],
      "author": t4['author'], "site": "Kafkasya Ekonomi", "body": para_texts(t4), "tags": ["BTK", "Orta Koridor"]}], ensure_ascii=False, indent=2))

# --- docx without Title style: first bold paragraph is the headline
a = A['Fr3']
d = Document()
p = d.add_paragraph(); r = p.add_run(a['title']); r.bold = True; r.font.size = Pt(14)
d.add_paragraph('Par Claire Vasseur')
d.add_paragraph("Le Courrier d'Asie, 5 juin 2025")
for t in para_texts(a):
    d.add_paragraph(t)
core(d, 'Poste Revue de presse', '', dt.datetime(2025, 6, 6, 8, 40), 'fr-FR', 'Poste Revue de presse')
d.save(P('h4', 'coupure_armenie_georgie_route.docx'))

# --- Urdu RTL docx
a = A['U2']
d = Document()
set_rtl(d.add_paragraph(a['title'], style='Heading 1'))
set_rtl(d.add_paragraph('تحریر: ثنا ملک'))
set_rtl(d.add_paragraph('روزنامہ شاہراہ، 3 جون 2025'))
for t in para_texts(a):
    set_rtl(d.add_paragraph(t))
core(d, 'Media Cell', a['title'], dt.datetime(2025, 6, 4, 10, 5), 'ur-PK', 'Media Cell')
d.save(P('h4', 'clipping_ur_gwadar_central_asia.docx'))

# --- TSV
buf = io.StringIO()
w = csv.writer(buf, dialect='excel-tab', lineterminator='\n')
w.writerow(['headline', 'link', 'date', 'byline', 'body'])
for k in ('E6', 'A2'):
    a = A[k]
    w.writerow([a['title'], a['url'], a['dt'], a['author'], '\n'.join(para_texts(a))])
wtext(P('h4', 'sheet_export_caucasus.tsv'), buf.getvalue())

# --- data.zip
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('data/btk_monthly_tonnage.csv', 'month,tonnes\n2025-01,198000\n2025-02,214000\n2025-03,231000\n2025-04,226000\n2025-05,240000\n')
    z.writestr('data/README.txt', 'Monthly tonnage on the Baku-Tbilisi-Kars line, compiled from operator releases.\n')
wbytes(P('h4', 'data.zip'), zb.getvalue())
print('built')
