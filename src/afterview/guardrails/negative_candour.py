"""Criticism announced as candour: "Frankly, …", "To be honest, …", "I must say …", then a verdict.

A writer who opens a clause with a marker of frankness is about to say something the reader may not like, and
when a verdict follows in the same sentence the draft says it: "Frankly, an accuracy of 60% is not acceptable",
"Honestly the recruiter's questions felt pretty scripted", "To be honest it's a bit wild that the archive isn't
tagged", "I must say the rules seem rather restrictive". Neither half is enough alone: "honestly, I loved the
tour" is warmth, and "the rollout was slow" with no marker is left to the other rules (it may be their challenge,
said plainly).

- criticism: a verdict on someone or something of theirs (or of the hiring process) after the marker;
- disputes_decision: surprise after the marker, in a reply to a rejection ("I have to admit I was
  surprised, as I thought the call went well"). Outside a rejection, surprise counts only when what surprised the
  writer is a lack ("surprised a Trust that size hasn't sorted its data out"): "honestly, I was surprised how much
  I enjoyed it" is praise.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

_CANDOUR = gated(
    r"\b(?:frankly|honestly|candidly|bluntly|to be (?:honest|frank|candid|blunt)|in all honesty|truth be told"
    r"|if I(?:'m|\u2019m| am) (?:honest|being honest)|I(?:'ll|\u2019ll| will) be (?:honest|frank|blunt|candid)"
    r"|I (?:must|have to|had to|need to|should) (?:say|admit|be honest|confess))\b",
    re.I,
)
# a verdict after the marker: on their things, people or process
_VERDICT = re.compile(
    r"\b(?:not acceptable|unacceptable|(?:a |an )?(?:serious |big |huge |real |costly )?mistake|bad|poor(?:ly)?"
    r"|(?:a bit of |quite |such )?a mess|messy|amateur\w*|lazy|sloppy|sloppiness|careless|wild|crazy|insane"
    r"|painfully|scripted|dragged|restrictive|opaque|unhelpful|rushed|(?:let|lets|letting) [\w\s]{1,30}slide"
    r"|old-fashioned|outdated|antiquated|behind the times|not thrilled|not (?:very |that |too |all that )?(?:impressed"
    r"|keen)|(?:don't|doesn't|didn't|do not|does not|did not)(?: seem to| really)* care|(?:nobody|no one)"
    r"(?: [\w-]+){0,5}?(?: really| seems to| seem to)* cares?"
    r"|(?:isn't|aren't|wasn't|weren't|not) (?:being )?(?:trained|managed|run"
    r"|organi[sz]ed|done|handled|looked after) (?:properly|well)|got in the way|dropped the ball|(?:not|\w+n't) the"
    r" smoothest|leaking|drives? (?:me|anyone|you|people) (?:up the wall|mad|crazy|nuts|round the bend)|risky"
    r"|could have done (?:more|better)|(?:dropped|froze|cut out) (?:twice|again|repeatedly|several times)"
    r"|(?:started|ran|running|starting) late|unfair|not (?:a |very )?fair|frustrat\w*|annoying|ridiculous|absurd"
    r"|terrible|awful|useless"
    r"|clunky|chaotic|disorgani[sz]ed|incompetent|naive|unrealistic|a waste|wasted|don't know how (?:you|they|anyone)"
    r" (?:manage|cope|put up)|less generous|stingy|mediocre|underwhelming|disappointing|a shame|shameful"
    r"|embarrassing|says (?:a lot|a good deal|plenty|volumes|something) about|struggling to see|hard to see)\b",
    re.I,
)
_SURPRISE = re.compile(r"\b(?:surprised|taken aback|shocked|stunned|baffled|puzzled)\b", re.I)
# what surprised the writer is a lack of theirs: "surprised a Trust that size hasn't sorted its data out"
_LACK = re.compile(r"\b(?:\w+n't|not|never|no|still|yet|so (?:few|little|low))\b", re.I)
# "to be honest, I'm not surprised": no surprise at all
_NOT_SURPRISED = re.compile(r"\b(?:not|n't|never)\s+(?:\w+\s+)?$", re.I)

WHAT = {
    "criticism": "criticises them, announced as candour",
    "disputes_decision": "disputes their decision",
}
ADVICE = {
    "criticism": "Leave the verdict out; if you have an idea for it, offer the idea.",
    "disputes_decision": "Accept the decision graciously; ask for feedback without arguing the outcome.",
}


def candour_findings(sentence: Piece, *, lost: bool) -> list[Finding]:
    """A verdict or a disputing surprise said after a marker of frankness, in one sentence."""
    s = sentence.text
    marker = _CANDOUR.search(s)
    if marker is None:
        return []
    rest = s[marker.end() :]
    verdict = _VERDICT.search(rest)
    if verdict is not None:
        return [said_finding("criticism", verdict, sentence.start + marker.end(), WHAT, ADVICE)]
    surprise = _SURPRISE.search(rest)
    if surprise is None or _NOT_SURPRISED.search(rest[: surprise.start()]):
        return []
    if lost:
        return [said_finding("disputes_decision", surprise, sentence.start + marker.end(), WHAT, ADVICE)]
    if _LACK.search(rest[surprise.end() : surprise.end() + 60]):
        return [said_finding("criticism", surprise, sentence.start + marker.end(), WHAT, ADVICE)]
    return []
