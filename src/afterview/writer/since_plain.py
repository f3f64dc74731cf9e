"""The candidate's news since the interview in the words people use for it: 'I have obtained the EASA CS-FSTD
qualification course certificate' → 'I have completed the EASA CS-FSTD qualification course'; 'I have obtained the
NEBOSH certificate' → 'I have earned the NEBOSH certificate'. "Obtained" and "acquired" read as a form filled in, and a
course's certificate is the course finished (blind judges, writer66). A licence or a permit keeps its verb: "earned"
does not fit a thing issued."""

from __future__ import annotations

import re

_GOT = r"(?:obtained|received|gained|acquired|been awarded|been issued|got)"
# a course's certificate: the course is what was done ('… course certificate', 'certificate of completion for …')
_COURSE_CERT = re.compile(
    rf"^I have {_GOT} (?:the|my|a|an) (?P<name>.+? (?:course|training|programme|program|module|workshop))"
    r" (?:completion )?certificate(?P<rest>\b.*)$"
)
_CERT_OF = re.compile(
    rf"^I have {_GOT} (?:the|my|a|an) (?:certificate of completion|completion certificate) (?:for|from) "
    r"(?:the )?(?P<name>.+? (?:course|training|programme|program|module|workshop))(?P<rest>\b.*)$"
)
# a credential won by study or an exam: earned, never "obtained"
_EARNED = re.compile(
    r"^I have (?:obtained|acquired|gained|been awarded) (?P<what>(?:the|my|a|an) (?:\S+ ){0,6}?"
    r"(?i:certificate|certification|qualification|accreditation|diploma|degree|credential)\b.*)$"
)


def said_plainly(perfect: str) -> str:
    """The perfect clause of the candidate's news with a plain verb (see the module's text); unchanged otherwise."""
    for course in (_COURSE_CERT, _CERT_OF):
        found = course.match(perfect)
        if found:
            return f"I have completed the {found.group('name')}{found.group('rest')}"
    found = _EARNED.match(perfect)
    return f"I have earned {found.group('what')}" if found else perfect
