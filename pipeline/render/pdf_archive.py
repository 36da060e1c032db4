"""The archival PDF (issue 18): PDF/A-3b that carries its evidence as associated files.

``[pdf] archive = true`` (or ``build --archive``) turns the dossier's PDF, once laid out and
once the build report is written, into a PDF/A-3b file with these embedded, each listed in the
catalog's ``/AF`` with a relationship, a MIME type and a description:

- the input files of the source folder as the build read them, byte for byte (the articles,
  dossier.toml, the glossary, boilerplate rules, the project's templates and language files):
  ``/AFRelationship /Source``;
- the reviewed English, ``en/*.po``: ``/Data`` (what the English of the pages is made from);
- the build report, report.json and (when the web edition is built) report.html:
  ``/Supplement``.

Why "b" and not "u": PDF/A-3u wants every character code of every font to map to Unicode. The
text layer (``pdf_text.py``) gives the text of a cluster of several glyphs (Amiri's lam before
kaf) to one glyph and an ActualText span, and the cluster's other glyphs map to nothing: that is
what makes المملكة searchable, and a "u" claim would be false for those glyphs.

Why after the layout and not through WeasyPrint's ``pdf_variant="pdf/a-3b"``: WeasyPrint 70
writes what PDF/A asks of the catalog (an sRGB output intent, XMP with ``pdfaid``, PDF 1.7, a
file identifier, the print flag on annotations, ``/AF`` for its attachments), but a PDF made in
parts is joined by ``pdf_join``, which keeps none of the catalog's ``/OutputIntents``,
``/Metadata`` or ``/AF``; WeasyPrint gives an attachment the relationship of the first one with
the same MD5 (two identical files get one relationship), guesses the MIME type from the name
alone (a .po or .toml file becomes application/octet-stream) and reads files through the
document's URL fetcher, which the PDF's sandbox keeps out of the source folder. Done here, on
the finished file, it is one step for both ways of making the PDF, the laid-out parts in the
cache stay what they were, and the report it embeds is the final one (it is written after the
PDF is laid out).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from ..errors import PipelineError
from ..fileio import atomic_write_with
from . import pdf_tags

PART, CONFORMANCE = "3", "B"
PDF_VERSION = "1.7"  # PDF/A-3 is based on ISO 32000-1 (PDF 1.7)
SOURCE, DATA, SUPPLEMENT = "Source", "Data", "Supplement"
SRGB = "sRGB IEC61966-2.1"

NS = pdf_tags.NS
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)


@dataclass(frozen=True)
class Evidence:
    """One file the archival PDF carries."""

    name: str  # its name in the PDF: the path in the source folder, or report.json
    data: bytes
    mime: str
    description: str
    relationship: str  # Source | Data | Supplement
    modified: dt.datetime


def wanted(cfg: dict[str, Any]) -> bool:
    return bool(cfg.get("pdf", {}).get("archive"))


# --- what the PDF carries ----------------------------------------------------------------

def _table(env) -> dict[str, Any]:  # noqa: ANN001 - a jinja2.Environment
    """templates/pdf/archive.toml, a project's own first."""
    try:
        text = env.loader.get_source(env, "pdf/archive.toml")[0]
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PipelineError(f"archive labels: {exc}", Path("templates/pdf/archive.toml")) \
            from None


def _mime(name: str, table: dict[str, str]) -> str:
    lower = name.lower()
    hits = [s for s in table if lower.endswith(s.lower())]
    return table[max(hits, key=len)] if hits else "application/octet-stream"


def _kind(entry_name: str, status: str) -> str | None:
    """What a top-level entry of the folder is to the archive; None: not read, not carried."""
    if status == "article":
        return "article"
    if status != "project":
        return None  # excluded or refused: never read (the report lists them)
    return {"dossier.toml": "settings", "glossary.toml": "glossary", "en/": "po",
            "templates/": "template", "languages/": "language"}.get(entry_name, "rules")


