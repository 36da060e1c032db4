"""A big dossier's PDF laid out in parts must be the PDF one WeasyPrint run makes: same pages
(pixel for pixel), same links landing on the same places, same bookmarks and metadata."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline import commands
from pipeline.build import Options
from pipeline.errors import PipelineError

from .conftest import SEEDS

pytestmark = pytest.mark.slow


def _render(out: Path, per_part: int, workers: int = 2) -> Path:
    opts = Options(SEEDS, out, overrides={"layout": {"pdf_part_articles": per_part},
                                          "scale": {"layout_workers": workers}})
    commands.render(opts, ("pdf",))
    return out / "dossier.pdf"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    root = tmp_path_factory.mktemp("parts")
    # Parts of two articles: front matter, articles 1-2, 3-4, 5, back matter. Cross-references
    # in the seeds point from later articles to earlier ones, so some cross parts. The parts
    # laid out in two processes at once (issue 19).
    return _render(root / "whole", 0), _render(root / "parts", 2)


def _pixels(pdf: Path, folder: Path) -> list[bytes]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-png", str(pdf), str(folder / "p")],
                   check=True)
    from PIL import Image

    return [Image.open(p).tobytes() for p in sorted(folder.glob("p-*.png"))]


def test_parts_look_the_same_as_one_run(pdfs, tmp_path):
    whole, parts = pdfs
    a, b = _pixels(whole, tmp_path / "a"), _pixels(parts, tmp_path / "b")
    assert len(a) == len(b) > 20
    # The colophon prints the build time; every other page must match.
    differing = [n for n, (x, y) in enumerate(zip(a, b, strict=True), start=1) if x != y]
    assert differing in ([], [len(a)]), f"pages that differ: {differing}"


def _links(pdf: Path) -> set[tuple[int, tuple[int, ...], int | None, int]]:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    names = reader.named_destinations
    index = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    found = set()
    for n, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []) or []:
            annot = annot.get_object()
            if annot.get("/Subtype") != "/Link" or "/Dest" not in annot:
                continue
            x1, y1, x2, y2 = (round(float(v)) for v in annot["/Rect"])
            dest = annot["/Dest"]
            if isinstance(dest, str):
                target = names[dest]
                page_ref, top = target.page, target.top
            else:
                page_ref, top = dest[0], dest[3]
            found.add((n, (x1, min(y1, y2), x2, max(y1, y2)),
                       index.get(page_ref.idnum), round(float(top))))
    return found


def test_links_land_where_they_do_in_one_run(pdfs):
    whole, parts = pdfs
    a, b = _links(whole), _links(parts)
    assert len(a) > 50  # the contents, cross-references, the merged passages table
    assert a == b


def test_bookmarks_metadata_and_language_are_kept(pdfs):
    from pypdf import PdfReader

    whole, parts = (PdfReader(str(p)) for p in pdfs)

    def titles(outline: list) -> list:
        return [titles(o) if isinstance(o, list) else o.title for o in outline]

    assert titles(whole.outline) == titles(parts.outline)
    assert len(whole.outline) > 5
    assert parts.metadata.title == whole.metadata.title
    assert parts.trailer["/Root"]["/Lang"] == whole.trailer["/Root"]["/Lang"] == "en"
    # Both are tagged: the parts' structure trees are joined (tests/test_pdf_tags.py).
    assert "/StructTreeRoot" in whole.trailer["/Root"]
    assert "/StructTreeRoot" in parts.trailer["/Root"]
    assert whole.trailer["/Root"]["/PageMode"] == parts.trailer["/Root"]["/PageMode"]


def test_the_joined_file_is_sound_and_keeps_every_named_destination(pdfs):
    import pikepdf

    whole, parts = (pikepdf.open(p) for p in pdfs)
    # qpdf's own check: cross-reference stream, object streams, every reference resolving.
    assert parts.check_pdf_syntax() == []
    assert len(parts.pages) == len(whole.pages)

    def names(pdf: pikepdf.Pdf) -> dict[str, tuple[int, int]]:
        return {name: (pdf.pages.index(pikepdf.Page(dest[0])), round(float(dest[3])))
                for name, dest in pikepdf.NameTree(pdf.Root.Names.Dests).items()}

    # Every anchor a reader can open the file at (dossier.pdf#name) is where one run puts it.
    assert len(names(whole)) > 50 and names(parts) == names(whole)


def test_references_are_renumbered_outside_strings_only():
    from pipeline.render.pdf_join import _renumber

    numbers = {(12, 0): 40, (3, 0): 7}
    # A string may hold what looks like a reference, an escaped parenthesis or backslash.
    data = (rb"<< /K [12 0 R 3 0 R] /T (see 12 0 R \\) 3 0 R /H <3120302052> "
            rb"/Alt (a\) 12 0 R) /P 9 0 R /N1 12 0 R >>")
    assert _renumber(data, numbers) == (
        rb"<< /K [40 0 R 7 0 R] /T (see 12 0 R \\) 7 0 R /H <3120302052> "
        rb"/Alt (a\) 12 0 R) /P null /N1 40 0 R >>")


def test_urls_refused_in_a_part_laid_out_elsewhere_are_still_said(tmp_path, caplog):
    import logging

    from pipeline.render.templating import TEMPLATES

    # A project stylesheet asking for a remote image: every part's layout, each in a process
    # of its own, is refused it, and the build's log says so once.
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    (src / "templates" / "pdf").mkdir(parents=True)
    css = (TEMPLATES / "pdf" / "print.css.j2").read_text("utf-8")
    (src / "templates" / "pdf" / "print.css.j2").write_text(
        css + '\nbody { background-image: url("https://example.com/paper.png"); }\n', "utf-8")
    opts = Options(src, tmp_path / "out", overrides={"layout": {"pdf_part_articles": 2},
                                                      "scale": {"layout_workers": 1}})
    with caplog.at_level(logging.WARNING, logger="pipeline.render.pdf"):
        commands.render(opts, ("pdf",))
    said = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert said == ["refused 1 URL(s) while rendering the PDF"]


def test_a_bad_part_size_is_one_clear_error(tmp_path):
    opts = Options(SEEDS, tmp_path / "out", overrides={"layout": {"pdf_part_articles": -3}})
    with pytest.raises(PipelineError, match="pdf_part_articles"):
        commands.render(opts, ("pdf",))


def test_parts_laid_out_at_once_look_the_same_as_one_after_another(pdfs, tmp_path):
    _, parallel = pdfs
    serial = _render(tmp_path / "serial", 2, workers=1)
    a, b = _pixels(parallel, tmp_path / "a"), _pixels(serial, tmp_path / "b")
    differing = [n for n, (x, y) in enumerate(zip(a, b, strict=True), start=1) if x != y]
    assert len(a) == len(b) > 20 and differing in ([], [len(a)])


def test_a_rebuild_lays_out_only_the_parts_that_changed(tmp_path, caplog, monkeypatch):
    import logging

    # The colophon prints the build time to the minute: a clock passing a minute between two
    # renders would rightly lay the back matter out again.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    from pipeline.build import run_text_stages
    from pipeline.render.pdf import write_pdf

    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    parts = {"layout": {"pdf_part_articles": 2}, "scale": {"layout_workers": 2}}

    def render(out: Path) -> tuple[Path, str]:
        opts = Options(src, out, overrides=parts)
        dossier, _ = run_text_stages(opts)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="pipeline.render.pdf"):
            pdf = write_pdf(dossier, opts)
        said = [r.getMessage() for r in caplog.records if "PDF parts" in r.getMessage()]
        return pdf, said[-1]

    out = tmp_path / "out"
    assert render(out)[1] == "PDF parts (front matter twice): 6 laid out, 0 reused, 2 process(es)"
    assert render(out)[1] == "PDF parts (front matter twice): 0 laid out, 6 reused, 2 process(es)"
    # Edit the last article: its part and the back matter (whose colophon counts blocks)
    # are laid out again; the front matter and the other articles' parts are reused.
    last = run_text_stages(Options(src, tmp_path / "probe"))[0].articles[-1].source_file
    article = src / last
    article.write_text(article.read_text("utf-8").rstrip("\n")
                       + " وهذه جملة أضيفت لاختبار إعادة البناء.\n", "utf-8")
    rebuilt, said = render(out)
    assert said == "PDF parts (front matter twice): 2 laid out, 4 reused, 2 process(es)"
    fresh, _ = render(tmp_path / "fresh")
    a, b = _pixels(rebuilt, tmp_path / "a"), _pixels(fresh, tmp_path / "b")
    differing = [n for n, (x, y) in enumerate(zip(a, b, strict=True), start=1) if x != y]
    assert len(a) == len(b) and differing in ([], [len(a)])
    assert len(list((out / "cache" / "pdf-parts").glob("*.pdf"))) == 6  # old parts pruned


def test_an_article_too_long_for_one_part_is_laid_out_in_slices(tmp_path):
    from pypdf import PdfReader

    from .pdftext import missing_arabic, pdftotext

    words = re.findall(r"\S+", "التعاون الإقليمي آسيا الوسطى الطاقة المياه الحدود التجارة "
                       "النقل الموانئ الزراعة القمح الاستثمار المصارف الجامعات الطلاب السياحة "
                       "الصحة المستشفيات الطرق السكك الحديد الغاز النفط الكهرباء الشمس الرياح "
                       "المناخ الجفاف الأمطار الصناعة المعادن الذهب النحاس الأسواق الأسعار "
                       "الضرائب الموازنة البرلمان الحكومة الوزراء")
    rng = random.Random(7)  # distinct paragraphs, or merging would fold them into one
    paragraphs = [f"الفقرة {n}: " + " ".join(rng.sample(words, 14)) + "." for n in range(450)]
    src = tmp_path / "src"
    src.mkdir()
    (src / "long.txt").write_text("تقرير طويل عن التعاون\n\n" + "\n\n".join(paragraphs) + "\n",
                                  "utf-8")
    (src / "short.txt").write_text("خبر قصير عن معرض الكتاب\n\nافتتح معرض الكتاب أمس في العاصمة "
                                   "بمشاركة مئات الناشرين من الدول العربية والأجنبية.\n", "utf-8")
    out = tmp_path / "out"
    # One article a part: 20 articles' worth of passages (400) is the most a part holds.
    commands.render(Options(src, out, overrides={"layout": {"pdf_part_articles": 1}}), ("pdf",))
    pdf = out / "dossier.pdf"
    assert len(list((out / "cache" / "pdf-parts").glob("*.pdf"))) >= 4  # the article is cut
    text = pdftotext(pdf)
    assert missing_arabic(paragraphs, text) == []
    reader = PdfReader(str(pdf))
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    assert sum(t.startswith("1. ") for t in top) == 1  # one bookmark for the sliced article
    # Every page of the article has its running head, the slice's pages too (a part is a
    # document of its own: without the slice's own running heads its pages had none).
    body = [n for n, page in enumerate(reader.pages, start=1)
            if "الفقرة" in (page.extract_text() or "")]
    assert len(body) > 30
    for n in body[1:]:
        head = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "long.txt" in head.split("\n")[0], f"page {n} has no running head"
