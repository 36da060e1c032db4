"""Clean one article: normalise, strip boilerplate, find its parts, flag its defects.

Cleaning never guesses a repair. It removes only what a rule names, changes only what
normalisation allows, and records for every physical line of the source what became of it.

Everything that depends on the article's language comes from the language layer
(pipeline/languages): how a line is normalised, where a sentence ends, which words open a byline
or name an agency, the month names of its dates, its own boilerplate rules. structure.toml keeps
only the numbers that hold in every language.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex as re

from . import languages
from . import model as m
from .boilerplate import Rule, match_rule, rules_for
from .errors import BadArticle
from .languages import Language
from .normalize import DEFAULT_ENDS, fold_for_matching, normalize_line, sentences, words
from .readers.base import RawArticle, Unit, caption_line

# Marks that may close a sentence after its full stop. Scraped Arabic-script text uses either
# curly quote or guillemet to close (Urdu closes with “), and at a paragraph's end none opens.
_CLOSERS = "['\"“”«»’)\\]]*"


@lru_cache(maxsize=32)
def _terminal(ends: str) -> re.Pattern:
    """A line that ends a sentence (or opens a list or a quotation with a colon)."""
    return re.compile("[" + re.escape(ends) + "]" + _CLOSERS + "$|[:؛]$")


@lru_cache(maxsize=32)
def _ends_clause(ends: str) -> re.Pattern:
    return re.compile("[" + re.escape(ends + ":؛،,") + "]" + _CLOSERS + "$")


@lru_cache(maxsize=32)
def _quote_wrapped(ends: str) -> re.Pattern:
    return re.compile(r"^[\"“”«„].+[\"“”»]" + "[" + re.escape(ends) + "]?$")


def _ends(language: Language | None) -> str:
    return language.sentence_ends if language is not None else DEFAULT_ENDS


_TERMINAL = _terminal(DEFAULT_ENDS)


@dataclass
class Item:
    unit: Unit
    text: str
    kind: str | None = None  # a block kind once decided, or "removed"
    rule: Rule | None = None
    rule_id: str | None = None
    reason: str | None = None
    parts: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) when split
    # A line with a shape of its own (a table row, a caption), not prose: a missing full stop is
    # no sign of a cut.
    shaped: bool = False


def load_structure() -> dict[str, Any]:
    return dict(_structure())


@lru_cache(maxsize=1)
def _structure() -> dict[str, Any]:
    text = resources.files("pipeline").joinpath("data/structure.toml").read_text("utf-8")
    return tomllib.loads(text)


def article_id(path: Path, taken: set[str], record: str | None = None) -> str:
    """An id for anchors and block ids: the file's name in ASCII, with the record's for one of
    several articles in a file; unique in the dossier."""
    from .readers import stem as file_stem
    from .readers.base import record_slug

    name = file_stem(Path(path).name) + (f"-{record_slug(record)}" if record else "")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-")
    if not stem or not stem[0].isalpha():
        stem = "a" + stem if stem else "a" + hashlib.sha1(Path(path).name.encode()).hexdigest()[:8]
    base, n = stem, 2
    while stem in taken:
        stem, n = f"{base}-{n}", n + 1
    taken.add(stem)
    return stem


def content_text(raw: RawArticle, rules: list[Rule] | None = None) -> str:
    """The article's text without the lines a base boilerplate rule takes: what its language is
    judged on, so an Arabic article wrapped in an English site's share bars and comment form
    is still Arabic."""
    lines = [u.text for u in raw.units]
    if rules:
        text = [t for t in lines if match_rule(rules, normalize_line(t)) is None]
        lines = text or lines
    return "\n".join(lines)


def default_language(raw: RawArticle, rules: list[Rule] | None = None) -> Language:
    """The language of an article nobody decided one for: the default language of the script
    most of its letters are in (Arabic for Arabic letters, as before languages were known)."""
    script = languages.script_of(content_text(raw, rules))
    return languages.of_script(script if script in languages.scripts() else None)


def clean_article(raw: RawArticle, cfg: dict[str, Any], rules: list[Rule], art_id: str,
                  structure: dict[str, Any] | None = None,
                  language: Language | None = None,
                  template_lines: dict[int, str] | None = None) -> m.Article:
    """``template_lines``: the source lines the folder shows to be its site's template (first
    line of a unit -> why; pipeline/site_templates.py), removed before anything is decided."""
    structure = structure or load_structure()
    language = language or default_language(raw, rules)
    cue = cues(language, structure)
    ccfg = cfg["clean"]
    items = [
        Item(u, normalize_line(u.text, ccfg["digits"], ccfg["remove_tatweel"], language))
        for u in raw.units
    ]
    meta = dict(raw.meta)
    for it in items:
        if template_lines and it.unit.lines and it.unit.lines[0] in template_lines:
            it.kind, it.rule_id = "removed", "site-template"
            it.reason = template_lines[it.unit.lines[0]]
    article_rules = rules_for(rules, language)
    _strip_boilerplate(items, article_rules, meta, cue)
    _strip_head_dates(items, meta, cue)
    if not (meta.get("date") or meta.get("date_text")):
        # The page's labels may be in the site's language, most often English ("Published:").
        _date_left_out(raw.extractor_removed,
                       article_rules + rules_for(rules, languages.get(languages.TARGET)),
                       meta, cue)
    content = [it for it in items if it.kind is None and it.text]
    for it in items:
        if not it.text and it.kind is None:
            it.kind, it.rule_id, it.reason = "removed", "empty", "nothing but invisible characters"
    if not content:
        raise BadArticle(
            f"nothing left after cleaning ({len(raw.units)} text line(s), all boilerplate or "
            "invisible characters)", raw.path)
    _find_structure(content, cue, meta, article_rules)
    article = _build_article(raw, items, art_id, meta, cue, ccfg)
    article.language = language.tag
    first = next((b for b in article.blocks if b.kind != m.TITLE), None)
    if meta.get("summary_only") and first is not None:
        first.flags.append(m.Flag("summary-only", "The source holds only the site's summary of "
                                  "this article, not its text."))
    elif not any(b.kind in (m.PARAGRAPH, m.QUOTE, m.HEADING, m.ITEM, m.ROW, m.CAPTION)
                 for b in article.blocks):
        raise BadArticle("nothing left after cleaning but a title or byline", raw.path)
    return article


# --- the language's cues -------------------------------------------------------------------

_CUE_LISTS = ("byline_prefixes", "fused_byline_verbs", "offices", "agencies", "weekdays",
              "weekdays_bare", "weekday_prefixes", "year_suffixes", "credit_lines",
              "date_joiners", "bio_verbs")


def cues(language: Language, structure: dict[str, Any] | None = None) -> dict[str, Any]:
    """What cleaning recognises an article's parts by, in ``language``: its own structure
    cues, then those of the languages it lists under ``also`` (English, for the agency names
    and bylines every press prints), then any list structure.toml still carries; and the
    language-neutral numbers of structure.toml."""
    sources = [language.structure]
    for code in language.structure.get("also", []):
        if code != language.code:
            sources.append(languages.get(code).structure)
    st = dict(structure or {})
    sources.append(st)
    out: dict[str, Any] = {k: v for k, v in st.items() if k not in _CUE_LISTS}
    for key in _CUE_LISTS:
        out[key] = list(dict.fromkeys(x for src in sources for x in src.get(key, [])))
    for key in ("months", "solar_months"):
        merged: dict[str, int] = {}
        for src in sources:
            for name, month in src.get(key, {}).items():
                merged.setdefault(name, int(month))
        out[key] = merged
    out["agency_keys"] = frozenset(" ".join(a.split()).casefold() for a in out["agencies"])
    out["language"] = language
    out["ends"] = language.sentence_ends
    return out


# --- boilerplate ---------------------------------------------------------------------------

def _strip_boilerplate(items: list[Item], rules: list[Rule], meta: dict[str, str],
                       cue: dict[str, Any]) -> None:
    section: Rule | None = None
    live = [it for it in items if it.text]
    for i, it in enumerate(live):
        if it.kind is not None:
            continue  # a reply button taken by the widget above it
        found = match_rule(rules, it.text, shape=it.unit.shape)
        if found:
            rule, match = found
            _remove(it, rule, rule.reason)
            if rule.capture and match.groupdict().get(rule.capture):
                _set_date(meta, match.group(rule.capture).strip(), cue)
            # "اقرأ أيضا: <title>" is one link, not the head of a list of them.
            section = rule if rule.section and not match.groupdict().get("link") else None
            replies = _WIDGET_REPLIES.get(rule.id)
            for nxt in live[i + 1:]:
                if replies is None or nxt.kind is not None or not replies.fullmatch(nxt.text):
                    break
                _remove(nxt, rule, f"a reply button of the '{rule.id}' widget")
            continue
        # A short line after a "read also" header is one of its links, unless it heads content:
        # a paragraph, or a list or table while it is no list item itself. Then it is the
        # article's next subheading (a list of links is lines or items, never a table), and
        # content is never guessed away.
        following = live[i + 1] if i + 1 < len(live) else None
        heads_paragraph = following is not None and match_rule(rules, following.text) is None \
            and (len(words(following.text)) > 16
                 or (it.unit.shape != "item" and following.unit.shape in ("item", "row")))
        if section and _short_unpunctuated(it.text, cue["ends"]) and it.unit.hint != "heading" \
                and it.unit.shape not in ("row", "caption") and not heads_paragraph:
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
            # Above the first paragraph, "By Staff Reporter" beside a date line is the
            # article's byline, not a poster's name at the foot of a page.
            if _byline(it.text, cue) and not any(len(words(x.text)) > 16 and x.kind is None
                                                  for x in live[:i]):
                continue
            prev_junk = i > 0 and live[i - 1].kind == "removed"
            next_junk = i + 1 < len(live) and live[i + 1].kind == "removed"
            at_end = all(x.kind == "removed" for x in live[i + 1:])
            if not (prev_junk or next_junk or (at_end and i > 0)):
                continue
            found = match_rule(rules, it.text, near_junk=True, shape=it.unit.shape)
            if found:
                _remove(it, found[0], found[0].reason)
                changed = True


# Widgets whose buttons are lone lines right after their question: only those lines go with it.
_WIDGET_REPLIES = {"feedback": re.compile(r"نعم|لا|yes|no|👍|👎", re.IGNORECASE)}


def _date_left_out(blocks: list[str], rules: list[Rule], meta: dict[str, str],
                   cue: dict[str, Any]) -> None:
    """The article's date from a page's date line the HTML extractor left out with the page
    around the text ("Published: Apr. 9, 2024 at 11:05 AM PDT"), when the page's metadata
    gives none: the first of its blocks a date rule takes, or that is a bare date."""
    for block in blocks[:40]:
        text = " ".join(block.split())
        found = match_rule(rules, text)
        if found and found[0].capture and found[1].groupdict().get(found[0].capture):
            value = found[1].group(found[0].capture).strip()
        elif len(words(text)) <= 8 and _iso_date(text, cue):
            value = text
        else:
            continue
        if _iso_date(value, cue):
            meta["date_text"] = value
            return


def _set_date(meta: dict[str, str], text: str, cue: dict[str, Any]) -> None:
    """Keep the first date line that reads as a date (a relative "منذ ساعتين" does not)."""
    if "date_text" not in meta or (_iso_date(meta["date_text"], cue) is None
                                   and _iso_date(text, cue)):
        meta["date_text"] = text


def _strip_head_dates(items: list[Item], meta: dict[str, str], cue: dict[str, Any]) -> None:
    """A bare date/time line in the head of the article (before its first paragraph) is the
    article's date as the site printed it: removed from the text, kept as the date. Further
    down, a date on its own line may be a subheading (a chronology), and stays."""
    bare_date = _dates(cue)[0]
    terminal = _terminal(cue["ends"])
    for n, it in enumerate(x for x in items if x.kind is None and x.text):
        if n >= 6 or (n and (len(words(it.text)) > 15 or terminal.search(it.text))):
            return
        if it.unit.hint is None and bare_date.fullmatch(it.text) and _iso_date(it.text, cue):
            it.kind, it.rule_id = "removed", "publication-date"
            it.reason = "date/time line at the head of the article (kept as the article's date)"
            _set_date(meta, it.text, cue)


def _short_unpunctuated(text: str, ends: str = DEFAULT_ENDS) -> bool:
    return len(words(text)) <= 16 and not _ends_clause(ends).search(text)


def _remove(it: Item, rule: Rule, reason: str) -> None:
    it.kind, it.rule, it.rule_id, it.reason = "removed", rule, rule.id, reason


# --- structure -----------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _byline_re(prefixes: tuple[str, ...]) -> re.Pattern:
    if not prefixes:
        return re.compile(r"(?!)")
    return re.compile(r"^(?:" + "|".join(map(re.escape, prefixes))
                      + r")\b\s*[:：]?\s*(?P<name>\S.{0,80})$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _fused_re(verbs: tuple[str, ...]) -> re.Pattern:
    if not verbs:
        return re.compile(r"(?!)")
    return re.compile(
        r"^(?P<byline>\S.{1,70}?)\s+(?:" + "|".join(map(re.escape, verbs))
        + r")\s*(?:[.:…]{1,3}|[-–—])\s*(?P<title>\S.+)$"
    )


def _byline(text: str, cue: dict[str, Any]) -> bool:
    """A line opening with a byline word. In a script with capitals the name after it starts
    with one: "Par ailleurs, ..." and "By then, ..." open sentences, not bylines."""
    match = _byline_re(tuple(cue["byline_prefixes"])).match(text)
    if not match:
        return False
    first = next((ch for ch in match["name"] if ch.isalpha()), "")
    return not first.islower()


_NAME_WORD = re.compile(r"^\p{Lu}[\p{L}\p{M}'’.-]*$")
_ROLE_SPLIT = re.compile(r"\s+[|–—]\s+|,\s+")


def _bare_name(it: Item, st: dict[str, Any], author: str | None, lower: set[str]) -> bool:
    """A byline without its word, on its own line under the title: the page's author field
    as written, or (in a script with capitals) a name of 2 to 4 capitalised words with an
    optional short role, "Murat Kaya", "Jane Doe | Staff writer". A line in capitals is a
    wire heading, and a title-case phrase is not a name when the article writes one of its
    words in lower case (``lower``) elsewhere ("Looking East" / "looking"). Anything the
    format marks (a heading, a list item) is left as it is."""
    if it.unit.hint is not None or it.unit.shape:
        return False
    text = " ".join(it.text.split())
    if author and fold_for_matching(text) == fold_for_matching(author):
        return True
    return name_line(text, st, lower)


def name_line(text: str, st: dict[str, Any], lower: set[str]) -> bool:
    """A person's name, maybe with a short role, and nothing else (see ``_bare_name``)."""
    name, *role = _ROLE_SPLIT.split(text, maxsplit=1)
    if role and (len(role[0].split()) > 4 or re.search(r"[.!?؟:;]$|\d", role[0])):
        return False
    parts = name.split()
    particles = set(st.get("name_particles", []))
    capitals = [w for w in parts if _NAME_WORD.match(w)]
    return (2 <= len(parts) <= 4 and len(capitals) >= 2 and not name.isupper()
            and all(w in capitals or w.casefold() in particles for w in parts)
            and not any(w.casefold() in lower for w in capitals))


