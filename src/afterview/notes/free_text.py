"""What code can read in free-text notes by itself: dates, times, timezones, lengths, formats, emails,
"decide by" lines, "don't follow up" lines, `Label: value` lines and the name you signed with.

Each finding is a Fact whose quote is the line it was read from, so it goes through the same
checks and the same review as the LLM's. Nothing here talks to the LLM.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from afterview.notes.importing import NOT_FOLLOW_UP, Fact, unglue
from afterview.notes.markdown import labels
from afterview.notes.pace_said import pace_said
from afterview.notes.place_phrase import met_at_site
from afterview.notes.plain_time import MONTHS, WEEKDAYS, parse_day, parse_minutes, parse_when
from afterview.notes.timezones import timezone_from_words

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BULLET = re.compile(r"^\s*(?:[-*•>]+|\+(?!\d)|\d+[.)])\s*")  # "+ send Sanne …": "+" is a bullet too, not "+44 …"
_DECIDE = re.compile(
    r"\b(?:decid\w*|decision|hear back|get back to (?:me|us)|answer|respond|let me know|back to me|reach out)\b"
    r".*?\bby\b\s+(?P<rest>.+)",
    re.I,
)
_UNIT = re.compile(r"(?:\b|(?<=\d))(?:hours?|hrs?|h|minutes?|mins?)\b|^an? hour|half an hour", re.I)
_CULTURE = re.compile(r"\b(formal|casual|relaxed|informal)\b", re.I)
_SIGN = re.compile(r"^(?:--+|—|–|~|cheers,?|thanks,?|best,?)\s*", re.I)
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}$")
# A format word people write; "call" and "meet" alone say nothing (a phone call or a video call; "nice to meet").
_WEAK_FORMATS = {"call", "meet", "remote"}


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as the review shows it
    text: str  # as written, without a leading bullet

    @property
    def plain(self) -> str:
        """Punctuation that glues words ("23,", "4pm.", "(recruiter)") turned into spaces."""
        return unglue(self.text)


def lines_of(text: str) -> list[Line]:
    out = []
    for n, raw in enumerate(text.splitlines(), start=1):
        stripped = _BULLET.sub("", raw).strip()
        if stripped:
            out.append(Line(n, stripped))
    return out


def _spans(words: list[str], longest: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, words) of each window, longest first at each start."""
    for i in range(len(words)):
        for j in range(min(len(words), i + longest), i, -1):
            yield i, j, " ".join(words[i:j])


def _windows(words: list[str], longest: int) -> Iterator[str]:
    """Longest first at each start, so 'Monday Nov 23 4pm' wins over 'Nov 23'."""
    for i in range(len(words)):
        for j in range(min(len(words), i + longest), i, -1):
            yield " ".join(words[i:j])


def interview_start(lines: list[Line], today: date) -> tuple[datetime, Line] | None:
    """The first date with a time of day: the interview's start (a wall time)."""
    for line in lines:
        words = line.plain.split()
        for window in _windows(words, 6):
            if not re.search(r"\d", window) or not re.search(r"[a-z]", window, re.I):
                continue
            try:
                at, _ = parse_when(window, ref=today, direction="past")
            except ValueError:
                continue
            return at.replace(tzinfo=None), line
    return None


_ZONE_AFTER = {"time", "timezone", "zone", "standard", "daylight", "office"}


def _named(word: str) -> bool:
    """A capitalised word that could be part of a person's or a firm's name ('Carlos' before 'Mendoza')."""
    word = word.strip(",.;:()")
    folded = word.casefold()
    return re.fullmatch(r"[A-Z][a-z][\w'’-]*", word) is not None and folded not in MONTHS and folded not in WEEKDAYS


def _timezone_in(line: Line, people: set[str]) -> str | None:
    words = line.plain.split()
    for i, j, window in _spans(words, 3):
        if len(window) <= 4 and not window.isupper():  # 'et', 'pt' in a sentence are words, 'ET' is a zone
            continue
        if window.casefold() in {"at", "on", "in", "the", "time"}:
            continue
        if any(w.casefold() in people for w in re.findall(r"[\w'’]+", window)):
            continue  # 'w/ Sofia (HR)': a person, whatever city shares the name
        if (i > 0 and _named(words[i - 1]) and not words[i - 1].endswith((",", ".", ";", ":"))) or (
            j < len(words) and _named(words[j]) and words[j].casefold() not in _ZONE_AFTER
        ):  # 'Carlos Mendoza', 'Lincoln Avenue': a place word inside a name is no timezone
            continue
        zone = timezone_from_words(window)
        if zone:
            return zone
    return None


