"""Machine translation on a Dask cluster (``invoke build --cluster tcp://HOST:PORT``).

Everything around the engine stays in this process: splitting sentences, the translation
memory, the sentence cache, the guards and their retry, the PO files and the report. Only the
CTranslate2 work goes out: the sentences to translate, sorted by length as the local engine
sorts them, in chunks, one task per chunk (``Client.map``). A worker loads the Argos model on
its first task and keeps it (``get_engine`` caches it per process), and the results come back
in order, into the same cache as a local build's.

What a worker needs: this project installed (``pip install -e '.[translate,cluster]'``) and
the same Argos package at the same path as here (a shared models folder, or the package
installed on every node with ``invoke models --install``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import scale
from ..errors import PipelineError
from .engine import Decoding, Engine, Output

CONNECT_SECONDS = scale.CONNECT_SECONDS


class ClusterEngine:
    """The local engine's splitting, with ``translate`` run on the cluster's workers."""

    def __init__(self, local: Engine, address: str) -> None:
        self.local, self.address = local, address
        self.client = scale.connect(address, CONNECT_SECONDS)
        self.workers: set[str] = set()  # the workers that translated something

    def split(self, text: str) -> list[list[str]]:
        return self.local.split(text)

    def translate(self, sentences: list[str], decoding: Decoding,
                  progress: Callable[[int], object] | None = None) -> list[Output]:
        if not sentences:
            return []
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        # Chunks of four CTranslate2 batches, so that a worker's threads share each chunk's
        # batches evenly (with two, sorted by length, one thread waited on the other: 1.36
        # times the in-process time; bench/cluster_translate.py), smaller when there are
        # too few sentences for two chunks a worker.
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        size = self.local.batch_size * 4
        while size > self.local.batch_size and len(order) < size * workers * 2:
            size //= 2
        chunks = [order[s:s + size] for s in range(0, len(order), size)]
        # (not batch_size=: Client.map takes that for itself)
        futures = self.client.map(_translate_chunk, [[sentences[i] for i in ids]
                                                     for ids in chunks],
                                  model=self.local.model, batch=self.local.batch_size,
                                  decoding=decoding, pure=False)
        results: list[Output | None] = [None] * len(sentences)
        try:
            for ids, future in zip(chunks, futures, strict=True):
                worker, outputs = future.result()
                self.workers.add(worker)
                for i, output in zip(ids, outputs, strict=True):
                    results[i] = output
                if progress is not None:
                    progress(len(ids))
        except PipelineError:
            raise
        except Exception as exc:  # a worker's error comes back as the worker raised it
            raise PipelineError(f"the Dask cluster at {self.address} failed to translate: "
                                f"{type(exc).__name__}: {exc}") from None
        return [r for r in results if r is not None]

    def close(self) -> None:
        self.client.close()


def _translate_chunk(sentences: list[str], model: Any, batch: int,
                     decoding: Decoding) -> tuple[str, list[Output]]:
    """On a worker: translate with the model loaded once per worker process."""
    from .engine import get_engine

    worker = scale.prepare_worker()
    if not model.path.is_dir():
        raise RuntimeError(f"no Argos package at {model.path} on this worker")
    engine = get_engine(model, threads=None, batch_size=batch)
    return worker, engine.translate(sentences, decoding)
