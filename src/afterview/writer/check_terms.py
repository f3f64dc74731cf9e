"""What a status check decides in Python rather than in both of its templates (status_check.j2 and
status_check_linkedin.j2): whether the reader's problem says more than a label, the sentence that names it, and how
an item still owed is sent (one that waits on something keeps its own time; a link is sent, never made up)."""

from __future__ import annotations

import re
from typing import Any

from afterview.writer.dated_item import dated
from afterview.writer.owed import waits_on
from afterview.writer.sent_items import all_to_prepare, as_sent, without_count_article
from afterview.writer.since_offer import since_offer

# a problem said as a clause of theirs ('your point that …', 'how your quotes take about five days'): it follows
# "I keep coming back to"; a noun phrase is named as the part of the role it is
_CLAUSE_START = re.compile(r"(?i)^(?:your point that|how|why|what|where|when|whether)\s")
_LINK = re.compile(r"(?i)\blinks?\b")
# a step still pending that the candidate can supply something for (a status check's help offer to a recruiter)
_PENDING = re.compile(
    r"(?i)\b(?:references?|referees?|reference checks?|background checks?|visa|work permit|right to work|"
    r"paperwork|documents?|forms?|sample|samples|portfolio|transcripts?|dbs|vetting|security clearance|"
    r"medical|drug (?:test|screen)|id checks?|contract)\b"
)
# ... never the company's own business that names one of those words ('the union contract renewal in the spring',
# 'supplier contracts', 'customs forms for export'): a company challenge is nothing the candidate supplies
_COMPANY_BUSINESS = re.compile(
    r"(?i)\b(?:union|supplier|suppliers|customer|customers|client|clients|vendor|vendors|tender|tenders|"
    r"renewal|renewals|negotiat\w*|bargaining|export|import|customs|regulator\w*|audit\w*)\b"
)


def check_terms(context: dict[str, Any]) -> dict[str, Any]:
    """`context` with the status check's own keys: `problem` (their problem as the check names it), `problem_says`
    (it says more than a label: a noun phrase a frame holds, a clause, more than three words), `problem_line` (the
    sentence that names it, or None), `owed_waits` and `owed_link` (how `still_owed` is sent), and a thank-you's
    `requested_waits`, `requested_link` and `requested_prepared` (how `requested` is sent; `requested_them`: it
    is said "them"); `still_owed` and `requested` say referees by their contact details (writer/sent_items.py)."""
    out = dict(context)
    clause, challenge = out.get("challenge_clause"), out.get("challenge")
    problem = challenge or (f"your point that {clause}" if clause else None)
    says = bool(problem and (out.get("problem_noun") or clause or len(problem.split()) > 3))
    out["problem"] = problem
    out["problem_says"] = says
    out["problem_line"] = problem_line(problem, formal=out.get("tone") == "formal") if problem and says else None
    # a recruiter's topic that is a step still pending: the one thing a help offer fits (status_check.j2's close)
    pending = [
        t
        for t in (out.get("topic"), out.get("topic2"))
        if isinstance(t, str) and _PENDING.search(t) and not _COMPANY_BUSINESS.search(t)
    ]
    out["pending_step"] = pending[0] if pending and not out.get("topics_of") else None
    # news of the candidate's that bears on nothing they raised is offered, never left stranded (since_offer.py)
    since = out.get("since") or {}
    own = out.get("since_perfect") or (since.get("clause") if isinstance(since, dict) else None)
    stranded = own and not out.get("since_about")
    out["since_offer"] = since_offer(own, formal=out.get("tone") == "formal") if stranded else None
    owed = out.get("still_owed") or ""
    out["owed_waits"] = waits_on(owed)
    out["owed_link"] = linked(owed)
    out["still_owed"] = as_sent(owed) if owed else out.get("still_owed")  # referees by their contact details
    requested = out.get("requested") or ""  # a thank-you's items, sent the same way
    out["requested_waits"] = waits_on(requested)
    out["requested_link"] = linked(requested)
    out["requested_dated"] = dated(requested)  # 'references by Monday': promised by its date (writer/dated_item.py)
    # what is made for the request is being prepared within hours of the interview, not attached (sent_items.py)
    out["requested_prepared"] = bool(requested) and all_to_prepare(requested)
    if requested:
        said = as_sent(requested)
        out["requested"] = without_count_article(said) if out["requested_prepared"] else said
        out["requested_them"] = bool(out.get("requested_plural")) or said != requested
    return out


def problem_line(problem: str, *, formal: bool) -> str:
    """Their problem said as a problem of the role, never as a thing to help with ("I would love to help with losing
    techs to the fabs" says the opposite of what is meant): a clause of theirs is what the candidate keeps coming
    back to; a noun phrase, the part of the role they do."""
    word = "position" if formal else "role"
    if _CLAUSE_START.match(problem):
        return ("I have continued to reflect on " if formal else "I keep coming back to ") + problem + "."
    return f"The part of the {word} I keep {'returning' if formal else 'coming back'} to is {problem}."


def linked(item: str) -> bool:
    """Whether an owed item is a link the notes do not carry: the word "link", never "LinkedIn"."""
    return bool(_LINK.search(item)) and "://" not in item
