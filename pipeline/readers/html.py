"""HTML pages: trafilatura finds the article body and metadata; the rest of the page is chrome."""

from __future__ import annotations

from pathlib import Path

from ..errors import BadArticle
from ..ingest import RawArticle, Unit


def read_html(path: Path, text: str, encoding: str) -> RawArticle:
    import lxml.etree as etree
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            text, output_format="python", include_comments=False, include_tables=True,
            include_formatting=False, favor_recall=True, with_metadata=True, as_dict=False,
        )
    except Exception as exc:  # trafilatura raises many lxml errors on broken pages
        raise BadArticle(f"cannot parse HTML ({exc.__class__.__name__})", path) from None
    if doc is None or getattr(doc, "body", None) is None:
        raise BadArticle("no article text found in the HTML page", path)
    units: list[Unit] = []
    for n, el in enumerate(doc.body.iter("head", "p", "quote", "item", "cell"), start=1):
        if el.tag in ("p", "item", "cell") and el.getparent() is not None and \
                el.getparent().tag == "quote":
            continue
        content = " ".join("".join(el.itertext()).split())
        if content:
            hint = {"head": "heading", "quote": "quote"}.get(el.tag)
            units.append(Unit(content, [n], hint))
    if not units:
        raise BadArticle("no article text found in the HTML page", path)
    meta = {}
    for key, attr in (("title", "title"), ("author", "author"), ("date", "date"),
                      ("source", "sitename"), ("url", "url")):
        value = getattr(doc, attr, None)
        if value:
            meta[key] = str(value)
    kept = {u.text for u in units}
    removed = _page_text(text, etree)
    raw = RawArticle(path, encoding, "n/a", units, len(units), [], meta)
    raw.extractor_removed = [t for t in removed if t not in kept and t not in meta.values()]
    return raw


def _page_text(text: str, etree) -> list[str]:
    """Visible text blocks of the whole page, to list what the extractor left out."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    for bad in root.iter("script", "style", "noscript", "template"):
        bad.drop_tree() if bad.getparent() is not None else None
    out = []
    for el in root.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "a", "span", "div",
                        "footer", "figcaption", "button", "label"):
        own = " ".join((el.text or "").split())
        if own and own not in out:
            out.append(own)
    return out
