"""Machine translation end to end, through a real argostranslate package built offline.

The tiny package (tests/tiny_model.py) copies its input: in "gloss" mode every
Arabic piece comes out as a fixed Latin piece, digits and Latin text are copied, so glossary
placeholders and numbers survive as a real model should let them.
"""

from __future__ import annotations

import json
import socket
import zipfile
from pathlib import Path

import polib
import pytest

pytest.importorskip("argostranslate")

from pipeline import model as m  # noqa: E402
from pipeline.build import Options, run_text_stages  # noqa: E402
from pipeline.commands import models as models_command  # noqa: E402
from pipeline.commands import translate as translate_command  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
from pipeline.glossary import load_glossary  # noqa: E402
from pipeline.memory import MACHINE_MARK, memory_path  # noqa: E402
from pipeline.translate import models as mt  # noqa: E402
from pipeline.translate.glossary import Masker  # noqa: E402

from .conftest import SEEDS  # noqa: E402
from .tiny_model import build_package  # noqa: E402


@pytest.fixture(scope="session")
def tiny_packages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("argos")
    seeds = str(SEEDS)
    return {
        "gloss": Path(build_package(folder / "gloss.argosmodel", seeds=seeds, mode="gloss")
                      ["output"]),
        "identity": Path(build_package(folder / "identity.argosmodel", seeds=seeds,
                                       mode="identity", code="translate-ar_en-identity",
                                       package_version="0.0.2")["output"]),
    }


@pytest.fixture
def models_dir(tmp_path, monkeypatch, tiny_packages):
    folder = tmp_path / "models"
    monkeypatch.setenv(mt.ENV_DIR, str(folder))
    mt.install(tiny_packages["gloss"], folder)
    return folder


def _opts(source: Path, out: Path) -> Options:
    return Options(source, out, translate=True)


def _no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "socket", refuse)  # not even created


def test_translation_fills_missing_english_offline_and_marks_it(seeds_copy, tmp_path,
                                                                models_dir, monkeypatch):
    _no_network(monkeypatch)
    out = tmp_path / "out"
    dossier, timings = run_text_stages(_opts(seeds_copy, out))
    blocks = [b for b in dossier.blocks() if b.kind != m.XREF]
    assert blocks and all(b.en_origin == m.MACHINE and b.en for b in blocks)
    assert all("translate-ar_en-tiny 0.0.1" in b.en_note for b in blocks)
    assert "translate" in timings
    stats = json.loads((out / "stages" / "translate.json").read_text(encoding="utf-8"))
    assert stats["translated"] > 50 and stats["cached"] == 0
    # Every machine entry is in the PO files, fuzzy and naming the model.
    for art in dossier.articles:
        po = polib.pofile(str(memory_path(seeds_copy, art)))
        live = [e for e in po if not e.obsolete]
        assert {b.text for b in art.blocks if b.kind != m.XREF} <= {e.msgid for e in live}
        assert all("fuzzy" in e.flags and MACHINE_MARK in e.tcomment for e in live)


def test_reviewed_english_is_never_touched(seeds_copy, tmp_path, models_dir):
    first, _ = run_text_stages(Options(seeds_copy, tmp_path / "plain"))
    art = first.articles[0]
    target = next(b for b in art.blocks if b.kind == m.PARAGRAPH)
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid=target.text, msgstr="Reviewed by a person.",
                            comment="reviewed"))
    path = memory_path(seeds_copy, art)
    path.parent.mkdir(exist_ok=True)
    po.save(str(path))
    dossier, _ = run_text_stages(_opts(seeds_copy, tmp_path / "out"))
    block = dossier.block_index()[target.id]
    assert (block.en, block.en_origin) == ("Reviewed by a person.", m.REVIEWED)
    entry = polib.pofile(str(path)).find(target.text)
    assert entry.msgstr == "Reviewed by a person." and "fuzzy" not in entry.flags
    others = [b for b in dossier.articles[0].blocks if b.kind != m.XREF and b is not block]
    assert all(b.en_origin == m.MACHINE for b in others)


