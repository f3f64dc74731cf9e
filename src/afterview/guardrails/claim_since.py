"""Claims told as done since the interview, and the candidate's own work told as taken up by others (claims errors).

- done since: "Since we talked I've finished the crane course and the blade repair refresher": each thing told as
  finished, passed or earned since the interview must be one of the candidate's since_interview items; highlights
  hold what came before, so their words ("blade repair" from "supervised blade repair crews") back nothing here;
- adopted: "my quick sheet, which is now used on three wards", "the script I wrote has been adopted by two teams":
  who uses the candidate's work, and where, must be in that work's own item.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import covered, finding, key_stems
from afterview.guardrails.text import Piece, stems_match
from afterview.notes.model import Notes
from afterview.shorthand_words import NUMBER_WORDS

_SINCE = re.compile(
    r"\bsince (?:we (?:last )?(?:spoke|talked|met|chatted)|our (?:interview|conversation|chat|talk|call|meeting)"
    r"|the interview|then)\b|\bin the meantime\b|\bmeanwhile\b|\bthis (?:past )?week\b"
    r"|\bI(?:'ve|\u2019ve| have) since\b",
    re.I,
)
_DONE = re.compile(
    r"\bI(?:'ve|\u2019ve| have)? (?:also |just |now |since |recently |already )*(?:finished|completed|passed|earned"
    r"|gained|obtained|been awarded|attended)\b",
    re.I,
)
# Where the list of things done ends: a new clause of comment ("which is directly relevant to ...").
_LIST_END = re.compile(r"[;:.!?()\u2014]| - |\b(?:which|that|who|so|because|while|but|where|when)\b|,\s*(?:and )?I\b")
_PART = re.compile(r",\s*(?:and\s+)?|\s+(?:and|plus|as well as)\s+", re.I)
_COURSE = re.compile(
    r"\b(?:course|certificate|certification|exam|refresher|module|training|workshop|programme|program|diploma"
    r"|licen[cs]e|qualification|bootcamp|class|degree|accreditation|badge|award|seminar|level \d)s?\b",
    re.I,
)
# A noun phrase just before "I finished": the object of a relative clause ("the course (that) I completed").
_FRONTED = re.compile(
    r"\b(?:the|a|an|this|that|my)\s+(?P<what>(?:[\w'-]+\s+){1,6}?)(?:(?:that|which)\s+)?$",
    re.I,
)
_SUBJECT = re.compile(r"^\s*(?:I|I'm|I've|we|it|my|this|that|they)\b", re.I)


def since_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    """A thing told as done since the interview that no since_interview item holds."""
    since = [key_stems(item, notes) for item in notes.candidate.since_interview]
    done = _DONE.search(text)
    if done is None or not _SINCE.search(text):
        return []
    stop = _LIST_END.search(text, done.end())
    # the thing done may be named before its verb: "the costing course I completed with the chamber gave me ..."
    fronted = _FRONTED.search(text[: done.start()])
    named = key_stems(fronted.group("what"), notes) if fronted is not None else []
    if len(named) >= 2 and since and covered(named, since) >= 0.5:
        return []
    for n, part in enumerate(_PART.split(text[done.end() : stop.start() if stop else len(text)])):
        wanted = key_stems(part, notes)
        if len(wanted) < 2 or _SUBJECT.match(part) or (n and not _COURSE.search(part)):
            continue  # after the first thing, only another course or certificate is part of the list
        if since and covered(wanted, since) >= 0.5:
            continue
        return [
            finding(
                "unsupported_claim",
                sentence,
                done,
                f"'{part.strip()[:60]}' is told as done since the interview; your since_interview does not hold it.",
                "Tell only what your since_interview lists; add it there first if you did it.",
            )
        ]
    return []


_ADOPTED = re.compile(
    r"\b(?:which|that|and it)\s+(?:is|are|was|were|has been|have been|'s)\s+(?:now |still |since |already |widely )?"
    r"(?:used|in use|adopted|rolled out|taken up|deployed|implemented|relied on|standard)\b"
    r"|\b(?:has|have) (?:since |now |already )?been (?:adopted|rolled out|taken up|deployed)\b",
    re.I,
)
_OWN_THING = re.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+){0,3}?$|\bI (?:built|wrote|made|designed|created)\b", re.I)


_COUNT_WORD = re.compile(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)})\b", re.I)


def _values(text: str) -> set[str]:
    """The counts a text gives, as digits: 'three terminals' -> {'3'}."""
    return {str(NUMBER_WORDS.get(w.lower(), w)) for w in _COUNT_WORD.findall(text)}


def _own_texts(notes: Notes, thing: list[str]) -> list[str]:
    """The candidate's own items that name the thing (two of its key words)."""
    out = []
    for item in (*notes.candidate.highlights, *notes.candidate.since_interview):
        stems = key_stems(item, notes)
        if sum(1 for w in thing if any(stems_match(w, s) for s in stems)) >= 2:
            out.append(item)
    return out


def adopted_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    """The candidate's own work told as used by others, where its item says nothing of who uses it or where."""
    m = _ADOPTED.search(text)
    if m is None:
        return []
    before = text[max(0, m.start() - 80) : m.start()]
    head = re.split(r"[,;]", before.rstrip(", "))[-1]
    if not (_OWN_THING.search(head + " ") or re.search(r"\b(?:my|I)\b", head, re.I)):
        return []
    thing = key_stems(head, notes)
    own = [key_stems(item, notes) for item in (*notes.candidate.highlights, *notes.candidate.since_interview)]
    items = [item for item in own if thing and sum(1 for w in thing if any(stems_match(w, s) for s in item)) >= 2]
    if not items:
        return []  # not one of the candidate's own items: the other claims checks read it
    rest = re.split(r"[.;!?,]", text[m.end() :])[0]
    scope = [w for w in key_stems(rest, notes) if not any(stems_match(w, s) for item in items for s in item)]
    # a count of where it is used must be the item's own: "now used at three terminals" for "used by 3 terminals"
    held = {str(v) for t in _own_texts(notes, thing) for v in _values(t)}
    if not scope and not (_values(rest) - held):
        return []
    return [
        finding(
            "unsupported_claim",
            sentence,
            m,
            f"'{m.group().strip()}{rest[:50]}' tells your work as taken up by others; your notes do not say so.",
            "Say what you made, as your notes put it, without who uses it now.",
        )
    ]
