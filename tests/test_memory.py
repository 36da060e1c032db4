"""The translation memory: reviewed, fuzzy and machine English from PO files."""

from __future__ import annotations

import polib
import pytest

from pipeline import model as m
from pipeline.build import Options, run_text_stages
from pipeline.errors import PipelineError
from pipeline.memory import load_memory
from pipeline.report import build_report

TITLE = "قمة إقليمية في أستانا"
PARA = "استضافت العاصمة أستانا قمة إقليمية شارك فيها قادة دول آسيا الوسطى، وناقشت ملفات المياه."


def _po(path, entries):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    for msgid, msgstr, flags, comment in entries:
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr, flags=flags, tcomment=comment))
    path.parent.mkdir(exist_ok=True)
    po.save(str(path))


def test_reviewed_fuzzy_machine_and_missing(project, tmp_path):
    (project / "a.txt").write_text(f"{TITLE}\n{PARA}\nفقرة ثالثة لم يترجمها أحد بعد.\n",
                                   encoding="utf-8")
    _po(project / "en" / "a.po", [
        (TITLE, "Regional summit in Astana", [], "origin: reviewed"),
        # The Arabic of the paragraph changed since review (one word): a fuzzy fallback.
        (PARA.replace("المياه", "الطاقة"), "The capital Astana hosted a summit.", [], ""),
    ])
    dossier, _ = run_text_stages(Options(project, tmp_path / "out"))
    a = dossier.articles[0]
    assert (a.title.en, a.title.en_origin) == ("Regional summit in Astana", m.REVIEWED)
    para = a.body[0]
    assert para.en_origin == m.FUZZY and "similar" in para.en_note
    assert a.body[1].en is None and a.body[1].en_origin == m.MISSING


def test_english_no_passage_used_is_listed_not_lost(project, tmp_path):
    (project / "a.txt").write_text(f"{TITLE}\n{PARA}\n", encoding="utf-8")
    orphan = "جملة حذفها المحرر من المقال بعد أن ترجمها المراجع إلى الإنجليزية كاملة"
    _po(project / "en" / "a.po", [(TITLE, "Regional summit in Astana", [], ""),
                                  (orphan, "A sentence the editor cut", [], "")])
    dossier, _ = run_text_stages(Options(project, tmp_path / "out"))
    assert dossier.unused_memory == [{"file": "a.po", "origin": m.REVIEWED, "text": orphan,
                                      "en": "A sentence the editor cut"}]
    report = build_report(dossier, [], str(project))
    assert report["summary"]["unused_translations"] == 1
    assert report["unused_translations"][0]["en"] == "A sentence the editor cut"


def test_the_seeds_use_all_their_reviewed_english(seeds_dossier):
    assert seeds_dossier.unused_memory == []


def test_machine_entries_stay_machine(project):
    _po(project / "en" / "a.po", [(TITLE, "Summit", ["fuzzy"],
                                   "machine translation: translate-ar_en 1.0")])
    memory = load_memory(project)
    entry, score = memory.lookup(TITLE)
    assert entry.origin == m.MACHINE and score == 1.0


def test_reviewed_wins_over_machine_for_the_same_arabic(project):
    _po(project / "en" / "a.po", [(TITLE, "Machine", ["fuzzy"], "machine translation: x 1")])
    _po(project / "en" / "b.po", [(TITLE, "Reviewed", [], "")])
    entry, _ = load_memory(project).lookup(TITLE)
    assert entry.msgstr == "Reviewed"


def test_po_syntax_error_names_file_and_line(project):
    (project / "en").mkdir()
    (project / "en" / "a.po").write_text('msgid ""\nmsgstr ""\n\nmsgid "x"\nmsgstr "y\n',
                                         encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        load_memory(project)
    assert "a.po" in str(err.value) and "invalid PO file" in str(err.value)


def test_every_seed_block_has_reviewed_english(seeds_dossier):
    from pipeline import model as m

    blocks = [b for b in seeds_dossier.blocks() if b.kind != m.XREF]
    assert len(blocks) == 82
    assert {b.en_origin for b in blocks} == {m.REVIEWED}
    # Numbers survive translation, compared by value (١٩ is 19).
    import regex as re

    western = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
    for b in blocks:
        for number in re.findall(r"\d+(?:\.\d+)?", b.text.translate(western)):
            assert number in b.en, (b.id, number)


def test_english_articles_are_original_and_never_missing(project, tmp_path, monkeypatch):
    from pipeline import stages

    (project / "a.txt").write_text(f"{TITLE}\n{PARA}\n", encoding="utf-8")
    (project / "b.txt").write_text("Summit in Astana\nLeaders of Central Asia met in the "
                                   "capital to discuss water and energy.\n", encoding="utf-8")
    real = stages.run_clean

    def run_clean(source, cfg, *args, **kwargs):  # until language decision lands on main
        result = real(source, cfg, *args, **kwargs)
        for art in result.articles:
            art.language = "en" if art.source_file == "b.txt" else "ar"
        return result

    monkeypatch.setattr(stages, "run_clean", run_clean)
    dossier, _ = run_text_stages(Options(project, tmp_path / "out"))
    b = next(a for a in dossier.articles if a.source_file == "b.txt")
    assert all((x.en, x.en_origin) == (x.text, m.ORIGINAL) for x in b.blocks)
    report = build_report(dossier, [], str(project))
    assert report["summary"]["english"]["original"] == len(b.blocks)
    assert report["summary"]["english"]["missing"] == 2  # the Arabic article's two blocks


def test_fuzzy_matches_stay_within_the_source_language(project):
    # The same letters, another language: a Persian passage never takes the English of an
    # Arabic entry by similarity. A catalogue without X-Source-Language matches any language.
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en",
                   "X-Source-Language": "ar"}
    po.append(polib.POEntry(msgid=PARA, msgstr="The capital hosted a summit."))
    (project / "en").mkdir()
    po.save(str(project / "en" / "a.po"))
    near = PARA.replace("المياه", "الطاقة")
    memory = load_memory(project)
    assert memory.lookup(near, "fa") is None
    assert memory.lookup(near, "ar") is not None
    assert memory.lookup(near) is not None
