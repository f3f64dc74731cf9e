"""A second ask added with "also": "Could you also send me the contract template?", "I also wanted to ask whether
the second design role is still open", "Would it also be possible to arrange a call with Maja?".

"Also" on a request says that another request came before it; when one did (a question to them, a request or the
message's main ask), the reader now has two things to answer. A request with "also" and nothing asked before it is
the message's one ask ("Thanks for the tour. Could you also pass on my thanks to Eun-ji?" asks once), and one
request that asks "whether …, and whether …" asks two things in one sentence.
"""

from __future__ import annotations

import re

from afterview.guardrails.text import Piece

_ALSO_ASK = re.compile(
    r"\b(?:could|would|can|will) you (?:please )?(?:also|additionally)\b"
    r"|\b(?:would|could) it (?:also|additionally) be possible\b"
    r"|\bI(?: would|'d|\u2019d)? also (?:like|wanted|want|wish) to (?:ask|know|check|find out)\b"
    r"|\bI would also be (?:grateful|glad|thankful) (?:if|for)\b"
    r"|\b(?:please|please could you|could I|may I) also\b",
    re.I,
)
_TWO_WHETHERS = re.compile(r"\bwhether\b[^.?!]{3,150}?,?\s+and (?:also )?whether\b", re.I)
_ASKING = re.compile(
    r"\b(?:could|would|can|will) you\b|\b(?:may|might|can|could) I\b|\bwould it be possible\b|\bI (?:wanted|would"
    r" like|'d like|want|wish) to (?:ask|know|check)\b|\bI would be grateful if\b|\bplease\b|\blet me know\b",
    re.I,
)


def added_ask(said: list[Piece], asks: list[Piece]) -> Piece | None:
    """The first request that adds a second ask: one with "also" after an earlier ask, or one asking two
    "whether"s; None when the message asks once."""
    for i, s in enumerate(said):
        if _ALSO_ASK.search(s.text) and any(a in said[:i] for a in asks):
            return s
        if _TWO_WHETHERS.search(s.text) and _ASKING.search(s.text):
            return s
    return None
