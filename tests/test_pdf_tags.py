"""The PDF for screen readers and archives (pipeline/render/pdf_tags.py, issue 18): every
passage, title and label tagged with its language, in one run and in a PDF made in parts; XMP
metadata; the bookmarks panel open; the Arabic titles in the bookmarks.

The languages come from a wrapper around a private WeasyPrint function: a WeasyPrint or pydyf
other than the one it was tested with must fail here, loudly."""

from __future__ import annotations

import inspect
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline.render import pdf_tags, pdf_text

ARABIC = (
    "المملكة والطاقة\n\n"
    "أعلنت المملكة أمس خطة جديدة لإنتاج الكهرباء من الشمس والرياح، وقال الوزير إن خفض "
    "انبعاثات الكربون هدف تاريخي للبلاد.\n\n"
    "## الشركات الكبرى\n\n"
    "ويرى الكثير من الخبراء أن ما يجري خلف الكواليس أهم من الإعلان نفسه.\n\n"
    "وأصبحت البلاد عضوًا في الوكالة الدولية، وسجلت تقدمًا جديدًا في الطاقة النووية السلمية.\n")
PERSIAN = (
    "انرژی در ممالک همسایه\n\n"
    "من هر روز خبرهای انرژی را می‌خوانم و کتاب‌ها و گزارش‌های تازه درباره ممالک همسایه را "
    "دنبال می‌کنم.\n\n"
    "به گفته کارشناسان، سرمایه‌گذاری در برق خورشیدی در این کشورها رو به افزایش است.\n")
ENGLISH = (
    "Energy diplomacy in Central Asia\n\n"
    "Kazakhstan has made diplomacy the centre of its energy policy, and its neighbours are "
    "following the same path as new power lines cross the region.\n")
# A reviewed English title for the Arabic article, so its bookmark has both.
PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
      'msgid "المملكة والطاقة"\nmsgstr "The Kingdom and Energy"\n')


def _project(root: Path) -> Path:
    src = root / "src"
    src.mkdir()
    (src / "a_ar.md").write_text(ARABIC, "utf-8")
    (src / "b_fa.txt").write_text(PERSIAN, "utf-8")
    (src / "c_en.txt").write_text(ENGLISH, "utf-8")
    (src / "dossier.toml").write_text(
        '[dossier]\ntitle = { en = "Energy in the Region" }\neditor = "Desk Editor"\n', "utf-8")
    (src / "en").mkdir()
    (src / "en" / "a_ar.po").write_text(PO, "utf-8")
    return src


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> tuple[Path, Path]:
    """The same project laid out in one run and in parts of one article each."""
    from pipeline import commands
    from pipeline.build import Options

    root = tmp_path_factory.mktemp("tags")
    src = _project(root)
    made = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1764000000")  # one build time for both
        for name, per_part in (("whole", 0), ("parts", 1)):
            out = root / name
            commands.render(Options(src, out, overrides={
                "layout": {"pdf_part_articles": per_part}}), ("pdf",))
            made.append(out / "dossier.pdf")
    assert len(list((root / "parts" / "cache" / "pdf-parts").glob("*.pdf"))) >= 4  # in parts
    return made[0], made[1]


# --- the pin -----------------------------------------------------------------------------------

def test_weasyprint_is_the_version_the_language_tags_were_written_for():
    assert pdf_text.versions() == pdf_text.PINNED, (
        "WeasyPrint or pydyf changed under pipeline/render/pdf_tags.py: check "
        "weasyprint/pdf/tags.py _build_box_tree against it, then update PINNED")


def test_the_private_function_it_wraps_has_the_shape_it_expects():
    from weasyprint.pdf import tags

    build = inspect.unwrap(tags._build_box_tree)
    assert list(inspect.signature(build).parameters) == [
        "box", "parent", "pdf", "page_number", "nums", "annotations", "tags"]
    source = inspect.getsource(build)
    # What the wrapper relies on: the function is a generator that yields each box's element
    # (a pydyf.Dictionary) and recurses through its module's global name, so that the wrapper
    # sees every box; add_tags starts it the same way.
    assert inspect.isgeneratorfunction(build)
    assert "yield element" in source and "yield parent" in source
    assert source.count("_build_box_tree(") >= 4
    assert "_build_box_tree(" in inspect.getsource(tags.add_tags)
    assert "Lang" not in source  # WeasyPrint learnt to write /Lang itself: use that instead


# --- languages ---------------------------------------------------------------------------------

