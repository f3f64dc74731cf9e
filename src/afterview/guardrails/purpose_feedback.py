"""A feedback request's ask, said without the word 'feedback', and what arguing with the decision means for it.

- "Could you tell me which of my answers would have needed more evidence?": a question about the candidate's own
  interview (answers, presentation, case study) asks for feedback;
- "Would you be able to say a little more about that point?" after their comment on the candidate, and "how did
  the panel reach that view?": asking them to say more about their assessment, or how they reached it, asks for
  feedback too;
- voicing surprise at the decision while still asking to learn is a tone the negativity check judges; the purpose
  is argued with when the draft asks them to change the decision (reconsider, look again), or asks nothing."""

from __future__ import annotations

import re

# The candidate's own interview, asked about: "which of my answers", "how my presentation came across".
_MY_INTERVIEW = re.compile(
    r"\b(?:which|what|how|where|whether|if|why) (?:(?:of|in|part of|parts of|one of) )?my (?:\w+ )?(?:answers?"
    r"|responses?|replies|examples?|presentation|case study|case|exercise|task|interview|interviews|performance"
    r"|approach|answer)\b",
    re.I,
)
# More on their view: "more detail on that point", "say more about the comment", "expand on your concern".
_MORE_ON_VIEW = re.compile(
    r"\b(?:more|further|expand|elaborate)\b[^.?!]{0,40}?\b(?:that|this|the|your|their|its) (?:[\w-]+ ){0,3}?"
    r"(?:point|points|comment|comments|remark|remarks|concern|concerns|observation|observations|assessment|view"
    r"|impression|reservations?)\b"
    # how they reached it: "how the panel reached that view", "how you came to the decision"
    r"|\bhow (?:the (?:panel|team|committee|interviewers)|you|they|the hiring team) (?:\w+ )?(?:reached|arrived at"
    r"|came to|formed|made) (?:that|this|the|its|their|your) (?:view|decision|conclusion|assessment|judgment"
    r"|judgement|choice)\b",
    re.I,
)
# Asking them to change the decision, not only disagreeing with it.
_CHANGE = re.compile(r"reconsider|\blook\b|revisit|re-?(?:review|evaluate|assess|consider)", re.I)


def asks_about_my_interview(text: str) -> bool:
    """Whether an asking sentence asks about the candidate's own interview or for more on their view of it."""
    return _MY_INTERVIEW.search(text) is not None or _MORE_ON_VIEW.search(text) is not None


def argues(matches: list[re.Match[str]], asks_feedback: bool) -> re.Match[str] | None:
    """The argument with the decision worth an error: any ask to change it, or a dispute in a draft that asks
    nothing to learn from."""
    change = next((m for m in matches if _CHANGE.search(m.group())), None)
    if change is not None or not matches:
        return matches[0] if change is not None else None
    return None if asks_feedback else matches[0]
