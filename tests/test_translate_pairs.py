"""Translation per language pair, through the real install and translate path.

Tiny gloss packages (tests/tiny_model.py) for ar->en, fa->en and ru->en are built
here from text the tests write, installed side by side into one models folder, and run over a
folder mixing an Arabic, a Persian, a Russian and an English article. A gloss package turns every
piece of its source script into a Latin piece and copies digits and Latin text, so which package
translated a block shows in its note, and a block that went through the wrong package (or none)
keeps its letters.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import polib
import pytest
import regex as re

pytest.importorskip("argostranslate")

from pipeline import model as m  # noqa: E402
from pipeline import stages  # noqa: E402
from pipeline.build import Options, run_text_stages  # noqa: E402
from pipeline.commands import build as build_command  # noqa: E402
from pipeline.commands import catalogs as catalogs_command  # noqa: E402
from pipeline.commands import models as models_command  # noqa: E402
from pipeline.commands import translate as translate_command  # noqa: E402
from pipeline.glossary import load_glossary  # noqa: E402
from pipeline.memory import SOURCE_LANGUAGE, memory_path  # noqa: E402
from pipeline.translate import models as mt  # noqa: E402

from .tiny_model import build_package  # noqa: E402

AR_TITLE = "كازاخستان تعزز علاقاتها مع دول الخليج"
AR_BODY = ("أعلنت وزارة الخارجية في أستانا أن كازخستان وقعت 12 اتفاقية جديدة مع دول الخليج "
           "خلال عام 2024، وتشمل الطاقة والنقل والزراعة.")
FA_TITLE = "قزاقستان و همکاری‌های منطقه‌ای"
FA_BODY = ("وزیر امور خارجه قزاقستون روز سه‌شنبه گفت که کشورش در سال ۲۰۲۴ بیش از ۱۵ توافق‌نامه "
           "با همسایگان امضا کرده است و این همکاری‌ها ادامه می‌یابد.")
RU_TITLE = "Казахстан расширяет связи с Центральной Азией"
RU_BODY = ("Министр иностранных дел Казахстана заявил, что в 2024 году страна подписала "
           "15 000 страниц соглашений с соседями и продолжит сотрудничество.")
EN_TITLE = "Kazakhstan looks west and east at once"
EN_BODY = ("Kazakhstan's foreign ministry said on Tuesday that the country signed 14 new "
           "agreements with its neighbours in 2024, covering energy, transport and farming.")

ARTICLES = {"ar": (AR_TITLE, AR_BODY), "fa": (FA_TITLE, FA_BODY), "ru": (RU_TITLE, RU_BODY),
            "en": (EN_TITLE, EN_BODY)}
NAMES = {"ar": "Arabic", "fa": "Persian", "ru": "Russian"}

GLOSSARY = """\
[[term]]
ar = "كازاخستان"
en = "Kazakhstan"
variants = ["كازخستان"]

[term.forms]
fa = ["قزاقستان", "قزاقستون"]
ru = ["Казахстан"]

[term.inflections]
ru = ["Казахстана", "Казахстане"]
"""


@pytest.fixture(scope="session")
def pair_packages(tmp_path_factory) -> dict[str, Path]:
    """A tiny gloss package per source language, its vocabulary learnt from that language."""
    root = tmp_path_factory.mktemp("pairs")
    packages = {}
    for code, name in NAMES.items():
        corpus = root / f"corpus-{code}"
        corpus.mkdir()
        (corpus / "text.txt").write_text("\n".join(ARTICLES[code]) + "\n", encoding="utf-8")
        info = build_package(root / f"{code}.argosmodel", seeds=str(corpus), mode="gloss",
                             from_code=code, from_name=name)
        packages[code] = Path(info["output"])
    return packages


@pytest.fixture
def mixed(tmp_path, monkeypatch) -> Path:
    """A folder with one article per language, each declaring its language in front matter.

    Until language decision reads front matter, clean leaves them "und"; the wrapper below
    gives each the language it declares (a no-op once clean does it itself)."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for code, (title, body) in ARTICLES.items():
        (folder / f"{code}-article.md").write_text(
            f"---\nlang: {code}\n---\n\n# {title}\n\n{body}\n", encoding="utf-8")
    (folder / "glossary.toml").write_text(GLOSSARY, encoding="utf-8")
    real = stages.run_clean

    def run_clean(source, cfg, *args, **kwargs):
        result = real(source, cfg, *args, **kwargs)
        for art in result.articles:
            if art.language == "und":
                art.language = Path(art.source_file).stem.split("-")[0]
        return result

    monkeypatch.setattr(stages, "run_clean", run_clean)
    return folder


