"""Whether a highlight is a personal item (a race run, a team coached on weekends, an instrument played, a trip):
common ground for a card's rapport line, never what the candidate offers a hiring manager or ties to their work.

"I ran a half marathon in Moncton, so that part of our conversation stayed with me" ties a race to a plan to make
half of the lab's cases digital by one shared word. A personal item shares words with work by accident, so it is
never tied, stated as value, or told in a status check (writer/context.py leaves it out of the highlights the
writer offers); the card's rapport line may still use it beside the same pastime of theirs (`shared_pastime`).
"""

from __future__ import annotations

import re

from afterview.writer.english_form import being, verbless_i
from afterview.writer.team_lead import team_last
from afterview.writer.tie_pair import shared, with_result
from afterview.writer.work_result import work_result

# sports, races, music, crafts and travel: what people do off work
_PASTIME = re.compile(
    r"\b(?:(?:half[- ])?marathons?|triathlons?|ironman|ultra(?:marathon)?s?|10k|5k|park ?run|fun ?run|"
    r"hik(?:e|ed|es|ing)|trek(?:ked|king)?|backpack(?:ed|ing)?|climb(?:ed|ing)|bould(?:er|ering)|"
    r"surf(?:ed|ing)|sail(?:ed|ing)|sails? (?:a|an|my|our) (?!month|year|week|day|season)|dinghy|dinghies|"
    r"(?:ice[- ])?skat(?:e|ed|es|ing)|"
    r"kayak(?:ed|ing)?|canoe(?:d|ing)?|ski(?:ed|ing)?|snowboard(?:ed|ing)?|"
    r"cycl(?:ed|ing)(?: tour)?|bike tour|swim(?:s|ming)?|swam|rowing|yoga|pilates|crossfit|"
    r"footy|soccer|football|rugby|netball|hockey|cricket|baseball|softball|basketball|volleyball|tennis|golf|"
    r"chess|choir|orchestra|band|fiddle|violin|viola|cello|guitar|piano|drums?|ukulele|banjo|"
    r"knit(?:ting)?|crochet|quilt(?:ing)?|bak(?:e|ed|ing)|sourdough|garden(?:ing)?|birdwatching|birding|"
    r"fishing|hunting|camping|gap year|road trip|trail run\w*|"
    r"(?:walk(?:ed|ing)?|tramp(?:ed|ing)?) (?:the )?[\w' -]{1,30}? (?:track|trail|camino|great walk)|"
    r"under[- ]?\d{1,2}s|u\d{1,2}s?|junior team|kids'? team|little league|"
    # a team of one's own child's ('coach my daughter's ringette team'): family time, whatever the sport
    r"(?:daughter|son|kid|child|children|grandson|granddaughter)(?:'s|s'|\u2019s)? (?:[\w-]+ )?(?:team|club|squad))\b",
    re.I,
)
# a pastime word used for work ('band saw', 'rowing machine sales', 'golf course maintenance contract')
_WORKLIKE = re.compile(
    r"\b(?:saw|machines?|sales|course maintenance|contracts?|clients?|customers?|revenue|budget|"
    r"shift|plant|site|line|store|warehouse|lab|clinic|ward|fleet|apprentices?|staff|employees?|"
    # the drills and duties of a job done where the pastime happens ('rope-evac drills with ski patrol')
    r"patrol|drills?|evac\w*|rescues?|inspections?|incidents?|first aid|"
    # the running of a league or an event, which is an operations job's own work ('ran fixtures for a netball comp')
    r"fixtures|rosters?|registrations?|referee rotas?|bookings?)\b",
    re.I,
)


def personal(item: str, trade: str = "") -> bool:
    """'ran a half marathon in Moncton', 'footy coach, under 12s', 'play fiddle in a ceili band',
    'backpacked South America 2022': True; 'trained 14 apprentices', 'band saw safety lead for 3 shops',
    'ran 4 rope-evac drills w/ ski patrol': False. A pastime that is the trade of the role (`trade`: the position,
    'Assistant Swim Coach') is its work: 'ran learn-to-swim lessons for 40 children' is no hobby there."""
    # what each unit of work took ('build time per canoe 210 h -> 150 h') counts the work, never a pastime
    text = re.sub(r"\bper [a-z-]+", "", " ".join(item.split()))
    if _WORKLIKE.search(text):
        return False
    trade_words = {w[:4] for w in re.findall(r"[a-z]+", trade.lower()) if len(w) >= 3}
    return any(m.group().lower()[:4] not in trade_words for m in _PASTIME.finditer(text))


def offered(highlights: list[str], mention: tuple[str, ...] | list[str] = (), trade: str = "") -> list[str]:
    """The highlights a note may offer as the candidate's work: every one but a personal item (unless the user asked
    for it by name, `mention`); `trade` is the position, whose own craft is never a pastime."""
    # a result jotted with its team first is read from its result, the team after it (writer/team_lead.py)
    return [h if h in mention else team_last(h) for h in highlights if h in mention or not personal(h, trade)]


def shared_pastime(rapport: str, highlights: list[str]) -> str | None:
    """A highlight of the candidate's that is no work result and shares a word with the rapport item ('sail a
    Folkboat on weekends' ↔ 'sailed Folkboats as a boy'), as the candidate's clause; else None."""
    for highlight in highlights:
        if not work_result(highlight) and shared(highlight, rapport):
            clause = with_result(highlight)
            if clause and verbless_i(clause):  # 'I state-certified ski instructor': a noun phrase, no deed
                clause = None
            clause = clause or _gone(highlight) or being(highlight)
            if clause:
                return clause
    return None


# a pastime one goes out to do, jotted as its gerund ('winter sea swimming at Nauthólsvík most Sundays')
_GONE = re.compile(
    r"^(?:[a-z-]+ ){0,2}(?:swimming|sailing|hiking|climbing|bouldering|skiing|surfing|fishing|running|cycling|"
    r"kayaking|canoeing|camping|diving|snorkell?ing|skating|birdwatching|birding|rowing|walking)\b",
    re.I,
)


def _gone(highlight: str) -> str | None:
    """'winter sea swimming at Nauthólsvík most Sundays' → 'I go winter sea swimming at Nauthólsvík most Sundays': the
    gerund of a pastime one goes to do, said with 'go'; None for any other shape."""
    text = " ".join(highlight.split()).rstrip(" .!")
    return f"I go {text[:1].lower()}{text[1:]}" if _GONE.match(text) and not re.search(r"[+/=~;:(]|->", text) else None
