"""Shorthand the notes share with the candidate alone, said in full in a message.

An acronym of the role itself ('the new FOM' for a Front Office Manager, 'the DoD' for a Director of
Development) is the candidate's own shorthand: the reader hears the role's name. A decimal number the
notes give with its unit once ('the 3.5 GHz rollout') and jot bare elsewhere ('interference on 3.5')
keeps its unit. Everything else is left as written.
"""

from __future__ import annotations

import re

_SMALL = {"of", "and", "for", "the", "in", "to", "a", "an", "&"}
_ACRONYM = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")  # two capitals at least: 'FOM', 'DoD'


def initials(name: str) -> set[str]:
    """The acronyms a role's name is shortened to: 'Director of Development' → {'DOD'}."""
    words = [w for w in re.split(r"[\s/()\-]+", name) if w and w[0].isalpha()]
    # a word that is an acronym itself gives all its letters: 'Senior QA Lead' is SQAL, never SQL

    def letters(w: str) -> str:
        return w if len(w) > 1 and w.isupper() else w[0]

    everything = "".join(letters(w) for w in words).upper()
    content = "".join(letters(w) for w in words if w.lower() not in _SMALL).upper()
    return {a for a in (everything, content) if len(a) >= 3}  # two letters (PM, AM, HR) say too much else


def expand_role_acronym(text: str, position: str) -> str:
    """'how the DoD would work with the board' → 'how the Director of Development would work …'."""
    plain = re.sub(r"\s*\(.*?\)", "", position).strip()  # 'Inventory Control Supervisor (2nd shift)'
    short = initials(plain)
    if not short:
        return text

    def swap(match: re.Match[str]) -> str:
        word, before, after = match.group(), text[: match.start()], text[match.end() :]
        in_a_name = re.match(r"\s+[A-Z]", after) or re.search(r"\d\s*$", before)  # 'AM Best', '3 PM'
        if word.upper() in short and word not in plain.split() and not in_a_name:
            return plain
        return word

    return _ACRONYM.sub(swap, text)


_BARE = re.compile(r"(?<![\w.,£$€])(\d+\.\d+)(?![\w%]|\.\d|\s*[%£$€]|\s+[A-Za-z]*[A-Z][A-Za-z]*\b)")
_WITH_UNIT = r"(?<![\w.]){number}\s+([A-Za-z]{{0,2}}[A-Z][A-Za-z]{{0,2}})\b"


def restore_units(text: str, notes_text: str) -> str:
    """'on 3.5.' → 'on 3.5 GHz.' when the notes write 3.5 with that unit and never with another."""

    def swap(match: re.Match[str]) -> str:
        number = match.group(1)
        units = set(re.findall(_WITH_UNIT.format(number=re.escape(number)), notes_text))
        return f"{number} {units.pop()}" if len(units) == 1 else number

    return _BARE.sub(swap, text)


def said_in_full(text: str, position: str, notes_text: str) -> str:
    return restore_units(expand_role_acronym(text, position), notes_text)
