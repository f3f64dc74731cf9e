"""Passive aggression said as a shrug or a hint, with no word that complains outright.

- passive_aggressive: a resigned "I suppose" over what they did or chose ("I suppose a candidate with more
  connections was preferred", "I suppose that wasn't a priority for the panel", "I suppose one gets used to it");
  their silence called odd against what they said ("I haven't heard a thing, which is surprising given how urgently
  Tess said you needed someone"); a reply said to be owed ("a quick reply would be nice", "I'd have thought a week
  was enough time for a quick reply"); their boast turned back on them ("which hasn't really been my experience so
  far");
- process_jab: the hope that next time goes better ("Hopefully things move faster from here", "I hope next time
  the technology cooperates a bit better"), or their mishaps conceded in passing ("Although the video link dropped
  twice and the interview started later than scheduled, I was still able to …").

"I suppose the main challenge is hiring" is a guess, not a shrug: the resigned form needs a negation, a choice of
theirs or getting used to something after it.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

_SHRUG = gated(
    r"\bI suppose (?:[\w'\u2019-]+ ){0,8}?(?:\w+n't|not|preferred|chosen|connections|inside|compete|(?:get|gets|got)"
    r" used to|(?:is|was) how (?:these|such|things))\b",
    re.I,
)
_POINTED = gated(
    # their silence called odd: "which is surprising given how urgently …", "which is little strange for a company"
    r"\b(?:which|that|and that)(?:'s| is| was| seems| feels)(?: a)?(?: little| bit| rather| somewhat| quite| a bit)?"
    r" (?:surprising|strange|odd|curious|unusual|disappointing|puzzling)(?:,)? (?:given|for a|considering|since|as"
    r" you|when)\b"
    # their silence set against the hurry they said they were in: "I haven't heard a thing since Friday, even though
    # you said you were hiring fast", "For a company that said it needed someone urgently, that's surprising"
    # (blind41, blind44)
    r"|(?:\b(?:haven't|have not|hadn't|had not) heard|\bno (?:word|reply|news|response)\b|\bnothing (?:from|back)\b"
    r"|\bsilence\b)[^.!?]{0,80}?\b(?:even though|although|though|despite|given that) (?:you|they|the team|[A-Z]\w+)"
    r" (?:said|told me|mentioned|had said)(?: that)?(?: [\w'-]+){0,6}? (?:fast|quickly|urgently|soon|in a hurry)\b"
    r"|\bfor a (?:company|team|firm|business|group|place) that (?:said|says|told me|claimed)[^.!?]{0,60}?"
    r"\b(?:fast|quickly|urgently|soon|in a hurry)\b[^.!?]{0,25}?\b(?:surprising|odd|strange|curious|disappointing)\b"
    # a reply said to be owed
    r"|\ba (?:quick |short |simple |brief )?(?:reply|response|answer|update|acknowledg\w+)(?: of some kind)?"
    r" (?:would be|would have been|might be) (?:nice|appreciated|good|courteous|polite)\b"
    r"|\bI(?:'d|\u2019d| would) have (?:thought|expected|assumed) (?:a|that|you|it|by now|someone|at least)\b"
    # their boast turned back on them
    r"|\b(?:which|that) (?:hasn't|has not|hadn't|wasn't|was not|isn't|is not)(?: really| exactly| quite)?"
    r" (?:been )?(?:my|the) (?:experience|case)\b",
    re.I,
)
_NEXT_TIME = gated(
    r"\b(?:hopefully|I hope|let's hope|here's hoping)(?: that)? (?:things|it|the process|next time|the next round"
    r"|the technology|the tech|the link|the video)(?: [\w'-]+){0,4}? (?:move|moves|go|goes|get|gets|runs?|is|are"
    r"|works?|cooperates?)(?: [\w-]+){0,2}? (?:faster|quicker|more smoothly|smoother|better|cooperates)\b",
    re.I,
)
# their mishap, named in a concession: the thanks that follows carries a complaint
_MISHAP = gated(
    r"\b(?:despite|although|even though|though|even with|in spite of)(?: the| a| our| my)?(?: [\w-]+){0,3}?"
    r" (?:link|call|connection|video|audio|line|stream|interview|panel|meeting|session)s?"
    r" (?:dropp\w*|drop|froze|freezing|cut(?:ting)? out|start\w* (?:late|later)|ran late|running late|overran)\b",
    re.I,
)

WHAT = {"passive_aggressive": "reads as passive-aggressive", "process_jab": "is a jab at the process or the wait"}
ADVICE = {
    "passive_aggressive": "Say plainly what you need, warmly, or leave it out.",
    "process_jab": "Leave the process out; thank them for their time.",
}


def insinuation_findings(sentence: Piece) -> list[Finding]:
    """A shrug, a pointed remark about their silence, or a hope that next time goes better (at most one)."""
    s = sentence.text
    for code, pattern in (
        ("passive_aggressive", _SHRUG),
        ("passive_aggressive", _POINTED),
        ("process_jab", _NEXT_TIME),
        ("process_jab", _MISHAP),
    ):
        m = pattern.search(s)
        if m is not None:
            return [said_finding(code, m, sentence.start, WHAT, ADVICE)]
    return []
