"""The size of a change, however it is written. Notes jot a change as a pair ("followers 800 -> 2,300", "40k → 120k",
"from 12 days to 5", "twelve days down to five"); a letter may retell it as a factor ("tripled", "nearly doubled",
"halved", "cut by a third", "by two-thirds", "three times as many", "3x", "fourfold"). Both read as one ratio, larger
over smaller, so the claims checks compare sizes, not spellings."""

from __future__ import annotations

import re

from afterview.shorthand_words import NUMBER_WORDS

_MULTIPLIER = {"k": 1e3, "m": 1e6, "mm": 1e6, "bn": 1e9, "b": 1e9}
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A figure: "2,300", "7.5", "40k", "1.2m", or a number word
_FIGURE = rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s?(?:k|mm|m|bn|b)\b)?|(?:{_WORDS})\b)"
# A pair: "800 -> 2,300", "12 days -> 7 days", "9%→4%", "from 12 to 5", "twelve days down to five"
_PAIR = re.compile(
    rf"(?<![\w.,])(?P<a>{_FIGURE})\s*(?:%|(?:[a-z]{{1,8}}\.?\s*){{0,2}}?)\s*"
    rf"(?P<arrow>->|\u2192|=>|(?:down |up |back )?to\b)\s*[~\u2248]?\s*(?P<b>{_FIGURE})(?![\w.]?\d)",
    re.I,
)


def figure_value(text: str) -> float | None:
    """The value of one figure as _FIGURE writes it: '2,300' -> 2300.0, '40k' -> 40000.0, 'five' -> 5.0."""
    t = text.strip().lower()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s?(k|mm|m|bn|b)?", t)
    if m is None:
        return None
    value = float(m.group(1).replace(",", ""))
    return value * _MULTIPLIER[m.group(2)] if m.group(2) else value


def change_pairs(text: str) -> list[tuple[float, float]]:
    """Each change a notes item gives, as (before, after): 'followers 800 -> 2,300' is (800, 2300)."""
    out = []
    for m in _PAIR.finditer(text):
        spelled = any(not re.match(r"\d", m.group(g)) for g in ("a", "b"))
        # a number word takes part only where the pair is plainly a change: "from twelve days down to five"
        if spelled and not (m.group("arrow")[0] in "-=\u2192" or re.search(r"\bfrom\s+$", text[: m.start()], re.I)):
            continue
        a, b = figure_value(m.group("a")), figure_value(m.group("b"))
        if a is not None and b is not None:
            out.append((a, b))
    return out


def change_ratios(text: str) -> list[float]:
    """The size of each change a notes item gives, larger over smaller: 14% -> 6% is 2.33."""
    return [max(a, b) / min(a, b) for a, b in change_pairs(text) if a and b]


# A change's size said in words in a letter.
SIZE_WORDS = re.compile(
    r"\b(?P<w>halved|halving|halves|doubled|doubling|doubles|tripled|trebled|tripling|triples|quadrupled|quadrupling"
    r"|(?:two|three|four|five|ten|\d+)[- ]?fold"
    r"|by (?:a |one[- ])?half|by (?:a |one[- ])?third|by (?:a |one[- ])?quarter|by two[- ]thirds"
    # a decimal stays whole: "grew 2.1 times over" is 2.1, never "1 times over"
    # ... and "ran it 6 times as well" counts runs: 'as well' is 'also', no ratio
    r"|by three[- ]quarters|(?<![\d.])(?:two|three|four|five|\d+(?:\.\d+)?) times (?:as(?! well\b)|more|over|the)"
    r"|(?<![\d.])\d+(?:\.\d+)?x)\b",
    re.I,
)
_FOLD = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}


def size_factor(word: str) -> float:
    """The ratio a size word tells, larger over smaller: 'tripled' 3, 'by a third' 1.5, 'by two-thirds' 3."""
    w = word.lower()
    if "third" in w:
        return 3.0 if "two" in w else 1.5
    if "quarter" in w:
        return 4.0 if "three" in w else 4 / 3
    if "half" in w or "halv" in w or "doubl" in w:
        return 2.0
    if "tripl" in w or "trebl" in w:
        return 3.0
    if "quadrupl" in w:
        return 4.0
    m = re.match(r"(\d+(?:\.\d+)?)|(two|three|four|five|ten)", w)
    if m is None:
        return 2.0
    return float(m.group(1)) if m.group(1) else _FOLD[m.group(2)]


def size_fits(factor: float, ratios: list[float]) -> bool:
    """Whether a size said in words fits one of the notes' changes, as a careful writer rounds it ('nearly tripled'
    for 800 -> 2,300; 'halved' for 14% -> 6%)."""
    return any(0.8 * factor <= r <= 1.5 * factor for r in ratios)