def source_files(source: Path, files: list[Any]) -> list[tuple[str, str]]:
    """(path in the folder, kind) of every file the build read, in the report's order; a
    project folder (en/, templates/, languages/) by its files."""
    out: list[tuple[str, str]] = []
    for entry in files:
        kind = _kind(entry.name, entry.status)
        if kind is None:
            continue
        path = Path(source, entry.name.rstrip("/"))
        if path.is_dir():
            inner = sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(source).parts))
            if kind == "po":
                inner = [p for p in inner if p.suffix == ".po"]  # memory reads *.po only
            out += [(p.relative_to(source).as_posix(), kind) for p in inner]
        elif path.is_file():
            out.append((entry.name, kind))
    return out


def evidence(source: Path, files: list[Any], reports: list[Path], env) -> list[Evidence]:  # noqa: ANN001
    """What the archival PDF carries: the folder's files as read, then the build report."""
    table = _table(env)
    said, mimes = table.get("descriptions", {}), table.get("mime", {})
    items = []
    for name, kind in source_files(source, files):
        path = Path(source, name)
        items.append(Evidence(
            name, path.read_bytes(), _mime(name, mimes),
            str(said.get(kind, "{name}")).format(name=name),
            DATA if kind == "po" else SOURCE, _mtime(path)))
    taken = {e.name for e in items}
    for path in reports:
        name = path.name if path.name not in taken else f"build/{path.name}"
        key = "report_" + path.suffix.lstrip(".")
        items.append(Evidence(name, path.read_bytes(), _mime(path.name, mimes),
                              str(said.get(key, "{name}")).format(name=path.name),
                              SUPPLEMENT, _mtime(path)))
    return items


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(microsecond=0)


# --- PDF/A over the finished file -----------------------------------------------------------

def make_archival(pdf: Path, items: list[Evidence]) -> None:
    """Rewrite ``pdf`` (as WeasyPrint or the parts' join left it) as PDF/A-3b carrying
    ``items``; the pages, tags, outline and links are the file's own, cloned unchanged."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(pdf)
    info = {k: v for k, v in (reader.metadata or {}).items()}
    if reader.xref_objStm:
        # WeasyPrint packs its small objects into compressed object streams, which pypdf does
        # not write: a rewrite of a tagged PDF (thousands of structure elements) more than
        # doubles it (seeds: 298 -> 706 kB). An incremental update keeps the file as laid out
        # byte for byte and appends what changes (in a cross-reference stream, as the file's).
        writer = PdfWriter(pdf, incremental=True)
        if reader.pdf_header != f"%PDF-{PDF_VERSION}":
            from pypdf.generic import NameObject

            writer.root_object[NameObject("/Version")] = NameObject("/" + PDF_VERSION)
    else:  # a file without object streams (WeasyPrint's uncompressed_pdf): rewritten whole
        writer = PdfWriter(clone_from=reader)
        writer.pdf_header = f"%PDF-{PDF_VERSION}".encode()
    _print_annotations(writer)
    _output_intent(writer)
    _attach(writer, items)
    _metadata(writer, info)
    _identifier(writer, reader, items)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = _obj_eol(buffer.getvalue())
    atomic_write_with(pdf, lambda tmp: tmp.write_bytes(data))


def _obj_eol(data: bytes) -> bytes:
    """pypdf writes its cross-reference stream as 'N 0 obj<<'; PDF/A (ISO 19005-2, 6.1.8)
    wants an end of line after 'obj'. That object is the file's last and nothing after it is
    found by offset (startxref points at its start), so a newline can go in."""
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if found is None:
        return data
    start = int(found.group(1))
    head = re.match(rb"\d+ \d+ obj(?=<<)", data[start:start + 32])
    if head is None:
        return data
    return data[:start + head.end()] + b"\n" + data[start + head.end():]


def _print_annotations(writer) -> None:  # noqa: ANN001
    """PDF/A: every annotation is printed with the page (flag 3) and none is hidden (flags 1,
    2, 6, 9); the links added when parts are joined have no flags at all."""
    from pypdf.generic import NameObject, NumberObject

    hidden = 1 | 2 | 32 | 256
    for page in writer.pages:
        for ref in page.get("/Annots", None) or []:
            annot = ref.get_object()
            flags = int(annot.get("/F", 0))
            annot[NameObject("/F")] = NumberObject((flags | 4) & ~hidden)


def _srgb_profile() -> bytes:
    """The sRGB ICC profile WeasyPrint ships for its own PDF/A output intent."""
    from importlib import resources

    return resources.files("weasyprint").joinpath("pdf/sRGB2014.icc").read_bytes()


def _output_intent(writer) -> None:  # noqa: ANN001
    """An sRGB output intent: the pages paint in DeviceRGB and DeviceGray, which PDF/A allows
    only against one."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    root = writer.root_object
    intents = root.get("/OutputIntents")
    if intents and any(i.get_object().get("/S") == "/GTS_PDFA1" for i in intents):
        return
    profile = DecodedStreamObject()
    profile.set_data(_srgb_profile())
    profile = profile.flate_encode()
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject(SRGB),
        NameObject("/Info"): TextStringObject(SRGB),
        NameObject("/DestOutputProfile"): writer._add_object(profile),
    })
    root[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])


