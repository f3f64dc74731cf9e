"""Stock phrases and punctuation that make a note read as machine-written (warnings), and talk about
prompts and instructions, which only a model that obeyed text pasted into the notes writes (errors)."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding, Severity
from afterview.guardrails.context import CheckContext
from afterview.guardrails.text import phrase_findings, sentence_key, sentences

# Drafts a model wrote (its system prompt forbids the stock openers: there they are errors).
DASHES_TELL = 3  # a dash here and there is punctuation; three or more in one message read as machine-written

# (pattern, code, what to do instead)
TELLS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r"\s*—\s*|(?<=\w) ?-- ?(?=\w)"),
        "em_dash",
        "Use a comma, a colon or a full stop instead of the dash.",
    ),
    (
        re.compile(
            r"\bI hope (?:this|my) (?:e-?mail|message|note|letter) finds you (?:well|in good health)\b[.,!]?",
            re.I,
        ),
        "stock_opening",
        "Open with the reason you are writing instead.",
    ),
    (re.compile(r"\bdelv(?:e|es|ed|ing)\b", re.I), "stock_word", "Say 'dig into' or 'discuss', or drop it."),
    (
        re.compile(
            r"\bI(?: am|'m|\u2019m) (?:writing|reaching out|contacting you) (?:today )?(?:to|in order to) (?:express"
            r"|convey|extend|thank|say thank|share my (?:gratitude|appreciation|thanks)|let you know|follow up)\b",
            re.I,
        ),
        "stock_opening",
        "Start with the point itself, e.g. 'Thank you for…'.",
    ),
    (
        re.compile(r"\b(?:a |is a )?testament to\b", re.I),
        "stock_phrase",
        "Say what the thing shows, plainly.",
    ),
    (
        re.compile(r"\bin today's (?:fast-paced|ever-changing|rapidly evolving|digital)\b", re.I),
        "stock_phrase",
        "Drop the scene-setting.",
    ),
    (re.compile(r"\bever-(?:evolving|changing)\b", re.I), "stock_phrase", "Drop it or be specific."),
    (re.compile(r"\b(?:rich )?tapestry\b", re.I), "stock_word", "Drop the metaphor."),
    (re.compile(r"\bnavigat(?:e|ing) the complexities\b", re.I), "stock_phrase", "Name the actual problem."),
    (re.compile(r"\bembark(?:ing)? on\b", re.I), "stock_word", "Say 'start'."),
    (re.compile(r"\bunwavering\b", re.I), "stock_word", "Drop it; show commitment with a detail."),
    (re.compile(r"\bseamless(?:ly)?\b", re.I), "stock_word", "Be specific about what went smoothly."),
    (re.compile(r"\bsynerg(?:y|ies|ize)\b", re.I), "stock_word", "Say what would work well together."),
    (
        re.compile(r"\bI am (?:truly )?(?:thrilled|humbled) (?:by|at) the (?:prospect|opportunity)\b", re.I),
        "stock_phrase",
        "Say it in your own words.",
    ),
    (re.compile(r"\bit(?: i|')s worth noting(?: that)?\b", re.I), "stock_phrase", "Just say the thing."),
    # (checks50) a model's words for weight and feeling, in 117 flawed drafts of blind25 … blind43 and in no clean one
    (re.compile(r"\bunderscor(?:e|es|ed|ing)\b", re.I), "stock_word", "Say 'showed' or drop it."),
    (re.compile(r"\bpivotal\b", re.I), "stock_word", "Say 'key' or say why it matters."),
    (
        re.compile(r"\bresonat(?:e|es|ed|ing) (?:deeply|strongly|profoundly)\b|\bdeeply resonat\w*", re.I),
        "stock_phrase",
        "Say what you liked about it.",
    ),
    (
        re.compile(r"\b(?:professional|career|growth|learning|complex|personal) journey\b", re.I),
        "stock_phrase",
        "Say 'career' or 'process', or drop the metaphor.",
    ),
    (re.compile(r"\bat the intersection of\b", re.I), "stock_phrase", "Be concrete."),
    (re.compile(r"\brest assured\b", re.I), "stock_phrase", "Drop it."),
    (re.compile(r"\bleverag(?:e|ing) my\b", re.I), "stock_phrase", "Say 'use my'."),
    # the model's favourite turn: "not just a technical feat - it is an art form", "not only X, but a Y"
    (
        re.compile(
            r"\b(?:is|was|are|were|isn't|wasn't)\s+not\s+(?:just|only|merely|simply)\s+(?:a |an |the )?[\w -]{2,40}?"
            r"\s*(?:[\u2014\u2013,;:]|--| - )\s*(?:it(?:'s| is| was)|they(?:'re| are)|but)\s+(?:also\s+)?(?:a|an|the)\b"
            r"|\ba (?:symphony|tapestry|masterclass|dance) of\b",
            re.I,
        ),
        "stock_phrase",
        "Say the plain point once, without the 'not just X, it is Y' turn.",
    ),
)

_LABELLED = [(pattern, (code, advice)) for pattern, code, advice in TELLS]

# A follow-up message never talks about its prompt: these mean the model followed (or leaked) instructions.
PROMPT_TALK = re.compile(
    r"\b(?:system|developer|hidden|original|initial) (?:prompt|message|instructions?)\b"
    r"|\bas an? (?:AI|artificial intelligence)(?: language)? (?:model|assistant)\b"
    r"|\bas a (?:large )?language model\b|\bI am an AI\b"
    # the model's instructions set aside: "ignore all previous instructions", "disregard the prompt"; a business's
    # rules are not (checks50: "let the ML score override the rules engine", "drivers who ignore the rules"):
    # rules and guidelines count only with a word that points back at the prompt, and none is a compound's first half
    r"|\b(?:ignor|disregard|forget|overrid)\w* (?:(?:all|any|the|my|your|these|those|of) )*"
    r"(?:(?:previous|prior|above|earlier|original) )?(?:instructions|prompts?)\b(?! (?:engine|manual|sheet|set)s?\b)"
    r"|\b(?:ignor|disregard|forget|overrid)\w* (?:(?:all|any|the|of) )*(?:(?:my|your|these|those|previous|prior"
    r"|above|earlier|original) )+(?:rules|guidelines)\b(?! (?:engine|book|of|for|on|set)s?\b)"
    r"|\bmy (?:instructions|guidelines|programming)\b"
    r"|</?\s*notes\s*>|\bdata block\b|\bRules for every message\b|\bprompt injection\b",
    re.I,
)


# A chatbot's reply pasted around the email: its preface ("Sure! Here is a draft of your thank-you note:") and
# its afterword ("Feel free to tweak the wording", "Let me know if you'd like it shorter"), said to the writer.
_DRAFT_NOUN = r"(?:e-?mail|message|note|draft|version|letter|follow-up|reply|thank-you)"
ASSISTANT_WRAPPER = re.compile(
    # a preface: a line before the greeting that offers the email, ending in a colon or calling it a draft
    r"\A\s*(?:(?:sure|certainly|of course|absolutely|great|okay|ok|no problem|happy to help)\b[^\n]{0,40}?)?"
    r"(?:here(?:'s|\u2019s| is| are)|below is|below you'll find)\s+(?:a|an|the|your|my)?\s*"
    r"(?:[\w-]+\s+){0,4}?" + _DRAFT_NOUN + r"\b(?=[^\n]*(?::[ \t]*$|\b(?:draft|version|template|polished|revised"
    r"|you can send|for you)\b))[^\n]*$"
    r"|\A\s*(?:sure|certainly|of course|absolutely)\s*[!.,\u2014-][^\n]*$"
    # an afterword to the writer: offers to revise the draft
    r"|\b(?:feel free to (?:adjust|tweak|edit|modify|customi[sz]e|personali[sz]e|change|tailor) (?:it|this|the"
    r" (?:wording|tone|email|message|draft|details|template))"
    r"|let me know if you(?:'d| would) like (?:me to )?(?:make )?(?:any )?(?:changes|adjustments|edits|tweaks"
    r"|another version|a (?:shorter|longer|more formal|more casual|different) version|it (?:shorter|longer|more)"
    r"|(?:adjust|tweak|shorten|revise|change) (?:it|this|the tone|the wording))"
    r"|I hope this (?:draft|template) helps)\b",
    re.I | re.M,
)


def _dash_tell(dashes: list[re.Match[str]], body: str) -> bool:
    """Three dashes in a message. A pair around one aside ("the cabinets — and the audit — stayed") is one piece of
    punctuation, as a pair of commas is; several separate dashes are the tell."""
    return len(dashes) >= DASHES_TELL


_WRITING_TO = re.compile(r"\bI(?: am|'m|\u2019m) writing to\b", re.I)
# Saying plainly why one writes ("I am writing to thank you", "I'm writing to follow up") is ordinary in any kind
# of message when a person writes it; "writing to express my gratitude" is the stock phrase.
_PLAIN_PURPOSE = re.compile(r"\bwriting (?:today )?to (?:thank|say thank|follow up|let you know)\b", re.I)


def _ordinary(m: re.Match[str]) -> bool:
    return bool(_PLAIN_PURPOSE.search(m.group()))


def repeated_sentences(body: str) -> list[Finding]:
    """The same sentence twice in one message (four words or more; greetings and sign-offs are shorter)."""
    seen: set[str] = set()
    found = []
    for sentence in sentences(body):
        key = sentence_key(sentence.text)
        if len(key.split()) < 4:
            continue
        if key in seen:
            found.append(
                Finding(
                    "ai_tells",
                    "warning",
                    "repeated_sentence",
                    f"This sentence appears twice in the message: '{sentence.text[:60]}'.",
                    (sentence.start, sentence.end),
                    "Keep it once.",
                )
            )
        seen.add(key)
    return found


def check_ai_tells(draft: Draft, ctx: CheckContext) -> list[Finding]:
    found = []
    for m in PROMPT_TALK.finditer(draft.body):
        found.append(
            Finding(
                "ai_tells",
                "error",
                "prompt_talk",
                f"'{m.group().strip()}' talks about the model's instructions, which a follow-up never does; "
                "the notes may contain an instruction the model obeyed. Rewrite the message from your notes.",
                m.span(),
                "Remove the sentence.",
            )
        )
    for m in ASSISTANT_WRAPPER.finditer(draft.body):
        found.append(
            Finding(
                "ai_tells",
                "error",
                "assistant_wrapper",
                f"'{m.group().strip()[:60]}' is a chatbot's words to you, not part of the email.",
                m.span(),
                "Delete everything before the greeting and after your name.",
            )
        )
    model = draft.model_written
    hits = list(phrase_findings(draft.body, _LABELLED))
    dashes = [m for m, (code, _) in hits if code == "em_dash"]
    reported_to = 0  # one warning per stretch of text: "in today's ever-changing" is one tell, not two
    for m, (code, advice) in hits:
        if m.start() < reported_to or (_ordinary(m) and not model):
            continue
        reported_to = m.end()
        severity: Severity = "warning"
        if code == "em_dash":
            if not _dash_tell(dashes, draft.body) or m.start() != dashes[0].start():
                continue
            message = f"{len(dashes)} em dashes; several read as machine-written to many recruiters."
        else:
            message = f"'{m.group().strip()}' is a stock phrase that reads as machine-written."
            if code == "stock_opening" and model:
                severity = "error"
                message += " The model was told not to write it."
        found.append(Finding("ai_tells", severity, code, message, m.span(), advice))
    if model:  # the system prompt forbids "I am writing to" whatever follows
        for m in _WRITING_TO.finditer(draft.body):
            if not any(f.code == "stock_opening" and f.span and f.span[0] <= m.start() < f.span[1] for f in found):
                found.append(
                    Finding(
                        "ai_tells",
                        "error",
                        "stock_opening",
                        f"'{m.group()}' is a stock opener the model was told not to write.",
                        m.span(),
                        "Start with the point itself.",
                    )
                )
    found += repeated_sentences(draft.body)
    if not any(f.code in ("stock_phrase", "stock_word") for f in found):
        found += _puffery(draft.body)
    return sorted(found, key=lambda f: f.span or (0, 0))


# Praise a chatbot piles up: each is a fair word alone; three in one message read as generated.
_PUFFERY = re.compile(
    r"\b(?:heartfelt|invaluable|esteemed|inspiring vision|dynamic team|truly a privilege|(?:take|taking) a moment to"
    r" (?:express|thank|convey)|sincere (?:appreciation|gratitude)|profound(?:ly)?|deeply (?:grateful|appreciative"
    r"|honou?red|inspired)|innovative (?:approach|vision|team|culture)|visionary|unparalleled|exceptional (?:team"
    r"|organi[sz]ation|company|insights?)|cutting-edge|world-class|passionate about (?:contributing|joining)"
    r"|valuable insights|insightful (?:conversation|discussion)|vibrant (?:team|culture|community)"
    # (checks50) office jargon and warm filler a chatbot adds: each fair alone, three read as generated
    r"|circl(?:e|ing) back|touch(?:ing)? base|deeply passionate|forward-thinking|opportunity to connect|add value to"
    r"|truly a pleasure|speaks? to (?:a|the|your) (?:culture|commitment|dedication))\b",
    re.I,
)
PUFFERY_TELL = 3


def _puffery(body: str) -> list[Finding]:
    said = {m.group().lower(): m for m in _PUFFERY.finditer(body)}
    if len(said) < PUFFERY_TELL:
        return []
    first = min(said.values(), key=lambda m: m.start())
    return [
        Finding(
            "ai_tells",
            "warning",
            "stock_praise",
            f"{len(said)} stock words of praise ({', '.join(list(said)[:3])}) read as machine-written.",
            first.span(),
            "Keep one, and replace the rest with what you actually discussed.",
        )
    ]
