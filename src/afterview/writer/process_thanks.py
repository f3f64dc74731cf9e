"""A process or logistics item is thanked for, never enjoyed: "I especially enjoyed our conversation about how the
board wants the new director in seat by March" reads as delight at a deadline. Dates, schedules, relocation, pay,
visas, the start, the hiring steps take "thank you for explaining …" / "for being clear about …"; "enjoyed" and
"valued" stay for ideas, craft, plans and stories."""

from __future__ import annotations

import re

from afterview.writer.each_sentence import each_sentence

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
# what an item about the process or its logistics names
_PROCESS = re.compile(
    r"\b(?:relocat\w*|visas?|sponsorship|work permits?|right to work|salary|salaries|pay|pay band|compensation|"
    r"bonus(?:es)?|benefits|pension|package|notice period|start(?:ing)? dates?|start in|in seat|onboarding|"
    r"induction|probation|timeline|timescales?|deadline|decision date|hiring process|interview process|"
    r"next steps?|(?:second|third|final|next) (?:round|stage|interview)|stages|background checks?|references|"
    r"contract terms|hybrid (?:schedule|policy|days)|office days|days in the office|remote days|working hours|"
    r"shift pattern|rota|commute|parking|schedule)\b"
    rf"|\b(?:by|in|from|until|before) (?:{_MONTHS}|q[1-4]|the end of (?:the )?(?:month|year|quarter))\b",
    re.I,
)
# the warm frames that enjoy or value a conversation about an item, and the item up to the full stop
_ENJOYED = re.compile(
    r"^(?P<frame>I (?P<also>also )?(?:especially |really |particularly |very much |truly )?"
    r"(?:enjoyed|valued|loved|liked)(?: our| my)? (?:(?:conversation|talk|chat|discussion|discussing|talking|hearing|"
    r"learning|the chance to discuss|hearing your thinking|hearing more)(?: with you)?(?: about| of| on)?"
    r"|(?:digging|getting|looking) into|comparing notes on|talking shop about)"
    r"|Talking (?:shop )?about|Getting into|Our (?:talk|conversation|chat) about) (?P<item>[^.]+?)"
    r"(?P<tail> (?:was a highlight(?: of the day)?(?: for me)?|was the best part of the day for me|with you"
    r"|was great fun))?\.$"
)
_WH = ("how ", "when ", "why ", "what ", "whether ", "where ", "who ")


def _thanks(item: str, also: bool, thanked: bool, before: int) -> str:
    """The thanks for `item`: 'Thank you for …' first, then 'I was grateful …', then 'It also helped that …'."""
    clause = item.lower().startswith(_WH)
    also_word = "also " if also or before else ""
    if not thanked:
        return f"Thank you {also_word}for {'explaining' if clause else 'being clear about'} {item}."
    if before:
        return f"It also helped that you {'explained' if clause else 'were clear about'} {item}."
    said = f"that you explained {item}" if clause else f"for your clarity about {item}"
    return f"I was {also_word}grateful {said}."


def thanked_not_enjoyed(body: str) -> str:
    """Each sentence that enjoys or values a talk about a process or logistics item said as thanks for explaining
    it; any other sentence as it was."""
    thanked = False
    before = 0

    def rewrite(sentence: str) -> str:
        nonlocal thanked, before
        found = _ENJOYED.match(sentence.strip())
        if found and _PROCESS.search(found["item"]) and not found["item"].endswith(" as well"):
            sentence = _thanks(found["item"], bool(found["also"]), thanked, before)
            before += 1
        if re.match(r"(?:Thank you|Thanks)\b", sentence.strip()):
            thanked = True
        return sentence

    return each_sentence(body, rewrite)
