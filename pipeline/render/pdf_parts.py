"""A big dossier's PDF, laid out a few articles at a time and joined into one file.

WeasyPrint keeps every page of a document in memory until the PDF is written (about 1.2 MB
a page here; 1.3 GB for 200 articles), and its authors point to laying out in parts for big
documents. Articles start on a new page, so parts join without changing a line break. What
one WeasyPrint run would have done across parts is done here:

- page numbers: each part's first page is numbered from where the previous part ended
  (``page_start``, a CSS ``counter-reset``);
- page references ("p. 57" in the contents and cross-references) to another part: the number
  is written into the link as ``data-page``. Cross-references point back to the first
  occurrence, so their pages are known when a part is laid out; the front matter (contents)
  is laid out once more at the end with every page known;
- links to another part: WeasyPrint drops links whose anchor is not in its document, so they
  are added to the joined PDF as link annotations (pypdf), at the same place on the page;
- bookmarks and named destinations are carried over by pypdf's ``append``.

What is lost: accessibility tags (pypdf cannot join structure trees), so a PDF made in parts
is untagged (the README says so). Parts stay small enough that peak memory is a part's, not
the dossier's.
"""

from __future__ import annotations

import gc
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PipelineError

PX_TO_PT = 0.75  # WeasyPrint positions are in CSS px; PDF user space is in points
_LINK = re.compile(r'<a ([^>]*?)href="#([^"]+)"')


@dataclass
class Part:
    pdf: bytes
    pages: int
    # anchor -> (page index within the part, x, y), first occurrence
    anchors: dict[str, tuple[int, float, float]] = field(default_factory=dict)
    # links WeasyPrint dropped: (page index within the part, anchor, (x1, y1, x2, y2))
    outside: list[tuple[int, str, tuple[float, float, float, float]]] = field(
        default_factory=list)


def _with_pages(html: str, page_of: dict[str, int]) -> str:
    """Give every link to an anchor of another part the page number it lands on."""
    def add(match: re.Match[str]) -> str:
        page = page_of.get(match.group(2))
        if page is None:
            return match.group(0)
        return f'<a {match.group(1)}data-page="{page}" href="#{match.group(2)}"'

    return _LINK.sub(add, html)


def _lay_out(document: Any) -> Part:
    rendered = document.render()
    part = Part(pdf=b"", pages=len(rendered.pages))
    for i, page in enumerate(rendered.pages):
        for name, (x, y, _, _) in page.anchors.items():
            part.anchors.setdefault(name, (i, x, y))
    for i, page in enumerate(rendered.pages):
        for kind, target, rect, _box in page.links:
            if kind == "internal" and target not in part.anchors:
                part.outside.append((i, target, rect))
    part.pdf = rendered.write_pdf(uncompressed_pdf=False, custom_metadata=False)
    del rendered
    gc.collect()  # the next part reuses this part's memory instead of adding to it
    return part


class _Pages:
    """Where every anchor laid out so far is: its page number, and its place for links."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}  # anchor -> page number (1-based)
        self.place: dict[str, tuple[int, float, float]] = {}  # anchor -> (page index, x, y)

    def add(self, part: Part, first_page: int) -> None:
        for name, (i, x, y) in part.anchors.items():
            self.number.setdefault(name, first_page + i + 1)
            self.place.setdefault(name, (first_page + i, x, y))


def write_in_parts(html_of: Callable[..., str], groups: list[list[Any]],
                   document_of: Callable[[str], Any], target: Path) -> None:
    """Lay out the front matter, each group of articles and the back matter separately, and
    write them as one PDF to ``target``."""
    front = _lay_out(document_of(html_of(part="front")))
    for _ in range(3):  # the front matter rarely changes length once the numbers are in
        pages = _Pages()
        pages.add(front, 0)
        parts, start = [front], front.pages
        for group in groups:
            html = html_of(part="body", part_articles=group, page_start=start + 1)
            parts.append(_lay_out(document_of(_with_pages(html, pages.number))))
            pages.add(parts[-1], start)
            start += parts[-1].pages
        html = html_of(part="back", page_start=start + 1)
        parts.append(_lay_out(document_of(_with_pages(html, pages.number))))
        pages.add(parts[-1], start)
        # The contents again, with every page number known (its own anchors it finds itself).
        elsewhere = {k: v for k, v in pages.number.items() if k not in front.anchors}
        again = _lay_out(document_of(_with_pages(html_of(part="front"), elsewhere)))
        if again.pages == front.pages:
            parts[0] = again
            pages.place.update(again.anchors)
            break
        front = again
    else:
        raise PipelineError("the contents of the PDF kept changing length while it was laid "
                            "out in parts; set [layout] pdf_part_articles = 0", target)
    _join(parts, pages.place, target)


def _join(parts: list[Part], positions: dict[str, tuple[int, float, float]],
          target: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import Fit, NameObject, TextStringObject

    writer = PdfWriter()
    first = PdfReader(io.BytesIO(parts[0].pdf))
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part.pdf)), import_outline=True)
    offset = 0
    for part in parts:  # links, once every page they may land on is there
        for i, name, (x1, y1, x2, y2) in part.outside:
            if name not in positions:
                continue  # no such anchor anywhere: WeasyPrint would have dropped it too
            page_index, x, y = positions[name]
            height = float(writer.pages[offset + i].mediabox.height)
            dest_height = float(writer.pages[page_index].mediabox.height)
            writer.add_annotation(offset + i, Link(
                rect=(x1 * PX_TO_PT, height - y2 * PX_TO_PT, x2 * PX_TO_PT,
                      height - y1 * PX_TO_PT),
                target_page_index=page_index,
                fit=Fit.xyz(left=x * PX_TO_PT, top=dest_height - y * PX_TO_PT)))
        offset += part.pages
    if first.metadata:
        writer.add_metadata({k: v for k, v in first.metadata.items()})
    lang = first.trailer["/Root"].get("/Lang")
    if lang is not None:
        writer.root_object[NameObject("/Lang")] = TextStringObject(str(lang))
    writer.page_mode = "/UseOutlines"
    with open(target, "wb") as f:
        writer.write(f)