def _pdf_date(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%SZ")


def _name_key(name: str) -> bytes:
    """A name tree is sorted by its keys' bytes as written (PDFDocEncoding or UTF-16BE)."""
    from pypdf.generic import TextStringObject

    return TextStringObject(name).get_encoded_bytes()


def _attach(writer, items: list[Evidence]) -> None:  # noqa: ANN001
    """Each item as an embedded file stream (MIME subtype, size, dates, MD5) in a file
    specification (F, UF, Desc, AFRelationship), listed in /Names /EmbeddedFiles (what a
    reader's attachments panel shows) and in the catalog's /AF (what makes it associated)."""
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    root = writer.root_object
    specs = []
    for item in items:
        stream = DecodedStreamObject()
        stream.set_data(item.data)
        stream = stream.flate_encode()
        stream[NameObject("/Type")] = NameObject("/EmbeddedFile")
        stream[NameObject("/Subtype")] = NameObject("/" + item.mime)
        stream[NameObject("/Params")] = DictionaryObject({
            NameObject("/Size"): NumberObject(len(item.data)),
            NameObject("/ModDate"): TextStringObject(_pdf_date(item.modified)),
            NameObject("/CheckSum"): ByteStringObject(hashlib.md5(item.data).digest()),
        })
        file_ref = writer._add_object(stream)
        spec = DictionaryObject({
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): TextStringObject(_ascii_name(item.name)),
            NameObject("/UF"): TextStringObject(item.name),
            NameObject("/Desc"): TextStringObject(item.description),
            NameObject("/AFRelationship"): NameObject("/" + item.relationship),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): file_ref,
                                                 NameObject("/UF"): file_ref}),
        })
        specs.append((item.name, writer._add_object(spec)))
    names = root.get("/Names")
    names = names.get_object() if names is not None else DictionaryObject()
    tree = ArrayObject()
    for name, ref in sorted(specs, key=lambda s: _name_key(s[0])):
        tree += [TextStringObject(name), ref]
    names[NameObject("/EmbeddedFiles")] = writer._add_object(
        DictionaryObject({NameObject("/Names"): tree}))
    if "/Names" not in root:
        root[NameObject("/Names")] = writer._add_object(names)
    root[NameObject("/AF")] = ArrayObject(ref for _, ref in specs)
    root[NameObject("/PageMode")] = root.get("/PageMode", NameObject("/UseOutlines"))


def _ascii_name(name: str) -> str:
    """/F is read as bytes by older readers: the name in ASCII, the rest as '_'; /UF has it."""
    return "".join(c if 32 <= ord(c) < 127 else "_" for c in name)


# --- XMP: the PDF/A claim, and the document information it must agree with --------------------

def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


# Document information key -> XMP property (ISO 19005-3, 6.6.2.3.1: they must be equivalent).
_INFO_XMP = {
    "/Title": ("dc", "title", "alt"),
    "/Author": ("dc", "creator", "seq"),
    "/Subject": ("dc", "description", "alt"),
    "/Keywords": ("pdf", "Keywords", "text"),
    "/Creator": ("xmp", "CreatorTool", "text"),
    "/Producer": ("pdf", "Producer", "text"),
    "/CreationDate": ("xmp", "CreateDate", "date"),
    "/ModDate": ("xmp", "ModifyDate", "date"),
}
_OURS = {_q(p, n) for p, n, _ in _INFO_XMP.values()} | {
    _q("pdfaid", "part"), _q("pdfaid", "conformance"), _q("pdfaid", "amd"),
    _q("pdfaid", "corr"), _q("pdfaid", "rev")}


