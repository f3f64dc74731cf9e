"""Turn notes items into phrases that fit a sentence, whatever shape the user wrote them in."""

from __future__ import annotations

import hashlib
from datetime import date

from afterview.vocabulary import Format

# Past-tense verbs people start an accomplishment with ("led the migration", "ran the team").
_IRREGULAR_PAST = {
    "became",
    "began",
    "brought",
    "built",
    "bought",
    "chose",
    "cut",
    "did",
    "drew",
    "drove",
    "fought",
    "found",
    "gave",
    "got",
    "grew",
    "held",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "made",
    "met",
    "oversaw",
    "paid",
    "put",
    "ran",
    "rebuilt",
    "rewrote",
    "saw",
    "sent",
    "set",
    "shut",
    "sold",
    "spent",
    "spoke",
    "spun",
    "stood",
    "taught",
    "took",
    "told",
    "undertook",
    "won",
    "wrote",
}
_NOT_VERBS = {"red", "bed", "seed", "need", "speed", "feed", "embed", "bleed", "breed", "shed", "ted"}


def clean(item: str) -> str:
    """One notes item as a phrase: single spaces, no trailing full stop."""
    return " ".join(item.split()).rstrip(" .;,")


def starts_with_past_verb(item: str) -> bool:
    """'led the Kafka migration' → True; 'ten years of Go' or 'Acme Pay launched' → False."""
    first = item.split(maxsplit=1)[0] if item.strip() else ""
    if not first or not first[0].islower():
        return False
    word = first.strip(",;:").lower()
    if word in _IRREGULAR_PAST:
        return True
    return word.endswith("ed") and len(word) > 4 and word not in _NOT_VERBS


def when_phrase(interview_day: date, send_day: date) -> str:
    """How to refer to the interview day from the day the note is sent."""
    days = (send_day - interview_day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 6:
        return f"on {interview_day:%A}"
    return f"on {interview_day:%B} {interview_day.day}"


def long_date(day: date) -> str:
    return f"{day:%B} {day.day}"


def meeting_noun(fmt: Format | None) -> str:
    return {Format.phone: "call", Format.video: "video call"}.get(fmt, "conversation") if fmt else "conversation"


def pick(items: list[str], index: int) -> str | None:
    """The item for the `index`-th recipient, rotating so neighbours get different ones."""
    return clean(items[index % len(items)]) if items else None


def stable_number(*parts: str) -> int:
    """A number that depends only on its inputs (Python's hash() changes between runs)."""
    return int.from_bytes(hashlib.sha256("\0".join(parts).encode()).digest()[:4], "big")
