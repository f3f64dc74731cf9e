"""Claims about their problem the notes cannot back: a confident diagnosis or promise, and a share in their work.

- causal_link: the candidate diagnosing the cause of the team's challenge, or saying what would have prevented
  it ("I am fairly sure the drops come from handover gaps", "a model like this would have predicted the
  failure"): a cause the notes never make;
- promised_result: a result promised on their challenge with certainty or a date ("I am confident we can bring
  the yield loss under control within two quarters");
- not_our_team: their work told as shared ("the rollout we started together", "the defects we are seeing") by
  a candidate who has not joined.

Each needs the sentence to be about one of the team's own challenges or topics (by the notes), so "I am confident
I could contribute to the rollout" (no result promised) and "the pipeline we built at Northwind" (the candidate's
own past) stay clean.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import Piece, any_referenced, content_stems, item_stems

# Certainty, said by the candidate.
_SURE = (
    r"(?:I(?:'m|\u2019m| am) (?:\w+ )?(?:sure|confident|certain|convinced|positive)|I have (?:no|little) doubt"
    r"|I(?:'d|\u2019d| would| can| could) (?:guarantee|promise)|I guarantee|I promise|I (?:would |fully "
    r"|firmly )?expect"
    r"|there is no doubt|without (?:a )?doubt|(?:will|would|can) (?:definitely|certainly|surely))"
)
# A cause named for their problem: "come from", "is caused by", "the root cause is".
_SURELY = r"(?:almost certainly|certainly|clearly|obviously|undoubtedly|surely|definitely|most likely|no doubt)"
_CAUSE = re.compile(
    rf"\b{_SURELY} (?:\w+ )?(?:(?:is|are|was|were) (?:\w+ )?(?:caused|driven) by"
    r"|(?:comes?|stems?|results?|arises?) from)\b"
    rf"|\b(?:is|are|was|were) {_SURELY} (?:caused|driven|triggered) by\b"
    rf"|\b{_SURE}\b[^.!?]{{0,60}}?\b(?:comes?|stems?|stemm(?:ed|ing)|results?|resulting|arises?|arising|coming) from\b"
    rf"|\b{_SURE}\b[^.!?]{{0,60}}?\b(?:is|are|was|were) (?:\w+ )?(?:caused|driven) by\b"
    rf"|\b{_SURE}\b[^.!?]{{0,60}}?\b(?:the )?root cause\b",
    re.I,
)
# What would have prevented it: "would have predicted the failure", "could have avoided the closure".
_HINDSIGHT = re.compile(
    r"\b(?:would|could|should) (?:easily |certainly |likely |probably |surely )?have (?:predicted|prevented|avoided"
    # (what it would have saved the candidate is their own hindsight: "would have saved my translation a few bugs")
    r"|caught|stopped|flagged|spotted|averted|saved|kept|headed off|anticipated|foreseen)\b(?! (?:me|my|us|our)\b)"
    r"|\b(?:would|could) (?:never|not|hardly) have (?:happened|built up|grown|occurred|got(?:ten)? (?:this|so) (?:bad"
    r"|far)"
    r"|piled up|reached)\b",
    re.I,
)
# People as the subject of the hindsight ("the previous crew should have caught it"): blame of a person, the
# negativity check's business, not a cause claimed ("a model like this would have predicted it" still is one).
_PEOPLE_DID = re.compile(
    r"\b(?:team|teams|crew|crews|staff|management|managers?|engineers?|they|he|she|someone|somebody|people|leadership"
    r"|supervisors?|contractors?|vendors?|suppliers?)\s+(?:\w+ly\s+)?$",
    re.I,
)
# A practice named as missing ("proper moisture control should have prevented it", "basic checks would have caught
# it"): a judgement of how they work (the negativity check's business), not a cause the candidate diagnoses.
_LACKED = re.compile(
    r"\b(?:proper|adequate|decent|basic|sound|any|simple)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# A result promised: certainty plus an outcome verb, or an outcome verb with a date.
_OUTCOME = (
    r"(?:fix|solve|resolve|eliminate|end|stop|prevent|halve|cut|reduce|remove|clear|bring (?:\w+ ){0,6}?under control"
    r"|get (?:\w+ ){0,4}?(?:under control|back on track)|turn (?:\w+ ){0,3}?around|work)"
)
_PROMISE = re.compile(
    rf"\b{_SURE}\b[^.!?]{{0,40}}?\b(?:I|we|it|this|that|they|a similar (?:\w+ )?\w+)"
    r"(?:'ll|\u2019ll)? (?:can|could|will|would|shall)?"
    rf" ?(?:be able to )?{_OUTCOME}\b"
    rf"|\b{_SURE}\b[^.!?]{{0,50}}?\b(?:can|could|will|would|shall)(?: be able to)? {_OUTCOME}\b"
    r"|\bI(?:'ll|\u2019ll| will| would| can| could) (?:have|get) (?:\w+ ){1,10}?(?:cleared|fixed|solved|sorted(?: out)?"
    r"|resolved|halved|under control|back on track|turned around)(?: and (?:\w+ )?(?:under control|fixed|cleared))?"
    r" (?:by|within|in|before)\b"
    rf"|\b(?:can|could|will|would) (?:\w+ ){{0,2}}?{_OUTCOME}\b[^.!?]{{0,60}}?\bwithin (?:the first |a |an |the next )?"
    r"(?:few |couple of |\d+ |one |two |three |four |six |nine |twelve )?(?:days?|weeks?|months?|quarters?|years?)\b",
    re.I,
)
# Their problem said to be as good as solved by the candidate, with no hedge: "so your tablet issue is basically
# solved already", "retention is something I know how to fix", "my localisation work would fix that problem for your
# team", "that's something I've already fixed once", "we solved exactly that drop-out problem". A help offered
# ("I'd love to help fix it"), a possibility ("a weekly count can fix it", "could keep them on the shelf") and a
# problem met before ("a problem I have seen before") promise nothing.
_SOLVED = re.compile(
    # (a qualifier is needed: a plain "the bug is fixed" tells their own news)
    r"\b(?:is|are|'s|\u2019s) (?:basically|essentially|pretty much|practically|as good as|more or less|already)"
    r" (?:already )?(?:solved|fixed|sorted)\b(?! (?:by|with|once|when|if)\b)"
    r"|\bI know (?:exactly |just )?how to (?:fix|solve|cure|end)\b"
    # the candidate or their own work as the doer ("I think a simple log would fix it" names no doer of theirs)
    r"|\b(?:my\b(?:(?!\b(?:help|helping|if|could|might|may|can)\b)[^.!?,;]){0,60}?\b(?:would|will)"
    r"|\bI(?:'ll|\u2019ll| will| would))"
    r" (?:definitely |certainly |surely |quickly )?(?:fix|solve|resolve|cure|eliminate) (?:that|this|the|your|those"
    r"|these|it)\b"
    r"|\bsomething (?:I|we)(?:'ve|\u2019ve| have)? (?:already )?(?:fixed|solved|cracked)\b"
    r"|\b(?:I|we)(?:'ve|\u2019ve| have)? (?:already )?(?:solved|fixed|cracked) (?:exactly|precisely|just) (?:that|this"
    r"|the same)\b",
    re.I,
)
# A person working is effort, not a result ("I promise I would work harder than anyone"; "it would work" is one).
_EFFORT = re.compile(r"\b(?:I|we)\b(?:['\u2019]ll|['\u2019]d)?(?: \w+){0,2} work$", re.I)
# Their work told as shared: "the rollout we started together", "the defects we are seeing".
_SHARED_WORK = re.compile(
    r"\b(?:we|you and I) (?:\w+ )?(?:started|began|built|launched|designed|planned|set up|kicked off|created"
    r"|worked on|led|drove) together\b"
    r"|\bwe(?:'re|\u2019re| are) (?:now |currently |still |all )?(?:seeing|facing|having|dealing with|fighting|battling"
    r"|losing|struggling with|running into|hitting)\b",
    re.I,
)
# The candidate's own past, which they may tell in the first person plural.
_OWN_PAST = re.compile(r"\b(?:at|when I was at|back at|in my (?:last|previous|current) (?:role|job|team))\b", re.I)

WHAT = {
    "causal_link": "names a cause for their problem that your notes do not give",
    "promised_result": "promises a result on their problem that your notes cannot back",
    "not_our_team": "speaks as if you already worked there; it is their team and their work",
}
ADVICE = {
    "causal_link": "Offer it as a question or an idea ('I'd be curious whether ...'), not as a diagnosis.",
    "promised_result": "Say how your experience would help, without promising a result or a date.",
    "not_our_team": "Say 'your team' or 'the team', and 'I' for yourself.",
}


def _finding(code: str, sentence: Piece, m: re.Match[str]) -> Finding:
    start = sentence.start + m.start()
    return Finding(
        "claims", "error", code, f"'{m.group().strip()}' {WHAT[code]}.", (start, start + len(m.group())), ADVICE[code]
    )


def _about(items: list[str], text: str) -> bool:
    """Whether the sentence is about one of `items`: half its words, or two of them ('the east-end backlog' for 'a
    backlog of 300 unrepaired leaks in the east of the city')."""
    said = content_stems(text, generic=True)
    if any_referenced(items, said):
        return True
    return any(len(set(item_stems(i)) & set(said)) >= 2 for i in items)


def forecast_in(sentence: Piece, theirs: list[str]) -> list[Finding]:
    """At most one such claim in one sentence about one of `theirs` (the interviewers' challenges and topics)."""
    text = sentence.text
    if not _about(theirs, text):
        return []
    for code, pattern in (
        ("causal_link", _CAUSE),
        ("causal_link", _HINDSIGHT),
        ("promised_result", _PROMISE),
        ("promised_result", _SOLVED),
    ):
        m = pattern.search(text)
        if m is not None and pattern is _PROMISE and _EFFORT.search(m.group()):
            m = None  # "I promise I would work hard on it": effort promised (the tone check's), no result
        if m is not None and pattern is _HINDSIGHT and _LACKED.search(text[: m.start()]):
            continue  # "basic failures that proper moisture control should have prevented": a practice they lacked
        if m is not None and not (pattern is _HINDSIGHT and _PEOPLE_DID.search(text[: m.start()])):
            return [_finding(code, sentence, m)]
    m = _SHARED_WORK.search(text)
    if m is not None and not _OWN_PAST.search(text[: m.start()].rsplit(",", 1)[-1]):
        return [_finding("not_our_team", sentence, m)]
    return []
