"""Their work claimed as the candidate's own, in shapes the main claim pattern (claims.py) does not read: a
first-person subject, a verb of work done, and an object whose content is on their side of the notes (an
interviewer's topic or challenge, the company's news) with no support in the candidate's own fields.

- the object named first: "The intake rebuild, I led something like it at Bowvalley";
- a pluperfect or a finished piece of work: "I had already moved the records off paper during my time at X",
  "the work I'd already done bringing no-shows down to 6%";
- work done at a past place, whatever the verb: "I prepared two labs for the audit during my time at Huye";
- their plan presented as mine: "walking you through my plan for taking the firm to EUR 50M".

"I'd start with ...", "I'd love to help with ...", "I enjoyed hearing about ..." claim nothing.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_clauses import their_work_claimed
from afterview.guardrails.claim_no_deed import travelled
from afterview.guardrails.claim_own_widened import own_experience
from afterview.guardrails.claim_support import (
    CLAUSE_END,
    NOT_WORK,
    TALK,
    WORK_VERBS,
    WROTE_UP,
    covered,
    finding,
    found_anywhere,
    interview_part,
    key_stems,
)
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

_AUX = r"(?:'ve|\u2019ve| have| had|'d|\u2019d)?"
_ADVERB = r"(?:(?:already|also|personally|previously|once|actually|successfully|basically) )?"
# "worked on", "done", "dealt with" and the work verbs: what a subject did to an object of work.
_DONE = rf"(?:worked on|done|did|{WORK_VERBS})"

# The object named first, then taken back with a pronoun: "The intake rebuild, I led something like it".
_TOPICALISED = re.compile(
    rf"^(?P<obj>[^,;:!?]{{6,90}}),\s+I{_AUX} {_ADVERB}(?P<verb>{_DONE})\s+"
    r"(?:(?:much|pretty much|almost|exactly|very much) )?"
    r"(?:something (?:very |quite )?(?:like|similar to) (?:it|that|this)"
    r"|something (?:very |quite )?similar|one like it|(?:just |exactly )?(?:that|this|it)|the same(?: thing)?"
    r"|a version of (?:it|that|this))\b",
    re.I,
)
# Participles only: "I'd led" is done, "I'd lead" would be; forms shared with the base ('cut', 'run', 'put', 'set')
# stay out after "'d", where they read as a wish.
_PLUPERFECT = re.compile(
    rf"\bI(?P<aux> had|'d|\u2019d) {_ADVERB}(?P<verb>(?!{NOT_WORK}\b|{TALK}\b)[a-z]{{3,}}ed|led|built|grown|won|brought"
    r"|made|done|driven|written|shipped|worked on|run|cut|set up)\b",
    re.I,
)
# A finished piece of work whose content follows as a gerund: "the work I'd already done bringing X down".
_WORK_DONE_ING = re.compile(
    rf"\b(?:work|job|project|groundwork|effort)s? (?:that )?I{_AUX} {_ADVERB}(?:done|did|put in)\s+"
    r"(?:on |in |around |with )?(?P<obj>\w+ing\b[^,;:!?]*)",
    re.I,
)
# A past place of the candidate's own: a former employer, a thesis, a past role ("at Prairie Paws" is theirs and
# is taken out before this is asked).
_PAST_PLACE = re.compile(
    r"\b(?:during|in|over|throughout) my (?:time|years|stint|tenure|days|work|role|job|internship|placement)"
    r" (?:at|with|in)\b|\bin my (?:thesis|dissertation|capstone|final[- ]year project|last|previous|former|old|current)"
    r"\b|\b(?:at|in) (?:my|a) (?:last|previous|former|old|current|past|prior)\b"
    r"|\b(?:back|when I was|while I was) (?:at|with|in)\b"
    r"|\b(?:at|with) (?!the\b|a\b|an\b|your\b|my\b)[A-Z][\w&'-]+"
    # a place, then what the candidate did there: "in Bursa, where I introduced ..."
    r"|\b[Ii]n [A-Z][\w&'-]+(?: [A-Z][\w&'-]+)*,? where I\b",
)
# Verbs that tell a conversation, a feeling or a reading, never work done.
_NO_WORK_AT_ALL = re.compile(
    rf"{TALK}|mentioned|enjoyed|appreciated|loved|liked|hoped|wondered|wanted|noticed|learned|learnt|read|heard"
    r"|asked|thought|felt|realised|realized|remembered|imagined|met|visited|saw|interviewed|applied|studied"
    r"|followed|watched"
    # what one does with a document sent: "I've attached a sample report from my time at X"
    r"|attached|included|enclosed|sent|shared|forwarded|added|uploaded|linked|emailed|copied|collected|gathered"
    r"|contacted|reached|redacted|anonymi[sz]ed|removed",
    re.I,
)
# "I have continued to think about your remarks on X", "I kept coming back to X": thought, not work on X
_KEPT_THINKING = re.compile(
    r"(?:continued|kept|went on)\s+(?:to\s+)?(?:think|reflect|consider|wonder|mull|ponder|com(?:e|ing) back|return)",
    re.I,
)
_FIRST_PERSON_PAST = re.compile(
    rf"\bI{_AUX} {_ADVERB}(?P<verb>worked on|dealt with|[a-z]{{3,}}ed|{WORK_VERBS})\b(?!['\u2019]t)",
)
# A plan named as mine, in a sentence that says it was shown: "walk you through my plan for taking X to Y".
_MY_PLAN = re.compile(
    # ("my approach to the capacity crunch" is how the candidate answered a question, not a plan of theirs)
    r"\b[Mm]y (?:own )?(?:plan|strategy|roadmap|proposal|blueprint|playbook) (?:for|to) (?P<obj>[^,;:!?]+)",
)
_WISH = re.compile(
    r"\b(?:would|could|will|can|might|'d|\u2019d|want to|hope to|love to|like to|glad to|happy to|keen to|eager to"
    r"|ready to|plan to|going to|look forward to|looking forward to|chance to|if)\b",
    re.I,
)
_BASE_FORMS = frozenset({"cut", "run", "set up", "put"})
_CAN_WAIT = re.compile(r"\b(?:would|will|could|can|should|might|'d|\u2019d)\s*$", re.I)


def _theirs_only(obj: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]) -> list[str]:
    """The object's key stems when it names one of their items (half of it, two stems at least) and none of the
    candidate's own; else nothing."""
    wanted = key_stems(obj, notes)
    if len(wanted) < 2 or covered(wanted, own) >= 0.5:
        return []
    held = max(
        (
            sum(1 for w in wanted if any(w == s or (len(w) >= 5 and s.startswith(w[:-1])) for s in item))
            for item in theirs
        ),
        default=0,
    )
    if held < 2 or covered(wanted, theirs) < 0.5:
        return []
    return wanted


