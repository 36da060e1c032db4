"""Checks on machine output that no offline MT tool makes: the failures a reader cannot see.

A neural model can loop ("the the the"), copy the source through, silently drop a clause, turn
1991 into 1919, or leave words of the source's script (Arabic, Cyrillic...) in the English.
The source's script is read from the source text itself, so one check serves every pair; a
Latin-script source (French, Turkish) shares its letters with English, so only the echo check
(near-identical output) can tell it was copied. Each check is cheap and needs no model, so
it also runs on machine entries read back from the translation memory.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher

import regex as re

LOOP = "loop"
ECHO = "echo"
DROPPED = "dropped"
NUMBERS = "numbers"
SCRIPT = "source-script"
ARABIC = SCRIPT  # the name this check had when every source was Arabic

# Below this length a ratio says nothing (names, datelines, "Astana").
MIN_CHARS_FOR_RATIO = 25
# English from Arabic runs about 1.0-1.4 times as many characters (from Russian or Persian
# about 0.9-1.3); far below means lost text.
MIN_RATIO = 0.45
MAX_RATIO = 4.0
# How alike output and source must be to count as an echo: in another script than English a
# copy shows at once; a Latin-script source shares names and cognates with a good translation.
ECHO_SIMILARITY = 0.6
ECHO_SIMILARITY_LATIN = 0.9

# Arabic-Indic (٠-٩) and Persian/Urdu (۰-۹) digits read as 0-9.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTER = re.compile(r"\p{L}")
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")
# Russian and French group thousands with a (narrow, no-break) space: "15 000", "2 500 000".
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f\u2009]\d{3})+)(?![\d])")
_WORD = re.compile(r"[\p{L}\p{N}]+")
_EN_NUMBER_WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))}


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


def _value(token: str) -> Decimal | None:
    token = token.replace("٫", ".").replace("٬", ",")
    parts = token.split(",")
    # 1,000 / 2,500,000 are thousands; any other comma is a decimal comma (3,5).
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and "." not in parts[0]:
        token = "".join(parts)
    else:
        token = token.replace(",", ".")
    if token.count(".") > 1:  # 1.2.3: a version or a date, compare as written
        return None
    try:
        return Decimal(token).normalize()
    except InvalidOperation:
        return None


def numbers(text: str) -> Counter:
    """The numbers in a text by value: ١٩٩١ == 1991, 2017-2018 is two numbers, 15% is 15."""
    found: Counter = Counter()
    text = _SPACED_THOUSANDS.sub(lambda g: g[1] + re.sub(r"\D", "", g[2]), text.translate(_DIGITS))
    for m in _NUMBER.finditer(text):
        value = _value(m[0])
        found[value if value is not None else m[0]] += 1
    return found


def _english_numbers(text: str) -> Counter:
    found = numbers(text)
    for word in _WORD.findall(text.lower()):
        if word in _EN_NUMBER_WORDS:  # "two billion" may render "2 مليار"
            found[Decimal(_EN_NUMBER_WORDS[word]).normalize()] += 1
    return found


def _repeats(words: list[str]) -> str | None:
    """A phrase of 1-6 words repeated back to back (4 times for one word, 3 for longer)."""
    for n in range(1, 7):
        copies = 4 if n == 1 else 3
        for i in range(len(words) - n * copies + 1):
            gram = words[i:i + n]
            if all(words[i + k * n:i + (k + 1) * n] == gram for k in range(1, copies)):
                return " ".join(gram)
    return None


def _script(text: str) -> str:
    """The script most of the source's letters are in (Latin for a text without letters)."""
    from ..languages import script_of

    return script_of(text) or "Latin"


def check(source: str, output: str) -> list[Problem]:
    """Every problem found in ``output`` as a translation of ``source`` (empty: looks fine)."""
    problems: list[Problem] = []
    src, out = source.strip(), output.strip()
    if not src:
        return problems
    if not out:
        problems.append(Problem(DROPPED, "the machine translation is empty"))
        return problems
    script = _script(src)
    latin = script == "Latin"
    out_letters = len(_LETTER.findall(out))
    in_script = re.compile(rf"\p{{Script={script}}}+") if not latin else None
    out_source = sum(len(x) for x in in_script.findall(out)) if in_script else out_letters
    if out == src or (out_letters and out_source / out_letters > 0.5
                      and SequenceMatcher(None, src, out).ratio()
                      > (ECHO_SIMILARITY_LATIN if latin else ECHO_SIMILARITY)):
        problems.append(Problem(ECHO, "the machine translation repeats the source"))
    elif in_script and out_source:
        left = " ".join(dict.fromkeys(in_script.findall(out)))
        problems.append(Problem(SCRIPT, f"{script} script left in the English: {left[:80]}"))
    words = [w.lower() for w in _WORD.findall(out)]
    phrase = _repeats(words)
    if phrase:
        problems.append(Problem(LOOP, f"the machine translation repeats itself: {phrase!r}"))
    if len(src) >= MIN_CHARS_FOR_RATIO:
        ratio = len(out) / len(src)
        if ratio < MIN_RATIO:
            problems.append(Problem(DROPPED, f"the English is {ratio:.0%} of the source's length:"
                                             " a sentence or clause may be missing"))
        elif ratio > MAX_RATIO and not phrase:
            problems.append(Problem(LOOP, f"the English is {ratio:.1f} times the source's "
                                          "length: the model may be running on"))
    lost = numbers(src) - _english_numbers(out)
    if lost:
        extra = numbers(out) - numbers(src)
        said = ", ".join(str(k) for k in lost.elements())
        also = f" (the English has {', '.join(str(k) for k in extra.elements())})" if extra \
            else ""
        problems.append(Problem(NUMBERS, f"number lost or changed: {said}{also}"))
    return problems


def best(candidates: list[tuple[str, list[Problem]]]) -> int:
    """Index of the candidate with the fewest problems (the first one on a tie)."""
    return min(range(len(candidates)), key=lambda i: (len(candidates[i][1]), i))
