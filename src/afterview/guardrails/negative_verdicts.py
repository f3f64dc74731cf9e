"""Verdicts said in a shape, not a word: the negative speech acts whose words are each harmless alone.

- badmouthing by comparison: a comparison ("unlike", "a welcome contrast to", "compared with") whose other side
  is a former employer and its leadership ("unlike the leadership at Hallmark, which …");
- harsh_restatement: their problem diagnosed as a failing of theirs ("points to weak cost control"), blamed
  ("should never have reached production"), called dated ("behind the times"), or their people said to be unable
  to do their own job ("your sales team can't really explain …");
- criticism: the interview said to have kept the candidate from showing what they can do;
- self_deprecation: not ready, or an answer "not much good", said of oneself;
- passive_aggressive: the chosen candidate set below the writer ("whoever you chose …, even if they may not
  have grown it the way I did").

Each needs both halves in one sentence: "unlike batch jobs, streams never end" compares no employer, "the delay
points to a supplier in Italy" diagnoses no failing, "your team can't hire fast enough" is their challenge, said
plainly.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

_COMPARE = gated(
    r"\b(?:unlike|(?:in )?contrast (?:to|with)|compared (?:to|with)|(?:a |an )?(?:\w+ )?(?:change|departure|"
    r"difference) from|different from|as opposed to)\b",
    re.I,
)
_LEADERS = gated(
    r"\b(?:leadership|management|managers?|bosses|boss|executives|directors?|owners?|founders?|(?:the )?ceo|culture)\b",
    re.I,
)
_FORMER = gated(
    r"\b(?:my|our) (?:time|years|days|role|job) (?:at|with)\b|\b(?:my|our) (?:former|previous|last|old|past|prior)\b"
    r"|\b(?:where|when) I (?:was|worked)\b",
    re.I,
)
# a failing of theirs, diagnosed from a symptom: "points to weak cost control", "shows a lack of planning"
_DIAGNOSIS = gated(
    r"\b(?:points? to|pointing to|pointed to|shows?|showing|suggests?|suggesting|reflects?|reflecting|signals?"
    r"|reveals?|betrays?|indicates?|smacks of|speaks to|is a (?:clear )?sign of|says a lot about)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:weak|poor|lax|sloppy|bad|loose|careless|no real|little|a (?:real |clear |total )?lack of"
    r"|an? (?:absence|failure) of|missing|broken|inadequate|insufficient)(?:\s+[\w-]+){0,2}?\s+"
    r"(?:control|controls|management|planning|discipline|oversight|governance|leadership|ownership|rigou?r"
    r"|accountability|process|processes|testing|review|communication|coordination|budgeting|engineering)\b"
    # a symptom said to show how they run things: "says a lot about how weekends have been run" (not praise: "how
    # well it is run", "how much you care")
    r"|\b(?:says|said|tells you|speaks) (?:a lot|plenty|volumes|something|much) about (?:how|the way)"
    r" (?![^.!?]{0,40}\b(?:well|much|proud|care|cares|carefully|good|great|seriously)\b)[^.!?]{0,40}?\b(?:run"
    r"|managed|handled|led|organi[sz]ed|treated|looked after)\b",
    re.I,
)
# blame for what already happened: "should never have made it to production", "should have been caught"
_BLAME = gated(
    r"\bshould (?:never|not|n't)(?: really)? have (?!to\b)(?:been|made|gone|got|gotten|reached|shipped|happened"
    r"|passed|left|slipped|come|landed|existed|run|let)\b"
    r"|\bshould have been (?:caught|spotted|fixed|prevented|found|tested|stopped)\b",
    re.I,
)
_DATED = gated(
    r"\b(?:behind the times|antiquated|archaic|(?:in )?the (?:stone|dark) ages|stone-age|(?:clearly |very |rather |"
    r"pretty |quite |so |badly |hopelessly )outdated|obsolete|(?:like |such )?a relic|prehistoric)\b"
    # below a standard: "not where a reference network should be", "not up to scratch"
    r"|\bnot (?:yet )?where (?:a|an|the|any|it|they|you|this) (?:[\w-]+ ){0,3}?(?:should|ought to|needs? to) be\b"
    r"|\bnot up to (?:scratch|par|standard|the mark)\b|\bbelow (?:par|standard)\b",
    re.I,
)
# the candidate running themselves down: "I probably wasn't ready for a manager role", "I don't think my answer was
# much good"
_NOT_READY = gated(
    r"\bI (?:probably |clearly |obviously |simply |just )?(?:wasn't|was not|am not|'m not|\u2019m not)"
    r" (?:quite |really |yet |fully )?(?:ready|experienced enough|senior enough|good enough|strong enough|up to it)\b"
    r"|\bI (?:don't|do not) think (?:my|I) [^.!?;]{0,70}?\b(?:was|were|did|came across) (?:much |very |any |that"
    r" |particularly |all that )?(?:good|well|strong|clear|great|convincing)\b",
    re.I,
)
# their people unable to do their own job, said with an edge: "your sales team can't really explain"
_UNABLE = gated(
    r"\b(?:your|their|the|its) (?:[\w-]+ )?(?:team|teams|staff|people|engineers|managers|leadership|management"
    r"|reps|agents|sales|crew|crews|department|planners|analysts)"
    r" (?:(?:can't|cannot|can not|couldn't|could not) (?:really|even|actually|properly|quite|seem to)"
    r"|(?:don't|doesn't|do not|does not|didn't|did not) (?:really |even |actually )?(?:know how to|understand"
    r"|get|grasp)|(?:has|have|had) no (?:idea|clue)|(?:is|are) (?:clearly |really )?(?:unable|incapable))\b",
    re.I,
)
# the interview said to have kept the candidate from showing themselves
_NO_ROOM = gated(
    r"\b(?:didn't|did not|never|doesn't|does not|hardly|barely|wasn't|was not)"
    r" (?:really |quite |even )?(?:give|gave|leave|left|allow|allowed|let|offer|offered|able to give)"
    r" (?:me|candidates|us) (?:much |enough |any |a (?:real |fair |proper )?|the |the chance |room )?"
    r"(?:room|time|chance|opportunity|space|scope|way)? ?to (?:show|demonstrate|prove|showcase|display|explain what)\b",
    re.I,
)
_RIVAL = gated(
    r"\b(?:whoever (?:you|the panel|they) (?:chose|picked|selected|hired|went with|offered)|the (?:successful|chosen"
    r"|selected|other|winning) (?:candidate|applicant|person)|the (?:person|candidate|applicant|one) you (?:chose"
    r"|picked|selected|hired|went with))\b",
    re.I,
)
# Doubt cast on the one they chose: "I doubt the person you chose has ...", "I wonder whether the successful candidate".
_DOUBT = re.compile(
    r"\bI(?: seriously| honestly| really)? (?:doubt|question|wonder (?:if|whether)|can(?:'t|not) imagine|am not sure"
    r"|'m not sure)(?: (?:that|whether|if))?\s*$",
    re.I,
)
_BELOW_ME = gated(
    r"\b(?:even if|even though|though|although|but|if) (?:they|he|she)(?: (?:may|might|probably|likely|perhaps"
    r"|possibly|still|maybe))? (?:not|never|n't|haven't|hasn't|didn't|don't|doesn't|can't|won't|lack)\b"
    r"|\b(?:the way|as|like) I (?:did|have|can|could)\b|\bas (?:much|well|many) as I\b",
    re.I,
)


def verdict_findings(sentence: Piece, *, former_orgs: re.Pattern[str] | None) -> list[Finding]:
    """The verdict-by-shape in one sentence (at most one finding)."""
    s = sentence.text
    compare = _COMPARE.search(s)
    if compare is not None and _LEADERS.search(s, compare.end()):
        after = s[compare.end() :]
        if _FORMER.search(after) or (former_orgs is not None and former_orgs.search(after)):
            return [_said("badmouthing", compare, sentence)]
    for pattern in (_DIAGNOSIS, _BLAME, _DATED, _UNABLE):
        m = pattern.search(s)
        if m is not None:
            return [_said("harsh_restatement", m, sentence)]
    m = _NOT_READY.search(s)
    if m is not None:
        return [_said("self_deprecation", m, sentence)]
    m = _NO_ROOM.search(s)
    if m is not None:
        return [_said("criticism", m, sentence)]
    rival = _RIVAL.search(s)
    m = _BELOW_ME.search(s, rival.end()) if rival is not None else None
    if m is not None:
        return [_said("passive_aggressive", m, sentence)]
    doubt = _DOUBT.search(s[: rival.start()]) if rival is not None else None
    if doubt is not None:
        return [_said("passive_aggressive", doubt, sentence)]  # "I doubt the person you chose has done it"
    return []


WHAT = {
    "badmouthing": "sets a former employer's leadership against theirs",
    "harsh_restatement": "passes a harsh judgment on the team's problem",
    "criticism": "complains about how the interview was run",
    "passive_aggressive": "runs down the candidate they chose",
    "self_deprecation": "runs yourself down",
}
ADVICE = {
    "badmouthing": "Leave the comparison out; say what you would bring, without running down a former employer.",
    "harsh_restatement": "Name their challenge as they did, and say how you would help with it.",
    "criticism": "Leave out the complaint; ask for the feedback you want.",
    "passive_aggressive": "Wish the person they chose well, or say nothing of them; ask for your feedback.",
    "self_deprecation": "Leave it out; end on what you would bring, not on doubts about yourself.",
}


def _said(code: str, m: re.Match[str], sentence: Piece) -> Finding:
    return said_finding(code, m, sentence.start, WHAT, ADVICE)
