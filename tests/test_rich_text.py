"""Text from a chart file shown as rich text: shown as written, never read as markup."""

import html

import pytest

from reflexmap.ui.rich_text import escape


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Heel centre",
        "<b>not bold</b> & 'quoted' \"twice\"",
        "&lt; already an entity",
        "pressure > 2 < 5 && more",
        "Großzehe, ß, \u201ccurly\u201d, \u00e9, \U0001f9b6",
    ],
)
def test_escape_writes_what_html_escape_writes(text: str) -> None:
    assert escape(text) == html.escape(text)
