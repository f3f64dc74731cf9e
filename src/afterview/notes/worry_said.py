"""A problem jotted with its owner's feeling about it ('she's worried abt staff training', 'he's nervous about the
Koha cutover', 'they're concerned that only 2 people know the system'): the problem is what follows the feeling. The
feeling is theirs to say, never a message's to say back to them ('your point that you're worried about …')."""

from __future__ import annotations

import re

_FEELING = re.compile(
    r"^(?:(?:she|he|they|the team|the manager|everyone)(?:'s|’s|'re|’re|\s+is|\s+are|\s+was|\s+were|\s+seemed|"
    r"\s+seems)?\s+)?(?:(?:a\s+bit|a\s+little|really|very|v\.?|super|quite|pretty|kinda|rly|most|mostly)\s+)?"
    r"(?:worried|concerned|anxious|nervous|stressed|uneasy|scared|afraid|fearful)\s+"
    r"(?:abt|about|re:?|over|with|by|of|that|the)\s+(?P<what>\S.*)$",
    re.I,
)


def without_feeling(item: str) -> str:
    """'she's worried abt staff training' → 'staff training'; other text as it is."""
    found = _FEELING.match(item.strip())
    if found is None:
        return item
    what = found.group("what").strip(" .!")
    return what if len(what.split()) >= 1 else item
