"""Asides: the negative speech acts said sideways, in words each harmless alone.

- passive_aggressive: a decision's "reasons" presumed with a shrug ("I assume the committee had their reasons", "no
  doubt you had your reasons"), a reply wished for out loud ("it would be nice to hear something"), "even a no";
- disputes_decision: surprise argued from one's own record ("taken aback, considering my six years in ..."), or
  doubt that the panel understood ("I'm not convinced the interviewers grasped ...");
- process_complaint: a quicker answer hoped for, a wait said to be long for what it is ("three weeks seems a long
  time for one decision");
- sarcasm: a date called a suggestion, silence taken as an answer, a company said to run on its own clock;
- criticism: an interviewer's conduct on the day ("Jordi hurried us through the demo", "had somewhere better to
  be"), gossip told in confidence about a named person ("between you and me, ..."), something of theirs called a
  relic, "no wonder" their problem happens, an employer "badly managed".

A neutral sentence keeps none of the shapes: "we ran out of time", "Marta walked me through the bench", "it has
been ten days since we spoke", "I was disappointed, as I had been looking forward to the role".
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

_REASONS = gated(
    r"\b(?:I(?: assume| suppose| presume| guess| imagine| trust| am sure|'m sure|\u2019m sure| am certain"
    r"|'m certain)|no doubt|doubtless|presumably|clearly|obviously|evidently)\b[^.!?]{0,40}?\b(?:had|has|have"
    r"|were|was|there (?:were|are|was|is)) (?:its |their |your |his |her |good |some |valid |other |sound "
    r"|excellent |perfectly good )*"
    r"reasons?\b"
    r"|\bwhatever (?:that|this|the reason|the reasoning) (?:means|may be|might be|was)\b"
    r"|\b(?:would|'d|\u2019d) be (?:nice|good|lovely|great|helpful) to (?:hear|get|receive|have) (?:something"
    r"|anything|a (?:reply|response|word|answer|yes or no)|some (?:news|word|kind of (?:reply|answer|response)))"
    # (not a plea for relief: "even a quick no would help me sleep" is anxious, the tone check's)
    r"|\beven (?:if it(?:'s| is) )?(?:just )?(?:a|an) (?:no|\"no\"|rejection|quick no|short no)\b"
    r"(?![^.!?]{0,25}\bwould (?:really |honestly )?(?:help me|let me|put my mind|mean|ease))",
    re.I,
)
_GROUP = (
    r"(?:(?:the |your )?(?:panel|committee|board|interviewers?|hiring (?:team|manager)|team"
    r"|selection (?:panel|committee)|decision[- ]makers)|you|they|everyone|anyone)"
)
_DISPUTE = gated(
    r"\b(?:surprised|taken aback|shocked|stunned|astonished|baffled|puzzled|perplexed)\b[^.!?]{0,25}?\b(?:given"
    r"|considering|seeing as|in light of|bearing in mind) (?:that )?(?:I\b|I've|I'd|my\b)"
    rf"|\bI(?:'m|\u2019m| am) not (?:convinced|sure|certain) (?:that )?{_GROUP}\b[^.!?]{{0,20}}?\b(?:understood"
    r"|appreciated|grasped|recogni[sz]ed|reali[sz]ed|valued|took in|saw how|saw what)\b"
    rf"|\bI (?:rather |really |somewhat )?doubt (?:that |whether )?{_GROUP}\b[^.!?]{{0,20}}?\b(?:understood"
    r"|appreciated|grasped|recogni[sz]ed|reali[sz]ed|valued|took in|saw how|saw what)\b",
    re.I,
)
_WAIT = gated(
    r"\b(?:had |'d |\u2019d |was |were )?(?:hoped|hoping|expected|expecting|would have liked|would've liked)"
    r" (?:for |to (?:get|have|receive|hear) )?(?:a |an |some )?(?:much |rather |somewhat |a bit |a little )?"
    r"(?:quicker|faster|speedier|earlier|prompter|more prompt|swifter|sooner) (?:answer|reply|response|decision"
    r"|update|turnaround|outcome|news|word)"
    r"|\b(?:seems?|seemed|feels?|felt|is|was|sounds?)(?: like)? (?:a |an |quite a |rather a )?(?:very |rather "
    r"|really |bit |awfully |terribly )?(?:long|lengthy|slow) (?:time|while|wait)\b[^.!?]{0,30}?\b(?:for (?:a|one"
    r"|an|such a|the) (?:single |simple |final |small )?(?:decision|answer|reply|response|update|yes or no)"
    r"|to (?:hear|wait|decide|reply|respond|answer))",
    re.I,
)
_SARCASM = gated(
    r"\b(?:more (?:of )?a|just a|only a|merely a) (?:suggestion|guideline|rough guide|vague target|loose target"
    r"|wish)\b"
    r"|\btake (?:the|your|this|that|their) (?:silence|lack of (?:a )?(?:reply|response|answer|news))\b"
    r"|\bsilence as (?:a |an |my )?(?:yes|no|answer)\b"
    r"|\b(?:runs?|running|works?|working|operates?|moves?|moving) (?:on|at) (?:its|their|your) (?:own|very own"
    r"|glacial|leisurely|geological) (?:time|schedule|clock|pace|timetable|speed|timeline)\b"
    r"|\bat (?:a )?(?:glacial|geological|snail'?s?) (?:pace|speed)\b",
    re.I,
)
_CONDUCT = (
    r"(?:(?:\w+ly )?(?:hurried|rushed) (?:us|me|everyone|things|through)\b|cut (?:\w+ ){0,3}short\b|cut me off\b"
    r"|talked over (?:me|us)\b|(?:kept )?interrupt(?:ed|ing) (?:me|us)\b|brushed (?:me |us |it )?off\b"
    r"|(?:didn't|did not|never) (?:seem |appear )?(?:very |particularly |all that |that |really )?(?:interested|engaged"
    r"|prepared|to listen|listen|to care|care)\b|had (?:somewhere|something) (?:better|more important) to\b"
    r"|(?:seemed|looked|was|came across as) (?:a (?:bit|little) |rather |quite |very |pretty |somewhat )?(?:bored"
    r"|distracted|disengaged|uninterested|impatient|annoyed|irritated|half-asleep|checked out)\b"
    r"|(?:wasn't|was not|weren't|were not) (?:really |even )?(?:listening|paying attention)\b)"
)
_PERSON_WORDS = r"he|she|they|the panel|the interviewers?|the manager|the director|the recruiter|your colleague"
_GOSSIP = re.compile(
    r"\b(?:between (?:you and me|you and I|ourselves)|between us(?= ?[,\u2014\u2013-])|off the record|entre nous"
    r"|not to gossip|(?:don't|do not) tell (?:him|her|them|anyone))\b",
    re.I,
)
_HARSH = gated(
    r"\b(?:is|are|was|were|sounds?|seems?|feels?|looks?)(?: like)? (?:a |an )?(?:bit of a |real |total "
    r"|complete |something of a )?(?:relic|dinosaur|throwback|museum piece|fossil)s?\b"
    r"|\bno (?:surprise|wonder)\b[^.!?]{0,50}?\b(?:lost|los(?:e|es|ing)|fail\w*|miss(?:ed|es|ing)?|break\w*|broke"
    r"|struggl\w*|mistakes?|errors?|problems?|wrong|behind|leav(?:e|es|ing)|left|quit\w*|complain\w*|late|slow"
    r"|mess\w*|chaos|chaotic|slip\w*)\b"
    # a ranking against others ("one of the weaker library apps I have used") and blame by inference ("not hard
    # to see why readers give up on it")
    r"|\bone of the (?:weak|poor|bad|wors|slow|clunk|least|dat|buggi|ugli|less)\w*\b[^.!?]{0,40}?\bI(?:'ve|\u2019ve"
    r"| have)? (?:ever )?(?:used|seen|tried|come across|dealt with)\b"
    r"|\b(?:not hard|easy|no mystery|no surprise) (?:to see |to understand |)why\b[^.!?]{0,50}?\b(?:give up|gave up"
    r"|leave|leaving|left|quit|complain\w*|churn\w*|drop\w* (?:off|out)|stop\w* using|avoid\w*|abandon\w*|go elsewhere"
    r"|struggl\w*|uninstall\w*)\b"
    r"|\b(?:was|were|is|are|been) (?:\w+ )?(?:badly|poorly|terribly|appallingly|shockingly|woefully) (?:managed|run"
    r"|led|organi[sz]ed|governed)\b|\bmismanag(?:ed|ement)\b",
    re.I,
)
WHAT = {
    "passive_aggressive": "reads as passive-aggressive",
    "disputes_decision": "disputes their decision",
    "process_complaint": "complains about the wait",
    "sarcasm": "is sarcastic about them or their process",
    "criticism": "criticises a person, their work or how they run things",
}
ADVICE = {
    "passive_aggressive": "Say what you need directly and kindly, without pointing at what they have not done.",
    "disputes_decision": "Accept the decision graciously; ask what would strengthen a future application.",
    "process_complaint": "Leave out the wait; ask warmly whether there is an update on the timeline.",
    "sarcasm": "Leave it out; say plainly and kindly what you need.",
    "criticism": "Leave it out; speak of the people you met, and of employers past and present, with respect.",
}


def aside_findings(sentence: Piece, people: tuple[str, ...] = ()) -> list[Finding]:
    """The first aside in one sentence (at most one finding). `people`: the names a remark may be about (the
    interviewers' full and first names)."""
    s = sentence.text
    names = "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True) if p)
    who = rf"(?:\b(?:{names})\b|\b(?:{_PERSON_WORDS})\b)" if names else rf"\b(?:{_PERSON_WORDS})\b"
    conduct = re.search(rf"{who}\s+(?:(?:just |really |rather |kind of |sort of )?){_CONDUCT}", s, re.I)
    gossip = _GOSSIP.search(s)
    if gossip is not None and not re.search(who, s, re.I):
        gossip = None  # "between you and me, I was nervous": about oneself
    checks: tuple[tuple[str, re.Match[str] | None], ...] = (
        ("passive_aggressive", _REASONS.search(s)),
        ("disputes_decision", _DISPUTE.search(s)),
        ("process_complaint", _WAIT.search(s)),
        ("sarcasm", _SARCASM.search(s)),
        ("criticism", conduct or gossip or _HARSH.search(s)),
    )
    for code, m in checks:
        if m is not None:
            return [said_finding(code, m, sentence.start, WHAT, ADVICE)]
    return []
