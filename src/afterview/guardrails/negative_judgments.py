"""Negativity in shapes the other word lists leave out, found pooled across the spent corpora (stop 39):

- process_complaint: silence pointed at ("two messages have gone unanswered", "not a word back", "nothing from
  you"), the time it took to hear ("it took more than two weeks to hear back", "taken a bit longer than I
  expected"), a delay said to recur ("has not been delayed again"), and the least a reply owed ("candidates deserve
  at least a short reply");
- criticism: a verdict on their thing or their people that needs no person beside it ("an embarrassment", "hard
  to excuse", "never thought through", "a failure waiting to happen", "never took complaints seriously", "your
  onboarding emails are a bit boring", "the exercise was unfair"), and a reproach that they should have acted
  long ago;
- passive_aggressive: a jab at the person they chose ("I hope whoever you hired realises that"), or at them by
  the contrast of a better employer ("I will find a company that values my preparation");
- disputes_decision: the decision argued ("I'm struggling to see what went wrong", "I matched every requirement");
- self_deprecation: the candidate running their own interview down ("my answers were terrible", "I embarrassed
  myself").

Each rule names both halves in one clause: "the permit took two weeks to get" is no grievance (no hearing back),
"a company that values safety as yours does" is praise (no finding of another employer), "the old mixer was an
embarrassment to clean" is still a verdict, and the caller exempts sentences that quote the team's own challenge.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import GRACE, said_finding
from afterview.guardrails.text import Piece

_SILENCE = gated(
    r"\b(?:went|gone|go|has gone|have gone|remained|remains|remain|been left|was left|were left|left|sat|sits|still)"
    r" unanswered\b"
    r"|\bnot (?:a|one|a single) (?:word|peep|line|reply|sound)(?: back| from (?:you|anyone|the team))?\b"
    r"|\b(?:nothing|no word|no reply|no answer|no news) (?:back )?from (?:you|anyone|the team|your side)\b"
    r"|\b(?:hoping|hoped|expecting|expected) to (?:have )?heard (?:something|anything|back|from you)"
    r"(?: (?:back|from you))? (?:by now|sooner|before now|already)\b"
    r"|\b(?:took|has taken|had taken|'s taken|\u2019s taken|taking)"
    r" (?:more than |over |almost |nearly |about |well over )?"
    r"(?:a (?:week|month|fortnight)|\w+ (?:days|weeks|months)) (?:just )?to (?:hear(?: back)?|get (?:a|an|any) (?:reply"
    r"|response|answer|decision)|reply|respond|come back to me|get back to me)\b"
    r"|\b(?:taken|taking|took) (?:a (?:bit|little|lot|good deal) |much |far |quite a bit |somewhat )longer than"
    r" (?:I|we|expected|anticipated|planned|promised)\b"
    r"|\b(?:delayed|postponed|pushed back|put back|slipped|moved back) (?:yet )?again\b"
    r"|\b(?:candidates|applicants|people|I|we|everyone) (?:deserve|deserves|deserved|are owed|were owed)"
    r" (?:at least|at the very least|the courtesy of) (?:a|an|some)\b"
    # an answer owed by now, said sideways: "a quick yes or no would be nice at this point", "I was told things
    # would move fast"
    r"|\b(?:would|'d|\u2019d) be (?:nice|good|great|appreciated) (?:at this point|by now|at this stage)\b"
    r"|\bI was (?:told|promised|assured) (?:that )?(?:things|it|the process|a decision|the decision|this)"
    r" would (?:move|be|come|happen) (?:\w+ )?(?:fast|quick|quickly|soon|swiftly)\b",
    re.I,
)

# A harsh verdict, whatever it is about (their own challenge too).
_VERDICT = gated(
    r"\b(?:an? (?:real |complete |total |bit of an? )?embarrassment|embarrassing for a|hard to excuse|inexcusable"
    r"|unforgivable|indefensible|(?:never|not|wasn't|was not|weren't|were not) (?:really |properly |fully )?"
    r"thought (?:through|out)(?: properly)?|poorly thought (?:through|out)"
    r"|an? (?:\w+ )?(?:failure|disaster|accident|lawsuit|catastrophe) waiting to happen"
    r"|serious failures? (?:in|of) (?:how|the way)"
    r"|(?:never|not|didn't|did not|don't|do not|doesn't|does not|rarely|hardly ever) (?:\w+ )?"
    r"(?:took|take|taken|takes) (?:\w+ ){0,4}?seriously"
    r"|(?:can't|cannot|can not|couldn't|could not) believe (?:nobody|no one|anyone|they|management|the (?:company"
    r"|management|owners?|board)|you (?:still|haven't|have not|would))"
    r"|surprised (?:that )?(?:a|the) (?:company|firm|business|operation|plant|team|place|organi[sz]ation)"
    r"(?: \w+){0,4} (?:still|would|has(?:n't| not)|had(?:n't| not))"
    r"|(?:will|'ll|\u2019ll|would) (?:keep|continue|go on) (?:losing|bleeding|failing|struggling|haemorrhaging"
    r"|hemorrhaging) [^.!?;]{0,60}\buntil\b"
    r"|paper over"
    # a failure of theirs called avoidable, or not to be repeated: "an avoidable failure", "should never happen again"
    r"|(?:was|is|were|are|been) (?:an? )?(?:entirely |completely |totally |easily |quite )?avoidable"
    r" (?:failures?|mistakes?|errors?|mess|lapses?|blunders?)"
    # (not "can't happen again": a pledge, "I'd make sure it can't happen again")
    r"|(?:shouldn't|should not|must not|mustn't) (?:be allowed to )?(?:ever )?happen again"
    r"|should never (?:have )?happen(?:ed)? again"
    # a verdict on how others do their work (stop 43, blind29's held-out misses): "frankly a failure of process",
    # "the partner lines are not doing their job", "management has not been paying attention", "specified poorly in
    # the first place", "should not happen at a firm of this standing"
    r"|an? (?:\w+ )?failure of (?:process|management|leadership|planning|oversight|governance|basic \w+)"
    r"|(?:isn't|aren't|wasn't|weren't|(?:is|are|was|were|'re|\u2019re) (?:(?:really|simply|just|clearly|obviously)"
    r" )?not) (?:really )?doing (?:their|its|his|her|your) (?:jobs?|work)"
    r"|(?<!\bI )(?<!\bwe )(?:has|have|had|is|are|was|were)(?:n't|\u2019t| not) (?:been )?paying"
    r" (?:any |much |enough )?attention"
    r"|poorly (?:\w+ed|run|led|done) in the first place"
    r"|should(?:n't|\u2019t| not) (?:be )?happen(?:ing)? at (?:a|an|any) (?:\w+ )?(?:firm|company|business"
    r"|organi[sz]ation|place|operation|team))\b",
    re.I,
)
# A milder verdict on their thing, which quoting their own challenge may make a plain description.
_THEIR_THING = gated(
    # their thing, judged: "your onboarding emails are a bit boring", "the data exercise was unfair"
    r"\b(?:your|their|the company's|the) (?:[\w-]+ ){0,3}(?:is|are|was|were|seems?|seemed|looks?|looked|feels?"
    r"|felt) (?:(?:a bit|a little|rather|quite|very|really|frankly|honestly|simply|just|too|so|pretty|somewhat)"
    r" )?(?:boring|dull|outdated|old-fashioned|clunky|amateurish|unfair|unrealistic|naive|(?:too|to|over-?)"
    r" ?optimistic|not (?:very )?(?:transparent|fair)|too (?:low|stingy|mean))\b"
    # probably their fault: "the pay is probably too low", "the exhibits were poorly specified"
    r"|\b(?:your|their|the) (?:[\w-]+ ){0,3}(?:is|are|was|were) (?:probably|clearly|obviously|likely|just) (?:too"
    r" (?:low|stingy)|poorly \w+ed)\b"
    r"|\bI (?:felt|feel|thought|think|find|found) (?:that )?(?:the|your|this) (?:[\w-]+ ){0,3}(?:was|were|is|are)"
    r" (?:(?:a bit|a little|rather|quite|very|really|frankly|honestly|simply|just|too|somewhat) )?"
    r"(?:unfair|unrealistic|not (?:very )?(?:transparent|fair))\b"
    # a reproach for what they did not do: "management should have addressed it long ago"
    r"|\b(?!I\b|we\b)[A-Za-z]+ (?:should|ought to|could) have (?:\w+ ){1,3}?(?:long ago|years ago|ages ago"
    r"|a long time ago|long before now|months ago)\b",
    re.I,
)

_JAB = gated(
    r"\bI (?:hope|trust) (?:that )?(?:the (?:person|candidate|one|applicant)|whoever|the new (?:hire|person))"
    r" (?:you |they |the team )?(?:chose|hired|picked|selected|went with|have chosen|have hired|appointed|choose"
    r"|hire)\b"
    # the outcome said to be their loss: "worked out well for me, perhaps less so for you", "your loss"
    r"|\b(?:perhaps|maybe|probably|possibly) (?:less so|not so much|not as well) for (?:you|your|the|them|[A-Z])"
    r"|\b(?:your|their|the company's) loss\b"
    r"|\b(?:find|join|work for|go to) (?:a|an|another|some) (?:\w+ )?(?:company|employer|team|place|firm"
    r"|organi[sz]ation"
    r"|studio|business) (?:that|which|who) (?:actually |truly |really |properly )?(?:values?|appreciates?"
    r"|recogni[sz]es?|respects?)\b",
    re.I,
)

_DISPUTE = gated(
    r"\b(?:struggling|struggle|at a loss|unable|fail) to (?:see|understand) (?:what went wrong|why I (?:was not"
    r"|wasn't)|how I (?:was not|wasn't)|the reasoning)\b"
    r"|\bI (?:met|matched|ticked|fulfilled|satisfied|meet|match) (?:every|each|all (?:of )?the) (?:single )?"
    r"(?:requirement|criteri\w+|box(?:es)?|qualification)s?\b",
    re.I,
)

_SELF = gated(
    r"\bmy (?:answers?|interview|performance|presentation|responses?|replies)"
    r"(?: (?!was\b|were\b)[\w-]+){0,5} (?:was|were)"
    r" (?:\w+ )?"
    r"(?:terrible|awful|horrible|dreadful|a disaster|a mess|embarrassing|hopeless|pathetic|useless)\b"
    r"|\bI (?:really |totally |completely )?(?:embarrassed myself|made a fool of myself|made a mess of (?:it|the"
    r" interview)|blew it|bombed (?:it|the interview))\b",
    re.I,
)

WHAT = {
    "process_complaint": "complains about the wait or the process",
    "criticism": "passes a harsh verdict on them or their work",
    "passive_aggressive": "reads as a jab",
    "disputes_decision": "argues with the decision",
    "self_deprecation": "runs yourself down",
}
ADVICE = {
    "process_complaint": "Leave out the wait; ask warmly whether there is an update.",
    "criticism": "Leave the verdict out; name the problem as a fact, and say how you would help with it.",
    "passive_aggressive": "Leave it out; close warmly.",
    "disputes_decision": "Accept the decision; ask what would make you a stronger candidate next time.",
    "self_deprecation": "Say what you would do better, without running yourself down.",
}


def judgment_findings(sentence: Piece, *, about_challenge: bool) -> list[Finding]:
    """The judgment in one sentence (at most one finding); a mild verdict on their thing is let pass where the
    sentence quotes the team's own challenge from the notes (a harsh one is not)."""
    s = sentence.text
    for code, pattern in (
        ("process_complaint", _SILENCE),
        ("criticism", _VERDICT),
        ("mild_criticism", _THEIR_THING),
        ("passive_aggressive", _JAB),
        ("disputes_decision", _DISPUTE),
        ("self_deprecation", _SELF),
    ):
        if code == "mild_criticism" and about_challenge:
            continue
        m = pattern.search(s)
        if m is not None and code == "process_complaint" and GRACE.search(s[: m.start()]):
            continue  # "I quite understand if the decision has taken a little longer than planned": leeway given
        if m is not None:
            code = code.removeprefix("mild_")
            return [said_finding(code, m, sentence.start, WHAT, ADVICE)]
    return []
