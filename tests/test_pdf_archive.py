"""The archival PDF (issue 18): PDF/A-3b carrying the folder's files as read, the build report
and the PO files as associated files, in one run and in parts, checked by PDF/A validators."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from pipeline import commands
from pipeline.build import Options
from pipeline.errors import PipelineError

from .test_cli import invoke

TITLE = "المملكة تستضيف قمة إقليمية في أستانا"
PARA = ("استضافت العاصمة أستانا قمة إقليمية شارك فيها قادة دول آسيا الوسطى، وناقشت ملفات "
        "الكهرباء والمياه والكربون في المنطقة.")
FA = "# نشست منطقه‌ای در آستانه\n\nکشورهای آسیای مرکزی درباره ممالک همسایه و آب گفتگو کردند.\n"
TOML = """[dossier]
title = { en = "Archive test" }
editor = "Desk"
"""


def _po(path: Path) -> None:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    po.append(polib.POEntry(msgid=TITLE, msgstr="The Kingdom hosts a regional summit"))
    path.parent.mkdir(exist_ok=True)
    po.save(str(path))


def _folder(root: Path, extra_toml: str = "") -> Path:
    src = root / "src"
    src.mkdir(parents=True)
    (src / "a.txt").write_bytes(f"{TITLE}\r\n{PARA}\r\n".encode())  # CRLF: kept as read
    (src / "b.md").write_text(FA, encoding="utf-8")
    (src / "dossier.toml").write_text(TOML + extra_toml, encoding="utf-8")
    (src / "NOTES.txt").write_text("the editor's notes: excluded, never read", encoding="utf-8")
    _po(src / "en" / "a.po")
    return src


def _attachments(pdf: Path) -> dict[str, dict]:
    """Every associated file of the catalog's /AF: bytes, relationship, MIME type, description,
    and whether the name tree lists it too."""
    from pypdf import PdfReader

    root = PdfReader(str(pdf)).trailer["/Root"]
    tree = root["/Names"]["/EmbeddedFiles"]["/Names"]
    listed = {str(tree[i]) for i in range(0, len(tree), 2)}
    out = {}
    for ref in root["/AF"]:
        spec = ref.get_object()
        stream = spec["/EF"]["/F"].get_object()
        data = stream.get_data()
        out[str(spec["/UF"])] = {
            "data": data, "relationship": str(spec["/AFRelationship"]),
            "mime": str(stream["/Subtype"]), "desc": str(spec.get("/Desc", "")),
            "listed": str(spec["/UF"]) in listed, "size": int(stream["/Params"]["/Size"]),
            "md5": _raw(stream["/Params"]["/CheckSum"]) == hashlib.md5(data).digest()}
    return out


def _raw(string) -> bytes:  # noqa: ANN001 - a pypdf string, read as text when it decodes
    return string.original_bytes if hasattr(string, "original_bytes") else bytes(string)


def _xmp(pdf: Path) -> str:
    from pypdf import PdfReader

    return PdfReader(str(pdf)).trailer["/Root"]["/Metadata"].get_object().get_data().decode()


# A PDF/A-1 rule pdfluent applies to PDF/A-2 and -3 too: ISO 19005-2/3 6.2.11.4.2 asks only
# that a CIDSet, when there is one, list every CID of the font program; none is required.
_PDFA1_ONLY = re.compile(r"missing required /CIDSet")


def validate(pdf: Path) -> dict[str, list[str]]:
    """What each PDF/A validator installed says is wrong with ``pdf`` as PDF/A-3b: veraPDF
    (the reference, when a `verapdf` command is on PATH), pdf_oxide and pdfluent (PyPI)."""
    found: dict[str, list[str]] = {}
    if shutil.which("verapdf"):
        run = subprocess.run(["verapdf", "--flavour", "3b", "--format", "text", str(pdf)],
                             capture_output=True, text=True)
        found["veraPDF"] = [] if run.stdout.startswith("PASS") else [run.stdout + run.stderr]
    import pdf_oxide

    result = pdf_oxide.PdfDocument(str(pdf)).validate_pdf_a("3b")
    found["pdf_oxide"] = [str(e) for e in result["errors"]]
    import pdfluent

    found["pdfluent"] = [f"{i.rule} {i.message}" for i in pdfluent.validate_pdfa(str(pdf)).issues
                         if i.severity == "error" and not _PDFA1_ONLY.search(i.message)]
    return found


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The same folder built archival in one run and in parts (an article a part)."""
    root = tmp_path_factory.mktemp("archive")
    one = _folder(root / "one")
    commands.build(Options(one, root / "one" / "out", overrides={"pdf": {"archive": True}}))
    parts = _folder(root / "parts", "\n[layout]\npdf_part_articles = 1\n\n[pdf]\narchive = true\n")
    commands.build(Options(parts, root / "parts" / "out"))
    return {"one run": (one, root / "one" / "out"), "parts": (parts, root / "parts" / "out")}


