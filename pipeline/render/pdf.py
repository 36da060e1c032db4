"""The PDF: the dossier's HTML laid out by WeasyPrint, with only our templates and fonts.

WeasyPrint would fetch any URL the HTML names. Article text is escaped before it reaches the
HTML, and on top of that the fetcher below refuses everything but the project's own template
and font files (the rule pandoc's ``--sandbox`` applies): nothing on the network, no local file
an article might name.

A dossier of more than ``[layout] pdf_part_articles`` articles is laid out in parts and
joined (``pdf_parts``), which bounds memory; smaller ones in one run. Both are tagged for screen
readers, each element with its language, and carry XMP metadata (``pdf_tags``).
"""

from __future__ import annotations

import dataclasses
import html as htmllib
import logging
from collections.abc import Callable
from math import ceil
from pathlib import Path

import regex as re
from markupsafe import Markup

from .. import model as m
from ..build import Options
from ..cache import digest, tree_digest
from ..errors import PipelineError
from ..fileio import atomic_write_with
from ..scale import available_cores
from . import layout_for, pdf_tags, pdf_text
from .context import base_context, font_faces, page_size
from .hyphenate import Rules, bind_last_words, settle, soft_hyphens
from .pagination import fix_pages, gap_fixer
from .templating import environment, render, template_dirs
from .view import ArticleView, BlockView, make_view

LOG = logging.getLogger(__name__)


def _sandbox(roots: list[Path]):
    from weasyprint.urls import URLFetcher

    allowed = [r.resolve() for r in roots]

    class Sandbox(URLFetcher):
        """Fetches file: URLs under the allowed folders; refuses every other URL."""

        refused: list[str]

        def __init__(self) -> None:
            super().__init__(allowed_protocols=("file",), allow_redirects=False)
            self.refused = []

        def fetch(self, url, headers=None):  # noqa: ANN001 - WeasyPrint's signature
            if url.startswith("file:"):
                from urllib.parse import unquote, urlsplit

                path = Path(unquote(urlsplit(url).path)).resolve()
                if any(path.is_relative_to(root) for root in allowed):
                    return super().fetch(url, headers)
            self.refused.append(url)
            raise ValueError(f"refused by the dossier's sandbox: {url}")

    return Sandbox()


def _html_maker(dossier: m.Dossier, opts: Options):
    """A function from part settings to the HTML, the article views, and the folders the
    renderer may load files from."""
    layout = layout_for(dossier, "pdf")
    view = make_view(dossier, layout, opts.source)
    faces = font_faces(view)
    font_urls = [{"family": f.family, "url": f.path.as_uri(), "weight": f.weight,
                  "style": f.style} for f in faces]

    def href(b: BlockView | None) -> str:
        return f"#{b.anchor}" if b is not None else "#"

    env = environment(opts.source)
    ctx = base_context(view, href, font_urls)
    size, height = page_size(view)
    rules = hyphenation_rules(env)

    def html(**part: object) -> str:
        css = render(env, "pdf/print.css.j2", page_size=size, page_height=height,
                     page_start=part.get("page_start"), part=part.get("part"), **ctx)
        if "</" in css:  # CSS is inlined in <style>; it must not be able to close it
            raise PipelineError("the PDF stylesheet contains '</'", Path("templates/pdf"))
        # output="pdf": right-to-left text is set for WeasyPrint's bidi (see markup.py)
        return short_runheads(bind_last_words(soft_hyphens(render(
            env, "pdf/dossier.html.j2", css=Markup(css), output="pdf", **ctx, **part), rules)),
            runhead_budget(size))

    roots = template_dirs(opts.source) + sorted({f.path.parent for f in faces})
    return html, view.articles, roots


# The width of each page size (mm), for the running heads' length.
PAGE_WIDTH_MM = {"A4": 210.0, "letter": 215.9, "A5": 148.0}
# What a running head may hold: half the text width (17 mm margins) over the average advance of
# its letters, about half an em of 7.5 pt (English) and of 9 pt (the source's).
_RUNHEAD = re.compile(r'(data-runhead-(en|src))="([^"]*)"')
_CONTROLS = "\u2066\u2067\u2068\u2069\u061c"


