"""Scraper exports: many articles in one JSON, JSON Lines or CSV file.

news-please, trafilatura, newspaper4k and Scrapy feeds each name their fields their own way;
``_FIELDS`` maps them onto the metadata the cleaner knows, and the article text is the first
non-empty field of ``_BODY``. A record is listed by its URL (or its place in the file) and
parsed only when the cache misses; a record that cannot be an article (no text, a broken JSON
line) is still listed, and parsing it says why, so the report names it instead of losing it.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import email.utils
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..decoding import decode
from ..errors import BadArticle
from .base import Found, Listing, RawArticle, Unit, clean_meta
from .html import read_html
from .plain import read_plain


def _norm(name: str) -> str:
    """A field name as compared: "date_publish", "datePublish" and "date-publish" are one."""
    return re.sub(r"[\s_\-]+", "", name).casefold()


# The article text, most specific first: news-please's maintext, then the names trafilatura,
# newspaper4k and Scrapy spiders use. trafilatura writes the same text twice (``text`` with
# its line breaks, ``raw_text`` without), so only the first one found is read.
_BODY = tuple(_norm(n) for n in (
    "maintext", "text", "content", "body", "article", "article_text", "articleBody",
    "full_text", "main_text", "raw_text", "story"))
_FIELDS = {
    "title": ("title", "headline"),
    "author": ("authors", "author", "byline", "creator"),
    "date": ("date_publish", "publish_date", "date_published", "published_date", "datePublished",
             "published_at", "publication_date", "published", "pubDate", "date"),
    "url": ("url", "link", "canonical_url", "source_url", "source"),
    "source": ("source-hostname", "sitename", "site_name", "source_domain", "publisher",
               "source_name", "hostname", "domain", "source"),
    "lang": ("language", "lang", "meta_lang", "inLanguage"),
}
_FIELDS = {k: tuple(_norm(n) for n in names) for k, names in _FIELDS.items()}
# Text the site wrote to sum the article up: news-please's description, trafilatura's excerpt,
# newspaper4k's summary. Not already the start of the body, it is the article's first piece.
_LEAD = tuple(_norm(n) for n in ("description", "excerpt", "summary", "lead", "standfirst",
                                 "subtitle", "subheadline"))
# Where an object wraps its list of records.
_LIST_KEYS = ("articles", "items", "data", "results", "entries", "records", "documents",
              "docs", "posts", "news", "rows")
_KNOWN = {n for names in _FIELDS.values() for n in names} | set(_BODY) | set(_LEAD)
# What makes an object an article's record: a title, a URL or text. A language or a date alone
# (a settings file, a test's expected results) does not.
_ARTICLE = {*_FIELDS["title"], *_FIELDS["url"], *_BODY, *_LEAD} - {_norm("source")}
# HTML, not text that mentions a tag: a block element or a line break.
_HTML_BLOCK = re.compile(r"<(?:p|div|br|h[1-6]|article|section|blockquote|ul|ol|li|table|tr|"
                         r"figure|body|html)\b[^>]*>", re.IGNORECASE)
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)


@dataclass
class _Record:
    n: int  # 1-based place among the file's records
    fields: dict[str, Any] | None  # None: the record could not be read (``error`` says why)
    line: int | None = None  # where it starts in the file, when the format has lines
    error: str = ""
    raw: str = ""  # the text of a broken record, for its fingerprint


def read(path: Path, data: bytes) -> Listing:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return Listing([], [(path.name, "an empty file: no records")])
    text, encoding = decode(data, path)
    kind = _kind(path, text)
    if kind == "csv":
        records, empty = list(_csv_records(path, text)), "a CSV file with no records"
    elif kind == "jsonl":
        records, empty = list(_jsonl_records(text)), "a JSON Lines file with no records"
    else:
        found = _json_records(path, text)
        if isinstance(found, str):  # not an export: why
            return Listing([], [(path.name, found)])
        records, empty = found, "a JSON export with no records"
    if not records:
        return Listing([], [(path.name, empty)])
    return Listing(_found(path, encoding, records))


def _kind(path: Path, text: str) -> str:
    name = path.name.lower()
    if name.endswith((".jsonl", ".ndjson")):
        # A pretty-printed JSON list saved as .jsonl is still read.
        return "json" if text.lstrip("\ufeff \t\r\n").startswith("[") else "jsonl"
    if name.endswith((".csv", ".tsv")):
        return "csv"
    if name.endswith(".json"):
        return "json"
    return "json" if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[") else "csv"


# --- records of each format ----------------------------------------------------------------

def _json_records(path: Path, text: str) -> list[_Record] | str:
    """The records of a JSON file, or why it is not an export."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # JSON Lines named .json: many tools write it so
            lines = list(_jsonl_records(text))
            if lines and all(r.fields is not None for r in lines):
                return lines
        raise BadArticle(f"not valid JSON: {exc.msg} (column {exc.colno})", path,
                         exc.lineno) from None
    found = _record_list(data)
    if found is None:
        return _not_an_export(data)
    return [_Record(n, r) if isinstance(r, dict) else
            _Record(n, None, error=f"not a record but {_what(r)}",
                    raw=json.dumps(r, ensure_ascii=False))
            for n, r in enumerate(found, start=1)]


