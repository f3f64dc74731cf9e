"""'a' or 'an' by the sound a word starts with: the one rule english_form.py, object_article.py and frame_fit.py
share."""

from __future__ import annotations

import re

_VOWEL_SOUND = re.compile(r"^(?:[aeio]|u(?![nr]i|s[eu]|t[eiy])|hour|honest|honou?r|[fhlmnrsx][A-Z0-9]?\b)", re.I)


def article_for(word: str) -> str:
    """'a' or 'an' by the sound the word starts with ('an asset', 'a utility', 'an hour', 'a one-off')."""
    return "an" if _VOWEL_SOUND.match(word) and not word.lower().startswith(("one", "uni", "use", "eu")) else "a"
