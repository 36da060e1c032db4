"""The web edition and the build report as a reader meets them (issue 17): contents numbered as
the articles are and never out of reach, download buttons alike on a phone, a report whose
counts are the PDF's, whose quotation-mark notes say which mark and where, whose Arabic names
sit under their own column, and whose words agree with their numbers.

Each test reads a small Arabic dossier the module writes and builds itself: three articles long
enough to scroll, a paragraph repeated in a second article (merged into a cross-reference), a
spelling variant the glossary unifies and an opening quotation mark never closed.
"""

from __future__ import annotations

import json
import random
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from pipeline import commands
from pipeline import model as m
from pipeline.build import Options
from pipeline.render.web import plural
from pipeline.report import unpaired_marks
from pipeline.serve import make_server, url_of

from .pdftext import pdftotext
from .test_web import browser, needs_chromium  # noqa: F401 (browser is a fixture)

# Letters of Arabic only (no Persian or Urdu ones), for words no two paragraphs share: the
# merge stage must not take one filler paragraph for a repeat of another.
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
REPEAT = ("وأكد المتحدث باسم الحكومة أن البلدين اتفقا على توسيع التعاون في مجالات الطاقة "
          "والنقل والتجارة خلال السنوات الخمس المقبلة.")
QUOTE = ("وقال وزير الخارجية في مؤتمر صحفي عقده أمس: ”إن التعاون بين البلدين سيستمر في "
         "السنوات المقبلة مهما كانت الظروف الدولية.")
VARIANT = ("وأعلنت الحكومة أن كازخستان ستواصل دعم المبادرات الإقليمية للتعاون الاقتصادي "
           "والتجاري في المنطقة كلها.")
TITLES = ("التعاون الإقليمي في آسيا الوسطى", "سياسة الطاقة والنقل", "آفاق التجارة الدولية")
EPOCH = "1764000000"


def _filler(rng: random.Random) -> str:
    sentences = []
    for _ in range(4):
        words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7)))
                 for _ in range(rng.randint(9, 14))]
        sentences.append(" ".join(words) + ".")
    return " ".join(sentences)


