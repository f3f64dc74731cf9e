"""People's names as notes give them: the first name to use, and how to greet someone with a title."""

from __future__ import annotations

import re

from afterview.notes.romanised_given import romanised_given

HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev"}
# A name with the suffix its language adds to address someone: 'Sato-san', 'Hayashi-sensei' (Japanese), 'Park-nim'
# (Korean), 'Sharma-ji' (Hindi): the name as the notes spell it, said politely
HONORIFIC_SUFFIX = re.compile(r"^(?P<name>[^\W\d_][\w'\u2019]*)-(?:san|sama|sensei|senpai|kun|chan|nim|ssi|ji)$")


def _title(parts: list[str]) -> str | None:
    return parts[0] if len(parts) > 1 and parts[0].rstrip(".").lower() in HONORIFICS else None


# A compound given name ('Ana Paula Ferreira Santos', 'Juan Carlos Pérez', 'Maria José Vidal', 'Jean Marc
# Dubois') is one name, greeted whole: a first word that often starts one, then a second given name, then a
# surname. Two words alone ('Maria Santos') are a given name and a surname.
_COMPOUND_FIRST = frozenset(
    "ana anna maria maría marie mary ann anne josé jose joão joao juan jean luis luiz pedro carlos john rosa "
    "miguel francisco antonio paulo marco gian pier josep joan ana-maria".split()
)
_COMPOUND_SECOND = frozenset(
    "paula paulo luiz luis eduardo claude pierre marie luc louis paul anne louise baptiste françois francois "
    "jacques michel pedro rita clara beatriz cecília cecilia lúcia lucia fernando henrique gabriel júlia julia "
    "laura carla carlos josé jose maría maria antonio manuel ángel angel teresa isabel carmen elena eugenia "
    "fernanda jesús jesus pablo javier andrés andres alberto miguel francisco ignacio ramón ramon pilar victoria "
    "inés ines paz cristina alejandro enrique marc philippe yves lou beth".split()
)


# English double given names ('Ruth Ann Kessler', 'Mary Beth Tran', 'Jo Ann Lowe', 'Mary Kate Olsen', 'Billy Ray
# Hart'): a common given name, then one of the short names that so often close a double name that a three-word
# name with it second is read as a double given name and a surname (a middle name there is rare: 'Sarah Ann Moss'
# is greeted 'Sarah Ann', as people who write it so are called).
_DOUBLE_FIRST = frozenset(
    "ruth jo joe mary anne ann anna sarah sara betty billie billy bobbie bobby lee emma ella lily julie lisa laura "
    "amy katie kelly sally peggy rose lou jim jimmy tommy john johnny jean marie maria martha nancy linda susan "
    "karen carol barbara patricia elizabeth margaret helen dorothy debra deborah donna brenda janet judy joyce "
    "diane julia grace claire clare louise lucy molly polly kate katherine catherine kathy kitty liza leigh "
    "bette bettie jessie jenny jennie annie ellie mae leslie lesley jill jan dee dana ray roy billy-bob".split()
)
_DOUBLE_SECOND = frozenset(
    "ann anne beth kate jo sue jane lynn lynne mae kay ellen rose grace bob ray joe lou marie louise jean "
    "ann-marie belle".split()
)


def _double_given(first: str, second: str) -> bool:
    """'Ruth Ann', 'Ana Paula', 'Jean Marc': two words that make one given name."""
    first, second = first.casefold(), second.casefold()
    return (first in _COMPOUND_FIRST and second in _COMPOUND_SECOND) or (
        first in _DOUBLE_FIRST | _COMPOUND_FIRST and second in _DOUBLE_SECOND
    )


def first_name(name: str) -> str:
    """'Dana Lee' → 'Dana'; 'Dr. Anna Kim' → 'Anna' (a title is not a first name); 'Ana Paula Ferreira
    Santos' → 'Ana Paula', 'Ruth Ann Kessler' → 'Ruth Ann' (a double given name is one name; names in Western
    order)."""
    parts = name_parts(name)
    if len(parts) >= 3 and _double_given(parts[0], parts[1]):
        return f"{parts[0]} {parts[1]}"
    return parts[0]


def salutation(name: str, *, formal: bool) -> str:
    """How to greet someone: 'Dana', 'Dana Lee' (formal), or 'Dr. Kim' whenever a title is given."""
    parts = name.split()
    title = _title(parts)
    if title is None:
        return name if formal else parts[0]
    if title.lower() in ("sir", "dame"):
        return f"{title} {parts[1]}"  # Sir Ian, Dame Judi
    dotted = title if title.endswith(".") or title.lower() == "miss" else title + "."
    return f"{dotted} {parts[-1]}"


def name_parts(name: str) -> list[str]:
    """The words of a name without its title: 'Dr. Anna Kim' → ['Anna', 'Kim']."""
    parts = name.split()
    return parts[1:] if _title(parts) else parts


