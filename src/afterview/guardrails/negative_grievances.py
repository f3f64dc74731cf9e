"""Negativity said as a grievance or a verdict on a party, in shapes the word lists leave out:

- criticism: a party (a supplier, a company, their people) given a verdict on how it performs ("the courier firm
  seems pretty unreliable", "the old vendor was careless"), or blamed ("guests pay for their mistakes");
- criticism: contempt for the people who work another way ("a shortcut for people who never learned to do it
  properly");
- badmouthing: a former employer's standard held over them ("at X we would never have let that happen"), or
  someone else run down by a contrast ("a nice change to talk to a recruiter who actually knows the role");
- process_complaint: the candidate's own effort held against the process ("given that I spent a whole day
  travelling for a one-hour interview"), or an answer demanded as owed ("I expect a proper explanation");
- passive_aggressive: a sneer at the wait or at the others ("I suppose a reply is too much to hope for", "I lost
  out to a less experienced coach");
- self_deprecation: self-pity ("I keep missing out on roles like this").

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
# a verdict on a party that needs no word for it: "cannot be trusted with a date", "a law unto themselves"
_UNTRUSTED = gated(
    r"\b(?:can(?:not|'t|\u2019t)|could(?:n't|\u2019t| not)) be (?:trusted|relied on|relied upon|counted on)\b"
    r"|\b(?:can(?:not|'t|\u2019t)|could(?:n't|\u2019t| not)|never) (?:seem to )?get (?:its|their|his|her)"
    r" act together\b"
    r"|\ba law unto (?:itself|themselves|himself|herself)\b"
    r"|\b(?:keeps?|kept|has been|have been|had been) letting (?:you|the team|your team|everyone|them|us) down\b",
    re.I,
)
# a former employer's standard held over them: "at X we would never have let the lids crack like that"
_NEVER_LET = gated(
    r"\b(?:we|I|they) (?:would|'d|\u2019d) never have (?:let|allowed|tolerated|accepted|put up with|stood for)\b",
    re.I,
)
# someone else run down by the contrast: "a nice change to talk to a recruiter who actually knows the role"
_CONTRAST = gated(
    r"\b(?:who|that) actually (?:knows?|listens?|cares?|reads?|understands?|responds?|replies|reply|calls? back"
    r"|gets? it|bothers?|follows? up)\b"
    r"|\b(?:a (?:nice|welcome|refreshing|pleasant) change|so refreshing|refreshing) (?:to|from|after)\b",
    re.I,
)
# the one they chose set below the writer: "I lost out to a less experienced coach"
_RIVAL_LESS = gated(
    r"\b(?:(?:lost|lose|losing)(?: out)? to|went with|chose|picked|hired|preferred|passed over for|beaten by|went to)"
    r" (?:a |an |someone |somebody |the )?(?:\w+ )?(?:less|more junior|younger|cheaper|weaker|inferior)"
    r"(?: experienced| qualified| skilled| senior| capable)?\b",
    re.I,
)
# the wait or the other candidates, said with a sneer: "I suppose a reply is too much to hope for"
_SNEER = gated(
    # (not the polite conditional: "If it isn't too much to ask, I'd be grateful for a few words of feedback")
    r"(?<!n't )(?<!n\u2019t )(?<!\bnot )\btoo much to (?:hope for|ask(?: for)?|expect)\b"
    r"|\b(?:I(?:'ve|\u2019ve| have)|I(?:'m|\u2019m| am)) (?:only |just )(?:been )?waiting (?:since|for)\b"
    r"|\b(?:more important|better|stronger|more interesting) (?:candidates|applicants|people|priorities|things to do)"
    r"(?= (?:than|to)\b|[.,;!?])"
    # sarcasm: "nothing like a cracked lid to start the morning"
    r"|\bnothing (?:quite )?like (?:a|an|the|some) [^.!?;]{1,40}? to (?:start|brighten|make|end|liven up|cheer up)\b",
    re.I,
)
# the candidate pitying themselves: "I keep missing out on roles like this", "not what anyone is looking for"
_SELF_PITY = gated(
    r"\bI (?:(?:seem to|always|just|still) ){0,2}keep (?:missing out|losing out"
    r"|getting (?:turned down|rejected|passed over)"
    r"|being (?:turned down|rejected|passed over)|falling short|coming second)\b"
    r"|\bnot what (?:anyone|anybody|employers|companies|people) (?:is|are|was|were|seem to be) (?:\w+ )?looking for\b"
    r"|\b(?:story of my life|always the bridesmaid)\b"
    r"|\b(?:no one|nobody) (?:ever )?(?:wants|picks|chooses|hires|takes a chance on) (?:me|someone like me)\b"
    r"|\bI never (?:seem to )?(?:get|land|win) (?:the|a|any) (?:job|role|offer|break)s?\b",
    re.I,
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
    # (dismissed as a crutch first: "a guide for people who never learned to swim properly" is a kind service)
    r"\b(?:shortcut|crutch|excuse|cop-out|workaround|gimmick|cheat|toy|fad|fix|option|tool|thing)s?"
    r" (?:for|used by|meant for) (?:people|those|anyone|folks|workers|staff|someone|somebody) who"
    r" (?:never|don't|do not|didn't|did not|can't"
    r"|cannot|couldn't|won't) (?:really |even |actually |bother(?:ed)? to )?(?:learned|learnt|learn|know|knew|bother"
    r"|bothered|understand|understood|care|cared|want|wanted)\b[^.;!?]{0,60}\b(?:properly|right|correctly"
    r"|the right way|the proper way)\b",
    re.I,
)
# the candidate's effort held against the process: "given that I spent a full day travelling for a two-hour
# interview"
_EFFORT = gated(
    r"\b(?:given (?:that )?|considering (?:that )?|seeing as |after |since |when )I(?:'d| had| have|'ve)?"
    r" (?:spent|took|taken|travel(?:l)?ed|drove|driven|flew|flown|gave up|given up|invested|put in|used up|lost)"
    r" (?:[\w-]+ ){0,4}?(?:day|days|hours?|week|weeks|weekend|evening|morning|leave|holiday|vacation|time|effort"
    r"|money)\b[^.;!?]{0,60}\b(?:for (?:a |an |just |only |what |the )(?:[\w-]+ ){0,3}?(?:interview|call|chat"
    r"|meeting|conversation|visit)|only to)\b",
    re.I,
)
# the wait told as a grievance: "I never heard back on my email", "I still don't know where I stand"
_WAIT_GRIEF = gated(
    r"\bI (?:never|still never) (?:heard back|got (?:a |any )?(?:reply|response|answer)|received (?:a |any )?(?:reply"
    r"|response|answer))\b"
    r"|\bI still (?:don't|do not) know where I stand\b"
    r"|\b(?:makes|made|making) it (?:hard|difficult|impossible) (?:for me )?to plan (?:my|anything|ahead)\b",
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
    "badmouthing": "runs someone else down by the contrast",
    "process_complaint": "holds a grievance against the process",
    "passive_aggressive": "sneers at the wait or at the candidate they chose",
    "self_deprecation": "pities yourself",
}
ADVICE = {
    "criticism": "Leave the verdict out; name the problem as a fact, and say how you would help with it.",
    "badmouthing": "Say what you did before and how it would help here, without implying they fall short.",
    "process_complaint": "Leave out what it cost you and what you are owed; ask kindly for what you would like.",
    "passive_aggressive": "Say what you need directly and kindly.",
    "self_deprecation": "Leave it out; end on what you would bring, not on doubts about yourself.",
}


def grievance_findings(sentence: Piece) -> list[Finding]:
    """The grievance or verdict on a party in one sentence (at most one finding)."""
    s = sentence.text
    for code, pattern in (
        ("criticism", _VERDICT),
        ("criticism", _UNTRUSTED),
        ("criticism", _BLAME),
        ("criticism", _CONTEMPT),
        ("badmouthing", _NEVER_LET),
        ("badmouthing", _CONTRAST),
        ("passive_aggressive", _RIVAL_LESS),
        ("process_complaint", _EFFORT),
        ("process_complaint", _OWED),
        ("process_complaint", _WAIT_GRIEF),
        ("passive_aggressive", _SNEER),
        ("self_deprecation", _SELF_PITY),
    ):
        m = pattern.search(s)
        if m is not None:
            return [said_finding(code, m, sentence.start, WHAT, ADVICE)]
    return []
