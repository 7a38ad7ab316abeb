"""Unicode bidirectional isolation for right-to-left explanations (Persian, Arabic).

A Persian or Arabic line often carries left-to-right pieces: an article id (``ir.ipc.729``), a
number in Latin digits (``250,000``), a clause letter, a citation or a source note in English.
Left to the Unicode Bidirectional Algorithm alone, the neutral characters around those pieces
(parentheses, commas, slashes, spaces) are resolved against their neighbours, and a line such as
``(مبلغ: Computer Crimes Law (1388/03/05, 2009-05-26); VERIFIED)`` comes out jumbled in a
terminal or a notebook cell. Isolating each left-to-right run keeps it one unit, laid out left to
right inside, and placed as a single neutral in the right-to-left sentence (UAX #9, isolates).

- :func:`ltr_runs` finds the runs: a run starts at a strong left-to-right character (Latin
  letters) and ends at its last strong left-to-right character or Latin digit before the next
  right-to-left letter, taking a closing bracket along when the run opened it; a number written
  in Latin digits (with its separators, and a fraction after a space: ``13,333,333 1/3``) is a
  run of its own, and so is a single word before a parenthesis (``بند a (ir.ipc.731.a)``: the
  clause letter and the id are two runs, each in its place in the sentence). Persian and
  Arabic-Indic digits are not runs: they are the line's own script.
- :func:`isolate_line` wraps every run in LEFT-TO-RIGHT ISOLATE (U+2066) ... POP DIRECTIONAL
  ISOLATE (U+2069) and, when no right-to-left letter is left outside the isolates, starts the
  line with a RIGHT-TO-LEFT MARK, so that the first strong direction of every line is right to
  left (UAX #9 rule P2 skips isolated text) and a bidi-aware terminal lays the line out right to
  left.
- :func:`isolate` wraps any text in FIRST STRONG ISOLATE (U+2068) ... PDI, for a value whose
  direction is not known in advance.
- :func:`isolate_text` does it for every line of a text; :func:`strip_isolates` undoes it.

English, Chinese and Malay text is never passed through here: it gets no control characters.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = [
    "FSI",
    "LRI",
    "PDI",
    "RLI",
    "RLM",
    "isolate",
    "isolate_line",
    "isolate_text",
    "ltr_runs",
    "strip_isolates",
]

#: LEFT-TO-RIGHT ISOLATE.
LRI = "\u2066"
#: RIGHT-TO-LEFT ISOLATE.
RLI = "\u2067"
#: FIRST STRONG ISOLATE.
FSI = "\u2068"
#: POP DIRECTIONAL ISOLATE.
PDI = "\u2069"
#: RIGHT-TO-LEFT MARK.
RLM = "\u200f"

_ISOLATES = str.maketrans("", "", LRI + RLI + FSI + PDI)
_LATIN_DIGITS = frozenset("0123456789")
#: Characters inside a number between two digits: ``250,000``, ``1388/03/05``, ``2009-05-26``, ``2.5``.
_NUMBER_INNER = frozenset(",./:-\u066b\u066c")
_CLOSING = {")": "(", "]": "[", "}": "{", "\u00bb": "\u00ab", "\u201d": "\u201c", "'": "'", '"': '"'}
_OPENING = frozenset("([{\u00ab\u201c")


def _strong(char: str) -> str:
    """``"L"`` (left to right or a Latin digit), ``"R"`` (right to left) or ``""`` (neither)."""
    if char in _LATIN_DIGITS:
        return "L"
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    return ""


def _number_end(text: str, start: int) -> int:
    """The end of the Latin-digit number starting at ``start``."""
    end, size = start, len(text)
    while end < size:
        char = text[end]
        if char in _LATIN_DIGITS:
            end += 1
        elif char in _NUMBER_INNER and end + 1 < size and text[end + 1] in _LATIN_DIGITS:
            end += 1
        else:
            break
    # A proper fraction after the whole part: "13,333,333 1/3".
    if end + 1 < size and text[end] in " \u00a0" and text[end + 1] in _LATIN_DIGITS:
        probe = end + 1
        while probe < size and text[probe] in _LATIN_DIGITS:
            probe += 1
        if probe + 1 < size and text[probe] == "/" and text[probe + 1] in _LATIN_DIGITS:
            probe += 1
            while probe < size and text[probe] in _LATIN_DIGITS:
                probe += 1
            end = probe
    return end


def _letters_end(text: str, start: int) -> int:
    """The end of the left-to-right run of letters starting at ``start``."""
    last = start
    index, size = start, len(text)
    while index < size:
        kind = _strong(text[index])
        if kind == "R" or text[index] == "\n":
            break
        if text[index].isspace() and not any(c.isspace() for c in text[start:index]):
            # One token, then a parenthesis: "بند a (ir.ipc.731.a)" is a letter and an id, two runs.
            after = text[index:].lstrip()
            if after[:1] in _OPENING:
                break
        if kind == "L":
            last = index
        index += 1
    end = last + 1
    # Closing brackets and quotes whose opener is inside the run belong to it.
    while end < size and text[end] in _CLOSING:
        closing = text[end]
        opener = _CLOSING[closing]
        inside = text[start:end]
        if opener == closing:
            balanced = inside.count(closing) % 2 == 1
        else:
            balanced = inside.count(opener) > inside.count(closing)
        if not balanced:
            break
        end += 1
    # An opening bracket the run does not close stays outside, in the right-to-left text, where
    # it pairs with its closing bracket: "(VERIFIED؛ منابع: SEED)".
    openers: list[int] = []
    for index in range(start, end):
        char = text[index]
        if char in _OPENING:
            openers.append(index)
        elif char in _CLOSING and char not in _OPENING and openers:
            openers.pop()
    if openers:
        end = openers[0]
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
    return end


def ltr_runs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the left-to-right runs of ``text`` (see the module docstring)."""
    runs: list[tuple[int, int]] = []
    index, size = 0, len(text)
    while index < size:
        char = text[index]
        if char in _LATIN_DIGITS:
            end = _number_end(text, index)
            if end < size and _strong(text[end]) == "L" and text[end] not in _LATIN_DIGITS:
                end = _letters_end(text, index)  # "3rd", "57752H": digits joined to letters
            runs.append((index, end))
            index = end
        elif _strong(char) == "L":
            end = _letters_end(text, index)
            runs.append((index, end))
            index = end
        else:
            index += 1
    return runs


