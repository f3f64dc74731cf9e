"""A final status check that counts its own messages as the reason to stop ("Since this is my second message, I will
not write again") is no grievance, and a decision asked about as the team's choice ("whether the team has made its
choice") is a status question. Both were errors on clean drafts of blind45 (tuned on it after its after-run, so not
a blind result). A count beside a reproach, and a question about something else, still fire."""

from __future__ import annotations

import pytest
from clinic_case import load, run

from afterview.vocabulary import Kind


def _said(tmp_path, middle: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The checks and codes (as 'check', 'check:code') of the warnings and errors on a status check to Wendy Chu."""
    body = f"Dear Wendy,\n\n{middle}\n\nKind regards,\nLena Okafor"
    draft = run(load(tmp_path), body, kind=Kind.status_check, to="Wendy Chu")
    found = [f for f in draft.findings if f.severity in ("error", "warning")]
    return {f.check for f in found} | {f"{f.check}:{f.code}" for f in found}


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("Since this is my second message, I will not write again. Is there any news on the decision?", False),
        ("As this is my second email I won't chase you further, but could you tell me where the role stands?", False),
        ("This is my second note and my last one on this. Has the position been decided?", False),
        ("This is my third email and still no reply. Is there any news on the decision?", True),
        ("My second message, again without a reply. I will not write again. Any news on the role?", True),
    ],
)
def test_a_count_given_as_the_reason_to_stop_is_no_complaint(tmp_path, said: str, fires: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("negativity" in _said(tmp_path, said)) is fires


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        ("Could you let me know whether the team has made its choice?", False),
        ("I wanted to ask whether the clinic group has made their final choice for the role.", False),
        ("Could you let me know whether the panel has made a choice yet?", False),
        ("I understand if you went another way, but I would be grateful to hear either way.", False),
        ("Could you let me know whether the new phone system has made a difference to the clinics?", True),
        (
            "The date has passed, so I take it the role went elsewhere. It would have been nice to hear either way.",
            True,
        ),
    ],
)
def test_the_teams_choice_asked_about_is_a_status_question(tmp_path, said: str, fires: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("purpose:no_status_question" in _said(tmp_path, said)) is fires
