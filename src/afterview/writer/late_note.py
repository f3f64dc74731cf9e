"""A thank-you sent after the window the timing rules give (timing.thank_you_plan: 24 hours after the interview)
says so once, briefly and without grovelling: "I am sorry this comes a few days late." A handwritten card is not
expected by return, and a thank-you on time says nothing of time.

How late is said by the days between the interview and the day the message goes out (`--now`), never by a count
the reader would check ('four days late'): a day, a few days, about a week, a couple of weeks, rather late."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterview.draft import DraftRequest

# by tone: {late} is how late, said plainly
_SAID = {
    "warm": ("I am sorry this comes {late}.", "I am sorry to be writing {late}.", "Apologies for writing {late}."),
    "formal": (
        "I apologise that this note comes {late}.",
        "My apologies for writing {late}.",
        "I regret that this note comes {late}.",
    ),
    "concise": ("Sorry this comes {late}.", "Sorry to be writing {late}.", "Apologies for writing {late}."),
}
_LINKEDIN = {"formal": "I apologise for the delay.", "concise": "Sorry for the delay."}
_LINKEDIN_ANY = "Sorry this is {late}."


def how_late(interview_day: date, send_day: date) -> str:
    """'a day late', 'a few days late', 'about a week late', 'a couple of weeks late', 'rather late'."""
    days = (send_day - interview_day).days
    if days <= 2:
        return "a day late"
    if days <= 5:
        return "a few days late"
    if days <= 10:
        return "about a week late"
    if days <= 17:
        return "a couple of weeks late"
    return "rather late"


def late_sentence(state: str, channel: str, tone: str, interview_day: date, send_day: date, n: int = 0) -> str:
    """The one clause a late thank-you says of its delay, or '' for one on time or a card; the `n`th recipient's
    words differ from the others' (people at one company compare notes)."""
    if state != "overdue" or channel == "handwritten" or send_day <= interview_day:
        return ""
    late = how_late(interview_day, send_day)
    if channel == "linkedin":
        return _LINKEDIN.get(tone, _LINKEDIN_ANY).format(late=late)
    forms = _SAID.get(tone, _SAID["warm"])
    return forms[n % len(forms)].format(late=late)


def late_context(request: DraftRequest) -> dict[str, str]:
    """The template's `late_note` for a thank-you (writer/context.py); '' for any other message."""
    from afterview.vocabulary import Kind

    if request.planned.kind is not Kind.thank_you:
        return {"late_note": ""}
    zone = request.notes.zone_of(request.planned.to)
    interview_day = request.notes.interview.start.astimezone(zone).date()
    channel = getattr(request.planned.channel, "value", str(request.planned.channel))
    said = late_sentence(
        request.planned.send.state, channel, request.tone, interview_day, request.send_day, request.index
    )
    return {"late_note": said}
