"""A note to yourself inside what you said you would send: 'my tracker template (scrub Crossroads info first)',
'the deck - NB remove pricing slide', 'references [ask Jo before sending]'. It is an instruction to you, never part
of what is sent, so it is taken out of the item (and said back as kept aside); a bracket that describes the thing
('(blank version)', '(PDF)') stays.
"""

from __future__ import annotations

import re
from typing import Any

_VERB = (
    r"scrub|remove|redact|strip|delete|take\s+out|blank\s+out|black\s+out|anonymi[sz]e|clean(?:\s+up)?|check|"
    r"double[\s-]?check|update|fix|proofread|edit|trim|cut|ask|confirm|find|dig\s+up|dust\s+off|make\s+sure|"
    r"don'?t\s+forget|do\s+not\s+forget|remember|need\s+to|have\s+to|gotta|must|should|hide|rename|shorten|tidy"
)
# what a bracket says when it is an instruction: a marker, an imperative, or something to do before it goes
_INSTRUCTION = re.compile(
    rf"^\s*(?:(?:nb|n\.b\.|note to self|to self|reminder|memo|todo|to do|me)\b[:\s-]*|(?:{_VERB})\b)"
    r"|\b(?:first|beforehand|before\s+(?:sending|i\s+send|it\s+goes|that|then)|b4\s+sending)\s*[.!]?\s*$",
    re.I,
)
_BRACKET = re.compile(r"\s*(?:\((?P<round>[^()]*)\)|\[(?P<square>[^\[\]]*)\])")
# ' - NB remove the pricing slide', '; note to self: …', ' NB: …': a marker, and the rest of the item
_TRAILING = re.compile(r"\s*(?:[-–—;,]\s*)?\b(?:NB|N\.B\.|note to self|reminder to self)\b[:\s-]*(?P<note>.*)$", re.I)


def without_notes_to_self(item: str) -> tuple[str, list[str]]:
    """(the item without the notes to yourself in it, the notes taken out)."""
    notes: list[str] = []

    def _drop(found: re.Match[str]) -> str:
        said = found.group("round") if found.group("round") is not None else found.group("square")
        if _INSTRUCTION.search(said or ""):
            notes.append(said.strip())
            return ""
        return found.group(0)

    kept = _BRACKET.sub(_drop, item)
    trailing = _TRAILING.search(kept)
    if trailing and kept[: trailing.start()].strip():
        notes.append(trailing.group("note").strip(" .") or trailing.group(0).strip())
        kept = kept[: trailing.start()]
    kept = " ".join(kept.split()).strip(" ,;-–—")
    return (kept, notes) if kept else (item, [])


def clean_requested(data: dict[str, Any]) -> list[str]:
    """Each thing to send in notes data without the notes to yourself in it; the notes taken out."""
    notes: list[str] = []
    for holder in [data, *(data.get("interviewers") or [])]:
        items = holder.get("requested") or []
        kept = []
        for item in items:
            thing, dropped = without_notes_to_self(item)
            kept.append(thing)
            notes += dropped
        if items:
            holder["requested"] = kept
    return notes
