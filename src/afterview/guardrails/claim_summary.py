"""A career summed up in the role's own field: "my background in leading manufacturing operations" from a candidate
for a VP Operations role whose highlights say they ran three plants. The summary names no specific work: its words
are the role's title and at most one word of field, none taken from the interviewers' side of the notes, and the
candidate's own items show leadership of that kind ('ran', 'led', 'managed'). It is no unsupported claim; an
invented specific ("my experience migrating the billing ledger") still is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.guardrails.text import stems_match

# Leading people or a unit, as a nominal ('my background in leading ...') and as done in a highlight.
_LEADING = re.compile(r"^(?:leading|running|managing|heading|directing|overseeing)$", re.I)
_LED = re.compile(
    r"^\s*(?:ran|run|led|lead|managed|manage|headed|directed|oversaw|oversee)\b"
    r"|\b(?:led|ran|managed|headed) (?:a |the )?(?:\d[\d,]* |teams?|staff|plants?|sites?|units?|crews?)",
    re.I,
)


def summarises_field(
    nominal: str | None,
    wanted: Sequence[str],
    title: Sequence[Sequence[str]],
    borrowed: Sequence[str],
    own_texts: Sequence[str],
) -> bool:
    """Whether a nominal claim ('my background in leading X') sums up the role's field from the candidate's own
    leadership, rather than claiming specific work."""
    if not nominal or not _LEADING.match(nominal) or borrowed:
        return False
    field = [w for w in wanted if not any(stems_match(w, s) for item in title for s in item)]
    if len(field) > 1 or len(field) == len(wanted):
        return False  # more than one word of its own, or none of the title's: a specific claim
    return any(_LED.search(t) for t in own_texts)
