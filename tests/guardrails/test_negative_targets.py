"""Negativity as a target and a verdict on it (guardrails/negative_targets.py): one test per kind of speech act,
on phrasings written here (never a corpus sentence), with the neutral sentence of the same kind beside it."""

from __future__ import annotations

import pytest
from water_case import answered, chased, load, thanks

from afterview.notes.model import Notes


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


# --- the wait told as a grievance ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Although I sat for nearly forty minutes in the lobby before we began, the afternoon was worthwhile.",
        "Despite the start being pushed back twice, I enjoyed meeting the team.",
        "Even with the panel running late by an hour, I valued the conversation.",
    ],
)
def test_a_wait_on_the_day_told_as_a_grievance_is_negative(notes, said) -> None:
    assert "error:process_complaint" in thanks(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "I have been checking my email every day since we spoke.",
        "I've been glued to my phone all week.",
    ],
)
def test_a_watched_inbox_over_days_is_a_complaint_about_the_wait(notes, said) -> None:
    assert "error:process_complaint" in chased(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "I will be checking my email over the weekend in case you need anything.",
        "I spent an hour afterwards reading about the trunk mains survey.",
        "It has been a week since we met, so I thought I would ask.",
    ],
)
def test_a_plain_mention_of_time_or_email_is_no_complaint(notes, said) -> None:
    assert chased(notes, said) == []


# --- pointing at what they have not done ------------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "As I previously requested, could you confirm the next step?",
        "I suspect my last note must have gotten lost somewhere, so I am writing once more.",
        "Perhaps this time someone will be able to reply.",
        "I would be glad of a short note if somebody there can find the time.",
    ],
)
def test_pointing_at_their_silence_is_passive_aggressive(notes, said) -> None:
    assert "error:passive_aggressive" in chased(notes, said)


def test_a_plain_ask_for_a_moment_of_their_time_is_not(notes) -> None:
    assert chased(notes, "If you have a moment this week, I would be glad to hear where things stand.") == []


# --- arguing with a rejection ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Frankly, I am finding the outcome difficult to accept.",
        "I cannot see why my leak-detection work counted for so little.",
        "I am confident I was easily the best candidate on your shortlist.",
        "I sense the panel had already made up its mind well before my slot.",
        "A single thirty-minute case study is hardly a fair basis for the choice.",
    ],
)
def test_disputing_the_decision_is_negative(notes, said) -> None:
    assert "error:disputes_decision" in answered(notes, said)


def test_accepting_the_decision_and_asking_how_to_improve_is_not(notes) -> None:
    said = "I would find it helpful to understand where my answers fell short, so I can prepare better next time."
    assert answered(notes, said) == []


# --- a verdict on the interview, on an interviewer's attention, on their product as its customer ------------------
@pytest.mark.parametrize(
    "said",
    [
        "I was struck by how hurried the second panel seemed.",
        "I noticed Mr. Reid hardly looked up from his screen, but I hope my answers landed.",
        "As a Clyde Valley customer myself, the water pressure on my street has been awful.",
        "It is good that someone is finally tackling the east-end leaks.",
        "Billing support has been pretty unreliable for years.",
    ],
)
def test_a_verdict_on_them_or_their_service_is_criticism(notes, said) -> None:
    assert "error:criticism" in thanks(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "As a customer myself, I rely on the outage map every winter.",
        "I could see how the team has been weighing the survey data for years.",
    ],
)
def test_a_customer_or_a_long_effort_named_plainly_is_not(notes, said) -> None:
    assert thanks(notes, said) == []


# --- the employer the candidate is at now, run down ------------------------------------------------------------
def test_the_employer_named_as_where_i_am_now_with_a_verdict_is_badmouthing(notes) -> None:
    said = "It is quite unlike the utility I'm with at the moment, where leadership couldn't care less about leaks."
    assert "error:badmouthing" in thanks(notes, said)


def test_a_compound_with_worst_judges_no_one(notes) -> None:
    said = "My dashboard could point the field crews to the worst-affected districts first."
    assert thanks(notes, said) == []


def test_things_people_ignored_in_my_own_story_judge_no_one(notes) -> None:
    said = "At Forth Water I built a dashboard that turned pressure readings people ignored into alerts crews used."
    assert thanks(notes, said) == []


def test_a_negative_word_negated_or_in_a_compound_is_no_negative_sentence(notes) -> None:
    said = "My NEBOSH course is done, so night call-outs no longer scare me."
    assert "warning:negative_sentence" not in thanks(notes, said)


