"""Words a thank-you would say twice: 'talking' in the thanks and again in the frame fitted to a state ('Thank you for
talking with me …, and for talking about safety culture')."""

from __future__ import annotations

from afterview.writer.frame_fit import fitted


def test_a_state_after_thanks_for_talking_is_their_thoughts_not_talking_again() -> None:
    said = fitted("Thank you for talking with me today, and for walking me through the staff morale.", [])
    assert said == "Thank you for talking with me today, and for your thoughts on staff morale."


def test_without_talking_before_it_the_frame_is_still_talking_about() -> None:
    """the near miss: another sentence's 'talk' does not count"""
    said = fitted("We talked a lot. Thank you for your time, and for walking me through the staff morale.", [])
    assert said.endswith("Thank you for your time, and for talking about staff morale.")
