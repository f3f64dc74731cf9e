"""The names a notes file's comments hold ('# panel at the Rosebank office'): the candidate wrote them, so a
draft that names the office's suburb names nothing it invented. Comments are no field of the notes (nothing is
drafted from them); the loader remembers their capitalised words beside the Notes object it returns, and whether
they say the company asked not to be chased (a note then offers no call), and the comment lines themselves
(how a name is said there: `notes/name_said.py`)."""

from __future__ import annotations

import re

from afterview.notes.model import Notes

# A '#' comment, whole-line or after a value ("  - topic  # aside"), as YAML and TOML write them.
_COMMENT = re.compile(r"(?:^|\s)#(?P<said>[^\n]*)", re.M)
_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*\b")
# 'please don't chase us', 'no need to follow up': the company asks the candidate not to get in touch
_NO_CHASE = re.compile(
    r"\b(?:don'?t|do not|no need to|not to|please don'?t)\s+(?:chase|follow[ -]up|call|ring|email|e-mail)\b", re.I
)
_SEEN: dict[int, tuple[Notes, frozenset[str]]] = {}
_QUIET: dict[int, Notes] = {}
_LINES: dict[int, tuple[Notes, tuple[str, ...]]] = {}
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
        _QUIET.clear()
        _LINES.clear()
    if _NO_CHASE.search(said):
        _QUIET[id(notes)] = notes
    _SEEN[id(notes)] = (notes, frozenset(w.lower() for w in _NAME.findall(said)))
    _LINES[id(notes)] = (notes, tuple(m.group("said").strip() for m in _COMMENT.finditer(text)))


def comment_names(notes: Notes) -> frozenset[str]:
    """The lower-cased capitalised words of the comments of the file `notes` was read from (none if unknown)."""
    hit = _SEEN.get(id(notes))
    return hit[1] if hit is not None and hit[0] is notes else frozenset()


def comment_lines(notes: Notes) -> tuple[str, ...]:
    """The comments of the file `notes` was read from, one a line ('Kinjo-san joined for the last 20 min'): how
    the candidate speaks of the people, which says how a name is said (none if unknown)."""
    hit = _LINES.get(id(notes))
    return hit[1] if hit is not None and hit[0] is notes else ()


def asks_no_chase(notes: Notes) -> bool:
    """Whether the comments of the file `notes` was read from say the company asked not to be chased ('please don't
    chase us'): nothing is drafted from it, but no note offers a call or a further meeting."""
    return _QUIET.get(id(notes)) is notes
