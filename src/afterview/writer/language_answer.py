"""A question about language put to the candidate, answered with the language the candidate has.

'his q - how would I brief a group that speaks no Montenegrin?', 'how would I work with a crew whose Japanese I only
partly follow?', 'asked about my Greek': a careful note answers it with the candidate's matching item ('I speak
Italian and English', 'I hold JLPT N3 and am studying for N2'), said as the notes give it and no more. A question
that names no language, or a candidate with no language among the highlights, gets nothing from here.
"""

from __future__ import annotations

import re

from afterview.writer.shorthand import prose

# Languages by name (and the adjective a language shares with its people): a closed list, read whole-word.
LANGUAGES = frozenset(
    """
    Afrikaans Albanian Amharic Arabic Armenian Azerbaijani Basque Belarusian Bengali Bosnian Bulgarian Burmese
    Cantonese Catalan Chinese Croatian Czech Danish Dutch English Estonian Farsi Filipino Finnish French Gaelic
    Galician Georgian German Greek Gujarati Hausa Hebrew Hindi Hungarian Icelandic Igbo Indonesian Irish Italian
    Japanese Kannada Kazakh Khmer Korean Kurdish Lao Latvian Lithuanian Macedonian Malay Malayalam Maltese Mandarin
    Maori Marathi Mongolian Montenegrin Nepali Norwegian Pashto Persian Polish Portuguese Punjabi Quechua Romanian
    Russian Serbian Sinhala Slovak Slovenian Somali Spanish Swahili Swedish Tagalog Tamil Telugu Thai Tibetan
    Tigrinya Turkish Ukrainian Urdu Uzbek Vietnamese Welsh Xhosa Yoruba Zulu
    """.split()
)
# a language test names its language ('JLPT N3' is Japanese)
TESTS = {
    "JLPT": "Japanese",
    "HSK": "Mandarin",
    "TOPIK": "Korean",
    "DELE": "Spanish",
    "SIELE": "Spanish",
    "DELF": "French",
    "DALF": "French",
    "TCF": "French",
    "TOEFL": "English",
    "IELTS": "English",
    "TOEIC": "English",
    "CILS": "Italian",
    "CELI": "Italian",
    "TestDaF": "German",
    "Goethe": "German",
    "TORFL": "Russian",
    "CELPE-Bras": "Portuguese",
}
# one language said under two names ('Chinese-language labels' ↔ 'Mandarin')
_SAME = {"Chinese": "Mandarin", "Farsi": "Persian", "Filipino": "Tagalog"}
_NAMES = "|".join(sorted(LANGUAGES, key=len, reverse=True))
_LANGUAGE = re.compile(rf"(?<![\w-])(?:{_NAMES})(?![\w])")
_TEST = re.compile(r"(?<![\w-])(?P<test>" + "|".join(TESTS) + r")\s*(?P<level>[A-C]?[1-6]|N[1-5]|[1-9]\.?\d?)?\b")
# 'HSK 4 Mandarin': a test, its level, then the language it was taken in
_TEST_IN = re.compile(rf"(?P<test>{'|'.join(TESTS)})\s*(?P<level>\S+)\s+(?P<in>{_NAMES})")
# words of a question about talking across languages, when it names none ('a group that speaks another language')
_TALK = re.compile(r"\b(?:languages?|speaks?|speaking|translat\w*|interpret\w*|bilingual)\b", re.I)
_ASIDE = re.compile(r"\s*\([^)]*\)")
_STUDYING = re.compile(r"^(?:studying|working|preparing)\s+(?:for|towards?)\s+(?P<next>[\w.-]+)$", re.I)


