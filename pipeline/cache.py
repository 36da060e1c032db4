"""Fingerprints of what a stage's output depends on, so unchanged work is not redone.

A stage's output is reused when the fingerprint of its inputs, its configuration and the code
that made it is the same as last time (the rule Sphinx and Make follow, with content hashes
instead of modification times, so a checkout or a copy does not trigger a rebuild).
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE.parent / "templates"
_NOT_BUILD_CODE = {"serve.py"}


def digest(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(
            part, sort_keys=True, ensure_ascii=False, default=str).encode()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _tree(root: Path, suffixes: tuple[str, ...] | None = None) -> list[tuple[str, bytes]]:
    out = []
    if not root.is_dir():
        return out
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (not path.is_file() or any(p.startswith(".") or p == "__pycache__" for p in rel.parts)
                or (suffixes and path.suffix not in suffixes)):
            continue
        out.append((rel.as_posix(), path.read_bytes()))
    return out


@lru_cache(maxsize=1)
def code_version() -> str:
    """The code the stages run, their data files and the packaged templates: a change to any
    reruns all. The local web server is not part of a build."""
    files = [(name, data) for name, data in _tree(PACKAGE, (".py", ".toml", ".json", ".txt"))
             if name not in _NOT_BUILD_CODE] + _tree(TEMPLATES)
    return digest(*(name.encode() + b"\0" + data for name, data in files))


def tree_digest(root: Path) -> str:
    return digest(*(name.encode() + b"\0" + data for name, data in _tree(Path(root))))


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def environment_digest() -> str:
    """Environment settings that change outputs."""
    return digest(os.environ.get("SOURCE_DATE_EPOCH", ""))
