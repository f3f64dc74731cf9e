"""A company's news jotted as a passive participle ('booked by BBC Wales for a radio drama', 'shortlisted for
Brewery of the Year'): the company is what was booked, so a sentence gives it its auxiliary ("X was booked by …")
and a congratulation says "on being booked by …", never "on booking by …" (run28: ungrammatical)."""

from __future__ import annotations

import re

# a verb whose participle, followed by a preposition, tells what was done to the company (an award, a list, a
# choice); 'by' and a name after any participle names who did it ('increased by 20%' is no agent)
_CHOSEN = (
    r"shortlisted|named|selected|chosen|nominated|featured|ranked|listed|voted|invited|certified|accredited|"
    r"recognised|recognized|commissioned|hired|booked|approved|awarded|contracted|appointed|picked|profiled"
)
_PASSIVE = re.compile(
    rf"^(?i:[a-z]+ed|[a-z]+en|chosen|built|made|sold|bought)\s+by\s+(?:the\s+)?[A-Z]"
    rf"|^(?i:{_CHOSEN})\s+(?i:for|as|in|among|on|to|at|into)\s+\S"
    # a grade given to the company: 'rated Good by Ofsted', 'graded Outstanding', 'named Employer of the Year by …'
    r"|^(?i:rated|graded|judged|named|voted|ranked)\s+(?:[A-Z\"'][\w'\"-]*|of|the)(?:\s+(?:[A-Z\"'][\w'\"-]*|of|the)){0,4}"
    r"(?:\s+by\s+(?:the\s+)?[A-Z]|\s*$)"
)


def passive_participle(text: str) -> bool:
    """'booked by BBC Cymru Wales for a drama', 'named among the top 10 employers': done to the company; 'opened
    a second site', 'moved to a new yard' (the company acted) are not."""
    return bool(_PASSIVE.match(text.strip()))
