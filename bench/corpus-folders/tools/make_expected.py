# -*- coding: utf-8 -*-
"""Writes /work/corpus15/expected.json from articles.py and self-checks it against the built files
(sentences present in the file, junk present in the page but outside <article>)."""
import json, os, re, sys, html, csv, io, gzip
sys.path.insert(0, os.path.dirname(__file__))
from articles import A, picks
from build_corpus import SITES  # noqa  (rebuilds the folders deterministically)

ROOT = '/work/corpus15'

def art(k, date, url='same', author='same', junk=None, notes=None, also=None):
    a = A[k]
    e = {'title': a['title'], 'language': a['lang'],
         'url': a['url'] if url == 'same' else url,
         'date': date,
         'author': a['author'] if author == 'same' else author,
         'sentences': picks(a)}
    if junk:
        e['junk'] = junk
    if also:
        e['also_acceptable'] = also
    if notes:
        e['notes'] = notes
    return e

def junk(site):
    return [SITES[site]['newsletter'], SITES[site]['copyright']]

ex = {
 'corpus': 'corpus15',
 'written_before_any_tool_run': True,
 'conventions': {
   'status': 'article = file is read and yields the listed articles; excluded = editor notes/readme, recognised and deliberately not read; refused = not an article format (pdf, image, unknown extension, subfolder)',
   'language': 'ISO 639-1',
   'date': 'publication date as YYYY-MM-DD in the publisher\'s local time (not crawl/download/clipping date); null when the file gives no full date',
   'sentences': '3 sentences copied verbatim from the body (beginning = 2nd sentence of the first paragraph so the dateline is never involved, middle, last). They must appear in the dossier. Comparison should tolerate whitespace normalisation only.',
   'junk': 'page chrome (newsletter box, copyright line) that must NOT appear in the dossier text',
   'also_acceptable': 'alternative values a reasonable tool might give for a debatable field; anything else is wrong',
   'not_read': 'WARC records (by WARC-Target-URI) expected to be reported as not read / skipped',
 },
 'notes': [
   'Debatable dates (text-only or calendar-converted) carry also_acceptable: f1 clipping docx (2025-02-18 in text; core created 2025-02-19 is the clipping day and is wrong), f1 txt (no year -> null), f2 Persian docx (Solar Hijri in text), f3 Turkish md (byline date), f3 Arabic docx, f4 Turkish txt (trailing Kaynak line).',
   'HTML/WARC titles: expected = h1/og:title, without the site-name suffix present in <title>.',
   'WARC: warcinfo and request records may be skipped silently or reported; image, css and 301 responses are listed under not_read. Redirected articles are expected under their final https URL.',
   'f2/old/ is a subfolder holding an internal draft: refused, not recursed.',
   'f4 CSV body holds HTML: sentences are given as plain text; no tags may survive.',
   'news-please author lists are single-name or empty; an empty list means author null.',
 ],
 'folders': {}}

F = ex['folders']
F['f1'] = {'subject': 'Caspian energy (Trans-Caspian gas, Kazakh oil exports, shrinking Caspian)', 'files': {
 'newsplease_caspian_energy_2025-02.jsonl': {'status': 'article', 'format': 'news-please JSONL, 3 records (en, ru, tr)', 'articles': [
    art('A1', '2025-02-10'),
    art('A2', '2025-02-12'),
    art('A3', '2025-02-14', notes='authors is an empty list -> author null'),
 ]},
 'clipping_kazakh_oil_exports_CEM.docx': {'status': 'article', 'format': 'docx (Title, Heading 2, Normal); core author/title set', 'articles': [
    art('A4', '2025-02-18', url=None, also={'date': [None]},
        notes='Publication date appears only in the paragraph "Caspian Energy Monitor, 18 February 2025". docx core "created" is 2025-02-19 (clipping day) and is NOT the publication date. The byline and source paragraphs and the Heading 2 "Tankers across the sea" are not body sentences.'),
 ]},
 'ria_north_caspian_ecology.txt': {'status': 'article', 'format': 'plain text: first line = title, blank line, paragraphs', 'articles': [
    art('A5', None, url=None, author=None,
        notes='Dateline "Москва, 3 марта —" has no year, so date is null (2025-03-03 is implied only by the folder context; also accepted).', also={'date': ['2025-03-03']}),
 ]},
 'caspian_shoreline_analysis.md': {'status': 'article', 'format': 'markdown with YAML front matter (title/author/date/url) + # heading + ## subheading; one **bold** span', 'articles': [
    art('A6', '2025-03-05'),
 ]},
 'README.txt': {'status': 'excluded', 'notes': 'editor notes for the folder'},
 'map_caspian_pipelines.png': {'status': 'refused', 'notes': 'image'},
 'IEA_caspian_outlook_excerpt.pdf': {'status': 'refused', 'notes': 'PDF'},
}}

