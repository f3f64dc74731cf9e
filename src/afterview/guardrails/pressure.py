"""Pressure and pleading, read one sentence at a time as speech acts (the tone check's errors).

- leverage: other offers, interviews or companies brought up to hurry them ("I am weighing other
  offers, so I would appreciate a decision by Friday");
- deadline: the candidate sets a date for their decision ("a decision by Friday", "within 48 hours");
  a date they gave themselves ("you mentioned you hope to decide by Friday") is not one;
- ultimatum: a consequence if they do not answer ("otherwise I will have to accept", "if I don't hear
  back by Monday I will assume");
- pleading: desperation and begging ("would mean everything to me", "so grateful for any chance at
  all", "I would be devastated to miss out"), or an appeal for sympathy ("I know I'm just a student, but
  I'd still love the chance", "I hope it didn't count against me");
- demanding: what the candidate feels owed ("I'd expect at least an explanation", "the least a candidate can
  ask for").

Precision matters as much as recall: "my other projects" is not an offer, "I will send the deck by
Friday" is the candidate's own promise, and "I would be grateful for your feedback" is not pleading.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.text import sentences

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the weekend"
    r"|(?:the )?end of (?:the |this |next )?(?:day|week|month|business|play)|eod|eow|cob|close of business|noon"
    r"|(?:this|next) (?:week|month|monday|tuesday|wednesday|thursday|friday)|early next week|mid-?week"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|the \d{1,2}(?:st|nd|rd|th)"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}/\d{1,2}|then|that date|that day|that point|that time|that\b)"
)
# Another employer in play: offers, final rounds, other processes.
_OTHER_OFFER = gated(
    r"\b(?:(?:other|another|competing|second|multiple|several|a few|two|three|outstanding|pending|verbal|written"
    r"|firm|formal|existing|current|exploding|strong|attractive) (?:job |formal |verbal |written |firm )?offers?"
    # (not "the offer at the end of your note", their own offer to share notes)
    r"|offers? (?:from|elsewhere|with|at) (?!you\b|your\b|the (?:end|close|start|beginning|bottom|top)\b)"
    r"|an offer (?:in hand|on the table|elsewhere|that expires)"
    r"|offers? (?:on the table|in hand)|(?:received|got|have|holding|weighing|considering|juggling|evaluating"
    r"|entertaining) (?:an|one|a|two|three|a couple of|several|multiple|other|some) (?:other )?offers?"
    r"|(?:other|several|multiple|a few|a couple of) (?:companies|employers|firms|organi[sz]ations) (?:are|have been"
    r"|who are|that are) (?:interested|moving|interviewing|pursuing|considering)"
    r"|(?:other|competing|parallel|several|multiple|a few) (?:interview )?processes"
    r"|(?:final|late|last|advanced)[- ]stage (?:interviews?|conversations|processes|rounds?) (?:elsewhere|with other"
    r"|at other|with another|at another)"
    r"|(?:final|late|last|advanced|second|third)[- ](?:rounds?|stages?|interviews?) (?:elsewhere|(?:with|at) (?:\w+ )?"
    r"(?:other|another|a different|different|two|three|several|a few|multiple|a couple of)\b)"
    r"|(?:two|three|several|a few|multiple|a couple of|other) (?:other )?(?:firms|companies|employers|organi[sz]ations"
    r"|banks|startups|hospitals|agencies|studios|hotels) (?:are |that are |who are )?(?:interested|interviewing|moving"
    r"|making|considering|pursuing|in (?:the )?(?:final|late|last))"
    r"|(?:with|from|at) (?:two|three|several|a few|multiple|a couple of) other (?:firms|companies|employers"
    r"|organi[sz]ations"
    r"|banks|startups|hospitals|agencies|studios|hotels|places)"
    # their roles asked about ("are there any other roles coming up?", "whether other positions are coming") are no
    # leverage: the candidate's own other processes are
    r"|(?<!\bany )(?<!\bif )(?<!\bwhether )(?<!\babout )(?<!\bthere )"
    r"other (?:opportunities|options|roles|positions) (?:are |that are )?(?:moving|progressing|coming|on the table"
    r"|in (?:play|progress|the pipeline)|with deadlines|(?:that )?I(?:'m| am) (?:considering|weighing|pursuing))"
    r"|weighing (?:my |other |a few |several )?(?:options|opportunities)"
    r"|another company|another employer|elsewhere (?:that|which) (?:expires|needs)"
    # another process named by its industry ("a second interview next week with another forestry group"), and the
    # commitment it threatens ("before I commit to that process")
    r"|interview (?:[\w-]+ ){0,3}?with another (?:[\w-]+ ){0,2}?(?:group|firm|company|employer|organi[sz]ation|business"
    r"|startup|agency|bank|studio|operator|producer|manufacturer|brand|team|school|hospital|lab)"
    # talks with another employer named by its trade, and an offer expected from it ("in final discussions with
    # another regional producer and expect an offer shortly")
    # (any trade: "another fruit exporter"; not a person met: "talks with another engineer on your team")
    r"|(?:discussions|talks|negotiations) with another (?!(?:[\w-]+ ){0,2}?(?:engineers?|members?|interviewers?"
    r"|colleagues?|candidates?|persons?|managers?|people|team|panel|of (?:your|the))\b)(?:[\w-]+ ){0,2}[\w-]+"
    r"|expect(?:ing)? (?:an|a formal|a written|a firm|their) offer (?:shortly|soon|any day|this week|next week"
    r"|imminently|within days)"
    r"|before I (?:commit|agree|say yes|sign|accept|decide) (?:to |on )?(?:that|the other|another|their|an?)"
    r" (?:other )?"
    r"(?:process|offer|role|position|opportunity|job|contract)"
    r"|(?:been |was |got |received )?offered (?:a|another|the) (?:role|position|job|post) (?:elsewhere|at another"
    r"|by another"
    r"|with another)|other interviews (?:lined up|scheduled|in progress|coming up|underway)"
    r"|(?:considering|weighing|exploring|evaluating) (?:my |several |a few |other )?(?:other )?options"
    r"|have (?:other|several|a few) options"
    # other options held off for their sake: "can't keep other options on hold much longer"
    r"|(?:keep|keeping|hold|holding|put|putting) (?:my |the |these |those )?(?:other )?(?:options|offers|opportunities"
    r"|processes|interviews) on hold\b"
    # talks or a process for another role, named any way ("in late-stage talks for another operations role")
    r"|(?:talks|discussions|conversations|negotiations|interviews?|interviewing|processes|process|rounds?|shortlisted"
    r"|running) (?:[\w-]+ ){0,3}?(?:for|about|with|at|by) (?:another|a different|a competing|a second|one other)"
    r" (?:[\w-]+ ){0,2}?(?:role|position|job|post|opportunity|offer|company|employer|firm|group|organi[sz]ation"
    r"|business|studio|bank|agency|clinic|hospital|school|operator|team elsewhere)"
    # an offer's own deadline: "that offer lapses on December 9", "the other offer runs out on Friday"
    r"|(?:that|the|this|their|my|an|the other) (?:other )?offer (?:\w+ )?(?:expires|lapses|runs out|closes|ends"
    r"|stands until|is valid until|is open until|has a deadline|needs an answer)"
    r"|I(?:'m|\u2019m| am) (?:currently |also |now )?(?:weighing|juggling|considering|evaluating|holding)"
    r" (?:a couple of |a few |two |three |several |some )?(?:other )?(?:opportunities|roles|positions|offers"
    r"|options|processes)"
    # another employer pressing: "another clinic group has asked me for an answer next week"
    r"|(?:another|a different|one other|a competing) (?:[\w-]+ ){0,2}?(?:company|employer|firm|group"
    r"|organi[sz]ation|studio|business|bank|clinic|hospital|school|agency|operator|producer|startup)s? (?:has|have"
    r"|is|are) (?:already )?(?:asked|given|offered|pressing|waiting|expecting|made|set))\b",
    re.I,
)
# The candidate asking for their decision by a date they set.
_DEADLINE = gated(
    r"\b(?:(?:a|an|your|the|final|their|its|any|some) (?:(?:firm|final|clear|definite|definitive|concrete|formal)"
    r" )?(?:decision|answer|response|reply|verdict|confirmation|offer"
    r"|update|word|clarity|certainty|yes or no|yes or a no|final word)"
    r"|(?:to |I )?(?:hear|heard|hearing) (?:back|from you|something)|let me know|to know|get back to me|decide"
    r"|respond|reply"
    r"|confirm|know (?:where I stand|either way|one way or the other)|make a decision|come back to me)"
    rf"\b[^.!?;\n]{{0,50}}?\b(?:by|before|no later than|not later than)\s+{_DAY}\b"
    r"|\b(?:within|in) (?:the next )?(?:\d+|one|two|three|four|five|a few|a couple of|24|48|72) (?:hours|business"
    r" days|working days|days)\b(?=[^.!?\n]{0,40}(?:if (?:at all )?possible|please|\.|$))"
    r"|\b(?:answer|decision|response|reply|offer|word)\b[^.!?;\n]{0,40}\bwithin (?:the|this|a|one) (?:week|month"
    r"|few days)\b"
    # an answer asked of them for this week: "so I would appreciate an answer this week"
    r"|\b(?:appreciate|need|want|expect|like|get|receive|have) an (?:(?:early|honest|official|clear|quick) )?answer"
    r" (?:this|by the end of this|by end of|before the end of) (?:week|month)\b"
    r"|\b(?:a|your|the) (?:(?:firm|final|clear|quick|definite|definitive|concrete|formal|prompt|swift) )?"
    r"(?:decision|answer|response|reply) (?:this|by the end of this|by end of|before the end of)"
    r" (?:week|month)\b"
    r"|\b(?:need|have) to (?:know|hear|give (?:them|the other company) an answer|respond to (?:them|another|the other))"
    r" (?:soon|quickly|shortly|by|before|within)\b"
    r"|\btime is of the essence\b|\b(?:decide|decision|answer|hear back|respond|reply|get back to me)"
    r"(?: \w+){0,2} (?:quickly|soon|fast|promptly|urgently|shortly)\b(?=[^.!?\n]{0,40}\b(?:because|as|since"
    r"|so) (?:I (?:have|need|must|am considering|'m considering"
    r"|have to|'ve got)|another|other|there (?:is|are) other))"
    # "as quickly as possible" of their answer, not of the candidate's own learning ("build my Mandarin as quickly")
    r"|\b(?:you|your|decision|answer|hear|back|respond|reply|know|update|outcome)\b[^.!?\n]{0,60}?"
    r"\bas quickly as (?:you can|possible)\b"
    r"|\bdeadline (?:of|is|on)\b|\b(?:time[- ]sensitive|urgently"
    # "urgent" of the request itself, not of a thing named with it ("after-hours urgent care")
    r"|(?:is|are|it's|rather|quite|somewhat|very|fairly|a bit|matter) urgent|urgent (?:matter|request|need|reply"
    r"|response|answer|decision|update)"
    # (help offered with their work is no pressure: "I'd be glad to help speed things up")
    r"|expedite|(?<!help )(?<!help to )(?:speed up (?:the|your) (?:process|decision|timeline)"
    r"|speed (?:things|this|it|the process) up)"
    r"|hurry (?:things|this|it) along|fast-?track (?:the|my|this)|sooner rather than later"
    r"|move (?:things|the process) (?:along|forward) (?:quickly|faster))\b",
    re.I,
)
# A bare span of time ("in 9 hours", "within two days") is a deadline only in a sentence that asks them for something.
# The candidate's own delivery in the clause before a time: "the sample test report will be with you within a few
# days", "I will send the figures within two days" (blind40): a promise of theirs sets the reader no deadline.
_OWN_DELIVERY = re.compile(
    r"\bI(?:'ll|\u2019ll| will| can| shall| am going to|'m going to) (?:\w+ ){0,2}?(?:send|share|forward|get|have"
    r"|finish|complete|submit|return|provide|pass on)\b|\b(?:it|they|the \w+(?: \w+){0,3}|my \w+(?: \w+){0,3})"
    r" (?:will|should) (?:be with you|reach you|arrive|be in your inbox)\b",
    re.I,
)


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding `at` opens: after the last comma, semicolon or colon before it."""
    return max(sentence.rfind(mark, 0, at) for mark in ",;:") + 1


