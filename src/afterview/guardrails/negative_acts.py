"""Negative speech acts, one sentence at a time (the negativity check's errors).

- badmouthing: a harsh judgment of a former (or current) employer, its leadership or colleagues;
- self_deprecation: the candidate running themselves down ("I know I rambled", "probably not the
  strongest candidate");
- criticism: the candidate's own harsh verdict on the company or its product ("the onboarding felt
  clunky and confusing");
- harsh_restatement: the team's stated challenge restated as a verdict ("weekend staffing is a mess",
  "morale must be terrible").

A neutral mention of their challenge ("you mentioned checkout slows down at peak") is the point of
a follow-up and stays clean; a story about fixing one's own past problem ("our deploys were slow, so
I automated them") judges no one. What a sentence is about decides: a target word (employer,
leadership, their product, the team) and an evaluative word must meet in the same sentence.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_owner import mine_not_theirs
from afterview.guardrails.text import Piece, stem

# A former (or current) employer and its people.
_FORMER = gated(
    r"\b(?:my|our) (?:former|previous|last|old|prior|past|current|present|ex-?)[- ]?"
    r"(?:employer|company|job|role|position|workplace|firm|org|organi[sz]ation|startup|team|manager|boss"
    r"|supervisor|leadership|management|director|lead|cto|ceo|vp|founders?|colleagues|coworkers|co-workers"
    r"|department|agency|client|place)"
    r"|\b(?:my|our) (?:manager|boss|supervisor|leadership|management|ceo|cto|founders?|director|executives)"
    r" (?:at|there|was|were|had|never|didn't|did not|always|kept|would|rarely|seldom|barely|hardly|only|just"
    r"|constantly|keeps|won't|doesn't|does not|can't|cannot|still|has|is|was)\b"
    r"|\b(?:the )?(?:leadership|management|executives|founders|the ceo|the cto|my boss|my manager)"
    r" (?:at|of|over at) (?P<org>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)"
    r"|\bwhy I(?:'m| am)? (?:left|leaving|want(?:ed)? to leave)\b|\bI left (?:because|since|due to)\b"
    r"|\bI(?:'m| am)? (?:want|wanted|need|needed|decided|plan|planning|looking|hoping|keen) to (?:leave|move on from"
    r"|get out of|get away from)\b|\b(?:the )?(?:management|leadership|managers|bosses) (?:there|at my)\b"
    r"|\b(?:where|when) I (?:was|worked) (?:before|previously)\b",
    re.I,
)
_BADMOUTH = gated(
    r"\b(?:micromanag\w*|toxic|incompeten\w*|clueless|dysfunctional|chaotic|chaos|mismanag\w*|disorgani[sz]ed"
    r"|bureaucra\w*|politic(?:s|al)|stifl\w*|short[- ]sighted|out of touch|no (?:vision|direction|idea|clue)"
    r"|lack(?:ed|s|ing)? (?:any )?(?:vision|direction|leadership|competence)|never listen\w*|(?:didn't|did not"
    r"|never) (?:listen|care|value|respect|support|know what)\w*|poorly (?:run|managed|led|organi[sz]ed)"
    r"|badly (?:run|managed|led)|took credit|under the bus|blamed|(?:a |complete |total )?(?:mess|joke|disaster"
    r"|nightmare|circus)|terrible|awful|horrible|useless|hopeless|miserable|hated|couldn't stand|fed up"
    r"|tired of|frustrat\w*|(?:only|just) (?:ever )?(?:cared|thought|worried) about (?:the |their |his "
    r"|her )?(?:[\w-]+ )?"
    r"(?:numbers|money|profits?|targets|metrics|themselves|optics|appearances|image|bonus(?:es)?|bottom line"
    r"|share price)"
    r"|(?:couldn't|could not|can't|cannot) (?:organi[sz]e|run|manage|plan|lead) (?:a|an|their|the)|(?:rarely|seldom"
    r"|never|hardly ever|barely) (?:gives?|gave|shares?|shared|credits?|credited"
    r"|praises?|praised|explains?|explained|lets? anyone|consults?|consulted)"
    r"|(?:didn't|did not|never|doesn't|does not) (?:really |truly |once |even )?(?:understand|understood|grasp|grasped"
    r"|appreciate|appreciated|value|valued|see)|sinking ship|dead[- ]end|revolving door|burn(?:ed|t) (?:me |everyone "
    r"|us )?out"
    r"|overworked|underpaid|unfair|disrespect\w*|dishonest|unethical|shady|lazy|arrogant|rude|unprofessional"
    # careless work, as people's work is run down: "the previous team's sloppy testing", "they were careless"
    # (not the candidate's own story: "I replaced a haphazard process")
    r"|(?:['\u2019]s|s['\u2019]|\btheir|\bhis|\bher|\b(?:they|he|she|management|leadership|managers?|team|staff|colleagues"
    r"|engineers|developers|planners|predecessors?|bosses|boss|owners?|founders?) (?:was|were|are|is)"
    r"(?: (?:often|always|very|so|pretty|quite|really))?) (?:[\w-]+ )?(?:sloppy|careless|shoddy|slapdash|haphazard"
    r"|negligent|botched|half-baked|amateurish|reckless)"
    r"|worst(?!-)|bad (?:leadership|management|manager|boss|culture|decisions)|(?:so|very|really) bad"
    r"|held (?:me|us|the team) back|wasted|waste of"
    # "alarms people ignored": a thing described by a reduced relative clause, no one's conduct judged
    r"|(?<!people )(?<!operators )(?<!users )(?<!everyone )(?<!nobody )ignor(?:ed|es|ing)"
    r"|people ignor(?:ed|es|ing) (?:me|us|my|our|the team|everyone|feedback|concerns|warnings)|dismiss(?:ed|ive)"
    r"|refused to|wouldn't listen"
    # indifference, said of a former employer's people: "was never a priority there", "showed little interest in it"
    r"|(?:was|were|has been|had been|is|are) never (?:a |much of a |any kind of )?priority"
    r"|(?<!\bI )(?<!\bwe )(?:showed|shows|show|had|has|took|takes|paid|pays|gave|gives) (?:little|no|scant|zero"
    r"|hardly any|not much)"
    r" (?:real )?(?:interest|attention|notice|regard)"
    # their people withholding or obstructing: "management never wanted to fund planning", "the owners blocked every
    # investment" (said only where a former employer is in view)
    # (the candidate's own hedge is none: "I would not want to guess at the causes from here")
    r"|(?<!\bI )(?<!\bI'd )(?<!\bI\u2019d )(?:never|rarely|seldom|hardly ever|wouldn't|would not) (?:\w+ )?"
    r"(?:wanted|want|fund(?:ed)?|invest(?:ed)?"
    r"|approv(?:e|ed)|back(?:ed)?|let(?! (?:me|us|you|anyone|them) down)|allow(?:ed)?"
    r"|bother(?:ed)?|plann?(?:ed)?|spen[dt]|paid|pay|trust(?:ed)?)"
    r"|(?:blocked|vetoed|killed|starved|stonewalled|overruled|shelved|sat on) (?:every|any|all|each|our|my|most)"
    r"|shot down|(?:going|went|go) around (?:them|him|her|management|leadership)"
    r"|refus(?:e|es|ed|ing) to (?:change|listen|adapt|learn|try|invest)|(?:does|do|did) not (?:understand|care|listen)"
    r"|(?:doesn't|don't|didn't) (?:understand|care|listen|get it)"
    r"|(?:rarely|never|hardly ever|barely|seldom) (?:read|listened|looked at|cared|supported|acted on|responded"
    r"|followed|bothered|thanked|recogni[sz]ed|invested))\b",
    re.I,
)
# A complaint about how the interview went: "the panel seemed rushed", "I was never asked about".
_INTERVIEW_COMPLAINT = gated(
    r"\b(?:the )?(?:panel|interviews?|interviewers?|process|questions|conversation|call|meeting|case stud(?:y|ies)"
    r"|take-home (?:task|test|exercise)|assessment|written test|presentation brief|instructions)"
    r"(?: (?:format|structure|schedule|session|day|brief|task))?"
    r"(?: (?:about|on|from|in|during) (?:[\w-]+ ){1,4}?)? (?:seemed|seem|seems|was|were"
    r"|felt|came across as) (?:a bit |rather |quite |very |so |too |somewhat |frankly |far )?(?:rushed|hurried|unfair"
    r"|disorgani[sz]ed|unstructured|superficial|one-sided|chaotic|unprofessional|biased|impersonal|cold|tedious|boring"
    r"|dull|long-winded|pointless|a waste of time|(?<=too )long|(?<=too )short|unclear|confusing|vague"
    r"|(?:not|never) (?:well |clearly |properly |fully )?(?:explained|organi[sz]ed|structured|communicated|briefed)"
    r"|(?:poorly|badly) (?:explained|organi[sz]ed|structured|communicated|briefed))\b"
    # the courtesy they owed, said to be missing: "I expected a bit more courtesy", "would have appreciated more notice"
    r"|\b(?:expected|had expected|hoped for|would have appreciated|deserved|deserve) (?:a bit |a little |rather "
    r"|somewhat |much |far |at least a little )?more (?:courtesy|respect|consideration|communication|professionalism"
    r"|transparency|notice|warning|clarity)\b"
    # a better process said to have been owed: "I expected a more reliable process from a company of your size"
    r"|\b(?:expected|had expected|hoped for|would have expected) (?:a |an )?(?:much |far |rather |a bit |somewhat )?"
    r"(?:more|better) (?:\w+ )?(?:process|response|reply|approach|handling|communication|organi[sz]ation)\b"
    # no one bothering: "nobody at Loadline has bothered to reply"
    r"|\b(?:nobody|no one|no-one|no body)\b[^.!?]{0,30}?\b(?:has |had |have )?(?:even )?bothered to\b"
    # the process longer than they said: "the two-hour format was longer than I had been led to expect"
    r"|\b(?:format|process|interview|panel|day|assessment|session|round)s? (?:was|were|ran|felt) (?:\w+ )?"
    r"(?:longer|slower) than (?:I had been led to|I was led to|I had been told|I was told|I had expected"
    r"|I expected|expected|advertised|promised)\b"
    # the silence made the writer's life harder: "the silence has made it difficult to plan"
    r"|\b(?:the )?(?:silence|wait|waiting|delay|lack of (?:news|updates?|communication)) (?:has |have |had )?"
    r"(?:made|makes|is making|been making) it (?:very |really |quite |rather )?(?:difficult|hard|impossible|tricky)\b"
    # the hope that the rest goes better: "I hope the rest of the process is a little more streamlined"
    r"|\bhope (?:that )?(?:the rest of )?(?:the |your )?(?:process|next (?:round|stage|steps?)|hiring)"
    r" (?:is|will be|goes|can be|becomes) (?:a (?:little|bit|touch) |much |somewhat )?"
    r"(?:more (?:streamlined|organi[sz]ed|efficient|smooth|structured)|smoother|quicker|faster|better organi[sz]ed)\b"
    # the same verdict before the noun: "after a rather tedious HR session", "the pointless second round"
    r"|\b(?:a|the|that|this) (?:rather |pretty |fairly |quite |very |bit |somewhat |frankly )?(?:tedious|boring|dull"
    r"|long-winded|pointless|rushed|chaotic|disorgani[sz]ed|superficial|tiresome|dreary|unprofessional)"
    r" (?:[\w-]+ )?(?:session|interview|panel|round|call|meeting|process|presentation|screening|assessment"
    r"|exercise|briefing|onboarding|induction)s?\b"
    r"|\bI was (?:never|not even) (?:asked|given (?:a|the) chance)\b|\bwould have changed the (?:outcome|decision"
    r"|result)\b"
    r"|\b(?:didn't|did not|never) (?:get|have|got) (?:a|the) (?:fair |real |proper )?chance to\b"
    # the chance said to be unfair, however the negation comes: "I don't feel I was given a fair chance"
    r"|(?:n't|\bnot|\bnever)\b[^.!?]{0,25}\b(?:given|offered|afforded|had|got|get|have) (?:a|the) (?:fair|real|proper"
    r"|genuine|full) (?:chance|shot|hearing|opportunity)\b",
    re.I,
)
# "refreshing to meet someone who listens": praise that runs others down.
_BACKHANDED = gated(
    r"\brefreshing to (?:meet|talk to|talk with|speak with|speak to|work with|find|hear from) (?:someone|a manager"
    r"|a leader|a team|people|an organi[sz]ation|a company) (?:who|that|which)\b",
    re.I,
)
# The decision as a possibility, not the candidate's verdict on themselves: "if it isn't the right fit this time".
_IF_OUTCOME = re.compile(r"\b(?:if|even if|whether|should)\s+(?:it|this|that|the (?:role|job|position))\s*$", re.I)
_SELF = gated(
    r"\bI (?:know |realize |realise |fear |worry |suspect |feel like |think )?I (?:rambled|babbled|blanked|froze"
    r"|fumbled|stumbled|messed up|bombed|botched|flubbed|choked|was (?:all over the place|a bit all over|nervous"
    r"|rambling|unprepared|not (?:at my best|very clear|clear|prepared))|did(?:n't| not) (?:do (?:well|great|my best"
    r"|a good job)|answer (?:well|clearly|that well)|explain (?:myself|it) (?:well|clearly))|could have done better"
    r"|talked too much|went on too long)\b"
    r"|\b(?:I rambled|I was rambling|my rambling|I blanked|I froze up|I fumbled|I bombed)\b"
    # the interview's performance, or the calling, run down: "I know I performed poorly", "not sure I am cut out for"
    r"|\bI (?:know |think |feel |fear |suspect |realise |realize )?(?:that )?I (?:performed|did|interviewed|presented"
    r"|answered|came across) (?:\w+ )?(?:poorly|badly|weakly|awkwardly|terribly)\b"
    r"|\b(?:I(?:'m|\u2019m| am| was)(?: \w+ly)? not|(?:not sure|unsure|doubt) (?:if |whether |that )?I(?:'m|\u2019m| am"
    r"| was))(?: \w+ly)? (?:really )?cut out for\b"
    r"|\bI(?:'m|\u2019m| am)(?: \w+ly)? (?:just )?being (?:a |such a |an )?(?:nuisance|pest|pain|bother|burden)\b"
    r"|\b(?:probably|likely|certainly|clearly|definitely)? ?(?:not|wasn't|was not|isn't|am not|I'm not)"
    r" (?:the )?(?:strongest|best|most (?:qualified|experienced|impressive)|ideal|perfect|obvious|right)"
    r" (?:candidate|fit|choice|person|applicant)\b"
    r"|\b(?:I(?:'m| am)|I may be|I might be) (?:under-?qualified|not (?:qualified|good enough|experienced enough|the"
    r" right)|out of my depth|(?:just |only )a (?:junior|beginner|novice)\b|a (?:junior|beginner|novice)"
    r"(?: (?:at|in|with)\b|(?=[.,;!?])))"
    r"|\bnot (?:good|smart|experienced|qualified|strong) enough\b|\bI(?:'m| am) (?:no|not an?) (?:expert|genius)\b"
    r"|\b(?:sorry|apologi[sz]e|apologies) (?:for|about|that|if) (?:my|I|the way I|being|how I|rambling|not being"
    r"|taking up)\b"
    r"|\bforgive (?:my|me for)\b|\bmy (?:answers?|responses?|explanation|performance) (?:was|were) (?:weak|poor|not"
    r" (?:great|good|very good|strong|clear)|bad|terrible|rough|disappointing|shaky|messy|unclear)\b"
    r"|\bI (?:lack|don't have|do not have|have little|haven't got) (?:much |enough |the |any )?(?:experience"
    r"|skills|background|expertise|knowledge)\b"
    r"|\bI struggled to (?:answer|explain|articulate|find the words|express|think|keep up|follow)\b"
    r"|\bI(?:'m| am)(?: \w+ly)? not (?:very |that |particularly |as |especially )?"
    r"(?:strong|good|great|confident|experienced"
    r"|skilled|comfortable) (?:in|at|with)\b(?![^.!?]*\b(?:but|yet|though|although)\b)"
    r"|\b(?:I worry|I fear|I'm afraid|I am afraid) (?:that )?my (?:answers?|responses?"
    r"|interview|performance|examples?|presentation)\b"
    # a guess or a realisation about one's answer runs it down only with a verdict after it ("I suspect my answer
    # fell short"; "I suspect my interview helped a little" and "my answer leaned on X" judge nothing)
    r"|\b(?:I suspect|I realise|I realize) (?:that )?my (?:answers?|responses?|interview|performance|examples?"
    r"|presentation)\b(?=[^.!?]{0,40}\b(?:weak|poor|thin|shaky|fell (?:short|flat)|missed the mark|let (?:me|you)"
    r" down|lacked|unconvincing|rambl\w*|confus\w*|hurt|cost me|(?:didn't|did not|wasn't|was not|weren't|were not)"
    r" (?:land|convince|come across|strong|clear|good|enough)))"
    r"|\bI was (?:so |very |really |too |extremely )(?:nervous|flustered|scattered)\b(?![^.!?]*\b(?:but|until|at first"
    r"|before|then))|\bI was (?:a bit |a little |very |really |quite |pretty |too |rather |so )?(?:all over the place"
    r"|unprepared|underprepared|tongue-tied|off my game|not myself|not at my best)\b"
    r"|\b(?:isn't|is not|wasn't|was not|aren't|are not)(?: quite)? as (?:polished|strong|good|impressive|experienced"
    r"|qualified|relevant) as (?:other|the other|others|those of)\b"
    r"|\bmy (?:answers?|responses?|explanation|performance|presentation|interview|examples?)\b[^.!?]{0,50}\b(?:was"
    r"|were)"
    r" (?:a bit |pretty |rather |quite |very |so |too |fairly |somewhat |probably |really )?(?:weak|poor|thin|shaky"
    r"|muddled|unclear|rambling|bad|terrible|rough|disappointing|underwhelming|not (?:great|good|strong|clear))\b"
    r"|\bI (?:made|make) a (?:real |complete |total |bit of a |right )?(?:mess|hash|muddle|pig's ear) of\b"
    r"|\b(?:understand|understood|forgive you) if (?:you|the panel|the team|they) (?:have|had) (?:\w+ )?"
    r"(?:doubts|reservations|concerns) about me\b"
    r"|\bI (?:probably |likely |may have |might have |must have )?(?:came|come) across as"
    r" (?:much |far |a lot |a little |pretty |rather |quite |very |really |fairly |somewhat )?(?:less|not|too|a bit"
    r"|nervous|unprepared|junior|inexperienced|unsure|disorgani[sz]ed)\b"
    r"|\b(?:a |my )?(?:weak|poor|embarrassing|disappointing|shaky) (?:answer|showing|performance|interview)\b"
    r"|\bembarrass(?:ed|ing) (?:by|about) (?:my|how I)\b|\bwasted your time\b"
    r"|\bI (?:didn't|did not|don't think I) (?:interview|present|perform|come across|do) (?:well|very well|great"
    r"|my best)\b"
    r"|\b(?:there are|there were|you (?:have|had|met|will meet)|you've met) (?:probably |likely |surely "
    r"|certainly )?(?:many |much |far )?"
    r"(?:stronger|better|more (?:qualified|experienced|impressive)) (?:candidates|applicants|people)\b"
    r"|\b(?:not sure|unsure|doubt|wonder) (?:if |whether |that )?I(?:'m| am| was|'d be| would be)"
    r" (?:\w+ )?(?:qualified|experienced|good|ready|right|strong|senior|smart) enough\b"
    r"|\b(?:not sure|unsure) (?:if |whether )?I(?:'m| am) (?:the right|a good|qualified|ready)\b",
    re.I,
)
# The company and what it makes, as the candidate might criticise it.
_PRODUCT = (
    r"(?:app|apps|product|products|platform|website|site|onboarding|ui|ux|interface|tool|tools|tooling|dashboard"
    r"|checkout|portal|docs|documentation|design|pricing|offering|experience|signup|sign-up|flow|flows|service"
    r"|support|software|brand|marketing|ads?|content|search|navigation|menu|api|sdk|release|launch|feature"
    r"|features|stores?|shop|catalog|catalogue|customer service|hiring process|interview process|process"
    r"|culture|strategy|roadmap|leadership|management|codebase|stack|infrastructure|systems?)"
)
_CRITIC = gated(
    r"\b(?:clunky|confusing|buggy|outdated|dated|ugly|unintuitive|counter-?intuitive|janky|laggy|glitchy|clumsy"
    r"|cluttered|mediocre|disappointing|underwhelming|lackluster|lacklustre|half-baked|amateur\w*|sloppy"
    r"|inferior|subpar|sub-par|unusable|frustrating|annoying|painful to use|hard to (?:use|navigate|find|follow"
    r"|understand|read)|difficult to (?:use|navigate|understand)|a (?:real )?(?:mess|pain|headache|joke|disaster"
    r"|nightmare)|messy|broken|terrible|awful|horrible|(?:really|very|so|pretty|quite) (?:bad|poor|slow)"
    r"|poor(?:ly (?:designed|built|made|executed|thought[- ]out))?|badly (?:designed|built|made)"
    r"|not (?:very )?(?:good|great|intuitive|user-friendly|polished)|needs? (?:a lot of|serious|major) work"
    r"|falling behind|behind (?:the times|competitors|the competition|your competitors)|(?:worse|weaker) than"
    r"|(?:\w+ )?out of date|out-of-date|a (?:real )?struggle|hard work to (?:use|get through|navigate)"
    r"|(?:the )?most (?:confusing|frustrating|annoying|unclear|baffling|unhelpful|clunky) I(?:'ve| have)?"
    r"|hard to make sense of|hard to (?:figure|work) out|impossible to (?:use|find|follow|understand|navigate)"
    r"|lagging|stale|bloated|overpriced|a step backwards?|could be (?:much|a lot|far) better|clearly (?:struggling"
    r"|broken|failing)|struggl(?:es|ing) to"
    # behind another's, or too little for what it serves: "a few years behind what we used", "seems light for a venue
    # this size"
    r"|(?:a (?:few|couple of) |several |some |many )?(?:years|a generation|a decade|way|well|far|miles) behind"
    r"|(?:seems?|seemed|looks?|looked|sounds?|sounded|feels?|felt) (?:a (?:bit|little) |rather |quite |too |very )?"
    r"(?:light|thin|lax|insufficient|inadequate|infrequent|rare|basic|primitive|old-fashioned|antiquated)"
    r" (?:for (?:a|an|the|such|this|your)\b|given\b))\b",
    re.I,
)
# Their thing judged against the candidate's former one: "a few years behind what we used", "not as good as ours".
_WORSE_THAN_MINE = gated(
    r"\b(?:(?:a (?:few|couple of) |several |some |many )?(?:years|a generation|a decade|way|well|far|miles) behind"
    r"|(?:worse|weaker|slower|older|clunkier) than|not as (?:good|modern|advanced|strong|mature) as"
    r"|nowhere near|(?:a step|steps) (?:behind|down from)) (?:what|the (?:one|ones|system|tool|tools|setup)) (?:we|I)"
    r" (?:used|had|ran|built|use|have)\b",
    re.I,
)
# The candidate telling their own story: what was broken there is no criticism of this company.
_OWN_STORY = gated(
    r"\b(?:I|we) (?:\w+ )?(?:rebuilt|rewrote|fixed|replaced|redesigned|built|led|ran|cut|reduced|automated|moved"
    r"|migrated|simplified|cleaned up|overhauled|turned around|introduced)\b"
    r"|\b(?:my|our) (?:old|previous|former|last)\b",
    re.I,
)
# The candidate's own verdict: "the trail map felt cluttered and hard to navigate".
_JUDGED = gated(
    r"\b(?:felt|feels|seemed|seems|looks|looked|is|was|are|were|came across as|struck me as)"
    r" (?:a bit |pretty |rather |quite |really |very |so |too |somewhat |fairly |honestly |frankly )?"
    r"(?:clunky|confusing|buggy|outdated|dated|ugly|unintuitive|janky|laggy|glitchy|clumsy|cluttered|mediocre"
    r"|disappointing|underwhelming|lackluster|lacklustre|half-baked|amateurish|sloppy|unusable|frustrating|annoying"
    r"|hard to (?:use|navigate|follow|read|understand)|difficult to (?:use|navigate)|messy|broken|stale|bloated"
    r"|rough|unfinished|unpolished|sluggish|flaky|unstable|unreliable|painful(?: to [a-z]+)?|tedious|cumbersome"
    r"|(?:pretty |really |quite |very )?hard to make sense of|impossible to (?:use|follow|understand|navigate)"
    r"|archaic|antiquated|primitive|inefficient|old-fashioned)\b",
    re.I,
)
# A wait supposed to give them leeway, not stated as a grievance: the condition or the understanding ends just before
# the words that would otherwise complain ("if the process has taken longer than planned", "in case the timeline has
# moved", "I quite understand if the decision has taken a little longer than planned", "no problem at all if").
GRACE = re.compile(
    r"\b(?:if|in case|should|even if|whether|understand(?:able)? (?:that|if)|no (?:problem|worries)(?: at all)? if)"
    r"\s+(?:[\w'\u2019-]+\s+){0,4}$",
    re.I,
)
# Feeling for them about their problem ("I know the dip is frustrating", "that must be annoying"): empathy, not a
# verdict on their work.
EMPATHY = gated(
    r"\b(?:I (?:also |too |well |certainly )?(?:know|understand|appreciate|share|recogni[sz]e|remember)"
    r"|I can (?:imagine|see|understand)|must (?:be|feel|have been)|can be)\b"
    r"[^.!?;]{0,80}\b(?:frustrat(?:ing|ion)|annoy(?:ing|ance)|painful|a (?:real )?(?:pain|headache))\b"
    # the feeling named first, then known by the candidate: "It is a frustration I understand well"
    r"|\b(?:a|the|that|this) (?:\w+ )?(?:frustration|annoyance|headache|pain)s? (?:that )?(?:I|we) (?:\w+ )?"
    r"(?:understand|know|share|recogni[sz]e|remember|have (?:felt|seen|had))\b"
    # what it is like for them, as the candidate hears it: "it sounds like a frustrating situation for the crews"
    r"|\b(?:it|that|this) (?:sounds|sounded|seems|seemed|looks)(?: like)?\b"
    r"(?![^.!?;]{0,80}\b(?:wait|waiting|silence|hear(?:d|ing)? back|(?:my|the) application)\b)"
    r"[^.!?;]{0,80}\b(?:frustrating|annoying|painful|a (?:real )?(?:pain|headache))\b"
    # the soft word said of what others go through: "frustrating for guests and staff alike", "for your drivers"
    r"|\b(?:frustrating|annoying)\b(?: \w+){0,2} for (?:the |your |their |both |all )?(?!me\b|us\b|myself\b)"
    r"(?:[a-z]+ ){0,2}(?:guests|staff|customers|clients|crews?|teams?|drivers|patients|users|riders|visitors"
    r"|passengers|families|everyone|everybody|them|people|operators|technicians|nurses|students|members)\b",
    re.I,
)
# The candidate trying their product: "I tried the top-up flow", "I had a look at the demo", "I played the beta".
_TRIED = gated(
    r"\bI(?:'ve| have)? (?:also |recently )?(?:tried|tested|played|used|downloaded|installed|watched|checked out"
    r"|had a (?:quick |closer )?(?:look at|go (?:at|on|with)|play with|try of)|looked at|signed up (?:for|to)"
    r"|went through|poked around|clicked through)\b(?! my hand\b)",
    re.I,
)
# A verdict on the team's own problem, worse than the notes put it.
_HARSH_VERDICT = gated(
    r"\b(?:(?:is|are|was|were|sounds like|seems like|looks like) (?:(?:a |an |such a |quite a )(?:[a-z]+ )?)?"
    r"(?:mess|disaster|nightmare|chaos|shambles|dumpster fire|train wreck|joke|circus"
    r"|catastrophe|trainwreck|zoo|embarrassment|liability)"
    # incredulity at their neglect: "I can't believe nobody has replaced it", "can't believe it still runs on paper"
    r"|(?:can't|can\u2019t|cannot|could not|couldn't) believe (?:that )?(?:nobody|no one|no-one)"
    r" (?:has|had|ever|yet|bothered|thought)"
    r"|(?:can't|can\u2019t|cannot|could not|couldn't) believe (?:that )?(?:it|they|this|that|the [\w-]+)"
    r" (?:still|hasn't|haven't|has not|have not|never)"
    r"|morale (?:must be|is|seems|sounds|looks|has to be|would be|was)(?: (?:really|pretty|so|very|quite))?"
    r" (?:terrible|awful|low|bad|poor|horrible|rough|in the gutter|at rock bottom|shot|tanking)"
    r"|(?:is|are|was|were) (?:an? |quite an? |frankly an? |really )?(?:embarrassing|shameful|inexcusable|appalling"
    r"|pathetic|ridiculous|absurd|unacceptable|(?:a bit of )?a (?:scandal|disgrace)|scandalous|disgraceful"
    r"|hard to (?:believe|fathom|justify|understand))\b|(?:is|are) (?:frankly |honestly )?hard to (?:believe|fathom"
    r"|justify)|(?:has|have) been (?:neglected|abandoned|ignored|left to rot)\b"
    r"|(?:completely|totally|fundamentally|badly|seriously|obviously|clearly) (?:broken|failing|dysfunctional"
    r"|mismanaged|chaotic)|falling apart|in shambles|bleeding (?:customers|users|money|talent)"
    r"|no wonder|a hot mess|(?:is|are) broken|dysfunctional|mismanaged|burning out|burned out|burnt out"
    # "sounds chaotic", "feels a bit of a shambles", "is frankly hopeless"
    r"|(?:sounds|seems|looks|feels|is|are|was|were|sounded|seemed|looked|felt) (?:(?:really|pretty|quite|so|very"
    r"|rather|a bit|a little|somewhat|frankly|honestly|totally|completely|utterly|just|too) )*(?:chaotic|hopeless"
    r"|out of control|in disarray|unworkable|a shambles|disorgani[sz]ed|shambolic|haphazard|slapdash|sloppy"
    r"|amateurish|unprofessional|incompetent|careless|half-baked"
    r"|(?:a bit of |something of )?a (?:mess|disaster|nightmare|shambles|catastrophe))"
    # a verdict of makeshift work, by how it came across: "the briefings sounded a bit improvised"
    r"|(?:sounds|seems|looks|feels|sounded|seemed|looked|felt) (?:(?:really|pretty|quite|so|very|rather|a bit"
    r"|a little|somewhat|too) )*(?:improvised|thrown together|cobbled together|made up as you go)"
    # their need told as desperation: "the clinics cannot afford to leave this role open"
    r"|(?<!\bI )(?:cannot|can't|can ill|could not|couldn't) afford (?:to (?:leave|keep|wait|lose|let|go on|carry on"
    r"|have|stay)|another|much longer|more)"
    # (failing a test or a standard is a fact of their work: "the noise floor is failing retailer specs")
    r"|(?:is|are) failing(?! (?:[\w-]+ ){0,2}(?:specs?|specifications?|tests?|checks?|audits?|inspections?|standards?"
    r"|requirements?|limits?|thresholds?|criteria|validation|QC|certification|compliance)\b)|terribly|horribly"
    r"|a sinking ship"
    r"|should have been (?:caught|fixed|addressed|handled|resolved|done|dealt with|sorted)(?: \w+)?"
    r" (?:long ago|years ago|sooner|earlier|by now|already|ages ago)"
    r"|(?:has|have|had|was|were|is|are)(?: not|n't) been (?:managed|run|handled|led|planned|executed) (?:well|properly"
    r"|competently)|(?:not|never) (?:been )?(?:managed|run|handled|led) (?:well|properly)"
    r"|poorly (?:managed|run|handled|planned|executed)|badly (?:managed|run|handled|planned)"
    r"|much-needed (?:structure|discipline|order|leadership|competence)|bring (?:some )?(?:order|sanity) to"
    r"|(?:don't|do not|doesn't|does not|not|never) (?:seem to |appear to )?take (?:it|this|that|them|the \w+|their \w+)"
    r" seriously|(?:it is|it's|it was) (?:disappointing|frustrating|shocking|unacceptable|embarrassing) that)\b",
    re.I,
)
_THEM = gated(
    r"\b(?:you|your|the team|the company|the org|the organi[sz]ation|the product|the app|the platform|the site"
    r"|the website|the onboarding|the process|staffing|morale|the on-?call|the engineers|the staff|the managers"
    r"|the drivers|the nurses|the store|the stores|the agents|the customers)\b",
    re.I,
)
# "You mentioned ...": restating what they said; only a harsh verdict counts there, not a word like "slow".
_THEY_SAID = gated(
    r"\byou (?:mentioned|said|described|explained|shared|noted|told me|walked me through|pointed out)\b"
    # agreeing with their own verdict: "you're right that the dashboards get messy" (typed "your right" too)
    r"|\byou(?:['\u2019]re| are|r) (?:absolutely |quite |so )?right (?:that|about)\b|\bas you (?:said|put it)\b",
    re.I,
)

ADVICE = {
    "badmouthing": "Leave it out; speak of former employers and colleagues with respect.",
    "self_deprecation": "Leave it out; end on what you would bring, not on doubts about yourself.",
    "criticism": "Leave out the verdict; if you have an idea for their product, offer it as an idea.",
    "harsh_restatement": "Name their challenge as they did, and say how you would help with it.",
}
WHAT = {
    "badmouthing": "speaks badly of a former employer or its people",
    "self_deprecation": "runs yourself down",
    "criticism": "criticises the company or its product",
    "harsh_restatement": "passes a harsh judgment on the team's problem",
}


def act_findings(
    sentence: Piece,
    *,
    company: re.Pattern[str],
    former_orgs: re.Pattern[str] | None,
    people: re.Pattern[str],
    about_challenge: bool,
    their_words: frozenset[str] = frozenset(),
    about_theirs: bool = False,
) -> list[Finding]:
    """The negative speech acts in one sentence (at most one of each kind)."""
    s = sentence.text
    hits: list[tuple[str, re.Match[str]]] = []
    former = _FORMER.search(s)
    backhanded = _BACKHANDED.search(s)
    if backhanded is not None:
        hits.append(("badmouthing", backhanded))
    complaint = _INTERVIEW_COMPLAINT.search(s)
    if complaint is not None:
        hits.append(("criticism", complaint))
    if former is None and former_orgs is not None and people.search(s):
        former = former_orgs.search(s)
    if former is not None:
        m = _BADMOUTH.search(s)
        if m is not None:
            hits.append(("badmouthing", m))
    m = _SELF.search(s)
    if m is not None and not _IF_OUTCOME.search(s[max(0, m.start() - 25) : m.start()]):
        hits.append(("self_deprecation", m))
    verdict = _HARSH_VERDICT.search(s)
    if verdict is not None and all(w.lower() in their_words for w in re.findall(r"[\w'-]+", verdict.group())):
        verdict = None  # "docents burning out": their own words for their own problem
    if verdict is not None and (_PREVENTED.search(s[: verdict.start()]) or _GENERIC.search(s[: verdict.start()])):
        verdict = None  # "without burning out the installers", "what a badly run one costs": care, or any team's case
    compared = _WORSE_THAN_MINE.search(s)
    if compared is not None and not any(code == "badmouthing" for code, _ in hits):
        hits.append(("criticism", compared))  # "it looked a few years behind what we used in Riyadh": theirs, judged
    if former is None:
        if verdict is not None and (about_challenge or about_theirs or _THEM.search(s) or company.search(s)):
            hits.append(("harsh_restatement", verdict))
        else:
            owner = rf"(?:your|the|their|its|{company.pattern})(?:['\u2019]s)?"
            about_product = re.search(rf"\b{owner} (?:[\w-]+ )?{_PRODUCT}\b", s, re.I)
            # "your billing letters": anything of theirs, named as theirs
            about_product = about_product or re.search(r"\byour (?:[\w-]+ ){0,2}?[\w-]+s?\b", s, re.I)
            # "the Excel reports you showed me": theirs, whatever the thing is
            about_product = about_product or _SHOWN.search(s)
            tried = _TRIED.search(s) is not None  # the candidate's own verdict, from trying it
            judged = (about_theirs or tried) and _JUDGED.search(s)
            if about_product or company.search(s) or judged:
                m = _CRITIC.search(s) or (_JUDGED.search(s) if judged or about_product else None)
                if m is not None and _their_word(_last_word(m.group()), their_words):
                    m = None  # "the handoff is messy", "lagging" for "lags": their own word for their own problem
                if (
                    m is not None
                    and m.group().lower().split()[-1] in _FEELINGS
                    and (EMPATHY.search(s) or _FELT_BY_THEM.match(s, m.end()))
                ):
                    m = None  # "I know the dip since the change is frustrating", "painful for a team your size"
                if m is not None and _OWN_STORY.search(s):
                    m = None  # "the old key system was broken, so I rebuilt it": their own past, not yours
                if m is not None and about_product and not judged and mine_not_theirs(s, m, about_product):
                    m = None  # "my thesis taught me about messy data, and I'd bring it to your team": my data
                if m is not None and not (_THEY_SAID.search(s) and verdict is None and not (tried and judged)):
                    hits.append(("criticism", m))
    return [said_finding(code, m, sentence.start, WHAT, ADVICE) for code, m in hits]


# The harm a candidate would keep from happening, said just before it: "how to clear the backlog without burning
# out the installers", "before the crews burn out", "to keep the nurses from burning out".
_PREVENTED = re.compile(
    r"\b(?:without|avoid|avoiding|prevent|preventing|rather than|instead of|(?:keep|keeping|stop|stopping)"
    r"(?: [\w-]+){1,3} from|so (?:that )?(?:[\w-]+ ){1,3}(?:don't|do not|doesn't|does not|won't|will not|never))"
    r"(?: [\w-]+){0,3}\s*$",
    re.I,
)
# A verdict on any team's case, not theirs: "what a badly run one costs", "a poorly planned rotation" (the
# indefinite article right before it).
_GENERIC = re.compile(r"\b(?:a|an|any)\s*$", re.I)
_SHOWN = gated(
    r"\b(?:you|your team|the team) (?:showed|shared|demoed|walked me through|gave)"
    r" (?:with )?(?:me|us)\b",
    re.I,
)
# Who bears the pain: "painful for a company of your size", "frustrating for your crews" (sympathy with them).
_FELT_BY_THEM = re.compile(
    r"\s+(?:for|to) (?:a |an |the |any |your |you\b)(?:[\w-]+ ){0,2}?(?:company|team|business|shop|crew|crews"
    r"|operation|firm|school|studio|workshop|staff|you|of your size)\b",
    re.I,
)
_FEELINGS = frozenset(["frustrating", "annoying", "painful", "pain", "headache"])


def _last_word(text: str) -> str:
    """The last word of a phrase that carries meaning ('sense' of 'hard to make sense of')."""
    return next((w for w in reversed(text.lower().split()) if len(w) > 3), "")


def _their_word(word: str, their_words: frozenset[str]) -> bool:
    """`word` is one of their words, or another form of one ("lagging" where they said "lags")."""
    return word in their_words or any(stem(w) == stem(word) for w in their_words if w[:2] == word[:2])


def said_finding(code: str, m: re.Match[str], offset: int, what: dict[str, str], advice: dict[str, str]) -> Finding:
    """A negativity error for the words `m` matched in a sentence starting at `offset` of the body."""
    start = offset + m.start()
    return Finding(
        "negativity",
        "error",
        code,
        f"'{m.group().strip()}' {what[code]}.",
        (start, start + len(m.group())),
        advice[code],
    )


def harsh_verdict(text: str) -> bool:
    """Whether `text` holds a harsh verdict ("bleeding money", "a dumpster fire") the check rejects when said back."""
    return _HARSH_VERDICT.search(text) is not None
