"""The presentation view of a dossier: what every writer (PDF, EPUB, web) shows, computed once.

Writers and templates read this; they never parse text or reach into stage internals.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .. import __version__, languages
from .. import model as m
from ..languages import Language

# Pairs whose texts together are shorter than this are kept on one page in the parallel layout.
SHORT_PAIR_CHARS = 900


@dataclass
class BlockView:
    block: m.Block
    label: str  # "2.27": article 2, block 27 — how cross-references and the report cite it
    lang: Language = field(default_factory=lambda: languages.get(languages.GENERIC))
    ref: BlockView | None = None  # for cross-references: the block it stands for

    def __getattr__(self, name: str) -> Any:
        return getattr(self.block, name)

    @property
    def anchor(self) -> str:
        return self.block.id

    @property
    def short(self) -> bool:
        size = len(self.block.text or self.block.replaced_text or "") + len(self.block.en or "")
        return size < SHORT_PAIR_CHARS

    @property
    def original(self) -> bool:
        """Written in English: its text is its English, shown once, never 'missing'."""
        return self.block.en_origin == m.ORIGINAL or self.lang.is_target

    @property
    def origin(self) -> str:
        return m.ORIGINAL if self.original else self.block.en_origin

    @property
    def english(self) -> str | None:
        return (self.block.en or self.block.text) if self.original else self.block.en

    @property
    def script_class(self) -> str:
        return f"script-{self.lang.script.name.lower()}"

    @property
    def en_marker(self) -> str:
        """A list item's marker in the English: its number in Western digits, or a bullet."""
        number = self.block.number
        if number is not None:
            return f"{number}."
        return (self.block.marker or "•") if self.block.ordered else "•"

    @property
    def src_cells(self) -> list[str]:
        """A table row's cells as the source has them (the whole text as one cell when the
        row's cells were not kept)."""
        return list(self.block.cells) if self.block.cells else [self.block.text]

    @property
    def en_cells(self) -> list[str] | None:
        """The English of a row cell by cell: its translated text split at " | ", when that
        gives as many cells as the source has cells with text (empty cells stay empty);
        otherwise None, and the English is set as one cell across the row."""
        english = self.english
        cells = self.src_cells
        if not english:
            return None
        parts = [p.strip() for p in english.split(m.CELL_SEPARATOR.strip())]
        filled = [i for i, c in enumerate(cells) if c]
        if len(parts) != len(filled) or not all(parts):
            return None
        out = [""] * len(cells)
        for i, part in zip(filled, parts, strict=True):
            out[i] = part
        return out


@dataclass
class Group:
    """Consecutive body blocks set together: the items of one list ("list"), the rows of one
    table ("table"), or a block on its own ("block")."""

    kind: str
    blocks: list[BlockView]

    @property
    def ordered(self) -> bool:
        return bool(self.blocks[0].block.ordered)

    @property
    def start(self) -> int | None:
        return self.blocks[0].block.number

    @property
    def label(self) -> str:
        first, last = self.blocks[0].label, self.blocks[-1].label
        return first if first == last else f"{first}–{last.rsplit('.', 1)[-1]}"


def group_blocks(blocks: list[BlockView]) -> list[Group]:
    """The body as the outputs set it: a run of list items (numbered or not, not mixed) is one
    list, a run of table rows one table."""
    groups: list[Group] = []
    for b in blocks:
        kind = {m.ITEM: "list", m.ROW: "table"}.get(b.kind, "block")
        last = groups[-1] if groups else None
        if (kind != "block" and last is not None and last.kind == kind
                and (kind != "list" or bool(b.block.ordered) == last.ordered)):
            last.blocks.append(b)
        else:
            groups.append(Group(kind, [b]))
    return groups


