"""Classes of fault found on blind8's tune half, each tested on phrasings written here (never a corpus
sentence) and on notes of their own: the water utility in Glasgow (water_case.py)."""

from __future__ import annotations

import pytest
from water_case import feedback, fired, letter, load, run, status

from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


def _blind8_feedback(middle: str) -> str:
    return feedback(middle, "I enjoyed our talk about the trunk main surveys.")


# --- facts: a month the notes name in any form ("a March start date", "mid-March") ---------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I can still start in March, as we discussed.",
        "A start in early March still suits me well.",
        "I remain available from March.",
    ],
)
def test_a_month_the_notes_name_without_a_preposition_is_supported(notes, said) -> None:
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "facts") == []


def test_a_month_the_notes_never_name_is_still_unsupported(notes) -> None:
    said = "I can still start in July, as we discussed."
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "facts")


# --- purpose: asking for what to work on is asking for feedback, without the word -----------------------
@pytest.mark.parametrize(
    "said",
    [
        "Would you be willing to name one or two things I could strengthen before my next interview?",
        "Could you share a couple of points I might work on?",
        "If you have a moment, I'd welcome any comments on my answers about the surveys.",
        "Is there anything I could have done differently in the technical round?",
    ],
)
def test_asking_what_to_work_on_is_a_feedback_question(notes, said) -> None:
    draft = run(notes, _blind8_feedback(said), Kind.feedback_request)
    assert "error:no_feedback_question" not in fired(draft, "purpose")


@pytest.mark.parametrize(
    "said",
    [
        "I will keep working on my answers for next time.",
        "I wish you and the team every success with the surveys.",
    ],
)
def test_a_feedback_request_that_asks_nothing_still_fails(notes, said) -> None:
    draft = run(notes, _blind8_feedback(said), Kind.feedback_request)
    assert "error:no_feedback_question" in fired(draft, "purpose")


# --- claims: what made me think of something is no claim of cause and effect -------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Since we spoke I passed the NEBOSH certificate, which made me think again about the leak backlog.",
        "I passed the NEBOSH general certificate, and it reminded me of the survey work you described.",
        "The NEBOSH exam covered confined spaces, which brought the trunk main surveys to mind.",
    ],
)
def test_a_thought_prompted_is_no_causal_claim(notes, said) -> None:
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "claims") == []


def test_an_invented_effect_is_still_a_causal_claim(notes) -> None:
    said = "My dashboard at Forth Water, which cut burst mains by half, is the approach I would bring."
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "claims")


# --- grammar: 'you' in a clause of its own, then another verb ("the forms you asked for should reach you") ----
@pytest.mark.parametrize(
    "said",
    [
        "The forms you requested should now be with you.",
        "The references you wanted are now on their way to you.",
        "Anything you need from me can be sent to you today.",
    ],
)
def test_you_in_a_relative_clause_is_not_subject_and_object(notes, said) -> None:
    assert "error:self_object" not in fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar")


def test_you_as_subject_and_object_of_one_verb_is_still_an_error(notes) -> None:
    said = "I hope you can share the survey plan with you."
    assert "error:self_object" in fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar")


# --- grammar: "…, so if you …, I'd …": a conditional after a conjunction ends at its comma -----------------
@pytest.mark.parametrize(
    "said",
    [
        "I'd love to help with the surveys, so if you need a hand before March, I can come in.",
        "The visit was useful, and when the backlog report is out, I'd like to read it.",
        "I'm keen to help, so once the plan is agreed, I could start on the mains.",
    ],
)
def test_a_conditional_after_a_conjunction_is_no_comma_splice(notes, said) -> None:
    # (a formal letter: in a casual one a comma splice is advice only, checks12)
    assert "warning:comma_splice" not in fired(
        run(notes, letter("Dear Ms Campbell,", said, "Kind regards,")), "grammar"
    )


