"""Word-form slips a spellchecker passes: non-native verb forms ("I am agree", "having wrote"), agreement the
phrase rules do not reach ("each of the crews have", "the list of priorities are"), pronoun case ("Me and
the team rebuilt"), less/fewer, two articles in a row. Each: (pattern with a group 'wrong', the right form,
code), run by mixups.word_mixups."""

from __future__ import annotations

import re

_PREPOSITION = r"(?:of|in|on|for|with|during|across|at|to|from|by|about|between|over|under|after|before|through)"

FORM_SLIPS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # non-native slips a spellchecker passes: "I am agree", "explained me the", "it look like", "I seen"
    (re.compile(r"\bI(?:'m| am) (?P<wrong>(?:dis)?agree)\b", re.I), "agree (without 'am')", "verb_form"),
    (
        re.compile(r"\bexplain(?:ed|ing|s)?\s+(?P<wrong>me)\s+(?:the|how|what|why|that|about|a|an)\b", re.I),
        "to me",
        "verb_form",
    ),
    (
        re.compile(
            r"\b(?:it|he|she)\s+"
            r"(?P<wrong>look|seem|sound|feel|mean|need|go|come|work|make|take|have|do)\s+(?:like|to|that|great|good"
            r"|really|very|so|a|the|well|amazing)\b",
            re.I,
        ),
        "the -s form",
        "agreement",
    ),
    (
        re.compile(
            r"\blook(?:ing|s)?\s+forward\s+to\s+(?P<wrong>meet|hear|see|work|speak|talk|join|learn|discuss|continue"
            r"|connect|contribute|receive|start|be)\b",
            re.I,
        ),
        "the -ing form",
        "verb_form",
    ),
    (
        re.compile(
            r"\b(?:I|we|they)\s+(?:(?:also|just|really|still|already|never|recently|only|even)\s+)?"
            r"(?P<wrong>seen|been|gone|taken|given|written|spoken|done)\s+(?!by\b)",
            re.I,
        ),
        "have + it",
        "verb_form",
    ),
    (
        re.compile(
            r"\bI(?:'m| am| was)\s+(?:so |very |really |quite |extremely |incredibly )?(?P<wrong>exciting|interesting"
            r"|boring)\b",
            re.I,
        ),
        "excited",
        "verb_form",
    ),
    # agreement the phrase rules above do not reach
    (
        re.compile(
            r"\b(?:one|each|neither|either) of (?:the |my |your |our |their |these |those )?(?:[\w-]+ ){0,2}?[\w-]+s\s+"
            r"(?P<wrong>are|were|have)\b",
            re.I,
        ),
        "is/was/has",
        "agreement",
    ),
    (
        re.compile(
            r"\b(?:everyone|everybody|no one|nobody|someone|somebody)\s+(?:(?:in|at|on|from)\s+(?:the |my |your |our )?"
            r"(?:[\w-]+ ){0,2}?)?(?P<wrong>were|are)\b",
            re.I,
        ),
        "was/is",
        "agreement",
    ),
    (
        re.compile(
            r"\bthe (?:number|amount|level|rate|percentage|share|volume|quality|cost) of (?:[\w-]+ ){1,3}?"
            r"(?P<wrong>are|were|have)\b",
            re.I,
        ),
        "is/was/has",
        "agreement",
    ),
    (re.compile(r"\b(?:please|could you|can you|would you|to)\s+(?P<wrong>advice)\b", re.I), "advise", "advice_advise"),
    (
        re.compile(
            r"\b(?:I|we|they|you)\s+(?:have|had|'ve)\s+(?P<wrong>attach|send|complete|finish|submit|include|prepare"
            r"|upload|forward|learn|speak|meet|write|take|give)\b(?!\s+to\b)",
            re.I,
        ),
        "the past participle",
        "verb_form",
    ),
    (
        re.compile(
            r"\b(?:having|have|has|had|I've|we've|you've|they've)\s+(?:(?:already|just|also|never|recently)\s+)?"
            r"(?P<wrong>wrote|went|took|gave|ran|began|spoke|saw|did|ate|drove|chose|broke|forgot|grew|knew|threw|flew"
            r"|drew|rode|stole|sang|swam|came|became|showed up)\b",
            re.I,
        ),
        "the past participle ('having written')",
        "verb_form",
    ),
    # a gerund subject takes a singular verb: "Moderating chat during losses have been"
    (
        re.compile(
            r"(?:^|(?<=[.!?]\s))(?!(?:Hoping|Wishing|Trusting|Knowing|Thinking|Assuming|Seeing|Feeling|Guessing"
            r"|Hearing|Noting|Considering|Being|Looking|Saying|Remembering)\b)[A-Z][a-z]+ing\s+"
            # an -ing word describing a plural noun right after it is no gerund subject: "Rising costs are"
            rf"(?!(?:(?!{_PREPOSITION}\b)[a-z][\w-]*\s+){{0,2}}(?!{_PREPOSITION}\b)[a-z][\w-]*[^s\W]s\s+"
            r"(?:have been|are|were)\b)"
            r"(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,5}?"
            r"(?P<wrong>have been|are|were)\b"
        ),
        "has been/is/was",
        "agreement",
    ),
    (
        re.compile(r"\benjoy(?:ed|s)?\s+(?P<wrong>to)\s+(?:meet|talk|speak|learn|hear|discuss|work|see|chat)\b", re.I),
        "the -ing form ('enjoyed meeting')",
        "verb_form",
    ),
    # pronoun case: "Me and the team rebuilt it", "between you and I"
    (
        re.compile(
            r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<wrong>Me) and (?:my|the|our|a|two|\w+)\b(?=[^.!?]{0,40}\b(?:\w*(?:ed|built"
            r"|ran|led|made|won|wrote|got|took)|were|are|have|had|did|went)\b)"
        ),
        "'... and I'",
        "pronoun_case",
    ),
    (
        re.compile(
            r"\b(?i:between|with|for|to|from|about|meet|meeting|met|thank|thanked|join|joined|invite|invited|helped"
            r"|told|tell|like|than|of) (?:both )?you and (?P<wrong>I)\b(?!'|\u2019"
            # (a verb after 'I', an adverb between, makes it a clause's subject: "meet you and I really appreciated")
            r"| (?:\w+ly |also |still |just |both )?(?:am|was|will|would|have|had|can|could|should|agree|think"
            r"|talked|spoke|discussed|met|hope|hoped|look|felt|feel|found|learned|learnt|left|saw|came|took|enjoy|appreciate|know|knew|want|wanted|\w+ed)\b)"
        ),
        "me",
        "pronoun_case",
    ),
    # count nouns take "fewer": "less people", "less incidents"
    (
        re.compile(
            r"\b(?P<wrong>less) (?:people|staff members|engineers|hours|days|weeks|errors|mistakes|calls|incidents"
            r"|complaints|patients|customers|shifts|crews|items|steps|meetings|emails|tickets|outages|delays|visitors"
            r"|students|volunteers|flights|cancellations|no-shows|defects|deviations)\b",
            re.I,
        ),
        "fewer",
        "less_fewer",
    ),
    # a singular head before "of": "The list of priorities are long" (not the second of two subjects: "X and the goal
    # of five turns are")
    (
        re.compile(
            r"(?<!\band )\b(?:the|a|an|this|that|our|your|my|their) (?!(?:lot|lots|couple|number|majority|plenty|bunch"
            r"|few|handful|variety|range|host|series|set|pair|kind|sort|type|total|rest|half|all|most|some|none|any|group|team"
            r"|staff|crew|panel|board|family|percentage|share|third|quarter|fraction|proportion"
            # a count is plural: "that two of your lots were" ('that' opening a clause, not a determiner)
            r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|both|many|several|dozens|hundreds"
            r"|thousands|each|either|neither|one)\b)[a-z]+(?<!s) of "
            # (a clause after 'of' has its own subject: "the walkthrough of how bugs are logged")
            r"(?!(?:[\w-]+ )?(?:how|what|why|where|when|which|who|whether)\b)"
            r"(?:the |our |your |their |these |those |my )?(?:[\w-]+ ){0,2}?[a-z]+s (?P<wrong>are|were|have)\b",
            re.I,
        ),
        "is/was/has",
        "agreement",
    ),
    (
        re.compile(r"\b(?:the|these|those|our|your|their|my) (?:\w+ )?criteria (?P<wrong>is|was|has)\b", re.I),
        "are",
        "agreement",
    ),
    # "might not of visited", "could of": 'of' for the 've of a modal
    (
        re.compile(
            r"\b(?:could|would|should|might|must|may)(?:n't|n\u2019t| not)?\s+(?P<wrong>of)\s+(?!course\b)[a-z]+", re.I
        ),
        "have",
        "verb_form",
    ),
    # a possessive before an article is a they're/there slip: "I think their a great way"
    (
        re.compile(r"\b(?P<wrong>their)\s+(?:a|an)\s+(?=[a-z])", re.I),
        "they're",
        "their_theyre",
    ),
    # calques of German/Dutch 'wenn' and 'auch wenn': "I would be happy when you could", ", also if it is negative"
    (
        re.compile(
            r"\b(?:would|'d) be (?:very |so |really )?(?:happy|glad|grateful|pleased|thankful) (?P<wrong>when) you"
            r" (?:could|would|can|might)\b",
            re.I,
        ),
        "if",
        "word_choice",
    ),
    (re.compile(r",\s+(?P<wrong>also if)\b", re.I), "even if", "word_choice"),
    # a double negative: "I haven't heard nothing", "could not find nobody"
    (
        re.compile(
            r"\b(?:[a-z]+n't|not|never)\s+(?:[a-z]+\s+){0,2}?(?P<wrong>nothing|nobody|no one|nowhere|none)\b"
            r"(?<!not for nothing)(?<!not nothing)"
            # the subject of a clause of its own: "I can't believe nobody has replaced it", "not sure no one saw"
            r"(?!\s+(?:(?:else|yet|ever)\s+)?(?:has|had|have|is|was|were|will|would|can|could|did|does|seems|seemed"
            r"|knew|knows|cared|cares|bothered|thought|noticed|asked|tried|wanted|[a-z]+ed)\b)",
            re.I,
        ),
        "anything/anybody",
        "double_negative",
    ),
    # a plural with an apostrophe (a greengrocer's apostrophe): "200 beer's a week", "because of bus cost's."
    (
        re.compile(
            r"\b\d[\d,]*\+?\s+(?P<wrong>[a-z]{3,}['\u2019]s)\s+(?:a|an|per|each|every|and|in|on|at|to|were|are|have"
            r"|with|from|for)\b"
            r"|(?<![\w'\u2019])(?<!\bthe )(?<!\bat )(?<!\bmy )(?<!\byour )(?<!\bour )(?<!\btheir )(?<!\ba )"
            r"(?!(?:it|that|what|let|here|there|who|he|she|where|how|when|why|everyone|everything"
            r"|nothing|something|one|today|tomorrow|yesterday|anyone|someone|everybody|nobody|somebody)['\u2019])"
            r"(?P<wrong2>[a-z]{3,}['\u2019]s)(?=\s*[.,;!?])",
        ),
        "the plural without an apostrophe",
        "plural_apostrophe",
    ),
    # two articles in a row, a seam of an edit: "send the a writing sample"
    (
        re.compile(r"\b(?P<wrong>(?:the|a|an) (?:the|a|an))\s+(?=[a-z])", re.I),
        "one article",
        "double_article",
    ),
)
