"""A promise said as telling someone: 'told Dana I'd send my portfolio', 'promised Dana I would email the
deck', 'let Dana know I'll get her my references'. Said again as the plain promise the notes reader
takes ('send Dana my portfolio'), so it is read as that person's, what and when as any promise."""

from __future__ import annotations

import re

_TOLD = re.compile(
    r"^(?:i\s+)?(?:told|promised|said to|let|assured)\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
    r"(?:\s+know)?(?:\s+that)?\s+(?:i'?d|i['’]d|i would|i'?ll|i['’]ll|i will|i am going to|i'm going to)\s+"
    r"(?:(?:get|send|email|e-mail|forward|share|drop)\s+(?:(?:her|him|them|you)\s+)?)(?P<rest>\S.*)$",
    re.I,
)


def as_promise(text: str) -> str:
    """'told Dana I'd send my portfolio by fri' → 'send Dana my portfolio by fri'; other text as it is."""
    found = _TOLD.match(text.strip())
    if found is None:
        return text
    return f"send {found.group('name')} {found.group('rest')}"
