"""Their measure's change said whole ('cleanliness score dipped 9.1 -> 8.6' → 'the cleanliness score dipped from 9.1
to 8.6', never cut at the arrow), a measure with no verb given the one its direction says, a measure as a sentence's
subject, and an item that reports the reader's own words (which no frame of their words holds): for tie_pair.py."""

from __future__ import annotations

import re

from afterview.writer import adapt
from afterview.writer.gate import has_verb, reads_well
from afterview.writer.metric_deed import metric_name
from afterview.writer.np_article import MASS_MEASURES as _MASS_MEASURES
from afterview.writer.np_article import abstract
from afterview.writer.result_clause import ARROW
from afterview.writer.shapes import lower_first
from afterview.writer.shorthand import prose


def _subject(np: str) -> str:
    """Their measure as a sentence's subject: 'food cost', 'your scrap rate', 'the Monterrey plant'."""
    owned = adapt.perspective(lower_first(np), to_owner=True)
    if owned.split()[0].lower() in ("your", "the", "a", "an", "our", "their", "my"):
        return owned
    last = owned.split()[-1]
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    bare = plural or last.lower() in _MASS_MEASURES or last.isupper() or abstract(last.lower())
    return owned if bare else f"the {owned}"


# an arrow between two values of one measure ('score dipped 9.1 -> 8.6', 'OTD 92% → 81%'): a change, said whole
_VALUE_ARROW = re.compile(r"\d[\d.,]*\s?%?\s*(?:->|→|=>)\s*[~$£€]?\d")


# an item that reports the reader's own words ('he asked how long …', 'she said the pilot slipped'), which a frame
# of their words cannot hold: 'You mentioned that you asked …'
_THEIR_WORDS = re.compile(
    r"^(?:you|he|she|they) (?:asked|wondered|wanted to know|said|mentioned|told|noted|explained|described)\b", re.I
)


def _before_their_arrow(item: str) -> str:
    """The part of their item before an arrow that leads to what follows from it ('dealers churn -> we lose the
    region' → 'dealers churn'); a change between two values keeps both ('dipped 9.1 -> 8.6', never 'dipped 9.1')."""
    text = re.sub(r"\s*\([^)]*\)", "", item).strip()
    if _VALUE_ARROW.search(text) and len(ARROW.split(text)) == 2:
        return text.strip(" .;")
    return ARROW.split(item.strip(), maxsplit=1)[0].strip(" .;")


# a measure of theirs and its change with no verb jotted ('on-time delivery 92% -> 81% since the move', 'delinquency
# up 0.4% -> 1.1% this year'): the verb the direction gives
_VERBLESS_CHANGE = re.compile(
    r"^(?P<np>[A-Za-z][\w' +/-]*?)(?: (?P<dir>up|down))? (?P<x>[~$£€]?\d[\d.,]*(?:\s?%)?)\s*(?:->|→|=>)\s*"
    r"(?P<y>[~$£€]?\d[\d.,]*(?:\s?%)?)(?P<rest>(?: [a-z][^,;]*)?)$"
)


def _changed(part: str) -> str | None:
    """'on-time delivery 92% -> 81% since the move' → 'on-time delivery went from 92% to 81% since the move' (a
    measure with no verb of its own; 'up' and 'down' say which way it went); None for any other shape."""
    found = _VERBLESS_CHANGE.match(part)
    if not found or has_verb(found["np"]) or not metric_name(found["np"]):
        return None
    verb = {"up": "went up", "down": "went down"}.get(found["dir"] or "", "went")
    rest = " " + prose(found["rest"].strip()) if found["rest"] else ""
    clause = f"{_subject(prose(found['np']))} {verb} from {found['x']} to {found['y']}{rest}"
    return clause if reads_well(clause, "clause") else None
