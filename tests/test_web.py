"""The web edition, its download links and the build report page, checked in a real browser;
DAISY Ace on the EPUB.

The seeds are built once for the module and served by ``pipeline.serve`` on 127.0.0.1. Debian's
Chromium runs headless with a fresh profile; it is driven over the DevTools protocol on a pipe
(``--remote-debugging-pipe``), which needs no extra Python package and opens no port. Every
host name other than 127.0.0.1 is mapped to nothing, so neither the pages nor the browser itself
can reach the network.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from pipeline import commands
from pipeline import model as m
from pipeline.build import Options
from pipeline.errors import PipelineError
from pipeline.render.web import human_size
from pipeline.serve import make_server, url_of

from .conftest import ROOT, SEEDS

EPOCH = "1764000000"  # 2025-11-24 16:00 UTC: the build date the page must show
BUILT = "2025-11-24 16:00 UTC"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium"
                                        if Path("/usr/bin/chromium").exists() else None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
ARABIC = {"lang": "ar", "dir": "rtl"}
ENGLISH = {"lang": "en", "dir": "ltr"}
# Flags for every Chromium run: headless, no sandbox (CI runs as root), no GPU, nothing in the
# background, and no name resolution except 127.0.0.1 so nothing can leave the machine.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
    "--disable-component-update", "--disable-default-apps", "--disable-domain-reliability",
    "--no-pings", "--mute-audio", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
)


# --- the site: the seeds built once and served -------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[tuple[Path, str]]:
    out = tmp_path_factory.mktemp("web-out")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        commands.build(Options(SEEDS, out))
    server = make_server(out, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield out, url_of(server)
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str) -> bytes:
    assert url.startswith("http://127.0.0.1:"), url
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback only)
        return response.read()


def _dossier(out: Path) -> m.Dossier:
    return m.dossier_from_dict(json.loads((out / "stages" / "dossier.json").read_text("utf-8")))


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _ids(doc: Any) -> set[str]:
    return {el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}


def _report_targets(doc: Any) -> list[str]:
    hrefs = [a.get("href") for a in doc.iter("a")]
    return [h.split("#", 1)[1] for h in hrefs if h and h.startswith("index.html#")]


# --- Chromium over the DevTools protocol --------------------------------------------------

_TRAMPOLINE = """
import os, sys
r, w = int(sys.argv[1]), int(sys.argv[2])
if w == 3:  # out of the way before fd 3 is taken
    w = os.dup(w)
os.dup2(r, 3)
os.dup2(w, 4)
for fd in {r, w, int(sys.argv[2])} - {3, 4}:
    os.close(fd)
