"""Expertise claimed about a subject: "the leak backlog is familiar ground for me", "an area I know well", "I have a
lot of experience with X", "a problem I have solved before" (one placed at a former employer of the candidate's,
"a problem I have dealt with before at X, where I built ...", is told as their own experience there). A problem
only met ("a problem I have seen before") is exposure, no deed and no expertise: it claims nothing (checks41; the
spent corpora label it clean wherever it stands alone). The candidate's own
fields (highlights, since_interview) must hold what the expertise is claimed about; an interviewer's problem is not
the candidate's experience because a highlight shares its field (issue 15, claims). "Right up my alley" says liking,
not experience, and is left alone."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import claim_stems, covered, finding, key_stems
from afterview.guardrails.support import former_orgs_of
from afterview.guardrails.text import Piece, content_stems, stems_match
from afterview.notes.model import Notes

_ME = r"(?:for|to) me"
# The subject comes before the phrase ("X is familiar ground for me") ...
_BEFORE = re.compile(
    rf"\b(?:(?:familiar|well-trodden|known|home) (?:ground|territory) {_ME}"
    r"|(?:an? |the )?(?:area|field|space|problem|challenge|issue|thing|topic|kind of (?:problem|work|challenge))"
    r" I know (?:well|very well|inside out|intimately)"
    r"|close to (?:my own (?:experience|background|work)|home for me)"
    r"|(?:within |in )?my (?:area|field|areas) of (?:expertise|strength)"
    r"|(?:an? |the )?(?:problem|challenge|issue|situation) I(?:'ve|\u2019ve| have)? (?:solved|faced|tackled|handled"
    r"|fixed|dealt with) (?:before|many times|often|more than once|several times))",
    re.I,
)
# ... or after it ("I have a lot of experience with X").
_AFTER = re.compile(
    r"\bI(?:'ve|\u2019ve| have) (?:a lot of|lots of|plenty of|deep|extensive|years of|significant|real|hands-on)"
    r" (?:experience|expertise) (?:with|in|of|on)\b|\bI know (?:a lot|plenty|a great deal) about\b",
    re.I,
)
# Words of the conversation around the subject ("you mentioned", "I kept thinking about"): not what is claimed.
_TALK_STEMS = frozenset(
    content_stems("mentioned described said raised explained thinking kept talked discussed heard point sounds noted")
)
_AT = re.compile(r"\s*,?\s*(?:at|with|during my time at|in my time at|when I was at|back at)\s+", re.I)
_CLAUSE_END = re.compile(r"[,;:]|\b(?:as|since|because|after|having|from|when)\b", re.I)


def expertise_in(
    sentence: Piece, text: str, previous: str, notes: Notes, own: list[list[str]], following: str = ""
) -> list[Finding]:
    """An unsupported_claim for expertise claimed about a subject the candidate's own fields do not hold, unless the
    next sentence says which of the candidate's own items it rests on and names the subject again ("Corridor coverage
    is a problem I know well. At Volta I planned 140 rural 4G sites, so coverage gaps … are familiar ground")."""
    before = _BEFORE.search(text)
    after = _AFTER.search(text)
    m = before or after
    if m is None:
        return []
    orgs = former_orgs_of(notes)
    if orgs is not None and orgs.match(_AT.sub("", text[m.end() :], count=1)) and _AT.match(text[m.end() :]):
        return []  # "a problem I have dealt with before at Vía Sur": familiarity placed where the highlights put them
    if before is not None:
        subject = text[: before.start()]
        if not _wanted(subject, notes):
            subject = previous  # "That is familiar ground for me." after the sentence that says what
    else:
        rest = text[m.end() :]
        cut = _CLAUSE_END.search(rest)
        subject = rest[: cut.start()] if cut else rest
    wanted = _wanted(subject, notes)
    # held when one of the candidate's items shares two of its key words (one, for a one-word subject): "the
    # barcode rollout … close to my own experience" beside "trained super-users for a barcode scanning rollout"
    if (
        not wanted
        or covered(wanted, own) * len(wanted) >= min(2, len(wanted))
        or _backed(wanted, following, notes, own)
        or _told_with_own_item(wanted, text[m.end() :], following, notes, own)
    ):
        return []
    return [
        finding(
            "unsupported_claim",
            sentence,
            m,
            f"'{m.group().strip()}' claims experience with something your highlights do not hold.",
            "Say what you did, as your notes put it, and that it relates; not that their problem is yours.",
        )
    ]


def _wanted(subject: str, notes: Notes) -> list[str]:
    return [s for s in key_stems(subject, notes) if s not in _TALK_STEMS]


def _backed(wanted: list[str], following: str, notes: Notes, own: list[list[str]]) -> bool:
    """The next sentence states one of the candidate's own items (two of its key words) and names the subject."""
    said = key_stems(following, notes)
    if not said or not any(stems_match(w, s) for w in wanted for s in said):
        return False
    return any(sum(1 for s in item if any(stems_match(s, t) for t in said)) >= 2 for item in own)


def _told_with_own_item(wanted: list[str], rest: str, following: str, notes: Notes, own: list[list[str]]) -> bool:
    """Familiarity told with the candidate's own item that grounds it, right after it in the sentence or in the next
    one, where that item shares a word with their item the familiarity is about ("Spoilage is a problem I know well.
    At X our team cut commissary waste from 11% to 6%" of the commissary's spoilage): sympathy backed by what they
    did, not their problem claimed as solved (a wrong claim in that item is the other claims checks' to find). An
    own item on another subject grounds nothing."""
    theirs = [item for item in claim_stems(notes)["theirs"] if any(stems_match(w, s) for w in wanted for s in item)]
    for said in (key_stems(rest, notes), key_stems(following, notes)):
        for item in own:
            if len(item) < 2 or sum(1 for s in item if any(stems_match(s, t) for t in said)) < 2:
                continue
            if any(stems_match(s, t) for s in item for their in theirs for t in their):
                return True
    return False
