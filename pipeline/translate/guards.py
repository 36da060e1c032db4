"""Checks on machine output that no offline MT tool makes: the failures a reader cannot see.

A neural model can loop ("the the the"), copy the Arabic through, silently drop a clause, turn
1991 into 1919, or leave Arabic words in the English. Each check is cheap and needs no model, so
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
ARABIC = "arabic"

# Below this length a ratio says nothing (names, datelines, "Astana").
MIN_CHARS_FOR_RATIO = 25
# English from Arabic runs about 1.0-1.4 times as many characters; far below means lost text.
MIN_RATIO = 0.45
MAX_RATIO = 4.0

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC = re.compile(r"[\p{Script=Arabic}]")
_LETTER = re.compile(r"\p{L}")
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")
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
    for m in _NUMBER.finditer(text.translate(_DIGITS)):
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


def check(source: str, output: str) -> list[Problem]:
    """Every problem found in ``output`` as a translation of ``source`` (empty: looks fine)."""
    problems: list[Problem] = []
    src, out = source.strip(), output.strip()
    if not src:
        return problems
    out_letters = len(_LETTER.findall(out))
    out_arabic = len(_ARABIC.findall(out))
    if not out:
        problems.append(Problem(DROPPED, "the machine translation is empty"))
        return problems
    if out == src or (out_letters and out_arabic / out_letters > 0.5
                      and SequenceMatcher(None, src, out).ratio() > 0.6):
        problems.append(Problem(ECHO, "the machine translation repeats the Arabic source"))
    elif out_arabic:
        left = " ".join(dict.fromkeys(re.findall(r"[\p{Script=Arabic}]+", out)))
        problems.append(Problem(ARABIC, f"Arabic script left in the English: {left[:80]}"))
    words = [w.lower() for w in _WORD.findall(out)]
    phrase = _repeats(words)
    if phrase:
        problems.append(Problem(LOOP, f"the machine translation repeats itself: {phrase!r}"))
    if len(src) >= MIN_CHARS_FOR_RATIO:
        ratio = len(out) / len(src)
        if ratio < MIN_RATIO:
            problems.append(Problem(DROPPED, f"the English is {ratio:.0%} of the Arabic's length:"
                                             " a sentence or clause may be missing"))
        elif ratio > MAX_RATIO and not phrase:
            problems.append(Problem(LOOP, f"the English is {ratio:.1f} times the Arabic's "
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
