"""Incremental builds: nothing changed, nothing done; one article changed, one article cleaned."""

from __future__ import annotations

import dataclasses
import json
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
    layout = Options(src, out, overrides={"layout": {"epub": "source"}})
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
    assert "شريكا موثوقا" in edited.blocks[-1].text
    assert len(list(cache.glob("*.json"))) == 5  # the old copy of the edited article is gone
    # Cached and fresh cleaning give the same articles.
    fresh = run_clean(src, cfg)
    assert [a.blocks for a in fresh.articles] == [a.blocks for a in again.articles]


def test_merge_keeps_scores_and_scores_only_new_paragraphs(tmp_path):
    from pipeline import model as m
    from pipeline.glossary import load_glossary
    from pipeline.merge import merge

    cfg = load_config(SEEDS)
    cleaned = run_clean(SEEDS, cfg).articles

    def fresh() -> list[m.Article]:
        return [m.Article(**{**a.__dict__, "blocks": [m.Block(**b.__dict__) for b in a.blocks]})
                for a in cleaned]

    terms = load_glossary(SEEDS)
    plain, _ = merge(fresh(), cfg, terms)
    cached, _ = merge(fresh(), cfg, terms, cache_dir=tmp_path)
    again, _ = merge(fresh(), cfg, terms, cache_dir=tmp_path)
    assert m.dossier_to_dict(plain) == m.dossier_to_dict(cached) == m.dossier_to_dict(again)
    assert any(e["action"] == "duplicate" for e in again.merge_log)
    # A damaged cache costs time, not correctness.
    (tmp_path / "pairs.json").write_text("{not json", "utf-8")
    damaged, _ = merge(fresh(), cfg, terms, cache_dir=tmp_path)
    assert m.dossier_to_dict(damaged) == m.dossier_to_dict(plain)


def test_pair_scores_rescore_only_changed_texts_and_never_trust_stale_ones(tmp_path):
    from pipeline.similarity import PairScores

    cache = tmp_path / "pairs.json"
    base = "تواصل كازاخستان سياسة خارجية متوازنة تقوم على التعاون مع جميع الشركاء"
    a, b = base, "ميناء أكتاو على بحر قزوين يربط آسيا الوسطى بالقوقاز وأوروبا"
    c = base + " في آسيا"
    d = base + " في أوروبا"  # near c
    first = PairScores(0.55, cache)
    keys = first.update([a, b, c])
    first.save(keys)
    second = PairScores(0.55, cache)
    keys = second.update([a, b, c])
    assert second.scored_pairs == 0  # everything came from the cache
    second.save(keys)
    # c leaves, d comes: d is scored against the three texts present, not against c.
    third = PairScores(0.55, cache)
    keys = third.update([a, b, d])
    assert third.scored_pairs == 3
    third.save(keys)
    # c returns: it was dropped from the cache, so it is scored again and its pair with d found.
    fourth = PairScores(0.55, cache)
    k = fourth.update([a, b, c, d])
    assert fourth.scored_pairs == 4
    assert dict(fourth.similar(k[2]))[k[3]] > 0.9
    assert dict(fourth.similar(k[0]))[k[2]] > 0.8
    assert k[1] not in dict(fourth.similar(k[0]))


def test_when_too_many_pairs_look_alike_only_duplicates_are_kept(tmp_path):
    from pipeline.similarity import PairScores

    base = ("تواصل كازاخستان سياسة خارجية متوازنة تقوم على التعاون مع جميع الشركاء في المنطقة "
            "وخارجها")
    # 40 variants of one sentence: every pair resembles every other (780 pairs).
    texts = [f"{base} {' '.join(['والتنمية المستدامة'] * (n % 8))} رقم {n}" for n in range(40)]
    whole = PairScores(0.55)
    keys = whole.update(texts)
    cut = PairScores(0.55, tmp_path / "pairs.json", fallback=0.8, max_pairs=100)
    assert cut.update(texts) == keys
    assert cut.limited and cut.pair_count < whole.pair_count
    for k in keys:  # what merging needs, the pairs at or above the threshold, is all there
        assert dict(cut.similar(k)) == {b: s for b, s in whole.similar(k) if s >= 0.8}
    cut.save(keys)
    assert not (tmp_path / "pairs.json").exists()  # a cut list is never taken as complete


