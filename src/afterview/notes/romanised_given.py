"""Whether a word reads as a romanised Chinese or Korean given name of two or more syllables written as one word
('Meiting', 'Xiaoming', 'Chiawei', 'Minjun', 'Seoyeon'): the part after a family name that is also an English given
name ('Lin', 'Ho', 'Kim', 'Lee') says the name is written family name first ('Lin Meiting': family name Lin), where
'Lin Johnson', 'Ho Mann' and 'Kim Larsen' stay in English order. A word is split into syllables of pinyin, Wade-Giles,
Cantonese or Revised Romanisation (Korean); a few Western names that split so too ('Anna', 'Dana') are not."""

from __future__ import annotations

from functools import lru_cache

# pinyin: each initial with the finals it takes; a final on its own only where it opens a word ('an', 'ou', 'er')
_I_FINALS = "i ia ie iao iu ian in iang ing iong".split()
_U_FINALS = "u ua uo uai ui uan un uang ue".split()
_OPEN_FINALS = "a e ai ei ao ou an en ang eng ong".split()
_TAKES = {
    "b p m f": "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
    "d t": "a e ai ei ao ou an en ang eng ong i ie iao iu ian in ing u uo ui uan un",
    "n l": "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing u uo uan un ue",
    "g k h": " ".join(_OPEN_FINALS + _U_FINALS),
    "zh ch sh r z c s": " ".join([*_OPEN_FINALS, "i", *_U_FINALS]),
    "j q x": " ".join([*_I_FINALS, "u", "ue", "uan", "un"]),
    "y": "a e ao ou an ang i in ing ong u ue uan un",
    "w": "a o ai ei an en ang eng u",
}
_PINYIN = {i + f for initials, finals in _TAKES.items() for i in initials.split() for f in finals.split()}
_OPENING = frozenset("a o e ai ei ao ou an en ang eng er".split())
_WADE_GILES = set(
    "chia chieh chien chih chin ching chiu chou chung chu hsi hsia hsiao hsieh hsien hsin hsing hsiu hsu hsuan hsun "
    "jung kuei kuo kung kuang tsai tsao tse tsung tzu yung shih jen tien ting tung teng".split()
)
_CANTONESE = set(
    "wing kei wai kin chun kit fai lok hing yee mei siu yuk ying tak keung kwok kwan wah hong hoi yiu chi lam lai "
    "sze shun chuen cheuk yat tsz hei".split()
)
_KOREAN = set(
    "min jun joon seo yeon ji woo hyun soo su jin young yeong eun hye sung seong sang ho jae dong hee kyung mi na yoon "
    "ha bin won chul cheol seok tae in ah ye da si gyu hwan kyu seung jung hoon hun sook ok ja il yong gu gun geun "
    "jeong chae rin bo hae sol gi ki nam ri".split()
)
_SYLLABLES = frozenset(_PINYIN | _WADE_GILES | _CANTONESE | _KOREAN)
_VOWELS = "aeiouy"
_LONGEST = max(len(s) for s in _SYLLABLES)
# Western given names that happen to split into such syllables
_WESTERN = frozenset(
    "anna hanna dana tina nina gina lena lina jana diana mariana liana sean dean jean joan shannon ian nathan "
    "helen ellen megan susan juan dian ana mina aaron allen alan ann anne jane tian sharon karen janet owen shane lisa "
    "marina julian elena maria sean hogan logan bishop chapin".split()
)


@lru_cache(maxsize=512)
def _syllable_counts(word: str, first: bool = True) -> int:
    """The fewest syllables `word` splits into (0 when it does not split). A syllable after the first starts with a
    consonant (pinyin writes "Xi'an" with a mark), and a letter is never doubled across a boundary ('Manning',
    'Henning': English spelling)."""
    if not word:
        return 0
    best = 0
    for size in range(1, min(_LONGEST, len(word)) + 1):
        head = word[:size]
        if head not in _SYLLABLES and not (first and head in _OPENING):
            continue
        if not first and head[0] in "aeiou" and head != "eun":  # but Korean 'Haeun', 'Jieun'
            continue
        if size < len(word) and word[size] == head[-1] and head[-1] not in _VOWELS:
            continue
        rest = _syllable_counts(word[size:], False) if size < len(word) else 0
        if size == len(word) or rest:
            count = 1 + rest
            best = count if not best else min(best, count)
    return best


def romanised_given(word: str) -> bool:
    """'Meiting', 'Xiaoming', 'Chiawei', 'Minjun', 'Seoyeon' → True; 'Johnson', 'Mann', 'Larsen', 'Anna' → False."""
    low = word.casefold().replace("'", "")
    if len(low) < 4 or not low.isascii() or not low.isalpha() or low in _WESTERN or low.endswith("sen"):
        return False
    return _syllable_counts(low) >= 2
