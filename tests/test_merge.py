"""Merging: order, glossary variants, duplicate passages."""

from __future__ import annotations

import pytest

from pipeline import model as m
from pipeline.config import load_config
from pipeline.errors import BadArticle
from pipeline.glossary import load_glossary
from pipeline.merge import merge
from pipeline.stages import run_clean

from .conftest import SEEDS

PARA = ("تواصل كازاخستان سياسة خارجية متوازنة تقوم على التعاون مع جميع الشركاء الدوليين "
        "في آسيا وأوروبا، وتسعى إلى حل النزاعات بالوسائل السلمية.")


def test_seed_duplicates_become_cross_references(seeds_dossier):
    dups = {e["block"]: e for e in seeds_dossier.merge_log if e["action"] == "duplicate"}
    assert sorted(dups) == ["a003_6e853678052e6ab8-03", "a003_6e853678052e6ab8-04",
                            "a003_6e853678052e6ab8-07"]
    assert dups["a003_6e853678052e6ab8-03"]["duplicate_of"] == "a001_58ce39f488cf5b50-27"
    assert dups["a003_6e853678052e6ab8-04"]["duplicate_of"] == "a001_58ce39f488cf5b50-28"
    # 003 repeats its own opening: it points to the first occurrence in reading order.
    assert dups["a003_6e853678052e6ab8-07"]["duplicate_of"] == "a001_58ce39f488cf5b50-27"
    for e in dups.values():
        assert e["score"] >= 0.8 and e["lines"] and e["matched_lines"] and e["removed_text"]
    index = seeds_dossier.block_index()
    xref = index["a003_6e853678052e6ab8-04"]
    assert xref.kind == m.XREF and xref.ref in index and xref.replaced_text.startswith("وأضاف")


def test_paragraphs_that_only_share_phrases_are_not_merged(seeds_dossier):
    similar = [e for e in seeds_dossier.merge_log if e["action"] == "kept-similar"]
    pairs = {(e["block"], e["similar_to"]) for e in similar}
    assert ("a003_6e853678052e6ab8-12", "a001_58ce39f488cf5b50-29") in pairs
    index = seeds_dossier.block_index()
    assert index["a003_6e853678052e6ab8-12"].kind == m.PARAGRAPH
    assert all(e["score"] < 0.8 for e in similar)


def test_threshold_is_configurable():
    cfg = load_config(SEEDS, {"merge": {"duplicate_threshold": 0.95}})
    articles = run_clean(SEEDS, cfg).articles
    dossier, _ = merge(articles, cfg, load_glossary(SEEDS))
    dups = [e["block"] for e in dossier.merge_log if e["action"] == "duplicate"]
    assert dups == ["a003_6e853678052e6ab8-03"]


def test_glossary_variants_are_unified_and_reported(seeds_dossier):
    text = " ".join(b.text for b in seeds_dossier.blocks())
    for variant in ("توقاييف", "جومارتتوكاييف", "كازخستان"):
        assert variant not in text
    assert "قاسم جومارت توكاييف" in text
    replaced = {(e["variant"], e["block"]) for e in seeds_dossier.merge_log
                if e["action"] == "glossary"}
    assert ("قاسم جومارتتوكاييف", "a001_58ce39f488cf5b50-27") in replaced
    assert ("كازخستان", "a004_0c80515111a0f09b-01") in replaced


def _write(folder, name, title, body, date=None):
    front = f"---\ndate: {date}\n---\n" if date else ""
    suffix = ".md" if date else ".txt"
    (folder / (name + suffix)).write_text(f"{front}{title}\n\n{body}\n", encoding="utf-8")


def test_order_by_config_then_date_then_name(project):
    _write(project, "b", "مقال باء", PARA.replace("آسيا", "أفريقيا"))
    _write(project, "a", "مقال ألف", PARA.replace("آسيا", "أمريكا"))
    _write(project, "c", "مقال جيم", PARA.replace("آسيا", "أستراليا"), date="2024-01-01")
    cfg = load_config(project)
    ordered, _ = merge(run_clean(project, cfg).articles, cfg, [])
    assert [a.source_file for a in ordered.articles] == ["c.md", "a.txt", "b.txt"]
    (project / "dossier.toml").write_text('[dossier]\norder = ["b.txt"]\n', encoding="utf-8")
    cfg = load_config(project)
    ordered, _ = merge(run_clean(project, cfg).articles, cfg, [])
    assert [a.source_file for a in ordered.articles] == ["b.txt", "c.md", "a.txt"]


def test_same_article_twice_is_an_error_or_skipped(project):
    _write(project, "one", "مقال", PARA)
    _write(project, "two", "مقال", PARA)
    cfg = load_config(project)
    articles = run_clean(project, cfg).articles
    with pytest.raises(BadArticle, match="the same article as one.txt"):
        merge(articles, cfg, [])
    dossier, skipped = merge(run_clean(project, cfg).articles, cfg, [], keep_going=True)
    assert [a.source_file for a in dossier.articles] == ["one.txt"]
    assert skipped[0]["file"] == "two.txt"
    # From a build, the message names the file with its folder, as every other error does.
    from pipeline.build import Options
    from pipeline.runner import Run

    with pytest.raises(BadArticle) as err:
        Run(Options(project, project.parent / "out")).get("merge")
    assert str(err.value) == f"{project / 'two.txt'}: the same article as one.txt"


def test_glossary_unifies_each_language_by_its_own_forms(tmp_path):
    from pipeline.errors import PipelineError
    from pipeline.glossary import unify

    (tmp_path / "glossary.toml").write_text(
        '[[term]]\nar = "كازاخستان"\nen = "Kazakhstan"\nvariants = ["كازخستان"]\n'
        '[term.forms]\nfa = ["قزاقستان", "قزاقستون"]\nru = ["Казахстан", "Казахстен"]\n'
        '[term.inflections]\nru = ["Казахстана"]\n', encoding="utf-8")
    terms = load_glossary(tmp_path)
    assert unify("زار وكازخستان", terms, "ar")[0] == "زار وكازاخستان"
    # Persian forms are whole words: no Arabic proclitics, and no Arabic variants.
    assert unify("سفر به قزاقستون", terms, "fa")[0] == "سفر به قزاقستان"
    assert unify("وقزاقستون كازخستان", terms, "fa")[0] == "وقزاقستون كازخستان"
    # A Russian variant is unified; an inflection is left as written.
    text, changes = unify("Казахстен и посол Казахстана", terms, "ru")
    assert text == "Казахстан и посол Казахстана"
    assert changes == [{"variant": "Казахстен", "canonical": "Казахстан", "count": 1,
                        "language": "ru"}]
    (tmp_path / "glossary.toml").write_text(
        '[[term]]\nen = "Kazakhstan"\n[term.forms]\nRussian = ["Казахстан"]\n',
        encoding="utf-8")
    with pytest.raises(PipelineError, match="not an ISO 639 language code"):
        load_glossary(tmp_path)
    (tmp_path / "glossary.toml").write_text(
        '[[term]]\nen = "Kazakhstan"\n[term.forms]\nru = ["Казахстан", "Казахстен"]\n',
        encoding="utf-8")
    only = load_glossary(tmp_path)[0]
    assert (only.text, only.variants, only.language) == ("Казахстан", ["Казахстен"], "ru")