def runhead_budget(size: str) -> dict[str, int]:
    half_pt = (PAGE_WIDTH_MM.get(size, 210.0) - 34) * 72 / 25.4 / 2
    return {"en": int(half_pt / (7.5 * 0.5)) - 3, "src": int(half_pt / (9 * 0.5)) - 3}


def short_runheads(html: str, budget: dict[str, int]) -> str:
    """Running heads cut at a word to fit their half of the page head, with an ellipsis: a
    title that wrapped made the head two lines, pushing it into the text."""
    def cut(m: re.Match[str]) -> str:
        value = htmllib.unescape(m.group(3))
        bare = value.strip(_CONTROLS)
        limit = budget[m.group(2)]
        if len(bare) <= limit:
            return m.group(0)
        head = bare[:limit + 1]
        head = head[:head.rfind(" ")] if " " in head else head[:limit]
        short = value[:len(value) - len(value.lstrip(_CONTROLS))] + head.rstrip(" ,;:.–—-") + \
            "…" + value[len(value.rstrip(_CONTROLS)):]
        return f'{m.group(1)}="{htmllib.escape(short)}"'

    return _RUNHEAD.sub(cut, html)


def hyphenation_rules(env) -> Rules:  # noqa: ANN001 - a jinja2.Environment
    """The English hyphenation rules: templates/pdf/typesetting.toml, a project's own first."""
    import tomllib

    try:
        text = env.loader.get_source(env, "pdf/typesetting.toml")[0]
    except Exception:  # no such file anywhere: the defaults
        return Rules()
    try:
        return Rules.from_toml(text)
    except (tomllib.TOMLDecodeError, TypeError) as exc:
        raise PipelineError(f"hyphenation rules: {exc}",
                            Path("templates/pdf/typesetting.toml")) from None


def html_for(dossier: m.Dossier, opts: Options) -> tuple[str, list[Path]]:
    """The complete HTML the PDF is laid out from, and the folders it may load files from."""
    html, _, roots = _html_maker(dossier, opts)
    return html(), roots


# From this many articles a dossier is laid out in parts when there are several cores to lay
# them out on, a few parts per process; below, one run on one core is as quick.
PARALLEL_ARTICLES = 12
PARTS_PER_WORKER = 3
# Each process laying parts out holds one part's pages, so with several of them at once parts
# are kept smaller: at 1,000 articles on 2 processes, parts of 40 articles took the build to
# 987 MB (bench/README.md).
PARALLEL_PART_ARTICLES = 20


def layout_workers(dossier: m.Dossier) -> int:
    """How many processes lay the parts out at once: ``[scale] layout_workers``, 0 meaning
    one per core this process may run on."""
    wanted = int(dossier.config.get("scale", {}).get("layout_workers", 0) or 0)
    return wanted if wanted > 0 else available_cores()


def _part_size(dossier: m.Dossier) -> int:
    return int(dossier.config["layout"].get("pdf_part_articles", 0))  # checked by load_config


# A part holds at most this many passages per article it may hold (and at least 20 articles'
# worth): a 5,000-paragraph article is laid out in slices, not in one 2 GB run.
BLOCKS_PER_ARTICLE = 20


def part_groups(articles: list[ArticleView], per_part: int) -> list[list[ArticleView]]:
    """The articles in groups of at most ``per_part``, an article longer than a part's
    budget of passages cut into slices, each later slice marked ``continued``."""
    budget = max(per_part, 20) * BLOCKS_PER_ARTICLE
    groups: list[list[ArticleView]] = []
    current: list[ArticleView] = []
    size = 0
    for article in articles:
        slices = [article] if len(article.body) <= budget else [
            dataclasses.replace(article, body=article.body[i:i + budget], continued=i > 0)
            for i in range(0, len(article.body), budget)]
        for piece in slices:
            if current and (len(current) >= per_part or size + len(piece.body) > budget):
                groups.append(current)
                current, size = [], 0
            current.append(piece)
            size += len(piece.body)
    return [*groups, current] if current else groups


