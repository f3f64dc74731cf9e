"""A detail added to the candidate's own work: "I ran 40 tests in the first year, many of them on pricing" where the
notes give the 40 tests and nothing of pricing. The part singled out ("many of them", "most of which") is a claim
of its own: its subject must be in the candidate's own items too, above all when it is a subject from their side of
the notes."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import claim_stems, covered, finding, found_anywhere, key_stems
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

_PART_OF = re.compile(
    r"(?:,|\band)\s+(?:many|most|some|several|half|all|a few|a lot|a number|the majority|two|three|four|five)"
    r" of (?:them|which|those|these)(?: (?:were|was|being))?\s+(?P<how>on|in|for|about|around|involving|focused on"
    r"|aimed at|targeting|covering)\s+(?P<what>[^,;.!?]+)",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I've|I'd|my|we)\b")


def detail_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    m = _PART_OF.search(text)
    if m is None or not _FIRST_PERSON.search(text[: m.start()]):
        return []
    own = claim_stems(notes)["own"]
    work = key_stems(text[: m.start()], notes)
    if covered(work, own) < 0.5:
        return []  # not the candidate's own item retold: the other claims checks read it
    wanted = key_stems(" ".join(m.group("what").split()[:5]), notes)
    missing = [w for w in wanted if not found_anywhere(w, own)]
    if not missing or (len(missing) < 2 and not any(found_anywhere(w, claim_stems(notes)["theirs"]) for w in missing)):
        return []  # "most of them on the night lines": one word more, from nowhere in particular
    return [
        finding(
            "unsupported_claim",
            sentence,
            m,
            f"'{m.group().strip(', ')}' adds a detail to your own work that your highlights do not hold.",
            "Keep to your work as the notes give it.",
        )
    ]
