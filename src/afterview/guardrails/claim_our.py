"""'our' and 'we' for the company's team or work: the candidate may say "our" only of their own past teams
("at Northwind our deploys ...") or of the conversation ("our talk")."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_our_work import their_operation
from afterview.guardrails.claim_support import (
    CLAUSE_END,
    claim_stems,
    clause,
    covered,
    finding,
    key_stems,
    own_and_their_texts,
)
from afterview.guardrails.support import former_org_names, former_orgs_of, per_notes
from afterview.guardrails.text import Piece, stems_match
from afterview.notes.model import Notes
from afterview.shorthand_words import NUMBER_WORDS

_OUR = re.compile(r"\b(?:our|ours|we|we're|we've|we'll|us)\b", re.I)
# "our" of the conversation itself: always fine.
_SHARED = re.compile(
    # (a subject of the conversation may sit between: "our MIG vs laser discussion", "our long Q&A session")
    r"\bour (?:(?!(?:team|teams|company|staff|people|customers|clients|users|patients|had|has|have|is|are|was|were"
    r"|will|would|did|do)\b)[\w/&.-]+ ){0,3}?"
    r"(?:conversation|chat|discussion|talk|meeting|call|interview|exchange|time|session|walk"
    r"|lunch|coffee|video call|phone call|conversations|discussions|talks|meetings|connection|back-and-forth"
    r"|back and forth|catch-up|chats|exchanges|tour|visit|calls|sessions|debate|interviews)\b"
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
    r"|are growing)\b(?!['\u2019])"  # ("we won't", "we can't": not 'won')
    # the company's plans and wins in the first person, before joining: "how we plan to move the redesign forward",
    # "an approval we can all be proud of"
    r"|\bwe (?:now |still |also )?(?:plan|intend|are planning|are going to|aim) to\b"
    # the company's future and its ways in the first person: "how we'll scale to 50 robots", "how we mentor juniors"
    r"|\bwe(?:'ll|\u2019ll| will) (?:\w+ly )?(?:scale|grow|hire|launch|expand|roll out|reach|ship|open|build|deploy"
    # ("we'll get to 40 stores" is their plan; "I hope we'll get to work together" is the reader and the writer)
    r"|double|triple|move|migrate|enter|raise|hit|get to(?= (?:\d|the\b|a\b|an\b|our\b|profitab|break)))\b"
    r"|\bhow we (?:\w+ly )?(?:mentor|hire|onboard|train|run|scale|grow|build|ship|deploy|support|plan|price|sell"
    r"|staff|schedule|handle|manage|serve|measure|release|test)\b"
    r"|\bwe can (?:all )?be (?:so |very )?proud"
    # their record in the first person: "our biggest deal yet", "our best season ever"
    r"|\bour (?:\w+ )?(?:biggest|largest|best|strongest|busiest|most \w+) [\w-]+(?: [\w-]+)? (?:yet|ever|to date)\b"
    r"|\bwe(?:'ve| have) (?:just |finally |now )?(?:won|secured|landed|received|got the approval)\b",
    re.I,
)


_WE_NOW = re.compile(r"\bwe(?: are|'re|\u2019re) (?:now |currently |still )?[a-z]+ing\b", re.I)
_PAST_TENSE = re.compile(
    r"\b(?:was|were|had|did|used to|\w{3,}ed|learnt|built|ran|led|made|grew|took|brought|kept|got|won|taught|sold"
    r"|spent|began|begun|saw|found|went|came|knew|felt|held|left|lost|rebuilt|wrote|drove|thought)\b",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|am|will|'s|can|could|would|shall|be|being|join|joining)\b", re.I)


def _retells_own(text: str, own: list[list[str]], notes: Notes) -> bool:
    """Whether the sentence holds most of one of the candidate's own items."""
    said = key_stems(text, notes)
    return any(item and sum(1 for s in item if any(stems_match(s, w) for w in said)) / len(item) >= 0.6 for item in own)


# "our backlog of 1,800", "our working capital from scrap" (four words: a preposition may come before the noun
# that makes it theirs)
# (a figure with a decimal point is one word: "our new 1.2 m telescope")
_OUR_PHRASE = re.compile(r"\bour\s+((?:[\w-]+(?:\.\d+)?\s+){0,3}[\w-]+(?:,\d{3})*)", re.I)