@pytest.mark.slow
@pytest.mark.parametrize("how", ["one run", "parts"])
def test_archival_pdf_carries_its_evidence(builds, how):
    src, out = builds[how]
    files = _attachments(out / "dossier.pdf")
    # The files the build read, byte for byte; the excluded notes not at all.
    assert set(files) == {"a.txt", "b.md", "dossier.toml", "en/a.po", "report.json",
                          "report.html"}
    for name in ("a.txt", "b.md", "dossier.toml", "en/a.po"):
        assert files[name]["data"] == (src / name).read_bytes(), name
    assert files["a.txt"]["data"].count(b"\r\n") == 2
    # The report as it is beside the PDF: final when it was embedded.
    assert files["report.json"]["data"] == (out / "report.json").read_bytes()
    assert files["report.html"]["data"] == (out / "report.html").read_bytes()
    assert json.loads(files["report.json"]["data"])["summary"]["articles"] == 2
    rel = {n: f["relationship"] for n, f in files.items()}
    assert rel == {"a.txt": "/Source", "b.md": "/Source", "dossier.toml": "/Source",
                   "en/a.po": "/Data", "report.json": "/Supplement",
                   "report.html": "/Supplement"}
    mime = {n: f["mime"] for n, f in files.items()}
    assert mime == {"a.txt": "/text/plain", "b.md": "/text/markdown",
                    "dossier.toml": "/application/toml",
                    "en/a.po": "/text/x-gettext-translation",
                    "report.json": "/application/json", "report.html": "/text/html"}
    for name, f in files.items():
        assert f["listed"] and f["md5"] and f["size"] == len(f["data"]), name
        assert name in f["desc"] or "report" in f["desc"].lower(), f["desc"]


@pytest.mark.slow
@pytest.mark.parametrize("how", ["one run", "parts"])
def test_archival_pdf_is_pdfa_3b(builds, how):
    from pypdf import PdfReader

    _, out = builds[how]
    pdf = out / "dossier.pdf"
    xmp = _xmp(pdf)
    assert re.search(r"<pdfaid:part>3</pdfaid:part>", xmp)
    assert re.search(r"<pdfaid:conformance>B</pdfaid:conformance>", xmp)
    assert "Archive test" in xmp  # the title, as the document information says it
    reader = PdfReader(str(pdf))
    intents = reader.trailer["/Root"]["/OutputIntents"]
    assert [i.get_object()["/S"] for i in intents] == ["/GTS_PDFA1"]
    assert reader.metadata["/Producer"].startswith("WeasyPrint")  # not pypdf's
    assert len(reader.outline) >= 2  # the bookmarks survive
    assert validate(pdf) == {name: [] for name in validate(pdf)}


@pytest.mark.slow
def test_one_run_keeps_its_tags_and_the_web_edition_the_final_size(builds):
    from pypdf import PdfReader

    _, out = builds["one run"]
    pdf = out / "dossier.pdf"
    assert "/StructTreeRoot" in PdfReader(str(pdf)).trailer["/Root"]
    size = pdf.stat().st_size / 1024
    page = (out / "index.html").read_text(encoding="utf-8")
    assert f"{size:.1f} KB" in page  # the web edition was rendered after the archive step


@pytest.mark.slow
def test_validators_fail_an_ordinary_pdf(tmp_path):
    """The check can fail: the same folder built without the option is no PDF/A."""
    src = _folder(tmp_path)
    commands.build(Options(src, tmp_path / "out"))
    found = validate(tmp_path / "out" / "dossier.pdf")
    assert all(found.values()), found


@pytest.mark.slow
def test_an_edited_embedded_file_rebuilds_the_pdf(tmp_path):
    src = _folder(tmp_path)
    out = tmp_path / "out"
    opts = {"pdf": {"archive": True}}
    commands.build(Options(src, out, overrides=opts))
    assert "up to date" in commands.build(Options(src, out, overrides=opts))
    po = (src / "en" / "a.po").read_text(encoding="utf-8").replace(
        "The Kingdom hosts", "The Kingdom welcomes")
    (src / "en" / "a.po").write_text(po, encoding="utf-8")
    assert "built" in commands.build(Options(src, out, overrides=opts))
    files = _attachments(out / "dossier.pdf")
    assert b"The Kingdom welcomes" in files["en/a.po"]["data"]
    assert files["report.json"]["data"] == (out / "report.json").read_bytes()
    # Asking for the archive is part of what a build depends on.
    assert "built" in commands.build(Options(src, out))
    from pypdf import PdfReader

    assert "/AF" not in PdfReader(str(out / "dossier.pdf")).trailer["/Root"]


def test_pdf_settings_are_checked(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(f"{TITLE}\n{PARA}\n", encoding="utf-8")
    for bad, said in (("archive = 1", "'pdf.archive' must be true or false"),
                      ('archive = "yes"', "'pdf.archive' must be true or false"),
                      ("archiv = true", "'pdf.archiv' is not a setting")):
        (src / "dossier.toml").write_text(f"[pdf]\n{bad}\n", encoding="utf-8")
        with pytest.raises(PipelineError, match=re.escape(said)):
            commands.clean(Options(src, tmp_path / "out"))
        result = invoke("clean", "--source", str(src), "--out", str(tmp_path / "out"))
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1 and len(lines) == 1 and said in lines[0], result.stderr
    (src / "dossier.toml").write_text("[pdf]\narchive = true\n[clean]\nremove_tatweel = false\n",
                                      encoding="utf-8")
    assert "cleaned 1" in commands.clean(Options(src, tmp_path / "out"))


def test_archive_flag_reaches_the_build(tmp_path):
    result = invoke("build", "--help")
    assert "--archive" in result.stdout and "PDF/A-3b" in result.stdout
    assert "--archive" in invoke("pdf", "--help").stdout
