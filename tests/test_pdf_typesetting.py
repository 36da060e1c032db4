"""The PDF set as a book designer and a copy editor would have it (issue 17): hyphenation,
page breaks, the contents page, notes and the front and back matter, on dossiers the tests
write."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import regex as re

from pipeline import commands
from pipeline.build import Options
from pipeline.render.hyphenate import SHY, Rules, soft_hyphens

from .pdftext import pdftotext  # noqa: F401 - skips when poppler is missing

WORDS = ["international", "cooperation", "considerably", "strengthened", "multilateral",
         "institutions", "notwithstanding", "considerable", "disagreements", "regarding",
         "environmental", "responsibilities", "Kazakhstan", "Organisation", "UNESCO", "COVID-19",
         "parliamentary", "representatives", "acknowledged", "extraordinary", "achievements",
         "establishing", "comprehensive", "partnerships"]


def _essay(folder: Path, paragraphs: int = 14, size: str = "A5", layout: str = "en") -> Path:
    """An English article of long words, names and acronyms, to be set in a narrow page."""
    folder.mkdir(parents=True, exist_ok=True)
    paras = []
    for k in range(paragraphs):
        ws = [WORDS[(i * 7 + k * 3) % len(WORDS)] for i in range(70)]
        paras.append(" ".join([ws[0].capitalize(), *ws[1:]]) + " possible.")
    (folder / "001_essay.md").write_text(
        "---\ntitle: Essay on Cooperation\nlang: en\n---\n\n" + "\n\n".join(paras) + "\n",
        encoding="utf-8")
    (folder / "dossier.toml").write_text(
        f'[layout]\npdf = "{layout}"\npage_size = "{size}"\n', encoding="utf-8")
    return folder


def _page_lines(pdf: Path) -> list[list[str]]:
    """Each page's text lines, running heads and folio cropped off."""
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from pypdf import PdfReader

    box = PdfReader(str(pdf)).pages[0].mediabox
    text = subprocess.run(["pdftotext", "-layout", "-x", "0", "-y", "50", "-W",
                           str(int(box.width)), "-H", str(int(box.height) - 100), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()]
            for page in text.split("\f")]


def _hyphenated(line: str) -> bool:
    return bool(re.search(r"\p{L}[-\u2010]$", line))


# --- hyphenation --------------------------------------------------------------------------

def test_only_lower_case_words_get_break_points_never_the_last_word():
    html = ('<p class="en paragraph" lang="en">Kazakhstan and UNESCO discussed COVID-19 '
            'responsibilities with considerable seriousness and <bdi dir="rtl">كازاخستان</bdi> '
            'representatives <span class="origin"><span>Reviewed translation</span></span>'
            'afterwards acknowledged achievements</p>'
            '<h3 class="en heading" lang="en">International responsibilities</h3>')
    out = soft_hyphens(html, Rules())
    words = re.findall(r"[\p{L}\u00ad]+", out)
    broken = {w.replace(SHY, "") for w in words if SHY in w}
    assert {"responsibilities", "considerable", "seriousness", "representatives",
            "afterwards"} <= broken
    assert not broken & {"Kazakhstan", "UNESCO", "COVID", "achievements",
                         "International", "translation", "Reviewed"}
    assert 'data-hy="1"' in out and "data-hy=\"2\"" not in out  # the heading is not marked


def test_english_is_hyphenated_by_a_copy_editors_rules(tmp_path):
    out = tmp_path / "out"
    commands.render(Options(_essay(tmp_path / "essay"), out), ("pdf",))
    pages = _page_lines(out / "dossier.pdf")
    lines = [line for page in pages for line in page]
    hyphenated = [i for i, line in enumerate(lines) if _hyphenated(line)]
    assert len(hyphenated) >= 3  # lines of long words: hyphenation is on
    for i in hyphenated:
        fragment = re.search(r"(\p{L}+)[-\u2010]$", lines[i]).group(1)
        assert fragment[0].islower() and len(fragment) >= 3, lines[i]  # no names, acronyms
        after = lines[i + 1].split()[0]
        assert len(re.sub(r"\P{L}", "", after)) >= 3, (lines[i], lines[i + 1])
        assert after != "possible.", (lines[i], lines[i + 1])  # never the paragraph's last word
    runs = [i for i in hyphenated if i - 1 in hyphenated and i - 2 in hyphenated]
    assert runs == [], [lines[i] for i in runs]
    for page in pages:  # no word split across a page turn
        if page:
            assert not _hyphenated(page[-1]), page[-1]
    share = len(hyphenated) / len(lines)
    assert share < 0.25


# --- page breaks --------------------------------------------------------------------------

def _sections(folder: Path, size: str = "A5", layout: str = "en", title: str = "Sections") -> Path:
    """An English article of many short sections, each a heading and paragraphs of varied
    length, so that headings and passage numbers fall near page feet."""
    folder.mkdir(parents=True, exist_ok=True)
    parts = [f"# {title}"]  # the article's title: its first heading
    for k in range(24):
        parts.append(f"## Section heading number {k + 1}")
        for j in range(1 + k % 3):
            n = 18 + (k * 13 + j * 29) % 70
            ws = [WORDS[(i * 5 + k + j) % len(WORDS)] for i in range(n)]
            parts.append(" ".join([ws[0].capitalize(), *ws[1:]]) + " ends here.")
    (folder / "001_sections.md").write_text(
        "---\nlang: en\n---\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    (folder / "dossier.toml").write_text(
        f'[layout]\npdf = "{layout}"\npage_size = "{size}"\n', encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", ["A5", "Letter"])
def test_no_page_ends_with_a_heading_or_a_lone_passage_number(tmp_path, size):
    out = tmp_path / "out"
    commands.render(Options(_sections(tmp_path / "src", size), out), ("pdf",))
    pages = _page_lines(out / "dossier.pdf")
    body = [p for p in pages if p and not any("Colophon" in line or "Sources" in line
                                                for line in p)]
    assert len(body) >= 4
    for page in body:
        last = page[-1]
        assert not re.fullmatch(r"§\s*\d+\.\d+", last), page[-3:]
        assert not last.startswith("Section heading number"), page[-3:]
        # a heading's number ends a page only with its heading's text after it on that page
        if re.fullmatch(r"§\s*\d+\.\d+", page[-2]):
            assert not page[-1].startswith("Section heading"), page[-3:]


def test_running_heads_stay_on_one_line(tmp_path):
    title = ("A very long title about international cooperation and multilateral institutions "
             "that no running head could hold on one line of the page")
    src = _sections(tmp_path / "src", "A5", title=title)
    out = tmp_path / "out"
    commands.render(Options(src, out), ("pdf",))
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for page in (5, 6, 7):  # the article's pages (cover, contents, guide first)
        head = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), "-y",
                               "0", "-H", "55", "-W", "600", "-x", "0", str(out / "dossier.pdf"),
                               "-"], capture_output=True, text=True, check=True).stdout
        lines = [line for line in head.splitlines() if line.strip()]
        assert len(lines) == 1, lines  # one line, cut at a word
        assert lines[0].endswith("…"), lines
        assert lines[0].split()[-1].rstrip("…") in title.split(), lines
