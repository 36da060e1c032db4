"""Laid-out parts joined into one PDF (``pdf_parts``), written object by object.

A dossier of thousands of pages is laid out in parts so that no process holds all its pages;
the join must not hold them either. Tools that join PDFs (pypdf, qpdf) build the whole joined
document in memory before writing it: pypdf took 0.9 MB a page (3.65 GB at 1,000 articles),
qpdf through pikepdf 0.4 MB a page, the structure trees' elements being most of the objects.
Here each part is opened with qpdf (pikepdf), its objects are written to the joined file
under new numbers, and it is let go before the next: memory is one part's, plus a few numbers
per page (bench/README.md).

Numbering. The joined file's pages get their numbers first, so that anything may point to a
page of a later part (a link to another part, a bookmark); every other object of a part is
numbered before the part is written. References are renumbered in the bytes qpdf writes for
each object (``_renumber``: a reference is ``N G R`` outside a string, and qpdf escapes every
parenthesis inside a literal string). What the join adds to a part (a link annotation, an
OBJR) goes into the part first, as an object of its own, so that it is numbered and written
with the rest; a link annotation's body is written at the end, when the page it leads to is
known.

What one WeasyPrint run makes and a join makes again:

- the pages, in order, with their annotations, under one page tree;
- the named destinations (what a part's own links point to) in one name tree;
- the bookmarks: each part's top-level items, in order, under one outline;
- links from one part to another (WeasyPrint dropped them, their anchor being elsewhere),
  added as link annotations where the part said they were;
- one structure tree: the parts' elements under one ``/Document`` element with the reading
  language; the ParentTree's keys renumbered into one sequence (each part numbers its pages
  0, 1, ... and its annotations after them) with the pages' ``/StructParents`` and the
  annotations' ``/StructParent``; table-header ``/ID`` strings (unique only inside a part)
  given the part's prefix; the links added when joining put in the ``/Link`` element
  WeasyPrint made for them. Marked-content ids are numbered per page and stay as they are;
- the catalog: language, ``/MarkInfo``, the document title shown, the bookmarks panel open,
  the document information with the build's time, and the XMP packet (``pdf_tags``).
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import struct
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from . import pdf_tags

LOG = logging.getLogger(__name__)
PX_TO_PT = 0.75  # WeasyPrint positions are in CSS px; PDF user space is in points
PDF_VERSION = b"1.7"
# What a page may inherit from its page tree node, copied onto the page: each part's page
# tree is replaced by the joined one.
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
# A token of qpdf's unparsed objects: a literal string (every parenthesis inside escaped), a
# hex string, or a reference (not the end of a number or a name).
_TOKEN = re.compile(rb"\((?:[^\\)]|\\.)*\)|<[0-9A-Fa-f]*>|(?<![\w.#/+-])(\d+) (\d+) R(?!\w)",
                    re.S)


class _File:
    """A PDF file written one object at a time: objects other than streams go, a hundred at a
    time, into compressed object streams (a tagged PDF is mostly small structure elements:
    the seeds in parts take 0.49 MB so, 0.94 MB without), and a cross-reference stream ends
    it."""

    BATCH = 100

    def __init__(self, f: BinaryIO) -> None:
        self.f = f
        # object number -> where it is: (1, offset) or (2, object stream, index); 0: free
        self.kind = array("B", [0])
        self.where = array("Q", [0])
        self.index = array("H", [65535])  # object 0: the head of the free list
        self.batch: list[tuple[int, bytes]] = []
        f.write(b"%PDF-" + PDF_VERSION + b"\n%\xe2\xe3\xcf\xd3\n")

    def reserve(self, count: int = 1) -> int:
        """The first of ``count`` new object numbers."""
        first = len(self.kind)
        self.kind.extend([0] * count)
        self.where.extend([0] * count)
        self.index.extend([0] * count)
        return first

    def write(self, number: int, body: bytes, stream: bool = False) -> None:
        if not stream:
            self.batch.append((number, body))
            if len(self.batch) >= self.BATCH:
                self._flush()
            return
        self.kind[number], self.where[number] = 1, self.f.tell()
        self.f.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def add(self, body: bytes, stream: bool = False) -> int:
        number = self.reserve()
        self.write(number, body, stream)
        return number

    def _flush(self) -> None:
        if not self.batch:
            return
        container = self.reserve()
        head, data, offset = [], [], 0
        for i, (number, body) in enumerate(self.batch):
            self.kind[number], self.where[number], self.index[number] = 2, container, i
            head.append(b"%d %d" % (number, offset))
            data.append(body)
            offset += len(body) + 1
        first = b" ".join(head) + b"\n"
        packed = zlib.compress(first + b"\n".join(data) + b"\n")
        self.batch = []
        self.write(container, b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode "
                   b"/Length %d >>\nstream\n%s\nendstream"
                   % (len(head), len(first), len(packed), packed), stream=True)

    def finish(self, root: int, info: int, file_id: bytes) -> None:
        self._flush()
        xref = self.reserve()
        self.kind[xref], self.where[xref] = 1, self.f.tell()
        # A number reserved and never written (an outline nobody had) is a free entry.
        rows = b"".join(
            struct.pack(">BQH", kind, where, index)
            for kind, where, index in zip(self.kind, self.where, self.index, strict=True))
        packed = zlib.compress(rows)
        identifier = b"<%s>" % file_id.hex().encode()
        self.f.write(b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 8 2] /Root %d 0 R /Info %d 0 R "
                     b"/ID [%s %s] /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
                     b"\nendobj\nstartxref\n%d\n%%%%EOF\n"
                     % (xref, len(self.kind), root, info, identifier, identifier, len(packed),
                        packed, self.where[xref]))


@dataclass
class _Link:
    """A link annotation added when joining, written at the end."""

    number: int
    page: int  # the joined file's page index it is on
    rect: tuple[float, float, float, float]  # in PDF points
    target: tuple[int, float, float]  # page index, x, y in CSS px
    key: int | None = None  # its /StructParent, once it is in the structure tree


def join(parts: list[Any], positions: dict[str, tuple[int, float, float]], target: Path,
         built: str | None) -> None:
    """Write ``parts`` (``pdf_parts.Part``: PDF bytes, page count, links to other parts) as
    one PDF to ``target``. ``positions``: anchor -> (page index in the joined file, x, y in
    CSS px); ``built``: the build's time (ISO), for the document's dates."""
    with open(target, "wb") as f:
        _Join(_File(f), parts, positions).run(built)


class _Join:
    def __init__(self, file: _File, parts: list[Any],
                 positions: dict[str, tuple[int, float, float]]) -> None:
        self.file, self.parts, self.positions = file, parts, positions
        self.pages_root, self.outline_root, self.tree_root, self.document = (
            file.reserve() for _ in range(4))
        total = sum(part.pages for part in parts)
        first_page = file.reserve(total)
        self.page_numbers = [first_page + i for i in range(total)]
        self.heights: list[float] = []  # page index -> height, for links' destinations
        self.links: list[_Link] = []
        self.dests: list[tuple[str, bytes]] = []  # (name, destination as written)
        self.outline_first: int | None = None
        self.outline_count = 0
        self.outline_last: tuple[int, bytes] | None = None  # written once /Next is known
        self.top_elements: list[int] = []
        self.nums: list[bytes] = []  # the ParentTree's /Nums: "key value" pairs
        self.next_key = 0
        self.tree_extra: dict[str, bytes] = {}  # the first tree's /Namespaces, /RoleMap
        self.langs: list[str] = []
        self.lang: str | None = None
        self.info: dict[str, str] = {}

    def run(self, built: str | None) -> None:
        import pikepdf

        start = 0
        for n, part in enumerate(self.parts):
            with pikepdf.open(io.BytesIO(part.pdf)) as source:
                if n == 0:
                    lang = source.Root.get("/Lang")
                    self.lang = str(lang) if lang is not None else None
                    self.info = {str(k): str(v) for k, v in source.docinfo.items()}
                _Part(self, source, part, start, f"p{n}-").write()
            start += part.pages
        if built:  # the front matter may come from the cache, with an earlier build's time
            self.info["/CreationDate"] = self.info["/ModDate"] = _pdf_date(built)
        self._finish(built)

    def _finish(self, built: str | None) -> None:
        import pikepdf

        file = self.file
        if self.outline_last is not None:
            file.write(*self.outline_last)
        for link in self.links:
            page, x, y = link.target
            top = self.heights[page] - y * PX_TO_PT
            file.write(link.number, b"<< /Type /Annot /Subtype /Link /Rect [%s] /BS << /W 0 >> "
                       b"/Dest [%d 0 R /XYZ %s %s 0]%s >>" % (
                           b" ".join(_num(v) for v in link.rect), self.page_numbers[page],
                           _num(x * PX_TO_PT), _num(top),
                           b"" if link.key is None else b" /StructParent %d" % link.key))
        file.write(self.pages_root, b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
            len(self.page_numbers), b" ".join(b"%d 0 R" % n for n in self.page_numbers)))
        catalog = [b"/Type /Catalog", b"/Pages %d 0 R" % self.pages_root,
                   b"/PageMode /UseOutlines"]
        if self.lang:
            catalog.append(b"/Lang " + _string(self.lang))
        if self.outline_first is not None:
            file.write(self.outline_root, b"<< /Type /Outlines /First %d 0 R /Last %d 0 R "
                       b"/Count %d >>" % (self.outline_first, self.outline_last[0],
                                          self.outline_count))
            catalog.append(b"/Outlines %d 0 R" % self.outline_root)
        if self.dests:
            # A name tree is sorted by its keys' bytes (PDFDocEncoding or UTF-16BE).
            self.dests.sort(key=lambda pair: bytes(pikepdf.String(pair[0])))
            dests = file.add(b"<< /Names [%s] >>" % b" ".join(
                b"%s %s" % (_string(name), value) for name, value in self.dests))
            catalog.append(b"/Names << /Dests %d 0 R >>" % dests)
        if self.top_elements:
            parent_tree = file.add(b"<< /Nums [%s] >>" % b" ".join(self.nums))
            file.write(self.tree_root, b"<< /Type /StructTreeRoot /K [%d 0 R] /ParentTree "
                       b"%d 0 R /ParentTreeNextKey %d%s >>" % (
                           self.document, parent_tree, self.next_key,
                           b"".join(b" %s %s" % (k.encode(), v)
                                    for k, v in self.tree_extra.items())))
            file.write(self.document, b"<< /Type /StructElem /S /Document /P %d 0 R%s "
                       b"/K [%s] >>" % (self.tree_root,
                                         b" /Lang " + _string(self.lang) if self.lang else b"",
                                         b" ".join(b"%d 0 R" % n for n in self.top_elements)))
            catalog += [b"/StructTreeRoot %d 0 R" % self.tree_root,
                        b"/MarkInfo << /Marked true >>",
                        b"/ViewerPreferences << /DisplayDocTitle true >>"]
        catalog.append(b"/Metadata %d 0 R" % self._metadata(built))
        root = file.add(b"<< %s >>" % b" ".join(catalog))
        info = file.add(b"<< %s >>" % b" ".join(
            b"%s %s" % (pikepdf.Name(k).unparse(), _string(v)) for k, v in self.info.items()))
        digest = hashlib.md5(usedforsecurity=False)
        for part in self.parts:
            digest.update(hashlib.md5(part.pdf, usedforsecurity=False).digest())
        file.finish(root, info, digest.digest())

    def _metadata(self, built: str | None) -> int:
        """The XMP packet one run writes (``pdf_tags.finisher``), uncompressed as PDF/A asks,
        so that a tool reading metadata without a PDF parser finds it."""
        info = self.info
        meta = pdf_tags.Metadata(
            title=info.get("/Title"), authors=[info["/Author"]] if info.get("/Author") else [],
            description=info.get("/Subject"),
            keywords=[s.strip() for s in info.get("/Keywords", "").split(",") if s.strip()],
            creator_tool=info.get("/Creator"), producer=info.get("/Producer"),
            created=built or info.get("/CreationDate"),
            modified=built or info.get("/ModDate"),
            languages=pdf_tags.languages(self.lang, self.langs))
        packet = pdf_tags.xmp_packet(meta)
        return self.file.add(b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s"
                             b"\nendstream" % (len(packet), packet), stream=True)


class _Part:
    """One part, written into the joined file."""

    def __init__(self, join: _Join, source: Any, part: Any, start: int, prefix: str) -> None:
        self.join, self.source, self.part = join, source, part
        self.start, self.prefix = start, prefix
        # The part's objects -> the joined file's numbers: ``own`` are written from the
        # part, ``shared`` stand for the joined file's own (page tree, outline, Document).
        self.own: dict[tuple[int, int], int] = {}
        self.shared: dict[tuple[int, int], int] = {}
        self.skip: set[tuple[int, int]] = set()
        self.pages = [page.obj for page in source.pages]
        self.page_index = {page.objgen: start + i for i, page in enumerate(self.pages)}
        self.link_numbers: set[int] = set()  # annotations written at the end

    def write(self) -> None:
        import pikepdf

        join, source = self.join, self.source
        for i, page in enumerate(self.pages):
            self.own[page.objgen] = join.page_numbers[self.start + i]
            _inherit(page)
            join.heights.append(float(page.MediaBox[3]))
        for node in _tree_nodes(source.Root.Pages, "/Kids"):
            if node.get("/Type") == "/Pages":
                self.shared[node.objgen] = join.pages_root
        catalog = source.Root
        self.skip.add(catalog.objgen)
        info = source.trailer.get("/Info")
        if info is not None and info.is_indirect:
            self.skip.add(info.objgen)
        for key in ("/Metadata", "/ViewerPreferences", "/MarkInfo"):
            if key in catalog and catalog[key].is_indirect:
                self.skip.add(catalog[key].objgen)
        dests = self._destinations()
        outline = self._outline()
        old_keys, tops, extra, bare = self._tree()
        links = self._links(bare)
        key_offset = join.next_key
        self._renumber_keys(key_offset, [key for key, _ in old_keys])
        # Every object of the part gets its number before any is written.
        for obj in source.objects:
            if not _indirect(obj):
                continue
            objgen = obj.objgen
            if objgen in self.own or objgen in self.shared or objgen in self.skip:
                continue
            if isinstance(obj, pikepdf.Stream) and obj.get("/Type") in ("/ObjStm", "/XRef"):
                continue
            self.own[objgen] = join.file.reserve()
        numbers = {**self.own, **self.shared}
        join.top_elements.extend(numbers[objgen] for objgen in tops)
        for key, value in extra:
            join.tree_extra.setdefault(key, _renumber(_ref_or_value(value), numbers))
        for name, value in dests:
            join.dests.append((name, _renumber(_ref_or_value(value), numbers)))
        for key, value in old_keys:
            join.nums.append(b"%d %s" % (key + key_offset, _renumber(_ref_or_value(value),
                                                                      numbers)))
        for link, element in links:
            if element is not None:
                link.key = join.next_key
                join.nums.append(b"%d %d 0 R" % (link.key, numbers[element]))
                join.next_key += 1
        # Outline: the part's first top-level item follows the last part's last; its last
        # waits for the next part's first.
        first_item = last_item = None
        if outline:
            first_item, last_item = (self.own[o] for o in outline)
            if join.outline_last is not None:
                number, body = join.outline_last
                join.file.write(number, _with(body, b"/Next %d 0 R" % first_item))
        for obj in source.objects:
            if not _indirect(obj) or obj.objgen not in self.own:
                continue
            number = self.own[obj.objgen]
            if number in self.link_numbers:
                continue  # written at the end, when the page it leads to is known
            body = _renumber(_body(obj), numbers)
            if number == first_item:
                if join.outline_last is not None:
                    body = _with(body, b"/Prev %d 0 R" % join.outline_last[0])
                else:
                    join.outline_first = number
            if number == last_item:
                join.outline_last = (number, body)
                continue
            join.file.write(number, body, isinstance(obj, pikepdf.Stream))

    # --- what a part holds besides its pages --------------------------------------------

    def _destinations(self) -> list[tuple[str, Any]]:
        """The part's named destinations (name, value); its name tree left out."""
        import pikepdf

        found: list[tuple[str, Any]] = []
        names = self.source.Root.get("/Names")
        if names is None:
            return found
        if names.is_indirect:
            self.skip.add(names.objgen)
        if "/Dests" in names:
            for node in _tree_nodes(names.Dests, "/Kids"):
                self.skip.add(node.objgen)
            for name, value in pikepdf.NameTree(names.Dests).items():
                found.append((name, value))
        other = set(names.keys()) - {"/Dests"}
        if other:  # WeasyPrint writes attachments there only when asked to; never here
            LOG.warning("PDF part: name trees %s not carried into the joined file",
                        sorted(other))
        return found

    def _outline(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The part's first and last top-level bookmarks; its outline root stands for the
        joined one."""
        outlines = self.source.Root.get("/Outlines")
        if outlines is None:
            return None
        self.shared[outlines.objgen] = self.join.outline_root
        if "/First" not in outlines:
            return None
        self.join.outline_count += int(outlines.get("/Count", 0))
        first, last = outlines.First, outlines.Last
        for item, key in ((first, "/Prev"), (last, "/Next")):
            if key in item:  # a top-level list has no ends of its own to keep
                del item[key]
        self.own[first.objgen] = self.join.file.reserve()
        self.own.setdefault(last.objgen, self.join.file.reserve())
        return first.objgen, last.objgen

    def _tree(self) -> tuple[list[tuple[int, Any]], list[tuple[int, int]],
                             list[tuple[str, Any]], dict[int, list[Any]]]:
        """The part's structure tree: its ParentTree's entries, its top elements (the
        kids of its /Document), its /Namespaces and /RoleMap, and by page the outermost /Link
        elements without an annotation, in the tree's order. Its root and /Document stand for
        the joined ones; each element's language is counted and its /ID given the part's
        prefix."""
        import pikepdf

        tree = self.source.Root.get("/StructTreeRoot")
        if tree is None:
            return [], [], [], {}
        self.shared[tree.objgen] = self.join.document
        for node in _tree_nodes(tree.get("/ParentTree"), "/Kids"):
            self.skip.add(node.objgen)
        tops: list[Any] = []
        for top in _kids(tree.get("/K")):
            if not isinstance(top, pikepdf.Dictionary):
                continue
            if top.get("/S") == "/Document":
                self.shared[top.objgen] = self.join.document
                tops.extend(k for k in _kids(top.get("/K")) if isinstance(k, pikepdf.Dictionary))
            else:
                tops.append(top)
        extra = [(key, tree[key]) for key in ("/Namespaces", "/RoleMap") if key in tree]
        bare: dict[int, list[Any]] = {}
        stack = [(top, False) for top in reversed(tops)]
        while stack:
            element, in_link = stack.pop()
            if "/Lang" in element:
                self.join.langs.append(str(element.Lang))
            if "/ID" in element:
                element.ID = pikepdf.String(self.prefix + str(element.ID))
            for attrs in _kids(element.get("/A")):
                if isinstance(attrs, pikepdf.Dictionary) and "/Headers" in attrs:
                    attrs.Headers = pikepdf.Array(
                        [pikepdf.String(self.prefix + str(h)) for h in attrs.Headers])
            kids = _kids(element.get("/K"))
            link = element.get("/S") == "/Link"
            if link and not in_link and not any(
                    isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
                    for k in kids):
                page = element.get("/Pg")
                if page is not None and page.objgen in self.page_index:
                    bare.setdefault(self.page_index[page.objgen], []).append(element)
            for kid in reversed(kids):
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    stack.append((kid, in_link or link))
        return (list(_number_tree(tree.get("/ParentTree"))), [t.objgen for t in tops], extra,
                bare)

    def _links(self, bare: dict[int, list[Any]]) -> list[tuple[_Link, tuple[int, int] | None]]:
        """Link annotations for the part's links to another part, each added to its page (an
        empty object of the part, numbered with it) and, where the page's /Link elements
        without one match them, put in the structure tree: the k-th link added to a page (its
        consecutive annotations to one anchor: one per box) goes to the k-th outermost /Link
        element of that page without an annotation, in the tree's order (both follow the
        boxes' order). A page whose counts differ is left as it was, and said in the log.
        Returns each link with the element it went into."""
        import pikepdf

        source, made = self.source, []
        groups: dict[int, list[list[tuple[_Link, Any]]]] = {}
        last: tuple[int, str] | None = None
        for i, name, (x1, y1, x2, y2) in self.part.outside:
            if name not in self.join.positions:
                continue  # no such anchor anywhere: WeasyPrint would have dropped it too
            page = self.pages[i]
            height = float(page.MediaBox[3])
            stand_in = source.make_indirect(pikepdf.Dictionary())
            if "/Annots" not in page:
                page.Annots = pikepdf.Array()
            page.Annots.append(stand_in)
            number = self.join.file.reserve()
            self.own[stand_in.objgen] = number
            link = _Link(number, self.start + i,
                         (x1 * PX_TO_PT, height - y2 * PX_TO_PT, x2 * PX_TO_PT,
                          height - y1 * PX_TO_PT), self.join.positions[name])
            self.join.links.append(link)
            self.link_numbers.add(number)
            page_groups = groups.setdefault(i, [])
            if last == (i, name):
                page_groups[-1].append((link, stand_in))
            else:
                page_groups.append([(link, stand_in)])
            last = (i, name)
        for i, page_groups in groups.items():
            elements = bare.get(self.start + i, [])
            if len(elements) != len(page_groups):
                LOG.info("page %d: %d links added when joining, %d link elements without "
                         "one: left out of the structure tree", self.start + i + 1,
                         len(page_groups), len(elements))
                made += [(link, None) for group in page_groups for link, _ in group]
                continue
            for element, group in zip(elements, page_groups, strict=True):
                if not isinstance(element.get("/K"), pikepdf.Array):
                    kids = element.get("/K")
                    element.K = pikepdf.Array([] if kids is None else [kids])
                for link, stand_in in group:
                    element.K.append(source.make_indirect(pikepdf.Dictionary(
                        Type=pikepdf.Name.OBJR, Obj=stand_in, Pg=self.pages[i])))
                    made.append((link, element.objgen))
        return made

    def _renumber_keys(self, offset: int, keys: list[int]) -> None:
        """The part's ParentTree keys moved after the parts' before it."""
        import pikepdf

        tree = self.source.Root.get("/StructTreeRoot")
        if tree is None:
            return
        used = -1
        for page in self.pages:
            if "/StructParents" in page:
                used = max(used, int(page.StructParents))
                page.StructParents = int(page.StructParents) + offset
            for annot in page.get("/Annots") or []:
                if isinstance(annot, pikepdf.Dictionary) and "/StructParent" in annot:
                    used = max(used, int(annot.StructParent))
                    annot.StructParent = int(annot.StructParent) + offset
        self.join.next_key = offset + max(int(tree.get("/ParentTreeNextKey", 0)),
                                          max(keys, default=-1) + 1, used + 1)


# --- bytes ------------------------------------------------------------------------------------

def _body(obj: Any) -> bytes:
    """What qpdf writes for ``obj``; a stream as it is stored (filters kept)."""
    import pikepdf

    if not isinstance(obj, pikepdf.Stream):
        return obj.unparse(resolved=True)
    raw = obj.read_raw_bytes()
    head = pikepdf.Dictionary({k: v for k, v in obj.stream_dict.items() if k != "/Length"})
    return b"<< /Length %d %s\nstream\n%s\nendstream" % (
        len(raw), head.unparse(resolved=True)[3:], raw)


def _renumber(data: bytes, numbers: dict[tuple[int, int], int]) -> bytes:
    """``data`` with the part's references turned into the joined file's; a reference to
    an object the part does not carry over becomes null (as a reader takes a missing
    object)."""
    def sub(match: re.Match[bytes]) -> bytes:
        if match.group(1) is None:
            return match.group(0)
        number = numbers.get((int(match.group(1)), int(match.group(2))))
        return b"%d 0 R" % number if number else b"null"

    return _TOKEN.sub(sub, data)


def _with(body: bytes, entry: bytes) -> bytes:
    """A dictionary's bytes with one more entry."""
    return b"<< " + entry + b" " + body[2:].lstrip()


