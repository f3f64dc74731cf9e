"""Digs at other people, said to the reader: the team before, or the other staff met, judged by the candidate.

"Frankly the previous firmware team should have caught it before those fans shipped", "the last contractor ought
to have tested it", "the new managers I met seemed a bit corporate compared with you": no former employer of the
candidate's is named (negative_acts' badmouthing needs one), and no word of the harsh lists is used, yet someone
else is run down to the reader. Kept narrow: the people are named as a group with a word that places them (the
previous, former, old, other, new …), and the fault is a thing they should have done, or a cold manner set beside
the reader's.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

_PEOPLE = (
    r"(?:team|teams|engineers?|developers?|staff|managers?|management|vendors?|suppliers?|contractors?|designers?"
    r"|crews?|owners?|people|hires?|folks|leaders?|leadership|supervisors?|planners?|programmers?|agency|firm"
    # whoever does a job: "dispatchers", "chemists", "technicians", "inspectors"
    r"|[a-z]{3,}(?:ers|ists|ians|ors))"
)
_DIG = gated(
    # a fault of the people before: "the previous firmware team should have caught it"
    r"\b(?:the|your|their) (?:previous|former|old|last|earlier|original|prior|outgoing|other)"
    r" (?:[\w-]+ ){0,2}?" + _PEOPLE + r" (?:really |clearly |frankly |surely |honestly )?(?:should|ought to|could)"
    r" (?:have|'ve) (?:easily )?(?:caught|fixed|seen|spotted|noticed|tested|known|prevented|flagged|checked|found"
    r"|addressed|handled|stopped|done (?:better|more|something))\b"
    r"|\b(?:the|your|their) (?:previous|former|old|last|earlier|original|prior|other)"
    r" (?:[\w-]+ ){0,2}?" + _PEOPLE + r" (?:should|ought to) never have\b"
    # a cold manner set beside the reader's: "the new managers I met seemed a bit corporate compared with you"
    r"|\b(?:the |some of the |a few of the |other )?(?:[\w-]+ )?"
    + _PEOPLE
    + r"(?: (?:I|we) (?:met|saw|spoke (?:to|with)"
    r"|talked (?:to|with)))? (?:seemed|seem|were|felt|came across as|struck me as|looked)"
    r" (?:a bit |rather |quite |very |somewhat |too |a little |a touch |more |much more |far more )?"
    r"(?:corporate|cold|stiff|distant|bureaucratic|aloof|robotic|disengaged|out of touch|checked out|stuffy"
    r"|impersonal|formal|detached|guarded|indifferent) (?:compared (?:with|to)|next to|beside|than|unlike) you\b",
    re.I,
)

WHAT = {"badmouthing": "runs other people down"}
ADVICE = {"badmouthing": "Leave it out; speak of other people, including the team before you, with respect."}


def dig_findings(sentence: Piece) -> list[Finding]:
    """A dig at other people in one sentence (at most one finding)."""
    m = _DIG.search(sentence.text)
    return [] if m is None else [said_finding("badmouthing", m, sentence.start, WHAT, ADVICE)]
