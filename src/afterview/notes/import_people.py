"""The people in free-text notes: where each one's lines are, and what code reads there itself
(their role, their email address, whether they are your contact).

A person's section runs from the first line that names them to the next person's line or the
next blank line; what the LLM says about a person is checked against that section only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from afterview.notes.free_text import EMAIL, Line, lines_of
from afterview.notes.importing import Fact, unglue
from afterview.notes.markdown import labels

# Checked in this order: 'recruiter, my main contact' is a recruiter, 'engineering manager' a hiring manager.
_ROLE_ORDER = ("recruiter", "hiring_manager", "executive", "peer")
_PRIMARY = re.compile(r"\b(?:point of contact|main contact|primary contact|my contact|contact person)\b", re.I)


# "Dana Lee, engineering manager", "Priya Shah (recruiter)", "Met with Jonas Müller - Head of Analytics",
# "recruiter: Tom Baker, Talent Partner": a name of two or three capitalised words, then a title or a role.
_LEAD = r"(?i:(?:met|met with|spoke with|spoke to|talked to|talked with|interviewer|recruiter|with|then)\s*:?\s+)?"
_NAMED = re.compile(
    _LEAD + r"(?P<name>(?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]*\.?|de|van|von|da|del)){1,2})\??"
    r"\s*(?:[-–—,(:|]\s*|(?i:\s+is\s+(?:the|a|an|our|my)\s+))(?P<rest>.+)"
)
_TITLE_WORD = re.compile(
    r"\b(?:manager|mgr|engineer\w*|recruit\w*|director|dir|head|vp|vice president|cto|ceo|cfo|coo|chief|lead|"
    r"partner|designer|analyst|developer|scientist|architect|founder|president|exec\w*|peer|boss|teammate|"
    r"specialist|coordinator|consultant|officer|owner|principal|staff|senior|sr|talent|hr|product|team)\b",
    re.I,
)


def people_named(text: str, *, not_names: set[str], position: str | None = None) -> list[str]:
    """The names code can read: a line that starts with a name followed by a title or a role.
    `not_names`: what is known to be something else (the company, your own name); a line that
    goes on with just the position applied for ('Wayne Enterprises - Operations Manager') names no one."""
    out: list[str] = []
    skip = {_fold(n) for n in not_names if n}
    for line in lines_of(text):
        found = _NAMED.match(line.text)
        if not found or not _TITLE_WORD.search(found.group("rest").split(".")[0]):
            continue
        if position and _fold(position) == _fold(found.group("rest")).strip(" .'-"):
            continue  # the job itself; 'Ravi Patel, outpatient staff pharmacist.' is a person with that job
        name = found.group("name").strip()
        folded = _fold(name)
        if folded in skip or any(folded in s or s in folded for s in skip) or folded in map(_fold, out):
            continue
        out.append(name)
    return out


@dataclass(frozen=True)
class Section:
    name: str  # as the notes spell it
    lines: tuple[Line, ...]  # the first one names the person
    given: str = ""  # as it was asked for

    @property
    def numbers(self) -> frozenset[int]:
        return frozenset(line.number for line in self.lines)


def _fold(text: str) -> str:
    """Case, accents and punctuation between words set aside: 'Jonas Muller' names 'Jonas Müller'."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w@.'-]+", " ", plain).split())


def names_in(line: Line, name: str) -> bool:
    """'Dana Lee' is named by 'Dana Lee, engineering manager' (whole words, any case)."""
    return re.search(rf"(?<![\w]){re.escape(_fold(name))}(?![\w])", _fold(line.text)) is not None


def written_name(line: Line, name: str) -> str:
    """The name as the line spells it ('Jonas Müller' for 'Jonas Muller'); `name` when it is not there."""
    wanted = _fold(name).split()
    words = list(re.finditer(r"[\w@'’-]+(?:\.(?=\s|$))?", line.text))
    folded = [_fold(w.group(0)) for w in words]
    for i in range(len(words) - len(wanted) + 1):
        if [f.rstrip(".") for f in folded[i : i + len(wanted)]] == [w.rstrip(".") for w in wanted]:
            return line.text[words[i].start() : words[i + len(wanted) - 1].end()]
    return name


def sections(text: str, names: list[str], *, stop: int | None = None) -> list[Section]:
    """Each named person's lines, in the order the notes name them; a name the notes do not contain has none.
    `stop`: the line you signed with, which is nobody's."""
    raw = text.splitlines()
    lines = lines_of(text)
    first: dict[str, int] = {}
    for name in names:
        at = next((n for n, line in enumerate(lines) if names_in(line, name)), None)
        if at is not None and at not in first.values():
            first[name] = at
    starts = sorted(first.values())
    out = []
    for name in sorted(first, key=first.__getitem__):  # in the order the notes name them
        begin = first[name]
        later = [s for s in starts if s > begin]
        end = later[0] if later else len(lines)
        own = [lines[begin]]
        for line in lines[begin + 1 : end]:
            if not raw[line.number - 2].strip() or line.number == stop:  # a blank line ends what is said of them
                break
            own.append(line)
        out.append(Section(written_name(lines[begin], name), tuple(own), name))
    return out


