"""Articles from the open web: hostile content fetches nothing, a killed build loses nothing,
two builds into one folder do not mix, and the project-file readers survive any input."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import commands
from pipeline.build import Options
from pipeline.errors import PipelineError
from pipeline.memory import load_memory

from .conftest import ROOT, SEEDS
from .pdftext import missing_latin, pdftotext


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's name
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body{background:red}")

    def log_message(self, *args):
        pass


@pytest.fixture
def trap_server():
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _every_output_text(out: Path) -> bytes:
    """Every byte a reader could get: files as stored, EPUB and PDF text unpacked."""
    data = b""
    for path in out.rglob("*"):
        if path.is_file():
            data += path.read_bytes()
    with zipfile.ZipFile(out / "dossier.epub") as z:
        for name in z.namelist():
            data += z.read(name)
    return data + pdftotext(out / "dossier.pdf").encode()


def test_hostile_articles_fetch_nothing_and_leak_no_local_file(tmp_path, trap_server):
    secret = tmp_path / "secret.txt"
    token = "TOKEN-" + hashlib.sha256(str(tmp_path).encode()).hexdigest()[:16]
    secret.write_text(token, "utf-8")
    src = tmp_path / "hostile"
    src.mkdir()
    lines = [
        "مقال عن سياسة كازاخستان الخارجية",
        f'<img src="{trap_server}/pixel.png"> <link rel="stylesheet" href="{trap_server}/s.css">'
        " يقول الكاتب إن الدبلوماسية متعددة الأطراف نجحت في المنطقة.",
        f'<iframe src="{secret.as_uri()}"></iframe> <object data="{secret.as_uri()}"></object>'
        f" وانظر أيضا {secret.as_uri()} و {trap_server}/track للمزيد من التفاصيل.",
        f"<style>@import url({trap_server}/import.css); body{{background:url({secret.as_uri()})}}"
        "</style> نص عن التعاون الإقليمي في آسيا الوسطى وأهميته للسلام.",
        "{{ 7*7 }} {% include '/etc/passwd' %} {{ config }} {{ 'zqxv' * 2 }}"
        " فقرة أخيرة عن مستقبل العلاقات.",
    ]
    (src / "a.txt").write_text("\n\n".join(lines) + "\n", "utf-8")
    html = (f'<html><head><link rel="stylesheet" href="{trap_server}/head.css">'
            f'<script src="{trap_server}/x.js"></script></head><body><article>'
            "<h1>عنوان صفحة الويب</h1>"
            f'<p>فقرة أولى من صفحة ويب عن السياسة الخارجية <img src="{trap_server}/in.png"> '
            "وعن دور كازاخستان في الحوار الإقليمي والدولي منذ الاستقلال.</p>"
            f'<p>فقرة ثانية فيها رابط <a href="{secret.as_uri()}">ملف</a> ونص كاف ليبقى بعد '
            "التنظيف ويظهر في الملف النهائي بكامله.</p></article></body></html>")
    (src / "b.html").write_text(html, "utf-8")
    out = tmp_path / "out"
    commands.build(Options(src, out))
    assert _Recorder.hits == []
    everything = _every_output_text(out)
    assert token.encode() not in everything
    text = pdftotext(out / "dossier.pdf")
    # Printed as written, never evaluated (whose "49" a port or temporary path could hold).
    assert "{{7*7}}" in text.replace(" ", "") and "zqxvzqxv" not in text
    assert missing_latin([secret.as_uri()], text) == []  # the URL is printed, never followed


def _start_build(out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "invoke", "build", "--out", str(out), *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir()
            if p.is_file() and p.name in ("dossier.pdf", "dossier.epub", "index.html",
                                          "report.json")}


@pytest.mark.parametrize("moment", ["pdf", "epub"])
def test_kill_9_while_rendering_keeps_the_previous_outputs(tmp_path, moment):
    out = tmp_path / "out"
    commands.build(Options(SEEDS, out))
    before = _snapshot(out)
    assert set(before) == {"dossier.pdf", "dossier.epub", "index.html", "report.json"}
    proc = _start_build(out, "--layout", "interleaved")  # a change, so it really renders
    deadline = time.monotonic() + 120
    try:
        # Wait until the renderer has a temporary file open beside the output, then kill.
        while time.monotonic() < deadline and proc.poll() is None:
            if list(out.glob(f".dossier.{moment}.*.tmp")):
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the build finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    after = _snapshot(out)
    # The output being written is the old one; those finished before it may be new, and whole.
    assert after[f"dossier.{moment}"] == before[f"dossier.{moment}"]
    assert after.keys() == before.keys()
    json.loads(after["report.json"])
    assert after["dossier.pdf"].rstrip().endswith(b"%%EOF")
    with zipfile.ZipFile(out / "dossier.epub") as z:
        assert z.testzip() is None


def test_kill_9_while_translating_keeps_the_catalogues_valid(tmp_path, seeds_copy):
    pytest.importorskip("argostranslate")
    from pipeline.translate import models as mt

    from .tiny_model import build_package

    package = Path(build_package(tmp_path / "gloss.argosmodel", seeds=str(SEEDS),
                                 mode="gloss")["output"])
    models = tmp_path / "models"
    mt.install(package, models)
    catalogues = {p.name: p.read_bytes() for p in (seeds_copy / "en").glob("*.po")}
    out = tmp_path / "out"
    kills = 0
    for delay in (0.8, 1.6, 2.4, 3.2, 4.0):
        proc = subprocess.Popen(
            [sys.executable, "-m", "invoke", "translate", "--source", str(seeds_copy),
             "--out", str(out)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT), mt.ENV_DIR: str(models)},
            start_new_session=True)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        for po in (seeds_copy / "en").glob("*.po"):
            polib.pofile(str(po))  # parses: never half written
        assert not list((seeds_copy / "en").glob(".*.tmp"))
        load_memory(seeds_copy)
    # Reviewed entries are never lost, however often translation is killed.
    for name, data in catalogues.items():
        old = {e.msgid: e.msgstr for e in polib.pofile(data.decode()) if not e.fuzzy and e.msgstr}
        new = {e.msgid: e.msgstr for e in polib.pofile(str(seeds_copy / "en" / name))}
        assert all(new.get(k) == v for k, v in old.items())
    assert kills >= 1


def test_a_second_build_into_the_same_folder_waits_for_the_first(tmp_path):
    out = tmp_path / "out"
    first = _start_build(out)
    deadline = time.monotonic() + 60
    while not (out / ".build.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)
    second = _start_build(out)
    first_out, _ = first.communicate(timeout=300)
    second_out, _ = second.communicate(timeout=300)
    assert first.returncode == second.returncode == 0
    assert b"waiting for another build" in second_out
    with zipfile.ZipFile(out / "dossier.epub") as z:
        assert z.testzip() is None


# --- readers of project files never crash: they accept the input or say what is wrong ------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_po_reader_never_crashes(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("po")
    (folder / "en").mkdir()
    (folder / "en" / "a.po").write_text(text, "utf-8")
    try:
        load_memory(folder)
    except PipelineError as exc:
        assert "a.po" in str(exc)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_front_matter_reader_never_crashes(tmp_path_factory, text):
    from pipeline.ingest import read_article

    folder = tmp_path_factory.mktemp("fm")
    path = folder / "a.md"
    path.write_text(f"---\n{text}\n---\nفقرة من المقال عن السياسة الخارجية.\n", "utf-8")
    try:
        read_article(path)
    except PipelineError as exc:
        assert "a.md" in str(exc)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_glossary_reader_never_crashes(tmp_path_factory, text):
    from pipeline.glossary import load_glossary

    folder = tmp_path_factory.mktemp("gl")
    (folder / "glossary.toml").write_text(text, "utf-8")
    try:
        load_glossary(folder)
    except PipelineError as exc:
        assert "glossary.toml" in str(exc)