def test_second_run_translates_nothing_and_a_change_only_its_new_sentences(
        seeds_copy, tmp_path, models_dir):
    out = tmp_path / "out"
    run_text_stages(_opts(seeds_copy, out))
    again, _ = run_text_stages(_opts(seeds_copy, out))
    assert again.translation.translated == 0
    assert all(b.en_origin == m.MACHINE for b in again.blocks() if b.kind != m.XREF)
    # Even without the PO files, the cache answers.
    for po in (seeds_copy / "en").glob("*.po"):
        po.unlink()
    cached, _ = run_text_stages(_opts(seeds_copy, out))
    stats = vars(cached.translation)
    assert stats["translated"] == 0 and stats["cached"] >= stats["unique"] > 0
    # Add one new sentence to one paragraph: only that sentence goes to the model.
    art = cached.articles[1]
    para = next(b for b in art.blocks if b.kind == m.PARAGRAPH and b.text.endswith("."))
    src = seeds_copy / art.source_file
    text = src.read_text(encoding="utf-8")
    first_line = para.text.split(".")[0]
    assert first_line in text
    src.write_text(text.replace(first_line, "وصل الوفد إلى المدينة صباحاً. " + first_line, 1),
                   encoding="utf-8")
    changed, _ = run_text_stages(_opts(seeds_copy, out))
    assert changed.translation.translated == 1
    assert changed.translation.blocks == 1


def test_glossary_terms_come_out_as_the_glossary_says(seeds_copy, tmp_path, models_dir):
    dossier, _ = run_text_stages(_opts(seeds_copy, tmp_path / "out"))
    masker = Masker(load_glossary(seeds_copy))
    checked = 0
    for block in dossier.blocks():
        # The term as a word (with its proclitics), not inside "الكازاخستانية" (Kazakh).
        for term in masker.mask(block.text)[1]:
            assert term.en in block.en, (term.text, block.en)
            checked += 1
    assert checked > 20
    tokayev = [b for b in dossier.blocks() if "قاسم جومارت توكاييف" in b.text]
    assert tokayev and all("Kassym-Jomart Tokayev" in b.en for b in tokayev)
    assert not [f for b in dossier.blocks() for f in b.flags if f.code == "mt-glossary"]


def test_report_marks_machine_english(seeds_copy, tmp_path, models_dir):
    out = tmp_path / "out"
    translate_command(Options(seeds_copy, out))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["english"]["machine"] > 0
    assert report["summary"]["english"]["missing"] == 0
    assert all(t["origin"] == "machine" and "translate-ar_en-tiny" in t["note"]
               for t in report["translation"])


def test_identity_model_output_is_flagged_by_the_guards(seeds_copy, tmp_path, monkeypatch,
                                                        tiny_packages):
    folder = tmp_path / "identity-models"
    mt.install(tiny_packages["identity"], folder)
    monkeypatch.setenv(mt.ENV_DIR, str(folder))
    dossier, _ = run_text_stages(_opts(seeds_copy, tmp_path / "out"))
    para = next(b for b in dossier.blocks() if b.kind == m.PARAGRAPH)
    assert "mt-guard" in {f.code for f in para.flags}
    assert "echo" in {f.detail for f in para.flags}
    stats = vars(dossier.translation)
    assert stats["retried"] > 0 and stats["flagged"] > 0
    # The doubt is written into the PO comment too, for the post-editor.
    entry = polib.pofile(str(memory_path(seeds_copy, dossier.articles[0]))).find(para.text)
    assert entry is not None and "mt-guard" in entry.tcomment


def test_no_model_build_still_works_but_translation_says_how_to_install(seeds_copy, tmp_path,
                                                                        monkeypatch):
    monkeypatch.setenv(mt.ENV_DIR, str(tmp_path / "empty"))
    dossier, _ = run_text_stages(Options(seeds_copy, tmp_path / "out"))
    assert all(b.en_origin == m.MISSING for b in dossier.blocks())
    with pytest.raises(PipelineError, match="invoke models --install"):
        run_text_stages(_opts(seeds_copy, tmp_path / "out"))


def test_reinstall_replaces_the_model_and_its_cache_key(tmp_path, tiny_packages):
    folder = tmp_path / "models"
    first = mt.install(tiny_packages["gloss"], folder)
    second = mt.install(tiny_packages["gloss"], folder)
    assert first.cache_id == second.cache_id
    # Same folder name, other weights: the old copy is replaced, not merged into.
    other = mt.install(tiny_packages["identity"], folder)
    assert other.cache_id != first.cache_id
    assert [p.name for p in folder.iterdir()] == ["translate-ar_en-tiny"]
    listing = models_command(list_=True, models_dir=str(folder))
    assert "1 Argos Translate package(s)" in listing and ": ar->en" in listing
    assert "translate-ar_en-identity  0.0.2" in listing
    assert mt.find_model(folder, "ar").version == "0.0.2"