def _clause_from(text: str, start: int) -> str:
    m = CLAUSE_END.search(text, start)
    return text[start : m.start() if m else len(text)]


def _found(sentence: Piece, m: re.Match[str], said: str) -> list[Finding]:
    return [
        finding(
            "unsupported_claim",
            sentence,
            m,
            f"'{said.strip()[:80]}' claims work your highlights and since_interview do not hold (that is from their "
            "side of the notes: a topic, a challenge or company news).",
            "Claim only what your notes say you did; to connect to their work, say how your real experience would "
            "help with it.",
        )
    ]


# A result worked on their own thing, told as done: "I got your tile rebuild down to ...", "I've fixed your
# booking form's ...". Before joining the candidate can only offer it ("I'd like to get your ... down").
_ON_YOURS = re.compile(
    r"\bI(?:'ve|\u2019ve| have| had)? (?:already |also |just |now )?(?P<verb>got|brought|cut|reduced|fixed|solved"
    r"|rebuilt|sped up|halved|lowered|shortened|optimi[sz]ed|streamlined|automated|migrated|cleared|trimmed|shrank)"
    r" (?:(?:the|all|both) )?(?P<obj>your\b)"
    # (what they sent is no work of theirs: "I got your message about the role")
    r"(?! (?:\w+ )?(?:message|email|e-mail|note|reply|letter|call|voicemail|update|invitation|invite|news|decision"
    r"|feedback|text|answer|response)s?\b)",
    re.I,
)


