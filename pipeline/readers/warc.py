"""Web archives (.warc, .warc.gz): each captured HTML page is an article, read like a saved page.

An article is a ``response`` record with HTTP status 200 and an HTML content type; its key is
the captured URL (WARC-Target-URI), the second capture of the same URL ``URL#2`` and so on, in
the order of the archive. Every other record is listed with the reason it is not read (the
archive's warcinfo, requests, metadata and resource records, revisits, redirects, errors, images,
style sheets, scripts), one per record, so the report accounts for the whole archive.

Listing reads only the records' headers: a page's payload is decoded and parsed (trafilatura,
as for an .html file) only when the cache does not hold it, from the record's own bytes. The
capture date (WARC-Date) is when the crawler fetched the page, not when it was published: it is
kept as the metadata "captured", and the article's date comes from the page alone.

A damaged archive (truncated download, bytes that are no WARC record) keeps what was read
before the damage: those pages are articles, and one "not read" entry says from which byte on
the rest could not be read. An archive whose first record cannot be read is a BadArticle.
A whole .warc.gz compressed as one gzip stream (``gzip x.warc`` rather than a WARC writer's
one member per record) is read too, decompressed in memory first.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import zlib
from pathlib import Path

from ..decoding import decode
from ..errors import BadArticle
from .base import Found, Listing, RawArticle, clean_meta
from .html import read_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = (301, 302, 303, 307, 308)


def read(path: Path, data: bytes) -> Listing:
    try:
        return _list(path, data)
    except _OneGzipStream as whole:
        return _list(path, whole.plain)


class _OneGzipStream(Exception):
    """The archive is one gzip stream, not one gzip member per record: read it decompressed."""

    def __init__(self, plain: bytes):
        super().__init__("one gzip stream")
        self.plain = plain


def _list(path: Path, data: bytes) -> Listing:
    import contextlib

    from warcio.archiveiterator import ArchiveIterator

    listing = Listing()
    seen: dict[str, int] = {}
    it = ArchiveIterator(io.BytesIO(data))
    done = 0  # records listed
    # warcio prints a warning when a record is not followed by its blank lines; what the
    # reader can say about the damage it says in the listing.
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            for record in it:
                if not (record.format or "").startswith("warc"):
                    raise _Damage("not a WARC record")
                length = it.get_record_length()  # reads to the record's end
                offset = it.get_record_offset()
                why, uri = _why_not(record)
                if record.raw_stream.limit > 0:
                    why = (f"truncated: the archive ends {record.raw_stream.limit} byte(s) "
                           f"before this record does")
                done += 1
                label = f"record {done}" + (f": {uri}" if uri else "")
                if why is not None:
                    listing.not_read.append((label, why))
                    continue
                seen[uri] = seen.get(uri, 0) + 1
                key = uri if seen[uri] == 1 else f"{uri}#{seen[uri]}"
                date = record.rec_headers.get_header("WARC-Date") or ""
                body = memoryview(data)[offset:offset + length]
                fingerprint = b"\0".join((hashlib.sha256(body).digest(), uri.encode(),
                                          date.encode()))
                listing.found.append(Found(key, key, fingerprint,
                                           _parser(path, data, offset, length, uri, date)))
        except Exception as exc:  # warcio raises ArchiveLoadFailed, EOFError, zlib errors...
            if "non-chunked gzip" in str(exc):
                plain = _one_gzip_stream(data)
                if plain is not None:
                    raise _OneGzipStream(plain) from None
            reason, where = _damage(exc), it.offset
            if not listing.found:
                raise BadArticle(f"not a readable web archive: {reason} at byte {where}"
                                 + (f" (after {done} record(s), none of them a page)"
                                    if done else ""), path) from None
            listing.not_read.append((f"the rest of the archive, from byte {where}",
                                     f"unreadable ({reason}): nothing after record {done} "
                                     f"is read"))
    if not done:
        raise BadArticle("not a web archive: no WARC record in the file", path)
    return listing


class _Damage(Exception):
    pass


def _one_gzip_stream(data: bytes) -> bytes | None:
    """The decompressed archive when ``data`` is a single, whole gzip stream."""
    inflate = zlib.decompressobj(wbits=31)
    try:
        plain = inflate.decompress(data)
    except zlib.error:
        return None
    return plain if inflate.eof and not inflate.unused_data.strip(b"\0") else None


def _damage(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    if isinstance(exc, EOFError) or not text:
        return f"{exc.__class__.__name__}: the file ends inside a record"
    if "non-chunked gzip" in text:
        return "damaged gzip compression"
    if text.startswith("Invalid WARC record"):  # its "first line" may be binary
        return "bytes that do not start a WARC record"
    return "".join(ch for ch in text[:100] if ch.isprintable())


def _why_not(record) -> tuple[str | None, str]:
    """(None, URL) for a captured HTML page; else (why it is not read, URL or "")."""
    kind = record.rec_type or "unknown"
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if kind == "warcinfo":
        return "warcinfo record (about the crawl, not a page)", uri
    if kind == "revisit":
        return "revisit (duplicate capture, the page is not stored again)", uri
    if kind in ("request", "metadata", "conversion", "continuation"):
        return f"{kind} record", uri
    if kind == "resource":
        mime = _mime(record.rec_headers.get_header("Content-Type"))
        return f"resource record ({mime or 'no content type'})", uri
    if kind != "response":
        return f"{kind} record", uri
    http = record.http_headers
    if http is None or not http.statusline:
        return "response without HTTP headers (not a web page capture)", uri
    try:
        status = int(http.get_statuscode() or 0)
    except ValueError:
        status = 0
    if status in _REDIRECTS:
        location = http.get_header("Location") or "nowhere"
        return f"HTTP {status} redirect to {location}", uri
    if status != 200:
        return f"HTTP {http.statusline.strip()} response", uri
    mime = _mime(http.get_header("Content-Type"))
    if mime not in _HTML_TYPES:
        return f"{mime or 'untyped'} response (not a web page)", uri
    if not uri:
        return "HTML response without a WARC-Target-URI", uri
    return None, uri


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


def _charset(declared: str | None) -> tuple[str, str] | None:
    """(Python codec, the name as declared) of a declared charset Python knows."""
    try:
        return (codecs.lookup(declared).name, declared.upper()) if declared else None
    except LookupError:
        return None


def _parser(path: Path, data: bytes, offset: int, length: int, uri: str, date: str):
    def parse() -> RawArticle:
        from warcio.archiveiterator import ArchiveIterator

        record = next(iter(ArchiveIterator(io.BytesIO(data[offset:offset + length]))))
        try:
            payload = record.content_stream().read()
        except Exception as exc:  # a damaged gzip or chunked body
            raise BadArticle(f"cannot read the captured page ({exc.__class__.__name__})",
                             path) from None
        if not payload.strip():
            raise BadArticle("the captured page is empty", path)
        content_type = record.http_headers.get_header("Content-Type")
        text, encoding = _decode(payload, content_type, path)
        raw = read_html(path, text, encoding)
        meta = dict(raw.meta)
        meta.setdefault("url", uri)
        if date:
            meta["captured"] = date
        raw.meta = clean_meta(meta)
        return raw

    return parse


def _decode(payload: bytes, content_type: str | None, path: Path) -> tuple[str, str]:
    """The page's text in the charset its HTTP header declares, else its <meta> tag, as a
    browser reads it; a byte-order mark overrules both. Valid UTF-8 with non-ASCII text
    overrules any other declared charset: servers that send "ISO-8859-1" whatever the page
    is are common, and text in another encoding is practically never valid UTF-8 by chance.
    Without a usable declaration, the bytes are decoded like any file of unknown encoding."""
    found = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    meta = _META_CHARSET.search(payload[:4096])
    declared = [(_charset(found.group(1)) if found else None, "HTTP header"),
                (_charset(meta.group(1).decode("ascii")) if meta else None, "the page's <meta>")]
    if payload.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(payload, path)
    for charset, where in declared:
        if charset is None:
            continue
        codec, name = charset
        if codec != "utf-8" and not payload.isascii():
            try:
                return payload.decode("utf-8"), f"UTF-8 (the {where} says {name})"
            except UnicodeDecodeError:
                pass
        try:
            return payload.decode(codec), f"{name} ({where})"
        except UnicodeDecodeError:
            continue  # a declaration that lies: the bytes say what they are
    return decode(payload, path)