def test_every_task_after_an_edit_sees_the_edit(tmp_path):
    """`invoke merge`, `invoke memory` and `invoke pdf` after editing an article, without
    `invoke clean` between: the stages run through their caches, never from a stale file."""
    import json

    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    commands.clean(Options(src, out))
    article = src / "001_58ce39f488cf5b50.txt"
    article.write_text(article.read_text("utf-8") + "\nجملة أضافها المحرر بعد التنظيف.\n",
                       "utf-8")
    commands.merge(Options(src, out))
    merged = (out / "stages" / "merge.json").read_text("utf-8")
    assert "جملة أضافها المحرر بعد التنظيف." in merged
    article.write_text(article.read_text("utf-8") + "\nوجملة ثانية قبل الذاكرة.\n", "utf-8")
    commands.memory(Options(src, out))
    dossier = json.loads((out / "stages" / "dossier.json").read_text("utf-8"))
    texts = [b["text"] for a in dossier["articles"] for b in a["blocks"]]
    assert "وجملة ثانية قبل الذاكرة." in texts
    article.write_text(article.read_text("utf-8") + "\nوجملة ثالثة قبل الصفحات.\n", "utf-8")
    commands.render(Options(src, out), ("web",))
    assert "وجملة ثالثة قبل الصفحات." in (out / "index.html").read_text("utf-8")


def _count_stages(monkeypatch) -> list[str]:
    from pipeline import config, runner

    calls: list[str] = []
    real_load = config.load_config
    monkeypatch.setattr(runner, "load_config",
                        lambda *a, **k: calls.append("config") or real_load(*a, **k))
    for name, stage in list(runner.STAGES.items()):
        def counted(*args, _run=stage.run, _name=name):
            calls.append(_name)
            return _run(*args)

        monkeypatch.setitem(runner.STAGES, name, dataclasses.replace(stage, run=counted))
    return calls


def test_a_build_reads_the_config_once_and_runs_each_stage_once(tmp_path, monkeypatch):
    calls = _count_stages(monkeypatch)
    commands.build(Options(SEEDS, tmp_path / "out"), ("epub", "web"))
    assert calls == ["config", "clean", "merge", "memory", "translate", "epub", "web"]


def test_a_stage_is_reused_while_what_it_reads_is_unchanged(tmp_path, monkeypatch):
    src, out = tmp_path / "src", tmp_path / "out"
    shutil.copytree(SEEDS, src)
    calls = _count_stages(monkeypatch)
    commands.build(Options(src, out), ("epub",))
    # Another output from the same sources: the text stages are read back, not run.
    calls.clear()
    commands.render(Options(src, out), ("web",))
    assert calls == ["config", "translate", "web"]
    # Reviewed English changed: only the memory (and what follows it) runs again.
    po = src / "en" / "000_1b730b10f58f5b8a.po"
    po.write_text(po.read_text("utf-8") + "\n", "utf-8")
    calls.clear()
    commands.memory(Options(src, out))
    assert calls == ["config", "memory"]
    # A file added to the folder, even a hidden one, is in the report: cleaning runs again.
    (src / ".notes").write_text("x", encoding="utf-8")
    calls.clear()
    commands.merge(Options(src, out))
    assert calls == ["config", "clean", "merge"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert ".notes" in [f["name"] for f in report["files"]]
    # A damaged stage file is made again, not trusted.
    (out / "stages" / "merge.json").write_text("{", encoding="utf-8")
    calls.clear()
    commands.merge(Options(src, out))
    assert calls == ["config", "merge"]


def test_an_lsh_index_finds_the_pairs_all_pairs_scoring_finds():
    # Many paragraphs: copies with a word changed, added or dropped (duplicates), word-shuffled
    # copies (similar, not duplicates) and unrelated ones. Above lsh_above the candidates come
    # from a MinHash index; every pair at or above the duplicate threshold must still be found.
    import random

    from pipeline.similarity import PairScores

    rng = random.Random(7)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 8))) for _ in range(600)]
    texts = []
    for n in range(60):
        base = [rng.choice(vocab) for _ in range(rng.randint(12, 40))]
        texts.append(" ".join(base))
        for _ in range(rng.randint(0, 3)):  # near-copies
            words = list(base)
            op = rng.randrange(3)
            k = rng.randrange(len(words))
            if op == 0:
                words[k] = rng.choice(vocab)
            elif op == 1:
                words.insert(k, rng.choice(vocab))
            else:
                del words[k]
            texts.append(" ".join(words))
        if n % 4 == 0:  # a shuffled copy
            words = list(base)
            rng.shuffle(words)
            texts.append(" ".join(words))
    rng.shuffle(texts)
    whole = PairScores(0.55)
    keys = whole.update(texts)
    indexed = PairScores(0.55, lsh_above=10)
    assert indexed.update(texts) == keys
    assert indexed.used_lsh and indexed.scored_pairs < whole.scored_pairs / 10
    for k in keys:
        assert {b: s for b, s in indexed.similar(k) if s >= 0.8} == \
            {b: s for b, s in whole.similar(k) if s >= 0.8}
