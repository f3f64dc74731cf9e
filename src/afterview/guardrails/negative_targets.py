"""Negativity as a target and a verdict on it: the kinds of speech act the word lists of negative_acts,
negative_conduct and negative_implied leave out, each read as (what it is about) + (what it says of it).

- process_complaint: the candidate's own wait told as a grievance (negative_waits.py: time spent waiting on the day, a
  schedule that slipped, an inbox refreshed all week, a wish to get it over with);
- passive_aggressive: pointing at what they have not done (an ask "already" made, a message presumed
  buried, "this time", "if anyone has the time");
- disputes_decision: arguing with a rejection (finding it hard to understand, "I was the strongest
  applicant", a decision "made before" the interview,
  an assessment that was "hardly fair");
- criticism: a verdict on the interview or an interviewer's attention ("how rushed the call felt",
  "barely looked up from his laptop"), or on their product said as its customer ("as a customer
  myself, the coverage has been poor for years"), or implied neglect ("someone is finally looking at it");
- badmouthing: an employer named as the one the candidate is at now, with a verdict on its people.

A neutral mention of a wait, a challenge or a product ("it has been ten days since we spoke", "as a customer I
rely on the app daily") matches none of them: each needs both halves in one sentence.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.negative_waits import own_wait
from afterview.guardrails.text import Piece, sentences

_PASSIVE = gated(
    # an ask made before, pointed at: "as I already asked in my previous email"
    r"\bas I (?:have )?(?:already |previously |also )?(?:asked|requested|enquired|inquired|indicated|wrote|raised)"
    r" (?:already |previously |before |earlier |twice |(?:in|on) my (?:\w+ )?(?:previous|last|earlier|prior|first"
    r"|other) (?:\w+ )?(?:e-?mail|message|note|letter|call|voicemail))"
    r"|\bas I (?:already|previously) (?:asked|requested|enquired|inquired|indicated|raised)\b"
    # a message presumed lost in their inbox: "my email probably got buried" (not the writer's own "in case it was
    # buried in a busy week", which allows it kindly)
    r"|\b(?:probably|must have|likely|may have|might have|seems to have|no doubt|perhaps|surely)"
    r" (?:got|gotten|been|gone|went|ended up) (?:\w+ )?(?:buried|lost|missed|overlooked|ignored|forgotten|swallowed"
    r"|to (?:spam|junk))\b"
    # (a final check that says so, "writing one last time about the role", is courteous: it promises no more)
    # ("ask one last time", "a final time": a final check that says so promises no more; trying again is the jab)
    r"|\b(?:try|trying)(?: you)? (?:one more|one last|once more|a (?:second|third|final)) time\b"
    r"|\b(?:ask|asking)(?: you)? (?:one more|once more|a (?:second|third)) time\b"
    # ("I'm writing one more time to ask whether there's any update": a last, courteous check; blind36/38 readers
    # never faulted it; a third time counted out is the jab)
    r"|\b(?:write|writing|reach out|reaching out)(?: to you)? a (?:second|third) time\b"
    r"|\bone (?:last|more|final) (?:try|attempt)\b"
    # "I hope this time it will be possible", "if anyone there has the time"
    r"|\b(?:hope|hoping|trust|perhaps|maybe) (?:that )?this time\b|\bthis time (?:around )?(?:it will|someone|somebody"
    r"|you will|you'll|I will|I'll) (?:be able|be possible|get|hear|receive|reply|respond|answer)\b"
    r"|\bif (?:anyone|anybody|someone|somebody) (?:there |over there |on the panel )?(?:has|had|can find|finds"
    r"|gets) (?:the |a )?(?:time|minute|moment|chance)\b"
    r"|\b(?:perhaps|maybe|possibly|I (?:wonder|suspect|assume|gather|fear) (?:if |whether |that )?)[^.!?]{0,15}\bmy"
    r" (?:\w+ )?(?:e-?mail|message|note|letter)s? (?:never|didn't|did not|may not have|might not have|hasn't|has not)"
    r" (?:reached|reach|arrived?|got through|get through|landed)\b"
    r"|\b(?:is|does|has) (?:anyone|anybody|someone|somebody) (?:\w+ )?(?:reading|read|checking|getting|receiving|seeing"
    r"|opened?) (?:these|my|this|any of)\b|(?<!\bfor )(?<!\bappreciate )(?<!\bappreciated )(?<!\bvalue )(?<!\bvalued )"
    r"\b(?:the|some|basic|common) courtesy of\b|\bcommon courtesy\b"
    r"|\bhow many times I(?:'ve| have)? (?:already )?(?:asked|written|emailed|chased|called|followed up)\b"
    r"|\b(?:lost|losing) (?:count|track) of (?:how many|the number of)\b"
    r"|\bsilence (?:is |has )?(?:starting to |beginning to )?(?:feel|feels|felt|speaks?|says it all|is an answer"
    r"|an answer)"
    r"|\b(?:into|in) (?:the|a) (?:void|black hole|abyss)\b|\blike my (?:last|previous|earlier|other) (?:one|ones"
    r"|e-?mails?"
    r"|messages?|notes?)\b"
    # their silence pointed at: "I emailed you on the 3rd but didn't hear back, so I'm trying again"
    r"|\bI (?:e-?mailed|wrote|messaged|called|rang|phoned|followed up|reached out|got in touch)\b[^.!?]{0,60}?\b"
    r"(?:but|and|yet)\s+(?:I\s+)?(?:still\s+)?(?:didn't|did not|haven't|have not|never|still haven't|got no|received no"
    r"|had no)\s*(?:yet\s+)?(?:hear|heard|get|got|receive|received|had|reply|response|answer|word)\b"
    # a point pressed as already made, or a debt claimed: "as I made clear in my note", "I am owed that much"
    r"|\bas I (?:have )?(?:already )?(?:made (?:clear|plain|it clear)|stressed|pointed out|emphasi[sz]ed|insisted)\b"
    r"|\bas I (?:said|mentioned|wrote|explained) (?:in|on) (?:that|my (?:\w+ )?(?:previous|last|earlier|first|other))"
    r" (?:\w+ )?(?:e-?mail|message|note|letter)\b"
    r"|\b(?:I am|I'm|I\u2019m|I feel|I think I am|I believe I am) (?:at least |surely )?owed\b"
    r"|\bthe (?:very )?least (?:you|they|the \w+) (?:could|can) do\b"
    # courtesy withheld, said as a counterfactual: "a quick reply would have been courteous"
    r"|\bwould(?:'ve| have) been (?:more |much more |a lot more |only )?(?:courteous|polite|considerate|respectful"
    r"|professional|decent|common courtesy)\b",
    re.I,
)
_DISPUTE = gated(
    r"\b(?:find|found|finding) (?:it|this|that|the (?:decision|outcome|news|result)) (?:\w+ )?(?:hard|difficult"
    r"|impossible|tough) to (?:understand|accept|believe|follow|make sense of|square)\b"
    # the decision itself called hard to understand, with no 'I find': "it's hard to understand the decision"
    r"|\b(?:it's|it\u2019s|it is|it was|that's|that is) (?:\w+ )?(?:hard|difficult|impossible|tough) to (?:understand"
    r"|accept|make sense of|follow|square) (?:the|your|this|that) (?:decision|outcome|choice|reasoning|result)\b"
    r"|\b(?:find|found|finding) (?:it|this|that|the (?:decision|outcome|news|result|choice)) (?:\w+ )?(?:puzzling"
    r"|baffling|confusing|strange|odd|perplexing|bewildering|unfair|surprising)\b"
    r"|\b(?:a |the )?(?:less|more junior|less qualified|less experienced|weaker) (?:experienced "
    r"|qualified )?(?:candidate"
    r"|applicant|person|hire)\b"
    r"|\b(?:had|has|have) (?:its|their|your|his|her) minds? (?:already )?made up\b"
    r"|\bminds? (?:was |were )?(?:already )?made up (?:from the (?:start|outset|beginning)|beforehand|in advance"
    r"|before)\b"
    r"|\bI (?:still )?(?:don't|do not|can't|cannot|could not|couldn't|fail to|struggle to) (?:really )?"
    r"(?:understand|see|follow|work out|accept) (?:why|how|the (?:decision|reasoning|logic))\b"
    # "I was the strongest applicant you interviewed": their past assessment disputed ("I am the strongest
    # candidate", asking them to reconsider, is pressure: the tone check's)
    r"|\bI (?:believe |think |feel |am (?:sure|certain|confident) )?(?:that )?I (?:was|were) (?:clearly |easily"
    r" |by far |probably |arguably )?(?:the|your) (?:strongest|best|most (?:qualified|experienced|suitable|capable))"
    r" (?:applicant|candidate|person|fit|choice)\b"
    r"|\b(?:decisions? (?:like (?:this|these) )?(?:are|is|were|was|get|gets) (?:often |usually |always |probably"
    r" |already |really )?made|(?:had|has|have) (?:already )?made up (?:its|their|your|his|her) minds?|already"
    r" (?:decided|chosen|settled)) (?:\w+ ){0,2}(?:before|in advance|beforehand|ahead of)\b"
    r"|\b(?:hardly|scarcely|barely|not(?: really| exactly| entirely| very)?) (?:seems? |seemed |an? |a very )?(?:fair"
    r"|reasonable|proper|meaningful) (?:way|basis|test|measure|assessment|process|chance|method)\b"
    r"|\b(?:surprised|shocked|stunned|baffled|puzzled)\b[^.!?]{0,20}\b(?:given|considering|after) how well\b"
    r"|\bnot (?:entirely |altogether |totally |all that |that )?surprising(?:,)? given\b"
    r"|\b(?:decision|choice|outcome)s? (?:had|has|have|was|were) (?:already |probably |likely "
    r"|clearly )?(?:been )?(?:made"
    r"|taken|decided|settled) (?:long |well )?(?:before|beforehand|in advance|ahead)\b"
    r"|\b(?:not|hardly|barely|scarcely) (?:nearly |really |long )?enough (?:time )?to (?:judge|assess|evaluate|know"
    r"|decide"
    r"|gauge|get to know)\b"
    r"|\b(?:puzzled|confused|baffled|surprised|shocked|stunned|perplexed),? (?:since|as|given|because|considering)"
    r" (?:everyone|everybody|the panel|you|all|both|each)\b"
    r"|\b(?:you|your panel|the panel|the committee|the team|they|the interviewers?)\s+(?:may have |might have "
    r"|must have )?"
    r"(?:underrated|underappreciated|discounted|dismissed|undersold|overlooked)\b"
    r"|\b(?:outcome|decision|result|choice) (?:feels|seems|is|was|felt|seemed) (?:\w+ )?(?:unjust|unfair|wrong|mistaken"
    r"|a mistake|harsh|premature)\b"
    r"|\b(?:earmarked|set aside|reserved|intended|meant|lined up) for (?:an? )?(?:internal|specific|preferred"
    r"|particular"
    r"|chosen) (?:candidate|person|hire|applicant)\b|\binternal candidate all along\b"
    r"|\b(?:did not|didn't|never) (?:get to |got to |really )?see (?:my|the) (?:best|real)(?: work| me| side)?\b"
    r"|\bcame as (?:a |quite a )?(?:real |complete |total |big |great )?(?:shock|blow)\b"
    r"|\b(?:I was|I had been|we were) (?:led|given) to (?:believe|understand|think)\b"
    r"|\bI (?:respectfully |strongly |must |have to )?(?:disagree|(?:don't|do not|can't|cannot) (?:quite |really "
    r"|fully )?"
    r"agree) with (?:the|your|this|that) (?:panel|committee|decision|assessment|view|conclusion|feedback|verdict)"
    r"|\bwould(?:'ve| have) been (?:fairer|more fair|more reasonable|more transparent|better) (?:to|if)\b"
    r"|\b(?:a (?:real )?(?:shame|pity)|unfortunate|a missed opportunity) (?:that )?(?:the panel|you|they|nobody|no one"
    r"|the interviewers?|the committee|I was not|I wasn't)\b[^.!?]{0,30}\b(?:didn't|did not|never|couldn't|could not"
    r"|wasn't|was not|weren't|asked)",
    re.I,
)
_INTERVIEW = (
    r"(?:call|video call|interview|interviews|panel|conversation|meeting|session|round|process|screening"
    r"|assessment|exercise|presentation|chat)"
)
_BAD_DAY = (
    r"(?:rushed|hurried|disorgani[sz]ed|chaotic|superficial|one-sided|unfair|perfunctory|impersonal|cold"
    r"|awkward|tense|tedious|pointless|unprofessional|brief|short)"
)
_CRITIC = gated(
    # "given how rushed the video call felt", "how chaotic the panel was"
    rf"\bhow (?:\w+ )?{_BAD_DAY} (?:the|that|our|my|your|this) (?:\w+ )?{_INTERVIEW} (?:felt|was|seemed|were"
    r"|came across)\b"
    # an interviewer's attention: "barely looked up from his laptop", "on her phone the whole time"
    r"|\b(?:barely|hardly|never|rarely|didn't even|did not even|not once) (?:looked|look|glanced) (?:up|away) from\b"
    # a verdict on a part of the day: "the lunch with the team was a bit awkward"
    r"|\b(?:the|that|our) (?:\w+ )?(?:lunch|tour|dinner|visit|call|interview|panel|conversation|meeting|session|chat"
    r"|round|presentation|welcome)\b[^.!?,]{0,30}\b(?:was|felt|seemed|came across as) (?:a bit |rather |quite |pretty "
    r"|somewhat |a little |very |really |so )?(?:awkward|uncomfortable|tense|stiff|strained|frosty|cold|rushed|chaotic"
    r"|disorgani[sz]ed|unpleasant|uncomfortable|hostile|dull|boring|tedious|pointless)\b"
    r"|\b(?:barely|hardly|never|rarely|didn't|did not) (?:\w+ )?(?:made|make|making) eye contact\b"
    r"|\b(?:kept|keep|keeps|was|were) (?:checking|looking at|glancing at) (?:the time|the clock|(?:his|her|their)"
    r" (?:watch|phone|laptop|email|screen))\b|\boff-?putting\b"
    r"|\b(?:on|at|checking|typing on|looking at|glued to) (?:his|her|their) (?:phone|laptop|email|screen)"
    r" (?:the whole time|throughout|for most of|most of the time|the entire)\b"
    # implied neglect: "someone is finally looking at", "finally doing something about"
    r"|\b(?:someone|somebody|anyone|anybody|they|you)(?:'re|'s| is| are| was| were)? finally (?:looking|doing"
    r"|fixing|tackling|addressing|dealing|paying|taking|getting round|getting around)\b"
    r"|\bfinally (?:doing something about|paying attention to|taking (?:it|this|that|\w+) seriously)\b"
    # faint praise and dated looks: "surprised me for a company of your size", "looks like it was built in 2005"
    r"|\b(?:surpris\w*|disappoint\w*|slow|odd|strange|poor|weak|sloppy|unexpected|behind|basic|outdated|dated|shocking"
    r"|errors?|typos?|mistakes?)\b[^.!?]{0,50}\bfor a (?:company|firm|business|utility|organi[sz]ation|team|brand|group"
    r"|house) (?:of your (?:size|standing"
    r"|reputation|stature)|like yours|your size)\b"
    r"|\b(?:looks|look|looked|feels|feel|felt|seems|seemed) like (?:it|they) (?:was|were|'s|is|are) (?:built|made"
    r"|designed"
    r"|written|from) (?:in |back in )?(?:the )?(?:19|20)?\d\d(?:s)?\b"
    r"|\b(?:seems?|seemed|is|was|were|are|looks?|looked|sounds?|sounded|been|feels?|felt) (?:\w+ )?(?:careless"
    r"|negligent"
    r"|reckless|complacent|lax|sloppy|slapdash|haphazard)\b"
    r"|\b(?:it's|it is|it was|that's|that is) (?:\w+ )?(?:worrying|alarming|troubling|concerning|shocking|astonishing"
    r"|appalling) that\b"
    r"|\bpoorly (?:communicated|planned|organi[sz]ed|handled|managed|run|explained|coordinated|executed"
    r"|thought[- ]out)\b"
    r"|\b(?:kept|keeps|keep|left|leaves) (?:me|us|customers|callers|people) on hold\b"
    r"|\bon hold for (?:\w+ ){0,2}(?:minutes"
    r"|hours|an hour|ages)\b"
    r"|\b(?:must|would|will) (?:have been|be) (?:\w+ )?(?:embarrassing|humiliating|mortifying|awkward) for\b"
    # chronic faults: "has been pretty poor for a long time"
    r"|\b(?:has|have) been (?:pretty |really |very |quite |so |fairly |consistently |genuinely )?(?:poor|bad|terrible"
    r"|awful|unreliable|patchy|spotty|weak|shaky|flaky|dire|woeful|appalling|hopeless|useless|broken|slow)"
    r" (?:for (?:a long time|years|ages|months|as long as|a while|decades)|since (?:forever|I|as long))\b",
    re.I,
)
# Speaking as their customer, with a verdict on what they sell.
_CUSTOMER = gated(
    r"\b(?:as|being) (?:a|an|one of your|your) (?:[\w'-]+ ){0,3}?(?:customer|user"
    r"|subscriber|client|shopper|patient|passenger|member|guest|rider|reader|listener|viewer)s?\b",
    re.I,
)
_POOR = gated(
    r"\b(?:poor|bad|terrible|awful|unreliable|patchy|spotty|weak|flaky|slow|dire|woeful|appalling|frustrating"
    r"|disappointing|annoying|clunky|confusing|buggy|useless|hopeless|broken|dropping|drops out|keeps dropping"
    r"|never works|rarely works|a nightmare|a joke|a mess|a pain)\b",
    re.I,
)
# The employer the candidate is at now, said without "my current employer": "the shop I'm at now".
_HERE_NOW = gated(
    r"\b(?:the|a|my) (?:[\w-]+ ){1,2}?I(?:'m| am) (?:at|with|in|working (?:at|for|in)) (?:now|currently|at the moment"
    r"|right now)\b"
    r"|\bwhere I(?:'m| am)? (?:currently |now )?(?:work|working|employed|based)(?: now| currently| at the moment)?\b"
    r"|\bwhere I(?:'m| am) (?:now|at the moment|currently)\b|\bmy (?:current|present) (?:\w+ )?(?:employer|job|role"
    r"|team|workplace|company|firm|boss|manager)\b",
    re.I,
)
_VERDICT = gated(
    r"\b(?:could(?:n't| not) care less|(?:don't|doesn't|didn't|do not|does not|did not) (?:really )?(?:give a|care"
    r" (?:about|what|how|whether))|past (?:its|their) best|cut(?:s|ting)? corners|(?:doesn't|don't|didn't|never)"
    r" (?:bother|listen)|(?:toxic|chaotic|disorgani[sz]ed|incompetent|clueless|mismanaged|badly run|poorly run"
    r"|a mess|a joke|a shambles|dysfunctional|(?:has|have) no (?:idea|clue)"
    # praise of the reader that runs the employer down: "somewhere that listens to engineers ... a change from"
    r"|(?:somewhere|a place|a team|a company|an employer|someone|people) (?:that|who|which) (?:\w+ly )?(?:listens?"
    r"|cares?|values?|respects?|supports?|trusts?|invests?|appreciates?)|a (?:big |huge |real |welcome |nice )?change"
    r" from))\b",
    re.I,
)
# Running oneself down against the others: "far more polished than me", "I didn't do myself justice".
_SELF = gated(
    r"\b(?:did(?:n't| not)|don't think I did|do not think I did|never did) (?:really |quite |fully )?(?:do )?"
    r"(?:myself|my (?:experience|record|work|background)) justice\b"
    r"|\b(?:more|better|far more|much more|a lot more) (?:polished|qualified|experienced|impressive|articulate|prepared"
    r"|confident|capable|suited) than (?:me|I am|I was|myself)\b"
    r"|\b(?:stronger|better|smarter|sharper) (?:candidates?|applicants?|people) than (?:me|myself)\b"
    r"|\bmy (?:\w+ )?(?:long-winded|rambling|muddled|clumsy|waffly|waffling|nervous|garbled|confused|weak|shaky)"
    r" (?:answers?|responses?|explanations?|replies|examples?)\b"
    r"|\b(?:undersold|under-sold|undersell|sold) myself(?: short)?\b|\b(?:I|my mind) went (?:completely "
    r"|totally )?blank\b"
    r"|\bI drew a blank\b"
    # one's own interview run down: "my answers on the DSP side were not very strong", "I got flustered"
    r"|\bmy (?:\w+ ){0,4}?(?:answers?|responses?|examples?|explanations?|presentation|performance|interview)"
    r" (?:[\w&-]+ ){0,4}?(?:was|were) (?:not|n't|hardly|far from) (?:very |that |particularly |as |my |at all )?"
    r"(?:strong|good|great|clear|convincing|polished|sharp|best)\b"
    r"|\bmy (?:\w+ ){0,4}?(?:answers?|responses?|examples?|explanations?|presentation|performance) (?:[\w&-]+ ){0,4}?"
    r"(?:was|were) (?:a bit |rather |pretty |quite |really |very )?(?:weak|poor|shaky|muddled|rambling|all over the"
    r" place)\b"
    r"|\bI (?:got|was|became|felt) (?:a (?:bit|little) |so |very |quite )?(?:flustered|rattled|tongue-tied|muddled"
    r"|flustered)\b|\bI (?:rambled|fumbled|stumbled|waffled|floundered|froze)\b(?! (?:on|upon|across|onto|into)\b)"
    r"|\b(?:thinner|weaker|lighter|less|narrower|slimmer) than (?:you|the panel|the team|they) (?:were |are "
    r"|had )?(?:hoping"
    r"|expecting|looking|hoped|expected|wanted)\b"
    r"|\b(?:never|not|wasn't|was not) (?:really |ever |quite )?(?:a |an )?(?:serious|real|genuine|strong|credible"
    r"|viable)"
    r" (?:contender|candidate|option|prospect|choice)\b"
    r"|\bI (?:talked|spoke|kept talking) over you\b|\bI (?:interrupted|cut) you(?: off)?\b"
    r"|\b(?:I )?doubt (?:that )?I (?:really )?(?:stood out|impressed|made (?:much of )?an impression|measured up|was"
    r" (?:the|a|what|strong|good))"
    r"|\b(?:probably|likely|clearly|certainly|perhaps)? ?(?:not|wasn't|was not|isn't|am not) (?:quite |exactly )?what"
    r" you(?:'re| are| were)? (?:were |are )?looking for\b",
    re.I,
)
WHAT = {
    "process_complaint": "complains about the wait or how the day was run",
    "passive_aggressive": "reads as passive-aggressive",
    "disputes_decision": "disputes their decision",
    "criticism": "criticises them, their interview or their product",
    "badmouthing": "speaks badly of your employer or its people",
    "self_deprecation": "runs yourself down",
}
ADVICE = {
    "process_complaint": "Leave out the wait; thank them, or ask warmly whether there is an update on the timeline.",
    "passive_aggressive": "Say what you need directly and kindly, without pointing at what they have not done.",
    "disputes_decision": "Accept the decision graciously; ask what would strengthen a future application.",
    "criticism": "Leave out the verdict; if you have an idea for them, offer it as an idea.",
    "badmouthing": "Leave it out; speak of employers and colleagues, past or present, with respect.",
    "self_deprecation": "Leave it out; end on what you would bring, not on doubts about yourself.",
}


# Conduct that runs people down whoever the target: "treat engineers like furniture", "presents it as his own".
_CONDUCT = gated(
    r"\btreat(?:s|ed|ing)? (?:\w+ ){0,4}?like (?:\w+ )?(?:furniture|dirt|numbers|children|kids|robots|cogs|machines"
    r"|servants|garbage|rubbish|idiots|an afterthought|disposable)\b"
    r"|\b(?:presents?|presented|passes|passed|pass) (?:\w+ ){0,3}?(?:off )?as (?:his|her|their) own\b"
    r"|\b(?:shout|shouted|shouting|shouts|yell|yelled|yelling|yells|scream|screamed|screaming|snap|snapped|snapping"
    r"|swore|swearing) at (?:the|us|me|staff|people|everyone|his|her|their|anyone|junior|new)\b"
    r"|\b(?:belittl|humiliat|bull(?:ied|ying|ies))\w*"
    r"|\b(?:after|given|considering|relief)\b[^.!?]{0,30}\bthe way (?:\w+ ){1,4}(?:was|were|has been|had been|is"
    r"|are) (?:handled|run|managed|treated|done)\b"
    r"|\b(?:was|were|seemed|came across as|felt|sounded) (?:quite |a bit |rather |very |pretty |somewhat |a little "
    r"|so )?"
    r"(?:abrupt|curt|brusque|impatient|unhelpful|offhand|off-hand|short with me|snappy|condescending|patroni[sz]ing)\b"
    r"|\b(?:overlooked|passed over|ignored) for (?:a |every )?(?:promotion|raise|pay rise|the role|advancement)s?\b",
    re.I,
)


def target_findings(sentence: Piece) -> list[Finding]:
    """The first negative speech act of these kinds in one sentence (at most one finding)."""
    s = sentence.text
    checks: tuple[tuple[str, re.Match[str] | None], ...] = (
        ("process_complaint", own_wait(s)),
        ("passive_aggressive", _PASSIVE.search(s)),
        ("disputes_decision", _DISPUTE.search(s)),
        ("criticism", _CRITIC.search(s) or (_POOR.search(s) if _CUSTOMER.search(s) else None)),
        ("badmouthing", (_VERDICT.search(s) if _HERE_NOW.search(s) else None) or _CONDUCT.search(s)),
        ("self_deprecation", _SELF.search(s)),
    )
    for code, m in checks:
        if m is not None:
            return [said_finding(code, m, sentence.start, WHAT, ADVICE)]
    return []


def disputes_decision(text: str) -> re.Match[str] | None:
    """Where `text` disputes a rejection ('I find it hard to understand', 'I was the strongest applicant'): a
    question in a sentence that does so is an argument, not a request for feedback (purpose)."""
    for sentence in sentences(text):
        m = _DISPUTE.search(sentence.text)
        if m is not None:
            return m
    return None