# --- grammar: thanks after a greeting on the same line is the thanks formula ("Hi Fiona, thanks for …, it was") --
@pytest.mark.parametrize(
    "body",
    [
        "Hi Fiona, thanks for today, it was great to see the control room. Best, Priya",
        "Hello Fiona, thank you for the tour, it was a real pleasure to meet the team. Priya",
        "Fiona, many thanks for your time, it was good to hear about the rollout. Best wishes, Priya",
    ],
)
def test_thanks_after_an_inline_greeting_is_the_thanks_formula(notes, body) -> None:
    assert "warning:comma_splice" not in fired(run(notes, body), "grammar")


# --- grammar: 'how' opening a clause with its own subject and verb needs no 'to' -----------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I liked seeing how water meters are read each week.",
        "I enjoyed discussing how field crew data could guide repairs.",
        "We discussed how water quality checks could move to the lab.",
    ],
)
def test_how_with_a_clause_needs_no_to(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar") == []


def test_how_with_a_bare_verb_still_needs_to(notes) -> None:
    said = "I would like to learn how clone the survey records."
    # advice since checks36: "Insert 'to'" was right on 1 of 8 drafts across blind25-33 (grammar/lint_trust.py)
    found = run(notes, letter("Hi Fiona,", said, "Best,")).findings
    assert any(f.check == "grammar" and f.code != "engine" and f.severity == "info" for f in found)


# --- claims: turning something down is no claim of work ---------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "While I wait I have turned down two short survey contracts.",
        "I've passed up some temporary field crew shifts to stay available.",
        "I have held off on other smart-meter contracts for now.",
    ],
)
def test_turning_work_down_is_no_claim(notes, said) -> None:
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "claims") == []


def bare_status(middle: str) -> str:
    return (
        f"Dear Aileen,\n\nI hope you are well. {middle} Since we spoke I passed the NEBOSH certificate.\n\n"
        "Kind regards,\nPriya Nair"
    )


# --- purpose: asking where the role stands, or demanding an answer, is asking about the decision ------------
@pytest.mark.parametrize(
    "said",
    [
        "I'd really appreciate knowing where the Network Operations Manager role stands.",
        "Could you tell me where the network role is at?",
        "I would be glad to know where the Network Operations Manager search is at.",
        "I must hear from you by Friday, otherwise I will accept another offer.",
        "If I do not hear back by Monday, I will assume the post has gone elsewhere.",
    ],
)
def test_where_the_role_stands_or_a_demand_is_a_status_question(notes, said) -> None:
    draft = run(notes, bare_status(said), Kind.status_check, to="Aileen Stewart")
    assert "error:no_status_question" not in fired(draft, "purpose")


def test_a_status_check_that_asks_nothing_still_fails(notes) -> None:
    draft = run(notes, bare_status("The surveys sounded fascinating."), Kind.status_check, to="Aileen Stewart")
    assert "error:no_status_question" in fired(draft, "purpose")


# --- negativity: "I will assume the role has gone" inside an ultimatum is the tone check's threat, not a jab ----
@pytest.mark.parametrize(
    "said",
    [
        "I need to hear from you by Friday; otherwise I will assume the role has gone elsewhere.",
        "If I haven't heard by Monday, I'll assume the position is filled and accept another offer.",
        "Please reply this week, otherwise I will take it that the job has gone to someone else.",
    ],
)
def test_an_ultimatum_is_tone_not_a_process_jab(notes, said) -> None:
    draft = run(notes, bare_status(said), Kind.status_check, to="Aileen Stewart")
    assert fired(draft, "negativity") == []
    assert fired(draft, "tone")


def test_assuming_the_worst_without_a_condition_is_still_a_jab(notes) -> None:
    said = "Since nobody has bothered to reply, I'll assume the role has gone."
    assert fired(run(notes, bare_status(said), Kind.status_check, to="Aileen Stewart"), "negativity")


