"""Free-text notes brought into notes data, kept only where the notes' own words support them.

What code reads (free_text.py) and what the LLM finds are facts: a field, a value and the
line it came from. A fact is kept only when its quote is in the notes, the quote supports the
value (its words, its date, its email address) and its line fits the field (import_fit.py);
everything else is shown as left out. Nothing here talks to the LLM.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from afterview.notes.markdown import labels
from afterview.notes.model import Interviewer
from afterview.notes.pace_said import pace_said
from afterview.notes.plain_time import parse_day, parse_minutes, parse_when

if TYPE_CHECKING:
    from afterview.notes.import_fit import Section


class Line(Protocol):
    @property
    def text(self) -> str: ...


# What the model may fill for a person: every Interviewer field but how to greet them (the user's choice).
# (what a person asked for is read as the notes' `requested`)
PERSON_FIELDS = tuple(key for key in Interviewer.model_fields if key not in ("greet_as", "requested"))
FIELDS = (
    "position",
    "company.name",
    "company.news",
    "company.pace",
    "company.culture",
    "interview.at",
    "interview.timezone",
    "interview.duration_minutes",
    "interview.format",
    "interview.decision_by",
    "interview.no_follow_up",
    "interview.outcome",
    "candidate.name",
    "candidate.email",
    "candidate.highlights",
    "candidate.since_interview",
    "requested",
    *(f"interviewers[N].{key}" for key in PERSON_FIELDS),
)
LISTS = {"company.news", "candidate.highlights", "candidate.since_interview", "requested"}
LISTS |= {f"interviewers[N].{key}" for key in ("topics", "challenges", "rapport")}
ENUMS: dict[str, dict[str, str]] = {
    "interviewers[N].role": labels.ROLES,
    "interviewers[N].channel": labels.CHANNELS,
    "interview.format": labels.FORMATS,
    "interview.outcome": labels.OUTCOMES,
    "company.pace": {"normal": "normal", "busy": "busy", "urgent": "urgent"},
    "company.culture": labels.CULTURES,
}
_ROLE_WORDS = {word for words in labels.ROLES for word in words.split()} | {"the", "my", "a", "an", "our", "their"}
# "told me not to follow up", "no follow-ups": anywhere in a line of free text (the Markdown reader asks the whole line)
NOT_FOLLOW_UP = re.compile(
    r"\b(?:not|n[o']t|never)\s+(?:to\s+)?follow[\s-]*(?:up|ups)\b|\bno\s+follow[\s-]*ups?\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Fact:
    """A value for a notes field and the words of the notes it comes from (a line, for what import finds)."""

    field: str  # e.g. position, interview.at, interviewers[0].topics
    value: str  # dates as YYYY-MM-DD, the start as YYYY-MM-DDTHH:MM
    quote: str


@dataclass(frozen=True)
class Checked:
    field: str  # with the person's index: interviewers[0].topics
    value: str
    quote: str
    line: int | None  # where the quote is in the notes
    why_not: str  # empty when the fact is kept

    @property
    def kept(self) -> bool:
        return not self.why_not


_GLUE = re.compile(r"[(),;!?\[\]\"“”]|(?<=\w)[.:](?=\s|$)|~(?=\d)")  # '~10:30', '~1hr': about, read as said


def unglue(text: str) -> str:
    """Punctuation that glues words to their neighbours ("23,", "4pm.", "(recruiter)") as spaces."""
    return " ".join(_GLUE.sub(" ", text).split())


_BRACKETED = re.compile(r"\([^()]*\)")
_SPACED_BRACKETS = re.compile(r"\s*\([^()]*\)")


def mask_brackets(text: str) -> str:
    """Each bracketed part as that many '_': the text's length kept, so a comma or dash found in the masked text
    ('(svc manager, hiring)' has one) is never one inside brackets, and its place still cuts the text itself."""
    return _BRACKETED.sub(lambda m: "_" * len(m.group(0)), text)


def drop_brackets(text: str) -> str:
    """The text without its bracketed parts, nor the spaces before them: 'Sr Analyst (grid ops)' → 'Sr Analyst'."""
    return _SPACED_BRACKETS.sub("", text)


def locate(field: str, value: str, lines: Sequence[Line]) -> Fact:
    """A fact for a value the LLM gave, quoting the line among `lines` that holds most of its words
    (all of them when it is there); a value no line mostly holds quotes itself, to be found or not."""
    wanted = _tokens(value)
    best, score = None, 0
    for line in lines:
        have = len(wanted & _tokens(line.text))
        if have > score:
            best, score = line, have
    quote = best.text if best is not None and wanted and score * 2 >= len(wanted) else value
    return Fact(field=field, value=value, quote=quote)


def _fold(text: str) -> str:
    text = text.casefold()
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", "-"), ("–", "-")):
        text = text.replace(a, b)
    return text


class _Source:
    """The notes, folded (case, quotes, dashes, runs of spaces) with the line of every character."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        lines: list[int] = []
        line = 1
        for char in _fold(text):
            if char.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    lines.append(line)
                if char == "\n":
                    line += 1
                continue
            chars.append(char)
            lines.append(line)
        self.text = "".join(chars)
        self.lines = lines

    def find(self, quote: str) -> int | None:
        folded = " ".join(_fold(quote).split()).strip(" .,;:\"'")
        if len(folded) < 2:
            return None
        at = self.text.find(folded)
        return self.lines[at] if at >= 0 else None


