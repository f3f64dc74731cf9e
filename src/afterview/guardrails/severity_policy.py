"""Severity that follows measured precision (issue 15): one policy for every check's errors.

A check reports what it found at the severity its rule means (an unsupported claim is an error). Whether that
error blocks a draft depends on who wrote the draft and on how often the rule has been right:

- In a draft a person wrote (`afterview check`, a draft edited by hand in `revise`), an error from a rule whose
  measured precision is low (`UNTRUSTED`) is a warning: a clean draft marked NOT READY teaches people to ignore
  every check, and a person does not invent facts about their own interview the way a model does.
- In a draft a model or the template writer wrote, every error stays an error: a false alarm there costs a repair,
  a dropped sentence or the template fall-back, and the model does invent.
- Rules that check an exact fact (a placeholder left in, the recipient's name, timing, length, a figure that
  contradicts the notes) are never in `UNTRUSTED`, whatever they measure.

`UNTRUSTED` is data measured by bench/rule_precision.py across every spent blind corpus (its output:
bench/results/rule_precision.txt); a rule is untrusted when its error firings number at least `MIN_FIRINGS` and
fewer than `THRESHOLD` of them fell on drafts labelled with (or defensibly with) its family; rules with fewer
firings are judged pooled by family (`UNTRUSTED_FAMILIES`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from afterview.draft import Draft, Finding

# Who wrote a draft a person answers for: `afterview check` and an edit by hand in `revise`.
PERSON_WRITTEN = frozenset({"hand-written", "hand-edited"})

# Why 0.95 and ten: the precision here is measured on corpora the rules were tuned on, so it overstates precision on
# drafts nobody tuned them to (claims read 0.48-0.70 on each held-out half when it was first run, 0.90 here); a rule
# must clear 0.95 on them to be trusted to block a person's draft. Below ten firings one false alarm moves a rule's
# precision by more than 0.1, so such rules are judged by their family's pool.
THRESHOLD = 0.95
MIN_FIRINGS = 10

# (check, code) -> (error firings, false alarms) across blind2 … blind23, both halves.
UNTRUSTED: dict[tuple[str, str], tuple[int, int]] = {
    ("claims", "unsupported_claim"): (218, 21),
    ("facts", "unsupported_number"): (170, 15),
    ("facts", "unsupported_name"): (97, 12),
    ("purpose", "no_thanks"): (89, 11),
    ("facts", "unsupported_date"): (70, 6),
    ("claims", "causal_link"): (42, 3),
    ("negativity", "criticism"): (35, 2),
    ("negativity", "process_jab"): (32, 3),
    ("negativity", "self_deprecation"): (26, 7),
    ("claims", "misattributed_credit"): (15, 3),
    ("purpose", "argues_decision"): (15, 1),
}

# Families whose small-count codes (< MIN_FIRINGS firings each) pooled fall below THRESHOLD:
# family -> (error firings, false alarms) of those codes together.
UNTRUSTED_FAMILIES: dict[str, tuple[int, int]] = {
    "facts": (30, 9),
    "negativity": (9, 1),
}

# Rules of exact fact: trusted whatever their count (a code listed here is never untrusted).
EXACT_FAMILIES = frozenset({"placeholders", "length", "timing"})
EXACT_CODES = frozenset(
    {
        ("facts", "wrong_recipient"),
        ("facts", "misspelled_name"),
        ("facts", "wrong_surname"),
        ("facts", "wrong_company_name"),
        ("facts", "wrong_institution"),
        ("facts", "wrong_place"),
        ("ai_tells", "assistant_wrapper"),
    }
)
# Every code measured with at least MIN_FIRINGS firings (so a code absent from here is judged by its family).
MEASURED: frozenset[tuple[str, str]] = frozenset(
    {
        ("claims", "unsupported_claim"),
        ("placeholders", "placeholder"),
        ("personalization", "generic"),
        ("length", "too_long"),
        ("facts", "unsupported_number"),
        ("timing", "too_early"),
        ("tone", "pushy"),
        ("purpose", "no_status_question"),
        ("facts", "unsupported_name"),
        ("tone", "exclamations"),
        ("tone", "desperate"),
        ("purpose", "no_thanks"),
        ("negativity", "wait_complaint"),
        ("facts", "unsupported_date"),
        ("length", "too_short"),
        ("tone", "leverage"),
        ("claims", "not_our_team"),
        ("facts", "misspelled_name"),
        ("negativity", "badmouthing"),
        ("purpose", "no_feedback_question"),
        ("negativity", "harsh_restatement"),
        ("claims", "causal_link"),
        ("negativity", "passive_aggressive"),
        ("purpose", "no_acknowledgement"),
        ("negativity", "criticism"),
        ("timing", "concluded"),
        ("negativity", "process_complaint"),
        ("negativity", "process_jab"),
        ("tone", "over_familiar"),
        ("negativity", "self_deprecation"),
        ("negativity", "disputes_decision"),
        ("tone", "asks_reconsider"),
        ("claims", "misattributed_credit"),
        ("purpose", "argues_decision"),
        ("facts", "wrong_surname"),
        ("grammar", "you_your"),
        ("length", "subject_too_long"),
        ("facts", "wrong_company_name"),
        ("tone", "familiar_greeting"),
        ("negativity", "dismay"),
        ("tone", "familiar_signoff"),
    }
)


# The candidate's own word about themselves, unasked: when they can start and what they earn or want. A model may
# invent it (an error in its draft); a person cannot, so in their draft it is advice (info). Measured across the
# pooled spent corpora (blind2-24): unsupported_availability fired on 7 drafts, none labelled for facts; unsupported_pay
# on 5, none labelled for facts (3 defensibly).
OWN_WORD = frozenset({("facts", "unsupported_availability"), ("facts", "unsupported_pay")})


def trusted(check: str, code: str) -> bool:
    """Whether an error of this rule blocks a draft a person wrote."""
    if check in EXACT_FAMILIES or (check, code) in EXACT_CODES:
        return True
    if (check, code) in UNTRUSTED:
        return False
    if (check, code) in MEASURED:
        return True
    return check not in UNTRUSTED_FAMILIES


def person_written(draft: Draft) -> bool:
    return draft.provider in PERSON_WRITTEN


def settle(draft: Draft, findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings at the severity the policy gives them for this draft's writer (module doc)."""
    if not person_written(draft):
        return tuple(findings)
    return tuple(
        replace(f, severity="info", lowered_from="error")
        if f.severity == "error" and (f.check, f.code) in OWN_WORD
        else replace(f, severity="warning", lowered_from="error")
        if f.severity == "error" and not trusted(f.check, f.code)
        else f
        for f in findings
    )