def _their_thing(text: str, notes: Notes) -> re.Match[str] | None:
    """ "our rent supplement program": 'our' with words that are the company's, by the notes."""
    theirs = claim_stems(notes)["theirs"]
    own = claim_stems(notes)["own"]
    for m in _OUR_PHRASE.finditer(text):
        wanted = key_stems(m.group(1), notes)
        if len(wanted) >= 2 and covered(wanted, theirs) >= 0.5 and covered(wanted, own) < 0.5:
            return m
    return None


@per_notes
def _notes_text(notes: Notes) -> str:
    # the candidate's own items only: 'our' copied from an interviewer's line ("our congestion at the port") is
    # their team's word, which the candidate cannot say before joining
    return "\n".join(own_and_their_texts(notes)[0]).lower().replace("\u2019", "'")


def _in_notes(phrase: str, notes: Notes) -> bool:
    """Whether the first three words of `phrase` appear as written in the candidate's own items."""
    head = " ".join(re.findall(r"[\w'-]+", phrase.lower().replace("\u2019", "'"))[:3])
    return len(head.split()) >= 2 and head in _notes_text(notes)


_PAST = re.compile(
    r"\b(?:my (?:previous|former|last|old|prior|current) (?:team|company|employer|role|job)|at my (?:last|previous"
    r"|former|old|current)|back (?:then|at)|in my (?:last|previous|former|current) (?:role|job|team|position))\b",
    re.I,
)


_PART_END = re.compile(r";|\s[\u2013\u2014-]\s|\s\u2014|\u2014\s")


def _part_with(text: str, at: int) -> str:
    """The part of a sentence, between semicolons or dashes, that holds position `at`."""
    start = max((b.end() for b in _PART_END.finditer(text, 0, at)), default=0)
    end = next((b.start() for b in _PART_END.finditer(text, at)), len(text))
    return text[start:end]


_TEAM_OF = re.compile(r"\b(?:team|crew|group|squad) of (\w+)", re.I)


def _team_size(word: str) -> str:
    return str(NUMBER_WORDS.get(word.lower(), word))


@per_notes
def _own_team_sizes(notes: Notes) -> frozenset[str]:
    """The sizes of the candidate's own past teams, by the notes: "(team of 4, ...)" gives '4'."""
    c = notes.candidate
    return frozenset(_team_size(t) for item in (*c.highlights, *c.since_interview) for t in _TEAM_OF.findall(item))


def _own_team(said: str, notes: Notes) -> bool:
    """ "our team of four relied on ...": a team of the size the candidate's own items give is their past team."""
    return any(_team_size(t) in _own_team_sizes(notes) for t in _TEAM_OF.findall(said))


@per_notes
def _org_heads(notes: Notes) -> re.Pattern[str] | None:
    """A past employer called by the first word of its name, as people do ("at Meenmutty" for Meenmutty Estates)."""
    company = notes.company.name.lower()
    heads = {name.split()[0] for name in former_org_names(notes) if " " in name}
    heads = {h for h in heads if len(h) >= 4 and h[0].isupper() and h.lower() not in company}
    if not heads:
        return None
    # (said as where the work was: "at Meenmutty", "in my years with Meenmutty")
    return re.compile(r"\b(?i:at|for|with|from|in)\s+(?:" + "|".join(map(re.escape, sorted(heads))) + r")\b")


# A capitalised name said, at the opening of the part, as where the candidate was: "At Brekkie Club, the posts that
# moved our numbers ...", "Back in my years with Kilmore Boatworks, our yard ..." ("I'd bring what I did at X to our
# line" names X after the offer has begun: no scene set in the past).
_AT_NAME = re.compile(
    r"^\s*(?:[\w'\u2019]+\s+){0,4}?(?i:at|for|with|in)\s+(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*)\s*,?"
)


@per_notes
def _own_only_text(notes: Notes) -> tuple[str, str]:
    """The candidate's own items, and their side of the notes with the company's name, as lower-case text."""
    own, theirs = own_and_their_texts(notes)
    return " ".join(own).lower(), " ".join([*theirs, notes.company.name]).lower()


