"""Whether a draft is written in a casual register: the company's culture is casual, or the draft, not opened with
"Dear ..." or a titled greeting, opens with a first-name greeting ("Hi Ana,", "Hey team"), signs off "Cheers," or
"Best,", or exclaims more than once. Faults of style a casual note carries without harm (a comma splice, a
stretched "sooo") are advice there, not warnings; warmth about the meeting ("Great chatting!") thanks there."""

from __future__ import annotations

import re

from afterview.draft import Draft
from afterview.guardrails.context import CheckContext
from afterview.guardrails.tone_phrases import FORMAL_GREETING
from afterview.vocabulary import Culture

_CASUAL_GREETING = re.compile(r"^\W*(?:hi+|hey+|hello+|hiya|heya|yo|morning|evening)\b", re.I)


# A sign-off line of a note between people on first names: "Cheers,", "Best,", "Talk soon!"
_CASUAL_SIGNOFF = re.compile(
    r"^[ \t]*(?:cheers|best|thanks|thx|ta|talk soon|speak soon|see you soon|all the best|take care)[ \t]*[,!.]?[ \t]*$",
    re.M | re.I,
)


def casual_register(draft: Draft, ctx: CheckContext) -> bool:
    if ctx.notes.company.culture is Culture.casual:
        return True
    first = draft.body.lstrip().split("\n", 1)[0]
    if FORMAL_GREETING.match(first.strip()):
        return False
    return bool(_CASUAL_GREETING.match(first) or _CASUAL_SIGNOFF.search(draft.body) or draft.body.count("!") >= 2)
