"""Claims that link things the notes keep apart: the candidate's achievement credited to the interviewer
("the way you grew them 3x at Parcelly"), and cause and effect between two items ("X, which significantly
reduced Y") that the notes never join."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import (
    CLAUSE_END,
    ING,
    NOT_WORK,
    TALK,
    WORK_VERBS,
    claim_stems,
    clause,
    covered,
    finding,
    key_stems,
    own_and_their_texts,
)
from afterview.guardrails.rapport_sides import their_rapport
from afterview.guardrails.text import Piece, content_stems, stems_match
from afterview.notes.model import Notes

# An effect on the interview itself: "made the start of the conversation easy", "made the call feel relaxed".
_ABOUT_TALK = re.compile(
    r"^\s*(?:\w+\s+){0,4}?(?:the (?:start of (?:the |our )?|rest of (?:the |our )?)?|our )(?:conversation|chat|talk"
    r"|interview|call|meeting|discussion|visit)\b",
    re.I,
)

_CREDIT = re.compile(
    rf"\b(?:the way |how |when |where )?(?:you|your (?:team|teams|engineers|staff|people|group|department|crew|org)"
    r"|the team) (?:(?:personally|also|successfully|recently|already) )?(?:have |has )?"
    rf"(?P<verb>{WORK_VERBS}|(?!{NOT_WORK}\b|{TALK}\b)[a-z]+ed|ran|won|grew|built|led|taught|wrote|brought|made|took)\b"
    r"|\byour (?:work|success|achievements?|results?|efforts?|projects?|leadership|role|experience|expertise|ability"
    r"|abilities|track record|background|skills?|time) (?:(?:in|with|on|at|of|to|for|when|while) )?"
    rf"(?:{ING}|leading|running|introducing|cutting|shipping|publishing|passing|winning|growing)?\b",
    re.I,
)
# A verb that takes a bare infinitive after its object: "help the team grow", "watch your team build".
_HELP_DO = re.compile(r"\b(?:help|helping|helped|watch|watching|see|seeing|let|letting)\s+$", re.I)
_DATE_NAMES = (
    "january february march april may june july august september october november december monday tuesday wednesday"
    " thursday friday saturday sunday"
).split()


def _date_word(stem: str) -> bool:
    """A number or the stem of a month or weekday ('novemb'): a date, never work to credit."""
    return stem.rstrip("stndrh").isdigit() or any(name.startswith(stem) for name in _DATE_NAMES)


_EFFECT = (
    r"reduced|cut|improved|increased|decreased|lowered|boosted|saved|eliminated|halved|doubled|tripled|prevented"
    # ("the audit that turned up four tubs", "which turned out": found, or came to be; no effect)
    r"|fixed|solved|sped up|shortened|raised|grew|drove down|drove up|brought down|turned(?! up| out)|transformed|made"
    r"|won"
)
# Verbs after a cleft "is what" that tell of a mind or an event, not of a deed that caused something.
_NO_DEED = (
    r"happened|mattered|stood|struck|appealed|caught|interested|excited|drew me|attracted|surprised|impressed"
    r"|inspired me|motivated|resonated|stayed|stuck|counted|worked"
)
_CAUSAL = re.compile(
    rf"(?:,\s*|\s)(?:which|that|and this|and that|this)\s+(?:\w+ly\s+)?(?:(?P<effect>{_EFFECT})|led to|resulted in"
    r"|enabled|allowed|helped|made|contributed to|translated into)\b"
    rf"|,?\s*(?:resulting in|leading to|thereby(?: (?P<effect2>{_EFFECT}))?|and as a result|which is why|in turn"
    # "..., so that errors fell", "which meant", "allowing", and the effect as a participle: "..., cutting waste"
    r"|so that|which meant(?: that)?|meaning(?: that)?|allowing|enabling|which in turn"
    r"|(?<=,\s)(?P<effect4>cutting|reducing|halving|doubling|tripling|raising|boosting|lowering|improving|increasing"
    r"|saving|eliminating|shortening|bringing (?:down|up))"
    r"|because (?:we|I|of|it|the|our)|thanks to|due to|as a result of"
    r"|(?:which|that|this) (?:is|was|'s) (?:exactly )?(?:how|why|what) (?:we|I|it|they)|which explains"
    r"|(?:which|that|this)(?:'s| is| was) (?:really |exactly |precisely |basically |essentially |largely )?"
    rf"(?:what|how)"
    rf" (?P<effect3>{_EFFECT}))\b"
    # the cause as subject: "the smoke tests I introduced are the reason the launch passed", "... is why ..."
    r"|\s(?:is|are|was|were)\s+(?:(?:the|a) (?:main |real |only |whole |big |key )?reasons? (?:why |that )?"
    r"|why |behind )"
    # "training the analysts is what made the QA pipeline cut reprocessing": the one is what made the other happen
    # ("that predictability is what brought turnover down": the effect verb itself after "what")
    # (any deed after "what": "the model I wrote is what ended false calls", "my drama is what showed there was an
    # audience"; not a mind's or an event's own verb: "is what happened", "is what interested me")
    rf"|\s(?:is|are|was|were)\s+(?:\w+ly\s+)?what\s+(?!{_NO_DEED}\b)(?:made|let|allowed|enabled|drove|got|helped"
    rf"|pushed|took|brought|kept|showed|shown|led|won|gave|set|put|began|drew|grew|sold|built|{_EFFECT}|\w+ed)\b"
    # a further result claimed for the same work: "the solar systems that cut diesel use also halved staff turnover"
    rf"|\s(?:also|even|in turn|ultimately|eventually)\s+(?P<effect5>{_EFFECT})\b",
    re.I,
)
# The cause after the connective, the effect after the comma: "Thanks to the checks I added, errors fell".
_CAUSE_FIRST = re.compile(
    r"^\s*(?:thanks to|because of|due to|as a (?:direct )?result of|owing to|on the back of|because)"
    r"\s+(?P<cause>[^,;]+),"
    r"\s*(?P<effect>.+)$",
    re.I,
)


def credit_in(sentence: Piece, text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]) -> list[Finding]:
    for m in _CREDIT.finditer(text):
        if _HELP_DO.search(text[: m.start()]):
            continue  # "I'd love the chance to help the team grow": a bare infinitive wished for, no deed of theirs
        obj = clause(text, m.end())
        if not key_stems(obj, notes) and m.group("verb"):
            # "the fraud rules engine your team built, which cut chargebacks": the work is named before the
            # verb and its result after it
            start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
            after = re.match(r"\s*,?\s*(?:which|that) ", text[m.end() :])
            obj = text[start : m.start()] + (clause(text, m.end() + after.end()) if after else "")
        if m.group("verb") is None and re.match(r"\s*(?:,\s*)?(?:and|or|as well as)\b", obj, re.I):
            continue  # "your work and the team's experience": a thing of theirs, then another; no deed is given
        wanted = [w for w in key_stems(obj, notes) if not _date_word(w)]  # "your time on November 24"
        if not wanted or covered(wanted, own) < 0.5 or covered(wanted, theirs) >= 0.5:
            continue
        if covered(wanted, their_rapport(notes)) >= 0.5:
            continue  # "you sailed Folkboats as a boy" where the rapport notes say "he sailed Folkboats as a boy"
        return [
            finding(
                "misattributed_credit",
                sentence,
                m,
                f"'{(m.group() + obj).strip()[:80]}' gives them credit for what your notes list as your own work.",
                "Say it as your own experience ('I grew ...'), or leave it out.",
            )
        ]
    return []


# A cleft whose verb is a deed ("is what allowed"), not "is what I aimed for"; and a result after it: winning or
# securing something, or a result word ("is what made our weekends manageable" names a plain benefit, no result).
_CLEFT = re.compile(r"\bwhat\s+(?!(?:I|we|you|they|it|he|she)\b)\w+$", re.I)
_WON = re.compile(r"\b(?:win|wins|won|winning|secure|secured|land|landed|gain|gained|earn|earned)\b", re.I)
_TO_ME = re.compile(r"\s*(?:me|us|myself|ourselves)\b", re.I)


# A connective that names a cause outright, and a result: "X is why the audit passed with no findings".
_STRONG = re.compile(r"\b(?:why|reasons?|resulted in|resulting in|led to|leading to|as a result)\b", re.I)
_RESULT = re.compile(
    r"\b(?:passed|fell|rose|dropped|grew|doubled|halved|tripled|improved|increased|decreased|reduced|cut|saved|won"
    r"|achieved|beat|exceeded|record|zero|no (?:findings?|errors?|defects?|complaints?|incidents?)|without a single"
    r"|percent)\b|\d+\s*%",
    re.I,
)
_BECAUSE = re.compile(r"\bbecause\b", re.I)
# The candidate's own wish or fit, which 'because' gives a reason for.
_DRAWN = re.compile(
    r"\b(?:interested|interest|keen|excited|drawn|attracted|appeals?|appealed|enjoy(?:ed)?|love|like|glad|happy|want"
    r"|wanted|applied|apply|applying|motivated|a (?:good|strong|great) fit|fits? (?:me|well))\b",
    re.I,
)
# What it made the candidate think or feel: "which made me think again of the plan", no effect in the world.
_IN_MY_MIND = re.compile(
    r"\s*(?:me|us)\s+(?:\w+ly\s+)?(?:think|wonder|reflect|realis|realiz|remember|recall|reconsider|revisit|want"
    r"|curious|keen|eager|excited|even more|more|smile|laugh|appreciate|look (?:again|back|forward))",
    re.I,
)

# What a cause let the candidate learn or look into: "which allowed me to delve into the retailer specs", "which
# helped me understand"; their own learning, not a result in the world.
_LEARNT = re.compile(
    r"\s*(?:me|us)\s+(?:to\s+)?(?:\w+ly\s+)?(?:learn|understand|delve|dig|explore|study|read|see|look|get to know"
    r"|practi[sc]e|appreciate|think|reflect|revisit|catch up|go deeper|deepen|brush up|refresh|familiari[sz]e|review"
    r"|keep up|stay current|get (?:up to speed|a feel|a sense|a better sense|a clearer picture))\b",
    re.I,
)

# An offer of help whose purpose follows: "I'd be glad to help ...", "I would like to ...", "I could ...".
_OFFER = re.compile(
    r"\bI(?:'d|\u2019d| would| could| can| will|'ll|\u2019ll) (?:\w+ )?(?:be (?:glad|happy|keen|eager) to|like to"
    r"|love to|help|try|work|want)\b",
    re.I,
)
# What follows "so that" when it states an aim (a present or a modal verb: "so that the hall is never double-booked",
# "so that crews can ...") or when "that" is its subject ("I passed it, so that is current for the season").
_AIM = re.compile(
    r"\s*(?:(?:[\w'-]+\s+){0,6}?(?:is|are|isn't|aren't|can|could|will|would|may|might|should|'ll|\u2019ll|do|does"
    r"|stays?|gets?|keeps?|has|have)\b|(?:is|was|'s|\u2019s|means|helps|makes|gives|leaves|works|should|will)\b)",
    re.I,
)
# The candidate's own feeling as what "because" explains: "because I was really looking forward to ...".
_FELT = re.compile(
    # (the "I" may be the connective's own: "because I" is one match)
    r"\s*(?:I\b)?(?:'d|\u2019d| had| was| am|'m|\u2019m)?(?: been)?(?: \w+ly)? "
    r"(?:looking forward|hoping|hoped|excited|keen|eager|interested|wanted|want|loved|love|enjoyed|enjoy|felt|feel"
    r"|liked|like|thought|believed|care|cared|think|believe|hope|suspect|expect|imagine|guess)\b",
    re.I,
)
# A benefit said plainly: "made tracking hours much easier for everyone".
_EASIER = re.compile(
    r"\b(?:easier|simpler|clearer|smoother|less (?:confusing|stressful|error-prone)|more (?:visible|transparent"
    r"|predictable|consistent))\b",
    re.I,
)


# A new subject before "also": "..., and I also reduced the backlog" tells a second deed, not a further result.
_SECOND_DEED = re.compile(r"\b(?:I|we)(?:'ve|\u2019ve| have| had)?\s+$", re.I)
# What a link ends at when it is the writer's own fit or understanding, no result in the world.
_TO_ME_FIT = re.compile(
    r"\b(?:suits?|fits?|appeals? to|clearer to|easier for|clearer for|more interesting to|more appealing to)"
    r" (?:me|us|myself)\b",
    re.I,
)


# The writer's own saying or asking as what 'because' explains: "which I mention because of ...", "I ask because".
_SAID = re.compile(
    r"\b(?:I|I'm|I am)(?: \w+ly)? (?:mention|mentioning|say|saying|ask|asking|raise|raising|note|noting|add|adding"
    r"|bring (?:it|this|that) up|write|writing)(?: (?:it|this|that))?[,\s]*$",
    re.I,
)
# An effect verb with no result after it: "that saved us most often", "which helped."
_NO_RESULT = re.compile(
    r"\s*(?:us|me|them|everyone)?\s*(?:most often|more than once|many times|again and again|every time|time and"
    r" again|often|most|the most)?\s*[.!]?\s*$",
    re.I,
)
# Where a relative clause ends and the main verb begins: "the approach that cut waste by 18% might carry over to".
_MAIN_VERB = re.compile(r"\s(?:might|could|would|will|can|should|may|must)\s", re.I)


# A capitalised word inside a sentence: a name (of an employer, a place, a product), not a word of work.
_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*")


# A link asked about, not stated: "I would like to understand whether it was my experience or my French that made
# the difference", "could you tell me what made the difference?".
_ASKED = re.compile(
    r"\b(?:understand|know|learn|hear|ask|asking|wonder|wondering|curious|tell me|find out|see|share)\s+"
    r"(?:\w+\s+){0,2}?(?:whether|if|what|why|which)\b",
    re.I,
)


def causal_in(sentence: Piece, text: str, notes: Notes, own: list[list[str]]) -> list[Finding]:
    """Each connective of cause in turn: a link stated by an item ("booking, which cut no-shows") may be followed
    by one the notes never make ("..., and that predictability is what brought turnover down")."""
    first = _CAUSE_FIRST.match(text)
    for m in [first] if first else _CAUSAL.finditer(text):
        found = _causal_at(sentence, text, notes, own, first, m)
        if found:
            return found
    return []


def _causal_at(
    sentence: Piece, text: str, notes: Notes, own: list[list[str]], first: re.Match[str] | None, m: re.Match[str]
) -> list[Finding]:
    if not first and (_ASKED.search(text[: m.start()]) or text.rstrip().endswith("?")):
        return []  # a question about what caused it states no cause
    if not first and m.group().rstrip().lower().endswith("made") and _IN_MY_MIND.match(text, m.end()):
        return []  # "which made me think again of the plan": a thought, not a result
    if first and (_OFFER.search(first.group("effect")) or _DRAWN.search(first.group("effect"))):
        return []  # "Because my thesis is on PVY, I would be happy to help": the reason for an offer, no result
    if not first and _LEARNT.match(text, m.end()):
        return []  # "the course, which allowed me to delve into the specs": what the candidate learnt, no result
    if not first and _BECAUSE.search(m.group()) and _SAID.search(text[: m.start()]):
        return []  # "which I mention because of the move to SQL you described": why it is said, no result
    if not first and (m.group("effect") or m.group("effect3")) and _NO_RESULT.match(text, m.end()):
        return []  # "locking scripts early was the habit that saved us most often": no result is stated
    if not first and _BECAUSE.search(m.group()) and _DRAWN.search(text[: m.start()]):
        return []  # "I'm still very interested in the role because it matches my work": why they want it, no result
    if first:
        left, right_text = key_stems(first.group("cause"), notes), first.group("effect")
    else:
        left, right_text = key_stems(text[: m.start()], notes), clause(text, m.end())
    right = key_stems(right_text, notes)
    if not left or not right:
        return []
    near = [] if first else key_stems(re.split(r"[,;]|\band\b|\bbut\b", text[: m.start()])[-1], notes)
    if near and any(covered(right, [item]) >= 0.5 and covered(near, [item]) >= 0.5 for item in own):
        return []  # "led X and introduced smoke tests that cut Y": the nearest clause's own item states the link
    # (the thing named by its own words, not an employer's or a place's name; and only right before "that"/"which")
    relative = not first and re.match(r"[,\s]*(?:which|that)\b", m.group(), re.I) is not None
    last = " ".join(w for w in text[: m.start()].split()[-4:] if not w[:1].isupper())
    named = key_stems(last, notes) if relative else []
    # (the relative clause ends where the main verb comes: "the nesting approach that cut fabric waste by 18% at
    # Outback might carry over to the tent range")
    said = key_stems(_MAIN_VERB.split(right_text, maxsplit=1)[0], notes) if named else []
    if named and any(covered(said, [item]) >= 0.5 and covered(named, [item]) >= 0.5 for item in own):
        return []  # "how the nesting approach that cut fabric waste by 18%": the thing just named is the item's cause
    firm = bool(m.group("effect") or m.group("effect3") or _CLEFT.search(m.group())) and "help" not in m.group()
    if firm and _unknown_cause(text[: m.start()], right, right_text, own, notes):
        return _link_finding(sentence, m, right_text)  # "a short huddle, which cut scrap 9% -> 4%": notes' result
    if not first and _SECOND_DEED.search(text, 0, m.start() + 1) and m.group("effect5"):
        return []  # "I introduced X, and I also reduced Y": a second deed of the candidate's, not an effect of X
    if not first and _TO_ME_FIT.search(right_text):
        return []  # "so that pattern suits me", "also made the role much clearer to me": the writer's fit or grasp
    every = claim_stems(notes)["own"] + claim_stems(notes)["theirs"]
    if not first and _own_then_own(right_text, left, own, notes):
        return []  # "ran the redesign that raised conversion by 9% and set up the testing program": two own items
    if not first and _stated(m.group(), key_stems(" ".join(text[: m.start()].split()[-6:]), notes), right, notes):
        return []  # "drawings going out late because of BIM clashes": the link as a notes item states it
    if not first and m.group().strip(" ,").lower().startswith("so that") and _OFFER.search(text[: m.start()]):
        return []  # "I'd be glad to help make the instruments more forgiving so that fewer operators ...": an aim
    if not first and m.group().strip(" ,").lower().startswith("so that") and _AIM.match(right_text):
        return []  # "... could be adapted so that the hall is never double-booked": an aim, in the present or a modal
    if not first and _BECAUSE.search(m.group()) and _FELT.match(text, m.end()):
        return []  # "I am disappointed, because I was looking forward to the rotation": a feeling's reason
    if (
        not first
        and _EASIER.search(right_text)
        and not _RESULT.search(right_text)
        and (covered(left, own) >= 0.5 or _holds_an_item(key_stems(_last_clause(text[: m.start()]), notes), own))
    ):
        return []  # "a shared calendar ..., which made tracking hours easier": a plain benefit, no result
    if _ABOUT_TALK.search(right_text):
        return []  # "... from the same town, which made the start of the conversation easy": the talk, no result
    effect = bool(
        m.group("effect") or m.group("effect2") or m.group("effect3") or m.group("effect4") or m.group("effect5")
    )

    # the cause is the candidate's item it holds most of; the effect must be in that same item
    def held(item: list[str]) -> int:
        return sum(1 for w in left if any(stems_match(w, s) for s in item))

    # (of items that hold as much of the cause, the one that also states the effect: "at Mwangaza FM ... the part of
    # my QC checklist that saved the most re-records" holds the station's item and the checklist's alike)
    ranked = sorted(own, key=lambda item: (-held(item), -covered(right, [item])))

    # the cause's words of work, not of a name: an employer or a place ("at Kereru Games") places the work but does
    # not say which work it was
    named = key_stems(" ".join(_NAMED.findall(first.group("cause") if first else text[: m.start()])), notes)
    work = [w for w in left if w not in named]

    def own_words(item: list[str]) -> int:
        """The cause's words of work this item holds and no other item of the candidate's does."""
        others = [s for other in own if other is not item for s in other]
        return sum(
            1 for w in work if any(stems_match(w, s) for s in item) and not any(stems_match(w, s) for s in others)
        )

    # (any item that holds the cause by its own words and the effect states the link: the one holding most of the
    # cause's words may only share the employer's name with it, "At Merlin I introduced a cut-list system that ...")
    if any(own_words(item) >= 2 and covered(right, [item]) >= 0.5 for item in own):
        return []
    for item in ranked[:1]:
        if held(item) < max(1, len(left) // 3):
            continue
        if covered(right, [item]) >= 0.5:
            return []
        fused = any(covered(right, [other]) >= 0.5 for other in every if other is not item)
        invented = _STRONG.search(m.group()) and _RESULT.search(right_text) and covered(right, every) < 0.5
        # a reason the notes never give for the candidate's own result: "cut cost per complete by 18%, largely because
        # I made clients sign off on scope"
        invented = invented or (
            _BECAUSE.search(m.group()) is not None
            and _RESULT.search(text[: m.start()]) is not None
            and covered(right, every) < 0.5
        )
        # "X is what allowed Y": the cleft names X the cause outright, as 'why' does; what it did to the candidate
        # ("is what taught me to cast narrators") is their own experience, no result in the world
        cleft = (
            not first
            and _CLEFT.search(m.group()) is not None
            and not _TO_ME.match(text, m.end())
            and (_WON.search(m.group() + " " + right_text) is not None or _RESULT.search(right_text) is not None)
        )
        if not fused and not effect and not invented and not cleft:
            return []  # ("X is why Y" with Y a result no notes item gives is invented: "is why the audit passed")
        return _link_finding(sentence, m, right_text)
    return []


_HEDGED_CAUSE = re.compile(r"\b(?:one of|the kind of|part of|some of|among|a big part|a piece of)\b", re.I)


def _unknown_cause(before: str, right: list[str], right_text: str, own: list[list[str]], notes: Notes) -> bool:
    """Whether a result one of the candidate's own items gives is put down to a cause no own item names: "adding a
    short huddle before every shift is what cut scrap from 9% to 4%" where the notes cut it with a proofing schedule."""
    near = re.split(r"[,;]|\band\b|\bbut\b", before)[-1]
    if _HEDGED_CAUSE.search(near):
        return False  # "one of the changes that raised searches by 22%": a part of it, not the cause
    cause = key_stems(" ".join(w for w in near.split() if not w[:1].isupper()), notes)
    if len(cause) < 2 or not _RESULT.search(right_text):
        return False
    # (the items as written, without the words they imply: 'cut' implies 'shorten', which 'a short huddle' is not)
    written = [content_stems(t, generic=True) for t in own_and_their_texts(notes)[0]]
    results = [item for item in written if covered(right, [item]) >= 0.5]
    return bool(results) and covered(cause, own) < 0.5 and all(covered(cause, [item]) == 0 for item in results)


