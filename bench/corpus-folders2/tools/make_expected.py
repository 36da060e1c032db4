# -*- coding: utf-8 -*-
"""Rebuilds the folders (build.py), writes /work/corpus16/expected.json from articles.py and
self-checks: every sentence is in its file (after the file's own decoding), junk is in the page
but outside <article>, and sentences are not inside the title."""
import json, os, re, sys, html, csv, io, gzip, zipfile
sys.path.insert(0, os.path.dirname(__file__))
import build  # noqa: rebuilds h1..h4 deterministically
from build import SITES
from articles import A, picks
from docx import Document
from warcio.archiveiterator import ArchiveIterator

ROOT = '/work/corpus16'

def art(k, url='same', author='same', date='same', junk=None, notes=None, also=None, sentences=None):
    a = A[k]
    e = {'title': a['title'], 'language': a['lang'],
         'url': a['url'] if url == 'same' else url,
         'date': a['date'] if date == 'same' else date,
         'author': a['author'] if author == 'same' else author,
         'sentences': sentences if sentences is not None else picks(a)}
    if junk:
        e['junk'] = junk
    if also:
        e['also_acceptable'] = also
    if notes:
        e['notes'] = notes
    return e

def junk(site):
    return [SITES[site]['newsletter'], SITES[site]['copyright']]

E2, A1 = A['E2']['url'], A['A1']['url']
HTM = 'Torkham crossing reopens after week-long closure, traders count losses - Frontier Dispatch'

ex = {
 'corpus': 'corpus16',
 'written_before_any_tool_run': True,
 'conventions': {
   'status': 'article = file is read and yields the listed articles; excluded = editor notes/readme, recognised and deliberately not read; refused = not an article format (zip, lock file, binary, feed, unknown/no extension, subfolder)',
   'language': 'ISO 639-1',
   'date': "publication date as YYYY-MM-DD in the publisher's local time (not crawl/download/clipping date); null when the file gives no full date",
   'sentences': '3 sentences copied verbatim from the body (beginning = 2nd sentence of the first paragraph so the dateline is never involved, middle, last). They must appear in the dossier. Comparison should tolerate whitespace normalisation only.',
   'junk': 'page chrome (newsletter box, copyright line) or docx header/footer text that must NOT appear in the dossier text',
   'also_acceptable': 'alternative values a reasonable tool might give for a debatable field; anything else is wrong',
   'also_acceptable_status': 'alternative file statuses a reasonable tool might give; the file must still never yield an article unless status article is listed',
   'not_read': 'WARC records (by WARC-Target-URI) expected to be reported as not read / skipped',
 },
 'notes': [
   'Offsets: NewsAPI publishedAt is UTC ("Z"); h1 Turkish item 2025-02-28T21:40:00Z is 00:40 on 2025-03-01 in Istanbul (UTC+3) -> expected 2025-03-01, 2025-02-28 also accepted because the feed gives no zone for the publisher. newspaper4k publish_date 2025-04-02T00:20:00+03:00 carries its own offset -> 2025-04-02 only (converting to UTC gives 2025-04-01, wrong).',
   'Encodings: h1 CSV is windows-1251 with ";" delimiters; h2 Arabic WARC page is windows-1256 declared only in <meta charset> (HTTP Content-Type has no charset); h3 JSONL has a UTF-8 BOM and CRLF line ends. Mojibake in any sentence = wrong.',
   'h2 WARC: first capture of the English page is Transfer-Encoding: chunked + Content-Encoding: gzip; it is captured a second time (identical content, plain) and the Arabic page has a later revisit record. Each article must appear once. The 404 page (HTML body with paragraphs) and the JavaScript response must not become articles.',
   'HTML/WARC titles: expected = h1/og:title, without the " - Site name" suffix of <title>.',
   'news-please record with maintext null (h2) is the main debatable case: expected = listed as an article built from title + description, flagged as summary-only; also acceptable = reported as not read (no body). A tool that drops it silently is wrong.',
   'Two-author records: expected author string is "A, B" in source order; "A; B" / "A and B" / "A و B" variants are accepted (see also_acceptable).',
   'Non-article debatable statuses carry also_acceptable_status: ~$draft.docx, .DS_Store, feed.xml, LICENSE, the _files/ folder, the HTML-in-.txt page.',
 ],
 'folders': {}}
