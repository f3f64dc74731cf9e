"""What a status check may add besides its ask, said in a way the notes' words cannot be matched against.

- their news congratulated ("Congratulations on opening the new office"): the news is the value, even when its
  details are wrong (a wrong place or product is the facts check's to report, not a missing piece of value);
- something the writer has done since the interview ("I've been practising edge work at home since our chat",
  "Since we spoke, I have completed the dbt course"): not waiting, wondering or staying interested;
- (checks50) an offer of material that helps them decide ("I'm happy to send references if that would help", "I can
  share a sample of my rota plans"): something for the reader, not only a wait; an offer to "answer questions" or to
  "talk" adds nothing.
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


_MATERIAL = (
    r"(?:references?|referees?|portfolio|samples?|certificates?|certifications?|transcripts?|work samples?|examples?"
    r"|case stud(?:y|ies)|write-?ups?|reports?|documents?|documentation|copies|a copy|drawings|photos|plans?|CV|résumé)"
)
_OFFER_MATERIAL = re.compile(
    r"\b(?:I(?:'m|\u2019m| am) (?:\w+ )?(?:happy|glad|able|willing|ready|keen) to|I (?:can|could)(?: also)?"
    r"|(?:happy|glad) to) (?:send|share|provide|forward|pass on|put together|supply) (?:you |over |along )?"
    rf"(?:[\w'\u2019-]+ ){{0,4}}?{_MATERIAL}\b",
    re.I,
)


def adds_value_in_own_words(body: str) -> bool:
    """Whether the body congratulates them on news, tells something done since the interview, or offers material."""
    return bool(_CONGRATS.search(body) or _DONE.search(body) or _OFFER_MATERIAL.search(body))
