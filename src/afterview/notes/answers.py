"""One answer of `afterview new`, read and checked: a ValueError says what to answer instead."""

from __future__ import annotations

import re

from afterview.notes.emails import is_email
from afterview.notes.markdown import labels
from afterview.notes.names import first_name
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


def _culture(text: str) -> str:
    value = labels.level(text, labels.CULTURES)
    if value is None:
        raise ValueError(f"'{text}' is not formal, neutral or casual")
    return value


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


def _yes_no(text: str) -> bool:
    key = labels.norm(text)
    if key in labels.YES:
        return True
    if key in labels.NO:
        return False
    raise ValueError("answer y or n")


def _new_name(text: str, taken: set[str]) -> str:
    if " ".join(text.casefold().split()) in taken:
        raise ValueError(f"{text} is already listed")
    return text


def _one_of_names(text: str, names: tuple[str, ...]) -> str | None:
    if not text:
        return None
    for name in names:
        if labels.norm(text) in (labels.norm(name), labels.norm(first_name(name))):
            return name
    raise ValueError(f"'{text}' is not one of {', '.join(names)}")
