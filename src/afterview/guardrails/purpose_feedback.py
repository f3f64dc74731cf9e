"""A feedback request's ask, said without the word 'feedback', and what arguing with the decision means for it.

- "Could you tell me which of my answers would have needed more evidence?": a question about the candidate's own
  interview (answers, presentation, case study) asks for feedback;
- "Would you be able to say a little more about that point?" after their comment on the candidate, and "how did
  the panel reach that view?": asking them to say more about their assessment, or how they reached it, asks for
  feedback too;
- arguing beside such an ask is no purpose fault (the message does its job): `purpose.argument_beside_ask` hands
  it to the tone check (reconsider) or the negativity check (surprise at the decision)."""

from __future__ import annotations

import re

# The candidate's own interview, asked about: "which of my answers", "how my presentation came across".
_MY_INTERVIEW = re.compile(
    r"\b(?:which|what|how|where|whether|if|why) (?:(?:of|in|part of|parts of|one of) )?my (?:\w+ )?(?:answers?"
    r"|responses?|replies|examples?|presentation|case study|case|exercise|task|interview|interviews|performance"
    r"|approach|answer)\b"
    # "anything you could share about my interview": what they might say of it
    r"|\b(?:share|say|tell me|add) (?:about|on|regarding) my (?:\w+ )?(?:interview|interviews|answers?|presentation"
    r"|case study|application|performance)\b",
    re.I,
)
# More on their view: "more detail on that point", "say more about the comment", "expand on your concern".
_MORE_ON_VIEW = re.compile(
    r"\b(?:more|further|expand|elaborate)\b[^.?!]{0,40}?\b(?:that|this|the|your|their|its) (?:[\w-]+ ){0,3}?"
    r"(?:point|points|comment|comments|remark|remarks|concern|concerns|observation|observations|assessment|view"
    r"|impression|reservations?)\b"
    # their view on what weighed: "your view on whether that was the gap", "your thoughts on what held me back"
    r"|\byour (?:honest |frank |candid )?(?:view|thoughts|perspective|take|sense|read|opinion|impression)s? (?:on|about"
    r"|of) (?:whether|what|how|where|if|why|which)\b"
    # how they reached it: "how the panel reached that view", "how you came to the decision"
    r"|\bhow (?:the (?:panel|team|committee|interviewers)|you|they|the hiring team) (?:\w+ )?(?:reached|arrived at"
    r"|came to|formed|made) (?:that|this|the|its|their|your) (?:view|decision|conclusion|assessment|judgment"
    r"|judgement|choice)\b"
    # the candidate's own reading of the interview, put to them to confirm: "whether that impression is right",
    # "whether I focused on that too much", "is that a fair read?"
    r"|\b(?:whether|if) (?:that|this|my) (?:[\w-]+ )?(?:impression|sense|read|reading|guess|hunch|suspicion"
    r"|self-assessment|assessment) (?:is|was) (?:\w+ )?(?:right|fair|accurate|correct|off|wrong|true)\b"
    r"|\b(?:whether|if) I (?:\w+ ){1,4}?(?:too much|too little|too long|too briefly|too heavily|enough)\b"
    r"|\b(?:is|was) (?:that|this) (?:a )?(?:fair|accurate|right) (?:read|reading|assessment|impression)\b",
    re.I,
)


def asks_about_my_interview(text: str) -> bool:
    """Whether an asking sentence asks about the candidate's own interview or for more on their view of it."""
    return _MY_INTERVIEW.search(text) is not None or _MORE_ON_VIEW.search(text) is not None
