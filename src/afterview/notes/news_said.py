"""A line that gives the company's news, whoever its subject is: 'council just approved funding for the new
branch', 'just opened a 2nd farm in Almere', 'board signed off on the new wing', 'recently won the NHS contract',
'landed Series B last month'. News of the company is filed as news, never as a topic the person talked about."""

from __future__ import annotations

import re

_NEWS_VERB = (
    r"opened|launched|announced|approved|raised|acquired|released|won|expanded|signed(?:\s+off\s+on)?|secured|"
    r"landed|closed|merged(?:\s+with)?|partnered(?:\s+with)?|rebranded|moved(?:\s+into)?|got|received|bought|"
    r"started|broke ground on|green-?lit|greenlit|funded|passed"
)
# '(the) council just approved …', 'they recently opened …', 'just opened …': a deed said as news
_JUST = re.compile(
    r"^(?:(?:the|their|our|its)\s+)?(?:[a-z][\w'’&-]*\s+){0,3}?(?:just|recently|finally)\s+(?:" + _NEWS_VERB + r")\b",
    re.I,
)
# 'board approved funding for …', 'city signed off on the new wing', 'raised series b': news without 'just'
_FUNDED = re.compile(
    r"\b(?:approved|secured|won|raised|got|received|landed)\s+(?:the\s+|a\s+|new\s+|more\s+|extra\s+)?"
    r"(?:funding|grant|budget|contract|tender|series\s+[a-e]|seed round|investment|award|accreditation)\b|"
    r"\bsigned\s+off\s+on\s+(?:the\s+|a\s+)?new\b",
    re.I,
)
# 'they're opening a 2nd location in the spring', 'they opened a new depot in Leeds', 'the company is building
# another plant', 'they build 38-42ft lobster boats': the company's plans, deeds and what it makes (trial 11's user
# filed the last as news), said in a sentence with 'they' or the company as its subject
_THEY_PLAN = re.compile(
    r"^(?:they|they['’]re|the\s+(?:company|firm|business|group|practice|brewery|clinic|school|store|team)(?:['’]s)?)\s+"
    r"(?:(?:are|is|just|recently|also|soon|finally)\s+)*"
    r"(?:(?:(?:will|plan\s+to|are\s+planning\s+to|hope\s+to|about\s+to|going\s+to|gonna|want\s+to)\s+(?:be\s+)?)"
    r"(?:open|launch|expand|build|add|acquire|buy|move\s+(?:in)?to|relocate|roll\s+out|break\s+ground\s+on|merge)"
    r"|build|make|run|operate|opened|opening|launched|launching|expanded|expanding|building|built\s+(?:a|an)\s+new|added|adding|acquired|"
    r"acquiring|bought|buying|moved\s+(?:in)?to|moving\s+(?:in)?to|relocat(?:ed|ing)|roll(?:ed|ing)\s+out|"
    r"broke\s+ground\s+on|breaking\s+ground\s+on|won|merged|merging)\s+"
    r"(?:a|an|their|its|another|new|second|third|2nd|3rd|\d+|the\s+(?:new|\w+\s+contract))\b",
    re.I,
)
# what a person says of themselves or of you, never the company's news
_PERSONAL = re.compile(r"^(?:i|i'?m|i['’]m|i've|we|she|he|she's|he's|my|her|his|me)\b", re.I)


def news_said(item: str) -> bool:
    """The clause gives the company's news (a deed said as just done, or funding, a contract, an award won)."""
    text = item.strip(" .!-")
    if not text or _PERSONAL.match(text):
        return False
    plan = _THEY_PLAN.match(text)
    if plan and re.search(r"\b(?:build|make|run|operate)\s+\S+$", plan.group(0), re.I):  # 'they run 3 bakeries',
        plan = plan if re.search(r"\d\S*$", plan.group(0)) else None  # never 'they run a tight ship'
    return bool(_JUST.match(text) or _FUNDED.search(text) or plan)
