"""Whether a highlight is a work result: something done with an outcome or a count ('cut no-shows from 14% to
6%', 'validated 60 models'), never a year alone ('backpacked South America 2022', 'photo course, 2023').

Only a work result is offered as what the candidate brings ("the kind of work I would bring"); travel or
a hobby dated by its year is no result a hiring manager can weigh, and a year counts nothing.
"""

from __future__ import annotations

import re

from afterview.writer.measure import NUMBER, split_result
from afterview.writer.shorthand import prose

_FRACTION = re.compile(
    r"\b(?:by (?:about |nearly |over |almost )?(?:half|a third|a quarter|two thirds)|halved|doubled|tripled)\b"
)
_COUNTED = re.compile(NUMBER.pattern + r"(?![\d.,-])")
# a year ('2022', "'19", 'in 2019') or a decade ('the 1990s'): when, not how much
_YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:s)?$")


def counts(text: str) -> bool:
    """A number in `text` that counts something, a fraction ('by a third', 'halved'); years are left aside."""
    if _FRACTION.search(text):
        return True
    return any(not _YEAR.match(found.group().strip(" ~")) for found in _COUNTED.finditer(text))


def work_result(item: str) -> bool:
    """A deed with its outcome ('…, with drive days cut by a third') or with a count ('shipped 40 releases')."""
    return bool(split_result(item)) or counts(prose(item))
