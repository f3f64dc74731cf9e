"""The candidate's own wait told as a grievance (negative_targets' process_complaint): time spent waiting on the
day, a schedule that slipped, an inbox refreshed all week, a wish to get it over with, a promise passed. Someone
else's wait ("with riders waiting ten minutes at peak") is the team's problem, not a complaint."""

from __future__ import annotations

import re

from afterview.guardrails.gate import gated

_SPAN = (
    r"(?:(?:most|much|part|all|half) of )?(?:over |nearly |almost |more than |about |at least |the better part of )?"
)
_LONG = (
    rf"{_SPAN}(?:an hour|a full hour|half an hour|hours|two hours|an? (?:\w+ )?(?:morning|afternoon|day)"
    r"|the (?:whole )?"
    r"(?:morning|afternoon|day)|(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five|fifty|ninety) minutes)"
)
_WAIT = gated(
    # time spent waiting on the day: "spent most of an hour waiting in reception", "waited forty minutes"
    rf"\b(?:spent|spend|sat|sitting|stood|standing|killed|kept|left) (?:\w+ )?{_LONG}(?: or so)? "
    r"(?:waiting|in (?:the )?"
    r"(?:reception|lobby|waiting room|corridor))\b"
    rf"|\b(?:waited|waiting|kept waiting|left waiting|sat waiting|left sitting) (?:(?:around|there|in (?:the )?\w+)"
    rf" )?(?:for )?{_LONG}\b"
    # a schedule that slipped, more than once or late
    r"|\b(?:schedule|start|interview|interviews|call|meeting|session|panel|slot|timeline|date|day)s? (?:\w+ )?"
    r"(?:slipped|slipping|slid|(?:ran|running|run|runs) (?:late|over|behind)|(?:started|starting) late"
    r"|kept (?:slipping|changing|moving|shifting)|(?:was|were|got|getting|being|been) (?:delayed|pushed(?: back)?"
    r"|moved|bumped|rescheduled)) (?:twice|again|three times|repeatedly|yet again|several times|more than once"
    r"|by (?:an hour|\w+ minutes|hours|half an hour))"
    r"|\b(?:slipped|slid|ran late|started late) (?:twice|three times|repeatedly|again and again|more than once)\b"
    # waiting watched anxiously: "refreshing my inbox all week", "checking my email every hour"
    # (how long it has gone on is the grievance; "I keep checking my inbox hoping for good news" or "I'll be
    # checking my email every hour" is eagerness or pleading: the tone check's)
    r"|\b(?:been|kept|have|I've|had) (?:\w+ )?(?:refreshing|refreshed|checking|checked|watching|staring at|glued to)"
    r" (?:my |the )?(?:inbox|e-?mail|mail|phone|portal|applicant portal|page)(?: \w+)? (?:all (?:week|day|weekend"
    r"|morning|month)|every (?:day|hour|morning|few (?:minutes|hours))|for (?:days|weeks|a week|a fortnight)"
    r"|constantly|non-?stop|obsessively|daily|since)"
    # the wish to have it over: "to get this one wrapped up", "get it over with"
    r"|\bget (?:this|it|things) (?:one )?(?:wrapped up|over with|done with|finally over)\b"
    r"|\black of (?:any )?(?:word|news|reply|replies|contact|feedback|follow-?up)\b"
    # patience told as spent: "as I have been patient for nearly a fortnight", "I've waited patiently"
    r"|\b(?:have|'ve|\u2019ve|had) been (?:very |more than |extremely |incredibly |quite )?patient\b"
    r"|\b(?:waited|waiting) (?:very |so )?patiently\b"
    # a wait told as a letdown: "disappointing to wait two weeks only to get a short email"
    r"|\b(?:disappointing|frustrating|hard|tough|annoying|discouraging) to (?:wait|hear nothing|be kept waiting)\b"
    r"|\b(?:wait|waited|waiting|weeks|days)\b[^.!?]{0,60}\bonly to (?:get|receive|hear|be told|find out|learn)\b"
    # someone late on the day: "the recruiter was twenty minutes late"
    r"|\b(?:was|were|arrived|started|turned up|joined|showed up|ran|came) (?:\w+ ){0,2}?(?:\d+|five|ten|fifteen|twenty"
    r"|thirty|forty|forty-five|an hour|half an hour|half hour|hour)(?: minutes)? late\b"
    # how long it has taken, and a promise passed: "considering how long this has taken", "that was a month ago"
    r"|\b(?:considering|given|seeing|after) how long (?:this|it|the process|things|everything) (?:has|have|is) (?:taken"
    r"|been taking|dragged on|gone on)\b"
    r"|\b(?:told|said|promised|assured|informed)\b[^.!?]{0,70}\b(?:and|but) (?:that|this) was (?:\w+ )?(?:a|two|three"
    r"|four|five|six|several|\d+) (?:weeks?|months?|days?) ago\b"
    r"|\bleft (?:me |us )?(?:waiting|in limbo)\b"
    r"|\b(?:(?:haven't|hasn't|hadn't)|(?:have|has|had) (?:still |yet )?not) (?:yet |still )?had (?:a|any) (?:reply"
    r"|response|answer|word|update)\b"
    r"|\b(?:I'd|I would|I had) (?:have )?(?:expected|hoped for) (?:some|a|an|any) (?:news|reply|update|decision|answer"
    r"|word)\b(?! (?:in|by|around|at|on|from|within) )"
    # the day's own lateness: "the panel started two hours late", "we were running hours behind schedule" (not "the
    # sensor events that arrive hours late": the lateness of their data is their problem, a topic)
    r"|\b(?:interviews?|calls?|meetings?|panels?|sessions?|visits?|tours?|tests?|assessments?|exercises?|schedule|start"
    r"|day|replies|reply|responses?|answers?|decision|e-?mails?|everything|things|it|we|you|they|he|she"
    r"|I|recruiters?|interviewers?|managers?)\b(?: \w+){0,3}? (?:minutes|an hour|hours|half an hour)"
    r" (?:behind schedule|behind time|late)\b"
    r"|\b(?:a (?:long time|lot|while)|(?:too )?long) for a (?:simple|quick|straightforward|one-line)\b"
    # the answer asked for as the least they could manage: "even a simple yes or no would do" (not "probabilities
    # rather than a simple yes or no", a subject of the interview)
    r"|\b(?:even|just|only) a (?:simple|quick|short) yes or no\b|\ba (?:simple|quick) yes or no (?:would|will|is)\b"
    r"|\b(?:role|position|job|vacancy|opening) (?:is|was) (?:even |still |ever |really )*(?:real|genuine|open at all)\b"
    # (their slip, not the writer's own: "which I forgot to mention at the interview" is an admission)
    r"|\b(?<!\bI )(?<!\bwe )(?<!\bI also )(?<!\bI completely )(?<!\bI quite )"
    r"(?:forgot|failed|neglected|didn't bother|did not bother) to (?:send|tell|give|let|inform|share|mention|pass on"
    r"|confirm|reply)\b"
    # the wait conceded with a jab: "thanks for letting me know, even if it took a while to hear back"
    r"|\b(?:even if|even though|although|though|despite|if)\s+(?:it|that|this)\s+(?:took|has taken|had taken|takes"
    r"|was taking)\s+(?:\w+ )?(?:a while|some time|a long time|so long|longer|ages|weeks|a month|time)\b[^.!?]{0,20}?"
    r"\b(?:to hear|to get|to reply|to respond|to decide|to come|for (?:a|the|an|any) (?:reply|answer|decision|response"
    r"|news))"
    r"|\bnone the wiser\b|\b(?:expected|hoped for|thought I(?:'d| would) have) (?:a decision|an answer|news|an update"
    r"|a reply|to hear(?: back)?)\b[^.!?]{0,25}\b(?:before now|by now|sooner|earlier|already)\b"
    r"|\b(?:been|was|got|gets|get) (?:\w+ )?(?:forgotten|lost in the shuffle|fallen through the cracks)"
    r"|\b(?:fallen|fell|slipped|slip) through the cracks\b"
    r"|\bmy (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:e-?mail|message|note|attempt|follow-?up|try|request)\b"
    # the waiting called disheartening: "it's disheartening to be left waiting"
    r"|\b(?:disheartening|discouraging|demorali[sz]ing|dispiriting|deflating|upsetting|nerve-?wracking)\b"
    # silence and its length as the grievance: "two weeks of silence", "the silence since", "felt long"
    r"|\b(?:days|weeks?|a month|months|a fortnight) of (?:silence|radio silence|no (?:news|word|reply|contact))\b"
    r"|\b(?:radio silence|the silence (?:since|after|from))\b"
    r"|\b(?:the )?(?:wait|waiting|silence|process) (?:felt|seemed|was) (?:very |rather |quite |a bit |so |really )?"
    r"(?:long|endless|like (?:forever|an eternity|ages)|excessive|drawn[- ]out)\b(?! (?:overdue|awaited|ago|enough)\b)"
    r"|\b(?:it|that|this) felt (?:very |rather |quite |a bit |so |really )?(?:long|endless|like (?:forever|an eternity"
    r"|ages))\b(?! (?:overdue|awaited|ago|enough)\b)"
    # the wait held against what they said, or excused with a jab: "I've been waiting to hear back, even though the
    # team said they needed someone fast", "the department has bigger fires to put out than hiring"
    r"|\b(?:I(?:'ve|\u2019ve| have)|I(?:'m|\u2019m| am)) (?:still |now )?(?:been )?waiting (?:\w+ )?(?:to hear"
    r"|for (?:a|an|any|some) (?:reply|answer|decision|update|news|word))\b[^.!?]{0,40}\b(?:even though|although"
    r"|though|despite|when|yet)\b"
    r"|\b(?:bigger|larger|more important|other|more pressing) (?:fires to (?:put out|fight)|fish to fry|things to"
    r" worry about|problems to solve) than\b"
    # what they should have done: "it would have been kinder to hear sooner", "you could have let me know"
    r"|\bit would have been (?:\w+ )?(?:kinder|nicer|better|more (?:courteous|respectful|considerate|professional"
    r"|polite|helpful)|good|polite|courteous|fairer|fair) to (?:hear|know|be told|get|receive|have|let|learn)\b"
    r"|\b(?:you|they|the team|someone|somebody) (?:could|should|might) (?:at least |easily )?have (?:let me know"
    r"|told me|replied|responded|called|written|got in touch|gotten back|been in touch)\b"
    # a reply judged short, and what candidates are owed
    r"|\b(?:such an? |so |a very |a rather |a one-line |a two-line )(?:short|brief|curt|terse|generic|impersonal|cold"
    r"|one-line|canned) (?:reply|response|email|e-mail|message|note|rejection|answer)\b"
    r"|\b(?:candidates|applicants|people|I|we) (?:deserve|deserved|are owed|were owed) (?:(?:a bit|a little|much|far"
    r"|rather|somewhat) )?(?:more|better|an? (?:proper|real|actual|timely|personal) (?:reply|answer|response"
    r"|explanation|update))\b",
    re.I,
)


