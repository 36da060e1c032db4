"""What every task this project sends to a Dask worker does first (``build --cluster``)."""

from __future__ import annotations

import ctypes
import ctypes.util
import os

# glibc's mallopt parameters (malloc.h).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3

_prepared = False


def prepare() -> str:
    """Undo the allocator setting a Dask nanny gives its workers, once per process, and
    return this worker's address.

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
        if os.environ.get("MALLOC_TRIM_THRESHOLD_"):
            name = ctypes.util.find_library("c")
            try:
                libc = ctypes.CDLL(name) if name else None
                if libc is not None and hasattr(libc, "mallopt"):
                    libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)
                    libc.mallopt(M_TRIM_THRESHOLD, 64 << 20)
            except OSError:
                pass  # not glibc: nothing to undo
    return get_worker().address