def _models(tmp_path, monkeypatch, packages: dict[str, Path], codes: tuple[str, ...]) -> Path:
    folder = tmp_path / "models"
    for code in codes:
        mt.install(packages[code], folder)
    monkeypatch.setenv(mt.ENV_DIR, str(folder))
    return folder


def _article(dossier: m.Dossier, code: str) -> m.Article:
    return next(a for a in dossier.articles if a.source_file.startswith(f"{code}-"))


def _content(art: m.Article) -> list[m.Block]:
    return [b for b in art.blocks if b.kind != m.XREF and b.text]


def test_each_article_goes_through_its_own_pair(mixed, tmp_path, monkeypatch, pair_packages):
    folder = _models(tmp_path, monkeypatch, pair_packages, ("ar", "fa", "ru"))
    assert sorted(p.name for p in folder.iterdir()) == [
        "translate-ar_en-tiny", "translate-fa_en-tiny", "translate-ru_en-tiny"]
    out = tmp_path / "out"
    dossier, _ = run_text_stages(Options(mixed, out, translate=True))
    letters = {"ar": r"\p{Arabic}", "fa": r"\p{Arabic}", "ru": r"\p{Cyrillic}"}
    for code in ("ar", "fa", "ru"):
        blocks = _content(_article(dossier, code))
        assert blocks
        for block in blocks:
            assert block.en_origin == m.MACHINE, (code, block.text)
            assert f"translate-{code}_en-tiny" in block.en_note
            # Gloss output is Latin: nothing of the source script came through.
            assert not re.search(letters[code], block.en), (code, block.en)
    english = _content(_article(dossier, "en"))
    assert english and all(b.en == b.text and b.en_origin == m.ORIGINAL for b in english)
    stats = vars(dossier.translation)
    assert {p["from"] for p in stats["pairs"]} == {"ar", "fa", "ru"}
    assert stats["missing"] == []

    # PO files: one per translated article, saying its source language; none for English.
    for code in ("ar", "fa", "ru"):
        art = _article(dossier, code)
        po = polib.pofile(str(memory_path(mixed, art)))
        assert po.metadata[SOURCE_LANGUAGE] == code and po.metadata["Language"] == "en"
        assert {b.text for b in _content(art)} <= {e.msgid for e in po}
    assert not memory_path(mixed, _article(dossier, "en")).exists()


def test_glossary_forms_of_each_language(mixed, tmp_path, monkeypatch, pair_packages):
    _models(tmp_path, monkeypatch, pair_packages, ("ar", "fa", "ru"))
    dossier, _ = run_text_stages(Options(mixed, tmp_path / "out", translate=True))
    replaced = {(e["variant"], e["canonical"], e["language"]) for e in dossier.merge_log
                if e["action"] == "glossary"}
    # Each language's variant became that language's canonical form, and only there.
    assert ("قزاقستون", "قزاقستان", "fa") in replaced
    assert ("كازخستان", "كازاخستان", "ar") in replaced
    fa, ru = _article(dossier, "fa"), _article(dossier, "ru")
    assert "قزاقستان" in fa.body[0].text and "قزاقستون" not in fa.body[0].text
    # An inflected Russian form is recognised for translation, never rewritten.
    assert "Казахстана" in ru.body[0].text
    for art in (fa, ru, _article(dossier, "ar")):
        assert all("Kazakhstan" in b.en for b in art.blocks if b.kind in (m.TITLE, m.PARAGRAPH))
    assert not [f for b in dossier.blocks() for f in b.flags if f.code == "mt-glossary"]
    forms = load_glossary(mixed)[0].as_dict()
    assert set(forms) == {"text", "en", "variants", "note", "forms"}
    assert forms["forms"] == {"ar": ["كازاخستان", "كازخستان"], "fa": ["قزاقستان", "قزاقستون"],
                              "ru": ["Казахстан"]}


