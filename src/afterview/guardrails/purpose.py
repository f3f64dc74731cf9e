"""Purpose: the draft does its kind's job (SPEC 4).

- a thank-you thanks in its body (thank, thanks, grateful, appreciating them or the meeting); a subject line
  "Thank you for the interview" is a formula like a thanking sign-off: beside a warm body ("What a blast this
  morning!") it stands for the thanks, over a body that only pitches or asks for something it is the label of a
  thank-you, not one;
  one that is only warm ("it was a pleasure to meet you", "I appreciated hearing about X") never says it:
  an error too, with a message that names the warm words;
- a status check asks about the hiring decision or the timeline ("any update on the timeline?",
  "where things stand", "next steps"), not only about the team's project: an update asked about something
  else ("any update on the team's hybrid schedule") does not count, nor does "I wanted to check in on the
  role" alone: it announces a follow-up but asks nothing;
- a sign-off ("With thanks,") is a formula and "thank you in advance" thanks for an answer: neither is the
  thank-you a thank-you must hold;
- a feedback request acknowledges the decision and asks for feedback; offering to "share feedback"
  is not asking for it; asking them to reconsider, or calling the decision wrong, argues with it.

Errors: a message that does not do its job is not ready to send.
"""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.negative_targets import disputes_decision
from afterview.guardrails.purpose_feedback import asks_about_my_interview
from afterview.guardrails.purpose_follow_up import follows_up_on_role
from afterview.guardrails.text import Piece, sentences
from afterview.vocabulary import Kind

_THANKS = re.compile(
    r"\b(?:thank(?:s|ful| you)?|thankyou|thanx|thx|grateful|gratitude|mahalo|merci|gracias|danke|grazie|obrigad[oa]"
    r"|arigato|dank je|bedankt|tack|kiitos|xie xie|terima kasih|shukran|asante|cheers (?:\w+ )?for|ta for"
    # thanks said in the recipient's language: "Salamat, Marites, for the time today"
    r"|salamat|spasibo|dzi\u0119kuj\u0119|d\u011bkuji|takk|diolch|mul\u021bumesc|k\u00f6sz\u00f6n\u00f6m|hvala"
    r"|te\u015fekk\u00fcr\w*"
    r"|efharisto|dhanyavaa?d|shukriya|kamsahamnida|gamsahamnida|vinaka|dankie|ng\u0101 mihi (?:\w+ )?for)\b"
    # appreciation of them or of the meeting ("I appreciate your time", "appreciated you walking me through"),
    # not of a topic ("I appreciated hearing about your crits" thanks nobody)
    r"|\bappreciat\w* (?:(?:so |very |really )?much )?(?:your|you|the (?:time|chance|opportunity|conversation|chat"
    r"|interview|invitation|tour|welcome|insight|warm)|(?:our|the) (?:\w+ )?(?:conversation|chat|talk|meeting"
    r"|discussion|call)|having|being|meeting|speaking|talking|it\b)"
    r"|\b(?:much|greatly|really|truly|hugely) appreciated\b|\bowe you one\b"
    # appreciation said as a noun: "to express my sincere appreciation for organising today's interview", "convey
    # my appreciation for your time" (not "appreciation of the challenge": a topic)
    r"|\bappreciation (?:for|to you)\b"
    # South African thanks, opening a sentence: "Shot for the chat today" (not "a long shot for the role")
    r"|(?:^|(?<=\n)|(?<=[.!?] ))shot for\b",
    re.I,
)

# Warmth without the word: thanks only beside a thanking sign-off ("It was great talking with you" ... "Thanks again,").
_WARM = re.compile(
    r"\b(?:was|is|were) (?:(?:such|so much|really|truly|so) )?(?:(?:a|an) )?(?:(?:real|true|great|genuine|absolute) )?"
    r"(?:pleasure|treat|fun|joy|delight|privilege|honou?r)\b"
    r"|\bI (?:really |truly |thoroughly )?(?:enjoyed|loved) (?:meeting|talking|speaking|chatting|our|it)\b"
    # said without the "I", or as the day's best: "Loved talking Selenium with you", "What a blast this morning!",
    # "meeting you was the highlight of my week"
    r"|(?:^|(?<=\n)|(?<=[.!?] ))(?:really |truly )?(?:enjoyed|loved) (?:meeting|talking|speaking|chatting)\b"
    r"|\bwhat an? (?:\w+ )?(?:blast|treat|pleasure|joy|delight)\b|\bthe highlight of\b"
    r"|\bappreciat\w*\b"
    r"|\b(?:great|wonderful|lovely|good|nice|a pleasure) (?:talking|speaking|meeting|chatting|to (?:meet|talk|speak"
    r"|chat))\b"
    r"|\b(?:what|such) an? (?:great|wonderful|lovely|good|nice|fun) (?:chat|conversation|talk|meeting|afternoon"
    r"|morning)\b",
    re.I,
)

