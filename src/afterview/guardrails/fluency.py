"""Fluency (warnings): the seams of a form letter, in any draft (template, LLM or hand-written).

A notes item pasted after a colon; "their"/"our" copied from the notes into a message to the
person they refer to; a mail-merge greeting (first name plus surname, in any register);
two asks in one message; notes shorthand left in ("in Oct", "~6 wks", "9 -> 15": shorthand.py); "she" in a
thank-you meaning its recipient (recipient_pronoun.py);
a phrase said twice in one message (fluency_repeats.py); a sentence that also appears in
another message of the same run. Info findings say which notes items were left out because they
read as instructions or name money, and suggest `greet_as` for a family-name-first name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.fluency_added_asks import added_ask, courtesy_asked, stacked_on_courtesy
from afterview.guardrails.fluency_colon import introduces, label_item, noun_after_colon
from afterview.guardrails.fluency_lead_in import lead_in_thrice
from afterview.guardrails.fluency_possessive import NOT_PLURAL, THING_BEFORE, copied_possessive, possessive_on_theirs
from afterview.guardrails.fluency_refrain import phrase_thrice
from afterview.guardrails.fluency_repeats import (
    GREETING,
    body_sentences,
    formula_again,
    named_things,
    named_thrice,
    named_titles,
    repeats,
    said_again,
)
from afterview.guardrails.fluency_words import same_word
from afterview.guardrails.recipient_name import recipient_named
from afterview.guardrails.recipient_pronoun import recipient_pronoun
from afterview.guardrails.shorthand import shorthand
from afterview.guardrails.signoff import doubled_signoff
from afterview.guardrails.text import Piece, sentence_key, sentences
from afterview.notes.injection import looks_like_instruction, talks_pay
from afterview.notes.model import Interviewer, Notes
from afterview.notes.name_order import hungarian_given
from afterview.notes.names import HONORIFICS, family_name_first, given_name, name_parts
from afterview.notes.outside_firm import from_outside
from afterview.salutation import first_names_norm, greeting_name, surname
from afterview.vocabulary import Culture, Kind

CHECK = "fluency"
MIN_SHARED_SENTENCE = 6  # words; shorter lines ("Thank you again.") are fine in two messages

_PRONOUN = re.compile(r"\b(?:their|theirs|our|ours|we|us|they|his|her)\b", re.I)
_ASK = re.compile(
    r"\b(?:please let me know|(?:could|would|can) you (?:let me know|tell me|share|update me)"
    r"|let me know (?:if|whether|when|where|how)"
    r"|i would (?:appreciate|be grateful for) (?:knowing|an update|hearing|any)"
    r"|(?:may|might|can) i ask|i (?:wanted|am writing|write|would like) to ask)\b",
    re.I,
)
# A second request for something else: "Separately, could you send me the roster?" (an offer is no ask).
_FAVOUR = re.compile(
    r"\b(?:could|would|can) you (?:please |also |kindly )?let me know (?:whether|if|when|what|how)"
    r" (?!you need|there is anything|I can|anything)"
    r"|\b(?:could|would|can) you (?:please |also |kindly )?(?:(?:be able|be willing|be happy) to )?(?:send|share"
    r"|forward|provide|give|introduce|connect"
    r"|tell me (?:more"
    r"|about|whether|if|when|what|how)|explain|confirm|check|arrange|set up|schedule|book|organi[sz]e)\b"
    r"|\bif you could (?:please |also )?(?:arrange|set up|schedule|book|organi[sz]e|send|share|forward|introduce"
    r"|connect)\b|\b(?:would|could) (?:you )?be willing to (?:introduce|connect|refer|send|share"
    r"|put me in touch)\b|\bintroduce me to\b"
    # the favour asked inside 'whether': "ask whether you could refer me to ...", "whether Kwabena might be willing to
    # have a short call with me"
    r"|\b(?:whether|if) you (?:could|would|might|can) (?:please |also |perhaps )?(?:refer|send|share|forward|introduce"
    r"|connect|keep (?:my|me)|put me|pass (?:on|along)|arrange|set up|schedule|recommend)\b"
    # a second thing to weigh: "would you consider me for the launch work on a freelance basis?"
    r"|\b(?:could|would) you (?:also |perhaps |still )?consider (?:me|my)\b"
    r"|\b(?:might|would|could) be (?:willing|open|happy|able) to (?:have|set up|arrange|take|join) an? (?:short |quick "
    r"|brief )?(?:call|chat|meeting|coffee|conversation) with me\b",
    re.I,
)
# A question put to them ("Is there any update?", "what would help?"), not an exclamation with a question mark
# ("200 lighting states?", "And three world premieres??").
_ADDRESSED = re.compile(
    r"^\W*(?:and |but |so |also |separately,? |additionally,? )?"
    r"(?:is|are|was|were|do|does|did|can|could|would|will|may|might|should"
    r"|shall|have|has|any|what|when|where|how|who|whom|which|whether|why)\b|\byou\b|\byour\b",
    re.I,
)
# the main ask said as a statement: "I wanted to ask whether …", "I'm checking in to see whether a decision …"
_ASKS_ABOUT = re.compile(
    r"\bask(?:ing)? (?:whether|if|about|for)\b"
    r"|\b(?:check(?:ing)? in|writing) (?:to (?:see|ask|find out|check) )?(?:whether|if|about|on)\b",
    re.I,
)
_ABOUT_DECISION = re.compile(
    r"\b(?:update|updates|news|timeline|decision|decided|where things stand|status|progress|hear back|next steps?)\b",
    re.I,
)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split()).strip(" .;,!?")


def _items(notes: Notes, person: Interviewer | None) -> list[str]:
    c = notes.candidate
    out = [*c.highlights, *c.since_interview, *notes.company.news, *notes.requested]
    for other in notes.interviewers:
        out += [*other.topics, *other.challenges, *other.rapport]
    if person is not None:
        out += [person.title or ""]
    return [i for i in out if i]


def _finding(code: str, message: str, span: tuple[int, int] | None, suggestion: str | None = None) -> Finding:
    return Finding(CHECK, "warning", code, message, span, suggestion)


# A subject and a finite verb: a notes item that is a sentence of its own ("the proposal was funded").
_FULL_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|got)\b(?! to\b)|\b(?:I|we|they|she|he)\s+[a-z]+ed\b", re.I
)


# What marks a notes item as jotted: a figure tacked on after a comma (", ~300 models", ", 2x a week"), or a sign
# standing for words ("~", "->", "w/", " + ").
_JOTTED = re.compile(r",\s+(?:~|≈|approx\.?\s*)?\d[\w.%]*(?:\s+\w+){0,2}\s*$|~\s*\d|->|\u2192|(?<!\w)w/\s|\s\+\s")


def _pasted(draft: Draft, items: list[str]) -> list[Finding]:
    found = []
    low = draft.body.lower()
    for item in items:
        text = _norm(item)
        if len(text.split()) < 2:
            continue
        m = re.search(r":\s+(?:(?:my|the|a|an|our)\s+)?" + re.escape(text), low)
        if m is None and "," in text:
            # "Relocation to Zadar, start date Feb: both fine for me": a jotted list of items pasted as a label
            m = re.search(r"(?:^|(?<=[.!?]\s)|(?<=\n))" + re.escape(text) + r"(?=\s*:)", low)
        if m and _FULL_CLAUSE.search(text) and re.match(r"\s*[.!]", low[m.end() :]):
            continue  # "Some good news since we spoke: the proposal I wrote was funded.": a sentence after a colon
        if m and low[m.start()] == ":" and introduces(_sentence_before(low, m.start()), low[m.end() :]):
            continue  # "Two things stayed with me: the sampling plan …": the colon after a sentence of the writer's
        if m is None:
            label = next((p for p in sentences(draft.body) if label_item(p.text, item)), None)
            if label is not None:
                colon = label.start + label.text.index(":")
                found.append(
                    _finding(
                        "pasted_item",
                        f"'{item}' is pasted as a heading before a colon, as written in the notes; work it into "
                        "the sentence.",
                        (label.start, colon),
                        "Say it in your own words, e.g. 'what you said about …' or 'how …'.",
                    )
                )
                continue
        if m is None and _JOTTED.search(text) and len(text.split()) >= 3:
            # "thanks for the talk on dbt project layout, ~300 models": a jotted item, its figure tacked on after a
            # comma or its shorthand left in, pasted into the sentence as written
            m = re.search(r"(?<![\w'])" + re.escape(text) + r"(?![\w'])", low)
        if m:
            where = "after a colon " if low[m.start()] == ":" else ""
            found.append(
                _finding(
                    "pasted_item",
                    f"'{item}' is pasted {where}as written in the notes; work it into the sentence.",
                    (m.start(), m.end()),
                    "Say it in your own words, e.g. 'what you said about …' or 'how …'.",
                )
            )
    return found


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence holding `at`, up to it."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    return text[start:at].strip()


# A plural noun in the item itself, before its 'their', that the pronoun can refer to: opening the item or after a
# determiner, a count or an adjective ('visitors from Spain need … their language', 'half the new juniors quit after
# their first winter'); never a verb after a singular subject ('the team wants their …').
# A plural noun that is the subject of the verb after it is the antecedent too, whatever stands before it ('Gulf
# clients want a short summary before their own meetings', 'how trainees split their time'): a verb without -s
# after it says the subject is plural ('the team wants their …' has the -s).
_PLURAL_VERBS = (
    r"(?:want|need|split|spend|use|get|keep|lose|take|bring|have|do|make|send|run|prefer|expect|like|ask|share|check"
    r"|start|finish|leave|quit|move|read|write|plan|book|buy|sell|pay|learn|struggle|rely|juggle|manage|lack|find"
    r"|see|say|tell|call|file|drop|miss|skip|build|fix|follow|go|come|stay|join|work|spent|lost|left|took|got|had"
    r"|kept|brought|made|sent|ran|found|moved)"
)
_OWN_ANTECEDENT = re.compile(
    rf"(?:^|\b(?:the|new|all|most|many|some|these|those|older|younger|local|other|\d+)\s+){NOT_PLURAL}[a-z]{{3,}}s\b"
    rf"|\b{NOT_PLURAL}[a-z]{{3,}}s (?:(?:often|still|also|usually|always|never|all|each|\w+ly) )?{_PLURAL_VERBS}\b"
)


def _pronouns(
    draft: Draft, person: Interviewer | None, news: Sequence[str] = (), colleagues: Sequence[str] = ()
) -> list[Finding]:
    if person is None:
        return []
    found = []
    low = draft.body.lower()
    for item in (*person.topics, *person.challenges, *news, *colleagues):
        text = _norm(item)
        m = _PRONOUN.search(text)
        if not m or len(text.split()) < 2:
            continue
        if m.group() == "us" and not re.search(r"\b[Uu]s\b", item):
            continue  # 'US family foundations': a country in capitals, no pronoun
        if m.group() in ("their", "they", "them") and _OWN_ANTECEDENT.search(text[: m.start()]):
            continue  # 'half the new juniors quit after their first winter': 'their' is the juniors', said right
        if m.group() == "their" and THING_BEFORE.search(text[: m.start()]):
            continue  # 'pump crews and their routes', 'the kilns, their firing logs': 'their' is the plural noun's
        hit = re.search(r"(?<![\w'])" + re.escape(text) + r"(?![\w'])", low)
        if hit is None and m.group() in ("their", "they"):
            # "their feature Quiet Harbour" from the news item "their feature Quiet Harbour was selected ...":
            # the pronoun and the two words after it, copied as written
            phrase = " ".join(text[m.start() :].split()[:3])
            if len(phrase.split()) == 3:
                hit = re.search(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", low)
                text = phrase if hit else text
        if hit is None:
            hit, text = copied_possessive(text, m, low)
        if hit and item in colleagues and _OWN_ANTECEDENT.search(_sentence_before(low, hit.start())):
            continue  # "the apprentices showed me their blower motors": 'their' has its plural noun in the draft
        if hit:
            at, word = hit.start(), m.group()
            found.append(
                _finding(
                    "copied_pronoun",
                    f"'{item}' is copied from the notes with '{word}' into a message to {person.name}, "
                    f"the person it refers to.",
                    (at, at + len(text)),
                    "Write 'your' (or 'the team's') instead.",
                )
            )
    return found


def _possessive_on_theirs(draft: Draft, person: Interviewer | None, notes: Notes) -> list[Finding]:
    if person is None:
        return []
    everyone = [x for p in notes.interviewers for x in (*p.topics, *p.challenges)] + list(notes.company.news)
    m = possessive_on_theirs(draft.body, [*person.topics, *person.challenges], everyone)
    if m is None:
        return []
    return [
        _finding(
            "copied_pronoun",
            f"'{m.group()}' speaks of {person.name}'s own work as '{m.group().split()[0]}', the way the notes do"
            if m.group().lower().startswith("their")
            else f"'{m.group()}' speaks as the company does in the notes ('our'); you are not on the team yet",
            m.span(),
            "Write 'your' (or 'the team's') instead.",
        )
    ]


def _mail_merge(draft: Draft, person: Interviewer | None, notes: Notes) -> list[Finding]:
    """'Dear Tom Okafor' reads like a mail merge, on a warm note and a formal one alike: a formal letter greets
    with a title and the surname ('Dear Ms. Okafor', which greet_as can hold), a warm one with the first name. A
    formal letter to a name whose order is not Western may say it whole, as the writer does (salutation)."""
    m = GREETING.match(draft.body)
    if person is None or m is None:
        return []
    formal = notes.company.culture is Culture.formal or draft.tone == "formal"
    greeted = m.group("name").split()
    if greeted and greeted[0].rstrip(".").lower() in HONORIFICS:
        return []
    parts = name_parts(person.name)
    # a name written family name first ("Nguyen Thi Lan") may be greeted whole, unless the notes say how the
    # person is greeted (greet_as: Lan): then the whole name is the mail merge's
    # ... and a middle name left out is the same merge: 'Dear Andrés Mejía' for Andrés Felipe Mejía
    # a name spelt without its accents or slightly off ('Dear Ingrid Saelevik', 'Dear Joaquin Ibara') is the same
    # merge (the misspelling itself is the facts check's)
    folded = [_fold(p) for p in parts]
    said = [_fold(g) for g in greeted]
    whole = (len(said) == len(folded) and all(map(_near, said, folded))) or (
        len(said) >= 2
        and _near(said[0], folded[0])
        and _near(said[-1], folded[-1])
        and all(any(_near(g, p) for p in folded) for g in said)
    )
    if len(parts) < 2 or not whole or (family_name_first(person.name) and not person.greet_as):
        return []
    if person.greet_as and person.greet_as.split() == greeted:
        return []
    if formal and not person.greet_as and greeting_name(person, notes).split() == greeted:
        return []  # a name not in Western order said whole ('Gantulga Nomin': the father's name, then the given)
    return [
        _finding(
            "mail_merge_greeting",
            f"'{m.group('name')}' greets {person.name} by first name and surname, the way a mail merge does.",
            m.span("name"),
            f"Greet them with a title and surname (set greet_as in the notes), or as '{person.greet_as or parts[0]}'."
            if formal
            else f"Greet them as '{person.greet_as or parts[0]}', or set greet_as in the notes.",
        )
    ]


def _fold(name: str) -> str:
    """A name without case, accents or ligatures: 'Sælevik' and 'Saelevik', 'Joaquín' and 'Joaquin' read alike."""
    plain = name.lower().replace("æ", "ae").replace("ø", "o").replace("ß", "ss").replace("œ", "oe")
    return "".join(ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch))


def _near(a: str, b: str) -> bool:
    """The same name, or one letter added, dropped or changed in a name of five letters or more ('Ibara')."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


