"""The language layer: what every stage needs to know about a source language, as data.

Each language is one TOML file in ``pipeline/languages/data`` named after its ISO 639-1 code
(``fa.toml``): its names, script, normalisation options, sentence-end punctuation, structure
cues (bylines, datelines, offices, agencies, month names) and boilerplate rules, and the code of
its Argos Translate package. ``generic.toml`` holds what is true of any language; a language's
file is laid over it, so a file needs only what differs. A project may add or override
languages with files in its own ``languages/`` folder. Scripts (direction, font) are in
``scripts.toml``.

Adding a language is adding a file; no stage names a language in code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex as re

from ..config import deep_merge as _merge
from ..errors import PipelineError

GENERIC = "und"
TARGET = "en"  # the dossier's reading language: every block's English is in it


@dataclass(frozen=True)
class Script:
    name: str  # the Unicode script name, as \p{...} knows it: "Arabic", "Latin", "Cyrillic"
    direction: str  # "rtl" | "ltr"
    font: str  # key of [style.fonts] in dossier.toml that sets this script
    default_language: str  # the language a stray run of this script is tagged with


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # English name: "Persian"
    native: str  # its own name: "فارسی"
    script: Script
    argos: str  # the from_code of its Argos Translate package ("" when there is none)
    press: str  # "Persian press": how the front matter names its share of the sources
    normalize: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    sentence_ends: str = ".!?…"
    structure: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    rules: tuple[dict[str, Any], ...] = field(default=(), hash=False, compare=False)
    letters: str = ""  # letters beyond ASCII its words use (ç ğ ı ö ş ü for Turkish)
    generic: bool = False  # no file of its own: only the generic rules apply
    usual_script: str = ""  # the script the language is usually written in

    @property
    def tag(self) -> str:
        """The BCP 47 tag: the code, with an ISO 15924 script subtag when the text is not in
        the language's usual script ("und-Geor", "kk-Arab"). Articles store this."""
        if self.script.name == self.usual_script or self.script.name not in ISO15924:
            return self.code
        return f"{self.code}-{ISO15924[self.script.name]}"

    @property
    def direction(self) -> str:
        return self.script.direction

    @property
    def rtl(self) -> bool:
        return self.script.direction == "rtl"

    @property
    def is_target(self) -> bool:
        return self.code == TARGET

    def sentence_end_re(self) -> re.Pattern:
        """Sentence-end punctuation, maybe followed by closing quotes or brackets."""
        return re.compile("[" + re.escape(self.sentence_ends) + "]['\"”»’)\\]]*$")


def _data_dir():
    return resources.files("pipeline").joinpath("languages/data")