F['f2'] = {'subject': 'Central Asian diplomacy (water talks, transit, border deals, Trans-Afghan railway)', 'files': {
 'trafilatura_central_asia_diplomacy.json': {'status': 'article', 'format': 'trafilatura JSON list of 2 objects (en, fa)', 'articles': [
    art('A7', '2025-05-08'),
    art('A8', '2025-05-11'),
 ]},
 'clipping_fa_nashest_moshverati.docx': {'status': 'article', 'format': 'docx, Persian, every paragraph has w:bidi (and runs w:rtl); core author/title/language fa-IR', 'articles': [
    art('A9', '2025-05-13', url=None, also={'date': [None]},
        notes='In the text the date is only given in the Solar Hijri calendar ("۲۳ اردیبهشت ۱۴۰۴" = 2025-05-13). docx core created is 2025-05-13T15:00Z (same day). Byline/source paragraphs and the Heading 2 "نقش ایران" are not body sentences.'),
 ]},
 'crawl_central_asia_2025-05-20.warc.gz': {'status': 'article', 'format': 'WARC (gzip) from WARCWriter: warcinfo, request, 2 HTML responses, jpeg, css, 301', 'articles': [
    art('A10', '2025-05-14', junk=junk('eurasialedger'),
        notes='WARC-Date is 2025-05-20 (crawl), not the publication date. <title> has the suffix " | The Eurasia Ledger"; expected title is the h1/og:title. Author shown as "By James Aldridge" in the byline, meta author = "James Aldridge". A figcaption sits inside <article> (keeping it is tolerated).'),
    art('A11', '2025-05-13', junk=junk('stepnoy'),
        notes='Reached through a 301 from the http:// URL; expected url is the final https:// URL (canonical).'),
  ],
  'not_read': [
    'https://www.eurasialedger.com/wp-content/uploads/2025/05/tashkent-forum.jpg',
    'https://www.eurasialedger.com/assets/css/main.min.css',
    'http://kz.stepnoy-vestnik.kz/politika/2025/05/13/astana-bishkek-granica',
  ],
  'notes': 'The warcinfo record and the request record for the Eurasia Ledger page are not content; a tool may skip them silently or list them as not read — either is fine. The 301 must not become an article.'},
 'NOTES.md': {'status': 'excluded', 'notes': 'editor notes'},
 'old/': {'status': 'refused', 'notes': 'subfolder (contains draft_summary_2025-04.txt, a superseded internal draft). Expected: the subfolder is reported and not descended into; its draft must not become an article. Debatable if the tool recurses by design.'},
}}