# A question added on to the main one: "And could you ...", "Also, can you ...", "Could you also ...".
_ADDED = re.compile(
    r"\s*(?:(?:and|also|plus|additionally|separately|one more thing)\b,?\s*(?:could|can|would|will|may|is|are|do|does"
    r"|what|when|how|whether)\b|(?:could|can|would) you (?:also|additionally)\b)",
    re.I,
)


# What a feedback request may add beside its ask: staying in touch, later roles; or a plea to reconsider.
_AFTER_A_NO = re.compile(
    r"\b(?:stay|keep|be|get) in touch\b"
    r"|\bkeep (?:me|my (?:details|name|CV|r[eé]sum[eé]|application)) (?:in mind|on file)\b"
    r"|\b(?:future|other|similar|upcoming|new|later) (?:roles?|openings?|opportunit(?:y|ies)|positions?"
    r"|vacanc(?:y|ies))\b"
    r"|\bif (?:anything|something|a (?:similar |suitable )?(?:role|position|opening)) (?:else )?(?:comes?|opens?) up\b"
    r"|\bconnect on LinkedIn\b|\breconsider\b|\bchange your mind\b|\bsecond (?:chance|look)\b",
    re.I,
)


# Two requests in one sentence: "Could you send me the paper, and would you be up for a climb?", "Let me know if
# you're free for a coffee, and send over the template".
_DOUBLE_ASK = re.compile(
    r"\b(?:(?:could|would|can|will) you|(?:may|might|can) I ask|I (?:wanted|would like) to ask)\b[^.?!]{3,120}?,?\s+"
    r"and (?:also )?(?:(?:could|would|can|will|might) you|would it be possible|(?:could|can|may|might) (?:I|we))\b"
    r"|\b(?:let me know|please (?:send|share|let me know|forward|confirm))\b[^.?!]{3,120}?,\s+and (?:please )?"
    r"(?:also )?(?:send|share|forward|pass on|introduce|connect|tell me|let me know)\b"
    # a thing asked for, then a second question after "and whether": "could you also tell me the salary band, and
    # whether the start date can move?"
    # (no question word inside the first: "tell me a little about how onboarding works, and whether ..." is one
    # topic asked about, blind8)
    r"|\b(?:could|would|can) you (?:also )?(?:tell me|let me know|confirm|share|send)\b"
    r"(?:(?!\b(?:how|what|whether|if|when|where|why|which|who)\b)[^.?!,]){3,80},\s+and (?:also )?(?:whether|if)\b"
    # an ask, then "and also whether you could …": "I wanted to ask whether there is any update, and also whether you
    # could send me the relocation details"
    r"|\b(?:ask|asking|know|let me know|tell me) (?:whether|if|about|when)\b[^.?!]{3,150}?,?\s+and also (?:whether|if)"
    r" (?:you|I|it) (?:could|would|can|might|may)\b"
    # a question of its own, then a request joined on: "is the housing furnished, and can I see the rota in writing?"
    r"|^(?:[^.?!]{0,30}:\s*)?(?:is|are|does|do|will|would|could|can|has|have) [^.?!,]{3,120},\s+and (?:also )?"
    r"(?:can|could|may) I (?:see|get|have|ask for|receive|look at)\b",
    re.I,
)
# "Hi Jacinta, any news ...?": the greeting on the sentence's own line is no part of the question.
_LEAD_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon))\s+[^,\n]{1,40},\s*", re.I)


