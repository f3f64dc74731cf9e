"""A highlight that names a measure by the state its items are in, then its count: 'failed payouts 3.2% -> 0.8%',
'missed deliveries 9% -> 3%', 'returned orders ~6%'. The participle before the plural noun is no verb of the
candidate's: 'I failed payouts from 3.2% to 0.8%' says the opposite of what the notes mean."""

from __future__ import annotations

import re

_METRIC_NAME = re.compile(
    r"^(?:failed|missed|delayed|damaged|returned|rejected|abandoned|cancell?ed|dropped|lost|disputed|flagged|escalated"
    r"|reopened|unresolved|spoiled|expired|declined|bounced|stalled|blocked|duplicated|misrouted|mislabell?ed|unpaid)"
    r" (?:[a-z-]+ ){0,2}[a-z-]+s (?:from )?[~≈]?[$£€]?\d",
    re.I,
)


def names_a_measure(text: str) -> bool:
    """'failed payouts 3.2% -> 0.8%' → True; 'cut failed payouts 3.2% -> 0.8%', 'lost 3 cellar hands' → False."""
    return bool(_METRIC_NAME.match(text))
