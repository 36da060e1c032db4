"""Argos Translate packages: validate, install, list, in a folder the project owns.

argostranslate's own ``install_from_path`` unzips whatever it is given into its global package
folder: a flat zip breaks every later listing, a package without a sentence splitter makes the
first translation download one, and a reinstall leaves the old files beside the new ones. So
packages are checked before anything is written, unpacked into a staging folder and renamed into
place, and each install records a fingerprint so caches keyed on it go stale with the model.

Any xx->en package is accepted (English is the dossier's language); packages for several source
languages sit side by side in the folder, each in a folder named after its pair, and the
translate stage takes for each article the newest package of the article's language.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import PipelineError

ENV_DIR = "DOSSIER_ARGOS_DIR"
DEFAULT_DIR = Path("~/.local/share/arabic-dossier/argos-packages")
INSTALL_RECORD = ".dossier-install.json"
TO_CODE = "en"
INSTALL_HINT = ("install an Argos Translate package into English: invoke models --install "
                "FILE.argosmodel (or invoke models --download on a machine with internet)")
# An ISO 639 code as Argos writes them ("fa", "zh", "pt_BR" style tails allowed).
_FROM_CODE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?$")
_PAIR_DIR = re.compile(r"^translate-[A-Za-z0-9]+_[A-Za-z0-9]+(?P<rest>(?:-.*)?)$")


def install_hint(code: str) -> str:
    return (f"install one with invoke models --install FILE (an Argos Translate {code}->en "
            f"package), or invoke models --download --from {code} on a machine with internet")


@dataclass
class InstalledModel:
    path: Path
    code: str
    version: str
    from_code: str
    to_code: str
    fingerprint: str  # sha256 of the installed archive (or of model.bin's size and time)
    splitter: str  # minisbd | stanza | none

    @property
    def model_id(self) -> str:
        return f"{self.code} {self.version}"

    @property
    def cache_id(self) -> str:
        """Changes whenever the model does, even when a package keeps its version number."""
        return f"{self.code}@{self.version}#{self.fingerprint[:16]}"


def models_dir(option: str | Path | None = None, cfg: dict[str, Any] | None = None) -> Path:
    """--models-dir, else $DOSSIER_ARGOS_DIR, else [translate] models_dir, else the default."""
    configured = ((cfg or {}).get("translate") or {}).get("models_dir") or None
    chosen = option or os.environ.get(ENV_DIR) or configured or DEFAULT_DIR
    return Path(chosen).expanduser()


def _metadata_problem(meta: Any) -> str | None:
    if not isinstance(meta, dict):
        return "metadata.json is not a JSON object"
    if meta.get("type", "translate") != "translate":
        return f"package type is {meta.get('type')!r}, not a translation package"
    src, dst = meta.get("from_code"), meta.get("to_code")
    if dst != TO_CODE:
        return f"package translates {src}->{dst}, not into English (xx->{TO_CODE})"
    if not isinstance(src, str) or not _FROM_CODE.match(src) or src == TO_CODE:
        return f"package translates {src!r}->{dst}: its from_code is not a language code"
    return None


def install_name(top: str, from_code: str) -> str:
    """The folder a package goes into: its own top folder, with the pair in its name corrected
    (a tool that names every package translate-ar_en-... must not make a Persian package replace
    the Arabic one), or prefixed when its name says nothing of the pair."""
    pair = f"translate-{from_code}_{TO_CODE}"
    found = _PAIR_DIR.match(top)
    return pair + found["rest"] if found else f"{pair}-{top}"


def validate_archive(path: Path) -> dict[str, Any]:
    """Check a .argosmodel before installing it; return its metadata or raise PipelineError.

    Wanted: a zip with exactly one top-level folder holding metadata.json saying xx->en,
    model/model.bin, a tokenizer (sentencepiece.model or bpe.model), and a sentence splitter
    that works offline: minisbd/*.onnx, or stanza/ with its resources.json (argostranslate
    would otherwise download one at the first translation).
    """
    path = Path(path)
    if not path.is_file():
        raise PipelineError("no such package file", path)
    if not zipfile.is_zipfile(path):
        raise PipelineError("not an Argos package (not a zip archive)", path)
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n and not n.endswith("/")]
        for name in z.namelist():
            p = PurePosixPath(name)
            if p.is_absolute() or ".." in p.parts or "\\" in name:
                raise PipelineError(f"unsafe path in archive: {name!r}", path)
        tops = {PurePosixPath(n).parts[0] for n in z.namelist() if n}
        if len(tops) != 1 or not names or all(len(PurePosixPath(n).parts) == 1 for n in names):
            raise PipelineError("an Argos package must hold exactly one top-level folder "
                                f"(found {', '.join(sorted(tops)[:4]) or 'nothing'})", path)
        top = tops.pop()
        inside = {str(PurePosixPath(n).relative_to(top)) for n in names}
        if "metadata.json" not in inside:
            raise PipelineError(f"{top}/metadata.json is missing", path)
        try:
            meta = json.loads(z.read(f"{top}/metadata.json").decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PipelineError(f"{top}/metadata.json is not valid JSON ({exc})", path) from None
    problem = _metadata_problem(meta) or _layout_problem(inside)
    if problem:
        raise PipelineError(problem, path)
    return meta | {"_top": top}


def _layout_problem(inside: set[str]) -> str | None:
    if "model/model.bin" not in inside:
        return "model/model.bin (the CTranslate2 model) is missing"
    if not {"sentencepiece.model", "bpe.model"} & inside:
        return "no tokenizer (sentencepiece.model or bpe.model)"
    has_minisbd = any(n.startswith("minisbd/") and n.endswith(".onnx") for n in inside)
    if not has_minisbd and "stanza/resources.json" not in inside:
        return ("no offline sentence splitter (minisbd/*.onnx, or stanza/ with resources.json): "
                "argostranslate would download one at the first translation")
    return None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def install(archive: Path, folder: Path) -> InstalledModel:
    """Validate, unpack into a staging folder, then swap it in for any older copy."""
    meta = validate_archive(archive)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=folder))
    try:
        with zipfile.ZipFile(archive) as z:
            z.extractall(staging)
        unpacked = staging / meta["_top"]
        record = {"archive": str(Path(archive).resolve()), "sha256": _sha256(Path(archive)),
                  "installed": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        (unpacked / INSTALL_RECORD).write_text(json.dumps(record, indent=1) + "\n",
                                               encoding="utf-8")
        name = install_name(meta["_top"], meta["from_code"])
        target = folder / name
        if target.exists():
            old = folder / f".old-{name}-{os.getpid()}"
            target.rename(old)
            shutil.rmtree(old, ignore_errors=True)
        unpacked.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    model = read_installed(target)
    if model is None:  # validated above, so only a race could get here
        raise PipelineError("package did not install cleanly", target)
    return model


def read_installed(path: Path) -> InstalledModel | None:
    """The package in ``path``, or None if it is not a usable xx->en package."""
    try:
        meta = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if _metadata_problem(meta) or not (path / "model" / "model.bin").is_file():
        return None
    if any((path / "minisbd").glob("*.onnx")):
        splitter = "minisbd"
    elif (path / "stanza" / "resources.json").is_file():
        splitter = "stanza"
    else:
        splitter = "none"  # placed by hand: the engine falls back to its own splitter
    try:
        fingerprint = json.loads((path / INSTALL_RECORD).read_text(encoding="utf-8"))["sha256"]
    except (OSError, ValueError, KeyError):
        st = (path / "model" / "model.bin").stat()
        fingerprint = hashlib.sha256(f"{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()
    code = meta.get("code") or f"translate-{meta['from_code']}_{meta['to_code']}"
    return InstalledModel(path, code, str(meta.get("package_version", "")), meta["from_code"],
                          meta["to_code"], fingerprint, splitter)


def list_installed(folder: Path) -> list[InstalledModel]:
    if not folder.is_dir():
        return []
    found = (read_installed(p) for p in sorted(folder.iterdir())
             if p.is_dir() and not p.name.startswith("."))
    return [m for m in found if m is not None]


def _version_key(version: str) -> tuple:
    return tuple(int(x) if x.isdigit() else 0 for x in version.split("."))


def by_language(folder: Path) -> dict[str, InstalledModel]:
    """The newest installed package for each source language."""
    best: dict[str, InstalledModel] = {}
    for mdl in list_installed(folder):
        old = best.get(mdl.from_code)
        if old is None or (_version_key(mdl.version), mdl.code) > (_version_key(old.version),
                                                                    old.code):
            best[mdl.from_code] = mdl
    return best


def find_model(folder: Path, from_code: str) -> InstalledModel:
    """The newest installed package from ``from_code`` into English, or one clear line saying
    how to get one."""
    found = by_language(folder).get(from_code)
    if found is None:
        raise PipelineError(f"no Argos Translate {from_code}->{TO_CODE} package in {folder}; "
                            + install_hint(from_code))
    return found


def download(folder: Path, from_code: str) -> InstalledModel:
    """Fetch the newest xx->en package from the Argos index (needs internet), validate,
    install."""
    try:
        from argostranslate import package as argos_package
    except ImportError as exc:
        raise PipelineError("argostranslate is not installed: pip install -e '.[translate]'"
                            ) from exc
    argos_package.update_package_index()
    candidates = [p for p in argos_package.get_available_packages()
                  if (p.from_code, p.to_code) == (from_code, TO_CODE)]
    if not candidates:
        raise PipelineError(f"the Argos package index could not be read or has no "
                            f"{from_code}->{TO_CODE} package (is this machine online?)")
    best = max(candidates, key=lambda p: _version_key(p.package_version))
    try:
        archive = best.download()
    except Exception as exc:  # argostranslate raises bare Exception on network failure
        raise PipelineError(f"download failed: {exc}") from None
    return install(Path(archive), folder)
