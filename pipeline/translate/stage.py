"""The translate stage: machine English for every block the translation memory leaves empty.

Runs after the memory. Reviewed and fuzzy (human) English is never replaced; a machine entry
is reused when its source text is unchanged, and retranslated when the memory only had one for
a different text. Each article goes through the package of its own language (fa->en for a
Persian article); English articles are never translated, and the articles of a language with
no installed package stay untranslated, with one line per language saying which package to
install. Results go back into ``en/*.po`` as machine entries (``#, fuzzy`` and a comment naming
the model), ready for a post-editor.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import polib

from .. import languages
from .. import model as m
from ..errors import PipelineError
from ..fileio import atomic_write_with
from ..glossary import Term, load_glossary, source_language
from ..memory import (
    MACHINE_MARK,
    Memory,
    entry_origin,
    load_memory,
    memory_path,
    new_catalog,
    set_source_language,
)
from . import guards
from .cache import TranslationCache
from .engine import Decoding, get_engine
from .glossary import Masker
from .models import INSTALL_HINT, InstalledModel, by_language, install_hint, models_dir

GUARD_FLAG = "mt-guard"
GLOSSARY_FLAG = "mt-glossary"


def missing_message(code: str, name: str, articles: int) -> str:
    said = "1 article" if articles == 1 else f"{articles} articles"
    return (f"no Argos Translate {code}->{languages.TARGET} package installed: {said} in {name} "
            f"{'stays' if articles == 1 else 'stay'} untranslated; {install_hint(code)}")


def _needs_mt(block: m.Block, memory: Memory) -> bool:
    if block.kind == m.XREF or not block.text.strip():
        return False
    if block.en_origin == m.MISSING:
        return True
    # A machine entry matched only by similarity belongs to another source text: translate anew.
    # Reviewed and fuzzy (human) English is never touched.
    return block.en_origin == m.MACHINE and block.text not in memory.exact


def translate_dossier(dossier: m.Dossier, source: Path, out: Path, cfg: dict[str, Any],
                      models_folder: str | Path | None = None,
                      progress: bool | None = None) -> m.TranslationStats:
    started = time.perf_counter()
    tcfg = cfg.get("translate", {})
    stats = m.TranslationStats()
    memory = load_memory(source)
    # Each article's blocks, under the language whose package translates them.
    todo: dict[str, list[m.Block]] = {}
    articles: dict[str, int] = {}
    for art in dossier.articles:
        code = source_language(art)
        blocks = [b for b in art.blocks if _needs_mt(b, memory)]
        if code == languages.TARGET or not blocks:
            continue  # English is never translated; its blocks are the original
        todo.setdefault(code, []).extend(blocks)
        articles[code] = articles.get(code, 0) + 1
    _recheck_memory_entries(dossier, {id(b) for blocks in todo.values() for b in blocks})
    if not todo:
        return stats
    beam, threads, batch = (tcfg.get(k, d) for k, d in (("beam", 4), ("threads", 0),
                                                           ("batch_size", 32)))
    if not all(isinstance(v, int) and v >= 0 for v in (beam, threads, batch)) or not beam \
            or not batch:
        raise PipelineError("translate.beam and translate.batch_size must be whole numbers "
                            "of at least 1, translate.threads at least 0")
    folder = models_dir(models_folder, cfg)
    installed = by_language(folder)
    if not installed:
        # Nothing can be translated at all: asked to translate, that is a setup error.
        raise PipelineError(f"no Argos Translate package in {folder}; {INSTALL_HINT}")
    project = str(source)
    for code in sorted(set(todo) - set(_pairs(installed, todo, project))):
        lang = languages.get(code, project)
        blocks = todo.pop(code)
        stats.missing.append({"language": code, "name": lang.name, "articles": articles[code],
                              "blocks": len(blocks),
                              "message": missing_message(lang.argos or code, lang.name,
                                                         articles[code])})
    decoding = Decoding(beam=beam)
    device = str(tcfg.get("device", "auto"))
    cluster = str(cfg.get("scale", {}).get("cluster", "") or "")
    terms = load_glossary(source)
    translated: set[int] = set()
    pairs = _pairs(installed, todo, project)
    for code, blocks in todo.items():
        model = pairs[code]
        before = (stats.translated, stats.cached)
        _translate_pair(model, blocks, code, terms, out, decoding, threads, batch, stats,
                        progress, cluster, device)
        translated.update(id(b) for b in blocks)
        stats.pairs.append({"from": code, "model": model.model_id, "articles": articles[code],
                            "blocks": len(blocks), "translated": stats.translated - before[0],
                            "cached": stats.cached - before[1]})
    stats.model = ", ".join(p["model"] for p in stats.pairs)
    stats.blocks = sum(p["blocks"] for p in stats.pairs)
    stats.po_files = [str(p) for p in write_machine_entries(dossier, source, translated)]
    stats.seconds = round(time.perf_counter() - started, 3)
    return stats


def _pairs(installed: dict[str, InstalledModel], todo: dict[str, list[m.Block]],
           project: str) -> dict[str, InstalledModel]:
    """The package for each language to translate: the one whose from_code is the language's
    Argos code (what pipeline/languages says Argos calls it)."""
    found = {}
    for code in todo:
        argos = languages.get(code, project).argos or code
        if argos in installed:
            found[code] = installed[argos]
    return found


def _translate_pair(model: InstalledModel, todo: list[m.Block], code: str, terms: list[Term],
                    out: Path, decoding: Decoding, threads: int, batch: int,
                    stats: m.TranslationStats, progress: bool | None,
                    cluster: str = "", device: str = "auto") -> None:
    """Translate one language's blocks with its package: split, cache, guards, glossary; on
    the Dask cluster at ``cluster`` when one is given (``cluster.py``)."""
    try:
        engine = get_engine(model, threads=threads or None, batch_size=batch, device=device)
    except ImportError as exc:
        raise PipelineError(f"machine translation needs argostranslate ({exc.name} is "
                            "missing): pip install -e '.[translate]'") from None
    if cluster:
        from .cluster import ClusterEngine

        engine = ClusterEngine(engine, cluster)
    else:
        stats.device = engine.device
    try:
        _translate_blocks(engine, model, todo, code, terms, out, decoding, stats, progress)
    finally:
        if cluster:
            stats.cluster = cluster
            stats.workers = sorted(set(stats.workers) | engine.workers)
            engine.close()


def _translate_blocks(engine, model: InstalledModel, todo: list[m.Block], code: str,  # noqa: ANN001
                      terms: list[Term], out: Path, decoding: Decoding,
                      stats: m.TranslationStats, progress: bool | None) -> None:
    masker = Masker(terms, code)

    # Split every block into lines of sentences, with glossary terms masked.
    plans = []
    for block in todo:
        masked, found = masker.mask(block.text)
        lines = engine.split(masked)
        plans.append((block, found, lines))
    sentences = [s for _, _, lines in plans for line in lines for s in line]
    unique = list(dict.fromkeys(sentences))
    stats.sentences += len(sentences)
    stats.unique += len(unique)

    cache = TranslationCache(out)
    try:
        done = _translate_cached(engine, cache, unique, decoding, model.cache_id, stats, progress)
        # Guards per sentence; one retry with other settings for those that fail.
        failing = [s for s in unique if guards.check(s, done[s])]
        if failing:
            stats.retried += len(failing)
            again = _translate_cached(engine, cache, failing, decoding.fallback(),
                                      model.cache_id, stats, progress)
            for s in failing:
                pair = [(done[s], guards.check(s, done[s])), (again[s], guards.check(s, again[s]))]
                done[s] = pair[guards.best(pair)][0]
    finally:
        cache.close()

    note = f"{MACHINE_MARK}: {model.model_id}"
    for block, found, lines in plans:
        english = "\n".join(" ".join(done[s] for s in line if done[s]) for line in lines)
        english, violations = masker.restore(english, found)
        block.en, block.en_origin, block.en_note = english, m.MACHINE, note
        block.flags = [f for f in block.flags if f.code not in (GUARD_FLAG, GLOSSARY_FLAG)]
        block.flags += _guard_flags(block) + [
            m.Flag(GLOSSARY_FLAG, "glossary term not rendered as the glossary says", v)
            for v in violations]
        stats.flagged += any(f.code in (GUARD_FLAG, GLOSSARY_FLAG) for f in block.flags)


def _translate_cached(engine, cache: TranslationCache, sentences: list[str], decoding: Decoding,
                      model_id: str, stats: m.TranslationStats,
                      progress: bool | None) -> dict[str, str]:
    options = decoding.key()
    hits = cache.get_many(sentences, model_id, options)
    done = {s: hit[0] for s, hit in hits.items()}
    stats.cached += len(hits)
    new = [s for s in sentences if s not in hits]
    if new:
        from tqdm import tqdm

        # disable=None: a bar on a terminal, silence in logs and tests.
        disable = None if progress is None else not progress
        with tqdm(total=len(new), unit="sent", desc="translating", disable=disable,
                  smoothing=0.1) as bar:
            outputs = engine.translate(new, decoding, progress=bar.update)
        cache.put_many(((s, o.text, o.score) for s, o in zip(new, outputs, strict=True)),
                       model_id, options)
        done.update((s, o.text) for s, o in zip(new, outputs, strict=True))
        stats.translated += len(new)
    return done


def _guard_flags(block: m.Block) -> list[m.Flag]:
    found = guards.check(block.text, block.en or "")
    if not found:
        return []
    return [m.Flag(GUARD_FLAG, "machine translation may be wrong: " + p.message, p.code)
            for p in found]


def _recheck_memory_entries(dossier: m.Dossier, pending: set[int]) -> None:
    """Machine English read back from the memory gets the same guard flags again, so a doubtful
    machine translation stays marked until a person reviews it."""
    for block in dossier.blocks():
        if block.en_origin == m.MACHINE and id(block) not in pending and block.en:
            block.flags = [f for f in block.flags if f.code != GUARD_FLAG] + _guard_flags(block)


def write_machine_entries(dossier: m.Dossier, source: Path, translated: set[int]) -> list[Path]:
    """Add or update machine entries in ``en/*.po``; reviewed and human fuzzy entries are left
    exactly as they are. Machine entries whose source text is gone become obsolete, as msgmerge
    does."""
    written = []
    for art in dossier.articles:
        blocks = [b for b in art.blocks if id(b) in translated]
        if not blocks:
            continue
        path = memory_path(source, art)
        po = _read_or_new(path, source_language(art))
        known = {e.msgid: e for e in po if not e.obsolete}
        for block in blocks:
            entry = known.get(block.text)
            if entry is not None and entry.msgstr.strip() and entry_origin(entry) != m.MACHINE:
                continue  # a person's translation: never overwritten
            if entry is None:
                entry = polib.POEntry(msgid=block.text, comment=f"{block.kind} {block.id}")
                po.append(entry)
                known[block.text] = entry
            entry.msgstr = block.en or ""
            entry.occurrences = [(block.source_file, str(n)) for n in block.lines]
            if "fuzzy" not in entry.flags:
                entry.flags.append("fuzzy")
            doubts = [f"{f.code}: {f.message}" for f in block.flags
                      if f.code in (GUARD_FLAG, GLOSSARY_FLAG)]
            entry.tcomment = "\n".join([block.en_note, *doubts])
        live = {b.text for b in art.blocks}
        for entry in po:
            if entry.msgid and entry.msgid not in live and entry_origin(entry) == m.MACHINE:
                entry.obsolete = True
        atomic_write_with(path, lambda tmp, po=po: po.save(str(tmp)))
        written.append(path)
    return written


def _read_or_new(path: Path, language: str) -> polib.POFile:
    from ..memory import read_po

    if not path.exists():
        return new_catalog(language)
    po = read_po(path)
    set_source_language(po, language)
    return po