def _lowercase_words(content: list[Item]) -> set[str]:
    return lowercase_words(it.text for it in content)


def lowercase_words(texts: Iterable[str]) -> set[str]:
    return {w for text in texts for w in words(text) if w.islower()}


def _find_structure(content: list[Item], st: dict[str, Any], meta: dict[str, str],
                    rules: list[Rule] | None = None) -> None:
    fused_re = _fused_re(tuple(st["fused_byline_verbs"]))
    ends = st["ends"]
    terminal = _terminal(ends)
    pos = 0
    if _section_label(content, st, rules or []):
        label = content[0]
        label.kind, label.rule_id = "removed", "section-label"
        label.reason = "the section's label printed above the title"
        pos = 1
    first = content[pos]
    title_text = meta.get("title")
    if _title_like(first, st) and not _byline(first.text, st):
        fused = fused_re.match(first.text)
        if fused and len(words(fused["byline"])) <= 8:
            first.kind = m.TITLE
            first.parts = [(m.BYLINE, fused["byline"].strip()), (m.TITLE, fused["title"].strip())]
            title_text = fused["title"]
        else:
            first.kind = m.TITLE
            title_text = first.text
        pos += 1
    # Lines repeating the title (scrapers often catch the page's <h1> and the <title>).
    if title_text:
        folded = fold_for_matching(title_text)
        for it in content[pos:]:
            if fold_for_matching(it.text) == folded:
                it.kind, it.rule_id, it.reason = "removed", "repeated-title", "repeats the title"
    rest = [it for it in content[pos:] if it.kind is None]
    # Head of the article: deck and byline, in either order, before the first paragraph.
    head = 0
    lower = _lowercase_words(content)

    def is_byline(it: Item) -> bool:
        return (_byline(it.text, st) and len(words(it.text)) <= 10) or (
            bool(pos) and _bare_name(it, st, meta.get("author"), lower))

    while head < len(rest) and head < 3:
        it = rest[head]
        if is_byline(it):
            it.kind = m.BYLINE
        elif it.unit.hint == "deck" and head + 1 < len(rest):
            it.kind = m.DECK  # the page names it its standfirst
        elif (pos and head == 0 and it.unit.hint == "heading" and head + 1 < len(rest)
              and (terminal.search(it.text) or len(words(it.text)) > st["heading_max_words"])):
            # A subtitle set as a heading right under the title (a blog's or newsletter's "##"
            # standfirst): a sentence, or longer than a subheading, before any text.
            it.kind = m.DECK
        elif (pos and head == 0 and it.unit.hint not in ("heading", "paragraph")
              and len(words(it.text)) <= st["deck_max_words"]
              and _dateline(it.text, st) is None and head + 1 < len(rest)
              # A standfirst may be sentences; then a byline under it says it is one: one
              # with its word or the reporter's role (a capitalised subheading after the
              # first paragraph reads like a bare name).
              and (not terminal.search(it.text) or (is_byline(rest[head + 1]) and (
                  _byline(rest[head + 1].text, st)
                  or _ROLE_SPLIT.search(rest[head + 1].text) is not None)))):
            it.kind = m.DECK
        else:
            break
        head += 1
    body = rest[head:]
    if body:
        split = _dateline(body[0].text, st)
        if split:
            dateline, remainder = split
            if not (meta.get("date") or meta.get("date_text")) and _iso_date(dateline, st):
                meta["date_text"] = dateline  # "Astana, March 19, 2025 —" dates the article
            if remainder:
                body[0].parts = [(m.DATELINE, dateline), (m.PARAGRAPH, remainder)]
                body[0].kind = m.PARAGRAPH
            else:
                body[0].kind = m.DATELINE
    _find_signature(body, st)
    quote_wrapped = _quote_wrapped(ends)
    for i, it in enumerate(body):
        if it.kind is not None:
            continue
        # Only a line the format leaves open is guessed at: a table row or the text of a raw
        # HTML block is body text ("paragraph"), a blockquote a quote, however short.
        if it.unit.hint is None and i and _byline(it.text, st) and len(words(it.text)) <= 8 \
                and not terminal.search(it.text):
            it.kind = m.BYLINE  # "Автор: Мария Лебедева" printed under the text
        elif it.unit.hint == "heading" or (it.unit.hint is None and _heading_like(it.text, st)
                                           and _heads_prose(body, i, st, rules or [])):
            it.kind = m.HEADING
        elif it.unit.hint == "quote" or quote_wrapped.match(it.text):
            it.kind = m.QUOTE
        else:
            it.kind = m.PARAGRAPH
            it.shaped = it.unit.hint is None and (_tabular(it, st) or _caption_like(it.text, st))
    names = [_author(it.text, st) for it in content if it.kind == m.BYLINE]
    _author_box(body, st, [_ROLE_SPLIT.split(n, maxsplit=1)[0] for n in names if n]
                + [n for n in [_author(meta.get("author"), st)] if n])


