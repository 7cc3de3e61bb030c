"""The printed chart's layout, in millimetres: where the drawing, legend and text go.

Text is measured by a function the caller gives (the Qt layer measures with real fonts), so
the layout stays free of Qt and every box is known before anything is painted: nothing
overlaps and nothing runs off the page, by construction, and tests check it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Measure = Callable[[str, float, bool], float]
"""Width in millimetres of a text at a size in points, bold or not."""

POINT = 25.4 / 72
"""Millimetres in a typographic point."""
LINE_SPACING = 1.25
MARGIN = 12.0
TITLE_SIZE = 15.0
SUBTITLE_SIZE = 8.0
NAME_SIZE = 8.5
BODY_SIZE = 7.5
FOOTER_SIZE = 7.0
HEADING_SIZE = 11.0
MARK_SIZE = 5.0
"""Diameter of a legend number's circle."""
GAP = 3.0
MIN_COLUMN_WIDTH = 75.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def within(self, other: Rect) -> bool:
        eps = 1e-6
        return (
            self.x >= other.x - eps
            and self.y >= other.y - eps
            and self.right <= other.right + eps
            and self.bottom <= other.bottom + eps
        )


@dataclass(frozen=True)
class TextBox:
    rect: Rect
    lines: tuple[str, ...]
    size: float
    bold: bool = False


@dataclass(frozen=True)
class DrawingBox:
    rect: Rect


@dataclass(frozen=True)
class LegendMark:
    rect: Rect
    number: int
    colour: str


Item = TextBox | DrawingBox | LegendMark


Margins = tuple[float, float, float, float]
"""Left, top, right and bottom, in millimetres."""
DEFAULT_MARGINS: Margins = (MARGIN, MARGIN, MARGIN, MARGIN)


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    items: tuple[Item, ...]
    margins: Margins = DEFAULT_MARGINS

    @property
    def printable(self) -> Rect:
        left, top, right, bottom = self.margins
        return Rect(left, top, self.width - left - right, self.height - top - bottom)


@dataclass(frozen=True)
class LegendEntry:
    number: int
    colour: str
    name: str
    text: str


@dataclass(frozen=True)
class ChartContent:
    """What goes on the chart, already worded: the layout only places it."""

    title: str
    subtitle: str
    drawing_aspect: float
    """Width over height of the drawing."""
    legend: tuple[LegendEntry, ...]
    footer: tuple[str, ...]
    """Bold first line (the disclaimer), then the rest."""
    guide: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Headed sections for the second page: (heading, paragraphs)."""
    continued: str = "(continued)"


def line_height(size: float) -> float:
    return size * POINT * LINE_SPACING


def wrap(text: str, width: float, size: float, bold: bool, measure: Measure) -> tuple[str, ...]:
    """Greedy word wrap; a word longer than the width is broken where it must be."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate, size, bold) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while len(word) > 1 and measure(word, size, bold) > width:
            cut = _longest_fitting(word, width, size, bold, measure)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return tuple(lines)


def _longest_fitting(word: str, width: float, size: float, bold: bool, measure: Measure) -> int:
    """How many of the word's first letters fit the width (at least one), by bisection: trying
    each length in turn made a 4,000-letter word take most of a minute."""
    low, high = 1, len(word) - 1  # word[:low] is taken even if it does not fit
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle], size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _text(
    x: float, y: float, width: float, text: str, size: float, measure: Measure, bold: bool = False
) -> TextBox:
    lines = wrap(text, width, size, bold, measure)
    return TextBox(Rect(x, y, width, len(lines) * line_height(size)), lines, size, bold)


