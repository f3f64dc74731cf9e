"""A problem stated as a measure that no clause of theirs holds ('Kali Ombak queue >90 min on weekends'), named by
what it measures ('You mentioned the Kali Ombak queue.') so the candidate's result that counts the same thing can
answer it; never a clause cut short, a time or a name with a number in it."""

from __future__ import annotations

from itertools import pairwise

from afterview.writer import adapt, problem_said
from afterview.writer.gate import has_verb
from afterview.writer.lemma import lemmas
from afterview.writer.measure import NUMBER
from afterview.writer.problem_measure import measure_as_jotted
from afterview.writer.shapes import classify

_DETERMINERS = frozenset("the a an their our its his her my your this that these those".split())
_WHEN = frozenset(
    "last this next every each monday tuesday wednesday thursday friday saturday sunday weekday weekend morning "
    "evening night summer winter spring autumn fall".split()
)


def by_its_measure(item: str) -> str | None:
    """A problem stated as a measure that no clause holds ('Kali Ombak queue >90 min on weekends'), named by what it
    measures ('You mentioned the Kali Ombak queue.'): the measure a noun phrase, never a clause cut short."""
    named = measure_as_jotted(item)
    if not named or classify(named) != "noun" or has_verb(named) or NUMBER.search(named):
        return None
    words = named.lower().split()
    last = words[-1].split("-")[-1]
    if words[0] in _WHEN or (last.endswith(("ed", "ing")) and "VERB" in lemmas(last)):
        return None  # 'last season …', 'Saturday mornings: …' say when; 'lessons double-booked' is a clause cut short
    if any(w.endswith("ing") and "VERB" in lemmas(w) and after in _DETERMINERS for w, after in pairwise(words[1:])):
        return None  # 'prefecture cutting the club's water allowance': a clause, not a measure's name
    if len(words) == 1 and "VERB" in lemmas(words[0]):
        return None  # 'need 6 new techs': a verb, not a measure's name
    return problem_said.named_problem(adapt.topic(named))