def _addressed(text: str) -> bool:
    return bool(_ADDRESSED.search(_LEAD_GREETING.sub("", text)))


def _asks(draft: Draft) -> list[Finding]:
    """Two questions about the decision, or a request ("please let me know if …") that comes
    before the real question, or two requests in one sentence: the reader has to find what is being asked."""
    said = body_sentences(draft.body)
    stacked = stacked_on_courtesy(said, _AFTER_A_NO) if draft.kind is Kind.feedback_request else None
    if stacked is None and draft.kind is Kind.feedback_request:
        stacked = courtesy_asked(said, _AFTER_A_NO, _FEEDBACK_WORDS)
    if stacked is not None:
        return [
            _finding(
                "two_asks",
                "This sentence stacks another request on top of staying in touch; with the feedback that makes "
                "three asks. One clear ask reads better.",
                (stacked.start, stacked.end),
                "Keep the feedback ask; drop the rest or save it for later.",
            )
        ]
    if draft.kind is Kind.feedback_request:
        # after a no, "please keep me in mind for future roles" is the closing courtesy, not a second ask, and "could
        # you reconsider?" is pressure (the tone and purpose checks say so): the ask counted is the feedback
        said = [s for s in said if not _AFTER_A_NO.search(s.text)]
    double = next((s for s in said if _DOUBLE_ASK.search(s.text)), None)
    if double is not None:
        return [
            _finding(
                "two_asks",
                "This sentence asks two things at once; one clear ask, asked first, reads better.",
                (double.start, double.end),
                "Keep the one ask that matters and put it first.",
            )
        ]
    requests = [s for s in said if (s.text.rstrip().endswith("?") and _addressed(s.text)) or _ASK.search(s.text)]
    decisions = [s for s in requests if _ABOUT_DECISION.search(s.text)]
    mains = decisions or [s for s in said if re.search(r"\bfeedback\b", s.text, re.I)]
    # "I'm writing to ask whether there is an update": the main ask said as a statement, beside which a favour is
    # a second ask (it is no second question about the decision)
    mains = mains or [s for s in said if _ABOUT_DECISION.search(s.text) and _ASKS_ABOUT.search(s.text)]
    favours = [s for s in said if s not in mains and _FAVOUR.search(s.text)]
    if draft.kind is Kind.feedback_request:
        # "any feedback would be valuable. Would you be able to share a few thoughts?": the feedback asked again
        favours = [s for s in favours if not _FEEDBACK_WORDS.search(s.text)]
    # a second question of its own after the main one: "Is there any news? And could you tell me whether ...?"
    questions = [s for s in said if s.text.rstrip().endswith("?") and (s in requests or _ADDED.match(s.text))]
    added = len(questions) >= 2 and questions[0] in decisions and _ADDED.match(questions[1].text) is not None
    also = added_ask(said, requests + mains)
    if also is not None and not (draft.kind is Kind.feedback_request and _FEEDBACK_WORDS.search(also.text)):
        return [
            _finding(
                "two_asks",
                "This message adds a second ask; one clear ask, asked first, reads better.",
                (also.start, also.end),
                "Keep the one ask that matters and put it first.",
            )
        ]
    if len(decisions) < 2 and (len(requests) < 2 or requests[0] in decisions) and not (mains and favours) and not added:
        return []
    if _said_again(said, requests, decisions) and not favours and not added:
        return []  # "Is there any news on the decision? I would be grateful for an update.": one ask, said softly again
    second = questions[1] if added else favours[0] if mains and favours else requests[1]
    return [
        _finding(
            "two_asks",
            f"This message asks {max(len(requests), 2)} times; one clear ask, asked first, reads better.",
            (second.start, second.end),
            "Keep the one ask that matters and put it first.",
        )
    ]


