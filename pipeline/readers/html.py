"""HTML pages: trafilatura finds the article body and metadata; the rest of the page is chrome."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..decoding import decode
from ..errors import BadArticle
from .base import (
    Listing,
    RawArticle,
    Unit,
    caption_line,
    clean_meta,
    item_unit,
    one_article,
    row_unit,
)

# Stands for a line break (<br>, trafilatura's <lb/>) while an element's text is gathered: one
# is a space inside a paragraph, two or more in a row (whitespace between) end the paragraph.
_BR = "\x00"
_PARAGRAPH_BREAK = re.compile(rf"\s*{_BR}(?:\s*{_BR})+\s*")

# trafilatura's body: what starts a new block, and what is a line break.
_BODY_BLOCKS = frozenset({"head", "p", "quote", "item", "list", "row", "cell", "table", "code",
                          "graphic", "div"})
_BODY_UNITS = ("head", "p", "quote", "item", "row", "cell")
_HINTS = {"head": "heading", "quote": "quote", "item": "paragraph", "row": "paragraph",
          "cell": "paragraph"}

# A whole page, to list what the extractor left out.
_PAGE_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "button", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "input", "label", "li", "main", "nav",
    "ol", "option", "p", "pre", "section", "select", "summary", "table", "tbody", "td",
    "textarea", "tfoot", "th", "thead", "tr", "ul"})
_PAGE_SKIP = frozenset({"head", "script", "style", "noscript", "template", "iframe", "object"})


def read(path: Path, data: bytes) -> Listing:
    def parse() -> RawArticle:
        text, encoding = decode(data, path)
        return read_html(path, text, encoding)

    return one_article(path, data, parse)


def read_html(path: Path, text: str, encoding: str) -> RawArticle:
    import trafilatura

    today = dt.date.today().isoformat()
    try:
        doc = trafilatura.bare_extraction(
            text, output_format="python", include_comments=False, include_tables=True,
            include_formatting=False, favor_recall=True, with_metadata=True, as_dict=False,
            # htmldate reads the page's metadata first, its text only when that has no date;
            # what it fills in from a bare year or month is dropped below (``_stated``).
            date_extraction_params={"original_date": True, "extensive_search": True,
                                    "max_date": today},
        )
    except Exception as exc:  # trafilatura raises many lxml errors on broken pages
        raise BadArticle(f"cannot parse HTML ({exc.__class__.__name__})", path) from None
    if doc is None or getattr(doc, "body", None) is None:
        raise BadArticle("no article text found in the HTML page", path)
    root = _page_tree(text)  # the whole page, parsed once for all that reads it below
    units = _body_units(doc.body, _list_numbers(root))
    if not units:
        raise BadArticle("no article text found in the HTML page", path)
    meta = {}
    for key, attr in (("title", "title"), ("author", "author"), ("date", "date"),
                      ("source", "sitename"), ("url", "url")):
        value = getattr(doc, attr, None)
        if value:
            meta[key] = str(value)
    date = meta.pop("date", None)
    if date and _stated(date, text):
        meta["date"] = date
    lang = page_language(text)
    if lang:
        meta["lang"] = lang
    if meta.get("title"):
        meta["title"] = _post_title(text, meta["title"])
    meta = clean_meta(meta)
    blocks = _page_blocks(root)
    decks = _marked_decks(root)
    common = _container(root, units, meta.get("title"))
    units = _put_back(blocks, units, _left_out(blocks, units, meta), _figcaptions(root),
                      _left_out_prose(common, units), decks, meta.get("title"),
                      _fact_boxes(common))
    for unit in units:
        if unit.hint is None and unit.shape is None and " ".join(unit.text.split()) in decks:
            unit.hint = "deck"
    raw = RawArticle(path, encoding, "n/a", units, len(units), [], meta)
    raw.declared_by = "the page's lang attribute"
    raw.extractor_removed = _left_out(blocks, units, meta)
    return raw


def _page_tree(page: str):
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None


# The names sites give an article's standfirst: <p class="deck">, <div class="lead">...
_DECK_NAMES = re.compile(r"(?:^|[\s_-])(?:deck|dek|standfirst|lead|lede|summary|excerpt|subtitle"
                         r"|sub-?title|sub-?headline|teaser|chapeau|chapo)(?:$|[\s_-])",
                         re.IGNORECASE)


def _marked_decks(root) -> set[str]:
    """The texts of the elements a page names as the article's standfirst."""
    if root is None:
        return set()
    return {" ".join(el.text_content().split()) for el in root.iter("p", "div", "h2", "h3")
            if _DECK_NAMES.search(el.get("class") or "")
            and 0 < len(el.text_content().split()) <= 60}