def _author_box(body: list[Item], st: dict[str, Any], names: list[str]) -> None:
    """The author box a site prints under the text: the byline's name on a line of its own,
    maybe a short role, then a biography, and nothing of the article after them; or the
    biography alone, opening with the name and a verb a biography opens with in the language
    ("Tomás Ferreira is a fellow ...", its [structure] bio_verbs). The name alone closing the
    text is the writer's signature, and stays."""
    folded = {fold_for_matching(n) for n in names if len(n.split()) >= 2}
    if not folded or len(body) < 3:
        return
    last = len(body) - 1
    start = next((i for i in range(last - 1, max(last - 3, 0), -1)
                  if fold_for_matching(body[i].text) in folded), None)
    box: list[Item] = []
    if start is not None and body[last].kind == m.PARAGRAPH and all(
            len(words(it.text)) <= 6 for it in body[start + 1:last]):
        box = body[start:]
    else:
        verbs = "|".join(map(re.escape, st.get("bio_verbs", [])))
        opens = verbs and any(re.match(rf"{re.escape(n)}\s+(?:{verbs})\b", body[last].text,
                                       re.IGNORECASE) for n in names if len(n.split()) >= 2)
        if opens and body[last].kind == m.PARAGRAPH and len(words(body[last].text)) <= 80:
            box = [body[last]]
    for it in box:
        it.kind, it.parts = "removed", None
        it.rule_id, it.reason = "author-box", "the author's box (name and biography)"


