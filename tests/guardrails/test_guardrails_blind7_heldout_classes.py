"""Classes of fault found on blind7's held-out half (spent), each tested on phrasings written here (never a
corpus sentence) and on notes of their own: a water utility in Glasgow."""

from __future__ import annotations

import pytest
from water_case import fired, letter, load, run

from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


@pytest.fixture(scope="module")
def casual(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("casual", tmp_path_factory.mktemp("notes"))


@pytest.fixture(scope="module")
def formal(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("formal", tmp_path_factory.mktemp("notes"))


# --- tone: a casual sign-off is wrong only where it breaks a formal letter's register ---------------------
@pytest.mark.parametrize(
    "greeting, middle, signoff",
    [
        ("Hi Fiona,", "It was great to see the control room.", "Cheers,"),
        ("Hello Fiona,", "Thanks again for showing me the control room.", "Cheers!"),
        ("Hi Fiona,", "I'd love to help with the leak backlog.", "Ta,"),
    ],
)
def test_a_casual_signoff_fits_a_casual_letter_to_an_executive(notes, greeting, middle, signoff) -> None:
    assert fired(run(notes, letter(greeting, middle, signoff)), "tone") == []


@pytest.mark.parametrize(
    "greeting, signoff",
    [("Dear Ms. Campbell,", "Cheers,"), ("Dear Fiona Campbell,", "Cheers!"), ("Dear Ms Campbell,", "Ciao,")],
)
def test_a_casual_signoff_under_a_formal_greeting_to_an_executive_is_still_wrong(notes, greeting, signoff) -> None:
    body = letter(greeting, "I would welcome the chance to contribute to the trunk main surveys.", signoff)
    assert "error:familiar_signoff" in fired(run(notes, body), "tone")


def test_a_casual_signoff_under_a_formal_greeting_at_a_formal_company_is_still_wrong(formal) -> None:
    body = letter("Dear Ms. Campbell,", "I would welcome the chance to help.", "Cheers,")
    assert "error:familiar_signoff" in fired(run(formal, body), "tone")


# --- tone: a chatbot's preface pasted above the letter is not the letter's enthusiasm ---------------------
@pytest.mark.parametrize(
    "preface",
    [
        "Sure! Here's a warm follow-up you can send:",
        "Absolutely! Below is a polished version of your email:",
        "Of course! Here is your thank-you note:",
    ],
)
def test_exclamations_in_a_pasted_preface_do_not_count(casual, preface) -> None:
    body = preface + "\n\n" + letter("Hi Fiona,", "It was great to see the control room!", "Thanks again!")
    draft = run(casual, body)
    assert fired(draft, "tone") == []
    assert "error:assistant_wrapper" in fired(draft, "ai_tells")


def test_exclamations_in_the_letter_itself_still_count(casual) -> None:
    body = letter("Hi Fiona!", "It was great to see the control room! I loved it!", "Thanks again!")
    assert [c for c in fired(run(casual, body), "tone") if c.endswith(":exclamations")]


# --- tone: "I'd take any" is pleading for a job, not when what is taken is advice ----------------------
_FEEDBACK = (
    "Dear Ms. Campbell,\n\nThank you for letting me know your decision on the Network Operations Manager role. "
    "I valued our talk about the trunk main surveys. {said}\n\nKind regards,\nPriya Nair"
)


@pytest.mark.parametrize(
    "said",
    [
        "I'd take any pointers on where my answers fell short.",
        "I would gladly take any comments you have on my interview.",
        "I'll happily accept any advice on the technical round.",
        "I'd take any thoughts at all, however brief.",
    ],
)
def test_taking_any_advice_is_not_pleading(notes, said) -> None:
    draft = run(notes, _FEEDBACK.format(said=said), Kind.feedback_request)
    assert "error:desperate" not in fired(draft, "tone")


@pytest.mark.parametrize(
    "said",
    [
        "I'd take any role in the network team at this point.",
        "I would honestly accept any salary you offered.",
        "I will take any position that is open.",
    ],
)
def test_taking_any_job_is_still_pleading(notes, said) -> None:
    draft = run(notes, _FEEDBACK.format(said=said), Kind.feedback_request)
    assert "error:desperate" in fired(draft, "tone")


# --- grammar: a short lead-in that announces the speaker's stance is no comma splice ----------------------
@pytest.mark.parametrize(
    "said",
    [
        "I'll be frank, the backlog numbers surprised me.",
        "I have to admit, I had not seen acoustic loggers used that way.",
        "I must say, the control room was impressive.",
        "I'll be honest, it was the best part of my day.",
    ],
)
def test_a_stance_lead_in_is_not_a_comma_splice(notes, said) -> None:
    # (a formal letter: in a casual one a comma splice is advice only, checks12)
    formal = letter("Dear Ms Campbell,", said, "Kind regards,")
    assert "warning:comma_splice" not in fired(run(notes, formal), "grammar")


def test_two_full_clauses_are_still_a_comma_splice(notes) -> None:
    said = "The survey plan looked solid, I think it will need more crews."
    formal = run(notes, letter("Dear Ms Campbell,", said, "Kind regards,"))
    # advice since checks36 (a comma splice was right on 2 of 8 drafts across blind25-33), still shown
    assert any(f.code == "comma_splice" and f.severity == "info" for f in formal.findings)
    # a casual note ("Hi Fiona, ... Best,") carries a comma splice without harm: advice, not a warning
    casual = run(notes, letter("Hi Fiona,", said, "Best,"))
    assert "warning:comma_splice" not in fired(casual, "grammar")
    assert any(f.code == "comma_splice" and f.severity == "info" for f in casual.findings)


# --- grammar: 'you' with the group it names ("you guys asked for") is no pronoun-verb disagreement --------
@pytest.mark.parametrize(
    "said",
    [
        "I have attached the references you guys asked for.",
        "Here is the plan you folks wanted to see.",
        "It was kind of you guys to show me round.",
    ],
)
def test_you_and_a_group_noun_is_not_an_agreement_error(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar") == []


# --- grammar: a loanword Harper lacks is no typo when its nearest word is no slip of the keys -------------
@pytest.mark.parametrize(
    "said",
    [
        "We even talked about the soba place near the depot.",
        "The team lunch of udon was a nice touch.",
        "I liked the kaizen boards in the depot.",
    ],
)
def test_a_loanword_is_not_a_misspelling(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar") == []


@pytest.mark.parametrize(
    "said, typo",
    [
        ("I enjoyed the tlak about the pumps.", "tlak"),
        ("The depot visit was definately useful.", "definately"),
        ("I wpuld like to help with the backlog.", "wpuld"),
        ("The pressure dashbaord I built would help.", "dashbaord"),
    ],
)
def test_a_slip_of_the_keys_is_still_a_misspelling(notes, said, typo) -> None:
    draft = run(notes, letter("Hi Fiona,", said, "Best,"))
    assert [f for f in draft.findings if f.check == "grammar" and f.severity == "warning" and typo in f.message]


# --- claims: the candidate's role inflated to the lead of work the notes say someone else led -------------
@pytest.mark.parametrize(
    "said",
    [
        "At Forth Water I led an acoustic leak-detection pilot that cut burst mains by a quarter.",
        "I ran the acoustic leak-detection pilot that cut burst mains by a quarter.",
        "I headed a leak-detection pilot at Forth Water, and burst mains fell by a quarter.",
    ],
)
def test_leading_what_someone_else_led_is_a_claim(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims")


@pytest.mark.parametrize(
    "said",
    [
        "I supported the acoustic leak-detection pilot that cut burst mains by a quarter.",
        "I was part of the team behind an acoustic leak-detection pilot that cut burst mains by a quarter.",
        "I built a dashboard that tracked 400 pressure sensors at Forth Water.",
    ],
)
def test_the_role_the_notes_give_is_no_claim(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims") == []


# --- claims: "my research on X" where X is the company's own work -----------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I was glad to walk you through my condition surveys of the Victorian trunk mains.",
        "It was good to talk about my own analysis of the smart-meter rollout across Glasgow.",
        "I enjoyed presenting my research on the Victorian trunk mains.",
    ],
)
def test_the_company_work_claimed_as_mine_is_a_claim(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims")


@pytest.mark.parametrize(
    "said",
    [
        "I was glad to talk about my dashboard for the 400 pressure sensors.",
        "My questions on the smart-meter rollout were answered in full.",
        "I enjoyed sharing my thoughts on the Victorian trunk mains.",
    ],
)
def test_my_own_work_or_my_questions_are_no_claim(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims") == []


# --- negativity: easing the pressure on them ("no rush, I know things get hectic") is kindness --------------
@pytest.mark.parametrize(
    "said",
    [
        "No pressure at all, I know December gets crazy for recruiters.",
        "No stress on my side, I know the end of the year is mad busy.",
        "No pressure, I can imagine how hectic things are with the rollout.",
        "There is no pressure from me, I know you are crazy busy.",
        "No stress at all, I know hiring can be a crazy, stressful time.",
        "No rush, I know the week before a board meeting is mad.",
    ],
)
def test_easing_the_pressure_is_not_negative(notes, said) -> None:
    body = letter("Hi Aileen,", said, "Best,")
    assert fired(run(notes, body, Kind.status_check, to="Aileen Stewart"), "negativity") == []


def test_a_complaint_about_the_wait_is_still_negative(notes) -> None:
    said = "No one has replied in three weeks, which is frankly frustrating and disappointing."
    body = letter("Hi Aileen,", said, "Best,")
    assert fired(run(notes, body, Kind.status_check, to="Aileen Stewart"), "negativity")


# --- negativity: the candidate's verdict on their product, after trying it ----------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I tried the leak-report form on your website last night, and honestly it was pretty rough.",
        "I had a look at the customer app over the weekend and it felt unfinished, with two crashes.",
        "I tested the outage map on my phone, and it seemed rather sluggish and unpolished.",
        "I tried the outage map you described, and it was pretty clunky on my phone.",
        "After the leak backlog you mentioned, I had a look at the report form and it felt unfinished.",
    ],
)
def test_a_verdict_on_their_product_after_trying_it_is_criticism(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "negativity")


@pytest.mark.parametrize(
    "said",
    [
        "I tried the leak-report form on your website last night, and it was quick and clear.",
        "I had a rough journey in, but the visit more than made up for it.",
        "I looked at the trunk main survey photos, and the old pipes were in rough condition.",
    ],
)
def test_trying_their_product_or_a_rough_day_is_no_criticism(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "negativity") == []


# --- grammar: a modal with no 'be' before its adjective ("I would grateful") --------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I would grateful for any news on the timeline.",
        "I'd happy to send the dashboard screenshots.",
        "We could able to start the surveys in January.",
        "I will very glad to hear more about the rollout.",
    ],
)
def test_a_modal_with_no_be_is_a_grammar_error(notes, said) -> None:
    assert [c for c in fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar") if "missing_be" in c]


@pytest.mark.parametrize(
    "said",
    [
        "I would be grateful for any news on the timeline.",
        "I'd gladly send the dashboard screenshots.",
        "I would really like to hear more about the rollout.",
    ],
)
def test_a_modal_with_its_verb_is_fine(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar") == []


# --- grammar: a plural subject, an aside between commas, then a singular verb -------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "The survey results, which you asked about, is now in the shared folder.",
        "The certificates from the NEBOSH course, which I mentioned, was sent this morning.",
        "My notes on the sensor network, as promised, is attached.",
    ],
)
def test_agreement_across_an_aside(notes, said) -> None:
    assert "warning:agreement" in fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar")


@pytest.mark.parametrize(
    "said",
    [
        "The survey results, which you asked about, are now in the shared folder.",
        "The list of certificates, as promised, is attached.",
        "The sensors, I think, are the key, and the dashboard, which I built, is the rest.",
    ],
)
def test_agreement_across_an_aside_that_agrees(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar") == []


# --- facts: an institution's name with its place swapped for another word of the notes -------------------
@pytest.mark.parametrize(
    "said",
    [
        "It was a happy surprise that we both studied at the University of Glasgow.",
        "I did not expect to meet another graduate of the University of Milngavie.",
        "It was fun to find out we are both Glasgow University alumni.",
    ],
)
def test_a_shared_institution_with_the_wrong_place_is_a_fact_error(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "facts")


@pytest.mark.parametrize(
    "said",
    [
        "It was a happy surprise that we both studied at the University of Strathclyde.",
        "It was fun to find out we are both Strathclyde University alumni.",
        "It was good to hear how the rollout across Glasgow is going.",
    ],
)
def test_the_institution_the_notes_name_is_no_fact_error(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "facts") == []