def _own_place(part: str, notes: Notes) -> bool:
    """Whether the part opens by naming, after "at/for/with/in", a name only the candidate's own items hold ("the
    Instagram following of Brekkie Club"): however the notes phrase it, a place of their own past."""
    m = _AT_NAME.match(part)
    if m is None:
        return False
    own, theirs = _own_only_text(notes)
    name = re.sub(r"['\u2019]s$", "", m.group("name")).lower()
    return bool(re.search(rf"\b{re.escape(name)}\b", own)) and not re.search(rf"\b{re.escape(name)}\b", theirs)


def _short_org(part: str, notes: Notes) -> bool:
    heads = _org_heads(notes)
    return heads is not None and heads.search(part) is not None


# the candidate's own household
_HOME = r"(?:family|families|children|kids|home|house|flat|wedding|household|daughters?|sons?|baby)"
# any 'our' thing or 'for us', read as theirs when it is said in the present or the future and nothing in its part
# places it at a past employer ("our consult-to-start conversion is stuck", "going well for us"); the reader and the
# writer's own shared things ("our paths cross", "our next steps") are no team
_ANY_OURS = re.compile(
    r"\bour\s+(?!(?:paths?|own|shared|mutual|next|first|last|respective|schedules?|calendars?|diaries|agreement"
    rf"|understanding|previous|recent|earlier|initial|discussed|life|lives|{_HOME}|move|relocation)\b)[\w-]+"
    r"|\b(?:well|better|hard|easy|busy) for us\b",
    re.I,
)


# the candidate's own household ("our children's school", "our family"), and its move where the sentence names it
# ("plan for my family, and our move from Maun"; "our move from hand-written C to SCADE" is the company's)
_HOUSEHOLD = re.compile(rf"\bour\s+(?:[\w-]+\s+)?{_HOME}\b", re.I)
_MOVE = re.compile(r"\bour\s+(?:[\w-]+\s+)?(?:move|relocation)\b", re.I)
_MINE = re.compile(r"\bmy (?:family|wife|husband|partner|spouse|children|kids|daughters?|sons?|household)\b", re.I)


# The conversation's own nouns, which a writer may misspell ("our discusion", "our converstion"): one letter left
# out, added, changed or two swapped is still the conversation, never their team.
_TALK_NOUNS = ("conversation", "discussion", "interview", "meeting", "exchange", "session")
_OUR_WORDS = re.compile(r"\bour\s+((?:(?!our\b|and\b)[\w-]+\s+){0,3}?)([a-z]{6,})\b", re.I)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one letter left out, added or changed, or two neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _misspelt_talk(text: str) -> bool:
    """Whether 'our' is followed, within four words, by a misspelling of a word for the conversation."""
    for m in _OUR_WORDS.finditer(text):
        for word in (*m.group(1).split(), m.group(2)):
            w = word.lower().rstrip("s")
            if len(w) >= 6 and any(_one_edit(w, noun) for noun in _TALK_NOUNS):
                return True
    return False


# A reason or a time given after the 'our' clause ("Our editors use two numbering schemes, and I can fix that,
# since I moved 120 workbooks at Ilm Kitob"): the past employer named there is where the candidate learned the
# fix, not where the 'our' is.
_REASON_AFTER = re.compile(r",\s*(?:since|because|as|given that|having|after) ", re.I)


def _before_reason(part: str, at: int) -> str:
    """`part` up to the first reason or time clause that starts after position `at` of it."""
    cut = _REASON_AFTER.search(part, at)
    return part[: cut.start()] if cut else part


# A sentence opened by a clause of the candidate's own past: "When I was HACCP lead in Paita, ...".
_WHEN_I = re.compile(
    r"^\s*(?:when|while|back when|during the years|in the years) I (?:was|ran|led|built|taught|grew|did|made|set up"
    r"|oversaw|kept|held|wrote|drove|sold|[a-z]{3,}ed)\b[^,;]*,",
    re.I,
)
# 'our' with a name or a figure of its own: "our HX8 launch", "our 2025 plan".
_NAMED_OURS = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:[A-Z][\w-]*|\w*\d\w*)\b")