# a country named in a question brings its language ('a painter in France' is answered in French)
_COUNTRIES = {
    "France": "French", "Germany": "German", "Austria": "German", "Spain": "Spanish", "Mexico": "Spanish",
    "Italy": "Italian", "Portugal": "Portuguese", "Brazil": "Portuguese", "Poland": "Polish", "Japan": "Japanese",
    "China": "Mandarin", "Korea": "Korean", "Russia": "Russian", "Ukraine": "Ukrainian", "Netherlands": "Dutch",
    "Greece": "Greek", "Turkey": "Turkish", "Vietnam": "Vietnamese", "Thailand": "Thai", "Indonesia": "Indonesian",
    "Sweden": "Swedish", "Norway": "Norwegian", "Denmark": "Danish", "Finland": "Finnish", "Iceland": "Icelandic",
    "Hungary": "Hungarian", "Romania": "Romanian", "Czechia": "Czech", "Israel": "Hebrew", "Iran": "Persian",
}  # fmt: skip
_COUNTRY = re.compile(r"(?<![\w-])(?:" + "|".join(_COUNTRIES) + r")(?![\w])")
# 'Polish is my first language', 'Tamil is my mother tongue': the candidate's language said as jotted
_FIRST = re.compile(r"^(?P<lang>[A-Z][a-z]+) is my (?:first|native|home|mother|main) (?:language|tongue)$")


def languages_in(text: str) -> set[str]:
    """The languages a text names, a test read as its language ('JLPT N3' → Japanese), one language one name."""
    found = {_SAME.get(m, m) for m in _LANGUAGE.findall(text)}
    found |= {_SAME.get(TESTS[m.group("test")], TESTS[m.group("test")]) for m in _TEST.finditer(text)}
    return found


def about_language(question: str) -> bool:
    """Whether a question is about talking across languages: it names one, or says so in words."""
    return bool(languages_in(question) or _TALK.search(question))


def language_clause(item: str) -> str | None:
    """A highlight about a language said as the candidate's clause, in the notes' own measure: 'JLPT N3, studying for
    N2' → 'I hold JLPT N3 and am studying for N2'; 'speak Italian + English' → 'I speak Italian and English';
    'Welsh speaker' → 'I speak Welsh'; 'fluent Portuguese (Erasmus in Porto)' → 'I speak fluent Portuguese'. None
    for an item that is not about a language or has more in it than these shapes say."""
    text = _ASIDE.sub("", prose(item)).strip(" .;")
    if not languages_in(text):
        return None
    own = _FIRST.match(text)
    if own and own.group("lang") in LANGUAGES:
        return text
    head, _, rest = text.partition(", ")
    studying = _STUDYING.match(rest) if rest else None
    if rest and not studying:
        return None
    more = f" and am studying for {studying.group('next')}" if studying else ""
    test = _TEST.fullmatch(head) or _TEST_IN.fullmatch(head)
    if test:
        level = f" {test.group('level')}" if test.group("level") else ""
        named = test.groupdict().get("in")
        if named:  # 'HSK 4 Mandarin': the language at its level
            return f"I have {named} at {test.group('test')}{level}" + more
        return f"I hold {test.group('test')}{level}" + more
    if more:
        return None
    words = head.split()
    if _languages_only(words):
        return "I speak " + head
    first, last = words[0].lower(), words[-1].lower()
    if first == "speak" and _languages_only(words[1:]):
        return "I speak " + " ".join(words[1:])
    if first == "native" and (_languages_only(words[1:]) or (last == "speaker" and _languages_only(words[1:-1]))):
        return f"I am a native {' '.join(w for w in words[1:] if w.lower() != 'speaker')} speaker"
    if last == "speaker" and _languages_only(words[:-1]):
        return "I speak " + " ".join(words[:-1])
    if first in _LEVELS and _languages_only(words[1:]):
        return f"I speak {first} {' '.join(words[1:])}"
    return None


_LEVELS = frozenset("fluent conversational basic intermediate advanced business".split())


def _languages_only(words: list[str]) -> bool:
    """'Italian and English', 'Welsh': language names joined by 'and', nothing else."""
    return bool(words) and words[0] in LANGUAGES and all(w in LANGUAGES or w == "and" for w in words)


def language_answer(question: str, highlights: list[str]) -> str | None:
    """The candidate's clause for their language item that bears on a question about language: the one naming a
    language the question names first, else any (a group that speaks no Montenegrin is briefed in the languages the
    candidate has). None when the question is not about language or no item says one cleanly."""
    countries = {_COUNTRIES[m] for m in _COUNTRY.findall(question)}
    if not about_language(question) and not countries:
        return None
    asked = languages_in(question) | countries
    said = [(item, clause) for item in highlights if (clause := language_clause(item))]
    same = [clause for item, clause in said if languages_in(item) & asked]
    # a country's people are answered in its language alone, never in another the candidate has
    return next(iter(same or ([clause for _, clause in said] if about_language(question) else [])), None)