def write_dossier(folder: Path) -> None:
    rng = random.Random(17)
    bodies = [
        [REPEAT, QUOTE, VARIANT, *(_filler(rng) for _ in range(7))],
        [_filler(rng), REPEAT, *(_filler(rng) for _ in range(7))],
        [_filler(rng) for _ in range(8)],
    ]
    folder.mkdir()
    for n, (title, body) in enumerate(zip(TITLES, bodies, strict=True), start=1):
        text = f"---\ntitle: {title}\nlang: ar\n---\n\n" + "\n\n".join(body) + "\n"
        (folder / f"{n:02d}_article.md").write_text(text, encoding="utf-8")
    (folder / "glossary.toml").write_text(
        '[[term]]\nar = "كازاخستان"\nen = "Kazakhstan"\nvariants = ["كازخستان"]\n',
        encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reader")
    write_dossier(root / "src")
    out = root / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        commands.build(Options(root / "src", out))
    return out


@pytest.fixture(scope="module")
def site(built) -> Iterator[str]:
    server = make_server(built, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield url_of(server)
    finally:
        server.shutdown()
        server.server_close()


def _page(out: Path, name: str) -> Any:
    return lxml_html.fromstring((out / name).read_bytes())


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _report(out: Path) -> dict[str, Any]:
    return json.loads((out / "report.json").read_text("utf-8"))


def _dossier(out: Path) -> m.Dossier:
    return m.dossier_from_dict(json.loads((out / "stages" / "dossier.json").read_text("utf-8")))


# --- the web edition's contents -----------------------------------------------------------

def test_contents_number_each_article_as_its_heading_does(built):
    doc = _page(built, "index.html")
    toc = doc.xpath("//nav[@id='contents']")[0]
    entries = toc.xpath(".//ol[contains(@class,'toc-articles')]/li")
    assert len(entries) == 3
    for li in entries:
        number = _text(li.xpath("./span[@class='toc-num']")[0])
        anchor = li.xpath("./a")[0].get("href")[1:]
        kicker = _text(doc.xpath(f"//section[@id='{anchor}']//p[contains(@class,'kicker')]")[0])
        assert kicker.startswith(f"Article {number.rstrip('.')} ·"), (number, kicker)
    assert [_text(li)[:2] for li in entries] == ["1.", "2.", "3."]
    # The guide and the appendices are listed, unnumbered, around the articles.
    extra = [a.get("href") for a in toc.xpath(".//ul[contains(@class,'toc-extra')]//a")]
    assert extra == ["#guide", "#sources", "#glossary", "#merged", "#colophon"]


def test_every_article_links_back_to_the_contents(built):
    doc = _page(built, "index.html")
    articles = doc.xpath("//section[contains(@class,'article')]")
    assert len(articles) == 3
    for section in articles:
        assert section.xpath(".//p[@class='to-contents']/a/@href") == ["#contents"]
    assert doc.xpath("//a[@class='toc-jump']/@href") == ["#contents"]


_SCROLL_TO_LAST_ARTICLE = """(() => {
    const sections = document.querySelectorAll('section.article');
    sections[sections.length - 1].scrollIntoView();
    const toc = document.getElementById('contents').getBoundingClientRect();
    const jump = document.querySelector('.toc-jump');
    const j = jump ? jump.getBoundingClientRect() : {top: -1, bottom: -1, height: 0};
    return {scrolled: window.scrollY, tocTop: toc.top, tocBottom: toc.bottom,
            jumpShown: !!jump && getComputedStyle(jump).display !== 'none' && j.height > 0,
            jumpInView: j.top >= 0 && j.bottom <= innerHeight,
            markers: [...document.querySelectorAll('nav.toc li')]
                .map(li => getComputedStyle(li).listStyleType)};
})()"""


@needs_chromium
@pytest.mark.parametrize("width", [1024, 1280])
def test_contents_stay_in_view_on_wide_screens(site, browser, width):  # noqa: F811
    page = browser.open(site, width=width, height=700)
    try:
        got = page.evaluate(_SCROLL_TO_LAST_ARTICLE)
    finally:
        page.close()
    assert got["scrolled"] > 2000  # far down the page...
    assert got["tocTop"] == pytest.approx(0, abs=2) and got["tocBottom"] > 300  # ...in view
    assert not got["jumpShown"]  # no corner link over the text where the sidebar is
    assert set(got["markers"]) == {"none"}  # one number per entry, the article's


@needs_chromium
@pytest.mark.parametrize("width", [390, 800])
def test_contents_are_one_tap_away_on_narrow_screens(site, browser, width):  # noqa: F811
    page = browser.open(site, width=width, height=800)
    try:
        got = page.evaluate(_SCROLL_TO_LAST_ARTICLE)
        assert got["tocBottom"] < 0 and got["jumpShown"] and got["jumpInView"]
        page.evaluate("document.querySelector('.toc-jump').click()")
        after_jump = page.evaluate("document.getElementById('contents')"
                                   ".getBoundingClientRect().top")
        # The link closing an article leads back too.
        back = page.evaluate("""(() => {
            const a = document.querySelector('section.article .to-contents a');
            a.scrollIntoView(); a.click();
            return document.getElementById('contents').getBoundingClientRect().top;
        })()""")
    finally:
        page.close()
    assert after_jump == pytest.approx(0, abs=20) and back == pytest.approx(0, abs=20)


@needs_chromium
@pytest.mark.parametrize("width", [390, 320])
def test_download_buttons_are_alike_on_a_phone(site, browser, width, tmp_path):  # noqa: F811
    page = browser.open(site, width=width, height=800)
    try:
        boxes = page.evaluate("""[...document.querySelectorAll('header .downloads a')].map(a => {
            const r = a.getBoundingClientRect();
            return {top: r.top, height: r.height, width: r.width};
        })""")
    finally:
        page.close()
    assert len(boxes) == 2
    pdf, epub = boxes
    assert pdf["height"] == pytest.approx(epub["height"], abs=0.5), boxes
    if pdf["top"] == pytest.approx(epub["top"], abs=0.5):  # side by side: as wide too
        assert pdf["width"] == pytest.approx(epub["width"], abs=1), boxes


# --- the build report ---------------------------------------------------------------------

def _summary_number(doc: Any, cls: str) -> int:
    return int(_text(doc.xpath(f"//ul[@class='summary']/li[@class='{cls}']/span[@class='n']")[0]))


def test_report_counts_passages_as_the_pdf_and_the_web_edition_do(built):
    dossier = _dossier(built)
    xrefs = [b for b in dossier.blocks() if b.kind == m.XREF]
    assert len(xrefs) == 1  # the repeated paragraph, merged
    passages = len(dossier.blocks()) - 1
    report = _report(built)
    assert report["summary"]["passages"] == passages
    assert report["summary"]["blocks"] == passages + report["summary"]["cross_references"]
    page = _page(built, "report.html")
    assert _summary_number(page, "passages") == passages
    said = _text(page.xpath("//ul[@class='summary']/li[@class='passages']")[0])
    assert "+ 1 repeat given as a cross-reference" in said
    # The PDF's and the web edition's colophons count the same passages.
    pdf = pdftotext(built / "dossier.pdf")
    assert [int(n) for n in re.findall(r"^\s*Passages\s+(\d+)\s*$", pdf, re.M)] == [passages]
    colophon = _page(built, "index.html").xpath("//section[@id='colophon']//tr")
    rows = {_text(tr.xpath("th")[0]): _text(tr.xpath("td")[0]) for tr in colophon}
    assert rows["Passages"] == str(passages)
    # Per article: the second article's repeat is named apart, and the coverage table agrees.
    second_id = dossier.articles[1].id
    second = page.xpath(f"//section[@id='clean-{second_id}']/p[1]")[0]
    own = sum(1 for b in dossier.articles[1].blocks if b.kind != m.XREF)
    assert f"; {own} passages and 1 repeat given as a cross-reference." in _text(second)
    total = page.xpath("//table[contains(@class,'coverage')]/tfoot//td[last()]")[0]
    assert _text(total) == str(passages)


def test_unbalanced_quote_note_says_which_mark_and_where(built):
    dossier = _dossier(built)
    block = next(b for b in dossier.blocks() if b.text and "مؤتمر صحفي" in b.text)
    assert [f.code for f in block.flags] == ["unbalanced-quotes"]
    at = block.text.index("”")
    flag = next(f for a in _report(built)["articles"] for f in a["flags"]
                if f["block"] == block.id)
    (mark,) = flag["marks"]
    assert {k: mark[k] for k in ("mark", "name", "role", "offset")} == {
        "mark": "”", "name": "right double quotation mark", "role": "opening", "offset": at}
    # A few words either side, cut at word boundaries, with an ellipsis where the text goes on.
    assert mark["before"].endswith("عقده أمس: ") and mark["before"].startswith("…")
    assert mark["before"][1:] in block.text and mark["before"][1] != " "
    assert mark["after"].startswith("إن التعاون بين البلدين") and mark["after"].endswith("…")
    row = _page(built, "report.html").xpath(
        f"//table[contains(@class,'flags')]/tbody/tr[.//a[@href='index.html#{block.id}']]")[0]
    where, source, note, context = (_text(td) for td in row.xpath("td"))
    label = f"§ 1.{block.id.rsplit('-', 1)[1].lstrip('0')}"
    assert where.startswith(label) and "article 1, paragraph" in where
    assert source.endswith(f"line {block.lines[0]}")
    assert (f"The ” (right double quotation mark) at character {at + 1} of {len(block.text)} "
            "is opened and never closed.") in note
    marked = row.xpath(".//mark[@class='unpaired']")
    assert [_text(x) for x in marked] == ["”"]
    assert "أمس:" in context.split("”")[0] and context.split("”")[1].startswith("إن التعاون")


@pytest.mark.parametrize(("text", "want"), [
    # Scraped Arabic opens and closes with ” alike: the third one is left open.
    ("قال ”نحن هنا” ثم أضاف ”إن البلد مستعد للحوار.", [("”", "opening", -1)]),
    # A closing mark with nothing open, after a word.
    ("وقال إن الحوار مستمر” في المنطقة.", [("”", "closing", 0)]),
    # English opens with “ and closes with ”; German opens with „ and closes with “.
    ("He said “yes and left.", [("“", "opening", 0)]),
    ("„Ja“ und „nein", [("„", "opening", -1)]),
    # A stray mark before the final full stop closes nothing that was opened.
    ("كازاخستان “.", [("“", "closing", 0)]),
    ("a (b c) d) e", [(")", "closing", -1)]),
    ("« un » et « deux", [("«", "opening", -1)]),
    ('say "hi" and "bye', [('"', "opening", -1)]),
    ("“كلها” متوازنة «تماما»", []),
])
def test_unpaired_marks(text, want):
    """``want``: the mark, how it is used, and which of its occurrences (0 the first, -1 the
    last) is the one without a partner."""
    found = [(u.mark, u.role, u.offset) for u in unpaired_marks(text)]
    at = [(mark, role, [i for i, ch in enumerate(text) if ch == mark][nth])
          for mark, role, nth in want]
    assert found == at


def test_unpaired_mark_context_starts_and_ends_at_words():
    text = "كلمة " * 30 + "”بداية الاقتباس " + "نص " * 30
    (u,) = unpaired_marks(text)
    assert u.before.startswith("…كلمة") and u.before.endswith("كلمة ")
    assert u.after.startswith("بداية الاقتباس") and u.after.endswith("نص…")


@needs_chromium
def test_name_variants_sit_under_their_own_column(site, browser):  # noqa: F811
    page = browser.open(site + "report.html", width=1280, height=900)
    try:
        cells = page.evaluate("""(() => {
            const table = document.querySelector('table.glossary-replacements');
            const heads = [...table.querySelectorAll('thead th')].map(th => {
                const r = document.createRange(); r.selectNodeContents(th);
                const b = r.getBoundingClientRect();
                return {name: th.textContent.trim(), left: b.left, right: b.right};
            });
            return [...table.querySelectorAll('tbody tr')].map(tr =>
                [...tr.children].map((td, i) => {
                    const r = document.createRange(); r.selectNodeContents(td);
                    const b = r.getBoundingClientRect();
                    return {head: heads[i], left: b.left, right: b.right,
                            next: heads[i + 1] || null};
                }));
        })()""")
    finally:
        page.close()
    assert len(cells) == 1  # the one variant of the dossier
    for cell in cells[0][1:3]:  # Found, Written as: Arabic names
        head, nxt = cell["head"], cell["next"]
        # The name overlaps its heading's span and stops before the next heading.
        assert cell["left"] < head["right"] and cell["right"] > head["left"], cell
        assert cell["right"] < nxt["left"], cell


def test_report_words_agree_with_their_numbers(built):
    text = _text(_page(built, "report.html"))
    assert not re.search(r"\w\((s|es)\)", text)
    assert "1 repeated passage merged" in text and "1 name variant unified" in text
    assert "1 editor’s note" in text  # the unbalanced quotation mark, the one defect
    assert (plural(1, "entry", "entries"), plural(2, "entry", "entries")) == ("entry", "entries")
