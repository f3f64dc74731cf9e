"""The candidate's news since the interview said as a status check says it: 'I completed the fraud awareness course'
→ 'I have completed the fraud awareness course', which goes after "Since our interview," ("In the meantime, I
completed …" and "For my part, …" read as a form letter). A clause with a time of its own ('… last week', '… on
Monday', '… in March') keeps its past tense: "I have finished it last week" is no English."""

from __future__ import annotations

import re

from afterview.writer.past_time import PAST_MARKER

# a finished time named in the clause: the past tense stays ('last week', 'ago', 'yesterday' are past_time's
# PAST_MARKER, shared with the jotted clauses' tense; these are the dated times a since-item adds)
_WHEN = re.compile(
    r"\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:19|20)\d\d|this morning|earlier)\b",
    re.I,
)
_FIRST = re.compile(r"^I (?P<verb>[a-z]+)\b(?P<rest>.*)$")
# 'I got my forklift licence': a credential got is one obtained ("I have got my licence" is no letter's English)
_GOT_CREDENTIAL = re.compile(
    r"^ (?:my|a|an|the) (?:[\w-]+ ){0,3}(?:licen[cs]e|certificate|certification|permit|qualification|accreditation|"
    r"card|badge|ticket|diploma|degree)\b"
)


def present_perfect(clause: str) -> str | None:
    """'I passed the NEBOSH General Certificate' → 'I have passed the NEBOSH General Certificate'; None when the
    clause is not 'I' and one past verb, names a finished time, or joins a second verb ('… and started …')."""
    found = _FIRST.match(clause.strip())
    dated = _WHEN.search(clause) or PAST_MARKER.search(clause)
    if not found or dated or re.search(r"\b(?:and|then) (?:I )?[a-z]+ed\b", found.group("rest")):
        return None
    verb = found.group("verb")
    if verb == "got" and _GOT_CREDENTIAL.match(found.group("rest")):
        return f"I have obtained{found.group('rest')}"
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    from afterview.writer.lemma import lemmas

    lemma = lemmas(verb).get("VERB")
    if (
        not lemma
        or lemma[0] in ("get", "be", "have")
        or lemma[0] == verb
        or verb not in lemminflect.getAllInflections(lemma[0], upos="VERB").get("VBD", ())
    ):
        return None  # not a past tense ('I run', 'I am')
    participle = lemminflect.getInflection(lemma[0], tag="VBN")
    return f"I have {participle[0]}{found.group('rest')}" if participle else None
