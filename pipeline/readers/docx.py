"""Word clippings (.docx): one article per file, read with python-docx from the document's XML.

A "line" of a Word document is one paragraph of its body, or one row of a table (its cells
joined by " | "), numbered 1..n in document order; an empty paragraph is a blank line. Text is
taken as Word stores it, in logical order, so a right-to-left paragraph (w:bidi) needs nothing
special. What the paragraph styles say becomes the unit's hint: "Heading N" (or an outline
level) a heading, "Quote"/"Intense Quote" a quote, list paragraphs and table rows body text.

The first "Title"-style paragraph is the article's title wherever the clipping puts it (a
rubric or a source line above it is common): it becomes the first unit, a heading, and the
metadata title; without one, the document's title property is the metadata title, used by the
cleaner only when the text opens with no title of its own.

Metadata comes from the document's core properties, which describe the clipping, not the
article: its author is whoever made the file (a monitoring desk's account, more often than the
journalist) and its creation date the day the clipping was made. So they are kept as the
copy's ``captured_by`` and ``captured`` (shown as "saved <date> by <who>"), never as the
article's author and date, which come from its byline and date line; placeholders a program
writes ("python-docx", "Microsoft Office User"...) are dropped. ``lang`` is the language
property.

Headers, footers, footnotes, endnotes, comments, text boxes and tracked deletions are not the
article's body: their text is listed in ``extractor_removed`` (each with what it was), so the
report shows it and nothing vanishes.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

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

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _TR, _TC, _T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("t")
# Containers whose children are the body's own blocks (content controls, custom XML).
_BLOCK_WRAPPERS = {_w("sdt"), _w("sdtContent"), _w("customXml")}
# Text Word shows for an element of a run.
_INLINE_TEXT = {_w("tab"): "\t", _w("ptab"): "\t", _w("br"): "\n", _w("cr"): "\n",
                _w("noBreakHyphen"): "-"}
# Parts of a run or paragraph that hold no shown text: field codes, properties, deleted text
# (read separately), the second copy of alternate content.
_NOT_SHOWN = {_w("instrText"), _w("delInstrText"), _w("pPr"), _w("rPr"), _w("delText"),
              f"{{{_MC}}}Fallback"}

# Authors a program writes when nobody set one: not the journalist.
_PLACEHOLDER_AUTHORS = frozenset({
    "python-docx", "microsoft office user", "windows user", "administrator", "admin", "user",
    "owner", "author", "unknown", "пользователь", "مستخدم"})
_PLACEHOLDER_TITLES = frozenset({"python-docx", "document", "untitled"})

# Parts of the package that are not the body, and what the report calls their text.
_OTHER_PARTS = (
    (re.compile(r"^/word/header\d*\.xml$"), "header"),
    (re.compile(r"^/word/footer\d*\.xml$"), "footer"),
    (re.compile(r"^/word/footnotes\.xml$"), "footnote"),
    (re.compile(r"^/word/endnotes\.xml$"), "endnote"),
    (re.compile(r"^/word/comments\.xml$"), "comment"),
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read(path: Path, data: bytes) -> Listing:
    return one_article(path, data, lambda: read_docx(path, data))


def read_docx(path: Path, data: bytes) -> RawArticle:
    doc = _open(path, data)
    styles = _Styles(doc)
    units: list[Unit] = []
    blanks: list[int] = []
    removed: list[str] = []
    title: Unit | None = None
    n = 0
    numbering = _Numbering(doc)
    for el in _blocks(doc.element.body):
        n += 1
        if el.tag == _P:
            text = _para_text(el, removed)
            hint = styles.hint(el)
        else:  # a table row
            unit = _row_unit(el, removed, n)
            if unit is None:
                blanks.append(n)
            else:
                units.append(unit)
            continue
        if not text:
            blanks.append(n)
            continue
        if hint == "paragraph" and (listed := numbering.marker(el, styles)) is not None:
            units.append(item_unit(text, [n], *listed))
            continue
        if hint is None and caption_line(text) or hint == "caption":
            units.append(Unit(text, [n], "paragraph", shape="caption"))
            continue
        unit = Unit(text, [n], "heading" if hint == "title" else hint)
        if hint == "title" and title is None:
            title = unit
        else:
            units.append(unit)
    if title is not None:
        units.insert(0, title)
    if not units:
        raise BadArticle("empty Word document: no text in its body", path)
    removed.extend(_other_parts(doc))
    meta = _meta(doc.core_properties, title)
    raw = RawArticle(path, "DOCX (UTF-8 XML)", "n/a", units, n, blanks, clean_meta(meta))
    raw.declared_by = "the Word document's language property"
    raw.extractor_removed = list(dict.fromkeys(removed))
    return raw


def _open(path: Path, data: bytes):
    """The python-docx Document, or a one-line BadArticle saying what the file is instead."""
    import docx

    if data.startswith(_OLE):
        raise BadArticle("an old Word document (.doc) named .docx: not read; save it as .docx "
                         "or .txt", path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BadArticle("not a Word document: a .docx is a ZIP archive and this file is not "
                         "one (damaged, or another format)", path) from None
    if not any(re.fullmatch(r"word/document\d*\.xml", n) for n in names):
        raise BadArticle("not a Word document: a ZIP archive without word/document.xml", path)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        detail = " ".join(str(exc).split())[:120]
        raise BadArticle(f"damaged Word document ({exc.__class__.__name__}: {detail})",
                         path) from None


def _blocks(parent):
    """The body's paragraphs and table rows in document order (through content controls); a
    nested table is read as part of its cell."""
    for child in parent:
        if child.tag == _P:
            yield child
        elif child.tag == _TBL:
            yield from _rows(child)
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _blocks(child)


def _rows(tbl):
    for child in tbl:
        if child.tag == _TR:
            yield child
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _rows(child)


def _own(el, tag: str, stop: str):
    """The ``tag`` descendants of ``el`` that belong to it, not to a nested ``stop`` element."""
    for found in el.iter(tag):
        up = found.getparent()
        while up is not None and up is not el and up.tag != stop:
            up = up.getparent()
        if up is el:
            yield found


def _row_unit(tr, removed: list[str], n: int) -> Unit | None:
    cells = []
    for tc in _own(tr, _TC, _TR):
        # A cell's paragraphs, its nested tables' included, as one piece of text.
        cells.append(" ".join(t for p in _own(tc, _P, _TC) if (t := _para_text(p, removed))))
    # A row Word repeats at the top of each page (w:tblHeader) heads its table.
    trpr = tr.find(_w("trPr"))
    header = trpr is not None and trpr.find(_w("tblHeader")) is not None
    return row_unit(cells, [n], header)


class _Numbering:
    """The numbers and bullets Word draws before list paragraphs, from numbering.xml: each
    list (w:numId) counts its levels from their start, a level restarting when one above it
    moves on. A style's list ("List Number") counts the same way."""

    def __init__(self, doc):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # -> fmt, text, start
        self.counters: dict[str, list[int]] = {}
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is None:
            return
        abstract = {a.get(_w("abstractNumId")): a for a in root.iter(_w("abstractNum"))}
        for num in root.iter(_w("num")):
            ref = num.find(_w("abstractNumId"))
            definition = abstract.get(ref.get(_w("val")) if ref is not None else None)
            if definition is None:
                continue
            starts = {o.get(_w("ilvl")): o.find(_w("startOverride"))
                      for o in num.iter(_w("lvlOverride"))}
            for lvl in definition.iter(_w("lvl")):
                ilvl = lvl.get(_w("ilvl")) or "0"
                fmt = _val(lvl.find(_w("numFmt"))) or "decimal"
                text = _val(lvl.find(_w("lvlText"))) or ""
                start = _val(starts.get(ilvl)) or _val(lvl.find(_w("start"))) or "1"
                self.levels[num.get(_w("numId")), int(ilvl)] = (
                    fmt, text, int(start) if start.isdigit() else 1)

    def marker(self, p, styles: _Styles) -> tuple[str, bool] | None:
        """(marker, ordered) for a list paragraph, counting it; None when it is not one."""
        num_id, ilvl, name = styles.numbering(p)
        if num_id is None:
            if not name.startswith("list"):
                return None
            # A list style without a numbering definition: its name says which kind.
            num_id, fmt, text, start = f"style:{name}", "decimal" if "number" in name \
                else "bullet", "%1.", 1
        elif num_id == "0" or (num_id, ilvl) not in self.levels:
            return None  # numbering switched off for this paragraph
        else:
            fmt, text, start = self.levels[num_id, ilvl]
        count = self.counters.setdefault(num_id, [])
        while len(count) <= ilvl:
            count.append(0)
        del count[ilvl + 1:]
        count[ilvl] += 1
        if fmt in ("bullet", "none"):
            return "•", False
        number = {i: self._start(num_id, i) + c - 1 for i, c in enumerate(count)}
        marker = re.sub(r"%(\d)", lambda m: str(number.get(int(m[1]) - 1, 1)), text).strip()
        return (marker or f"{number[ilvl]}."), True

    def _start(self, num_id: str, ilvl: int) -> int:
        return self.levels.get((num_id, ilvl), ("", "", 1))[2]


