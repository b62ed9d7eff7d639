"""Text too large to be an article is cut, with a note naming the line and the reason."""

from __future__ import annotations

from geomap.readers import limits
from geomap.readers.limits import bound_text

GOOD = "Russian artillery shelled Kharkiv on Monday, killing two civilians."


def test_a_token_longer_than_any_word_is_left_out() -> None:
    text, notes = bound_text(f"{GOOD}\nImage: {'QUJD' * 20_000} end.")
    assert text == f"{GOOD}\nImage:  end."
    assert notes == ["line 2: a token of 80,000 characters left out (longer than any word)"]


def test_a_long_link_is_kept() -> None:
    link = "https://example.org/" + "a" * 400
    assert bound_text(f"{GOOD} {link}") == (f"{GOOD} {link}", [])


def test_a_paragraph_longer_than_a_book_is_cut() -> None:
    line = "The council met again. " * (limits.MAX_PARAGRAPH // 20)
    text, notes = bound_text(f"{GOOD}\n{line}\n{GOOD}")
    first, second, third = text.split("\n")
    assert (first, third) == (GOOD, GOOD) and len(second) == limits.MAX_PARAGRAPH
    assert notes == [f"line 2: a paragraph of {len(line):,} characters without a line break cut "
                     f"to its first {limits.MAX_PARAGRAPH:,}"]


def test_an_article_longer_than_ten_books_is_cut() -> None:
    text, notes = bound_text((GOOD + "\n") * (limits.MAX_ARTICLE // len(GOOD) + 10))
    assert len(text) == limits.MAX_ARTICLE and notes[0].startswith("an article of ")


def test_ordinary_text_is_untouched() -> None:
    assert bound_text(GOOD * 100) == (GOOD * 100, [])
