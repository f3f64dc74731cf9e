"""A promise said as telling someone or owing them: 'told Dana I'd send my portfolio', 'promised Dana I would
email the deck', 'promised Dana: send the deck', 'promised Dana to share my notes', 'owe Dana the case study',
'let Dana know I'll get her my references'. Said again as the plain promise the notes reader takes ('send Dana
my portfolio'), so it is read as that person's, what and when as any promise."""

from __future__ import annotations

import re

_NAME = r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+(?!I\b|I['’])[A-Z][\w'’-]+)?))"
_VERB = r"(?:get|send|email|e-mail|forward|share|drop|pass along|follow up with)\s+(?:(?:her|him|them|you)\s+)?"
_I_WILL = r"(?:i'?d|i['’]d|i would|i'?ll|i['’]ll|i will|i am going to|i'm going to|i['’]m going to)"
_TOLD = re.compile(
    r"^(?:i\s+)?(?:told|promised|said to|let|assured)\s+" + _NAME + r"(?:\s+know)?(?:\s+that)?"
    r"(?:\s+" + _I_WILL + r"\s+|\s+to\s+|\s*[:–—-]\s*(?:to\s+|" + _I_WILL + r"\s+)?)" + _VERB + r"(?P<rest>\S.*)$",
    re.I,
)
# 'promised Dana: the deck', 'owe Dana the deck', 'I owe Dana a writing sample': what is owed, without a verb
_OWED = re.compile(
    r"^(?:i\s+)?(?:(?:still\s+)?owe|promised)\s+" + _NAME + r"\s*(?::\s*|\s+)(?P<rest>(?:a|an|the|my|our|that|those|"
    r"these|some|\d+)\b.*|(?<=:\s)\S.*)$",
    re.I,
)


# 'I owe them a portfolio link', 'still owe her my references': owed to whoever the pronoun is, read as 'send them …'
_OWED_THEM = re.compile(
    r"^(?:i\s+)?(?:still\s+)?owe\s+(?P<who>them|him|her)\s+(?P<rest>(?:a|an|the|my|our|some|\d+)\b.*)$", re.I
)


_TOLD_THEM = re.compile(
    r"^(?:i\s+)?(?:told|promised|assured)\s+(?P<who>her|him|them)(?:\s+that)?\s+"
    + _I_WILL
    + r"\s+"
    + _VERB
    + r"(?P<rest>\S.*)$",
    re.I,
)


def as_promise(text: str) -> str:
    """'told Dana I'd send my portfolio by fri' → 'send Dana my portfolio by fri'; other text as it is."""
    for pattern in (_TOLD, _OWED):
        found = pattern.match(text.strip())
        if found is not None and found.group("name").casefold() not in ("i", "she", "he", "they", "them", "her", "him"):
            return f"send {found.group('name')} {found.group('rest')}"
    told = _TOLD_THEM.match(text.strip())  # 'I told her I'd send my CPR cert': to whoever 'her' is
    if told is not None:
        return f"send {told.group('who')} {told.group('rest')}"
    owed = _OWED_THEM.match(text.strip())
    if owed is not None:
        return f"send {owed.group('who')} {owed.group('rest')}"
    return text