def layout_chart(
    content: ChartContent,
    page_width: float,
    page_height: float,
    measure: Measure,
    margins: Margins = DEFAULT_MARGINS,
) -> tuple[Page, ...]:
    """The chart's pages: the drawing with its legend (flowing onto more pages if it must),
    then the guide, if the content has one. Every page carries the footer."""
    area = Page(page_width, page_height, (), margins).printable
    if area.width <= 0 or area.height <= 0:
        raise PageTooSmall("the margins leave no room on the page")
    footer = _footer(content.footer, area, measure)
    body_bottom = min(box.rect.y for box in footer) - GAP
    if body_bottom < area.y + area.height / 2:
        raise PageTooSmall("the footer (disclaimer and contraindications) takes half the page")

    def heading(title: str) -> tuple[list[Item], float]:
        items: list[Item] = [_text(area.x, area.y, area.width, title, TITLE_SIZE, measure, True)]
        y = items[0].rect.bottom + 1
        if content.subtitle:
            subtitle = _text(area.x, y, area.width, content.subtitle, SUBTITLE_SIZE, measure)
            items.append(subtitle)
            y = subtitle.rect.bottom
        return items, y + GAP

    pages: list[list[Item]] = []
    items, top = heading(content.title)
    body = Rect(area.x, top, area.width, body_bottom - top)
    landscape = body.width > body.height
    if landscape:
        width = min(body.width * 0.5, body.height * content.drawing_aspect)
        drawing = Rect(body.x, body.y, width, width / content.drawing_aspect)
        legend_area = Rect(
            drawing.right + GAP * 2, body.y, body.right - drawing.right - GAP * 2, body.height
        )
    else:
        height = min(body.height * 0.5, body.width / content.drawing_aspect)
        width = height * content.drawing_aspect
        drawing = Rect(body.x + (body.width - width) / 2, body.y, width, height)
        legend_area = Rect(
            body.x, drawing.bottom + GAP, body.width, body.bottom - drawing.bottom - GAP
        )
    items.append(DrawingBox(drawing))
    pages.append(items)

    entries = list(content.legend)
    while entries:
        placed = _legend(entries, legend_area, measure)
        if placed.count == 0 and len(pages[-1]) <= 2:
            raise PageTooSmall(f"the page is too small for the legend entry '{entries[0].name}'")
        pages[-1].extend(placed.items)
        entries = entries[placed.count :]
        if entries:
            items, top = heading(f"{content.title} {content.continued}")
            pages.append(items)
            legend_area = Rect(area.x, top, area.width, body_bottom - top)

    if content.guide:
        pages.extend(_guide_pages(content, area, body_bottom, measure, heading))
    return tuple(Page(page_width, page_height, (*items, *footer), margins) for items in pages)


class PageTooSmall(ValueError):
    """The page cannot hold even one legend entry between its heading and footer."""


@dataclass(frozen=True)
class _Placed:
    items: tuple[Item, ...]
    count: int


def _legend(entries: Sequence[LegendEntry], area: Rect, measure: Measure) -> _Placed:
    """As many entries as fit, in columns filled top to bottom."""
    columns = max(1, min(3, int((area.width + GAP) // (MIN_COLUMN_WIDTH + GAP))))
    column_width = (area.width - GAP * (columns - 1)) / columns
    text_width = column_width - MARK_SIZE - 2

    def entry_boxes(column: int, y: float, entry: LegendEntry) -> tuple[TextBox, TextBox]:
        x = area.x + column * (column_width + GAP) + MARK_SIZE + 2
        name = _text(x, y, text_width, entry.name, NAME_SIZE, measure, True)
        return name, _text(x, name.rect.bottom, text_width, entry.text, BODY_SIZE, measure)

    items: list[Item] = []
    count = 0
    column, y = 0, area.y
    for entry in entries:
        name, text = entry_boxes(column, y, entry)
        if text.rect.bottom > area.bottom:
            column, y = column + 1, area.y
            if column == columns:
                break
            name, text = entry_boxes(column, y, entry)
            if text.rect.bottom > area.bottom:
                break
        mark = Rect(name.rect.x - MARK_SIZE - 2, y, MARK_SIZE, MARK_SIZE)
        items += [LegendMark(mark, entry.number, entry.colour), name, text]
        count += 1
        y = text.rect.bottom + 2
    return _Placed(tuple(items), count)


def _footer(lines: Sequence[str], area: Rect, measure: Measure) -> list[TextBox]:
    boxes = [
        _text(area.x, 0, area.width, line, FOOTER_SIZE, measure, bold=i == 0)
        for i, line in enumerate(lines)
    ]
    y = area.bottom - sum(box.rect.height for box in boxes) - 0.5 * (len(boxes) - 1)
    placed = []
    for box in boxes:
        placed.append(
            TextBox(
                Rect(box.rect.x, y, box.rect.width, box.rect.height), box.lines, box.size, box.bold
            )
        )
        y += box.rect.height + 0.5
    return placed


def _guide_pages(
    content: ChartContent,
    area: Rect,
    body_bottom: float,
    measure: Measure,
    heading: Callable[[str], tuple[list[Item], float]],
) -> list[list[Item]]:
    """The guide's sections, one after another, onto as many pages as they need."""
    items, y = heading(content.title)
    pages = [items]
    blocks = [
        (text, size, bold)
        for title, paragraphs in content.guide
        for text, size, bold in [(title, HEADING_SIZE, True)]
        + [(p, BODY_SIZE + 1, False) for p in paragraphs]
    ]
    for text, size, bold in blocks:
        box = _text(area.x, y, area.width, text, size, measure, bold)
        if box.rect.bottom > body_bottom:
            items, y = heading(f"{content.title} {content.continued}")
            pages.append(items)
            box = _text(area.x, y, area.width, text, size, measure, bold)
        items.append(box)
        y = box.rect.bottom + (1.0 if bold else 2.0)
    return pages
