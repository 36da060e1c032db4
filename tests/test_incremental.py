"""Incremental builds: nothing changed, nothing done; one article changed, one article cleaned."""

from __future__ import annotations

import shutil

from pipeline import commands
from pipeline.build import Options
from pipeline.config import load_config
from pipeline.stages import run_clean

from .conftest import SEEDS


def test_no_op_rebuild_does_nothing_and_a_change_rebuilds(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    first = commands.build(Options(src, out), ("epub",))
    assert first.startswith("built 5 article(s)")
    stamp = (out / "dossier.epub").stat().st_mtime_ns
    assert commands.build(Options(src, out), ("epub",)).startswith("up to date")
    assert (out / "dossier.epub").stat().st_mtime_ns == stamp

    # A damaged output is not "up to date".
    (out / "dossier.epub").write_bytes(b"broken")
    assert commands.build(Options(src, out), ("epub",)).startswith("built")
    # Nor is a changed translation, or another layout.
    po = src / "en" / "000_1b730b10f58f5b8a.po"
    po.write_text(po.read_text("utf-8") + "\n", "utf-8")
    assert commands.build(Options(src, out), ("epub",)).startswith("built")
    layout = Options(src, out, overrides={"layout": {"epub": "ar"}})
    assert commands.build(layout, ("epub",)).startswith("built")


def test_editing_one_article_recleans_only_that_article(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    cache = tmp_path / "cache"
    cfg = load_config(src)
    assert run_clean(src, cfg, cache=cache).reused == 0
    assert run_clean(src, cfg, cache=cache).reused == 5
    article = src / "004_0c80515111a0f09b.txt"
    article.write_text(article.read_text("utf-8") + "\nوفي الختام تبقى كازاخستان شريكا موثوقا.\n",
                       "utf-8")
    again = run_clean(src, cfg, cache=cache)
    assert again.reused == 4
    edited = next(a for a in again.articles if a.source_file == article.name)
    assert "شريكا موثوقا" in edited.blocks[-1].ar
    assert len(list(cache.glob("*.json"))) == 5  # the old copy of the edited article is gone
    # Cached and fresh cleaning give the same articles.
    fresh = run_clean(src, cfg)
    assert [a.blocks for a in fresh.articles] == [a.blocks for a in again.articles]
