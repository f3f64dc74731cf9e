"""Where a highlight's "there" is: the place the highlight before it names.

Notes list highlights as a person jots them: 'head roaster at a 3-shop roastery in Curitiba, 5 yrs', then
'set up roast profiling in Cropster there; …'. Said on its own, that "there" points at nothing; the note
says the place instead ('… in Cropster at the 3-shop roastery in Curitiba').
"""

from __future__ import annotations

import re

# 'there' standing for a place: at the end of the item or before a comma or semicolon ('… there; colour …'),
# never 'there is …'
_THERE = re.compile(r"\s+there\b(?=\s*(?:[;,.]|$))", re.I)
# the place a highlight names: 'at a 3-shop roastery in Curitiba' (up to a comma, a semicolon or a bracket)
_AT = re.compile(r"\bat (?:(?:a|an|the) )?(?P<place>[^,;()]+)")


def place_of(item: str) -> str | None:
    """'head roaster at a 3-shop roastery in Curitiba, 5 yrs' → 'at the 3-shop roastery in Curitiba'."""
    found = _AT.search(item)
    if not found:
        return None
    place = found.group("place").strip()
    named = place[:1].isupper()  # 'at Riverside Clinic': a name takes no article
    return "at " + place if named else "at the " + place


def placed(item: str, highlights: list[str]) -> str:
    """The highlight with its "there" said as the place the nearest highlight before it names; as it is
    when it has no "there" or no earlier highlight names a place."""
    if not _THERE.search(item) or item not in highlights:
        return item
    for earlier in reversed(highlights[: highlights.index(item)]):
        place = place_of(earlier)
        if place:
            return _THERE.sub(" " + place, item, count=1)
    return item
