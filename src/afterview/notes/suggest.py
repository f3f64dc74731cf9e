"""'Did you mean …?' for mistyped keys, names and timezones."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, options: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The option most like `word` (case-insensitive), or None when nothing is close."""
    by_lower = {o.lower(): o for o in options}
    hits = difflib.get_close_matches(word.lower(), list(by_lower), n=1, cutoff=cutoff)
    return by_lower[hits[0]] if hits else None


def did_you_mean(word: object, options: Iterable[str], otherwise: str = "", cutoff: float = 0.6) -> str:
    """ "; did you mean 'X'?" for the closest option, else `otherwise` (a hint such as " (known keys: …)")."""
    hint = closest(word, options, cutoff) if isinstance(word, str) else None
    return f"; did you mean '{hint}'?" if hint else otherwise
