"""The PDF for screen readers and archives: languages on the structure tree, a tagged PDF made
in parts, XMP metadata, the bookmarks panel open (issue 18).

**Languages.** WeasyPrint 70 builds the structure tree in ``weasyprint/pdf/tags.py``
(``_build_box_tree``, one ``/StructElem`` per box) and writes no ``/Lang`` on any element, only
the catalog's (from ``<html lang>``): a screen reader voiced every Arabic passage with the
English voice. The templates already give every passage, title and label its ``lang``
attribute, which WeasyPrint computes into each box's ``lang`` style (inherited, as in HTML).
``install`` wraps ``_build_box_tree``: each element it yields gets ``/Lang`` from its box's
``lang``. The function recurses through its module's global name, so the wrapper sees every
box's element, the innermost first, and an element that already has a language keeps it (the
``html`` and ``body`` boxes pass their children's elements up). Every element built from a box
carries its language, not only those whose language differs from their parent's: a reader or
checker that looks at one element needs no walk up the tree. The runs of text under each
element (WeasyPrint's marked-content ``/Span`` kids) inherit it. ``_build_box_tree`` is private,
so the wrapper is pinned to the versions it was tested with (``pdf_text.PINNED``) and stays off
(with a warning) on any other; tests/test_pdf_tags.py fails loudly then.

**A PDF made in parts** (``pdf_parts``) is tagged too: each part is laid out with tags and
``pdf_join`` joins their trees into one as it joins the pages (renumbering the ParentTree,
prefixing table-header ids, and putting the links it adds into the /Link elements made for
them). The other way, laying out in one run whenever tags are wanted, would give up the memory
bound parts exist for (200 articles: 1.3 GB in one run).

**XMP metadata** (``xmp_packet``): title, authors (``dc:creator``), description, the languages
(``dc:language``: the reading language first, then the sources' by how much of the tree is in
them), keywords, creator tool, producer and dates, in the catalog's ``/Metadata``, written by
``finisher`` in one run and by ``pdf_parts._join`` for a PDF made in parts. A PDF/A
identification already in the catalog (WeasyPrint's ``pdf_variant``) is carried over.
"""

from __future__ import annotations

import collections
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from . import pdf_text

LOG = logging.getLogger(__name__)

# Part of the PDF parts cache's key: a part laid out before parts were tagged (or before their
# elements carried /Lang) must be laid out again.
TAGS_VERSION = "pdf-tags-1"

_installed: bool | None = None


def install() -> bool:
    """Put ``/Lang`` on WeasyPrint's structure elements, once per process; False (and untouched
    elements) when WeasyPrint or pydyf is not the version this was written for."""
    global _installed
    if _installed is not None:
        return _installed
    found = pdf_text.versions()
    if found != pdf_text.PINNED:
        LOG.warning("PDF language tags off: written for %s, found %s; the structure tree "
                    "will say no element's language", pdf_text.PINNED, found)
        _installed = False
        return False
    import pydyf
    from weasyprint.pdf import tags

    original = tags._build_box_tree

    def build_box_tree(box, *args: Any) -> Iterator[Any]:  # noqa: ANN001
        lang = _lang_of(box)
        for element in original(box, *args):
            if lang and "Lang" not in element:
                element["Lang"] = pydyf.String(lang)
            yield element

    build_box_tree.__wrapped__ = original  # for the test that checks WeasyPrint's own code
    tags._build_box_tree = build_box_tree
    _installed = True
    return True


def _lang_of(box: Any) -> str | None:
    style = getattr(getattr(box, "_box", box), "style", None)  # an AbsolutePlaceholder's box
    try:
        return style["lang"] if style is not None else None
    except (KeyError, TypeError):
        return None


# --- XMP metadata ------------------------------------------------------------------------------

