"""A noun phrase of the notes with the article a sentence needs: 'portfolio link' → 'the portfolio link'; a copy of
a document is the candidate's own ('certified copy of GIA diploma' → 'a certified copy of my GIA diploma')."""

from __future__ import annotations

import re

_COPIES = ("copy", "copies", "scan", "scans", "photo", "photos", "photocopy", "printout")


def the(noun: str) -> str:
    """'portfolio link' → 'the portfolio link'; 'two references', 'my slides' keep their own."""
    first = noun.split(maxsplit=1)[0].lower() if noun else ""
    copy = _COPY_OF.match(noun)
    if copy and first not in _DETERMINERS:  # 'copy of my certificate' → 'a copy of my certificate'
        # 'copy of JLPT N2 certificate', 'certified copy of GIA diploma': the candidate's own, said so ('a … of my')
        noun = noun[: copy.end()] + ("" if _OWNED.match(noun[copy.end() :]) else "my ") + noun[copy.end() :]
        return ("" if copy["copy"].lower().endswith("s") else "a ") + noun
    return noun if first in _DETERMINERS else "the " + noun


def the_each(items: list[str]) -> str:
    """Items joined with the article each needs: one 'the' for them all where each takes 'the' ('the CV and portfolio
    link'), else each its own ('the references and a copy of my degree certificate', never 'a references and copy of
    …', which reads the copy's article onto the first item)."""
    if all(the(i).startswith("the ") for i in items):
        return the(_join(items))
    return _join([the(i) for i in items])


def _join(items: list[str]) -> str:
    """'a, b and c' (as items.join, which imports this module)."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_DETERMINERS = ("the", "a", "an", "my", "your", "our", "their")
# 'copy of', 'certified copy of', 'signed scans of': a copy of a document, with up to two words before it
_COPY_OF = re.compile(rf"(?i)^(?:[\w-]+ ){{0,2}}?(?P<copy>{'|'.join(_COPIES)}) of ")
_OWNED = re.compile(rf"(?i)(?:{'|'.join((*_DETERMINERS, 'his', 'her'))})\b")