def _section_label(content: list[Item], st: dict[str, Any], rules: list[Rule]) -> bool:
    """The first line is the section's label over the headline ("Polizei", "Faits divers",
    "Происшествия"), as news sites print it: a word or two, no figure or punctuation, above a
    headline of four words or more that stops without a full stop, with more text after it.
    Not over a line a junk rule knows (a ticker under its label)."""
    if len(content) < 3:
        return False
    label, title = content[0], content[1]
    if match_rule(rules, title.text) or match_rule(rules, title.text, near_junk=True) \
            or match_rule(rules, label.text, near_junk=True):
        return False
    return (label.unit.hint is None and label.unit.shape is None
            and 1 <= len(words(label.text)) <= 2
            and not re.search(r"[\p{N}.!?؟:،,;|/]", label.text)
            and not _byline(label.text, st) and title.unit.shape is None
            and _title_like(title, st) and len(words(title.text)) >= 4
            and not _terminal(st["ends"]).search(title.text))


def _title_like(it: Item, st: dict[str, Any]) -> bool:
    if it.unit.hint == "heading":
        return True
    if it.unit.hint in ("paragraph", "deck"):
        return False  # a table row or an HTML block's text is body text, never the title
    n = len(words(it.text))
    return 0 < n <= 30 and not re.search(r"[.،,؛۔]$", it.text)


def _heads_prose(body: list[Item], i: int, st: dict[str, Any], rules: list[Rule]) -> bool:
    """The evidence that a short line is a heading: it stands between prose (or opens the
    body) and prose that belongs to it follows, or a list or table the format marks. A line at
    the end, or in a run of short lines (links, tags, a key-figures table), heads nothing; a
    table row, a photo caption or a line a junk rule names (one kept only because no other junk
    stood beside it) is never a heading."""
    if not _candidate(body[i], st, rules):
        return False
    following = body[i + 1] if i + 1 < len(body) else None
    if following is None or following.kind is not None:
        return False
    # What a heading heads may be a list or a table the format marks as one, not prose.
    if following.unit.shape not in ("item", "row") and not _prose(following, st):
        # A heading and its subheading, then prose: two short lines, never more (a list).
        after = body[i + 2] if i + 2 < len(body) else None
        if not (_candidate(following, st, rules) and after is not None and after.kind is None
                and _prose(after, st)):
            return False
    # Before it, prose or the start of the body; a photo's caption or a table between two
    # sections does not make the next one's heading a line in a run.
    before = body[i - 1] if i else None
    return before is None or before.kind in (m.DATELINE, m.HEADING) \
        or before.unit.hint == "heading" or _prose(before, st) or before.shaped \
        or before.unit.shape is not None \
        or _tabular(before, st) or _caption_like(before.text, st)