F = ex['folders']

F['h1'] = {'subject': 'Black Sea ports and grain shipping', 'files': {
 'parser_export_portnews_2025-03.csv': {'status': 'article', 'format': 'CSV, windows-1251, ";" delimiter, CRLF rows, header title;url;date;author;text;rubric, text field quoted and multi-line (LF inside), contains "" escaped quotes and a ";" inside the body; dates DD.MM.YYYY HH:MM', 'articles': [
    art('R1', notes='Beginning sentence contains escaped double quotes and a semicolon inside the quoted field.'),
    art('R2', notes='author column empty -> null'),
 ]},
 'newsapi_black_sea_2025-03-01.json': {'status': 'article', 'format': 'NewsAPI /v2/everything response: status, totalResults 2, articles[source{id null,name}, author, title, description, url, urlToImage, publishedAt (UTC Z), content (full text, paragraphs separated by \\r\\n)]', 'articles': [
    art('E1', notes='description is the standfirst, not a body sentence; including it is tolerated.'),
    art('T1', also={'date': ['2025-02-28']}, notes='publishedAt 2025-02-28T21:40:00Z = 2025-03-01 00:40 Istanbul time.'),
 ]},
 'kupur_trabzon_limani_transit.docx': {'status': 'article', 'format': 'docx: Title style headline, byline paragraph, source/date paragraph, body with a 3x3 table after the 3rd paragraph, section header and footer (monitoring service); core author "basin.takip", created 2025-03-07 (clipping day)', 'articles': [
    art('T2', url=None, also={'date': [None]}, junk=['BASIN TAKİP SERVİSİ — Kupür No: 2025/0317', 'Yalnızca kurum içi kullanım içindir · Sayfa 1'],
        notes='Author from the byline paragraph "Murat Kaya" (core author basin.takip is wrong). Date from "Karadeniz Ekonomi, 6 Mart 2025"; core created 2025-03-07 is the clipping day (wrong). Table cells may be kept or dropped; header/footer text must not appear.'),
 ]},
 '~$draft.docx': {'status': 'refused', 'also_acceptable_status': ['excluded'], 'notes': 'Word owner/lock file (162 bytes, username only, not a zip). Must not crash the run and must not yield an article; reporting it as an unreadable/lock file or excluding it as a temp file are both fine. Silently skipping it is tolerated only if the tool reports hidden/temp files somewhere.'},
 '.DS_Store': {'status': 'refused', 'also_acceptable_status': ['excluded', 'ignored'], 'notes': 'macOS Finder metadata (binary). Refused as unknown type, excluded, or silently ignored as a hidden file are all acceptable; never an article.'},
 'NOTES.txt': {'status': 'excluded', 'also_acceptable_status': [], 'notes': 'editor notes for the folder (mentions the lock file owner). Must not become an article.'},
}}

