"""The candidate's own result placed at the hiring company: "helped push your week-one completion to 38%" where
the notes give 38% as what the candidate reached at a former employer, or "your no-shows falling from 14% to 6%".
The figure is the candidate's; the company it is told of is not (misattributed_credit)."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import CLAUSE_END, finding, key_stems, own_and_their_texts
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import Piece, content_stems, stems_match
from afterview.notes.model import Notes

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Whose the figure is said to be: "your", "the company's", "<Company>'s", "your team's".
_THEIRS = r"\byour\b|\bthe (?:company|team|clinic|firm|plant|group|business)['\u2019]s\b"


@per_notes
def own_figures(notes: Notes) -> tuple[tuple[frozenset[str], tuple[str, ...], str], ...]:
    """Each own item's figures (numbers other than years) with its content stems and its text, where no item of
    theirs gives the same figure."""
    own, theirs = own_and_their_texts(notes)
    their_numbers = {n for t in theirs for n in _NUMBER.findall(t)}
    out = []
    for text in own:
        numbers = frozenset(n for n in _NUMBER.findall(text) if n not in their_numbers and not _year(n))
        if numbers:
            out.append((numbers, tuple(content_stems(text)), text))
    return tuple(out)


# What a figure counts: '%', or the word after it ("25 years", "25 refurbished cameras" -> 'refurbished').
_UNIT = re.compile(r"\s*(%|percent\b|per cent\b|[A-Za-z][\w-]*)")
_MONTHS = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|(?:st|nd|rd|th)$", re.I)


def _units(text: str, number: str) -> set[str]:
    """What `number` counts wherever it stands in `text` (a date's day counts a month: 'December')."""
    out = set()
    for m in re.finditer(rf"(?<![\d.,]){re.escape(number)}(?![\d])", text):
        unit = _UNIT.match(text, m.end())
        if unit:
            word = unit.group(1).lower()
            out.add("%" if word in ("%", "percent", "per cent") else ("date" if _MONTHS.match(word) else word))
    return out


def same_unit(window: str, own_text: str, number: str) -> bool:
    """Whether the figure counts the same thing in the draft as in the candidate's item ("25 years" of the company's
    history is not the 25 cameras the candidate sold); a figure with no word after it on either side may be."""
    said, noted = _units(window, number), _units(own_text, number)
    if "date" in said:
        return False  # "my interview on 3 December": a day of the month, no result
    if not said or not noted:
        return True
    return any(a == b or stems_match(a, b) for a in said for b in noted)


# A result hoped for or offered at the company, not told as done there.
_WISHED = re.compile(
    r"\b(?:would|could|will|can|might|'d|\u2019d|'ll|\u2019ll|hope|hoping|like to|love to|want|keen|eager|glad|happy"
    r"|bring|same|similar|help|if)\b",
    re.I,
)


def _year(n: str) -> bool:
    return len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2100


def moved_result_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    figures = own_figures(notes)
    if not figures:
        return []
    name = notes.company.name or ""
    # the company by its name, or by the start of it ("Inzira" of Inzira Diagnostics, "Prairie Paws" of Prairie Paws
    # Veterinary) where no other capitalised word follows: "at Usina Santa Clara" is another organisation than Usina Boa
    # Esperança (a past employer sharing the company's first word, "Hospital", "Banco", "Usina", keeps its results)
    words = name.split()
    forms = [re.escape(name)] if len(name) >= 3 else []
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        if len(prefix) >= 3:  # ("at Banco I grew …": the I is mine)
            forms.append(re.escape(prefix) + r"(?!\s+(?!I\b)[A-Z\u00c0-\u00dd])")
    names = "|".join(forms)
    # (as written, capitalised: 'for guadua' is the material, 'for Guadua Viva' the company)
    company = rf"\b(?-i:{names})['\u2019]s\b|\b(?:at|in|for) (?-i:{names})\b" if names else r"(?!x)x"
    for m in re.finditer(rf"{_THEIRS}|{company}", text, re.I):
        end = CLAUSE_END.search(text, m.end())
        window = text[m.start() : end.start() if end else len(text)]
        placed = m.group().lower().startswith(("at ", "in ", "for "))
        if placed:
            # "the tracking I introduced cut lost samples at Inzira by 60%": the whole clause is placed there
            start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
            window = text[start : end.start() if end else len(text)]
        mine_after = re.search(r"\b(?:my|mine|I|I've|I'd|me)\b", window[window.find(m.group()) + len(m.group()) :])
        if mine_after and (not placed or _WISHED.search(window)):
            # "your question about my 14% result": the result stays mine; "I'd like to cut scrap at Grainhouse from 9%
            # to 4%, as I did at Vautrin": a hope, told as one (but "At Grainhouse I cut scrap ..." places it there)
            continue
        numbers = set(_NUMBER.findall(window))
        said = key_stems(window, notes)
        for own_numbers, stems, own_text in figures:
            shared = {n for n in numbers & own_numbers if same_unit(window, own_text, n)}
            if shared and any(stems_match(w, s) for w in said for s in stems):
                return [
                    finding(
                        "misattributed_credit",
                        sentence,
                        m,
                        f"'{window.strip()[:80]}' tells your own result as theirs; your notes give it as yours.",
                        "Say it as your own result, where you got it ('at <former employer> I ...').",
                    )
                ]
    return []
