"""Where a highlight's "there" is: the place the highlight before it names.

Notes list highlights as a person jots them: 'head roaster at a 3-shop roastery in Curitiba, 5 yrs', then
'set up roast profiling in Cropster there; …'. Said on its own, that "there" points at nothing; the note
says the place instead ('… in Cropster at the 3-shop roastery in Curitiba').
"""

from __future__ import annotations

import re

from afterview.writer.employer_their import said_as_theirs

# 'there' standing for a place: at the end of the item or before a comma or semicolon ('… there; colour …'),
# never 'there is …'
_THERE = re.compile(r"\s+there\b(?=\s*(?:[;,.]|$))", re.I)
# the place a highlight names: 'at a 3-shop roastery in Curitiba' (up to a comma, a semicolon or a bracket)
_AT = re.compile(r"\bat (?:(?P<article>a|an|the) )?(?P<place>[^,;()]+)")


def place_of(item: str) -> str | None:
    """'head roaster at a 3-shop roastery in Curitiba, 5 yrs' → 'at the 3-shop roastery in Curitiba'; 'chef at a
    London hotel pastry kitchen' → 'at the London hotel pastry kitchen'; 'nurse at Riverside Clinic' → 'at Riverside
    Clinic'."""
    found = _AT.search(item)
    if not found:
        return None
    place = found.group("place").strip()
    # 'at Riverside Clinic': a name takes no article; 'at a London hotel pastry kitchen' is a kitchen in London,
    # no name for all its capital: the article the notes gave it says so ("at London hotel pastry kitchen" drops it)
    named = place[:1].isupper() and not found.group("article")
    return "at " + place if named else "at the " + place


# 'moved that clinic from paper cards to SMS': a thing the highlight before named ('a 6-chair physio clinic')
_THAT = re.compile(r"\bthat (?P<noun>[a-z]{3,})\b")


def named_before(noun: str, earlier: str) -> str | None:
    """'the 6-chair physio clinic in Hamilton' for 'clinic' in 'ran the books for a 6-chair physio clinic in
    Hamilton, 4 yrs': the thing as the earlier highlight names it, with "the"; None when it names no such thing."""
    found = re.search(
        rf"\b(?:a|an|the) (?P<what>(?:[\w-]+ ){{0,3}}{re.escape(noun)}(?: (?:in|at) [A-Z][\w-]*(?: [A-Z][\w-]*)*)?)\b",
        earlier,
    )
    return "the " + found.group("what") if found else None


def placed(item: str, highlights: list[str]) -> str:
    """The highlight with its "there" said as the place the nearest highlight before it names, and its "that
    clinic" as the clinic it names; as it is when it points at nothing or nothing earlier names it."""
    if item not in highlights:
        return item
    earlier_ones = list(reversed(highlights[: highlights.index(item)]))
    # 'rolled out their SCADA alarm review': 'their' is a past employer's, never the reader's; said as the employer's
    # where an earlier highlight names it, else as 'the' (employer_their.py)
    item = said_as_theirs(item, earlier_ones)
    if _THERE.search(item):
        for earlier in earlier_ones:
            place = place_of(earlier)
            if place:
                return _THERE.sub(" " + place, item, count=1)
    that = _THAT.search(item)
    if that:
        for earlier in earlier_ones:
            named = named_before(that.group("noun"), earlier)
            if named:
                return item[: that.start()] + named + item[that.end() :]
    return item