@lru_cache(maxsize=4096)
def isolate_line(line: str) -> str:
    """``line`` of right-to-left text with its left-to-right runs isolated (LRI ... PDI).

    The line starts with a RIGHT-TO-LEFT MARK when no right-to-left letter stands outside the
    isolates, so that its first strong direction is right to left.
    """
    parts: list[str] = []
    done = 0
    for start, end in ltr_runs(line):
        parts.append(line[done:start])
        parts.append(LRI + line[start:end] + PDI)
        done = end
    parts.append(line[done:])
    outside = "".join(parts[0::2])
    first = next((kind for kind in map(_strong, outside) if kind), "")
    text = "".join(parts)
    if first != "R" and line.strip():
        text = RLM + text
    return text


def isolate_text(text: str) -> str:
    """Every line of ``text`` through :func:`isolate_line`."""
    return "\n".join(isolate_line(line) for line in text.split("\n"))


def isolate(text: str) -> str:
    """``text`` in FIRST STRONG ISOLATE ... PDI: one unit whose direction its first letter sets."""
    return FSI + text + PDI


def strip_isolates(text: str) -> str:
    """``text`` without the isolates that this module adds, nor the mark it puts at a line's start.

    A RIGHT-TO-LEFT MARK elsewhere is kept: CLDR's own patterns use it (Persian lists).
    """
    lines = text.translate(_ISOLATES).split("\n")
    return "\n".join(line[1:] if line.startswith(RLM) else line for line in lines)
