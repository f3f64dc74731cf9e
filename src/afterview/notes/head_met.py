"""Who a paste's head says was met: in a dashed part of the job line ('Acme - Data Engineer - interview with Kenji
Watanabe - today 2pm', 'panel w/ Dana Ruiz (HM) & Tom Lee'), or on a head line of their own, its parts split by
commas ('phone call w/ Dr. Aileen MacNeil, owner/medical dir, 40 min, wed'). Each reader returns spans.
"""

from __future__ import annotations

import re

from afterview.notes.importing import mask_brackets
from afterview.notes.job_words import DASHED, JOB_WORD

# 'interview w/ Dr. Helen Abernathy (medical director)', 'final round with Nurse Manager Joan Fitch', 'met Priya
# Raman, controller': the person met, in a part of the job line of its own ('Acme - Data Engineer - interview with
# Kenji Watanabe - today 2pm', 'call w Marisol Ortega'); the words before 'with' are lowercase words of a meeting
# ('phone screen'), no job
_LEAD_MET = re.compile(
    r"^(?P<lead>(?:[A-Za-z][a-z-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?)(?i:w/|w(?=\s)|with|met(?:\s+with)?|by)\s*"
)
_ONE = r"(?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}"
_AND = r"\s*(?:&|\+|,|/|\band\b)\s*"
_MANY = re.compile(rf"{_ONE}\s*(?:\([^()]+\))?(?:{_AND}{_ONE}\s*(?:\([^()]+\))?)*\s*")
_EACH = re.compile(rf"(?P<name>{_ONE})\s*(?:\((?P<title>[^()]+)\))?")
_ONE_COMMA = re.compile(rf"(?P<name>{_ONE})\s*,\s*(?:the\s+|a\s+|an\s+|my\s+)?(?P<title>[^,()]+?)\s*")


def met_in_job_line(part: str) -> list[tuple[str, str | None]]:
    """[(name, title or None)] when a dashed part of a job line names who was met ('panel w/ Dana Ruiz (HM) &
    Tom Lee'); a title said before the name ('Nurse Manager Joan Fitch') or after it ('(medical director)',
    ', head of risk'). The words before 'with' are lowercase words of a meeting ('final round'), no job."""
    part = part.strip()
    lead = _LEAD_MET.match(part)
    if not lead or JOB_WORD.search(lead.group("lead")):
        return []
    rest = part[lead.end() :]
    if _MANY.fullmatch(rest):
        found = [(m.group("name"), m.group("title")) for m in _EACH.finditer(rest)]
    else:
        one = _ONE_COMMA.fullmatch(rest)
        found = [(one.group("name"), one.group("title"))] if one else []
    out: list[tuple[str, str | None]] = []
    for written, after in found:
        words = written.split()
        said = [i for i, word in enumerate(words) if JOB_WORD.fullmatch(word)]
        before = " ".join(words[: said[-1] + 1]) if said else ""
        name = words[said[-1] + 1 :] if said else words
        if not name and out and out[-1][1] is None:  # 'Omar Haddad, Risk Director': a title, not a second person
            out[-1] = (out[-1][0], before)
            continue
        if not 2 <= len(name) <= 3 + (name[0].rstrip(".").casefold() == "dr"):
            return []
        out.append((" ".join(name), (after or before).strip(" .") or None))
    return out


def person_in_job_line(line: str) -> list[tuple[str, str | None]]:
    """The people the job line says were met, when one of its dashed parts names them."""
    parts = DASHED.split(line.strip())
    if len(parts) < 2:
        return []
    return next((met for met in map(met_in_job_line, parts) if met), [])


def person_on_meeting_line(line: str) -> list[tuple[str, str | None]]:
    """The one person a line of the notes' head says was met, its parts split by commas: 'phone call w/ Dr. Aileen
    MacNeil, owner/medical dir, 40 min, wed' → [('Dr. Aileen MacNeil', 'owner/medical dir')]; how, how long and
    when are read elsewhere. A title is the part right after the name when it holds a job word and no digit. Only
    a line of the head: the words of a meeting before 'w/', and no other part longer than a few words."""
    masked = mask_brackets(line.strip())
    parts, start = [], 0
    for comma in re.finditer(r"\s*[,;]\s*|\s+[-–—|]\s+", masked):
        parts.append(line.strip()[start : comma.start()])
        start = comma.end()
    parts.append(line.strip()[start:])
    parts = [_WHEN_AFTER.sub("", part) for part in parts]  # 'w/ Ruth Kessler (owner) thurs 3:30': when, read elsewhere
    for i, part in enumerate(parts):
        lead = _LEAD_MET.match(part.strip())
        met = met_in_job_line(part) if lead and _MEETING_WORDS.search(lead.group("lead")) else []
        if len(met) > 1:  # 'onsite w/ Marco Ruiz (exec chef) + Tina Vo (sous chef), 1hr': a panel, titles bracketed
            others = [p for j, p in enumerate(parts) if j != i]
            return [] if any(len(p.split()) > 4 for p in others) else met
        if len(met) != 1:
            continue
        name, title = met[0]
        after = parts[i + 1].strip(" .") if i + 1 < len(parts) else ""
        if title is None and after and JOB_WORD.search(after) and not re.search(r"\d", after):
            title = after
        others = [p for j, p in enumerate(parts) if j != i and not (j == i + 1 and p.strip(" .") == title)]
        if any(len(p.split()) > 4 for p in others):  # '… - she's moving billing to …': a person's line, no head
            return []
        return [(name, title)]
    return []


# 'thurs 3:30', 'today at 10am', 'mon 12/7': when it was, said after who was met
_WHEN_AFTER = re.compile(
    r"(?:\s+(?i:today|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|(?:mon|tue|tues|wed|weds|thu|thur|thurs|"
    r"fri|sat|sun)(?:day)?|at|@|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?))+\s*$"
)


# the words of a meeting before 'w/' ('phone call w/', 'zoom with', 'coffee chat w/'): a head line, not 'Met Dana …'
_MEETING_WORDS = re.compile(
    r"\b(?:call|phone|video|zoom|teams|meet|skype|interview|screen|chat|panel|onsite|on-site|round|coffee|lunch|"
    r"meeting|convo|1:1|one-on-one)\b",
    re.I,
)


# 'phone screen -> actual interview w/ hiring mgr', 'onsite with the HM': a part in hiring said with no name
_HIRING_UNNAMED = re.compile(
    r"\b(?:w/|with|met|and|\+|&)\s+(?:the\s+|my\s+|a\s+)?(?:hiring\s+(?:mgr|manager)|hm|future\s+boss|boss)\b"
    r"(?!\s+[A-Z])|\((?:the\s+)?hiring\s+(?:mgr|manager)\)",
    re.I,
)


def hiring_in_head(head: list[str], names: list[str]) -> bool:
    """A line of the notes' head says the hiring manager was met without naming them (no one read is named on it)."""
    return any(
        _HIRING_UNNAMED.search(line) and not any(n.split()[0].casefold() in line.casefold() for n in names)
        for line in head
    )
