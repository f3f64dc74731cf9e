"""Negativity and tone speech acts blind12's held-out half missed (issue 15), as classes written here on notes of
their own (clinic_case.py): the wait and the reply complained of (silence, a reply called short, what they should
have done, what candidates deserve), a harsh verdict on their problem ('sounds chaotic', 'cannot afford to leave
the role open'), leverage from talks or an offer elsewhere named any way, and a decision asked for 'before then'.
Neutral mentions of their challenge, a wish to be considered again and the candidate's own promise stay clean."""

from __future__ import annotations

import pytest
from clinic_case import fired, load, run, thanks


@pytest.mark.parametrize(
    ("middle", "negative"),
    [
        (
            "After three weeks of silence I was surprised to get such a brief reply, and I think applicants deserve "
            "better than that.",
            True,
        ),
        ("The wait after a half-day onsite felt long, and it would have been more courteous to hear sooner.", True),
        ("Someone could have let me know the panel had moved.", True),
        ("The after-hours phone coverage sounds chaotic and frankly a bit of a disaster.", True),
        ("With reminder emails stuck in spam, I know the clinics cannot afford to leave this role open.", True),
        (
            "Vaccine reminder emails landing in spam folders is a common problem, and I enjoyed talking it through.",
            False,
        ),
        ("The after-hours phone coverage across four clinics is a hard problem, and I'd like to help.", False),
        ("I know I cannot afford to lose momentum on my own learning, so I am taking a course.", False),
        ("Thank you for the quick and kind reply last week.", False),
        ("Your intake form looked a few years behind what we used at Bowvalley.", True),
        ("I've been waiting to hear back, even though the team said the role was urgent.", True),
        ("I imagine the clinics have bigger fires to put out than hiring right now.", True),
        ("I've been waiting for the right role like this one for a while.", False),
    ],
)
def test_complaints_and_harsh_verdicts(tmp_path, middle, negative) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert bool(fired(draft, "negativity")) is negative, (middle, fired(draft, "negativity"))


@pytest.mark.parametrize(
    ("middle", "code"),
    [
        ("I should mention that I am in late-stage talks for another operations role.", "leverage"),
        ("I should mention that the other offer lapses at the end of next week.", "leverage"),
        ("I'm currently weighing a couple of other opportunities, so clarity would help.", "leverage"),
        ("Another clinic group has asked me for an answer soon.", "leverage"),
        ("I would therefore appreciate it if the team could reach its decision before then.", "pushy"),
        ("Any clarity on timing by Friday would help a great deal.", "pushy"),
        ("I'm happy to share more about my other projects if useful.", None),
        ("I'd be glad to be considered for another role on the team in future.", None),
        ("I can send the triage script outline by Friday.", None),
    ],
)
def test_leverage_and_deadlines_said_politely(tmp_path, middle, code) -> None:
    draft = run(load(tmp_path), thanks(middle))
    tone = fired(draft, "tone")
    if code is None:
        assert not any(c in tone for c in ("error:leverage", "error:pushy")), (middle, tone)
    else:
        assert f"error:{code}" in tone, (middle, tone)