@dataclass
class ArticleView:
    article: m.Article
    number: int
    meta: dict[str, BlockView]
    body: list[BlockView]
    # A later slice of an article too long for one PDF part: its blocks without the header.
    continued: bool = False

    lang: Language = field(default_factory=lambda: languages.get(languages.GENERIC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.article, name)

    @property
    def anchor(self) -> str:
        return self.article.id

    @property
    def original(self) -> bool:
        return self.lang.is_target

    @property
    def script_class(self) -> str:
        return f"script-{self.lang.script.name.lower()}"

    @property
    def title(self) -> BlockView | None:
        return self.meta.get(m.TITLE)

    @property
    def groups(self) -> list[Group]:
        return group_blocks(self.body)

    @property
    def headings(self) -> list[BlockView]:
        return [b for b in self.body if b.kind == m.HEADING]

    @property
    def place(self) -> str:
        """Where the article is in the source folder, for its header: the file, and for one of
        several articles in it the record, without the URL the header shows anyway."""
        a = self.article
        label = a.record_label
        if a.url and label.endswith(a.url):
            label = label[: -len(a.url)].rstrip(": ")
        return f"{a.source_file} [{label}]" if a.record and label else a.source_file

    @property
    def title_en(self) -> str:
        t = self.title
        if t is not None and t.english:
            return t.english
        return f"Article {self.number}"

    @property
    def title_source(self) -> str:
        t = self.title
        return t.text if t is not None else self.article.where

    @property
    def byline_source(self) -> str:
        b = self.meta.get(m.BYLINE)
        return b.text if b is not None else (self.article.author or "")

    @property
    def author_source(self) -> str:
        """The byline as a name, for a table of authors: without its word ("بقلم: د. عبد
        الرحيم" is "د. عبد الرحيم"), as the article's language's byline cues know it."""
        from ..clean import _author, cues

        byline = self.byline_source
        return (_author(byline, cues(self.lang)) or "") if byline else ""

    @property
    def byline_en(self) -> str:
        b = self.meta.get(m.BYLINE)
        if b is not None:
            return b.english or ""
        return self.article.author or ""


@dataclass
class DossierView:
    config: dict[str, Any]
    articles: list[ArticleView]
    glossary: list[dict[str, Any]]
    merge_log: list[dict[str, Any]]
    counts: dict[str, int]
    build_date: dt.datetime
    layout: str = "interleaved"
    skipped: list[m.Skipped] = field(default_factory=list)
    index: dict[str, BlockView] = field(default_factory=dict)
    article_of: dict[str, ArticleView] = field(default_factory=dict)

    def label_of(self, block_id: str) -> str:
        view = self.index.get(block_id)
        return view.label if view is not None else block_id

    @property
    def info(self) -> dict[str, Any]:
        return self.config["dossier"]

    @property
    def style(self) -> dict[str, Any]:
        return self.config["style"]

    @property
    def date(self) -> str:
        return self.info.get("date") or self.build_date.date().isoformat()

    @property
    def title_en(self) -> str:
        return self.info["title"].get("en") or "Press Dossier"

    @property
    def title_source(self) -> str:
        return self._source_text("title")[1]

    @property
    def title_lang(self) -> Language:
        return self._source_text("title")[0]

    @property
    def subtitle_source(self) -> str:
        return self._source_text("subtitle")[1]

    @property
    def subtitle_lang(self) -> Language:
        return self._source_text("subtitle")[0]

    def _source_text(self, key: str) -> tuple[Language, str]:
        """The non-English title (or subtitle) of dossier.toml and its language. The table is
        keyed by language code; of several, one in a language the articles are in wins. A text
        whose letters are in another script than its key says gets the language of its
        script."""
        table = self.info.get(key) or {}
        used = {a.lang.code for a in self.articles}
        mine = [(c, t) for c, t in table.items() if c != languages.TARGET and t]
        if not mine:
            return languages.get(languages.TARGET), ""
        code, text = next(((c, t) for c, t in mine if c in used), mine[0])
        return self.language_for(text, str(code)), text

    def language_for(self, text: str | None, code: str | None = None) -> Language:
        """The language of a text of the dossier's own (a title, a glossary term): ``code``
        when its script agrees with the letters, else the first article language written in
        their script, else that script's default language."""
        script = languages.script_of(text or "")
        if code:
            lang = languages.get(code)
            if script is None or script == lang.script.name:
                return lang
        if script is None:
            return languages.get(languages.TARGET)
        same = [a.lang for a in self.articles if a.lang.script.name == script]
        return same[0] if same else languages.of_script(script)

    @property
    def source_languages(self) -> list[tuple[Language, int]]:
        """The languages the articles are in, with how many articles each, most first."""
        counts = Counter(a.lang.code for a in self.articles)
        langs = {a.lang.code: a.lang for a in self.articles}
        return [(langs[c], n) for c, n in sorted(counts.items(), key=lambda kv: (-kv[1],
                                                                               langs[kv[0]].name))]

    @property
    def press(self) -> str:
        """'9 articles from the Arabic, Persian and Russian press', from the data."""
        names = [lang.press.removesuffix(" press") for lang, _ in self.source_languages]
        n = len(self.articles)
        what = f"{n} article{'s' if n != 1 else ''}"
        if not names:
            return what
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"{what} from the {listed} press"

    @property
    def single_language(self) -> Language | None:
        """The one source language of the dossier, None when it mixes languages."""
        langs = self.source_languages
        return langs[0][0] if len(langs) == 1 else None

    @property
    def rtl_sources(self) -> list[Language]:
        return [lang for lang, _ in self.source_languages if lang.rtl and not lang.is_target]

    @property
    def ltr_sources(self) -> list[Language]:
        return [lang for lang, _ in self.source_languages if not lang.rtl
                and not lang.is_target]

    @property
    def has_original_english(self) -> bool:
        return any(a.original for a in self.articles)

    @property
    def version(self) -> str:
        return __version__

    @property
    def flags(self) -> list[tuple[ArticleView, BlockView, m.Flag]]:
        return [(a, b, f) for a in self.articles for b in list(a.meta.values()) + a.body
                for f in b.flags]

    @property
    def duplicates(self) -> list[dict[str, Any]]:
        return [e for e in self.merge_log if e.get("action") == "duplicate"]

    @property
    def glossary_replacements(self) -> int:
        return sum(e.get("count", 1) for e in self.merge_log if e.get("action") == "glossary")


def build_date() -> dt.datetime:
    """The build's timestamp; ``SOURCE_DATE_EPOCH`` pins it so outputs are reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC).replace(microsecond=0)


def _suffix(block_id: str) -> str:
    tail = block_id.rsplit("-", 1)[-1]
    return str(int(tail)) if tail.isdigit() else tail


def make_view(dossier: m.Dossier, layout: str, project: object = None) -> DossierView:
    articles: list[ArticleView] = []
    index: dict[str, BlockView] = {}
    where = str(project) if project else None
    for n, art in enumerate(dossier.articles, start=1):
        meta: dict[str, BlockView] = {}
        body: list[BlockView] = []
        lang = languages.of_article(art, where)
        for block in art.blocks:
            view = BlockView(block, f"{n}.{_suffix(block.id)}", lang)
            index[block.id] = view
            if block.is_meta and block.kind not in meta and block.kind != m.SIGNATURE:
                meta[block.kind] = view
            else:
                # A second title-like block or a signature is shown where it stands.
                body.append(view)
        articles.append(ArticleView(art, n, meta, body, lang=lang))
    for view in index.values():
        if view.block.ref:
            view.ref = index.get(view.block.ref)
    counts = Counter(v.origin for v in index.values() if v.kind != m.XREF)
    return DossierView(
        config=dossier.config,
        articles=articles,
        glossary=dossier.glossary,
        merge_log=dossier.merge_log,
        counts={k: counts.get(k, 0) for k in m.EN_ORIGINS},
        build_date=build_date(),
        layout=layout,
        skipped=dossier.skipped,
        index=index,
        article_of={b.block.id: a for a in articles for b in [*a.meta.values(), *a.body]},
    )