_CLAUSE_START = re.compile(r"[;:]|,\s*(?:and|but|so|where|while)\b|\b(?:and|but) (?:I|we)\b|(?<=,)\s", re.I)


def _last_clause(before: str) -> str:
    """The last clause of `before`: "..., and I also moved the weekly reporting from Excel to dbt and Looker"."""
    starts = [b.end() for b in _CLAUSE_START.finditer(before)]
    return before[max(starts, default=0) :]


def _holds_an_item(said: list[str], own: list[list[str]]) -> bool:
    """Whether `said` holds most (two thirds) of one of the candidate's own items: their own deed, told whole."""
    return any(
        item and sum(1 for s in item if any(stems_match(s, w) for w in said)) / len(item) >= 2 / 3 for item in own
    )


def _link_finding(sentence: Piece, m: re.Match[str], right_text: str) -> list[Finding]:
    return [
        finding(
            "causal_link",
            sentence,
            m,
            f"'{m.group().strip()} {right_text.strip()[:60]}' links cause and effect that your notes do not.",
            "State each item as the notes do, without a 'which led to' between them.",
        )
    ]


def _own_then_own(right_text: str, left: list[str], own: list[list[str]], notes: Notes) -> bool:
    """Whether the effect is the cause's own item's result and what follows 'and' is another own item of its own: a
    second claim told after the first, not part of its effect."""
    parts = re.split(r",?\s+and\s+", right_text, maxsplit=1)
    if len(parts) < 2:
        return False
    effect, then = key_stems(parts[0], notes), key_stems(parts[1], notes)
    if not effect or len(then) < 2:
        return False
    for item in own:
        held = sum(1 for w in left if any(stems_match(w, s) for s in item)) >= max(1, len(left) // 3)
        if held and covered(effect, [item]) >= 0.5:
            return any(covered(then, [other]) >= 0.5 for other in own if other is not item)
    return False


def _stated(link: str, cause: list[str], effect: list[str], notes: Notes) -> bool:
    """Whether one notes item says this link in its own words: the connector, and most of either side."""
    said = link.strip().lower()
    for text in (t for texts in own_and_their_texts(notes) for t in texts):
        stems = [content_stems(text, generic=True)]
        if said in text.lower() and cause and covered(cause, stems) >= 0.5 and covered(effect, stems) >= 0.5:
            return True
    return False


# "..., as a direct result of it", "thanks to that": the cause is named in the sentence before.
_BACK = re.compile(
    r"\b(?:as a (?:direct |natural )?(?:result|consequence) of|thanks to|because of|on the back of|owing to|due to)"
    r" (?:it|this|that|them|those|these)\b(?:\s+(?:work|tool|change|check|project|effort|system))?\s*[.!?]?$",
    re.I,
)


_DESPITE = re.compile(r"\b(?:despite|in spite of|regardless of|not because of)\b[^.!?]*\b(?:rather than|not)\s*$", re.I)


def causal_back_in(sentence: Piece, text: str, previous: str, notes: Notes, own: list[list[str]]) -> list[Finding]:
    """An effect in this sentence credited to a cause in the previous one ("Swap decisions fell to under 20 minutes
    as a direct result of it"): both must be one of the candidate's items, not two of them fused."""
    m = _BACK.search(text.rstrip())
    if m is None or not previous:
        return []
    effect = key_stems(text[: m.start()], notes)
    cause = key_stems(previous, notes)
    if not effect or not cause:
        return []

    def best(stems: list[str]) -> int:
        scores = [sum(1 for w in stems if any(stems_match(w, s) for s in item)) for item in own]
        return max(range(len(own)), key=lambda i: scores[i]) if own and max(scores) > 0 else -1

    if _DESPITE.search(text[: m.start()]):
        return []  # "happened despite management rather than because of it": the 'it' is who stood aside, no result
    e, c = best(effect), best(cause)
    if e < 0 or c < 0 or e == c:
        return []
    return [
        finding(
            "causal_link",
            sentence,
            m,
            f"'{m.group().strip()}' makes one of your results the effect of another; your notes keep them apart.",
            "State each item as the notes do, without a 'which led to' between them.",
        )
    ]
