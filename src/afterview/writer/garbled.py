"""Whether a noun phrase the writer made of a jotting is still the jotting's glue, not English: the shapes judges
quoted as garbled (writer73), each read by a general rule, never by its words.

- a comparison kept as jotted: a 'versus' hung on a 'with', or 'how X compares with Y' whose first side carries a
  phrase of its own ('how Tern Bay wreck with cut-up compares with dredging');
- a count hung on the end after another phrase ('the reference set for weld defects with 400 images': the images
  belong to the set or to the defects, the reader cannot tell);
- a possessive and one generic noun whose specifier the jotting gave and the phrase dropped ('your rule', 'his
  approach'): the reader is told nothing of what was said;
- two noun phrases glued by 'and' after a phrase, the second with no article of its own ('the start date after
  Easter and parking allowance').

- (writer75) a possessive with its noun dropped ('without your in the room'), a 'with' list whose last noun lost its
  article ('with board scanning and optimizer'), a 'with' hung on after a time ('projects coming next year with a
  radio series').

The gate (writer/gate.py) asks here for a noun slot; what fails is named by its head noun phrase, said before its
glue (writer/garble_trim.py) or left out.
"""

from __future__ import annotations

import re

from afterview.writer.countable import countable
from afterview.writer.shapes import DETERMINERS, PREPOSITIONS, lemmas, words_of

_VERSUS = re.compile(r"\b(?:versus|vs\.?|v\.)\s", re.I)
_COMPARES = re.compile(r"^how (?P<left>.+?) compares? (?:with|to) ", re.I)
_PLAIN_PREPOSITIONS = PREPOSITIONS - {"and", "or"}
_TRAILING_COUNT = re.compile(
    r"\bwith (?:more than |over |about |around |nearly |some |up to |almost )?\d[\d,.]*\+?(?: \w+){1,2}$", re.I
)
_POSSESSIVES = {"your", "his", "her", "their", "its", "my", "our"}
# nouns that say nothing until what they are is given ('your rule' of what?)
_GENERIC = {
    "rule", "rules", "idea", "ideas", "point", "points", "process", "approach", "view", "views", "method",
    "question", "story", "stories", "plan", "system", "way", "tip", "tips", "advice", "thing", "things", "take",
    "philosophy", "framework", "principle", "principles", "theory", "concern", "concerns", "comment", "comments",
    "example", "point of view", "line", "motto", "mantra", "habit", "trick", "test", "stance", "thoughts",
}  # fmt: skip


def garble(text: str) -> str | None:
    """Why the noun phrase `text` reads as a jotting's glue, or None when it reads as English."""
    words = words_of(text)
    if not words:
        return None
    versus = _VERSUS.search(text + " ")
    if versus and _hung_on_with(text[: versus.start()]):
        return "a jotted comparison"
    compared = _COMPARES.match(text)
    if compared and set(words_of(compared.group("left"))) & _PLAIN_PREPOSITIONS:
        return "a jotted comparison"
    counted = _TRAILING_COUNT.search(text)
    if counted and set(words_of(text[: counted.start()])[1:]) & _PLAIN_PREPOSITIONS:
        return "a count hung on the end"
    if len(words) <= 3 and words[0] in _POSSESSIVES and " ".join(words[1:]) in _GENERIC:
        return "a possessive with nothing said of it"
    if _glued_pair(words):
        return "two noun phrases glued"
    if _BARE_POSSESSIVE.search(text):
        return "a possessive with no noun"
    if _BARE_LAST_AFTER_WITH.search(text) and _bare_count_noun(text.split()[-1]):
        return "an article dropped"
    if _TIME_THEN_WITH.search(text):
        return "a phrase hung on after its time"
    return None


# 'run without your in the room': a possessive straight before a preposition or an article (its noun dropped)
_BARE_POSSESSIVE = re.compile(
    r"(?i)\b(?:your|my|our|their|his|her)\s+(?:in|on|at|of|to|with|for|from|by|the|a|an|and|or)\b"
)
# 'with board scanning and optimizer': a 'with' list whose last noun lost its article
_BARE_LAST_AFTER_WITH = re.compile(r"(?i)\bwith (?:[a-z][\w-]* ){1,3}and [a-z][\w-]*$")
# 'projects coming next year with a radio series': a 'with' hung on after the time, whose it is the reader cannot tell
_TIME_THEN_WITH = re.compile(
    r"(?i)\b(?:next|last|this) (?:year|month|week|season|quarter|spring|summer|autumn|fall|winter) with\b"
)


def _bare_count_noun(word: str) -> bool:
    """'optimizer': a singular count noun that needs an article ('an optimizer'), never a mass noun or a plural."""
    low = word.lower()
    if low.endswith("s"):
        return False
    known = lemmas(low)
    # a word the lexicon lacks that names a machine or a person by its agent ending ('optimizer', 'debarker')
    return ("NOUN" in known and countable(low) is True) or (not known and low.endswith(("er", "or")))


def _hung_on_with(before: str) -> bool:
    """'… per run with lap timing versus sector times': the comparison hangs on a 'with' (the nearest preposition
    before it), so the reader cannot tell what is compared with what; 'plan firings for the January peak versus the
    March orders' compares two determined phrases and reads as English."""
    nearest = [w for w in words_of(before) if w in _PLAIN_PREPOSITIONS]
    return bool(nearest) and nearest[-1] == "with"


def _glued_pair(words: list[str]) -> bool:
    """'the start date after Easter and parking allowance': a determined phrase, a phrase after it, then 'and' and
    a bare singular count noun phrase that takes no article of its own."""
    if "and" not in words or words[0] not in DETERMINERS:
        return False
    at = words.index("and")
    before, after = words[1:at], words[at + 1 :]
    if not after or after[0] in DETERMINERS or not set(before) & _PLAIN_PREPOSITIONS:
        return False
    if set(after) & _PLAIN_PREPOSITIONS or len(after) > 3:
        return False
    last = after[-1]
    if last.endswith("s") or "NOUN" not in lemmas(last) or (len(after) == 1 and after[0].endswith("ing")):
        return False
    return countable(last) is True