# What the hiring decision is called.
_DECISION = (
    r"(?:decision|decisions|developments?|movement|offer|deliberations?|shortlist|selection|recruitment|the panel"
    # "a sense of when you'll decide"
    r"|when (?:you|you'll|you\u2019ll|the team|the panel|they|they'll)(?: will| might| expect to| hope to| plan to)?"
    r" (?:decide|be deciding|make (?:a|the|your) (?:decision|call))"
    # "could you let me know when I will hear?": when the answer comes, asked from the candidate's side
    r"|when I(?:'ll|\u2019ll| will| might| can| could| should| may| am likely to| can expect to)?"
    r" (?:hear|get (?:an|a|the) (?:answer|decision|reply)|know)"
    r"|interviews|candidates|applicants|outcome of|results? of|competition|whether|timeline|timing"
    r"|time ?frame|time ?line|next steps?|status|update|updates|news|progress\w*|moving along|hear back"
    # "could you tell me if there is any chance at all": the chance of the role, which only a decision settles
    r"|(?:is|there's|there is|I (?:still )?(?:have|stand)) (?:still )?(?:any|a) (?:real )?chance"
    r"|outcome|answer|where (?:things|the process|you|the team|matters|I|my application) (?:stand|stands|are|is)"
    # "could you let me know how things stand?"
    r"|how (?:things|matters|the process|the search|my application) (?:stand|stands|are progressing|is progressing"
    r"|are going|is going|are looking|look)"
    r"|where (?:the|my) (?:[\w-]+ ){0,4}?(?:role|position|post|search|process|vacancy|opening|application|recruitment)"
    r" (?:stands|is at|is up to|has got to)"
    r"|the (?:hiring|interview"
    r"|selection|recruiting|search) process|(?:the )?process|my (?:application|candidacy)|the (?:role|position"
    r"|opening|search)|hiring|"
    # the role with its title, asked about as still open: "Is the coordinator role still open?"
    r"(?:role|position|post|job|vacancy|opening) (?:is |was )?still (?:open|available|live|vacant)|"
    # what is happening, asked about without a noun (not "what's going on with the migration": their project)
    r"what(?:'s|\u2019s| is) (?:going on|happening)(?! (?:with|on|at|in|to)\b)"
    # ... or with the role by its title: "what is happening with the Senior Composite Structures Engineer position"
    r"|what(?:'s|\u2019s| is) (?:going on|happening) with (?:the|my) (?:[\w-]+ ){0,6}?(?:role|position|post|job"
    r"|vacancy|opening|application|search|process)\b"
    # the choice of candidate asked about casually: "any word on who you're going with"
    r"|who (?:you(?:'re|\u2019re| are| will be|'ll be)|the (?:team|panel) (?:is|will be)|they(?:'re| are))"
    r" (?:going|going to go) with"
    r"|(?:expect|plan|hope|intend|aim)(?:s|ed|ing)? to (?:decide|make|reach|move|fill"
    r"|finali[sz]e)|decided"
    # their deciding asked about: "whether you've had a chance to decide on the junior role yet"
    r"|(?:chance|time) to decide|decide (?:on|about|between)"
    # the decision as a call made: "whether you've had a chance to make a call on the role" (not a phone call "to" or
    # "with" someone)
    r"|(?:make|made|making) (?:a|the|your|their|its|any) (?:final )?(?:call|decision|choice)(?! (?:to|with)\b)"
    r"|(?:another|a different) direction|moving forward|move forward|filled"
    # the role asked about as moving: "Has the Orbit Determination Analyst role moved forward?"
    r"|(?:moved|moves) (?:forward|ahead|along)"
    # how far the process has gone: "which stage the file has reached", "how far along the search is" (not "which
    # stage the barcode rollout has reached": their project)
    r"|(?:(?:which|what) (?:stage|step|point)|how far along)\b[^.?!]{0,30}?\b(?:application|file|candidacy|process"
    r"|search|selection|recruitment|decision|role|position|post|things|we))"
)
_ASK = re.compile(
    r"\?"
    r"|\b(?:wonder(?:ing|ed)?|curious|could you|can you|would you|might you|please (?:let me know|share|keep me|advise)"
    # asked bluntly or as a plea: "Please tell me the decision as soon as possible", "if there is any way you could
    # speed up the decision"
    r"|please (?:\w+ )?tell me|(?:any ?way|a way) (?:that )?you (?:could|can|might)"
    r"|(?:need|want|would like|'d like|like|hoping) to (?:know|hear|learn|find out|understand)|expect to hear|advise"
    r"|(?:see|check|confirm|find out|ask|know|learn|hear) (?:if|whether|when|where|how)"
    # "it would be courteous to at least confirm that my application is still being considered"
    r"|(?<!\bI )(?<!\bI will )(?<!\bI can )confirm that"
    r"|(?:if|when|whether) you (?:could|can|would|might)"
    r"|let me know|(?:would|'d) (?:\w+ly |also |really |still |just )?(?:love|like|appreciate|be grateful|welcome)"
    r"|I(?:'d| would) appreciate"
    # gratitude promised for the answer, with a word of degree: "If there's a decision, I'd be very grateful to hear it"
    r"|(?:would|'d) (?:still |also )?be (?:very |so |most |really |truly |extremely |deeply |enormously )?(?:grateful"
    r"|thankful) to (?:hear|know|learn)"
    r"|check(?:ing)? (?:in|on|back)|follow(?:ing)? up|following-up|touch(?:ing)? base|circl(?:e|ing) back|ask(?:ing)?"
    r"|inquir\w*|enquir\w*"
    # a request made as a statement: "to humbly request an update", "I would be delighted to learn of any updates"
    r"|request(?:ing)?|(?:would|'d) (?:\w+ )?be (?:\w+ )?(?:delighted|glad|happy|pleased) to (?:hear|know|learn"
    r"|receive)"
    # a reply asked for by what it would mean: "even a one-line reply about the decision would mean a lot"
    r"|(?:a|any|even a) (?:[\w-]+ )?(?:reply|response|answer|word|update)\b[^.?!]{0,40}\bwould (?:mean|help|be)"
    r"|any (?:updates?|news|word)|is there (?:any|an)|are there any|hoping to (?:hear|learn)|happy to hear|glad to hear"
    r"|(?:look|looking) forward to (?:hearing|learning|an update|news)|appreciate (?:knowing|an update|hearing|any)"
    r"|keep me (?:posted|updated|informed)|when (?:you|the team) (?:expect|plan|hope)|(?:grateful|thankful) for"
    r" (?:an|any) update)\b",
    re.I,
)
_DECISION_WORDS = re.compile(rf"\b{_DECISION}\b", re.I)
# "following up on my interview": the follow-up itself names the decision it waits for.
_FOLLOW_UP_ON = re.compile(
    r"\b(?:follow(?:ing)?[- ]up|check(?:ing)? in|touch(?:ing)? base)\b[^.?!]{0,60}\b(?:interview|application|candidacy"
    r"|conversation|role|position)\b",
    re.I,
)

