"""Criticism of the reader's people, or of their plans and questions, with a verdict said through a linking verb:
"Jo's plan to double wholesale orders sounds a bit unrealistic", "Andrés's stress-test questions felt more like a
trap than a conversation", "the previous process engineer here clearly didn't document much", "it sounds like they're
just being difficult".

Each needs both halves in one clause: one of their people (an interviewer by name, "the previous engineer", "your
board", their customer) or a thing of theirs ("Jo's plan", "your timeline"), then a linking verb ("is", "sounds",
"felt", "came across as") and a verdict from the lists below. A person's verdicts ("out of touch", "difficult") are
not said of things ("your rollout sounds difficult" is sympathy), a negated verdict is none ("the plan is not
unrealistic"), and "difficult to …" is a task's difficulty ("Jo's plan sounds difficult to staff").
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import Piece

_ROLE = (
    r"(?:boss|manager|managers|management|leadership|board|director|directors|ceo|coo|cfo|cto|founder|owner|team"
    r"|colleagues?|staff|crew|engineer|engineers|technicians?|supervisors?|planners?|coordinators?|analysts?"
    r"|recruiters?|hr|customers?|clients?|contractors?|suppliers?|people|predecessor)"
)
_LINK = (
    r"(?:is|are|was|were|'s|'re|\u2019s|\u2019re|seems?|seemed|sounds?|sounded|looks?|looked|feels?|felt|appears?"
    r"|appeared|comes? across as|came across as)(?: to (?:be|me|have been))?(?: like)?"
)
_DEGREE = (
    r"(?:(?:a bit|a little|a tad|rather|quite|pretty|very|really|somewhat|frankly|honestly|clearly|obviously|just"
    r"|more|slightly|kind of|so|too|completely|totally|simply|also|still|already) )*"
)
# Verdicts on a thing of theirs: a plan, a question, a process.
_ON_THINGS = (
    r"(?:unrealistic|naive|na\u00efve|half-baked|ill-conceived|misguided|short-sighted|pointless|irrelevant|unfair"
    r"|outdated|out of date|old-fashioned|amateurish|sloppy|chaotic|confused|muddled|a mess|a joke|a waste of time"
    r"|a trap|like a trap|an interrogation|like an interrogation|a box-ticking exercise|off-topic|off topic"
    r"|outside the scope|beyond the scope|out of scope|not acceptable|unacceptable|not realistic|not (?:very )?fair"
    r"|(?:poorly|badly) (?:run|managed|organi[sz]ed|planned|thought[- ]out|designed|handled|documented))\b"
)
# Verdicts on a person.
_ON_PEOPLE = (
    r"(?:out of touch|out of (?:his|her|their) depth|clueless|naive|na\u00efve|difficult|unreasonable|inept|careless"
    r"|sloppy|lazy|arrogant|rude|dismissive|unhelpful|disorganised|disorganized|incompetent|unprofessional"
    r"|not up to (?:the job|scratch|it))(?! to\b| for\b)\b"
)
_NAME_POSSESSIVE = r"(?:'s|\u2019s|')"


def _names(people: tuple[str, ...]) -> str:
    """The interviewers' names and the last word of each full name, as one alternation."""
    words = {p for p in people if p} | {p.split()[-1] for p in people if p and " " in p}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def people_patterns(people: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The four shapes of a verdict on their people or plans, with these interviewers' names (module doc)."""
    names = _names(people)
    person = (
        rf"(?:the (?:previous|last|former|old|outgoing) (?:[\w-]+ ){{0,2}}?(?:{_ROLE}|lead|hire|person)"
        r"(?: here| there)?"
        rf"|(?:your|their|the) (?:[\w-]+ ){{0,2}}?{_ROLE}" + (rf"|(?-i:{names})" if names else "") + ")"
    )
    thing = (
        rf"(?:(?-i:{names}){_NAME_POSSESSIVE}|your|(?:your|the) (?:[\w-]+ ){{0,2}}?{_ROLE}{_NAME_POSSESSIVE})"
        if names
        else rf"(?:your|(?:your|the) (?:[\w-]+ ){{0,2}}?{_ROLE}{_NAME_POSSESSIVE})"
    )
    return (
        # "Jo's plan to double wholesale orders sounds a bit unrealistic"
        re.compile(rf"\b{thing} (?:[\w'\u2019-]+ ){{1,6}}?{_LINK} {_DEGREE}(?P<v>{_ON_THINGS})", re.I),
        # "Rui seemed pretty out of touch", "the previous supervisor was careless"
        re.compile(rf"\b{person} (?:[\w'\u2019-]+ ){{0,4}}?{_LINK} {_DEGREE}(?P<v>{_ON_PEOPLE})", re.I),
        # "they're just being difficult"
        re.compile(
            rf"\b(?:they|he|she|{person})(?:'re|\u2019re| are| were| is| was)? (?:just |simply )?being (?P<v>"
            rf"{_ON_PEOPLE})",
            re.I,
        ),
        # "the previous process engineer here clearly didn't document much"
        re.compile(
            rf"\b{person} (?:[\w'\u2019-]+ ){{0,3}}?(?:clearly|obviously|evidently|plainly) (?P<v>(?:didn't|did not"
            r"|never|doesn't|does not|don't|do not|can't|cannot|couldn't|wasn't|weren't|hasn't|haven't) \w+)",
            re.I,
        ),
    )


def people_verdict_findings(sentence: Piece, patterns: tuple[re.Pattern[str], ...]) -> list[Finding]:
    """At most one finding: the first verdict on one of their people or things in the sentence (`patterns`:
    `people_patterns` of the notes' names, built once per notes by the caller)."""
    text = sentence.text
    for pattern in patterns:
        m = pattern.search(text)
        if m is None:
            continue
        start = sentence.start + m.start()
        return [
            Finding(
                "negativity",
                "error",
                "criticism",
                f"'{m.group().strip()}' criticises their people or their plans.",
                (start, sentence.start + m.end()),
                "Leave out the verdict; speak of their people and plans with respect, and offer an idea as an idea.",
            )
        ]
    return []
