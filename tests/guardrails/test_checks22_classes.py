"""Classes of fault read across the spent blind corpora (blind2-blind22) and blind23's tune half (issue 15, checks22),
each tested on cases made up here: a pipe-organ workshop in Graz, with other names, trades and wordings than the
drafts they were read from. Each class has its clean near-misses beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.fluency import check_fluency
from afterview.guardrails.grammar.check import check_grammar
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.personalization import check_personalization
from afterview.guardrails.purpose import check_purpose
from afterview.guardrails.timing import check_timing
from afterview.guardrails.tone import check_tone
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

ORGAN = """
candidate:
  name: Lena Hofbauer
  highlights:
    - 5 yrs voicer at Orgelbau Weiss, Linz, reed and flue pipes
    - rebuilt the wind chest of the Steyr cathedral organ with a team of 4
    - kept the tuning log for 30 church organs in a shared spreadsheet
  since_interview:
    - finished the reed-voicing masterclass in Leipzig
position: Workshop Voicer
company:
  name: Grazer Orgelwerkstatt
  news:
    - won the restoration of the Mariazell basilica organ
  pace: normal
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Vienna
  duration_minutes: 60
  format: onsite
  outcome: OUTCOME
interviewers:
  - name: Anton Riegler
    title: Master Organ Builder
    role: hiring_manager
    email: anton@orgelwerkstatt.example
    primary_contact: true
    topics:
      - tracker action repairs in village churches
      - "pipe metal: tin vs. lead alloys"
    challenges:
      - humidity swings crack the windchests every winter
      - their blower motors overheat in August
  - name: Vera Kostner
    title: Partner, Kostner Talent
    role: recruiter
    email: vera@kostnertalent.example
    topics:
      - relocation to Graz
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _draft(kind: Kind, to: str, body: str) -> Draft:
    return Draft(kind, to, Channel.email, "Follow-up", body, "test", "neutral")


def _run(check: Check, kind: Kind, body: str, *, to: str = "Anton Riegler", outcome: str = "pending") -> list[Finding]:
    n = notes_from_text(ORGAN.replace("OUTCOME", outcome), "organ.yaml")
    send = n.interview.start + timedelta(days=10)
    plan = make_plan(n, send, feedback_request=outcome == "rejected")
    draft = _draft(kind, to, body)
    planned = next((p for p in plan.messages if p.kind is kind and p.to.name == to), None)
    return check(draft, CheckContext(n, send, plan, planned))


def _codes(check: Check, kind: Kind, body: str, **kw: str) -> set[str]:
    return {f.code for f in _run(check, kind, body, **kw) if f.severity != "info"}


# 1. Timing: a feedback request after a rejection, to an interviewer who is not the contact (the recruiter who ran
# the process), breaks no timing rule; a status check to someone other than the contact still does.
FEEDBACK = (
    "Dear Vera,\n\nThank you for letting me know the outcome. If you could share any feedback on my interview, I would"
    " be grateful.\n\nKind regards,\nLena"
)


def test_feedback_request_to_the_recruiter_is_no_timing_error() -> None:
    found = _run(check_timing, Kind.feedback_request, FEEDBACK, to="Vera Kostner", outcome="rejected")
    assert not [f for f in found if f.severity in ("error", "warning")], found
    assert [f.code for f in found] == ["not_contact"]


def test_feedback_request_to_someone_outside_the_notes_is_still_not_planned() -> None:
    found = _run(check_timing, Kind.feedback_request, FEEDBACK, to="Petra Moser", outcome="rejected")
    assert any(f.severity == "error" for f in found), found


def test_status_check_to_a_non_contact_still_errs() -> None:
    body = "Dear Vera,\n\nIs there any news on the Workshop Voicer position?\n\nKind regards,\nLena"
    assert "not_contact" in _codes(check_timing, Kind.status_check, body, to="Vera Kostner")