def test_a_language_without_a_package_stays_untranslated_with_one_line(
        mixed, tmp_path, monkeypatch, pair_packages):
    _models(tmp_path, monkeypatch, pair_packages, ("fa",))
    out = tmp_path / "out"
    said = translate_command(Options(mixed, out))
    for code, name in (("ru", "Russian"), ("ar", "Arabic")):
        line = (f"no Argos Translate {code}->en package installed: 1 article in {name} stays "
                "untranslated; install one with invoke models --install FILE")
        assert said.count(line) == 1, said
    assert said.count("no Argos Translate") == 2  # English needs no package
    dossier = m.dossier_from_dict(json.loads((out / "stages" / "dossier.json").read_text(
        encoding="utf-8")))
    assert all(b.en_origin == m.MISSING for b in _content(_article(dossier, "ru")))
    assert all(b.en_origin == m.MACHINE for b in _content(_article(dossier, "fa")))
    assert all(b.en_origin == m.ORIGINAL for b in _content(_article(dossier, "en")))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    missing = {x["language"]: x for x in report["translation_missing"]}
    assert set(missing) == {"ar", "ru"} and missing["ru"]["articles"] == 1
    assert "ru->en" in missing["ru"]["message"]
    assert report["summary"]["english"]["original"] == len(_content(_article(dossier, "en")))
    # The build prints the same single line per language.
    built = build_command(Options(mixed, tmp_path / "built", translate=True), ("web",))
    assert built.count("no Argos Translate ru->en package installed") == 1
    # ...and the report page lists the language with what to install.
    page = (tmp_path / "built" / "report.html").read_text(encoding="utf-8")
    assert "Languages left untranslated" in page
    assert page.count("no Argos Translate ru-&gt;en package installed") == 1


def test_english_articles_are_their_own_english_and_get_no_catalogue(mixed, tmp_path):
    dossier, _ = run_text_stages(Options(mixed, tmp_path / "out"))
    english = _content(_article(dossier, "en"))
    assert all((b.en, b.en_origin) == (b.text, m.ORIGINAL) for b in english)
    assert all(b.en_origin == m.MISSING for b in _content(_article(dossier, "fa")))
    catalogs_command(Options(mixed, tmp_path / "out"))
    written = sorted(p.name for p in (mixed / "en").glob("*.po"))
    assert written == ["ar-article.po", "fa-article.po", "ru-article.po"]
    po = polib.pofile(str(mixed / "en" / "fa-article.po"))
    assert po.metadata[SOURCE_LANGUAGE] == "fa" and po.metadata["Language"] == "en"
    # The msgid is the source text as cleaned (Persian, not an English placeholder).
    assert _article(dossier, "fa").title.text in {e.msgid for e in po}


def test_models_lists_pairs_side_by_side_and_a_misnamed_package_keeps_its_own_folder(
        tmp_path, pair_packages):
    folder = tmp_path / "models"
    for code in ("ar", "fa", "ru"):
        models_command(install=str(pair_packages[code]), list_=False, models_dir=str(folder))
    listing = models_command(list_=True, models_dir=str(folder))
    assert "3 Argos Translate package(s)" in listing and "ar->en, fa->en, ru->en" in listing
    rows = [line.split() for line in listing.splitlines()[2:]]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("ar", "en", "translate-ar_en-tiny"), ("fa", "en", "translate-fa_en-tiny"),
        ("ru", "en", "translate-ru_en-tiny")]
    assert all(r[3] == "0.0.1" and r[4] == "minisbd" for r in rows)
    # A tool that names every package's folder translate-ar_en-...: the Persian one must not
    # replace the Arabic one.
    renamed = tmp_path / "misnamed.argosmodel"
    with zipfile.ZipFile(pair_packages["fa"]) as zin, zipfile.ZipFile(renamed, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item.filename.replace("translate-fa_en-tiny", "translate-ar_en-tiny"),
                          zin.read(item.filename))
    got = mt.install(renamed, folder)
    assert got.path.name == "translate-fa_en-tiny" and got.from_code == "fa"
    assert {x.from_code for x in mt.list_installed(folder)} == {"ar", "fa", "ru"}
    assert mt.find_model(folder, "ru").code == "translate-ru_en-tiny"


@pytest.mark.parametrize(("pair", "message"), [
    (("en", "fr"), "not into English"),
    (("en", "en"), "not a language code"),
    (("Persian!", "en"), "not a language code"),
])
def test_install_refuses_packages_not_into_english(tmp_path, pair_packages, pair, message):
    bad = tmp_path / "bad.argosmodel"
    with zipfile.ZipFile(pair_packages["fa"]) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith("metadata.json"):
                meta = json.loads(data) | {"from_code": pair[0], "to_code": pair[1]}
                data = json.dumps(meta).encode()
            zout.writestr(item.filename, data)
    from pipeline.errors import PipelineError

    with pytest.raises(PipelineError, match=message):
        mt.install(bad, tmp_path / "models")
