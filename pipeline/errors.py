"""Errors a user can act on: each names the file (and line, where there is one) and the problem."""

from __future__ import annotations

from pathlib import Path


class PipelineError(Exception):
    """A problem with the user's input or environment, reported as one line, never a traceback."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        return where + self.message


class BadArticle(PipelineError):
    """One article cannot be used; with --keep-going the build skips it and reports why."""