def _renderer_salt(roots: list[Path]) -> str:
    """What a laid-out part depends on besides its HTML: WeasyPrint's version and the
    content of the folders it may load files from (the fonts)."""
    import weasyprint

    return digest(weasyprint.__version__, pdf_text.LAYER_VERSION, pdf_tags.TAGS_VERSION,
                  *(tree_digest(root) for root in roots))


def write_pdf(dossier: m.Dossier, opts: Options) -> Path:
    import weasyprint

    pdf_text.install()  # each glyph's text as drawn: whole-word search (issue 18)
    pdf_tags.install()  # each structure element's language (issue 18)
    html, articles, roots = _html_maker(dossier, opts)
    target = Path(opts.out) / "dossier.pdf"
    per_part = _part_size(dossier)
    fetcher = _sandbox(roots)
    rules = hyphenation_rules(environment(opts.source))
    fixers = (fix_pages, gap_fixer(rules.max_word_gap_pt))

    def lay_out(h: str, tags: bool = True):  # noqa: ANN202 - a weasyprint Document
        return weasyprint.HTML(string=h, base_url=str(roots[0]) + "/",
                               url_fetcher=fetcher).render(pdf_tags=tags)

    class Settled:
        """What write_in_parts lays out: the HTML laid out until its hyphens keep the rules.
        ``renumber`` (html -> html) gives each layout the page numbers known at that moment,
        ``observe`` sees each layout; ``laid`` is the HTML of the last layout."""

        def __init__(self, h: str, renumber: Callable[[str], str] | None = None,
                     observe: Callable[[object], None] | None = None) -> None:
            self.html, self.renumber, self.observe = h, renumber, observe
            self.settled = self.laid = h
            self.seen = len(fetcher.refused)

        def refused(self) -> list[str]:
            """The URLs refused while this was laid out (in whichever process)."""
            return fetcher.refused[self.seen:]

        def render(self):  # noqa: ANN202
            def numbered(h: str):  # noqa: ANN202 - a weasyprint Document
                self.laid = self.renumber(h) if self.renumber else h
                document = lay_out(self.laid)
                if self.observe:
                    self.observe(document)
                return document

            # tagged: pdf_join joins the parts' structure trees
            self.settled, document = settle(self.html, numbered, rules, fixers)
            return document
    try:
        workers = layout_workers(dossier)
        cluster = str(dossier.config.get("scale", {}).get("cluster", "") or "")
        if per_part and (workers > 1 or cluster) and len(articles) >= PARALLEL_ARTICLES:
            # Parts of about equal size, a few per process, so that none waits on the last.
            per_part = min(per_part, PARALLEL_PART_ARTICLES,
                           ceil(len(articles) / (PARTS_PER_WORKER * max(workers, 2))))
        groups = part_groups(articles, per_part) if per_part else []
        cache = None
        if len(groups) > 1:
            from .pdf_parts import PartCache, write_in_parts

            cache = PartCache(Path(opts.out) / "cache" / "pdf-parts", _renderer_salt(roots))
            workers = min(workers, len(groups))
            atomic_write_with(target, lambda tmp: write_in_parts(html, groups, Settled, tmp,
                                                                 cache, workers, cluster))
            dossier.pdf_layout = {"parts": len(groups), "processes": workers,
                                  "cluster": cluster, "workers": sorted(cache.workers),
                                  "laid_out": cache.laid_out, "reused": cache.reused,
                                  "renumbered": cache.renumbered}
            cache.prune()
            LOG.info("PDF parts (front matter twice): %d laid out, %d reused, %d process(es)",
                     cache.laid_out, cache.reused, workers)
            if cache.renumbered:
                LOG.info("PDF parts laid out again for their page numbers: %d",
                         cache.renumbered)
        else:
            document = settle(html(), lay_out, rules, fixers)[1]
            atomic_write_with(target, lambda tmp: document.write_pdf(
                str(tmp), pdf_tags=True, uncompressed_pdf=False, custom_metadata=False,
                finisher=pdf_tags.finisher))
    except OSError as exc:
        raise PipelineError(f"cannot write the PDF: {exc.strerror or exc}", target) from None
    refused = set(fetcher.refused) | set(cache.refused if cache else ())
    if refused:
        LOG.warning("refused %d URL(s) while rendering the PDF", len(refused))
    return target