def _figcaptions(root) -> set[str]:
    """The texts the page marks as a figure's caption (<figcaption>), as page blocks read."""
    if root is None:
        return set()
    return {b for el in root.iter("figcaption") for b in _blocks(el, _PAGE_BLOCKS, "br")}


# Where a page keeps what is not its article, by element or by the names sites give them.
_NOT_TEXT_TAGS = frozenset({"aside", "nav", "footer", "header", "form", "figure", "button",
                            "select", "noscript", "template"})
_NOT_TEXT_NAMES = re.compile(
    r"comment|related|share|sharing|social|author|bio\b|newsletter|subscri|promo|advert|\bads?\b"
    r"|sidebar|widget|footer|menu|nav|breadcrumb|tags?\b|cookie|consent|popup|modal|paywall"
    r"|recommend|most-read|popular|trending", re.IGNORECASE)
_PROSE_END = re.compile(r"[.!?؟۔…][\"”»'’)\]]*$")


def _container(root, units: list[Unit], title: str | None):
    """The element that holds the article's headline and all its paragraphs (their deepest
    common container), or None when that is the whole page."""
    if root is None:
        return None
    texts = {" ".join(u.text.split()) for u in units if u.shape is None}
    found = [el for el in root.iter("p", "h2", "h3", "h4", "li", "blockquote")
             if " ".join(el.text_content().split()) in texts]
    headline = " ".join((title or "").split())
    found += [el for el in root.iter("h1", "h2") if headline
              and " ".join(el.text_content().split()) == headline][:1]
    if len(found) < 2:
        return None
    chains = [list(el.iterancestors())[::-1] for el in found]
    common = None
    for level in zip(*chains, strict=False):
        if all(x is level[0] for x in level):
            common = level[0]
        else:
            break
    return None if common is None or common.tag in ("html", "body") else common


def _left_out_prose(common, units: list[Unit]) -> set[str]:
    """Paragraphs of the article the extractor stopped short of: a <p> of whole sentences in
    the article's container (``common``, from ``_container``), outside anything a page keeps
    its furniture in (an aside, a form, a figure, a "related" or "comments" box). trafilatura
    ends the text at a gallery or an embed, and the page's paragraph after it is still the
    article's."""
    if common is None:
        return set()
    texts = {" ".join(u.text.split()) for u in units if u.shape is None}
    out = set()
    for el in common.iter("p"):
        text = " ".join(el.text_content().split())
        if text in texts or len(text.split()) < 6 or not _PROSE_END.search(text):
            continue
        inside = list(el.iterancestors())
        inside = inside[:inside.index(common)] if common in inside else inside
        if any(a.tag in _NOT_TEXT_TAGS or _NOT_TEXT_NAMES.search(
                f"{a.get('class', '')} {a.get('id', '')}") for a in [el, *inside]):
            continue
        out.add(text)
    return out


# A box of the article's own figures, set beside its text: "infobox", "factbox", "key facts".
_FACT_BOX = re.compile(r"info-?box|fact-?box|fact-?file|key-?facts|at-a-glance|by-the-numbers"
                       r"|data-?box|stats-?box", re.IGNORECASE)


