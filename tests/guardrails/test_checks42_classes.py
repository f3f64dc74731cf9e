"""Classes of fault read across the spent blind corpora blind25 … blind38 (issue 15, checks42), each tested on cases
made up here: a glass-blowing studio in Murano, with other names, trades and wordings than the drafts they were read
from. Each class has its near-misses beside it.

1. purpose: a status check that follows up on the role ("circle back on the Furnace Lead opportunity") asks about
   the decision, unless it asks about something else;
2. personalization: a bare status check ("any update?", interest restated) warns; one that congratulates them on
   news, or tells something done since the interview, adds value;
3. fluency: the job's title or the company's name said whole twice is no pasted phrase; a placeholder line said
   twice is the placeholders check's;
4. negativity: a laugh at one's own eagerness, a last courteous check, a polite "if it isn't too much to ask", a
   plea for relief, a wait for a machine's run, goods held back and the writer's own "I can fix that quickly" are
   no complaint or jab; the jabs beside them still are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.fluency import check_fluency
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.personalization import check_personalization
from afterview.guardrails.purpose import check_purpose
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

GLASS = """
candidate:
  name: Irene Zanetti
  highlights:
    - 6 yrs gaffer at Vetreria Salviati, goblets and chandeliers
    - set up the annealing schedule for a second lehr
  since_interview:
    - finished the kiln-casting course in Venice
position: Furnace Lead
company:
  name: Fornace Barovier Nuova
  news:
    - opened a showroom in Milan
  pace: normal
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Rome
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Marco Toso
    title: Studio Director
    role: hiring_manager
    email: marco@barovier.example
    primary_contact: true
    topics:
      - colour batches for the lagoon series
    challenges:
      - the glory hole burners clog every spring
      - reject rate on stemware
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _run(check: Check, kind: Kind, body: str) -> list[Finding]:
    n = notes_from_text(GLASS, "glass.yaml")
    send = n.interview.start + timedelta(days=10)
    plan = make_plan(n, send)
    draft = Draft(kind, "Marco Toso", Channel.email, "Follow-up", body, "test", "neutral")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    return check(draft, CheckContext(n, send, plan, planned))


def _fired(check: Check, kind: Kind, body: str) -> set[str]:
    return {f.code for f in _run(check, kind, body) if f.severity in ("error", "warning")}


def _letter(middle: str) -> str:
    return f"Dear Marco,\n\n{middle}\n\nBest regards,\nIrene Zanetti"


# 1. A follow-up on the role asks about the decision, said any of the ways readers accept; not beside another question.
@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("I wanted to circle back on the Furnace Lead opportunity.", True),
        ("Just checking in again on the Furnace Lead role!", True),
        ("I am writing to ask about the Furnace Lead position.", True),
        ("I am reaching out to gently follow up on my application.", True),
        ("Any updates would be greatly appreciated!", True),
        # near misses: a follow-up on their project, and a follow-up whose only question is about something else
        ("I wanted to check in on the lagoon series.", False),
        ("I wanted to follow up on the Furnace Lead role. Did the new burners arrive?", False),
        ("I hope the Milan showroom opening went well.", False),
    ],
)
def test_a_follow_up_on_the_role_is_the_status_question(said: str, asks: bool) -> None:
    body = _letter(f"{said} Since we met I finished the kiln-casting course in Venice.")
    assert ("no_status_question" not in _fired(check_purpose, Kind.status_check, body)) is asks


# 2. A bare status check warns (a fault, not advice); value said in the writer's own words counts.
@pytest.mark.parametrize(
    ("said", "bare"),
    [
        ("Is there any news on the Furnace Lead role? I remain very interested in joining the team.", True),
        ("I hope you are well. Could you let me know where things stand? I have been thinking about the role.", True),
        ("Is there any news on the role? Congratulations, too, on the new showroom in Milan.", False),
        ("Is there any news on the role? I've been practising cane pulls at home since our chat.", False),
        ("Since we spoke, I have completed a short course in flameworking. Is there any news on the role?", False),
    ],
)
def test_a_bare_status_check_warns(said: str, bare: bool) -> None:
    found = [f for f in _run(check_personalization, Kind.status_check, _letter(said)) if f.code == "no_value"]
    assert [f.severity for f in found] == (["warning"] if bare else [])