# 2. Purpose, feedback requests: the decision acknowledged and feedback asked for in indirect words.
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Anton,\n\nI was sorry to hear it didn't work out this time. Is there any feedback on my interview you"
            " could share?\n\nLena",
            id="did-not-work-out",
        ),
        pytest.param(
            "Dear Anton,\n\nThank you for your kind phone call about the voicer post. Would you share any feedback on"
            " my interview?\n\nLena",
            id="adjective-before-call",
        ),
        pytest.param(
            "Dear Anton,\n\nThank you for telling me the result. If the workshop had any reasons for its choice, I"
            " would be glad to hear them.\n\nLena",
            id="reasons-for-its-choice",
        ),
        pytest.param(
            "Dear Anton,\n\nThank you for telling me the result. I would be glad to hear your own view on how I might"
            " explain my voicing work better next time.\n\nLena",
            id="own-view-how-better",
        ),
        pytest.param(
            "Dear Anton,\n\nThank you for telling me the result. Could you tell me what the panel thought I was"
            " missing?\n\nLena",
            id="what-i-was-missing",
        ),
    ],
)
def test_indirect_feedback_request_does_its_job(body: str) -> None:
    assert _codes(check_purpose, Kind.feedback_request, body, outcome="rejected") == set(), body


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Anton,\n\nThank you for your kind phone call. I hope the Mariazell work goes well.\n\nLena",
            id="no-ask",
        ),
        pytest.param(
            "Dear Anton,\n\nI hope the winter goes well. Is there any feedback on my interview you could"
            " share?\n\nLena",
            id="no-acknowledgement",
        ),
    ],
)
def test_feedback_request_without_its_parts_still_errs(body: str) -> None:
    assert _codes(check_purpose, Kind.feedback_request, body, outcome="rejected"), body


# 3. Purpose, status checks: the role said informally, progress asked of it, a yes or no asked for, news from their
# side; an update on their project is still no status question.
@pytest.mark.parametrize(
    "said",
    [
        "Any news on the voicer spot?",
        "Is there any news on the workshop gig yet?",
        "I wanted to check whether there has been any progress on the Workshop Voicer post.",
        "I am still waiting to hear about the Workshop Voicer position and would appreciate a reply.",
        "A quick yes or no would really help me plan my winter.",
        "I wanted to see whether there is any news on your side.",
    ],
)
def test_informal_status_question_asks(said: str) -> None:
    body = f"Dear Anton,\n\n{said}\n\nKind regards,\nLena"
    assert "no_status_question" not in _codes(check_purpose, Kind.status_check, body), said


@pytest.mark.parametrize(
    "said",
    [
        "Any news on the Mariazell restoration?",
        "I hope the windchests are holding up this winter.",
    ],
)
def test_update_on_something_else_still_asks_nothing(said: str) -> None:
    body = f"Dear Anton,\n\n{said}\n\nKind regards,\nLena"
    assert "no_status_question" in _codes(check_purpose, Kind.status_check, body), said


# 4. Purpose, thank-yous: thanks said in the recipient's language; a note that is only warm, calm or exclamatory,
# still never thanks.
def test_thanks_in_another_language_thanks() -> None:
    body = "Dziękuję, Anton, for the tour of the workshop today. The tracker repairs were fascinating. Lena"
    assert "no_thanks" not in _codes(check_purpose, Kind.thank_you, body)


def test_warm_exclamatory_note_never_thanks_either() -> None:
    # checks23: no special case for exclamations; the rule reports, and guardrails/severity_policy.py makes it a
    # warning in a draft the candidate wrote (tests/guardrails/test_checks23_classes.py)
    body = "Hey Anton!! Great chatting today! Those tracker repairs are so cool!! Lena"
    found = [f for f in _run(check_purpose, Kind.thank_you, body) if f.code == "no_thanks"]
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize(
    "body",
    [
        "Dear Anton,\n\nIt was a pleasure to meet you today. The tracker repairs were fascinating.\n\nLena",
        "Dear Anton,\n\nWhat a great chat today! The tracker repairs were fascinating.\n\nLena",
        "Hey Anton!! The tracker repairs are so cool!! Lena",
    ],
)
def test_calm_warmth_or_no_warmth_still_never_thanks(body: str) -> None:
    assert "no_thanks" in _codes(check_purpose, Kind.thank_you, body), body


# 5. Personalization: a status check that offers to send the candidate's own work ("I'll send it over") adds value.
@pytest.mark.parametrize(
    "offer",
    [
        "If a copy of my tuning log for the church organs would help, just say and I'll send it over.",
        "If photos of the Steyr wind chest would be useful, I will gladly share them.",
    ],
)
def test_offer_of_own_work_is_value(offer: str) -> None:
    body = f"Dear Anton,\n\nIs there any update on the position? {offer}\n\nLena"
    assert "no_value" not in {f.code for f in _run(check_personalization, Kind.status_check, body)}, offer