def _candidate(it: Item, st: dict[str, Any], rules: list[Rule]) -> bool:
    """A short line the format leaves open that is not a table row, a caption or junk."""
    return (it.unit.hint is None and _heading_like(it.text, st) and not _tabular(it, st)
            and not _caption_like(it.text, st) and not match_rule(rules, it.text, True))


def _prose(it: Item, st: dict[str, Any]) -> bool:
    """A line of running text: longer than a heading, or ending as a sentence or clause does."""
    if it.unit.hint == "heading" or _tabular(it, st) or _caption_like(it.text, st):
        return False
    return not _heading_like(it.text, st) or bool(_ends_clause(st["ends"]).search(it.text))


def _tabular(it: Item, st: dict[str, Any]) -> bool:
    """A table row scraped as a line: cells separated by tabs, or mostly figures ("حجم التبادل
    52 2024"), but not a date standing as a chronology's subheading."""
    if "\t" in it.unit.text.strip():
        return True
    tokens = it.text.split()
    figures = sum(1 for tok in tokens if re.search(r"\p{Nd}", tok))
    return figures >= 2 and 2 * figures >= len(tokens) and not _dates(st)[0].fullmatch(it.text)


def _caption_like(text: str, st: dict[str, Any]) -> bool:
    """A photo caption or credit as the readers know one (readers.base.caption_line: led or
    closed by a caption word, "Фото: ...", "... (Photo: AFP)"), or any line in brackets
    ("(أ ف ب، رويترز)"): never a heading."""
    return bool(re.fullmatch(r"[(\[].*[)\]]\.?", text)) or caption_line(text)


def _heading_like(text: str, st: dict[str, Any]) -> bool:
    return (
        len(words(text)) <= st["heading_max_words"]
        and len(text) <= st["heading_max_chars"]
        and not _ends_clause(st.get("ends", DEFAULT_ENDS)).search(text)
        and not text.startswith(("\"", "“", "”", "«", "„", "-", "–", "•"))
    )


_LETTERS = r"\p{Arabic}\p{Latin}\p{Cyrillic}"
_DATELINE = re.compile(
    rf"^(?P<d>[{_LETTERS}][{_LETTERS} ]{{1,30}}?\s*"
    rf"(?:[-–—]\s*\(?[{_LETTERS} ]{{2,30}}?\)?|\([{_LETTERS} ]{{2,30}}\))\s*[:：])"
    r"\s*(?P<rest>.*)$"
)


# Agency datelines ended by a dash instead of a colon: "القاهرة (رويترز) - قال ...",
# "عمان - بترا - أعلن ...", "تهران- ایرنا-", "ANKARA (AA) -", or a line of its own, "الرياض -
# «الحياة»". Only when the bracketed, dashed or quoted part is a known agency (the language's
# cues) or a quoted paper's name, so a sentence with a dashed aside is never cut.
_DATELINE_DASH = re.compile(
    # A dateline may name two places: "تاشقند/اسلام آباد (ویب ڈیسک)".
    rf"^(?P<d>(?P<city>[{_LETTERS}]+(?:\s?[ /]\s?[{_LETTERS}]+){{0,3}})\s*"
    r"(?:\((?P<a1>[^()]{2,30})\)\s*[-–—]"
    # The Urdu and Persian press often print "لاہور (ویب ڈیسک) ..." with no dash after the
    # bracket: taken only when the bracket names a known agency or desk.
    r"|\((?P<a3>[^()]{2,30})\)(?=\s+\S)"
    r"|[-–—]\s*(?P<a2>[^-–—«»\"“”:]{2,30}?)\s*[-–—]"
    r"|[-–—]\s*[«\"“](?P<paper>[^«»\"“”]{2,30})[»\"”](?:\s*[-–—:：])?))"
    r"\s*(?P<rest>.*)$"
)


def _dateline(text: str, st: dict[str, Any]) -> tuple[str, str] | None:
    agencies = st["agency_keys"]
    match = _DATELINE.match(text)
    if match and _cased(match["d"]) and not _capitalised(match["d"]):
        match = None  # "Energy - the key issue: ..." is a sentence, not "Astana - Reuters:"
    dash = None if match else _DATELINE_DASH.match(text)
    if dash and dash["paper"]:
        # «A paper» ends the line, or is closed by a dash or colon: never a quotation's start.
        if not dash["rest"] or dash["d"].rstrip()[-1] in "-–—:：":
            match = dash
    elif dash and _norm(dash["a1"] or dash["a2"] or dash["a3"]) in agencies:
        match = dash
    if match and len(words(match["d"])) <= 6:
        return match["d"].strip(), match["rest"].strip()
    return _press_dateline(text, st)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _cased(text: str) -> bool:
    return any(ch.isupper() or ch.islower() for ch in text)


def _capitalised(text: str) -> bool:
    """Every word that has letters starts with a capital (in a script that has them)."""
    return all(not w[0].islower() for w in re.findall(r"[\p{L}][\p{L}\p{M}'’.-]*", text))


