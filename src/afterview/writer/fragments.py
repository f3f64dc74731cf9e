"""Notes fragments made into the shape a frame needs, or kept out of a frame that cannot hold them.

People jot "timber facades hard to get through building control" or "hail now bigger than
hurricane": a noun phrase and a predicate adjective with the verb left out. Pasted after "I keep
coming back to" it reads as notes; with its verb back ("timber facades are hard to get through
building control") it is a clause the writer's "that …" frames take.
"""

from __future__ import annotations

import re

from afterview.writer.phrasing import starts_with_past_verb
from afterview.writer.shapes import DETERMINERS, PREPOSITIONS, WH, is_clause, lemmas, words_of
from afterview.writer.shapes import FINITE as _FINITE

# Words that may stand between the noun and its adjective: "hail now bigger", "builds still slow".
_ADVERBS = {"now", "still", "often", "always", "usually", "very", "too", "so", "increasingly", "really", "quite",
            "much", "far", "sometimes", "mostly", "already", "getting", "becoming", "also"}  # fmt: skip
# What may follow the adjective so that it is said of the noun, not part of it.
_AFTER = {"to", "than", "for", "in", "on", "at", "with", "because", "when", "after", "during", "and", "but",
          "since", "across", "under", "without", "by", "from", "about", "as", "enough", "this", "these", "every",
          "again", "until", "before", "right", "most", "all", "each"}  # fmt: skip


_TIME_UNITS = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}


# words that make a following figure a span of time ('first 6 months', 'next 2 years'), not a duration said of a noun
_SPAN_WORDS = {"first", "last", "next", "initial", "final", "remaining"}


_HEAD_ENDS = frozenset({"for", "of", "on", "in", "at", "with", "per", "to", "from", "across", "between"})


def _duration(words: list[str]) -> bool:
    """'about 3 months …', '6 weeks …', 'roughly two years': how long something takes."""
    if words and words[0] in ("about", "roughly", "around", "nearly", "over", "almost"):
        words = words[1:]
    return len(words) >= 2 and (words[0][:1].isdigit() or words[0] in _NUMBER_WORDS) and words[1] in _TIME_UNITS


def _rate(words: list[str]) -> bool:
    """'about 38%', '38%': a share or a rate said of the noun before it."""
    if words and words[0] in ("about", "around", "roughly", "nearly", "only", "just", "under", "over", "almost"):
        words = words[1:]
    if len(words) == 3 and words[1] == "a" and words[2] in _TIME_UNITS:  # 'about 9% a year': a rate per year
        words = words[:1]
    return len(words) == 1 and bool(re.fullmatch(r"\d+(?:\.\d+)?%", words[0]))


_NUMBER_WORDS = {"a", "one", "two", "three", "four", "five", "six", "eight", "ten", "twelve", "several", "few"}


def _adjective(word: str) -> bool:
    found = lemmas(word)
    return "ADJ" in found and "NOUN" not in found


def _nominal(word: str, raw: str) -> bool:
    found = lemmas(word)
    return bool(raw[:1].isupper() or raw[:1].isdigit() or "NOUN" in found or not found)