def test_bare_update_with_a_promise_to_reply_still_adds_nothing() -> None:
    body = "Dear Anton,\n\nIs there any update on the position? I'll reply quickly if you need anything.\n\nLena"
    found = _run(check_personalization, Kind.status_check, body)
    # a warning since checks42: blind25 … blind38's readers label a bare "any update?" personalization
    assert [f.severity for f in found if f.code == "no_value"] == ["warning"]


# 6. Negativity: a polite question with 'yet', leeway offered in a condition, an easy fix disclaimed are no
# complaint or belittling; the plain complaint and the easy fix promised still are.
@pytest.mark.parametrize(
    "said",
    [
        "Is there any word yet on the decision?",
        "Could you tell me where things stand, or give me a new timeline if the process has taken longer than planned?",
        "I would never promise an easy fix for the windchests, but a humidity log would be my first step.",
    ],
)
def test_polite_or_disclaimed_is_no_negativity(said: str) -> None:
    body = f"Dear Anton,\n\n{said}\n\nKind regards,\nLena"
    assert _codes(check_negativity, Kind.status_check, body) == set(), said


@pytest.mark.parametrize(
    "said",
    [
        "It has been weeks and there is still no word yet on the decision.",
        "The process has taken longer than planned, which is frustrating.",
        "The cracked windchests are an easy fix, honestly.",
    ],
)
def test_plain_complaint_or_easy_fix_still_fires(said: str) -> None:
    body = f"Dear Anton,\n\n{said}\n\nKind regards,\nLena"
    assert _codes(check_negativity, Kind.status_check, body), said


# 7. Grammar: a count before 'of' is plural; a negative word that is the subject of its own clause is no double
# negative; a subject pronoun before the verb after 'how' is a clause, no missing 'to'. Real slips still fire.
@pytest.mark.parametrize(
    "said",
    [
        "I understand that three of your organs were damaged by the frost last winter.",
        "I still can't believe nobody has written a history of the Graz workshops.",
        "I'd like to hear how you currently arrange cover for the tuning rounds.",
        "A shared log changes how people think about every stop.",
    ],
)
def test_grammar_near_misses_stay_clean(said: str) -> None:
    body = f"Dear Anton,\n\nThank you for the tour today. {said}\n\nKind regards,\nLena"
    codes = _codes(check_grammar, Kind.thank_you, body)
    assert not codes & {"agreement", "double_negative", "word_choice"}, (said, codes)


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("The list of repairs were longer than I expected.", "agreement"),
        ("I haven't heard nothing from the workshop since.", "double_negative"),
    ],
)
def test_grammar_slips_still_fire(said: str, code: str) -> None:
    body = f"Dear Anton,\n\nThank you for the tour today. {said}\n\nKind regards,\nLena"
    assert code in _codes(check_grammar, Kind.thank_you, body), said


# 8. Tone: other processes mentioned plainly, with nothing that hurries them, are worth a look (a warning), not
# leverage that stops the draft; with an offer, a date or a hurry they are still an error.
def _leverage(said: str) -> list[str]:
    body = f"Dear Anton,\n\n{said}\n\nKind regards,\nLena"
    return [f.severity for f in _run(check_tone, Kind.status_check, body) if f.code == "leverage"]


@pytest.mark.parametrize(
    "said",
    [
        "I am also in touch with two other companies, but the Graz workshop is still the one I would choose.",
        "To be open with you, I'm in a few other interview processes, though this role remains my first choice.",
    ],
)
def test_plain_mention_of_other_processes_is_a_warning(said: str) -> None:
    assert _leverage(said) == ["warning"], said


@pytest.mark.parametrize(
    "said",
    [
        "I am also in touch with two other companies, so I would need to know soon.",
        "I'm in a few other interview processes and one of them wants an answer by Friday.",
        "I have received another offer, but the Graz workshop is still my first choice.",
    ],
)
def test_mention_with_a_hurry_or_an_offer_is_leverage(said: str) -> None:
    assert "error" in _leverage(said), said


