"""The main first-person claim of work (claims.py routes through it): "I led / built / cut ...", "I have been
working on X", "my work on X", a cleft ("is exactly what I led"), a passive ("cleared under my lead"), the
candidate's own thing as the doer ("my reminder program halved no-shows"); what was worked on is compared with the
candidate's own fields against the team's. Wishes, questions about the interview, messages, refused work and
documents prepared for them claim nothing.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_clauses import before_turn, own_deed_at
from afterview.guardrails.claim_experience import first_conjunct, general_experience
from afterview.guardrails.claim_interview_work import (
    NO_NOUN_BEFORE,
    OBJECT_BEFORE,
    noun_phrase_before,
    of_the_interview,
)
from afterview.guardrails.claim_no_deed import claims_no_deed
from afterview.guardrails.claim_own_widened import own_experience
from afterview.guardrails.claim_summary import summarises_field
from afterview.guardrails.claim_support import (
    CLAUSE_END,
    FREQUENCY_STEMS,
    ING,
    NOT_WORK,
    WORK_VERBS,
    WROTE_UP,
    claim_stems,
    clause,
    covered,
    finding,
    found_anywhere,
    key_stems,
    own_and_their_texts,
)
from afterview.guardrails.text import Piece, content_stems
from afterview.notes.model import Notes

# Gerunds of work a verb of starting or of time spent may take, besides ING: "started moving", "spent a year testing".
_ASPECT_ING = (
    r"testing|moving|rolling out|setting up|mapping|piloting|trialling|trialing|switching|converting|training"
    r"|rolling|digitising|digitizing|standardising|standardizing|rewriting|documenting"
)
_EFFECT_VERBS = (
    r"eliminated|reduced|cut|improved|increased|doubled|halved|tripled|fixed|solved|ended|stopped|removed|boosted"
    r"|lifted|raised|saved|prevented"
)
_CLAIM = re.compile(
    # ("I am the one who introduced X": a cleft of "I introduced X")
    rf"(?:\bI(?:'ve|\u2019ve| have| had|(?:'m|\u2019m| am| was) (?:actually |in fact )?the (?:one|person)"
    rf" (?:who|that))?"
    # ... or said of the writer in a lead-in: "as the person who ran the whole department at X, I believe"
    rf"|\b[Aa]s (?:the (?:one|person)|someone) (?:who|that)(?=[^.!?]*,\s+I\b))"
    rf" (?:also |personally |recently |successfully |previously |once |already )?"
    rf"(?P<verb>{WORK_VERBS}|(?!{NOT_WORK}\b)[a-z]{{3,}}ed)\b(?!['\u2019]t\b)"  # "I won't keep you": no verb 'won'
    rf"|\bI(?:'ve|\u2019ve| have| had) been (?:\w+ly )?(?P<ing>{ING})\b"
    # the same claim as a participle: "Having already scaled a pilot to 50 villages, I know ..."
    rf"|\b[Hh]aving (?:already |also |personally |recently |successfully |previously )?"
    rf"(?P<having>{WORK_VERBS}|(?!{NOT_WORK}\b)[a-z]{{3,}}ed)\b"
    rf"|\bI(?:'m|\u2019m| am) (?:currently |now |also |still )?(?P<ing2>{ING})\b"
    # work told through a verb of its start or its time: "I started moving my crew onto a 4x10 rotation", "I've spent
    # a lot of time testing maths equations", "I spent the weekend on the equation problem"
    # (or the second verb of the candidate's: "I finished my refresher and also started moving ...")
    rf"|\bI(?:(?:'ve|\u2019ve| have| had)?|\b[^.;!?]{{0,80}}?\band)"
    rf" (?:also |already |recently |now |just )?(?:started|begun|began"
    rf"|spent (?:(?:a lot of|lots of|much of|most of|the|my|this|last|two|three|several|many|some|months|years"
    rf"|weeks|time|weekend|week|evenings?|days?|hours?)\s+){{1,4}}?)(?P<aspect>{ING}|{_ASPECT_ING}|on(?= (?:the|your"
    rf"|their|that|this)\b))\b"
    r"|\b[Mm]y (?:own )?(?:work|project|results?|achievements?|efforts?) (?:on|with|in|leading|building|at|for)\b"
    # the work named, then its doer: "the retention work I did on monthly donors", "the analysis I carried out for"
    r"|\b(?:[Tt]he|[Mm]y) (?:[\w-]+ ){0,3}?(?:work|project|research|analysis|job|programme|program) (?:that )?"
    r"I(?:'ve|\u2019ve| have)? (?P<didon>did|done|carried out|took on|taken on) (?:on|for|with|around|about)\b"
    # a cleft: "cutting false alarms is something I have already done": the work is the subject before "is" (done
    # or solved: "is something I have dealt with" tells experience of a kind of problem, not its solution)
    r"|\b(?P<cleft>(?:is|was|are) (?:(?:something|exactly what|precisely what|a problem|a challenge|one thing)"
    r" (?:that )?I(?:'ve|\u2019ve| have| had|'d|\u2019d)? (?:already |also |personally |successfully )?(?:done|did"
    r"|solved|fixed|cracked|delivered)"
    # the very thing led or worked on ("is exactly what I led"; "is a problem I've worked on" tells experience of a
    # kind of problem, not the work)
    r"|(?:something|exactly what|precisely what|one thing|what) (?:that )?I(?:'ve|\u2019ve| have| had|'d|\u2019d)?"
    r" (?:already |also |personally |successfully )?(?:led|ran|built|worked on|tackled|managed|implemented|shipped"
    r"|automated|rebuilt|redesigned|migrated|introduced|set up|rolled out|focused on"
    # "is what I spent most of my time on": the thing named before it, as the candidate's own work
    r"|spent (?:most |much |a lot |half )?(?:of )?my (?:time|days|weeks|months|year|years|internship|placement) on)))\b"
    r"(?! (?:into|across|up against|through|over|past|out of)\b)"
    # "my experience cutting response times": the work named as the candidate's experience of doing it
    rf"|\b[Mm]y (?:own )?(?:experience|track record|background|time|success|years) (?:in |of |with |at )?"
    rf"(?P<nominal>{ING})\b"
    # "my provenance research on the bequest": research, a survey or an analysis of a thing, as mine
    # ("my studies at Bách Khoa" is where the candidate studied, no research claimed)
    r"|\b[Mm]y (?:own )?(?:[\w-]+ ){0,2}?(?:research|analysis|analyses|surveys?|study|studies|investigations?"
    r"|audits?|findings|fieldwork) (?:on|of|into|in|for|at|with)\b(?<!studies at)(?<!studies in)(?<!study at)"
    # the passive: "the backlog was cleared under my leadership"
    r"|\b(?:was|were|has been|have been|got) (?:\w+ly )?(?P<passive>[a-z]+ed|cut|built|led|run|grown|won|brought|made"
    r"|set up|rolled out|rebuilt|halved|doubled)\b(?=[^,.;!?]{0,60}?\b(?:by me|by my team|under my (?:\w+ )?"
    r"(?:leadership|lead|watch|direction|management|supervision)|on my watch|thanks to me)\b)"
    # "my reminder program essentially eliminated no-shows": the candidate's own thing as the doer
    rf"|\b[Mm]y (?:[\w-]+ ){{0,2}}(?:program|programme|project|system|process|initiative|team|work|approach|plan"
    rf"|tool|scheme|campaign|rollout|change|fix|model|framework) (?:\w+ly )?(?P<verb2>{_EFFECT_VERBS})\b"
    # "my thesis modelled the evening queues": the candidate's own work as the doer of work on a subject
    rf"|\b[Mm]y (?:[\w-]+ ){{0,2}}?(?:thesis|dissertation|capstone|project|research|paper|study|internship|script"
    rf"|tool|model|analysis) (?:\w+ly )?(?P<verb4>modell?ed|analy[sz]ed|studied|mapped|simulated|measured|tracked"
    rf"|forecast|predicted|covered|examined|investigated|looked at|focused on|dealt with|tackled|solved|fixed)\b"
    # "the retention plan I put together halved drop-outs": a thing the candidate made, as the doer of a result
    rf"|\b(?:[Tt]he|[Aa]n?) (?:[\w-]+ ){{1,4}}?(?:I|we) (?:put together|built|designed|created|wrote|introduced|set up"
    rf"|developed|launched|rolled out|drew up|came up with|devised|started) (?:\w+ly )?(?P<verb3>{_EFFECT_VERBS})\b",
)
# A cleft's subject that points back to the sentence before: "That is a problem I already solved".
_POINTER = re.compile(r"\s*(?:that|this|it|which)(?:'s|\u2019s)?\s*", re.I)
_SOLVED = re.compile(r"\b(?:solved|fixed|cracked|done|did|delivered)\b")
_MESSAGE = re.compile(
    r"\s+(?:on|about|to|last|earlier|recently|you|in my|a (?:note|message|line|thank-you)"
    # when it was sent: "I wrote at the end of November", "I emailed in early May", "I wrote two weeks ago"
    r"|at the (?:end|start|beginning) of|in (?:early|mid|late)|(?:a|one|two|three|a few|\d+) (?:days?|weeks?)"
    r"|a fortnight|again|previously|before|twice)\b",
    re.I,
)
# Work refused or put off: "turned down", "passed up", "held off on".
_REFUSED = re.compile(r"(?:turned|passed|held|put|backed|walked) (?:down|up|off|away)\b", re.I)
# "how I presented my experience": a question about the interview, not a claim of work.
# ("the way I presented the data": the manner of the interview, asked about, no work claimed)
_ASKED_ABOUT = re.compile(r"\b(?:how|what|why|whether|where|when|the way|the manner in which) $", re.I)
# A sentence opened by a clause of time: "When I led the spectrophotometer rollout at X, we ..." tells the work as
# done (the clause's own verb), not how the interview went ("I wonder how I came across").
_WHEN_I_DID = re.compile(r"\s*(?:When|Back when|While|Where)\s+")
# A claim about the future or a wish is not a claim of work done: "I would love to build".
_NOT_DONE = re.compile(
    r"\b(?:would|could|might|will|'d|\u2019d|want to|hope to|love to|like to|eager to|keen to|excited to|glad to"
    r"|happy to|ready to|able to|plan to|going to|look forward to|chance to|can|to|once|if|as soon as|until)\s*$",
    re.I,
)


# After a verb with no object of its own, up to three phrases of where, when or for whom, then the verb of the
# sentence the relative clause sits in ("I built for 60 singers in Porto| gave ..."; "a firm called X" is no verb).
_MAIN_VERB_NEXT = re.compile(
    # an infinitive right after the bare verb: "any test I design to support your judgement", "the agents I lead to
    # know the parts": the verb's object is the noun before "I" ("the model I built at X to cover flood" may be
    # another verb's purpose: only right after the verb)
    r"\s+to (?!(?:the|a|an|my|your|their|our|its|this|that|these|those|production|market|scale|completion|\d)\b)"
    r"[a-z]{2,}\b|"
    r"\s+(?:(?:in|at|on|during|last|this|back in|for|with|from|over|across) (?:[\w'-]+ ){1,4}?){0,3}"
    r"(?:(?:there|then|back then|here|myself) )?"  # "the dashboard I built there flagged ..."
    # ("the last agency I dealt with never called back": an adverb, then the sentence's own verb)
    r"(?:(?:never|rarely|seldom|always|often|still|finally|eventually|quickly|soon|barely|hardly|only|just|also|really"
    r"|actually|usually|mostly) [a-z]{3,}\b|"
    r"(?:is|was|are|were|has|have|had|will|would|can|could|gave|made|let|kept|became|meant|showed|took|got|brought|put"
    r"|taught|told|left|saw|found|held|drew|proved|sent|went|came|began"
    # an irregular past or a modal as the sentence's own verb: "the filter I shipped at X dealt with the same noise",
    # "the pipeline I wrote for 30 vehicles there might also come in handy"
    r"|dealt|ran|might|may|should|must|does|did"
    # ("the 25 agents I trained at Brightway spent a lot of time ...": an irregular past of the sentence's own)
    r"|spent|sold|knew|grew|fell|rose|lost|felt|stood|understood|wrote|spoke|thought|heard|kept|won"
    r"|(?!(?:called|named|based|located|focused|used|owned|funded|led)\b)[a-z]{3,}ed)\b)"
)


# Someone the candidate met or worked with, named before "I": a party, not a piece of work.
_A_PARTY = re.compile(
    r"\b(?:agency|agencies|recruiters?|headhunters?|employers?|managers?|bosses|boss|people|person|clients?|hr)\s*$",
    re.I,
)


# "the same issue", "exactly the problem I solved": a claim to have solved their very problem.
_THEIR_PROBLEM = re.compile(
    # ("everyone doing the same thing" is no problem)
    r"\b(?:the|this|that|your) (?:same|exact|very|identical) (?:issue|problem|challenge|bug|situation|pain)"
    r"|\bexactly (?:the|this|that|your) (?:issue|problem|challenge|thing|kind of problem|gap|bottleneck"
    r"|pain point|failure|constraint|limitation)\b",
    re.I,
)


# "I did exactly that at the Lyric", "having done precisely the same": their work, claimed wholesale.
_DID_THE_SAME = re.compile(
    r"\b(?:I(?:'ve|\u2019ve| have| had)?|having|about|of|from) (?:already |also |personally )?(?:done|did|doing|solved"
    r"|solving|handled|handling|built|building|run|ran|running|led|leading|fixed|fixing|set up|setting up)"
    r" (?:(?:exactly|precisely|just) (?:that|this|the same(?: thing)?)|the (?:very|exact) same(?: thing)?)\b"
    r"(?! (?:kind|sort|type))",
    re.I,
)


# Work begun since the interview, in answer to it: preparation, not a claim of past work.
_SINCE_WE_SPOKE = re.compile(
    r"\b(?:we|you and I) (?:discussed|talked about|spoke about|covered)\b|\byou (?:mentioned|described|raised)\b"
    r"|\bsince (?:we (?:spoke|met|talked)|the interview|our (?:conversation|chat|talk|interview))\b"
    r"|\b(?:after|following|based on) our (?:conversation|chat|talk|discussion|interview)\b",
    re.I,
)


# An outcome told as the result of the candidate's work: "..., and completion improved".
_OUTCOME = re.compile(
    r"\b(?P<subj>(?:[\w%-]+ ){1,3}?)(?:improved|increased|rose|dropped|fell|went (?:up|down)|doubled|halved|tripled"
    r"|shrank|climbed|declined|plummeted|soared|jumped)\b",
    re.I,
)


# An outcome given as the reason or the setting, not as what the candidate's work did: "now that orders have
# doubled", "since bookings rose", "as your volumes climbed".
_AS_REASON = re.compile(
    r"\b(?:now that|given that|seeing that|because|since|as(?! a result\b)|while)\s+"
    r"(?:(?:the|your|their|its|our|all)\s+)?(?:[\w%-]+\s+){0,3}?(?:have|has|had)?\s*$",
    re.I,
)


# What one does to a document before sending it.
_PREPARED = re.compile(
    r"removed|redacted|anonymi[sz]ed|blanked|stripped|trimmed|shortened|added|included|attached|updated|marked"
    r"|highlighted|annotated|scanned|converted|compressed|renamed|replaced|masked|obscured|deleted",
    re.I,
)
# A claim drawn as a consequence of what came before it in the sentence: "..., so I have handled ...".
_DRAWN_FROM_OWN = re.compile(r"\b(?:so|which means|meaning|and so|that is how|which is (?:how|why))\s+$", re.I)


# The sentence's own verb after a relative clause of work: "the analysis I did on fuel at X | was always better".
_MAIN_VERB_AFTER = re.compile(r"\s(?:was|were|is|are|has been|had been|became|always|never|went|made)\s", re.I)


# "my work on X", "my project with Y": the work named as the subject of a sentence with a verb of its own.
_MY_WORK = re.compile(r"[Mm]y (?:own )?(?:work|project|results?|achievements?|efforts?) ")
# "my work" governed by a manner asked about ("how I organised my work at X") or done at their own place ("my work
# at your bench", in a trial or a test set there): how the interview went, no past work claimed.
_MY_WORK_ASKED = re.compile(r"\b(?:how|the way|whether) I (?:\w+ ){1,2}$", re.I)
_AT_YOURS = re.compile(r"\s*your\b", re.I)
_MY_WORK_ENDS = re.compile(
    r"\s(?:was|were|is|are|has|have|had|always|never|often|really|also|helped|benefited|benefitted|taught|gave"
    r"|showed|meant|made|went|became|would|will|could|can)\s",
    re.I,
)


def _holds_own_item(text: str, notes: Notes, own: list[list[str]], least: int = 2) -> bool:
    """Whether `text` tells most (two thirds) of one of the candidate's own items of at least `least` stems."""
    said = key_stems(text, notes)
    return any(
        len(item) >= least and sum(1 for s in item if any(s == w or s[:5] == w[:5] for w in said)) / len(item) >= 2 / 3
        for item in own
    )