def _said_again(said: list[Piece], requests: list[Piece], decisions: list[Piece]) -> bool:
    """Whether the only two requests are both about the decision, one right after the other, and the second is a
    statement, no question of its own: the same ask said again, more softly."""
    if len(requests) != 2:
        return False
    first, second = requests
    if said.index(second) != said.index(first) + 1:
        # the ask announced at the top and asked again at the end, with news of one's own between: "I am writing to
        # ask about the status of the role. … Could you let me know whether a decision has been made?" is one ask
        return (
            requests == decisions
            and not first.text.rstrip().endswith("?")
            and _ANNOUNCED.search(first.text) is not None
        )
    if requests == decisions and not second.text.rstrip().endswith("?"):
        return True
    # the ask announced or valued as a statement, then asked: "I am writing to ask how things are progressing. Would
    # you be able to share when a decision is likely?", "any feedback would be valuable. Would you be able to share a
    # few thoughts?": one ask, about one thing (not a favour of another kind asked after it)
    return (
        not first.text.rstrip().endswith("?")
        and second.text.rstrip().endswith("?")
        and (second in decisions or all(_FEEDBACK_WORDS.search(r.text) for r in requests))
        and (first in decisions or _ANNOUNCED.search(first.text) is not None)
    )


# The ask announced before it is asked: "I am writing to ask how things are progressing with the role".
_ANNOUNCED = re.compile(
    r"\b(?:writing|wanted|want|wish|would like|'d like|reaching out|getting in touch|write) to (?:ask|check|enquire"
    r"|inquire|find out|follow up)\b",
    re.I,
)


