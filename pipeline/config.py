"""Project configuration: ``dossier.toml`` over the packaged defaults."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import PipelineError

CONFIG_NAME = "dossier.toml"
LAYOUTS = ("parallel", "interleaved", "ar", "en")
DIGITS = ("keep", "western", "arabic-indic")


def load_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise PipelineError(f"not UTF-8 text ({exc.reason})", path) from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line N, column M)": lift the line into the location.
        msg = str(exc)
        line = None
        if "(at line " in msg:
            head, _, tail = msg.rpartition("(at line ")
            try:
                line = int(tail.split(",")[0].rstrip(")"))
                msg = head.strip()
            except ValueError:
                pass
        raise PipelineError(f"invalid TOML: {msg}", path, line) from None


def default_config() -> dict[str, Any]:
    text = resources.files("pipeline").joinpath("data/defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def load_config(source: Path, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Read ``source/dossier.toml`` if present; a folder of bare articles gets the defaults."""
    cfg = default_config()
    path = Path(source) / CONFIG_NAME
    if path.exists():
        user = load_toml(path)
        _check_types(cfg, user, path)
        cfg = _deep_merge(cfg, user)
    if overrides:
        cfg = _deep_merge(cfg, overrides)
    _validate(cfg, path)
    return cfg


def _check_types(
    defaults: dict[str, Any], user: dict[str, Any], path: Path, where: str = ""
) -> None:
    for key, value in user.items():
        if key not in defaults:
            continue  # unknown keys are allowed: templates may use them
        want = defaults[key]
        name = f"{where}{key}"
        if isinstance(want, dict) and isinstance(value, bool) and "enabled" in want:
            user[key] = {"enabled": value}  # translate = true is short for [translate] enabled
            continue
        if isinstance(want, dict) and not isinstance(value, dict):
            # title = "..." is a natural shorthand for the Arabic title only.
            if isinstance(value, str) and set(want) <= {"ar", "en"}:
                user[key] = {"ar": value, "en": ""}
                continue
            raise PipelineError(f"'{name}' must be a table", path)
        if isinstance(want, dict):
            _check_types(want, value, path, name + ".")
        elif isinstance(want, bool) and not isinstance(value, bool):
            raise PipelineError(f"'{name}' must be true or false", path)
        elif isinstance(want, float) and not isinstance(value, int | float):
            raise PipelineError(f"'{name}' must be a number", path)
        elif isinstance(want, list) and not isinstance(value, list):
            raise PipelineError(f"'{name}' must be a list", path)
        elif isinstance(want, str) and not isinstance(value, str):
            raise PipelineError(f"'{name}' must be a string", path)


def _validate(cfg: dict[str, Any], path: Path) -> None:
    for output in ("pdf", "epub", "web"):
        if cfg["layout"][output] not in LAYOUTS:
            raise PipelineError(
                f"layout.{output} = {cfg['layout'][output]!r}: choose one of {', '.join(LAYOUTS)}",
                path,
            )
    if cfg["layout"]["page_size"] not in ("A4", "Letter"):
        raise PipelineError("layout.page_size must be A4 or Letter", path)
    if cfg["clean"]["digits"] not in DIGITS:
        raise PipelineError(f"clean.digits must be one of {', '.join(DIGITS)}", path)
    for key in ("duplicate_threshold", "report_threshold"):
        value = cfg["merge"][key]
        if not 0 < float(value) <= 1:
            raise PipelineError(f"merge.{key} must be between 0 and 1", path)
    if not all(isinstance(x, str) for x in cfg["dossier"]["order"]):
        raise PipelineError("dossier.order must be a list of file names", path)