def _tells_own_deed(text: str, notes: Notes) -> bool:
    """Whether `text` tells most of one of the candidate's own items (highlights, since_interview) as written."""
    items = [sorted(set(key_stems(item, notes))) for item in own_and_their_texts(notes)[0]]
    return _holds_own_item(text, notes, items, least=3)


def _their_outcome(m: re.Match[str], subj: list[str], notes: Notes) -> bool:
    """Whether one item of theirs (a topic, challenge or news) tells this outcome of this subject: the reader's own
    fact retold ("you spoke about print costs having doubled"), not a result claimed."""
    verb = m.group()[len(m.group("subj")) :].lower()
    for text in own_and_their_texts(notes)[1]:
        if verb in text.lower() and subj and covered(subj, [content_stems(text, generic=True)]) >= 0.5:
            return True
    return False


# A participle "having ..." whose doer is the noun just before it ("diesel costs having doubled", "the team having
# moved"), not the candidate: "Having scaled a pilot, I ..." opens its clause, or follows a preposition ("after
# having").
_OTHER_DOER = re.compile(
    r"(?<![,;:(\u2014\u2013])\s(?!(?:after|since|before|by|from|for|of|despite|without|and|or|but|while|as|also"
    r"|not|through|upon|on|in)\s*$)[A-Za-z][\w'-]*\s*$",
    re.I,
)