# --- claims: "X is why Y" / "X resulted in Y" where Y is a result the notes never give -----------------------
@pytest.mark.parametrize(
    "said",
    [
        "The dashboard I built at Forth Water is why the utility passed its regulator audit with no findings.",
        "Building the pressure dashboard at Forth Water is the reason complaints there fell to zero.",
        "I trained 15 field crews on the asset-management app, which led to a record year for repairs.",
    ],
)
def test_an_invented_result_of_my_work_is_a_causal_claim(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims")


@pytest.mark.parametrize(
    "said",
    [
        "The dashboard I built at Forth Water is why I was so interested in your sensors.",
        "Training 15 field crews on the asset-management app is the reason I enjoy teaching.",
    ],
)
def test_my_work_as_the_reason_for_my_interest_is_no_claim(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims") == []


# --- claims: "the plan I put together halved drop-outs": my own thing as the doer of a result ----------------
@pytest.mark.parametrize(
    "said",
    [
        "The leak-triage rota I put together halved repair times at Forth Water.",
        "The crew checklist I designed cut call-outs by a third last winter.",
        "A night-shift plan we drew up doubled the number of leaks fixed.",
    ],
)
def test_a_thing_i_made_as_the_doer_of_a_result_is_a_claim(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims")


def test_the_thing_the_notes_give_as_the_doer_is_no_claim(notes) -> None:
    said = "The dashboard I built tracked 400 pressure sensors at Forth Water."
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims") == []


# --- claims: "our" for their work, with a past employer named only in another clause of the sentence ----------
@pytest.mark.parametrize(
    "said",
    [
        "I enjoyed hearing about our smart-meter rollout across Glasgow; it is work I know well from Forth Water.",
        "The condition surveys of our Victorian trunk mains sound fascinating; I did similar work at Forth Water.",
    ],
)
def test_our_for_their_work_beside_a_past_employer_is_still_their_work(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims")


def test_our_in_the_same_clause_as_a_past_employer_is_the_past_team(notes) -> None:
    said = "At Forth Water, our dashboard tracked 400 pressure sensors."
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims") == []


@pytest.fixture(scope="module")
def maximo(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    """The crews were trained with a tool the company is moving to: a shared tool, not a past employer."""
    from water_case import NOTES

    text = NOTES.replace("the new asset-management app", "the new asset-management app with Maximo").replace(
        "topics: [the smart-meter rollout across Glasgow,", "topics: [moving work orders into Maximo,"
    )
    folder = tmp_path_factory.mktemp("maximo")
    path = folder / "water.yaml"
    path.write_text(text.replace("CULTURE", "neutral"), encoding="utf-8")
    from afterview.notes.loader import load_notes

    return load_notes(path)


@pytest.mark.parametrize(
    "said",
    [
        "I enjoyed hearing about our move from paper work orders into Maximo; I know the tool well.",
        "I liked hearing about our work orders moving into Maximo, a tool I trained crews on.",
        "Our move from paper work orders into Maximo sounds like a big job; I trained crews with Maximo.",
    ],
)
def test_a_tool_both_sides_name_is_no_past_employer(maximo, said) -> None:
    assert fired(run(maximo, letter("Dear Ms. Campbell,", said, "Kind regards,")), "claims")


# --- grammar: no article before a singular hiring noun ("whether decision has", "about chance to") -----------
@pytest.mark.parametrize(
    "said",
    [
        "Could you tell me whether decision has been reached?",
        "I am excited about chance to work on the surveys.",
        "The new control room looks like wonderful space for the crews.",
        "I would welcome update on the timeline.",
    ],
)
def test_a_missing_article_before_a_hiring_noun_is_a_grammar_error(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar")


@pytest.mark.parametrize(
    "said",
    [
        "Could you tell me whether a decision has been reached?",
        "I am excited about the chance to work on the surveys.",
        "Several roles are on offer to graduates this year.",
        "The control room looks like a wonderful space for the crews.",
    ],
)
def test_a_hiring_noun_with_its_article_is_fine(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar") == []


# --- grammar: two subjects joined by 'and', then a singular verb ("my skills and my passion for X makes") ------
@pytest.mark.parametrize(
    "said",
    [
        "My field experience and my interest in the mains makes me a strong fit.",
        "My background in sensors and my work with crews gives me a head start.",
        "My time in the control room and my chat with the crews was the highlight of my week.",
    ],
)
def test_a_compound_subject_with_a_singular_verb_is_an_agreement_error(notes, said) -> None:
    assert "warning:agreement" in fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar")


@pytest.mark.parametrize(
    "said",
    [
        "My field experience and my interest in the mains make me a strong fit.",
        "I think my background in sensors makes me a good fit.",
        "My visit to your depot and your control room was the best part of the day.",
    ],
)
def test_a_compound_subject_that_agrees_is_fine(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "grammar") == []


# --- negativity: running yourself down, with an adverb in the way ("I'm honestly not very good at") ----------
@pytest.mark.parametrize(
    "said",
    [
        "I'm afraid I made a complete hash of the question on leak triage.",
        "I'm really not very good at answering on the spot.",
        "I probably came across as far less prepared than I was.",
        "I would understand if you have doubts about me after that.",
    ],
)
def test_running_yourself_down_is_negative(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "negativity")


@pytest.mark.parametrize(
    "said",
    [
        "I made a dashboard of all 400 pressure sensors at Forth Water.",
        "I'm honestly not surprised the backlog is your first priority.",
        "I came across as keen, I hope, because I am.",
    ],
)
def test_plain_statements_about_yourself_are_not_negative(notes, said) -> None:
    assert fired(run(notes, letter("Hi Fiona,", said, "Best,")), "negativity") == []


# --- fluency: a favour asked beside the status question ("if you could arrange a call with X") --------------
@pytest.mark.parametrize(
    "said",
    [
        "I would also be grateful if you could arrange a short call with Ms. Campbell next week.",
        "Could you also set up a visit to the control room for me?",
        "If you could schedule a chat with the survey team, that would be wonderful.",
    ],
)
def test_a_favour_beside_the_status_question_is_a_second_ask(notes, said) -> None:
    draft = run(notes, status(said), Kind.status_check, to="Aileen Stewart")
    assert "warning:two_asks" in fired(draft, "fluency")


def test_passing_on_thanks_is_no_second_ask(notes) -> None:
    said = "I would be grateful if you could pass my thanks to the panel."
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "fluency") == []


# --- fluency: one stock phrase opening three sentences close together ---------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I would be grateful for any news. I would be grateful for a rough date. I would be grateful for your help.",
        "I would love to hear more. I would love to visit the depot. I would love to meet the crews.",
        "I am happy to send references. I am happy to travel. I am happy to start in March.",
    ],
)
def test_one_phrase_opening_three_sentences_is_a_repeat(notes, said) -> None:
    draft = run(notes, status(said), Kind.status_check, to="Aileen Stewart")
    assert "warning:repeated_phrase" in fired(draft, "fluency")


@pytest.fixture(scope="module")
def rated(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    """The company's news gives a credit rating and the agency that gave it."""
    from water_case import NOTES

    from afterview.notes.loader import load_notes

    text = NOTES.replace("[opened a new treatment works at Milngavie]", "[received an AA- rating from Fitch]")
    path = tmp_path_factory.mktemp("rated") / "water.yaml"
    path.write_text(text.replace("CULTURE", "neutral"), encoding="utf-8")
    return load_notes(path)


# --- facts: a letter grade or an '&' name the notes do not give ("the A+ rating from S&P") -------------------
@pytest.mark.parametrize(
    "said",
    [
        "Congratulations on the AA+ rating from Fitch.",
        "Congratulations on the AA- rating from S&P.",
        "It was good to read about the A- rating from Fitch.",
    ],
)
def test_a_grade_or_an_ampersand_name_not_in_the_notes_is_a_fact_error(rated, said) -> None:
    assert fired(run(rated, letter("Dear Ms. Campbell,", said, "Kind regards,")), "facts")


@pytest.mark.parametrize(
    "said",
    [
        "Congratulations on the AA- rating from Fitch.",
        "I enjoyed the Q&A at the end of the interview.",
        "The R&D team's acoustic work sounded fascinating.",
    ],
)
def test_the_notes_grade_and_common_ampersand_words_are_fine(rated, said) -> None:
    assert fired(run(rated, letter("Dear Ms. Campbell,", said, "Kind regards,")), "facts") == []