def read_facts(text: str, today: date, people: Collection[str] = ()) -> list[Fact]:
    """Every fact code can read from the notes, each quoting the line it comes from. `people`: names read as people
    (a line of only people); neither they nor a name the notes use as a person's ('Sofia said') is a timezone, and
    their lines (an aside such as 'only first 10 min') say nothing of the interview's length or format."""
    from afterview.notes.person_context import people_words

    lines = lines_of(text)
    named = people_words(text) | {w.casefold() for name in people for w in name.split()}
    theirs = {line.number for line in lines if any(line.text.startswith(name) for name in people)}
    facts: list[Fact] = []
    start = interview_start(lines, today)
    head = [line for line in lines[:3] if line.number not in theirs]
    if start is not None:
        at, at_line = start
        facts.append(Fact(field="interview.at", value=at.isoformat(timespec="minutes"), quote=at_line.text))
        head = [at_line, *(line for line in head if line != at_line)]
    for line in head:
        zone = _timezone_in(line, named)
        if zone:
            facts.append(Fact(field="interview.timezone", value=zone, quote=line.text))
            break
    facts += (_first_of(head, _duration) or _first_of(lines, _ran_for)) + _first_of(head, _format)
    anchor = start[0].date() if start else today
    for line in lines:
        facts += _labelled(line)
        decided = _DECIDE.search(line.plain)
        if decided:
            day = _first_day(decided.group("rest"), anchor)
            if day is not None:
                facts.append(Fact(field="interview.decision_by", value=day.isoformat(), quote=line.text))
        if NOT_FOLLOW_UP.search(line.text):
            facts.append(Fact(field="interview.no_follow_up", value="true", quote=line.text))
        pace = pace_said(line.text)
        if pace is not None:
            facts.append(Fact(field="company.pace", value=pace, quote=line.text))
        culture = _CULTURE.search(line.text)
        if culture:
            facts.append(
                Fact(field="company.culture", value=labels.CULTURES[culture.group(1).casefold()], quote=line.text)
            )
    signed = signature(lines)
    if signed is not None:
        facts.append(Fact(field="candidate.name", value=signed[0], quote=signed[1].text))
    return facts


def _first_of(lines: list[Line], read: Callable[[Line], Fact | None]) -> list[Fact]:
    for line in lines:
        found = read(line)
        if found is not None:
            return [found]
    return []


def _duration(line: Line) -> Fact | None:
    return _length_in(_windows(_PART_OF_IT.sub(" ", line.plain).split(), 3), line)


# 'only first 10 min', 'for the last 15 mins', 'joined after 20 min', 'left at the 30 min mark': how long someone
# stayed or when they came, not how long the interview was
_PART_OF_IT = re.compile(
    r"\b(?:(?:only|just)\s+)?(?:for\s+)?(?:the\s+)?(?:first|last|final|other)\s+(?:~\s*)?\d+\s*\w*|"
    r"\b(?:joined|left|dropped(?:\s+off)?|stayed|popped\s+in|hopped\s+(?:on|off)|came\s+in|sat\s+in)\b"
    r"(?:\s+\w+){0,3}?\s+(?:~\s*)?\d+\s*\w*",
    re.I,
)


def _length_in(windows: Iterable[str], line: Line) -> Fact | None:
    """The interview's length, from the first of `windows` that says a span of time."""
    for window in windows:
        if not _UNIT.search(window):
            continue
        try:
            minutes = parse_minutes(window)
        except ValueError:
            continue
        return Fact(field="interview.duration_minutes", value=str(minutes), quote=line.text)
    return None


# 'ran 45 min', 'lasted about an hour', 'went ~90 mins': how long it was, said anywhere in the notes
_RAN = re.compile(
    r"\b(?:ran|lasted|went|took)\s+(?:about\s+|around\s+|like\s+|over\s+|~\s*)?(?P<length>[^,;.()]+)", re.I
)


def _ran_for(line: Line) -> Fact | None:
    found = _RAN.search(line.plain)
    if found is None:
        return None
    said = found.group("length").split()
    return _length_in((" ".join(said[:n]) for n in range(min(3, len(said)), 0, -1)), line)


# 'phone screen -> actual interview', 'video, then onsite': a stage that led to a later one, not how it was held
_LATER_STAGE = re.compile(r">|→|\b(?:then|turned into|became|actual|actually|followed by|after that)\b", re.I)


def _format(line: Line) -> Fact | None:
    """How it was held, when the line says one way; of stages named one after another, the last."""
    plain = _WHERE_THE_JOB_IS.sub(" ", line.plain)  # 'hybrid 3 days in office': the job's, not the interview's
    folded = " " + " ".join(labels.norm(plain).split()) + " "
    found = [(word, value) for word, value in labels.FORMATS.items() if f" {word} " in folded]
    at_site = met_at_site(_WHERE_THE_JOB_IS.sub(" ", line.text))  # 'today 10am, aberdeen office': met there
    if not _AT_THE_OFFICE.search(plain) and not at_site:  # '(Porto office)': where they are, not how
        found = [(word, value) for word, value in found if word != "office"]
    if at_site and not found:
        found = [("office", "onsite")]
    strong = [f for f in found if f[0] not in _WEAK_FORMATS]
    raw = " " + " ".join(re.sub(r"[\s_\-–./]+", " ", plain.casefold()).split()) + " "
    at = {word: raw.rfind(f" {word} ") for word, _ in strong}
    stages = [m.start() for m in _LATER_STAGE.finditer(raw)]
    strong = [(w, v) for w, v in strong if not any(s > at[w] >= 0 for s in stages)]
    values = {value for _, value in strong}
    if len(values) != 1:  # none, or 'phone' and 'video' on one line: not guessed
        return None
    return Fact(field="interview.format", value=values.pop(), quote=line.text)


