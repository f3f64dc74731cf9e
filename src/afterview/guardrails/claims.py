"""Claims: what the draft says the candidate did must be what the notes say the candidate did (SPEC 4).

- unsupported_claim: a first-person claim of work or achievement ("I have been working on X", "I led /
  built / cut ...", "my work on X") whose subject the candidate's own fields (highlights,
  since_interview) do not hold; the interviewer's topics and the company's challenges are theirs, not
  the candidate's; so is expertise claimed about a subject those fields do not hold ("the leak backlog is
  familiar ground for me", claim_expertise.py);
- misattributed_credit: the candidate's achievement credited to the interviewer ("the way you grew
  them 3x at Parcelly");
- causal_link: two things joined by cause and effect ("X, which significantly reduced Y") that the
  notes never join;
- not_our_team: "our"/"we" for the company's team or work; the candidate may say "our" only of their
  own past teams ("at Northwind our deploys ...") or of the conversation ("our talk").

All errors: a claim the candidate cannot stand behind in the next interview is worse than none.
"""

from __future__ import annotations

from afterview.draft import Draft, Finding
from afterview.guardrails.claim_acclaim import acclaim_in
from afterview.guardrails.claim_added_result import added_result_in
from afterview.guardrails.claim_career_focus import career_focus_in
from afterview.guardrails.claim_clauses import backed_by_own_work
from afterview.guardrails.claim_credit import solo_credit_in, team_credit_in
from afterview.guardrails.claim_credited_pair import credited_pair_in
from afterview.guardrails.claim_details import detail_in
from afterview.guardrails.claim_expertise import expertise_in
from afterview.guardrails.claim_first_person import claims_in
from afterview.guardrails.claim_forecast import forecast_in
from afterview.guardrails.claim_interview_credit import interview_credit_in
from afterview.guardrails.claim_links import causal_back_in, causal_in, credit_in
from afterview.guardrails.claim_moved_result import moved_result_in
from afterview.guardrails.claim_our import our_in
from afterview.guardrails.claim_people import people_credit_in
from afterview.guardrails.claim_results import credential_in, figures_in
from afterview.guardrails.claim_scale import scale_in
from afterview.guardrails.claim_since import adopted_in, since_in
from afterview.guardrails.claim_standing import standing_in
from afterview.guardrails.claim_support import claim_stems, own_and_their_texts
from afterview.guardrails.claim_their_links import their_causal_in, their_reason_in
from afterview.guardrails.claim_their_own import their_own_in
from afterview.guardrails.claim_their_problem import their_problem_in, their_we_in
from afterview.guardrails.claim_their_result_credit import their_result_credit_in
from afterview.guardrails.claim_their_work import structural_claim_in, their_work_in
from afterview.guardrails.claim_together import together_in
from afterview.guardrails.claim_verbs import inflated_in
from afterview.guardrails.claim_we_there import we_there_in
from afterview.guardrails.claim_when_link import when_link_in
from afterview.guardrails.context import CheckContext
from afterview.guardrails.text import any_referenced, content_stems, sentences
from afterview.vocabulary import Kind


def check_claims(draft: Draft, ctx: CheckContext) -> list[Finding]:
    notes = ctx.notes
    stems = claim_stems(notes)
    own, theirs = stems["own"], stems["theirs"]
    found: list[Finding] = []
    own_texts, their_texts = own_and_their_texts(notes)
    challenges_and_topics = [x for i in notes.interviewers for x in (*i.challenges, *i.topics)]
    previous = ""
    asked = [*notes.requested, *(r for i in notes.interviewers for r in i.requested)]
    parts = sentences(draft.body)
    for n, sentence in enumerate(parts):
        text = sentence.text
        following = parts[n + 1].text if n + 1 < len(parts) else ""
        # preparing what they asked for ("the redacted sample you asked for. I've removed client names") is no claim
        requested = bool(asked) and any_referenced(asked, content_stems(previous + " " + text))
        claimed = (
            claims_in(sentence, text, notes, own, theirs, requested=requested, previous=previous)
            # ("I have lined up the references you asked for": the requested item is the candidate's to deliver, not
            # their work taken as one's own)
            or ([] if requested else their_work_in(sentence, text, notes, own, theirs))
            or their_problem_in(sentence, text, notes, own, theirs)
            or ([] if requested else structural_claim_in(sentence, text, notes, own, theirs))
            or since_in(sentence, text, notes)
            or adopted_in(sentence, text, notes)
            or together_in(sentence, text, notes, own)
            or career_focus_in(sentence, text, notes, own)
        )
        found += (
            claimed
            or (
                []
                if backed_by_own_work(text, notes, own)
                else expertise_in(sentence, text, previous, notes, own, following)
            )
            or credential_in(sentence, notes, own)
            or standing_in(sentence, notes, own)
            or figures_in(sentence, own_texts, their_texts)
            or inflated_in(sentence, text, notes, own_texts)
            or detail_in(sentence, text, notes)
            or added_result_in(sentence, text, notes)
            or scale_in(sentence, text, own_texts)
            or acclaim_in(sentence, text, own_texts)
        )
        found += (
            credit_in(sentence, text, notes, own, theirs)
            or ([] if claimed else solo_credit_in(sentence, text, notes))
            or ([] if claimed else team_credit_in(sentence, text, notes))
            or people_credit_in(
                sentence, text, notes, ctx.recipient(draft), one_of_several=draft.kind is Kind.thank_you
            )
            or moved_result_in(sentence, text, notes)
            or credited_pair_in(sentence, text, notes)
            or their_own_in(sentence, text, notes)
        )
        found += (
            causal_in(sentence, text, notes, own)
            or causal_back_in(sentence, text, previous, notes, own)
            or their_causal_in(sentence, text, notes)
            or when_link_in(sentence, text, notes, own)
            or their_reason_in(sentence, text, previous, notes)
            or interview_credit_in(sentence, text)
            or their_result_credit_in(sentence, text, previous, notes)
        )
        previous = text
        ours = (
            our_in(sentence, text, notes, own)
            or their_we_in(sentence, text, notes, own, theirs)
            or we_there_in(sentence, text, notes)
        )
        found += ours
        if not (ours or claimed):
            found += forecast_in(sentence, challenges_and_topics)
    return found
