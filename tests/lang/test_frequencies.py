"""Word frequencies read from wordfreq's lists: the values wordfreq itself gives."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from geomap.lang.frequencies import zipf


@pytest.mark.parametrize(("word", "language"), [
    ("the", "en"), ("selon", "fr"), ("aujourd'hui", "fr"), ("l'armée", "fr"),
    ("києві", "uk"), ("зв'язок", "uk"), ("зв’язок", "uk"), ("звʼязок", "uk"),
    ("івано-франківськ", "uk"), ("москве", "ru"), ("софия", "bg"),
    ("24-годинний", "uk"), ("2025", "ru"), ("qzxqzx", "en"), ("щзщзщ", "uk"),
])
def test_a_word_has_the_frequency_wordfreq_gives(word: str, language: str) -> None:
    assert zipf(word, language) == zipf_frequency(word, language)


def test_a_plain_word_the_list_lacks_is_rare() -> None:
    assert zipf("щзщзщ", "uk") == 0.0
    assert zipf("києві", "uk") > 3.0
