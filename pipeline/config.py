"""Project configuration: ``dossier.toml`` over the packaged defaults."""

from __future__ import annotations

import copy
import datetime as dt
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import PipelineError
from .normalize import plain_text

CONFIG_NAME = "dossier.toml"
# "source": each article in its own language only; "en": the English only (a block without
# English shows its source text rather than nothing).
LAYOUTS = ("parallel", "interleaved", "source", "en")
# What each output can set: an EPUB reflows on a small screen, so no side-by-side columns.
OUTPUT_LAYOUTS = {
    "pdf": ("parallel", "interleaved", "source", "en"),
    "epub": ("interleaved", "source", "en"),
    "web": ("interleaved", "parallel", "source", "en"),
}
# Names earlier versions used, read as today's: the Arabic-only layout was called "ar".
LAYOUT_ALIASES = {"ar": "source", "original": "source"}
DIGITS = ("keep", "western", "arabic-indic")
# The page sizes a PDF can have: the name a user writes -> (CSS @page size, page height).
PAGE_SIZES = {"a4": ("A4", "297mm"), "letter": ("letter", "11in"), "a5": ("A5", "210mm")}


# Colours and font names from dossier.toml go into CSS: accept only what is plainly a colour
# or a family name, so a project file cannot smuggle in rules or URLs.
_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}")
_FAMILY = re.compile(r"[A-Za-z0-9 \-]{1,40}")
# Tables whose keys are all known: a key not in the defaults is a typo there ("archiv = true"
# would silently build an ordinary PDF), not a value a template may use.
CLOSED_TABLES = ("pdf",)
# Earlier versions named two fonts; they still set their script's family (and win over the
# packaged [style.fonts], since a project that wrote them meant them).
LEGACY_FONT_KEYS = {"arabic_font": "arabic", "latin_font": "latin"}


def checked_style(style: dict[str, Any], path: Path = Path(CONFIG_NAME)) -> dict[str, Any]:
    """The [style] table checked, with [style.fonts] (script font key -> family, "" for none)
    completed from the older arabic_font / latin_font keys, which stay set for old readers."""
    out: dict[str, Any] = {}
    fonts = style.get("fonts", {})
    if not isinstance(fonts, dict):
        raise PipelineError("'style.fonts' must be a table of script = font family", path)
    fonts = dict(fonts)
    for key, value in style.items():
        if key == "fonts":
            continue
        font = key.endswith("_font")
        pattern = _FAMILY if font else _COLOUR
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise PipelineError(f"style.{key} = {value!r} is not a valid "
                                f"{'font name' if font else 'colour'}", path)
        out[key] = value
        if key in LEGACY_FONT_KEYS:
            fonts[LEGACY_FONT_KEYS[key]] = value
    for script, family in fonts.items():
        if not isinstance(family, str) or (family and not _FAMILY.fullmatch(family)) \
                or not re.fullmatch(r"[a-z][a-z0-9_]{0,30}", str(script)):
            raise PipelineError(f"style.fonts.{script} = {family!r} is not a valid font name "
                                "(a fontpkg family such as \"Amiri\", or \"\" for none)", path)
    out["fonts"] = fonts
    out.setdefault("arabic_font", fonts.get("arabic", ""))
    out.setdefault("latin_font", fonts.get("latin", ""))
    return out


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


def deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
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
        if isinstance(user.get("dossier"), dict):
            user["dossier"] = _plain(user["dossier"])
        cfg = deep_merge(cfg, user)
    if overrides:
        cfg = deep_merge(cfg, overrides)
    _validate(cfg, path)
    return cfg


def _plain(value: Any) -> Any:
    """The dossier's own texts (title, editor, keywords...) without invisible characters."""
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        # File names in `order` are left as written: they must match the files.
        return {k: v if k == "order" else _plain(v) for k, v in value.items()}
    return value


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _check_date(value: str, path: Path) -> None:
    """An empty date (the build's), or an ISO 8601 year, year-month or day that exists."""
    if not value:
        return
    ok = bool(_DATE.fullmatch(value))
    if ok:
        parts = [int(x) for x in value.split("-")]
        try:
            dt.date(parts[0], *(parts[1:] + [1, 1])[:2])
        except ValueError:
            ok = False
    if not ok:
        raise PipelineError(f"dossier.date = {value!r}: write it as YYYY-MM-DD "
                            "(or YYYY-MM, YYYY), or leave it empty for the build date", path)