@dataclass
class Metadata:
    """What the XMP packet says; dates are ISO 8601 with a time zone."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    description: str | None = None
    keywords: list[str] = field(default_factory=list)
    creator_tool: str | None = None
    producer: str | None = None
    created: str | None = None
    modified: str | None = None
    languages: list[str] = field(default_factory=list)  # the reading language first
    pdfa: dict[str, str] = field(default_factory=dict)  # pdfaid: part, conformance, rev


def pdf_date_iso(value: str | None) -> str | None:
    """An ISO date kept as it is; a PDF date (``D:20261201143000+00'00``) made ISO."""
    if not value:
        return None
    value = str(value)
    m = re.fullmatch(r"D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?([Zz+-])?(\d\d)?'?(\d\d)?'?",
                     value)
    if not m:
        return value
    year, month, day, hour, minute, second, sign, tz_h, tz_m = m.groups()
    when = f"{year}-{month or '01'}-{day or '01'}T{hour or '00'}:{minute or '00'}:" \
           f"{second or '00'}"
    if sign in ("+", "-"):
        return f"{when}{sign}{tz_h or '00'}:{tz_m or '00'}"
    return f"{when}Z" if sign else when


NS = {  # the XMP namespaces this project writes
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}


def xmp_packet(meta: Metadata) -> bytes:
    """The XMP packet (ISO 16684-1) for the catalog's ``/Metadata``: one ``rdf:Description``
    per schema, each property in the form PDF/A validators check (dc:title a language
    alternative, dc:creator an ordered list, dc:language a bag)."""
    def simple(name: str, value: str | None) -> str:
        return f"<{name}>{escape(value)}</{name}>" if value else ""

    def alt(name: str, value: str | None) -> str:
        if not value:
            return ""
        return (f'<{name}><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
                f"</rdf:Alt></{name}>")

    def array(name: str, kind: str, values: Iterable[str]) -> str:
        items = "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in values if v)
        return f"<{name}><rdf:{kind}>{items}</rdf:{kind}></{name}>" if items else ""

    def description(ns: str, body: str, attrs: str = "") -> str:
        if not body and not attrs:
            return ""
        return (f'<rdf:Description rdf:about="" xmlns:{ns}={quoteattr(NS[ns])}{attrs}>'
                f"{body}</rdf:Description>")

    created, modified = pdf_date_iso(meta.created), pdf_date_iso(meta.modified or meta.created)
    pdfa = "".join(simple(f"pdfaid:{k}", v) for k, v in meta.pdfa.items())
    body = "".join((
        description("pdfaid", pdfa),
        description("dc", simple("dc:format", "application/pdf") + alt("dc:title", meta.title)
                    + array("dc:creator", "Seq", meta.authors)
                    + alt("dc:description", meta.description)
                    + array("dc:language", "Bag", meta.languages)),
        description("xmp", simple("xmp:CreatorTool", meta.creator_tool)
                    + simple("xmp:CreateDate", created) + simple("xmp:ModifyDate", modified)
                    + simple("xmp:MetadataDate", modified)),
        description("pdf", simple("pdf:Producer", meta.producer)
                    + simple("pdf:Keywords", ", ".join(meta.keywords) or None)),
    ))
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
            f'<rdf:RDF xmlns:rdf="{NS["rdf"]}">{body}</rdf:RDF>'
            '</x:xmpmeta>\n<?xpacket end="w"?>').encode()


_PDFAID = re.compile(rb"pdfaid:(part|conformance|rev)(?:=\"|>)([^\"<]+)")


def pdfa_id(packet: bytes) -> dict[str, str]:
    """The PDF/A identification an existing XMP packet states (as attributes or elements)."""
    return {k.decode(): v.decode() for k, v in _PDFAID.findall(packet)}


def languages(reading: str | None, langs: Iterable[str]) -> list[str]:
    """The document's languages: the reading language, then the others by how many
    structure elements are in them."""
    counts = collections.Counter(lang for lang in langs if lang)
    ordered = [lang for lang, _ in counts.most_common() if lang != reading]
    return [reading, *ordered] if reading else ordered


def finisher(document: Any, pdf: Any) -> None:
    """WeasyPrint's ``write_pdf(finisher=...)`` for one run: the bookmarks panel opens with the
    document, and the catalog gets the XMP packet."""
    import pydyf

    if document.make_bookmark_tree():
        pdf.catalog["PageMode"] = "/UseOutlines"
    if document.metadata.lang and "StructTreeRoot" in pdf.catalog:
        # The tree's root element says the reading language too, as a joined tree's does.
        root = pdf.objects[int(bytes(pdf.catalog["StructTreeRoot"]).split()[0])]
        for kid in root["K"]:
            pdf.objects[int(bytes(kid).split()[0])]["Lang"] = pydyf.String(
                document.metadata.lang)
    pdfa: dict[str, str] = {}
    old = pdf.catalog.get("Metadata")
    if old is not None:  # a PDF/A variant wrote one: keep what it identifies
        stream = pdf.objects[int(bytes(old).split()[0])]
        pdfa = pdfa_id(b"".join(s if isinstance(s, bytes) else str(s).encode()
                                for s in stream.stream))
    tree_langs = (str(o["Lang"].string if hasattr(o["Lang"], "string") else o["Lang"])
                  for o in pdf.objects
                  if isinstance(o, pydyf.Dictionary) and o.get("Type") == "/StructElem"
                  and "Lang" in o)
    info = document.metadata
    meta = Metadata(
        title=info.title, authors=list(info.authors), description=info.description,
        keywords=list(info.keywords), creator_tool=info.generator,
        producer=_string(pdf.info.get("Producer")), created=info.created,
        modified=info.modified, languages=languages(info.lang, tree_langs), pdfa=pdfa)
    # Uncompressed, as PDF/A asks, so that a tool reading metadata without a PDF parser
    # finds it.
    stream = pydyf.Stream([xmp_packet(meta)], {"Type": "/Metadata", "Subtype": "/XML"})
    pdf.add_object(stream)
    pdf.catalog["Metadata"] = stream.reference


def _string(value: Any) -> str | None:
    if value is None:
        return None
    return value.string if hasattr(value, "string") else str(value)
