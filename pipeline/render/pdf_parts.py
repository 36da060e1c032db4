"""A big dossier's PDF, laid out a few articles at a time and joined into one file.

WeasyPrint keeps every page of a document in memory until the PDF is written (about 1.2 MB
a page here; 1.3 GB for 200 articles), and its authors point to laying out in parts for big
documents. Articles start on a new page, so parts join without changing a line break. What
one WeasyPrint run would have done across parts is done here:

- page numbers: each part's first page is numbered from where the previous part ended
  (``page_start``, a CSS ``counter-reset``);
- page references ("p. 57" in the contents and cross-references) to another part: the number
  is written into the link as ``data-page``. Cross-references point back to the first
  occurrence, so their pages are known when a part is laid out; the front matter (contents)
  is laid out once more at the end with every page known;
- links to another part: WeasyPrint drops links whose anchor is not in its document, so they
  are added to the joined PDF as link annotations, at the same place on the page;
- bookmarks and named destinations are carried over into the joined file (``pdf_join``,
  which writes it a part at a time).

Laid-out parts are kept in ``OUT/cache/pdf-parts`` (``PartCache``): a rebuild lays out again
only the parts whose HTML changed.

- accessibility tags: each part is laid out with its structure tree (each element with its
  language) and ``pdf_join`` joins the trees, renumbering the ParentTree; the joined file
  gets the XMP metadata one run writes (``pdf_tags.xmp_packet``).

Parts stay small enough that peak memory is a part's, not the dossier's.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PipelineError
from ..fileio import atomic_write_bytes, atomic_write_json, read_json
from . import pdf_join

_LINK = re.compile(r'<a ([^>]*?)href="#([^"]+)"')
_BUILD_TIME = re.compile(r'<meta name="dcterms\.(?:created|modified)" content="([^"]*)"/>')


@dataclass
class Part:
    pdf: bytes
    pages: int
    # anchor -> (page index within the part, x, y), first occurrence
    anchors: dict[str, tuple[int, float, float]] = field(default_factory=dict)
    # links WeasyPrint dropped: (page index within the part, anchor, (x1, y1, x2, y2))
    outside: list[tuple[int, str, tuple[float, float, float, float]]] = field(
        default_factory=list)
    # URLs the dossier's sandbox refused while the part was laid out (maybe in another
    # process, whose log the build's summary does not see)
    refused: list[str] = field(default_factory=list)


def _with_pages(html: str, page_of: dict[str, int]) -> str:
    """Give every link to an anchor of another part the page number it lands on."""
    def add(match: re.Match[str]) -> str:
        page = page_of.get(match.group(2))
        if page is None:
            return match.group(0)
        return f'<a {match.group(1)}data-page="{page}" href="#{match.group(2)}"'

    return _LINK.sub(add, html)


def _lay_out(document: Any) -> Part:
    from .. import scale

    rendered = document.render()
    part = Part(pdf=b"", pages=len(rendered.pages),
                refused=list(document.refused()) if hasattr(document, "refused") else [])
    for i, page in enumerate(rendered.pages):
        for name, (x, y, _, _) in page.anchors.items():
            part.anchors.setdefault(name, (i, x, y))
    for i, page in enumerate(rendered.pages):
        for kind, target, rect, _box in page.links:
            if kind == "internal" and target not in part.anchors:
                part.outside.append((i, target, tuple(rect)))
    part.pdf = rendered.write_pdf(uncompressed_pdf=False, custom_metadata=False, pdf_tags=True)
    del rendered
    gc.collect()  # the next part reuses this part's memory instead of adding to it
    scale.release_memory()
    return part


def _lay_out_apart(html: str, document_of: Callable[[str], Any]) -> Part:
    """``_lay_out(document_of(html))`` in a process forked for it. Laying out a part takes
    about 4 MB a page, which the allocator keeps after the document is let go (the front
    matter of 1,000 articles, 103 pages: 267 -> 686 MB, 453 MB after trimming); a process of
    its own gives it all back when it ends, so the build stays at what its text takes while
    the parts are laid out and joined."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _DOCUMENT_OF
    _DOCUMENT_OF = document_of
    from .. import scale

    try:
        with scale.frozen_heap(), \
                ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            return pool.submit(_lay_out_here, html).result()
    except BrokenProcessPool:
        raise PipelineError("the process laying out a part of the PDF ended without a word "
                            "(out of memory?); set [layout] pdf_part_articles lower") from None
    finally:
        _DOCUMENT_OF = None  # the layout function holds the whole dossier's HTML maker


def _lay_out_here(html: str) -> Part:
    assert _DOCUMENT_OF is not None
    return _lay_out(_DOCUMENT_OF(html))


