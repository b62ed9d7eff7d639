"""RSS and Atom feeds saved to disk: one article per item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geomap.errors import DocumentError
from geomap.readers import read_document, read_documents

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kyiv Desk</title><link>https://news.example.org/</link>
<item><title>Strikes on Kharkiv</title><link>https://news.example.org/a1</link>
<guid>a1</guid><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Russian artillery shelled &lt;b&gt;Kharkiv&lt;/b&gt; overnight.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Two people were killed.&lt;/p&gt;</description></item>
<item><title>Drones over Odesa</title><link>https://news.example.org/a2</link>
<pubDate>Wed, 05 Mar 2025 09:30:00 +0200</pubDate></item>
<item></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Front Reports</title>
<entry><title>Fighting near Pokrovsk</title><id>tag:example.org,2025:1</id>
<link href="https://example.org/1"/><updated>2025-03-06T10:00:00Z</updated>
<content type="html">&lt;p&gt;Heavy fighting raged near Pokrovsk.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_are_articles(tmp_path: Path) -> None:
    path = tmp_path / "desk.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = read_documents([path], errors=[])
    assert (first.id, first.title, first.url, first.source, first.published) == (
        "a1", "Strikes on Kharkiv", "https://news.example.org/a1", "Kyiv Desk",
        dt.date(2025, 3, 4))
    assert first.text == ("Russian artillery shelled Kharkiv overnight.\n\n"
                          "Two people were killed.")
    assert (second.id, second.text, second.published) == (
        "https://news.example.org/a2", "Drones over Odesa", dt.date(2025, 3, 5))


def test_an_empty_item_is_an_error_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "desk.rss"
    path.write_text(RSS, encoding="utf-8")
    errors: list[DocumentError] = []
    docs = read_documents([path], errors=errors)
    assert len(docs) == 2
    assert [str(e) for e in errors] == [f"{path}: item 3: no title and no text"]


def test_atom_and_xml_feeds(tmp_path: Path) -> None:
    path = tmp_path / "front.xml"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = read_document(path)
    assert (doc.id, doc.source, doc.url, doc.published, doc.text) == (
        "tag:example.org,2025:1", "Front Reports", "https://example.org/1",
        dt.date(2025, 3, 6), "Heavy fighting raged near Pokrovsk.")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("notes.xml", "<?xml version='1.0'?><notes><n>hi</n></notes>", "not an RSS or Atom feed"),
        ("empty.rss", "<rss version='2.0'><channel><title>x</title></channel></rss>",
         "a feed without items"),
        ("broken.atom", "<feed><entry><title>cut", "item 1: no title and no text"),
    ],
)
def test_bad_feeds(tmp_path: Path, name: str, content: str, problem: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError, match=problem):
        read_document(path)