def with_copula(text: str) -> tuple[str, str, str] | None:
    """'timber facades hard to get through building control' → 'timber facades are hard to get
    through building control'; 'hail now bigger than hurricane' → 'hail is now bigger than
    hurricane', as (noun phrase, verb, rest). None for a clause, a verb phrase or a plain noun
    phrase ('the new billing system')."""
    raw = text.split()
    words = words_of(text)
    if len(words) < 2 or words[0] in WH or words[0] in PREPOSITIONS:
        return None
    if is_clause(text) or starts_with_past_verb(text):
        return None
    for k in range(1, min(len(words), 7)):
        before = words[:k]
        if not all(w.isalpha() or w[:1].isdigit() or "-" in w for w in before):
            return None
        if not _nominal(before[-1], raw[k - 1]) or before[-1] in DETERMINERS or before[-1] in _ADVERBS:
            continue
        if any(w in _SPAN_WORDS for w in before):
            return None  # 'company dormitory first 6 months': a span of time the item is in, never what it takes
        at = next((i for i, w in enumerate(before) if i and w in ("now", "still")), None)
        if at is not None:  # 'guest mix now about 70% overseas' → 'guest mix is now about 70% overseas'
            if not _nominal(words[at - 1], raw[at - 1]) or words[at - 1] in DETERMINERS:
                return None
            many = words[at - 1].endswith("s") and not words[at - 1].endswith(("ss", "us", "is"))
            return " ".join(raw[:at]), "are" if many else "is", " ".join(raw[at:])
        # the head is the noun before a preposition: 'waitlist for custom seats ~11 wks' → 'the waitlist … takes'
        cut = next((i for i, w in enumerate(before) if i and w in _HEAD_ENDS), len(before))
        head = before[cut - 1]
        plural = (head.endswith("s") and not head.endswith(("ss", "us", "is"))) or "and" in before[:cut]
        if before[-1][:1].isdigit() and k > 1:
            continue  # 'pallet damage about 9% a year': a count, then the unit it is counted per, is no subject
        if _duration(words[k:]) and any(w in _TIME_UNITS for w in before):
            return None  # 'two days a week in the studio': an amount of time per week, not what something takes
        state = next((i for i, w in enumerate(before) if i and w in _OUT_OF_USE), None)
        if _duration(words[k:]) and state is not None:  # 'boats off hire ~2 wks': a state that lasts, never
            # what something takes ('boats off hire takes …') → 'boats are off hire for about 2 weeks'
            many = words[state - 1].endswith("s") and not words[state - 1].endswith(("ss", "us", "is"))
            return " ".join(raw[:state]), "are" if many else "is", " ".join([*raw[state:k], "for", *raw[k:]])
        if _duration(words[k:]):  # 'onboarding about 3 months' → 'onboarding takes about 3 months'
            return " ".join(raw[:k]), "take" if plural else "takes", " ".join(raw[k:])
        if _rate(words[k:]):  # 'donor retention about 38%' → '… is about 38%'
            return " ".join(raw[:k]), "are" if plural else "is", " ".join(raw[k:])
        j = k
        while j < len(words) and words[j] in _ADVERBS:
            j += 1
        if j >= len(words) or not _adjective(words[j]) or raw[j][:1].isupper() or words[j] in _NO_PREDICATE:
            continue  # 'new MA Economic & Social History': a capital makes the adjective part of a name
        # 'uncomfortable making asks': an adjective that takes a gerund; 'Listeria environmental monitoring' is a
        # noun phrase (the -ing word its head), never 'Listeria is environmental monitoring'
        after_ing = j + 1 < len(words) and words[j + 1].endswith("ing") and words[j] in _GERUND_ADJECTIVES
        if j + 1 < len(words) and words[j + 1] not in _AFTER and not raw[j].endswith(",") and not after_ing:
            continue
        verb = "are" if plural else "is"
        return " ".join(raw[:k]), verb, " ".join(raw[k:])
    return None


# Adjectives said before a gerund as their complement ('busy hiring', 'uncomfortable making asks', 'slow getting
# approvals'); any other adjective before an -ing word is a modifier of it ('environmental monitoring').
_GERUND_ADJECTIVES = frozenset(
    "busy uncomfortable comfortable worth slow quick hesitant nervous tired wary stuck bad good keen used new "
    "reluctant late fast great terrible awful".split()
)


# Words the tagger may read as adjectives that are no predicate after 'is': a particle ('AOG parts push checks
# out'), or 'after' of a time ('soum-level staff change after every election': the staff change, a verb; never 'the
# staff change is after every election').
_NO_PREDICATE = frozenset(("out", "off", "up", "after"))


# A thing out of use for a time: 'boats off hire', 'kiln out of action'.
_OUT_OF_USE = {"off", "out", "down", "offline", "idle", "closed", "shut"}


# Verbs that take a "that" clause: 'finding out that …', 'heard that …'.
_REPORTING = {"find", "found", "finding", "learn", "learned", "learnt", "learning", "hear", "heard", "hearing",
              "discover", "discovered", "discovering", "realise", "realised", "realize", "realized", "notice",
              "noticed", "know", "knew", "knowing", "out"}  # fmt: skip


def dangling_that(text: str) -> bool:
    """'finding out that bears season ticket holder': a "that" after a reporting verb with no clause
    after it (the verb of what was found out left out). No frame can hold it as it stands."""
    words = words_of(text)
    for n, word in enumerate(words[:-1]):
        if word == "that" and n > 0 and words[n - 1] in _REPORTING:
            rest = " ".join(text.split()[n + 1 :])
            return not _plainly_clause(rest) and with_copula(rest) is None
    return False


def _plainly_clause(text: str) -> bool:
    """A clause beyond doubt: a finite auxiliary, a pronoun or determiner subject, or a word that can only
    be a verb ('markdowns ate margin'); 'bears season ticket holder' (nouns all) is not one."""
    words = words_of(text)
    if not is_clause(text):
        return False
    if any(w in _FINITE for w in words) or words[0] in DETERMINERS or words[0] in _SUBJECTS:
        return True
    return any("VERB" in lemmas(w) and "NOUN" not in lemmas(w) and "ADJ" not in lemmas(w) for w in words[1:])


_SUBJECTS = {"i", "we", "they", "he", "she", "it", "you", "there"}
