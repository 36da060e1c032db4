"""The EPUB 3: one XHTML file per article, nav and NCX, cover, embedded fonts, a11y metadata.

ebooklib 0.20 needs some care to produce a book EPUBCheck passes without warnings (see
research/ebooklib-epub.md): bodies as UTF-8 bytes without an XML declaration, a title on every
document, CSS linked by relative path, explicit font media types, no CSS ``direction``, an NCX,
and ``xml:lang`` on <package>. It also stamps the zip entries with the current time; our writer
gives every entry a fixed time instead (in the one pass that compresses it), so the same inputs
with ``SOURCE_DATE_EPOCH`` give the same bytes.

The navigation document is ours (templates/epub/nav.xhtml.j2), not ebooklib's: titled Contents
in English and the dossier's source language, styled by the book's stylesheet, each article
listed once under its number with its source title. The NCX says the same in plain text.
Each embedded face is cut down to the characters it sets (font_use, fonts.subset); a face no
text is set in is left out.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import languages
from .. import model as m
from ..build import Options
from ..errors import PipelineError
from ..fileio import atomic_write_with
from ..languages import Language
from . import fonts, layout_for
from .context import base_context, font_faces
from .cover import cover_png
from .font_use import face_use
from .templating import environment, render
from .view import ArticleView, BlockView, DossierView, make_view

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
APPENDICES = (("sources", "Sources"), ("glossary", "Glossary"), ("merged", "Merged passages"),
              ("colophon", "Colophon"))
# Put before a right-to-left title in a plain-text label (the NCX, a reader's contents list):
# without it a title opening with a number ("30 عامًا من…") after English text shows the
# number at the wrong end, since rule W7 of the bidi algorithm makes it left to right.
RLM = "\u200f"
# The earliest date a zip entry can hold; used when SOURCE_DATE_EPOCH is not set.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def content_id(dossier: m.Dossier) -> str:
    """An identifier that changes when the text or metadata changes, and only then."""
    data = {
        "articles": [m.article_to_dict(a) for a in dossier.articles],
        "glossary": dossier.glossary,
        "dossier": dossier.config.get("dossier", {}),
        "layout": dossier.config.get("layout", {}),
    }
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False,
                                       default=str).encode()).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'arabic-dossier:' + digest)}"


def _chapter_file(a: ArticleView) -> str:
    return f"article-{a.number:02d}.xhtml"


@dataclass
class NavPart:
    """One language's text of a navigation label."""

    text: str
    lang: Language
    of: Language  # the article's language (English text tags its foreign runs with it)

    @property
    def english(self) -> bool:
        return self.lang.is_target

    @property
    def mark(self) -> str:
        return RLM if self.lang.rtl else ""