_SPAN_ONLY = gated(r"(?:within|in) ", re.I)
_ASKED_OF_THEM = gated(
    r"\b(?:you|your|decision|decide|answer|hear|know|respond|reply|response|confirm|update|word|offer)\b", re.I
)
# A date that is theirs, not the candidate's: "you mentioned you hope to decide by Friday".
THEIR_DATE = gated(
    # ... with an auxiliary between ("as you had planned to reach a decision by Friday 11 December")
    r"\b(?:you|the panel|the team|they|the committee|the board|your team|(?:s?he)) (?:had |have |has |did )?"
    r"(?:mentioned|said|expect(?:s|ed)?"
    r"|hope[sd]?|plan(?:s|ned)?|indicated|noted|told me|shared|(?:is|are|were) aiming|aims?|intends?|anticipated?"
    r"|anticipates|would|will|is hoping|are hoping)\b"
    # the process they laid out, said back: "you laid out the process: a decision by December 11"
    r"|\b(?:laid out|laying out|explained|explaining|outlined|outlining|walked me through|walking me through"
    r"|described|describing|set out|shared) (?:the|your|their) (?:process"
    r"|timeline|next steps|schedule)\b"
    r"|\b(?:is|was|are|were|be|being) (?:expected|planned|scheduled|due|likely|hoped|anticipated|aimed)\b"
    # their plan said without a person: "the plan is to decide by November 27", "the aim was to"
    r"|\bthe (?:plan|aim|hope|intention|idea) (?:is|was) to\b"
    r"|\bI (?:understand|understood|had understood|know|gather|believe|recall|was told|noted|note|remember)\b"
    r"|\btold me\b|\bas (?:planned"
    r"|scheduled)\b"
    r"|\byour (?:team|timeline|plan|target|estimate)\b|\b(?:as|like) (?:you|we) discussed\b|\bI(?:'ll| will| can)"
    r" (?:send|share|have|get|finish|complete|submit|follow up|confirm my|let you know my|update you on my)\b",
    re.I,
)
ULTIMATUM = gated(
    r"\botherwise,? I(?:'ll| will| would| may| might)? (?:have to|need to|be forced to|assume|move on|accept|take"
    r"|withdraw|pursue|go with)\b"
    r"|\bif I (?:do not|don't|haven't|have not|hadn't|can't|cannot)"
    r" (?:hear|heard|get|got|gotten|receive|received|have|had)\b[^.!?\n]{0,60}"
    r"\bI(?:'ll| will| would| may| must| might| am going to)(?: have to| need to| be forced to)? (?:assume|accept|take"
    r"|move on|withdraw|pursue|go with|sign|commit|consider|look elsewhere)\b"
    r"|\bI(?:'ll| will| may| might) (?:have|need) to (?:accept|take|go with|sign|commit to) (?:the |an |another |their"
    r" |one of the )?(?:other|another|their|competing|different)?\b[^.!?\n]{0,20}\boffers?\b"
    r"|\b(?:before|or) I (?:accept|sign|take|commit to) (?:the |an |another |their )?(?:other|another|their|competing)"
    # "this will be my last note" closing a final status check is a courtesy the domain asks for; framed as
    # a last attempt to reach them, or with a consequence (caught above), it is a threat
    r"|\bthis (?:is|will be) my (?:final|last) attempt (?:to (?:reach|contact|get hold of|hear from) you)?\b"
    r"|\bI can(?:not|'t)? only (?:wait|hold (?:off|on))\b|\bI (?:can't|cannot) wait (?:much )?(?:longer|forever)\b",
    re.I,
)
# how much a thing means to the candidate ("means everything to me")
_DEARLY = r"(?:everything|the world|so much|a great deal|more than (?:you know|anything))"
PLEADING = gated(
    r"\b(?:if you (?:gave|give|would give|could give) me|(?:please )?give me) (?:a|one|another) (?:chance|shot)\b|"
    rf"\bmean {_DEARLY} to me\b"
    # what a fact of theirs means to the candidate is appreciation, not pleading: "it means a great deal to me that
    # the co-op keeps native varieties", "it meant so much to me to see the seed store"
    rf"|\bmean[st] {_DEARLY} to me\b(?! that\b| to (?:see|hear|know|read|find|learn|meet)\b)"
    r"|\bmeans? (?:more|so much) to me than\b|\b(?:a|one|another|any|the) chance to prove myself\b"
    r"|\b(?:grateful|thankful|appreciative) for (?:even|just|one more|another|a second|any) (?:a |the )?"
    r"(?:small |little |single |tiny |slightest )?(?:chance|opportunity|shot|consideration|look)\b"
    r"|\b(?:so |very |truly |deeply |eternally |incredibly )?grateful for (?:any|even a|a single|just a) (?:chance"
    r"|opportunity|shot|consideration|role|position|opening)\b"
    r"|\bany (?:chance|opportunity|role|position|opening|shot) at all\b|\b(?:any|whatever) (?:role|position|job)"
    r" (?:you (?:have|can offer|might have)|is available|at all)\b"
    r"|\b(?:I'd|I would|I will|I'll) (?:do|give) (?:anything|whatever it takes)\b|\banything it takes\b"
    r"|\bI(?:'m| am) (?:begging|pleading|praying)\b|\bI beg\b|\bbegging you\b|\bplease,? (?:please|I beg)\b"
    r"|\b(?:I|we) (?:really |truly |desperately |badly )?need (?:this|the) (?:job|role|position|offer|opportunity"
    r"|income"
    r"|work)\b|\bI(?:'m| am) (?:really |so |quite )?desperate\b|\bdesperately\b"
    r"|\b(?:my|the) (?:last|only|final) (?:hope|chance|option|shot)\b|\bplease (?:just )?(?:give me|consider me for)"
    r" (?:a|one|another|any) (?:chance|shot|try|opportunity)\b"
    r"|\bI (?:can't|cannot|could not|couldn't) (?:afford|bear|stand) (?:to (?:lose|miss)|not to|another)\b"
    r"|\b(?:can't|cannot|couldn't|have not been able to) (?:stop thinking|sleep)\b"
    r"|\b(?:checking|refreshing) my (?:inbox|email|phone)\b|\blosing sleep\b"
    # the job made the whole of one's hopes: "I have thought about little else", "working towards my entire career"
    r"|\bthought (?:about|of) (?:little|nothing) else\b|\b(?:been )?work(?:ing|ed) towards? (?:for )?(?:my|all my)"
    r" (?:entire|whole) (?:career|life)\b|\bany news at all\b"
    r"|\b(?:unemployed|out of work|between jobs) (?:for|since)\b|\bbills to pay\b|\bmy family (?:is )?(?:depends"
    r"|relying)"
    # taking any job or any pay; "I'd take any pointers" asking for feedback is not pleading
    r"|\b(?:I|I'd|I would|I will|I'll)(?: honestly| gladly| happily| truly| really)? (?:take|accept|do) (?:any|a lower"
    r"|less|whatever)\b(?! (?:and all )?(?:\w+ )?(?:feedback|pointers?|advice|thoughts?|comments?|suggestions?|tips?"
    r"|notes|input|guidance|insights?|criticism|steer|observations?|words?|reflections?|impressions?|direction"
    r"|recommendations?)\b)"
    r"|\b(?:really|desperately|badly|just|truly) need (?:something|anything|a job|work|income|this|the money|stability"
    r"|a (?:stable|steady) (?:job|role|income))\b"
    r"|\b(?:sorry|apologi[sz]e|apologies) (?:to|for|if I(?:'m| am)?) (?:bother|trouble|pester|disturb"
    r"|bug)(?:ing)? you\b"
    # ("a bit gutted, but I get it" is a mild, casual regret; "I'm really gutted" after the news is disappointment,
    # said plainly: 'gutted' pleads only as a fear of losing the job, "I'd be gutted not to get it")
    r"|\b(?:devastated|heartbroken|crushed|shattered)\b"
    r"|\b(?:would|'d|\u2019d|will) be (?:\w+ )?gutted\b|\bgutted (?:not|if|to (?:miss|lose))\b"
    r"|\bgive me (?:a|one|another|this) (?:chance|shot)\b|\bwork harder than anyone\b|\b(?:would|will"
    r"|could) change my life\b"
    r"|\b(?:job[- ]hunting|looking for work|searching for (?:a job|work)|unemployed) for (?:\w+ )?(?:months|years)\b"
    r"|\b(?:please )?(?:don't|do not) forget (?:about )?me\b"
    r"|\b(?:don't|do not|won't) know what (?:I(?:'ll| will| would|'d)|to) do\b"
    # asking them to reconsider argues with the decision: the purpose check's, not pleading in itself
    r"|\bfirst choice falls through\b"
    r"|\bwilling to (?:take|accept) (?:a (?:lower|reduced|smaller)|less|any|whatever|a pay cut)\b"
    # an appeal for sympathy after running oneself down: "I know I'm just a student, but I'd still love the chance",
    # "I hope it didn't count against me", "I hope you will still consider me"
    r"|\b(?:hope|trust|pray) (?:you|the (?:panel|team|committee|board)|they) (?:will|would|can|could|might) still"
    r" (?:consider|think of|keep|remember|give)\b"
    # (the past, "I hope the slip didn't count against me", looks back on the interview: no plea for the decision)
    r"|\b(?:hope|trust|pray) (?:it|this|that|my [\w-]+(?: [\w-]+)?) (?:doesn't|does not|won't|will not"
    r"|wouldn't|would not) (?:count|weigh|go|work|be held|hold) (?:too much |too heavily |much )?against me\b"
    r"|\bI(?:'m|\u2019m| am) (?:just|only) an? (?:student|intern|junior|graduate|beginner|newcomer|career changer)\b"
    r"[^.!?\n]{0,80}\bbut\b"
    r"|\bbut I(?:'d|\u2019d| would) still (?:love|like|appreciate|welcome|be grateful for) (?:the|a|any) (?:chance"
    r"|opportunity|shot)\b",
    re.I,
)
# Demanding what they owe: "I'd expect at least a short explanation", "the least a candidate can ask for".
_DEMAND = gated(
    r"\bI(?:'d|\u2019d| would)? (?:expect|require|insist on) (?:at (?:the very )?least|nothing less|a proper|a full"
    r"|a real|an explanation|an answer|a reason)\b"
    r"|\bthe (?:very )?least (?:a candidate|I|anyone|someone|one|you) (?:can|could|should|would|might) (?:ask|expect"
    r"|hope)\b|\bI (?:deserve|am owed|am entitled to)\b|\bI(?:'m|\u2019m) (?:owed|entitled to)\b"
    # feedback or reasons called for by a date: "I'd like detailed written feedback on each part by Friday", "I
    # expect a written explanation of how my test was marked by the end of the week" (blind37, blind41)
    r"|\bI(?:'d|\u2019d| would)? (?:like|want|expect|need|require) (?:a |an |the |your )?(?:[\w-]+ ){0,3}?"
    r"(?:feedback|explanation|reasons?|breakdown|justification)\b[^.!?\n]{0,80}?\bby (?:the )?(?:end of (?:the |this )?"
    r"(?:day|week|month)|close of business|today|tomorrow|this week|next week|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b",
    re.I,
)
# Another interview or offer of the candidate's, given as the reason to hurry: "I have a second interview with
# Pertamina on Monday, so I would be grateful if the panel could move quickly".
_HURRY_FOR_OTHER = gated(
    r"\bI(?:'ve|\u2019ve| have| have got|'ve got| also have) (?:a|an|another|one more|two|three) (?:[\w-]+ ){0,2}?"
    r"(?:interviews?|offers?|rounds?|assessments?)\b[^.!?\n]{0,80}?\bso\b[^.!?\n]{0,80}?\b(?:quickly|soon|sooner"
    r"|faster|promptly|quick|swift|speed|hurry|expedite|urgent)\w*",
    re.I,
)

