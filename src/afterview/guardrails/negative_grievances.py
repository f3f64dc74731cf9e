"""Negativity said as a grievance or a verdict on a party, in shapes the word lists leave out:

- criticism: a party (a supplier, a company, their people) given a verdict on how it performs ("the courier firm
  seems pretty unreliable", "the old vendor was careless"), or blamed ("guests pay for their mistakes");
- criticism: contempt for the people who work another way ("a shortcut for people who never learned to do it
  properly");
- process_complaint: the candidate's own effort held against the process ("given that I spent a whole day
  travelling for a one-hour interview"), or an answer demanded as owed ("I expect a proper explanation").

Each needs its two halves in one clause or sentence: "the ferry is often late" gives no verdict on a party, "I
spent two winters at the front desk" holds nothing against anyone, "I would welcome an explanation" asks kindly.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

# a party: a company of any trade, or people
_PARTY = (
    r"(?:company|companies|firm|firms|supplier|suppliers|vendor|vendors|contractor|contractors|operator|operators"
    r"|provider|providers|agency|agencies|carrier|carriers|partner|partners|management|managers?|staff|team|people"
    r"|they|their (?:staff|people|team|management))"
)
# how a party performs, judged: words that are no plain description of a thing
_PERFORMS = (
    r"(?:unreliable|careless|sloppy|shoddy|lousy|inept|amateurish|hopeless|slapdash|lazy|useless|negligent"
    r"|untrustworthy|badly (?:run|managed|organi[sz]ed)|poorly (?:run|managed|organi[sz]ed)|all over the place"
    r"|not (?:very |exactly |particularly )?(?:reliable|competent|professional|dependable|trustworthy))"
)
_VERDICT = gated(
    rf"\b{_PARTY}(?:'s)? (?:is|are|was|were|seems?|seemed|sounds?|sounded|looks?|looked|appears?|appeared|has been"
    rf"|have been|can be|comes across as|came across as)(?: to be)?(?: like)?"
    rf" (?:(?:pretty|rather|quite|very|really|so|totally|completely|fairly|a bit|a little|somewhat|frankly|honestly"
    rf"|just|notoriously|clearly|obviously),? )*{_PERFORMS}\b",
    re.I,
)
# blame laid on a party: "pay for their mistakes", "their incompetence", "it's their fault"
_BLAME = gated(
    r"\b(?:pay|paying|pays|paid|suffer|suffering|suffers|suffered) for (?:their|its|his|her|the (?:\w+ )?(?:company"
    r"|firm|operator|supplier)'s) (?:own )?(?:mistakes?|errors?|failures?|incompetence|sloppiness|carelessness"
    r"|negligence)\b"
    r"|\b(?:their|its) (?:own )?(?:incompetence|sloppiness|carelessness|negligence)\b"
    r"|\b(?:it's|it is|it was|that's|that is) (?:entirely |all |really )?(?:their|its) (?:own )?fault\b",
    re.I,
)
# contempt for the people who work another way: "for people who never learned to raise a barrel properly"
_CONTEMPT = gated(
    r"\b(?:for|by|from) (?:people|those|anyone|folks|workers|staff|someone|somebody) who (?:never|don't|do not"
    r"|didn't|did not|can't|cannot|couldn't|won't) (?:really |even |actually |bother(?:ed)? to )?"
    r"(?:learned|learnt|learn|know|knew|bother|bothered|understand|understood|care|cared|want|wanted)\b"
    r"[^.;!?]{0,60}\b(?:properly|right|correctly|the right way|well|how)\b",
    re.I,
)
# the candidate's effort held against the process: "given that I spent a full day travelling for a two-hour
# interview"
_EFFORT = gated(
    r"\b(?:given (?:that )?|considering (?:that )?|seeing as |after |since |when )I(?:'d| had| have|'ve)?"
    r" (?:spent|took|taken|travel(?:l)?ed|drove|driven|flew|flown|gave up|given up|invested|put in|used up|lost)"
    r" (?:[\w-]+ ){0,4}?(?:day|days|hours?|week|weeks|weekend|evening|morning|leave|holiday|vacation|time|effort"
    r"|money)\b[^.;!?]{0,60}\b(?:for (?:a |an |just |only |what |the )(?:[\w-]+ ){0,3}?(?:interview|call|chat"
    r"|meeting|conversation|visit)|only to|just to)\b",
    re.I,
)
# an answer demanded as owed: "I expect a proper explanation", "I deserve a reason"
_OWED = gated(
    r"\bI (?:expect|demand|deserve|am owed|'m owed|insist on|require)(?: to (?:receive|get|be given))?"
    r" (?:at least )?(?:a|an|some) (?:proper |full |real |clear |detailed |written |honest |straight )*"
    r"(?:explanation|answer|reason|justification|account|response)\b"
    r"|\bthe (?:very )?least you (?:could|can) do\b",
    re.I,
)
WHAT = {
    "criticism": "passes a harsh verdict on a company or its people",
    "process_complaint": "holds a grievance against the process",
}
ADVICE = {
    "criticism": "Leave the verdict out; name the problem as a fact, and say how you would help with it.",
    "process_complaint": "Leave out what it cost you and what you are owed; ask kindly for what you would like.",
}


def grievance_findings(sentence: Piece) -> list[Finding]:
    """The grievance or verdict on a party in one sentence (at most one finding)."""
    s = sentence.text
    for code, pattern in (
        ("criticism", _VERDICT),
        ("criticism", _BLAME),
        ("criticism", _CONTEMPT),
        ("process_complaint", _EFFORT),
        ("process_complaint", _OWED),
    ):
        m = pattern.search(s)
        if m is not None:
            return [said_finding(code, m, sentence.start, WHAT, ADVICE)]
    return []
