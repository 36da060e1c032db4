"""The command line as a user meets it: one clear line on bad input, outputs left intact."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT, SEEDS

SEED_SHA256 = {
    "000_1b730b10f58f5b8a.txt": "7864dbbf268332759aacc266c40e8c100f00c18c99c7506175dfcae219e160b0",
    "001_58ce39f488cf5b50.txt": "2698f96b2453b20c41391aee78c8d9218fae171908a46e5777265abf0fe699a8",
    "002_020466cb31dc6508.txt": "e55650f8ea06d24a463fcd522bffcd2b90e7394b10acec99c58d8133904fcf35",
    "003_6e853678052e6ab8.txt": "6abe8ce3e0f9d25f6de626c4c3fa7b4174747bdc0f7a5ce2d2ec506171c64bf0",
    "004_0c80515111a0f09b.txt": "780a92c4f9c22042c6444bf8f92f6fd9f328075f84fbe55443eb077a0f904362",
}


def invoke(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "invoke", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_seeds_are_the_sources_of_record():
    for name, digest in SEED_SHA256.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_clean_and_merge_tasks_write_stage_outputs(tmp_path):
    out = tmp_path / "out"
    for task in ("clean", "merge"):
        result = invoke(task, "--out", str(out))
        assert result.returncode == 0, result.stderr
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert report["summary"]["articles"] == 5
    merged = json.loads((out / "stages" / "merge.json").read_text(encoding="utf-8"))
    assert len(merged["articles"]) == 5
    assert json.loads((out / "stages" / "clean.json").read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("broken.txt", "عنوان\nنص ".encode() + b"\xc3\x28 \xff\n", "invalid UTF-8"),
        ("junk.txt", "شارك على فيسبوك\nجميع الحقوق محفوظة\n".encode(), "nothing left"),
        ("front.md", "---\ntitle: [x\n---\nنص.\n".encode(), "malformed front matter"),
    ],
    ids=["empty", "binary", "undecodable", "only-junk", "front-matter"],
)
def test_bad_article_one_line_nonzero_exit_and_keep_going(tmp_path, name, data, message):
    source = tmp_path / "src"
    shutil.copytree(SEEDS, source)
    (source / name).write_bytes(data)
    out = tmp_path / "out"
    result = invoke("clean", "--source", str(source), "--out", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    result = invoke("build", "--source", str(source), "--out", str(out), "--keep-going")
    assert result.returncode == 0, result.stderr
    assert f"warning: skipped {name}: " in result.stdout  # said, not only in the report
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [s["file"] for s in report["skipped"]] == [name]
    assert message in report["skipped"][0]["reason"]


def test_failed_build_leaves_earlier_outputs_intact(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(SEEDS, source)
    out = tmp_path / "out"
    assert invoke("clean", "--source", str(source), "--out", str(out)).returncode == 0
    before = (out / "stages" / "clean.json").read_bytes()
    (source / "dossier.toml").write_text("[dossier\ntitle = 1\n", encoding="utf-8")
    result = invoke("clean", "--source", str(source), "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {source / 'dossier.toml'}:1: invalid TOML")
    assert (out / "stages" / "clean.json").read_bytes() == before


def test_debug_shows_the_traceback(tmp_path):
    result = invoke("clean", "--source", str(tmp_path / "missing"), "--debug")
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_folder_with_only_articles_gets_defaults(tmp_path):
    source = tmp_path / "bare"
    source.mkdir()
    shutil.copy(SEEDS / "004_0c80515111a0f09b.txt", source / "article.txt")
    result = invoke("build", "--source", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["articles"] == 1
    assert report["summary"]["english"]["missing"] > 0
