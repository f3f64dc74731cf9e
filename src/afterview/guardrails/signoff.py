"""A doubled sign-off: the candidate signs twice ("Thanks again, Jordan." and then "Best regards, Jordan"),
a seam a generated draft leaves when it writes its own closing above the one it was given. Reported under
`fluency` as a warning."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.notes.model import Notes
from afterview.notes.names import name_parts

_CLOSING_LINES = 4


def doubled_signoff(draft: Draft, notes: Notes) -> list[Finding]:
    parts = [p for p in name_parts(notes.candidate.name) if len(p) >= 2]
    if not parts:
        return []
    name = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in parts) + r")\b")
    # the last sentence of each of the closing lines: "... stayed with me. Thanks again, Jordan."
    lines = _last_sentences(draft.body)
    closing = [m for m in lines[-_CLOSING_LINES:] if name.search(m.group("last")) and len(m.group("last").split()) <= 6]
    if len(closing) < 2:
        return []
    first = closing[0]
    return [
        Finding(
            "fluency",
            "warning",
            "doubled_signoff",
            f"You sign off twice ('{first.group('last').strip()}' and '{closing[-1].group('last').strip()}').",
            first.span("last"),
            "Keep one closing and one signature.",
        )
    ]


_LAST = re.compile(r"(?P<last>[^.!?\n]+[.!?]?)[ \t]*$")


def _last_sentences(body: str) -> list[re.Match[str]]:
    """Each non-blank line's last sentence (group 'last'), searched line by line: one regex over the whole body
    with a lazy prefix backtracked through every line."""
    out = []
    pos = 0
    for raw in body.split("\n"):
        if raw.strip():
            # the search starts just after the line's last stop but one (no earlier start can match): linear, not
            # a lazy prefix tried from every position of a long line
            body_end = len(raw.rstrip(" \t"))
            stops = [i for i, ch in enumerate(raw[: max(0, body_end - 1)]) if ch in ".!?"]
            start = stops[-1] + 1 if stops else 0
            m = _LAST.search(body, pos + start, pos + len(raw))
            if m is not None:
                out.append(m)
        pos += len(raw) + 1
    return out
