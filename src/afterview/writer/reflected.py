"""Notes items as the reflection worksheet says them to the candidate: whole, in a form its question holds, or by
their head noun phrase, or not at all. The worksheet speaks to the candidate ("you") about the interviewer ("they"),
so the candidate's own words turn to "you"/"your" and the team's "their" stays: 'his q - how would I cut importer
claims for bruising' → 'asked how you would cut importer claims for bruising'; 'water for the washing line -
drought, well quota cut again' → 'what they described about the water for the washing line' (the thing, never called
the problem); 'hiring local - ~40% of staff live within 50 km' is named whole or left out, never 'the hiring local'."""

from __future__ import annotations

import re

from afterview.writer.adapt import clause_form, experience_noun, topic
from afterview.writer.gate import reads_well
from afterview.writer.head_noun import keeps_point, short_noun
from afterview.writer.headline import noun_article
from afterview.writer.phrase_kind import fits
from afterview.writer.shapes import DETERMINERS, PREPOSITIONS, WH, lemmas
from afterview.writer.their_question import their_question

# the candidate's side, said to the candidate
_TO_CANDIDATE = (
    (re.compile(r"\bI\b"), "you"),
    (re.compile(r"\bI'm\b"), "you're"),
    (re.compile(r"\bI've\b"), "you've"),
    (re.compile(r"\b[Mm]y\b"), "your"),
    (re.compile(r"\b[Mm]ine\b"), "yours"),
    (re.compile(r"\b[Mm]e\b"), "you"),
    (re.compile(r"\b[Mm]yself\b"), "yourself"),
)
_ASIDE = re.compile(r"[()\[\]:;\"]|\s[-–—>]|->|→|=|\?|/")


def to_candidate(text: str) -> str:
    for pattern, said in _TO_CANDIDATE:
        text = pattern.sub(said, text)
    return text


# 'the scouts only cover Helsinki', 'thermals too strong': an adverb of a predicate, not of a noun phrase ('the only …')
_PREDICATE_ADVERBS = frozenset("only still too often always never usually mostly rarely already just".split())
_PARTICLES = frozenset("out up down off back".split())


def _predicate(text: str) -> bool:
    """Whether a phrase the tagger reads as a noun phrase says a clause's predicate: 'water temp drifts in the pool',
    'battery drop out at night', 'windows stop work', 'prefecture cutting the allowance', 'the scouts only cover …'.
    A noun-phrase frame ('tied … to X') would garble it; the reflection leaves it out."""
    words = [w.lower().strip(",.") for w in text.split()]
    for n, word in enumerate(words[1:], start=1):
        before = words[n - 1]
        after = words[n + 1] if n + 1 < len(words) else ""
        if word in _PREDICATE_ADVERBS and before not in DETERMINERS:
            return True
        if before in DETERMINERS or before in PREPOSITIONS or "VERB" not in lemmas(word):
            continue
        if after in _PARTICLES or (word.endswith("ing") and after in DETERMINERS):
            return True  # 'battery drop out', 'prefecture cutting the club's allowance'
        if word.endswith("s") and not before.endswith("s") and after in PREPOSITIONS - {"and", "or", "of"}:
            return True  # 'water temp drifts in the pool': a singular subject and its verb
        if before.endswith("s") and not before.endswith("ss") and word in lemmas(word)["VERB"] and after:
            return True  # 'windows stop work': a plural subject and its verb
    return False


def _names_enough(item: str, said: str) -> bool:
    """One bare word named for a longer item ('the night' for 'night -> day handoffs get lost') names nothing."""
    words = [w for w in said.split() if w.lower() not in DETERMINERS]
    return len(words) > 1 or len(item.split()) < 4


def _whole(said: str | None) -> bool:
    """A phrase with nothing of the notes' jotting left in it: no bracket, colon, dash, arrow or question mark."""
    return bool(said) and not _ASIDE.search(said or "")


def asked(item: str) -> str | None:
    """'her q - how would I onboard a new ward clerk?' → 'how you would onboard a new ward clerk'; None when the item
    is no question of theirs that can be said back."""
    said = their_question(item)
    return to_candidate(said) if said and _whole(said) else None


def problem(item: str) -> dict[str, str] | None:
    """Their problem in the frame it fits: its own clause ('point': 'analysts burn out on night rotation'), a noun
    phrase that says it whole ('noun': 'foaming in the letdown step'), or only the thing it is about ('about': 'the
    work packages', which is no challenge by itself); None when none reads."""
    clause = clause_form(item, to_owner=False)
    if clause and _whole(clause) and reads_well(clause, "clause") and keeps_point(item, clause):
        return {"point": to_candidate(clause), "noun": "", "about": ""}
    said = _said_whole(item, problem=True)
    if said and not _names_enough(item, said):
        said = None
    if said and _ASIDE.search(item):  # 'water for the washing line - drought, quota cut': the thing, not the problem
        return {"point": "", "noun": "", "about": said}
    if said:
        return {"point": "", "noun": said, "about": ""}
    named = _named(item)
    return {"point": "", "noun": "", "about": named} if named and _names_enough(item, named) else None


def _said_whole(item: str, *, problem: bool = False) -> str | None:
    """The item said whole as a noun phrase; a problem, often jotted as a clause, also never as a predicate."""
    said = topic(item, to_owner=False)
    if not said or said.lower().startswith(tuple(f"{w} " for w in WH)) or not _whole(said):
        return None  # a 'how …' clause's subject is not its topic
    if (problem and _predicate(said)) or not (reads_well(said) and keeps_point(item, said)):
        return None
    return to_candidate(noun_article(said))


def _named(item: str) -> str | None:
    if (item.split() or [""])[0].lower() in WH:
        return None
    short = short_noun(item)
    named = noun_article(short) if short else None
    if not (named and _whole(named) and fits(named, "noun")) or _predicate(named):
        return None
    return to_candidate(named)


def noun_phrase(item: str) -> str | None:
    """The item as a noun phrase that reads after 'brought up' or 'tied … to': said whole when it reads as written
    English and keeps its point, else named by its head noun phrase, else None. A 'how/why …' item is a clause whose
    subject is not its topic: said whole or not at all."""
    said = _said_whole(item)
    if said:
        return said
    named = _named(item)
    return named if named and keeps_point(item, named) else None


def clause_topic(item: str) -> str | None:
    """A topic that reads after 'brought up': a noun phrase, or a 'how …' clause said whole."""
    said = topic(item, to_owner=False)
    if said and said.lower().startswith("how ") and _whole(said) and reads_well(said) and keeps_point(item, said):
        return to_candidate(said)
    return noun_phrase(item)


# 'my experience leading …', 'my four years as …': what the candidate did; never a role jotted as theirs ('my dean of
# students at …') nor a pastime ('my plays đàn bầu')
_YOURS = re.compile(r"^my (?:experience |[\w-]+ (?:years?|seasons?|summers?|months?)'? )")


def strongest(item: str) -> str | None:
    """The candidate's highlight as 'your experience …' says it ('your experience leading the Kafka migration'), else
    None when that does not read whole."""
    noun = experience_noun(item)  # a head noun alone ('the RFI group') would not say what the candidate did
    if noun and _YOURS.match(noun) and _whole(noun) and reads_well(noun):
        return to_candidate(noun)
    return None