F['h2'] = {'subject': 'Iran transit and the North-South corridor', 'files': {
 'crawl_north_south_corridor_2025-04-05.warc.gz': {'status': 'article', 'format': 'WARC 1.1 (gzip per record, warcio): warcinfo, request, response (chunked+gzip, en), JS response, request, response (ar, windows-1256 via <meta charset> only), 404 response with HTML body, 2nd capture of the en URL (identical content, plain), revisit of the ar URL (identical-payload-digest)', 'articles': [
    art('E2', junk=junk('gtr'), notes='Must be decoded through chunked transfer encoding and gzip. Appears twice in the WARC with identical content: one article expected. WARC-Date 2025-04-05 is the crawl date.'),
    art('A1', junk=junk('mamar'), notes='Bytes are windows-1256; HTTP Content-Type is plain "text/html". Any mojibake (e.g. decoding as latin-1/utf-8) makes the sentences fail. The later revisit record must not produce a second (empty) article.'),
 ],
  'not_read': ['https://www.gulftransitreview.com/assets/js/app.bundle.min.js', 'https://www.gulftransitreview.com/corridors/2025/03/28/caspian-ferry-schedule-update'],
  'notes': 'warcinfo and request records may be skipped silently or listed. The second capture of ' + E2 + ' and the revisit record for ' + A1 + ' may be reported as duplicate/not read or skipped silently, but must not add articles. The 404 page contains three paragraphs of prose ("Sorry, we couldn\'t find that page") and must not become an article.'},
 'newsplease_iran_transit.jsonl': {'status': 'article', 'format': 'news-please JSONL, 2 records: fa (authors = 2 names), tr (maintext null, description present, authors [])', 'articles': [
    art('F1', also={'author': ['مریم احمدی; رضا کریمی', 'مریم احمدی و رضا کریمی', 'مریم احمدی and رضا کریمی']}, notes='authors list holds two names -> "مریم احمدی, رضا کریمی". date_publish is a naive local timestamp; date_download (2025-04-05) is wrong.'),
    dict(art('T3', author=None, sentences=[A['T3']['desc']]), debatable=True, also_acceptable={'status': ['not_read'], 'sentences': [[]]},
         notes='maintext is null. Expected: kept as an article whose only text is the description, flagged as summary-only/no body; the single "sentence" is the description. Also acceptable: the record reported as not read/skipped for lack of body (then title etc. are not checked). Silently dropping it, or crashing on null, is wrong.'),
 ]},
 'newspaper4k_resht_astara.json': {'status': 'article', 'format': 'newspaper4k Article JSON (single object): authors list, publish_date ISO with +03:00, text with \\n\\n paragraphs, meta_lang, meta_description, keywords etc.', 'articles': [
    art('R3', notes='publish_date 2025-04-02T00:20:00+03:00 -> 2025-04-02 (UTC conversion gives 2025-04-01: wrong).'),
 ]},
 'feed.xml': {'status': 'refused', 'also_acceptable_status': ['excluded'], 'notes': 'RSS 2.0 feed with 3 items carrying only one-line descriptions. Not an article file; turning items into articles is wrong (no body text).'},
 'LICENSE': {'status': 'refused', 'also_acceptable_status': ['excluded'], 'notes': 'MIT licence of a scraper tool, no extension. Refused (unknown type) or excluded (boilerplate) are both fine; never an article.'},
}}

F['h3'] = {'subject': 'Afghanistan-Pakistan-Central Asia connectivity', 'files': {
 'shahrah_archive_2025-05-11.warc': {'status': 'article', 'format': 'uncompressed WARC 1.1: warcinfo, robots.txt response (text/plain), request, response (ur, utf-8), metadata (outlinks)', 'articles': [
    art('U1', junk=junk('shahrah'), notes='WARC-Date 2025-05-11 is the crawl date.'),
 ], 'not_read': ['https://www.shahrah-news.pk/robots.txt'],
  'notes': 'Plain (not gzipped) .warc must be read. warcinfo, request and metadata records may be skipped silently or listed.'},
 'courrier_corridor_transafghan.txt': {'status': 'article', 'also_acceptable_status': ['refused'], 'format': 'browser-saved HTML page (starts with <!DOCTYPE html>, saved-from comment) with a .txt name', 'articles': [
    art('Fr1', junk=junk('courrier')),
 ], 'notes': 'Expected: content sniffed as HTML and extracted like a web page. Reading it as plain text (tags, nav, cookie banner in the dossier) is wrong. Refusing it is acceptable only with a message saying it is HTML in a .txt file.'},
 HTM + '.htm': {'status': 'article', 'format': 'browser "Web page, complete" save: .htm + sibling _files/ folder, saved-from comment, relative css/js', 'articles': [
    art('E4', junk=junk('frontier')),
 ]},
 HTM + '_files/': {'status': 'refused', 'also_acceptable_status': ['excluded'], 'notes': 'subfolder with the page resources (css, js, jpg). Expected: reported as a subfolder and not descended into; recognising it as the .htm companion folder and excluding it is also fine. Its files must not become articles.'},
 'df_connectivity_2025-05.csv': {'status': 'article', 'format': 'pandas DataFrame.to_csv: first header cell empty, first column is the row index (0, 1); comma delimiter; text quoted, paragraphs separated by blank lines; published with offset (+05:00, +04:30)', 'articles': [
    art('E5'),
    art('Fr2'),
 ], 'notes': 'The index column must not become part of the title or be mistaken for a field.'},
 'scraper_run_0510.jsonl': {'status': 'article', 'format': 'JSONL with UTF-8 BOM and CRLF line ends; keys headline, link, pub_date, byline, lang, body', 'articles': [
    art('F2'),
    art('R4'),
 ], 'notes': 'A BOM before the first record must not make the first line unparseable (both records expected).'},
}}

