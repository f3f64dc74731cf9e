"""Claims: what the draft says the candidate did must be what the notes say the candidate did (SPEC 4).

- unsupported_claim: a first-person claim of work or achievement ("I have been working on X", "I led /
  built / cut ...", "my work on X") whose subject the candidate's own fields (highlights,
  since_interview) do not hold; the interviewer's topics and the company's challenges are theirs, not
  the candidate's;
- misattributed_credit: the candidate's achievement credited to the interviewer ("the way you grew
  them 3x at Parcelly");
- causal_link: two things joined by cause and effect ("X, which significantly reduced Y") that the
  notes never join;
- not_our_team: "our"/"we" for the company's team or work; the candidate may say "our" only of their
  own past teams ("at Northwind our deploys ...") or of the conversation ("our talk").

All errors: a claim the candidate cannot stand behind in the next interview is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import Piece, content_stems, sentences, stems_match
from afterview.notes.injection import looks_like_instruction
from afterview.notes.model import Notes

# Words that carry no claim of their own ("problems of a similar shape", "a lot of experience").
_VAGUE = frozenset(
    """problem problems similar shape kind sort lot lots experience experiences project projects system systems
    thing things area areas space domain field challenge challenges issue issues stuff everything something
    anything same type types scale deal range variety number couple few several whole entire side end
    before since currently recently previously closely directly similar kinds like each other own big large
    small first last next years year months month role roles career background skills skill""".split()
)
_VAGUE_STEMS = frozenset(content_stems(" ".join(_VAGUE), generic=True))

_WORK_VERBS = (
    r"led|lead|built|build|cut|reduced|reduce|designed|design|shipped|ship|migrated|migrate|launched|launch|created"
    r"|developed|develop|implemented|implement|wrote|ran|run|managed|manage|grew|grow|scaled|scale|improved|improve"
    r"|automated|automate|delivered|deliver|drove|owned|own|founded|rebuilt|rebuild|refactored|introduced|established"
    r"|mentored|trained|set up|rolled out|increased|saved|won|earned|passed|completed|finished|published|presented"
    r"|split|splitting|moved|architected|optimi[sz]ed|streamlined|overhauled|spearheaded|headed|coordinated"
    r"|forecast|forecasted|modeled|modelled|analy[sz]ed|negotiated|closed|sold|raised|hired|onboarded|redesigned"
    r"|boosted|lowered|halved|doubled|tripled|eliminated|resolved|fixed|solved|cleaned up|stood up|opened"
    r"|prototyped|sketched|drafted|contributed to|helped (?:build|design|create|ship|launch|shape)|shaped|brought"
    r"|tackled|handled|addressed|turned around|sorted out|dealt with"
)
# Past tenses that are not work done: feelings, conversation, plans.
_NOT_WORK = (
    r"(?:continued|kept|returned|revisited|pondered|mulled|dwelled|dwelt|enjoyed|appreciated|learned|wanted|noticed|mentioned|loved|liked|hoped|wondered|talked|discussed|asked|noted"
    r"|realized|realised|valued|decided|needed|received|attended|listened|followed|reflected|imagined|watched|visited"
    r"|traveled|travelled|joined|applied|interviewed|thanked|admired|missed|agreed|emailed|called|signed|checked"
    r"|looked|searched|considered|expected|wished|tried|started|finished|completed|passed|earned|published|presented"
    r"|attached|included|mentioned|shared|used|covered|explained|described|prepared|reviewed|read|heard|learnt"
    r"|remembered|believed|felt|thought|figured|guessed|assumed|hoped|prayed|worried|feared|smiled|laughed|stayed"
    r"|played|cycled|trained|graduated|studied|moved|relocated|lived|grew up|returned|arrived|landed|booked|scheduled"
    r"|researched|explored|browsed|tested|downloaded|revisited|reread|skimmed|googled|viewed|compared|forwarded"
    r"|uploaded|updated|bookmarked|signed up|subscribed|registered|appreciated|welcomed|accepted|declined|contacted)"
)
# What an interviewer does in a conversation: never credit for work.
_TALK = (
    r"(?:asked|mentioned|described|explained|shared|noted|said|told|showed|walked|discussed|talked|highlighted|pointed"
    r"|raised|offered|suggested|answered|heard|saw|seemed|sounded|looked|outlined|emphasi[sz]ed|stressed|touched"
    r"|framed|put|gave|invited|welcomed|introduced me)"
)
_ING = (
    r"working on|building|leading|developing|designing|running|migrating|splitting|forecasting|managing|scaling"
    r"|improving|automating|shipping|launching|creating|implementing|rebuilding|refactoring|optimi[sz]ing"
    r"|modeling|modelling|analy[sz]ing|redesigning|cutting|reducing|owning|fixing|solving|helping|supporting"
    r"|assisting|contributing to|partnering with|consulting (?:for|on|with)|tackling|handling"
)
_CLAIM = re.compile(
    rf"\bI(?:'ve|\u2019ve| have)? (?:also |personally |recently |successfully |previously |once |already )?"
    rf"(?P<verb>{_WORK_VERBS}|(?!{_NOT_WORK}\b)[a-z]{{3,}}ed)\b"
    rf"|\bI(?:'ve|\u2019ve| have| had) been (?:\w+ly )?(?P<ing>{_ING})\b"
    rf"|\bI(?:'m|\u2019m| am) (?:currently |now |also |still )?(?P<ing2>{_ING})\b"
    r"|\b[Mm]y (?:own )?(?:work|project|results?|achievements?|efforts?) (?:on|with|in|leading|building|at|for)\b",
)
# What a clause claim ends at: a new clause, or what the candidate hopes to do next.
_CLAUSE_END = re.compile(
    r"[,;:()\u2014\u2013]| - |\b(?:which|who|that|so|because|while|but|and I|and it|and we|where|when|and would"
    r"|and I'd|and look)\b"
)
# "how I presented my experience": a question about the interview, not a claim of work.
_ASKED_ABOUT = re.compile(r"\b(?:how|what|why|whether|where|when) $", re.I)
# A claim about the future or a wish is not a claim of work done: "I would love to build".
_NOT_DONE = re.compile(
    r"\b(?:would|could|might|will|'d|\u2019d|want to|hope to|love to|like to|eager to|keen to|excited to|glad to"
    r"|happy to|ready to|able to|plan to|going to|look forward to|chance to|can|to)\s*$",
    re.I,
)
_CREDIT = re.compile(
    rf"\b(?:the way |how |when |where )?you (?:(?:personally|also|successfully) )?(?:have )?"
    rf"(?P<verb>{_WORK_VERBS}|(?!{_NOT_WORK}\b|{_TALK}\b)[a-z]+ed|ran|won|grew|built|led|taught|wrote|brought|made|took)\b"
    r"|\byour (?:work|success|achievements?|results?|efforts?|projects?|leadership|role|experience|expertise|ability"
    r"|abilities|track record|background|skills?|time) (?:(?:in|with|on|at|of|to|for|when|while) )?"
    rf"(?:{_ING}|leading|running|introducing|cutting|shipping|publishing|passing|winning|growing)?\b",
    re.I,
)
_EFFECT = (
    r"reduced|cut|improved|increased|decreased|lowered|boosted|saved|eliminated|halved|doubled|tripled|prevented"
    r"|fixed|solved|sped up|shortened|raised|grew|drove down|drove up|brought down"
)
_CAUSAL = re.compile(
    rf"(?:,\s*|\s)(?:which|that|and this|and that|this)\s+(?:\w+ly\s+)?(?:(?P<effect>{_EFFECT})|led to|resulted in"
    r"|enabled|allowed|helped|made|contributed to|translated into)\b"
    rf"|,?\s*(?:resulting in|leading to|thereby(?: (?P<effect2>{_EFFECT}))?|and as a result|which is why|in turn"
    r"|because (?:we|I|of|it|the|our)|thanks to|due to|as a result of"
    r"|(?:which|that|this) (?:is|was|'s) (?:exactly )?(?:how|why|what) (?:we|I|it|they)|which explains)\b",
    re.I,
)
_OUR = re.compile(r"\b(?:our|ours|we|we're|we've|we'll|us)\b", re.I)
# "our" of the conversation itself: always fine.
_SHARED = re.compile(
    r"\bour (?:\w+ )?(?:conversation|chat|discussion|talk|meeting|call|interview|exchange|time|session|walk"
    r"|lunch|coffee|video call|phone call|conversations|discussions|talks|meetings|connection)\b"
    r"|\bwe (?:\w+ )?(?:discussed|talked|spoke|covered|met|chatted|went over|both|shared|explored|touched on|got to"
    r"|looked at|reviewed|spent|had)\b"
    r"|\b(?:since|when|as|after|before|while) we (?:spoke|met|talked|last spoke|connected)\b"
    r"|\b(?:what|as|something|the .{0,30}) we (?:discussed|talked about|covered|spoke about)\b",
    re.I,
)
_COMPANY_THINGS = re.compile(
    r"\bour (?:(?:\w+ ){0,2})(?:team|teams|company|customers|users|clients|product|products|platform|roadmap|mission"
    r"|goals|org|organi[sz]ation|department|group|stores|store|business|patients|members|growth|launch|success"
    r"|achievement|service|services|system|systems|project|projects|stack|hospital|clinic|school|students|office"
    r"|offices|brand"
    r"|engineers|staff|people|hiring|culture|sales|revenue|drivers|partners|merchants|riders|market|markets)\b"
    r"|\bwe (?:just |recently )?(?:launched|shipped|grew|closed|raised|opened|won|are building|are hiring|are launching"
    r"|are growing)\b",
    re.I,
)


@per_notes
def _stems(notes: Notes) -> dict[str, list[list[str]]]:
    """Content stems of each notes item, grouped by whose the item is."""
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
    return {k: [content_stems(t, generic=True) for t in v] for k, v in clean.items()}


@per_notes
def _name_stems(notes: Notes) -> frozenset[str]:
    words = [notes.company.name, notes.candidate.name, *(i.name for i in notes.interviewers)]
    return frozenset(content_stems(" ".join(words), generic=True))


def _key_stems(text: str, notes: Notes) -> list[str]:
    names = _name_stems(notes)
    out = []
    for s in content_stems(text):
        if s in _VAGUE_STEMS or s in names or len(s) < 2:
            continue
        out.append(s)
    return list(dict.fromkeys(out))


def _covered(wanted: Sequence[str], items: Sequence[Sequence[str]]) -> float:
    """The largest share of `wanted` that one item holds."""
    if not wanted:
        return 1.0
    best = 0.0
    for item in items:
        found = sum(1 for w in wanted if any(stems_match(w, s) for s in item))
        best = max(best, found / len(wanted))
    return best


def _found_anywhere(w: str, items: Sequence[Sequence[str]]) -> bool:
    return any(stems_match(w, s) for item in items for s in item)


def _clause(text: str, start: int) -> str:
    m = _CLAUSE_END.search(text, start)
    return text[start : m.start() if m else len(text)]


def _finding(code: str, sentence: Piece, m: re.Match[str], message: str, advice: str) -> Finding:
    start = sentence.start + m.start()
    return Finding("claims", "error", code, message, (start, sentence.start + m.end()), advice)


def check_claims(draft: Draft, ctx: CheckContext) -> list[Finding]:
    notes = ctx.notes
    stems = _stems(notes)
    own, theirs = stems["own"], stems["theirs"]
    found: list[Finding] = []
    for sentence in sentences(draft.body):
        text = sentence.text
        found += _claims_in(sentence, text, notes, own, theirs)
        found += _credit_in(sentence, text, notes, own, theirs)
        found += _causal_in(sentence, text, notes, own)
        found += _our_in(sentence, text, notes, own)
    return found


# "the same issue", "exactly the problem I solved": a claim to have solved their very problem.
_THEIR_PROBLEM = re.compile(
    r"\b(?:the|this|that|your) (?:same|exact|very|identical) (?:issue|problem|challenge|thing|bug|situation|pain)"
    r"|\bexactly (?:the|this|that|your) (?:issue|problem|challenge|thing|kind of problem)\b",
    re.I,
)


# An outcome told as the result of the candidate's work: "..., and completion improved".
_OUTCOME = re.compile(
    r"\b(?P<subj>(?:[\w%-]+ ){1,3}?)(?:improved|increased|rose|dropped|fell|went (?:up|down)|doubled|halved|tripled"
    r"|shrank|climbed|declined|plummeted|soared|jumped)\b",
    re.I,
)


def _claims_in(
    sentence: Piece, text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]
) -> list[Finding]:
    if _CLAIM.search(text):
        for m in _OUTCOME.finditer(text):
            subj = _key_stems(m.group("subj"), notes)
            if subj and _covered(subj, own) < 0.5 and _covered(subj, theirs) > 0:
                return [
                    _finding(
                        "unsupported_claim",
                        sentence,
                        m,
                        f"'{m.group().strip()}' claims a result your notes do not give.",
                        "Keep to the results your highlights state.",
                    )
                ]
    for m in _CLAIM.finditer(text):
        if _NOT_DONE.search(text[: m.start()]) or _ASKED_ABOUT.search(text[: m.start()]):
            continue
        claim = _clause(text, m.end())
        if _THEIR_PROBLEM.search(text[max(0, m.start() - 40) : m.end() + len(claim)]):
            return [
                _finding(
                    "unsupported_claim",
                    sentence,
                    m,
                    f"'{(m.group() + claim).strip()[:80]}' claims you already solved their problem; your notes "
                    "do not say so.",
                    "Say what you did that is related, as the notes put it, and how it would help here.",
                )
            ]
        wanted = _key_stems(claim, notes)
        if not wanted or _covered(wanted, own) >= 0.5:
            continue
        missing = [w for w in wanted if not _found_anywhere(w, own)]
        borrowed = [w for w in missing if _found_anywhere(w, theirs)]
        if not borrowed and len(missing) < 2:
            continue
        generic = m.group("verb") is not None and not re.fullmatch(_WORK_VERBS, m.group("verb"), re.I)
        if generic and not (borrowed and len(missing) >= 2):  # "I walked away excited" is no work claim
            continue
        where = " (that is from their side of the notes: a topic, a challenge or company news)" if borrowed else ""
        said = (m.group() + claim).strip()
        return [
            _finding(
                "unsupported_claim",
                sentence,
                m,
                f"'{said[:80]}' claims work your highlights and since_interview do not hold{where}.",
                "Claim only what your notes say you did; to connect to their work, say how your real "
                "experience would help with it.",
            )
        ]
    return []


def _credit_in(
    sentence: Piece, text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]
) -> list[Finding]:
    for m in _CREDIT.finditer(text):
        obj = _clause(text, m.end())
        wanted = _key_stems(obj, notes)
        if not wanted or _covered(wanted, own) < 0.5 or _covered(wanted, theirs) >= 0.5:
            continue
        return [
            _finding(
                "misattributed_credit",
                sentence,
                m,
                f"'{(m.group() + obj).strip()[:80]}' gives them credit for what your notes list as your own work.",
                "Say it as your own experience ('I grew ...'), or leave it out.",
            )
        ]
    return []


def _causal_in(sentence: Piece, text: str, notes: Notes, own: list[list[str]]) -> list[Finding]:
    m = _CAUSAL.search(text)
    if m is None:
        return []
    left = _key_stems(text[: m.start()], notes)
    right_text = _clause(text, m.end())
    right = _key_stems(right_text, notes)
    if not left or not right:
        return []
    every = _stems(notes)["own"] + _stems(notes)["theirs"]
    effect = bool(m.group("effect") or m.group("effect2"))
    # the cause is the candidate's item it holds most of; the effect must be in that same item
    ranked = sorted(own, key=lambda item: -sum(1 for w in left if any(stems_match(w, s) for s in item)))
    for item in ranked[:1]:
        if sum(1 for w in left if any(stems_match(w, s) for s in item)) < max(1, len(left) // 3):
            continue
        if _covered(right, [item]) >= 0.5:
            return []
        fused = any(_covered(right, [other]) >= 0.5 for other in every if other is not item)
        if not fused and not effect:
            return []
        return [
            _finding(
                "causal_link",
                sentence,
                m,
                f"'{m.group().strip()} {right_text.strip()[:60]}' links cause and effect that your notes do not.",
                "State each item as the notes do, without a 'which led to' between them.",
            )
        ]
    return []


_PRESENT = re.compile(r"\b(?:is|are|am|will|'s|can|could|would|shall|be|being|join|joining)\b", re.I)


def _retells_own(text: str, own: list[list[str]], notes: Notes) -> bool:
    """Whether the sentence holds most of one of the candidate's own items."""
    said = _key_stems(text, notes)
    return any(item and sum(1 for s in item if any(stems_match(s, w) for w in said)) / len(item) >= 0.6 for item in own)


