"""A header that says the lines under it (or the rest of its own line) are the team's problems: 'their probs:',
'problems:', 'pain points', 'issues they have', 'what's broken:', 'probs: phones ringing off the hook'.

`problem_header` reads one line; `under_problem_headers` finds, in a paste, the lines a bare header heads (up to a
blank line, or a line with a label of its own). Read by the paste reader (paste.py) and its `Label: item` tag
reader (paste_said.problem).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WHOSE = (
    r"(?:(?:their|the|team'?s?|teams|a|one|some|main|big|biggest|key|real|major|top|current|known|open|few)\s+){0,3}"
)
_WORD = (
    r"(?:probs?|problems?|issues?|pain(?:\s*points?)?|pains|headaches?|challenges?|struggles?|blockers?|bottlenecks?|"
    r"concerns?|gripes?|worries|frustrations?|what'?s\s+(?:broken|hard|not working)|what\s+(?:is\s+)?(?:broken|hard)|"
    r"needs|what\s+(?:they|the team|she|he)\s+(?:needs?|(?:is|are)\s+missing|(?:is|are)\s+short on)|"
    r"things\s+(?:that\s+are\s+)?(?:broken|hard|not working)|"
    r"(?:stuff|things|what)\s+(?:they|the team|she|he)\s+(?:struggles?|struggling|strugg?le|has trouble|have trouble)"
    r"(?:\s+with)?)"
)
_OF_THEIRS = (
    r"(?:\s+(?:they(?:'re|\s+are)?\s+(?:have|has|had|face|facing|mentioned|described|raised)|they\s+have|"
    r"of theirs|on (?:the|their) team|at (?:the|their) \w+|(?:right\s+)?now|atm|rn|currently|mentioned|they\s+said))?"
)
# a bare header: the words and nothing else ('their probs:', 'pain points', 'issues they have -')
_BARE = re.compile(rf"^\s*(?:[-*•]\s*)?{_WHOSE}{_WORD}{_OF_THEIRS}\s*[:\-–—]?\s*$", re.I)
# a header with its problems on the same line, after a colon or a dash ('probs: front desk overwhelmed, …')
_INLINE = re.compile(rf"^\s*(?:[-*•]\s*)?{_WHOSE}{_WORD}{_OF_THEIRS}\s*(?::|\s[-–—]\s|->)\s*(?P<item>\S.*)$", re.I)


def problem_header(line: str) -> str | None:
    """'' for a bare header, what follows it for a header with items of its own, None for any other line."""
    if _BARE.match(line):
        return ""
    found = _INLINE.match(line)
    return found.group("item").strip(" .") if found else None


_LABELLED = re.compile(r"^\s*(?:[-*•]\s*)?[A-Za-z][\w '’]{0,24}:\s")
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+")


def _depth(row: str) -> int:
    """How far in a line is indented (a bullet of its own counts as the indent it starts at)."""
    return len(row) - len(row.lstrip())


def under_problem_headers(text: str, names: Sequence[str] = ()) -> tuple[set[int], set[int]]:
    """(the bare headers' line numbers, the numbers of the lines they head), 1-based as `lines_of` counts them: the
    lines after a bare header up to a blank line, a line with a label of its own, a line less indented, or one that
    names someone in `names`; when the first line under it is a bullet, the run of bullets."""
    headers: set[int] = set()
    under: set[int] = set()
    rows = text.splitlines()
    for i, row in enumerate(rows):
        if problem_header(row) != "":
            continue
        headers.add(i + 1)
        bulleted = None
        depth = _depth(row)
        for j in range(i + 1, len(rows)):
            nxt = rows[j]
            labelled = _LABELLED.match(nxt) and not _led_by_a_name(nxt, names)  # 'Lena: …' is a problem of hers
            if not nxt.strip() or (labelled and problem_header(nxt) is None) or problem_header(nxt) == "":
                break
            if _depth(nxt) < depth or any(re.search(rf"\b{re.escape(n)}\b", nxt) for n in names if " " in n):
                break  # back out past the header's level, or a line naming someone: '- Tom Park, staff engineer'
            is_bullet = bool(_BULLET.match(nxt))
            if bulleted is None:
                bulleted = is_bullet
            elif bulleted and not is_bullet:  # the bullets under it have ended: a line of its own
                break
            under.add(j + 1)
    return headers, under


def _led_by_a_name(row: str, names: Sequence[str]) -> bool:
    """'- Lena: mktg + dev dont talk': the label is the first name of someone met, not a header of its own."""
    found = _LABELLED.match(row)
    label = found.group(0).strip(" -*•:").casefold() if found else ""
    return any(label in (n.casefold(), n.split()[0].casefold()) for n in names if n)
