"""Project files (dossier.toml, glossary.toml, boilerplate.toml) with wrong values: one line
naming the file and the value, never a traceback; texts from them reach print clean."""

from __future__ import annotations

import json

import pytest

from pipeline import commands
from pipeline.boilerplate import load_rules
from pipeline.build import Options
from pipeline.config import load_config
from pipeline.errors import PipelineError
from pipeline.glossary import load_glossary

from .test_cli import invoke

ARTICLE = ("خطة حكومية لدعم صغار المزارعين\n\n"
           "أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم صغار المزارعين في المناطق الجبلية.\n")


@pytest.mark.parametrize("toml, message", [
    ('[merge]\nmin_words = "eight"\n', "'merge.min_words' must be a whole number"),
    ("[merge]\nmin_words = 8.5\n", "'merge.min_words' must be a whole number"),
    ("[merge]\nduplicate_threshold = true\n", "'merge.duplicate_threshold' must be a number"),
    ('[dossier]\ndate = "not a date"\n', "dossier.date = 'not a date'"),
    ('[dossier]\ndate = "2024-02-30"\n', "dossier.date = '2024-02-30'"),
    ('[layout]\npage_size = "B5"\n', "layout.page_size = 'B5'"),
    ('[layout]\nepub = "parallel"\n', "layout.epub = 'parallel'"),
    ('[layout]\npage_progression = "up"\n', "layout.page_progression = 'up'"),
    ("[layout]\npdf_part_articles = -1\n", "layout.pdf_part_articles must be 0"),
    ('[style]\naccent = "red; } body { x"\n', "style.accent"),
])
def test_bad_dossier_toml_values_are_named(project, toml, message):
    (project / "dossier.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        load_config(project)
    assert message in str(err.value)
    assert str(err.value.path).endswith("dossier.toml")


def test_good_dates_and_sizes_pass_and_a_toml_date_is_taken_as_written(project):
    for date in ('"2024"', '"2024-05"', '"2024-02-29"', "2024-05-01"):
        (project / "dossier.toml").write_text(f'[dossier]\ndate = {date}\n'
                                              '[layout]\npage_size = "A5"\n', encoding="utf-8")
        cfg = load_config(project)
    assert cfg["dossier"]["date"] == "2024-05-01"
    assert cfg["layout"]["page_size"] == "A5"


def test_bidi_overrides_and_invisibles_leave_the_dossiers_own_texts(project):
    (project / "dossier.toml").write_text(
        '[dossier]\neditor = "\\u202eRLO editor"\ntitle = { ar = "ملف\\u200f صحفي", '
        'en = "A\\u2066 title\\u2069" }\nkeywords = ["\\u202bكلمة"]\n', encoding="utf-8")
    d = load_config(project)["dossier"]
    assert (d["editor"], d["title"]["ar"], d["title"]["en"], d["keywords"]) == \
        ("RLO editor", "ملف صحفي", "A title", ["كلمة"])


@pytest.mark.parametrize("term, message", [
    ('ar = "المغرب"\nen = "Morocco"\nnote = 5\n', "'note' must be text"),
    ('ar = "المغرب"\nen = "Morocco"\nvariants = "المغرب"\n', "'variants' must be a list"),
])
def test_bad_glossary_values_are_named(project, term, message):
    (project / "glossary.toml").write_text("[[term]]\n" + term, encoding="utf-8")
    with pytest.raises(PipelineError, match=message):
        load_glossary(project)


def test_glossary_texts_lose_bidi_controls(project):
    (project / "glossary.toml").write_text(
        '[[term]]\nar = "\\u202eالمغرب"\nen = "Morocco\\u200e"\nvariants = ["المغرب\\u200f"]\n',
        encoding="utf-8")
    (term,) = load_glossary(project)
    assert (term.text, term.en, term.variants) == ("المغرب", "Morocco", ["المغرب"])


@pytest.mark.parametrize("field, message", [
    ('max_words = "ten"', "'max_words' must be a whole number"),
    ('section = "yes"', "'section' must be true or false"),
    ("reason = 3", "'reason' must be text"),
])
def test_bad_boilerplate_rule_fields_are_named(project, field, message):
    (project / "boilerplate.toml").write_text(
        f'[[rule]]\nid = "x"\npattern = "شارك"\n{field}\n', encoding="utf-8")
    with pytest.raises(PipelineError, match=message):
        load_rules(project, [])


def test_a_bad_value_is_one_line_and_no_traceback_from_the_command_line(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "dossier.toml").write_text('[merge]\nmin_words = "eight"\n', encoding="utf-8")
    r = invoke("clean", "--source", str(src), "--out", str(tmp_path / "out"))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [
        f"error: {src / 'dossier.toml'}: 'merge.min_words' must be a whole number"]


def test_report_says_who_left_text_out_and_why_each_line_changed(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text(
        "# خطة حكومية لدعم صغار المزارعين\n\n"
        "أعلنت وزارة الزراعة <!--ملاحظة المحرر: لا تنشر --> اليوم عن خطة جديدة لدعم صغار "
        "المزارعين في المناطق الجبلية.\n",
        encoding="utf-8")
    (src / "b.txt").write_text(ARTICLE.replace("اليوم", "اليوم\u200b  في  بيان"),
                               encoding="utf-8")
    out = tmp_path / "out"
    commands.build(Options(src, out))
    report = json.loads((out / "report.json").read_text("utf-8"))
    by_file = {a["file"]: a for a in report["articles"]}
    (left_out,) = by_file["a.md"]["extractor_removed"]
    assert left_out["rule"] == "markdown-markup" and "لا تنشر" in left_out["text"]
    assert all("rule" in c for c in by_file["b.txt"]["changes"])
    assert by_file["b.txt"]["changes"], "the doubled spaces and the invisible space are changes"
    assert "<th>Why</th>" in (out / "report.html").read_text("utf-8")