os.execv(sys.argv[3], sys.argv[3:])
"""


class Browser:
    """One headless Chromium, driven over ``--remote-debugging-pipe`` (fd 3 in, fd 4 out,
    messages separated by NUL)."""

    def __init__(self, profile: Path, log: Path):
        to_chrome, self._out = os.pipe()
        self._in, from_chrome = os.pipe()
        # Chromium wants the pipe on fds 3 and 4. A small Python trampoline puts it there and
        # execs Chromium: preexec_fn is unsafe with the server thread running, and dash (sh)
        # cannot redirect file descriptors above 9.
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _TRAMPOLINE, str(to_chrome), str(from_chrome), str(CHROMIUM),
             *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
             "about:blank"],
            pass_fds=(to_chrome, from_chrome), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=self._log)
        os.close(to_chrome)
        os.close(from_chrome)
        self._next = 0
        self._results: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._closed = False
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buf = b""
        while chunk := os.read(self._in, 1 << 16):
            buf += chunk
            *messages, buf = buf.split(b"\0")
            with self._cond:
                for raw in messages:
                    msg = json.loads(raw)
                    if "id" in msg:
                        self._results[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                self._cond.notify_all()
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def call(self, method: str, params: dict[str, Any] | None = None,
             session: str | None = None, timeout: float = 60) -> dict[str, Any]:
        with self._cond:
            self._next += 1
            n = self._next
        msg: dict[str, Any] = {"id": n, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._out, json.dumps(msg).encode() + b"\0")
        with self._cond:
            if not self._cond.wait_for(lambda: n in self._results or self._closed, timeout):
                raise TimeoutError(f"Chromium did not answer {method}")
            if n not in self._results:
                raise RuntimeError(f"Chromium exited during {method}")
            reply = self._results.pop(n)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]

    def wait_event(self, method: str, session: str | None, since: int,
                   match: Any = None, timeout: float = 60) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            for e in self.events[since:]:
                if (e.get("method") == method and e.get("sessionId") == session
                        and (match is None or match(e["params"]))):
                    return e["params"]
            return None

        with self._cond:
            if not self._cond.wait_for(lambda: found() is not None or self._closed, timeout):
                raise TimeoutError(f"no {method} from Chromium")
            params = found()
        if params is None:
            raise RuntimeError(f"Chromium exited waiting for {method}")
        return params

    def open(self, url: str, width: int = 1280, height: int = 2000) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=session)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1,
                   "mobile": width < 600}, session=session)
        since = len(self.events)
        self.call("Page.navigate", {"url": url}, session=session)
        self.wait_event("Page.loadEventFired", session, since)
        page = Page(self, session, target, since)
        page.evaluate("document.fonts.ready.then(() => true)")  # text laid out in its fonts
        return page

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError, RuntimeError):  # already gone
            self.call("Browser.close", timeout=10)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._out)
        self._log.close()


class Page:
    def __init__(self, browser: Browser, session: str, target: str, since: int):
        self.browser, self.session, self.target, self.since = browser, session, target, since

    def evaluate(self, expression: str) -> Any:
        result = self.browser.call("Runtime.evaluate",
                                   {"expression": expression, "awaitPromise": True,
                                    "returnByValue": True}, session=self.session)
        if "exceptionDetails" in result:
            raise AssertionError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def settle(self, quiet: float = 1.0, limit: float = 15.0) -> None:
        """Wait until the page has sent no event for ``quiet`` seconds: the site icon and
        anything else fetched after the load event report their errors late."""
        deadline = time.monotonic() + limit
        seen = -1
        while time.monotonic() < deadline:
            with self.browser._cond:
                count = sum(1 for e in self.browser.events[self.since:]
                            if e.get("sessionId") == self.session)
            if count == seen:
                return
            seen = count
            time.sleep(quiet)

    def _events(self, method: str) -> list[dict[str, Any]]:
        return [e["params"] for e in self.browser.events[self.since:]
                if e.get("sessionId") == self.session and e.get("method") == method]

    def errors(self) -> list[str]:
        """Everything the DevTools console would show as an error: console.error, uncaught
        exceptions, failed loads (a 404 is logged as an error too)."""
        out = [" ".join(str(a.get("value", a.get("description", ""))) for a in e["args"])
               for e in self._events("Runtime.consoleAPICalled")
               if e["type"] in ("error", "assert")]
        out += [e["exceptionDetails"].get("text", "exception")
                for e in self._events("Runtime.exceptionThrown")]
        out += [f"{e['entry'].get('url', '')}: {e['entry']['text']}"
                for e in self._events("Log.entryAdded") if e["entry"]["level"] == "error"]
        out += [f"{e.get('errorText')} ({e.get('requestId')})"
                for e in self._events("Network.loadingFailed")]
        out += [f"{e['response']['url']}: HTTP {e['response']['status']}"
                for e in self._events("Network.responseReceived")
                if e["response"]["status"] >= 400]
        return out

    def requests(self) -> list[str]:
        return [e["request"]["url"] for e in self._events("Network.requestWillBeSent")]

    def close(self) -> None:
        self.browser.call("Target.closeTarget", {"targetId": self.target})


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    folder = tmp_path_factory.mktemp("chromium")
    b = Browser(folder / "profile", folder / "chromium.log")
    try:
        b.call("Browser.getVersion", timeout=60)
    except (TimeoutError, RuntimeError) as exc:
        b.close()
        log = (folder / "chromium.log").read_text("utf-8", "replace")[-2000:]
        pytest.fail(f"Chromium did not start: {exc}\n{log}")
    yield b
    b.close()


def run_chromium(profile: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Chromium from the command line (--dump-dom, --screenshot), a fresh profile each run."""
    return subprocess.run([str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, timeout=timeout, check=False)


# --- serve --------------------------------------------------------------------------------

def test_serve_refuses_a_folder_without_index_html(tmp_path):
    with pytest.raises(PipelineError, match="no index.html"):
        make_server(tmp_path, 0)


def test_serve_says_so_when_the_port_is_taken(site):
    out, url = site
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    with pytest.raises(PipelineError, match=f"port {port} is already in use"):
        make_server(out, port)


def test_serve_binds_loopback_only_and_serves_the_downloads_with_their_types(site):
    out, url = site
    assert url.startswith("http://127.0.0.1:")
    with urllib.request.urlopen(url + "dossier.epub", timeout=30) as r:  # noqa: S310
        assert r.headers["Content-Type"] == "application/epub+zip"
        assert r.read() == (out / "dossier.epub").read_bytes()
    with urllib.request.urlopen(url, timeout=30) as r:  # noqa: S310
        assert r.headers["Content-Type"].startswith("text/html")


def test_serve_task_prints_the_url_and_stops_quietly_on_ctrl_c(site):
    out, _ = site
    # The child restores Python's Ctrl-C handler itself: a test run started in the background
    # inherits SIGINT as ignored, and Python then never raises KeyboardInterrupt.
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from invoke.main import program; program.run(['invoke', *sys.argv[1:]])")
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", "--out", str(out), "--port",
                             "0"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith(f"serving {out.resolve()} at http://127.0.0.1:"), line
        url = line.split(" at ", 1)[1].split()[0]
        assert b"Download PDF" in fetch(url)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr and "stopped" in stdout


def test_serve_task_error_is_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "invoke", "serve", "--out", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "no index.html" in proc.stderr


# --- the pages as written (no browser needed) ---------------------------------------------

def test_build_writes_the_report_page_and_records_it(site):
    out, _ = site
    record = json.loads((out / "stages" / "build.json").read_text("utf-8"))
    assert "report.html" in record["outputs"] and "index.html" in record["outputs"]


def test_every_report_link_into_the_web_edition_resolves(site):
    out, _ = site
    report = lxml_html.fromstring((out / "report.html").read_bytes())
    ids = _ids(lxml_html.fromstring((out / "index.html").read_bytes()))
    targets = _report_targets(report)
    data = json.loads((out / "report.json").read_text("utf-8"))
    # Every flag, change, duplicate (both places) and glossary replacement is linked.
    wanted = {f["block"] for a in data["articles"] for f in a["flags"]}
    # A line split into parts (byline and title) names each part's block.
    wanted |= {b for a in data["articles"] for c in a["changes"] if c["block"]
               for b in c["block"].split(",")}
    wanted |= {e["block"] for e in data["duplicates"]}
    wanted |= {e["duplicate_of"] for e in data["duplicates"]}
    wanted |= {e["block"] for e in data["glossary_replacements"]}
    assert len(wanted) > 20 and wanted <= set(targets)
    assert [t for t in targets if t not in ids] == []


@pytest.mark.parametrize("layout", ["parallel", "source", "en"])
def test_report_links_resolve_in_every_web_layout(tmp_path, layout):
    out = tmp_path / "out"
    commands.build(Options(SEEDS, out, overrides={"layout": {"web": layout}}), ("web",))
    ids = _ids(lxml_html.fromstring((out / "index.html").read_bytes()))
    targets = _report_targets(lxml_html.fromstring((out / "report.html").read_bytes()))
    assert len(targets) > 20 and [t for t in targets if t not in ids] == []


def test_report_page_accounts_for_the_report(site):
    out, _ = site
    data = json.loads((out / "report.json").read_text("utf-8"))
    doc = lxml_html.fromstring((out / "report.html").read_bytes())
    text = _text(doc)
    rows = doc.xpath('//table[contains(@class,"flags")]/tbody/tr')
    assert len(rows) == data["summary"]["flags"] == 8
    removed = doc.xpath('//table[contains(@class,"removed")]/tbody/tr')
    assert len(removed) == data["summary"]["lines_removed"]
    changed = doc.xpath('//table[contains(@class,"changes")]/tbody/tr')
    assert len(changed) == data["summary"]["lines_changed"]
    assert len(doc.xpath('//table[contains(@class,"duplicates")]/tbody/tr')) == 3
    for rule in {r["rule"] for a in data["articles"] for r in a["removed"]}:
        assert rule in text
    # one chart per article and one for the whole dossier, each saying its numbers in words
    charts = doc.xpath("//svg[@role='img']")
    assert len(charts) == len(data["articles"]) + 1
    assert charts[-1].get("aria-label") == \
        "English: 82 reviewed, 0 fuzzy, 0 machine, 0 missing, 0 original"
    # a changed line shows what changed: the doubled space that cleaning removed is visible
    assert doc.xpath("//table[contains(@class,'changes')]//del[contains(., '␣')]")


def test_report_page_prints_hostile_text_literally(tmp_path):
    src = tmp_path / "hostile"
    src.mkdir()
    # The doubled space makes cleaning change the line, so the report shows it before and after.
    (src / "a.txt").write_text(
        "عنوان المقال\n\n"
        "فقرة  أولى فيها {{ 7*7 }} و <script>alert(1)</script> و <img src=x onerror=alert(2)> "
        "وتنتهي\n", "utf-8")
    out = tmp_path / "out"
    commands.build(Options(src, out), ("web",))
    page = (out / "report.html").read_text("utf-8")
    assert "<script>" not in page and "<img src=x" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2  # before and after
    assert page.count("&lt;img src=x onerror=alert(2)&gt;") >= 2 and "{{ 7*7 }}" in page


# --- in the browser -----------------------------------------------------------------------

@needs_chromium
@pytest.mark.parametrize("name", ["index.html", "report.html"])
def test_pages_load_without_console_errors_or_outside_requests(site, browser, name):
    _, url = site
    page = browser.open(url + name)
    try:
        page.settle()
        assert page.errors() == []
        outside = [u for u in page.requests() if not u.startswith((url, "data:"))]
        assert outside == []
        assert url + "assets/style.css" in page.requests()
        loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded')"
                               ".map(f => f.family.replace(/\"/g, ''))")
        assert {"Amiri", "Literata"} <= set(loaded)
    finally:
        page.close()


