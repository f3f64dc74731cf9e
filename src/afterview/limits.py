"""Length limits per message kind and channel (SPEC 2), shared by the writers and the checks."""

from __future__ import annotations

import re

from afterview.vocabulary import Channel, Kind

SUBJECT_MAX_CHARS = 60
LINKEDIN_MAX_CHARS = 300
# Below this share of a kind's minimum words a message is too thin to send as it is (the length check's error);
# between it and the minimum, a little short is worth a look (a warning).
THIN = 2 / 3

# (kind, channel) → (min words, max words) of the body.
WORDS: dict[tuple[Kind, Channel], tuple[int, int]] = {
    (Kind.thank_you, Channel.email): (90, 200),
    (Kind.thank_you, Channel.handwritten): (40, 110),
    (Kind.status_check, Channel.email): (50, 150),
    (Kind.feedback_request, Channel.email): (40, 120),
}


def word_range(kind: Kind, channel: Channel) -> tuple[int, int] | None:
    """None where the limit is in characters (LinkedIn) rather than words."""
    return WORDS.get((kind, channel))


# A word: letters or digits, with inner apostrophes, hyphens, dots or '&' ("on-call", "Tomás",
# "p99", "40%"), the way a reader counts them. Writers and the length check share it.
WORD = re.compile(r"[^\W_](?:[\w'\u2019&.-]*[^\W_])?%?")


def word_count(text: str) -> int:
    return len(WORD.findall(text))
