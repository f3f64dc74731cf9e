"""What the claims checks share: whose each notes item is (the candidate's own fields against the
interviewer's topics, challenges and company news), the key words of a phrase, how much of them one
item holds, and the verb lexicons of work done and of conversation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.draft import Finding
from afterview.guardrails.claim_paraphrase import implied_stems
from afterview.guardrails.notes_forms import in_full
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import Piece, content_stems, stems_match
from afterview.notes.injection import looks_like_instruction
from afterview.notes.model import Notes
from afterview.shorthand_words import NUMBER_WORDS

# Words that carry no claim of their own ("problems of a similar shape", "a lot of experience").
VAGUE = frozenset(
    """problem problems similar shape kind sort lot lots experience experiences project projects system systems
    thing things area areas space domain field challenge challenges issue issues stuff everything something
    anything same type types scale deal range variety number couple few several whole entire side end
    before since currently recently previously closely directly similar kinds like each other own big large
    small first last next years year months month role roles career background skills skill almost exactly nearly
    precisely roughly basically essentially""".split()
)
VAGUE_STEMS = frozenset(content_stems(" ".join(VAGUE), generic=True))
NUMBER_STEMS = frozenset(content_stems(" ".join(NUMBER_WORDS), generic=True))
# A figure's hedge is no part of the work: "for around thirty teenagers" holds what "~30 regulars" does.
_HEDGES = frozenset(content_stems("around roughly approximately nearly almost some", generic=True))
# How often a thing of one's own ran: "a weekly coding club" is the club of "ran teen coding club" (claim_first_person
# reads a claimed deed without it; a link between their items keeps it: "moving S&OP to a weekly cycle").
FREQUENCY_STEMS = frozenset(content_stems("weekly daily monthly fortnightly", generic=True))

WORK_VERBS = (
    r"led|lead|built|build|cut|reduced|reduce|designed|design|shipped|ship|migrated|migrate|launched|launch|created"
    r"|developed|develop|implemented|implement|wrote|ran|run|managed|manage|grew|grow|scaled|scale|improved|improve"
    r"|automated|automate|delivered|deliver|drove|owned|own|founded|rebuilt|rebuild|refactored|introduced|established"
    r"|mentored|trained|set up|rolled out|increased|saved|won|earned|passed|completed|finished|published|presented"
    r"|split|splitting|moved|architected|optimi[sz]ed|streamlined|overhauled|spearheaded|headed|coordinated"
    r"|forecast|forecasted|modeled|modelled|analy[sz]ed|negotiated|closed|sold|raised|hired|onboarded|redesigned"
    r"|boosted|lowered|halved|doubled|tripled|eliminated|resolved|fixed|solved|cleaned up|stood up|opened"
    r"|prototyped|sketched|drafted|contributed to|helped (?:build|design|create|ship|launch|shape)|shaped|brought"
    r"|tackled|handled|addressed|turned around|sorted out|dealt with"
    # a light verb with a figure's direction is a result: "I got pickup turnaround down from two weeks to two days"
    r"|(?:got|get|had|pushed|knocked|pulled|took)(?= (?:[\w'%-]+ ){1,5}?(?:down (?:from|to|by)|up (?:from|by)"
    r"|(?:under|below) \d)\b)"
)
# Past tenses that are not work done: feelings, conversation, plans.
NOT_WORK = (
    r"(?:reached out|reached|continued|kept|returned|revisited|pondered|mulled|dwelled|dwelt|enjoyed|appreciated"
    r"|learned|wanted|noticed|mentioned|loved|liked|hoped|wondered|talked|discussed|asked|noted|recogni[sz]ed"
    r"|understood|saw|related|resonated|sympathi[sz]ed|empathi[sz]ed"
    r"|realized|realised|valued|decided|needed|received|attended|listened|followed|reflected|imagined|watched|visited"
    r"|traveled|travelled|joined|applied|interviewed|thanked|admired|missed|agreed|emailed|called|signed|checked"
    r"|looked|searched|considered|expected|wished|tried|started|finished|completed|passed|earned|published|presented"
    r"|attached|included|mentioned|shared|used|covered|explained|described|prepared|reviewed|read|heard|learnt"
    r"|remembered|believed|felt|thought|figured|guessed|assumed|hoped|prayed|worried|feared|smiled|laughed|stayed"
    r"|played|cycled|trained|graduated|studied|moved|relocated|lived|grew up|returned|arrived|landed|booked|scheduled"
    r"|researched|explored|browsed|tested|downloaded|revisited|reread|skimmed|googled|viewed|compared|forwarded"
    r"|uploaded|updated|bookmarked|signed up|subscribed|registered|appreciated|welcomed|accepted|declined|contacted"
    # how the candidate came across in the interview, said against themselves: no work
    r"|rambled|stumbled|struggled|fumbled|froze|blanked|hesitated|panicked|faltered|overran|misspoke|botched|flubbed"
    r"|waffled|overthought|underprepared|undersold|oversold|misjudged|mishandled|messed up"
    # a subject touched on in a conversation: talk, no work
    r"|touched on|touched|chatted|went over)"
)
# What an interviewer does in a conversation: never credit for work.
TALK = (
    r"(?:asked|mentioned|described|explained|shared|noted|said|told|showed|walked|discussed|talked|highlighted|pointed"
    r"|raised|offered|suggested|answered|heard|saw|seemed|sounded|looked|outlined|emphasi[sz]ed|stressed|touched"
    r"|framed|put|gave|invited|welcomed|introduced me)"
)
ING = (
    r"working on|building|leading|developing|designing|running|migrating|splitting|forecasting|managing|scaling"
    r"|improving|automating|shipping|launching|creating|implementing|rebuilding|refactoring|optimi[sz]ing"
    r"|modeling|modelling|analy[sz]ing|redesigning|cutting|reducing|owning|fixing|solving|helping|supporting"
    r"|assisting|contributing to|partnering with|consulting (?:for|on|with)|tackling|handling"
)


# A part of the interview itself as the object: "I approached the discussion of churn", "I handled the question
# about staffing", "the time I invested in the case study": how the candidate took part in the conversation, no work
_INTERVIEW_PART = re.compile(
    r"\s*(?:(?:in|on|into|to|with|during|through|for)\s+)?(?:(?:the|that|this|my|our|your|their|each|every|both|all)"
    r"\s+)?(?:(?:first|second|third|final|last|technical|panel|live|short|long|whole|entire|tricky|hard|follow-up"
    r"|opening|closing)\s+)*(?:discussions?|questions?|conversations?|case stud(?:y|ies)|case exercises?|exercises?"
    r"|presentations?|panels?|interviews?|rounds?|answers?|take-homes?|take-home (?:task|test|exercise)"
    r"|whiteboard(?: session)?|role-?plays?|assessments?|technical tests?|part of the interview"
    # a test or trial set in the interview: "the bench test I completed", "the trial shift"
    r"|(?:bench|skills?|practical|trade|written|aptitude|coding|typing|sample|work|driving)[- ](?:tests?|trials?"
    r"|tasks?)|trial (?:shifts?|days?|tasks?|runs?)|(?:(?-i:[A-Z]{2,}[\w-]*)|pricing|sizing|coding|mock|written)"
    r" cases?"
    # a question of theirs named by its topic: "the private-label pricing question", "the ideas I offered"
    # ("the same build-or-rent question at X" was faced at work, and is theirs)
    r"|(?:(?!(?:same|similar|exact|very|identical)\b)[\w'-]+\s+){1,3}?questions?(?!\s+(?:at|during|while|when|back)\b)"
    r"|ideas|suggestions)\b",
    re.I,
)


def interview_part(obj: str) -> bool:
    """Whether a clause's object is a part of the interview itself ("the discussion of app churn"), not work."""
    return _INTERVIEW_PART.match(obj) is not None


