"""Words and name runs: the text cut into word tokens, the longest run of tokens from a given one
that the gazetteer knows as a name, and whether a run sits inside a longer proper name (a
newspaper, an office, a person). :mod:`geomap.geoparse.recognize` finds mentions with these, and
the filters of :mod:`geomap.geoparse.rules` ask them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap import lang
from geomap.gazetteer import MAJOR_CODES, Gazetteer
from geomap.geoparse import persons, words
from geomap.lang import inflection, morphology
from geomap.text import name_key, strip_possessive

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:['’][^\W\d_]{2}\w*|[.][^\W\d_]\w*)*")
_CONNECTORS = frozenset().union(*(lang.word_set("name_connectors", code)
                                   for code in lang.languages_with("name_connectors.txt")))
"""Lowercase words inside a place name, in every language that lists them ("au", "на")."""
SINGULAR_DIVISIONS = {
    word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else
    word + ("es" if word.endswith(("s", "sh", "ch")) else "s"): word
    for word in lang.words("division_words") if " " not in word}
"""Each plural head of a list of divisions ("the Sumy and Kharkiv Oblasts", "the Bryansk and
Kursk regions"), lower case, with its singular."""
_REGION_WORDS = lang.word_set("region_words") | inflection.region_words()
_ORG_WORDS = lang.word_set("organisation_heads")
_PEOPLE_WORDS = lang.word_set("people_nouns")
_CULTURE_WORDS = lang.word_set("culture_nouns")
_ORG_OPENERS = lang.word_set("organisation_openers")
_GENERIC_HEADS = lang.word_set("generic_heads")
_QUARTER = re.compile(r" (?:" + "|".join(re.escape(w) for w in lang.words("quarter_words"))
                      + r")\b", re.IGNORECASE)
BIG_PLACE = 100_000  # a common word mid-sentence names a settlement this large
_SURNAME_ZIPF = 3.0  # a capitalised word this rare after a one-word place makes a person's name
_COMPOUND_ZIPF = 3.5  # a capitalised word this rare after a place may end a longer name
_OPENER_ZIPF = 3.0  # a capitalised word this rare before a place may open a longer name
_TAIL_ZIPF = 5.5  # a lowercase Cyrillic word this common ends no place name
_FUNCTION_WORD_LETTERS = 3  # a common Cyrillic word this short is no name ("В", "Во", "Под")
_ELIDED = re.compile(r"[dl]['’][A-Z]")  # "d'Ivoire", "l'Aquila"
SHORT_TITLES = frozenset({"St", "Ste", "Ft", "Mt", "Pt"})  # "St. Louis", "Ft. Worth"


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of every :data:`_TOKEN` match.

    The same as reading ``finditer``'s match objects, without making one per word: any letter
    starts a token, so no letter lies between two tokens and the first occurrence of a word after
    the previous token is where it matched.
    """
    tokens: list[tuple[int, int, str]] = []
    find = text.find
    end = 0
    for word in _TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        tokens.append((start, end, word))
    return tokens


def capitalised(word: str) -> bool:
    return word[0].isupper()


def longest_match(text: str, tokens: list[tuple[int, int, str]], caps: list[bool], i: int,
                  gazetteer: Gazetteer) -> int | None:
    best = None
    limit = min(len(tokens), i + gazetteer.max_tokens)
    cyrillic_first = inflection.cyrillic(tokens[i][2])
    for j in range(i, limit):
        word = tokens[j][2]
        if j > i:
            gap = text[tokens[j - 1][1]:tokens[j][0]]
            if cyrillic_first and j == i + 1 and caps[j] and gap != "-" and \
                    not gazetteer.opens_name(tokens[i][2]) and not inflection.district_stems(
                        text[tokens[i][0]:tokens[j][1]]):
                break  # no name of capitalised words begins so ("Олег Голяшкін"), but a
                # hyphenated one may be a romanised name ("Гором-Гором")
            if gap in ("'", "’") and word == "s" and j + 1 < limit:
                continue  # "People's Republic of China": a possessive inside a name
            if not _joinable(gap) and not (gap == ". " and tokens[j - 1][2] in SHORT_TITLES):
                break
            lower = word.casefold()
            if not caps[j] and lower not in _CONNECTORS and lower not in _REGION_WORDS \
                    and not _ELIDED.match(word):
                # but "Côte d'Ivoire", "Val d'Oise" go on, and a Cyrillic name may end in a
                # lowercase noun ("Обединеното кралство", "Балтийского моря")
                if word.isascii() or not _cyrillic_name(text, tokens, i, j, gazetteer):
                    break
                return j
        if caps[j] or word.casefold() in _REGION_WORDS or _ELIDED.match(word):
            span = text[tokens[i][0]:tokens[j][1]]
            key = surface_key(span)
            if key and (gazetteer.has_name(key) or (
                    "-" in span and gazetteer.has_name(surface_key(span.replace("-", "")))) or (
                    not key.isascii() and gazetteer.has_inflected(strip_possessive(span)))):
                best = j
    if best is None and cyrillic_first and caps[i] and _listed_adjective(text, tokens, i,
                                                                          gazetteer):
        best = i
    if best is not None and best > i and tokens[best][2] == "City" \
            and _CIVIC.match(text, tokens[best][1]):
        # "Alexandria City Hall": the city's hall, not "Alexandria City", another name of the
        # Alexandria in Virginia; but "Kansas City Council" is the council of Kansas City
        shorter = text[tokens[i][0]:tokens[best - 1][1]]
        if gazetteer.has_name(surface_key(shorter)) and not any(
                c.kind == "name" for c in gazetteer.candidates(text[tokens[i][0]:tokens[best][1]])):
            best -= 1
    return best


_CIVIC = re.compile(r" (?:Hall|Council|Commission|Manager|Attorney|Clerk|Court|Police|Schools?|"
                    r"Limits|Councilm[ae]n|Councilwoman|Councillors?)\b")


CYRILLIC_LIST = re.compile(r"(?:,\s*[\w’'ʼ-]+){0,8}(?:,|\s+(?:и|та|і|й|или|або))\s+[\w’'ʼ-]+\s+"
                           r"(?P<head>[\w’'ʼ-]+)")
"""The rest of a list of Cyrillic adjectives before the division noun they share: "Черниговской[
и Сумской областей]"."""


