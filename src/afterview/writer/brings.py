"""The candidate's strongest result said as what they bring, to the person who decides (writer/strongest.py picks it).

A result the usual clause reads (`gated.said_result`: 'I set up …, and no-shows went from 14% to 6%') is said that
way; one jotted as a metric and its change with the time it took and who helped ('site TRIR 2.1 -> 0.6 over 4 yrs,
w/ our joint health & safety committee') is said whole, deed, change and credit, as the one tie says it
(`tie_pair.with_result`: 'I cut site TRIR from 2.1 to 0.6 over four years with our joint health and safety
committee'), when that reads as a clause. None when neither reads.
"""

from __future__ import annotations

import re

from afterview.draft import DraftRequest
from afterview.vocabulary import Role
from afterview.writer.gate import reads_well
from afterview.writer.gated import said_result
from afterview.writer.sentence_check import faults
from afterview.writer.tie_pair import with_result
from afterview.writer.work_result import work_result

# an article or a possessive with no noun after it, where a jotted deed lost its object
_NO_NOUN = re.compile(r"\b(?:the|a|an|my|our|your)\s+(?:with|of|to|for|and|the|a|an|in|on|at|by|from)\b", re.I)
# a credential held ('CFRE certified', 'Level 3 food hygiene certificate', 'MBA, Ivey (2015)'): no deed of work
_CREDENTIAL = re.compile(
    r"\b(?:certified|certificates?|certs?|certification|licen[cs]ed?|accredited|accreditation|authori[sz]ed|diploma|degree|"
    r"MBA|MSc|BSc|BA|MA|PhD|CPA|CFA|chartered|registered|qualified|graduate of)\b"
)


def brought(highlight: str) -> str | None:
    """The highlight as the candidate's clause with its result, else None."""
    said = said_result(highlight)
    if said:
        return said
    whole = with_result(highlight)
    if not whole or not whole.startswith("I ") or _NO_NOUN.search(whole):  # 'I worked on the with the H&S team'
        return None
    return whole if reads_well(whole, "clause") and not faults(whole + ".") else None


def decides(request: DraftRequest) -> bool:
    """Whether this thank-you goes to a person who decides: the hiring manager, an executive, or the one person met
    (whatever their role but a recruiter's, who hears the process)."""
    role, met = request.planned.to.role, request.notes.interviewers
    return role in (Role.hiring_manager, Role.executive) or (len(met) == 1 and role is not Role.recruiter)


def credential(highlight: str) -> bool:
    """A credential the candidate holds ('HV authorised person up to 33 kV', 'CFRE certified'): never offered as
    experience that 'would serve the team' (a certificate is no deed); 'certified 40 welders' counts work."""
    held = _CREDENTIAL.search(highlight)
    # a count of people or things the work certified ('certified 40 welders') is work; a level or a voltage is not
    return bool(held) and not (work_result(highlight) and re.search(r"\b(?:certified|trained|licensed) \d", highlight))
