"""A favour asked inside 'whether' beside a feedback request (blind13's tune half, issue 15), on notes of their own
(clinic_case.py): 'whether you could refer me to ...' and 'whether Rafael might be willing to have a short call
with me' are second asks; the feedback request alone is one."""

from __future__ import annotations

import pytest
from clinic_case import fired, load, run

from afterview.vocabulary import Kind

_HEAD = (
    "Dear Ms. Thornton,\n\nThank you for letting me know your decision on the Client Operations Lead role, and for "
    "the conversation about after-hours phone coverage.\n\nI would be grateful for any feedback on my interview. "
)


@pytest.mark.parametrize(
    ("extra", "asks"),
    [
        ("I would also like to ask whether you could refer me to the team at the Airdrie hospital.", True),
        ("I also wondered whether Rafael might be willing to have a short call with me about the records move.", True),
        ("It would help me a great deal as I keep looking.", False),
    ],
)
def test_a_favour_inside_whether_is_a_second_ask(tmp_path, extra, asks) -> None:
    body = f"{_HEAD}{extra}\n\nKind regards,\nLena Okafor"
    draft = run(load(tmp_path, outcome="rejected"), body, kind=Kind.feedback_request)
    assert ("warning:two_asks" in fired(draft, "fluency")) is asks, (extra, fired(draft, "fluency"))