# 3. A title or the company's name said whole twice is a name; a phrase of theirs said twice is still a seam.
def test_the_title_said_twice_is_no_pasted_phrase() -> None:
    body = _letter(
        "It has been two weeks since my interview for the Furnace Lead position at Fornace Barovier Nuova. "
        "I would be glad to hear how the search is going. I remain very interested in the Furnace Lead position."
    )
    assert "repeated_phrase" not in _fired(check_fluency, Kind.status_check, body)


def test_a_placeholder_line_said_twice_is_no_repeated_phrase() -> None:
    body = _letter(
        "Thank you for the tour of the furnace room. Here are my references:\n"
        "1. [Referee name, role, phone number]\n2. [Referee name, role, phone number]\n\n"
        "I enjoyed our talk about colour batches for the lagoon series."
    )
    assert "repeated_phrase" not in _fired(check_fluency, Kind.thank_you, body)


def test_a_phrase_of_theirs_said_twice_still_warns() -> None:
    body = _letter(
        "Thank you for explaining why the glory hole burners clog every spring. At Salviati I cleaned the burners "
        "weekly. I keep thinking about why the glory hole burners clog every spring, and I would enjoy the fix."
    )
    assert "repeated_phrase" in _fired(check_fluency, Kind.thank_you, body)


# 4. Negativity: what is no complaint, beside what still is.
@pytest.mark.parametrize(
    ("said", "negative"),
    [
        ("I'm refreshing my inbox every ten minutes haha. Is there any news on the role?", False),
        ("Three interviewers is a lot of calendars to align, haha. Is there any news on the role?", True),
        ("I'm writing one more time to ask whether there is any update on the Furnace Lead role.", False),
        ("I'm writing a third time to ask whether there is any update on the Furnace Lead role.", True),
        ("If it isn't too much to ask, could you tell me where things stand?", False),
        ("I suppose a reply is too much to ask. Could you tell me where things stand?", True),
        ("Please, even a quick no would help me plan my winter. Is there any news?", False),
        ("Even a quick no would be nice at this point. Is there any news?", True),
    ],
)
def test_status_check_negativity(said: str, negative: bool) -> None:
    found = _fired(check_negativity, Kind.status_check, _letter(said))
    assert bool(found) is negative, found


@pytest.mark.parametrize(
    ("said", "negative"),
    [
        ("Waiting most of a day for a test batch to anneal must slow the whole studio down.", False),
        ("I spent most of an hour waiting in reception before we started.", True),
        ("The reject rate on stemware keeps holding pallets back, and I would enjoy working on it.", False),
        ("The reject rate on stemware must be holding the team back badly.", True),
        ("The burners clog every spring; I think I can fix that quickly.", False),
        ("The burners clog every spring; a bit more discipline would fix that quickly.", True),
    ],
)
def test_thank_you_negativity(said: str, negative: bool) -> None:
    body = _letter(f"Thank you for meeting me today. {said}")
    found = _fired(check_negativity, Kind.thank_you, body)
    assert bool(found) is negative, found


# 5. Tone: lobbying, terms demanded and everything conceded are requests a follow-up must not make; offers and
# questions about the role are not.
@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("Could you also put in a good word for me with the studio owner?", "lobbying"),
        ("If you could nudge Elena to decide before Christmas, that would be wonderful.", "lobbying"),
        ("A January start won't work, so I'll need you to move it to March.", "demands"),
        ("I'd need the housing allowance agreed in writing before I could accept anything.", "demands"),
        ("Could you send me the pay scale by Friday?", "demands"),
        ("Honestly, I would accept any salary to work at the furnace.", "desperate"),
        ("I will send the two references by the end of the week.", None),
        ("I'd be glad to share my annealing notes with Elena if useful.", None),
        ("Could you tell me when the team expects to decide?", None),
    ],
)
def test_requests_a_follow_up_must_not_make(said: str, code: str | None) -> None:
    from afterview.guardrails.tone import check_tone

    found = _fired(check_tone, Kind.thank_you, _letter(f"Thank you for the tour of the furnace room. {said}"))
    assert ({"lobbying", "demands", "desperate"} & found) == ({code} if code else set()), found