def _fact_boxes(common) -> dict[str, list[Unit]]:
    """The article's fact boxes the extractor drops with the <aside> around them: inside the
    article's container (``common``), a box its page names as one ("infobox", "factbox"),
    read as its heading and its table's rows. Keyed by the box's first page block, to stand
    where the page has it."""
    if common is None:
        return {}
    out: dict[str, list[Unit]] = {}
    for box in common.iter("aside", "div", "section", "figure"):
        if not _FACT_BOX.search(f"{box.get('class', '')} {box.get('id', '')}"):
            continue
        pieces: list[Unit] = []
        for el in box.iter("h2", "h3", "h4", "tr"):
            if el.tag == "tr":
                cells = [" ".join(c.text_content().split()) for c in el.iter("td", "th")]
                heads = [c.tag == "th" for c in el.iter("td", "th")]
                row = row_unit(cells, [], len(heads) > 1 and all(heads))
                if row is not None:
                    pieces.append(row)
            elif " ".join(el.text_content().split()):
                pieces.append(Unit(" ".join(el.text_content().split()), [], "heading"))
        blocks = _blocks(box, _PAGE_BLOCKS, "br", _PAGE_SKIP)
        if pieces and blocks:
            out[blocks[0]] = pieces
    return out


def _put_back(blocks: list[str], units: list[Unit], left_out: list[str],
              figcaptions: set[str] = frozenset(), prose: set[str] = frozenset(),
              decks: set[str] = frozenset(), title: str | None = None,
              boxes: dict[str, list[Unit]] | None = None) -> list[Unit]:
    """The article's units with what the extractor dropped put back where the page has it:
    its paragraphs the extractor stopped short of (``prose``), and the photo captions (it
    leaves out <figure>, and its <figcaption> with it): a left-out block that reads as a
    caption or is a <figcaption>, standing between two blocks of the article's text (a
    sidebar's thumbnails stand outside it), or between the headline and the text (the lead
    photo), as the standfirst the page names (``decks``) may; and the fact boxes (``boxes``,
    by their first block) within the text. A "line" of a page is a unit's place, so the units
    are numbered again."""
    flat = {" ".join(u.text.split()): n for n, u in enumerate(units)}
    at = [flat.get(b) for b in blocks]  # for each page block: the unit it is, if any
    inside = [k for k, n in enumerate(at) if n is not None]
    if not inside:
        return units
    headline = " ".join((title or "").split())
    top = next((k for k in range(inside[0]) if headline and blocks[k] == headline), inside[0])
    back = [k for k, b in enumerate(blocks) if k > inside[0] and b in left_out and b in prose]
    end = max([inside[-1], *back])
    after: dict[int, list[Unit]] = {}
    boxed: set[int] = set()  # a box's blocks, put back whole with its first
    for k, block in enumerate(blocks):
        if boxes and inside[0] < k < end and block in boxes and block in left_out \
                and k not in boxed:
            pieces = boxes[block]
            texts = {p.text for p in pieces} | {c for p in pieces for c in p.cells or []}
            boxed.update(j for j in range(k, len(blocks)) if blocks[j] in texts)
            before = next((at[j] for j in range(k - 1, -1, -1) if at[j] is not None), -1)
            after.setdefault(before, []).extend(pieces)
            continue
        if k in boxed:
            continue
        if k in back:
            piece = Unit(block, [], None)
        elif top < k < inside[0] and block in left_out and block in decks:
            piece = Unit(block, [], "deck")
        elif top < k < end and block in left_out and (
                (k > inside[0] and caption_line(block)) or block in figcaptions):
            piece = Unit(block, [], "paragraph", shape="caption")
        else:
            continue
        before = next((at[j] for j in range(k - 1, -1, -1) if at[j] is not None), -1)
        after.setdefault(before, []).append(piece)
    if not after:
        return units
    out: list[Unit] = list(after.get(-1, []))
    for n, unit in enumerate(units):
        out.append(unit)
        out.extend(after.get(n, []))
    for n, unit in enumerate(out, start=1):
        unit.lines = [n]
    return out


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*",
                        re.IGNORECASE)
