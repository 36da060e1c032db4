"""Translating many sentences fast with an installed Argos package.

argostranslate's ``translate()`` hands CTranslate2 one paragraph at a time with a batch limit
counted in *tokens* (32), so in practice one sentence per call, and its default threading
oversubscribes a small machine. Here argostranslate still provides the package (metadata and
tokenizer) and MiniSBD the sentence splitting it would use, but the sentences of the whole dossier
go to ``Translator.translate_batch`` together, sorted by length (less padding) in batches of
*examples*, with one CTranslate2 worker per core. The decoding options default to the ones
argostranslate uses (beam 4, length penalty 0.2, unknowns replaced), so at equal beam the output
is the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import regex as re

from ..scale import available_cores
from .models import InstalledModel


@dataclass(frozen=True)
class Decoding:
    beam: int = 4
    length_penalty: float = 0.2
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0
    max_decoding_length: int = 256

    def key(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    def fallback(self) -> Decoding:
        """Other settings for the one retry after a guard fails: penalise repeats, and change
        the search so a different hypothesis can win, and allow longer output (a long
        sentence cut at the length limit looks like a dropped clause)."""
        return replace(self, beam=2 if self.beam > 2 else 5, repetition_penalty=1.2,
                       no_repeat_ngram_size=4, max_decoding_length=2 * self.max_decoding_length)


@dataclass
class Output:
    text: str
    score: float


_FALLBACK_SPLIT = re.compile(r"(?<=[.!?\u061f\u06d4\u2026])\s+")


class Engine:
    """One loaded package. The CTranslate2 model loads on the first ``translate`` call, so
    splitting alone (to look sentences up in the cache) costs almost nothing."""

    def __init__(self, model: InstalledModel, threads: int | None = None, batch_size: int = 32,
                 compute_type: str = "auto", device: str = "auto"):
        # argostranslate.package reads its settings at import; it has no network side effects.
        from argostranslate.package import Package

        self.model = model
        self.pkg = Package(model.path)
        if getattr(self.pkg, "tokenizer", None) is None:
            from ..errors import PipelineError

            raise PipelineError("package has no tokenizer", model.path)
        self.threads = threads or available_cores()
        self.batch_size = batch_size
        self.compute_type = compute_type
        self.device = resolve_device(device)
        self._translator = None
        self._split = self._make_splitter()

    def _make_splitter(self) -> Callable[[str], list[str]]:
        path = self.model.path
        if self.model.splitter == "minisbd":
            # The same MiniSBD call argostranslate's MiniSBDSentencizer makes, but with the
            # package's own .onnx file named explicitly, so it can never fall back to a
            # download, and without importing stanza and torch (4 s, 330 MB) just for that.
            from minisbd import SBDetect

            onnx = sorted((path / "minisbd").glob("*.onnx"))[0]
            detector = SBDetect(str(onnx), use_gpu=False, max_threads=1)
            return detector.sentences
        if self.model.splitter == "stanza":
            import stanza

            # download_method=None: stanza otherwise fetches its resource index on every load.
            pipeline = stanza.Pipeline(lang=self.model.from_code, dir=str(path / "stanza"),
                                       processors="tokenize", download_method=None,
                                       use_gpu=False, logging_level="WARNING")
            return lambda text: [s.text for s in pipeline(text).sentences]
        # A package placed by hand without a splitter: split at sentence-final punctuation
        # rather than let argostranslate download a MiniSBD model.
        return lambda text: [s for s in _FALLBACK_SPLIT.split(text) if s.strip()]

    def split(self, text: str) -> list[list[str]]:
        """Lines (argostranslate also translates line by line), each a list of sentences."""
        return [[s.strip() for s in self._split(line) if s.strip()] if line.strip() else []
                for line in text.split("\n")]

    @property
    def translator(self):
        if self._translator is None:
            import ctranslate2

            if self.device == "cuda":
                # One worker per GPU; CTranslate2 batches on the device.
                gpus = list(range(ctranslate2.get_cuda_device_count()))
                self._translator = ctranslate2.Translator(
                    str(self.model.path / "model"), device="cuda", device_index=gpus,
                    compute_type=self.compute_type)
            else:
                # One worker per core, one thread each: batches run side by side. On 2 cores
                # this beat one worker with 2 intra-op threads (see bench/).
                self._translator = ctranslate2.Translator(
                    str(self.model.path / "model"), device="cpu",
                    compute_type=self.compute_type, inter_threads=self.threads,
                    intra_threads=1)
        return self._translator

    def translate(self, sentences: list[str], decoding: Decoding,
                  progress: Callable[[int], object] | None = None) -> list[Output]:
        if not sentences:
            return []
        tokens = [self.pkg.tokenizer.encode(s) for s in sentences]
        order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
        prefix = self.pkg.target_prefix
        results: list[Output | None] = [None] * len(tokens)
        # Chunks big enough to keep every worker busy, small enough to move the progress bar.
        chunk = self.batch_size * self.threads * 2
        for start in range(0, len(order), chunk):
            ids = order[start:start + chunk]
            batch = [tokens[i] for i in ids]
            out = self.translator.translate_batch(
                batch,
                target_prefix=[[prefix]] * len(batch) if prefix else None,
                max_batch_size=self.batch_size,
                batch_type="examples",
                beam_size=decoding.beam,
                num_hypotheses=1,
                length_penalty=decoding.length_penalty,
                repetition_penalty=decoding.repetition_penalty,
                no_repeat_ngram_size=decoding.no_repeat_ngram_size,
                max_decoding_length=decoding.max_decoding_length,
                replace_unknowns=True,
                return_scores=True,
            )
            for i, res in zip(ids, out, strict=True):
                results[i] = Output(self._decode(res.hypotheses[0]), float(res.scores[0]))
            if progress is not None:
                progress(len(ids))
        return [r for r in results if r is not None]

    def _decode(self, pieces: list[str]) -> str:
        # As argostranslate's apply_packaged_translation does it, so outputs compare equal.
        value = self.pkg.tokenizer.decode(pieces)
        prefix = self.pkg.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix):]
        return value[1:] if value.startswith(" ") else value


_ENGINES: dict[tuple[str, str, int, int, str], Engine] = {}


DEVICES = ("auto", "cpu", "cuda")


def resolve_device(device: str) -> str:
    """``[translate] device``: "cuda" or "cpu" as asked, "auto" the GPU when CTranslate2
    sees one (a CUDA build of it and a driver), else the CPU."""
    if device not in DEVICES:
        from ..errors import PipelineError

        raise PipelineError(f"translate.device must be one of {', '.join(DEVICES)}, not "
                            f"{device!r}")
    if device != "auto":
        return device
    import ctranslate2

    try:
        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except RuntimeError:  # a CPU-only build, or no driver
        return "cpu"


def get_engine(model: InstalledModel, threads: int | None = None, batch_size: int = 32,
               compute_type: str = "auto", device: str = "auto") -> Engine:
    """Engines are reused within a process, keyed on the install fingerprint: a reinstalled
    package (even with the same version) gets a fresh engine, never the old model."""
    key = (str(Path(model.path).resolve()), model.fingerprint, threads or 0, batch_size,
           compute_type, device)
    engine = _ENGINES.get(key)
    if engine is None:
        for old in [k for k in _ENGINES if k[0] == key[0]]:
            del _ENGINES[old]
        engine = _ENGINES[key] = Engine(model, threads, batch_size, compute_type, device)
    return engine