def _check_types(
    defaults: dict[str, Any], user: dict[str, Any], path: Path, where: str = ""
) -> None:
    for key, value in user.items():
        if key not in defaults:
            table = where.rstrip(".")
            if table in CLOSED_TABLES:
                raise PipelineError(f"'{where}{key}' is not a setting (the [{table}] table has "
                                    f"{', '.join(sorted(defaults))})", path)
            continue  # unknown keys are allowed: templates may use them
        want = defaults[key]
        name = f"{where}{key}"
        if isinstance(want, dict) and isinstance(value, bool) and "enabled" in want:
            user[key] = {"enabled": value}  # translate = true is short for [translate] enabled
            continue
        if isinstance(want, dict) and not isinstance(value, dict):
            # title = "..." is a natural shorthand for one title, in the language its letters
            # are written in (English for Latin letters).
            if isinstance(value, str) and set(want) <= {"en"}:
                user[key] = {_title_language(value): value}
                continue
            raise PipelineError(f"'{name}' must be a table", path)
        if isinstance(want, dict):
            _check_types(want, value, path, name + ".")
        elif isinstance(want, bool):  # before int: a bool is an int to isinstance
            if not isinstance(value, bool):
                raise PipelineError(f"'{name}' must be true or false", path)
        elif isinstance(want, float) and (isinstance(value, bool)
                                           or not isinstance(value, int | float)):
            raise PipelineError(f"'{name}' must be a number", path)
        elif isinstance(want, int) and (isinstance(value, bool) or not isinstance(value, int)):
            raise PipelineError(f"'{name}' must be a whole number", path)
        elif isinstance(want, list) and not isinstance(value, list):
            raise PipelineError(f"'{name}' must be a list", path)
        elif isinstance(want, str) and isinstance(value, dt.date) \
                and not isinstance(value, dt.datetime):
            user[key] = value.isoformat()  # date = 2024-05-01 written as a TOML date
        elif isinstance(want, str) and not isinstance(value, str):
            raise PipelineError(f"'{name}' must be a string", path)


def _title_language(text: str) -> str:
    from .languages import of_script, script_of

    script = script_of(text)
    return of_script(script).code if script else "en"


def _validate(cfg: dict[str, Any], path: Path) -> None:
    # Everything a render would refuse is refused here, where the project file is known, so
    # the message names it and nothing has been built yet.
    for output, allowed in OUTPUT_LAYOUTS.items():
        cfg["layout"][output] = LAYOUT_ALIASES.get(cfg["layout"][output], cfg["layout"][output])
        if cfg["layout"][output] not in allowed:
            raise PipelineError(
                f"layout.{output} = {cfg['layout'][output]!r}: choose one of {', '.join(allowed)}",
                path,
            )
    if cfg["layout"]["page_progression"] not in ("rtl", "ltr", "default"):
        raise PipelineError(f"layout.page_progression = {cfg['layout']['page_progression']!r}: "
                            "use rtl or ltr", path)
    if cfg["layout"]["pdf_part_articles"] < 0:
        raise PipelineError("layout.pdf_part_articles must be 0 (no parts) or more", path)
    if str(cfg["layout"]["page_size"]).lower() not in PAGE_SIZES:
        raise PipelineError(f"layout.page_size = {cfg['layout']['page_size']!r}: use A4, "
                            "Letter or A5", path)
    if cfg["clean"]["digits"] not in DIGITS:
        raise PipelineError(f"clean.digits must be one of {', '.join(DIGITS)}", path)
    for key in ("duplicate_threshold", "report_threshold"):
        value = cfg["merge"][key]
        if not 0 < float(value) <= 1:
            raise PipelineError(f"merge.{key} must be between 0 and 1", path)
    _check_date(cfg["dossier"]["date"], path)
    cfg["style"] = checked_style(cfg["style"], path)
    _check_languages(cfg, path)
    if not all(isinstance(x, str) for x in cfg["dossier"]["order"]):
        raise PipelineError("dossier.order must be a list of file names", path)


_CODE = re.compile(r"[a-z]{2,3}")


def _check_languages(cfg: dict[str, Any], path: Path) -> None:
    """Language codes in dossier.toml are ISO 639-1 (or 639-3) codes, lower case."""
    langs = cfg["languages"]
    # [dossier] language, the older place, is the folder-wide language when [languages] has none.
    if not langs["default"] and cfg["dossier"].get("language"):
        langs["default"] = cfg["dossier"]["language"]
    codes = [("languages.default", langs["default"])] if langs["default"] else []
    codes += [("languages.expected", c) for c in langs["expected"]]
    if not isinstance(langs["files"], dict):
        raise PipelineError("'languages.files' must be a table of file name = language code", path)
    codes += [(f"languages.files.{name!r}", c) for name, c in langs["files"].items()]
    for where, code in codes:
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise PipelineError(f"{where} = {code!r}: write a language as its ISO 639-1 code "
                                "(ar, fa, ur, tr, ru, fr, en...)", path)
