"""One answer of `afterview new`, read and checked: a ValueError says what to answer instead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.notes.emails import is_email
from afterview.notes.markdown import labels
from afterview.notes.markdown.syntax import _NOT_FOLLOW, split_person_heading
from afterview.notes.plain_time import parse_minutes
from afterview.notes.suggest import did_you_mean

ROLE_WORDS = ("hiring manager", "recruiter", "peer", "executive", "other")


def _text(text: str) -> str:
    if len(text) > 2000:
        raise ValueError("that is very long for a note; a short phrase works best")
    return text


def _minutes(text: str) -> int:
    minutes = parse_minutes(text)
    if not 0 < minutes <= 24 * 60:
        raise ValueError(f"{minutes} minutes is not the length of an interview")
    return minutes


def _format(text: str) -> str | None:
    if not text:
        return None
    found = labels.FORMATS.get(labels.norm(text))
    if found is None:
        raise ValueError(f"'{text}' is not onsite, video or phone")
    return found


def _role(text: str) -> str:
    found = labels.role(text)
    if found is None:
        did = did_you_mean(labels.norm(text), ROLE_WORDS, f"; answer one of {', '.join(ROLE_WORDS)}")
        raise ValueError(f"'{text}' is not a role I know{did}")
    return found


def _guess_role(title: str | None) -> str:
    words = (title or "").casefold()
    if re.search(r"recruit|talent|people partner|\bhr\b", words):
        return "recruiter"
    if re.search(r"\b(ceo|cto|cfo|coo|vp|vice president|chief|founder)\b", words):
        return "executive"
    return "other"


def _email(text: str) -> str | None:
    if not text:
        return None
    if not is_email(text):
        raise ValueError(f"'{text}' is not one email address, such as dana@acme.example (or press Enter to skip it)")
    return text


def _new_name(text: str, taken: set[str]) -> str:
    if " ".join(text.casefold().split()) in taken:
        raise ValueError(f"{text} is already listed")
    return text


def _guess_role_from_title(title: str | None) -> str:
    """A default for 'their part in hiring', from the job title: shown, and taken on Enter."""
    said = labels.role(title or "")  # 'HR', 'CTO', 'Talent Partner'
    if said is not None:
        return labels.spoken(said)
    guess = _guess_role(title)
    words = (title or "").casefold()
    if guess == "other" and re.search(r"\b(manager|mgr|head|director|dir)\b", words):
        return "hiring manager"
    if guess == "other" and _CRAFT.search(words):  # 'sr eng', 'staff engineer', 'senior accountant': a peer
        return "peer"
    return guess


def guess_role(title: str | None, hiring_taken: bool = False, alone: bool = False) -> str:
    """The guess from the title; a manager's or a lead's title when someone else is the hiring manager is a peer's
    ('volunteer program mgr', 'warehouse lead' on a panel the hiring manager leads); `alone`: the only one met,
    whose title says they run the place ('co-owner', 'founder', 'GM', 'director'), is the one who hires."""
    guess = _guess_role_from_title(title)
    if alone and not hiring_taken and guess in ("other", "executive") and _RUNS_IT.search((title or "").casefold()):
        return "hiring manager"
    if not hiring_taken or labels.role(title or "") is not None:
        return guess
    if guess == "hiring manager" or (guess == "other" and _WORKING.search((title or "").casefold())):
        return "peer"  # 'warehouse lead', 'shift supervisor' beside the hiring manager: who works alongside
    return guess


# who runs the place: met alone, they are the one who hires
_RUNS_IT = re.compile(
    r"\b(?:(?:co-?)?owners?|(?:co-?)?founders?|gm|general manager|proprietor|president|principal|director|dir|"
    r"ceo|coo|md|managing director|head|partner|boss|chef-owner|publican|landlord|landlady|headteacher)\b"
)
_WORKING = re.compile(r"\b(?:lead|leads|supervisor|sup|senior|sr|staff|charge|foreman|crew chief)\b")


# A craft title, full or jotted short, with or without a seniority word before it ('sr', 'staff', 'principal'):
# someone who does the work the candidate would do, a peer (a manager, head or director is matched first).
_CRAFT = re.compile(
    r"\b(?:engineers?|eng|engr|swe|sde|sre|developers?|dev|programmer|designers?|analysts?|scientists?|ds|"
    r"architects?|accountants?|nurses?|rn|teachers?|educators?|writers?|editors?|researchers?|technicians?|tech|"
    r"specialists?|consultants?|planners?|associates?|administrators?|admin|coordinators?|therapists?|"
    r"pharmacists?|chemists?|statisticians?|economists?|paralegals?|attorneys?|counsel|lawyers?|marketers?|"
    r"product designer|ux|qa|tester)\b"
)


@dataclass(frozen=True)
class Person:
    """Who interviewed you, as one answer gives it: 'Dana Lee, Engineering Manager (hiring manager)'."""

    name: str
    title: str | None = None
    role: str | None = None
    email: str | None = None
    primary_contact: bool = False


def _person(text: str, taken: set[str], contact_taken: bool = False) -> Person | None:
    """A name, optionally with a job title after a comma or dash, a part in hiring in brackets, an email."""
    if not text:
        return None
    email = None
    found = re.search(r"\S*@\S*", text)
    if found:
        token = found.group().rstrip(",;")
        email = token[1:-1] if token.startswith("<") and token.endswith(">") else token  # 'Dana <d@acme.example>'
        if not is_email(email):
            raise ValueError(f"'{email}' is not one email address, such as dana@acme.example")
        text = text[: found.start()] + text[found.start() + len(token) :]
        text = re.sub(r"\s+([,;])", r"\1", text).strip(" ,;—-")
    name, title, extras = split_person_heading(text)
    if not name:
        raise ValueError("start with their name, e.g. 'Dana Lee, Engineering Manager'")
    _new_name(name, taken)
    role, primary = None, False
    for extra in extras:
        if labels.norm(extra) in labels.PRIMARY_WORDS:
            if contact_taken:
                raise ValueError("someone else is already your point of contact; name one person")
            primary = True
        else:
            role = _role(extra)
    if title and role is None and labels.norm(title) in ROLE_WORDS:  # 'Sam Lee, recruiter': their part, said
        role, title = _role(title), None
    return Person(_text(name), _text(title) if title else None, role, email, primary)


_DEGREES = r"(?:pretty|very|quite|fairly|rather|super|really|somewhat|kind of|a bit|mostly)\s+"


def _take(text: str, table: dict[str, str], lead: str) -> tuple[str | None, str]:
    """The value of the longest word of `table` said in `text` (after `lead`), and the text without it."""
    for word in sorted(table, key=len, reverse=True):
        found = re.search(rf"{lead}{re.escape(word)}(?=[\s,;.])", text)
        if found:
            return table[word], text[: found.start()] + " " + text[found.end() :]
    return None, text


def _length_format_culture(text: str, default_minutes: int) -> tuple[int, str | None, str | None]:
    """'45 min video', 'an hour onsite, pretty formal', 'phone': minutes, format and culture, in any order."""
    rest = f" {text.casefold()} "
    form, rest = _take(rest, labels.FORMATS, r"(?:\s(?:by|on|over|via|in an?|an?)\b)?\s")
    culture, rest = _take(rest, labels.CULTURES, rf"\s(?:{_DEGREES})?")
    rest = " ".join(re.sub(r"[,;]|\b(?:and|it was|lasted|for)\b", " ", rest).split())
    if not rest:
        return default_minutes, form, culture
    try:
        return _minutes(rest), form, culture
    except ValueError:
        raise ValueError(
            f"'{rest}' is not a length, a format (onsite, video, phone) or how formal it was; e.g. 45 min video"
        ) from None


def _no_follow_up(text: str) -> tuple[str, bool]:
    """'Dec 4; told me not to follow up' → ('Dec 4', True): the decision part, and whether they asked for silence."""
    pieces = re.split(r"(;|,\s+|\s+but\s+|\s+and\s+)", text)
    kept: list[str] = []
    silent = False
    for piece in pieces[::2]:
        if _NOT_FOLLOW.search(piece) or labels.norm(piece) in ("no follow up", "no follow ups"):
            silent = True
        else:
            kept.append(piece)
    if not silent:
        return text, False
    return ", ".join(p.strip() for p in kept if p.strip()), True


def position_at_company(text: str) -> tuple[str, str | None]:
    """'Senior Backend Engineer at Acme' → both; a position alone leaves the company to ask for."""
    for word in (" at ", " @ ", " — ", " – ", " | "):
        if word in text:
            position, company = text.rsplit(word, 1) if word.strip() in ("at", "@") else text.split(word, 1)
            if position.strip() and company.strip():
                return _text(position.strip()), _text(company.strip())
    return _text(text), None


def _split_items(text: str) -> list[str]:
    """'portfolio link; references' → two items; a line each works too."""
    return [_text(item.strip()) for line in text.splitlines() for item in line.split(";") if item.strip()]