# Their own words reported, not asked about: "since you mentioned a decision this week"
_REPORTED = re.compile(
    r"\b(?:since|as|because|given that|given) (?:you|they|he|she|the (?:team|panel))(?: had| have)?"
    r" (?:mentioned|said|told me|expected|hoped|planned|indicated|noted|explained|shared)\b[^,;.?!]*",
    re.I,
)

_ACKNOWLEDGE = re.compile(
    r"\b(?:(?:your|the|our) (?:[\w-]+ )?(?:message|email|e-mail|mail|note|call|letter|reply|phone call)|decision"
    r"|outcome"
    r"|news|result|update"
    # the outcome said as how it went: "sorry to hear it didn't work out", "sorry it wasn't to be"
    r"|(?:did not|didn't|didn\u2019t|has not|hasn't|won't|will not|wasn't|was not) (?:\w+ )?(?:work(?:ed)? out|to be"
    r"|go my way|come off)|sorry to hear"
    r"|let(?:ting)? me (?:know|no)|(?:but )?I (?:get|understand) it\b|inform(?:ing|ed)? me|telling me|hearing back"
    # (stop 58, blind44 after its run) the news taken lightly: "No worries at all about the role, totally get it!"
    r"|no worries (?:at all )?about|(?:totally|completely|fully|really) (?:get|understand) it\b"
    # "for taking the time to tell me personally", "sorry not to be joining the team"
    r"|(?:time|trouble|care) to (?:tell|call|write to) me|not (?:to )?be (?:joining|coming|working with)"
    r"|reaching out|getting back to me|not (?:be )?(?:moving|move) forward|not (?:been )?(?:selected|chosen)"
    r"|(?:another|other|a different) (?:candidate|direction|applicant)|(?:has|have|had) been filled|regret"
    r"|disappoint\w*|(?:understand|respect|accept) (?:your|the) (?:decision|choice)|closing the loop|went with"
    r"|chose|selected|unsuccessful|not successful|not the outcome"
    # "I understand you've decided to go another way", "went a different way"
    r"|(?:you|you've|you\u2019ve|you have|the team|they|they've|the panel) (?:\w+ )?decided"
    r"|(?:go|going|gone|went) (?:another|a different|the other) (?:way|route)"
    # the outcome met in the writer's own words: "so sad to hear this", "Bummer about the job", "a pity that I did
    # not get the function", and its words misspelt ("the decission", "dissapointed", "you're email")
    r"|(?:sad|sorry|gutted|bummed|devastated|upset|heartbroken|crushed|deflated) (?:to (?:hear|read|learn)|about)"
    r"|(?:bummer|pity|shame) (?:about|that)"
    r"|(?:did not|didn't|didn\u2019t|won't|will not) (?:\w+ )?get (?:the|this) (?:[\w-]+ ){0,4}?(?:job|role|position"
    r"|post|function|place|offer|spot)"
    r"|decis+ion|dis+ap+oint\w*|(?:you|you're|you\u2019re) (?:message|email|e-mail|mail|note|letter|reply)"
    # the news met as it came or as what it means (blind41, after its one run): "thank you for calling to tell me",
    # "thanks for phoning me", "thanks for the heads-up", "you have chosen another restorer", "I was hoping for a
    # different answer", "I hope the new person enjoys …", a reply of one word ("Understood, thank you.")
    r"|(?:calling|called|phoning|phoned|ringing|rang|writing|wrote|emailing|emailed) (?:me )?(?:\w+ )?to (?:tell|let)"
    r" me|(?:phon|call|ring)(?:ed|ing) me|heads[- ]up"
    r"|(?:chosen|picked|hired|appointed|offered it to) (?:another|someone|a different|the other)"
    r"|(?:a|the) different (?:answer|outcome|result)"
    r"|the (?:new|successful|other) (?:person|candidate|hire|appointee)"
    # (checks49) "the role went elsewhere", "I accept the panel's choice", "congratulations to whoever got it",
    # "Fair enough."
    r"|(?:went|gone|go|going) (?:elsewhere|to (?:someone|somebody|another|a different|the other))"
    r"|(?:accept|respect|understand|appreciate) (?:the|your|their) (?:panel's |panel\u2019s |team's |team\u2019s )?"
    r"(?:choice|decision|call|verdict|reasoning)"
    r"|congratulations to (?:whoever|the (?:successful|other|new|chosen))"
    r"|^[ \t]*(?:understood|noted|fair enough)(?=[,.!]))\b",
    re.I | re.M,
)
_FEEDBACK = re.compile(
    # (a learner's plural counts: "some feedbacks about my interview")
    r"\b(?:feedbacks?|advices?|suggestions?|pointers|insights?|thoughts|perspective|observations|recommendations"
    r"|areas (?:to|for|where I (?:could|can|might))|what I (?:could|might|can) (?:do|have done|improve|work on)"
    # what to work on, asked of their view: "anything from my interview that you think I should work on", "the
    # comments the panel made"
    r"|I (?:should|could|might|need to|ought to) (?:\w+ ){0,2}?(?:work on|improve|develop|strengthen|brush up)"
    r"|comments (?:the (?:panel|team|committee|interviewers)|you|they) (?:\w+ )?(?:made|had|noted|raised)"
    # "hear what I could've done better", "what I might have done differently"
    r"|what I (?:could|might|should)(?:'ve|\u2019ve| have) done"
    # "I would value your view on that, or on anything else I could do better"
    r"|your (?:own |honest |frank )?(?:view|views|opinion|take|honest read)"
    r"|anything (?:else )?I (?:could|might|can|should) (?:do|have done"
    r"|improve|work on|change)"
    # (an adverb of degree may sit inside: "what went most wrong", "where I went so wrong", "what I got badly wrong")
    r"|(?:what|everything|anything) I (?:did|got) (?:\w+ )?wrong|where (?:I|it|things) (?:went|got) (?:\w+ )?wrong"
    r"|what (?:\w+ )?went (?:\w+ )?(?:wrong|worst|badly|poorly|less well|least well)"
    r"|what (?:did not|didn't|didn\u2019t) (?:\w+ )?(?:work|go well|land|convince)"
    # how the interview went, asked plainly: "if you could tell me how bad it was", "how I came across"
    r"|how (?:bad|badly|well|poorly) (?:it|I|the interview|my interview) (?:was|went|did|came across|performed)"
    r"|how (?:I|my interview|the interview|my answers) (?:went|came across|did|compared|performed)"
    # the candidate's own work asked about, however long its name (checks49): "how my answers on catcher framing came
    # across", "how my rehair and head repair compared with what you hoped", "which parts of my profile were weakest",
    # "where I came up short", "how I can enhance my candidacy", "why I was not selected"
    r"|how my (?:[\w'-]+ ){1,6}?(?:went|came across|compared|measured up|landed|was received|were received|stood)"
    r"|(?:was|were) (?:the )?(?:weak|weakest|weaker|least convincing|least strong)|(?:came|come) up short"
    r"|how I (?:can|could|might) (?:enhance|improve|strengthen|develop) my|why I (?:was not|wasn't|wasn\u2019t|did not"
    r"|didn't|didn\u2019t) (?:\w+ )?(?:selected|chosen|successful|get|make|progress)"
    r"|(?:notes|comments|thoughts) (?:\w+ ){0,3}?(?:willing|able|happy) to share"
    # their offer taken up in the same sentence (stop 58): "You offered to share notes from the interview, and I'd
    # like that."
    r"|offer(?:ed)? to (?:share|send|pass on|give me) (?:me )?(?:\w+ )?(?:notes|feedback|comments|thoughts|impressions)"
    # their judgement of the candidate's work asked for in other words (blind41, after its one run): "any comments you
    # can offer on my bench test", "your honest assessment of both", "what you noticed about my bench test", "how it
    # looked from your side", "how my bench test was assessed"
    r"|comments? (?:\w+ ){0,4}?(?:on|about) (?:my|the) |(?:assessment|appraisal|critique|evaluation) of"
    r"|what (?:you|they|the (?:panel|team|committee|interviewers))(?: and (?:\w+\.? ){0,2}\w+)? (?:noticed|saw|observed"
    r"|made of|thought of|thought about) (?:about |of |in )?my\b"
    r"|how (?:it |that |my (?:\w+ ){1,2}?|the (?:\w+ ){1,2}?)(?:looked|came across|seemed|read) (?:from|to)"
    r" (?:your|you)\b"
    r"|how my (?:\w+ ){1,3}?(?:was|were) (?:assessed|judged|evaluated|scored|marked|graded|rated|seen)\b"
    r"|how I (?:could|might|can) (?:improve|strengthen|grow|do better|have)|where I (?:fell short|could improve"
    r"|could have)|what (?:stood out|held me back|tipped|made the difference|would have made)|improve|stronger"
    # what weighed: "if that, or anything else, influenced the decision, I would be grateful to hear it"
    r"|(?:influenced|affected|shaped|swayed|tipped|weighed (?:in|on)|played (?:a|any) (?:\w+ )?(?:part|role) in)"
    r" (?:the|your|their|its) (?:final )?(?:decision|outcome|choice)"
    # their judgement of the candidate asked about: "where you felt I was less strong", "what the committee felt was
    # missing in my profile", "what you thought I could have shown"
    r"|(?:where|what|which|how) (?:the (?:panel|team|committee|interviewers|hiring team|board)|you|they) (?:\w+ )?"
    r"(?:felt|thought|found|saw|judged) (?:that )?(?:I (?:was|were|am|could|should|did|fell|came|lacked|needed)"
    r"|(?:was|were) (?:missing|lacking|weak|thin|unconvincing))"
    # what they could tell, asked for plainly in a feedback request: "anything you can tell me would mean so much"
    r"|anything (?:(?:else )?(?:you|the panel|they) (?:can|could|might|are able to) (?:tell|share with|say to) me)"
    # what they found lacking in the interview: "anything in my answers, or in my experience, that you felt was missing"
    r"|(?:(?:that|which) )?(?:you|the panel|they|the team|the interviewers) (?:\w+ )?(?:felt|thought|found|saw)"
    r" (?:as |was |were )?(?:missing|lacking|weak|thin|unconvincing)"
    r"|deciding factors?|(?:the|any|their|your|its) reasons? (?:for|behind)|the reasoning"
    # the reasons asked for bare (checks50): "Could you explain what the reasons were?", "could you share your
    # reasons?", "I would value knowing why", "what the panel saw as the main gap in my profile"
    r"|(?:share|give|explain|tell me|know|understand|hear|learn) (?:\w+ ){0,2}?(?:the|your|their|its) reasons?"
    r"|what the reasons? (?:were|was|are|is)|(?:knowing|know|understand|learn|hear) why"
    r"|(?:gaps?|weakness(?:es)?|shortcomings?) in my"
    # the reasons asked for with the outcome as their clause: "the specific reasons I was not selected"
    r"|reasons? (?:why |that )?I (?:was not|wasn't|was n't|did not|didn't|have not|haven't) (?:\w+ )?(?:selected|chosen"
    r"|successful|progress|move|get|make)"
    r"|what (?:led to|drove|decided) (?:the|your) decision"
    r" candidate)\b"
    # what to work on, without the word: "one or two things I could strengthen", "points I might work on"
    r"|\b(?:points?|things?|ways?|aspects?|tips|lessons|areas?|gaps?|weaknesses|shortcomings)\b[^.?!]{0,30}\b(?:I|we)"
    r" (?:could|might|can|should)"
    r" (?:work on|improve|strengthen|develop|focus on|do better|have done (?:better|differently)|close|address"
    r"|fill)\b"
    r"|\b(?:could|might|should) have done (?:better|differently)\b"
    # (a relative clause may sit between: "any comments the panel had on my interview", "notes you took on my answers")
    r"|\b(?:comments?|notes|views|reflections|remarks|observations)(?: (?:that |which )?(?:the panel|the team|you|they"
    r"|the interviewers|[A-Z]\w+)(?: \w+)? (?:had|have|made|took|formed|noted))? (?:on|about) (?:my|how I)"
    r" (?:answers?|interview|application|presentation"
    r"|performance|case study|answered|did|came across|candidacy|candidature)"
    # their view asked for, without the word: "willing to share its view", "a few written comments"
    r"|\b(?:share|give|offer) (?:its|their|your|the panel's|any) (?:views?|view of|assessment|impressions?|reading)\b"
    r"|\b(?:written|brief) comments\b|\bcomments (?:from|of) the panel\b"
    # their impression asked for: "whether that matches your impression"
    r"|\b(?:your|the panel's|their|the team's) (?:own )?impressions?\b"
    # how they compared: "what the other candidate brought that I didn't", "what set the successful one apart"
    r"|\bwhat (?:the (?:successful|other|chosen|winning|final) (?:candidate|applicant|person|one)|they|he|she)"
    r" (?:\w+ )?(?:offered|had|brought|did|showed) (?:that|which) I (?:did not|didn't|could not|couldn't|lacked)\b"
    r"|\bwhat set (?:the|them|him|her) (?:\w+ )?(?:candidate |applicant )?apart\b"
    r"|\bhow I compared\b"
    # what they found lacking: "what the panel felt I was missing", "what I lacked"
    r"|\bwhat (?:[\w'\u2019-]+ ){0,4}?I (?:was|am|might be|may be) (?:missing|lacking)\b|\bwhat I lacked\b"
    # how to do it better: "how I might present my plant experience better next time"
    r"|\bhow I (?:could|might|can|should) \w+ (?:[\w'-]+ ){0,5}?(?:better|differently|more (?:clearly|convincingly"
    r"|effectively|strongly))\b"
    # what told against the writer, asked in any order: "what could I have done better?", "was there one thing that
    # held me back?", "how I came across"
    r"|\bwhat (?:could|should|might|can) I (?:have )?(?:done|do|improve|change|work on|prepare)\b"
    r"|\b(?:held|holding|kept|keeping) me back\b|\b(?:counted|worked|weighed|told) against me\b"
    r"|\btipped (?:it|the balance|things)\b|\b(?:fell|falls) (?:flat|short)\b|\bhow I (?:came|come) across\b"
    r"|\bhow I (?:did|performed|interviewed|presented)\b"
    r"|\bwhat (?:the|your|their) (?:decision|choice) (?:was|is) based on\b"
    r"|\bthe basis (?:of|for) (?:the|your) decision\b"
    # "whether that came across as relevant, or whether there is something else I should have emphasised"
    r"|\b(?:came|come|comes) across\b|\bI (?:should|could|ought to) have (?:\w+ly )?(?:[a-z]{3,}ed|done|said|shown"
    r"|brought|put|made|spent)\b"
    # the decision's reasons asked for, however bluntly: "an explanation of why I was not selected"
    r"|\b(?:explanation|explain|account|justification) (?:of |for )?(?:the (?:decision|outcome|choice)|your decision"
    r"|why I (?:was|wasn't|was not|did not|didn't|have not|haven't))",
    re.I,
)
# Their offer of feedback taken up in the next sentence: "... for the offer to share feedback. I'd love that."
_ACCEPT = re.compile(
    r"^\W*(?:yes,? )?(?:I(?:'d| would) (?:\w+ )?(?:like|love|welcome|appreciate|value) (?:that|it|this)|I(?:'d| would)"
    r" (?:\w+ )?(?:like|love) to take you up on|(?:yes,? )?please"
    # "I would find it very useful": the offer welcomed by what it would be worth
    r"|I(?:'d| would) (?:\w+ )?(?:find|consider) (?:that|it|this) (?:\w+ )?(?:useful|helpful|valuable|invaluable))\b",
    re.I,
)
# Arguing with the decision: asking them to reconsider it (pressure) ...
_RECONSIDER = re.compile(
    r"\b(?:could|would|might|please|to|will) (?:you |the (?:panel|team|committee) )?(?:possibly |kindly |please )?"
    r"reconsider\b"
    # asking them to look again: "look at my application again", "take another look at my candidacy"
    r"|\b(?:look|looking) (?:again )?(?:at|over) my (?:application|candidacy|file|case|CV|résumé|resume)"
    r" (?:again|once more|a second time)\b|\b(?:another|a second|a fresh) look at my (?:application|candidacy|file)\b"
    r"|\brevisit(?:ing)? (?:the|your|this|that) decision\b|\bre-?(?:review|evaluate|assess|consider)(?:ing)? my"
    r" (?:application|candidacy)\b",
    re.I,
)
# ... or saying it was wrong (a dispute); "I am not surprised by the outcome" accepts it.
_DISPUTE = re.compile(
    r"(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:puzzled|baffled|confused|surprised|shocked) (?:by|at) (?:it|the"
    r" (?:decision|outcome)|your decision)\b|\b(?:disagree|do not agree|don't agree) with (?:the|your)"
    r" (?:decision|outcome|assessment)\b|\b(?:the|your) decision (?:was|is|seems) (?:wrong|a mistake|unfair|hasty)\b",
    re.I,
)
_ARGUE = re.compile(f"{_RECONSIDER.pattern}|{_DISPUTE.pattern}", re.I)
# Offering feedback is the opposite of asking for it.
_OFFER_FEEDBACK = re.compile(
    r"\bI(?:'d|'m| would be| am| will| can| could)? (?:happy|glad|willing|eager|keen)?\s*(?:to )?(?:share|give|provide"
    r"|offer|send) (?:you )?(?:any |my |some |more )?(?:own )?(?:feedback|thoughts|suggestions|perspective)\b",
    re.I,
)
_FEEDBACK_ASK = re.compile(
    r"\?|\bI (?:need|want)\b|\b(?:useful|valuable)\b|"
    # (an adverb or two between: "I would still like", "I'd really very much like")
    r"\b(?:would|could|can|might) you|\b(?:would|'d) (?:(?:\w+ly|still|also|so|very|much|greatly|truly|nevertheless"
    r"|nonetheless|however|therefore) ){0,2}"
    r"(?:love|like|appreciate|be grateful|welcome|value)|"
    r"\bappreciat(?:e|ive)|\bgrateful|\bthankful|\bobliged|\bwelcome"
    r"|\b(?:would|'d) be (?:\w+ )?(?:glad|happy|interested) to (?:know|hear"
    r"|learn)\b"
    r"|\bif you (?:\w+ )?(?:have|could|can|are able|were able|would|might|had)"
    r"|\bopen to"
    r"|\bplease|\bvalue (?:any|your)|\bhelp(?:ful)?|\bhoping|\bwonder|\bask|\bcurious"
    r"|\bany (?:[\w-]+ )?(?:feedback|advice|thoughts|insights?|suggestions|pointers)"
    # "I am begging you to tell me", "anything you could share": asked without a polite formula
    r"|\b(?:tell|show|explain to) me\b|\byou (?:could|can|might|would be able to|are able to) share\b"
    r"|\b(?:I'm|I\u2019m|I am) (?:\w+ )?interested in (?:how|what|where|why|which)\b"
    r"|\banything (?:you|the panel|they)\b[^.?!]{0,40}\b(?:could|can|might) share\b"
    # a demand is still the ask (its tone is the tone check's): "I'd expect at least a short explanation"
    r"|\bI(?:'d|\u2019d| would| do)? (?:\w+ )?expect\b",
    re.I,
)


