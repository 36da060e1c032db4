"""Page breaks the CSS alone does not get right, found in the laid-out pages and fixed in the HTML.

WeasyPrint keeps ``break-after: avoid`` and ``break-inside: avoid`` only while it can: a heading
whose next passage is kept whole and does not fit stays alone at the foot of a page (or, moved,
alone on a page), and a passage number in the parallel layout's middle cell stays at the foot
while its paragraphs, held back by ``orphans``, start the next page. A passage kept whole that
does not fit the rest of a narrow page leaves the page half empty. So after a layout
(``settle`` in ``hyphenate.py`` runs this after each one):

- a passage whose number or heading ends a page while its text (or the next passage) starts
  the next page, or a heading split across a page turn, starts the next page itself
  (``data-break="page"``); so does a heading left alone on a page it already starts;
- a passage kept whole that starts a page, leaving the page before it less than
  ``FILL`` full, or the article's first page with none of its body, may be split
  (``data-split``).

A passage is split at once; a page break is added once no passage is to be split, the first in
each article per layout (the ones after it move with it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex as re

FILL = 0.7  # a page stopping above this share of its height, with a passage kept whole after it


@dataclass
class _Unit:
    anchor: str
    classes: set[str]
    article: str | None
    order: int
    broken: bool = False  # already marked to start a page
    split: bool = False  # already marked as splittable
    num_pages: set[int] = field(default_factory=set)
    text_pages: set[int] = field(default_factory=set)
    head_pages: set[int] = field(default_factory=set)


def _units(document: Any) -> tuple[list[_Unit], dict[int, float], dict[str, set[int]]]:
    """The passages in order with the pages their number and text are on; each page's fill
    (bottom of its last line over the content height); each article's header pages."""
    from weasyprint.formatting_structure import boxes as B

    units: dict[str, _Unit] = {}
    fill: dict[int, float] = {}
    heads: dict[str, set[int]] = {}

    def walk(box: Any, ctx: tuple[str | None, _Unit | None, bool, bool], page: int,
             bottom: list[float]) -> None:
        article, unit, in_num, in_head = ctx
        element = getattr(box, "element", None)
        if element is not None and not isinstance(box, B.TextBox):
            classes = set((element.get("class") or "").split())
            if "article" in classes and element.tag == "section":
                article = element.get("id") or article
            if "article-head" in classes:
                in_head = True
            anchor = element.get("id")
            # a passage, or a table's row (the table's block has no anchor of its own)
            if anchor and (classes & {"pair", "block"} or element.tag == "tr") and unit is None:
                unit = units.get(anchor)
                if unit is None:
                    unit = units[anchor] = _Unit(
                        anchor, classes, article, len(units),
                        element.get("data-break") is not None,
                        element.get("data-split") is not None)
            if "num" in classes:
                in_num = True
        if isinstance(box, B.LineBox):
            bottom.append(box.position_y + box.height)
            if in_head and article:
                heads.setdefault(article, set()).add(page)
            if unit is not None:
                (unit.num_pages if in_num else unit.text_pages).add(page)
            return
        for child in getattr(box, "children", None) or []:
            walk(child, (article, unit, in_num, in_head), page, bottom)

    for i, page in enumerate(document.pages):
        root = page._page_box
        bottom: list[float] = []
        for child in root.children:
            if type(child).__name__ == "MarginBox":
                continue
            walk(child, (None, None, False, False), i, bottom)
        top = root.margin_top
        height = root.margin_height() - root.margin_top - root.margin_bottom
        fill[i] = (max(bottom) - top) / height if bottom and height > 0 else 0.0
    return sorted(units.values(), key=lambda u: u.order), fill, heads


