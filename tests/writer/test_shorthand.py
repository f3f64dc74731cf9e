"""Notes shorthand is written out as prose before an item goes into a letter (writer/shorthand.py):
one row per class, and rows that must stay as the user wrote them."""

from __future__ import annotations

import pytest

from afterview.writer.phrasing import clean
from afterview.writer.shorthand import prose


@pytest.mark.parametrize(
    ("notes", "letter"),
    [
        # months and days, where a month or a day is meant
        ("launch slipped to Oct", "launch slipped to October"),
        ("decision by Nov 14", "decision by November 14"),
        ("started 3 Sept", "started 3 September"),
        ("mid-Dec freeze", "mid-December freeze"),
        ("panel on Tues", "panel on Tuesday"),
        ("standup every Fri", "standup every Friday"),
        # units and times
        ("onboarding takes ~6 wks", "onboarding takes about 6 weeks"),
        ("hail claims up in some yrs", "hail claims up in some years"),
        ("1 hr commute", "1 hour commute"),
        ("builds take 3.5 hrs", "builds take 3.5 hours"),
        ("10 mins per ticket", "10 minutes per ticket"),
        ("approx. 40 stores", "about 40 stores"),
        ("3x faster deploys", "3 times faster deploys"),
        ("grew sign-ups 3x at Parcelly", "grew sign-ups threefold at Parcelly"),
        # arrows, versus, with/without, and, because
        ("headcount 9 -> 15", "headcount from 9 to 15"),
        ("headcount 9→15", "headcount from 9 to 15"),
        ("error rate 2% -> 0.4% by Q1", "error rate from 2% to 0.4% by Q1"),
        ("reviews weekly -> daily, soon", "reviews from weekly to daily, soon"),
        # an arrow that leads on to a clause means "so" or "then": it stays (the gate then keeps it out of a letter)
        ("lost 4 nurses last spring -> rota keeps breaking", "lost 4 nurses last spring -> rota keeps breaking"),
        ("school fairs -> could we run them online", "school fairs -> could we run them online"),
        ("Phase Two -> tenants anxious about noise", "Phase Two -> tenants anxious about noise"),
        ("moving from VMs => Kubernetes", "moving from VMs to Kubernetes"),
        # a whole item that jots a comparison is said as one thought (WRITER18); inside a longer item, 'versus'
        ("Datawrapper vs D3", "how Datawrapper compares with D3"),
        ("Datawrapper vs. D3", "how Datawrapper compares with D3"),
        ("chose Datawrapper vs. D3 for maps", "chose Datawrapper versus D3 for maps"),
        ("pairing w/ the data team", "pairing with the data team"),
        ("shipping w/o a QA mgr", "shipping without a QA manager"),
        ("pricing & packaging", "pricing and packaging"),
        ("delays b/c of govt rules", "delays because of government rules"),
        ("new dept for ops", "new department for operations"),
        # trailing note-to-self marks and "etc"
        ("should we use dbt?", "should we use dbt"),
        ("pricing, packaging etc.", "pricing and packaging"),
    ],
)
def test_shorthand_is_written_out(notes: str, letter: str) -> None:
    assert prose(notes) == letter


@pytest.mark.parametrize(
    "kept",
    [
        "C++ and Rust",
        "R&D budget",
        "AT&T contract",
        "Jan Kowalski's team",  # a name, not a month
        "Sun Microsystems alumni",  # a name, not a day
        "on 3.5",  # a number whose unit the notes do not say
        "Series B closed in May",
        "K8s migration",
        "10x engineer",
        "Hwy 11 closures",  # "Highway" would be a name the notes never gave
        "20% of revenue",
        "a 24-bed cardiac ICU",
    ],
)
def test_what_is_not_shorthand_stays(kept: str) -> None:
    assert prose(kept) == kept


def test_clean_writes_shorthand_out_for_every_frame() -> None:
    assert clean("We talked about the move 9 -> 15 reps in Oct.") == "the move from 9 to 15 reps in October"