F['h4'] = {'subject': 'South Caucasus and Gwadar routes', 'files': {
 'kafkasya_export_paragraphs.json': {'status': 'article', 'format': 'JSON list with one object; body is a LIST of paragraph strings; keys title, url, date (ISO +03:00), author, site, body, tags', 'articles': [
    art('T4', notes='Paragraphs must be joined as separate paragraphs; a Python-list repr ("[\'...\', ...]") in the dossier is wrong.'),
 ]},
 'coupure_armenie_georgie_route.docx': {'status': 'article', 'format': 'docx with NO Title/Heading style: 1st paragraph = bold 14pt run (headline), then "Par Claire Vasseur", "Le Courrier d\'Asie, 5 juin 2025", body; core title empty, core author "Poste Revue de presse", created 2025-06-06', 'articles': [
    art('Fr3', url=None, also={'date': [None], 'author': [None]}, notes='Title is the first bold paragraph (the filename is wrong). Author from the "Par ..." line; core author "Poste Revue de presse" is wrong. Date text-only; 2025-06-06 (core created) is wrong.'),
 ]},
 'clipping_ur_gwadar_central_asia.docx': {'status': 'article', 'format': 'docx, Urdu, w:bidi + jc right on every paragraph, runs w:rtl; Heading 1 title, "تحریر: ثنا ملک" byline, source line with date; core author "Media Cell", language ur-PK', 'articles': [
    art('U2', url=None, also={'date': [None], 'author': [None, 'تحریر: ثنا ملک']}, notes='Date only in "روزنامہ شاہراہ، 3 جون 2025" (Urdu month name); core created 2025-06-04 is the clipping day (wrong). Core author "Media Cell" is wrong.'),
 ]},
 'sheet_export_caucasus.tsv': {'status': 'article', 'format': 'TSV (excel-tab), header headline/link/date/byline/body, body quoted multi-line; dates "2025-06-04 08:15" and "Jun 6, 2025"', 'articles': [
    art('E6'),
    art('A2'),
 ]},
 'data.zip': {'status': 'refused', 'also_acceptable_status': [], 'notes': 'zip of a CSV table and a readme; archives are not opened. Must not yield articles.'},
}}

# ------------------------------------------------------------------ self-checks
def docx_text(p):
    d = Document(p)
    return '\n'.join(x.text for x in d.paragraphs)

def warc_pages(p):
    out = []
    for r in ArchiveIterator(open(p, 'rb')):
        if r.rec_type == 'response':
            b = r.content_stream().read()
            out.append(b)
    return out

