"""The presentation view of a dossier: what every writer (PDF, EPUB, web) shows, computed once.

Writers and templates read this; they never parse text or reach into stage internals.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from .. import model as m

# Pairs whose texts together are shorter than this are kept on one page in the parallel layout.
SHORT_PAIR_CHARS = 900


@dataclass
class BlockView:
    block: m.Block
    label: str  # "2.27": article 2, block 27 — how cross-references and the report cite it
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


@dataclass
class ArticleView:
    article: m.Article
    number: int
    meta: dict[str, BlockView]
    body: list[BlockView]
    # A later slice of an article too long for one PDF part: its blocks without the header.
    continued: bool = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.article, name)

    @property
    def anchor(self) -> str:
        return self.article.id

    @property
    def title(self) -> BlockView | None:
        return self.meta.get(m.TITLE)

    @property
    def headings(self) -> list[BlockView]:
        return [b for b in self.body if b.kind == m.HEADING]

    @property
    def title_en(self) -> str:
        t = self.title
        if t is not None and t.en:
            return t.en
        return f"Article {self.number}"

    @property
    def title_source(self) -> str:
        t = self.title
        return t.text if t is not None else self.article.source_file

    @property
    def byline_source(self) -> str:
        b = self.meta.get(m.BYLINE)
        return b.text if b is not None else (self.article.author or "")

    @property
    def byline_en(self) -> str:
        b = self.meta.get(m.BYLINE)
        if b is not None:
            return b.en or ""
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
    skipped: list[dict[str, Any]] = field(default_factory=list)
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
        return self.info["title"].get("ar") or ""

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


def make_view(dossier: m.Dossier, layout: str) -> DossierView:
    articles: list[ArticleView] = []
    index: dict[str, BlockView] = {}
    for n, art in enumerate(dossier.articles, start=1):
        meta: dict[str, BlockView] = {}
        body: list[BlockView] = []
        for block in art.blocks:
            view = BlockView(block, f"{n}.{_suffix(block.id)}")
            index[block.id] = view
            if block.is_meta and block.kind not in meta and block.kind != m.SIGNATURE:
                meta[block.kind] = view
            else:
                # A second title-like block or a signature is shown where it stands.
                body.append(view)
        articles.append(ArticleView(art, n, meta, body))
    for view in index.values():
        if view.block.ref:
            view.ref = index.get(view.block.ref)
    counts = Counter(b.en_origin for b in dossier.blocks() if b.kind != m.XREF)
    return DossierView(
        config=dossier.config,
        articles=articles,
        glossary=dossier.glossary,
        merge_log=dossier.merge_log,
        counts={k: counts.get(k, 0) for k in m.EN_ORIGINS},
        build_date=build_date(),
        layout=layout,
        skipped=dossier.config.get("skipped", []),
        index=index,
        article_of={b.block.id: a for a in articles for b in [*a.meta.values(), *a.body]},
    )
