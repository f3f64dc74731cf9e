"""False positives found on blind11's tune half and writer_blind12's references (issue 15), each as a class tested
on phrasings written here (never a corpus sentence) on notes of their own (orchard_case.py: a packhouse in
Nelson). Each class has its counterpart: the same check still fires on the flaw it exists for."""

from __future__ import annotations

import pytest
from orchard_case import feedback, fired, load, run, thanks

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "middle",
    [
        "I will post the 60-day plan and two packhouse-manager references by Friday.",
        "You will have the 60-day plan and both references by Friday.",
    ],
)
def test_a_figure_in_a_list_counts_its_own_thing_not_the_next_one(tmp_path, middle) -> None:
    """'the 60-day plan and two references': 60 counts days of the plan, not references (the notes give 2)."""
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_number" not in fired(draft, "facts")


def test_the_two_as_a_pronoun_ending_a_sentence_counts_nothing(tmp_path) -> None:
    middle = (
        "Keeping the grader running and keeping the growers' data clean go together, and I would enjoy linking "
        "the two. Having cut rejects from 7% to 4%, I know how much the grading matters."
    )
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_number" not in fired(draft, "facts")


@pytest.mark.parametrize(
    "middle",
    [
        "I will post the 90-day plan and two packhouse-manager references by Friday.",
        "At Riverbend Fruit I cut rejects from 9% to 4%.",
    ],
)
def test_a_figure_the_notes_give_otherwise_is_still_wrong(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_number" in fired(draft, "facts")


def test_a_harsh_word_for_the_candidates_own_material_is_no_criticism(tmp_path) -> None:
    """'messy' describes data the candidate worked on, in a clause of their own; 'your team' is in another."""
    middle = (
        "My dissertation on three seasons of orchard sensor readings taught me a lot about messy data, and I would "
        "be glad to put that to work for your team."
    )
    draft = run(load(tmp_path), thanks(middle))
    assert fired(draft, "negativity") == []


@pytest.mark.parametrize(
    "middle",
    [
        "Your grower reports are messy, and I would be glad to tidy them up.",
        "I would be glad to help your team, because the grower dashboards are messy and confusing.",
    ],
)
def test_a_harsh_word_for_their_material_is_still_criticism(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert "error:criticism" in fired(draft, "negativity")


def test_calling_their_stated_lead_time_a_long_wait_restates_their_challenge(tmp_path) -> None:
    """The notes' challenge is a five-week wait for parts; saying so is no complaint about the hiring wait."""
    middle = "With spare parts for the grader arriving from Italy, five weeks is a long wait in the middle of a season."
    draft = run(load(tmp_path), thanks(middle))
    assert fired(draft, "negativity") == []


def test_a_long_wait_for_their_answer_beside_their_challenge_is_still_a_complaint(tmp_path) -> None:
    middle = (
        "Much like spare parts for the grader arriving from Italy, hearing back on my application has been a long wait."
    )
    draft = run(load(tmp_path), thanks(middle), Kind.status_check, to="Sophie Tran")
    assert "error:wait_complaint" in fired(draft, "negativity")


@pytest.mark.parametrize(
    "middle",
    [
        "Could you tell me which of my answers on the grading case needed more depth? It would help me prepare for "
        "my next interviews.",
        "You said I was strong with people but less sure of the budget. Would you be willing to say a little more "
        "about that point?",
    ],
)
def test_asking_about_my_answers_or_for_more_on_their_comment_asks_for_feedback(tmp_path, middle) -> None:
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), Kind.feedback_request)
    assert fired(draft, "purpose") == []


def test_surprise_at_the_decision_with_a_question_to_learn_is_negativity_not_purpose(tmp_path) -> None:
    middle = (
        "I was surprised by the decision, as I have run a packhouse line before. Could you tell me how the panel "
        "reached that view?"
    )
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), Kind.feedback_request)
    assert fired(draft, "purpose") == []
    assert fired(draft, "negativity") != []


@pytest.mark.parametrize(
    ("middle", "code"),
    [
        ("I was surprised by the decision. I hope our paths cross again.", "error:argues_decision"),
        ("Could you tell me more about the grading line upgrade and when it starts?", "error:no_feedback_question"),
    ],
)
def test_a_request_that_argues_or_asks_about_something_else_still_misses_its_purpose(tmp_path, middle, code) -> None:
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), Kind.feedback_request)
    assert code in fired(draft, "purpose")


def test_asking_to_reconsider_beside_an_ask_for_feedback_is_pressure_not_a_missed_purpose(tmp_path) -> None:
    """The request still asks to learn (its purpose holds, SPEC §4); asking them to change the decision is the
    pressure the tone check reports, still an error."""
    middle = "I was surprised by the decision. Would you reconsider my application? Any feedback would help too."
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), Kind.feedback_request)
    assert "error:argues_decision" not in fired(draft, "purpose")
    assert "error:asks_reconsider" in fired(draft, "tone")