def _elements(pdf: Path) -> list[tuple[str, str | None, int]]:
    """Every structure element in tree order: (type, its own /Lang, depth)."""
    from pypdf import PdfReader

    root = PdfReader(str(pdf)).trailer["/Root"]["/StructTreeRoot"]
    found: list[tuple[str, str | None, int]] = []

    def walk(node, depth: int) -> None:  # noqa: ANN001
        node = node.get_object()
        found.append((str(node["/S"]), str(node["/Lang"]) if "/Lang" in node else None, depth))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            obj = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(obj, dict) and "/S" in obj:
                walk(kid, depth + 1)

    for top in root["/K"] if isinstance(root["/K"], list) else [root["/K"]]:
        walk(top, 0)
    return found


def _texts(pdf: Path) -> list[str]:
    """The text under each structure element in tree order, as poppler reads the tree."""
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    lines = subprocess.run(["pdfinfo", "-struct-text", str(pdf)], capture_output=True,
                           text=True, check=True).stdout.splitlines()
    texts: list[str] = []
    open_: list[tuple[int, int]] = []  # (indent, index in texts)
    for line in lines:
        indent = len(line) - len(line.lstrip())
        body = line.strip()
        if not body or re.fullmatch(r"Object \d+ \d+", body) or body.startswith("/"):
            continue
        while open_ and open_[-1][0] >= indent:
            open_.pop()
        if body.startswith('"'):
            for _, i in open_:
                texts[i] += body.strip('"')
        else:
            texts.append("")
            open_.append((indent, len(texts) - 1))
    return texts


def _script_of(text: str) -> str | None:
    arabic = len(re.findall(r"[\u0600-\u06ff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if arabic > 3 * latin and arabic:
        return "arabic"
    if latin > 3 * arabic and latin:
        return "latin"
    return None


def _check_languages(pdf: Path) -> dict[str, int]:
    elements = _elements(pdf)
    texts = _texts(pdf)
    assert len(texts) == len(elements), "poppler and pypdf see different trees"
    counts: dict[str, int] = {}
    wrong = []
    inherited: list[str | None] = []
    for (kind, lang, depth), text in zip(elements, texts, strict=True):
        del inherited[depth:]
        inherited.append(lang or (inherited[-1] if inherited else None))
        if not re.fullmatch(r"/(P|H\d)", kind):
            continue
        counts[lang or "none"] = counts.get(lang or "none", 0) + 1
        script = _script_of(text)
        if script == "arabic" and lang not in ("ar", "fa"):
            wrong.append((kind, lang, text[:40]))
        if script == "latin" and lang != "en":
            wrong.append((kind, lang, text[:40]))
    assert wrong == [], f"passages tagged with the wrong language: {wrong[:5]}"
    return counts


def test_every_passage_title_and_label_says_its_language_in_one_run(pdfs):
    counts = _check_languages(pdfs[0])
    assert counts.get("none", 0) == 0  # every P and H element carries its own /Lang
    assert counts["ar"] >= 4 and counts["fa"] >= 3 and counts["en"] >= 10, counts


def test_a_pdf_made_in_parts_is_tagged_as_one_run_is(pdfs):
    whole, parts = pdfs
    counts = _check_languages(parts)
    assert counts.get("none", 0) == 0
    # The same tree, element for element (type, language, depth), and the same text in it.
    assert _elements(parts) == _elements(whole)
    assert _texts(parts) == _texts(whole)


def test_the_joined_tree_maps_every_marked_content_of_every_page(pdfs):
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject

    for pdf in pdfs:
        reader = PdfReader(str(pdf))
        root = reader.trailer["/Root"]
        assert bool(root["/MarkInfo"]["/Marked"])
        tree = root["/StructTreeRoot"]
        nums = tree["/ParentTree"]["/Nums"]
        parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        keys = set()
        for n, page in enumerate(reader.pages):
            content = page.get_contents().get_data()
            mcids = sorted(int(x) for x in re.findall(rb"/MCID (\d+)", content))
            key = int(page["/StructParents"])
            assert key not in keys
            keys.add(key)
            entries = parent_tree[key].get_object()
            assert len(entries) == len(mcids) == len(set(mcids)), f"page {n + 1}"
            for mcid in mcids:  # each marked content's element is on this page and lists it
                element = entries[mcid].get_object()
                assert element["/Pg"].indirect_reference == page.indirect_reference
                kids = element["/K"] if isinstance(element["/K"], list) else [element["/K"]]
                assert mcid in [int(k) for k in kids if isinstance(k, int)]
        links = 0
        for page in reader.pages:  # an annotation's key leads back to an element holding it
            for annot in page.get("/Annots", ArrayObject()).get_object():
                key = annot.get_object().get("/StructParent")
                # every link is in the tree, those added when the parts were joined too
                assert key is not None or annot.get_object().get("/Subtype") != "/Link"
                links += annot.get_object().get("/Subtype") == "/Link"
                if key is None:
                    continue
                assert int(key) not in keys
                keys.add(int(key))
                element = parent_tree[int(key)].get_object()
                objs = [k.get_object().raw_get("/Obj") for k in element["/K"]
                        if not isinstance(k, int) and k.get_object().get("/Type") == "/OBJR"]
                assert annot.idnum in [o.idnum for o in objs]
        assert links > 10
        if "/ParentTreeNextKey" in tree:  # optional; the joined tree says it
            assert int(tree["/ParentTreeNextKey"]) == max(keys) + 1


# --- metadata and bookmarks --------------------------------------------------------------------

XMP = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
       "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
       "pdf": "http://ns.adobe.com/pdf/1.3/"}


def _xmp(pdf: Path) -> ET.Element:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    data = reader.trailer["/Root"]["/Metadata"].get_data()
    assert data.startswith(b"<?xpacket begin=") and data.rstrip().endswith(b"?>")
    return ET.fromstring(data.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])