def _listed_adjective(text: str, tokens: list[tuple[int, int, str]], i: int,
                      gazetteer: Gazetteer) -> bool:
    """Whether token ``i`` opens a list of adjectives that share a division noun and names a
    division with it: "Черниговской" in "Черниговской и Сумской областей" (the last adjective
    is found with the noun)."""
    found = CYRILLIC_LIST.match(text, tokens[i][1])
    head = found and inflection.division_head(found.group("head"))
    return bool(head) and gazetteer.has_inflected(f"{tokens[i][2]} {head}", romanised=False)


def _cyrillic_name(text: str, tokens: list[tuple[int, int, str]], i: int, j: int,
                   gazetteer: Gazetteer) -> bool:
    """Whether tokens ``i`` to ``j`` (its last word lowercase) name a place in Cyrillic, as
    written or in a dictionary form."""
    span = text[tokens[i][0]:tokens[j][1]]
    if not inflection.cyrillic(span):
        return False
    if not gazetteer.opens_name(tokens[i][2]):  # only a district's name may begin so
        return j == i + 1 and bool(inflection.district_stems(span)) and \
            gazetteer.has_inflected(span, romanised=False)
    if gazetteer.has_name(surface_key(span)):
        return True
    # a word this common ("заявила", "на") ends no name: a name's last lowercase word is a noun
    # such as "море", "кралство", "області"
    # (a name's Latin spelling ends in no lowercase Cyrillic noun: no romanised lookup)
    return words.language_zipf(tokens[j][2], None) < _TAIL_ZIPF and \
        gazetteer.has_inflected(span, romanised=False)


def _joinable(gap: str) -> bool:
    return gap in (" ", "-", " - ", "\u00a0") or (gap.strip() == "" and "\n" not in gap
                                                    and len(gap) <= 2)


