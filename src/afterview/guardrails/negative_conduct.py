"""Negativity told as conduct, one sentence at a time: who did what to whom, not which harsh word was used.

A dig at a manager, a predecessor or the panel rarely uses a harsh adjective ("my manager takes credit for
everything", "faculty who still refuse to record their lectures", "the people upstairs mostly noticed the
Discord when something went wrong", "the panel underestimated what I would have brought"). What makes it a
dig is its shape: a third party (not the candidate, not the reader being thanked) as the subject, and a
predicate of failing others. Likewise a complaint about the process can be wry rather than harsh ("after the
date was moved twice", "let December 11 come and go without hearing anything"), and a verdict on the team's
problem can be a charge of neglect ("left untouched since 2021", "nobody has prioritised it").

- conduct: a third-party subject and a predicate of failing others, in one clause;
- backhanded: praise of the reader that runs others down ("a GM who actually listens");
- process: a wry complaint about how the process was run (moved repeatedly, dates passed in silence);
- dispute: disputing a rejection (surprise at the decision, the panel misjudged them);
- neglect: the team's problem restated as neglect or failure.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

# People who are not the candidate: managers and leaders (any failing counts), and groups (only a clear one).
_LEADERS = (
    r"(?:manager|managers|boss|bosses|management|leadership|leaders|executives?|director|directors|supervisors?"
    r"|ceo|cto|coo|founders?|owners?|predecessor|higher-ups|people upstairs|powers that be|head office|hq"
    r"|the business|my lead|team lead)"
)
_GROUPS = (
    r"(?:faculty|instructors|teachers|staff|colleagues|co-?workers|teammates|planners|engineers|developers"
    r"|nurses|doctors|vets|technicians|agents|managers|the team|the other team|the department|the panel"
    r"|the committee|the board|the interviewers|people there|everyone there|some of them|most of them"
    r"|many of them|none of them|half of them)"
)
_THIRD = gated(
    rf"\b(?:(?:my|our|the|their|his|her|some|most|many|those|these|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_LEADERS}|{_GROUPS}"
    r"|nobody|no one|no-one)\b",
    re.I,
)
# Failing others: credit taken, support withheld, change refused, people ignored, the candidate misjudged.
_FAILING = gated(
    r"\b(?:tak(?:es|e|ing)|took) (?:the )?credit|\bnever (?:\w+ )?(?:listen|back|support|read|respond|repl|thank"
    r"|credit|care|bother|acknowledg|follow|recogni[sz]|invest|ask|trust|help|stand|share|gave|give|explain|plan"
    r"|organi[sz]|prepar|communicat|consult|train|budget)\w*"
    r"|\brefus\w+|\bignor\w+|\bfought\b|\bfight(?:s|ing)? (?:every|any|all)\b"
    r"|\bresist\w* (?:(?:almost|nearly|virtually|just about) )?(?:every|any|all|change)"
    r"|\bstuck in the (?:past|\d{4}s)\b|\b(?:only|mostly|just) (?:noticed|cared|paid attention|showed up|called)"
    r"|\bunderestimat\w+|\boverlook\w+|\bmisjudg\w+|\bmisread\b|\bput(?:s|ting)? their own \w+ (?:ahead of|before"
    r"|over)|\b(?:don't|doesn't|didn't|do not|does not|did not|couldn't|can't) (?:really )?(?:care|bother|listen"
    r"|understand|value|respect|trust|back|support|get it)\b|\bblam(?:e|es|ed|ing)\b|\bmicromanag\w+"
    # access or a say withheld: "the management never really let planners near the data"
    r"|\bnever (?:\w+ )?(?:let\b(?! (?:\w+ ){0,2}down\b)|allow\w*|involv\w*|includ\w*)"
    r"|\bfighting for (?:access|resources|a say|every)\b"
    r"|\bdropped the ball\b|(?<!never )(?<!n't )(?<!not )\blet (?:\w+ )?down\b"
    r"|\bthrew (?:\w+ )?under the bus\b|\bin spite of them\b"
    r"|\bdespite them\b|\b(?:just|only) (?:says?|said|pretends?|claims?) (?:it|they|to)\b"
    r"|\bhas(?:n't| not) (?:\w+ )?(?:prioriti[sz]ed|bothered|touched|fixed|addressed|updated)\b"
    r"|\bhave(?:n't| not) (?:\w+ )?(?:prioriti[sz]ed|bothered|touched|fixed|addressed|updated)\b",
    re.I,
)
_CLAUSE = gated(r"[;:()\u2014]| - |\.\s")
# "a GM who actually listens", "a team that takes community seriously and one that just says it does".
_BACKHANDED = gated(
    r"\b(?:who|that) (?:actually|genuinely|finally|truly) (?:listens?|cares?|gets? it|values?|reads?|responds?"
    r"|understands?|knows?|follows? through|means? it|takes? \w+ seriously|backs?|supports?)\b"
    r"|\b(?:and|than|from|versus|vs\.?) one that (?:just|only|merely) (?:says|pretends|claims|talks)\b"
    r"|\bfor once\b|\bunlike (?:my|our|the) (?:current|previous|former|last|old) (?:\w+ )?(?:manager|boss|team|employer"
    r"|company|leadership|job)\b",
    re.I,
)
# Staff described as disengaged: a remark about people whatever the subject ("the ones I saw looked like
# they'd rather be anywhere else").
_DISENGAGED = gated(
    r"\b(?:rather be (?:anywhere|somewhere) else|going through the motions|phoning it in|checked out"
    r"|(?:looked|seemed|appeared|were|was) (?:completely |totally |pretty |a bit )?(?:bored|disengaged|uninterested"
    r"|half asleep|asleep|lost|clueless)|(?:completely |totally )?tuned out"
    r"|(?:reading|read) (?:straight )?off (?:a|the) (?:card|script|slides?))\b",
    re.I,
)
# Understatement that signals a verdict: "could charitably be described as informal", "to put it mildly".
_IRONIC = gated(
    r"\b(?:charitably|to put it (?:mildly|kindly|politely|gently|diplomatically)|let's just say|let us just say"
    r"|shall we say|to be (?:kind|generous|charitable|diplomatic)|with all due respect"
    r"|(?:left|leaves|leaving) (?:\w+ ){0,3}in (?:a |quite a )?(?:bit of a |real |total |complete )?"
    r"(?:mess|state|shambles|tangle))\b",
    re.I,
)
# A wry complaint about how the process was run.
_PROCESS = gated(
    r"\b(?:moved|rescheduled|postponed|changed|pushed back|cancell?ed|shifted|bumped)\s+(?:\w+\s+)?(?:twice|three times"
    r"|several times|so many times|again and again|repeatedly|multiple times|more than once)\b"
    r"|\b(?:a|the) (?:third|fourth|another) (?:change|reschedul\w*|postponement|date)\b"
    r"|\b(?:come and go|came and went|pass(?:ed)?) without (?:hearing|a word|any word|news|an update|a reply)\b"
    r"|\b(?:go|gone|went|come|came|pass|passed|slip by|slipped by)\s+(?:\w+\s+){0,2}?without hearing\b"
    r"|\b(?:hearing|heard|got|getting|received) nothing(?: back)?\b"
    r"|\bwould(?:'ve| have) taken (?:\w+ )?(?:seconds|a second|a minute|two minutes|five minutes|ten seconds)\b"
    r"|\bnice to finally\b|\bfinally (?:make|made|get|got|hear|heard|receive|received) (?:it|back|a reply|to meet)\b",
    re.I,
)
# Disputing a rejection.
_DISPUTE = gated(
    # "I am not surprised by the outcome" accepts it (a word against oneself, if anything)
    r"(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:surprised|shocked|puzzled|baffled|confused|stunned|taken aback)"
    r" (?:by|at|with|about) (?:the|your|this"
    r"|that) (?:decision|outcome|choice|result)\b"
    r"|\b(?:you|the panel|the committee|the team|they|the board|everyone)\s+(?:may have |might have |must have )?"
    r"(?:underestimated|overlooked|misjudged|missed|misread|undervalued|didn't (?:see|appreciate|recogni[sz]e))\b"
    r"|\b(?:not sure|don't think|do not think|doubt|wonder if|wonder whether)(?: that)? (?:you|the panel|the committee"
    r"|the team|they|the board|everyone)(?: \w+ly)? (?:appreciated|understood|saw|recogni[sz]ed|grasped|considered"
    r"|realised|realized|noticed|valued)\b"
    # ("where I could have been a stronger candidate" asks what to improve: the candidate's own 'could' is no dispute)
    r"|\b(?<!\bI )(?:would|could|should) have (?:been|made) (?:a |the )?(?:better|stronger|right)"
    r" (?:choice|candidate|hire|fit)\b"
    r"|\bI (?:would|should) have (?:been|made) (?:a |the )?(?:better|stronger|right) (?:choice|candidate|hire|fit)\b",
    re.I,
)
# The team's problem restated as neglect or failure.
_NEGLECT = gated(
    r"\b(?:untouched|unchanged|neglected|not been (?:touched|updated|looked at|reviewed)|(?:had|has|have)n't been"
    r" (?:touched|updated|looked at|reviewed))\s+(?:\w+\s+)?(?:for|since|in) (?:\w+ )?(?:years|a decade|decades"
    r"|\d{4}|ages|months|a long time)\b"
    r"|\bleft (?:untouched|unchanged|alone|to rot|to drift) (?:for|since)\b"
    r"|\b(?:a|an) (?:serious|real|major|clear|basic|fundamental|embarrassing|systemic|obvious) (?:failure|failing"
    r"|oversight|lapse)\b|\b(?:a )?failure of (?:planning|management|leadership|oversight|governance|maintenance)\b"
    r"|\b(?:are|is) (?:already |probably |surely |clearly )?losing (?:patience|faith|trust|confidence)\b"
    r"|\b(?:hard|impossible|difficult) to defend\b|\bindefensible\b|\bsurprised (?:that )?(?:nobody|no one)\b"
    r"|\b(?:nobody|no one) (?:has |had |ever )?(?:prioriti[sz]ed|fixed|addressed|touched|bothered)\b"
    # a harsh verdict on their thing, said plainly: "your handover is, frankly, chaotic", "the model is pretty much
    # useless right now", "a whiteboard is not a planning system."
    r"|\b(?:is|are|was|were|'s|\u2019s|seems?|seemed|looks?|looked|sounds?|sounded)(?:,? (?:frankly|honestly"
    r"|quite frankly|to be honest"
    r"|basically|pretty much|more or less|essentially|just|completely|totally|utterly|fairly|rather|quite|really"
    r"|pretty|very|so|incredibly|seriously)"
    r",?)* (?:chaotic|useless|hopeless|dysfunctional|a shambles|unusable|pointless|worthless|amateurish|primitive"
    r"|antiquated|archaic|a joke|a mess|a nightmare|a disaster|a free-for-all|broken beyond repair"
    r"|(?:painful and )?(?:outdated|clunky|creaky|backward))\b"
    r"|\b(?:is|are)(?:n't|n\u2019t| not) (?:a |an )?(?:real |proper |serious |actual )?(?:planning |tracking"
    r" |booking |scheduling |management |reporting )?(?:system|process|plan|strategy|solution|tool)(?=\s*[.!;])"
    # a verdict on their situation: "sounds like a bit of a mess", "a rough place to be", "holding you back"
    r"|\b(?:a|the) (?:perfect |real |sure )?recipe for (?:mistakes|errors|disaster|trouble|chaos|failure|problems)\b"
    r"|\b(?:sounds?|sounded|looks?|looked|seems?|seemed) like (?:a bit of |quite |a real |something of )?(?:a )?(?:mess"
    r"|shambles|chaos|disaster|circus|zoo|train ?wreck)\b"
    r"|\b(?:a|an) (?:rough|bad|poor|sorry|sad|grim|terrible|awful|precarious|unenviable) (?:place"
    r"|position|spot|state|situation) (?:to be|for (?:a|an|any|the|your) )"
    # (goods held back are quality control, not a team held back: "the swabs keep holding lots back")
    r"|\b(?:must be|is|are|has been|have been|must have been|keeps?|been) (?:really |seriously |badly )?holding"
    r" (?!(?:lots?|batch(?:es)?|shipments?|stock|orders?|products?|deliveries|pallets?|containers?|samples?"
    r"|parts?|units?) back)(?:\w+ ){1,2}back\b|\bhelp (?:\w+ ){1,2}catch up\b(?! on\b)"
    # a fault of theirs read into their problem: "it suggests the club isn't giving them much reason to stay"
    r"|\b(?:it|this|that) (?:suggests|shows|means|tells me|says|indicates|points to|proves)(?: that)? (?:the|your"
    r"|their) (?:[\w-]+ ){1,3}?(?:isn't|is not|aren't|are not|doesn't|does not|don't|do not|wasn't|hasn't|haven't"
    r"|fails? to|lacks?|is failing|are failing)\b"
    # their problem made small: "a bit more structure would fix that quickly"
    # (not the writer's own promise, "I think I can sort them quickly": an overclaim, the claims check's)
    r"|(?<!\bI )(?<!\bwe )\b(?:would|will|could|should|can) (?:\w+ )?(?:fix|solve|sort out|sort|cure|clear up)"
    r" (?:that|this|it|them"
    r"|the (?:problem|issue)) (?:quickly|easily|fast|in no time|overnight|straight away|right away|in a week)\b"
    r"|\b(?:fallen|falling|fall|lagging|lag|lags|lagged) behind"
    r" (?:\w+ )?(?:competitors|the competition|rivals|the industry|the market|the times|the curve|peers)\b"
    r"|\b(?:is|are|'s|sounds like) (?:a (?:very |really )?long time|(?:far |way )?too (?:long|slow)) (?:for|in)"
    r" (?:this|the|an?|your"
    r"|any) (?:industry|sector|business|field|market|day and age)\b",
    re.I,
)

WHAT = {
    "badmouthing": "speaks badly of someone's conduct",
    "backhanded": "runs someone down by implication",
    "process_complaint": "complains about how the process was run",
    "disputes_decision": "disputes their decision",
    "harsh_restatement": "restates the team's problem as neglect or failure",
}
ADVICE = {
    "badmouthing": "Leave it out; speak of managers, colleagues and former employers with respect.",
    "backhanded": "Praise them for what they do, without a comparison that runs others down.",
    "process_complaint": "Leave out how the process went; thank them, or ask warmly about the timeline.",
    "disputes_decision": "Accept the decision graciously; ask what would strengthen a future application.",
    "harsh_restatement": "Name their challenge as they did, and say how you would help with it.",
}


def _conduct(text: str) -> re.Match[str] | None:
    """A third party as the subject and a predicate of failing others within the same clause."""
    for subject in _THIRD.finditer(text):
        stop = next((b.start() for b in _CLAUSE.finditer(text, subject.end())), len(text))
        failing = _FAILING.search(text, subject.end(), min(stop, subject.end() + 90))
        if failing is not None:
            return failing
    return None


def _ironic(text: str) -> re.Match[str] | None:
    """Understatement about something other than the candidate's own experience ("I learned a lot, to put it
    mildly" is about themselves)."""
    m = _IRONIC.search(text)
    if m is None or re.match(r"\s*I\b(?!'d say| would say)", text):
        return None
    return m


def _their_words(m: re.Match[str] | None, their_words: frozenset[str]) -> bool:
    """Whether a match only repeats the team's own words for their problem ('has not been updated since 2021')."""
    if m is None:
        return False
    said = [w.lower() for w in re.findall(r"[\w'-]+", m.group()) if len(w) > 3]
    return bool(said) and all(w in their_words for w in said)


def conduct_findings(sentence: Piece, *, their_words: frozenset[str] = frozenset()) -> list[Finding]:
    """The negative conduct in one sentence (at most one finding)."""
    s = sentence.text
    neglect = _NEGLECT.search(s)
    if _their_words(neglect, their_words):
        neglect = None
    checks: tuple[tuple[str, re.Match[str] | None], ...] = (
        ("badmouthing", _conduct(s) or _DISENGAGED.search(s)),
        ("backhanded", _BACKHANDED.search(s) or _ironic(s)),
        ("process_complaint", _PROCESS.search(s)),
        ("disputes_decision", _DISPUTE.search(s)),
        ("harsh_restatement", neglect),
    )
    for code, m in checks:
        if m is None:
            continue
        return [said_finding(code, m, sentence.start, WHAT, ADVICE)]
    return []