@needs_chromium
def test_page_text_and_directions_in_the_dumped_dom(site, tmp_path):
    out, url = site
    proc = run_chromium(tmp_path / "profile", "--virtual-time-budget=5000", "--dump-dom",
                        url)
    assert proc.returncode == 0, proc.stderr[-2000:]
    doc = lxml_html.fromstring(proc.stdout)
    root = doc.getroottree().getroot()
    assert {k: root.get(k) for k in ("lang", "dir")} == ENGLISH
    text = _text(doc)
    for phrase in ("Kazakhstan in a Multipolar World", "كازاخستان في عالم متعدد الأقطاب",
                   "Download PDF", "Download EPUB", f"built {BUILT}", "Build report",
                   "Contents", "Glossary"):
        assert phrase in text
    # every Arabic element is marked Arabic and right to left, every English one left to right
    arabic = doc.xpath("//*[contains(concat(' ', @class, ' '), ' src ')]")
    english = doc.xpath("//*[contains(concat(' ', @class, ' '), ' en ')]")
    assert len(arabic) > 85 and len(english) > 80
    assert [a.get("class") for a in arabic
            if {k: a.get(k) for k in ("lang", "dir")} != ARABIC] == []
    assert [e.get("class") for e in english
            if {k: e.get(k) for k in ("lang", "dir")} != ENGLISH] == []
    # every block is there, with its Arabic and its English, under its id
    ids = {el.get("id"): el for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
    for block in _dossier(out).blocks():
        el = ids[block.id]
        body = _text(el)
        arabic_text = block.text or block.replaced_text or ""
        assert " ".join(arabic_text.split()) in body, block.id
        if block.en:
            assert " ".join(block.en.split()) in body, block.id
    # the contents and the glossary
    toc = [a.get("href") for a in doc.xpath("//nav[@id='contents']//a")]
    assert len(toc) == 5 + 5 and all(h[1:] in ids for h in toc)
    glossary = doc.xpath("//section[@id='glossary']//tbody/tr")
    assert len(glossary) == len(_dossier(out).glossary) > 0


@needs_chromium
def test_directions_as_the_browser_lays_them_out(site, browser):
    _, url = site
    page = browser.open(url)
    try:
        found = page.evaluate("""(() => {
            const bad = [], count = {ar: 0, en: 0};
            for (const el of document.querySelectorAll('[lang]')) {
                const want = el.lang === 'ar' ? 'rtl' : 'ltr';
                count[el.lang === 'ar' ? 'ar' : 'en']++;
                if (getComputedStyle(el).direction !== want) bad.push(el.outerHTML.slice(0, 120));
            }
            // an Arabic paragraph starts at the right edge of its column
            const p = document.querySelector('.block p.src'), box = p.getBoundingClientRect();
            const range = document.createRange(); range.selectNodeContents(p);
            const first = range.getClientRects()[0];
            return {bad, count, rightGap: box.right - first.right};
        })()""")
    finally:
        page.close()
    assert found["bad"] == []
    assert found["count"]["ar"] > 85 and found["count"]["en"] > 80
    assert abs(found["rightGap"]) < 2


@needs_chromium
def test_download_links_give_the_files_with_sizes_and_build_date(site, browser, tmp_path):
    out, url = site
    page = browser.open(url)
    try:
        links = page.evaluate("""[...document.querySelectorAll('header .downloads a')].map(a =>
            ({href: a.href, type: a.type, download: a.getAttribute('download'),
              text: a.textContent.replace(/\\s+/g, ' ').trim()}))""")
        built = page.evaluate("document.querySelector('header .built time').dateTime")
        report = page.evaluate("document.querySelector('header a[href=\"report.html\"]').href")
        # follow the PDF link as a reader does: click it and let the browser download it
        downloads = tmp_path / "downloads"
        downloads.mkdir()
        browser.call("Browser.setDownloadBehavior",
                     {"behavior": "allow", "downloadPath": str(downloads),
                      "eventsEnabled": True})
        since = len(browser.events)
        page.evaluate("document.querySelector('header a[type=\"application/pdf\"]').click()")
        browser.wait_event("Browser.downloadProgress", None, since,
                           lambda p: p["state"] in ("completed", "canceled"))
    finally:
        page.close()
    pdf = (out / "dossier.pdf").read_bytes()
    assert (downloads / "dossier.pdf").read_bytes() == pdf
    assert [(x["href"], x["type"], x["download"]) for x in links] == [
        (url + "dossier.pdf", "application/pdf", "dossier.pdf"),
        (url + "dossier.epub", "application/epub+zip", "dossier.epub")]
    for link, name in zip(links, ("dossier.pdf", "dossier.epub"), strict=True):
        assert human_size((out / name).stat().st_size) in link["text"]
        got = fetch(link["href"])  # the href from the DOM, through the server
        assert got == (out / name).read_bytes()
    assert fetch(links[0]["href"]).startswith(b"%PDF")
    assert built == "2025-11-24T16:00:00Z"
    assert fetch(report).startswith(b"<!DOCTYPE html>")


@needs_chromium
def test_report_links_land_on_blocks_in_the_browser(site, browser):
    _, url = site
    page = browser.open(url + "report.html")
    try:
        targets = page.evaluate("""[...document.querySelectorAll('a[href^="index.html#"]')]
            .map(a => a.getAttribute('href').slice('index.html#'.length))""")
    finally:
        page.close()
    page = browser.open(url)
    try:
        missing = page.evaluate(f"{json.dumps(targets)}"
                                ".filter(id => !document.getElementById(id))")
    finally:
        page.close()
    assert len(targets) > 20 and missing == []


@needs_chromium
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", ["index.html", "report.html"])
def test_pages_fit_the_screen_without_sideways_scrolling(site, browser, name, width):
    _, url = site
    page = browser.open(url + name, width=width, height=900)
    try:
        sizes = page.evaluate("({scroll: document.documentElement.scrollWidth,"
                              " view: document.documentElement.clientWidth})")
    finally:
        page.close()
    assert sizes["scroll"] <= sizes["view"], sizes


@needs_chromium
@pytest.mark.parametrize("width", [1280, 390])
def test_screenshot(site, tmp_path, width):
    """Screenshots to look at: set WEB_SCREENSHOTS=DIR to keep them."""
    from PIL import Image

    _, url = site
    shot = tmp_path / f"index-{width}.png"
    proc = run_chromium(tmp_path / "profile", f"--screenshot={shot}",
                        f"--window-size={width},2000", "--virtual-time-budget=10000", url)
    assert proc.returncode == 0 and shot.exists(), proc.stderr[-2000:]
    with Image.open(shot) as im:
        assert im.size == (width, 2000)
        grey = im.convert("L")
        histogram = grey.histogram()
    ink = sum(histogram[:110]) / (width * 2000)
    # Text, not an empty page (fonts still loading show nothing): a few percent of dark pixels.
    assert ink > 0.01, f"only {ink:.2%} of the screenshot is ink"
    keep = os.environ.get("WEB_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)


# --- DAISY Ace on the EPUB ----------------------------------------------------------------

def _ace() -> str | None:
    """Ace from $ACE_BIN, from PATH, or from a node_modules folder in the repository."""
    if os.environ.get("ACE_BIN"):
        return os.environ["ACE_BIN"]
    for name in ("ace", "ace-cli"):  # @daisy/ace installs `ace`, @daisy/ace-cli `ace-cli`
        if found := shutil.which(name):
            return found
    for folder in (ROOT / "node_modules" / ".bin", ROOT / ".ace" / "node_modules" / ".bin"):
        for name in ("ace", "ace-cli"):
            if (folder / name).exists():
                return str(folder / name)
    return None


def ace_violations(report: dict[str, Any]) -> list[dict[str, str]]:
    out = []
    for doc in report.get("assertions", []):
        for a in doc.get("assertions", []):
            test, result = a.get("earl:test", {}), a.get("earl:result", {})
            out.append({"impact": test.get("earl:impact", "?"), "rule": test.get("dct:title"),
                        "file": doc.get("earl:testSubject", {}).get("url", "?"),
                        "element": str(result.get("html", ""))[:160]})
    return out


@needs_chromium
def test_epub_has_no_serious_or_critical_ace_violations(site, tmp_path):
    ace = _ace()
    if ace is None:
        pytest.skip("DAISY Ace not found: set ACE_BIN, or `PUPPETEER_SKIP_DOWNLOAD=1 npm install "
                    "--ignore-scripts @daisy/ace-cli` and put node_modules/.bin on PATH")
    # ACE_BIN set means Ace is expected (CI): a broken install fails instead of skipping.
    assert shutil.which(ace), f"ACE_BIN={ace} is not an executable"
    out, _ = site
    env = os.environ | {"PUPPETEER_EXECUTABLE_PATH": os.environ.get(
        "PUPPETEER_EXECUTABLE_PATH", str(CHROMIUM))}
    proc = subprocess.run([ace, "-s", "-f", "-o", str(tmp_path / "ace"),
                           str(out / "dossier.epub")],
                          capture_output=True, text=True, timeout=600, env=env, check=False)
    report_file = tmp_path / "ace" / "report.json"
    assert report_file.exists(), f"Ace wrote no report:\n{proc.stdout}\n{proc.stderr}"
    found = ace_violations(json.loads(report_file.read_text("utf-8")))
    bad = [v for v in found if v["impact"] in ("serious", "critical")]
    assert bad == [], "\n".join(f"{v['impact']} {v['rule']} {v['file']}: {v['element']}"
                                for v in bad)