@lru_cache(maxsize=262144)
def surface_key(surface: str) -> str:
    """The gazetteer key of a span as written, its possessive ending dropped."""
    return name_key(strip_possessive(surface))


def inside_longer_name(text: str, tokens: list[tuple[int, int, str]], i: int, j: int,
                       gazetteer: Gazetteer | None = None) -> bool:
    if gazetteer is not None and i == j and not tokens[i][2].isascii() \
            and _cyrillic_personal_name(text, tokens, i, gazetteer):
        return True
    if j + 1 < len(tokens):
        nxt = tokens[j + 1]
        gap = text[tokens[j][1]:nxt[0]]
        if gap == " " and nxt[2] in _PEOPLE_WORDS:
            return True  # "the Samburu tribe": a people
        if gap == " " and nxt[2].casefold() in _CULTURE_WORDS and gazetteer is not None and \
                i == j and not any(c.kind == "demonym" or c.place.feature_code.startswith("PCL")
                                   for c in gazetteer.candidates(tokens[i][2])):
            return True  # "the Adena people": a people, not the town of its name
        if gap == " " and capitalised(nxt[2]):
            if nxt[2].casefold() in _ORG_WORDS:
                return True
            if nxt[2].casefold() in SINGULAR_DIVISIONS:
                return False  # "the Sumy and Kharkiv Oblasts": a list of divisions
            # "the Hickory Hill neighborhood": a part of a town the gazetteer lacks
            if gazetteer is not None and i == j and _QUARTER.match(text, nxt[1]) \
                    and not _major_name(tokens[i][2], gazetteer):
                return True
            # "Oleh Syniehubov", "Jordan Peterson": a rare capitalised word that names no place
            if gazetteer is not None and i == j \
                    and words.zipf()(nxt[2].casefold()) < _SURNAME_ZIPF \
                    and not gazetteer.has_name(name_key(nxt[2])) \
                    and not (not tokens[i][2].isascii() and _opens_division(tokens, j + 1)) \
                    and (tokens[i][2].casefold() in words.first_names()
                         or not persons.major(tokens[i][2], gazetteer)) \
                    and (tokens[i][2].isascii()
                         or not _known_in_cyrillic(tokens[i][2], gazetteer)):
                # but "Manitoba Underdogs Rescue" keeps Manitoba, and "мэра Москвы Юрия
                # Лужкова" Moscow: a well-known place, declined, before a person in Cyrillic
                return True
            # "Mary Z. Connaughton": a name before a middle initial and a surname
            if i == j and len(nxt[2]) == 1 and _INITIAL_SURNAME.match(text, nxt[1]) and (
                    gazetteer is None or tokens[i][2].casefold() in words.first_names()
                    or not persons.major(tokens[i][2], gazetteer)):
                return True
            # "Mary Wheeler", "George Bush": a given name before a surname
            if i == j and tokens[i][2].casefold() in words.first_names() \
                    and strip_possessive(nxt[2]).casefold() in words.last_names():
                return True
            # "Ain Zara": a one-word place before a capitalised word that names other places,
            # none of them a country or first-order division, is the start of a name the
            # gazetteer lacks (but "Springfield Illinois", "Kaduna State")
            if gazetteer is not None and i == j and _unknown_compound(nxt[2], gazetteer) \
                    and not _major_name(tokens[i][2], gazetteer):
                return True
        # "McPherson & Jacobsen": a firm
        if i == j and _FIRM.match(text, tokens[j][1]) and (
                gazetteer is None or not persons.major(tokens[i][2], gazetteer)):
            return True
    if gazetteer is not None:
        # "Diaz-Balart", "Smith-Jones": a double surname, unless both halves are well-known
        # places ("Amsterdam-London"); a hyphenated place name matched as a whole already
        for k, other in ((j, j + 1), (i - 1, i)):
            if k >= 0 and other < len(tokens) and text[tokens[k][1]:tokens[other][0]] == "-" \
                    and capitalised(tokens[k][2]) and capitalised(tokens[other][2]) \
                    and _double_surname(tokens, k, gazetteer):
                return True
    if i > 0:
        prev = tokens[i - 1]
        gap = text[prev[1]:tokens[i][0]]
        if gap == ". " and prev[2] in SHORT_TITLES:
            return True  # "St. Patrick's Day", "St. Clair": a saint's name, not the place
        if gap == " " and capitalised(prev[2]) and tokens[i][2].casefold() in _GENERIC_HEADS:
            return True  # "Red River Valley", "Canadian Coast Guard": the name began earlier
        if gap == " " and capitalised(prev[2]):
            lower = prev[2].casefold().rstrip(".")
            if lower in persons.TITLES or lower in _ORG_OPENERS:
                return True  # "President Biden", "United Russia" (a party), "Real Madrid"
            if gazetteer is not None and i == j and _unknown_opener(text, tokens, i, gazetteer):
                return True  # "the Khor Mor gas field": a name the gazetteer lacks
    return False


