"""A company's news jotted as a bare noun phrase names one thing of theirs, so it is said with 'the' where a sentence
heard about it ('centenary celebrations in 2027' → 'I was glad to hear about the centenary celebrations in 2027';
writer_blind52's judges: "missing an article"). Left as jotted: a phrase with its own determiner, possessive or
number ('3 new stores', "Acme's new plant"), a name ('Expo 2027', 'Series B funding'), a verb first ('opened 2
depots', 'opening new larviculture module')."""

from __future__ import annotations

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
