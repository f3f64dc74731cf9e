"""Notes pasted into `afterview new`, read offline into notes data: the Markdown conventions when the
paste follows them, else what code reads in free text (paste_free_text.py, which reads it in turns; what the
reading gives, `Pasted`, in pasted.py).

Every value is a span of the paste, checked as `import` checks what it keeps (importing.check_facts):
nothing is guessed, and what the paste does not say is left for the questions.
"""

from __future__ import annotations

import re
from datetime import date

from afterview.errors import NotesError
from afterview.notes.free_text import call_in_head, formats_named
from afterview.notes.paste_free_text import read_free_text
from afterview.notes.pasted import Pasted

__all__ = ["MAX_PASTE", "Pasted", "read_paste"]

MAX_PASTE = 20_000  # characters: a page or two of notes


def read_paste(text: str, today: date) -> Pasted:
    """What the paste says, as notes data; nothing at all when nothing in it can be read."""
    pasted = _read(text[:MAX_PASTE], today)
    if pasted.data.get("position"):  # 'Development Assoc' → 'Development Associate', read back as such
        from afterview.notes.title_words import written_out

        position = written_out(str(pasted.data["position"]))
        if position == position.lower():  # 'taproom mgr' → 'Taproom Manager': a job's name, said with its capitals
            small = {"of", "and", "for", "the", "a", "an", "in", "to", "at", "on"}
            words = position.split()
            position = " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
        pasted.data["position"] = position
    pasted.format_doubt = pasted.how == "free text" and len(formats_named(text[:MAX_PASTE])) > 1
    held = (pasted.data.get("interview") or {}).get("format")
    pasted.call_said = pasted.how == "free text" and not held and call_in_head(text[:MAX_PASTE])
    if not (pasted.data.get("interview") or {}).get("timezone"):
        from afterview.notes.place_zones import zone_in_notes

        names = [p["name"] for p in pasted.data.get("interviewers") or []]
        names += [(pasted.data.get("candidate") or {}).get("name") or ""]
        pasted.zone_said = zone_in_notes(text[:MAX_PASTE], [n for n in names if n])
    return pasted


def _read(text: str, today: date) -> Pasted:
    problem = ""
    if re.search(r"^#{1,6}\s+\S", text, re.M):
        from afterview.notes.markdown.reader import parse_markdown

        try:
            data, _ = parse_markdown(text, "your notes")
        except NotesError as exc:
            problem = str(exc.problems[0]) if exc.problems else str(exc)
        else:
            return Pasted(data, "markdown")
    pasted = read_free_text(text, today)
    pasted.problem = problem
    return pasted