# A sign-off line ("With thanks,", "Many thanks,", "Best regards,"): a formula, not a thank-you.
_VALEDICTION = re.compile(
    r"^[ \t]*(?:with |many |warm |warmest |all my |my )?(?:thanks|thank you|gratitude|appreciation)(?: again)?,[ \t]*$",
    re.M | re.I,
)
# Gratitude promised for a favour asked: "I would be forever grateful if you could help": a plea, not thanks.
_WOULD_BE_GRATEFUL = re.compile(
    r"\b(?:I|I'd|I\u2019d)(?: would| will|'ll)? (?:be|remain) (?:\w+ )?(?:grateful|thankful)\b"
    r"(?! for (?:the|your|our|today|meeting|speaking|talking|taking))",
    re.I,
)
# Thanks for what they have not done yet: thanks for an answer, not for the interview.
_IN_ADVANCE = re.compile(
    r"\b(?:thank you|thanks|grateful)(?: so much)? in advance\b|\bappreciate (?:a|your) (?:quick|prompt)\b", re.I
)
# What an update may be asked about: the decision, its timing, the role, the application, the next stage.
# A role that is a stint of training: asking for news of 'the internship' asks about the decision.
_PLACEMENTS = "internship|apprenticeship|placement|traineeship|fellowship"
_DECISION_CORE = re.compile(
    r"\b(?:decision|decisions|timeline|timing|time ?frame|role|position|application|candidacy|process|hiring"
    r"|next steps?|search|opening|selection|status|shortlist|outcome|offer|where things stand|recruitment|vacancy"
    rf"|job|{_PLACEMENTS}|post|decide|decides|deciding|appointment|appointments|hire"
    # the role said informally, or the news asked of their side: "the apprentice spot", "the supervisor gig"
    r"|spot|gig|slot|seat|place|(?:your|their|the team's) (?:side|end)"
    # where the search stands, said casually: "any update on where things are at", "where you're at with it"
    r"|where (?:things|it|you|you're|you\u2019re|the team) (?:are |is |stand |sit )?(?:at|now|stand|sit)"
    # the process's next stage: "any update on the site visit", "news about the final round"
    r"|site visit|(?:next|second|third|final|last) (?:round|stage|interview)s?|reference checks?|trial (?:shift|day)"
    r"|assessment (?:day|centre|center)"
    # a task of the process: "any news on the take-home brief", "an update on the case study"
    r"|take[- ]home|case stud(?:y|ies)|work samples?"
    r"|(?:technical|written|skills|practical|coding|design) (?:[\w-]+ )?(?:test"
    r"|exercise|task|assessment|challenge))\b",
    re.I,
)
# An ask aimed at something else: "any update on the team's hybrid schedule", "hear more about it".
_OTHER_ASK = re.compile(
    r"\b(?:update|updates|news|progress|more|details?|information|info)\s+(?:on|about|regarding|of|around)\s+"
    r"(?P<obj>[^.?!;]+)",
    re.I,
)