def xmp_packet(info: dict[str, Any], existing: bytes | None = None) -> bytes:
    """The XMP packet: the PDF/A identification and the document information's values, over
    whatever else an existing packet says (its own values of these properties are dropped, so
    the two cannot disagree)."""
    rdf = None
    if existing:
        try:
            tree = ET.fromstring(existing.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0]
                                 if existing.lstrip().startswith(b"<?xpacket") else existing)
            rdf = tree if tree.tag == _q("rdf", "RDF") else tree.find(_q("rdf", "RDF"))
        except (ET.ParseError, IndexError):
            rdf = None
    if rdf is None:
        rdf = ET.Element(_q("rdf", "RDF"))
    for desc in rdf.findall(_q("rdf", "Description")):
        for attr in [a for a in desc.attrib if a in _OURS]:
            del desc.attrib[attr]
        for child in [c for c in desc if c.tag in _OURS]:
            desc.remove(child)
        if not len(desc) and set(desc.attrib) <= {_q("rdf", "about")}:
            rdf.remove(desc)
    desc = ET.SubElement(rdf, _q("rdf", "Description"), {_q("rdf", "about"): ""})
    ET.SubElement(desc, _q("pdfaid", "part")).text = PART
    ET.SubElement(desc, _q("pdfaid", "conformance")).text = CONFORMANCE
    for key, (prefix, name, kind) in _INFO_XMP.items():
        value = info.get(key)
        if value is None or str(value) == "":
            continue
        prop = ET.SubElement(desc, _q(prefix, name))
        if kind in ("alt", "seq"):
            container = ET.SubElement(prop, _q("rdf", "Alt" if kind == "alt" else "Seq"))
            li = ET.SubElement(container, _q("rdf", "li"))
            if kind == "alt":
                li.set("{http://www.w3.org/XML/1998/namespace}lang", "x-default")
            li.text = str(value)
        else:
            prop.text = pdf_tags.pdf_date_iso(str(value)) if kind == "date" else str(value)
    meta = ET.Element(_q("x", "xmpmeta"))
    meta.append(rdf)
    body = ET.tostring(meta, encoding="utf-8", xml_declaration=False)
    # Room to edit the packet in place, as the XMP specification recommends.
    return (b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' + body
            + b"\n" + b" " * 2000 + b'\n<?xpacket end="w"?>')


def _metadata(writer, info: dict[str, Any]) -> None:  # noqa: ANN001
    """The catalog's XMP stream (uncompressed, so that any tool can find the PDF/A claim),
    and the document information exactly as the file had it (pypdf would sign itself as
    /Producer, and the XMP must say what the information says)."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

    root = writer.root_object
    existing = None
    if "/Metadata" in root:
        try:
            existing = root["/Metadata"].get_object().get_data()
        except Exception:  # an unreadable packet is replaced
            existing = None
    # A new object: an incremental update's trailer names /Info only when it is new or
    # changed in pypdf, and a trailer without it hides the information from readers.
    writer._info_obj = writer._add_object(DictionaryObject(
        {NameObject(k): TextStringObject(str(v)) for k, v in info.items()}))
    stream = DecodedStreamObject()
    stream.set_data(xmp_packet(info, existing))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    root[NameObject("/Metadata")] = writer._add_object(stream)


def _identifier(writer, reader, items: list[Evidence]) -> None:  # noqa: ANN001
    """PDF/A wants a file identifier in the trailer: the file's own if it had one, else one
    made from its content, so the same build gives the same identifier."""
    from pypdf.generic import ArrayObject, ByteStringObject

    ids = reader.trailer.get("/ID")
    if ids and len(ids) == 2:
        # pypdf reads a hex string whose bytes decode as text as a text string.
        first, second = (getattr(i.get_object(), "original_bytes", None)
                         or bytes(i.get_object()) for i in ids)
    else:
        h = hashlib.md5(usedforsecurity=False)
        h.update(b"".join(hashlib.md5(i.data).digest() for i in items))
        first = second = h.digest()
    writer._ID = ArrayObject([ByteStringObject(first), ByteStringObject(second)])
