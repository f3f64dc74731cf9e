"""A notes item's leading label read as what it is, not said as the item.

People jot 'her worry: the naturals taste different every week', 'Kenji: cupping calibration with the
farms', 'their main concern: churn in the first month'. The label is no topic: a person's name or a
possessive with a word for what was said ('her worry', 'his point') tells the writer whose it is and
what kind of item it is. A worry, a concern or a problem is a problem of theirs (a challenge), said with
its content; a point or an idea is a topic, said with its content. A label that names a thing ('their new
Cerrado lot: 86 pts?') stays: the thing is the topic.
"""

from __future__ import annotations

import re

_LABELLED = re.compile(r"^(?P<label>[^:]{1,40}?):\s+(?P<rest>\S.*)$")
# whose ('her', 'Kenji's', 'team's'), then any one word before the kind ('main', 'biggest', 'one')
_OWNER = r"(?:(?:her|his|their|your|the|our|[A-Z][\w'-]*'s?)\s+)?(?:\w+\s+)?"
_CONCERN = re.compile(
    rf"^{_OWNER}(?P<kind>worry|worries|concern|concerns|fear|fears|problem|problems|pain|pain point|headache|"
    r"frustration|issue|issues|challenge|challenges|struggle|bottleneck|gripe)$",
    re.I,
)
_SAID = re.compile(
    rf"^{_OWNER}(?P<kind>point|points|idea|ideas|question|questions|take|view|goal|goals|priority|priorities|"
    r"plan|plans|hope|hopes|ask|focus|vision|pitch|story|theme)$",
    re.I,
)


def unlabelled(item: str, names: tuple[str, ...] = ()) -> tuple[str, bool] | None:
    """The item without its label and whether the label makes it a problem of theirs: ('the Mantiqueira
    naturals taste different every week', True) for 'her worry: the Mantiqueira naturals …'; ('cupping
    calibration with the farms, Fridays', False) for 'Kenji: cupping …' written to Kenji. None when the
    item has no such label."""
    found = _LABELLED.match(item.strip())
    if not found:
        return None
    label, rest = found.group("label").strip(), found.group("rest").strip()
    if len(label.split()) > 4 or rest[:1].isdigit():
        return None  # 'hybrid: 3 days in the office', 'budget: $18M': a thing and its figure
    if _CONCERN.match(label):
        return rest, True
    if _SAID.match(label) or any(label.casefold() == n.casefold() for n in names if n) or _initialled(label, names):
        return rest, False
    return None


_TITLED_INITIAL = re.compile(r"^(?:prof|dr|mr|ms|mrs|mx)\.?\s+(?P<initial>[A-Z])\.?$", re.I)


def _initialled(label: str, names: tuple[str, ...]) -> bool:
    """'Prof V' or 'Dr K.' written about Prof. Lakshmi Venkataraman or Dr. Kim: a title and the initial of one
    of the person's names."""
    found = _TITLED_INITIAL.match(label)
    if not found:
        return False
    return any(n[:1].upper() == found.group("initial").upper() for n in names[1:] if n)


def split_labelled(topics: list[str], challenges: list[str], names: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Topics and challenges with their labels read: a topic labelled as a worry joins the challenges, first
    (the item the person stressed); every other labelled item keeps its place without the label."""
    kept: list[str] = []
    worries: list[str] = []
    for item in topics:
        found = unlabelled(item, names)
        if found and found[1]:
            worries.append(found[0])
        else:
            kept.append(found[0] if found else item)
    plain = [(found[0] if (found := unlabelled(c, names)) else c) for c in challenges]
    return kept, [*worries, *plain]