def _record_list(data: Any, depth: int = 0) -> list | None:
    """The list of records ``data`` holds: itself, an object that is one record, or the list
    under "articles", "items", "data"... (one level down too: {"data": {"items": [...]}})."""
    if isinstance(data, list):
        dicts = [r for r in data if isinstance(r, dict)]
        # A list of records, or an empty export; a list of numbers or names is something else.
        if not data or (dicts and any(_norm(k) in _ARTICLE for r in dicts for k in r)):
            return data
        return None
    if not isinstance(data, dict):
        return None
    if any(_norm(k) in _BODY and _text(v) for k, v in data.items()):
        return [data]
    for key in _LIST_KEYS:
        value = next((v for k, v in data.items() if k.casefold() == key), None)
        if isinstance(value, list) or (isinstance(value, dict) and depth == 0):
            found = _record_list(value, depth + 1)
            if found is not None:
                return found
    if any(_norm(k) in _ARTICLE for k in data):
        return [data]  # one record, without text: listed, and parsing it will say so
    return None


def _not_an_export(data: Any) -> str:
    if isinstance(data, dict):
        keys = ", ".join(list(data)[:8]) + (", ..." if len(data) > 8 else "")
        return (f"not a scraper export: a JSON object with no article fields (keys: {keys or '-'})"
                f" and no list of records under {', '.join(repr(k) for k in _LIST_KEYS[:5])}")
    return f"not a scraper export: the JSON file holds {_what(data)}, not article records"