def _words(text: str) -> list[str]:
    return re.findall(r"[\w@.+'-]+", _fold(text))


def _tokens(text: str) -> set[str]:
    return {w.strip(".'-") for w in _words(text)} - {""}


def _windows(quote: str, longest: int = 8) -> list[str]:
    words = unglue(quote).split()
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + longest) + 1)]


def check_facts(text: str, facts: list[Fact], *, today: date, people: Sequence[Section] | None = None) -> list[Checked]:
    """Each fact, kept or left out with the reason; the interview's day anchors 'Friday' and 'the 4th'.

    With `people` (each person's lines), a value must also come from a line that fits its field
    (notes/import_fit.py); the same value twice is listed once."""
    from afterview.notes.import_fit import why_misfiled

    source = _Source(text)
    raw = text.splitlines()
    found: list[Checked] = []
    start: datetime | None = None
    for fact in facts:  # the interview's start first: it anchors 'Friday' and 'the 4th' in later facts
        line = source.find(fact.quote)
        value = " ".join(fact.value.split())
        if fact.field.strip() == "interview.at" and not _why_not("interview.at", value, fact.quote, line, today, None):
            start = datetime.fromisoformat(value)
            break
    names = [f.value for f in facts if re.fullmatch(r"candidate\.name|interviewers\[\d+\]\.name", f.field)]
    seen: set[tuple[str, str]] = set()
    for fact in facts:
        field, value, quote = fact.field.strip(), " ".join(fact.value.split()), " ".join(fact.quote.split())
        if (field, value.casefold()) in seen:
            continue
        seen.add((field, value.casefold()))
        line = source.find(quote)
        why = _why_not(field, value, quote, line, today, start)
        if not why and people is not None and line is not None:
            index = re.match(r"interviewers\[(\d+)\]", field)
            section = people[int(index.group(1))] if index and int(index.group(1)) < len(people) else None
            why = why_misfiled(field, value, raw[line - 1], line, section=section, roles=_ROLE_WORDS, names=names)
        found.append(Checked(field, value, quote, line, why))
    named = {c.field.split(".")[0] for c in found if c.kept and re.fullmatch(r"interviewers\[\d+\]\.name", c.field)}
    out: list[Checked] = []
    first: dict[str, Checked] = {}
    for c in found:  # what is said about a person whose name was left out has no one to belong to
        person = re.match(r"(interviewers\[\d+\])\.", c.field)
        if c.kept and person and person.group(1) not in named:
            c = Checked(c.field, c.value, c.quote, c.line, "it is about a person whose name was left out")
        elif c.kept and re.sub(r"\[\d+\]", "[N]", c.field) not in LISTS:  # one value a field: the first
            if c.field in first:
                c = Checked(c.field, c.value, c.quote, c.line, f"'{first[c.field].value}' was found first")
            else:
                first[c.field] = c
        out.append(c)
    return out


