"""Laid-out parts joined into one PDF (``pdf_parts``), with qpdf through pikepdf.

qpdf copies each part's pages and what they use into the joined file, and reads their content
streams and fonts from the parts only when it writes it; object streams keep the thousands of
small structure elements compact. The joiner pypdf was before held every object of every page
as Python objects: 0.9 MB a page, 3.65 GB at 1,000 articles (bench/README.md).

What one WeasyPrint run makes and a join has to make again:

- the pages, in order, with their annotations (the links inside a part keep their named
  destinations, which are gathered into one name tree);
- the bookmarks: each part's top-level items, in order, under one outline;
- links from one part to another (WeasyPrint dropped them, their anchor being elsewhere),
  added as link annotations where the part said they were;
- one structure tree: the parts' elements under one ``/Document`` element with the reading
  language; the ParentTree's keys renumbered into one sequence (each part numbers its pages
  0, 1, ... and its annotations after them) with the pages' ``/StructParents`` and
  annotations' ``/StructParent``; table-header ``/ID`` strings (unique only inside a part)
  given the part's prefix; the links added when joining put in the ``/Link`` element
  WeasyPrint made for them. qpdf keeps one map from a part's objects to their copies, so an
  element's ``/Pg`` and ``/Obj`` lead to the joined file's page and annotation. Marked-content
  ids are numbered per page and stay as they are;
- the catalog: language, ``/MarkInfo``, the document title shown, the bookmarks panel open,
  the document information with the build's time, and the XMP packet (``pdf_tags``).
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import pdf_tags

LOG = logging.getLogger(__name__)
PX_TO_PT = 0.75  # WeasyPrint positions are in CSS px; PDF user space is in points


def join(parts: list[Any], positions: dict[str, tuple[int, float, float]], target: Path,
         built: str | None) -> None:
    """Write ``parts`` (``pdf_parts.Part``: PDF bytes, page count, links to other parts) as
    one PDF to ``target``. ``positions``: anchor -> (page index in the joined file, x, y in
    CSS px); ``built``: the build's time (ISO), for the document's dates."""
    import pikepdf

    out = pikepdf.new()
    sources = [pikepdf.open(io.BytesIO(part.pdf)) for part in parts]
    starts: list[int] = []
    with warnings.catch_warnings():
        # pikepdf warns that extend() leaves named destinations behind: they are gathered
        # below, all of them (add_pages_from keeps only those the part's own links use).
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        for source in sources:
            starts.append(len(out.pages))
            out.pages.extend(source.pages)
    first = sources[0]
    catalog = out.Root
    _destinations(out, sources)
    _outline(out, sources)
    added = _links(out, parts, starts, positions)
    lang = first.Root.get("/Lang")
    lang = str(lang) if lang is not None else None
    if lang:
        catalog.Lang = pikepdf.String(lang)
    catalog.PageMode = pikepdf.Name.UseOutlines
    tree = _Tree(out, lang)
    for n, (source, start) in enumerate(zip(sources, starts, strict=True)):
        tree.add(source, start, f"p{n}-")
    tree.finish(added)
    info = {str(k): str(v) for k, v in first.docinfo.items()}
    if built:  # the front matter may come from the cache, with an earlier build's time
        info["/CreationDate"] = info["/ModDate"] = _pdf_date(built)
    out.docinfo = out.make_indirect(pikepdf.Dictionary(
        {k: pikepdf.String(v) for k, v in info.items()}))
    _metadata(out, info, built, pdf_tags.languages(lang, tree.langs))
    out.save(target, object_stream_mode=pikepdf.ObjectStreamMode.generate,
             deterministic_id=True, fix_metadata_version=False)
    for source in sources:
        source.close()


def _pdf_date(iso: str) -> str:
    import datetime as dt

    when = dt.datetime.fromisoformat(iso).astimezone(dt.UTC)
    return when.strftime("D:%Y%m%d%H%M%S+00'00")  # as WeasyPrint writes it


def _copy(out: Any, source: Any, value: Any) -> Any:
    """``value`` of ``source`` in ``out`` (qpdf copies indirect objects only)."""
    if not value.is_indirect:
        value = source.make_indirect(value)
    return out.copy_foreign(value)


def _destinations(out: Any, sources: list[Any]) -> None:
    """The parts' named destinations (what their own links point to) in one name tree."""
    import pikepdf

    joined = pikepdf.NameTree.new(out)
    for source in sources:
        names = source.Root.get("/Names")
        if names is None or "/Dests" not in names:
            continue
        for name, dest in pikepdf.NameTree(names.Dests).items():
            joined[name] = _copy(out, source, dest)
    if len(joined):
        out.Root.Names = pikepdf.Dictionary(Dests=joined.obj)


