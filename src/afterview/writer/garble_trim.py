"""What of a garbled noun phrase (writer/garbled.py) still reads as English: the phrase before its glue. Its own module,
since it asks the gate (writer/gate.py), which asks garbled.py: no import cycle (tests/test_architecture.py)."""

from __future__ import annotations

import re

from afterview.writer.garbled import garble
from afterview.writer.gate import reads_well
from afterview.writer.head_noun import keeps_point

_GLUE = re.compile(
    r"\s(?:versus|vs\.?|v\.|compares? (?:with|to))\s"
    r"|\swith (?:more than |over |about |around |nearly |some |up to |almost )?\d",
    re.I,
)
_AND = re.compile(r" and ")


def trimmed(text: str, item: str) -> str | None:
    """What of a garbled noun phrase still reads as English: the phrase before its glue ('the reference set for weld
    defects', 'logging more than 150 sensors per run', 'the start date after Easter'), when the gate passes it and it
    keeps the item's point; else None (the head noun phrase or nothing is said)."""
    glue = garble(text)
    if not glue or glue == "a possessive with nothing said of it":
        return None
    cut = _GLUE.search(text) if glue != "two noun phrases glued" else _AND.search(text)
    if glue == "a phrase hung on after its time":
        cut = re.search(r"\swith\b", text)  # 'projects coming next year' without what was hung on
    if not cut:
        return None
    kept = text[: cut.start()].strip()
    if kept.lower().startswith("how "):
        return None  # 'how Tern Bay wreck with cut-up': a clause with no verb left
    kept = re.sub(r"\s+with\b.*$", "", kept)  # 'per run with lap timing' loses the glued side too
    if kept.split() and kept.split()[-1].lower() == "with":
        return None
    if not reads_well(kept) or len(kept.split()) < 2:
        return None
    # a count hung on the end is the glue itself: the phrase before it is the item's point, its figure dropped
    figure_or_time = glue in ("a count hung on the end", "a phrase hung on after its time")
    return kept if figure_or_time or keeps_point(item, kept) else None
