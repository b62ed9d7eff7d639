"""The filters of recognition: named rules, in one table (:data:`RULES`), that decide whether a
run of tokens the gazetteer knows as a name is a place here.

- a common English word ("Street", "Main", "Columbus") is kept when it names a major place (a
  country, continent or first-order division), or a settlement of 100,000 people or more by its
  preferred name when it is not the first word of a sentence; otherwise it is dropped, or kept
  only if the article names it elsewhere with evidence;
- a match inside a longer proper name is dropped: "The Wall Street Journal", "Washington Post",
  "President Volodymyr Zelensky", "Georgia Tech";
- and the others of the table, each with the case it was written for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from geomap import lang
from geomap.gazetteer import MAJOR_CODES, Gazetteer
from geomap.geoparse import words
from geomap.geoparse.datelines import capital_dateline, dateline_agency, month_date, opens_line
from geomap.geoparse.institutions import (
    council_adjective,
    institution_genitive,
    named_thing,
    quoted_name,
    settlement_word,
)
from geomap.geoparse.spans import BIG_PLACE, inside_longer_name, longest_match, surface_key
from geomap.lang import inflection
from geomap.lang.contexts import place_pattern
from geomap.models import Candidate
from geomap.text import name_key, sentence_initial

_DIRECTIONS = lang.word_set("place_modifiers")
_BIG_ALT_PLACE = 1_000_000  # ... or this large, when the word is another name of it ("Hamas")
_NAME_ZIPF = 3.0  # how common a word that is only a name counts (below words.COMMON_ZIPF)
_ALT_ZIPF = 2.5  # a word this common that is only another name of small places names none
_VERY_COMMON = 5.0  # "We": only a preferred name, never an alternate name, lets these through
_CUE_ZIPF = 5.2  # "Man of the Year": a word this common names a big place only after a cue
_ORDINARY_ZIPF = 4.0  # a sentence's first word this common in its language is an ordinary word
_VERY_COMMON_NAME = 4.5  # "Mary" (a Turkmen province): too common a word for a division to vouch
_DISEASE = re.compile(r"(?:[- ](?:haemorrhagic|hemorrhagic|immunodeficiency|Reston))?[- ]"
                      r"(?:virus|viruses|fever|strain)\b", re.IGNORECASE)
_WAR = re.compile(r"[ -][Ww]ars?\b")
# "at Orange and White streets", "Main, Elm and Oak avenues": names in a list before a plural
# street word written in lower case are the streets' names
_STREET_LIST = re.compile(r"(?:(?:,\s|,?\s(?:and|&)\s)(?:[A-Z][\w'’.-]* ){0,2}"
                          r"[A-Z][\w'’.-]*){0,8}\s(?:streets|avenues|roads|drives|boulevards|lanes)\b")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Ste\.?) $")
_PARTY = re.compile(r"(?:,|\()\s?[DRI]-$")
_DATELINE = re.compile(r"\s*(?:,|--|—|–|-|\(|:|$)", re.MULTILINE)
PLACE_CUE = re.compile(r"\b(?:in|near|outside|through|(?:city|town|village) of"
                       r"|(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west) of)\s+$")
"""The words before a name that say a place follows: "in", "the town of", "west of"."""
_CUE_REACH = 16  # characters before a name that :data:`PLACE_CUE` reads ("north-west of ")
_TITLE_MINOR = lang.word_set("headline_minor_words")
_FUNCTION_WORDS = lang.word_set("function_words")
_CITY_PARTS = lang.word_set("city_parts")
_LABELS = lang.word_set("label_words")
_LABEL_AFTER = re.compile(r" (?:\d+|[A-Z])\b(?![.'’]\w)")
_BREAKS = frozenset("\n.!?:")
_CITY_SIDE = re.compile(r"(?:North|South|East|West)(?:east|west)?\s+Side", re.IGNORECASE)
_INITIAL_BEFORE = re.compile(r"\b[A-Z]\. ?$")
_CAPITAL_INSIDE = re.compile(r"[а-яёґєії][А-ЯЁҐЄІЇ]")  # "ПрАТ", "МінЮст"
_PERSON_AFTER = re.compile(
    rf"\s+[A-Z]|,?\s+(?:(?:\w+\s+)?{lang.alternation('saying_verbs')}|who|and (?:his|her|their))\b")


class Seen:
    """A match under review, with what the rules of :data:`RULES` ask of it computed once:
    its candidates, whether it is written in Cyrillic (``cyrillic``), how common it is as an
    English word (``zipf``) and whether a place cue precedes it (``cue``).

    Parameters
    ----------
    text, tokens, caps
        The article, its tokens and which of them are capitalised.
    i, j
        The match's first and last token.
    surface
        The match as written, possessive dropped.
    gazetteer
        The open gazetteer.
    language
        The article's language (ISO 639-1), ``None`` when not known.
    """

    __slots__ = ("_candidates", "_cue", "caps", "cyrillic", "end", "gazetteer", "i", "j",
                 "language", "start", "surface", "text", "tokens", "zipf")

    def __init__(self, text: str, tokens: list[tuple[int, int, str]], caps: list[bool], i: int,
                 j: int, surface: str, gazetteer: Gazetteer, language: str | None = None) -> None:
        self.text, self.tokens, self.caps, self.language = text, tokens, caps, language
        self.i, self.j, self.surface, self.gazetteer = i, j, surface, gazetteer
        self.start, self.end = tokens[i][0], tokens[j][1]
        self.cyrillic = inflection.cyrillic(surface)
        self._candidates: tuple[Candidate, ...] | None = None
        # how common the match is as an English word: 0 for more than one word and for a
        # dateline in capitals ("MANSFIELD --"); a frequent word that opens a sentence but is
        # only a name counts as _NAME_ZIPF ("Lyon is France's third city")
        single = i == j and not (surface.isupper() and _DATELINE.match(text, self.end) and (
            len(surface) > 4 or opens_line(text, self.start)))
        zipf = words.zipf()(surface.casefold()) if single else 0.0
        if zipf and language not in (None, "en", *inflection.CYRILLIC_LANGUAGES):
            # in an article of another language in Latin letters, how common the word is there
            # too: "Sake" is an English word, not a French one
            zipf = min(zipf, words.language_zipf(surface, language))
        if zipf >= words.COMMON_ZIPF and sentence_initial(text, self.start) \
                and words.name_only(surface) and not (
                    surface.casefold() in words.last_names() and (
                        _PERSON_AFTER.match(text, self.end)
                        or _INITIAL_BEFORE.search(text, max(0, self.start - 4), self.start))):
            zipf = _NAME_ZIPF  # but "Lyon said", "Blair Norton", "E.J. Gardner" are persons
        self.zipf = zipf
        self._cue: bool | None = None

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """The places the match may name, looked up when a rule first asks."""
        if self._candidates is None:
            self._candidates = self.gazetteer.candidates(self.surface)
        return self._candidates

    @property
    def cue(self) -> bool:
        """Whether a word before the match says a place follows ("in", "the town of"), or an
        apposition after it calls it one ("Sake, a lakeside town")."""
        if self._cue is None:
            self._cue = (bool(PLACE_CUE.search(self.text[max(0, self.start - _CUE_REACH):
                                                          self.start]))
                         and not _modifier(self.text, self.tokens, self.j)) \
                or place_pattern("owned_after", self.language).match(self.text, self.end) \
                is not None \
                or place_pattern("kind_apposed_after", self.language).match(self.text, self.end) \
                is not None
        return self._cue


def names_group(text: str, end: int, language: str | None) -> bool:
    """Whether the name that ends at offset ``end`` names a group, as the words after it say
    ("the Hengaw rights group", "Hengaw, a Kurdish rights group"; the ``group_after`` pattern
    of the language's ``place_contexts.tsv``)."""
    return place_pattern("group_after", language).match(text, end) is not None


@dataclass(frozen=True, slots=True)
class Rule:
    """One filter of recognition: when ``applies``, the match's ``verdict`` (``None``: a
    common word that names a place only if the article names it elsewhere with evidence)."""

    name: str
    verdict: bool | None
    applies: Callable[[Seen], bool]
    common_only: bool = False  # tried only on a common English word (zipf >= COMMON_ZIPF)
    cyrillic_only: bool = False  # tried only on a match written in Cyrillic


def _common_major(s: Seen) -> bool:
    """A common word that is a demonym, a metonym, an abbreviation written as one, another name
    of a country or continent, or the name of a major place not too common a word."""
    abbreviated = s.surface.isupper() or "." in s.surface or s.text[s.end:s.end + 1] == "."
    return any(c.kind in ("demonym", "metonym") or (c.kind == "abbr" and abbreviated)
               or (c.kind == "alt" and c.place.feature_code in ("PCLI", "CONT")) or (
                   c.kind == "name" and c.place.feature_code in (*MAJOR_CODES, "PPLC")
                   and (s.zipf < _VERY_COMMON_NAME
                        or c.place.feature_code in ("PCLI", "CONT", "PPLC")))
               for c in s.candidates)


def _common_big_place(s: Seen) -> bool:
    """A common word mid-sentence (not in a title-case headline) that names a big place."""
    big = any(c.place.population >= (BIG_PLACE if c.kind == "name" else _BIG_ALT_PLACE)
              and (c.kind == "name" or s.zipf < _VERY_COMMON) for c in s.candidates)
    return big and (s.zipf < _CUE_ZIPF or s.cue) and not sentence_initial(s.text, s.start) \
        and not _title_case(s.text, s.tokens, s.caps, s.i)


def _common_after_cue(s: Seen) -> bool:
    """"hiding in Hurricane": a common word after a place cue that names a settlement or
    division by its preferred name."""
    return s.zipf < _VERY_COMMON and s.cue and any(
        c.kind == "name" and c.place.feature_class in ("P", "A") for c in s.candidates) \
        and not _title_case(s.text, s.tokens, s.caps, s.i)


def _given_name(s: Seen) -> bool:
    """"Michael", "Patrick": a given name without a place cue, unless a major place bears it."""
    return s.i == s.j and s.surface.casefold() in words.first_names() and not s.cue and not any(
        c.place.feature_code in ("PCLI", "CONT")
        or (c.kind == "name" and c.place.feature_code in (*MAJOR_CODES, "PPLC"))
        or (c.kind == "name" and c.place.population >= BIG_PLACE)
        for c in s.candidates)


def _arabic_article(s: Seen) -> bool:
    """"Al-Ahram said": a name glued to the Arabic article ("Al-", "el-") names a place only as
    the gazetteer knows it with the article ("al-Raqqa", "al-Bab"); else it is a newspaper's,
    a channel's or a group's name."""
    if s.i == 0 or s.tokens[s.i - 1][2].casefold() not in ("al", "el") or \
            s.text[s.tokens[s.i - 1][1]:s.start] != "-":
        return False
    return not s.gazetteer.candidates("al " + s.surface)  # by any spelling: "ar-Raqqah"


def _family(s: Seen) -> bool:
    """"the Boons": a plural after "the" that is only another name of small places."""
    return s.i == s.j and s.i > 0 and s.tokens[s.i - 1][2].casefold() == "the" \
        and s.surface.endswith("s") and all(
            c.kind == "alt" and c.place.population < _BIG_ALT_PLACE
            and c.place.feature_code not in MAJOR_CODES for c in s.candidates)


_FOREIGN_ALT_TOWN = 20_000
"""People in a town abroad whose Cyrillic other name, a common word of the article's language,
still names it."""


def _rare_alt_name(s: Seen) -> bool:
    """"Passover", "the Mission": a fairly common word, alone or after "The", that is only
    another name of small places (a city after a place cue is none: "outside Larissa"); in
    Cyrillic, a common word of the article's language that is only another name of small
    places abroad ("Сил", of "Сил оборони", is no Selah in Washington)."""
    if s.cyrillic:
        if s.i != s.j or _CAPITAL_INSIDE.search(s.surface) \
                or words.language_zipf(s.surface, s.language) < _ALT_ZIPF:
            return False  # (an abbreviation such as "ПрАТ" is another rule's)
        home = inflection.homes_of(s.surface)
        return bool(s.candidates) and not any(
            c.kind != "alt" or c.place.feature_class != "P"
            or c.place.population >= _FOREIGN_ALT_TOWN or c.place.country_code in home
            for c in s.candidates)
    the = s.j == s.i + 1 and s.tokens[s.i][2] == "The"  # "the Mission", not "the Atlantic"
    zipf = words.zipf()(s.tokens[s.j][2].casefold()) if the else s.zipf
    return zipf >= _ALT_ZIPF and not any(
        c.kind != "alt" or c.place.population >= _BIG_ALT_PLACE
        or (s.cue and c.place.population >= BIG_PLACE)  # "outside Larissa": a city so named
        or c.place.feature_code in (*MAJOR_CODES, "PPLC") or _short_form(s.surface, c.place.name)
        or _without_article(s.surface, c.place.name)
        or (the and c.place.feature_class != "P") for c in s.candidates)


def _ordinary_word(s: Seen) -> bool:
    """"Selon", "Lundi", "По словам", "Але": a sentence's first word, common in the article's
    language (other than English, whose words the other rules weigh) or, in an article of
    unknown language, in a Cyrillic one, that names no major or big place. (These languages
    capitalise only names within a sentence, so only its first word may be an ordinary word.)
    A word as common as "Но" or "Тем" names a big place only in the language's home countries
    (:func:`~geomap.lang.inflection.home_countries`): it is not Ho or Tema in Ghana."""
    if not (s.i == s.j and (s.language not in (None, "en") or s.cyrillic)
            and sentence_initial(s.text, s.start)):
        return False
    zipf = words.language_zipf(s.surface, s.language)
    if zipf < _ORDINARY_ZIPF:
        return False
    home = inflection.home_countries(s.language)
    return not any(
        c.place.feature_code in (*MAJOR_CODES, "PPLC") or (
            c.place.population >= BIG_PLACE
            and (zipf < _VERY_COMMON or c.place.country_code in home)) for c in s.candidates)


def _war(s: Seen) -> bool:
    return bool(_WAR.match(s.text, s.end)) and not any(
        c.place.feature_code.startswith("PCL") for c in s.candidates)


def _short_form(surface: str, name: str) -> bool:
    """Whether ``surface`` is the name before its particle ("Acapulco" of "Acapulco de Juárez",
    "Frankfurt" of "Frankfurt am Main"), as news writes it."""
    return name.startswith(surface + " ") and name[len(surface) + 1:][:1].islower()


def _without_article(surface: str, name: str) -> bool:
    """Whether ``surface`` is the name without its Arabic article ("Fallujah" of "Al Fallūjah",
    "Arish" of "El Arish"), as English news often writes it."""
    bare = _ARABIC_ARTICLE.sub("", name)
    return bare != name and name_key(bare) == name_key(surface)


_ARABIC_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)[ -]")


