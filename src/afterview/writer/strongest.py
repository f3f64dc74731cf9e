"""The candidate's strongest highlight: what a hiring manager hears when nothing they raised relates.

A thank-you to the person who decides says what the candidate brings, with its number; with nothing of
theirs to tie it to, the highlight that counts a result ('no-shows from 14% to 6%') is said on its own
rather than a sentence that could go to anyone.
"""

from __future__ import annotations

import re

from afterview.writer.measure import kinds, split_result
from afterview.writer.shorthand import prose
from afterview.writer.work_result import counts

# a number that counts something ('validated 60 models', 'cut costs by 35%'); a size that describes a
# place ('a 140-room hotel', 'a 3-shop roastery') counts nothing the candidate did, nor does a year
# ('backpacked South America 2022': a trip, not a result)
_FRACTION = re.compile(
    r"\b(?:by (?:about |nearly |over |almost )?(?:half|a third|a quarter|two thirds)|halved|doubled|tripled)\b"
)


def strongest(highlights: list[str], said: dict[str, bool]) -> str | None:
    """Of `highlights` that can be said (`said[h]`: its clause reads as written English), the one with a
    result that moved (a change, a cut), then one with a share or money, then any number; None when
    no highlight that can be said counts anything."""
    best: tuple[int, str] | None = None  # the rank and the first highlight of that rank
    for item in highlights:
        if not said.get(item):
            continue
        text, fraction = prose(item), _FRACTION.search(item)
        if not counts(text):
            continue
        rank = 2 if split_result(item) else 1 if kinds(text) or fraction else 0
        if best is None or rank > best[0]:
            best = (rank, item)
    return best[1] if best else None
