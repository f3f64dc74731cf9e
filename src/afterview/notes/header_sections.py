"""A header on a line of its own that says what the lines under it are: 'me:' or 'my stuff' (your highlights),
'said id send:' or 'owe them' (what you said you would send), 'news:' (the company's news), 'ppl:' (the people met,
read by person_lines.py). The lines under one run to a blank line or the next header.

Under a header of your own highlights, a line of shared ground that names one person met ('Rosa + me both grew up
in Tacoma') is that person's common ground, not a highlight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.notes.markdown import labels

_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s*")
# 'said id send', 'i promised', 'owe them', "i'll send her": a label of things to send, however it is said
_SEND_LABEL = re.compile(
    r"^(?:i )?(?:said (?:i d|id|i would|ill|i ll|i will|i d be sending) (?:send|get|email)|promised(?: to send)?|"
    r"owe(?: them| him| her)?|(?:ill|i ll|i will|will|to|gotta|need to) (?:send|get|email)(?: them| him| her)?|"
    r"to send (?:them|him|her)|sending|promises?|follow ups?|todo|to do|action items?)$"
)
_ME_LABEL = re.compile(
    r"^(?:me|about me|myself|mine|my stuff|my side|my points|what i said|what i told them|i said|i told them|"
    r"my answers|highlights?|my highlights?|talking points|selling points|my pitch|pitch|my wins|wins)$"
)
_HEADER = re.compile(r"^\s*(?:[-*•]\s*)?(?P<label>[A-Za-z][\w '’/-]{0,30}?)\s*[:\-–—]?\s*$")
# shared ground said with the one it is shared with: 'Rosa + me both …', 'Rosa and I both …', 'me & Rosa: same …'
_SHARED = re.compile(r"\b(?:both|same|too|also|in common|like me|as well)\b", re.I)
_MY_SIDE = re.compile(r"(?:\+|&|\band\b)\s*(?:me|i|myself)\b|\b(?:me|i)\s*(?:\+|&|and)\s", re.I)


def header_kind(line: str) -> str | None:
    """'highlights', 'requested' or 'news' for a bare header of those, else None."""
    found = _HEADER.match(line)
    if found is None:
        return None
    label = labels.norm(found.group("label"))
    if _ME_LABEL.match(label):
        return "highlights"
    if _SEND_LABEL.match(label):
        return "requested"
    if label in ("news", "company news", "their news"):
        return "news"
    return None


def send_label(label: str) -> bool:
    """'said id send', 'owe them', 'promised': a label of what you said you would send."""
    return bool(_SEND_LABEL.match(labels.norm(label)))


def under_headers(text: str) -> tuple[dict[int, str], dict[int, str]]:
    """({header line number: kind}, {number of a line under one: kind}), 1-based as `lines_of` counts lines."""
    from afterview.notes.person_lines import PEOPLE_HEADER
    from afterview.notes.problem_section import problem_header

    headers: dict[int, str] = {}
    under: dict[int, str] = {}
    rows = text.splitlines()
    for i, row in enumerate(rows):
        kind = header_kind(row)
        if kind is None:
            continue
        headers[i + 1] = kind
        for j in range(i + 1, len(rows)):
            nxt = rows[j]
            if not nxt.strip() or header_kind(nxt) or problem_header(nxt) == "" or PEOPLE_HEADER.match(nxt):
                break
            under[j + 1] = kind
    return headers, under


def shared_with(line: str, names: Sequence[str]) -> int | None:
    """Whose common ground a line of your own is: 'Rosa + me both grew up in Tacoma' names Rosa and says you both."""
    said = [n for n, name in enumerate(names) if re.search(rf"\b{re.escape(name.split()[0])}\b", line)]
    if len(said) != 1 or not _SHARED.search(line) or not _MY_SIDE.search(line):
        return None
    return said[0]


def item_of(line: str) -> str:
    """The line as an item: no bullet, and no aside after '!!' ('… last spring!! talked 5 min abt it')."""
    return re.split(r"!!+|\s+(?:lol|haha\w*)\b", _BULLET.sub("", line))[0].strip(" .!")
