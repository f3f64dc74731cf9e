"""Grammar severity by measured precision (issue 15, checks36): a kind of grammar finding measured
wrong too often on the spent corpora blind25 … blind33 (below P 0.9 over >= 5 firings) is advice (info).
Cases made up here, on the panel example's notes; near misses that must still warn."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.grammar import lint_trust
from afterview.guardrails.grammar.check import check_grammar
from afterview.notes.loader import load_notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind
from helpers import PANEL


def _grammar(said: str) -> list[Finding]:
    notes = load_notes(PANEL)
    send = notes.interview.start + timedelta(hours=3)
    plan = make_plan(notes, send)
    person = notes.interviewers[0]
    planned = next((m for m in plan.messages if m.kind is Kind.thank_you and m.to.name == person.name), None)
    body = f"Dear {person.greeting_name},\n\nThank you for the interview. {said}\n\nKind regards,\n"
    body += notes.candidate.name
    draft = Draft(Kind.thank_you, person.name, Channel.email, "Thank you", body, "test", "formal")
    return [f for f in check_grammar(draft, CheckContext(notes, send, plan, planned)) if f.code != "engine"]


def _warned(said: str) -> set[str]:
    return {f.code for f in _grammar(said) if f.severity != "info"}


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("The tour was great, I think the new hall is impressive.", "comma_splice"),  # ours: 2 right, 6 wrong
        ("You was right about the schedule.", "agreement"),  # PronounInflectionBe: 5 right, 3 wrong
    ],
)
def test_a_kind_measured_below_the_bar_is_advice_still_shown(said: str, code: str) -> None:
    found = _grammar(said)
    assert code in {f.code for f in found}, found  # still shown, as advice
    assert code not in _warned(said), found


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("I am more keen then ever to join the team.", "miscellaneous"),  # ThenThan: 15 right, 0 wrong
        ("Your welcome to call me about the references.", "your_youre"),  # ours: 38 right, 1 wrong
        ("I has enjoyed the tour of the floor.", "agreement"),  # ours: 14 right, 1 wrong
    ],
)
def test_a_kind_measured_right_still_warns(said: str, code: str) -> None:
    assert code in _warned(said), _grammar(said)


def test_the_policy_is_the_measured_table() -> None:
    # a kind measured below the bar is advice; "Insert 'to'" is one message class (MissingTo and HowTo: 1 right,
    # 7 wrong); a kind with too few firings to judge keeps its rule's severity (a/an, a word said twice)
    assert lint_trust.may_warn("ThenThan")
    assert lint_trust.may_warn("SpellCheck")  # held: below the bar, its false alarms a class not yet split off
    assert not lint_trust.may_warn("MissingTo")
    assert not lint_trust.may_warn("HowTo")
    assert not lint_trust.may_warn("comma_splice")
    assert lint_trust.may_warn("verb_form")
    assert lint_trust.may_warn("RepeatedWords")
    assert lint_trust.may_warn("double_negative")
    for kind, (true, false) in lint_trust.MEASURED.items():
        assert true + false >= lint_trust.MIN_FIRINGS, kind
        in_class = any(kind in members for members, _ in lint_trust.CLASSES.values())
        assert in_class or kind in lint_trust.HELD or lint_trust.may_warn(kind) is (true >= 0.9 * (true + false)), kind
