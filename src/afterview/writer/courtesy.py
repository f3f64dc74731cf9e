"""The courtesy line of a status check, about the reader's own work in hand where the notes give some.

"I hope you are having a good week." fits any reader; a careful candidate writes "I hope the work on the winter
refit is going well": the piece of work the reader talked about at the interview that is still under way a week
later (a refit, a launch, an audit, a rollout). Said as "the work on …", it reads true whether the work is on now or
being prepared for. Only a topic of the reader's own whose head is such a piece of work, said as a short noun phrase
of two or three words (no question, nothing of the candidate's; 'the launch' alone could be anything's); else None
and the stock line stands.
"""

from __future__ import annotations

import re

from afterview.draft import DraftRequest
from afterview.vocabulary import Kind
from afterview.writer.adapt import usable_items
from afterview.writer.shapes import PREPOSITIONS

# Pieces of work with a start and an end that a team has in hand for weeks.
_WORK_IN_HAND = set(
    "refit launch harvest renovation migration rollout roll-out opening build rebuild redesign refurbishment refurb "
    "restoration audit festival tour exhibition campaign appeal expansion fit-out installation upgrade changeover "
    "trial pilot intake production tournament regatta relaunch conversion retrofit overhaul".split()
)
_WORD = re.compile(r"^[A-Za-z][\w'’-]*$")


def work_in_hand(request: DraftRequest) -> str | None:
    """'winter refit of 22 hire boats' → 'the winter refit'; None when no topic of the reader's is such work."""
    if request.planned.kind is not Kind.status_check:
        return None
    for item in usable_items(request.planned.to.topics):
        if "?" in item or re.search(r"\b(?:I|me|my|q)\b", item):
            continue
        words: list[str] = []
        for word in item.split():
            if word.lower() in PREPOSITIONS or not _WORD.match(word):
                break
            words.append(word)
        if words and words[0].lower() in ("a", "an", "the", "their", "our", "your"):
            words = words[1:]
        # a head alone ('the launch', 'the opening') could be anything's: the work is named by what it is of
        if 2 <= len(words) <= 3 and words[-1].lower() in _WORK_IN_HAND:
            return "the " + " ".join(words)
    return None
