"""Site templates learned from the folder: the lines a site prints around every article.

A scrape of one site repeats the site's template in every file: its name and menu above the
title, share buttons, an author box, a copyright footer. No rule file can know every site, but
the folder shows them: a line that is not prose and recurs in several articles (or twice in one)
is the site's, not the article's. Found here over the cleaned articles, then removed by cleaning
the articles again without those lines (``clean_article(template_lines=...)``), so the title,
headings and signature are decided on what is left: a template line is junk, never a heading.

What "recurs" and "not prose" mean is in ``[site_templates]`` of the configuration:

- a line is compared folded (case, diacritics, punctuation, spacing) with its numbers as
  written, so two stories' date lines are not one template line;
- it recurs when it is in at least ``min_files`` articles, or ``min_in_file`` times in one;
- it is prose when it has more than ``max_words`` words and a sentence end of its language:
  recurring prose (an agency's paragraph about itself) stays, and merge cross-references it,
  unless it stands after the copy's end, its first credit line ("Reporting by ..."): the
  agency's line about itself under the credit is the page's;
- a recurring line counts only where a template stands: before the article's text (its first
  prose, or sentence no other article has) or after it, or in a run with the next or previous
  line that recurs as a pair. In the middle of the text a lone recurring line ("Background", a
  repeated short quotation) stays, and so do recurring sentences in a run (two wire stories
  sharing their background), and a subheading the pages share over the article's own
  sentences ("Notes");
- a site prints its template in the same place on every page: above the text, a line counts
  only where it is in the upper half of the other articles too (a story's headline listed in
  the others' "most read" box is not the site's);
- what cleaning took for the title (two articles of a site may share one, and a story's title
  recurs in the others' "most read" lists) counts only in such a pair, or when it is taken for
  the title of other articles too: of at least ``title_min_files``, or of two when a line that
  could be the title follows it (the site's name above every title); a byline, a dateline and
  an agency's credit line are the article's own however often they recur, and so is a
  reporter's bare name unless it recurs with the menu around it on every page.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex as re

from . import languages
from . import model as m
from .normalize import fold_for_matching, words

RULE = "site-template"

_KEEPS_CONTENT = (m.PARAGRAPH, m.QUOTE, m.HEADING)
_LETTER = re.compile(r"\p{L}")


@dataclass
class _Line:
    """One unit of the source (a block with lines of its own) as the detection sees it."""

    art: int
    key: str | None  # None: not a candidate (split into several blocks, or no letters)
    text: str
    kind: str
    lines: tuple[int, ...]
    prose: bool
    sentence: bool  # ends as a sentence ends in its language


@dataclass
class Found:
    """Template lines to remove per article (index -> {source line: reason}), and each line
    found: (article index, folded key, text), in reading order."""

    lines: dict[int, dict[int, str]]
    found: list[tuple[int, str, str]]

    def report(self, articles: Sequence[m.Article], removed: set[int]) -> list[dict[str, Any]]:
        """One entry per template line with every article it was removed from (those of
        ``removed``: an article cleaning refused without them keeps them)."""
        entries: dict[str, dict[str, Any]] = {}
        for i, key, text in self.found:
            if i not in removed:
                continue
            entry = entries.setdefault(key, {"text": text, "files": [], "count": 0,
                                             "language": articles[i].language})
            if articles[i].where not in entry["files"]:
                entry["files"].append(articles[i].where)
            entry["count"] += 1
        return list(entries.values())


def settings(cfg: dict[str, Any]) -> dict[str, int]:
    st = cfg.get("site_templates", {})
    # One article is no evidence of a site; a line "twice in one file" needs two (0 or 1: off).
    in_file = int(st.get("min_in_file", 2))
    return {"min_files": max(2, int(st.get("min_files", 2))),
            "min_in_file": in_file if in_file >= 2 else 1 << 30,
            "max_words": int(st.get("max_words", 16)),
            "title_min_files": max(2, int(st.get("title_min_files", 3)))}


def key_of(text: str) -> str | None:
    """How a line is compared: folded (case, diacritics, punctuation, spacing), numbers as
    written: two articles' date lines or figures differ in their numbers, and are the
    articles' own. A line without letters (a rule, a lone number) is left to the rules: it says
    nothing about a site."""
    folded = fold_for_matching(text)
    return folded if _LETTER.search(folded) else None


@lru_cache(maxsize=32)
def _ends_sentence(ends: str) -> re.Pattern:
    return re.compile("[" + re.escape(ends) + "]['\"”»’)\\]]*$")


def is_prose(text: str, ends: str, max_words: int) -> bool:
    """More than ``max_words`` words and at least one sentence end of the language (a full
    stop after a word, maybe in quotes or brackets, then a space or the end)."""
    if len(words(text)) <= max_words:
        return False
    return bool(re.search("(?<=\\p{L}|\\p{N}|[\"'”»’)\\]])[" + re.escape(ends)
                          + "]['\"”»’)\\]]*(?:\\s|$)", text))


def find(articles: Sequence[m.Article], cfg: dict[str, Any],
         project: str | None = None) -> Found:
    """The template lines of ``articles`` (cleaned without them), per article and for the
    report. Pure: the same articles and settings give the same answer."""
    st = settings(cfg)
    units = [_units(i, a, st["max_words"], project) for i, a in enumerate(articles)]
    # The copy ends at its (first) credit line: recurring prose after it (the agency's line
    # about itself under "Reporting by ...") is the page's, as recurring prose before it is
    # the article's. A signature read from a short last line is often the page's own.
    from .clean import cues, load_structure

    structure = load_structure()
    # What each article's language recognises a byline, a date or a credit line by, once.
    cue_of = [cues(languages.get(a.language, project), structure) for a in articles]
    signed = [min((k for k, v in enumerate(au) if _credited(v, cue)), default=None)
              for au, cue in zip(units, cue_of, strict=True)]
    after_copy = [set(range(end + 1, len(au))) if end is not None else set()
                  for au, end in zip(units, signed, strict=True)]
    eligible = [[u.key is not None and (not u.prose or j in after_copy[i])
                 for j, u in enumerate(au)] for i, au in enumerate(units)]
    files: dict[str, set[int]] = defaultdict(set)
    in_file: Counter[tuple[int, str]] = Counter()
    for au in units:  # where a line recurs counts wherever it stands
        for u in au:
            if u.key is not None:
                files[u.key].add(u.art)
                in_file[(u.art, u.key)] += 1

    titles: dict[str, set[int]] = defaultdict(set)  # the articles each line is the title of
    # A site prints its template in the same place on every page: a line above the text of
    # one article and only at the foot of the others (a story's headline, listed in the
    # others' "most read") is that article's own. Above the text, a line counts only where it
    # stands in the upper half of the other articles too.
    first_prose = [next((j for j, u in enumerate(au) if u.prose), len(au)) for au in units]
    at_head: dict[str, set[int]] = defaultdict(set)
    head_in_file: Counter[tuple[int, str]] = Counter()
    for au in units:
        for j, u in enumerate(au):
            if u.kind == m.TITLE and u.key is not None:
                titles[u.key].add(u.art)
            if 2 * j < len(au) and u.key is not None:
                at_head[u.key].add(u.art)
                head_in_file[(u.art, u.key)] += 1

    def recurs(art: int, key: str) -> bool:
        return len(files[key]) >= st["min_files"] or in_file[(art, key)] >= st["min_in_file"]

    # Runs: two neighbouring lines that recur together, as a pair, are a piece of template
    # wherever they stand.
    pair_files: dict[tuple[str, str], set[int]] = defaultdict(set)
    pair_in_file: Counter[tuple[int, tuple[str, str]]] = Counter()
    candidate = [[able and recurs(u.art, u.key) for u, able in zip(au, ok, strict=True)]
                 for au, ok in zip(units, eligible, strict=True)]
    for au, cand in zip(units, candidate, strict=True):
        for j in range(len(au) - 1):
            if cand[j] and cand[j + 1]:
                pair = (au[j].key, au[j + 1].key)
                pair_files[pair].add(au[j].art)
                pair_in_file[(au[j].art, pair)] += 1

    def pair_recurs(art: int, pair: tuple[str, str]) -> bool:
        return len(pair_files[pair]) >= st["min_files"] \
            or pair_in_file[(art, pair)] >= st["min_in_file"]

    found: dict[int, dict[int, str]] = {}
    listed: list[tuple[int, str, str]] = []
    for i, (au, cand) in enumerate(zip(units, candidate, strict=True)):
        art = articles[i]
        cue = cue_of[i]
        # Where the article's text is: its prose, and the sentences it does not share with
        # other articles (a short first paragraph is text, a footer ending in a full stop not).
        prose_at = [j for j, u in enumerate(au) if (u.prose or (u.sentence and not cand[j]))
                    and j not in after_copy[i]]
        if signed[i] is not None and prose_at:
            prose_at.append(signed[i])  # the text runs to its signature
        chosen: list[int] = []
        for j, u in enumerate(au):
            if not cand[j]:
                continue
            # (A byline, a date line or an agency's credit line beside it is the article's own,
            # however often the pair recurs: no run.)
            runs = [k for k in (j - 1, j + 1) if 0 <= k < len(au) and cand[k]
                    and au[k].kind not in (m.DATELINE, m.BYLINE)
                    and not _credited(au[k], cue)
                    and pair_recurs(
                        i, (au[k].key, u.key) if k < j else (u.key, au[k].key))]
            in_run = bool(runs)
            # A run of the site's menu recurs wherever its lines do; a line recurring in fewer
            # articles than its neighbour (a reporter's name above the share bar, in two of
            # the three stories) is not part of it.
            whole_run = any(files[au[k].key] <= files[u.key] for k in runs)
            if _own(u, art, cue, in_run, whole_run):
                continue
            nxt = au[j + 1] if j + 1 < len(au) else None
            if (u.kind in (m.HEADING, m.PARAGRAPH) and not in_run and nxt is not None
                    and not cand[j + 1] and nxt.key is not None and nxt.sentence
                    and (u.kind == m.HEADING or nxt.kind == m.ITEM)):
                # A subheading the site's pages share ("Notes", "Key points") over this
                # article's own sentences or list is the article's; a box's label over the
                # site's lines ("Most read" over the same headlines on every page) or over
                # links and tags goes.
                continue
            if u.kind == m.TITLE:
                # Only where it heads other articles too: a story's title recurs in the site's
                # "most read" and related lists of the others, and is still this one's title.
                heads = len(titles[u.key])
                ok = in_run or heads >= st["title_min_files"] or (
                    heads >= 2 and _title_follows(au, j, cand))
            else:
                outside = j in after_copy[i] or (
                    bool(prose_at) and (j < prose_at[0] or j > prose_at[-1]))
                if j < first_prose[i] and not in_run:
                    outside = outside and (len(at_head[u.key]) >= st["min_files"]
                                           or head_in_file[(i, u.key)] >= st["min_in_file"])
                # Inside the text a run of recurring sentences is two stories sharing their
                # background (wire copy does), not the site's: only lines that are no
                # sentence (a menu, a share bar) make a run there.
                ok = outside or (in_run and not (u.sentence and len(words(u.text)) >= 6))
            if ok:
                chosen.append(j)
        # An article that would keep nothing of its own is too short to tell its site's lines
        # from its text: it loses none.
        if not chosen or not any(u.kind in _KEEPS_CONTENT for j, u in enumerate(au)
                                 if j not in chosen):
            continue
        found[i] = {}
        for j in chosen:
            u = au[j]
            others = sorted(files[u.key])
            reason = _reason(len(others), in_file[(i, u.key)], [articles[k].where
                                                                 for k in others])
            for n in u.lines:
                found[i][n] = reason
            listed.append((i, u.key, u.text))
    return Found(found, listed)


def _units(i: int, art: m.Article, max_words: int, project: str | None) -> list[_Line]:
    """The article's units in reading order: the blocks that share source lines (a title with
    its fused byline, a dateline and its paragraph) are one unit and never a candidate."""
    ends = languages.get(art.language, project).sentence_ends
    grouped: dict[tuple[int, ...], list[m.Block]] = {}
    for b in art.blocks:
        if b.lines:  # a title from front matter or the page's <title> is not in the text
            grouped.setdefault(tuple(b.lines), []).append(b)
    out = []
    for lines, blocks in grouped.items():
        text = " ".join(b.text for b in blocks)
        key = key_of(text) if len(blocks) == 1 else None
        out.append(_Line(i, key, text, blocks[0].kind, lines, is_prose(text, ends, max_words),
                         bool(_ends_sentence(ends).search(text))))
    return out


def _title_follows(au: list[_Line], j: int, cand: list[bool]) -> bool:
    """The line after a recurring title could be the title itself: short, not prose, the
    article's own (a site's name printed above every title; two articles that merely share
    a title go on with a byline, a date or their text)."""
    if j + 1 >= len(au):
        return False
    nxt = au[j + 1]
    return (not nxt.sentence and not cand[j + 1] and nxt.key is not None
            and nxt.kind not in (m.BYLINE, m.DATELINE, m.SIGNATURE)
            and 0 < len(words(nxt.text)) <= 30)


def _own(u: _Line, art: m.Article, cue: dict[str, Any], in_run: bool,
         whole_run: bool) -> bool:
    """A byline, a dateline, or a closing credit naming agencies: the article's own. A byline
    cleaning read from a bare name ("Mert Yılmaz") is not, inside a run of the site's menu
    ("Ana Sayfa" under the site's name): there only a byline word says so. A name recurring
    in fewer articles than the run around it (``whole_run`` False) is a reporter's."""
    if u.kind == m.DATELINE or (u.kind == m.BYLINE and not in_run):
        return True
    from .clean import _byline, _iso_date, lowercase_words, name_line

    # A reporter's bare name under two of their stories, alone (a menu's capitalised items
    # come in runs): theirs.
    if not whole_run and u.kind in (m.PARAGRAPH, m.DECK, m.BYLINE, m.HEADING) and name_line(
            " ".join(u.text.split()), cue, lowercase_words(b.text for b in art.blocks)):
        return True
    # Cleaning may not have seen it as a byline or a date yet (a site's menu above the title
    # hides the article's head until the template is gone): one reporter's two stories, or
    # two stories of one day, share such a line, and it is still theirs.
    if _byline(u.text, cue) or (len(u.text.split()) <= 8 and _iso_date(u.text, cue)):
        return True
    return _credited(u, cue)


def _credited(u: _Line, cue: dict[str, Any]) -> bool:
    """A signature by its words: a credit line of the language ("Reporting by ...", initials)
    or agencies ("(أ ف ب، رويترز)"), not merely the article's last short line."""
    if u.kind != m.SIGNATURE:
        return False
    if any(re.fullmatch(p, u.text, re.IGNORECASE) for p in cue.get("credit_lines", [])):
        return True
    parts = [p for p in re.split(r"\s*[،,/]\s*", u.text.strip("()[] ")) if p]
    return bool(parts) and any(" ".join(p.split()).casefold() in cue["agency_keys"]
                               for p in parts)


def _reason(n_files: int, in_this: int, where: list[str]) -> str:
    said = []
    if n_files > 1:
        names = ", ".join(where[:5]) + (f" and {len(where) - 5} more" if len(where) > 5 else "")
        said.append(f"in {n_files} files of the folder ({names})")
    if in_this > 1:
        said.append(f"{in_this} times in this file")
    return "the site's template, not the article: the same line is " + " and ".join(said)