def _why_not(field: str, value: str, quote: str, line: int | None, today: date, start: datetime | None) -> str:
    general = re.sub(r"\[\d+\]", "[N]", field)
    if general not in FIELDS:
        return f"'{field}' is not a notes field"
    if not value:
        return "it has no value"
    if line is None:
        return "its quote is not in your notes"
    quote_words = _tokens(quote)
    if general == "company.pace" and pace_said(quote) == labels.norm(value):
        return ""  # "they want to move quickly" says urgent
    if general in ENUMS:
        vocabulary = ENUMS[general]
        from afterview.shorthand_words import CLIPPED_WORDS  # 'hiring mgr' says 'hiring manager'

        folded_quote = " " + " ".join(CLIPPED_WORDS.get(w, w) for w in labels.norm(unglue(quote)).split()) + " "
        spoken = [word for word, target in vocabulary.items() if target == labels.norm(value).replace(" ", "_")]
        if not spoken:
            return f"'{value}' is not one of {', '.join(sorted(set(vocabulary.values())))}"
        if not any(f" {word} " in folded_quote for word in spoken):
            from afterview.notes.place_phrase import met_at_site

            if general == "interview.format" and value == "onsite" and met_at_site(quote):
                return ""  # 'today 9am, bremen plant', 'at our Leeds site': met there
            return f"the quote does not say '{value}'"
        return ""
    if general in ("interview.no_follow_up", "interviewers[N].primary_contact"):
        if labels.norm(value) not in labels.YES:
            return ""  # false is the default: nothing to support
        if general == "interview.no_follow_up" and not NOT_FOLLOW_UP.search(quote):
            return "the quote does not say not to follow up"
        if general.endswith("primary_contact") and "contact" not in quote_words:
            return "the quote does not say they are your contact"
        return ""
    if general == "interview.at":
        try:
            wanted = datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            return f"'{value}' is not a date and time"
        if not any(_when(w, today) == wanted for w in _windows(quote)):
            return "the quote does not give this date and time"
        return ""
    if general == "interview.decision_by":
        try:
            wanted_day = date.fromisoformat(value)
        except ValueError:
            return f"'{value}' is not a date"
        anchor = start.date() if start else today
        if not any(_day(w, anchor) == wanted_day for w in _windows(quote)):
            return "the quote does not give this date"
        return ""
    if general == "interview.duration_minutes":
        minutes = _minutes(value)
        if minutes is None or not any(_minutes(w) == minutes for w in _windows(quote, 4)):
            return "the quote does not give this length"
        return ""
    if general.endswith("timezone"):
        from afterview.notes.timezones import timezone_from_words

        city = value.rsplit("/", 1)[-1].replace("_", " ").casefold()
        if value.casefold() in _fold(quote) or city in _fold(quote):
            return ""
        if any(timezone_from_words(w) == value for w in _windows(quote, 3)):  # "SF office", "Eastern"
            return ""
        return "the quote does not name this timezone"
    # 'of' joins what the quote says ('my SAP PM exp -> 6 yrs' as '6 yrs of SAP PM'); it adds no fact
    missing = [w for w in _words(value) if w.strip(".'-") and w.strip(".'-") not in quote_words | {"of"}]
    if missing:
        return f"'{missing[0]}' is not in the quote"
    return ""


def _when(text: str, today: date) -> datetime | None:
    try:
        at, _ = parse_when(text, ref=today, direction="past")
    except ValueError:
        return None
    return at.replace(tzinfo=None)


def _day(text: str, anchor: date) -> date | None:
    from afterview.notes.decision_said import _day_said  # 'end of next week': how `new` reads a decision

    try:
        return parse_day(text, ref=anchor, direction="future")
    except ValueError:
        pass
    try:
        return _day_said(text, anchor)
    except ValueError:
        return None


def _minutes(text: str) -> int | None:
    try:
        return parse_minutes(text)
    except ValueError:
        return None


def notes_data(checked: list[Checked], *, default_timezone: str | None = None) -> dict[str, Any]:
    """The kept facts as notes data (people in the order the LLM numbered them)."""
    data: dict[str, Any] = {}
    people: dict[int, dict[str, Any]] = {}
    for c in checked:
        if not c.kept:
            continue
        value: Any = c.value
        general = re.sub(r"\[\d+\]", "[N]", c.field)
        if general in ENUMS:
            value = labels.norm(value).replace(" ", "_")
        elif general in ("interview.no_follow_up", "interviewers[N].primary_contact"):
            value = labels.norm(value) in labels.YES
        elif general == "interview.duration_minutes":
            value = _minutes(value)
        elif general.endswith("timezone"):  # "New York time", "Eastern": the region name they mean
            from afterview.notes.timezones import region_of

            with contextlib.suppress(ValueError):  # else the notes model names what is wrong with it
                value = region_of(value)
        elif general == "interview.at":  # a wall time: an offset the notes do not give is not kept
            value = datetime.fromisoformat(value).replace(tzinfo=None).isoformat(timespec="minutes")
        person = re.match(r"interviewers\[(\d+)\]\.(\w+)$", c.field)
        if person:
            node, key = people.setdefault(int(person.group(1)), {}), person.group(2)
        else:
            *parents, key = c.field.split(".")
            node = data
            for part in parents:
                node = node.setdefault(part, {})
        if general in LISTS:
            node.setdefault(key, []).append(value)
        else:
            node.setdefault(key, value)  # the first one wins; a later contradiction is not guessed at
    if people:
        data["interviewers"] = [people[n] for n in sorted(people)]
    interview = data.setdefault("interview", {})
    if default_timezone and "timezone" not in interview:
        interview["timezone"] = default_timezone
    return data
