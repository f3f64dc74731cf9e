"""Common ground jotted under a person, as people write it: 'also went to Western Illinois like me!!', 'grew up
in Dayton same as me', 'we both did Teach for America!!'. Exclamation marks after it are excitement, not an aside.
A cheer ('go leathernecks') is no topic of theirs: it is left for `new` to show as not read."""

from __future__ import annotations

import re

_SHARED = re.compile(
    r"\b(?:(?:just\s+)?like\s+me|same\s+as\s+me|(?:just\s+)?as\s+i\s+(?:did|do)|me\s+too)\s*$"
    r"|^(?:(?:she|he|they)\s+)?also\s+(?:went|grew|studied|played|lived|worked|coached|ran|is|was|did|loves?|"
    r"has|had|volunteers?|coaches|runs|plays|moved|came|from)\b"
    r"|^(?:we\s+)?both\s+\S|^we(?:'re|’re|\s+are|\s+were)\s+both\b"
    # 'same neighborhood basically (Bay View)', 'same alma mater', 'small world, mutual friend at Acme'
    r"|^(?:(?:we|and|also|literally|basically|even)\s+)*(?:went\s+to\s+|grew\s+up\s+in\s+|from\s+)?(?:the\s+)?"
    r"same\s+(?:[\w-]+\s+)?(?:neighbou?rhoods?|towns?|hometown|home\s+town|city|area|part\s+of\s+town|street|"
    r"block|school|high\s+school|college|university|uni|alma\s+mater|program|class|major|cohort|bootcamp|gym|"
    r"church|club|league|employer|company|hospital|base)\b"
    r"|\bknow(?:s)?\s+(?:the\s+)?same\s+(?:people|folks|person|crowd)\b"
    r"|^(?:(?:she|he|they)\s+)?(?:grew\s+up|lives?|lived|was\s+raised|went\s+to\s+school)\b.*"
    r"\b(?:near|close to|over from|down the street from|around the corner from|next door to)\s+(?:me|my|mine)\b"
    r"|\bsmall\s+world\b|\bmutual\s+(?:friends?|contacts?|connections?)\b|^(?:a\s+)?fellow\s+\w+"
    # 'he plays chess too', 'she roots for the Mariners as well (we argued about the bullpen)'
    r"|^(?:she|he|they)(?:'s|’s|'re|’re|\s+is|\s+was|\s+are)\s+(?:a|an|also)\s+[\w'’-]+.*\b(?:too|as\s+well)"
    r"\s*(?:\([^()]*\))?$"
    r"|^(?:she|he|they)\s+(?!(?:is|was|said|thinks|asked|wants|needs)\b)[\w'’-]+\s.*\b(?:too|as\s+well)"
    r"\s*(?:\([^()]*\))?$",
    re.I,
)
# laughter and cheer after it ('… lol', '… haha!!'): not part of what is shared
_LAUGH = re.compile(r"(?:\s*(?:\b(?:lol|lmao|haha+|hehe+|rofl)\b|[!.]+))+\s*$", re.I)
_CHEER = re.compile(r"^(?:go|roll|hook\s+em|war|fight\s+on)\s+[\w'’ .-]{2,40}?[!.]*$", re.I)


def common_ground(item: str) -> str | None:
    """The common ground a line says (a span of it, the '!!' and a leading 'she'/'he' left off), else None."""
    text = _LAUGH.sub("", item.strip()).strip()
    if not text or "?" in text or not _SHARED.search(text):
        return None
    return re.sub(
        r"^(?:(?:she|he|they)(?:'s|’s|'re|’re|\s+is|\s+was|\s+are)\s+|(?:she|he|they)\s+(?!both\b)|we\s+(?=both\b))",
        "",
        text,
        flags=re.I,
    )


def is_cheer(item: str) -> bool:
    """'go leathernecks', 'Roll Tide!': a cheer, said of no one."""
    return bool(_CHEER.match(item.strip()))
