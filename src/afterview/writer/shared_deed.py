"""A rapport item jotted as 'both <verb> <object>' ('both shot our first arrows at …', 'both sang the same hymn'):
a thing done together, said "we both shot …", never read as a state ("we are both shot our first arrows", run28)."""

from __future__ import annotations

from afterview.writer import adapt
from afterview.writer.shapes import lemmas

_OBJECT_LEAD = ("our", "the", "a", "an", "my", "their", "his", "her", "this", "that")


def done_to_object(words: list[str]) -> bool:
    """The words after "both": a word a verb can be, then its object's determiner ('shot our …'); 'big fans of …',
    'from Ohio', 'obsessed with …' are not."""
    if len(words) < 3 or not words[0].isalpha() or words[0][:1].isupper():
        return False
    if words[1].lower() not in _OBJECT_LEAD:
        return False
    return "VERB" in lemmas(words[0].lower()) and words[0].lower() not in adapt.PREPOSITIONS
