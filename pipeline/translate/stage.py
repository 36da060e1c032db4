"""The translate stage: machine English for every block the translation memory leaves empty.

Runs after the memory. Reviewed and fuzzy (human) English is never replaced; a machine entry
is reused when its Arabic is unchanged, and retranslated when the memory only had one for a
different Arabic. Results go back into ``en/*.po`` as machine entries (``#, fuzzy`` and a
comment naming the model), ready for a post-editor.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polib

from .. import model as m
from ..errors import PipelineError
from ..fileio import atomic_write_with
from ..glossary import load_glossary
from ..memory import MACHINE_MARK, Memory, _new_catalog, entry_origin, load_memory, memory_path
from . import guards
from .cache import TranslationCache
from .engine import Decoding, get_engine
from .glossary import Masker
from .models import find_model, models_dir

GUARD_FLAG = "mt-guard"
GLOSSARY_FLAG = "mt-glossary"


@dataclass
class Stats:
    model: str = ""
    blocks: int = 0
    sentences: int = 0
    unique: int = 0
    cached: int = 0
    translated: int = 0
    retried: int = 0
    flagged: int = 0
    seconds: float = 0.0
    po_files: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(vars(self))

    def summary(self) -> str:
        if not self.blocks:
            return "machine translation: nothing to translate"
        rate = self.translated / self.seconds if self.seconds else 0.0
        return (f"machine translation ({self.model}): {self.blocks} block(s), "
                f"{self.sentences} sentence(s), {self.translated} translated "
                f"({rate:.1f}/s), {self.cached} from cache, {self.retried} retried, "
                f"{self.flagged} block(s) flagged")


def _needs_mt(block: m.Block, memory: Memory) -> bool:
    if block.kind == m.XREF or not block.text.strip():
        return False
    if block.en_origin == m.MISSING:
        return True
    # A machine entry matched only by similarity belongs to other Arabic: translate anew.
    # Reviewed and fuzzy (human) English is never touched.
    return block.en_origin == m.MACHINE and block.text not in memory.exact


def translate_dossier(dossier: m.Dossier, source: Path, out: Path, cfg: dict[str, Any],
                      models_folder: str | Path | None = None,
                      progress: bool | None = None) -> Stats:
    started = time.perf_counter()
    tcfg = cfg.get("translate", {})
    stats = Stats()
    memory = load_memory(source)
    todo = [b for b in dossier.blocks() if _needs_mt(b, memory)]
    _recheck_memory_entries(dossier, todo)
    if not todo:
        return stats
    beam, threads, batch = (tcfg.get(k, d) for k, d in (("beam", 4), ("threads", 0),
                                                           ("batch_size", 32)))
    if not all(isinstance(v, int) and v >= 0 for v in (beam, threads, batch)) or not beam \
            or not batch:
        raise PipelineError("translate.beam and translate.batch_size must be whole numbers "
                            "of at least 1, translate.threads at least 0")
    model = find_model(models_dir(models_folder, cfg))
    try:
        engine = get_engine(model, threads=threads or None, batch_size=batch)
    except ImportError as exc:
        raise PipelineError(f"machine translation needs argostranslate ({exc.name} is "
                            "missing): pip install -e '.[translate]'") from None
    decoding = Decoding(beam=beam)
    masker = Masker(load_glossary(source))
    stats.model, stats.blocks = model.model_id, len(todo)

    # Split every block into lines of sentences, with glossary terms masked.
    plans = []
    for block in todo:
        masked, terms = masker.mask(block.text)
        lines = engine.split(masked)
        plans.append((block, terms, lines))
    sentences = [s for _, _, lines in plans for line in lines for s in line]
    unique = list(dict.fromkeys(sentences))
    stats.sentences, stats.unique = len(sentences), len(unique)

    cache = TranslationCache(out)
    try:
        done = _translate_cached(engine, cache, unique, decoding, model.cache_id, stats, progress)
        # Guards per sentence; one retry with other settings for those that fail.
        failing = [s for s in unique if guards.check(s, done[s])]
        if failing:
            stats.retried = len(failing)
            again = _translate_cached(engine, cache, failing, decoding.fallback(),
                                      model.cache_id, stats, progress)
            for s in failing:
                pair = [(done[s], guards.check(s, done[s])), (again[s], guards.check(s, again[s]))]
                done[s] = pair[guards.best(pair)][0]
    finally:
        cache.close()

    note = f"{MACHINE_MARK}: {model.model_id}"
    for block, terms, lines in plans:
        english = "\n".join(" ".join(done[s] for s in line if done[s]) for line in lines)
        english, violations = masker.restore(english, terms)
        block.en, block.en_origin, block.en_note = english, m.MACHINE, note
        block.flags = [f for f in block.flags if f.code not in (GUARD_FLAG, GLOSSARY_FLAG)]
        block.flags += _guard_flags(block) + [
            m.Flag(GLOSSARY_FLAG, "glossary term not rendered as the glossary says", v)
            for v in violations]
        stats.flagged += any(f.code in (GUARD_FLAG, GLOSSARY_FLAG) for f in block.flags)
    stats.po_files = [str(p) for p in write_machine_entries(dossier, source, {id(b) for b in todo})]
    stats.seconds = round(time.perf_counter() - started, 3)
    return stats


def _translate_cached(engine, cache: TranslationCache, sentences: list[str], decoding: Decoding,
                      model_id: str, stats: Stats, progress: bool | None) -> dict[str, str]:
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


def _recheck_memory_entries(dossier: m.Dossier, todo: list[m.Block]) -> None:
    """Machine English read back from the memory gets the same guard flags again, so a doubtful
    machine translation stays marked until a person reviews it."""
    pending = {id(b) for b in todo}
    for block in dossier.blocks():
        if block.en_origin == m.MACHINE and id(block) not in pending and block.en:
            block.flags = [f for f in block.flags if f.code != GUARD_FLAG] + _guard_flags(block)


def write_machine_entries(dossier: m.Dossier, source: Path, translated: set[int]) -> list[Path]:
    """Add or update machine entries in ``en/*.po``; reviewed and human fuzzy entries are left
    exactly as they are. Machine entries whose Arabic is gone become obsolete, as msgmerge does."""
    written = []
    for art in dossier.articles:
        blocks = [b for b in art.blocks if id(b) in translated]
        if not blocks:
            continue
        path = memory_path(source, art)
        po = _read_or_new(path)
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


def _read_or_new(path: Path) -> polib.POFile:
    from ..memory import read_po

    return read_po(path) if path.exists() else _new_catalog()