def _outline(out: Any, sources: list[Any]) -> None:
    """Each part's top-level bookmarks, in order, under one outline."""
    import pikepdf

    items: list[Any] = []
    count = 0
    for source in sources:
        outlines = source.Root.get("/Outlines")
        if outlines is None or "/First" not in outlines:
            continue
        count += int(outlines.get("/Count", 0))
        item = outlines.First
        while item is not None:
            items.append(_copy(out, source, item))
            item = item.get("/Next")
    if not items:
        return
    root = out.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines, Count=count))
    for i, item in enumerate(items):
        item.Parent = root
        for key, other in (("/Prev", i - 1), ("/Next", i + 1)):
            if 0 <= other < len(items):
                item[key] = items[other]
            elif key in item:
                del item[key]
    root.First, root.Last = items[0], items[-1]
    out.Root.Outlines = root


def _links(out: Any, parts: list[Any], starts: list[int],
           positions: dict[str, tuple[int, float, float]]) -> list[tuple[int, str, Any]]:
    """Link annotations for the links to another part: (page index, anchor, annotation)."""
    import pikepdf

    added = []
    for part, start in zip(parts, starts, strict=True):
        for i, name, (x1, y1, x2, y2) in part.outside:
            if name not in positions:
                continue  # no such anchor anywhere: WeasyPrint would have dropped it too
            page_index, x, y = positions[name]
            page, dest = out.pages[start + i], out.pages[page_index]
            height = float(page.mediabox[3])
            dest_top = float(dest.mediabox[3]) - y * PX_TO_PT
            annotation = out.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                Rect=[x1 * PX_TO_PT, height - y2 * PX_TO_PT, x2 * PX_TO_PT,
                      height - y1 * PX_TO_PT],
                BS=pikepdf.Dictionary(W=0),
                Dest=[dest.obj, pikepdf.Name.XYZ, x * PX_TO_PT, dest_top, 0]))
            if "/Annots" not in page.obj:
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.append(annotation)
            added.append((start + i, name, annotation))
    return added


