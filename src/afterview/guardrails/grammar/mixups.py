"""Homophone and word-form slips a spellchecker cannot see: their/there/they're, you/your, your/you're,
its/it's, then/than, lose/loose, whose/who's, non-native verb forms."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.grammar.word_forms import FORM_SLIPS

# --- their / there / they're, you / your ------------------------------------------------------
_THEIR = re.compile(
    # "what their doing", "I hope their doing well": a clause-opening word, "their", then a verb in -ing
    r"\b(?P<lead>what|how|why|where|when|whether|if|because|since|hope|sure|think|glad)\s+"
    r"(?P<wrong>their)\s+(?:(?:really|also|still|clearly|always|all|now|just)\s+)?"
    r"(?P<ing>[a-z]{2,}ing)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:a|an|the|it|this|that|these|those|them|us|me|so|such|well"
    r"|great|really|very|now|here|right|today|everything|something|anything|and|but)\b)"
    # "their is", "their are": there
    r"|\b(?P<wrong2>their)\s+(?P<be>is|are|was|were|isn't|aren't|wasn't|weren't)\b",
    re.I,
)
_POSSESSED = (
    r"time|help|consideration|feedback|team|teams|insight|insights|support|patience|guidance|advice|input"
    r"|thoughts|interest|perspective|hospitality|generosity|attention|candor|candour|openness|kindness"
    r"|questions|invitation|offer|note|email|reply|response|message|leadership|mentorship|honesty|trust"
    r"|expertise|experience|energy|enthusiasm|work|company's|department|organi[sz]ation"
)
_YOU_YOUR = re.compile(
    # (a verb of thanks before it too: "I appreciated you honesty")
    rf"\b(?:for|with|on|of|to|about|from|by|at|in|into|join|joining|appreciat(?:e|ed|ing)|valued?|admired"
    rf"|enjoyed)\s+(?P<wrong>you)\s+(?:(?:kind|valuable|"
    rf"thoughtful|generous|detailed|honest|whole|entire)\s+)?(?:{_POSSESSED})\b",
    re.I,
)


# (pattern with a group 'wrong', the right word, code): homophone slips a spellchecker cannot see.
_MIXUPS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # your -> you're: "your right that", "your welcome.", "if your interested", "your going to"
    (
        re.compile(
            r"\b(?P<wrong>your)\s+(?:(?:absolutely|so|completely|totally|quite|very|really|exactly|probably"
            r"|definitely|also|still|not)\s+)?(?:right|correct)\b(?=\s*(?:[,.;:!?\u2014]|that\b|about\b|to say\b))"
            r"|\b(?P<wrong_b>your)\s+welcome\b(?=\s*[,.;:!?]|\s*$)"
            r"|\b(?P<wrong_c>your)\s+(?:(?:already|still|also|really|not)\s+)?(?:going to|looking (?:to|for|forward)"
            r"|trying to|hoping to|working on|doing (?:well|great|fine)|interested in|able to"
            r"|(?:planning|aiming|intending|wanting|expecting|preparing|moving|starting|beginning|about) to\s+"
            r"(?!(?:the|a|an|my|your|our|their|this|that|these|those|it)\b)[a-z]+"
            r"|busy(?=\s*(?:[,.;!?]|with\b|right now\b|this\b|these\b)))"
            r"|\b(?:if|when|as|since|because|hope|know|sure|glad)\s+(?P<wrong_d>your)\s+(?:(?:still|also)\s+)?"
            r"(?:(?:a|an|the|not)\b|(?:open|available|free|interested|happy|okay|ok|good|well|great|fine|ready|keen"
            r"|right|safe|settled|doing)\b(?=\s*(?:to|for|in|with|and|[,.;!?]|$)))",
            re.I,
        ),
        "you're",
        "your_youre",
    ),
    # you're -> your: "you're team", "you're time"
    (
        re.compile(
            rf"\b(?P<wrong>you['\u2019]re)\s+(?:{_POSSESSED}|own|decision|decisions|choice|process|role|organi[sz]ation"
            r"|colleagues|office|board|question|call|letter|interest|behalf|schedule|calendar"
            r"|timeline|timeframe|timing|update|plans?|name|side|end|views?|availability|dates?|answers?|priorities"
            r"|budget|goals?|roadmap|clinic|museum|site|project|projects|department|panel|staff|crew|crews|members"
            # "you're hiring urgently" is the verb; "you're hiring manager" the noun
            r"|(?:hiring|recruiting) (?:process|manager|team|timeline|plans?|decision|needs|panel|committee|budget))\b",
            re.I,
        ),
        "your",
        "your_youre",
    ),
    # you're -> your after a preposition, before a noun: "at three of you're branches", "with you're team"
    (
        re.compile(
            r"\b(?:of|at|in|to|with|from|across|on|about|into|through|by)\s+(?P<wrong>you['\u2019]re)\s+"
            r"(?!(?:not|so|very|really|still|also|just|right|welcome|able|going|looking|doing|the|a|an)\b)[a-z]+\b",
            re.I,
        ),
        "your",
        "your_youre",
    ),
    # your -> you're before an adverb, after a word that opens a clause: "if your still deciding", "I know your
    # probably busy" (a possessive 'your' is not followed by 'still'/'probably' and a verb)
    (
        re.compile(
            r"\b(?:if|when|while|as|since|because|hope|know|sure|glad|that|and|but)\s+(?P<wrong>your)\s+"
            r"(?:still|already|currently|probably|just|now|also|always|likely|not)\s+(?=[a-z])",
            re.I,
        ),
        "you're",
        "your_youre",
    ),
    # your -> you're before a verb in -ing and its object: "I think your building something special"
    (
        re.compile(
            r"\b(?:think|know|hope|sure|glad|that|if|when|because|since|see|feel|how)\s+(?P<wrong>your)\s+"
            r"(?:(?:really|also|clearly|already|still|now|currently)\s+)?[a-z]{3,}ing\s+(?:a|an|the|something|some|it"
            r"|this|these|those|such|so|toward|towards)\b",
            re.I,
        ),
        "you're",
        "your_youre",
    ),
    # it's -> its after a preposition or a verb of having: "with it's own", "keeps it's records"
    (
        re.compile(
            r"\b(?:with|of|on|in|into|from|about|through|across|under|within|has|have|had|keeps?|kept)\s+"
            r"(?P<wrong>it['\u2019]s)\s+(?!(?:been|not|a|an|the)\b)[a-z]",
            re.I,
        ),
        "its",
        "its_its",
    ),
    # who's -> whose: "your team, who's work I have followed"
    (
        re.compile(
            r"\b(?P<wrong>who['\u2019]s)\s+(?:own\s+)?(?:work|team|teams|role|job|name|company|research|leadership"
            r"|insight"
            r"|insights|experience|idea|ideas|questions|feedback|approach|vision|book|talk|writing|projects?|office"
            r"|department|responsibility|focus|background|expertise|mission|decision)\b",
            re.I,
        ),
        "whose",
        "whose_whos",
    ),
    # whose -> who's: "whose the best person to ask", "whose been leading it" (whose is followed by its noun)
    (
        re.compile(
            r"\b(?P<wrong>whose)\s+(?:the|a|an|been|going|coming|leading|running|in charge|responsible)\b", re.I
        ),
        "who's",
        "whose_whos",
    ),
    # principal -> principle: "one principal I learned", "guiding principals"
    (
        re.compile(
            r"\b(?P<wrong>principals?)\s+(?:I|that I|we)\s+(?:learned|learnt|follow|apply|hold|live|work|took)\b"
            r"|\b(?:guiding|core|basic|underlying|design|first|same|general)\s+(?P<wrong_b>principals?)\b",
            re.I,
        ),
        "principle",
        "principle_principal",
    ),
    # weather -> whether: "not sure weather the team has decided"
    (
        re.compile(
            r"\b(?:know|see|wonder(?:ing|ed)?|ask(?:ing|ed)?|sure|unsure|decide[ds]?|check|confirm|tell me|clarify"
            r"|about|on|to)\s+(?P<wrong>weather)\b"
            # the noun: "days lost to weather,", "the weather's been kind", "weather delays"
            r"(?!['\u2019]s\b|\s*[,.;:!?)]|\s+(?:forecast|conditions|delays?|events?|was|is|has|had|been|windows?"
            r"|calls?|data|radar|stations?|minimums|limits|patterns|risks?|holds?|days?|reports?|briefings?"
            r"|decisions?|cancell?ations?|checks?|go\b|[\w-]+/)\b)"
            r"|\b(?P<wrong_b>weather)\s+or not\b",
            re.I,
        ),
        "whether",
        "weather_whether",
    ),
    # its -> it's before an adjective that opens a clause: "its clear to me", "its great to see"
    (
        re.compile(
            r"\b(?P<wrong>its)\s+(?:so |very |really |also |quite |always )?(?:clear|great|good|important|exciting"
            r"|hard|easy|nice|possible|likely|true|obvious|interesting|amazing|wonderful|fantastic|encouraging"
            r"|inspiring|rare|helpful|fair|worth|difficult|essential|crucial|fine|okay)\b"
            # ... or before a new subject: "its clear you have thought about it", "its obvious the team cares"
            # ("its fine if you can only share a line": 'if' opens the clause it judges)
            r"(?=\s*(?:to|that|how|why|what|when|if|[,.;!]|(?:you|we|they|he|she|I|everyone|the team)\s))",
            re.I,
        ),
        "it's",
        "its_its",
    ),
    # were -> where: "not sure were the project stands"
    (
        re.compile(
            r"\b(?:sure|know|see|wonder(?:ing)?|unsure|idea|ask(?:ing)?|tell me|clear on|about|understand|hear|learn"
            r"|find out|check)\s+(?P<wrong>were)\s+(?:the|things|we|you|it|they|I|my|your|this|that)\b"
            # after a preposition, 'were' then a subject and a modal: "feedback on were I could have done better"
            # ("the sites I worked on were the busiest" has no modal after its subject)
            r"|\b(?:on|of|in)\s+(?P<wrong_b>were)\s+(?:I|we|you|they)\s+(?:could|should|might|can|would|need)\b"
        ),
        "where",
        "were_where",
    ),
    (
        re.compile(
            r"\b(?P<wrong>your)\s+welcome\s+to\s+(?:contact|reach|call|email|get in touch|ask|share|join|visit|come"
            r"|send|use)\b",
            re.I,
        ),
        "you're",
        "your_youre",
    ),
    # here -> hear: "love to here more", "look forward to here from you"
    (
        re.compile(
            r"\b(?:to|will|would|can|could|glad|happy|pleased|hope|hoping|love|like|wait)\s+(?P<wrong>here)\s+"
            r"(?:more|from|back|about|what|how|your|you|any|that)\b",
            re.I,
        ),
        "hear",
        "hear_here",
    ),
    # its -> it's: "its a great team", "its been", "its clear that"
    (
        re.compile(
            r"\b(?P<wrong>its)\s+(?:a|an|the|been|not|going|also|really|so|very|just|always|still|what|how|why"
            r"|no longer|never|exactly|only|clear that|great to|good to|important to|exciting to|hard to|easy"
            r"|nice to|worth)\b"
            # ... and before a passive verb with its preposition: "because its typed in by hand", "its rated at 5 kW"
            r"|\b(?P<wrong_b>its)\s+[a-z]{2,}[^e\W]ed\s+(?:in|by|at|on|up|out|to|into|from|with|over|twice|again|manually)\b",
            re.I,
        ),
        "it's",
        "its_its",
    ),
    # it's -> its: "it's own", "it's users"
    (
        re.compile(
            r"\b(?P<wrong>it['\u2019]s)\s+(?:own|users|customers|clients|members|employees|mission|goals?|roadmap"
            r"|culture|team|teams|product|products|platform|growth|values|history|founders|staff|engineers"
            # a noun that only a possessive puts there: "the new firing curve and it's potential to save a day"
            r"|(?:new|latest|recent|first|growing|expanded|upcoming)\s+"
            r"(?:(?!(?:to|for|and|or|the|a|an|in|on|at|of|with|from|by|as|but)\b)[\w-]+\s+){0,2}(?:office|offices|team|product"
            r"|products|site|plant|store|stores|clinic|lab|hub|headquarters|branch|platform|app|facility|studio"
            r"|warehouse|depot)\b"
            r"|potential|impact|ability|capacity|future|strengths?|benefits?|reputation|footprint|effects?|purpose"
            r"|performance|reach|vision|community|output)\b(?=\s+(?:to|for|of|on|and)\b|\s*[,.;:!?])",
            re.I,
        ),
        "its",
        "its_its",
    ),
    # then -> than after a comparative; than -> then in a sequence
    (
        re.compile(
            r"\b(?:more|less|better|worse|rather|other|greater|fewer|larger|smaller|higher|lower|faster|slower"
            r"|easier|harder|bigger|longer|shorter|stronger|sooner|quicker|cheaper|simpler|safer|deeper|wider)"
            # (not before a stop: "matter even more then, and" is the adverb, 'at that time')
            r"\s+(?P<wrong>then)\b(?!\s*[,.;:!?\u2014])",
            re.I,
        ),
        "than",
        "then_than",
    ),
    (
        # a comparison carried over a few words: "more willing to push back ... then most designers"
        re.compile(
            r"\b(?:more|less|fewer|rather|better|worse|greater|higher|lower|faster|bigger|stronger|earlier|later"
            r"|keener|happier|clearer|closer|busier|broader|sharper|calmer|warmer|surer|readier)\b"
            r"[^,.;:!?\u2014]{1,50}?\b(?P<wrong>then)\s+(?:most|many|any|anyone|anything|ever|before|usual|expected"
            r"|others?|I|we|they|the|a|an|my|your|our|their|in|at|on|when|what|last|previously|anticipated)\b",
            re.I,
        ),
        "than",
        "then_than",
    ),
    (
        # ... and before a clause of its own: "more room to shrink then it looks" (not the sequence "and then it")
        re.compile(
            r"\b(?:more|less|fewer|better|worse|greater|higher|lower|faster|bigger|smaller|longer|shorter|quicker"
            r"|easier|harder)\b[^,.;:!?\u2014]{1,50}?(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bso)(?<!\bjust)\s+(?P<wrong>then)"
            r"\s+(?:it|it's|he|she|you|this|that|there|expected|planned|needed|hoped)\b",
            re.I,
        ),
        "than",
        "then_than",
    ),
    (
        # ... over a title with commas in it, when what follows can only finish a comparison: "more interested in the
        # Data Scientist, Forecast Products role then I was before"
        re.compile(
            r"\b(?:more|less|better|worse|greater|higher|faster|stronger|keener|happier)\b[^.;:!?\u2014]{1,100}?"
            r"(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bso)(?<!\bjust)(?<!,)\s+(?P<wrong>then)\s+(?:(?:I|we|you|they|he|she)"
            r" (?:was|were|am|is|had (?:expected|imagined|thought|hoped)|expected|thought|imagined|did|used to)"
            r"(?: (?:before|at first|initially|last \w+|when|going in|ever))?(?=\s*[,.;!?]|\s+when\b)|ever before\b)",
            re.I,
        ),
        "than",
        "then_than",
    ),
    (re.compile(r"\b(?:and|since|until|till|back|by|just)\s+(?P<wrong>than)\b", re.I), "then", "then_than"),
    # loose -> lose
    (
        re.compile(
            r"\b(?:to|not|never|will|would|could|might|can|cannot|can't|don't|didn't|won't|may|must|did)\s+"
            r"(?P<wrong>loose)\b|\b(?P<wrong_b>loos(?:ing|es))\b(?!\s+(?:up|off|from)\b)"
            r"|\b(?P<wrong_c>loose)\s+(?:customers|users|money|data|time|track|sight|momentum|focus|trust"
            r"|people|talent|revenue|sleep)\b"
            # after help/make and its object: "it would help me loose some bad habits"
            r"|\b(?:help|helps|helped|make|makes|made|let)\s+(?:me|us|you|them|him|her)\s+(?P<wrong_d>loose)\b",
            re.I,
        ),
        "lose",
        "lose_loose",
    ),
)


_MIXUPS += FORM_SLIPS
# each behind its literal gate (guardrails/gate.py): nearly every sentence holds none of a rule's words, and the gate's
# substring test is cheaper than the pattern's search at every position; the findings are the same
_GATED = tuple((gated(pattern), right, code) for pattern, right, code in _MIXUPS)

_AUXILIARY_BEFORE = re.compile(
    r"\b(?:does|did|do|will|would|can|could|should|might|may|must|to|let|make|made|help|see|saw|watch)\s+$", re.I
)


def _wrong_group(m: re.Match[str]) -> tuple[int, int]:
    for name, value in m.groupdict().items():
        if name.startswith("wrong") and value is not None:
            return m.span(name)
    return m.span()


def word_mixups(text: str) -> list[Finding]:
    """their/they're/there, you/your, your/you're, its/it's, then/than, lose/loose: the homophone
    slips a spellchecker cannot see."""
    found = []
    spans: list[tuple[int, int]] = []
    for pattern, right, code in _GATED:
        for m in pattern.finditer(text):
            if code == "agreement" and _AUXILIARY_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "does it look like", "to make it work"
            start, end = _wrong_group(m)
            wrong = text[start:end]
            fix = right if not wrong.lower().startswith("loos") else wrong.lower().replace("loos", "los", 1)
            if wrong.lower().endswith("s") and right == "principle":
                fix = "principles" if wrong.lower() == "principals" else right
            if any(a <= start < b for a, b in spans):
                continue  # two rules on one slip: one finding
            spans.append((start, end))
            found.append(Finding("grammar", "warning", code, f"'{wrong}' should be '{fix}' here.", (start, end), fix))
    for m in _THEIR.finditer(text):
        if m.group("wrong"):
            start, right = m.start("wrong"), "they're"
            why = f"'their {m.group('ing')}' needs a verb: 'they're {m.group('ing')}'."
        else:
            start, right = m.start("wrong2"), "there"
            why = f"'their {m.group('be')}' should be 'there {m.group('be')}'."
        found.append(Finding("grammar", "error", "their_there", why, (start, start + 5), right))
    for m in _YOU_YOUR.finditer(text):
        start = m.start("wrong")
        found.append(
            Finding(
                "grammar",
                "error",
                "you_your",
                f"'{m.group()}': 'you' should be 'your' here.",
                (start, start + 3),
                "your",
            )
        )
    return found