def _qualified(text: str, tokens: list[tuple[int, int, str]], caps: list[bool], j: int,
               surface: str, gazetteer: Gazetteer) -> bool:
    """Whether the match ending at token ``j`` is followed by ", " and the name of a country or
    first-order division that holds one of its candidates ("Hugo, Oklahoma", "Ada, Okla.")."""
    k = j + 1
    if k >= len(tokens) or not caps[k] or text[tokens[j][1]:tokens[k][0]] != ", ":
        return False
    end = longest_match(text, tokens, caps, k, gazetteer)
    if end is None:
        return False
    outer = [c.place for c in gazetteer.candidates(surface_key(text[tokens[k][0]:tokens[end][1]]))
             if c.place.feature_code in MAJOR_CODES]
    return bool(outer) and any(o.holds(c.place) for c in gazetteer.candidates(surface)
                               for o in outer)


_HEADLINE_WORDS = 40  # words a title-case headline has at most


def _title_case(text: str, tokens: list[tuple[int, int, str]], caps: list[bool], i: int) -> bool:
    """Whether token ``i`` stands in a headline written in title case ("Grand Jury Indicts Man
    In December Slaying"), where a capital says nothing about a common word: a sentence or line
    of four words or more, without commas (not a list of names), whose words, short function
    words aside, are all capitalised."""
    def joined(k: int) -> bool | None:  # tokens k - 1 and k in one segment; None at a comma
        gap = text[tokens[k - 1][1]:tokens[k][0]]
        return None if "," in gap else not any(c in _BREAKS for c in gap)

    first, last = i, i
    # each way to the segment's end; a comma (a list of names) or a segment longer than any
    # headline ends the test, which keeps it linear on long lines
    while first > 0 and (step := joined(first)) is not False:
        if step is None or i - first >= _HEADLINE_WORDS:
            return False
        first -= 1
    while last + 1 < len(tokens) and (step := joined(last + 1)) is not False:
        if step is None or last - first >= _HEADLINE_WORDS:
            return False
        last += 1
    words = [k for k in range(first, last + 1) if tokens[k][2].casefold() not in _TITLE_MINOR]
    return len(words) >= 4 and all(caps[k] for k in words)