# Their silence held against them: "so I had expected to hear from you by now", "I had hoped for an answer by now".
_IMPATIENT = gated(
    r"\bI(?:'d|\u2019d| had| would have)? (?:expected|hoped|thought I would|thought I'd|assumed I would) (?:to )?"
    r"(?:hear|have heard|get|receive|have|see)\b[^.!?\n]{0,50}?\b(?:by now|already|sooner|before now)\b"
    # their inbox nudged: "just bumping this to the top of your inbox" (a nudge at their silence, the tone's: blind21
    # and blind29's authors both labelled it tone, not negativity)
    r"|\bbump(?:ing)? (?:this|it|my (?:\w+ )?(?:e-?mail|message|note))\b(?: (?:up|back|to the top))?",
    re.I,
)
# Taking the job for granted, or promising results: "I'll sort it out when I start", "I guarantee".
PRESUMING = gated(
    r"\bI(?:'ll|\u2019ll| will| am going to|'m going to) (?:\w+ ){1,6}?(?:when|once|as soon as) I (?:start|join|begin"
    r"|get started|come on board|am on board|'m on board|take over)\b"
    r"|\bI (?:can )?guarantee\b|\bI promise (?:you |that |to |I )"
    # telling them what to conclude: "I'm sure you'll agree", "my results speak for themselves"
    r"|\bI(?:'m| am) sure you(?:'ll| will| would) agree\b|\bspeaks? for (?:themselves|itself)\b"
    r"|\bI expect (?:that )?(?:we|you) (?:can|will|could|'ll)\b"
    # their call and the deal assumed: "expect your call on Monday so we can finalise things"
    # (told to a third party is no assumption: "I have let my referees know to expect a call")
    r"|(?<!\bto )\bexpect (?:your|a|the) (?:call|offer|contract|confirmation)\b"
    r"|\bso (?:that )?we can (?:finali[sz]e|sign|settle|close|agree on|wrap up) (?:things|everything"
    r"|the (?:offer|details|contract|terms|paperwork))\b"
    r"|\bwe'd make an? (?:awesome|amazing|great|perfect|killer) team\b|\bsee you (?:on )?my first day\b"
    # ranking yourself above the others they met: "I believe I am the strongest candidate you met"
    r"|\bI(?:'m|\u2019m| am) (?:clearly |certainly |obviously |simply )?the (?:strongest|best|most qualified|ideal"
    r"|perfect|only|obvious|right) (?:candidate|person|choice|hire|fit)\b(?! for (?:me|you to consider)\b)"
    # or telling them no one else will do: "you will not find a stronger candidate"
    r"|\byou (?:will|won't|wouldn't|would|could|can|cannot|can't)(?: not| never)? (?:find|get|hire|meet)"
    r" (?:a |anyone |anybody |someone )?(?:stronger|better|more (?:qualified|committed|experienced)|more suitable)"
    r"(?: candidate| person| fit| hire)?\b(?![^.!?\n]*\?)",
    re.I,
)
_ADVICE = {
    "leverage": "Leave other offers out of a follow-up; if you truly have a deadline, tell the recruiter plainly "
    "in a separate conversation.",
    "pushy": "Ask politely whether there is an update on the timeline; they set the pace of the decision.",
    "ultimatum": "Remove the condition; ask warmly about the timeline instead.",
    "desperate": "Say why you want the role and what you would bring to it instead.",
    "presumptuous": "Say how you would help if you join; the decision is theirs.",
    "demanding": "Ask for what you would like to know; they owe you courtesy, not an explanation on demand.",
    "impatient": "Ask warmly whether there is news on the timeline, not when you thought you would hear.",
}
_WHAT = {
    "leverage": "uses another offer as leverage",
    "pushy": "sets them a deadline",
    "ultimatum": "reads as an ultimatum",
    "desperate": "sounds desperate and weakens your case",
    "presumptuous": "takes the job or the result for granted",
    "demanding": "demands what you feel owed",
    "impatient": "holds the wait against them, which presses them to answer",
}