def _asks_elsewhere(text: str) -> bool:
    """Whether the sentence asks about something other than the decision ('the team's hybrid schedule')."""
    if not _ASK.search(text):
        return False
    m = _OTHER_ASK.search(text)
    return m is not None and not _DECISION_CORE.search(m.group("obj"))


_EXPLICIT = re.compile(
    r"\?|\b(?:decision|decided|timeline|timing|time ?frame|next steps?|update|updates|news|where things stand|status"
    r"|progress|outcome|hear back|answer|where I stand|where (?:[\w-]+ ){1,3}stands?)\b",
    re.I,
)


# An answer demanded by a date: pushy (the tone check says so), but it does ask about the decision.
_DEMAND = re.compile(
    r"\b(?:if|unless) I (?:do not|don't|haven't|have not|do) (?:hear|heard)(?: back)?(?: from you)?"
    r" (?:by|before|within)\b"
    r"|\b(?:need to|must|have to|expect to) hear(?: back)?(?: from you)? (?:by|before|within)\b"
    # the decision asked as a yes or no: "a quick yes or no would really help me plan"
    r"|\b(?:a|any|your) (?:quick |short |simple |clear )?yes or (?:a )?no\b"
    r"|\bneed (?:an answer|a decision|your decision|a reply|a response) (?:by|before|within)\b"
    # "need an answer on the role ASAP", "I'd appreciate a reply by the end of the week"
    r"|\b(?:need|want|expect|require|appreciate|need to have) (?:an?|your) (?:(?:firm|clear|final|definite|quick"
    r"|definitive) )?(?:answer|decision|reply|response|update"
    r"|yes or (?:a )?no)"
    # (a role's full title may stand between: "a decision on the Senior Treaty Underwriter, Property Catastrophe
    # role by Thursday")
    r"\b[^.!?]{0,80}\b(?:ASAP|as soon as possible|urgently|by|before|within|this (?:week|month)|today|tomorrow"
    # "a reply this week, one way or the other": the answer is the decision, whichever it is
    r"|one way or (?:the )?other|either way)\b"
    # "that you can give me an answer this week", "would be amazing to hear something soon"
    r"|\b(?:give me|get|have|receive) (?:an?|your) (?:answer|decision|reply|response)\b[^.!?]{0,30}\b(?:ASAP|soon"
    r"|by|before|within|this (?:week|month)|today|tomorrow)\b"
    # a reply asked for as such: "I would appreciate the courtesy of a reply", "even a quick no would help"
    r"|\b(?:appreciate|welcome|be grateful for|request|ask for|expect) (?:\w+ ){0,3}?(?:a|your|any) (?:\w+ )?(?:reply"
    r"|response|answer)\b|\beven a (?:quick |short |simple |one-line |brief )?(?:no|yes|reply|answer|response|line)\b"
    r"|\bhear (?:something|anything|back|news)\b[^.!?]{0,20}\b(?:soon|this week|shortly|by|before)\b"
    # the answer demanded as a need to know: "I really need to know one way or the other as soon as possible"
    r"|\b(?:need|have|must) to know\b[^.!?]{0,30}?\b(?:one way or (?:the )?other|either way|ASAP|as soon as possible"
    r"|by (?:the end of )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next week|this week))\b",
    re.I,
)


