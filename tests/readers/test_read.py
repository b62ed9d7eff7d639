from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geomap.errors import DocumentError
from geomap.readers import read_document, read_documents

from ..conftest import SEEDS


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_txt_title_skips_scraping_noise(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Link to main version\n\n408\n\nShelling in Kharkiv\n\n"
                                     "Russian forces shelled Kharkiv.\n")
    [doc] = read_document(path)
    assert doc.id == "a"
    assert doc.title == "Shelling in Kharkiv"
    assert doc.text == "Russian forces shelled Kharkiv.\n"


def test_txt_without_heading_keeps_the_first_paragraph_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "b.txt", "Russian forces shelled Kharkiv on Monday.\nMore text.\n")
    [doc] = read_document(path)
    assert doc.title is None
    assert doc.text.startswith("Russian forces shelled Kharkiv")


def test_seed_articles_read() -> None:
    docs = read_documents([SEEDS])
    assert [d.id for d in docs] == ["wsj_pokrovsk_in_ruins", "zelensky_pokrovsk_priority"]
    assert docs[0].title is not None and docs[0].title.startswith("The Wall Street Journal")
    assert "Mirnograd" in docs[0].text


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "m.md", "---\ntitle: Strike on Odesa\npublished: 2025-03-04\n"
                                    "source: Kyiv Independent\nurl: https://example.org/x\n---\n"
                                    "Drones struck Odesa overnight.\n")
    [doc] = read_document(path)
    assert (doc.title, doc.published, doc.source, doc.url) == (
        "Strike on Odesa", dt.date(2025, 3, 4), "Kyiv Independent", "https://example.org/x")
    assert doc.text == "Drones struck Odesa overnight.\n"


def test_markdown_front_matter_under_other_usual_names(tmp_path: Path) -> None:
    path = write(tmp_path / "m.md", "---\nHeadline: Strike on Odesa\ndate: 2025-03-04\n"
                                    "publisher: Ukrinform\nlink: https://example.org/x\n"
                                    "lang: uk\n---\nDrones struck Odesa overnight.\n")
    [doc] = read_document(path)
    assert (doc.title, doc.published, doc.source, doc.url, doc.language) == (
        "Strike on Odesa", dt.date(2025, 3, 4), "Ukrinform", "https://example.org/x", "uk")


def test_a_value_of_another_kind_under_another_name_is_left_out(tmp_path: Path) -> None:
    path = write(tmp_path / "m.jsonl", '{"id": "a", "text": "Drones struck Odesa.", '
                                       '"date": "1481202661", "lang": "English", '
                                       '"link": {"href": "x"}}\n')
    [doc] = read_document(path)
    assert (doc.published, doc.url) == (None, None) and doc.language != "English"


def test_markdown_datetime_string_published(tmp_path: Path) -> None:
    path = write(tmp_path / "m.md", "---\npublished: '2025-03-04T10:00:00Z'\n---\nText.\n")
    assert read_document(path)[0].published == dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("---\ntitle: [unclosed\n---\nText\n", "front matter is not valid YAML"),
        ("---\npublished: next week\n---\nText\n", "'published' is not an ISO date"),
        ("---\n- a\n- b\n---\nText\n", "not a YAML mapping"),
        ("---\ntitle: x\n---\n\n", "no article text"),
    ],
)
def test_markdown_bad_front_matter(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path / "bad.md", content)
    with pytest.raises(DocumentError, match=problem) as info:
        read_document(path)
    assert str(path) in str(info.value)


def test_html_main_text_and_metadata_without_scripts(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Shelling in Kharkiv</title>"
        "<meta property='og:site_name' content='Kyiv Independent'>"
        "<meta name='date' content='2025-03-02'>"
        "<link rel='canonical' href='https://example.org/a'>"
        "<script>var secret = 'SCRIPT-TEXT';</script><style>p{color:red}</style></head>"
        "<body><nav>Home | News</nav><article><h1>Shelling in Kharkiv</h1>"
        "<p>Russian forces shelled Kharkiv on Monday, killing two civilians, the governor said. "
        "The attack damaged a school in the city centre and several houses nearby.</p>"
        "<p>Officials in Kyiv condemned the strike, which came after weeks of attacks on the "
        "city and its suburbs.</p></article></body></html>"
    )
    [doc] = read_document(write(tmp_path / "k.html", html))
    assert doc.title == "Shelling in Kharkiv"
    assert doc.published == dt.date(2025, 3, 2)
    assert doc.source == "Kyiv Independent"
    assert doc.url == "https://example.org/a"
    assert "Russian forces shelled Kharkiv" in doc.text
    assert "SCRIPT-TEXT" not in doc.text and "color:red" not in doc.text