def _opens_division(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` opens a division's name, a region word after it ("Покров
    Нікопольського району": the town, then the district that holds it)."""
    return k + 1 < len(tokens) and tokens[k + 1][2].casefold() in _REGION_WORDS


def _unknown_opener(text: str, tokens: list[tuple[int, int, str]], i: int,
                    gazetteer: Gazetteer) -> bool:
    """Whether the capitalised word before the one-word place ``tokens[i]`` opens a longer name
    the gazetteer lacks ("the Khor Mor gas field" is no town Mor): a rare word (below
    :data:`_OPENER_ZIPF`: "Rodeo Gainesville" keeps its town), no given name and no acronym
    ("CTV Winnipeg" keeps its city), after a word in lower case (not at a sentence's start, not
    inside a run of capitalised words), where neither word names a country, a first-order
    division or a capital ("Springfield Illinois" keeps its state)."""
    previous = tokens[i - 1][2]
    if i < 2 or not previous.isascii() or previous.isupper() or not capitalised(tokens[i][2]):
        return False
    before = tokens[i - 2][2]
    if text[tokens[i - 2][1]:tokens[i - 1][0]] != " " or not before.isalpha() \
            or not before.islower():
        return False
    lower = previous.casefold()
    return words.zipf()(lower) < _OPENER_ZIPF and lower not in words.first_names() \
        and not _major_name(previous, gazetteer) and not _major_name(tokens[i][2], gazetteer)


def _unknown_compound(following: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised word after a one-word place is a rare word (below
    :data:`_COMPOUND_ZIPF`) that names places of its own, none of them a country, a first-order
    division or a capital, and is no word of a division's name: :func:`inside_longer_name`'s
    "Ain Zara"."""
    lower = following.casefold()
    if not following.isascii() or lower in _REGION_WORDS or lower in _GENERIC_HEADS \
            or lower in SINGULAR_DIVISIONS or words.zipf()(lower) >= _COMPOUND_ZIPF \
            or not gazetteer.has_name(name_key(following)):
        return False
    return bool(gazetteer.candidates(following)) and not _major_name(following, gazetteer)


def _major_name(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word names a country, a first-order division or a capital, or is a demonym."""
    return any(c.place.feature_code in MAJOR_CODES or c.place.feature_code == "PPLC"
               or c.kind == "demonym" for c in gazetteer.candidates(word))


def _cyrillic_personal_name(text: str, tokens: list[tuple[int, int, str]], i: int,
                            gazetteer: Gazetteer) -> bool:
    """"Тереза Мей", "Хайко Маас": two capitalised Cyrillic words side by side, neither a
    well-known place, nor a short common word ("В Лвов", "Во Львове"), nor the start
    of a division's name ("Бахмуті Донецької області"), are a person's given name and surname,
    whatever small places share them."""
    word = tokens[i][2]
    if not inflection.cyrillic(word):
        return False
    # "Владимира Путина": a given name and a surname by their grammar, whatever city shares
    # the given name
    if i + 1 < len(tokens) and text[tokens[i][1]:tokens[i + 1][0]] == " " \
            and morphology.personal_name(word, tokens[i + 1][2]):
        return True
    if _known_in_cyrillic(word, gazetteer):
        return False
    for k in (i - 1, i + 1):
        if not 0 <= k < len(tokens):
            continue
        other = tokens[k][2]
        gap = text[tokens[min(i, k)][1]:tokens[max(i, k)][0]]
        if k == i - 1 and words.after_settlement_word(text, tokens, i):
            continue  # "Місто Лисичанськ", "Село Моринці": a settlement, named
        if gap == " " and capitalised(other) and inflection.cyrillic(other) \
                and not _function_word(other) \
                and not _known_in_cyrillic(other, gazetteer) \
                and not _opens_division(tokens, k):
            return True
    return False


def _function_word(word: str) -> bool:
    """Whether a capitalised Cyrillic word is a short common word that opens a sentence ("В",
    "Во", "На", "Под") or a function word of its language ("Край", "Поблизу"), not a given name
    or surname."""
    return (len(word) <= _FUNCTION_WORD_LETTERS and words.language_zipf(word, None) >= 5.0) \
        or word.casefold() in words.FOREIGN_FUNCTION_WORDS


def _known_in_cyrillic(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a Cyrillic word is a place too well known to be part of a person's name: a
    country, division or capital, a city of a million, or a declined town of
    :data:`_DECLINED_TOWN` people ("мэра Бахмута Алексея Ревы"), names declining as places do
    before a person (but not a town found only by its romanisation: "Олександър", a given name,
    is no Oleksandriya). Names as written of smaller places are also given names and surnames
    ("Тереза", "Мей")."""
    declined = not gazetteer.has_name(surface_key(word))
    return any(c.place.feature_code in (*MAJOR_CODES, "PPLC")
               or c.place.population >= _CYRILLIC_CITY
               or (declined and c.place.population >= _DECLINED_TOWN and c.kind != "translit")
               for c in gazetteer.candidates(word))


_CYRILLIC_CITY = 1_000_000
_DECLINED_TOWN = 10_000


def cyrillic_surnames(text: str, tokens: list[tuple[int, int, str]], gazetteer: Gazetteer,
                      caps: list[bool] | None = None) -> set[str]:
    """The second words of the article's Cyrillic personal names (see
    :func:`_cyrillic_personal_name`): a later "Мей" alone is Theresa May too. ``caps`` says
    which tokens are capitalised, when the caller knows."""
    found: set[str] = set()
    if caps is None:
        caps = [capitalised(word) for _, _, word in tokens]
    # only a pair of capitalised words is read further
    for i in [k for k in range(len(tokens) - 1) if caps[k] and caps[k + 1]]:
        first, second = tokens[i][2], tokens[i + 1][2]
        if inflection.cyrillic(first) \
                and inflection.cyrillic(second) and text[tokens[i][1]:tokens[i + 1][0]] == " " \
                and not gazetteer.has_name(surface_key(f"{first} {second}")) \
                and _cyrillic_personal_name(text, tokens, i + 1, gazetteer):
            found.add(second)
    return found


_INITIAL_SURNAME = re.compile(r"\. [A-Z][a-z]")
_FIRM = re.compile(r" & [A-Z]")


def _double_surname(tokens: list[tuple[int, int, str]], k: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens ``k`` and ``k + 1``, joined by a hyphen, are a personal name ("Mario
    Diaz-Balart") rather than two places ("Amsterdam-London", "Fargo-Moorhead"): a half that
    names no place, or a given name before the pair."""
    first, second = tokens[k][2], tokens[k + 1][2]
    if not (gazetteer.has_name(name_key(first)) and gazetteer.has_name(name_key(second))):
        return True
    return k > 0 and tokens[k - 1][2].casefold() in words.first_names() \
        and not (_well_known(first, gazetteer) and _well_known(second, gazetteer))


def _well_known(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is the name of a major place or of a settlement of 100,000 or more."""
    return any(c.kind in ("name", "alt", "abbr") and (
        c.place.feature_code in (*MAJOR_CODES, "PPLC") or c.place.population >= BIG_PLACE)
        for c in gazetteer.candidates(word))