_OUR_PHRASE = re.compile(r"\bour\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


def _their_thing(text: str, notes: Notes) -> re.Match[str] | None:
    """ "our rent supplement program": 'our' with words that are the company's, by the notes."""
    theirs = _stems(notes)["theirs"]
    own = _stems(notes)["own"]
    for m in _OUR_PHRASE.finditer(text):
        wanted = _key_stems(m.group(1), notes)
        if len(wanted) >= 2 and _covered(wanted, theirs) >= 0.5 and _covered(wanted, own) < 0.5:
            return m
    return None


@per_notes
def _notes_text(notes: Notes) -> str:
    return "\n".join(notes_texts(notes)).lower().replace("\u2019", "'")


def _in_notes(phrase: str, notes: Notes) -> bool:
    """Whether the first three words of `phrase` appear as written in the notes."""
    head = " ".join(re.findall(r"[\w'-]+", phrase.lower().replace("\u2019", "'"))[:3])
    return len(head.split()) >= 2 and head in _notes_text(notes)


@per_notes
def _past_orgs(notes: Notes) -> re.Pattern[str] | None:
    company = notes.company.name.lower()
    orgs = {
        m.group(1)
        for text in (*notes.candidate.highlights, *notes.candidate.since_interview)
        for m in re.finditer(r"\b(?:at|for|with|from)\s+([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)?)", text)
        if m.group(1).lower() not in company
    }
    if not orgs:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(o) for o in orgs) + r")\b")


