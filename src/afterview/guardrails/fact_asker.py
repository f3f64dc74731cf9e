"""Who asked whom (a `facts` error): the notes jot a question the interviewer put to the candidate ("her q: what
would I change first?", "he asked me how I'd staff weekends") and the draft thanks them for answering the
candidate's question about it ("how you answered my question about ..."), or the other way round: the candidate's
own question ("my q: how is on-call paid?") told as theirs ("your question about on-call pay").
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import key_stems
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import sentences, stems_match
from afterview.notes.model import Notes

# A notes item that is the interviewer's question to the candidate.
_THEIR_Q = re.compile(
    r"\b(?:her|his|their)\s+(?:q|qn|qs|question|questions|ask)\b|\b(?:she|he|they)\s+asked\b|\basked\s+me\b"
    r"|\bq\s+(?:for|to)\s+me\b|\bquestions?\s+(?:for|to)\s+me\b",
    re.I,
)
# A notes item that is the candidate's own question.
_MY_Q = re.compile(r"\b(?:my|I)\s+(?:q|qn|qs|question|questions|asked)\b|\bI\s+asked\b", re.I)
# The draft's words for a question the candidate asked, and for one the interviewer asked.
_SAYS_MINE = re.compile(
    r"\b(?:answer(?:ed|ing|s)?|respond(?:ed|ing)? to|took|handled|addressed)\s+my\s+questions?\b|\bmy\s+questions?\b"
    r"|\bthe\s+questions?\s+I\s+(?:asked|raised|put)\b|\bI\s+asked\s+(?:you|about|how|what|whether|why)\b",
    re.I,
)
_SAYS_THEIRS = re.compile(
    r"\byour\s+questions?\b|\bthe\s+questions?\s+you\s+(?:asked|raised|put)\b|\byou\s+asked\s+(?:me|about|how|what"
    r"|whether|why)\b|\b(?:my|I)\s+(?:answer(?:ed)?|answering|respond(?:ed)?\s+to)\s+your\b",
    re.I,
)


@per_notes
def _questions(notes: Notes) -> tuple[tuple[bool, list[str]], ...]:
    """Each notes question of an interviewer's: (asked by them, its key words without the question's mark)."""
    out = []
    for person in notes.interviewers:
        for item in (*person.topics, *person.challenges):
            theirs, mine = _THEIR_Q.search(item), _MY_Q.search(item)
            if bool(theirs) == bool(mine):
                continue
            mark = theirs or mine
            assert mark is not None
            stems = key_stems(item[: mark.start()] + " " + item[mark.end() :], notes)
            if len(stems) >= 2:
                out.append((theirs is not None, stems))
    return tuple(out)


def _held(said: list[str], item: list[str]) -> int:
    return sum(1 for w in item if any(stems_match(w, s) for s in said))


def swapped_asker(body: str, notes: Notes) -> list[Finding]:
    questions = _questions(notes)
    if not questions:
        return []
    found: list[Finding] = []
    for sentence in sentences(body):
        for pattern, by_them in ((_SAYS_MINE, False), (_SAYS_THEIRS, True)):
            m = pattern.search(sentence.text)
            if m is None:
                continue
            said = key_stems(sentence.text[m.end() :], notes) or key_stems(sentence.text, notes)
            best = max(questions, key=lambda q: _held(said, q[1]))
            if _held(said, best[1]) < 2 or best[0] == by_them:
                continue
            asker = "they asked you" if best[0] else "you asked them"
            found.append(
                Finding(
                    "facts",
                    "error",
                    "swapped_asker",
                    f"'{m.group()}' turns round who asked: your notes say {asker} this question.",
                    (sentence.start + m.start(), sentence.start + m.end()),
                    "Say it the way round the notes have it ('your question about ...' / 'my question about ...').",
                )
            )
            break
    return found
