"""Names afterview gives the files and folders it writes: ASCII, short in bytes, never two alike.

A person's name becomes a slug (`Tomás Ibarra` → `tomas-ibarra`): accents are dropped by
Unicode decomposition, everything that is not a letter or digit separates words, and the
result is ASCII so every mail client, zip tool and shell handles it. Names that end up
alike (`Mary-Ann Lee` / `Mary Ann Lee`, `Dana Lee` / `Dana Lee.`) get `-2`, `-3`, … in the
order the notes list them, so the same notes always give the same names (the edit-safe
manifest relies on that), and a name that leaves no ASCII at all (`李娜`, an emoji) gets a
short hash of itself instead.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterview.notes.model import Notes

# A file's stem (before .new2, .v3 and the extension) stays within this many bytes; with
# afterview's temporary-file prefix and suffix that is far below the usual 255-byte limit.
STEM_BYTES = 100
KIND_BYTES = 17  # "feedback_request-": the longest message kind and its separator
PERSON_BYTES = STEM_BYTES - KIND_BYTES

# Letters NFKD does not take apart into a base letter and a mark.
_LETTERS = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l"}
    | {"Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "ħ": "h", "Ħ": "H"}
)
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


def transliterate(text: str, keep: str = "") -> str:
    """`text` in ASCII: accents dropped (`Tomás` → `Tomas`), what has no ASCII form left out, and
    every other character that is not a letter, a digit or in `keep` (a zero-width space too) a space."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    kept = "".join(c if c.isalnum() or c in keep else " " for c in decomposed if not unicodedata.combining(c))
    return kept.encode("ascii", "ignore").decode()


def _cut(text: str, limit: int) -> str:
    return text[:limit].rstrip("-._")


def person_slug(name: str, limit: int = PERSON_BYTES) -> str:
    """`Dr. Anna Kim` → `dr-anna-kim`; `Tomás` → `tomas`; nothing ASCII left → `person-` and a hash."""
    slug = _cut("-".join(re.findall(r"[a-z0-9]+", transliterate(name).lower())), limit)
    return slug or f"person-{hashlib.sha256(name.encode()).hexdigest()[:8]}"


def unique(bases: Iterable[str], limit: int) -> list[str]:
    """The same names, with `-2`, `-3`, … added (in order) to every one already taken.

    Names are compared case-blind (macOS and Windows folders are), and a name that is taken
    by a later entry as it stands is never handed out as a suffixed one.
    """
    wanted = list(bases)
    counts: dict[str, int] = {}
    for base in wanted:
        counts[base.casefold()] = counts.get(base.casefold(), 0) + 1
    taken = {key for key, count in counts.items() if count == 1}
    names: list[str] = []
    for base in wanted:
        if counts[base.casefold()] == 1:
            names.append(base)
            continue
        number = 1
        candidate = base
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{_cut(base, limit - len(str(number)) - 1)}-{number}"
        taken.add(candidate.casefold())
        names.append(candidate)
    return names


def person_slugs(names: Iterable[str]) -> dict[str, str]:
    """One slug per person, never two alike, in the order given (the notes' order)."""
    people = list(dict.fromkeys(names))
    return dict(zip(people, unique((person_slug(n) for n in people), PERSON_BYTES), strict=True))


def folder_name(text: str, limit: int = STEM_BYTES) -> str:
    """A folder name from a path's parts: ASCII letters and digits joined by `-` (never hidden, never `..`)."""
    name = "-".join(re.findall(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)*", transliterate(text, keep="_")))
    name = _cut(name, limit) or "notes"
    if name.split(".")[0].lower() in _WINDOWS_RESERVED:
        name = f"{name}-notes"
    return name


def file_stems(notes: Notes, messages: Iterable[tuple[str, str]]) -> list[str]:
    """`KIND-PERSON` for each (kind, interviewer name), in order; never two alike.

    The person part comes from every interviewer in the notes, not only those drafted for,
    so `--to` or `--kind` never renames a file (`thank_you-mary-ann-lee-2.txt` stays that).
    """
    slugs = person_slugs(i.name for i in notes.interviewers)
    return unique((f"{kind}-{slugs.get(to) or person_slug(to)}" for kind, to in messages), STEM_BYTES)
