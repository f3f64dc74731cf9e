"""The interview credited with the company's outcome: "I like to think our conversation about teacher usage played
a small part in how the bid was framed", "good to see the staffing plan I put together in the interview being used
there", "the forecasting approach we discussed is already paying off for the network".

No notes file records that the company took up what was said in an interview, so a sentence that names the
interview (or what the candidate offered in it) and says it was taken up, used or paid off invents a causal link
(causal_link). Each half alone stays clean: "I enjoyed our conversation about teacher usage" takes no credit, and
"great to see the Eagle Pass office open" names no interview; a wish ("I'd love to see the plan we discussed put
to use") and the interview's effect on the candidate ("our talk shaped how I think about it") claim nothing.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import finding
from afterview.guardrails.text import Piece

_TALK = r"(?:interview|conversation|discussion|call|meeting|chat|talk|session)s?"
# The interview, or what the candidate brought to it.
_SAID_THERE = re.compile(
    rf"\b(?:our|my|today's|yesterday's) (?:[\w-]+ ){{0,2}}?{_TALK}\b(?![\w-])"
    r"|\b(?:the|that) (?:interview|conversation|discussion)s?\b(?![\w-])"
    r"|\b(?:I|we|you and I|[A-Z][a-z]+ and I) (?:\w+ )?(?:proposed|suggested|shared|sketched|pitched|raised|outlined"
    r"|mentioned|put forward|put together|presented|floated|drew up|discussed|talked about|talked through|covered"
    r"|explored|walked through)\b",
    re.I,
)
# What it did at the company: taken up, used, paid off, had a part in their result.
_TAKEN_UP = re.compile(
    r"\b(?:already |now |really |clearly |finally )?(?:paying off|paid off|bearing fruit|bore fruit"
    r"|put (?:in)?to (?:good |great )?(?:use|practice|work)"
    r"|being used|been used|being applied|been adopted|being adopted|was adopted|were adopted|in action"
    r"|making (?:it|its way) into|made (?:it|its way) into|found (?:its|their) way into"
    r"|played (?:a|an|some) (?:\w+ )?(?:part|role)|had (?:a|some) (?:\w+ )?(?:hand|part|role|influence) in"
    r"|contributed to|helped (?:shape|frame|win|secure|land|inform|drive)|fed into|informed|influenced|shaped)\b",
    re.I,
)
# A wish, a hope or a condition between the two: "I'd love to see the plan we discussed put to use".
_WISH = re.compile(
    r"\b(?:would|could|might|may|can|'d|\u2019d|hope|hoping|love|like to see|wish|if|whether|perhaps)\b", re.I
)
# Their own result told back: "the plan you mentioned in our call is paying off", "I heard in our call that the new
# line is paying off": the doer is theirs, or a report of what they said sits between the two halves.
_THEIR_SIDE = re.compile(r"\b(?:you|your|they|their|he|she|his|her)\b", re.I)
_REPORT = re.compile(r"\b(?:that|how)\b", re.I)
_CLAUSE_START = re.compile(r"[,;:(\u2014\u2013]")
# The interview's effect on the candidate: "our talk shaped how I think about routing", "influenced my plan".
_ON_ME = re.compile(r"\s*(?:\w+ )?(?:me|my|myself|how I|what I|the way I|I)\b", re.I)


def interview_credit_in(sentence: Piece, text: str) -> list[Finding]:
    said = _SAID_THERE.search(text)
    if said is None:
        return []
    start = max((b.end() for b in _CLAUSE_START.finditer(text, 0, said.start())), default=0)
    if _THEIR_SIDE.search(text, start, said.start()):
        return []
    for m in _TAKEN_UP.finditer(text, said.end()):
        between = text[said.end() : m.start()]
        if _CLAUSE_START.search(between) or _ON_ME.match(text, m.end()):
            break  # "As I mentioned in our call, the tool I built was adopted ...": two clauses, no link made
        if _WISH.search(text, start, m.start()) or _THEIR_SIDE.search(between) or _REPORT.search(between):
            continue
        return [
            finding(
                "causal_link",
                sentence,
                m,
                f"'{m.group().strip()}' credits your interview with their outcome; your notes do not say they took "
                "up anything you said.",
                "Congratulate them on it, and leave your part out.",
            )
        ]
    return []