# What a feedback request's ask is about, however put.
_FEEDBACK_WORDS = re.compile(
    r"\b(?:feedback|thoughts|insights?|advice|pointers|views?|impressions?|comments|suggestions)\b", re.I
)


def shares_sentence(draft: Draft, others: Sequence[Draft]) -> bool:
    """Whether a sentence of `draft` (of `MIN_SHARED_SENTENCE` words or more) is one of another message's, as
    `shared_sentence` reads it: for a deterministic writer to try another wording before the check has to say so."""
    return shared_count(draft, others) > 0


def shared_count(draft: Draft, others: Sequence[Draft]) -> int:
    """How many sentences of `draft` (of `MIN_SHARED_SENTENCE` words or more) another message also has."""
    mine = {sentence_key(s.text) for s in body_sentences(draft.body) if len(s.text.split()) >= MIN_SHARED_SENTENCE}
    others = [o for o in others if o is not draft and not (o.to == draft.to and o.kind is draft.kind)]
    theirs = {sentence_key(s.text) for o in others for s in body_sentences(o.body)}
    return len(mine & theirs)


def _shared_sentences(draft: Draft, ctx: CheckContext) -> list[Finding]:
    mine = {sentence_key(s.text): s for s in body_sentences(draft.body) if len(s.text.split()) >= MIN_SHARED_SENTENCE}
    if not mine:
        return []
    found = []
    for other in ctx.siblings:
        if other is draft or (other.to == draft.to and other.kind is draft.kind):
            continue
        theirs = {sentence_key(s.text) for s in body_sentences(other.body)}
        for text, piece in mine.items():
            if text in theirs:
                found.append(
                    _finding(
                        "shared_sentence",
                        f"The sentence '{piece.text}' also appears in the message to {other.to}; "
                        "people at one company compare notes.",
                        (piece.start, piece.end),
                        "Reword it for this person.",
                    )
                )
                break
    return found


