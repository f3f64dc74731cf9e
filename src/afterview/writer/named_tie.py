"""A highlight tied to the topic the note says by a name both hold.

The usual tie to a topic (context.py) needs two things in common, since one everyday word ('team', 'customers') makes
a tie that reads false. A name is different: a genus, a machine, a tool or a place written with a capital in both the
candidate's highlight and the reader's topic ('propagated Kowhai from seed' ↔ 'the Kowhai collection') is one thing
both are about. Said as a tie to that topic ("Having …, I would enjoy getting into that with you."), the topic carries
something of the candidate's instead of being named with nothing said, and a thin note reaches its length with what
the notes hold rather than an offer that fits anyone. The company, the role and the people are never the shared
name ('Acme' in both says nothing).
"""

from __future__ import annotations

import re
from typing import Any

from afterview.draft import DraftRequest
from afterview.vocabulary import Kind, Role

_NAME = re.compile(r"(?<![\w-])[A-Z][\w-]*[a-z][\w-]*")  # 'Nothofagus', 'Heidelberg', 'CAD-Pro' (not 'I', not 'CAD')
_TIES = ("tie_to", "one_tie", "measured", "question_answer", "challenge_answer")


def shared_names(mine: str, theirs: str, own: set[str]) -> set[str]:
    """Names (capitalised words, not at the start of a sentence) that both texts hold, less those in `own`."""

    def names(text: str) -> set[str]:
        body = text.strip()
        body = body[len(body.split()[0]) :] if body.split() else body  # the first word is capitalised anyway
        return {w for w in _NAME.findall(body) if w.lower() not in own}

    return names(mine) & names(theirs)


def with_named_tie(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """`context` with its stated value moved to a tie to the said topic when the two share a name (module doc)."""
    topic, past = context.get("topic"), context.get("value_past")
    if (
        not isinstance(topic, str)
        or not isinstance(past, str)
        or any(context.get(key) for key in _TIES)
        or context.get("value_result")  # a work result is offered as what the candidate brings, as it is
        or request.planned.to.role is Role.recruiter
        or request.planned.kind is not Kind.thank_you  # a status check ties its own way (writer/since_tie.py)
    ):
        return context
    notes = request.notes
    own = {
        w.lower()
        for text in (notes.company.name, notes.position, *(i.name for i in notes.interviewers), notes.candidate.name)
        for w in re.findall(r"[\w-]+", text)
    }
    if not shared_names(past, topic, own):
        return context
    return {
        **context,
        "tie_to": "topic",
        "tie_past": past,
        "tie_having": context.get("value_having"),
        "tie_noun": context.get("value_noun"),
        "tie_strong": False,
        "value_past": None,
        "value_having": None,
        "value_noun": None,
    }
