"""Bad news is never something the candidate was glad to hear: 'I was also glad to hear about EU anti-dumping duties
on e-bikes.' → 'I also appreciated hearing your view on EU anti-dumping duties on e-bikes.' A topic of theirs that
names a loss, a penalty, a cut or a fault (or sets a 'but' against what they have) is acknowledged neutrally, as
theirs; good news keeps its warm frame."""

from __future__ import annotations

import re

# what a reader would not want congratulated: losses, penalties, cuts, disputes, failures
_BAD = re.compile(
    r"\b(?:anti-dumping|tariffs?|sanctions?|lay-?offs?|laid off|redundanc(?:y|ies)|job cuts|recalls?|recalled|"
    r"lawsuits?|litigation|sued|fined|penalt(?:y|ies)|losses|lost|deficits?|closures?|shut(?:ting)? down|shutdowns?|"
    r"strikes?|bankrupt\w*|insolven\w*|downgrade[ds]?|investigations?|probes?|breach(?:es)?|outages?|"
    r"declin(?:e|es|ed|ing)|shortages?|scandals?|write-?downs?|impairments?|profit warnings?|"
    r"complaints?|backlogs?|delays?|attrition|churn)\b",
    re.I,
)
# a remark that sets what is wrong against what they have ('your data is in Power BI but "a bit of a jungle"')
_BUT = re.compile(r"\bbut\b", re.I)

# the warm frames a topic or the news is said in, and what follows (the item, up to ', and' or the full stop)
_GLAD = re.compile(
    r"(?P<frame>I was (?P<also>also )?glad to hear about|I (?P<also2>also )?liked learning about|"
    r"It was good to hear about|I (?P<also3>also )?enjoyed hearing about) (?P<item>[^.]+?)(?P<well> as well)?\."
)


# a bad thing put right is good news ('cut delivery delays by 30%', 'won the tariff appeal')
_PUT_RIGHT = re.compile(
    r"\b(?:cut|cuts|reduc\w+|lower\w*|halv\w+|fix\w*|resolv\w+|clear\w*|ended|end to|won|settled|lifted|"
    r"overturned|avoided|recover\w*|no longer)\b",
    re.I,
)


def unwelcome_news(item: str) -> bool:
    """Whether a company-news item is bad news (a loss, a penalty, a cut of jobs, a fault) that no letter greets: it is
    left out of the news the writer says, where 'Congratulations on …' or 'I was glad to see the news about …' would
    frame it; a bad thing put right ('cut delivery delays by 30%') is good news."""
    return bad_news(item) and not _PUT_RIGHT.search(item)


def bad_news(item: str) -> bool:
    """Whether `item` names something its owner would not want to be congratulated on."""
    return bool(_BAD.search(item) or _BUT.search(item))


def not_glad(body: str) -> str:
    """`body` with each warm frame around bad news said neutrally ('I also appreciated hearing your view on …')."""

    def neutral(found: re.Match[str]) -> str:
        item = found["item"]
        if ", and " in item or not bad_news(item):
            return found[0]
        also = "also " if found["also"] or found["also2"] or found["also3"] or found["well"] else ""
        return f"I {also}appreciated hearing your view on {item}."

    return _GLAD.sub(neutral, body)
