"""The names a notes file's comments hold ('# panel at the Rosebank office'): the candidate wrote them, so a
draft that names the office's suburb names nothing it invented. Comments are no field of the notes (nothing is
drafted from them); the loader remembers their capitalised words beside the Notes object it returns."""

from __future__ import annotations

import re

from afterview.notes.model import Notes

# A '#' comment, whole-line or after a value ("  - topic  # aside"), as YAML and TOML write them.
_COMMENT = re.compile(r"(?:^|\s)#(?P<said>[^\n]*)", re.M)
_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*\b")
_SEEN: dict[int, tuple[Notes, frozenset[str]]] = {}
_KEEP = 64


def remember(notes: Notes, text: str, kind: str) -> None:
    """Note the capitalised words of `text`'s comments for `notes` (YAML and TOML; other forms have none)."""
    if kind not in ("yaml", "toml"):
        return
    said = " ".join(m.group("said") for m in _COMMENT.finditer(text))
    if not said.strip():
        return
    if len(_SEEN) >= _KEEP:
        _SEEN.clear()
    _SEEN[id(notes)] = (notes, frozenset(w.lower() for w in _NAME.findall(said)))


def comment_names(notes: Notes) -> frozenset[str]:
    """The lower-cased capitalised words of the comments of the file `notes` was read from (none if unknown)."""
    hit = _SEEN.get(id(notes))
    return hit[1] if hit is not None and hit[0] is notes else frozenset()
