"""What a read-back fix takes out of a person's list: a fix replaces the kind it names ('the Koha migration; coding
club' replaces what was read as their topics), and an item it drops that was never that kind at all — the company's
news, your own experience, read there by mistake — is kept where it belongs and said; any other item dropped is said
too ('left out of Kirsty's topics: …'), so a correction changes only what it names and nothing goes without a word."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_LABEL = {"topics": "talked about", "challenges": "challenges", "rapport": "in common"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.casefold()) if len(w) > 2}


def dropped_by_fix(
    say: Callable[[str], None], first: str, before: dict[str, list[str]], person: dict[str, Any], data: dict[str, Any]
) -> None:
    """`before`: the person's lists before the fix; `person`: after it. An item in no list of theirs now (by most of
    its words) is re-homed by its kind, or said as left out."""
    from afterview.notes.import_fit import kinds_of
    from afterview.notes.news_said import news_said

    now = set().union(*(_words(v) for k in _LABEL for v in person.get(k) or []))
    for key, items in before.items():
        for item in items:
            want = _words(item)
            if not want or len(want & now) >= 0.6 * len(want):
                continue  # still theirs, in other words or under another kind
            kinds = kinds_of(item)
            # only news said as news ('they opened a depot in Leeds') is re-homed: a garbled line the fix replaced
            # ('partner) - went thru benefits …') is dropped, and said, never filed as news
            if news_said(item):
                data.setdefault("company", {}).setdefault("news", []).append(item)
                say(f"  kept as company news: {item}")
            elif kinds == {"your experience"} and re.match(r"(?i)(?:i|my|i['’]ve|i['’]d)\b", item):
                data.setdefault("candidate", {}).setdefault("highlights", []).append(item)
                say(f"  kept as your highlight: {item}")
            else:
                say(f"  left out of {first}'s {_LABEL.get(key, key)}: {item}")
