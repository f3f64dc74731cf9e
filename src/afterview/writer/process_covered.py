"""What a recruiter walked the candidate through, named in a thank-you to them: the stages of the process and the
start they want ('the 2-stage process, final w/ the ops director', 'start date - they want someone in Jan' → 'the
two-stage process, with a final round with the operations director, and a January start'). A recruiter's thank-you
that says only "for explaining the start date" could go to any candidate; only what these shapes read is said.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.draft import DraftRequest
from afterview.vocabulary import Kind, Role
from afterview.writer.shorthand import prose
from afterview.writer.stages import counted

# 'final with the operations director', 'final round w/ the CEO': who the last round is with
_FINAL = re.compile(r"\bfinal(?:\s+(?:round|interview|stage))?\s+with\s+(?P<who>(?:the\s+)?[\w ]{3,40}?)\s*$", re.I)
_MONTHS = "January February March April May June July August September October November December".split()
_START = re.compile(
    r"\bstart\w*\b.*?\b(?P<m>" + "|".join(_MONTHS) + r")\b|\b(?P<m2>" + "|".join(_MONTHS) + r") start\b"
)


def _stages(item: str) -> str | None:
    text = prose(item)
    found = counted(text)
    said = found[0].said() if found else None
    if not found or not said:
        return None
    final = _FINAL.search(text[found[1] :])
    return f"{said}, with a final round with {final['who']}," if final else said


def _start(item: str) -> str | None:
    found = _START.search(prose(item))
    return f"a {found['m'] or found['m2']} start" if found else None


def covered(topics: list[str], named: str = "") -> str | None:
    """The stages and the start a recruiter's topics set out, as one noun phrase; None when no stages are read. A start
    alone stands in only for the topic `named` as a bare start ('the start date'), never for another topic."""
    stages = next((s for t in topics if (s := _stages(t))), None)
    start = next((s for t in topics if (s := _start(t))), None)
    if stages and start:  # 'the two-stage process, with a final round with X, and a January start'
        return f"{stages} and {start}"
    if stages:
        return stages.rstrip(",")
    return start if start and re.search(r"\bstart\b", named) else None


def with_process_covered(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """A recruiter's thank-you names the process and the start they covered in place of a topic named bare ('the
    start date'); any other note, or one whose topic already says something, as it was."""
    person, context = request.planned.to, {**context, "process_said": False}
    if request.planned.kind is not Kind.thank_you or person.role is not Role.recruiter or context.get("topic_says"):
        return context
    said = covered(list(person.topics), str(context.get("topic") or ""))
    if not said or not context.get("topic"):
        return context
    return {**context, "topic": said, "topic2": None, "process_said": True}
