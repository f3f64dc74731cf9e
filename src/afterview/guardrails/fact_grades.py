"""A letter grade the notes do not give: "an A+ rating" where the notes say "an A- rating". A grade is a fact like
a number (a rating, a score), and a sign or a letter off is a different fact. Reported under `facts`."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.support import notes_texts
from afterview.notes.model import Notes

# "A+", "AA-", "BBB+" (not "C++", not "C-suite", not "B-side")
_GRADE = re.compile(r"(?<![\w+&-])(?P<grade>[A-D]{1,3}[+-])(?![\w+-])")


def unsupported_grades(body: str, notes: Notes) -> list[Finding]:
    given = {m.group("grade") for t in notes_texts(notes) for m in _GRADE.finditer(t)}
    found = []
    for m in _GRADE.finditer(body):
        if m.group("grade") in given:
            continue
        hint = f" (they give {', '.join(sorted(given))})" if given else ""
        found.append(
            Finding(
                "facts",
                "error",
                "unsupported_grade",
                f"'{m.group('grade')}' is not a grade your notes give{hint}.",
                m.span("grade"),
                sorted(given)[0] if len(given) == 1 else None,
            )
        )
    return found