# What a clause claim ends at: a new clause, or what the candidate hopes to do next.
CLAUSE_END = re.compile(
    r"[,;:()\u2014\u2013]| - |\b(?:which|who|that|so|because|while|but|where|when|and would|and look"
    r"|and (?:\w+ly,? )?(?:I|it|we|that|this|they|I'd|it's)"
    # a second predicate that claims no deed: "... certification and can send you the card", "and have a spec ready"
    r"|and (?:can|could|will|shall|happy|glad|have (?:a|an|the|my|some)\b)"
    # a thought after it: "I passed the exam over the weekend and thought of our talk about X"
    r"|and (?:then |immediately |instantly )?(?:thought|wondered|remembered|was reminded|kept thinking)"
    # a second predicate of a mind, a plan or a taste, no deed: "... and keep thinking about how to train agents",
    # "and have started planning the move", "and tried the vegan shio ramen"
    r"|and (?:have |'ve |’ve )?(?:also |already |now |even |finally )?(?:keep (?:thinking|coming back|turning)"
    r"|(?:started|begun|began) (?:planning|thinking|looking|reading|preparing for)|tried|tasted|ordered|booked"
    r"|visited)"
    # when it was done, not what: "renewed my certification since our call"
    r"|since (?:our|we|the interview|then|my interview)"
    # what the candidate saw or learnt from it, a new predicate that claims no work: "... and later saw how much"
    r"|(?:and )?(?:later |then |soon )?(?:saw|learned|learnt|noticed|realised|realized) (?:how|that|what|why)"
    r"|I(?:'ve|\u2019ve| have)? (?:also |often |always )?(?:seen|learned|learnt|noticed|realised|realized"
    r"|come to see))\b"
    # a new subject and its past verb with no comma: "the series I delivered for X we ran a pass on ..."
    r"|\b(?:we|they|he|she)\b(?= (?:[a-z]+ed|ran|built|led|made|had|did|were|was|got|took|cut|grew|won|set|kept)\b)"
)


