"""The article a jotting dropped, put back where it becomes a clause: a singular count noun with no determiner at the
end of a clause, after a preposition ('how I'd report ops KPIs to board?' → 'how I would report operations KPIs to
the board'; 'how I'd handle complaints at front desk' → '… at the front desk'), or straight after the clause's verb
('the board wants monthly operations dashboard' → 'the board wants a monthly operations dashboard'; 'staff night
shift' → 'staff the night shift').

Notes drop articles ("board wants dashboard"); a sentence cannot. Only what the notes' words already say is changed:
the noun itself stays; an idiom that takes no article ('at home', 'on time', 'by hand', 'in person', 'at night') and a
name, a plural, a mass noun or a phrase with its own determiner stay as they are.
"""

from __future__ import annotations

import re

_PREPOSITIONS = "to|at|on|in|for|with|from|into|across|onto|over|under|by|through|around|behind|inside|within"
# idioms that take no article: 'at home', 'on time', 'in person', 'by hand', 'at night', 'on site', 'in house'
_IDIOMS = frozenset(
    "time home work hand night person site house school bed hospital town court foot car bus train email phone "
    "duty stage air day week winter summer spring autumn fall paper".split()
)
_PREP_IDIOMS = frozenset(
    ("on board", "on call", "on line", "on track", "on target", "on schedule", "on hold", "on shift", "on budget",
     "in charge", "in line", "in office", "in stock", "in place", "in hand", "at scale", "to scale", "at risk",
     "to date", "by design")
)  # fmt: skip
# a function or process named by its head ('through building control', 'into quality assurance', 'for customer
# support'): an office or an activity, said with no article after a preposition
_FUNCTION_HEADS = frozenset(
    "control management maintenance compliance planning procurement support security safety production assurance "
    "regulation inspection approval certification onboarding scheduling sales marketing finance engineering design "
    "development testing training research customs immigration payroll accounting service delivery".split()
)
_DETERMINERS = frozenset(
    "a an the my our your their his her its this that these those some any no each every all both another "
    "me us it them you him one".split()
)
_TAIL = re.compile(rf"\b(?P<prep>{_PREPOSITIONS}) (?P<np>(?:[a-z][a-z-]* ){{0,2}}[a-z]+)$")
# 'the board wants monthly operations dashboard': a subject, a present verb, a bare singular object at the end
_WANTS = re.compile(
    r"^(?P<lead>(?:how |that |whether |why )?)(?P<head>(?:the |our |my |their |a )?[\w-]+(?: [\w-]+)? "
    r"(?:wants|needs|lacks|has|gets|uses|runs|is getting|is building|is planning|plans|expects))"
    r"\s+(?P<np>(?:[a-z][a-z-]* ){0,2}[a-z]+)$"
)


def _vowel_sound(word: str) -> bool:
    return bool(re.match(r"(?i)[aeio]|u(?!ni|se|su|tens)|hour|honest", word))


def _takes_the(np: str, prep: str) -> bool:
    from afterview.writer.gate import bare_count

    words = np.split()
    head = words[-1]
    if words[0] in _DETERMINERS or not bare_count(head) or any(not w.isalpha() and "-" not in w for w in words):
        return False
    if len(words) == 1 and (head in _IDIOMS or f"{prep} {head}" in _PREP_IDIOMS):
        return False
    if prep and head in _FUNCTION_HEADS:
        return False
    # every word before the head a modifier, never a verb or an adverb ('to report fast' is no noun phrase)
    from afterview.writer.lemma import lemmas

    return all("NOUN" in lemmas(w) or "ADJ" in lemmas(w) for w in words[:-1])


def with_articles(clause: str) -> str:
    """`clause` with the article a bare singular count noun at its end needs; unchanged where none is missing."""
    text = clause.rstrip()
    wants = _WANTS.match(text)
    if wants and _takes_the(wants.group("np"), ""):
        np, head = wants.group("np"), wants.group("head")
        subject = head.split()[0]
        if len(head.split()) == 2 and _takes_the(subject, ""):  # 'owner wants …' → 'the owner wants …'
            head = "the " + head
        return f"{wants.group('lead')}{head} {'an' if _vowel_sound(np) else 'a'} {np}"
    tail = _TAIL.search(text)
    if tail and _takes_the(tail.group("np"), tail.group("prep")):
        np = tail.group("np")
        # 'deal with difficult parent': one of a kind, described ('a difficult parent'); a place or a body is the one
        # they have ('to the board', 'on the ward', 'at the front desk')
        described = tail.group("prep") == "with" and len(np.split()) > 1
        article = ("an " if _vowel_sound(np) else "a ") if described else "the "
        return text[: tail.start("np")] + article + np
    return text if text != clause.rstrip() else clause


# nouns the tagger counts that a deed names as a field or a mass ('led research on', 'ran support for', 'did outreach
# to'): said bare after the verb
_MASS_OBJECTS = _FUNCTION_HEADS | frozenset(
    "research inventory support payroll design feedback staff outreach safety code strategy data software "
    "equipment content work training".split()
)
_DEED_OBJECT = re.compile(r"^(?P<lead>I [a-z-]+ )(?P<noun>[a-z]+)(?P<rest> (?:of|on|for|in|at|with|about|across)\b.*)$")


def deed_object(clause: str) -> str:
    """`clause` ('I managed team of 12 welders', 'I co-authored chapter on double materiality') with the article its
    bare singular object lost in the jotting ('I managed a team of 12 welders'); unchanged where the object has its
    own determiner or modifier, is plural or a mass noun, or no preposition follows it."""
    from afterview.writer.gate import bare_count

    found = _DEED_OBJECT.match(clause)
    if not found or found.group("noun") in _MASS_OBJECTS or found.group("noun") in _DETERMINERS:
        return clause
    noun = found.group("noun")
    if not bare_count(noun) or noun.endswith("s"):
        return clause
    return f"{found.group('lead')}{'an' if _vowel_sound(noun) else 'a'} {noun}{found.group('rest')}"