def test_an_abbreviated_month_with_its_year_in_the_notes_supports_the_month(tmp_path) -> None:
    """'passed the HACCP lead auditor exam, Mar 2026': the candidate may say 'in March'."""
    middle = "I passed the HACCP lead auditor exam in March, so the audit side of the role is familiar ground."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_date" not in fired(draft, "facts")


def test_a_month_the_notes_do_not_give_is_still_unsupported(tmp_path) -> None:
    middle = "I passed the HACCP lead auditor exam in April, so the audit side of the role is familiar ground."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_date" in fired(draft, "facts")


def test_saying_back_a_rapport_item_about_them_credits_them_rightly(tmp_path) -> None:
    """Rapport 'he coached junior rugby in Motueka as a teenager' is his; the candidate coaches rugby too."""
    middle = "I was glad to hear that you coached junior rugby in Motueka as a teenager; I still coach on Saturdays."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:misattributed_credit" not in fired(draft, "claims")


def test_crediting_them_with_the_candidates_own_result_is_still_wrong(tmp_path) -> None:
    middle = "I admired the way you cut packhouse rejects from 7% to 4% at Riverbend Fruit."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:misattributed_credit" in fired(draft, "claims")


def test_a_contracted_had_before_a_past_participle_is_right(tmp_path) -> None:
    """'I'd hoped' is 'I had hoped'; only 'would' wants the bare verb after it."""
    middle = "Of course I'd hoped for a different answer, but I enjoyed meeting the team. Any feedback would help me."
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), Kind.feedback_request)
    assert "warning:modal_past" not in fired(draft, "grammar")


def test_a_modal_before_a_past_form_is_still_wrong(tmp_path) -> None:
    middle = "I would appreciated any feedback on my answers about the grading line."
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), Kind.feedback_request)
    assert "warning:modal_past" in fired(draft, "grammar")


def test_a_gerund_after_its_preposition_needs_no_to(tmp_path) -> None:
    middle = "I could also help the maintenance crew by preparing CNC programs for replacement grader parts."
    draft = run(load(tmp_path), thanks(middle))
    assert fired(draft, "grammar") == []


def test_a_bare_verb_missing_its_to_is_still_wrong(tmp_path) -> None:
    draft = run(load(tmp_path), thanks("I want learn how the optical grader sorts each apple."))
    # advice since checks36: "Insert 'to'" was right on 1 of 8 drafts across blind25-33 (grammar/lint_trust.py)
    assert any(f.check == "grammar" and f.code != "engine" and f.severity == "info" for f in draft.findings)


def test_were_after_a_phrase_set_off_by_commas_belongs_to_the_subject_before_it(tmp_path) -> None:
    """'The spare parts, at five weeks an order, were ...': 'were' agrees with 'parts'; no 'we're' is meant."""
    middle = "The spare parts for the grader, at five weeks an order, were the part of our talk I keep thinking about."
    draft = run(load(tmp_path), thanks(middle))
    assert fired(draft, "grammar") == []


def test_the_were_rule_still_speaks_without_such_a_phrase() -> None:
    from afterview.guardrails.grammar.harper_rules import rule_verdict

    assert rule_verdict("PronounContraction", "were", "I hope ", " able to meet.") is None
    assert rule_verdict("MissingTo", "learn", "I want ", " more.") is None


def test_a_career_summed_up_in_the_roles_field_is_no_invented_work(tmp_path) -> None:
    """An operations manager who led a packing crew may speak of 'my background in leading food operations'."""
    middle = "I believe my background in leading food operations would let me contribute from the first season."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_claim" not in fired(draft, "claims")


@pytest.mark.parametrize(
    "middle",
    [
        "I believe my background in leading biotech sales teams would let me contribute from the first season.",
        "I believe my experience migrating grower databases to the cloud would help with the cold-chain data.",
    ],
)
def test_a_specific_background_the_notes_do_not_hold_is_still_unsupported(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_claim" in fired(draft, "claims")


STATUS = (
    "Dear Sophie,\n\nI hope your week is going well. I am still keen on the Packhouse Operations Manager role. "
    "{ask}\n\nKind regards,\nAna Folau"
)


@pytest.mark.parametrize(
    "ask",
    [
        "I would appreciate a reply this week, one way or the other, so I can plan.",
        "I would appreciate an answer either way, so that I can plan my next steps.",
    ],
)
def test_a_reply_asked_for_one_way_or_the_other_asks_about_the_decision(tmp_path, ask) -> None:
    """Pushy, maybe (the tone check's), but the answer it wants is the hiring decision."""
    draft = run(load(tmp_path), STATUS.format(ask=ask), Kind.status_check, to="Sophie Tran")
    assert fired(draft, "purpose") == []


def test_a_status_check_that_asks_nothing_still_misses_its_purpose(tmp_path) -> None:
    ask = "I have been reading about cold stores and would enjoy a chat about them sometime."
    draft = run(load(tmp_path), STATUS.format(ask=ask), Kind.status_check, to="Sophie Tran")
    assert "error:no_status_question" in fired(draft, "purpose")


@pytest.mark.parametrize(
    "middle",
    [
        "Honestly, I needed this job after a hard winter, so any feedback on my answers would mean a lot.",
        "I would happily take a lower-paid role on the packing floor instead. Any feedback on my answers would help.",
    ],
)
def test_needing_the_job_or_bargaining_the_role_down_is_desperate(tmp_path, middle) -> None:
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), Kind.feedback_request)
    assert "error:desperate" in fired(draft, "tone")