# words of a job title jotted short ('Dist. Ops Manager', 'HR bus. partner'): a dot after them ends nothing
TITLE_SHORT = (
    r"(?i:dist|asst|assoc|exec|admin|mgmt|dept|div|reg|regl|natl|intl|govt|acct|accts|bus|coord|spec|supv|supt|"
    r"tech|mktg|dev|prod|ops|eng|engr|sr|jr|vp|svp|evp|avp|gen|mgr|dir|rep|fin|hr|op|sup|ctr|corp)"
)


def title_cut(text: str) -> str:
    """`text` up to its first stop, bracket, dash or comma; a dot after a word of a title jotted short
    ('Dist. Ops Manager') is no stop."""
    kept = re.sub(rf"\b({TITLE_SHORT})\.(?=[\s,)])", "\\1\x00", text)
    return re.split(r"[.;()]|\s[-–—]\s|,\s|\s+at\s+[A-Z]", kept)[0].replace("\x00", ".")


def title_on(line: Line, name: str) -> str | None:
    """'engineering manager' from 'Dana Lee, engineering manager (would be my boss)': the words after
    the name up to a stop, a bracket or ' at <company>', when they hold a word titles have."""
    found = _NAMED.match(line.text)
    if not found or _fold(name) not in _fold(found.group("name")):
        return None
    title = title_cut(found.group("rest")).strip(" ,:-")
    title = re.sub(r"^(?:the|a|an|my|our|their|his|her)\s+", "", title, flags=re.I)
    if title and re.match(r"[^()]*\(\s*$", line.text[: found.start("rest")]):  # '(sr. eng., platform)': one role
        title += _team_after(found.group("rest"), title)
    title = title.removesuffix(".")  # '(ops mgr., hiring mgr)': the dot of 'mgr.' ends no title
    return title if title and _TITLE_WORD.search(title) and len(title.split()) <= 6 else None


def _team_after(rest: str, title: str) -> str:
    """', platform' of 'sr. eng., platform) - …': a team or area said in the name's bracket after the title, one or
    two plain words that are no part in hiring, no contact and no aside; else ''."""
    from afterview.notes.asides import aside_kind

    inside = rest.split(")", 1)[0] if ")" in rest else ""
    if not inside.startswith(title.rstrip(".")):
        return ""
    parts = [p.strip() for p in inside[len(title) :].split(",") if p.strip(" .")]
    if len(parts) != 1 or not re.fullmatch(r"[a-z][a-z&/-]*(?:\s+[a-z][a-z&/-]*)?", parts[0]):
        return ""
    team = parts[0]
    said_as = (labels.role(team) is not None, _TITLE_WORD.search(team), _PRIMARY.search(team), aside_kind(team))
    if any(said_as) or labels.norm(team) in labels.ROLES:  # their part in hiring, a title, contact or an aside
        return ""
    return f", {team}"


def person_facts(section: Section, index: int) -> list[Fact]:
    """What code reads in a person's section: their role and title (from the line naming them), contact."""
    person = f"interviewers[{index}]"
    facts = [Fact(field=f"{person}.name", value=section.name, quote=section.lines[0].text)]
    words = " " + labels.norm(unglue(section.lines[0].text)) + " "
    for role in _ROLE_ORDER:
        spoken = [w for w, target in labels.ROLES.items() if target == role]
        if any(f" {w} " in words for w in spoken):
            facts.append(Fact(field=f"{person}.role", value=role, quote=section.lines[0].text))
            break
    for line in section.lines:
        if _PRIMARY.search(line.text):
            facts.append(Fact(field=f"{person}.primary_contact", value="true", quote=line.text))
            break
    return facts


def email_facts(text: str, people: list[str], me: str | None) -> list[Fact]:
    """Each email address to the person whose name it spells (priya.shah@… is Priya Shah's), else to the
    person named on its line, else to you when it is on your line; an address none of these place is left."""
    out: list[Fact] = []
    lines = lines_of(text)
    for line in lines:
        for address in EMAIL.findall(line.text):
            local = re.split(r"[^a-z]+", address.split("@")[0].casefold())
            owner = _spelled_by(local, people, me)
            if owner is None:
                named = [p for p in people if names_in(line, p)]
                owner = named[0] if len(named) == 1 else (me if me and names_in(line, me) else None)
            if owner is None:
                continue
            if owner == me:
                out.append(Fact(field="candidate.email", value=address, quote=line.text))
            else:
                out.append(Fact(field=f"interviewers[{people.index(owner)}].email", value=address, quote=line.text))
    return out


def _spelled_by(local: list[str], people: list[str], me: str | None) -> str | None:
    parts = {p for p in local if len(p) > 1}
    owners = [n for n in [*people, *([me] if me else [])] if set(_fold(n).split()) & parts]
    return owners[0] if len(owners) == 1 else None
