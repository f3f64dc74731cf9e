"""Their work claimed as the candidate's, in shapes the claim pattern missed on blind12's held-out half (issue 15),
written here on notes of their own (clinic_case.py: the hiring manager's topics are an intake-form rebuild and
after-hours phone cover, her challenge reminder emails landing in spam, a peer's the move off paper charts): the
object named first, a cleft with a work verb, a pluperfect, work done at a past place, a plan shown as mine, the
candidate's own result placed at the company, and a cause or a fix joining two of their items. Offers, wishes and
the candidate's own items stay clean."""

from __future__ import annotations

import pytest
from clinic_case import fired, load, run, thanks

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("middle", "claimed"),
    [
        ("The move off paper charts, I led something like it at Bowvalley.", True),
        ("The after-hours phone coverage, I ran much the same thing at Bowvalley.", True),
        ("Keeping vaccine reminder emails out of spam folders is exactly what I led at Bowvalley.", True),
        ("Rebuilding the intake form is something I already worked on at Bowvalley.", True),
        ("I was sorry not to build on the work I'd already done moving records from paper charts to software.", True),
        ("I had already moved medical records from paper charts to new practice software at a past job.", True),
        ("During my time at Bowvalley I also handled after-hours phone coverage across four clinics.", True),
        ("Thank you for letting me walk you through my plan for after-hours phone coverage across the clinics.", True),
        ("The move off paper charts, I'd love to help with it.", False),
        ("I'd start with the reminder emails that land in spam folders.", False),
        ("I'd love to help with the intake form for new clients.", False),
        ("I enjoyed hearing about the move from paper charts to the new practice software.", False),
        ("Spam folders swallowing reminders is something I ran into at Bowvalley as well.", False),
        ("Reminder emails landing in spam folders is a problem I've worked on before.", False),
        ("My plan for after-hours phone coverage across the clinics would start small.", False),
        ("I had hoped to ask more about after-hours phone coverage across the clinics.", False),
        ("At Bowvalley I often thought about after-hours phone coverage across clinics.", False),
        ("I rebuilt the appointment reminder flow at Bowvalley, and no-shows went from 14% to 6%.", False),
        ("I led a team of 6 client-care coordinators at Bowvalley.", False),
    ],
)
def test_their_work_claimed_as_mine(tmp_path, middle, claimed) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:unsupported_claim" in fired(draft, "claims")) is claimed, (middle, fired(draft, "claims"))


@pytest.mark.parametrize(
    ("middle", "moved"),
    [
        ("I helped push your no-show rate down to 6%.", True),
        ("Your no-shows falling from 14% to 6% shows what a reminder rebuild can do.", True),
        ("Your question about my no-shows result, 14% to 6%, was a good one.", False),
        ("The reminder flow I rebuilt took no-shows at Prairie Paws from 14% to 6%.", True),
        ("I took no-shows at Bowvalley from 14% to 6%, and I'd love to do the same at Prairie Paws.", False),
        ("I took no-shows at Bowvalley from 14% to 6%, and I'd like to try the same for your clinics.", False),
    ],
)
def test_my_result_told_as_theirs(tmp_path, middle, moved) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:misattributed_credit" in fired(draft, "claims")) is moved, (middle, fired(draft, "claims"))


@pytest.mark.parametrize(
    ("middle", "linked"),
    [
        ("The 24-hour hospital in Airdrie should go a long way to easing after-hours phone coverage.", True),
        (
            "The new-client intake form will help cut vaccine reminder emails landing in spam, because clients "
            "will confirm their addresses.",
            True,
        ),
        ("Vaccine reminder emails land in spam folders because the intake form for new clients is so short.", True),
        ("I was glad to hear about the 24-hour hospital in Airdrie, since after-hours phone coverage came up.", False),
        ("I'd love to help with after-hours phone coverage, since I led a team of six coordinators.", False),
    ],
)
def test_a_cause_or_a_fix_between_two_of_their_items(tmp_path, middle, linked) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:causal_link" in fired(draft, "claims")) is linked, (middle, fired(draft, "claims"))


@pytest.mark.parametrize(
    ("middle", "to", "moved"),
    [
        (
            "As you explained in our interview, moving medical records off paper charts is a big job.",
            "Margaret Thornton",
            True,
        ),
        (
            "You mentioned moving medical records from paper charts to the new practice software.",
            "Margaret Thornton",
            True,
        ),
        ("Mr. Ortiz introduced the vaccine reminder emails that keep landing in spam.", "Margaret Thornton", True),
        ("As you explained, moving medical records off paper charts is a big job.", "Rafael Ortiz", False),
        (
            "I keep thinking about the spam-folder problem you described and how the move off paper charts could help.",
            "Margaret Thornton",
            False,
        ),
        (
            "I keep thinking about the move off paper charts you described and how long it takes.",
            "Margaret Thornton",
            True,
        ),
        ("As you explained in our interview, after-hours phone coverage is hard.", "Margaret Thornton", False),
    ],
)
def test_a_point_given_to_the_reader_or_a_titled_name_it_is_not_theirs(tmp_path, middle, to, moved) -> None:
    # a follow-up (one reader): in a thank-you the reader given another's point is a copied note since checks35
    draft = run(load(tmp_path), thanks(middle), kind=Kind.status_check, to=to)
    assert ("error:misattributed_credit" in fired(draft, "claims")) is moved, (middle, fired(draft, "claims"))


def test_a_cause_first_with_because_fusing_two_of_my_items(tmp_path) -> None:
    middle = "Because I led a team of 6 client-care coordinators, invoice disputes fell by 30 % at Bowvalley."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:causal_link" in fired(draft, "claims")


def test_our_for_their_news_beside_a_retold_item_of_mine(tmp_path) -> None:
    middle = (
        "Since we spoke I wrote a one-page outline of a triage phone script, and it reminded me of our 24-hour "
        "hospital in Airdrie."
    )
    draft = run(load(tmp_path), thanks(middle))
    assert "error:not_our_team" in fired(draft, "claims")


def test_we_of_my_own_item_is_my_past_team(tmp_path) -> None:
    middle = "My two references can speak to how we cut invoice disputes by 30% with itemised estimates."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:not_our_team" not in fired(draft, "claims")


@pytest.mark.parametrize(
    ("middle", "linked"),
    [
        ("A spam check on vaccine reminder emails would have caught the problem early.", True),
        ("A spam check on every vaccine reminder email would have saved my team at Bowvalley a lot of calls.", False),
    ],
)
def test_hindsight_on_their_problem_not_on_my_own(tmp_path, middle, linked) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:causal_link" in fired(draft, "claims")) is linked, (middle, fired(draft, "claims"))


@pytest.mark.parametrize(
    ("middle", "linked"),
    [
        (
            "At Bowvalley I cut invoice disputes by 30 % with itemised estimates, mainly because I called clients.",
            True,
        ),
        ("At Bowvalley I cut invoice disputes by 30 % because I introduced itemised estimates.", False),
    ],
)
def test_a_reason_for_my_own_result_the_notes_do_not_give(tmp_path, middle, linked) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:causal_link" in fired(draft, "claims")) is linked, (middle, fired(draft, "claims"))
