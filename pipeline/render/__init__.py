"""Writers: the merged dossier to PDF (WeasyPrint), EPUB 3 (ebooklib) and a web edition.

Each writer turns the same presentation view (``view.py``) into one file through the Jinja
templates in ``templates/``; none of them parses article text. Every file is written to a
temporary name and renamed into place, so a failed or killed render leaves the last good one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import model as m
from ..build import Options
from ..config import OUTPUT_LAYOUTS


def layout_for(dossier: m.Dossier, output: str) -> str:
    """The output's layout: the project's choice (load_config has checked it), else the
    output's first."""
    return str(dossier.config["layout"].get(output) or OUTPUT_LAYOUTS[output][0])


def writers() -> dict[str, Callable[[m.Dossier, Options], Path]]:
    from .epub import write_epub
    from .pdf import write_pdf
    from .web import write_web

    return {"pdf": write_pdf, "epub": write_epub, "web": write_web}
