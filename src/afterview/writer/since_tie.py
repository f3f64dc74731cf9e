"""What the candidate has done since the interview, tied to what this reader raised.

A status check tells the candidate's news since the interview ('I have finished a course on vinegar syndrome'). Said
with "which I hope will be useful in the role", its best point is lost; said with the conversation it bears on ('…,
which felt especially relevant after our conversation about vinegar syndrome in the acetate collection'), the reader
sees why they are told. The tie holds when the two share two content words (relate.shares_stems), and the reader's
item is said as the context already says it (their problem first, then their topics); nothing jotted.
"""

from __future__ import annotations

from typing import Any

from afterview.draft import DraftRequest
from afterview.vocabulary import Kind
from afterview.writer.adapt import usable_items
from afterview.writer.jotted import is_jotted
from afterview.writer.relate import shares_stems
from afterview.writer.shorthand import prose


def since_about(context: dict[str, Any], request: DraftRequest) -> str | None:
    """The reader's problem or topic, as the context says it, that the candidate's news since the interview bears
    on; None in any other message, or when nothing of theirs relates."""
    if request.planned.kind is not Kind.status_check:
        return None
    news = [prose(item) for item in usable_items(request.notes.candidate.since_interview)]
    for key in ("challenge", "topic", "topic2"):
        said = context.get(key)
        if isinstance(said, str) and not is_jotted(said) and any(shares_stems(n, said) for n in news):
            return said
    return None