# --- a second round of kinds, each with its plain counterpart -------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "The site lead was a good half hour late, though the visit itself went well.",
        "Seeing how long this has taken, a clear answer would help.",
        "I'd have expected some word before the holidays began.",
        "I have still not had any reply to my note of last week.",
        "This is my fourth message about the role.",
        "I fear my application may have fallen through the cracks.",
    ],
)
def test_more_ways_of_complaining_about_the_wait(notes, said) -> None:
    assert "error:process_complaint" in chased(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "A short acknowledgement would have been considerate.",
        "I wonder whether my earlier note never got through.",
        "Hopefully this one does not vanish into the void.",
    ],
)
def test_more_ways_of_pointing_at_their_silence(notes, said) -> None:
    assert "error:passive_aggressive" in chased(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "The news came as a real blow after such a warm conversation.",
        "I was given to understand that the role was mine to lose.",
        "I must disagree with the panel's assessment of my planning skills.",
        "It would have been fairer to tell us about the presentation in advance.",
        "I find the outcome perplexing.",
        "I would like to know why a less qualified applicant got the post.",
    ],
)
def test_more_ways_of_disputing_the_decision(notes, said) -> None:
    assert "error:disputes_decision" in answered(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "I am afraid I did not do my experience justice in the technical round.",
        "The other applicants were surely more articulate than me.",
        "I doubt I made much of an impression on the panel.",
        "I realise I interrupted you more than once.",
    ],
)
def test_more_ways_of_running_oneself_down(notes, said) -> None:
    assert "error:self_deprecation" in thanks(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "The tour of the depot felt rather tense, but I learned a lot.",
        "Mr. Reid kept glancing at his phone, which was off-putting.",
        "I tried your leak reporting page and it was impossible to navigate.",
        "It was a big change from where I am now to meet a team that listens.",
        "My supervisor at Forth Water only ever cared about the share price.",
        "It is a pity the panel never asked about my sensor work.",
    ],
)
def test_more_verdicts_on_them_or_the_employer(notes, said) -> None:
    assert any(code.startswith("error:") for code in thanks(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "It was a long day, but every conversation was worthwhile.",
        "Your billing team sounds like it has made real progress this year.",
        "As a customer for ten years, I appreciate how reliable the supply is.",
        "I did not expect the trunk mains to be so old; it makes the condition surveys fascinating.",
        "The crews I trained were far more experienced in the field than me, and they taught me a lot.",
    ],
)
def test_their_plain_counterparts_stay_clean(notes, said) -> None:
    assert thanks(notes, said) == []


# --- a third round: conduct whoever the target, faint praise, courtesy, a decision made in advance ---------------
@pytest.mark.parametrize(
    "said",
    [
        "My old director treated the survey crews like cogs in a machine.",
        "A colleague there regularly passed my reports off as her own.",
        "I was passed over for promotion twice at Forth Water, so your growth plans appealed.",
        "The outage page looks like it was designed in the 1990s.",
        "The new works at Milngavie were impressive, if slow for a utility of your standing.",
        "It is alarming that the east-end leaks have waited so long.",
        "The way the trunk mains were inspected sounds haphazard.",
    ],
)
def test_conduct_faint_praise_and_alarm_are_negative(notes, said) -> None:
    assert any(code.startswith("error:") for code in thanks(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "Does anybody actually read my messages?",
        "The basic courtesy of a reply would help me plan.",
        "Four weeks is a long time for a quick answer.",
        "The site visit started half an hour behind schedule and I never got the address.",
        "Nobody bothered to confirm the time of my interview.",
    ],
)
def test_more_jabs_at_their_silence_or_the_day(notes, said) -> None:
    assert any(code.startswith("error:") for code in chased(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "I suspect the choice was settled well before my interview.",
        "One short conversation is hardly enough to judge a candidate.",
        "I am confused, given everyone seemed so positive on the day.",
        "I fear I was never a credible candidate.",
        "I am sorry my nervous answers ran so long.",
    ],
)
def test_more_disputes_and_self_doubt(notes, said) -> None:
    assert any(code.startswith("error:") for code in answered(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "I am careful with pressure data and never careless with alerts.",
        "I would value the chance to learn how the team decides what to survey first.",
        "For a team of your size the smart-meter rollout is ambitious, and I would love to help.",
    ],
)
def test_the_plain_counterparts_of_the_third_round_stay_clean(notes, said) -> None:
    assert thanks(notes, said) == []


# --- a fourth round ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "My supervisor at Forth Water would snap at junior engineers in meetings.",
        "I was glad to go, considering the way the merger was managed.",
        "Ms. Stewart seemed rather curt with me at reception.",
        "The billing helpline left me on hold for nearly an hour.",
        "The new tariff was poorly explained to customers.",
        "That burst on the trunk main must have been humiliating for the operations team.",
        "My mind went blank when you asked about capital planning.",
    ],
)
def test_fourth_round_verdicts_are_negative(notes, said) -> None:
    assert any(code.startswith("error:") for code in thanks(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "I have lost count of the number of times I have followed up.",
        "At this point the silence says it all.",
    ],
)
def test_fourth_round_jabs_at_the_silence(notes, said) -> None:
    assert any(code.startswith("error:") for code in chased(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "I believe the panel underrated my network experience.",
        "The decision seems premature to me.",
        "I gather the post was earmarked for an internal candidate.",
        "I feel the panel never got to see my best work.",
    ],
)
def test_fourth_round_disputes(notes, said) -> None:
    # (an insinuation it was decided in advance may be reported as a jab at the process: either is negativity)
    assert any(code.startswith("error:") for code in answered(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "I admired the way the smart-meter rollout was handled.",
        "I would be glad to help keep customers informed during the rollout.",
    ],
)
def test_fourth_round_plain_counterparts(notes, said) -> None:
    assert thanks(notes, said) == []