def test_xmp_metadata_in_one_run_and_in_parts(pdfs):
    from pypdf import PdfReader

    for pdf in pdfs:
        info = PdfReader(str(pdf)).metadata
        xmp = _xmp(pdf)
        assert xmp.findtext(".//dc:title/rdf:Alt/rdf:li", namespaces=XMP) == info.title
        assert "Energy in the Region" in info.title
        assert xmp.findtext(".//dc:creator/rdf:Seq/rdf:li", namespaces=XMP) == "Desk Editor"
        langs = [li.text for li in xmp.findall(".//dc:language/rdf:Bag/rdf:li", XMP)]
        assert langs[0] == "en" and {"ar", "fa"} <= set(langs), langs
        assert xmp.findtext(".//xmp:CreatorTool", namespaces=XMP).startswith("arabic-dossier")
        assert xmp.findtext(".//pdf:Producer", namespaces=XMP) == info.producer
        created = xmp.findtext(".//xmp:CreateDate", namespaces=XMP)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)", created)
        # The same moment as the Info dictionary's date (D:YYYYMMDDHHmmSS...).
        assert info["/CreationDate"][2:16] == re.sub(r"\D", "", created)[:14]
    whole, parts = (_xmp(p) for p in pdfs)
    assert ET.tostring(whole) == ET.tostring(parts)


def test_the_bookmarks_panel_opens_and_shows_the_arabic_titles(pdfs):
    from pypdf import PdfReader

    outlines = []
    for pdf in pdfs:
        reader = PdfReader(str(pdf))
        assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"

        def titles(outline: list) -> list[str]:
            return [t for o in outline
                    for t in (titles(o) if isinstance(o, list) else [o.title])]

        outlines.append(titles(reader.outline))
    assert outlines[0] == outlines[1]
    # The source title after a right-to-left mark: the panel sets the line left to right.
    assert "1. The Kingdom and Energy — \u200fالمملكة والطاقة" in outlines[0]
    assert any(t.startswith("2. ") and "انرژی در ممالک همسایه" in t for t in outlines[0])
    # An article written in English has its title once.
    assert any(t == "3. Energy diplomacy in Central Asia" for t in outlines[0]), outlines[0]


def test_xmp_escapes_and_keeps_a_pdfa_identification():
    meta = pdf_tags.Metadata(title="R&D <energy>", authors=["A & B"],
                             created="2026-01-02T03:04:05+00:00", languages=["en", "ar"],
                             pdfa={"part": "3", "conformance": "B"})
    packet = pdf_tags.xmp_packet(meta)
    tree = ET.fromstring(packet.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    assert tree.findtext(".//dc:title/rdf:Alt/rdf:li", namespaces=XMP) == "R&D <energy>"
    assert pdf_tags.pdfa_id(packet) == {"part": "3", "conformance": "B"}
    assert pdf_tags.pdf_date_iso("D:20260102030405+01'00") == "2026-01-02T03:04:05+01:00"
    assert pdf_tags.pdf_date_iso("D:20260102030405Z") == "2026-01-02T03:04:05Z"


def test_mupdf_keeps_a_passage_number_apart_from_the_arabic_beside_it(pdfs):
    pymupdf = pytest.importorskip("pymupdf")
    for pdf in pdfs:
        with pymupdf.open(str(pdf)) as doc:
            text = "".join(page.get_text() for page in doc)
        # The parallel layout's number cell stands between the English and the Arabic: MuPDF
        # joined the two ("1.3تلعب") until the number was set between no-break spaces.
        assert re.search(r"\b1\.2\b", text)
        glued = re.findall(r"\d+\.\d+[\u0600-\u06ff]|[\u0600-\u06ff]\d+\.\d+", text)
        assert glued == [], glued[:5]
