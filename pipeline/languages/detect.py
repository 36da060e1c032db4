"""Which language an article is in: declared where the source or the project says so, else
detected from its text.

The order, most explicit first:

1. ``[languages] files`` in dossier.toml names the file: the editor has spoken.
2. The source declares it (Markdown front matter ``lang``, an HTML page's ``lang`` attribute, a
   scraper export's language field), and the text is written in that language's script. Pages
   carry their template's ``lang="en"`` around Arabic articles often enough that a declaration
   the letters contradict is not believed: the text is detected and the report says both.
3. ``[languages] default`` (folder-wide), under the same script check.
4. Detection with lingua, restricted to ``[languages] expected`` (fewer candidates, fewer mistakes
   on short texts; see bench/langid for the measurement that chose it).
5. A text in a script none of the expected languages is written in gets the generic rules of
   that script's default language.

The report shows the language and the sentence saying how it was decided.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from . import Language, get, of_script, script_of

# Below this confidence a detection is reported as uncertain (measured: every error of lingua
# on the benchmark scored under 0.6, see bench/langid/README.md).
CONFIDENT = 0.6
# Detection reads at most this much text: the title and first paragraphs decide as well as the
# whole article, and a 200,000-character article should not cost seconds.
SAMPLE_CHARS = 4000


@lru_cache(maxsize=4)
def _detector(expected: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    from lingua import Language as Lingua

    wanted = []
    for code in expected:
        try:
            wanted.append(Lingua.from_iso_code_639_1(IsoCode639_1.from_str(code)))
        except (ValueError, AttributeError):
            continue  # a code lingua does not know can still be declared, never detected
    if len(wanted) < 2:
        return None
    # Low-accuracy mode loads in 0.3 s and 54 MB instead of 4.5 s and 386 MB, and is as good on
    # sentences and paragraphs (1.000 on the benchmark); only 3-word fragments suffer, and an
    # article is never judged on three words.
    return LanguageDetectorBuilder.from_languages(*wanted).with_low_accuracy_mode().build()


def detect(text: str, expected: list[str]) -> tuple[str, float] | None:
    """The most likely of the ``expected`` languages and lingua's confidence, or None when the
    text has no letters or no expected language can be told apart."""
    detector = _detector(tuple(sorted(set(expected))))
    if detector is None:
        return None
    values = detector.compute_language_confidence_values(text[:SAMPLE_CHARS])
    if not values or values[0].value <= 0.0:
        return None
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


def _matches_script(lang: Language, script: str | None) -> bool:
    # A language with rules of its own is written in its file's script; one without may be
    # written in any (Kazakh in Cyrillic, Latin or Arabic letters).
    return script is None or lang.generic or lang.usual_script == script


def decide(name: str, text: str, declared: str | None, declared_by: str,
           cfg: dict[str, Any], project: str | None = None) -> tuple[Language, str]:
    """(language, how it was decided) for the article in file ``name`` with this ``text``."""
    langs = cfg["languages"]
    script = script_of(text)
    stem = name.rsplit(".", 1)[0]
    chosen = langs["files"].get(name) or langs["files"].get(stem)
    if chosen:
        return get(chosen, project, script), "set for this file in dossier.toml [languages.files]"
    notes = []
    folder_wide = "dossier.toml [languages] default"
    for code, by in ((declared, declared_by), (langs["default"], folder_wide)):
        if not code:
            continue
        lang = get(code, project, script)
        if _matches_script(lang, script):
            return lang, f"declared by {by}"
        notes.append(f"{by} says '{code}', but the text is in {script} script")
    expected = [c for c in langs["expected"]
                if get(c, project).usual_script == script] if script else []
    if len(expected) == 1:
        how = f"the only expected language written in {script} script"
        return get(expected[0], project, script), _join(how, notes)
    found = detect(text, expected) if expected else None
    if found is None:
        lang = of_script(script, project)
        why = (f"no expected language is written in {script} script" if script
               else "the text has no letters")
        return lang, _join(f"{why}: {lang.name} rules", notes)
    code, confidence = found
    how = f"detected by lingua (confidence {confidence:.2f})"
    if confidence < CONFIDENT:
        how += "; uncertain, set it in dossier.toml [languages.files] if wrong"
    return get(code, project, script), _join(how, notes)


def _join(how: str, notes: list[str]) -> str:
    return "; ".join([how, *notes])
