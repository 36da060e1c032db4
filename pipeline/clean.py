"""Clean one article: normalise, strip boilerplate, find its parts, flag its defects.

Cleaning never guesses a repair. It removes only what a rule names, changes only what
normalisation allows, and records for every physical line of the source what became of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import regex as re

from . import model as m
from .boilerplate import Rule, match_rule
from .errors import BadArticle
from .ingest import RawArticle, Unit
from .normalize import fold_for_matching, normalize_line, sentences, words

_TERMINAL = re.compile(r"[.!?؟…]['\"”»’)\]]*$|[:؛]$")
_ENDS_CLAUSE = re.compile(r"[.!?؟…:؛،,]['\"”»’)\]]*$")
_QUOTE_WRAPPED = re.compile(r"^[\"“”«].+[\"“”»][.!?؟…]?$")


@dataclass
class Item:
    unit: Unit
    text: str
    kind: str | None = None  # a block kind once decided, or "removed"
    rule: Rule | None = None
    rule_id: str | None = None
    reason: str | None = None
    parts: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) when split


def load_structure() -> dict[str, Any]:
    text = resources.files("pipeline").joinpath("data/structure.toml").read_text("utf-8")
    return tomllib.loads(text)


def article_id(path: Path, taken: set[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(path).stem).strip("-")
    if not stem or not stem[0].isalpha():
        stem = "a" + stem if stem else "a" + hashlib.sha1(Path(path).name.encode()).hexdigest()[:8]
    base, n = stem, 2
    while stem in taken:
        stem, n = f"{base}-{n}", n + 1
    taken.add(stem)
    return stem


def clean_article(raw: RawArticle, cfg: dict[str, Any], rules: list[Rule], art_id: str,
                  structure: dict[str, Any] | None = None) -> m.Article:
    structure = structure or load_structure()
    ccfg = cfg["clean"]
    items = [
        Item(u, normalize_line(u.text, ccfg["digits"], ccfg["remove_tatweel"])) for u in raw.units
    ]
    meta = dict(raw.meta)
    _strip_boilerplate(items, rules, meta)
    _strip_head_dates(items, meta)
    content = [it for it in items if it.kind is None and it.text]
    for it in items:
        if not it.text and it.kind is None:
            it.kind, it.rule_id, it.reason = "removed", "empty", "nothing but invisible characters"
    if not content:
        raise BadArticle(
            f"nothing left after cleaning ({len(raw.units)} text line(s), all boilerplate or "
            "invisible characters)", raw.path)
    _find_structure(content, structure, meta)
    article = _build_article(raw, items, art_id, meta)
    if not any(b.kind in (m.PARAGRAPH, m.QUOTE, m.HEADING) for b in article.blocks):
        raise BadArticle("nothing left after cleaning but a title or byline", raw.path)
    return article


# --- boilerplate ---------------------------------------------------------------------------

def _strip_boilerplate(items: list[Item], rules: list[Rule], meta: dict[str, str]) -> None:
    section: Rule | None = None
    live = [it for it in items if it.text]
    for i, it in enumerate(live):
        if it.kind is not None:
            continue  # a reply button taken by the widget above it
        found = match_rule(rules, it.text)
        if found:
            rule, match = found
            _remove(it, rule, rule.reason)
            if rule.capture and match.groupdict().get(rule.capture):
                _set_date(meta, match.group(rule.capture).strip())
            # "اقرأ أيضا: <title>" is one link, not the head of a list of them.
            section = rule if rule.section and not match.groupdict().get("link") else None
            replies = _WIDGET_REPLIES.get(rule.id)
            for nxt in live[i + 1:]:
                if replies is None or nxt.kind is not None or not replies.fullmatch(nxt.text):
                    break
                _remove(nxt, rule, f"a reply button of the '{rule.id}' widget")
            continue
        # A short line after a "read also" header is one of its links, unless a paragraph
        # follows it: then it is the article's next subheading, and content is never guessed away.
        following = live[i + 1] if i + 1 < len(live) else None
        heads_paragraph = following is not None and len(words(following.text)) > 16 \
            and match_rule(rules, following.text) is None
        if section and _short_unpunctuated(it.text) and it.unit.hint != "heading" \
                and not heads_paragraph:
            _remove(it, section, f"listed under a '{section.id}' line")
            continue
        section = None
    # Rules that only apply beside other junk (poster names, bare "Website" labels), repeated
    # so a run of such lines at the end of a page goes as a whole.
    changed = True
    while changed:
        changed = False
        live = [it for it in items if it.text]
        for i, it in enumerate(live):
            # A heading the source marks as one (Markdown, HTML) is the author's, not a name.
            if it.kind is not None or it.unit.hint == "heading":
                continue
            prev_junk = i > 0 and live[i - 1].kind == "removed"
            next_junk = i + 1 < len(live) and live[i + 1].kind == "removed"
            at_end = all(x.kind == "removed" for x in live[i + 1:])
            if not (prev_junk or next_junk or (at_end and i > 0)):
                continue
            found = match_rule(rules, it.text, near_junk=True)
            if found:
                _remove(it, found[0], found[0].reason)
                changed = True


# Widgets whose buttons are lone lines right after their question: only those lines go with it.
_WIDGET_REPLIES = {"feedback": re.compile(r"نعم|لا|yes|no|👍|👎", re.IGNORECASE)}


def _set_date(meta: dict[str, str], text: str) -> None:
    """Keep the first date line that reads as a date (a relative "منذ ساعتين" does not)."""
    if "date_text" not in meta or (_iso_date(meta["date_text"]) is None and _iso_date(text)):
        meta["date_text"] = text


def _strip_head_dates(items: list[Item], meta: dict[str, str]) -> None:
    """A bare date/time line in the head of the article (before its first paragraph) is the
    article's date as the site printed it: removed from the text, kept as the date. Further
    down, a date on its own line may be a subheading (a chronology), and stays."""
    for n, it in enumerate(x for x in items if x.kind is None and x.text):
        if n >= 6 or (n and (len(words(it.text)) > 15 or _TERMINAL.search(it.text))):
            return
        if it.unit.hint is None and _BARE_DATE.fullmatch(it.text) and _iso_date(it.text):
            it.kind, it.rule_id = "removed", "publication-date"
            it.reason = "date/time line at the head of the article (kept as the article's date)"
            _set_date(meta, it.text)


def _short_unpunctuated(text: str) -> bool:
    return len(words(text)) <= 16 and not _ENDS_CLAUSE.search(text)


def _remove(it: Item, rule: Rule, reason: str) -> None:
    it.kind, it.rule, it.rule_id, it.reason = "removed", rule, rule.id, reason


# --- structure -----------------------------------------------------------------------------

def _find_structure(content: list[Item], st: dict[str, Any], meta: dict[str, str]) -> None:
    agencies = frozenset(" ".join(a.split()).casefold() for a in st.get("agencies", []))
    byline_re = re.compile(
        r"^(?:" + "|".join(map(re.escape, st["byline_prefixes"])) + r")\b\s*[:：]?\s*\S.{0,80}$",
        re.IGNORECASE,
    )
    fused_re = re.compile(
        r"^(?P<byline>\S.{1,70}?)\s+(?:" + "|".join(map(re.escape, st["fused_byline_verbs"]))
        + r")\s*(?:[.:…]{1,3}|[-–—])\s*(?P<title>\S.+)$"
    )
    pos = 0
    first = content[0]
    title_text = meta.get("title")
    if _title_like(first, st) and not byline_re.match(first.text):
        fused = fused_re.match(first.text)
        if fused and len(words(fused["byline"])) <= 8:
            first.kind = m.TITLE
            first.parts = [(m.BYLINE, fused["byline"].strip()), (m.TITLE, fused["title"].strip())]
            title_text = fused["title"]
        else:
            first.kind = m.TITLE
            title_text = first.text
        pos = 1
    # Lines repeating the title (scrapers often catch the page's <h1> and the <title>).
    if title_text:
        folded = fold_for_matching(title_text)
        for it in content[pos:]:
            if fold_for_matching(it.text) == folded:
                it.kind, it.rule_id, it.reason = "removed", "repeated-title", "repeats the title"
    rest = [it for it in content[pos:] if it.kind is None]
    # Head of the article: deck and byline, in either order, before the first paragraph.
    head = 0
    while head < len(rest) and head < 3:
        it = rest[head]
        if byline_re.match(it.text) and len(words(it.text)) <= 10:
            it.kind = m.BYLINE
        elif (pos and head == 0 and it.unit.hint not in ("heading", "paragraph")
              and len(words(it.text)) <= st["deck_max_words"]
              and not _TERMINAL.search(it.text) and _dateline(it.text, agencies) is None
              and head + 1 < len(rest)):
            it.kind = m.DECK
        else:
            break
        head += 1
    body = rest[head:]
    if body:
        split = _dateline(body[0].text, agencies)
        if split:
            dateline, remainder = split
            if remainder:
                body[0].parts = [(m.DATELINE, dateline), (m.PARAGRAPH, remainder)]
                body[0].kind = m.PARAGRAPH
            else:
                body[0].kind = m.DATELINE
    _find_signature(body, st)
    for i, it in enumerate(body):
        if it.kind is not None:
            continue
        is_last = all(x.kind == m.SIGNATURE for x in body[i + 1:])
        # Only a line the format leaves open is guessed at: a table row or the text of a raw
        # HTML block is body text ("paragraph"), a blockquote a quote, however short.
        if it.unit.hint == "heading" or (not is_last and it.unit.hint is None
                                         and _heading_like(it.text, st)):
            it.kind = m.HEADING
        elif it.unit.hint == "quote" or _QUOTE_WRAPPED.match(it.text):
            it.kind = m.QUOTE
        else:
            it.kind = m.PARAGRAPH


def _title_like(it: Item, st: dict[str, Any]) -> bool:
    if it.unit.hint == "heading":
        return True
    if it.unit.hint == "paragraph":
        return False  # a table row or an HTML block's text is body text, never the title
    n = len(words(it.text))
    return 0 < n <= 30 and not re.search(r"[.،,؛]$", it.text)


def _heading_like(text: str, st: dict[str, Any]) -> bool:
    return (
        len(words(text)) <= st["heading_max_words"]
        and len(text) <= st["heading_max_chars"]
        and not _ENDS_CLAUSE.search(text)
        and not text.startswith(("\"", "“", "”", "«", "-", "–", "•"))
    )


_DATELINE = re.compile(
    r"^(?P<d>[\p{Arabic}\p{Latin}][\p{Arabic}\p{Latin} ]{1,30}?\s*"
    r"(?:[-–—]\s*[\p{Arabic}\p{Latin} ]{2,30}?|\([\p{Arabic}\p{Latin} ]{2,30}\))\s*[:：])"
    r"\s*(?P<rest>.*)$"
)


# Agency datelines ended by a dash instead of a colon: "القاهرة (رويترز) - قال ...",
# "عمان - بترا - أعلن ...", or a line of its own, "الرياض - «الحياة»". Only when the bracketed,
# dashed or quoted part is a known agency or a quoted paper's name (structure.toml), so a
# sentence with a dashed aside is never cut.
_DATELINE_DASH = re.compile(
    r"^(?P<d>(?P<city>[\p{Arabic}\p{Latin}]+(?: [\p{Arabic}\p{Latin}]+){0,2})\s*"
    r"(?:\((?P<a1>[^()]{2,30})\)\s*[-–—]"
    r"|[-–—]\s*(?P<a2>[^-–—«»\"“”:]{2,30}?)\s*[-–—]"
    r"|[-–—]\s*[«\"“](?P<paper>[^«»\"“”]{2,30})[»\"”](?:\s*[-–—:：])?))"
    r"\s*(?P<rest>.*)$"
)


def _dateline(text: str, agencies: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    match = _DATELINE.match(text)
    dash = None if match else _DATELINE_DASH.match(text)
    if dash and dash["paper"]:
        # «A paper» ends the line, or is closed by a dash or colon: never a quotation's start.
        if not dash["rest"] or dash["d"].rstrip()[-1] in "-–—:：":
            match = dash
    elif dash and " ".join((dash["a1"] or dash["a2"]).split()).casefold() in agencies:
        match = dash
    if not match or len(words(match["d"])) > 6:
        return None
    return match["d"].strip(), match["rest"].strip()


def _find_signature(body: list[Item], st: dict[str, Any]) -> None:
    if len(body) < 2:
        return
    last = body[-1]
    text = last.text
    n = len(words(text))
    office = any(re.search(r"(?<!\p{L})" + re.escape(w) + r"(?!\p{L})", text, re.IGNORECASE)
                 for w in st["offices"])
    # "Name, office, office": the part before the first comma is a name, not a clause.
    name = re.split(r"[،,]", text, maxsplit=1)
    named = len(name) == 2 and 1 <= len(words(name[0])) <= 4
    if last.unit.hint == "paragraph":
        return  # a table row or an HTML block's text is body text, never a signature
    if (n <= 16 and office and named) or (n <= 4 and not _TERMINAL.search(text)
                                                and last.unit.hint != "heading"):
        last.kind = m.SIGNATURE


# --- flags ---------------------------------------------------------------------------------

def flag_block(block: m.Block, st: dict[str, Any], prose: bool = True) -> None:
    """Flag the defects of a block. ``prose`` False: text the format gives a shape of its own
    (a table row, a list item, an HTML block's text), where a missing full stop or a short
    piece is no sign of a cut or a stray fragment."""
    text = block.text
    if block.kind in (m.PARAGRAPH, m.QUOTE) and prose:
        sents = sentences(text)
        if not _TERMINAL.search(text):
            block.flags.append(m.Flag(
                "cut-off", "The paragraph breaks off mid-sentence in the source.",
                text[-60:]))
            sents = sents[:-1]  # the unfinished last sentence is not a stray fragment
        limit = st["fragment_max_words"]
        for i, s in enumerate(sents):
            n = len([w for w in words(s) if not w.isdigit()])
            if len(sents) > 1 and 0 < n <= limit and not re.fullmatch(r"[\p{N}\p{P} ]+", s):
                where = "ends the paragraph" if i == len(sents) - 1 else "stands mid-paragraph"
                block.flags.append(m.Flag(
                    "orphan-fragment", f"A stray fragment {where}: “{s}”.", s))
        if len(sentences(text)) == 1 and len(words(text)) <= limit:
            block.flags.append(m.Flag("orphan-fragment", "A stray fragment on its own.", text))
    if block.kind not in (m.XREF,):
        problem = unbalanced_quotes(text)
        if problem:
            block.flags.append(m.Flag("unbalanced-quotes", problem))


def unbalanced_quotes(text: str) -> str | None:
    # Scraped Arabic uses ” both to open and to close, so curly quotes are counted together.
    curly = text.count("“") + text.count("”")
    if curly % 2:
        return "A quotation mark (“ ”) is opened or closed without its partner."
    if text.count("«") != text.count("»"):
        return "A guillemet (« ») is opened or closed without its partner."
    if text.count('"') % 2:
        return 'A straight quotation mark (") has no partner.'
    if text.count("(") != text.count(")"):
        return "A parenthesis is opened or closed without its partner."
    return None


# --- assembling the article ----------------------------------------------------------------

def _build_article(raw: RawArticle, items: list[Item], art_id: str,
                   meta: dict[str, str]) -> m.Article:
    st = load_structure()
    source = raw.path.name
    article = m.Article(
        id=art_id, source_file=source, encoding=raw.encoding, line_count=raw.line_count,
        date=_iso_date(meta.get("date") or meta.get("date_text")), url=meta.get("url"),
        source_name=meta.get("source"), author=meta.get("author"),
    )
    article.line_endings = raw.line_endings
    records: dict[int, m.LineRecord] = {}
    for n in raw.blank_lines:
        records[n] = m.LineRecord(n, "blank")
    fm = getattr(raw, "front_matter_lines", 0)
    for n in range(1, fm + 1):
        records[n] = m.LineRecord(n, "kept", kind="front-matter",
                                  rule=None, before=None, after=None)
    counter = 0

    def new_block(kind: str, text: str, unit: Unit) -> m.Block:
        nonlocal counter
        counter += 1
        block = m.Block(id=f"{art_id}-{counter:02d}", kind=kind, text=text, source_file=source,
                        lines=list(unit.lines))
        flag_block(block, st, prose=unit.hint != "paragraph")
        article.blocks.append(block)
        return block

    if meta.get("title") and not any(it.kind == m.TITLE for it in items):
        # The title comes from front matter or the HTML page when the text has none.
        unit = Unit(meta["title"], [])
        new_block(m.TITLE, normalize_line(meta["title"]), unit)
    for it in items:
        original = " ".join(it.unit.text.split("\n"))
        if it.kind == "removed" or it.kind is None:
            for n in it.unit.lines:
                records[n] = m.LineRecord(n, "removed", rule=it.rule_id or "empty",
                                          before=original, after=None, kind=it.reason)
            continue
        parts = it.parts or [(it.kind, it.text)]
        ids = [new_block(kind, text, it.unit).id for kind, text in parts]
        kinds = "+".join(kind for kind, _ in parts)
        if it.unit.joined:
            # Hard-wrapped lines joined into one passage: each line says so, and where it went.
            for n, source in zip(it.unit.lines, it.unit.joined, strict=True):
                records[n] = m.LineRecord(n, "changed", block=",".join(ids), kind=kinds,
                                          rule="hard-wrap", before=source, after=it.text)
            continue
        changed = it.text != original.strip()
        for j, n in enumerate(it.unit.lines):
            if j == 0 and changed:
                records[n] = m.LineRecord(n, "changed", block=",".join(ids), kind=kinds,
                                          before=original, after=it.text)
            else:
                records[n] = m.LineRecord(n, "kept", block=",".join(ids), kind=kinds)
    for n, (text, what) in raw.markup_lines.items():
        if n not in records:
            records[n] = m.LineRecord(n, "removed", rule="markup", before=text, kind=what)
    for n in range(1, raw.line_count + 1):
        # A line the reader neither read nor listed as blank or markup: not called blank.
        records.setdefault(n, m.LineRecord(n, "removed", rule="markup",
                                           kind="a line the reader took no text from"))
    article.lines = [records[n] for n in sorted(records)]
    article.extractor_removed = list(raw.extractor_removed)
    return article


_EN_MONTHS = {
    name: i for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")], start=1)
    for name in names
}
_MONTHS = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "أبريل": 4,
    "ابريل": 4, "نيسان": 4, "مايو": 5, "أيار": 5, "يونيو": 6, "حزيران": 6, "يوليو": 7,
    "تموز": 7, "أغسطس": 8, "اغسطس": 8, "آب": 8, "سبتمبر": 9, "أيلول": 9, "أكتوبر": 10,
    "اكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11, "تشرين الثاني": 11, "ديسمبر": 12,
    "كانون الأول": 12, "كانون الاول": 12, "تشرين الاول": 10, "يونيه": 6, "يوليه": 7,
    "إبريل": 4, "اذار": 3, "ايار": 5, "ايلول": 9,
}
_WEEKDAY = (r"(?:يوم\s+)?(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)"
            r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?")
_MONTH_NAME = "|".join(sorted((re.escape(k).replace("\\ ", r"\s+") for k in
                               [*_MONTHS, *_EN_MONTHS]), key=len, reverse=True))
_DAY_MONTH_YEAR = (
    r"(?:[\p{Nd}]{1,2}\s*(?:" + _MONTH_NAME + r")\.?,?\s*[\p{Nd}]{4}"
    r"|(?:" + _MONTH_NAME + r")\.?\s+[\p{Nd}]{1,2},?\s+[\p{Nd}]{4}"
    r"|[\p{Nd}]{1,2}[/.-][\p{Nd}]{1,2}[/.-][\p{Nd}]{4}|[\p{Nd}]{4}[/.-][\p{Nd}]{1,2}[/.-][\p{Nd}]{1,2})"
    r"\s*(?:م|هـ)?"
)
_TIME = (r"(?:(?:الساعة|at)\s*)?[\p{Nd}]{1,2}[:.][\p{Nd}]{2}(?:[:.][\p{Nd}]{2})?"
         r"(?:\s*(?:ص|م|صباحا|صباحاً|صباحًا|مساء|مساءً|مساءا|ظهرا|ظهراً|am|pm|a\.m\.|p\.m\.))?"
         r"(?:\s*(?:gmt|utc|بتوقيت\s+\S+(?:\s+\S+)?)(?:\s*[+-]\s*[\p{Nd}]{1,2})?)?")
# A line that is nothing but a date, maybe with its weekday and a time: "الأربعاء 12 يونيو 2024 -
# 10:35 ص", "Wednesday, June 12, 2024 10:35 AM", "12/06/2024".
_BARE_DATE = re.compile(
    r"(?:(?:" + _WEEKDAY + r")\s*[,،-]?\s*)?" + _DAY_MONTH_YEAR
    + r"(?:\s*[-–—|,،]?\s*" + _TIME + r")?",
    re.IGNORECASE,
)


def _iso_date(text: str | None) -> str | None:
    """ISO date from front matter or a 'published on' line; None when it cannot be read."""
    if not text:
        return None
    text = normalize_line(text, digits="western")
    iso = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        return f"{int(iso[1]):04d}-{int(iso[2]):02d}-{int(iso[3]):02d}"
    dmy = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if dmy:
        return _valid(int(dmy[3]), int(dmy[2]), int(dmy[1]))
    for name, month in _MONTHS.items():
        named = re.search(r"(\d{1,2})\s+" + name + r"\s+(\d{4})", text)
        if named:
            return f"{int(named[2]):04d}-{month:02d}-{int(named[1]):02d}"
    for name, month in _EN_MONTHS.items():
        named = re.search(r"(?<![a-z])(?:(\d{1,2})\s+" + name + r"\.?,?\s+(\d{4})|" + name
                          + r"\.?\s+(\d{1,2}),?\s+(\d{4}))", text, re.IGNORECASE)
        if named:
            day, year = (named[1], named[2]) if named[1] else (named[3], named[4])
            return _valid(int(year), month, int(day))
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    """ISO text of a real calendar date (a US-style 06/13/2024 is not read as month 13)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
