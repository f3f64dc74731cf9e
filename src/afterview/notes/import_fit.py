"""Does the line a value was quoted from fit the field it was filed under?

Finding the quote's words in the notes is not enough: "we both ran the Chicago marathon" is
in the notes, but it is common ground with a person, not company news. Each line reads as
zero or more kinds (common ground, a problem, what was talked about, a request, news, your own
experience) by the words people use for them; a value is refused when its line reads only as
kinds that do not fit its field, when a field that needs its own evidence (news, your
highlights, requests) has none, and when something said about a person comes from outside their lines.
"""

from __future__ import annotations

import re
from typing import Protocol

from afterview.notes.problem_words import PROBLEM_SPEAK


class Section(Protocol):
    """A person's lines in the notes (import_people.Section)."""

    @property
    def name(self) -> str: ...

    @property
    def numbers(self) -> frozenset[int]: ...


KINDS: dict[str, re.Pattern[str]] = {
    "common ground": re.compile(
        r"\b(?:both|in common|same as (?:me|mine)|as well|also (?:love|like|from|grew|ran|play)|grew up|hobby|"
        r"hobbies|fellow|small talk|we share|alumni|alma mater|went to the same)\b",
        re.I,
    ),
    "a problem": re.compile(
        r"\b(?:problems?|challenges?|pain(?: points?)?|struggl\w*|issues?|trouble|"
        r"(?<!lunch )(?<!coffee )break(?!\s+(?:room|area|time|schedules?))\w*|broke|slow|bottlenecks?|"
        r"hard|difficult|nobody|no one|keeps?|failing|fails?|paging|backlog|behind|short[- ]staffed|understaffed|"
        r"churn|outages?|flaky|debt)\b|" + PROBLEM_SPEAK.pattern,
        re.I,
    ),
    "what was talked about": re.compile(
        r"\b(?:talked|discussed|went (?:over|deep|through|into)|asked (?:me )?about|explained|covered|chatted|"
        r"walked me through|conversation|mentioned|told me about|spoke about|focused on|dug into)\b",
        re.I,
    ),
    "a request": re.compile(
        r"\b(?:asked (?:me )?(?:for|to send|to share)|wants? (?:my|me to send|a copy)|send (?:them|him|her)?|"
        r"share|requested|asked me to|to send|sent (?:him|her|them)|follow up with)\b",
        re.I,
    ),
    "company news": re.compile(
        r"\b(?:announced|announces|raised|raising|launch\w*|acquired|acquisition|funding|series [a-f]|ipo|"
        r"opened|named|award\w*|news|press|article|released|expan\w+|partner\w*|merger|merged|hired|record|"
        r"revenue|grew|growth|new office|headlines?|blog)\b",
        re.I,
    ),
    "your experience": re.compile(r"\b(?:i|i'm|i've|i'd|my|me)\b", re.I),
}

# The kinds each field may come from; a field not listed is not judged by its line's kind.
FITS: dict[str, set[str]] = {
    "company.news": {"company news"},
    "interviewers[N].rapport": {"common ground"},
    "interviewers[N].challenges": {"a problem"},
    "interviewers[N].topics": {"what was talked about", "a problem", "a request"},
    "requested": {"a request"},
    "candidate.highlights": {"your experience"},
    "candidate.since_interview": {"your experience"},
}
# Fields with no default reading: their line must show their own kind.
NEEDS_EVIDENCE = {
    "company.news",
    "candidate.highlights",
    "candidate.since_interview",
    "requested",
    "interviewers[N].rapport",  # "Nice guy." is an impression, not something you share
    "interviewers[N].challenges",  # "they are hiring fast" is no problem of theirs
}
PERSONAL = ("topics", "challenges", "rapport")


def kinds_of(line: str) -> set[str]:
    return {kind for kind, words in KINDS.items() if words.search(line)}


def why_misfiled(
    field: str,
    value: str,
    line_text: str,
    line: int | None,
    *,
    section: Section | None,
    roles: set[str],
    names: list[str],
) -> str:
    """Empty when the line fits the field; else what the line reads as instead. `roles`: the words
    for a role ('recruiter'), which say who someone is, not what you talked about; `names`: yours
    and the people's, which are no item of a list ('My name: Maria Gonzalez' is not experience)."""
    general = re.sub(r"\[\d+\]", "[N]", field)
    words = set(re.findall(r"[\w'-]+", value.casefold()))
    if general in FITS and any(words and words <= set(re.findall(r"[\w'-]+", n.casefold())) for n in names):
        return f"'{value}' is a name, not {_label(general)}"
    person = re.match(r"interviewers\[\d+\]\.(\w+)$", field)
    if person and person.group(1) in PERSONAL and section is not None:
        if line not in section.numbers:
            return f"line {line} is not among the lines about {section.name}"
        if words and words <= set(re.findall(r"[\w'-]+", section.name.casefold())) | roles:
            return f"'{value}' says who {section.name} is, not {_label(general)}"
    wanted = FITS.get(general)
    if not wanted:
        return ""
    kinds = kinds_of(line_text) - {"your experience"} if general not in NEEDS_EVIDENCE else kinds_of(line_text)
    if general == "company.news" and "common ground" in kinds:
        return f"line {line} reads as common ground with a person, not company news"
    if kinds & wanted:
        return ""
    if general == "interviewers[N].topics" and not kinds:
        # a bullet of its own under the person ('- Kafka consumer lag') is a topic; the line naming them is not
        bullet = re.match(r"\s*(?:[-*•+]|\d{1,3}[.)])\s", line_text) is not None
        naming = section is not None and line == min(section.numbers)
        return "" if bullet and not naming else f"line {line} does not read as {_label(general)}"
    if general in NEEDS_EVIDENCE and not kinds:
        return f"line {line} does not read as {_label(general)}"
    if kinds:
        return f"line {line} reads as {', '.join(sorted(kinds))}, not {_label(general)}"
    return ""


def _label(general: str) -> str:
    return {
        "company.news": "company news",
        "interviewers[N].rapport": "common ground",
        "interviewers[N].challenges": "a problem of theirs",
        "interviewers[N].topics": "something you talked about",
        "requested": "something they asked you for",
        "candidate.highlights": "your own experience",
        "candidate.since_interview": "your own news",
    }[general]