_PAST = re.compile(
    r"\b(?:my (?:previous|former|last|old|prior|current) (?:team|company|employer|role|job)|at my (?:last|previous"
    r"|former|old|current)|back (?:then|at)|in my (?:last|previous|former|current) (?:role|job|team|position))\b",
    re.I,
)


def _our_in(sentence: Piece, text: str, notes: Notes, own: list[list[str]]) -> list[Finding]:
    if not _OUR.search(text):
        return []
    masked = _SHARED.sub(lambda m: " " * len(m.group()), text)
    m = _COMPANY_THINGS.search(masked)
    if m is None:
        m = _their_thing(masked, notes)
    if m is None or _in_notes(text[m.start() :], notes):
        return []  # "our store managers" copied from the notes is a seam of the form letter, not a claim
    orgs = _past_orgs(notes)
    if _PAST.search(text) or (orgs is not None and orgs.search(text)):
        return []
    start = max((b.end() for b in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
    clause = text[start : m.start()] + _clause(text, m.start())
    if _covered(_key_stems(clause, notes), own) >= 0.5:
        return []  # the clause retells one of the candidate's own items: their past team
    if not _PRESENT.search(clause) and _retells_own(text, own, notes):
        return []  # "When I wrote X, agreeing ... with our partners saved rework": the past team
    return [
        _finding(
            "not_our_team",
            sentence,
            m,
            f"'{m.group().strip()}' speaks as if you already worked there; it is their team and their work.",
            "Say 'your team' or 'the team', and 'I' for yourself.",
        )
    ]
