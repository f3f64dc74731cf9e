"""A possessive copied from the person's own notes item into the message to them, with the noun it owns: "his
sketch-to-CAD workflow (Rhino -> SolidWorks)" becomes "walking me through his sketch-to-CAD workflow"; "their
worry: automation in plant 2 = fewer jobs" becomes "I understand their worry that automation ...". The rest of the
item is reworded, so only the possessive and its noun are copied as written."""

from __future__ import annotations

import re

_POSSESSIVE = frozenset({"his", "her", "their"})
# Nouns too common to tell a copy from the writer's own words ("their team", "his time").
_COMMON = frozenset(
    "team teams work time company role people side end own way view thoughts plans plan job part".split()
)


def copied_possessive(text: str, m: re.Match[str], body: str) -> tuple[re.Match[str] | None, str]:
    """The possessive of notes item `text` (its pronoun matched by `m`) with its noun, found in lower-case `body`;
    and the phrase that was found (or the item text unchanged)."""
    if m.group().lower() not in _POSSESSIVE:
        return None, text
    words = text[m.start() :].split()
    if len(words) < 2:
        return None, text
    noun = words[1].strip(".,;:!?()\"'")
    if len(noun) < 4 or noun in _COMMON:
        return None, text
    phrase = f"{words[0]} {noun}"
    hit = re.search(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", body)
    return (hit, phrase) if hit else (None, text)


_WORD = re.compile(r"[a-z0-9][\w'-]*")
_OWN_PAST = re.compile(
    r"\b(?:[Aa]t|[Ww]ith) [A-Z]\w+|\bmy (?:last|previous|former|old|current)\b|\bwhen I was\b|\bback (?:at|in)\b"
)


# Words ending in -s that are no plural noun, whatever the rule asking ('thanks', 'always', 'process').
NOT_PLURAL = r"(?!(?:thanks|is|was|has|does|us|this|its|his|as|yes|always|perhaps|guess|less|process|across)\b)"
# A plural noun just before 'their' that it can own: "the 50 L casks and their", "the kilns, their".
THING_BEFORE = re.compile(rf"\b{NOT_PLURAL}[a-z]{{3,}}s(?:\s+(?:and|with|or)|,)\s+$")


_LEAD = frozenset("the a an their our how".split())
_PLAIN = frozenset("own first last next new same other whole year years".split())


def _heads(items: list[str], word: str) -> set[tuple[str, str]]:
    """The two words each of `items` opens with ('targeting data' of 'targeting data reaches the rig late'), past a
    leading article; for 'our', only the words the item itself has after 'our' (copied as the notes say it)."""
    out = set()
    for item in items:
        words = _WORD.findall(item.lower())
        if word == "our":
            at = [i for i, w in enumerate(words[:-2]) if w == "our"]
            words = words[at[0] + 1 :] if at else []
        while words and words[0] in _LEAD:
            words = words[1:]
        if len(words) >= 2 and not {words[0], words[1]} & _PLAIN and len(words[1]) >= 4 and words[1] not in _COMMON:
            out.add((words[0], words[1]))
    return out


def possessive_on_theirs(body: str, theirs: list[str], anyones: list[str]) -> re.Match[str] | None:
    """'their targeting data' in a note to the person whose challenge is 'targeting data reaches the rig late', or
    'our data migration checklist' copied from an interviewer's item that says 'our': the notes' point of view, not
    the writer's (they are 'your', and the candidate is not 'we' yet). Not where the sentence tells the candidate's
    own past ('our data pipeline at Northwind')."""
    for word, items in (("their", theirs), ("our", anyones)):
        runs = _heads(items, word)
        for m in re.finditer(rf"\b{word}\s+([\w'-]+)\s+([\w'-]+)", body, re.I):
            if (m.group(1).lower(), m.group(2).lower()) not in runs:
                continue
            start = max(body.rfind(".", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
            end = min((i for i in (body.find(".", m.end()), body.find("\n", m.end())) if i >= 0), default=len(body))
            if _OWN_PAST.search(body[start:end]):
                continue
            if word == "their" and THING_BEFORE.search(body, start, m.start()):
                continue  # "the small casks and their leaking heads": 'their' is the casks', not the person's
            return m
    return None