def _what(value: Any) -> str:
    if isinstance(value, list):
        kinds = {"a list" if isinstance(v, list) else _what(v) for v in value}
        if len(kinds) != 1:
            return "a list" if value else "an empty list"
        kind = kinds.pop()
        return "a list of " + {"text": "strings", "true/false": "true/false values"}.get(
            kind, kind.split(" ", 1)[-1] + "s")
    return {dict: "an object", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number")


def _jsonl_records(text: str) -> Iterator[_Record]:
    n = 0
    for line_no, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        n += 1
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _Record(n, None, line_no, f"line {line_no} is not valid JSON: {exc.msg} "
                                            f"(column {exc.colno})", line)
            continue
        if isinstance(value, dict):
            yield _Record(n, value, line_no)
        else:
            yield _Record(n, None, line_no, f"line {line_no} is {_what(value)}, not a record",
                          line)


def _csv_records(path: Path, text: str) -> Iterator[_Record]:
    # An article's text easily passes csv's 128 KB default for a field.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    text = text.lstrip("\ufeff")
    delimiter = "\t" if path.name.lower().endswith(".tsv") else _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None:
            return
        names = [h.strip() for h in header]
        n, start = 0, reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            n += 1
            fields = {name: cell for name, cell in zip(names, row, strict=False) if name}
            yield _Record(n, fields, line)
    except csv.Error as exc:
        raise BadArticle(f"cannot read the CSV file: {exc}", path, reader.line_num) from None


def _delimiter(text: str) -> str:
    """A .csv file's delimiter: a comma, or what a spreadsheet in a decimal-comma locale wrote
    (";"), or a tab or bar. The sniffer's guess is checked against the header row: the
    delimiter that splits it into the most field names an export has wins."""
    sample = text[:65536]
    candidates = [",", ";", "\t", "|"]
    try:
        guess = csv.Sniffer().sniff(sample, delimiters="".join(candidates)).delimiter
        candidates.insert(0, guess)
    except csv.Error:
        pass
    header = sample.split("\n", 1)[0]

    def known(d: str) -> int:
        row = next(csv.reader([header], delimiter=d), [])
        return sum(1 for cell in row if _norm(cell) in _KNOWN)

    return max(candidates, key=known)  # max keeps the first of equals: the sniffer's guess


# --- from records to articles ----------------------------------------------------------------

def _found(path: Path, encoding: str, records: list[_Record]) -> list[Found]:
    found: list[Found] = []
    keys: set[str] = set()
    for rec in records:
        url = _meta(rec.fields).get("url", "") if rec.fields is not None else ""
        url = url if _URL.match(url) else ""
        key = url or f"record-{rec.n}"
        # The same URL twice (a page scraped twice, a feed re-sent): "#2" by order in the file,
        # so the keys stay the same when the export is made again.
        base, k = key, 2
        while key in keys:
            key, k = f"{base}#{k}", k + 1
        keys.add(key)
        label = f"record {rec.n}" + (f": {url}" if url else "")
        if rec.fields is None:
            fingerprint = f"{encoding}\0{rec.raw}".encode()
        else:
            fingerprint = (encoding + "\0" + json.dumps(rec.fields, sort_keys=True,
                                                        ensure_ascii=False, default=str)).encode()
        found.append(Found(key, label, fingerprint, _parser(path, encoding, rec)))
    return found


def _parser(path: Path, encoding: str, rec: _Record):
    def parse() -> RawArticle:
        if rec.fields is None:
            raise BadArticle(rec.error, path, rec.line)
        return _article(path, encoding, rec)

    return parse


def _article(path: Path, encoding: str, rec: _Record) -> RawArticle:
    fields = rec.fields or {}
    by_norm: dict[str, str] = {}
    for k in fields:
        by_norm.setdefault(_norm(k), k)
    body = next((text for name in _BODY if name in by_norm
                 for text in [_text(fields[by_norm[name]], "\n")] if text.strip()), "")
    meta = _meta(fields)
    if not body.strip():
        # A paywalled or video page gives the scraper its summary only: that is published, and
        # said to be all there is (the cleaner flags it), rather than the record being lost.
        body = next((text for name in _LEAD if name in by_norm
                     for text in [_text(fields[by_norm[name]], " ")] if text.strip()), "")
        meta["summary_only"] = "1"
    if not body.strip():
        names = ", ".join(k for k, v in fields.items() if _text(v)) or "none with a value"
        raise BadArticle(f"no article text (fields: {names})", path, rec.line)
    if _HTML_BLOCK.search(body):
        raw = read_html(path, body, encoding)
        declared = "the export's language field" if "lang" in meta else raw.declared_by
        if meta.get("title"):
            _keep_page_title(raw, body, meta["title"])
        # The export's fields are the record's word; the page's fill what the export lacks.
        meta = {**raw.meta, **meta}
        body_text = " ".join(u.text for u in raw.units)
        units = raw.units
    else:
        raw = read_plain(path, body, encoding)
        declared = "the export's language field"
        body_text = body
        units = raw.units
    head: list[Unit] = []
    title = meta.get("title", "")
    if title and (not units or _flat(units[0].text) != _flat(title)):
        # The title is the article's first piece, as on the page: read as the title, the
        # body's first short line is not taken for one.
        head.append(Unit(title, [], "heading"))
    flat_body = _flat(body_text)
    for name in _LEAD:
        lead = _text(fields.get(by_norm.get(name, ""), ""), " ").strip()
        stub = _flat(lead).rstrip(".…").rstrip()
        if (lead and stub and not flat_body.startswith(stub)
                and all(_flat(u.text) != _flat(lead) for u in head)):
            head.append(Unit(lead, [], None if title else "paragraph"))
    raw.units = head + units
    raw.meta = clean_meta(meta)
    raw.declared_by = declared
    return raw


def _keep_page_title(raw: RawArticle, html: str, title: str) -> None:
    """A fragment has no <title>: the extractor takes its first heading for the page's title
    and leaves it out of the body. The export's title replaces it, so that heading goes back
    into the body where the fragment has it; a title that is no text of the fragment (a full
    page's <title>) is listed as removed."""
    from .html import page_blocks

    found = raw.meta.get("title", "")
    if not found or _flat(found) == _flat(title) or any(
            _flat(u.text) == _flat(found) for u in raw.units):
        return
    blocks = [_flat(b) for b in page_blocks(html)]
    if _flat(found) not in blocks:
        raw.extractor_removed.append(found)
        return
    at = blocks.index(_flat(found))
    # Before the first unit the page shows after it.
    pos = next((i for i, u in enumerate(raw.units)
                if _flat(u.text) in blocks and blocks.index(_flat(u.text)) > at), len(raw.units))
    raw.units.insert(pos, Unit(found, [], "heading"))


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def _meta(fields: dict[str, Any]) -> dict[str, str]:
    """title, author, date, url, source and lang from a record's fields, by the first of each
    one's names the record has (see ``_FIELDS``)."""
    by_norm: dict[str, Any] = {}
    for k, v in fields.items():
        by_norm.setdefault(_norm(k), v)
    meta: dict[str, str] = {}
    for key, names in _FIELDS.items():
        for name in names:
            if name not in by_norm:
                continue
            value = by_norm[name]
            if key == "source" and isinstance(value, dict):  # NewsAPI: {"id": .., "name": ..}
                value = value.get("name") or ""
            value = _date(value) if key == "date" else _text(value, ", ")
            value = value.strip()
            if name == "source" and (key == "source") == bool(_URL.match(value)):
                continue  # trafilatura's "source" is the page's URL, not the site's name
            if key == "lang":
                code = re.match(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$", value)
                value = code.group(1).lower() if code else ""
            if value:
                meta[key] = value
                break
    return meta


def _text(value: Any, joiner: str = ", ") -> str:
    """A field's value as text: a list of names (authors) or paragraphs (a spider's body)
    joined, a number written out; an object is not text."""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped[:1] == "[" and stripped[-1:] == "]":
            # A list a CSV export wrote as text: ["A", "B"] or Python's ['A', 'B'].
            try:
                items = json.loads(stripped)
            except ValueError:
                try:
                    items = ast.literal_eval(stripped)
                except (ValueError, SyntaxError, MemoryError, RecursionError):
                    return value
            if isinstance(items, list) and all(isinstance(i, str) for i in items):
                return _text(items, joiner)
        return value
    if isinstance(value, list):
        return joiner.join(t for t in (_text(v, joiner).strip() for v in value) if t)
    if isinstance(value, bool) or value is None or isinstance(value, dict):
        return ""
    return str(value)


def _date(value: Any) -> str:
    """A date as written, or an epoch timestamp (seconds or milliseconds) as an ISO date."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")
        except (OverflowError, OSError, ValueError):
            return ""
    text = _text(value, " ").strip()
    if _RFC_2822.match(text):  # an RSS pubDate: "Tue, 19 Mar 2024 10:00:00 GMT"
        try:
            return email.utils.parsedate_to_datetime(text).isoformat()
        except (TypeError, ValueError):
            pass
    return text


_RFC_2822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}")