# Common family names of cultures that write the family name first (Vietnamese, Chinese, Korean,
# Japanese, Hungarian). A name that starts with one is greeted in full unless `greet_as` says how.
FAMILY_FIRST = frozenset(
    (
        "nguyễn nguyen trần tran lê phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng dang bùi bui đỗ do "
        "hồ ngô ngo dương duong lý "
        "wang zhang liu chen yang huang zhao zhou xu sun zhu hu guo luo gao liang zheng xie tang deng feng "
        "cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lü ding ren shen yao lu "
        "park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song "
        "sato satō suzuki takahashi tanaka watanabe ito itō yamamoto nakamura kobayashi kato katō yoshida "
        "yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto "
        "yamashita ishikawa nakajima maeda fujita ogawa goto gotō okada hasegawa murakami kondo kondō ishii saito "
        "saitō sakamoto endo endō aoki fujii nishimura fukuda miura fujiwara okamoto matsuda nakagawa nakano "
        "harada tamura takeuchi kaneko wada nakayama ishida ueda morita shibata sakai kudo kudō yokoyama "
        "miyazaki miyamoto uchida takagi taniguchi maruyama imai takada fujimoto takeda murata ueno sugiyama "
        "masuda sugawara hirano otsuka ōtsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura "
        "kikuchi onishi ōnishi sugimoto arai hamada ichikawa furukawa mizuno komatsu shimada kojima iwata "
        "hayashida nishida kawaguchi kawasaki yasuda hoshino tsuchiya "
        "nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar németh nemeth "
        "farkas balogh papp takács takacs juhász juhasz lakatos mészáros meszaros oláh simon rácz fekete "
        # Hokkien, Teochew and Cantonese spellings (Singapore, Malaysia, Hong Kong): 'Tan Wei Ling'
        "tan ng goh ong koh teo chua chan wong leung cheung lau yeo chong quek khoo heng yap kwok tsang tse "
        "yip fung hui kwan siu chow choy"
    ).split()
)
# Also common given or family names in English order ("Kim Jones", "Lee Child", "Ma Yo"): counted
# as family-name-first only in a name of three or more parts or a hyphenated given name.
AMBIGUOUS_FAMILY_FIRST = frozenset(
    "kim lee li ma he lin wu yi le ly hồ ho simon song han low foo sim neo mak tay lai toh soh poh seah".split()
)

# Less common Chinese and Korean family names, several also English words or names ('Long', 'Fan', 'Moon'): counted
# as family-name-first only before a romanised given name ('Fang Xiaoyu', 'Moon Jiwoo') or as the ambiguous ones are.
LESS_COMMON_FAMILY_FIRST = (
    frozenset(
        "qian kong mao fang shi jin yan bai qin fu xiong meng qiu hou jia gu hao dai lei duan shao wan gong tao "
        "fan mo yin zou cui long xue hong wen tong qi kang niu ni "
        "baek nam noh ryu yoo moon bae jeon ko son ha".split()
    )
    - FAMILY_FIRST
    - AMBIGUOUS_FAMILY_FIRST
)


def family_name_first(name: str) -> bool:
    """'Nguyễn Thị Minh Khai', 'Zhang Wei', 'Kim Min-jun' → True; 'Dana Lee', 'Kim Jones' → False."""
    parts = name_parts(name)
    if len(parts) < 2:
        return False
    first = parts[0].casefold()
    if first in AMBIGUOUS_FAMILY_FIRST or first in LESS_COMMON_FAMILY_FIRST:
        # 'Lin Meiting', 'Kim Minjun': a romanised given name of two syllables in one word says so too
        return len(parts) >= 3 or "-" in parts[1] or (len(parts) == 2 and romanised_given(parts[1]))
    return first in FAMILY_FIRST


def greeting(name: str, greet_as: str | None = None) -> str:
    """How a message names them: `greet_as` when given; a title with the family name ('Dr. Ruiz');
    the full name when the family name comes first; else the first name. Never first name plus surname."""
    if greet_as:
        return greet_as
    parts = name.split()
    title = _title(parts)
    rest = name_parts(name)
    if title is not None and family_name_first(name) and title.lower() not in ("sir", "dame"):
        dotted = title if title.endswith(".") or title.lower() == "miss" else title + "."
        return f"{dotted} {rest[0]}"
    if title is not None:
        return salutation(name, formal=True)
    if family_name_first(name):
        return " ".join(rest)
    return first_name(name)


# Vietnamese middle names that mark gender rather than name the person ("Thị", "Văn").
_VIETNAMESE_MIDDLE = frozenset("thị thi văn van".split())


def given_name(name: str) -> str:
    """The given name of a family-name-first name: 'Nguyễn Thị Minh Khai' → 'Minh Khai', 'Zhang Wei' → 'Wei'."""
    rest = name_parts(name)[1:]
    while len(rest) > 1 and rest[0].casefold() in _VIETNAMESE_MIDDLE:
        rest = rest[1:]
    return " ".join(rest)
