"""What a pasted line says of an interviewer that is not something they talked about: their job ('runs the
building', 'manages the night shift', 'been there 12 yrs'), the kind of questions they asked you ('asked
behavioral q's'), and a tour ('walked me thru dock', whose topic is 'the dock').

Each reader takes one clause of a person's lines, as `paste_said`'s readers do, and returns spans of it.
"""

from __future__ import annotations

import re

from afterview.notes.importing import drop_brackets
from afterview.notes.job_words import DASHED

# 'runs the building', 'she manages the night shift', 'in charge of receiving', 'been there 12 yrs'
_JOB = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:also\s+|basically\s+|kind of\s+|sort of\s+)?"
    r"(?:runs|manages|oversees|supervises|heads(?:\s+up)?|directs|coordinates|handles|"
    r"(?:is\s+)?in charge of|(?:is\s+)?responsible for|reports to|"
    r"(?:has\s+)?been (?:there|here|with (?:them|the company)|at (?:the|this) \w+)|"
    r"leads(?=\s+(?:the|a|an|our|their|all|every|\d+)\b))\s+(?P<what>\S.*)$",
    re.I,
)


def job_said(item: str) -> str | None:
    """What the person's job is over ('the building' from 'runs the building'), when the clause says only
    what they do for a living; None for anything else."""
    found = _JOB.match(item.strip())
    return found.group("what").strip(" .!") if found else None


# 'runs the building', 'manages the night shift': a job said plainly enough to be a title when none was given
_TITLED = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?P<verb>runs|manages|supervises|leads)\s+the\s+(?:whole\s+|entire\s+)?"
    r"(?P<what>(?:[a-z][\w-]*\s+)?(?:building|plant|warehouse|store|site|shift|floor|crew|team|department|dept|unit|"
    r"lab|kitchen|clinic|branch|office|dock|docks|desk|shop|restaurant|facility|center|centre|ward|pharmacy|school|"
    r"fleet|yard|depot|program|programme))[.!]?$",
    re.I,
)
_HOLDER = {"runs": "manager", "manages": "manager", "supervises": "supervisor", "leads": "lead"}


def job_title(item: str) -> str | None:
    """'Building manager' from 'runs the building', 'Night shift supervisor' from 'supervises the night shift'; None
    unless the clause names one place or unit they run (not 'manages hiring for three sites')."""
    found = _TITLED.match(item.strip())
    if not found or found.group("what").split()[0].casefold() in ("for", "of", "and", "with", "at", "in", "on", "all"):
        return None
    what = found.group("what")
    return f"{what[0].upper()}{what[1:]} {_HOLDER[found.group('verb').casefold()]}"


# 'asked behavioral q's', 'lots of situational questions about conflict', 'asked STAR qs, safety culture'
_QUESTIONS = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:(?:also|then|mostly|mainly)\s+)?(?:asked(?:\s+me)?\s+)?"
    r"(?:(?:a lot of|lots of|tons of|a bunch of|a few|several|many|some|more|a couple(?: of)?|the usual|typical|"
    r"standard|basic)\s+)?"
    r"(?P<kind>(?:[\w-]+\s+){1,2}?)(?:q's|qs|q’s|questions|qns)\b\s*"
    r"(?:(?:,|:|-|–|—|about|abt|on|re|around|like)\s*(?P<about>\S.*))?$",
    re.I,
)
_MINE = re.compile(r"\b(?:i|i'd|i'm|i've|me|my|myself|mine)\b", re.I)


def questions_asked(item: str) -> list[str] | None:
    """The kind of questions they asked you is no topic of theirs: what they were about, when that is not
    you ('asked behavioral q's, safety culture' → ['safety culture']); None when the clause is not that."""
    found = _QUESTIONS.match(item.strip())
    if not found:
        return None
    about = (found.group("about") or "").strip(" .!?")
    return [about] if about and not _MINE.search(about) else []


# 'walked me thru dock', 'showed me around the boiler room', 'gave me a tour of receiving'
_TOUR = re.compile(
    r"\b(?:walked|took|showed|led)\s+(?:me|us)\s+(?:through|thru|around|round|across)\b|\btour(?:ed)?\b", re.I
)
_DETERMINED = re.compile(
    r"^(?:the|a|an|their|our|his|her|its|my|your|this|that|these|those|each|every|all|both|some|how|what|why|when|"
    r"where|which|who|\d+)\b",
    re.I,
)


def toured(topic: str, quote: str) -> str:
    """A place they showed you, said as a place: 'dock' from 'walked me thru dock' is 'the dock'."""
    shown = re.search(rf"(?:{_TOUR.pattern})(?:\s+of)?\s+{re.escape(topic)}", quote, re.I)  # the place right after
    if not shown or _DETERMINED.match(topic) or not re.match(r"^[a-z]", topic):
        return topic
    if len(topic.split()) == 1 and topic.casefold().endswith("ing"):  # 'receiving': a department's own name
        return topic
    return "the " + topic


def job_aside(line: str, position: str, company: str, met: list[tuple[str, str | None]]) -> list[str]:
    """A bracketed aside in the job line's part that names the job, said of it but no part of the title the
    notes keep ('Sr Data Analyst (grid ops)' → ['(grid ops)']); when, where and how it was held, and who was
    met, are read elsewhere and left out of this."""
    from afterview.notes.asides import is_format
    from afterview.notes.markdown import labels
    from afterview.notes.paste_names import role_said
    from afterview.notes.timezones import timezone_from_words

    parts = DASHED.split(line.strip())
    part = next((p for p in parts if position.casefold() in drop_brackets(p).casefold()), "")
    out: list[str] = []
    for aside in re.findall(r"\(([^()]*)\)", part):
        said = aside.strip()
        words = f" {labels.norm(said)} "
        if (
            not re.search(r"[A-Za-z]{2}", said)
            or re.search(r"\d", said)
            or said.casefold() in (position + " " + company).casefold()
            or role_said(said, None)
            or timezone_from_words(said)
            or is_format(said)
            or any(f" {w} " in words for w in labels.FORMATS)
            or any(name.casefold() in said.casefold() for name, _ in met)
        ):
            continue
        out.append(f"({said})")
    return out


# '3 vets, 11 staff', 'about 200 employees', 'growing fast after 2nd site opened', 'opening a third store in may':
# what the company is and how it is growing, news of the company rather than a topic of the person's
_HEADCOUNT = re.compile(
    r"^~?\d[\d,]*\+?\s+(?:[a-z]+\s+)?(?:vets|staff|employees|people|ppl|engineers|devs|nurses|doctors|docs|"
    r"techs|stores|locations|sites|clinics|offices|branches|warehouses|schools|beds|volunteers|members|clients|"
    r"customers|drivers|trucks|teachers|students|agents|reps|fte|ftes|headcount)\b",
    re.I,
)
_GROWING = re.compile(
    r"\b(?:growing|grew|expanding|expanded|doubling|doubled|tripled|scaling)\s+"
    r"(?:fast|quickly|rapidly|a lot|like crazy|\d)|"
    r"\b(?:opened|opening|launched|launching|added|adding|acquired|bought)\s+(?:a\s+|an\s+|their\s+|its\s+)?"
    r"(?:2nd|3rd|\d+th|second|third|fourth|new|another)\s+(?:site|location|store|clinic|office|warehouse|branch|"
    r"plant|campus|school|hospital|practice|facility|centre|center)\b",
    re.I,
)


def company_said(item: str) -> bool:
    """The clause says what the company is or how it grows (its size, a new site), not what the person talked of."""
    text = item.strip()
    return bool(_HEADCOUNT.match(text) or _GROWING.search(text))