@lru_cache(maxsize=64)
def _press_re(months: tuple[str, ...], year_suffixes: tuple[str, ...],
              joiners: tuple[str, ...] = ()) -> re.Pattern:
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True)) or r"(?!)"
    year = r"\p{Nd}{4}"
    if year_suffixes:
        year += r"(?:\s*(?:" + "|".join(map(re.escape, year_suffixes)) + r"))?"
    join = _joined(joiners)
    # The day may carry an ordinal's full stop ("12. März") and words may join the day, month
    # and year ("3 de junio de 2024"): the language's date_joiners.
    date = (rf"(?:\p{{Nd}}{{1,2}}(?:er|st|nd|rd|th)?\.?{join}(?i:{month})\.?(?:,?{join}{year})?"
            rf"|(?i:{month})\.?\s+\p{{Nd}}{{1,2}}(?:,?\s+{year})?"
            r"|\p{Nd}{1,2}[./]\p{Nd}{1,2}[./]\p{Nd}{2,4})")
    word = r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
    return re.compile(
        rf"^(?P<d>(?P<place>{word}(?:\s+{word}){{0,2}})"
        # "TBILISI, Georgia (AP) —": a region after the place, only before an agency.
        rf"(?:\s*,\s*(?P<region>{word}(?:\s+{word})?)(?=\s*\())?"
        rf"(?:\s*[,.]\s*(?P<date>{date}))?"
        r"(?P<dot>\s*\.)?"
        r"(?:\s*(?:\((?P<a1>[^()]{2,30})\)|/(?P<a2>[^/]{2,30})/"
        # "АСТАНА. KAZINFORM –", "Астана. 3 апреля. INTERFAX-KAZAKHSTAN -": an agency in
        # capitals after the full stop.
        r"|(?<=\.\s{0,3})(?P<a3>\p{Lu}[\p{Lu}\p{Nd}-]{2,30})(?=\s*[-–—])))?"
        # ".-" closes the Spanish agencies' datelines: "Madrid, 3 jun (EFE).-".
        r"\s*(?P<sep>\.?[-–—]|[:：]|\.(?=\s|$))?)"
        r"\s*(?P<rest>.*)$"
    )


def _press_dateline(text: str, st: dict[str, Any]) -> tuple[str, str] | None:
    """Datelines as the press of scripts with capitals writes them: a place name in capitals
    or capitalised (one to three words), maybe a date, maybe an agency, then a dash, colon or
    full stop: "ASTANA, March 12 (Reuters) -", "Astana, March 19, 2025 —", "ANKARA (AA) -",
    "АСТАНА, 12 марта. /ТАСС/.", "АСТАНА —", "АСТАНА.". A capitalised place needs a date or a
    known agency, a bare place in capitals text starting with a capital after it: "США —
    крупнейший партнёр" and "Astana - the capital" are sentences."""
    match = _press_re(tuple(st["months"]), tuple(st["year_suffixes"]),
                      tuple(st.get("date_joiners", []))).match(text)
    if not match:
        return None
    letters = [ch for ch in match["place"] if ch.isalpha()]
    upper = len(letters) >= 2 and all(ch.isupper() for ch in letters)
    agency = match["a1"] or match["a2"] or match["a3"]
    if agency:
        known = _norm(agency) in st["agency_keys"]
        acronym = agency.strip().isupper() and len(agency.strip()) <= 8
        # An agency in capitals between the place's full stop and a dash names itself by its
        # place and shape alone ("Астана. 3 апреля. INTERFAX-KAZAKHSTAN -").
        named = bool(match["a3"]) and len(agency) >= 5 and bool(
            re.match(r"\s*[\"“«„'(]?[\p{Lu}\p{Nd}]", match["rest"]))
        if not (known or (upper and acronym) or named):
            return None
    sep = match["sep"] or (match["dot"] and ".")
    rest = match["rest"]
    dateline = match["d"].strip()
    if not (upper or match["date"] or agency):
        return None
    if not sep and (rest or not (match["date"] or agency)):
        return None  # a dateline ends with its separator, or is the whole line
    if not (match["date"] or agency) and rest and not re.match(r"[\"“«„'(]?[\p{Lu}\p{Nd}]", rest):
        return None
    if sep and sep in "-–—" and rest:
        # RIA Novosti names itself after the dash: "МОСКВА, 12 мар — РИА Новости. Президент..."
        for name in sorted(st["agencies"], key=len, reverse=True):
            after = re.match(re.escape(name) + r"\s*[.,:]\s*", rest, re.IGNORECASE)
            if after:
                dateline, rest = f"{dateline} {rest[:after.end()].strip()}", rest[after.end():]
                break
    if len(words(dateline)) > 12:
        return None
    return dateline, rest.strip()


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
    # An agency's credit line closes its copy: "Reporting by ...; Editing by ...",
    # "(إعداد ... للنشرة العربية - تحرير ...)", "انتهای پیام/" (the patterns are in the language
    # files), wherever it stands after the first paragraph: a page may print the reporter's
    # contact line, the agency's footer, the notes or its links after it.
    for it in body[1:]:
        if it.kind is None and it.unit.hint != "paragraph" and len(words(it.text)) <= 30 \
                and any(re.fullmatch(p, it.text, re.IGNORECASE)
                        for p in st.get("credit_lines", [])):
            it.kind = m.SIGNATURE
    if last.unit.hint == "paragraph" or last.kind is not None:
        return  # a table row or an HTML block's text is body text, never a signature
    # Agencies credited at the foot, "(أ ف ب، رويترز)", or a reporter and agency, "Ayşe YILMAZ /
    # İHA": every part a known agency, or a short name before one.
    parts = [p for p in re.split(r"\s*[،,/]\s*", text.strip("()[] ")) if p]
    agencies = st["agency_keys"]
    if n <= 8 and parts and (all(_norm(p) in agencies for p in parts) or (
            len(parts) == 2 and _norm(parts[1]) in agencies and len(words(parts[0])) <= 4)):
        last.kind = m.SIGNATURE
        return
    if _byline(text, st) and n <= 8:
        return  # "Автор: Мария Лебедева" under the text is its byline, not a signature
    if (n <= 16 and office and named) or (n <= 4 and not _terminal(st["ends"]).search(text)
                                                and last.unit.hint != "heading"):
        last.kind = m.SIGNATURE


# --- flags ---------------------------------------------------------------------------------

def flag_block(block: m.Block, st: dict[str, Any], prose: bool = True,
               language: Language | None = None) -> None:
    """Flag the defects of a block. ``prose`` False: text the format gives a shape of its own
    (a table row, a list item, an HTML block's text), where a missing full stop or a short
    piece is no sign of a cut or a stray fragment. Sentences end where ``language`` ends them
    (Urdu "۔"); without a language, as in Arabic."""
    text = block.text
    if block.kind in (m.PARAGRAPH, m.QUOTE) and prose:
        sents = sentences(text, language)
        if not _terminal(_ends(language)).search(text):
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
        if len(sentences(text, language)) == 1 and len(words(text)) <= limit:
            block.flags.append(m.Flag("orphan-fragment", "A stray fragment on its own.", text))
    if block.kind not in (m.XREF,):
        problem = unbalanced_quotes(text)
        if problem:
            block.flags.append(m.Flag("unbalanced-quotes", problem))