# 8b. Tone: an answer asked of them for this week is a deadline; the candidate's own answer is not.
@pytest.mark.parametrize(
    ("said", "pushy"),
    [
        ("I have a move to plan, so I would appreciate an answer this week.", True),
        ("I hope to give an answer this week about the references you asked for.", False),
    ],
)
def test_an_answer_this_week(said: str, pushy: bool) -> None:
    body = f"Dear Anton,\n\nIs there any news on the position? {said}\n\nKind regards,\nLena"
    codes = {f.code for f in _run(check_tone, Kind.status_check, body) if f.severity == "error"}
    assert ("pushy" in codes) is pushy, (said, codes)


# 9. Negativity missed: the chance called unfair, incredulity at their neglect, a symptom said to show how they run
# things, a missed date pointed at; their praise and a neutral wait stay clean.
@pytest.mark.parametrize(
    "said",
    [
        "The interview felt short, and I don't think I was given a fair chance to show my voicing.",
        "That old blower is an embarrassment for a workshop of your name.",
        "I can't believe nobody has fixed the humidity control in all these years.",
        "Cracked windchests every single winter says a lot about how the workshop has been managed.",
        "I had expected to hear from you by 20 November, so I assume things have been delayed.",
    ],
)
def test_implied_criticism_fires(said: str) -> None:
    body = f"Dear Anton,\n\n{said}\n\nKind regards,\nLena"
    assert _codes(check_negativity, Kind.thank_you, body), said


@pytest.mark.parametrize(
    "said",
    [
        "I can't believe how much care goes into each village organ.",
        "The way the apprentices spoke says a lot about how well the workshop is run.",
        "I was given a fair chance to show my voicing, and I enjoyed it.",
        "I hope to hear from you by the end of the month, as you suggested.",
    ],
)
def test_praise_and_plain_waits_stay_clean(said: str) -> None:
    body = f"Dear Anton,\n\n{said}\n\nKind regards,\nLena"
    assert _codes(check_negativity, Kind.thank_you, body) == set(), said


# 10. Fluency: a colleague's item jotted with 'their' ("their blower motors overheat") copied into a message to
# someone at the same company reads as the notes, not as a letter to them; 'the' or a 'their' of others is fine.
@pytest.mark.parametrize(
    ("said", "copied"),
    [
        ("I keep thinking about how their blower motors overheat in August.", True),
        ("I keep thinking about how the blower motors overheat in August.", False),
        ("The apprentices showed me their blower motors with real pride.", False),
    ],
)
def test_colleagues_item_copied_with_their(said: str, copied: bool) -> None:
    body = f"Dear Vera,\n\nIs there any news on the Workshop Voicer position? {said}\n\nKind regards,\nLena"
    codes = _codes(check_fluency, Kind.status_check, body, to="Vera Kostner")
    assert ("copied_pronoun" in codes) is copied, (said, codes)


# 11. Personalization: a thank-you naming one common word of a short jotted item's first part ('pipe' of "pipe metal:
# tin vs. lead alloys") names nothing specific; both words of it, or the item in other words, still do.
@pytest.mark.parametrize(
    ("said", "generic"),
    [
        ("I loved the workshop, its history and every pipe in it, and I would bring real care to the team.", True),
        ("I enjoyed our talk about pipe metal and how tin and lead behave differently in the voicing.", False),
        ("The tracker action repairs in the village churches sound like exactly the work I enjoy.", False),
    ],
)
def test_one_common_word_of_a_short_item_is_generic(said: str, generic: bool) -> None:
    body = f"Dear Anton,\n\nThank you for meeting me today. {said}\n\nKind regards,\nLena"
    codes = _codes(check_personalization, Kind.thank_you, body)
    assert ("generic" in codes) is generic, (said, codes)


# 12. Negativity: their customers' wait named by a hyphenated plural ("drop-ins waiting forty minutes") is their
# problem restated, not the candidate's wait told as a grievance; the candidate's own wait still is.
@pytest.mark.parametrize(
    ("said", "complaint"),
    [
        ("Your point about drop-ins waiting around forty minutes for a tuning slot stayed with me.", False),
        ("I was left waiting around forty minutes in the hall before we started.", True),
    ],
)
def test_their_customers_wait_is_no_complaint(said: str, complaint: bool) -> None:
    body = f"Dear Anton,\n\nThank you for meeting me today. {said}\n\nKind regards,\nLena"
    codes = _codes(check_negativity, Kind.thank_you, body)
    assert bool(codes) is complaint, (said, codes)