class PartCache:
    """Laid-out parts kept in a folder by a hash of their HTML (which holds everything a
    part's pages depend on: its articles, its first page number, the page numbers it cites)
    and of ``salt`` (the renderer's version and the font files). After an edit to one
    article, the parts before it are reused, and so are the parts after it when its page
    count did not change."""

    def __init__(self, folder: Path | None, salt: str) -> None:
        self.folder, self.salt = folder, salt
        self.used: set[str] = set()
        self.laid_out = self.reused = 0
        self.fresh: dict[str, Part] = {}  # laid out by other processes, not yet taken
        self.renumbered = 0  # parts laid out again because their page numbers changed
        self.workers: set[str] = set()  # the Dask workers that laid parts out
        self.refused: set[str] = set()  # URLs refused while its parts were laid out
        # Lay each part out in a process forked for it (``_lay_out_apart``), where fork is.
        self.apart = False

    def key(self, html: str) -> str:
        # The build time in <head> only reaches a part's own metadata, which joining drops
        # (the joined PDF takes the front matter's): it must not make every part look new.
        stable = _BUILD_TIME.sub("", html)
        return hashlib.sha256(self.salt.encode() + b"\0" + stable.encode()).hexdigest()

    def part(self, html: str, document_of: Callable[[str], Any]) -> Part:
        key = self.key(html)
        self.used.add(key)
        if key in self.fresh:  # laid out by another process in this build
            return self.fresh[key]
        cached = self._read(key)
        if cached is not None:
            self.reused += 1
            self.refused.update(cached.refused)
            return cached
        part = _lay_out_apart(html, document_of) if self.apart \
            else _lay_out(document_of(html))
        self.refused.update(part.refused)
        self.laid_out += 1
        self._write(key, part)
        return part

    def peek(self, html: str) -> Part | None:
        """The part laid out for ``html`` if there is one, not counted as used."""
        key = self.key(html)
        return self.fresh.get(key) or self._read(key)

    def put(self, html: str, part: Part) -> None:
        """A part laid out elsewhere (another process) for ``html``: counted as laid out."""
        key = self.key(html)
        self.fresh[key] = part
        self.refused.update(part.refused)
        self.laid_out += 1
        self._write(key, part)

    def _read(self, key: str) -> Part | None:
        if self.folder is None:
            return None
        try:
            meta = read_json(self.folder / f"{key}.json")
            pdf = (self.folder / f"{key}.pdf").read_bytes()
            if hashlib.sha256(pdf).hexdigest() != meta["pdf_sha256"]:
                return None
            return Part(pdf=pdf, pages=int(meta["pages"]),
                        anchors={k: (int(i), float(x), float(y))
                                 for k, (i, x, y) in meta["anchors"].items()},
                        outside=[(int(i), str(t), tuple(map(float, r)))
                                 for i, t, r in meta["outside"]],
                        refused=[str(u) for u in meta.get("refused", [])])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: lay the part out again

    def _write(self, key: str, part: Part) -> None:
        if self.folder is None:
            return
        atomic_write_bytes(self.folder / f"{key}.pdf", part.pdf)
        atomic_write_json(self.folder / f"{key}.json", {
            "pages": part.pages, "anchors": part.anchors, "outside": part.outside,
            "refused": part.refused, "pdf_sha256": hashlib.sha256(part.pdf).hexdigest()})

    def prune(self) -> None:
        """Forget the parts this build did not use."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.stem not in self.used and path.stem not in self.fresh:
                path.unlink(missing_ok=True)


class _Pages:
    """Where every anchor laid out so far is: its page number, and its place for links."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}  # anchor -> page number (1-based)
        self.place: dict[str, tuple[int, float, float]] = {}  # anchor -> (page index, x, y)

    def add(self, part: Part, first_page: int) -> None:
        for name, (i, x, y) in part.anchors.items():
            self.number.setdefault(name, first_page + i + 1)
            self.place.setdefault(name, (first_page + i, x, y))


