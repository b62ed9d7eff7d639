"""Telegram channel exports (``.json``: Telegram Desktop's "Export chat history" as JSON, usually
``result.json``): one article per message.

A message gives its text (a string, or a list of plain strings and entities whose ``text`` is
joined), its date, the channel's name as ``source`` and, when the export names the channel's
public username, the message's ``https://t.me/<username>/<id>`` link as ``url``. A forwarded
message keeps its original channel as its source ("Original, via Channel"). Service messages
(a channel created, a photo changed) and messages without text are skipped silently; a full
export of several chats gives the messages of each. Ids are ``<channel>-<message id>``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from geomap.errors import DocumentError
from geomap.models import Document
from geomap.readers.decode import clean_text
from geomap.readers.fields import document, line_ends, one_line, shown

_USERNAME = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{3,31})$")


def from_telegram(path: Path, text: str) -> Iterator[Document | DocumentError]:
    """The articles of a Telegram export, one per message with text, in the export's order.

    Raises
    ------
    DocumentError
        When the file is not JSON, or not a Telegram export.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"{shown(path)}: not valid JSON ({exc.msg} at line {exc.lineno})"
        raise DocumentError(msg) from None
    except (ValueError, RecursionError):
        msg = f"{shown(path)}: not valid JSON (a number too long or nested too deeply)"
        raise DocumentError(msg) from None
    chats = _chats(data)
    if chats is None:
        msg = (f"{shown(path)}: not a Telegram export (expected an object with 'messages', as "
               "Telegram Desktop's 'Export chat history' writes in JSON)")
        raise DocumentError(msg)
    for chat in chats:
        yield from _messages(path, chat)


def _chats(data: Any) -> list[dict[str, Any]] | None:
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        return [data]
    listed = data.get("chats", {}).get("list") if isinstance(data, dict) and \
        isinstance(data.get("chats"), dict) else None
    if isinstance(listed, list):
        return [c for c in listed if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    return None


def _messages(path: Path, chat: dict[str, Any]) -> Iterator[Document | DocumentError]:
    name = one_line(str(chat.get("name") or "")) or None
    found = _USERNAME.match(str(chat.get("username") or ""))
    username = found.group(1) if found else None
    label = username or name or str(chat.get("id") or path.stem)
    for number, message in enumerate(chat["messages"], start=1):
        if not isinstance(message, dict) or message.get("type", "message") != "message":
            continue  # a service message: a channel created, a title changed
        where = f"{shown(path)}: message {message.get('id', number)}"
        body = line_ends(clean_text(_text(message.get("text")))).strip()
        if not body:
            continue  # a photo, a sticker, a poll: nothing to read
        ident = f"{label}-{message.get('id', number)}"
        forwarded = one_line(str(message.get("forwarded_from") or ""))
        source = f"{forwarded}, via {name}" if forwarded and name else forwarded or name
        meta = {"source": source, "published": _date(message),
                "url": f"https://t.me/{username}/{message['id']}"
                if username and isinstance(message.get("id"), int) else None}
        try:
            yield document(ident, body, meta, path=path, where=where)
        except DocumentError as exc:
            yield exc


def _text(value: Any) -> str:
    """A message's text: a string, or a list of strings and entities with a ``text``."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", ""))
                       if isinstance(part, dict) else "" for part in value)
    return ""


def _date(message: dict[str, Any]) -> dt.date | None:
    """The message's day as the export writes it (the exporter's local time), else from its
    Unix time (UTC)."""
    raw = message.get("date")
    if isinstance(raw, str):
        try:
            return dt.datetime.fromisoformat(raw[:19]).date()
        except ValueError:
            pass
    stamp = message.get("date_unixtime")
    if isinstance(stamp, str | int) and str(stamp).isdigit() and len(str(stamp)) <= 12:
        return dt.datetime.fromtimestamp(int(stamp), dt.UTC).date()
    return None