def _left_out(draft: Draft, ctx: CheckContext, person: Interviewer | None) -> list[Finding]:
    found = []
    body = _norm(draft.body)
    for item in _items(ctx.notes, person):
        instruction = looks_like_instruction(item)
        if not instruction and not talks_pay(item):
            continue
        if _norm(item) in body:
            continue
        why = "reads as an instruction rather than a note" if instruction else "is about pay"
        found.append(
            Finding(
                CHECK,
                "info",
                "item_left_out",
                f"The notes item '{item[:80]}' {why}; it was left out of the draft.",
            )
        )
    return found


def _greet_as(person: Interviewer | None, notes: Notes) -> list[Finding]:
    if person is None or person.greet_as:
        return []
    parts = name_parts(person.name)
    hungarian = hungarian_given(person.name, str(notes.zone_of(person)))
    formal_here = notes.company.culture is Culture.formal and not first_names_norm(notes)
    if hungarian and formal_here and greeting_name(person, notes) == " ".join(parts):
        return [  # 'Kovács Eszter' greeted whole in a formal culture: a title would need what the notes never say
            Finding(
                CHECK,
                "info",
                "greet_as",
                f"'{person.name}' looks like a Hungarian name written family name first, and nothing in the notes "
                f"says which title goes with it, so the greeting uses the whole name; set greet_as for {person.name} "
                f"in the notes ('Mr. {parts[0]}', 'Ms. {parts[0]}' or '{hungarian}').",
            )
        ]
    if hungarian:
        return []
    if not family_name_first(person.name):
        greeted = greeting_name(person, notes)
        formal = notes.company.culture is Culture.formal and not first_names_norm(notes)
        # a recruiter from another firm is greeted by first name by design (salutation.py): nothing to set
        if len(parts) < 2 or not formal or greeted not in (parts[0], " ".join(parts)) or from_outside(person, notes):
            return []
        family = surname(person.name, str(notes.zone_of(person)))
        said = "the first name" if greeted == parts[0] else "the full name"
        return [  # a formal culture, and nothing says Mr. or Ms.: the greeting cannot use a title
            Finding(
                CHECK,
                "info",
                "greet_as",
                f"Nothing in the notes says how {person.name} is addressed with a title, so the greeting uses "
                f"{said}; set greet_as for {person.name} in the notes ('Mr. {family}' or 'Ms. {family}').",
            )
        ]
    return [
        Finding(
            CHECK,
            "info",
            "greet_as",
            f"'{person.name}' looks like a family-name-first name, so the greeting does not guess which part is the "
            f"given name; set greet_as for {person.name} in the notes to say how they like to be addressed.",
            None,
            f"greet_as: {given_name(person.name)}",
        )
    ]