class _Tree:
    """The joined structure tree, built part by part."""

    def __init__(self, out: Any, lang: str | None) -> None:
        import pikepdf

        self.out = out
        self.root = out.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
        self.document = out.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem, S=pikepdf.Name.Document, P=self.root,
            K=pikepdf.Array()))
        if lang:
            self.document.Lang = pikepdf.String(lang)
        self.root.K = pikepdf.Array([self.document])
        self.nums: list[Any] = []  # key, value, key, value, ... (keys 0, 1, ...)
        self.langs: list[str] = []
        # page index -> the outermost /Link elements without an annotation, in tree order
        self.bare_links: dict[int, list[Any]] = {}
        self.page_index: dict[tuple[int, int], int] = {}

    def add(self, source: Any, start: int, prefix: str) -> None:
        """``source``'s tree, its pages copied to ``start`` on; a part without a tree leaves
        its pages untagged."""
        import pikepdf

        tree = source.Root.get("/StructTreeRoot")
        if tree is None:
            return
        pages = [self.out.pages[start + i].obj for i in range(len(source.pages))]
        for i, page in enumerate(pages):
            self.page_index[page.objgen] = start + i
        tops = []
        for top in _kids(tree.get("/K")):
            if top.get("/S") == "/Document":
                tops.extend(k for k in _kids(top.get("/K")) if isinstance(k, pikepdf.Dictionary))
            elif isinstance(top, pikepdf.Dictionary):
                tops.append(top)
        for top in tops:
            # Cut from its parent before copying, or qpdf would copy the part's root and
            # ParentTree with it (the part is read from memory and never written).
            del top["/P"]
            copy = _copy(self.out, source, top)
            copy.P = self.document
            self.document.K.append(copy)
            self._visit(copy, prefix)
        old = dict(_number_tree(tree.get("/ParentTree")))
        for i, page in enumerate(source.pages):
            key = page.obj.get("/StructParents")
            if key is not None and int(key) in old:
                pages[i].StructParents = self._key(_copy(self.out, source, old[int(key)]))
            for j, annot in enumerate(page.obj.get("/Annots") or []):
                key = annot.get("/StructParent")
                element = old.get(int(key)) if key is not None else None
                if isinstance(element, pikepdf.Dictionary):
                    pages[i].Annots[j].StructParent = self._key(
                        _copy(self.out, source, element))

    def _key(self, value: Any) -> int:
        key = len(self.nums) // 2
        self.nums.extend([key, value])
        return key

    def _visit(self, element: Any, prefix: str, in_link: bool = False) -> None:
        """Each copied element: its language counted, its /ID given the part's prefix, and
        the outermost /Link elements without an annotation noted by page."""
        import pikepdf

        stack = [(element, in_link)]
        while stack:
            element, in_link = stack.pop()
            if "/Lang" in element:
                self.langs.append(str(element.Lang))
            if "/ID" in element:
                element.ID = pikepdf.String(prefix + str(element.ID))
            attrs = element.get("/A")
            if isinstance(attrs, pikepdf.Dictionary) and "/Headers" in attrs:
                attrs.Headers = pikepdf.Array(
                    [pikepdf.String(prefix + str(h)) for h in attrs.Headers])
            kids = _kids(element.get("/K"))
            link = element.get("/S") == "/Link"
            if link and not in_link and not any(
                    isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
                    for k in kids):
                page = element.get("/Pg")
                if page is not None and page.objgen in self.page_index:
                    self.bare_links.setdefault(self.page_index[page.objgen], []).append(element)
            # Depth first in the tree's order: kids pushed in reverse.
            for kid in reversed(kids):
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    stack.append((kid, in_link or link))

    def finish(self, added: list[tuple[int, str, Any]]) -> None:
        import pikepdf

        if not self.document.K:
            return  # no part was tagged
        self._tag_links(added)
        self.root.ParentTree = self.out.make_indirect(pikepdf.Dictionary(
            Nums=pikepdf.Array(self.nums)))
        self.root.ParentTreeNextKey = len(self.nums) // 2
        catalog = self.out.Root
        catalog.StructTreeRoot = self.root
        catalog.MarkInfo = pikepdf.Dictionary(Marked=True)
        catalog.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)

    def _tag_links(self, added: list[tuple[int, str, Any]]) -> int:
        """Put the link annotations added when joining in the structure tree: each into the
        /Link element WeasyPrint made for its link, which has its text but no annotation,
        through an object reference, with its /StructParent in the ParentTree. The k-th link
        added to a page (its consecutive annotations to one anchor: one per box) goes to the
        k-th outermost /Link element of that page without an annotation, in the tree's order
        (both follow the boxes' order); a page whose counts differ is left as it was, and
        said in the log. Returns how many annotations were tagged."""
        import pikepdf

        wanted: dict[int, list[list[Any]]] = {}
        last: tuple[int, str] | None = None
        for page, target, annotation in added:
            groups = wanted.setdefault(page, [])
            if last == (page, target):
                groups[-1].append(annotation)
            else:
                groups.append([annotation])
            last = (page, target)
        tagged = 0
        for page, groups in wanted.items():
            elements = self.bare_links.get(page, [])
            if len(elements) != len(groups):
                LOG.info("page %d: %d links added when joining, %d link elements without "
                         "one: left out of the structure tree", page + 1, len(groups),
                         len(elements))
                continue
            for element, group in zip(elements, groups, strict=True):
                kids = element.get("/K")
                if not isinstance(kids, pikepdf.Array):
                    element.K = pikepdf.Array([] if kids is None else [kids])
                for annotation in group:
                    element.K.append(self.out.make_indirect(pikepdf.Dictionary(
                        Type=pikepdf.Name.OBJR, Obj=annotation,
                        Pg=self.out.pages[page].obj)))
                    annotation.StructParent = self._key(element)
                    tagged += 1
        return tagged


def _kids(value: Any) -> list[Any]:
    """A /K value (one kid or an array of them) as a list."""
    import pikepdf

    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def _number_tree(node: Any) -> Iterator[tuple[int, Any]]:
    """The (key, value) pairs of a number tree, its leaves in order."""
    if node is None:
        return
    nums = node.get("/Nums")
    if nums is not None:
        for i in range(0, len(nums) - 1, 2):
            yield int(nums[i]), nums[i + 1]
    for kid in node.get("/Kids") or []:
        yield from _number_tree(kid)


def _metadata(out: Any, info: dict[str, str], built: str | None, langs: list[str]) -> None:
    """The XMP packet one run writes (``pdf_tags.finisher``), for the joined file."""
    import pikepdf

    def text(key: str) -> str | None:
        return info.get(key)

    meta = pdf_tags.Metadata(
        title=text("/Title"), authors=[text("/Author")] if text("/Author") else [],
        description=text("/Subject"),
        keywords=[s.strip() for s in (text("/Keywords") or "").split(",") if s.strip()],
        creator_tool=text("/Creator"), producer=text("/Producer"),
        created=built or text("/CreationDate"), modified=built or text("/ModDate"),
        languages=langs)
    # Uncompressed, as PDF/A asks, so that a tool reading metadata without a PDF parser
    # finds it.
    stream = pikepdf.Stream(out, pdf_tags.xmp_packet(meta))
    stream.Type, stream.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML
    out.Root.Metadata = out.make_indirect(stream)