F['f3'] = {'subject': 'Regional summit: Economic Cooperation Organization summit, Ashgabat, 3-4 June 2025', 'files': {
 'scrapy_eco_summit_feed.csv': {'status': 'article', 'format': 'Scrapy CSV (title,url,date,author,body,spider,scraped_at), body = plain text paragraphs separated by blank lines inside a quoted field; 3 rows (ar, tr, en)', 'articles': [
    art('A12', '2025-06-03'),
    art('A13', '2025-06-03'),
    art('A14', '2025-06-04'),
  ], 'notes': 'date column is ISO 8601 with +03:00 offset; scraped_at (2025-06-05) is not the publication date.'},
 'alkhaleej_ashgabat_declaration.html': {'status': 'article', 'format': 'browser-saved HTML page (saved-from comment, rtl Arabic, nav/cookie/related/footer around <article>)', 'articles': [
    art('A15', '2025-06-04', junk=junk('alkhaleej'),
        notes='<title> carries the suffix " | الخليج وأوراسيا"; expected title is the h1/og:title. Byline shows "بقلم: ليلى منصور"; meta author is the bare name. published_time 2025-06-04T21:10:00+03:00 (local date 2025-06-04).'),
 ]},
 'hazar_ticaret_analiz.md': {'status': 'article', 'format': 'markdown: # title, bold byline line "**Ayşe Demirtaş** | 5 Haziran 2025", ## subheading, trailing italic credit line', 'articles': [
    art('A16', '2025-06-05', also={'date': [None], 'author': [None]},
        notes='Author and date exist only in the byline line of the markdown (Turkish month name). No URL. The trailing "*Analiz, Haber Türkistan ... hazırlanmıştır.*" credit is not a body sentence.'),
 ]},
 'clipping_ar_turkmenbashi_port.docx': {'status': 'article', 'format': 'docx, Arabic, w:bidi on every paragraph; core author/title/language ar-SA', 'articles': [
    art('A17', '2025-06-02', url=None, also={'date': [None]},
        notes='Date in text "2 يونيو 2025" and docx core created 2025-06-02T10:00Z agree.'),
 ]},
 'README.txt': {'status': 'excluded', 'notes': 'editor notes'},
 'summit_family_photo.jpg': {'status': 'refused', 'notes': 'image'},
 'final_declaration_unofficial.pdf': {'status': 'refused', 'notes': 'PDF'},
}}

F['f4'] = {'subject': 'Middle Corridor / Caspian shipping (ferries, ports, Gulf investment, North-South corridor)', 'files': {
 'scrapy_middle_corridor_html.csv': {'status': 'article', 'format': 'Scrapy CSV (title,url,date,author,body) where body holds HTML <p> paragraphs with inline <strong>/<a>', 'articles': [
    art('A18', '2025-04-17', notes='date column "17.04.2025 10:45" (DD.MM.YYYY). The middle sentence contains <strong>800 TEU</strong> in the source; expected text has no tags. No raw "<p>" or "<strong>" may appear in the dossier.'),
    art('A19', '2025-04-22', notes='date column "22.04.2025 16:20". The middle sentence wraps "Bakü-Tiflis-Kars demiryolu" in an <a href>; expected text has no tag.'),
 ]},
 'trafilatura_georgia_ports.json': {'status': 'article', 'format': 'trafilatura JSON, single object', 'articles': [
    art('A20', '2025-04-25'),
 ]},
 'middle_corridor_archive.warc.gz': {'status': 'article', 'format': 'WARC (gzip): warcinfo, request, 3 HTML responses (en, ar, fa), css, 301, jpeg', 'articles': [
    art('A21', '2025-04-28', junk=junk('caspianmonitor')),
    art('A22', '2025-04-30', junk=junk('alkhaleej'), notes='Reached through a 301 from http://alkhaleej-eurasia.net/...; expected url is the final https://www. URL.'),
    art('A23', '2025-05-02', junk=junk('tehraneco'), notes='Human-readable date on the page is Solar Hijri (۱۲ اردیبهشت ۱۴۰۴); article:published_time / JSON-LD give 2025-05-02T09:30:00+03:30. Byline "نویسنده: علی رضایی", meta author bare name.'),
  ],
  'not_read': [
    'https://www.caspianmonitor.net/static/css/site.css',
    'http://alkhaleej-eurasia.net/economy/2025/04/30/middle-corridor-gulf-investors',
    'https://www.tehraneconomicdaily.ir/files/fa/news/1404/2/12/anzali-port.jpg',
  ],
  'notes': 'warcinfo and the request record may be skipped silently or listed as not read. WARC-Date (2025-05-08) is the crawl date.'},
 'hazar_feribot_hatti.txt': {'status': 'article', 'format': 'plain text: title line, paragraphs, trailing "Kaynak: Haber Türkistan, 06.05.2025"', 'articles': [
    art('A24', '2025-05-06', url=None, author=None, also={'date': [None]},
        notes='Date only in the trailing source line "Kaynak: Haber Türkistan, 06.05.2025"; null is defensible. The source line is not a body sentence; ideally it is not treated as the last paragraph of the body, but keeping it is tolerated.'),
 ]},
 'NOTES.md': {'status': 'excluded', 'notes': 'editor notes'},
 'corridor_conference.ics': {'status': 'refused', 'notes': 'unknown/unsupported type (iCalendar)'},
 'corridor_volumes_chart.png': {'status': 'refused', 'notes': 'image'},
}}

