"""Machine translations already computed, so a rebuild translates only what is new.

An sqlite file under ``OUT/cache/``: one row per (source sentence, model, decoding options).
The model part of the key is the install fingerprint, not just the version, so reinstalling a
package with different weights never serves the old model's output.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

CACHE_NAME = "translate.sqlite"


def cache_key(source: str, model_id: str, options: str) -> str:
    return hashlib.sha256("\x00".join((model_id, options, source)).encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, out: Path):
        path = Path(out) / "cache" / CACHE_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS mt (key TEXT PRIMARY KEY, model TEXT, "
                        "options TEXT, source TEXT, output TEXT, score REAL)")

    def get_many(self, sources: Iterable[str], model_id: str,
                 options: str) -> dict[str, tuple[str, float]]:
        found = {}
        for src in sources:
            row = self.db.execute("SELECT output, score FROM mt WHERE key = ?",
                                  (cache_key(src, model_id, options),)).fetchone()
            if row is not None:
                found[src] = (row[0], row[1])
        return found

    def put_many(self, items: Iterable[tuple[str, str, float]], model_id: str,
                 options: str) -> None:
        with self.db:  # one transaction: a killed run leaves the cache consistent
            self.db.executemany(
                "INSERT OR REPLACE INTO mt VALUES (?, ?, ?, ?, ?, ?)",
                [(cache_key(src, model_id, options), model_id, options, src, out, score)
                 for src, out, score in items])

    def close(self) -> None:
        self.db.close()
