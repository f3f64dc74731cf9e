"""The verb of a jotted 'how …' clause that the tagger read as a plural noun.

'how night shift hands over press issues to day shift', 'how finance books freight costs to each plant', 'how the
planner orders spares': after 'how' a clause is expected, and a word that is both a plural noun and a verb's -s form
('hands', 'books', 'orders', 'runs', 'plans', 'tracks' …), after the subject's noun and before a particle or an object,
is its verb. Read as a noun, the item was named by a truncated noun phrase ('the night shift hands'); read as the verb,
it is said as the clause it is, with the articles a sentence needs ('how the night shift hands over press issues to
the day shift'), or not at all. Only a clause after a wh-word is read so: in a noun phrase ('the press issues
report') the same word is a noun.
"""

from __future__ import annotations

from afterview.writer.lemma import lemmas

# what follows a phrasal verb ('hands over', 'signs off') or a verb's object
PARTICLES = frozenset("over off up out down back in on through around away across".split())
_OBJECT_START = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"})
# a department or a mass noun stands as a subject with no article ('finance books …', 'QA records …')
_BARE_SUBJECTS = frozenset(
    "finance sales marketing ops operations hr it qa legal procurement payroll engineering maintenance production "
    "quality purchasing security compliance logistics support management leadership staff everyone nobody".split()
)
_DETERMINERS = frozenset("the a an my our your their his her its this that these those each every some any no".split())


def dual(word: str) -> bool:
    """A word that is both a plural noun and a verb's -s form ('hands', 'books', 'orders')."""
    low = word.lower()
    if not low.isalpha() or not low.endswith("s") or low.endswith("ss"):
        return False
    found = lemmas(low)
    return "NOUN" in found and "VERB" in found


def verb_at(words: list[str], pos: list[str]) -> int | None:
    """Where the verb of a clause jotted after a wh-word stands, when the tagger read it as a noun: a dual word after
    the subject's noun, before a particle or an object, with no finite verb tagged before it; else None."""
    for n in range(1, len(words) - 1):
        if pos[n] in ("VERB", "AUX") and not _nominal(words[n], pos[n]):
            return None  # a verb is read already
        after = words[n + 1].lower()
        follows = after in PARTICLES or pos[n + 1] in _OBJECT_START
        if pos[n] == "NOUN" and _nominal(words[n - 1], pos[n - 1]) and dual(words[n]) and follows:
            return None if _plural_subject(words, n) else n
    return None


def _nominal(word: str, pos: str) -> bool:
    """A noun, a name, or a noun in -ing the tagger read as a verb ('housekeeping', 'planning')."""
    return pos in ("NOUN", "PROPN") or (word.lower().endswith("ing") and "NOUN" in lemmas(word.lower()))


def _plural_subject(words: list[str], n: int) -> bool:
    """'how design reviews work (in practice)': the dual word is the plural subject of a base-form verb after it, which
    ends the clause or comes before a preposition."""
    after = words[n + 1].lower()
    if after in PARTICLES or not after.isalpha() or after not in lemmas(after).get("VERB", ()):
        return False
    return n + 2 == len(words) or words[n + 2].lower() in _PREPOSITIONS


_PREPOSITIONS = frozenset("in on at for of to from with by about over under during across into".split())


def retag_verb(words: list[str], pos: list[str], form: list[str]) -> tuple[list[str], list[str]]:
    """`pos` and `form` with the clause's verb (`verb_at`) read as a finite verb, its particle as one."""
    at = verb_at(words, pos)
    if at is None:
        return pos, form
    pos, form = list(pos), list(form)
    pos[at], form[at] = "VERB", "Fin"
    if pos[at - 1] == "VERB":  # 'housekeeping plans …': the subject the tagger read as a participle
        pos[at - 1], form[at - 1] = "NOUN", "-"
    if at + 1 < len(words) and words[at + 1].lower() in PARTICLES:
        pos[at + 1] = "ADP"
    return pos, form


def _count_phrase(words: list[str]) -> bool:
    """A lower-case singular noun phrase jotted without its article ('night shift', 'day shift')."""
    if not words or words[0].lower() in _DETERMINERS or words[-1].lower() in _BARE_SUBJECTS:
        return False
    head = words[-1]
    if not all(w.isalpha() and w.islower() for w in words) or head.endswith("s") or "NOUN" not in lemmas(head):
        return False
    from afterview.writer.countable import countable

    return countable(head) is True  # 'the day shift', never 'the housekeeping'


def said_clause(item: str) -> str | None:
    """'how night shift hands over press issues to day shift' → 'how the night shift hands over press issues to the
    day shift': the wh-item whose verb the tagger read as a noun, with 'the' before a bare singular subject and before
    a bare singular after 'to'/'from'/'between'; None for any other item."""
    from afterview.writer.tagger import tags, tokens

    words = item.split()
    if len(words) < 4 or words[0].lower() not in ("how", "why", "where", "when", "what"):
        return None
    rest = words[1:]
    found = tags(tokens(" ".join(rest)))
    if found is None or len(found) != len(rest):
        return None
    pos = [t.partition("|")[0] for t in found]
    at = verb_at(rest, pos)
    if at is None:
        return None
    subject, verb, tail = rest[:at], rest[at], rest[at + 1 :]
    if _count_phrase(subject):
        subject = ["the", *subject]
    out: list[str] = []
    n = 0
    while n < len(tail):
        out.append(tail[n])
        if tail[n].lower() in ("to", "from", "between", "with"):
            run = []
            for word in tail[n + 1 :]:
                if not (word.isalpha() and word.islower()) or word.lower() in _DETERMINERS:
                    break
                run.append(word)
            if run and _count_phrase(run):
                out.append("the")
        n += 1
    return " ".join([words[0], *subject, verb, *out])
