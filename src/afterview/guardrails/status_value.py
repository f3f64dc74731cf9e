"""What a status check may add besides its ask, said in a way the notes' words cannot be matched against.

- their news congratulated ("Congratulations on opening the new office"): the news is the value, even when its
  details are wrong (a wrong place or product is the facts check's to report, not a missing piece of value);
- something the writer has done since the interview ("I've been practising edge work at home since our chat",
  "Since we spoke, I have completed the dbt course"): not waiting, wondering or staying interested.
"""

from __future__ import annotations

import re

_CONGRATS = re.compile(r"\b(?:congratulat\w*|congrats|well done on|kudos on)\b", re.I)
# a first-person deed in the perfect, tied to the interview by 'since'
_SINCE = r"since (?:our|the|my|we|you|last)\b"
_IDLE = (
    r"(?:thinking|thought|wonder\w*|waiting|waited|looking|reflect\w*|remain\w*|been (?:very |really |so |even )?"
    r"(?:interested|excited|keen|eager|enthusiastic|curious)|kept (?:thinking|wondering)|hoping|hoped)"
)
_NOT_IDLE = rf"(?! (?:(?:also|now|just|really|since|already) )?(?:been )?{_IDLE}\b)"
_DONE = re.compile(
    rf"\bI(?:'ve|\u2019ve| have){_NOT_IDLE}(?: (?:also|now|since|already|just|recently))?"
    r" (?:been )?[a-z]+(?:ed|ing|t|en)\b"
    rf"[^.!?]{{0,80}}\b{_SINCE}"
    rf"|\b{_SINCE}[^.!?,]{{0,40}},? I(?:'ve|\u2019ve| have){_NOT_IDLE}(?: (?:also|now|already|just|recently))?"
    r" (?:been )?[a-z]+(?:ed|ing|t|en)\b",
    re.I,
)


def adds_value_in_own_words(body: str) -> bool:
    """Whether the body congratulates them on news or tells something done since the interview."""
    return bool(_CONGRATS.search(body) or _DONE.search(body))