# 'hybrid 3 days in office', '2 days in the office', 'remote-first': where the job is done, not how they met
_WHERE_THE_JOB_IS = re.compile(
    r"\bhybrid\b[^,;()]*|\b\d\s*(?:days?|x)(?:\s*/\s*wk|\s+a\s+week)?\s+(?:in\s+)?(?:the\s+)?office\b|"
    r"\bremote[\s-]+(?:first|friendly|ok|role|job|position)\b",
    re.I,
)


# 'at their office', 'in the office', 'came into the office', 'office visit': met there
_AT_THE_OFFICE = re.compile(
    r"\b(?:at|in|into|to)\s+(?:the|their|his|her|its|our)\s+(?:\w+\s+)?office\b|\bin[- ]office\b|\boffice\s+visit\b",
    re.I,
)


def call_in_head(text: str) -> bool:
    """Whether the head of the notes says it was a call ('call w Marisol', 'quick call, 20 min'), which names no way
    of holding it by itself (a phone call or a video call)."""
    return any(re.search(r"\bcall(?:ed)?\b", line.plain, re.I) for line in lines_of(text)[:3])


def formats_named(text: str) -> set[str]:
    """Every way of holding it the head of the notes names ('phone screen -> onsite': phone and onsite)."""
    named: set[str] = set()
    for line in lines_of(text)[:3]:
        folded = " " + " ".join(labels.norm(_WHERE_THE_JOB_IS.sub(" ", line.plain)).split()) + " "
        at_site = met_at_site(_WHERE_THE_JOB_IS.sub(" ", line.text))  # not 'hybrid, 2 days in the Leeds office'
        office = _AT_THE_OFFICE.search(line.plain) is not None or at_site
        named |= {"onsite"} if at_site else set()
        named |= {
            v
            for w, v in labels.FORMATS.items()
            if f" {w} " in folded and w not in _WEAK_FORMATS and (office or w != "office")
        }
    return named


def _first_day(text: str, anchor: date) -> date | None:
    words = unglue(text).split()
    for n in range(min(4, len(words)), 0, -1):
        try:
            return parse_day(" ".join(words[:n]), ref=anchor, direction="future")
        except ValueError:
            continue
    return None


_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w ']{0,24}?)\s*[:=]\s*(?P<value>\S.*)$")


def _labelled(line: Line) -> list[Fact]:
    """'Position: Data Analyst', 'Company: Acme', 'My name: Maria Gonzalez', 'Me: Chris Doyle, chris@…'."""
    found = _LABEL.match(line.text)
    if not found:
        return []
    label, value = labels.norm(found.group("label")), found.group("value").strip()
    first = _first_part(value)
    if labels.INTERVIEW.get(label) == "position" and label != "role":
        return [Fact(field="position", value=first, quote=line.text)]
    if label == "role" and not labels.role(first):  # 'role: Product Designer', not 'role: recruiter'
        return [Fact(field="position", value=first, quote=line.text)]
    if labels.INTERVIEW.get(label) == "company":
        return [Fact(field="company.name", value=first, quote=line.text)]
    return []


def _first_part(value: str) -> str:
    """A labelled value's first part, without its asides: 'Digital Services Librarian (12mo fixed term, poss perm)'
    → 'Digital Services Librarian'. A comma inside brackets cuts nothing, and no bracket is left open."""
    from afterview.notes.importing import drop_brackets, mask_brackets

    comma = mask_brackets(value).find(",")
    first = drop_brackets(value if comma < 0 else value[:comma])
    return re.split(r"\s*[()\[\]]", first)[0].strip().rstrip(".")


def signature(lines: list[Line]) -> tuple[str, Line] | None:
    """The name you wrote as yours: 'Me: Chris Doyle', 'My name: …', '-- Alex Kim' or a name alone at the end."""
    for line in lines:
        found = _LABEL.match(line.text)
        if found and _me(found.group("label")):
            name = found.group("value").split(",")[0].strip()
            name = EMAIL.sub("", name).strip()
            if _NAME.match(name):
                return name, line
    for line in reversed(lines[-3:]):
        candidate = _SIGN.sub("", line.text).strip().rstrip(".")
        if _NAME.match(candidate) and not EMAIL.search(candidate) and len(candidate.split()) <= 3:
            return candidate, line
    return None


def _me(label: str) -> bool:
    return labels.norm(label) in {"me", "my name", "name", "candidate", "myself"}
