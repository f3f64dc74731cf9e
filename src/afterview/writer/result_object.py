"""What a highlight's result counts: the thing its numbers changed, not the deed that changed it.

'set up WhatsApp vaccine reminders, no-shows 19% -> 11%' counts no-shows; 'cut crane fault call-outs ~30/mo -> ~18
after setting up a weekly insulation test round' counts crane fault call-outs; 'cutting the test backlog from 900 to
120 lots' counts the test backlog (and lots). A highlight relates to a problem of theirs through this thing
(relate.result_misses): a word its deed shares ('vaccine reminders' ↔ 'vaccine stock runs out') is no relation.
"""

from __future__ import annotations

import re

_NUM = r"(?<![\w.])[~≈]?[$£€₡]?\d[\d.,]*\s*(?:%|k\b|m\b|bn\b)?(?:/\w+)?"
_ARROW = r"(?:->|→|=>|>)"
# a change: 'N -> N', 'from N to N', 'cut X N%', 'X halved'
_ARROW_CHANGE = re.compile(rf"{_NUM}\s*{_ARROW}\s*{_NUM}")
_FROM_TO = re.compile(rf"\bfrom\s+{_NUM}\s+to\s+{_NUM}", re.I)
_CHANGE_VERB = re.compile(
    r"\b(?:cut|cutting|reduced|reducing|lowered|lowering|raised|raising|increased|increasing|grew|growing|"
    r"halved|halving|doubled|doubling|tripled|dropped|trimmed|boosted|lifted|shrank|slashed)\b",
    re.I,
)
# where a segment ends: what follows is how or why it changed, not what changed
_BREAK = re.compile(
    r"[,;()]|\s[-–—]\s|\s(?:after|with|when|via|through|using|thanks to|because)\s|\sby\s(?![~≈$£€₡]?\d)", re.I
)
_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_NOT_THING = frozenset(
    "the a an my our their your its of in on at for to from by per week month day year and or about around "
    "roughly approx "
    "cut cutting reduced reducing lowered lowering raised raising increased increasing grew growing halved halving "
    "doubled doubling tripled dropped trimmed boosted lifted shrank slashed went go down up".split()
)


def _segments(text: str) -> list[str]:
    return [s for s in _BREAK.split(text) if s and s.strip()]


def _thing(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in _NOT_THING]


def measured_thing(highlight: str) -> str | None:
    """The words naming what a highlight's result changed ('no-shows', 'crane fault call-outs', 'test backlog
    lots'); None when the highlight gives no change in numbers."""
    found: list[str] = []
    for segment in _segments(highlight):
        change = _ARROW_CHANGE.search(segment) or _FROM_TO.search(segment)
        verb = _CHANGE_VERB.search(segment)
        if change:
            before = re.split(_ARROW, segment[: change.start()])[-1]
            after = _WORDS.findall(segment[change.end() :])[:2]
            found += _thing(_WORDS.findall(before)) + _thing(after)
        elif verb and re.search(_NUM, segment[verb.end() :]):
            number = re.search(_NUM, segment[verb.end() :])
            assert number is not None
            found += _thing(_WORDS.findall(segment[verb.end() : verb.end() + number.start()]))
    return " ".join(found) if found else None


_DEED = re.compile(
    r"^(?:I\s+)?(?P<verb>[a-z]+(?:\s+(?:up|out|in))?)\s+(?P<object>[^,;()]+?)(?:\s+(?:from|to|at|for|with|in|on|by|into|across|after)\b|[,;(]|$)"
)


def deed_object(highlight: str) -> str | None:
    """What the deed acted on: 'moved Ofori Juices planning from Excel to SAP' → 'Ofori Juices planning'; None
    for a highlight that opens with no verb of its own."""
    from afterview.writer.lemma import lemmas

    found = _DEED.match(highlight.strip())
    if not found or "VERB" not in lemmas(found.group("verb").split()[0]):
        return None
    return found.group("object")