def unbalanced_quotes(text: str) -> str | None:
    # Scraped Arabic uses ” both to open and to close, so curly quotes are counted together.
    curly = text.count("“") + text.count("”") + text.count("„")  # „German“ pairs too
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

def _author(name: str | None, cue: dict[str, Any]) -> str | None:
    """A page's author field as a name: extractors keep the byline's word ("Автор Дмитрий
    Козлов", "By Jane Doe"), which the byline cues of the article's language recognise."""
    if not name:
        return name
    prefixes = "|".join(map(re.escape, sorted(cue["byline_prefixes"], key=len, reverse=True)))
    if prefixes:
        bare = re.sub(rf"^(?:{prefixes})\b\s*[:：]?\s*(?=\S)", "", name, flags=re.IGNORECASE)
        return bare or name
    return name


def _build_article(raw: RawArticle, items: list[Item], art_id: str,
                   meta: dict[str, str], cue: dict[str, Any],
                   ccfg: dict[str, Any] | None = None) -> m.Article:
    st = cue
    language: Language = cue["language"]
    source = raw.path.name
    article = m.Article(
        id=art_id, source_file=source, encoding=raw.encoding, line_count=raw.line_count,
        record=raw.record, record_label=raw.record_label,
        date=_iso_date(meta.get("date") or meta.get("date_text"), cue),
        url=meta.get("url"), captured=meta.get("captured"), captured_by=meta.get("captured_by"),
        source_name=meta.get("source"), author=_author(meta.get("author"), cue),
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

    def new_block(kind: str, text: str, unit: Unit, shaped: bool = False) -> m.Block:
        nonlocal counter
        counter += 1
        block = m.Block(id=f"{art_id}-{counter:02d}", kind=kind, text=text, source_file=source,
                        lines=list(unit.lines))
        flag_block(block, st, prose=unit.hint != "paragraph" and not shaped, language=language)
        article.blocks.append(block)
        return block

    if meta.get("title") and not any(it.kind == m.TITLE for it in items):
        # The title comes from front matter or the HTML page when the text has none.
        unit = Unit(meta["title"], [])
        digits = (ccfg or {}).get("digits", "keep")
        new_block(m.TITLE, normalize_line(meta["title"], digits, language=language), unit)
    for it in items:
        original = " ".join(it.unit.text.split("\n"))
        if it.kind == "removed" or it.kind is None:
            for n in it.unit.lines:
                records[n] = m.LineRecord(n, "removed", rule=it.rule_id or "empty",
                                          before=original, after=None, kind=it.reason)
            continue
        parts = it.parts or [(it.kind, it.text)]
        shaped = _shaped(it, ccfg or {}, language)
        if shaped is not None:
            block = new_block(shaped.kind, shaped.text, it.unit, True)
            block.marker, block.ordered = shaped.marker, shaped.ordered
            block.level = shaped.level
            block.cells, block.header = shaped.cells, shaped.header
            ids, parts = [block.id], [(shaped.kind, shaped.text)]
        else:
            ids = [new_block(kind, text, it.unit, it.shaped).id for kind, text in parts]
        kinds = "+".join(kind for kind, _ in parts)
        if it.unit.joined:
            # Hard-wrapped lines joined into one passage: each line says so, and where it went.
            for n, source in zip(it.unit.lines, it.unit.joined, strict=True):
                records[n] = m.LineRecord(n, "changed", block=",".join(ids), kind=kinds,
                                          rule="hard-wrap", before=source, after=it.text)
            continue
        # A line split into parts (a byline fused to its title, a dateline to its paragraph)
        # that loses characters on the way ("يكتب.." between the name and the title) is a
        # changed line, the parts as its after: every character of a kept line is accounted for.
        split = " / ".join(text for _, text in parts)
        lost = len(parts) > 1 and re.sub(r"\s", "", split.replace(" / ", "")) != re.sub(
            r"\s", "", it.text)
        changed = it.text != original.strip() or lost
        for j, n in enumerate(it.unit.lines):
            if j == 0 and changed:
                records[n] = m.LineRecord(n, "changed", block=",".join(ids), kind=kinds,
                                          rule="split" if lost else None, before=original,
                                          after=split if lost else it.text)
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


def _shaped(it: Item, ccfg: dict[str, Any], language: Language) -> m.Block | None:
    """The block a list item, table row or caption of the source becomes (its kind, text and
    shape; id and lines are set by the caller), or None for any other piece. Only body text
    takes a shape: a piece the cleaner made a byline or split at a dateline keeps that.

    The marker of a list item is kept apart from its text, so every character of the line is
    in the block and the line is "kept"; a row's cells are normalised one by one, as its text
    is, and that text stays their join, which translation and search read."""
    unit = it.unit
    if unit.shape not in (m.ITEM, m.ROW, m.CAPTION) or it.parts \
            or it.kind not in (m.PARAGRAPH, m.QUOTE):
        return None
    block = m.Block(id="", kind=unit.shape, text=it.text, source_file="", lines=[])
    norm = lambda t: normalize_line(t, ccfg.get("digits", "keep"),  # noqa: E731
                                    ccfg.get("remove_tatweel", True), language)
    if unit.shape == m.ITEM:
        block.ordered = bool(unit.ordered)
        block.level = unit.level
        marker = norm(unit.marker or "")
        block.marker = marker or None
        if marker and it.text.startswith(marker) and it.text[len(marker):].strip():
            block.text = it.text[len(marker):].strip()
    elif unit.shape == m.ROW:
        block.cells = [norm(c) for c in unit.cells or []]
        block.header = unit.header
        if m.CELL_SEPARATOR.join(c for c in block.cells if c) != it.text:
            block.cells = None  # a cell the normaliser joined or split: the row is one cell
    return block


# --- dates ---------------------------------------------------------------------------------

def _alternatives(names: list[str] | tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(k).replace("\\ ", r"\s+") for k in names),
                           key=len, reverse=True)) or r"(?!)"


