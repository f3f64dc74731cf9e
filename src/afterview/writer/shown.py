"""What a peer showed the candidate, said back on a card in their terms: 'showed me the compressor room + their gear
log' → 'I enjoyed seeing the compressor room and your gear log.' A colleague's card recalls what they took the time
to show (the judges' references do; a card that names only 'our conversation' says nothing). The item is jotted as
what they did ('showed me …', 'gave me a tour of …', 'took me through …'), which no "about …" frame holds ('for
telling me about showed me the …'), so it is said here in its own frame or not at all."""

from __future__ import annotations

import re
from typing import Any

from afterview.draft import DraftRequest
from afterview.vocabulary import Channel, Kind, Role
from afterview.writer.gate import problem, reads_well
from afterview.writer.perspective import perspective

# 'showed me X', 'gave me a tour of X', 'walked me round X': something seen; 'took me through X': something explained
_SEEN = re.compile(
    r"^(?:he |she |they )?(?:showed|shown|show|gave|walked|took)\s+me\s+(?:(?:a|the)\s+(?:quick\s+)?(?:tour|look)\s+"
    r"(?:of|at|round|around)\s+|round\s+|around\s+)?(?P<np>(?!through\b|how\b|what\b|why\b)[^,;()]+)$",
    re.I,
)
_THROUGH = re.compile(r"^(?:he |she |they )?(?:took|walked|talked)\s+me\s+through\s+(?P<np>[^,;()]+)$", re.I)
_HOW = re.compile(r"^(?:he |she |they )?showed\s+me\s+how\s+(?P<clause>[^,;()]+)$", re.I)
_JOIN = re.compile(r"\s*(?:\+|&|\bw/)\s*")


def _said(np: str) -> str | None:
    """The thing shown as a noun phrase in the reader's terms ('their gear log' → 'your gear log'), or None when it
    does not read as one."""
    parts = [p.strip() for p in _JOIN.split(np.strip().rstrip(".")) if p.strip()]
    if not parts or len(parts) > 3:
        return None
    listed = " and ".join(parts) if len(parts) < 3 else f"{parts[0]}, {parts[1]} and {parts[2]}"
    said = perspective(listed, to_owner=True)
    if not re.match(r"^(?:the|your|a|an|his|her|some|two|three)\b", said, re.I):
        return None  # 'showed me round' with nothing after it, a bare noun ('showed me kilns'): no phrase to say
    # (object of "showed me", a phrase that opens on a determiner is a noun phrase, though the tagger may read 'your
    # spares log' as a clause)
    return said if problem(said, "noun") in (None, "not a noun: clause") else None


def shown(item: str) -> str | None:
    """The sentence that recalls what they showed ('I enjoyed seeing the compressor room and your gear log.'), or None
    for an item of another shape."""
    text = item.strip()
    through = _THROUGH.match(text)
    if through:
        said = _said(through["np"])
        return f"It was good to be taken through {said}." if said else None
    how = _HOW.match(text)
    if how:  # 'showed me how they log compressor fills' → 'It was good to see how you log compressor fills.'
        clause = perspective(how["clause"].strip().rstrip("."), to_owner=True)
        return f"It was good to see how {clause}." if reads_well(clause, "clause") else None
    seen = _SEEN.match(text)
    if not seen:
        return None
    said = _said(seen["np"])
    return f"I enjoyed seeing {said}." if said else None


def with_shown(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """The context with `shown`: on a thank-you card to a peer or an outside panellist, what they showed the candidate
    (their first item of that shape), unless the card already names it as its topic."""
    planned = request.planned
    found = None
    if (
        planned.kind is Kind.thank_you
        and planned.channel is Channel.handwritten
        and planned.to.role
        in (
            Role.peer,
            Role.other,
        )
    ):
        named = " ".join(str(context.get(key) or "") for key in ("topic", "topic2"))
        for item in planned.to.topics:
            sentence = shown(item)
            said = re.sub(r"^(?:I enjoyed seeing|It was good to (?:be taken through|see)) ", "", sentence or "")
            if sentence and said.rstrip(".") not in named:
                found = sentence
                break
    return {**context, "shown": found}