def write_in_parts(html_of: Callable[..., str], groups: list[list[Any]],
                   document_of: Callable[[str], Any], target: Path,
                   cache: PartCache | None = None, workers: int = 1,
                   cluster: str = "") -> PartCache:
    """Lay out the front matter, each group of articles and the back matter separately
    (or take them from ``cache``), and write them as one PDF to ``target``; with
    ``workers`` > 1 the groups are laid out in that many processes first, or on the Dask
    cluster at ``cluster`` (its workers go into ``cache.workers``)."""
    import multiprocessing

    cache = cache or PartCache(None, "")
    # Not beside a Dask client's threads: a process forked from several threads may find a
    # lock held for ever.
    cache.apart = "fork" in multiprocessing.get_all_start_methods() and not cluster
    front_html = html_of(part="front")
    front = cache.part(front_html, document_of)
    if (workers > 1 or cluster) and len(groups) > 1:
        cache.workers |= _lay_out_at_once(html_of, groups, document_of, front, cache,
                                          workers, cluster)
    for _ in range(3):  # the front matter rarely changes length once the numbers are in
        pages = _Pages()
        pages.add(front, 0)
        parts, start = [front], front.pages
        for group in groups:
            html = html_of(part="body", part_articles=group, page_start=start + 1)
            parts.append(cache.part(_with_pages(html, pages.number), document_of))
            pages.add(parts[-1], start)
            start += parts[-1].pages
        html = html_of(part="back", page_start=start + 1)
        parts.append(cache.part(_with_pages(html, pages.number), document_of))
        pages.add(parts[-1], start)
        # The contents again, with every page number known (its own anchors it finds itself).
        elsewhere = {k: v for k, v in pages.number.items() if k not in front.anchors}
        again = cache.part(_with_pages(front_html, elsewhere), document_of)
        if again.pages == front.pages:
            parts[0] = again
            pages.place.update(again.anchors)
            break
        front = again
    else:
        raise PipelineError("the contents of the PDF kept changing length while it was laid "
                            "out in parts; set [layout] pdf_part_articles = 0", target)
    stamp = _BUILD_TIME.search(front_html)
    pdf_join.join(parts, pages.place, target, stamp.group(1) if stamp else None)
    return cache


_PAGE_START = re.compile(r"@page :first \{ counter-reset: page \d+; \}")
# What a process of the pool lays out with (set before the pool forks, inherited by it).
_DOCUMENT_OF: Callable[..., Any] | None = None
# Parts this process laid out for another one (a pool's or a Dask worker's count).
LAID_OUT_HERE = 0


def _renumber(html: str, first_page: int, page_of: dict[str, int]) -> str:
    """``html`` with its first page number and the page numbers of the links it cites."""
    html = _PAGE_START.sub(f"@page :first {{ counter-reset: page {first_page}; }}", html)
    return _with_pages(re.sub(r'<a ([^>]*?)data-page="\d+" href="#', r'<a \1href="#', html),
                       page_of)


def _numbers_for(i: int, final: Any, early: Any, front: tuple[int, dict[str, int]]
                 ) -> tuple[int, dict[str, int]]:
    """Part ``i``'s first page number and the page numbers of the anchors before it, as
    far as they are known: from the parts before it that are done (``final``: index ->
    (first page index, pages, anchor -> page number)), else from their first layout
    (``early``: index -> (pages, anchor -> page index in the part)), else a guess."""
    start, numbers = front[0], dict(front[1])
    final, early = dict(final.items()), dict(early.items())  # one round trip each
    known = [pages for pages, _ in early.values()]
    guess = round(sum(known) / len(known)) if known else 0
    for j in range(i):
        if j in final:
            first, pages, anchors = final[j]
            for name, number in anchors.items():
                numbers.setdefault(name, number)
            start = first + pages
        elif j in early:
            pages, anchors = early[j]
            for name, index in anchors.items():
                numbers.setdefault(name, start + index + 1)
            start += pages
        else:
            start += guess
    return start + 1, numbers


def _anchor_pages(document: Any) -> dict[str, int]:
    """Each anchor of a laid-out WeasyPrint document: the index of its first page."""
    found: dict[str, int] = {}
    for i, page in enumerate(document.pages):
        for name in page.anchors:
            found.setdefault(name, i)
    return found


def _settle_part(i: int | None, html: str, final: Any = None, early: Any = None,
                 front: tuple[int, dict[str, int]] = (0, {}),
                 document_of: Callable[..., Any] | None = None) -> tuple[Part, str, str]:
    """In a pool process or on a Dask worker: part ``i`` laid out until it settles, each
    layout given the page numbers known when it starts (``i`` or ``final`` None: ``html``
    as it is). Returns the part, the HTML it settled on and the HTML of its last layout
    (with the numbers it printed)."""
    global LAID_OUT_HERE
    from . import pdf_tags, pdf_text

    pdf_text.install()  # a Dask worker's process has not run write_pdf
    pdf_tags.install()
    make = document_of or _DOCUMENT_OF
    assert make is not None
    LAID_OUT_HERE += 1
    if i is None or final is None:
        document = make(html)
    else:
        def observe(laid_out: Any) -> None:
            if i not in early:  # the first layout: its page count, for the parts after it
                early[i] = (len(laid_out.pages), _anchor_pages(laid_out))

        document = make(html, lambda h: _renumber(h, *_numbers_for(i, final, early, front)),
                        observe)
    part = _lay_out(document)
    return part, getattr(document, "settled", html), getattr(document, "laid", html)


