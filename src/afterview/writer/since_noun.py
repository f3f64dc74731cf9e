"""A `since_interview` item jotted as a bare noun phrase ('Six Sigma Green Belt certificate') said as a sentence
with a verb its head noun takes: a certificate or a licence is earned, a course completed, an exam passed ('I have
earned my Six Sigma Green Belt certificate'). Never a noun phrase after a colon ("One update from my side: my Six
Sigma Green Belt certificate." reads as a form filled in: issue 17); a head noun with no verb known here gives
None, and the frame leaves the item out rather than guess what the candidate did."""

from __future__ import annotations

import re

from afterview.writer.article_sound import article_for

# the head noun → the verb it takes and the determiner the candidate's own one takes
_VERBS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(
            r"^(?:certificates?|certifications?|certs?|belts?|licen[cs]es?|qualifications?|diplomas?|degrees?|"
            r"accreditations?|credentials?|badges?|tickets?|cards?)$"
        ),
        "earned",
        "my",
    ),
    (
        re.compile(r"^(?:courses?|programmes?|programs?|modules?|bootcamps?|trainings?|refreshers?|workshops?)$"),
        "completed",
        "a",
    ),
    (re.compile(r"^(?:exams?|examinations?|tests?|assessments?)$"), "passed", "the"),
)
_DETERMINER = re.compile(r"^(?:a|an|the|my|our)\s+", re.I)
# a qualifier after the head ('course in forklift safety', 'licence for class C vehicles')
_AFTER_HEAD = re.compile(r"\s+(?:in|on|for|from|with|at|of)\s+", re.I)


def _head(noun: str) -> str:
    before = _AFTER_HEAD.split(noun, maxsplit=1)[0]
    return before.split()[-1].lower().strip(".,;:") if before.split() else ""


def perfect_from_noun(noun: str | None) -> str | None:
    """'Six Sigma Green Belt certificate' → 'I have earned my Six Sigma Green Belt certificate'; 'forklift course'
    → 'I have completed a forklift course'; 'CPA exam' → 'I have passed the CPA exam'; 'new portfolio' → None."""
    if not noun or not noun.strip():
        return None
    text = _DETERMINER.sub("", noun.strip().rstrip("."))
    if not text or re.search(r"[:;()\[\]{}=<>|]", text):
        return None
    head = _head(text)
    for pattern, verb, determiner in _VERBS:
        if pattern.match(head):
            if determiner == "a":
                determiner = article_for(text.split()[0])
            return f"I have {verb} {determiner} {text}"
    return None
