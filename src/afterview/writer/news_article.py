"""A company's news jotted as a bare noun phrase names one thing of theirs, so it is said with 'the' where a sentence
heard about it ('centenary celebrations in 2027' → 'I was glad to hear about the centenary celebrations in 2027';
writer_blind52's judges: "missing an article"). Left as jotted: a phrase with its own determiner, possessive or
number ('3 new stores', "Acme's new plant"), a name ('Expo 2027', 'Series B funding'), a verb first ('opened 2
depots', 'opening new larviculture module')."""

from __future__ import annotations

import re

from afterview.writer.shapes import DETERMINERS, lemmas


def definite_news(noun: str) -> str:
    """`noun` with 'the' before it when it is a bare common noun phrase (module doc); else `noun` unchanged."""
    words = noun.split()
    if len(words) < 2:
        return noun
    first, second = words[0], words[1]
    if not first.isalpha() or first.lower() in DETERMINERS or first.lower() in ("my", "our", "your", "their", "its"):
        return noun  # '3 new stores', "Acme's plant", 'your new lab'
    acronym = first.isupper() and len(first) > 1 and second.isalpha() and second.islower()  # 'FDA approval for …'
    kinds = set(lemmas(first.lower()))
    common = first.islower() and bool(kinds & {"NOUN", "ADJ"})  # never 'opened 2 depots'
    if first.endswith("ing") and "VERB" in kinds and second.lower() != "of":
        return noun  # 'opening new larviculture module': a deed with its object, never 'the opening new …'
    return f"the {noun}" if acronym or common else noun


_ORDINALS = {
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    "5th": "fifth",
    "6th": "sixth",
    "7th": "seventh",
    "8th": "eighth",
    "9th": "ninth",
    "10th": "tenth",
}
_SPELLED = "|".join(list(_ORDINALS.values()))
# a deed whose object is the company's n-th thing, jotted with no determiner: 'opened 2nd office in Bangkok'
_DEED_ORDINAL = re.compile(
    rf"^(?P<verb>[a-z]+ed|won|began|built|made)\s+(?P<nth>\d+(?:st|nd|rd|th)|{_SPELLED})\s+"
    r"(?!(?:in|at|on|of|for|among|by|to|from|with|place|overall|out|time)\b)(?![a-z]+est\b)(?=[a-z])",
    re.I,
)


def ordinal_owned(text: str) -> str:
    """'opened 2nd office in Bangkok' → 'opened its second office in Bangkok': a company's n-th thing is its own, and
    a small ordinal is spelled in prose (writer_blind53's judges: "Congratulations on opening 2nd office" is pasted
    and ungrammatical). A deed with its own determiner ('opened a 2nd office', 'opened its third store') and an
    ordinal that names something else ('ranked 2nd in the league') stay as jotted."""
    hit = _DEED_ORDINAL.match(text)
    if not hit:
        return text
    nth = hit["nth"].lower()
    return f"{hit['verb']} its {_ORDINALS.get(nth, nth)} {text[hit.end() :]}"


def its_said(gerund: str) -> str:
    """'opening its second office' said to the company → 'opening your second office' (their n-th thing is theirs);
    any other 'its' has no antecedent left in a congratulation and is 'the' ('announcing the centennial season')."""
    gerund = re.sub(rf"\bits (?=(?:\d+(?:st|nd|rd|th)|{_SPELLED})\b)", "your ", gerund)
    return re.sub(r"\bits\b", "the", gerund)