# Someone else's wait, just before it: a plural noun ("riders", "growers"), "they", "people" (not "I", "we",
# "been", "kept", "us").
_THEIR_WAIT = gated(
    # (a hyphenated plural too: "walk-ins waiting around forty minutes", "drop-offs")
    r"\b(?:(?!(?:us|was|has|is|its|this|his|yes|hours|minutes|days|weeks)\b)[a-z](?:[a-z]|-(?=[a-z])){2,}s|they|them"
    r"|people|staff|everyone)"
    r"\s+(?:\w+ly\s+)?$",
    re.I,
)


# Counting one's own messages with grace, as the domain guide asks of a second and final check ("I know this is my
# second note, so I'll keep it brief"), is no grievance; with a reproach beside it ("my third email and still no
# reply") it is.
_GRACEFUL_COUNT = re.compile(
    r"\b(?:I know|I reali[sz]e|I(?:'m|\u2019m| am) aware|I appreciate|I recogni[sz]e|forgive|apologi[sz]e|sorry"
    r"|keep (?:it|this) (?:brief|short)"
    # the count as the reason to stop: "since this is my second message, I will not write again", "my last note"
    r"|(?:will not|won't|won\u2019t|shall not|shan't|do not want to|don't want to) (?:\w+ )?(?:write|contact you"
    r"|follow up|email|e-mail|chase|bother you|trouble you)(?: you)? (?:again|further|any more|anymore)"
    r"|(?:my|the|a) (?:last|final) (?:note|message|email|e-mail|check-in|follow-?up|one))\b",
    re.I,
)
_REPROACH = re.compile(
    r"\b(?:still|no (?:reply|response|answer|word|news)|without (?:a |any )?(?:reply|response|answer)|unanswered"
    r"|(?:haven't|have not|hasn't|has not|not) (?:yet )?heard|yet to hear|ignored|silence)\b",
    re.I,
)


# What is waited for, when it is a machine's or a supplier's work: "Waiting most of a day for a 100-year storm run"
# is the team's problem (a slow model run), not the candidate's wait.
_THING_WAITED = re.compile(
    r"^\W*(?:\w+ ){0,2}?for (?:a|an|the|each|every|one|their|your|its) (?:[\w-]+ ){0,3}?(?:runs?|jobs?|builds?"
    r"|batch(?:es)?|quer(?:y|ies)|models?|simulations?|renders?|uploads?|downloads?|scans?|deliver(?:y|ies)"
    r"|shipments?|parts?|spares?|lab tests?|samples?)\b",
    re.I,
)


def own_wait(text: str) -> re.Match[str] | None:
    """The candidate's own wait, told as a grievance, in `text`."""
    m = _WAIT.search(text)
    if m is not None and _THING_WAITED.search(text[m.end() :]):
        return None
    if m is not None and m.group().lower().startswith("wait") and _THEIR_WAIT.search(text[: m.start()]):
        return None  # "with riders waiting ten minutes at peak": their customers' wait, the team's problem
    counted = m is not None and m.group().lower().startswith("my ")
    if counted and _GRACEFUL_COUNT.search(text) and not _REPROACH.search(text):
        return None
    return m