def _val(el) -> str | None:
    return el.get(_w("val")) if el is not None else None


def _para_text(p, removed: list[str]) -> str:
    """The text Word shows for a paragraph, on one line. Text boxes anchored in it and tracked
    deletions go to ``removed``."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_SHOWN:
                if tag == _w("delText") and (child.text or "").strip():
                    removed.append(f"deleted text (tracked change): {child.text.strip()}")
                continue
            if tag == _w("txbxContent"):
                box = " ".join(t for q in child.iter(_P) if (t := _para_text(q, removed)))
                if box:
                    removed.append(f"text box: {box}")
                continue
            if tag == _w("del"):
                deleted = "".join(t.text or "" for t in child.iter(_w("delText"))).strip()
                if deleted:
                    removed.append(f"deleted text (tracked change): {deleted}")
                continue
            if tag == _T:
                out.append(child.text or "")
            elif tag in _INLINE_TEXT:
                out.append(_INLINE_TEXT[tag])
            elif tag == _P:  # a paragraph inside one: only text boxes hold them, read above
                continue
            walk(child)

    walk(p)
    return " ".join("".join(out).split())


class _Styles:
    """What a paragraph's style (and the styles it is based on) says it is."""

    def __init__(self, doc):
        self.by_id: dict[str, tuple[str, str | None, object]] = {}
        self.default: str | None = None
        for st in doc.styles.element.iter(_w("style")):
            if st.get(_w("type")) != "paragraph":
                continue
            sid = st.get(_w("styleId"))
            name = st.find(_w("name"))
            based = st.find(_w("basedOn"))
            self.by_id[sid] = ((name.get(_w("val")) if name is not None else sid or "").lower(),
                               based.get(_w("val")) if based is not None else None,
                               st.find(_w("pPr")))
            if st.get(_w("default")) in ("1", "true", "on"):
                self.default = sid

    def _chain(self, sid: str | None):
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            name, based, ppr = self.by_id[sid]
            yield sid.lower(), name, ppr
            sid = based

    def hint(self, p) -> str | None:
        """"title", "heading", "quote", "paragraph" (list items), "caption" or None."""
        ppr = p.find(_w("pPr"))
        pstyle = ppr.find(_w("pStyle")) if ppr is not None else None
        sid = pstyle.get(_w("val")) if pstyle is not None else self.default
        chain = list(self._chain(sid))
        names = [name for _, name, _ in chain] + [s for s, _, _ in chain]
        if any(n == "title" for n in names):
            return "title"
        if any(re.fullmatch(r"heading ?\d", n) for n in names) or self._outline(ppr, chain):
            return "heading"
        if any(n in ("quote", "intense quote", "intensequote") for n in names):
            return "quote"
        numbered = any(x is not None and x.find(_w("numPr")) is not None
                       for x in [ppr, *(s_ppr for _, _, s_ppr in chain)])
        if numbered or any(n.startswith("list") for n in names):
            return "paragraph"
        if any(n == "caption" for n in names):
            return "caption"
        return None

    def numbering(self, p) -> tuple[str | None, int, str]:
        """The paragraph's list (w:numId) and level, its own or its style's, and its style's
        name."""
        ppr = p.find(_w("pPr"))
        pstyle = ppr.find(_w("pStyle")) if ppr is not None else None
        sid = pstyle.get(_w("val")) if pstyle is not None else self.default
        chain = list(self._chain(sid))
        num_id, ilvl = None, None
        for x in [ppr, *(s_ppr for _, _, s_ppr in chain)]:
            numpr = x.find(_w("numPr")) if x is not None else None
            if numpr is None:
                continue
            if num_id is None:
                num_id = _val(numpr.find(_w("numId")))
            if ilvl is None:
                ilvl = _val(numpr.find(_w("ilvl")))
        level = int(ilvl) if ilvl and ilvl.isdigit() else 0
        return num_id, level, chain[0][1] if chain else ""

    @staticmethod
    def _outline(ppr, chain) -> bool:
        """An outline level 1-9 (0-8 in the XML; 9 is body text): a heading by another name."""
        for x in [ppr, *(s_ppr for _, _, s_ppr in chain)]:
            level = x.find(_w("outlineLvl")) if x is not None else None
            if level is not None:  # the nearest setting wins
                value = level.get(_w("val")) or ""
                return value.isdigit() and int(value) < 9
        return False


