"""The EPUB 3: one XHTML file per article, nav and NCX, cover, embedded fonts, a11y metadata.

ebooklib 0.20 needs some care to produce a book EPUBCheck passes without warnings (see
research/ebooklib-epub.md): bodies as UTF-8 bytes without an XML declaration, a title on every
document, CSS linked by relative path, explicit font media types, no CSS ``direction``, an NCX,
and ``xml:lang`` on <package>. It also stamps the zip entries with the current time; our writer
gives every entry a fixed time instead (in the one pass that compresses it), so the same inputs
with ``SOURCE_DATE_EPOCH`` give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

from .. import languages
from .. import model as m
from ..build import Options
from ..errors import PipelineError
from ..fileio import atomic_write_with
from . import layout_for
from .context import base_context, font_faces
from .cover import cover_png
from .markup import isolated_text
from .templating import environment, render
from .view import ArticleView, BlockView, DossierView, make_view

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
APPENDICES = (("sources", "Sources"), ("glossary", "Glossary"), ("merged", "Merged passages"),
              ("colophon", "Colophon"))
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
        """ebooklib's writer plus xml:lang on <package>, landmarks hidden from readers, and
        fixed entry times (the ``zip_time`` option)."""

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
            data = super()._get_nav(item)
            return data.replace(b'<nav epub:type="landmarks"',
                                b'<nav epub:type="landmarks" hidden="hidden"', 1)

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
    font_urls = [{"family": f.family, "url": name, "weight": f.weight, "style": f.style}
                 for f, name in font_files.items()]

    def href(b: BlockView | None) -> str:
        if b is None:
            return "#"
        return f"{_chapter_file(view.article_of[b.block.id])}#{b.anchor}"

    env = environment(opts.source)
    ctx = base_context(view, href, font_urls)
    book = epub.EpubBook()
    _metadata(book, view, content_id(dossier))
    book.set_direction(page_progression(
        view, str(dossier.config["layout"].get("page_progression", "rtl"))))

    css = epub.EpubItem(uid="style", file_name="style.css", media_type="text/css",
                        content=render(env, "epub/style.css.j2", **ctx).encode())
    book.add_item(css)
    for n, (face, name) in enumerate(font_files.items()):
        book.add_item(epub.EpubItem(uid=f"font{n}", file_name=name, media_type="font/ttf",
                                    content=face.path.read_bytes()))
    book.set_cover("images/cover.png", cover_png(view, faces), create_page=False)

    def page(name: str, template: str, title: str, page_class: str, lang: str = "en",
             **extra: Any) -> Any:
        body = render(env, template, title=title, page_class=page_class, **ctx, **extra)
        item = epub.EpubHtml(title=title, file_name=name, lang=lang, direction=None,
                             uid="x-" + name.rsplit(".", 1)[0])
        item.content = body.encode("utf-8")
        item.add_link(href="style.css", rel="stylesheet", type="text/css")
        book.add_item(item)
        return item

    cover = page("cover.xhtml", "epub/cover.xhtml.j2", "Cover", "cover",
                 image="images/cover.png")
    front = page("title.xhtml", "epub/front.xhtml.j2", view.title_en, "front")
    chapters = []
    # The navigation document is in the book's language; when that is read right to left, an
    # English entry is isolated left to right, or "30 Years of ..." reads "Years of ... 30".
    rtl_book = languages.get(book_language(view)).rtl

    def label(text: str, lang: object = "en") -> str:
        return isolated_text(text, lang) if rtl_book else text  # type: ignore[arg-type]

    toc: list[Any] = [epub.Link("title.xhtml#guide", label("How to read this dossier"),
                                "toc-guide")]
    for a in view.articles:
        title = f"{a.number}. {a.title_en}"
        item = page(_chapter_file(a), "epub/chapter.xhtml.j2", title, "article",
                    lang=a.lang.code if layout == "source" else "en", a=a)
        chapters.append(item)
        link = epub.Link(_chapter_file(a), label(title), f"toc-a{a.number}")
        subs = [epub.Link(href(h), label(h.english) if h.english else label(h.text, a.lang),
                          f"toc-{h.anchor}") for h in a.headings]
        toc.append((epub.Section(label(title), _chapter_file(a)), [link, *subs]) if subs
                   else link)
    back = []
    for part, title in APPENDICES:
        back.append(page(f"{part}.xhtml", "epub/appendix.xhtml.j2", title, "appendix",
                         part=part))
        toc.append(epub.Link(f"{part}.xhtml", label(title), f"toc-{part}"))
    book.toc = toc
    book.add_item(epub.EpubNcx())
    nav = epub.EpubNav()
    book.add_item(nav)
    book.spine = [cover, front, "nav", *chapters, *back]
    book.guide = [
        {"href": "cover.xhtml", "title": "Cover", "type": "cover"},
        {"href": "nav.xhtml", "title": "Contents", "type": "toc"},
        {"href": _chapter_file(view.articles[0]) if view.articles else "title.xhtml",
         "title": "Start of content", "type": "bodymatter"},
    ]

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
