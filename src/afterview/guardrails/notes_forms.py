"""How notes write short what a letter writes in full: a careful draft says "New Zealand" where the notes
jot "NZ", "nine hours" for "9 hours", "40,000" for "40k", "Highway 11" for "Hwy 11" and "catastrophe model"
for "cat model". The checks that compare a draft with the notes (facts, claims) read both forms as one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from afterview.shorthand_words import CLIPPED_UNITS, CLIPPED_WORDS

# Clipped words of notes and the word they stand for (the full word's start, so plurals and endings match):
# the writer's table (one-word, alphabetic entries), then the checks' own, which win where both have one
# ("approx": a careful draft says "approximately" where the writer says "about").
CLIPPINGS: dict[str, str] = {
    **{
        clipped: full
        for clipped, full in (CLIPPED_UNITS | CLIPPED_WORDS).items()
        if clipped.isalpha() and full.isalpha()
    },
    "cat": "catastroph",
    "sat": "satellite",
    "sats": "satellites",
    "hwy": "highway",
    "rd": "road",
    "st": "street",
    "ave": "avenue",
    "mt": "mount",
    "univ": "university",
    "uni": "university",  # "Umeå uni": the writer says "Umeå University"
    "dept": "department",
    "govt": "government",
    "gov": "government",
    "mgmt": "management",
    "mgr": "manager",
    "eng": "engineering",
    "dev": "development",
    "ops": "operations",
    "admin": "administration",
    "infra": "infrastructure",
    "intl": "international",
    "natl": "national",
    "info": "information",
    "perf": "performance",
    "prod": "production",
    "docs": "documentation",
    "reqs": "requirements",
    "biz": "business",
    "mkt": "market",
    "avg": "average",
    "approx": "approximately",
    "yrs": "years",
    "yr": "year",
    "wks": "weeks",
    "wk": "week",
    "hrs": "hours",
    "hr": "hour",
    "mins": "minutes",
    "min": "minutes",
    "mos": "months",
    "ppl": "people",
    "mtg": "meeting",
    "stats": "statistics",
    "temp": "temporary",
    "tech": "technology",
}
_CLIPPED = re.compile(r"\b(" + "|".join(sorted(CLIPPINGS, key=len, reverse=True)) + r")\b\.?", re.I)
# "40k", "$1.2M", "3bn": a figure with a multiplier letter
_MULTIPLIED = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(k|m|mm|bn|b)\b", re.I)


@lru_cache(maxsize=4096)
def in_full(text: str) -> str:
    """Notes text with its clipped words written out ("cat model" -> "catastroph model"); cached: every draft of
    the same notes asks for the same items."""
    return _CLIPPED.sub(lambda m: CLIPPINGS[m.group(1).lower()], text)


def clipped_forms(word: str) -> list[str]:
    """The clippings that stand for `word` ("highway" -> ["hwy"], "satellites" -> ["sat", "sats"])."""
    low = word.lower()
    return [c for c, full in CLIPPINGS.items() if low.startswith(full) or (len(low) >= 4 and full.startswith(low))]


def multiplied_numbers(text: str) -> set[str]:
    """The digits a letter uses for "40k" ("40000", and "000" as "40,000" splits), "1.2M", "3bn"."""
    out: set[str] = set()
    for m in _MULTIPLIED.finditer(text):
        factor = {"k": 1000, "m": 1000000, "mm": 1000000, "b": 1000000000, "bn": 1000000000}[m.group(2).lower()]
        value = float(m.group(1)) * factor
        if value.is_integer():
            out.add(str(int(value)))
            out.add("000")
    return out


def hyphen_short_form(word: str, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether a hyphenated word is the short form of two words the notes write side by side: "K-drama" for
    "Korean drama", "e-invoicing" for "electronic invoicing", "Sci-fi shows" for "science fiction" (each part begins
    its notes word; the plural of the last counts)."""
    parts = [p for p in word.lower().split("-") if p]
    if len(parts) != 2:
        return False
    first, last = parts
    last = last[:-1] if last.endswith("s") and len(last) > 3 else last
    return any(
        a.startswith(first) and a != first and (b.startswith(last) and len(b) - len(last) <= 2) for a, b in pairs
    )


def initials(words: Sequence[str]) -> str:
    """The initials of a run of capitalised words ("New Zealand" -> "NZ")."""
    return "".join(w[0] for w in words if w[:1].isupper())