def _ref_or_value(value: Any) -> bytes:
    return b"%d %d R" % value.objgen if value.is_indirect else value.unparse(resolved=True)


def _string(value: str) -> bytes:
    import pikepdf

    return pikepdf.String(value).unparse()


def _num(value: float) -> bytes:
    return (b"%.4f" % value).rstrip(b"0").rstrip(b".")


def _pdf_date(iso: str) -> str:
    import datetime as dt

    when = dt.datetime.fromisoformat(iso).astimezone(dt.UTC)
    return when.strftime("D:%Y%m%d%H%M%S+00'00")  # as WeasyPrint writes it


def _indirect(obj: Any) -> bool:
    import pikepdf

    return isinstance(obj, pikepdf.Object) and obj.is_indirect


def _inherit(page: Any) -> None:
    """What ``page`` inherits from its page tree nodes, on the page itself."""
    node = page.get("/Parent")
    while node is not None:
        for key in _INHERITED:
            if key in node and key not in page:
                page[key] = node[key]
        node = node.get("/Parent")


# --- trees ------------------------------------------------------------------------------------

def _kids(value: Any) -> list[Any]:
    """A /K (or /A) value, one kid or an array of them, as a list."""
    import pikepdf

    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def _tree_nodes(node: Any, kids: str) -> Iterator[Any]:
    """The indirect nodes of a page, name or number tree."""
    if node is None:
        return
    if node.is_indirect:
        yield node
    for kid in node.get(kids) or []:
        yield from _tree_nodes(kid, kids)


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