def test_wanting_the_work_and_asking_to_be_kept_in_mind_is_not_desperate(tmp_path) -> None:
    middle = (
        "I would still love to work with the packing team one day, so please keep me in mind for a future role. "
        "Any feedback on my answers would help me."
    )
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), Kind.feedback_request)
    assert fired(draft, "tone") == []


@pytest.mark.parametrize(
    "middle",
    [
        "I would love to get stuck into the grader schedule with you.",
        "Let's grab a coffee next time I am in Nelson.",
        "Please say hi to the night crew for me.",
    ],
)
def test_chatty_phrases_are_too_casual_for_a_formal_company(tmp_path, middle) -> None:
    draft = run(load(tmp_path, culture="formal"), thanks(middle))
    assert "error:over_familiar" in fired(draft, "tone")


def test_the_same_phrases_pass_where_the_culture_is_neutral(tmp_path) -> None:
    draft = run(load(tmp_path), thanks("Let's grab a coffee next time I am in Nelson."))
    assert "error:over_familiar" not in fired(draft, "tone")


@pytest.mark.parametrize(
    "middle",
    [
        "I am sure we can bring our Motueka site to full capacity by March.",
        "I cannot wait to dig into our export numbers with you.",
        "I would love to help us win back the growers who left last season.",
    ],
)
def test_our_for_their_plant_or_data_speaks_as_if_already_hired(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert "error:not_our_team" in fired(draft, "claims")


def test_our_for_the_candidates_past_team_is_fine(tmp_path) -> None:
    middle = "At Riverbend Fruit our line cut rejects from 7% to 4%, and I would bring the same habits here."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:not_our_team" not in fired(draft, "claims")


def test_a_result_pinned_on_an_own_item_by_when_is_an_invented_link(tmp_path) -> None:
    """The notes hold the reject cut, and the grader's slow spare parts as theirs; 'when ..., it also halved' joins
    them."""
    middle = "When we cut packhouse rejects at Riverbend Fruit, it also halved the wait for spare grader parts."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:causal_link" in fired(draft, "claims")


@pytest.mark.parametrize(
    "middle",
    [
        "When we cut packhouse rejects at Riverbend Fruit, it cut them from 7% to 4% in one season.",
        "When we cut packhouse rejects at Riverbend Fruit, it improved how everyone felt about Mondays.",
    ],
)
def test_a_when_clause_whose_result_is_the_items_own_or_no_claimed_figure_is_fine(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert "error:causal_link" not in fired(draft, "claims")


def test_the_end_of_a_range_whose_start_is_the_notes_figure_must_be_the_notes_end(tmp_path) -> None:
    """'cut packhouse rejects from 7% to 4%': a range said from 7% must end at 4%."""
    draft = run(load(tmp_path), thanks("At Riverbend Fruit I brought packhouse rejects from 7% to 3%."))
    assert "error:unsupported_number" in fired(draft, "facts")


def test_the_range_as_the_notes_give_it_is_fine(tmp_path) -> None:
    draft = run(load(tmp_path), thanks("At Riverbend Fruit I brought packhouse rejects from 7% to 4%."))
    assert "error:unsupported_number" not in fired(draft, "facts")


def test_a_possessive_copied_from_the_notes_with_its_noun_means_the_reader(tmp_path) -> None:
    """Topic 'his night-shift idea (2nd grading shift?)' reworded, but 'his night-shift' kept: to him, it is 'your'."""
    draft = run(load(tmp_path), thanks("I keep thinking about his night-shift idea for the grader in February."))
    assert "warning:copied_pronoun" in fired(draft, "fluency")


def test_the_same_idea_said_to_him_as_yours_is_fine(tmp_path) -> None:
    draft = run(load(tmp_path), thanks("I keep thinking about your night-shift idea for the grader in February."))
    assert "warning:copied_pronoun" not in fired(draft, "fluency")
