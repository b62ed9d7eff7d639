from __future__ import annotations

import pytest

from geomap.text import french_key, french_sound, name_key, sentence_spans, translit_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Donets'k", "donetsk"),
        ("DONETSK", "donetsk"),
        ("São Paulo", "sao paulo"),
        ("Rostov-on-Don", "rostov on don"),
        ("U.S.", "u s"),
        ("  Kyiv  ", "kyiv"),
        ("—", ""),
    ],
)
def test_name_key_folds_case_accents_and_punctuation(name: str, key: str) -> None:
    assert name_key(name) == key


def test_sentence_spans_cover_sentences_and_slice_the_text() -> None:
    text = ("Russian forces shelled Kharkiv. Mr. Smith said so!\nA new line\n\n"
            "U.S. officials agreed.")
    spans = sentence_spans(text)
    sentences = [text[s:e] for s, e in spans]
    assert sentences == ["Russian forces shelled Kharkiv.", "Mr. Smith said so!", "A new line",
                         "U.S. officials agreed."]


def test_sentence_spans_split_a_full_stop_glued_to_a_capital() -> None:
    text = "The goal remains distant.Ukrainian President Zelensky spoke."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The goal remains distant.", "Ukrainian President Zelensky spoke."]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Ремонт на вул. Лаврській у м. Києві. Вул. Хрещатик закрита.",
         ["Ремонт на вул. Лаврській у м. Києві.", "Вул. Хрещатик закрита."]),
        ("Офис на ул. Ленина, д. 5. Суд Януковича В. Ф. оправдал.",
         ["Офис на ул. Ленина, д. 5.", "Суд Януковича В. Ф. оправдал."]),
        ("Протест на бул. Витоша. Полицията дойде.", ["Протест на бул. Витоша.",
                                                      "Полицията дойде."]),
    ],
)
def test_sentence_spans_read_every_language_s_abbreviations(text: str,
                                                            sentences: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_a_dateline_ending_in_an_abbreviation_goes_on_into_its_sentence() -> None:
    text = "MEMPHIS, Tenn. (AP) — Two men were killed, police said. Officers found them."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "MEMPHIS, Tenn. (AP) — Two men were killed, police said.", "Officers found them."]


def test_a_line_wrapped_mid_sentence_goes_on() -> None:
    text = ("Police received reports of a fire in\n    the town of Qatraneh.\nGunmen fled.\n\n"
            "lower case after a blank line.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Police received reports of a fire in\n    the town of Qatraneh.", "Gunmen fled.",
        "lower case after a blank line."]


def test_sentence_spans_of_blank_text_are_empty() -> None:
    assert sentence_spans("  \n\n ") == []


@pytest.mark.parametrize(
    ("key", "english"),
    [("chebekino", "shebekino"), ("chtchastia", "shchastia"), ("tchernihiv", "chernihiv"),
     ("kharkiv", "kharkiv")],
)
def test_french_key_writes_french_ch_as_english_does(key: str, english: str) -> None:
    assert french_key(key) == english


@pytest.mark.parametrize(
    ("key", "sound"),
    [("mirebalais", "mirebale"), ("delmas", "delma"), ("ouagadougou", "uagadugu"),
     ("croix des bouquets", "krua de buke"), ("saint marc", "sen mark"), ("jacmel", "zhakmel"),
     ("port au prince", "port o prinse")],
)
def test_french_sound_spells_a_french_name_as_it_sounds(key: str, sound: str) -> None:
    assert french_sound(key) == sound


def test_a_french_name_and_its_cyrillic_spelling_share_a_skeleton_by_its_sound() -> None:
    assert translit_key(french_sound("mirebalais")) == translit_key("mirbale")  # Мирбале
    assert translit_key("mirebalais") != translit_key("mirbale")


@pytest.mark.parametrize(("latin", "romanised"), [
    ("macomia", "makomiya"),  # Макомія: a hard "c" is "k"
    ("mocimboa da praia", "mosimboa da praya"),  # Мосімбоа-да-Прая: before "i", "s"
    ("cuenca", "kuenka"),  # Куэнка
    ("chasiv yar", "chasiv yar"),  # "ch" stays one sound
])
def test_a_latin_c_shares_the_skeleton_of_its_sound(latin: str, romanised: str) -> None:
    assert translit_key(latin) == translit_key(romanised)
