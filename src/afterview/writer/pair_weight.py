"""How strongly a highlight of the candidate's bears on an item the reader raised (a problem, a topic, a question):
the weight of what the two share, so the tie a thank-you makes is the strongest pair, never one everyday word.

- a content stem both use (after lemmatising, a jotted plural read as its singular: 'certs' ↔ 'cert-expiry'): 1;
  an everyday word of any workplace ('crew', 'team', 'customers', 'staff'): a quarter; a word of the job's own title
  or the company's name: nothing (everything in the notes shares it); a stem in three or more of the notes' items
  weighs half (`common`);
- a name both use ('Almaty', 'IRATA'): one more;
- a word family of relate.RELATED through different words ('lapse' ↔ 'expiry', 'queue' ↔ 'booking slots'): 1;
- a result that answers the problem (relate.answers: 'run time 9 hours -> 40 minutes' ↔ 'runs take overnight'): 1;
- one measure family (writer/measure_family.py: safety, time, throughput, quality …) that both speak of, with a
  change in numbers on the candidate's side ('2 near-misses last year' ↔ 'TRIR 2.1 -> 0.6'; 'changeover takes ~2 h'
  ↔ 'changeover 95 min -> 40 min'): 1.5, so a pair that shares a term too weighs more;
- a content stem of what the highlight's result counts (`counted`: '-> 0 lapsed tickets' ↔ '3 lapsed last yr', 'cut
  steam per tonne ~8%' ↔ 'the dryers eat too much steam'): a half more.

A measured result on the very quantity their item counts (one unit on both sides) is weighed by writer/tie_pair.py,
which knows the measures. A pair weighing under 1 is no tie.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from afterview.writer import relate
from afterview.writer.everyday_domains import RELATED
from afterview.writer.measure_family import shared_family
from afterview.writer.result_clause import ARROW

# words every workplace uses: shared alone, they say nothing about what the two items are about
EVERYDAY = frozenset(
    "crew team worker employee people member person tech technician operator customer client guest "
    "colleague hand folk whole idle job site field floor shift day hour week".split()
)
# verbs any item may use of anything ('found corrosion early' ↔ 'hard to find inspectors'): shared alone, they say
# nothing of the subject, so they weigh as everyday words do
LIGHT_VERBS = frozenset("find get make take keep give put go come hard want need try know see say tell".split())
# a time jotted short ('11 yrs', '2 hrs', 'Mon') or a month ('since Jan', 'done Jan', 'in March'): shared by anything
# dated, so it says nothing of what two items are about ('steel prices up since Jan' is no pair for a course done Jan)
_MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august september"
_SHORT_TIME = frozenset(
    f"yr hr min wk mo sec approx mon tue wed thu fri sat sun {_MONTHS} october november december".split()
)
# a team grown is hiring ('grew the team 40 -> 310' ↔ 'tutor hiring can't keep up'), said as the family's own word
_GROUP = r"(?:team|crew|staff|headcount|workforce)"
_GREW_TEAM = re.compile(
    rf"\b(?:grew|grown|grow|growing|scaled|doubled|tripled)\s+(?:the\s+|a\s+|our\s+|my\s+)?{_GROUP}\b"
    rf"|\b{_GROUP}\s+(?:grew|grown|doubled|tripled)\b",
    re.I,
)
# the object of a verb of change: 'cut steam per tonne', 'halved the reject rate'
_CHANGED = re.compile(
    r"\b(?:cut|halved|reduced|lowered|raised|doubled|tripled|trimmed|slashed|increased|grew)\s+"
    r"(?:the\s+|our\s+|their\s+|my\s+)?(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+?)"
    r"(?=\s+(?:of|per|by|from|to|at|in|on|for|with|w/)\b|\s+~?\d|\s*[,;(]|$)",
    re.I,
)
# the measure a jotted change moves: 'monthly donors 310 -> 1,150', 'sick-cover gaps 11/month -> 3/month'
_MOVED = re.compile(r"(?P<what>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+~?\d[\d.,]*\s*(?:%|/\w+)?\s*(?:->|→)")
_CAPITAL = re.compile(r"\b[A-Z][A-Za-z]*[A-Za-z]\b")


def _read(text: str) -> str:
    return _GREW_TEAM.sub("headcount", text)


def _singular(stem: str) -> str:
    plural = stem.endswith("s") and not stem.endswith(("ss", "us", "is")) and len(stem) > 3
    return stem[:-1] if plural else stem


def stems(text: str) -> set[str]:
    """The content stems of an item, a jotted plural the lemmatiser does not know read as its singular."""
    return {_singular(s) for s in relate.stems(_read(text))} - _SHORT_TIME


def _words(text: str) -> set[str]:
    found = set(re.findall(r"[a-z][a-z-]*", _read(text).lower()))
    found |= {part for word in found for part in word.split("-") if part}
    return found | {_singular(word) for word in found}


def _names(highlight: str, item: str) -> set[str]:
    """Names both use: a word the highlight capitalises past its first ('5 yrs in Almaty') that the item uses too."""
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", item)}
    return {n.lower() for n in _CAPITAL.findall(highlight.split(" ", 1)[-1])} & said - _SHORT_TIME  # 'Jan' names no one


def families(mine: str, theirs: str, quiet: frozenset[str] = frozenset()) -> int:
    """Word families both items name through different words ('lapse' ↔ 'expiry'); never through a word of the job's
    own (`quiet`: 'electrician' in 'Electrician Apprentice' is of one family with every 'wiring' the notes jot)."""
    a, b = _words(mine) - quiet, _words(theirs) - quiet
    return sum(1 for group in RELATED if a & group and b & group and (a & group) != (b & group))


def counted(highlight: str) -> str:
    """What the highlight's result counts: what follows its arrow, the measure a change moves ('donors 310 -> 1,150'),
    the object of a verb of change with a number ('cut steam per tonne ~8%': steam; 'cut p99 latency of the refunds
    API by 40%': p99 latency, never the refunds)."""
    found = [ARROW.split(highlight, maxsplit=1)[1]] if ARROW.search(highlight) else []
    found += [m.group("what") for m in _MOVED.finditer(highlight)]
    if re.search(r"\d", highlight):
        found += [m.group("what") for m in _CHANGED.finditer(highlight)]
    return " ".join(found)


def same_family(a: str, b: str) -> bool:
    """Whether two texts name one word family at all ('our team grew' is read as headcount: ↔ 'hiring')."""
    wa, wb = _words(a), _words(b)
    return any(wa & group and wb & group for group in RELATED)


def common_stems(items: Iterable[str]) -> frozenset[str]:
    """The stems three or more of the notes' items use: the notes' own subject, shared by nearly every pair."""
    counts = Counter(s for item in items for s in stems(item))
    return frozenset(s for s, n in counts.items() if n >= 3)


def job_stems(*texts: str) -> frozenset[str]:
    """The stems of the job's title and the company's name (and the names themselves), which weigh nothing."""
    return frozenset(s for text in texts for s in stems(text) | {w.lower() for w in re.findall(r"[A-Za-z]+", text)})


def weigh(
    highlight: str, item: str, *, quiet: frozenset[str] = frozenset(), common: frozenset[str] = frozenset()
) -> float:
    """How strongly `highlight` bears on their `item` (see the module's doc)."""
    shared = stems(highlight) & stems(item)
    total = 0.0
    for stem in shared - quiet:
        weight = 0.25 if _everyday(stem) else 1.0
        total += weight / 2 if stem in common else weight
    total += len((_names(highlight, item) & shared) - quiet)
    total += families(highlight, item, quiet)
    total += 1 if relate.answers(highlight, item) else 0  # a result that answers it: a speed-up ↔ 'too slow'
    total += 1.5 if shared_family(highlight, item, quiet) else 0  # one measure, in other words or units
    result = counted(highlight)
    if any(not _everyday(s) for s in (stems(result) & shared) - quiet):
        total += 0.5
    return total


def _everyday(stem: str) -> bool:
    return stem in EVERYDAY or _singular(stem) in EVERYDAY or stem in LIGHT_VERBS


def one_everyday_word(highlight: str, item: str, quiet: frozenset[str] = frozenset()) -> bool:
    """Whether all a pair shares is everyday words of any workplace ('a crew of 14' ↔ 'idle whole crews')."""
    shared = (stems(highlight) & stems(item)) - quiet
    return bool(shared) and all(_everyday(s) for s in shared) and not families(highlight, item, quiet)