@per_notes
def claim_stems(notes: Notes) -> dict[str, list[list[str]]]:
    """Content stems of each notes item, grouped by whose the item is ('own', 'theirs'; and 'position', the role's
    title, which is also in 'theirs')."""
    c = notes.candidate
    # rapport is common ground: the candidate's as much as the interviewer's ("we both ran ...")
    own = [*c.highlights, *c.since_interview, *(r for p in notes.interviewers for r in p.rapport)]
    theirs = [*notes.company.news, *notes.requested, notes.position]
    for person in notes.interviewers:
        theirs += [*person.topics, *person.challenges]
    clean = {
        "own": [t for t in own if not looks_like_instruction(t)],
        "theirs": [t for t in theirs if not looks_like_instruction(t)],
    }
    clean["position"] = [notes.position]
    # clipped words read in full ("cat model" is a catastrophe model)
    out = {k: [content_stems(in_full(t), generic=True) for t in v] for k, v in clean.items()}
    # an own item also holds what it says in other words: "COO at Volta, fleet 9 -> 31" led operations through growth
    out["own"] = [stems + implied_stems(t) for stems, t in zip(out["own"], clean["own"], strict=True)]
    return out


@per_notes
def name_stems(notes: Notes) -> frozenset[str]:
    words = [notes.company.name, notes.candidate.name, *(i.name for i in notes.interviewers)]
    return frozenset(content_stems(" ".join(words), generic=True))


@per_notes
def _own_initials(notes: Notes) -> frozenset[str]:
    """Initialisms the candidate's own items use ("GA4", "PMP"), as written."""
    c = notes.candidate
    return frozenset(re.findall(r"\b[A-Z]{2,}\d*\b", " ".join((*c.highlights, *c.since_interview))))


# A name of capitalised words, with a version number after it: "Google Analytics 4", "Project Management Professional".
_SPELT_OUT = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+(?:\s+\d+)?\b")