# What turns a mention of other processes into a lever: an offer, a date or a hurry in the same sentence.
_HURRY = re.compile(
    r"\boffers?\b|\b(?:soon|quickly|asap|urgent\w*|deadline|by|before|within|until|need|needs|must|have to|has to"
    r"|answer|expir\w*|laps\w*|respond|waiting|wait|hold|latest|hurry|speed|fast|promptly|time|commit|accept)\b",
    re.I,
)


# ... and what makes the mention candour: their role still preferred in the same sentence.
_PREFERRED = re.compile(
    r"\b(?:but|though|although|while|yet)\b[^.!?]*\b(?:still|remains?|most|first choice|top choice|prefer\w*"
    r"|(?:one|role|job|place|team) I(?:'d|\u2019d| would)? (?:choose|want|pick))\b",
    re.I,
)


def _bare_mention(sentence: str) -> bool:
    """Other processes said plainly, for candour, with their role still preferred and nothing that hurries them
    ("I'm in a couple of other processes, but yours is still the role I'd choose"): worth a look (a warning), not
    pressure that stops the draft."""
    return _HURRY.search(sentence) is None and _PREFERRED.search(sentence) is not None


# "Your feedback would mean a great deal to me": the feedback valued, ordinary politeness after a no (not "even a
# short reply would mean a great deal to me", which pleads for an answer)
_FEEDBACK = re.compile(r"\b(?:feedback|advice|pointers|suggestions|insights?)\b", re.I)
_VALUED = re.compile(r"mean (?:a great deal|so much) to me", re.I)
_IT = re.compile(r"\s*(?:it|that|this|any of (?:it|this))\b", re.I)