def _label_colon(draft: Draft, found: list[Finding]) -> list[Finding]:
    """A label, a colon and a noun phrase ('One update from my side: my Green Belt certificate.'), unless the item
    after the colon is already flagged as pasted."""
    piece = noun_after_colon(body_sentences(draft.body))
    if piece is None or any(f.code == "pasted_item" and f.span and piece.start <= f.span[0] < piece.end for f in found):
        return []
    return [
        _finding(
            "noun_after_colon",
            f"'{piece.text.strip()[:90]}' announces a noun phrase after a colon, like a form filled in; say it as "
            "a sentence.",
            (piece.start, piece.end),
            "Give it a verb, e.g. 'Since we spoke, I have earned my … certificate.'",
        )
    ]


def check_fluency(draft: Draft, ctx: CheckContext) -> list[Finding]:
    person = ctx.recipient(draft)
    found = _pasted(draft, _items(ctx.notes, None))
    # a colleague's item jotted with 'their' ("their pour room hits ~34 °C") names the reader's own workplace too
    colleagues = [
        x
        for p in ctx.notes.interviewers
        if person is not None and p.name != person.name
        for x in (*p.topics, *p.challenges)
        if _norm(x).lower().startswith("their ")  # jotted as theirs: "their pour room hits ~34 °C"
    ]
    found += _pronouns(draft, person, ctx.notes.company.news, colleagues) or _possessive_on_theirs(
        draft, person, ctx.notes
    )
    found += _mail_merge(draft, person, ctx.notes)
    found += _asks(draft)
    found += (
        repeats(draft, named_things(ctx.notes), named_titles(ctx.notes))
        or said_again(draft)
        or lead_in_thrice(draft)
        or named_thrice(draft, ctx.notes)
        or phrase_thrice(draft, ctx.notes)
        or same_word(draft.body, ctx.notes)
        or formula_again(draft)
    )
    found += _label_colon(draft, found)
    found += _shared_sentences(draft, ctx)
    found += _left_out(draft, ctx, person)
    found += _greet_as(person, ctx.notes)
    found += doubled_signoff(draft, ctx.notes)
    found += shorthand(draft, _items(ctx.notes, None))
    found += recipient_pronoun(draft, person, ctx.notes) or recipient_named(draft, person, ctx.notes)
    return found