def _read(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PipelineError(f"not valid TOML: {exc}", where) from None


@lru_cache(maxsize=1)
def scripts() -> dict[str, Script]:
    data = _read(_data_dir().joinpath("scripts.toml").read_text("utf-8"), "scripts.toml")
    return {name: Script(name, v["direction"], v["font"], v["default_language"])
            for name, v in data.items()}


@lru_cache(maxsize=8)
def _files(project: str | None) -> dict[str, tuple[str, str]]:
    """code -> (TOML text, where it came from); a project's languages/ folder wins."""
    found: dict[str, tuple[str, str]] = {}
    for entry in _data_dir().iterdir():
        if entry.name.endswith(".toml") and entry.name != "scripts.toml":
            found[entry.name[:-5]] = (entry.read_text("utf-8"), f"languages/{entry.name}")
    if project:
        folder = Path(project, "languages")
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = (path.read_text("utf-8"), str(path))
    return found


# ISO 15924 codes of the scripts a text may be in: BCP 47 script subtags ("und-Geor").
ISO15924 = {
    "Arabic": "Arab", "Latin": "Latn", "Cyrillic": "Cyrl", "Greek": "Grek", "Hebrew": "Hebr",
    "Georgian": "Geor", "Armenian": "Armn", "Han": "Hani", "Hiragana": "Hira",
    "Katakana": "Kana", "Hangul": "Hang", "Devanagari": "Deva", "Bengali": "Beng",
    "Thai": "Thai", "Ethiopic": "Ethi", "Tamil": "Taml", "Syriac": "Syrc", "Thaana": "Thaa",
    "Gujarati": "Gujr", "Gurmukhi": "Guru", "Khmer": "Khmr", "Lao": "Laoo", "Myanmar": "Mymr",
    "Sinhala": "Sinh", "Tibetan": "Tibt", "Mongolian": "Mong",
}
_SCRIPT_OF_SUBTAG = {v.lower(): k for k, v in ISO15924.items()}


def _build(code: str, data: dict[str, Any], where: str, generic: bool = False,
           usual: str | None = None) -> Language:
    script_name = data.get("script", "Latin")
    known = scripts()
    if script_name not in known and generic:
        # Text in a script the dossier has no font for: a language without rules, which the
        # renderer refuses by name rather than print as empty boxes.
        known = {**known, script_name: Script(script_name, "ltr", "", GENERIC)}
    if script_name not in known:
        raise PipelineError(f"unknown script '{script_name}' (known: {', '.join(known)})", where)
    name = data.get("name") or code
    return Language(
        code=code, name=name, native=data.get("native", ""), script=known[script_name],
        argos=data.get("argos", code if not generic else ""),
        press=data.get("press") or f"{name} press",
        normalize=dict(data.get("normalize", {})),
        sentence_ends=data.get("sentences", {}).get("ends", ".!?…"),
        structure=dict(data.get("structure", {})),
        rules=tuple(data.get("rule", [])), letters=data.get("letters", ""), generic=generic,
        usual_script=script_name if usual is None else usual,
    )


@lru_cache(maxsize=64)
def get(code: str, project: str | None = None, script: str | None = None) -> Language:
    """The language with this ISO 639-1 code. A code without a file of its own gets the generic
    rules, in ``script`` when given (what the article's letters are written in)."""
    parts = (code or GENERIC).strip().replace("_", "-").split("-")
    code = parts[0].lower() or GENERIC
    if script is None and len(parts) > 1:
        script = _SCRIPT_OF_SUBTAG.get(parts[1].lower())
    files = _files(project)
    text, where = files["generic"]
    base = _read(text, where)
    if code in files and code != "generic":
        text, where = files[code]
        data = _merge(base, _read(text, where))
        usual = data.get("script")
        if script and script != usual:
            # A language in another script than its file's (Kazakh in Arabic letters): the
            # file's rules, the text's script.
            data["script"] = script
            return _build(code, data, where, generic=False, usual=usual)
        return _build(code, data, where)
    data = dict(base)
    usual = _OTHERS[code][1] if code in _OTHERS else None
    if script or usual:
        data["script"] = script or usual
    if code != GENERIC:
        data["name"] = _english_name(code) or code
        data["press"] = ""
    data["argos"] = code if code != GENERIC else ""
    return _build(code, data, where, generic=True, usual=usual or "")


def of_script(script: str | None, project: str | None = None) -> Language:
    """The language a text in ``script`` stands for when nothing else says: the script's
    default language (scripts.toml: Arabic letters are Arabic), else the generic rules in that
    script (no script: the generic rules)."""
    known = scripts().get(script) if script else None
    return get(known.default_language if known else GENERIC, project, script=script)


def of_article(article: Any, project: str | None = None) -> Language:
    """The language a model Article is in, set in the script its letters are in. One whose
    language was never decided ("und": a stage file from before languages were decided) is in
    the language its script stands for, so an old Arabic dossier is still Arabic."""
    text = " ".join(b.text or b.replaced_text or "" for b in article.blocks[:40])
    script = script_of(text)
    known = script if script in scripts() else None
    code = (article.language or GENERIC).strip() or GENERIC
    if code == GENERIC:
        return of_script(known, project)
    return get(code, project, script=known)


def known_codes(project: str | None = None) -> list[str]:
    """Codes of the languages that have a file of their own."""
    return sorted(c for c in _files(project) if c != "generic")


# Languages without a file of their own: their English name and usual script, so the report can
# name them and detection can tell which of them a text's letters allow.
_OTHERS = {
    "az": ("Azerbaijani", "Latin"), "be": ("Belarusian", "Cyrillic"),
    "bg": ("Bulgarian", "Cyrillic"), "cs": ("Czech", "Latin"), "de": ("German", "Latin"),
    "el": ("Greek", "Greek"), "es": ("Spanish", "Latin"), "fi": ("Finnish", "Latin"),
    "he": ("Hebrew", "Hebrew"), "hu": ("Hungarian", "Latin"), "id": ("Indonesian", "Latin"),
    "it": ("Italian", "Latin"), "kk": ("Kazakh", "Cyrillic"), "ku": ("Kurdish", "Latin"),
    "ky": ("Kyrgyz", "Cyrillic"), "mk": ("Macedonian", "Cyrillic"), "mn": ("Mongolian", "Cyrillic"),
    "ms": ("Malay", "Latin"), "nl": ("Dutch", "Latin"), "pl": ("Polish", "Latin"),
    "ps": ("Pashto", "Arabic"), "pt": ("Portuguese", "Latin"), "ro": ("Romanian", "Latin"),
    "sr": ("Serbian", "Cyrillic"), "sv": ("Swedish", "Latin"), "sw": ("Swahili", "Latin"),
    "tg": ("Tajik", "Cyrillic"), "tk": ("Turkmen", "Latin"), "ug": ("Uyghur", "Arabic"),
    "uk": ("Ukrainian", "Cyrillic"), "uz": ("Uzbek", "Latin"), "sd": ("Sindhi", "Arabic"),
    "ckb": ("Central Kurdish", "Arabic"), "yi": ("Yiddish", "Hebrew"),
    "ka": ("Georgian", "Georgian"), "hy": ("Armenian", "Armenian"), "zh": ("Chinese", "Han"),
    "ja": ("Japanese", "Han"), "ko": ("Korean", "Hangul"), "hi": ("Hindi", "Devanagari"),
    "bn": ("Bengali", "Bengali"), "th": ("Thai", "Thai"), "am": ("Amharic", "Ethiopic"),
}


def _english_name(code: str) -> str | None:
    return _OTHERS[code][0] if code in _OTHERS else None


_SCRIPT_RUN = {name: re.compile(rf"\p{{{name}}}") for name in ("Arabic", "Hebrew", "Latin",
                                                              "Cyrillic", "Greek")}


def script_of(text: str) -> str | None:
    """The script most of the text's letters are written in (a script of scripts.toml, or the
    Unicode name of another one), None when it has no letters."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        for name, pattern in _SCRIPT_RUN.items():
            if pattern.match(ch):
                counts[name] = counts.get(name, 0) + 1
                break
        else:
            other = _unicode_script(ch)
            counts[other] = counts.get(other, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _unicode_script(ch: str) -> str:
    # regex knows every script; ask it for the one that matches, by its common names.
    for name in _OTHER_SCRIPTS:
        if re.match(rf"\p{{{name}}}", ch):
            return name
    return "Unknown"


_OTHER_SCRIPTS = ("Han", "Hiragana", "Katakana", "Hangul", "Devanagari", "Bengali", "Thai",
                  "Armenian", "Georgian", "Ethiopic", "Tamil", "Syriac", "Thaana", "Gujarati",
                  "Gurmukhi", "Khmer", "Lao", "Myanmar", "Sinhala", "Tibetan", "Mongolian")