def _modifier(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the word at ``j`` modifies the lowercase noun after it ("in Olympic record time"),
    so that "in" governs the noun, not the word."""
    if j + 1 >= len(tokens) or text[tokens[j][1]:tokens[j + 1][0]] != " ":
        return False
    following = tokens[j + 1][2]
    return following[0].islower() and following not in _FUNCTION_WORDS


def _armed_group(s: Seen) -> bool:
    """The match opens the name of an armed group of any language's ``armed_groups.txt`` that
    goes on past it ("Boko Haram"), or is one before a word for its members ("Fano fighters"),
    or ends one that opens with "anti-" ("anti-Balaka"), so it names the group, not a place."""
    found = _ARMED_GROUPS.match(s.text, s.start)
    if found is not None and (found.end() > s.end or _GROUP_MEMBERS.match(s.text, s.end)):
        return True
    opening = s.start - len("anti-")
    return s.text[max(0, opening):s.start].casefold() == "anti-" and \
        (found := _ARMED_GROUPS.match(s.text, opening)) is not None and found.end() >= s.end


_GROUP_MEMBERS = re.compile(r"\s+(?:fighters|militia|militias|militiamen|militants|rebels|"
                            r"insurgents|gunmen|elements)\b")
_ARMED_GROUPS = re.compile(r"(?:" + "|".join(
    lang.alternation("armed_groups", code)
    for code in lang.languages_with("armed_groups.txt")) + r")\b")


def _abbreviation_ok(s: Seen) -> bool:
    """A word found only as an abbreviation must look like one: "ACT", "U.S.", "Calif." with its
    full stop; not "the Act", "I'll" (Ill.) or "Miss Smith" (Miss.)."""
    candidates = s.candidates
    if not candidates or any(c.kind != "abbr" for c in candidates):
        return True
    return s.surface.isupper() or "." in s.surface or s.text[s.end:s.end + 1] == "."


RULES: tuple[Rule, ...] = (
    # "у селі Романків", "м. Щастя": a settlement's name, whatever else the word could be
    Rule("settlement_word", True, settlement_word, cyrillic_only=True),
    # "Rep. Jane Doe, D-Hardy": a legislator's home town
    Rule("party_district", True, lambda s: bool(_PARTY.search(s.text, max(0, s.start - 4),
                                                                     s.start))),
    # "Washington Post", "President Biden", "Mary Wheeler", "Diaz-Balart"
    Rule("inside_longer_name", False,
         lambda s: inside_longer_name(s.text, s.tokens, s.i, s.j, s.gazetteer)),
    Rule("disease", False, lambda s: bool(_DISEASE.match(s.text, s.end))),  # "Marburg virus"
    Rule("date", False, month_date),  # "BOGOTA, Nov 27 (Reuters)", "On 7 March": a month, not Nov
    Rule("dateline_agency", False, dateline_agency),  # "ADEN (Gulf Report) —": an agency
    Rule("street_list", False, lambda s: bool(_STREET_LIST.match(s.text, s.end))),
    Rule("ordinary_word", False, _ordinary_word),
    Rule("quoted_name", False, quoted_name),  # "аеропорт «Бориспіль»": a company's name
    Rule("arabic_article", False, _arabic_article),  # "Al-Ahram said": a newspaper
    # "Міністерство оборони України": an institution's name
    Rule("institution_genitive", False, institution_genitive),
    # "Київської міської ради": a council's name
    Rule("council_adjective", False, council_adjective, cyrillic_only=True),
    # "Северный поток-2", "Донецького аеропорту": a thing's name, its adjective a place's
    Rule("named_thing", False, named_thing, cyrillic_only=True),
    # "Hudson's Bay Co." is a company, "Plymouth Co." a county
    Rule("company", False, lambda s: s.j > s.i and s.tokens[s.j][2] in ("Co", "CO")
         and bool(_NAME_BEFORE.search(s.text, max(0, s.start - 30), s.start))),
    Rule("war", False, _war),  # "the Gulf War" is an event; "the Vietnam War" keeps its country
    Rule("armed_group", False, _armed_group),  # "Boko Haram fighters": a group, not Boko
    # "the Hengaw rights group", "Hengaw, a Kurdish rights group": a group named, not a place
    # (but "a Kurdish rights group" is a group of Kurds, a demonym)
    Rule("group", False, lambda s: names_group(s.text, s.end, s.language)
         and not any(c.kind == "demonym" for c in s.candidates)),
    # "St Patrick's Day": a saint the gazetteer knows no place of
    Rule("saint", False, lambda s: bool(_SAINT_BEFORE.search(s.text, max(0, s.start - 7),
                                                                s.start))),
    Rule("currency", False, lambda s: s.text[s.end:s.end + 1] == "$"),  # "US$100", "HK$5"
    # "EU" is not the French town of Eu; but "КНДР" is North Korea, "КИЇВ" Kyiv and the
    # dateline "GAZA, Aug 10 (Reuters) -" Gaza
    Rule("capitals_not_abbreviation", False, lambda s: s.surface.isupper()
         and len(s.surface) <= 4 and not any(c.kind == "abbr" for c in s.candidates)
         and not (s.cyrillic and any(
             c.place.feature_code in (*MAJOR_CODES, "PPLC", "PPLA") for c in s.candidates))
         and not capital_dateline(s)),
    # "ПрАТ" (a company's legal form) is not Pratt: a Cyrillic word with a capital inside
    Rule("cyrillic_abbreviation", False, lambda s: s.i == s.j
         and _CAPITAL_INSIDE.search(s.surface) is not None
         and not any(c.kind == "abbr" for c in s.candidates), cyrillic_only=True),
    Rule("direction", False, lambda s: s.i == s.j and s.surface.casefold() in _DIRECTIONS),
    # "the Act" is not ACT, "I'll" not Ill.
    Rule("abbreviation_unlike_one", False, lambda s: s.i == s.j and not _abbreviation_ok(s)),
    Rule("family", False, _family),
    # "the Central Business District", "Downtown": a part of the article's city, not a town
    # called so in another country
    Rule("city_part", False, lambda s: s.surface.casefold() in _CITY_PARTS),
    # "fighting broke out in Pavilion 5", "Block C": a part of a building or a site
    Rule("label", False, lambda s: s.i == s.j and s.surface.casefold() in _LABELS
         and bool(_LABEL_AFTER.match(s.text, s.end))),
    # "Alvin, Texas", "Price, Utah": a place in the region named after it
    Rule("qualified", True, lambda s: _qualified(s.text, s.tokens, s.caps, s.j, s.surface,
                                                 s.gazetteer)),
    Rule("given_name", False, _given_name),
    Rule("common_word_major", True, _common_major, common_only=True),
    Rule("common_word_big_place", True, _common_big_place, common_only=True),
    Rule("common_word_after_cue", True, _common_after_cue, common_only=True),
    # "Fargo raised its goal": a place only if the article names it elsewhere with evidence
    Rule("common_word_named", None, lambda s: any(c.kind == "name" for c in s.candidates),
         common_only=True),
    Rule("common_word", False, lambda s: True, common_only=True),
    Rule("rare_alt_name", False, _rare_alt_name),
    # "a West Side Taco Bell": the side of the article's city, not a town called so elsewhere
    Rule("city_side", False, lambda s: bool(_CITY_SIDE.fullmatch(s.surface)) and all(
        c.kind == "alt" and c.place.population < BIG_PLACE for c in s.candidates)),
)
"""The filters of recognition, in the order they are tried: the first that applies to a match
decides it; a match none applies to is a place. Each has a test that fails when it stops
deciding (tests/geoparse/test_rules.py)."""


def deciding_rule(seen: Seen, rules: tuple[Rule, ...] = RULES) -> Rule | None:
    """The first rule that applies to ``seen``, ``None`` when none does."""
    common = seen.zipf >= words.COMMON_ZIPF
    pool = _POOLS[common, seen.cyrillic] if rules is RULES else _pool(rules, common,
                                                                      seen.cyrillic)
    for rule in pool:
        if rule.applies(seen):
            return rule
    return None


def _pool(rules: tuple[Rule, ...], common: bool, cyrillic: bool) -> tuple[Rule, ...]:
    """The rules tried on a match: those for common words only on a common word, those for
    Cyrillic only on Cyrillic."""
    return tuple(rule for rule in rules if (common or not rule.common_only)
                 and (cyrillic or not rule.cyrillic_only))


_POOLS = {(common, cyrillic): _pool(RULES, common, cyrillic)
          for common in (False, True) for cyrillic in (False, True)}


def keep(text: str, tokens: list[tuple[int, int, str]], caps: list[bool], i: int, j: int,
         surface: str, gazetteer: Gazetteer, language: str | None = None) -> bool | None:
    """Whether a match names a place: ``True``, ``False``, or ``None`` for a common word
    without evidence here, which names a place if the article names it elsewhere."""
    rule = deciding_rule(Seen(text, tokens, caps, i, j, surface, gazetteer, language), RULES)
    return True if rule is None else rule.verdict