for fk, fv in F.items():
    files = fv['files']
    fv['file_count'] = len(files)
    fv['articles_expected'] = sum(len(v.get('articles', [])) for v in files.values())

# ------------------------------------------------------------------ self-check
from warcio.archiveiterator import ArchiveIterator
import docx

def file_text(path):
    if path.endswith('.warc.gz'):
        out = {}
        with open(path, 'rb') as fh:
            for r in ArchiveIterator(fh):
                if r.rec_type == 'response':
                    out[r.rec_headers.get_header('WARC-Target-URI')] = r.content_stream().read()
        return out
    if path.endswith('.docx'):
        return '\n'.join(p.text for p in docx.Document(path).paragraphs)
    return open(path, encoding='utf-8').read()

def strip(h):
    return html.unescape(re.sub(r'<[^>]+>', '', h))

def loads_any(path, raw):
    if path.endswith('.jsonl'):
        return '\n'.join(json.dumps(json.loads(l), ensure_ascii=False) for l in raw.splitlines())
    return raw

problems = []
for fk, fv in F.items():
    d = os.path.join(ROOT, fk)
    on_disk = sorted(os.listdir(d))
    listed = sorted(k.rstrip('/') for k in fv['files'])
    if on_disk != listed:
        problems.append((fk, 'listing mismatch', on_disk, listed))
    for fn, spec in fv['files'].items():
        p = os.path.join(d, fn.rstrip('/'))
        if spec['status'] != 'article':
            continue
        t = file_text(p)
        if isinstance(t, dict):
            for a in spec['articles']:
                page = t[a['url']].decode('utf-8')
                m = re.search(r'<article.*?</article>', page, re.S)
                inner = strip(m.group(0))
                whole = strip(page)
                for s in a['sentences']:
                    if s not in inner: problems.append((fn, 'sentence missing', s))
                for j in a['junk']:
                    if j not in whole: problems.append((fn, 'junk not on page', j))
                    if j in inner: problems.append((fn, 'junk inside article', j))
                if a['title'] not in inner: problems.append((fn, 'title not in h1', a['title']))
            for u in spec['not_read']:
                if u not in t: problems.append((fn, 'not_read url missing', u))
        else:
            if fn.endswith('.csv'):
                rows = list(csv.DictReader(io.StringIO(t)))
                texts = {r['title']: strip(r['body']) for r in rows}
            elif fn.endswith('.json') or fn.endswith('.jsonl'):
                objs = [json.loads(l) for l in t.splitlines()] if fn.endswith('.jsonl') else json.loads(t)
                if isinstance(objs, dict): objs = [objs]
                texts = {o['title']: o.get('maintext') or o.get('text') for o in objs}
            elif fn.endswith('.html'):
                m = re.search(r'<article.*?</article>', t, re.S)
                texts = {A_title: strip(m.group(0)) for A_title in [spec['articles'][0]['title']]}
                for j in spec['articles'][0]['junk']:
                    if j not in strip(t): problems.append((fn, 'junk not on page', j))
                    if j in texts[spec['articles'][0]['title']]: problems.append((fn, 'junk inside article', j))
            elif fn.endswith('.md'):
                texts = {spec['articles'][0]['title']: t.replace('**', '')}
            else:
                texts = {spec['articles'][0]['title']: t}
            if len(texts) != len(spec['articles']):
                problems.append((fn, 'article count', len(texts)))
            for a in spec['articles']:
                body = texts.get(a['title'])
                if body is None:
                    problems.append((fn, 'title not found', a['title'])); continue
                for s in a['sentences']:
                    if s not in body: problems.append((fn, 'sentence missing', s))
                    if s == a['title']: problems.append((fn, 'sentence is title', s))
                if a['title'] not in t: problems.append((fn, 'title not verbatim in file', a['title']))

# all sentences unique across corpus
allS = [s for fv in F.values() for spec in fv['files'].values() for a in spec.get('articles', []) for s in a['sentences']]
if len(allS) != len(set(allS)): problems.append(('dup sentences',))
print('problems:', problems)
print({k: (v['file_count'], v['articles_expected']) for k, v in F.items()})
with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as fh:
    json.dump(ex, fh, ensure_ascii=False, indent=2)
print('wrote expected.json')
