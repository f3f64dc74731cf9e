"""A time jotted straight after the deed it dates ('new training centre in Harrogate opening spring 2027', 'launched
thin line Oct 2026') is said with its preposition in a letter: 'opening in spring 2027', '… in October 2026'
(writer_blind54's judges: the news "pasted straight from the notes"). A month clipped in the notes is written out.
Only a season, a month or a quarter with its year, right after a word of the clause that takes no time itself:
after a preposition ('by spring 2027'), a determiner ('the spring 2027 intake') or a comma it stays as it is.
"""

from __future__ import annotations

import re

_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
    "aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip
_WHEN = re.compile(
    r"(?<=[a-z] )(?P<when>(?:(?:early|late|mid) )?(?:spring|summer|autumn|fall|winter|"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|Q[1-4]) (?:19|20)\d\d)"
    r"(?=[.,;:!?)]|$| and\b)"
)
_TAKES_TIME = frozenset(
    "in by from until till since before after during for to of the a an this that next last each every early late "
    "mid around about circa through throughout into within over as".split()
)


def dated(sentence: str) -> str:
    """`sentence` with a time jotted after its deed said with 'in' (module doc)."""

    def one(found: re.Match[str]) -> str:
        before = sentence[: found.start()].split()
        if not before or before[-1].lower() in _TAKES_TIME:
            return found[0]
        when = found["when"]
        if found["month"]:
            clipped = found["month"].lower()
            when = re.sub(r"^[A-Za-z]+\.?", _MONTHS.get(clipped, found["month"]), when) if clipped in _MONTHS else when
        return "in " + when

    return _WHEN.sub(one, sentence)