def file_texts(path):
    if path.endswith('.docx'):
        return [docx_text(path)]
    if '.warc' in path:
        res = []
        for b in warc_pages(path):
            m = re.search(rb'<meta charset="([^"]+)"', b)
            res.append(b.decode(m.group(1).decode() if m else 'utf-8'))
        return res
    raw = open(path, 'rb').read()
    enc = 'cp1251' if 'portnews' in path else 'utf-8-sig'
    t = raw.decode(enc)
    if path.endswith('.json') or path.endswith('.jsonl'):
        objs = [json.loads(l) for l in t.splitlines() if l.strip()] if path.endswith('.jsonl') else [json.loads(t)]
        return [json.dumps(objs, ensure_ascii=False)]
    if path.endswith('.csv') or path.endswith('.tsv'):
        dl = ';' if 'portnews' in path else ('\t' if path.endswith('.tsv') else ',')
        return [json.dumps(list(csv.reader(io.StringIO(t), delimiter=dl)), ensure_ascii=False)]
    return [t]

def outside_article(t):
    return re.sub(r'<article.*?</article>', '', t, flags=re.S)

n_art = 0
for fold, fv in F.items():
    present = set(os.listdir(os.path.join(ROOT, fold)))
    listed = {k.rstrip('/') for k in fv['files']}
    assert present == listed, (fold, present ^ listed)
    for fn, x in fv['files'].items():
        path = os.path.join(ROOT, fold, fn.rstrip('/'))
        for a in x.get('articles', []):
            n_art += 1
            texts = file_texts(path)
            htmlish = any(t.lstrip().startswith('<!DOCTYPE') for t in texts)
            for s in a['sentences']:
                ss = html.escape(s, quote=False) if htmlish else (json.dumps(s, ensure_ascii=False)[1:-1] if (path.endswith(('.json', '.jsonl', '.csv', '.tsv'))) else s)
                assert any(ss in t for t in texts), (fn, s)
                assert s not in a['title']
            if path.endswith(('.json', '.jsonl', '.csv', '.tsv')):
                assert any(json.dumps(a['title'], ensure_ascii=False)[1:-1] in t for t in texts), (fn, a['title'])
            for j in a.get('junk', []):
                if fn.endswith('.docx'):
                    d = Document(path)
                    hf = d.sections[0].header.paragraphs[0].text + d.sections[0].footer.paragraphs[0].text
                    assert j in hf and j not in docx_text(path), j
                else:
                    je = html.escape(j, quote=True)
                    assert any(je in outside_article(t) and je not in re.findall(r'<article.*?</article>', t, re.S)[0] for t in texts if '<article' in t), (fn, j)

# the h2 revisit/duplicate layout
recs = [(r.rec_type, r.rec_headers.get_header('WARC-Target-URI'), r.http_headers.get_header('Transfer-Encoding') if r.http_headers else None)
        for r in ArchiveIterator(open(os.path.join(ROOT, 'h2/crawl_north_south_corridor_2025-04-05.warc.gz'), 'rb'))]
assert ('revisit', A1, None) in recs and sum(1 for r in recs if r[:2] == ('response', E2)) == 2
raw = gzip.open(os.path.join(ROOT, 'h2/crawl_north_south_corridor_2025-04-05.warc.gz')).read()
assert b'Transfer-Encoding: chunked' in raw and b'Content-Encoding: gzip' in raw and b'windows-1256' in raw
assert open(os.path.join(ROOT, 'h3/scraper_run_0510.jsonl'), 'rb').read().startswith(b'\xef\xbb\xbf')
assert b'\r\n' in open(os.path.join(ROOT, 'h3/scraper_run_0510.jsonl'), 'rb').read()
assert os.path.getsize(os.path.join(ROOT, 'h1/~$draft.docx')) == 162

counts = {f: {'files': len(v['files']), 'articles': sum(len(x.get('articles', [])) for x in v['files'].values())} for f, v in F.items()}
ex['counts'] = counts
with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as fh:
    json.dump(ex, fh, ensure_ascii=False, indent=2)
print('ok', n_art, counts)