def _other_parts(doc) -> list[str]:
    """The text of headers, footers, notes and comments: page furniture and annotations,
    listed with what each is."""
    from lxml import etree

    out: list[str] = []
    for part in sorted(doc.part.package.iter_parts(), key=lambda p: str(p.partname)):
        name = str(part.partname)
        what = next((w for rx, w in _OTHER_PARTS if rx.match(name)), None)
        if what is None:
            continue
        try:
            root = part.element if hasattr(part, "element") else etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            out.append(f"{what}: unreadable XML in {name}")
            continue
        if what in ("header", "footer"):
            pieces = [" ".join(t for p in root.iter(_P) if (t := _para_text(p, out)))]
        else:
            # One entry per note or comment (w:footnote, w:endnote, w:comment).
            pieces = [" ".join(t for p in note.iter(_P) if (t := _para_text(p, out)))
                      for note in root.iter(_w(what))]
        out.extend(f"{what}: {text}" for text in pieces if text)
    return out


def _meta(props, title: Unit | None) -> dict[str, str]:
    meta: dict[str, str] = {}
    author = (props.author or "").strip()
    if author and author.casefold() not in _PLACEHOLDER_AUTHORS:
        meta["captured_by"] = author
    if title is not None:
        meta["title"] = title.text
    elif (props.title or "").strip().casefold() not in _PLACEHOLDER_TITLES:
        meta["title"] = props.title.strip()
    lang = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s*$)", props.language or "")
    if lang:
        meta["lang"] = lang.group(1).lower()
    if props.created is not None:
        meta["captured"] = props.created.date().isoformat()
    return meta