def _valued_feedback(sentence: str, m: re.Match[str], previous: str) -> bool:
    """Whether a 'would mean a great deal to me' values the feedback asked for, in its own sentence or, as 'It',
    in the sentence before."""
    if _VALUED.fullmatch(m.group()) is None:
        return False
    return _FEEDBACK.search(sentence[: m.start()]) is not None or (
        _IT.match(sentence) is not None and _FEEDBACK.search(previous) is not None
    )


# Sleep lost or thoughts held by their problem is a figure of speech ("I couldn't sleep for thinking about your routing
# puzzle"); by the wait for the answer it pleads ("I can't sleep until I hear").
_SLEEPLESS = re.compile(r"(?:sleep|stop thinking)\b", re.I)
_THE_WAIT = re.compile(
    r"\b(?:decision|decide|answer|hear|heard|news|outcome|waiting|wait|worr\w*|anxious|nervous|job|role|position"
    r"|offer|result|inbox|phone|email|chance|selected|interview went)\b",
    re.I,
)


def _figure_of_speech(sentence: str, m: re.Match[str]) -> bool:
    """Whether a sleepless night in the sentence is said of their problem or the hour, not of the wait for news."""
    if _SLEEPLESS.search(m.group()) is None:
        return False
    clause = re.split(r"[,;:\u2013\u2014]", sentence[m.end() :], maxsplit=1)[0]
    return _THE_WAIT.search(sentence[: m.start()] + " " + clause) is None


