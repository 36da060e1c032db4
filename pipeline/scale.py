"""Beyond one core and one machine (``[scale]``): the cores this process may use, and the
Dask cluster that machine translation and the PDF's parts go to (``build --cluster``)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .errors import PipelineError

# glibc's mallopt parameters (malloc.h).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3

# How long to wait for a Dask scheduler before saying it cannot be reached.
CONNECT_SECONDS = 10

_prepared = False


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))  # honours taskset/cgroup CPU limits
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def connect(address: str, timeout: float) -> Any:
    """A ``distributed.Client`` for the scheduler at ``address``, or one clear error."""
    try:
        from distributed import Client
    except ImportError:
        raise PipelineError("a Dask cluster needs the cluster extra: "
                            "pip install -e '.[cluster]'") from None
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise PipelineError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


@contextmanager
def frozen_heap() -> Iterator[None]:
    """While processes forked inside run, the objects alive now are left out of garbage
    collection (``gc.freeze``). A collection in a forked process writes to the header of
    every object it looks at: without this, each process laying out a part copied the
    build's whole heap (the dossier's model) page by page as it collected."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def release_memory() -> None:
    """Give the memory freed since the last call back to the system (glibc keeps what it
    freed in its heaps for reuse: a worker that laid a part out held on to the part's pages
    while it waited for the next)."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


@functools.cache
def _libc() -> Any:
    """The C library, or None where there is none to load."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


def prepare_worker() -> str:
    """What every task this project sends to a Dask worker does first: undo the allocator
    setting a Dask nanny gives its workers, once per process. Returns the worker's address.

    A nanny starts each worker with ``MALLOC_TRIM_THRESHOLD_=65536`` (Dask's
    ``distributed.nanny.pre-spawn-environ``), so that memory goes back to the system soon.
    Setting it turns off glibc's sliding mmap threshold: every allocation over 128 kB then
    maps and unmaps pages, and CTranslate2 translated 3 times slower on a worker than in
    this process (bench/cluster_translate.py). The glibc defaults' upper bounds (a 32 MB
    mmap threshold, trimming above twice that) put it back."""
    global _prepared
    from distributed import get_worker

    if not _prepared:
        _prepared = True
        libc = _libc()  # without glibc's mallopt there is nothing to undo
        if os.environ.get("MALLOC_TRIM_THRESHOLD_") and hasattr(libc, "mallopt"):
            libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)
            libc.mallopt(M_TRIM_THRESHOLD, 64 << 20)
    return get_worker().address