def _rezip(src: Path, dest: Path, drop: str = "", rename: tuple[str, str] | None = None,
           flat: bool = False) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for item in zin.infolist():
            name = item.filename
            if drop and drop in name:
                continue
            data = zin.read(name)
            if rename and name.endswith(rename[0]):
                data = data.replace(b'"to_code": "en"', b'"to_code": "fr"')
            if flat:
                name = name.split("/", 1)[1]
            zout.writestr(name, data)
    return dest


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"drop": "minisbd/"}, "no offline sentence splitter"),
        ({"drop": "model.bin"}, "model/model.bin"),
        ({"drop": "sentencepiece.model"}, "no tokenizer"),
        ({"rename": ("metadata.json", "")}, "not into English"),
        ({"flat": True}, "exactly one top-level folder"),
    ],
    ids=["no-splitter", "no-model", "no-tokenizer", "wrong-pair", "flat-zip"],
)
def test_install_refuses_broken_packages(tmp_path, tiny_packages, change, message):
    bad = _rezip(tiny_packages["gloss"], tmp_path / "bad.argosmodel", **change)
    with pytest.raises(PipelineError, match=message):
        mt.install(bad, tmp_path / "models")
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_engine_matches_argostranslate_translate(tmp_path, models_dir, monkeypatch):
    """Same package, same sentences, same beam: our batched output equals argostranslate's."""
    from argostranslate import translate as argos_translate
    from argostranslate.package import Package

    from pipeline.translate.engine import Decoding, get_engine

    _no_network(monkeypatch)
    model = mt.find_model(models_dir, "ar")
    pkg = Package(model.path)
    argos = argos_translate.PackageTranslation(None, None, pkg)
    engine = get_engine(model)
    dossier, _ = run_text_stages(Options(SEEDS, tmp_path / "out"))
    texts = [b.text for b in dossier.blocks() if b.kind == m.PARAGRAPH][:6]
    ours = []
    for text in texts:
        lines = engine.split(text)
        outs = iter(o.text for o in engine.translate([s for ln in lines for s in ln], Decoding()))
        ours.append("\n".join(" ".join(next(outs) for _ in ln) for ln in lines))
    assert ours == [argos.translate(t) for t in texts]


def test_reinstall_in_the_same_process_uses_the_new_model(tmp_path, tiny_packages):
    from pipeline.translate.engine import Decoding, get_engine

    folder = tmp_path / "models"
    sentence = ["ورثت كازاخستان رابع أكبر ترسانة نووية."]
    gloss = get_engine(mt.install(tiny_packages["gloss"], folder)).translate(sentence, Decoding())
    identity = get_engine(mt.install(tiny_packages["identity"], folder)).translate(
        sentence, Decoding())
    assert gloss[0].text != identity[0].text == sentence[0]


def test_cli_without_a_model_says_how_to_install_one(seeds_copy, tmp_path):
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT), mt.ENV_DIR: str(tmp_path / "none")}
    result = subprocess.run([sys.executable, "-m", "invoke", "translate", "--source",
                             str(seeds_copy), "--out", str(tmp_path / "out")], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "invoke models --install" in result.stderr


def test_device_auto_takes_the_gpu_when_ctranslate2_sees_one(tmp_path, tiny_packages,
                                                             monkeypatch):
    # No GPU here: CTranslate2's own device count is what "auto" asks, so a count of one
    # stands for a machine with a GPU (issue 19); the Translator gets device="cuda".
    import ctranslate2

    from pipeline.translate.engine import Engine, resolve_device

    model = mt.install(tiny_packages["gloss"], tmp_path / "models")
    made = []
    monkeypatch.setattr(ctranslate2, "Translator", lambda *a, **k: made.append(k) or object())
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    assert resolve_device("auto") == "cuda"
    Engine(model, device="auto").translator  # noqa: B018 - the property builds it
    assert made[-1]["device"] == "cuda" and made[-1]["device_index"] == [0]
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 0)
    Engine(model, device="auto").translator  # noqa: B018
    assert made[-1]["device"] == "cpu"

    def no_driver() -> int:
        raise RuntimeError("CUDA driver version is insufficient")

    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", no_driver)
    assert resolve_device("auto") == "cpu"
    assert resolve_device("cpu") == "cpu"
    with pytest.raises(PipelineError, match="translate.device"):
        resolve_device("gpu")