def _lay_out_at_once(html_of: Callable[..., str], groups: list[list[Any]],
                     document_of: Callable[..., Any], front: Part, cache: PartCache,
                     workers: int, cluster: str = "") -> set[str]:
    """Lay the groups out in ``workers`` processes and put them in ``cache`` under the HTML
    the one-after-another loop of ``write_in_parts`` will ask for, so that it finds them.

    A part's first page number and the page numbers of the earlier parts it cites are known
    only once the parts before it are laid out; they do not change its line or page breaks
    (no left and right pages; a cited "p. 57" is rarely wider than "p. 9"). So the parts
    are laid out at once, each layout of a part's settling (2 to 7) given the numbers known
    when it starts: from the parts before it that are done, else from their first layout.
    Its last layout usually has the right numbers; a part whose numbers turn out wrong is
    laid out once more from the HTML it settled on, with the right ones. A part whose page
    count then still changes is laid out again by the loop.

    On a Dask cluster (``cluster``) the parts go to its workers, each laid out with the
    numbers known when it is sent (a worker cannot see the others' first layouts), so most
    are laid out twice; the workers that laid parts out are returned."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, wait

    global _DOCUMENT_OF
    if not cluster and "fork" not in multiprocessing.get_all_start_methods():
        return set()  # no fork (Windows): the loop lays the parts out one after another
    pages = _Pages()
    pages.add(front, 0)
    start, first = front.pages, 0
    # The parts an earlier build laid out with these numbers: taken as they are.
    for group in groups:
        part = cache.peek(_with_pages(html_of(part="body", part_articles=group,
                                              page_start=start + 1), pages.number))
        if part is None:
            break
        pages.add(part, start)
        start += part.pages
        first += 1
    if first == len(groups):
        return set()
    _DOCUMENT_OF = document_of
    try:
        with _pool(workers, cluster) as (pool, manager, shipped):
            if manager is None:
                final = early = None
            else:
                final, early = manager.dict(), manager.dict()
            known = (start, dict(pages.number))  # what comes before the first part to do
            running = {pool.submit(
                _settle_part, i - first, _renumber(html_of(
                    part="body", part_articles=groups[i], page_start=start + 1),
                    start + 1, pages.number),
                final, early, known, shipped): i for i in range(first, len(groups))}
            done: dict[int, tuple[Part, str, str]] = {}
            again: dict[Any, str] = {}  # second layouts: future -> the HTML to keep it under
            nxt = first
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    i = running.pop(future)
                    if future in again:
                        cache.put(again.pop(future), _value(pool, future)[0])
                        continue
                    done[i] = _value(pool, future)
                # Parts done in order: their numbers are now the right ones.
                while nxt in done:
                    part, settled, laid = done.pop(nxt)
                    html = _with_pages(html_of(part="body", part_articles=groups[nxt],
                                               page_start=start + 1), pages.number)
                    right = _renumber(settled, start + 1, pages.number)
                    if right == laid:
                        cache.put(html, part)
                    else:
                        future = pool.submit(_settle_part, None, right, None, None, known,
                                             shipped)
                        running[future], again[future] = nxt, html
                        cache.renumbered += 1
                    if final is not None:
                        final[nxt - first] = (start, part.pages, {
                            name: start + index + 1
                            for name, (index, _, _) in part.anchors.items()})
                    pages.add(part, start)
                    start += part.pages
                    nxt += 1
            return pool.workers if cluster else set()
    finally:
        _DOCUMENT_OF = None


@contextmanager
def _pool(workers: int, cluster: str) -> Iterator[tuple[Any, Any, Callable[..., Any] | None]]:
    """An executor for ``_settle_part``, a multiprocessing manager for the numbers the
    parts share (None on a cluster) and the layout function to send with each task (None
    where the pool's processes inherit it by forking)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if cluster:
        with _DaskPool(cluster) as pool:
            yield pool, None, _DOCUMENT_OF
        return
    from .. import scale

    context = multiprocessing.get_context("fork")
    with scale.frozen_heap(), context.Manager() as manager, \
            ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield pool, manager, None


class _DaskPool:
    """The parts' layouts as tasks on a Dask cluster (``invoke build --cluster``): a
    concurrent.futures executor over a ``distributed.Client``. The layout function goes with
    each task (cloudpickle sends it by value); a worker needs this project installed and the
    fonts at the same paths as here (the same environment), as for Argos packages."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.workers: set[str] = set()

    def __enter__(self) -> _DaskPool:
        from .. import scale

        self.client = scale.connect(self.address, scale.CONNECT_SECONDS)
        self.executor = self.client.get_executor(pure=False)
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.executor.submit(_on_worker, fn, *args)

    def result(self, future: Any) -> Any:
        worker, value = future.result()
        self.workers.add(worker)
        return value


def _value(pool: Any, future: Any) -> Any:
    return pool.result(future) if isinstance(pool, _DaskPool) else future.result()


def _on_worker(fn: Callable[..., Any], *args: Any) -> tuple[str, Any]:
    from .. import scale

    return scale.prepare_worker(), fn(*args)