def _when_own(text: str, at: int, notes: Notes) -> bool:
    """Whether `text` opens, before position `at`, with a clause of time telling one of the candidate's own items
    (half of it at least, two words or more): the rest of the sentence is set in their past."""
    when = _WHEN_I.match(text)
    if when is None or when.end() > at:
        return False
    said = key_stems(when.group(), notes)
    for item in own_and_their_texts(notes)[0]:
        stems = [s for s in key_stems(item, notes) if not s.isdigit()]
        hits = sum(1 for s in stems if any(stems_match(s, w) for w in said))
        if hits >= 2 and hits / max(1, len(stems)) >= 0.5:
            return True
    return False


def our_in(sentence: Piece, text: str, notes: Notes, own: list[list[str]]) -> list[Finding]:
    if not _OUR.search(text):
        return []
    masked = _SHARED.sub(lambda m: " " * len(m.group()), text)
    if _misspelt_talk(masked):
        masked = _OUR_WORDS.sub(lambda m: " " * len(m.group()) if _misspelt_talk(m.group()) else m.group(), masked)
    m = _COMPANY_THINGS.search(masked)
    if m is None:
        m = _their_thing(masked, notes) or their_operation(masked)
    broad = m is None
    if m is None:
        m = _ANY_OURS.search(masked)
    if m is not None and (
        _HOUSEHOLD.match(masked, m.start()) or (_MOVE.match(masked, m.start()) and _MINE.search(text))
    ):
        return []  # "our move from Maun to Arusha" beside "my family": the candidate's household, not their team
    if m is None or _in_notes(text[m.start() :], notes):
        return []  # "our store managers" copied from the candidate's own items is their past team, said as written
    orgs = former_orgs_of(notes)
    # the past employer must be in the part of the sentence that holds 'our' ("...; I know it from Fjordline" is not)
    part = _part_with(text, m.start())
    part = _before_reason(part, part.find(m.group().strip()) + 1)
    start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
    # (the clause read from the end of the match: "we grew EMEA revenue" is not cut at its own "we grew")
    said = text[start : m.start()] + m.group() + clause(text, m.end())
    if broad and (not _PRESENT.search(part) or _PAST_TENSE.search(said)):
        return []  # the broad reading only in the present or the future, with no past deed beside it
    # "the defects we are seeing on our line", with the past employer later in the sentence: their line, now
    now = _WE_NOW.search(text[start : m.start()])
    if not now and (
        _PAST.search(part)
        or (orgs is not None and orgs.search(part))
        or _short_org(part, notes)
        # ('our X' only: "at Kitchener we won three tenders" is a deed told, which the notes must still hold)
        or (m.group().lower().startswith("our") and _own_place(part, notes))
    ):
        return []
    if _own_team(text[m.start() : m.end() + 20], notes):
        return []
    stems = key_stems(said, notes)
    if covered(stems, own) >= 0.5 and covered(stems, own) >= covered(stems, claim_stems(notes)["theirs"]):
        return []  # the clause retells one of the candidate's own items (more than theirs): their past team
    if not _PRESENT.search(said) and _when_own(text, m.start(), notes) and not _NAMED_OURS.match(text, m.start()):
        # "When I ran the pop-up with a sake brewery at university, a good share of our visitors were tourists": the
        # sentence is set in the candidate's own past, told as their notes tell it (a named thing of theirs, "our
        # HX8 launch", stays theirs)
        return []
    if not _PRESENT.search(said) and _retells_own(part, own, notes) and not _their_thing(said, notes):
        # "When I wrote X, agreeing ... with our partners saved rework": the past team (but "our HX8 launch", a
        # thing of their news, stays theirs beside a retold item of the candidate's)
        return []
    return [not_ours(sentence, m, "Say 'your team' or 'the team', and 'I' for yourself.")]


def not_ours(sentence: Piece, m: re.Match[str], advice: str) -> Finding:
    """The finding for their team or work said as the candidate's ('our', 'we')."""
    said = m.group().strip()
    return finding(
        "not_our_team",
        sentence,
        m,
        f"'{said}' speaks as if you already worked there; it is their team and their work.",
        advice,
    )
