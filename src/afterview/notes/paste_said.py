"""What one clause of a person's pasted lines says, in the shorthand of a notes app: a problem under a
tag of its own ('big issue: …'), what they asked for ('wants 2 references -> i said i'd email them'),
a promise to send something to someone ('send Priya the dashboard by fri'), and the candidate's own
report ('asked how i handle upset parents -> told her abt …', 'mentioned i set up reminder texts').

Each reader returns spans of the clause (never reworded), except `as_theirs`, which says a question
the interviewer asked as theirs ('how i handle' → 'how you handle') once the span has been checked.
"""

from __future__ import annotations

import re

from afterview.notes.told_promise import as_promise

# 'big issue:', 'their big pain:', 'main headache:': a tag that says a problem of the team
_PROBLEM_TAG = re.compile(
    r"^(?:(?:their|the|team'?s?|a|one|main|big|biggest|key|real|major|top)\s+){0,3}"
    r"(?:issues?|pain(?:\s+points?)?|problems?|headaches?|challenges?|struggles?|blockers?|bottlenecks?|concerns?)"
    r"\s*:\s*(?P<item>\S.*)$",
    re.I,
)
# 'wants 2 references', 'she asked for a writing sample', 'needs my portfolio'; what follows '->' is the reply
_ASKED_FOR = re.compile(
    r"^(?:(?:she|he|they|(?:[A-Z][\w'’-]+))\s+)?(?:wants?|wanted|asked(?:\s+me)?\s+for|would like|needs?|requested)"
    r"\s+(?!to\b)(?P<item>[^-–—>]+?)\s*(?:(?:->|→|[-–—]\s).*)?$",
    re.I,
)
# 'send Priya the dashboard by fri', 'PROMISED: email Marcus my SQL sample tmrw': the verb, then who and what
_SEND = re.compile(
    r"^(?:(?:i\s+)?(?:need to|to|must|should|will|promised to|said i'?d)\s+)?"
    r"(?:send|email|forward|share)\s+(?P<rest>\S.*)$",
    re.I,
)
_WHEN = re.compile(
    r"\s+(?:by|before|on|until|first thing)?\s*(?:tmrw|tomorrow|today|tonight|eod|eow|asap|"
    r"(?:the\s+)?end of (?:the\s+)?(?:day|week)|this week|next week|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|s)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[.!]?$",
    re.I,
)
# 'asked how i handle upset parents -> told her abt the billing story': what they asked, then my answer
_ASKED_ME = re.compile(
    r"^(?:(?!(?:i|we|you)\b)[\w'’-]+\s+)?(?:(?:also|then|mostly|mainly)\s+)?asked(?:\s+me)?"
    r"(?:\s+(?:(?:a lot|lots|tons|a bunch|a few|several|many|some|more|a couple)"
    r"(?:\s+of)?(?:\s+questions)?|mostly|mainly|questions))?\s+(?:about\s+|abt\s+)?"
    r"(?P<asked>(?:how|what|why|when|where|which|whether|if|(?<=about )|(?<=abt ))\b[^>]*?)"
    r"\s*(?:(?:->|→)\s*(?P<answer>.*))?$",
    re.I,
)
_TOLD = re.compile(r"^(?:i\s+)?(?:told|gave|shared)\s+(?:him|her|them)\s+(?:about|abt|the)?\s*(?P<item>\S.*)$", re.I)
# 'mentioned i did the reminder texts setup', 'told them about my UPS route project': what I said of myself
_MENTIONED = re.compile(
    r"^(?:i\s+(?:talked about|spoke about|explained|described)|(?:i\s+)?(?:mentioned|brought up|talked up|pitched|"
    r"highlighted|"
    r"(?:told|walked|took) (?:him|her|them|the panel) (?:about|abt|through|thru)))\s*:?\s+(?:that\s+)?(?:i\s+)?"
    r"(?P<item>\S.+?)[.!]?$",
    re.I,
)
_ME = {"i": "you", "i'd": "you'd", "i'm": "you're", "i've": "you've", "i'll": "you'll", "me": "you", "my": "your"}
_ME |= {"myself": "yourself", "mine": "yours", "im": "you're", "id": "you'd", "ive": "you've"}


def clauses(text: str) -> list[str]:
    """A jotted line's clauses: 'sr analyst. walked thru sql case' is two (a notes app writes no capitals)."""
    parts = re.split(r"(?<=[a-z0-9)])\s*[.!?]+\s+(?=[a-z])|;\s+", text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def problem(item: str) -> str | None:
    found = _PROBLEM_TAG.match(item.strip())
    return found.group("item").strip(" .") if found else None


def asked_for(item: str) -> str | None:
    """What the person asked to be sent: a span, without the reply after '->'."""
    found = _ASKED_FOR.match(item.strip())
    if not found:
        return None
    thing = _WHEN.sub("", found.group("item").strip(" .,"))
    return thing if thing and not re.match(r"(?:to|a|an|the)?\s*$", thing, re.I) else None


def promise(item: str, names: list[str]) -> tuple[str, int | None] | None:
    """(what, whose index) from 'send Priya the sample dashboard by fri'; None when it is no promise."""
    found = _SEND.match(as_promise(item).strip())  # 'told Priya I'd send the deck' is 'send Priya the deck'
    if not found:
        return None
    rest = _WHEN.sub("", found.group("rest").strip(" .!"))
    for n, name in enumerate(names):
        for said in (name, name.split()[0]):
            if rest.casefold().startswith(said.casefold() + " ") and len(rest) > len(said) + 3:
                return rest[len(said) :].strip(), n
    rest = re.sub(r"^(?:them|him|her)\s+", "", rest, flags=re.I)
    return (rest, None) if rest else None


def my_report(item: str) -> tuple[list[str], list[str]] | None:
    """([what they asked], [what I said of myself]) for a first-person line, each a span; None when the
    line is not the candidate's own report."""
    asked = _ASKED_ME.match(item.strip())
    if asked:
        answer = (asked.group("answer") or "").strip()
        told = _TOLD.match(answer) if answer else None
        return [asked.group("asked").strip(" .?")], [told.group("item").strip(" .")] if told else []
    mentioned = _MENTIONED.match(item.strip())
    if mentioned:
        return [], [mentioned.group("item").strip()]
    return None


def as_theirs(asked: str) -> str:
    """'how i handle upset parents' said as the interviewer's question: 'how you handle upset parents'."""
    return re.sub(r"\b[\w'’]+\b", lambda m: _ME.get(m.group(0).casefold().replace("’", "'"), m.group(0)), asked)
