"""A result added to company news (a `facts` error): "congratulations on the new Sunday data page - I saw it has
already doubled weekend readership" where the notes' news is only "launched a Sunday data page". What their news
achieved is a fact about them: only the news item itself can give it. A guess or a wish ("it should bring in new
readers") states no result.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import covered, key_stems
from afterview.guardrails.text import content_stems, sentences, stems_match
from afterview.notes.model import Notes

_RESULT = re.compile(
    r"\b(?:has|have|had|'s)?\s*(?:already |now |just |since )?(?:doubled|tripled|quadrupled|halved|boosted|lifted"
    r"|raised|grown|grew|increased|cut|reduced|driven (?:up|down)|brought (?:in|down)|attracted|won|saved"
    r"|added)\b(?P<obj>[^.;!?]*)",
    re.I,
)
_GUESS = re.compile(
    r"\b(?:will|would|could|should|might|may|must|can|hope|hoping|sure|bet|imagine|expect|likely|probably|going to"
    r"|set to|bound to)\b",
    re.I,
)


_OWN = re.compile(r"\b(?:I|we|my|our)\b", re.I)
_CLAUSE = re.compile(r"[,;:()\u2014\u2013]| - ")


def _own_doer(before: str) -> bool:
    """Whether the doer of the result is the candidate: "I" or "we" just before it, or "that"/"which" after a clause
    of theirs ("I led a re-sequencing that cut ..."); "I saw it has doubled" names the news as the doer."""
    last = re.findall(r"[\w']+", before)[-1:]
    if not last:
        return False
    if last[0].lower() in {"i", "we"} or re.search(r"\b(?:my|our)(?:\s+[\w-]+){0,3}\s*$", before, re.I):
        return True  # ("our agronomy team cut water use")
    if last[0].lower() in {"that", "which"}:
        start = max((b.end() for b in _CLAUSE.finditer(before)), default=0)
        return _OWN.search(before[start:]) is not None
    return False


_NUMBER_STEMS = frozenset(content_stems("one two three four five six seven eight nine ten twelve twenty", generic=True))


def news_results(body: str, notes: Notes) -> list[Finding]:
    news = [(item, key_stems(item, notes)) for item in notes.company.news]
    if not news:
        return []
    found: list[Finding] = []
    own = [key_stems(t, notes) for t in (*notes.candidate.highlights, *notes.candidate.since_interview)]
    for sentence in sentences(body):
        said = key_stems(sentence.text, notes)
        about = [stems for _, stems in news if sum(1 for w in stems if any(stems_match(w, s) for s in said)) >= 2]
        if not about:
            continue
        m = _RESULT.search(sentence.text)
        if m is None or _GUESS.search(sentence.text[: m.start()]) or re.match(r"\s*(?:me|us|my|our)\b", m["obj"]):
            continue
        if covered(key_stems(re.split(r"[,;:]", m.group())[0], notes), own) >= 0.5:
            continue  # "... and grew polypropylene export volumes by 38%": one of the candidate's own results
        if _own_doer(sentence.text[: m.start()]):
            continue  # "At X I led a re-sequencing that cut hours by 18%": the candidate's own result, claims' business
        verb = key_stems(m.group().split()[0] if m.group().split() else "", notes)
        if any(stems_match(v, s) for v in verb for a in about for s in a):
            continue  # "congratulations on winning the tramway design": the news told again, its own verb and all
        # the result ends with its clause: "a fleet that has grown to six balloons, show how quickly ..." adds nothing
        # after the comma to the news
        obj = _CLAUSE.split(m["obj"])[0]
        gained = [
            w
            for w in key_stems(obj, notes)
            if not any(stems_match(w, s) for a in about for s in a) and w not in _NUMBER_STEMS
        ]
        if not gained:
            continue
        found.append(
            Finding(
                "facts",
                "error",
                "unsupported_result",
                f"'{m.group().strip()[:70]}' adds a result to their news that your notes do not give.",
                (sentence.start + m.start(), sentence.start + m.end()),
                "Congratulate them on the news as your notes state it, without a result of your own.",
            )
        )
    return found
