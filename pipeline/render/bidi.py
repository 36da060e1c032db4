"""The Unicode Bidirectional Algorithm (UAX #9) for one paragraph of article text.

The markup (``markup.py``) asks it where a reader's software will put each character, so that
it isolates only what the algorithm orders against the writer's intent and leaves the rest to
the algorithm. Article text carries no directional controls (cleaning removes them), so this
covers the implicit rules only: W1-W7, N0-N2 (with bracket pairs) and I1-I2 on a paragraph of
a given direction. tests/test_bidi.py checks it against python-bidi, an independent
implementation.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Bidi_Paired_Bracket pairs (BidiBrackets.txt): the ones article text uses.
OPENERS = {"(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u207d": "\u207e",
           "\u208d": "\u208e", "\u2329": "\u232a", "\u3008": "\u3009", "\u300a": "\u300b",
           "\uff08": "\uff09", "\uff3b": "\uff3d", "\uff5b": "\uff5d"}
CLOSERS = {v: k for k, v in OPENERS.items()}
_NEUTRAL = {"B", "S", "WS", "ON"}
# Explicit formatting characters are removed by rule X9 like boundary neutrals.
_REMOVED = {"BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


@dataclass(frozen=True)
class Resolved:
    original: str  # the character's Bidi_Class
    type: str  # its type after the weak and neutral rules: L, R, EN or AN (or BN)
    level: int  # its embedding level: odd is right to left


def bidi_class(char: str) -> str:
    return unicodedata.bidirectional(char) or "L"


def _strong(t: str) -> str | None:
    """A type's direction for the neutral rules: numbers count as right to left (N1)."""
    if t == "L":
        return "L"
    if t in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def resolve(text: str, rtl: bool) -> list[Resolved]:
    """Each character's resolved type and level in a paragraph of direction ``rtl``."""
    original = [bidi_class(c) for c in text]
    base = 1 if rtl else 0
    e = "R" if rtl else "L"
    idx = [i for i, t in enumerate(original) if t not in _REMOVED]  # X9
    types = [original[i] for i in idx]
    n = len(types)

    # W1: a non-spacing mark takes the type of the character before it.
    for k in range(n):
        if types[k] == "NSM":
            types[k] = types[k - 1] if k else e
            if types[k] in ("LRI", "RLI", "FSI", "PDI"):
                types[k] = "ON"
    # W2: a European number after Arabic letters is an Arabic number. W3: AL is R.
    last = e
    for k in range(n):
        if types[k] in ("L", "R", "AL"):
            last = types[k]
        elif types[k] == "EN" and last == "AL":
            types[k] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of a type joins them.
    for k in range(1, n - 1):
        t, before, after = types[k], types[k - 1], types[k + 1]
        if t == "ES" and before == after == "EN":
            types[k] = "EN"
        elif t == "CS" and before == after and before in ("EN", "AN"):
            types[k] = before
    # W5: terminators next to a European number are part of it.
    k = 0
    while k < n:
        if types[k] == "ET":
            end = k
            while end < n and types[end] == "ET":
                end += 1
            if (k and types[k - 1] == "EN") or (end < n and types[end] == "EN"):
                types[k:end] = ["EN"] * (end - k)
            k = end
        else:
            k += 1
    # W6: other separators and terminators are neutral.
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: a European number after left-to-right letters is left to right.
    last = e
    for k in range(n):
        if types[k] in ("L", "R"):
            last = types[k]
        elif types[k] == "EN" and last == "L":
            types[k] = "L"

    chars = [text[i] for i in idx]
    _brackets(chars, types, [original[i] for i in idx], e)

    # N1, N2: a run of neutrals between two characters of one direction takes it; otherwise
    # the embedding direction.
    k = 0
    while k < n:
        if types[k] in _NEUTRAL:
            end = k
            while end < n and types[end] in _NEUTRAL:
                end += 1
            before = _strong(types[k - 1]) if k else e
            after = _strong(types[end]) if end < n else e
            fill = before if before == after else e
            types[k:end] = [fill] * (end - k)
            k = end
        else:
            k += 1

    # I1, I2: levels.
    out_levels: list[int] = []
    for t in types:
        if base == 0:
            out_levels.append({"L": 0, "R": 1}.get(t, 2))
        else:
            out_levels.append(2 if t in ("L", "EN", "AN") else 1)

    result = [Resolved(original[i], "BN", base) for i in range(len(text))]
    for k, i in enumerate(idx):
        result[i] = Resolved(original[i], types[k], out_levels[k])
    # A removed character takes the level of the one before it (it has no glyph anyway).
    for i in range(1, len(text)):
        if result[i].type == "BN":
            result[i] = Resolved(original[i], "BN", result[i - 1].level)
    return result


def _brackets(chars: list[str], types: list[str], original: list[str], e: str) -> None:
    """N0: a pair of brackets takes the direction of what it encloses (BD16 finds pairs)."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for k, c in enumerate(chars):
        if types[k] != "ON":
            continue
        if c in OPENERS:
            if len(stack) == 63:
                break
            stack.append((OPENERS[c], k))
        elif c in CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == c or (c == "\u232a" and stack[depth][0] == "\u3009"):
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    opposite = "L" if e == "R" else "R"
    for lo, hi in sorted(pairs):
        inside = {_strong(t) for t in types[lo + 1:hi]} - {None}
        if e in inside:
            fill = e
        elif opposite in inside:
            before = e
            for k in range(lo - 1, -1, -1):  # no slice: a long line of pairs stays linear
                if _strong(types[k]):
                    before = _strong(types[k]) or e
                    break
            fill = opposite if before == opposite else e
        else:
            continue
        for k in (lo, hi):
            types[k] = fill
            # Marks after a bracket follow it (they were made ON by W1).
            j = k + 1
            while j < len(types) and original[j] == "NSM":
                types[j] = fill
                j += 1


def visual_order(text: str, rtl: bool) -> list[int]:
    """The indexes of ``text`` in display order, left to right (rule L2, one line)."""
    levels = [r.level for r in resolve(text, rtl)]
    # L1: trailing whitespace goes to the paragraph level.
    base = 1 if rtl else 0
    k = len(text)
    while k and bidi_class(text[k - 1]) in ("WS", "BN", "S", "B"):
        k -= 1
        levels[k] = base
    order = list(range(len(text)))
    if not order:
        return order
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order