# News of the role itself asked for: "Any word on the CSM role?", "any news about my application"
_ROLE_NEWS = re.compile(
    r"\b(?:any (?:word|news|updates?|progress|movement)(?: yet)?|let me know|tell me|update me) (?:on|about|regarding"
    r"|with) (?:the|my|your) (?:[\w()&/,-]+ ){0,6}?"
    rf"(?:role|position|post|job|application|vacancy|opening|candidacy|appointment|{_PLACEMENTS}|spot|gig|place)\b"
    # still waiting on it: "I am still waiting to hear about the Head of Binding position"
    r"|\b(?:waiting|wait|hoping|keen|eager)(?: \w+){0,2}? to hear (?:back )?(?:from you )?(?:about|on|regarding)"
    rf" (?:the|my) (?:[\w()&/,-]+ ){{0,6}}?(?:role|position|post|job|application|vacancy|opening|candidacy"
    rf"|{_PLACEMENTS})\b",
    re.I,
)


# The decision asked for without naming it: "could you let me know by Friday either way?"
_EITHER_WAY = re.compile(
    # (a hope to hear either way asks it; "it would have been nice to hear either way" reproaches the silence)
    r"\b(?:let me know|tell me|update me|hear from you|(?:grateful|glad|happy|pleased|like|love|hope|hoping) to hear"
    r"(?: back)?|an answer)\b[^.!?]{0,40}?\b(?:either way"
    r"|one way or (?:the )?other|whether or not I"
    r"|if I(?:'ve|\u2019ve| have)? (?:been successful|got it|got the (?:role|job|position)|made it))",
    re.I,
)