def their_work_in(
    sentence: Piece, text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]
) -> list[Finding]:
    for done in _ON_YOURS.finditer(text):
        if _WISH.search(text[max(0, done.start() - 30) : done.start()]):
            continue  # "I'd love to help if I cut your ...": offered, not done
        # (the thing worked on, without the means: "your rebuild down | by adding an index" of the candidate's own)
        obj = re.split(r"\s+(?:by|with|using|through|via)\s+", _clause_from(text, done.start("obj")), maxsplit=1)[0]
        if _theirs_only(obj, notes, own, theirs):
            return _found(sentence, done, done.group() + obj[4:])
    m = _TOPICALISED.match(text)
    if m and not _WISH.search(text[: m.start("verb")]) and _theirs_only(m.group("obj"), notes, own, theirs):
        return _found(sentence, m, m.group())
    for m in _WORK_DONE_ING.finditer(text):
        if _theirs_only(m.group("obj"), notes, own, theirs):
            return _found(sentence, m, m.group())
    for m in _PLUPERFECT.finditer(text):
        if m.group("aux").strip() != "had" and _CAN_WAIT.search(text[: m.start()]):
            continue
        if m.group("aux").strip() != "had" and m.group("verb").lower() in _BASE_FORMS:
            continue  # "how I'd cut pesticide spend": after "'d" a form shared with the base reads as a wish
        if re.search(r"\b(?:how|what|why|whether|where)\s+$", text[: m.start()], re.I):
            continue  # "more concrete about how I'd done the costing": the manner asked about, no work claimed
        if _NO_WORK_AT_ALL.fullmatch(m.group("verb")) or _KEPT_THINKING.match(m.group("verb") + text[m.end() :]):
            continue
        if travelled(m.group("verb"), text, m.end()):
            continue  # "I'd driven over to the depot": a trip
        if _theirs_only(_clause_from(text, m.end()), notes, own, theirs):
            return _found(sentence, m, m.group() + _clause_from(text, m.end()))
    company = notes.company.name
    placed = _PAST_PLACE.search(text.replace(company, "the company") if company else text)
    if placed:
        for m in _FIRST_PERSON_PAST.finditer(text):
            if (
                _NO_WORK_AT_ALL.fullmatch(m.group("verb"))
                or _KEPT_THINKING.match(m.group("verb") + text[m.end() :])
                or _WISH.search(text[max(0, m.start() - 30) : m.start()])
                or travelled(m.group("verb"), text, m.end())
            ):
                continue
            obj = _clause_from(text, m.end())
            if interview_part(obj):
                continue  # "how I approached the discussion of X with Ana": the interview, no work
            obj = obj[: m2.start()] if (m2 := _PAST_PLACE.search(obj)) else obj  # "... during my time at Huye"
            obj = re.sub(r"\b(?:already|also|previously|once|before)\b", " ", obj)
            if _theirs_only(obj, notes, own, theirs):
                return _found(sentence, m, m.group() + obj)
    for m in _MY_PLAN.finditer(text):
        if _WISH.search(text):
            continue  # "my plan for X would start small", "I'd share my plan for X": offered, not shown as done
        if _theirs_only(m.group("obj"), notes, own, theirs):
            return _found(sentence, m, m.group())
    return []


# A party named just before the clause's "I": "the last agency I dealt with ...".
_PARTY_BEFORE = re.compile(
    r"\b(?:agency|agencies|recruiters?|headhunters?|employers?|managers?|bosses|boss|people|person|clients?|hr)"
    r"\s+(?:that\s+|who\s+|whom\s+)?$",
    re.I,
)


def structural_claim_in(
    sentence: Piece, text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]
) -> list[Finding]:
    """A first-person clause of work (claim_clauses.py) whose object is on their side of the notes, not the
    candidate's: "we managed to cut the length of the Polish strings by 30%" where that 30% is the team's note."""
    c = their_work_claimed(text, notes, own, theirs)
    wrote = WROTE_UP.search(text, c.start) if c is not None else None
    if c is None or (wrote is not None and wrote.start() <= c.end):
        return []  # (or "I sketched out a one-page checklist for X": a document prepared for them, no past work)
    if _PARTY_BEFORE.search(text[: c.start]):
        return []  # "the last recruiter I dealt with never replied": someone met, not work done
    if not c.named_before and c.subject == "I":
        wanted = key_stems(c.object, notes)
        borrowed = [w for w in wanted if not found_anywhere(w, own) and found_anywhere(w, theirs)]
        opening = max((b.end() for b in CLAUSE_END.finditer(text, 0, c.start)), default=0)
        if own_experience(c.verb, text[opening : c.end] + c.object, c.object, borrowed, theirs, notes):
            return []  # "I wrote set-up cards for each jig": their own way of working, told in their words
    said = f"{c.object.strip()} {c.subject} {c.verb}" if c.named_before else f"{c.subject} {c.verb}{c.object}".strip()
    return [
        Finding(
            "claims",
            "error",
            "unsupported_claim",
            f"'{said[:80]}' claims their work as yours: your notes give it to them (a topic, a challenge or company"
            " news), not to your highlights or since_interview.",
            (sentence.start + c.start, sentence.start + c.end),
            "Claim only what your notes say you did; to connect to their work, say how your real experience would"
            " help with it.",
        )
    ]
