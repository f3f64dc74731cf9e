"""An arrow jotted between two values ('9 -> 15', 'weekly -> daily,') said as a move: 'from 9 to 15'. Read by
writer/shorthand.py's table of jotted signs."""

from __future__ import annotations

import re


def arrow_change(m: re.Match[str]) -> str:
    """'9 -> 15', 'weekly -> daily,' → 'from 9 to 15', 'from weekly to daily,': an arrow between two values.
    An arrow that leads on to a clause ('last year -> onboarding keeps restarting', 'food drives -> can we turn
    them into sponsorships') means 'so' or 'then', not a change: it stays, and the item is not said as written."""
    before, after = m.group(1), m.group(2)
    rest = m.group("after")
    numbers = before.lstrip("$£€~≈")[:1].isdigit() and after.lstrip("$£€~≈")[:1].isdigit()
    ends = not rest.strip() or rest[:1] in ",;.)" or after[-1:] in ",;.)"
    if not numbers and _ENDS_NOUN_PHRASE.search(m.string, 0, m.start()):
        # 'boats in the hazard area -> scrubs': the word before the arrow ends a phrase an article opened, so the
        # arrow leads from the whole phrase to what follows ('so'), not from one value to another
        return m.group(0)
    return f"from {before} to {after}" if numbers or ends else m.group(0)


# an article or possessive, then up to three lower-case words, up to the word before an arrow
_ENDS_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|their|our|my|your|his|her|its)\s+(?:[a-z][\w-]*\s+){0,3}$")