def page_faults(document: Any) -> tuple[set[str], set[str], set[str]]:
    """(passages to start a new page, passages that may be split, passages whose page break
    a split makes stale) in ``document``."""
    units, fill, heads = _units(document)
    breaks: dict[str, str] = {}  # article -> its first passage to move
    splits: set[str] = set()
    for k, u in enumerate(units):
        nxt = units[k + 1] if k + 1 < len(units) else None
        same = nxt is not None and nxt.article == u.article
        if not u.text_pages and not u.num_pages:
            continue
        first_text = min(u.text_pages) if u.text_pages else None
        lone_number = u.num_pages and first_text is not None and min(u.num_pages) < first_text
        heading_alone = ("kind-heading" in u.classes and same and u.text_pages
                         and nxt.text_pages and max(u.text_pages) < min(nxt.text_pages))
        # a heading split across a page turn (its source at the foot, its English over it)
        split_heading = "kind-heading" in u.classes and len(u.text_pages | u.num_pages) > 1
        if (lone_number or heading_alone or split_heading) and not u.broken:
            page = min(u.num_pages | u.text_pages)
            at_top = k > 0 and units[k - 1].article == u.article and (
                units[k - 1].text_pages or units[k - 1].num_pages) and max(
                units[k - 1].text_pages | units[k - 1].num_pages) < page
            if heading_alone and "short" in nxt.classes and not nxt.split and \
                    "kind-heading" not in nxt.classes:
                splits.add(nxt.anchor)  # the passage after it gives way, the page stays full
            elif (not at_top or heading_alone) and u.article not in breaks:
                # A heading already at the top of its page is marked too: WeasyPrint, having
                # moved it there for its break-after: avoid, will not start the passage after
                # it on that page, while after a forced break it does.
                breaks[u.article or ""] = u.anchor
        # a passage kept whole that starts a page after a page stopped short
        # (a heading is never split: its two halves would face different pages)
        if "short" in u.classes and "kind-heading" not in u.classes and not u.split and \
                u.text_pages and k > 0:
            start = min(u.text_pages | u.num_pages)
            prev = units[k - 1]
            before: _Unit | None = prev
            if "kind-heading" in prev.classes and min(prev.text_pages | prev.num_pages or {-1}) \
                    == start:
                before = units[k - 2] if k > 1 else None  # its heading went with it
            if before is not None and before.article == u.article and (
                    before.text_pages | before.num_pages) and max(
                    before.text_pages | before.num_pages) == start - 1 and fill.get(
                    start - 1, 1) < FILL:
                splits.add(u.anchor)
            elif (before is None or before.article != u.article) and u.article in heads and \
                    max(heads[u.article]) < start:
                splits.add(u.anchor)  # the article's first page holds only its header
    # Splits first: they move what follows, and a page break is only right for the layout it
    # was found in. So a split also takes back the page breaks marked after it in its
    # article, to be found again (or not) in the next layout.
    first_split: dict[str | None, int] = {}
    for u in units:
        if u.anchor in splits:
            first_split.setdefault(u.article, u.order)
    stale = {u.anchor for u in units if u.broken and u.article in first_split
             and u.order > first_split[u.article]}
    return (set() if splits else set(breaks.values())), splits, stale


def _mark(html: str, anchors: set[str], attribute: str) -> str:
    if not anchors:
        return html
    pattern = re.compile(r'<(div|li)( [^>]*?)\bid="(' + "|".join(map(re.escape, anchors))
                         + r')"')
    return pattern.sub(lambda m: f'<{m.group(1)}{m.group(2)}{attribute} id="{m.group(3)}"',
                       html)


def _unmark(html: str, anchors: set[str], attribute: str) -> str:
    if not anchors:
        return html
    pattern = re.compile(r'<(div|li)( [^>]*?)\bid="(' + "|".join(map(re.escape, anchors))
                         + r')"')
    return pattern.sub(lambda m: m.group(0).replace(attribute, "", 1), html)


def fix_pages(html: str, document: Any) -> str:
    """``html`` with the page faults of its layout ``document`` marked for the next layout."""
    breaks, splits, stale = page_faults(document)
    html = _unmark(html, stale, 'data-break="page" ')
    html = _mark(html, breaks, 'data-break="page" ')
    return _mark(html, splits, "data-split ")


PX_PER_PT = 4 / 3


def loose_paragraphs(document: Any, max_gap_pt: float) -> set[str]:
    """The passages (anchors) with a justified right-to-left line whose spaces were widened
    beyond ``max_gap_pt`` (WeasyPrint's justification spacing plus the space itself)."""
    from weasyprint.formatting_structure import boxes as B

    found: set[str] = set()

    def walk(box: Any, unit: str | None, rtl: bool) -> None:
        element = getattr(box, "element", None)
        if element is not None and not isinstance(box, B.TextBox):
            classes = (element.get("class") or "").split()
            if element.get("id") and {"pair", "block"} & set(classes) and unit is None:
                unit = element.get("id")
            if element.tag == "p":
                rtl = element.get("dir") == "rtl" and "src" in classes
        if isinstance(box, B.LineBox):
            if rtl and unit is not None:
                for t in box.descendants():
                    extra = getattr(t, "justification_spacing", 0) or 0
                    if isinstance(t, B.TextBox) and extra:
                        space = t.style["font_size"] * 0.25  # Amiri's space, about a quarter em
                        if (extra + space) / PX_PER_PT > max_gap_pt:
                            found.add(unit)
                            break
            return
        for child in getattr(box, "children", None) or []:
            walk(child, unit, rtl)

    for page in document.pages:
        walk(page._page_box, None, False)
    return found


def gap_fixer(max_gap_pt: float):
    """A fixer for ``settle``: passages with too loose a right-to-left line are set flush to
    their start edge (``data-ragged``)."""
    def fix(html: str, document: Any) -> str:
        loose = loose_paragraphs(document, max_gap_pt)
        loose = {a for a in loose if not re.search(
            r'data-ragged [^>]*id="' + re.escape(a) + '"', html)}
        return _mark(html, loose, "data-ragged ")

    return fix