# What a 'whether' asks about the candidate's chances: "whether I have been successful", "whether the role is filled".
_WHETHER_MINE = re.compile(
    r"\b(?:I|I'm|I\u2019m|I've|I\u2019ve|me|my|you(?:'ve|\u2019ve| have)? (?:decided|made|reached|chosen|filled)"
    r"|(?:a|the|any|your|its|their) (?:final )?(?:decision|choice|call|selection)"
    r"|(?:been|be) (?:made|decided|filled|chosen|selected|shortlisted)|successful|still (?:being )?considered"
    r"|still in)\b",
    re.I,
)


def _whether_only(text: str) -> bool:
    """Whether 'whether' is the sentence's only word of the decision and asks about something else: "to ask whether
    the relocation support covers a temporary flat" asks about the move, not the decision."""
    hits = {m.group().lower() for m in _DECISION_WORDS.finditer(text)}
    if hits != {"whether"}:
        return False
    after = text[text.lower().index("whether") :]
    return not (_DECISION_CORE.search(after) or _WHETHER_MINE.search(after))


# A hope to hear, said as a close: "I look forward to hearing from you", "hope to hear back soon" asks nothing unless
# the sentence names what it waits for ("... hearing about next steps").
_HOPE_TO_HEAR = re.compile(
    r"\b(?:hope|hoping|look(?:ing)? forward|trust I(?:'ll|\u2019ll| will)|await(?:ing)?)\s+(?:to\s+)?hear(?:ing)?"
    r"(?: back)?(?: from you)?(?: (?:soon|shortly|in due course|before long|again))?\b",
    re.I,
)


