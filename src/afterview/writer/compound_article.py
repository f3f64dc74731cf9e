"""Two noun phrases notes jot without the article a sentence needs, said with it:

- a compound of common nouns after a preposition of topic or place ('your account of … reporting line into board
  risk committee', 'our talk about parking policy study', 'ran socials for university MTB club'; after 'for', three
  words or more, since 'for data entry' is a purpose): two or more lower-case words (an acronym inside counts)
  headed by a singular count noun that names a thing, not an activity or a field, is one thing the reader knows, so
  'the'. A single noun after a preposition is often an idiom ('on paper', 'by phone') and stays; so does a field
  ('about quality control', 'in customer service': heads in `_FIELDS`, or abstract ones, 'rotation', 'revision').
- a money figure used as a modifier ('on closing USD 1.2bn ABS', 'won $48M car park contract'): a figure before a
  singular noun is a description of one thing, so 'a' right after a verb ('on closing a USD 1.2bn ABS') and 'the'
  right after a preposition ('congratulations on $48M car park win' → 'on the $48M car park win': one the reader
  knows). A figure alone ('raised $2M'), before a plural ('$41k in overcharges', '$2M savings'), before a time
  ('raised $2M last year') or after a determiner ('the $2M campaign') stays.
"""

from __future__ import annotations

import re

from afterview.writer.lemma import lemmas

_THE_AFTER = frozenset("about into onto with of".split())
# heads that name a field or a service, said with no article however long the compound ('in customer service')
_FIELDS = frozenset(
    "control service care support assurance chain health safety security science engineering design law policy "
    "practice medicine nursing work".split()
)
_DETERMINERS = frozenset(
    "a an the my our your their his her its this that these those each every another any some no one".split()
)


def compound_after_preposition(preposition: str, run: list[str], singular_count: bool, abstract: bool) -> bool:
    """Whether a bare compound `run` after `preposition` takes 'the' (module doc, first rule)."""
    least = 3 if preposition.lower() == "for" else 2  # 'for data entry' is a purpose; 'for university MTB club' a thing
    if preposition.lower() not in _THE_AFTER | {"for"} or len(run) < least or not run[0].islower():
        return False
    if not run[-1].islower() or not all(w.islower() or w.isupper() for w in run):
        return False  # an acronym inside ('university MTB club') is a word of the compound; a name ends it
    head = run[-1].lower()
    return singular_count and not abstract and head not in _FIELDS and head.rsplit("-", 1)[-1] not in _FIELDS


# a money figure and the nouns it describes: 'USD 1.2bn ABS', '$48M multi-deck car park', '€2m contract'
_MONEY_NP = re.compile(
    r"(?P<lead>\b[A-Za-z]+) (?P<np>(?:(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|JPY|INR|SGD) ?|[$€£¥₹])\d[\d.,]*"
    r"(?:\s?(?:k|m|bn|b|mn|million|billion|thousand)\b|[kKmMbB]\b)?\s+(?P<noun>(?:[A-Za-z][\w-]* ){0,3}?)"
    r"(?P<head>[A-Za-z][\w-]*))(?=[\s.,;:!?)]|$)"
)
_VERBISH = re.compile(r"(?:ed|ing)$|^(?:won|built|ran|made|led|set|got|took|brought|began|hit|grew|raised|cut|sold)$")
_PREPOSITION = frozenset("on for about with of in at from to into after over".split())


def money_article(sentence: str) -> str:
    """`sentence` with a money figure used as a modifier given its article (module doc, second rule)."""

    def one(found: re.Match[str]) -> str:
        lead, head = found["lead"], found["head"]
        words = found["np"].split()
        if lead.lower() in _DETERMINERS or lead[:1].isdigit() or "in" in words or "of" in words:
            return found[0]  # 'the $2M campaign', '$41k in overcharges'
        plural = head.endswith("s") and not head.isupper() and not head.endswith(("ss", "us", "is"))
        if plural or not all(_nounlike(w) for w in [*found["noun"].split(), head]):
            return found[0]  # '$2M savings', 'saved $2M annually'
        if lead.lower() in _PREPOSITION:
            article = "the"
        elif _VERBISH.search(lead.lower()):
            article = "a"
        else:
            return found[0]
        return f"{lead} {article} {found['np']}"

    return _MONEY_NP.sub(one, sentence)


def _nounlike(word: str) -> bool:
    """A word of a noun phrase: a name or an acronym ('ABS', 'Series'), or one the dictionary knows as a noun or an
    adjective ('multi-deck', 'car', 'park'); never a preposition or an adverb ('over', 'annually')."""
    if word[:1].isupper():
        return True
    found = lemmas(word.lower().rsplit("-", 1)[-1])
    return bool({"NOUN", "ADJ"} & set(found)) and word.lower() not in _PREPOSITION | _WHEN


# words that say when, never what: 'raised $2M last year', '$5k a month'
_WHEN = frozenset("last next this each every per a an year month week day quarter season annually".split())
