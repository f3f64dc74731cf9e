"""A frame of explaining matched to what the item it holds is. "Thank you for explaining X", "for walking me through
X", "for your account of X" fit a process, a plan of work or a system; they do not fit:

- a state or a feeling ('the staff morale', 'winter readiness'): its head a mass noun, a quality in '-ness' or
  a state of people ('morale', 'workload');
- a lack ('no reserves policy yet' in the notes, said as 'the reserves policy'): nothing exists to explain;
- a date ('a December start'): it is decided, not explained (a timeline is a sequence of steps: it is walked
  through);
- people ('Dana and Marcus', the people the recruiter said the candidate would meet): a person is told about, never
  walked through or explained ('for telling me about Dana and Marcus').

Such a frame becomes 'talking about' (a lack with 'a', a state without 'the': 'for talking about staff morale',
'for talking about a reserves policy'); an item that is no noun phrase at all ('the show Bishkek': a place pasted
after a noun) leaves the sentence's 'and for …' part out, so the thanks before it stand alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from afterview.writer.english_form import article_for
from afterview.writer.np_article import BARE_SUBJECTS, MASS_MEASURES

_FRAME = re.compile(
    r"(?P<lead>,? and (?:thank you )?for |\bfor |\bto )"
    r"(?P<frame>explaining|walking me through|taking me through|going through|going over|your account of|"
    r"your explanation of|talk through|go through|go over) (?P<item>[^.!?]+?)"
    r"(?P<tail> with (?:me|you)| in such detail)?(?P<end>[.!?])"
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "spring summer autumn winter monday tuesday wednesday thursday friday"
).split()
# a point in time; a timeline or a timing is a sequence of steps, and is walked through ('the hiring timeline')
_DATED = frozenset("start date deadline".split())
_LACK = re.compile(r"\b(?:no|not|without|lack of|lacks?|lacking|missing|none)\b", re.I)
_CONTENT = re.compile(r"[a-z][a-z-]{2,}")
_PREPOSITIONS = frozenset("of for with at in on after from to into by about over under across".split())
# a state or a feeling, besides the mass nouns np_article knows and a quality in '-ness' ('readiness')
_STATES = frozenset(
    "morale mood culture trust confidence wellbeing well-being burnout fatigue workload pressure stress uncertainty "
    "goodwill reputation momentum".split()
)


def state(head: str) -> bool:
    """Whether a head noun names a state or a feeling ('morale', 'readiness', 'workload') or a mass ('staff')."""
    return head in BARE_SUBJECTS or head in MASS_MEASURES or head in _STATES or head.endswith("ness")


def _pasted_place(item: str) -> bool:
    """'the show Bishkek': a common noun with a place's name pasted after it, no preposition between."""
    words = item.split()
    inner = words[1:-1]
    return (
        len(words) >= 3
        and words[0] == "the"
        and re.fullmatch(r"[A-Z][a-z][\w-]*", words[-1]) is not None
        and all(w.islower() and w not in _PREPOSITIONS for w in inner)
    )


def _head(item: str) -> str:
    before = re.split(r"\s(?:of|for|with|at|in|on|after|from|to)\s", item, maxsplit=1)[0]
    return before.split()[-1].lower() if before.split() else ""


def _lacked(item: str, lacks: list[set[str]]) -> bool:
    words = set(_CONTENT.findall(item.lower())) - {"the"}
    return bool(words) and any(words <= lack for lack in lacks)


_PROPER = re.compile(r"[A-Z][a-z][\w'’-]*")


def people(item: str, known: frozenset[str]) -> bool:
    """'Dana and Marcus', 'Priya, Tom and Ines Ortega': names alone, two or more of them, or one the notes know as a
    person's ('Dana' of Dana Whitlock). 'AWS and GCP' (capitals) and 'the panel with Dana' (a noun first) are no
    list of people."""
    chunks = [c.strip() for c in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", item)]
    if not chunks or any(
        not c or len(c.split()) > 2 or not all(_PROPER.fullmatch(w) for w in c.split()) for c in chunks
    ):
        return False
    return len(chunks) >= 2 or any(w.casefold() in known for c in chunks for w in c.split())


def fitted(body: str, items: Iterable[str], persons: Iterable[str] = ()) -> str:
    """`body` with each explaining frame fitted to its item (module doc); `items` are the notes' items, where a
    lack is read ('no reserves policy yet'); `persons` the names of the people the notes name."""
    lacks = [set(_CONTENT.findall(i.lower())) for i in items if _LACK.search(i)]
    known = frozenset(w.casefold().rstrip(".") for name in persons for w in name.split() if len(w) > 2)

    def fit(found: re.Match[str]) -> str:
        if (found["lead"] == "to ") != found["frame"].startswith(("talk ", "go ")):
            return found[0]  # 'to explain' and 'for talk through' are other frames
        item, head = found["item"], _head(found["item"])
        talking = "talk about" if found["lead"] == "to " else "talking about"
        start = max(body.rfind(end, 0, found.start()) for end in ".!?\n")
        if talking == "talking about" and re.search(r"\btalk", body[start + 1 : found.start()], re.I):
            talking = "your thoughts on"  # 'Thank you for talking with me …, and for talking about …': said twice
        tail = found["tail"] or ""
        named, after = re.match(r"(.+?)((?:,? and (?:I|we)\b.*)?)$", item).groups()  # type: ignore[union-attr]
        if people(named, known):  # (a close may follow in the sentence: ', and I look forward to …')
            telling = "tell me about" if found["lead"] == "to " else "telling me about"
            return f"{found['lead']}{telling} {named}{after}{tail if after else ''}{found['end']}"
        if _pasted_place(item):
            return found["end"] if found["lead"].startswith((",", " and")) else found[0]
        if _lacked(item, lacks):
            bare = re.sub(r"^(?:the|your|their) ", "", item)
            return f"{found['lead']}{talking} {article_for(bare)} {bare}{tail}{found['end']}"
        mass = state(head)
        rest = item.split()[1:]
        if mass and item.startswith("the ") and all(w.islower() and w not in _PREPOSITIONS for w in rest):
            item = item[len("the ") :]  # 'the staff morale' → 'staff morale'; 'the morale of the crew' keeps it
        if mass or head in _DATED or head in _MONTHS:
            return f"{found['lead']}{talking} {item}{tail}{found['end']}"
        return found[0]

    return _FRAME.sub(fit, body)