def test_jsonl_one_document_per_line_and_broken_lines_reported(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "Fighting near Toretsk.", "published": "2025-01-02",
                    "source": "UNIAN"}),
        "{broken",
        json.dumps({"id": "a2", "text": ""}),
        json.dumps({"id": 7, "text": "Protest in Tbilisi.", "title": "Tbilisi"}),
        json.dumps({"id": "a1", "text": "again"}),
        "",
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines))
    errors: list[DocumentError] = []
    docs = read_documents([path], errors=errors)
    assert [d.id for d in docs] == ["a1", "7"]
    assert docs[0].source == "UNIAN" and docs[0].published == dt.date(2025, 1, 2)
    messages = [str(e) for e in errors]
    assert messages[0].startswith(f"{path}:2: not valid JSON")
    assert messages[1] == f"{path}:3: missing or empty 'text'"
    assert messages[2] == f"{path}:5: duplicate id 'a1'"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", "", "empty file"),
        ("blank.txt", "  \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin.txt", "Kyiv and Kharkiv\n".encode("cp1251") + b"\xe9\xe8\n", "not valid UTF-8"),
        ("data.pdf", "text", "unknown file type '.pdf'"),
    ],
)
def test_bad_files_name_the_file_and_the_problem(tmp_path: Path, name: str,
                                                 content: str | bytes, problem: str) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(DocumentError) as info:
        read_document(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "gone.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(DocumentError, match="cannot be read"):
        read_document(folder)


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "w.txt", "\ufeffHeadline\r\n\r\nBody text here.\r\n".encode())
    [doc] = read_document(path)
    assert doc.title == "Headline"
    assert doc.text == "Body text here.\n"


def test_folder_reading_collects_errors_and_keeps_good_files(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Title\n\nFighting in Pokrovsk.\n")
    write(tmp_path / "bad.txt", b"\x00\x01")
    write(tmp_path / "notes.pdf", "ignored: folders only yield known suffixes")
    errors: list[DocumentError] = []
    docs = read_documents([tmp_path], errors=errors)
    assert [d.id for d in docs] == ["good"]
    assert len(errors) == 1 and "bad.txt" in str(errors[0])
    with pytest.raises(DocumentError):
        read_documents([tmp_path])


GOOD_TEXT = "Russian artillery shelled Kharkiv on Monday.\n"


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    from geomap.models import Warning_
    from geomap.readers import expand_paths

    outside = tmp_path / "secret.txt"
    outside.write_text("A secret.\n", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "out.txt").symlink_to(outside)
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "away").symlink_to(tmp_path, target_is_directory=True)
    notes: list[Warning_] = []
    found = expand_paths([folder], warnings=notes)
    assert found == [folder / "a.txt", folder / "inside.txt", folder / "sub" / "b.txt"]
    assert sorted(str(n) for n in notes) == sorted([
        f"{folder / 'away'}: a link out of the input folder (to {tmp_path}), not followed; "
        "--follow-links reads it",
        f"{folder / 'out.txt'}: a link out of the input folder (to {outside}), not followed; "
        "--follow-links reads it"])
    followed = expand_paths([folder], follow_links=True)
    assert folder / "out.txt" in followed and folder / "away" / "secret.txt" in followed


def test_a_folder_that_cannot_be_listed_is_a_warning(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from geomap.models import Warning_
    from geomap.readers import expand_paths

    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    scandir = os.scandir

    def guarded(path: object = ".") -> object:
        if str(path) == str(folder / "locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", guarded)
    notes: list[Warning_] = []
    assert expand_paths([folder], warnings=notes) == [folder / "a.txt"]
    assert [str(n) for n in notes] == [
        f"{folder / 'locked'}: folder skipped, it cannot be read (Permission denied)"]