def _as_own_initials(text: str, notes: Notes) -> str:
    """`text` with a name spelt out where the candidate's own items give its initials ("Google Analytics 4" for
    "GA4"): the same credential, not a new one."""
    initials = _own_initials(notes)
    if not initials:
        return text

    def short(m: re.Match[str]) -> str:
        words = m.group().split()
        said = "".join(w[0] if w[0].isalpha() else w for w in words)
        return said if said in initials else m.group()

    return _SPELT_OUT.sub(short, text)


def key_stems(text: str, notes: Notes) -> list[str]:
    names = name_stems(notes)
    text = _as_own_initials(text, notes)
    out = []
    # clipped words read in full, as the notes' items are ("the Gainsight Admin course" is the administration course)
    for s in content_stems(in_full(text)):
        if s in VAGUE_STEMS or s in names or len(s) < 2 or s in NUMBER_STEMS or s in _HEDGES:  # figures: claim_results
            continue
        out.append(s)
    return list(dict.fromkeys(out))


def covered(wanted: Sequence[str], items: Sequence[Sequence[str]]) -> float:
    """The largest share of `wanted` that one item holds."""
    if not wanted:
        return 1.0
    best = 0.0
    for item in items:
        found = sum(1 for w in wanted if any(stems_match(w, s) for s in item))
        best = max(best, found / len(wanted))
    return best


def found_anywhere(w: str, items: Sequence[Sequence[str]]) -> bool:
    return any(stems_match(w, s) for item in items for s in item)


# A second deed of sending or telling joined by "and": "I've completed the course and sent Lucía the sample" claims
# the course, not the sample (a message, not work).
_AND_SENT = re.compile(
    r"\s(?:and|then|and then)\s+(?:also\s+)?(?=(?:sent|emailed|shared|attached|forwarded|passed on|wrote to|called"
    r"|messaged|spoke|talked|met)\b)"
)


def clause(text: str, start: int) -> str:
    m = CLAUSE_END.search(text, start)
    end = m.start() if m else len(text)
    sent = _AND_SENT.search(text, start, end)
    return text[start : sent.start() if sent else end]


def finding(code: str, sentence: Piece, m: re.Match[str], message: str, advice: str) -> Finding:
    start = sentence.start + m.start()
    return Finding("claims", "error", code, message, (start, sentence.start + m.end()), advice)


@per_notes
def own_and_their_texts(notes: Notes) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The candidate's own items and everyone else's, as written (for figures), without instruction-like text."""
    c = notes.candidate
    own = tuple(t for t in (*c.highlights, *c.since_interview) if not looks_like_instruction(t))
    theirs = [*notes.company.news, *notes.requested]
    for person in notes.interviewers:
        theirs += [*person.topics, *person.challenges, *person.rapport]
    return own, tuple(t for t in theirs if not looks_like_instruction(t))


# A document written for them: "wrote up a short checklist for ...", "drafted a one-page note on how I'd ..."
WROTE_UP = re.compile(
    r"(?:wrote up|wrote|drafted|put together|prepared|sketched(?: out)?|jotted down|made) (?:a |an |my |some )?"
    r"(?:(?:short|brief|quick|rough|one-page|two-page|first|simple)[ -])*(?:[\w-]+ ){0,2}?(?:note|notes|plan|proposal"
    r"|outline|memo"
    r"|summary|checklist|draft|sketch|doc|document|deck|list|page)\b"
    # "I have sketched how a similar room could work": a proposal of what could be, no past work
    r"|(?:wrote up|written up|sketched(?: out)?|outlined|drafted|mapped out|worked out|thought through|jotted down"
    r"|summari[sz]ed|set out|noted down"
    r"|put together) (?:how|what|where|a way|ways)\b(?=[^.;!?]{0,80}\b(?:could|would|might|can|may)\b)",
    re.I,
)
