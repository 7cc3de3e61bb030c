"""Plain text placed in Qt's rich text."""

from __future__ import annotations

_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escape(text: str) -> str:
    """``text`` with the characters markup gives meaning to written as entities.

    What html.escape does; importing the html package would also load its table of 2,000
    named entities, which costs the window 2 ms to start.
    """
    for character, entity in _ENTITIES:
        text = text.replace(character, entity)
    return text