_META_LANG = re.compile(
    r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*"
    r"[\"']?\s*([A-Za-z]{2,3})\b", re.IGNORECASE)


def page_language(html: str) -> str | None:
    """The language the page declares: ``<html lang>``, else a Content-Language meta tag."""
    head = html[:20000]
    found = _HTML_LANG.search(head) or _META_LANG.search(head)
    return found.group(1).lower() if found else None


def _body_units(body, numbers: dict[str, int] | None = None) -> list[Unit]:
    """One unit per paragraph of trafilatura's body, in order; a table row is one unit, its
    cells joined by " | " (a cell is never a heading of its own). A list inside a list item
    gives items one level deeper; an ordered item's number is the page's (``numbers``, by
    the item's text), as trafilatura keeps whether a list is numbered, not from where."""
    units: list[Unit] = []
    taken: set = set()
    for el in body.iter(*_BODY_UNITS):
        if any(a in taken and not (el.tag == "item" and a.tag == "item")
               for a in el.iterancestors()):
            continue  # inside a quote or row already read as a whole
        taken.add(el)
        if el.tag == "row":
            cells = [" ".join(_blocks(c, _BODY_BLOCKS, "lb")) for c in el.iter("cell")]
            heads = [c.get("role") == "head" for c in el.iter("cell")]
            row = row_unit(cells, [len(units) + 1], bool(heads) and all(heads))
            if row is not None:
                units.append(row)
            continue
        # An item's own text: a list inside it gives items of its own.
        pieces = _blocks(el, _BODY_BLOCKS, "lb", frozenset({"list"}) if el.tag == "item"
                         else frozenset())
        for j, piece in enumerate(pieces):
            if not piece:
                continue
            n = [len(units) + 1]
            if el.tag == "item" and j == 0:
                # The first paragraph of a list item carries its marker.
                ordered = el.getparent() is not None and el.getparent().get("rend") == "ol"
                number = (numbers or {}).get(piece) or \
                    sum(1 for x in el.itersiblings("item", preceding=True)) + 1
                level = sum(1 for a in el.iterancestors("list")) - 1
                units.append(item_unit(piece, n, f"{number}." if ordered else "•", ordered,
                                       max(level, 0)))
            elif el.tag == "p" and caption_line(piece):
                units.append(Unit(piece, n, "paragraph", shape="caption"))
            else:
                units.append(Unit(piece, n, _HINTS.get(el.tag)))
    return units


def _list_numbers(root) -> dict[str, int]:
    """The number the page gives each item of its numbered lists, by the item's first
    paragraph: ``<ol start="4">``, ``<li value="9">`` and ``<ol reversed>`` as a browser
    counts them. An item text that two lists number differently is left out."""
    if root is None:
        return {}
    found: dict[str, int | None] = {}
    for ol in root.iter("ol"):
        items = [li for li in ol.iterchildren("li")]
        backwards = ol.get("reversed") is not None
        n = _integer(ol.get("start"), len(items) if backwards else 1)
        for li in items:
            n = _integer(li.get("value"), n)
            first = next(iter(_blocks(li, _PAGE_BLOCKS, "br", _PAGE_SKIP | {"ol", "ul"})), "")
            if first:
                found[first] = n if found.get(first, n) == n else None
            n += -1 if backwards else 1
    return {text: n for text, n in found.items() if n is not None}


def _integer(value: str | None, default: int) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return default


