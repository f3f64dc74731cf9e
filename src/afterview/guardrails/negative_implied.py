"""Criticism said without a critical word: the speech acts a lexicon score and a word list both miss.

Real candidates rarely write "my manager was terrible". They write praise that runs others down ("a
director who actually thinks about the front desk"), conduct that implies neglect ("management only
paid attention when the auditors were due", "treated procedures as more of a suggestion"), a verdict
by comparison ("run with more optimism than planning"), blame ("whoever signed off on it"), or a
sarcastic aside about the process ("the decision date came and went", "museums move at museum
speed", "a lot of calendars to align, haha"). Each rule here reads the shape of one such act in a
clause: who or what is the target, and what the clause implies about them. A sentence that only
names the team's challenge ("the Monday no-shows you described") matches none of them.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.text import Piece

_PEOPLE = (
    r"management|managers?|leadership|leaders?|bosses|boss|supervisors?|directors?|executives|founders?|owners?"
    r"|the (?:people|folks|suits) upstairs|head of \w+|predecessor|staff|crew|team|colleagues|everyone"
    r"|(?:the )?(?:ones|people) I (?:saw|met)|they|them|he|she"
)

# Praise that runs others down: "a manager who actually listens", "somewhere that takes it seriously".
_CONTRAST = gated(
    # (never a free relative after a verb or preposition: "the list matches who actually turns up")
    r"(?<!\bmatch )(?<!\bmatches )(?<!\bknow )(?<!\bknows )(?<!\bsee )(?<!\bsees )(?<!\btrack )(?<!\bcount )"
    r"(?<!\bof )(?<!\bon )(?<!\bfor )(?<!\babout )(?<!\bwith )"
    r"\b(?:who|that|which|where)\s+(?:actually|genuinely|truly|finally|really)\s+"
    r"(?:thinks?|wants?|cares?|listens?|knows?|values?|takes?|reads?|understands?|invests?|respects?|bothers?"
    r"|asks?|plans?|follows?|means?|has|does|shows? up|turns? up|answers?|calls? back|returns?|delivers?|replies"
    r"|reply|responds?|keeps?|finishes|finish|works?|supports?|trusts?|pays?|appreciates?|notices?|reads?)\b"
    r"|\brefreshing to (?:\w+ ){0,3}(?:somewhere|someone|a place|an? (?:\w+ )?(?:team|company|firm|manager|director"
    r"|leader|organi[sz]ation|employer|place|house|brewery|practice))\b[^.!?]{0,40}\b(?:who|that|where)\b"
    r"|\b(?:one|a team|a company|a place|somewhere|an employer) that (?:just|only|merely) (?:says|claims|pretends)\b"
    r"|\bfor (?:a )?change\b(?=[^.!?]*\b(?:someone|somewhere|a (?:team|manager|company))\b)"
    r"|\bfor once\b(?=[^.!?]*\b(?:contractors?|vendors?|suppliers?|management|someone|somewhere|a (?:team|manager"
    r"|company)|people)\b)|\b(?:contractors|vendors|suppliers|management|people|someone)\b[^.!?]{0,40}\bfor once\b"
    r"|\ba (?:nice|welcome|refreshing|pleasant) change (?:from|after|to)\b"
    r"|\bbreath of fresh air\b(?=[^.!?]*\b(?:after|compared|unlike|than|where I|at my)\b)"
    r"|\bunlike (?:my|our|the|some) (?:current|previous|last|old|former|other) (?:\w+ )?(?:employer|company|team|boss"
    r"|manager|management|job|place|workplace|firm|house|brewery|agency|organi[sz]ation)s?\b"
    r"|\b(?:more|better|far more|much more|so much more) (?:organi[sz]ed|professional|supportive|respectful"
    r"|competent|serious|transparent|responsive|well[- ]run|joined[- ]up|sensible) than (?:I'm|I am|I was|I've been"
    r"|what I'm|what I am) used to\b"
    # faint praise: "impressive for a small brewery", "only a few years after the bigger houses"
    r"|\b(?:impressive|good|great|decent|not bad|solid|nice|professional) for an? (?:\w+ )?(?:small|smaller|regional"
    r"|local|young|little|new|family|provincial)\b"
    r"|\b(?:a few|several|some|only a few|just a few|two|three|five) years (?:after|behind) (?:(?:most|many|all)"
    r" of )?(?:the |most |other )?"
    r"(?:bigger|larger|big|major|other|leading|rest|industry|competition|competitors)"
    r"|\bsurprisingly (?:good|decent|professional|organi[sz]ed|modern|well[- ]run|competent|smooth)\b"
    r"|\bfinally (?:catching up|caught up|getting around to|got around to|moving (?:to|into|onto)|adopting"
    r"|joining the)\b"
    r"|\bcatch(?:ing)? up (?:with|to) (?:the )?(?:bigger|larger|big|other|rest|industry|competition|competitors"
    r"|everyone)\b",
    re.I,
)
# Conduct that implies neglect or incompetence of a third party.
_CONDUCT = gated(
    r"\b(?:only|mostly|just|ever) (?:ever )?(?:paid attention|noticed|cared|listened|bothered|got involved|showed up"
    r"|remembered|looked at|took notice|took \w+ seriously|acted|reacted|woke up)\b[^.!?]{0,60}?\b(?:when|once|if"
    r"|after|until)\b"
    r"|\b(?:treated|saw|viewed|regarded|considered)\b[^.!?]{0,50}?\bas (?:more of |little more than |just |an? )?"
    r"(?:a )?(?:suggestion|afterthought|optional|formality|nuisance|inconvenience|checkbox|box-ticking|tick-box"
    r"|necessary evil|cost centre|cost center|disposable|expendable|replaceable|interchangeable|numbers|a number"
    r"|second-class|cheap labou?r|cannon fodder)\b"
    r"|\b(?:is|are|was|were|gets?|got) treated as (?:an? )?(?:afterthought|nuisance|formality|optional)\b"
    r"|\bpreferred to (?:hear|find out|learn|be told|know)\b[^.!?]{0,80}\brather than\b"
    r"|\bin spite of (?:them|him|her|management|leadership|the (?:people|management|leadership|bosses))\b"
    r"|\bdespite (?:them|management|leadership|the (?:people upstairs|management|leadership))\b"
    r"|\bwith (?:a lot |far |much )?more (?:optimism|hope|luck|noise|talk|ego|politics|enthusiasm|drama)"
    r" than (?:planning|plan|sense|skill|strategy|substance|thought|care|competence|method|process|rigou?r)\b"
    r"|\bwhoever (?:signed off|decided|approved|let|allowed|thought|was responsible|designed|chose)\b"
    r"|\b(?:has|have|had) been (?:allowed|left|permitted) to (?:go on|continue|drift|slide|run|happen|persist|fester"
    r"|linger)\b"
    r"|\b(?:let|allowed|allowing|letting) (?:things|it|them|standards|that) (?:drift|slide|slip|go|fester)\b"
    r"|\bnever (?:let|allowed) (?:things|it|standards) (?:to )?(?:drift|slide|slip|get)\b"
    r"|\b(?:an? )?(?:accident|disaster|lawsuit|breach|outage|incident|catastrophe) waiting to happen\b"
    r"|\b(?:hasn't|hadn't|has not|had not|haven't|have not) been (?:touched|updated|changed|looked at|maintained)"
    r" (?:in|since|for) (?:a decade|decades|years|ages|the \d{2}s|forever)\b"
    r"|\bwould (?:rather|sooner) be anywhere else\b|\b'd (?:rather|sooner) be anywhere else\b"
    r"|\b(?:did not|didn't|do not|don't|never) (?:have|use|exercise)\b[^.!?]{0,20}\bor (?:did not|didn't|never)"
    r" (?:have|use)\b"
    r"|\b(?:contractors?|vendors?|suppliers?|trades(?:people|men)?|agencies|landlords?|the council|management"
    r"|consultants?)\b[^.!?]{0,40}\b(?:never|rarely|seldom|barely|hardly ever) (?:show(?:ed)? up|turn(?:ed)? up"
    r"|call(?:ed)? back|answer(?:ed)?|repl(?:y|ied)|respond(?:ed)?|deliver(?:ed)?|finish(?:ed)?|read)\b"
    r"|\brarely happens by accident\b|\bhas been lucky\b|\bhave been lucky so far\b"
    r"|\b(?:reading|read) (?:straight |right |word for word )?(?:off|from) (?:a |the |their )?(?:card|script|page"
    r"|notes|slides)\b[^.!?]{0,60}\btuned out\b"
    r"|\b(?:completely |totally )?tuned out\b(?=[^.!?]*\b(?:who|group|kids|audience|class)\b)",
    re.I,
)
# Sarcasm or reproach about the process, the silence or a missed date.
_PROCESS = gated(
    r"\b(?:came|come|comes) and (?:went|gone|go)\b"
    r"|\bshould (?:already )?have (?:been (?:made|decided|announced|sent|given)|come|arrived|heard)\b"
    r"(?=[^.!?]*\b(?:on|by|last|before|weeks?|days?|\d)\b)"
    r"|\b(?:would|'d) have been (?:nice|good|courteous|polite|helpful) to (?:hear|get|know|receive|be told)\b"
    r"|\bwould've been (?:nice|good|courteous|polite|helpful) to\b"
    r"|\b(?:a bit |a little |somewhat |rather |quite )?(?:surprised|disappointed|sad) (?:not to|to not|that I"
    r" (?:haven't|have not|hadn't|had not|didn't|did not)) (?:have )?(?:hear|heard|get|got|receive|received)\b"
    # surprise at how they ran it: "I was surprised that the panel spent so little time on ...", "surprised that the
    # decision came so quickly and by phone" (not "pleasantly surprised")
    r"|(?<!pleasantly )(?<!happily )(?<!positively )\bsurprised (?:that|how|at how|by how)\b"
    r"(?=[^.!?]*\b(?:panel|process|decision|interview|interviews|round|format|phone|call|so (?:quickly|soon|fast"
    r"|little|briefly|short)|little time|rushed)\b)"
    # the interview or process judged: "four conversations packed into ninety minutes felt rather rushed"
    # ("please don't feel rushed", "no need to feel hurried": a courtesy to them, no verdict)
    r"|(?<!n't )(?<!\bnot )(?<!\bnever )(?<!need to )\b(?:felt|feel|feels|seemed|seems) (?:rather |a bit |a little "
    r"|quite |somewhat |very |too |slightly )?"
    r"(?:rushed|hurried|disorgani[sz]ed|chaotic|one-sided|unfair|superficial|perfunctory)\b"
    r"|\b(?:did not|didn't|never) (?:give|allow|leave) me (?:the |a |enough |much |any )?(?:real |proper |fair )?"
    r"(?:chance|time|opportunity|room|space)\b"
    r"|\bspent (?:so|very|rather|too|surprisingly) little time on\b"
    r"|\b(?:wasn't|was not|am not|I'm not)(?: entirely| totally| all that| too)? surprised to (?:let|see|have|hear"
    r" nothing|not hear)\b"
    r"|\bI(?:'ll| will)? take it (?:that )?(?:the (?:role|position|job)|you(?:'ve| have)|it(?:'s| has) gone)\b"
    r"|\bI(?:'ll| will) (?:assume|take it) (?:that )?(?:the (?:role|position|job)|you|it)\b"
    r"|\b(?:move|moves|moving|run|runs|works?) (?:at|on) (?:\w+ )?(?:speed|time)\b(?=[^.!?]*\b(?:I know|I'm sure|of"
    r" course|I guess|haha|lol)\b)"
    r"|\bI know, I know\b|\bradio silence\b|\b(?:gone|went|going) (?:quiet|silent|dark) on (?:me|us)\b"
    r"|\b(?:run|running|operating|moving|working|runs|moves|works|are|is|be) on (?!(?:the|a|full|part|short|real"
    r"|local|pacific|eastern|central|mountain|standard|summer|winter|daylight|uk|european|island|their|my|your|our|its)\b)"
    r"[a-z]+ time\b"
    r"|\*sighs?\*|\(sighs?\)|\bsigh\b(?! of relief)"
    # ("what a process", "quite the saga"; not the wh-clause "knowing what the process looks like", blind42)
    r"|\b(?:(?:quite|such|what) a|quite the) (?:long |lengthy |drawn-out )?(?:process|saga|ordeal|marathon|odyssey"
    r"|rollercoaster|roller coaster)\b"
    r"|\b(?:already|always) (?:had|have|has) (?:someone|a candidate|an internal candidate|a favou?rite|a preferred"
    r" candidate) (?:in mind|lined up|picked)\b|\b(?:just|only|merely) a formality\b"
    r"|\b(?:I suspect|I guess|I assume|I imagine|I gather|probably|presumably|no doubt)\b[^.!?]{0,40}\b(?:an? internal"
    r" candidate|(?:already|long since) (?:decided|filled|chosen|picked|settled|spoken for))\b"
    r"|\bgoing through the motions\b|\bbox-ticking\b|\btick-box\b"
    r"|\b(?:decided|made up (?:your|their) minds?) (?:before|in advance|beforehand|from the start)\b"
    r"|\b(?:sitting|buried|languishing|stuck) (?:somewhere )?(?:between|under|beneath|at the bottom of|in a pile)\b"
    r"|\bhalf[- ]expect(?:ing|ed) (?:a|another|the|it)\b"
    r"|\b(?:moved|rescheduled|changed|postponed|pushed back) (?:twice|three times|again and again|yet again"
    r"|so many times)\b"
    r"|\b(?:would've|would have|could have|'d have) taken (?:ten|two|five|thirty|a few|\d+) (?:seconds|minutes)\b"
    r"|\b(?:it |that |silence |this )?stung\b"
    r"|\b(?:a lot of|too many|so many) (?:calendars|diaries|people|cooks|sign-offs|approvals) to (?:align|juggle"
    r"|coordinate|get through)\b"
    r"|\b(?:the )?(?:decision|outcome|choice|rejection) (?:was|is|seems|seemed|has been) (?:\w+ )?(?:difficult|hard"
    r"|impossible) to (?:understand|accept|follow|justify|reconcile)\b"
    r"|\b(?:had )?hoped for a (?:more|fairer|longer|deeper) (?:\w+ )?(?:process|interview|assessment|review"
    r"|conversation|look|hearing|evaluation)\b"
    r"|\b(?:rather|very|quite|too) short (?:time|hour|interview|conversation) (?:in which )?to (?:judge|assess"
    r"|evaluate|decide)\b"
    r"|\bnot sure (?:if |whether )?my (?:last |previous |earlier )?(?:\w+ )?(?:message|email|e-mail|note|letter)"
    r" (?:landed|arrived|got through|reached you|was received)\b"
    r"|\bas I (?:mentioned|said|noted|wrote|explained) in my (?:\w+ )?(?:e-?mail|message|note|letter)\b"
    r"|\b(?:may|might) have (?:got|gotten|been) (?:lost|buried|missed)\b(?=[^.!?]*\b(?:inbox|busy|pile)\b)",
    re.I,
)
_GENERIC = gated(r"\b(?:when|whenever|if|once|unless)\s+(?:[\w'-]+\s+){0,3}$", re.I)
_LAUGH = gated(r"\b(?:haha+|hah|lol|lmao|heh)\b|;\)|:P\b", re.I)
_PROCESS_WORDS = gated(
    # ("can't wait to see the freezer room, haha": eagerness, no wait)
    r"\b(?:decision|date|deadline|calendars?|schedules?|(?<!can't )(?<!cannot )(?<!can\u2019t )wait|waiting|process"
    r"|interviewers|timeline|silence|reply"
    r"|response|hear(?:ing)? back|radio silence|inbox)\b",
    re.I,
)
# The writer's own eagerness laughed at ("refreshing my inbox every five minutes haha", "Can't wait to hear back,
# hopefully tomorrow haha"): over-familiar (the tone check's), no jab at anyone.
_EAGER = re.compile(
    r"\b(?:refresh\w*|checking|check|staring at|glued to) (?:my |the )?(?:inbox|e-?mail|mail|phone)\b"
    r"|\b(?:can't|cannot|can\u2019t|couldn't) wait\b|\bdying to\b|\bso (?:excited|keen|eager)\b",
    re.I,
)
_SELF = gated(
    r"\bI (?:know |realise |realize |think )?I (?:rambled|went on|talked too much|lost my thread|waffled)\b"
    r"|\b(?:probably|likely|certainly|surely) (?:not|wasn't|was not|am not|isn't) (?:the |your )?(?:strongest"
    r"|best|most \w+|obvious|ideal) (?:candidate|choice|fit|person|applicant)\b",
    re.I,
)

WHAT = {
    "badmouthing": "runs someone down by implication",
    "criticism": "criticises how they run things",
    "process_jab": "is a jab at the process or the wait",
    "self_deprecation": "runs yourself down",
}
ADVICE = {
    "badmouthing": "Leave it out; say what you would bring, without running down anyone, past or present.",
    "criticism": "Name their challenge as they did, and say how you would help with it.",
    "process_jab": "Leave out the remark about the wait; ask warmly whether there is an update on the timeline.",
    "self_deprecation": "Leave it out; end on what you would bring, not on doubts about yourself.",
}


# What the day was spared, told as praise: "you kept it to time without making anyone feel hurried", "four talks in a
# morning could easily have felt rushed, and it did not".
_SPARED = re.compile(
    r"\b(?:without (?:\w+ing )?(?:\w+ )?|(?:could|might|would) (?:easily |well |so easily )?have |never once )$",
    re.I,
)


# A date's passing given as the reason a clause opens with: "since the 11th has come and gone", "now that Friday
# has come and gone".
_DATE_PASSED = re.compile(
    r"\b(?:since|as|now that|because|with)\b[^,.;!?]{1,40}\b(?:came and went|come and gone)$", re.I
)
# What makes the date's passing a jab after all: "… come and gone without a word", "… and still nothing".
_JAB_AFTER = re.compile(r"\s*(?:without|with no|and (?:still|yet|nothing|no)|yet|,? (?:still|again) nothing)\b", re.I)


def implied_findings(sentence: Piece, *, about_challenge: bool = False) -> list[Finding]:
    """The implied criticism in one sentence (at most one finding)."""
    s = sentence.text
    hit: tuple[str, re.Match[str]] | None = None
    for code, pattern in (("process_jab", _PROCESS), ("badmouthing", _CONTRAST), ("self_deprecation", _SELF)):
        m = pattern.search(s)
        if m is not None:
            hit = (code, m)
            break
    if hit is None:
        m = _CONDUCT.search(s)
        if m is not None and _GENERIC.search(s[: m.start()]):
            m = None  # "what goes wrong when events are treated as an afterthought": a lesson, not an accusation
        if m is not None:
            hit = ("criticism" if about_challenge else "badmouthing", m)
    if hit is None:
        m = _LAUGH.search(s)
        if m is not None and _PROCESS_WORDS.search(s) and not _EAGER.search(s):
            hit = ("process_jab", m)
    if hit is None:
        return []
    code, m = hit
    if code == "process_jab" and _SPARED.search(s[: m.start()]):
        return []  # "without making anyone feel hurried", "could easily have felt rushed, and it did not": praise
    if code == "process_jab" and _DATE_PASSED.search(s[: m.end()]) and not _JAB_AFTER.match(s, m.end()):
        return []  # "Since the 11th has come and gone, I wanted to ask ...": the reason for asking, said plainly
    start = sentence.start + m.start()
    return [
        Finding(
            "negativity",
            "error",
            code,
            f"'{m.group().strip()}' {WHAT[code]}.",
            (start, start + len(m.group())),
            ADVICE[code],
        )
    ]
