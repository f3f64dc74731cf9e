"""A predicate jotted without its verb ('the team short 2 people', 'turnover awful', 'your donor retention about
38%', 'pre-planning appointments up a lot since 2024'), which no frame can hold as written English.

Not one: a gerund's phrase, whose -ing form is the verb ('growing from 8 to 12 aircraft by 2028', 'designing
14 levels for Ember Road', 'keeping the house blend consistent'); a prepositional phrase with a number ('the
pilot retention after 2 hard seasons'); a measure after 'of' ('weekday occupancy of about 18%'); a name with
its number or year ('Food Safety Level 3', 'the Reykjavík half marathon 2025'); a clause with its own verb.
"""

from __future__ import annotations

import re

from afterview.writer.finite import _finite_verb, has_verb
from afterview.writer.shapes import DETERMINERS, FINITE, PREPOSITIONS, lemmas, words_of

_AMOUNT = re.compile(r"^~?[$€£¥]\d|^~?\d[\d,.]*%$")
_HEDGES = {"likely", "probably", "maybe", "possibly", "tbc", "tbd", "pending", "roughly"}
# words that say a figure is approximate: the verb before them ('is about 12%') is what notes leave out
_APPROXIMATE = {"about", "around", "roughly", "nearly", "only", "almost", "approximately"}
# -ing words that are only nouns in notes ('evening peak 17-20'), never a verb with its object
_ING_NOUNS = {"evening", "morning", "ceiling", "wedding", "sibling", "pudding", "lightning", "spring", "string"}
_FROM_TO = re.compile(r"\bfrom (?:about |around |nearly )?[\d.]+%? to (?:about |around |nearly )?[\d.]+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a noun and where it moved, jotted without its verb ('appointments up a lot since 2024', 'churn down 20%')
_MOVED = re.compile(
    r"(?P<noun>[a-z][\w-]*)\s+(?:up|down|flat)\s+"
    r"(?:a lot|a bit|sharply|again|since|from|by|over|this|last|about|\d|[$£€~])",
    re.I,
)


def gerund_at(words: list[str]) -> int | None:
    """Where a verb's -ing form stands that heads the phrase ('growing …', 'my experience designing …'): first,
    or straight after 'experience'; None when there is none."""
    for n, word in enumerate(words[:3]):
        heads = n == 0 or words[n - 1] == "experience"
        if heads and word.endswith("ing") and len(word) > 4 and "VERB" in lemmas(word) and word not in _ING_NOUNS:
            return None if _names_noun(words, n + 1) else n
    return None


def _names_noun(words: list[str], n: int) -> bool:
    """'casing inspection inconsistent', 'picking rate stuck': an -ing word that names the singular noun after it
    (no object: a word that is no noun follows, or nothing), not a gerund with its object ('keeping blacksmith
    apprenticeships alive', 'cutting seed mortality from 22% to 9%')."""
    nxt = words[n] if n < len(words) else ""
    found = lemmas(nxt)
    if not (nxt.isalpha() and not nxt.endswith("s") and "NOUN" in found and "ADJ" not in found):
        return False
    after = words[n + 1] if n + 1 < len(words) else ""
    found = lemmas(after)
    other = bool(found) and "NOUN" not in found  # 'inconsistent', not 'turnaround'
    return not after or (other and after not in PREPOSITIONS and after not in DETERMINERS)


def _verb_before(words: list[str], n: int, gerund: int | None) -> bool:
    """'takes' in 'the NCR backlog takes about 9 weeks', 'wait' in 'your crews wait about 2 weeks': the verb a
    figure after 'about' needs, right before it; not 'bridal orders about 60%', 'zirconia remakes about 8%', where
    a plural noun stands there with no article before its phrase."""
    prev = words[n - 1]
    found = lemmas(prev)
    if n - 1 == gerund or prev in FINITE or (set(found) == {"VERB"} and not prev.endswith("ing")):
        return True
    if prev in ("up", "down", "behind", "over"):
        return n >= 2 and words[n - 2] in FINITE  # 'how machines are down about 20%', not 'callouts up about 20%'
    if "VERB" not in found or prev.endswith("ing") or n < 3:
        return False
    if prev in found["VERB"]:  # a base form after a plural: 'crews wait', 'bookings drop'
        return words[n - 2].endswith("s") and not words[n - 2].endswith("ss")
    # an -s form after its subject with an article or possessive: 'your kiln cracks', 'the Sat evening wait takes'
    subject = words[max(0, n - 5) : n - 1]
    # not the object of a gerund: 'my experience cutting injury reports about 1 per 900 visits'
    phrase = any(w in PREPOSITIONS for w in subject) or (gerund is not None and gerund >= n - 5)
    return prev.endswith("s") and any(w in DETERMINERS for w in subject) and not phrase


def moved_without_verb(text: str) -> bool:
    """'appointments up a lot since 2024': a noun right before where it moved, no verb between ('sales are
    up 20%', 'the numbers went up since 2024' have theirs)."""
    for m in _MOVED.finditer(text):
        word = m.group("noun").lower()
        found = lemmas(word)
        verbal = word in FINITE or word.endswith("ed") or word in ("went", "gone", "go", "goes", "come", "came")
        if "NOUN" in found and not verbal and not ("VERB" in found and "NOUN" not in found):
            return True
    return False


def _predicate_at(words: list[str], raw: list[str], n: int) -> bool:
    """'short' in 'the team short 2 people', 'awful' in 'turnover awful': an adjective after a noun with a figure
    after it, or last, where the verb between them was left out."""
    number = n < len(words) - 1 and words[n + 1][:1].isdigit()
    found = lemmas(words[n])
    adjective = set(found) == {"ADJ"} or ("ADJ" in found and number)
    if not ("NOUN" in lemmas(words[n - 1]) and adjective and (number or n == len(words) - 1)):
        return False
    if words[n] in _APPROXIMATE:
        return not _verb_before(words, n, gerund_at(words))  # 'takes about 9 weeks', not 'remakes about 8%'
    if words[n] in ("first", "last", "next") and number:  # 'rotating weekends first 3 months': 'for the' left out
        return words[n - 1] not in PREPOSITIONS | DETERMINERS  # (not 'on their first 2 sea dives')
    if words[n] in PREPOSITIONS:
        return False  # 'the pilot retention after 2 hard seasons': a prepositional phrase
    if number and (_YEAR.match(words[n + 1]) or raw[n][:1].isupper()):
        return False  # 'the Colorado Springs half marathon 2025', 'Food Safety Level 3': a name and its number
    return not (words[n].endswith("ing") and "VERB" in found)  # 'designing 14 levels': a verb and its object


def predicate_problem(text: str, form: str) -> str | None:
    """Why `text` reads as a predicate without its verb (module doc), or None."""
    words = words_of(text)
    raw = text.split()
    gerund = gerund_at(words)
    verb = has_verb(text)
    for n in range(1, len(words) - 1):  # 'your collie Fern asleep under the desk': a predicate with no verb
        found = lemmas(words[n])
        after_noun = "NOUN" in lemmas(words[n - 1]) or raw[n - 1][:1].isupper()
        complement = gerund is not None and n > gerund  # 'keeping the puppets intact on the road'
        adjective = set(found) == {"ADJ"} and words[n + 1] in PREPOSITIONS - {"and", "or"}
        if form == "noun" and after_noun and adjective and not complement:
            return "a predicate without its verb"
    for n in range(1, len(words)):  # 'the team short 2 people', 'turnover awful': a predicate with no verb
        # a verb before it ('how the wait is short 2 days'), not the word itself nor one after ('the clinic short 3
        # nurses'); after 'about' the verb stands right before it (_verb_before); a gerund's object may hold a figure
        verbal = words[n] not in _APPROXIMATE and any(_finite_verb(words, k) for k in range(1, n))
        ordinal = words[n] in ("first", "last", "next", *_APPROXIMATE)
        if form == "noun" and _predicate_at(words, raw, n) and not verbal and (gerund is None or n < gerund or ordinal):
            return "a predicate without its verb"
    for n in range(len(words) - 1):  # 'partnership goal $6M in year 1': a figure after its noun, the verb left out
        noun = "NOUN" in lemmas(words[n]) and not words[n].endswith("ed") and words[n] not in FINITE
        # 'I cut batch cycle time 11%', 'cutting batch cycle time 11%': a verb before it says what the figure is
        verbal = any(w in FINITE or (w.endswith(("ing", "ed")) and "VERB" in lemmas(w)) for w in words[:n])
        if noun and _AMOUNT.match(raw[n + 1]) and words[n] not in PREPOSITIONS and not verbal and not verb:
            return "a figure without its verb"
    if form == "noun" and moved_without_verb(text):
        return "a predicate without its verb"  # 'pre-planning appointments up a lot since 2024'
    if form == "noun" and "not" in words[1:] and not verb:
        return "a predicate without its verb"  # 'front-of-kit sponsor not renewing after the 2026 season'
    if any(w in _HEDGES for w in words[1:]) and not verb:
        return "a predicate without its verb"  # 'the start date likely mid January'
    approximate = re.search(r"(?<!\bof )\b(?:about|around|roughly|nearly|only) [\d.]+%$", text)
    if approximate and not verb and form == "noun":
        return "a predicate without its verb"  # 'your donor retention about 38%' (not 'a retention of about 38%')
    if _FROM_TO.search(text) and not verb and form == "noun" and gerund is None:
        return "a result without its verb"  # 'wash line contamination from 6% to 2.5%' (not 'growing from 8 to 12')
    return None
