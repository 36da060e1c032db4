"""Every entry of the source folder is accounted for: read, project file, excluded or refused."""

from __future__ import annotations

import json

import pytest

from pipeline.build import Options
from pipeline.commands import build, clean
from pipeline.errors import PipelineError

ARTICLE = ("كازاخستان تعزز شراكتها مع دول الخليج\n\n"
           "أكد وزير الخارجية الكازاخستاني أن بلاده تسعى إلى تعزيز التعاون مع دول الخليج في "
           "مجالات الطاقة والنقل والاستثمار، مشيرا إلى أن حجم التبادل التجاري ارتفع.\n\n"
           "وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة تجتمع مرتين في السنة.\n")
# A scraper export of one record: read as an article of its own.
EXPORTED = {"title": "قمة الطاقة في الدوحة", "url": "https://example.qa/news/energy",
            "maintext": "استضافت الدوحة قمة للطاقة بمشاركة وزراء من عشرين دولة.\n"
                        "وناقش المشاركون أمن الإمدادات وخفض الانبعاثات."}
NOTES = "Editor's notes: check the date of the second article before sending.\n"


def _folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "README.txt").write_text(NOTES, encoding="utf-8")
    (src / "NOTES.md").write_text("# Notes\n\n" + NOTES, encoding="utf-8")
    (src / ".DS_Store").write_bytes(b"\x00\x01")
    (src / "clipping.pdf").write_bytes(b"%PDF-1.4\n%...")
    (src / "export.jsonl").write_text(json.dumps(EXPORTED, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (src / "feed.xml").write_text("<rss><channel><title>Feed</title></channel></rss>\n",
                                  encoding="utf-8")
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (src / "old").mkdir()
    (src / "en").mkdir()
    (src / "dossier.toml").write_text('[dossier]\neditor = "Desk"\n', encoding="utf-8")
    return src


def test_every_entry_of_the_folder_is_in_the_report_and_the_notes_are_not_published(tmp_path):
    src = _folder(tmp_path)
    out = tmp_path / "out"
    said = build(Options(src, out), ("web",))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    status = {f["name"]: (f["status"], f["reason"]) for f in report["files"]}
    assert set(status) == {"a.txt", "README.txt", "NOTES.md", ".DS_Store", "clipping.pdf",
                           "export.jsonl", "feed.xml", "photo.jpg", "old/", "en/",
                           "dossier.toml"}
    assert status["a.txt"][0] == "article"
    assert next(f for f in report["files"] if f["name"] == "a.txt")["articles"] == 1
    assert status["export.jsonl"] == ("article", "a scraper export (JSON Lines)")
    assert next(f for f in report["files"] if f["name"] == "export.jsonl")["articles"] == 1
    assert {n for n, (s, _) in status.items() if s == "excluded"} == {
        "README.txt", "NOTES.md", ".DS_Store"}
    assert {n for n, (s, _) in status.items() if s == "project"} == {"en/", "dossier.toml"}
    assert status["clipping.pdf"] == ("refused", status["clipping.pdf"][1])
    assert "PDF input is not supported" in status["clipping.pdf"][1]
    assert "an XML file: not read" in status["feed.xml"][1]
    assert report["summary"]["files"] == {"article": 2, "excluded": 3, "refused": 4,
                                          "project": 2}
    # The build says so: one count line, one warning per entry it refused.
    assert "11 entries in the folder: 2 read as 2 article(s), 2 project file(s), 3 excluded, " \
           "4 refused" in said
    assert "warning: export.jsonl" not in said
    for name in ("clipping.pdf", "feed.xml", "photo.jpg", "old/"):
        assert said.count(f"warning: {name}: ") == 1
    assert "README.txt" not in said  # excluded on purpose: listed, not warned about
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count('class="file-refused"') == 4 and "README.txt" in page
    assert "check the date of the second article" not in (out / "index.html").read_text("utf-8")


def test_the_project_excludes_more_by_name(tmp_path):
    src = _folder(tmp_path)
    (src / "draft-2.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "dossier.toml").write_text('[sources]\nexclude = ["draft-*"]\n', encoding="utf-8")
    out = tmp_path / "out"
    clean(Options(src, out))
    data = json.loads((out / "stages" / "clean.json").read_text(encoding="utf-8"))
    assert [a["source_file"] for a in data["articles"]] == ["a.txt", "export.jsonl"]
    draft = next(f for f in data["files"] if f["name"] == "draft-2.txt")
    assert draft["status"] == "excluded" and "draft-*" in draft["reason"]


def test_two_excluded_notes_of_the_same_name_are_no_clash(tmp_path):
    src = _folder(tmp_path)
    (src / "README.md").write_text(NOTES, encoding="utf-8")  # beside README.txt
    clean(Options(src, tmp_path / "out"))  # no "two articles share the name" error


def test_a_folder_without_an_article_says_what_it_found(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "README.txt").write_text(NOTES, encoding="utf-8")
    (src / "clipping.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.raises(PipelineError) as err:
        clean(Options(src, tmp_path / "out"))
    message = str(err.value)
    assert "\n" not in message and "no article files" in message
    assert "README.txt (excluded" in message and "clipping.pdf (refused: PDF input" in message