def _asks_decision(text: str) -> bool:
    if _HOPE_TO_HEAR.search(text) and not _DECISION_CORE.search(text) and "?" not in text:
        return False  # "I hope to hear back from you soon": a close, not a question
    if _DEMAND.search(text) or _ROLE_NEWS.search(text) or _EITHER_WAY.search(text):
        return True
    if not (_ASK.search(text) and _DECISION_WORDS.search(text)) or _whether_only(text):
        return False
    follow = _FOLLOW_UP_ON.search(text)
    rest = _REPORTED.sub(" ", text[follow.end() :]) if follow is not None else ""
    asked_after = bool(_ASK.search(rest) and _DECISION_WORDS.search(rest))  # '…, to ask whether the selection …'
    if (
        follow is not None
        and "?" not in text
        and not asked_after
        and not _EXPLICIT.search(_REPORTED.sub(" ", text[follow.start() :]))
    ):
        # "I wanted to check in on the position": a follow-up, which counts only if it asks something more; "you
        # mentioned a decision by the 18th, so I wanted to check in on the role" reports their date and asks nothing
        return False
    if _asks_elsewhere(text):
        # "check in on the position and see if there is any update on the hybrid schedule": the update
        # asked for is the schedule's; the decision words only name the role
        m = _OTHER_ASK.search(text)
        before = text[: m.start()] if m else text
        return bool(re.search(r"\?|\b(?:decision|timeline|timing|next steps?|where things stand)\b", before, re.I))
    return True


def _follow_up_alone(said: list[Piece]) -> bool:
    """A follow-up on the role ("just checking in again on the Supply Chain Planner role") asks about the decision
    when the message asks nothing else; beside a question about their project it is that question's preamble."""
    elsewhere = any(("?" in s.text and not _DECISION_CORE.search(s.text)) or _asks_elsewhere(s.text) for s in said)
    return not elsewhere and any(follows_up_on_role(s.text) for s in said)


def _asks_feedback(said: list[Piece]) -> bool:
    """Whether a sentence of its own asks for feedback: one that argues ("reconsider, or at least explain what I
    lacked") or disputes the decision does not count."""
    for n, s in enumerate(said):
        if _ARGUE.search(s.text):
            continue
        text = _OFFER_FEEDBACK.sub(" ", s.text)
        if disputes_decision(text):
            continue  # "... what they offered that I did not, because I was the strongest": an argument
        if (_FEEDBACK.search(text) or asks_about_my_interview(text)) and _FEEDBACK_ASK.search(text):
            return True
        if _FEEDBACK.search(text) and n + 1 < len(said) and _ACCEPT.match(said[n + 1].text):
            return True  # their offer, accepted
    return False


def argument_beside_ask(draft: Draft) -> tuple[str, re.Match[str]] | None:
    """In a feedback request that does ask for feedback, the words that argue with the decision, and how: no
    purpose fault then (the message does its job), but pressure ('reconsider', the tone check's) or a dispute
    ('surprised by the decision', the negativity check's)."""
    if draft.kind is not Kind.feedback_request:
        return None
    argue = _ARGUE.search(draft.body)
    if argue is None or not _asks_feedback(sentences(draft.body)):
        return None
    reconsider = _RECONSIDER.search(draft.body)
    return ("reconsider", reconsider) if reconsider else ("dispute", argue)


def _purpose(code: str, message: str, advice: str) -> Finding:
    return Finding("purpose", "error", code, message, None, advice)


def check_purpose(draft: Draft, ctx: CheckContext) -> list[Finding]:
    body = draft.body
    if draft.kind is Kind.thank_you:
        said_thanks = _IN_ADVANCE.sub("", _VALEDICTION.sub("", body))
        said_thanks = _WOULD_BE_GRATEFUL.sub("", said_thanks)
        warm = _WARM.search(said_thanks)
        # a thanking subject line is a formula like a thanking sign-off: it stands for the thanks only beside warmth
        subject_thanks = _THANKS.search(_IN_ADVANCE.sub("", draft.subject or ""))
        if _THANKS.search(said_thanks) or (warm and (_VALEDICTION.search(body) or subject_thanks)):
            return []
        advice = "Thank them for their time and the conversation, e.g. 'Thank you for taking the time to …'."
        if warm:  # "it was a pleasure to meet you": warm, but the thanks is what the reader looks for
            return [
                _purpose("no_thanks", f"'{warm.group()}' is warm, but this thank-you never says thank you.", advice)
            ]
        return [_purpose("no_thanks", "This thank-you never thanks them.", advice)]
    said = sentences(body)
    if draft.kind is Kind.status_check:
        asks = any(_asks_decision(s.text) for s in said) or _follow_up_alone(said)
        if not asks:
            return [
                _purpose(
                    "no_status_question",
                    "This status check never asks about the hiring decision or the timeline.",
                    "Ask warmly whether there is an update on the timeline for the role.",
                )
            ]
        return []
    if draft.kind is Kind.feedback_request:
        found = []
        if not _ACKNOWLEDGE.search(body):
            found.append(
                _purpose(
                    "no_acknowledgement",
                    "This feedback request does not acknowledge their decision.",
                    "Thank them for letting you know about the decision.",
                )
            )
        argue = _ARGUE.search(body)
        asks = _asks_feedback(said)
        if argue is not None and not asks:
            found.append(
                _purpose(
                    "argues_decision",
                    f"'{argue.group()}' argues with their decision where a feedback request accepts it and asks to"
                    " learn.",
                    "Accept the decision graciously, then ask what would have made you a stronger candidate.",
                )
            )
        elif not asks:
            found.append(
                _purpose(
                    "no_feedback_question",
                    "This feedback request never asks for feedback.",
                    "Ask whether they could share any feedback on your interviews that would help you improve.",
                )
            )
        return found
    return []