def claims_in(
    sentence: Piece,
    text: str,
    notes: Notes,
    own: list[list[str]],
    theirs: list[list[str]],
    *,
    requested: bool = False,
    previous: str = "",
) -> list[Finding]:
    if _CLAIM.search(text):
        for m in _OUTCOME.finditer(text):
            if _AS_REASON.search(text, max(0, m.start() - 40), m.start("subj") + len(m.group("subj"))):
                continue  # "now that online orders have doubled": their change as the reason, not as a result
            subj = key_stems(m.group("subj"), notes)
            if _their_outcome(m, subj, notes):
                continue  # "print costs having doubled" where their challenge says so: their fact, reported
            if subj and covered(subj, own) < 0.5 and covered(subj, theirs) > 0:
                return [
                    finding(
                        "unsupported_claim",
                        sentence,
                        m,
                        f"'{m.group().strip()}' claims a result your notes do not give.",
                        "Keep to the results your highlights state.",
                    )
                ]
    same = _DID_THE_SAME.search(text)
    if same is not None and not _NOT_DONE.search(text[: same.start()]):
        return [
            finding(
                "unsupported_claim",
                sentence,
                same,
                f"'{same.group()}' claims you did exactly what they described; your notes do not say so.",
                "Say what you did that is related, as the notes put it, and how it would help here.",
            )
        ]
    title = claim_stems(notes)["position"]
    for m in _CLAIM.finditer(text):
        if _NOT_DONE.search(text[: m.start()]):
            continue
        if m.group("having") and _OTHER_DOER.search(text[: m.start()]):
            continue  # "You spoke about diesel costs having doubled": the costs did it, and the reader said so
        when = _WHEN_I_DID.fullmatch(text[: m.start()])
        if _ASKED_ABOUT.search(text[: m.start()]) and not m.group("nominal") and not when:
            continue  # "how I presented my work" asks; "whether my experience cutting X came across" still claims X
        claim = clause(text, m.end())
        claim = before_turn(claim)  # "the dashboard I built for 14 groups and not enough about credit risk"
        if claims_no_deed(text, m, claim):
            continue  # "I hope I develop ...", "Having X would help me", "I drove over to ...", "how I'd pace my work"
        if general_experience(m.group(), claim):
            continue  # "I have worked seasonal peaks before", "I've trained a lot of new staff": a kind of work known
        if _THEIR_SUGGESTION.search(text) and re.match(r"\s*my\b", claim, re.I) and m.group("verb"):
            continue  # "I rebuilt my sample with the hourly view Ana mentioned": one's own piece reworked for them
        if _MY_WORK.match(m.group()) and (
            _MY_WORK_ASKED.search(text[: m.start()]) or (m.group().endswith(" at") and _AT_YOURS.match(claim))
        ):
            continue  # "the way I organised my work at the bench", "to show my work at your bench": the interview
        if _MY_WORK.match(m.group()):
            # "my work on the fuel dashboard at X always benefited from being near the crews": the work ends where
            # the sentence's own verb starts
            claim = _MY_WORK_ENDS.split(claim, maxsplit=1)[0]
        if m.group("nominal"):
            # "my experience running a front desk would let me ...": the experience ends where its sentence's verb
            # starts
            claim = re.split(
                r"\b(?:would|will|could|can|should|might|may|came|comes|come|is|was|has|gives|makes"
                r"|means|translates?|positions?|fits|suits|matches|helps|lets|equips|prepares|taught|showed|\w+ly)\b",
                claim,
                maxsplit=1,
            )[0]
            claim = first_conjunct(claim, notes, own, theirs)
        if _REFUSED.match(text, m.start("verb") if m.group("verb") else m.start()):
            continue  # "I've turned down two contracts", "passed up shifts": refusing work is no claim of it
        if _MESSAGE.match(text, m.end()) and (m.group("verb") or "").lower() in {"wrote", "sent", "emailed", "reached"}:
            continue  # "I wrote on December 4 about the role": a message, not work
        if m.group("didon"):
            # "the retention work I did on monthly donors who drop off ...": what it was on, with its relative clause
            claim = re.split(r"[.;!?]", text[m.end() :], maxsplit=1)[0]
            # ... and it ends where the sentence's own verb starts: "the analysis I did on fuel at Trinco was
            # always better when I could see the vessels" claims the analysis on fuel, not the rest
            claim = _MAIN_VERB_AFTER.split(claim, maxsplit=1)[0]
        if m.group("verb3"):
            claim = " " + m.group() + claim  # the thing made is part of the claim: "the retention plan ... halved"
        if when and _tells_own_deed(text[m.end() :], notes):
            continue  # "When I moved recalls to SMS at X, the no-show rate fell from 18% to 9%": her own result
        if m.group("cleft") and _tells_own_deed(text[m.end() :], notes):
            # "Accuracy under time pressure is something I worked on at Holt, where I classified 200 SKUs a week":
            # their topic tied to a deed of the candidate's own that the sentence goes on to tell as the notes do;
            # the subject names the kind of work, and the deed told after it is what is claimed (checked on its own)
            continue
        if m.group("cleft"):
            start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
            claim = " " + text[start : m.start()]
            if _POINTER.fullmatch(claim) and _SOLVED.search(m.group()):
                # "That is a problem I already solved": the work is what the sentence before named (not "this is
                # something I have worked on", experience of that kind of problem)
                claim = f" ({previous.strip()})"
        if m.group("passive"):
            # what was done is the subject before the verb: "the defect backlog was cleared under my lead"
            start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
            claim = " " + text[start : m.start()] + " " + claim
        named_first = False  # the thing worked on is named before "I" ("the sheet I built ...")
        relative = re.search(r"\b(?:that|which)\s+$", text[: m.start()])
        if relative is not None and not key_stems(claim, notes):
            # "the single ticket queue that I proposed": the work is the noun phrase the clause describes
            claim = " " + noun_phrase_before(text, relative.start()) + claim
            named_first = True
        elif _MAIN_VERB_NEXT.match(claim) and not NO_NOUN_BEFORE.search(text[: m.start()]):
            # "the app I redesigned (in 2024) is ...", "the sheet I built for 60 singers in Porto gave everyone ...":
            # a relative clause whose verb has no object after it; the work is named before "I", and the verb after
            # the clause is the sentence's own; the work is the noun phrase right before "I" ("X sounds like something
            # the reconciliation dashboard I built at Y was designed for" names the dashboard, not X)
            claim = " " + noun_phrase_before(text, m.start())
            named_first = True
        elif m.group("verb") and not key_stems(claim, notes) and OBJECT_BEFORE.search(text[: m.start()]):
            # "the limited series I pitched to you, and ...": the verb's object is the noun phrase before "I", and
            # nothing after the verb names work
            claim = " " + noun_phrase_before(text, m.start())
            named_first = True
        if named_first and _A_PARTY.search(claim):
            continue  # "the last agency I dealt with never called back": someone met, not work done
        np_head = claim.split()[-1] if named_first and claim.split() else ""
        if m.group("verb") and of_the_interview(text, m, claim, np_head):
            # "I approached the discussion of churn", "… the questions I had brought": the interview's own parts (the
            # head noun of a phrase named before "I")
            continue
        if (m.group("ing") or m.group("ing2")) and _SINCE_WE_SPOKE.search(text):
            continue  # "I've been working on a checklist for the QC issues we discussed": done since, for them
        # (the clause may stop at "that" in "exactly that gap": the words just after it still count)
        window = max(0, m.start() - 40)
        problem = _THEIR_PROBLEM.search(text[window : m.end() + len(claim) + 20])
        # "I ran an 8D on exactly that kind of problem" where the notes hold the 8D: what was done is theirs to claim
        done = text[m.end() : window + problem.start()] if problem else ""
        stated = key_stems(done, notes) if done.strip() else []
        if problem and not (stated and covered(stated, own) >= 0.5):
            return [
                finding(
                    "unsupported_claim",
                    sentence,
                    m,
                    f"'{(m.group() + claim).strip()[:80]}' claims you already solved their problem; your notes "
                    "do not say so.",
                    "Say what you did that is related, as the notes put it, and how it would help here.",
                )
            ]
        if _DRAWN_FROM_OWN.search(text[: m.start()]) and _holds_own_item(text[: m.start()], notes, own):
            # "I ran the showcase's social accounts, so I have handled busy inboxes": drawn from their own item
            continue
        wanted = [w for w in key_stems(claim, notes) if w not in FREQUENCY_STEMS]
        if not wanted:
            continue
        missing = [w for w in wanted if not found_anywhere(w, own)]
        # the role's own title names a field, not their work ("the demand forecast" of a Demand Planner)
        borrowed = [w for w in missing if found_anywhere(w, theirs) and not found_anywhere(w, title)]
        if not borrowed and len(missing) < 2:
            continue
        done = m.group("verb") or m.group("having")
        if done and not named_first:
            opening = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
            if own_experience(done, text[opening : m.start()] + m.group() + claim, claim, borrowed, theirs, notes):
                continue  # "I have worked with spruce from several suppliers": their own experience, in their words
        if summarises_field(m.group("nominal"), wanted, title, borrowed, own_and_their_texts(notes)[0]):
            continue  # "my background in leading manufacturing operations" for an operations role, having run plants
        head = wanted[:2]
        if covered(wanted, own) >= 0.5 and not any(w in borrowed for w in head):
            continue  # most of it is theirs to tell, and its object is not theirs
        if _told_from_own(wanted, missing, borrowed) and not any(w in borrowed for w in head):
            continue  # "I handled pressure-tap data from smoke tests" where two of their own items hold those parts
        generic = m.group("verb") is not None and not re.fullmatch(WORK_VERBS, m.group("verb"), re.I)
        if generic and not (borrowed and len(missing) >= 2):  # "I walked away excited" is no work claim
            continue
        if WROTE_UP.match(text, m.start("verb") if m.group("verb") else m.start()):
            continue  # "I wrote up a one-page note on how I'd measure it": a proposal prepared for them, no past work
        if generic and requested and _PREPARED.fullmatch(m.group("verb") or ""):
            continue  # "I've removed client names" from the sample they requested: preparing it, not past work
        if requested and _asked_for(wanted, notes):
            continue  # "I have finished the sample training plan you asked for": the requested item, prepared
        if requested and re.match(r"\s+(?:its|their|it|them)\b", claim):
            continue  # "(the 90-day plan that was requested;) I built its milestones around ...": preparing it
        if own_deed_at(text, m.start(), wanted, notes):
            continue  # "the A-check inventory I rebuilt at X" where the notes say "rebuilt the A-check task cards"
        where = " (that is from their side of the notes: a topic, a challenge or company news)" if borrowed else ""
        said = f"{claim.strip()} {m.group()}" if named_first else (m.group() + claim).strip()
        return [
            finding(
                "unsupported_claim",
                sentence,
                m,
                f"'{said[:80]}' claims work your highlights and since_interview do not hold{where}.",
                "Claim only what your notes say you did; to connect to their work, say how your real "
                "experience would help with it.",
            )
        ]
    return []


# Something of theirs the candidate's own piece was reworked with: "the hourly view Valentina mentioned".
_THEIR_SUGGESTION = re.compile(
    r"\b(?:you|they|[A-Z][a-z]+)\s+(?:mentioned|suggested|recommended|asked for|proposed|pointed out|described)\b"
)


def _told_from_own(wanted: list[str], missing: list[str], borrowed: list[str]) -> bool:
    """Whether a claim is the candidate's own items told together: most of its content is in their highlights or
    since_interview (spread over several items, in other words), and no more than a stray word is the team's."""
    return len(wanted) - len(missing) >= max(3, len(wanted) / 2) and len(borrowed) <= len(wanted) / 4


def _asked_for(wanted: list[str], notes: Notes) -> bool:
    """Whether the work claimed is mostly one of the items they asked for (the notes' or an interviewer's)."""
    items = [*notes.requested, *(r for i in notes.interviewers for r in i.requested)]
    return covered(wanted, [key_stems(r, notes) for r in items]) >= 0.5
