"""A second ask added with "also": "Could you also send me the contract template?", "I also wanted to ask whether
the second design role is still open", "Would it also be possible to arrange a call with Maja?".

"Also" on a request says that another request came before it; when one did (a question to them, a request or the
message's main ask), the reader now has two things to answer. A request with "also" and nothing asked before it is
the message's one ask ("Thanks for the tour. Could you also pass on my thanks to Eun-ji?" asks once). A second
question about the decision ("I would also like to know whether the role is still open") is the same ask, and
"whether …, and whether …" in one request is left alone: readers took "whether there is an update, and whether you
need anything else from me" as one ask.
"""

from __future__ import annotations

import re

from afterview.guardrails.text import Piece

_ALSO_ASK = re.compile(
    r"\b(?:could|would|can|will) you (?:please )?(?:also|additionally)\b"
    r"|\b(?:would|could) it (?:also|additionally) be possible\b"
    r"|\bI(?: would|'d|\u2019d)? also (?:like|wanted|want|wish) to (?:ask|know|check|find out)\b"
    r"|\bI(?: would|'d|\u2019d)? also appreciate (?:it )?if\b"
    r"|\bI(?: would|'d|\u2019d) also be (?:grateful|glad|thankful)"
    r" (?:if|for|to (?:know|hear|learn|have|get|receive|see))\b"
    # "also" put first: "Also, would it be possible to get the rubric?", "And also, could you ...?"
    r"|^\W*(?:and\s+)?also,?\s+(?:could|would|can|will|may|might) (?:you|it|I)\b"
    # "please also let me know", not a courtesy ("please also pass on my thanks", "please also find attached")
    r"|\b(?:please|please could you|could I|may I) also (?:let me know|tell me|send|share|confirm|advise|clarify"
    r"|check|arrange|ask|consider|forward|introduce|put me)\b",
    re.I,
)
# the same ask said again: "I would also like to know whether the role is still open at all"
_THE_DECISION = re.compile(
    r"\b(?:update|news|timeline|decision|decided|status|progress|hear back|next steps?)\b",
    re.I,
)
# the decision named only as a time for something else: "whether I could meet Ms Dudek before any decision", "the
# salary band ahead of the decision" ask about another thing
_BY_THE_DECISION = re.compile(
    r"\b(?:before|after|until|ahead of|prior to|by) (?:the|any|a|your|a final|the final) decision\b", re.I
)


def added_ask(said: list[Piece], asks: list[Piece]) -> Piece | None:
    """The first request with "also" after an earlier ask, about something other than the decision; None when
    the message asks once."""
    for i, s in enumerate(said):
        about = _THE_DECISION.search(_BY_THE_DECISION.sub(" ", s.text))
        if _ALSO_ASK.search(s.text) and not about and any(a in said[:i] for a in asks):
            return s
    return None


# A further request joined on with ", and …": "…, and would you have time for a coffee?", "…, and let me know
# whether Bronwyn would be open to a chat", "…, and whether you could introduce me to …".
_STACKED = re.compile(
    r",?\s+and (?:also )?(?:(?:could|would|can|will|might) you|(?:please )?let me know|(?:please )?tell me|whether"
    r"|if you (?:could|would|might))\b",
    re.I,
)


def stacked_on_courtesy(said: list[Piece], courtesy: re.Pattern[str]) -> Piece | None:
    """In a feedback request, a sentence holding the closing courtesy ("keep me in mind for future roles", "other
    openings") that joins another request on to it with ", and …": the courtesy alone is no second ask, but with a
    coffee, an introduction or a recommendation stacked on it the reader has three things to answer. A list after a
    colon ("any feedback: whether my answers were clear, and whether …") is the parts of one ask."""
    for s in said:
        if not courtesy.search(s.text):
            continue
        m = _STACKED.search(s.text)
        if m is not None and ":" not in s.text[: m.start()]:
            return s
    return None


# A plea after a no ("is there any chance you would reconsider, or keep me in mind if …?") is the tone's, no ask
_PLEA = re.compile(r"\breconsider\b|\bchange your mind\b|\bsecond (?:chance|look)\b", re.I)


def courtesy_asked(said: list[Piece], courtesy: re.Pattern[str], feedback: re.Pattern[str]) -> Piece | None:
    """In a feedback request, the closing courtesy put as a question of its own beside the feedback ask ("Could you
    share any feedback? And would you keep me in mind for other openings?"): said as a wish ("please keep me in
    mind") it closes the letter, asked as a question it is a second thing to answer. Every corpus author who wrote
    it as a question labelled it two asks (blind25 … blind44)."""
    asked = any(feedback.search(s.text) for s in said)
    for s in said:
        text = s.text.rstrip()
        if not (text.endswith("?") and courtesy.search(text)) or _PLEA.search(text) or feedback.search(text):
            continue
        if asked:
            return s
    return None