# Their own date owned after it is named: "by Friday, December 4, as you mentioned", "by the 11th as we discussed".
_THEIR_DATE_AFTER = re.compile(
    r"[^.!?;]{0,30}?,?\s*\b(?:as|like) (?:you|the team|the panel|they|(?:s?he)) (?:had |have |has )?(?:mentioned"
    r"|said|planned|noted|indicated|suggested|told me|explained|set out)\b"
    r"|[^.!?;]{0,30}?,?\s*\bas (?:we )?(?:discussed|agreed|planned)\b",
    re.I,
)


def pressure_findings(text: str) -> list[Finding]:
    """One finding per sentence and kind of pressure or pleading (errors)."""
    found: list[Finding] = []
    before = ""
    for sentence in sentences(text):
        s, before, prev = sentence.text, sentence.text, before
        hits: list[tuple[str, re.Match[str]]] = []
        for code, pattern in (
            ("leverage", _OTHER_OFFER),
            ("leverage", _HURRY_FOR_OTHER),
            ("demanding", _DEMAND),
            ("impatient", _IMPATIENT),
            ("ultimatum", ULTIMATUM),
            ("desperate", PLEADING),
            ("presumptuous", PRESUMING),
        ):
            m = pattern.search(s)
            if m is not None and not (
                code == "desperate" and (_valued_feedback(s, m, prev) or _figure_of_speech(s, m))
            ):
                hits.append((code, m))
        deadline = _DEADLINE.search(s)
        if deadline is not None and _SPAN_ONLY.match(deadline.group()) and not _ASKED_OF_THEM.search(s):
            deadline = None  # "hitting its crowdfunding goal in 9 hours": how long something took, no one asked
        if deadline is not None and _OWN_DELIVERY.search(s[_clause_start(s, deadline.start()) : deadline.start()]):
            deadline = None  # "the sample report will be with you within a few days": the candidate's own promise
        if deadline is not None and _THEIR_DATE_AFTER.match(s, deadline.end()):
            deadline = None  # "hearing from you by Friday, December 4, as you mentioned": their date, said back
        if deadline is not None and not THEIR_DATE.search(s[: deadline.end()]):
            hits.append(("pushy", deadline))
        for code, m in hits:
            start = sentence.start + m.start()
            mention = code == "leverage" and len(hits) == 1 and _bare_mention(s)
            found.append(
                Finding(
                    "tone",
                    "warning" if code == "presumptuous" or mention else "error",
                    code,
                    f"'{m.group().strip()}' {_WHAT[code]}.",
                    (start, start + len(m.group())),
                    _ADVICE[code],
                )
            )
    return found
