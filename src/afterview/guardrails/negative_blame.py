"""Negativity said as blame, hindsight or a dispute, in shapes the other word lists leave out:

- badmouthing: those in charge at a former job blamed for how they behaved ("management kept changing suppliers
  without asking the process team");
- criticism: a sneer at whoever made a thing ("set up by someone who never had to answer the alarms"), a
  hindsight verdict ("should have been challenged at the design stage"), a mistake called elementary ("a pretty
  basic QA miss"), a party said not to understand ("some clients really don't get how subtitling works"), a
  replacement urged ("it might be time to find a new printer"), or a panel said to have decided in advance;
- process_complaint: the process called chaotic ("the process has been all over the place"), or the decision
  disputed ("it was not mentioned in the job advert", "the case study seemed weighted towards insiders").

Each pattern holds both halves of the act (who or what, and the verdict) so that a neutral mention stays
clean: "the seals failed after storms" blames no one, "I should have been clearer" is the writer's own.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

# those in charge somewhere: the ones a former employee blames
_BOSSES = (
    r"(?:management|leadership|the (?:management|leadership|owners?|directors?|board|executives?|bosses|head office)"
    r"|(?:my|our|the) (?:former |old |previous |last )?(?:boss|manager|managers|line manager|director|supervisor|CEO))"
)
_HABIT = r"(?:kept|keep|keeps|constantly|always|repeatedly|routinely|regularly|would)"
_UNASKED = (
    r"without (?:ever |even |first )?(?:asking|consulting|telling|informing|involving|checking with|warning"
    r"|listening to|talking to)"
)
_FORMER_BOSSES = gated(rf"\b{_BOSSES}\b (?:\w+ )?{_HABIT} [^.;!?]{{0,60}}?\b{_UNASKED}\b", re.I)
# a sneer at whoever made it: "set up by someone who never had to answer the alarms"
_MAKER = gated(
    r"\b(?:set up|designed|built|written|made|configured|planned|specified|drawn up|put together|run|chosen)"
    r" by (?:someone|somebody|people|a person|whoever|a team|an engineer|a committee) who"
    r" (?:has |had |have )?(?:clearly |obviously |evidently |apparently )?(?:never|didn't|did not|doesn't|does not"
    r"|don't|do not|hadn't|had not|has not|hasn't|have not|haven't)\b",
    re.I,
)
# hindsight: "should have been challenged at the design stage", "should have been caught years ago"
_HINDSIGHT = gated(
    r"\b(?:should|ought to|could easily) have been (?:\w+ly )?(?:challenged|caught|spotted|fixed|addressed|flagged"
    r"|prevented|avoided|questioned|tested|sorted|dealt with|raised|resolved|picked up|noticed|designed out|replaced)"
    r"(?= (?:at|during|before|earlier|long ago|years ago|months ago|in the first place|from the start|up front"
    r"|upfront)\b)",
    re.I,
)
# a mistake called elementary: "a pretty basic QA miss", "a rookie error"
_ELEMENTARY = gated(
    r"\b(?:is|was|'s|\u2019s|are|were|sounds like|seems like|looks like|felt like|feels like)"
    r" (?:a |an )?(?:(?:pretty|really|fairly|rather|very|quite|such an?|so) )?(?:basic|rookie|amateur|amateurish"
    r"|elementary|schoolboy|beginner's|beginners'|novice|obvious|avoidable|sloppy) (?:[\w-]+ )?(?:miss|mistake"
    r"|mistakes|error|errors|oversight|blunder|slip|failure)\b",
    re.I,
)
# a party said not to understand: "some clients really don't get how subtitling works"
_CLUELESS = gated(
    r"\b(?:[a-z]{3,}s|management|they|the client|the customer|some of them)"
    r" (?:(?:really |just |simply |still |clearly |obviously )+(?:don't|do not|doesn't|does not|never|can't|cannot)"
    r" (?:seem to )?(?:get|understand|grasp|appreciate)|(?:don't|do not|doesn't|does not|never|can't|cannot)"
    r" (?:seem to )?get) (?:how|what|why|that)\b",
    re.I,
)
# a replacement urged on them: "it might be time to find a new printer"
_REPLACE = gated(
    r"\b(?:it(?:'s|\u2019s| is| may be| might be| could be)|maybe it's|perhaps it's) (?:about |high |probably )?time"
    r" to (?:find|get|look for|switch to|move to|replace|ditch|drop|fire|change) (?:a |an |the |your |their )?"
    r"(?:new|different|better|another|other)?\b",
    re.I,
)
# a panel or a person said to have decided before hearing the candidate
_PREJUDGED = gated(
    r"\b(?:had|has|have|'d) (?:largely |already |clearly |probably |obviously |more or less )*made up"
    r" (?:its|their|his|her|your) minds?\b",
    re.I,
)
# the process called chaotic: "the process has been a bit all over the place"
_CHAOTIC = gated(
    r"\b(?:process|scheduling|organi[sz]ation|communication|arrangements?|interviews?|recruitment|hiring)"
    r" (?:has|have|had|'s|is|was|were|seems?|seemed)(?: been)?(?: (?:a bit|a little|rather|quite|somewhat|pretty"
    r"|fairly|very|so|really))? (?:all over the place|chaotic|disorgani[sz]ed|messy|a mess|a shambles|haphazard)\b",
    re.I,
)
# the decision disputed: the requirement not in the advert, the test slanted towards others
_DISPUTED = gated(
    r"\b(?:was|were|is|are|had been|wasn't|weren't) (?:not |never )?(?:mentioned|listed|stated|included|specified"
    r"|required|asked for) (?:anywhere )?in the (?:original )?(?:job )?(?:advert|advertisement|ad|description"
    r"|posting|listing|spec|specification)\b"
    r"|\bI would have (?:addressed|mentioned|covered|prepared for|raised|highlighted) (?:it|that|this)"
    r" (?:had I|if I had|if I'd) (?:known|been told)\b"
    r"|\b(?:seemed|seems|was|felt|looked) (?:heavily |rather |somewhat |a bit |quite )?(?:weighted|biased|skewed"
    r"|tilted|stacked|geared) (?:towards|toward|against|in favour of|in favor of)\b",
    re.I,
)
WHAT = {
    "badmouthing": "blames those in charge at a former job",
    "criticism": "passes a harsh verdict on someone's work or judgement",
    "process_complaint": "disputes or criticises the process",
}
ADVICE = {
    "badmouthing": "Say what you did and what it achieved, without blaming the people you worked for.",
    "criticism": "Name the problem as a fact and say how you would help; leave out who is to blame.",
    "process_complaint": "Leave the grievance out; ask kindly for what you would like to know.",
}


def blame_findings(sentence: Piece) -> list[Finding]:
    """The blame, hindsight verdict or dispute in one sentence (at most one finding)."""
    s = sentence.text
    for code, pattern in (
        ("badmouthing", _FORMER_BOSSES),
        ("criticism", _MAKER),
        ("criticism", _HINDSIGHT),
        ("criticism", _ELEMENTARY),
        ("criticism", _CLUELESS),
        ("criticism", _REPLACE),
        ("criticism", _PREJUDGED),
        ("process_complaint", _CHAOTIC),
        ("process_complaint", _DISPUTED),
    ):
        m = pattern.search(s)
        if m is not None:
            return [said_finding(code, m, sentence.start, WHAT, ADVICE)]
    return []
