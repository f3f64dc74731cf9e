"""The article a company's deed needs before its object when the news is jotted bare (writer70): 'opened EU-approved
second cold store in March' said whole is 'opened its second EU-approved cold store in March' (an n-th thing of the
company's is its own, its ordinal first), 'launched new mobile app for members' is 'launched a new mobile app for
members' (one thing of its kind, new to the reader). "Congratulations on opening EU-approved second cold store" reads
as pasted. Left as jotted: an object with its own determiner, number or possessive, a name ('opened Tidemark Byron
Bay'), a plural ('launched new products'), a mass or abstract head ('expanded capacity')."""

from __future__ import annotations

import re

from afterview.writer.article_sound import article_for
from afterview.writer.lemma import lemmas

_DETERMINERS = frozenset(
    "a an the my our your their his her its this that these those some any no each every all both another".split()
)
# where the object's noun phrase ends: its head is the word before
_ENDS = frozenset("in on at for of to from with by across into over under during after before since as".split())
_ORDINAL = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
# heads that name no one countable thing: said bare ('expanded capacity', 'launched research')
_MASS = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ness|ship|ism|ing|ics|ware|data|research|capacity)$")


def object_said(text: str) -> str:
    """`text` (a deed of the company's, its past verb first) with the article its bare object needs (module doc)."""
    words = text.split()
    if len(words) < 3:
        return text
    phrase: list[str] = []
    for word in words[1:]:
        if word.lower() in _ENDS or not re.fullmatch(r"[A-Za-z][\w-]*", word):
            break
        phrase.append(word)
    if len(phrase) < 2:
        return text  # 'won Gold', 'opened Leeds': a name or one word is left as jotted
    first, head = phrase[0], phrase[-1]
    if first.lower() in _DETERMINERS or (first[:1].isupper() and "-" not in first):
        return text  # its own determiner, or a name ('Tidemark Byron Bay')
    known = lemmas(head)
    unknown_thing = not known and (first.lower() == "new" or first.lower() in _ORDINAL)  # 'new mobile app'
    if not head.islower() or ("NOUN" not in known and not unknown_thing) or _MASS.search(head):
        return text
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return text  # a plural: 'launched new products'
    rest = words[1 + len(phrase) :]
    ordinal = next((w for w in phrase if w.lower() in _ORDINAL), None)
    if ordinal:  # the company's n-th one is its own, its ordinal first: 'its second EU-approved cold store'
        said = ["its", ordinal.lower(), *(w for w in phrase if w is not ordinal)]
    else:
        said = [article_for(first), *phrase]
    return " ".join([words[0], *said, *rest])