def _joined(joiners: tuple[str, ...] | list[str], space: str = r"\s+") -> str:
    """The space between a date's day, month and year, maybe with one of the language's
    joining words in it ("de" in "3 de junio de 2024")."""
    if not joiners:
        return space
    return space + r"(?:(?:" + _alternatives(joiners) + r")\s+)?"


# Times are written alike in every language but for a few words around the digits; those here
# are the Arabic and English ones the seeds' sites print.
_TIME = (r"(?:(?:الساعة|at)\s*)?[\p{Nd}]{1,2}[:.][\p{Nd}]{2}(?:[:.][\p{Nd}]{2})?"
         r"(?:\s*(?:ص|م|صباحا|صباحاً|صباحًا|مساء|مساءً|مساءا|ظهرا|ظهراً|am|pm|a\.m\.|p\.m\.))?"
         r"(?:\s*(?:gmt|utc|بتوقيت\s+\S+(?:\s+\S+)?)(?:\s*[+-]\s*[\p{Nd}]{1,2})?)?")


def _dates(cue: dict[str, Any]) -> tuple[re.Pattern]:
    return _date_patterns(tuple(cue["months"]) + tuple(cue["solar_months"]),
                          tuple(cue["weekdays"]) + tuple(cue["weekdays_bare"]),
                          tuple(cue["weekday_prefixes"]), tuple(cue["year_suffixes"]),
                          tuple(cue.get("date_joiners", [])))


@lru_cache(maxsize=64)
def _date_patterns(months: tuple[str, ...], weekdays: tuple[str, ...],
                   prefixes: tuple[str, ...], year_suffixes: tuple[str, ...],
                   joiners: tuple[str, ...] = ()) -> tuple[re.Pattern]:
    """A line that is nothing but a date, maybe with its weekday and a time: "الأربعاء 12 يونيو
    2024 - 10:35 ص", "Wednesday, June 12, 2024 10:35 AM", "12 марта 2025", "12/06/2024"."""
    month = _alternatives(months)
    weekday = "(?:" + _alternatives(weekdays) + r")\.?"
    if prefixes:
        weekday = r"(?:(?:" + _alternatives(prefixes) + r")\s+)?" + weekday
    suffix = r"\s*(?:" + _alternatives(year_suffixes) + ")?" if year_suffixes else ""
    join = _joined(joiners, r"\s*")
    day_month_year = (
        r"(?:[\p{Nd}]{1,2}\.?" + join + r"(?:" + month + r")\.?,?" + join + r"[\p{Nd}]{4}"
        r"|(?:" + month + r")\.?\s+[\p{Nd}]{1,2},?\s+[\p{Nd}]{4}"
        r"|[\p{Nd}]{1,2}[/.-][\p{Nd}]{1,2}[/.-][\p{Nd}]{4}|[\p{Nd}]{4}[/.-][\p{Nd}]{1,2}[/.-][\p{Nd}]{1,2})"
        + suffix
    )
    bare = re.compile(
        r"(?:(?:" + weekday + r")\s*[,،-]?\s*)?" + day_month_year
        + r"(?:\s*[-–—|,،]?\s*" + _TIME + r")?",
        re.IGNORECASE,
    )
    return (bare,)


@lru_cache(maxsize=1)
def _all_months() -> dict[str, Any]:
    """Month names of every language with a file, for a date read without a language."""
    months: dict[str, int] = {}
    solar: dict[str, int] = {}
    joiners: list[str] = []
    for code in languages.known_codes():
        st = languages.get(code).structure
        for name, n in st.get("months", {}).items():
            months.setdefault(name, int(n))
        for name, n in st.get("solar_months", {}).items():
            solar.setdefault(name, int(n))
        joiners += [w for w in st.get("date_joiners", []) if w not in joiners]
    return {"months": months, "solar_months": solar, "date_joiners": joiners}


def _iso_date(text: str | None, cue: dict[str, Any] | None = None) -> str | None:
    """ISO date from front matter or a 'published on' line; None when it cannot be read. Month
    names are the language's (``cue``), or every known language's."""
    if not text:
        return None
    cue = cue or _all_months()
    text = normalize_line(text, digits="western")
    iso = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        return f"{int(iso[1]):04d}-{int(iso[2]):02d}-{int(iso[3]):02d}"
    dmy = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if dmy:
        return _valid(int(dmy[3]), int(dmy[2]), int(dmy[1]))
    for name, month in cue["solar_months"].items():
        named = re.search(r"(\d{1,2})\s+" + re.escape(name) + r"\s+(\d{4})", text)
        if named and int(named[2]) < 1700:
            return _valid(*_jalali_to_gregorian(int(named[2]), month, int(named[1])))
    join = _joined(tuple(cue.get("date_joiners", [])))
    for name, month in cue["months"].items():
        # "12. März 2024" (an ordinal's full stop), "3 de junio de 2024" (joining words).
        named = re.search(r"(?<!\p{L})(?:(\d{1,2})(?:er|st|nd|rd|th)?\.?" + join + re.escape(name)
                          + r"\.?,?" + join + r"(\d{4})|" + re.escape(name)
                          + r"\.?\s+(\d{1,2}),?\s+(\d{4}))", text, re.IGNORECASE)
        if named:
            day, year = (named[1], named[2]) if named[1] else (named[3], named[4])
            return _valid(int(year), month, int(day))
    return None


def _jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """A Solar Hijri (Jalali) date in the Gregorian calendar (the arithmetic of the 33-year
    cycle that Iranian calendars and jdatetime use, exact for 1244-1816 SH)."""
    jy += 1595
    days = (-355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
            + ((jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186))
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = gy % 4 == 0 and gy % 100 != 0 or gy % 400 == 0
    for gm, length in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
                                start=1):
        if gd <= length:
            return gy, gm, gd
        gd -= length
    return gy, 12, 31


def _valid(year: int, month: int, day: int) -> str | None:
    """ISO text of a real calendar date (a US-style 06/13/2024 is not read as month 13)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