@dataclass
class NavEntry:
    """A line of the contents: where it leads, its number, its label in one language or two
    (the reading language's first), its sub-entries."""

    uid: str
    href: str
    parts: list[NavPart]
    number: int | None = None
    children: list[NavEntry] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The label as plain text (the NCX): "2. English title — عنوان"."""
        texts = [p.mark + p.text for p in self.parts]
        return (f"{self.number}. " if self.number is not None else "") + " — ".join(texts)


def nav_entries(view: DossierView, href: Any, twin_label: Any) -> list[NavEntry]:
    """The contents: the reader's guide, each article once (its headings under it), the
    appendices. An article's entry leads to its chapter and its sub-entries to its headings;
    the article is not repeated as its own first sub-entry."""
    en = languages.get(languages.TARGET)
    entries = [NavEntry("toc-guide", "title.xhtml#guide",
                        [NavPart("How to read this dossier", en, en)])]
    for a in view.articles:
        parts = [NavPart(a.title_en, en, a.lang)]
        if not a.original and view.layout != "en" and a.title_source:
            source = NavPart(a.title_source, a.lang, a.lang)
            parts = [source, *parts] if view.layout == "source" else [*parts, source]
        subs = []
        for h in a.headings:
            text = h.text if view.layout == "source" or not h.english else h.english
            lang = en if text == h.english else a.lang
            subs.append(NavEntry(f"toc-{h.anchor}", href(h), [NavPart(text, lang, a.lang)]))
        entries.append(NavEntry(f"toc-a{a.number}", _chapter_file(a), parts, a.number, subs))
    one = view.single_language
    for part, title in APPENDICES:
        parts = [NavPart(title, en, en)]
        twin = twin_label(one.code, part) if one and not one.is_target else ""
        if twin:
            parts.append(NavPart(twin, one, one))
        entries.append(NavEntry(f"toc-{part}", f"{part}.xhtml", parts))
    return entries


def _ncx_toc(entries: list[NavEntry]) -> list[Any]:
    from ebooklib import epub

    toc: list[Any] = []
    for e in entries:
        if e.children:
            toc.append((epub.Section(e.label, e.href), _ncx_toc(e.children)))
        else:
            toc.append(epub.Link(e.href, e.label, e.uid))
    return toc


class _StampedZip(zipfile.ZipFile):
    """A zip whose entries all get one fixed time and mode: mimetype stored, the rest deflated
    at zlib's default level, as ebooklib does (level 9 took 70% longer to save 0.3%).
    ebooklib names entries by string; each becomes a ZipInfo made here."""

    def __init__(self, path: str, when: tuple[int, ...]) -> None:
        super().__init__(path, "w")
        self.when = when

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):  # noqa: ANN001
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        info = zipfile.ZipInfo(name, date_time=self.when)
        info.external_attr = 0o644 << 16
        if name == "mimetype":
            super().writestr(info, data, compress_type=zipfile.ZIP_STORED)
        else:
            super().writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def _writer_class():
    from ebooklib import epub

    class Writer(epub.EpubWriter):
        """ebooklib's writer plus xml:lang on <package>, our navigation document, and fixed
        entry times (the ``zip_time`` option)."""

        def write(self):
            # ebooklib's write(), into a _StampedZip: mimetype first and stored, as OCF wants.
            self.out = _StampedZip(self.file_name, self.options["zip_time"])
            try:
                self.out.writestr("mimetype", "application/epub+zip")
                self._write_container()
                self._write_opf()
                self._write_items()
            finally:
                self.out.close()

        def _write_opf_file(self, root):  # noqa: ANN001
            root.set(XML_LANG, self.book.language)
            super()._write_opf_file(root)

        def _get_nav(self, item):  # noqa: ANN001
            # Our own navigation document, rendered from templates/epub/nav.xhtml.j2.
            return item.content

    return Writer


def _metadata(book: Any, view: DossierView, identifier: str) -> None:
    info = view.info
    book.set_identifier(identifier)
    book.title = view.title_en
    book.add_metadata("DC", "title", view.title_en, {"id": "title"})
    if view.title_source:
        book.add_metadata(None, "meta", view.title_source,
                          {"refines": "#title", "property": "alternate-script",
                           XML_LANG: view.title_lang.code})
    # One dc:language: the language the book is read in. Its source languages are on every
    # passage (lang attributes) and in the description. Listing them as further dc:language
    # made calibre's AZW3 say the book is Arabic: it writes one EXTH 524 record per language
    # and reads the last one back (ebook-meta: "Languages: ara" for a book read in English).
    book.set_language(book_language(view))
    if info.get("editor"):
        book.add_metadata("DC", "creator", info["editor"], {"id": "editor"})
        book.add_metadata(None, "meta", "edt", {"refines": "#editor", "property": "role",
                                                 "scheme": "marc:relators"})
    if info.get("publisher"):
        book.add_metadata("DC", "publisher", info["publisher"])
    book.add_metadata("DC", "date", view.date)
    subtitle = info.get("subtitle", {}).get("en")
    book.add_metadata("DC", "description", f"{subtitle}. {view.press}." if subtitle
                      else f"{view.press}.")
    for word in info.get("keywords", []):
        book.add_metadata("DC", "subject", str(word))
    files = dict.fromkeys(a.source_file for a in view.articles)  # an export's articles: once
    book.add_metadata("DC", "source", ", ".join(files))
    a11y = {
        "schema:accessMode": ["textual", "visual"],
        "schema:accessModeSufficient": ["textual"],
        "schema:accessibilityFeature": ["structuralNavigation", "tableOfContents",
                                        "readingOrder", "alternativeText",
                                        "displayTransformability"],
        "schema:accessibilityHazard": ["none"],
        "schema:accessibilitySummary": [
            f"{view.press}, with their English translation; every passage is marked with "
            "its language and direction, and headings and a table of contents give "
            "structure. The cover image has a text alternative."],
    }
    for prop, values in a11y.items():
        for value in values:
            book.add_metadata(None, "meta", value, {"property": prop})


def book_language(view: DossierView) -> str:
    """The language the book is read in: English, unless the layout shows the sources only
    (then the language most of its articles are in)."""
    sources = [lang.code for lang, _ in view.source_languages]
    if view.layout == "source" and sources:
        return sources[0]
    return "en"


def page_progression(view: DossierView, configured: str) -> str:
    """The spine's direction. A book read in English turns its pages left to right, whatever
    dossier.toml says: a right-to-left spine made e-readers turn an English book backwards.
    Only the "source" layout of a dossier whose every article is right to left is read right
    to left; there [layout] page_progression decides (rtl unless it says ltr)."""
    all_rtl = bool(view.articles) and all(a.lang.rtl for a in view.articles)
    if view.layout == "source" and all_rtl:
        return "ltr" if configured == "ltr" else "rtl"
    return "ltr"


def write_epub(dossier: m.Dossier, opts: Options) -> Path:
    from ebooklib import epub

    layout = layout_for(dossier, "epub")
    view = make_view(dossier, layout, opts.source)
    faces = font_faces(view)
    font_files = {f: f"fonts/{f.family.replace(' ', '')}-{f.weight}-{f.style}.ttf"
                  for f in faces}

    def font_urls(kept: list[fonts.Face]) -> list[dict[str, Any]]:
        return [{"family": f.family, "url": font_files[f], "weight": f.weight, "style": f.style}
                for f in kept]

    def href(b: BlockView | None) -> str:
        if b is None:
            return "#"
        return f"{_chapter_file(view.article_of[b.block.id])}#{b.anchor}"

    env = environment(opts.source)
    ctx = base_context(view, href, font_urls(faces))
    book = epub.EpubBook()
    _metadata(book, view, content_id(dossier))
    book.set_direction(page_progression(
        view, str(dossier.config["layout"].get("page_progression", "rtl"))))

    # Its @font-face rules are written once the documents say which faces they use.
    css = epub.EpubItem(uid="style", file_name="style.css", media_type="text/css")
    book.add_item(css)
    book.set_cover("images/cover.png", cover_png(view, faces), create_page=False)
    documents: list[Any] = []

    def page(name: str, template: str, title: str, page_class: str, lang: str = "en",
             **extra: Any) -> Any:
        body = render(env, template, title=title, page_class=page_class, **ctx, **extra)
        item = epub.EpubHtml(title=title, file_name=name, lang=lang, direction=None,
                             uid="x-" + name.rsplit(".", 1)[0])
        item.content = body.encode("utf-8")
        item.add_link(href="style.css", rel="stylesheet", type="text/css")
        book.add_item(item)
        documents.append(item)
        return item

    cover = page("cover.xhtml", "epub/cover.xhtml.j2", "Cover", "cover",
                 image="images/cover.png")
    front = page("title.xhtml", "epub/front.xhtml.j2", view.title_en, "front")
    chapters = [page(_chapter_file(a), "epub/chapter.xhtml.j2", f"{a.number}. {a.title_en}",
                     "article", lang=a.lang.code if layout == "source" else "en", a=a)
                for a in view.articles]
    back = [page(f"{part}.xhtml", "epub/appendix.xhtml.j2", title, "appendix", part=part)
            for part, title in APPENDICES]

    entries = nav_entries(view, href, env.globals["twin_label"])
    start = _chapter_file(view.articles[0]) if view.articles else "title.xhtml"
    book.toc = _ncx_toc(entries)
    book.add_item(epub.EpubNcx())
    nav = epub.EpubNav()
    nav.content = render(env, "epub/nav.xhtml.j2", entries=entries, start=start,
                         book_lang=book.language, **ctx).encode("utf-8")
    book.add_item(nav)
    book.spine = [cover, front, "nav", *chapters, *back]
    book.guide = [
        {"href": "cover.xhtml", "title": "Cover", "type": "cover"},
        {"href": "nav.xhtml", "title": "Contents", "type": "toc"},
        {"href": start, "title": "Start of content", "type": "bodymatter"},
    ]

    # Each face cut down to what it sets; a face nothing is set in is not embedded at all.
    use = face_use([d.get_content() for d in documents] + [nav.content],
                   render(env, "epub/style.css.j2", **ctx), faces)
    kept = [f for f in faces if use.get(f)]
    css.content = render(env, "epub/style.css.j2", **{**ctx, "fonts": font_urls(kept)}).encode()
    for n, face in enumerate(kept):
        book.add_item(epub.EpubItem(uid=f"font{n}", file_name=font_files[face],
                                    media_type="font/ttf",
                                    content=fonts.subset(face, use[face])))

    target = Path(opts.out) / "dossier.epub"
    when = view.build_date
    zip_time = (when.timetuple()[:6] if when.year >= 1980 else ZIP_EPOCH)

    def write(tmp: Path) -> None:
        writer = _writer_class()(str(tmp), book, {"mtime": when.replace(tzinfo=None),
                                                   "raise_exceptions": True,
                                                   "zip_time": zip_time})
        writer.process()
        writer.write()

    try:
        atomic_write_with(target, write)
    except OSError as exc:
        raise PipelineError(f"cannot write the EPUB: {exc.strerror or exc}", target) from None
    return target
