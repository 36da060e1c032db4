"""Discover a source folder's article files and list the articles each holds.

Which reader takes a file is ``pipeline.readers``' business; this module only finds the files,
refuses what must not be read (a link out of the folder, a file too large for its kind) and
hands the bytes over. Source files are only ever read.
"""

from __future__ import annotations

from pathlib import Path

from .errors import BadArticle, PipelineError
from .readers import reader_for, stem
from .readers.base import Listing, RawArticle


def find_articles(source: Path, names: set[str] | None = None) -> list[Path]:
    """Article files directly in the project folder (not en/, not dot-files), by name.

    A link named like an article is listed even when its target is missing, so that reading
    it fails with a message instead of the article silently not being in the dossier.
    Two articles with the same name but for the suffix (``x.txt``, ``x.md``; ``X.md``) are
    refused: their English would share one translation file, ``en/x.po``.
    """
    source = Path(source)
    paths = sorted(
        p
        for p in source.iterdir()
        if not p.name.startswith(".")
        and (p.is_file() or (p.is_symlink() and not p.exists()))
        and (p.name in names if names is not None else reader_for(p)[0] is not None)
    )
    seen: dict[str, Path] = {}
    for p in paths:
        other = seen.setdefault(stem(p.name).casefold(), p)
        if other is not p:
            raise PipelineError(
                f"two articles share the name '{stem(p.name)}': {other.name} and {p.name} (each "
                f"article's English is kept in en/<name>.po, so one would overwrite the other's "
                f"translations); rename one of them", source)
    return paths


def check_inside(path: Path, folder: Path | None = None) -> None:
    """Refuse an article that is a link to a file outside its folder (``folder``, by default
    the one it is in): building a dossier must not publish whatever a link points at."""
    path = Path(path)
    folder = Path(folder if folder is not None else path.parent).resolve()
    target = path.resolve()
    if not target.is_relative_to(folder):
        raise BadArticle(f"a link to a file outside the source folder ({target}); not read. "
                         f"Copy the file into the folder to include it", path)
    if not target.exists():
        raise BadArticle(f"a link to a file that does not exist ({target})", path)



def list_file(path: Path, folder: Path | None = None) -> Listing:
    """The articles of one file of the source ``folder`` (by default the folder it is in)."""
    path = Path(path)
    check_inside(path, folder)
    reader, _ = reader_for(path)
    if reader is None:
        raise BadArticle("no reader takes this kind of file", path)
    size = path.stat().st_size
    if size > reader.max_bytes:
        raise BadArticle(f"too large for {reader.kind} ({size / 2**20:.0f} MB; limit "
                         f"{reader.max_bytes // 2**20} MB)", path)
    return reader.read(path, path.read_bytes())


def read_article(path: Path, folder: Path | None = None) -> RawArticle:
    """The first article of a file: the whole of a one-article file."""
    found = list_file(path, folder).found
    if not found:
        raise BadArticle("no article in the file", path)
    return found[0].parse()