def _blocks(root, block_tags, break_tag: str, skip_tags=frozenset()) -> list[str]:
    """The text of ``root`` as paragraphs: a new one at each block element and at two or more
    line breaks in a row; a single line break is a space, so words are never glued."""
    from lxml import etree

    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        for para in _PARAGRAPH_BREAK.split("".join(buf)):
            para = " ".join(para.replace(_BR, " ").split())
            if para:
                out.append(para)
        buf.clear()

    skipping = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else None  # None: comment, PI
        if event == "start":
            if skipping or tag is None or tag in skip_tags:
                skipping += 1
                continue
            if tag in block_tags:
                flush()
            if tag == break_tag:
                buf.append(_BR)
            if el.text:
                buf.append(el.text)
        else:
            if skipping:
                skipping -= 1
                if skipping:
                    continue
            elif tag in block_tags:
                flush()
            if el.tail and el is not root:
                buf.append(el.tail)
    flush()
    return out


def page_blocks(text: str) -> list[str]:
    """Visible text blocks of the whole page, to list what the extractor left out."""
    return _page_blocks(_page_tree(text))


def _page_blocks(root) -> list[str]:
    if root is None:
        return []
    return list(dict.fromkeys(_blocks(root, _PAGE_BLOCKS, "br", _PAGE_SKIP)))


_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# How a page's <title> joins the site's name and the article's: "Blog: Post", "Post | Site".
_TITLE_PARTS = re.compile(r"\s+[|»–—·-]\s+|\s*::\s*|:\s+")


def _post_title(page: str, title: str) -> str:
    """The article's headline when the extractor took the site's name for it: the <title> is
    "Site: Post" (Blogger) or "Post | Site", the extractor's title is one part, and the
    headings of the page (h1-h3) read as parts of it; the article's is the last such heading
    before the page's first paragraph of text (the site's name heads the page, far above)."""
    import html as html_lib

    from lxml import html as lxml_html

    found = _TITLE_TAG.search(page[:50000])
    if not found:
        return title
    flat = lambda s: " ".join(s.split()).casefold()  # noqa: E731
    parts = [flat(p) for p in _TITLE_PARTS.split(html_lib.unescape(found.group(1))) if p.strip()]
    if len(parts) < 2 or flat(title) not in parts:
        return title
    try:
        root = lxml_html.fromstring(page)
    except Exception:  # lxml raises several errors on broken pages; keep the extractor's
        return title
    nearest = None
    for el in root.iter("h1", "h2", "h3", "p"):
        text = " ".join(el.text_content().split())
        if el.tag == "p":
            if len(text.split()) >= 8:
                break
        elif text and flat(text) in parts:
            nearest = text
    return nearest or title


def _left_out(blocks: list[str], units: list[Unit], meta: dict[str, str]) -> list[str]:
    """The page's blocks that are not in the article: compared as whole paragraphs (or table
    cells) on collapsed whitespace, so kept text is never listed as removed."""
    kept = {" ".join(u.text.split()) for u in units} | set(meta.values())
    kept |= {cell for u in units if u.hint == "paragraph" for cell in u.text.split(" | ")}
    body = "\n".join(kept)
    # A block of a few words is kept only if it is a whole paragraph or cell; a longer one
    # also when it is part of one (the extractor may join what the page split).
    return [b for b in blocks if b not in kept and not (len(b.split()) >= 4 and b in body)]


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def _stated(date: str, page: str) -> bool:
    """Whether ``date`` (YYYY-MM-DD) is a date the page states rather than one filled in: the
    date finders give a bare year as YYYY-01-01 and a month as its first day, so a date on
    the 1st counts only when the page writes it out in full (2024-05-01, 1/5/2024...)."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date)
    if not match:
        return False
    year, month, day = match.groups()
    if day != "01":
        return True
    page = page.translate(_DIGITS)
    m, d = f"0?{int(month)}", f"0?{int(day)}"
    sep = r"\s*[-/.]\s*"
    return re.search(rf"(?<!\d){year}{sep}{m}{sep}{d}(?!\d)|(?<!\d){d}{sep}{m}{sep}{year}(?!\d)",
                     page) is not None
