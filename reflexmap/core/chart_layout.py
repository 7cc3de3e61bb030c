"""The printed chart's layout, in millimetres: where the drawings, numbers, legend and text go.

Text is measured by a function the caller gives (the Qt layer measures with real fonts), so
the layout stays free of Qt and every box is known before anything is painted: nothing
overlaps and nothing runs off the page, by construction, and tests check it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from .geometry import Bounds
from .model import View
from .spreading import SPACING, Rect, most_apart, spread, uncovered

Measure = Callable[[str, float, bool], float]
"""Width in millimetres of a text at a size in points, bold or not."""

POINT = 25.4 / 72
"""Millimetres in a typographic point."""
LINE_SPACING = 1.25
MARGIN = 12.0
TITLE_SIZE = 15.0
SUBTITLE_SIZE = 8.0
HEADER_SIZE = 9.5
GROUP_SIZE = 9.0
NAME_SIZE = 8.5
BODY_SIZE = 7.5
FOOTER_SIZE = 7.0
HEADING_SIZE = 11.0
LABEL_SIZE = 7.0
MARK_SIZE = 5.0
"""Smallest diameter of a number's circle."""
NUMBER_FILL = 0.6
"""A number's font size (its em) as a share of its circle's diameter."""
NUMBER_WIDTH = 0.9
"""A number is at most this share of its circle's diameter wide: a long one is set smaller
(three digits and more), in circles large enough to keep it MIN_NUMBER_HEIGHT high."""
MIN_NUMBER_HEIGHT = 2.5
"""Every printed number's digits are at least this high, in millimetres."""
SWATCH_HEIGHT = 3.5
"""The height of a legend entry's hatch swatch, under its number."""
GAP = 3.0
MIN_COLUMN_WIDTH = 70.0


@dataclass(frozen=True)
class TextBox:
    rect: Rect
    lines: tuple[str, ...]
    size: float
    bold: bool = False
    centred: bool = False


@dataclass(frozen=True)
class Panel:
    """One drawing on a page: a view of a chart (or the part of it a focused chart needs),
    its lit zones coloured and numbered, the others faint."""

    view: View
    crop: Bounds
    """The part of the drawing shown, in the drawing's coordinates."""
    lit: frozenset[str]
    marks: tuple[tuple[int, float, float], ...] = ()
    """Numbers to print on the drawing, each with its place in the drawing's coordinates."""
    feet: tuple[tuple[str, float], ...] = ()
    """A label under each foot, with the foot's middle across the drawing."""
    chart: str = ""
    """The chart drawn: empty for the chart printed, else a bundled chart's id."""
    colour: str | None = None
    """One colour for every lit zone, else each zone's own."""

    @property
    def aspect(self) -> float:
        left, top, right, bottom = self.crop
        return (right - left) / (bottom - top)


@dataclass(frozen=True)
class DrawingBox:
    rect: Rect
    panel: Panel


@dataclass(frozen=True)
class LegendMark:
    """A number in a circle: in the legend, or on a drawing (where ``anchor`` is the place it
    names, when the number had to move off it to stay clear of its neighbours)."""

    rect: Rect
    number: int
    colour: str
    text_size: float
    """The number's font size (its em), in millimetres."""
    anchor: tuple[float, float] | None = None


@dataclass(frozen=True)
class Swatch:
    """A legend entry's fill and hatch, for a black-and-white chart."""

    rect: Rect
    colour: str
    hatch: int


Item = TextBox | DrawingBox | LegendMark | Swatch


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
    group: str = ""
    """The heading the entry is listed under (its body system); empty for none."""
    hatch: int | None = None
    """The zone's hatch pattern, shown beside its number on a black-and-white chart."""


@dataclass(frozen=True)
class ChartContent:
    """What goes on the chart, already worded: the layout only places it."""

    title: str
    subtitle: str
    panels: tuple[Panel, ...]
    legend: tuple[LegendEntry, ...]
    footer: tuple[str, ...]
    """Bold first line (the disclaimer), then the rest."""
    header: tuple[str, ...] = ()
    """Lines for the person the chart is for (bold first line), under the subtitle."""
    guide: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Headed sections for the last pages: (heading, paragraphs)."""
    continued: str = "(continued)"
    digit_height: float = 0.73
    """The height of the numbers' digits as a share of their font size (measured by Qt)."""
    drawings_first: bool = False
    """On an upright page, the drawings are as large as the first page allows even when the
    legend is short (a poster of several views)."""


@dataclass(frozen=True)
class SheetCell:
    """What one chart says about a topic: a small map with the places lit, and its words."""

    panel: Panel
    text: str


@dataclass(frozen=True)
class SheetRow:
    name: str
    cells: tuple[SheetCell, ...]


@dataclass(frozen=True)
class SheetContent:
    """A one-page table: a row per topic, a column per chart (the "charts disagree" sheet)."""

    title: str
    subtitle: str
    columns: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    footer: tuple[str, ...]
    header: tuple[str, ...] = ()
    continued: str = "(continued)"


def line_height(size: float) -> float:
    return size * POINT * LINE_SPACING


def mark_size(digit_height: float, advance: float = 0.0) -> float:
    """The smallest circle whose number, ``advance`` ems wide, is at least MIN_NUMBER_HEIGHT
    high."""
    least = MIN_NUMBER_HEIGHT / digit_height
    return max(MARK_SIZE, least / NUMBER_FILL, least * advance / NUMBER_WIDTH)


def number_size(diameter: float, advance: float) -> float:
    """The font size (em) of a number ``advance`` ems wide in a circle of ``diameter``."""
    if advance <= 0:
        return NUMBER_FILL * diameter
    return min(NUMBER_FILL * diameter, NUMBER_WIDTH * diameter / advance)


def wrap(
    text: str, width: float, size: float, bold: bool, measure: Measure, letter: float = 0.0
) -> tuple[str, ...]:
    """Greedy word wrap; a word longer than the width is broken where it must be. Each line's
    words are counted by a guess checked with a measurement or two (a line grows wider with
    every word), not by measuring the line after each word: that was most of a long legend's
    layout. ``letter`` is a guess at a letter's average width (0 for none): a text that it
    says is too long for one line is not measured whole first. The guesses change how often
    text is measured, never the lines."""
    words = text.split()
    if not words:
        return ()
    whole = " ".join(words)
    if not letter or len(whole) * letter <= width:
        wide = measure(whole, size, bold)
        if wide <= width:
            return (whole,)
        letter = wide / len(whole)

    def fits(candidate: str) -> bool:
        return measure(candidate, size, bold) <= width

    lines: list[str] = []
    line = ""
    start = 0
    while start < len(words):
        taken, longer = _most_words(line, words, start, width, letter, fits)
        if taken:
            line = longer
            start += taken
        elif not line:  # a word wider than the line: broken, its end takes what fits after it
            word = words[start]
            while len(word) > 1 and measure(word, size, bold) > width:
                cut = _longest_fitting(word, width, size, bold, measure)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
            start += 1
            continue
        if start < len(words):
            lines.append(line)
            line = ""
    if line:
        lines.append(line)
    return tuple(lines)


def _most_words(
    line: str,
    words: list[str],
    start: int,
    width: float,
    letter: float,
    fits: Callable[[str], bool],
) -> tuple[int, str]:
    """How many of the words from ``start`` fit after ``line``, and the line with them: as
    many as letters of the average width ``letter`` would, then one fewer or one more while
    that is what fits."""

    def candidate(count: int) -> str:
        taken = words[start : start + count]
        return " ".join([line, *taken] if line else taken)

    count, length = 0, len(line)
    while start + count < len(words):
        longer = length + bool(length) + len(words[start + count])
        if longer * letter > width:
            break
        count, length = count + 1, longer
    if count and not fits(candidate(count)):
        count -= 1
        while count and not fits(candidate(count)):
            count -= 1
        return count, candidate(count)
    while start + count < len(words) and fits(candidate(count + 1)):
        count += 1
    return count, candidate(count)


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


class _Measured:
    """The caller's Measure, remembering how each text wraps: the legend is laid out several
    times over (to find its height, or how wide the drawings beside it may be), and wrapping
    its texts anew each time took most of a long chart's layout. It also remembers the
    average letter of the last text measured in each font, for wrap()'s guesses."""

    def __init__(self, measure: Measure) -> None:
        self._measure = measure
        self._lines: dict[tuple[str, float, float, bool], tuple[str, ...]] = {}
        self._letters: dict[tuple[float, bool], float] = {}

    def __call__(self, text: str, size: float, bold: bool) -> float:
        width = self._measure(text, size, bold)
        if text:
            self._letters[size, bold] = width / len(text)
        return width

    def wrap(self, text: str, width: float, size: float, bold: bool) -> tuple[str, ...]:
        key = (text, width, size, bold)
        lines = self._lines.get(key)
        if lines is None:
            letter = self._letters.get((size, bold), 0.0)
            lines = self._lines[key] = wrap(text, width, size, bold, self, letter)
        return lines


def _text(
    x: float, y: float, width: float, text: str, size: float, measure: _Measured, bold: bool = False
) -> TextBox:
    lines = measure.wrap(text, width, size, bold)
    return TextBox(Rect(x, y, width, len(lines) * line_height(size)), lines, size, bold)


class PageTooSmall(ValueError):
    """The page cannot hold even one legend entry between its heading and footer."""


@dataclass
class _Frame:
    """The parts every page shares: the printable area, the footer, where the body ends."""

    area: Rect
    footer: list[TextBox]
    body_bottom: float
    title: str
    subtitle: str
    header: tuple[str, ...]
    continued: str
    measure: _Measured
    pages: list[list[Item]] = field(default_factory=list)

    def new_page(self, first: bool = False) -> float:
        """Start a page with its heading; returns where its body starts."""
        title = self.title if first else f"{self.title} {self.continued}"
        box = _text(
            self.area.x, self.area.y, self.area.width, title, TITLE_SIZE, self.measure, True
        )
        items: list[Item] = [box]
        y = box.rect.bottom + 1
        if first and self.subtitle:
            box = _text(self.area.x, y, self.area.width, self.subtitle, SUBTITLE_SIZE, self.measure)
            items.append(box)
            y = box.rect.bottom
        if first:
            for i, line in enumerate(self.header):
                box = _text(
                    self.area.x, y + 1, self.area.width, line, HEADER_SIZE, self.measure, i == 0
                )
                items.append(box)
                y = box.rect.bottom
        self.pages.append(items)
        return y + GAP

    def finish(self, width: float, height: float, margins: Margins) -> tuple[Page, ...]:
        return tuple(Page(width, height, (*items, *self.footer), margins) for items in self.pages)


def _frame(
    content: ChartContent | SheetContent,
    page_width: float,
    page_height: float,
    measure: _Measured,
    margins: Margins,
) -> _Frame:
    area = Page(page_width, page_height, (), margins).printable
    if area.width <= 0 or area.height <= 0:
        raise PageTooSmall("the margins leave no room on the page")
    footer = _footer(content.footer, area, measure)
    body_bottom = min((box.rect.y for box in footer), default=area.bottom + GAP) - GAP
    if body_bottom < area.y + area.height / 2:
        raise PageTooSmall("the footer (disclaimer and contraindications) takes half the page")
    return _Frame(
        area,
        footer,
        body_bottom,
        content.title,
        content.subtitle,
        content.header,
        content.continued,
        measure,
    )


def layout_chart(
    content: ChartContent,
    page_width: float,
    page_height: float,
    measure: Measure,
    margins: Margins = DEFAULT_MARGINS,
) -> tuple[Page, ...]:
    """The chart's pages: the drawings as large as the page allows with the legend beside
    them (landscape) or below (portrait), the legend flowing onto more pages if it must,
    then the guide, if the content has one. Every page carries the footer."""
    texts = _Measured(measure)
    frame = _frame(content, page_width, page_height, texts, margins)
    top = frame.new_page(first=True)
    body = Rect(frame.area.x, top, frame.area.width, frame.body_bottom - top)
    if body.height <= 0:
        raise PageTooSmall("the heading leaves no room on the page")
    numbers = {entry.number for entry in content.legend}
    numbers.update(number for panel in content.panels for number, _, _ in panel.marks)
    # The longest number's width in ems: all are set alike, as that one fits.
    ems = max((texts(str(n), 72.0, True) / (72.0 * POINT) for n in numbers), default=0.0)
    mark = mark_size(content.digit_height, ems)
    entries = content.legend
    if page_width > page_height:
        # Landscape: the drawings on the left, as wide as leaves the legend room to fit (or,
        # when it cannot fit anyway, as wide as they may be).
        for share in (0.62, 0.6, 0.58, 0.56, 0.54, 0.52, 0.5, 0.45, 0.62):
            box = Rect(body.x, body.y, body.width * share, body.height)
            drawn = _arrange(content.panels, box, texts, centred=False)
            right = max((box.rect.right for box in drawn), default=body.x)
            legend_area = Rect(right + 2 * GAP, body.y, body.right - right - 2 * GAP, body.height)
            if _legend(entries, legend_area, texts, mark, ems).count == len(entries):
                break
    else:
        # Portrait: the drawings across the page, above a legend that fits in half of it;
        # a longer legend starts under them, or leaves them the whole first page when that
        # takes no more pages (as a poster of several views always does).
        needed = _legend_height(entries, body.width, texts, mark, ems)
        later = frame.body_bottom - frame.area.y - 2 * line_height(TITLE_SIZE) - GAP
        if content.drawings_first:
            tallest = body.height
        elif needed + GAP <= body.height * 0.5:
            tallest = body.height - needed - GAP
        elif math.ceil(needed / later) <= math.ceil(
            (needed - body.height * 0.4) / later
        ) or _crowded(content.panels, Rect(body.x, body.y, body.width, body.height * 0.6), mark):
            tallest = body.height  # costs no more pages of legend, or keeps numbers apart
        else:
            tallest = body.height * 0.6
        drawn = _arrange(content.panels, Rect(body.x, body.y, body.width, tallest), texts)
        bottom = max((box.rect.bottom for box in drawn), default=body.y)
        legend_area = Rect(body.x, bottom + GAP, body.width, body.bottom - bottom - GAP)
    page = frame.pages[-1]
    for item in drawn:
        page.append(item)
    page.extend(_numbers(drawn, mark, ems))

    fresh = False
    if entries and _legend(entries[:1], legend_area, texts, mark, ems).count == 0:
        top = frame.new_page()
        legend_area = Rect(frame.area.x, top, frame.area.width, frame.body_bottom - top)
        fresh = True
    group = ""
    while entries:
        placed = _legend(entries, legend_area, texts, mark, ems, group)
        if placed.count == 0 and fresh:
            raise PageTooSmall(f"the page is too small for the legend entry '{entries[0].name}'")
        frame.pages[-1].extend(placed.items)
        group = entries[placed.count - 1].group if placed.count else group
        entries = entries[placed.count :]
        if entries:
            top = frame.new_page()
            legend_area = Rect(frame.area.x, top, frame.area.width, frame.body_bottom - top)
            fresh = True

    if content.guide:
        _guide_pages(content.guide, frame)
    return frame.finish(page_width, page_height, margins)


def _arrange(
    panels: Sequence[Panel], box: Rect, measure: _Measured, centred: bool = True
) -> list[Item]:
    """The panels in rows, as large as fits ``box`` (each keeping its proportions), with the
    labels under their feet: of every way to break them into rows, the one whose smallest
    drawing is drawn largest (then the one covering most of the box)."""
    if not panels:
        return []
    best: tuple[tuple[float, float], list[Item]] | None = None
    for rows in _row_splits(list(panels)):
        for label_lines in (1, 2):
            items = _rows(rows, box, label_lines, measure, centred)
            if items is not None:
                break
        drawn = [item for item in items or [] if isinstance(item, DrawingBox)]
        if not drawn:
            continue
        smallest = min(d.rect.width / (d.panel.crop[2] - d.panel.crop[0]) for d in drawn)
        area = sum(d.rect.width * d.rect.height for d in drawn)
        if best is None or (smallest, area) > best[0]:
            best = ((smallest, area), items or [])
    return best[1] if best else []


def _rows(
    rows: list[list[Panel]], box: Rect, label_lines: int, measure: _Measured, centred: bool
) -> list[Item] | None:
    """The rows scaled to fit ``box``, or None if a foot's label needs more lines."""
    label = line_height(LABEL_SIZE) * label_lines if any(p.feet for r in rows for p in r) else 0
    room = box.height - (GAP + label) * len(rows) + GAP
    natural = sum(box.width / sum(p.aspect for p in row) for row in rows)
    scale = min(1.0, room / natural) if room > 0 else 0.0
    if scale <= 0:
        return []
    items: list[Item] = []
    y = box.y
    for row in rows:
        width = box.width * scale
        height = width / sum(p.aspect for p in row)
        x = box.x + (box.width - width) / 2 if centred else box.x
        for panel in row:
            rect = Rect(x, y, height * panel.aspect, height)
            labels = _foot_labels(panel, rect, measure)
            if any(len(b.lines) > label_lines for b in labels):
                return None
            items.append(DrawingBox(rect, panel))
            items.extend(labels)
            x = rect.right
        y += height + label + GAP
    return items


def _crowded(panels: Sequence[Panel], box: Rect, mark: float) -> bool:
    """Whether the numbers would cover more than a sixth of the drawings in ``box``."""
    drawn = [
        i
        for i in _arrange(panels, box, _Measured(lambda text, size, bold: 0.0))
        if isinstance(i, DrawingBox)
    ]
    covered = sum(len(d.panel.marks) for d in drawn) * math.pi * (mark / 2) ** 2
    return covered > sum(d.rect.width * d.rect.height for d in drawn) / 6


def _row_splits(panels: list[Panel]) -> Iterator[list[list[Panel]]]:
    """Every way to break the panels, in order, into rows of one or more."""
    if len(panels) <= 1:
        yield [panels]
        return
    for rest in _row_splits(panels[1:]):
        yield [[panels[0]], *rest]
        yield [[panels[0], *rest[0]], *rest[1:]]


def _foot_labels(panel: Panel, rect: Rect, measure: _Measured) -> list[TextBox]:
    """Each foot's label centred under it, wrapped to its share of the drawing's width."""
    left, _, right, _ = panel.crop
    scale = rect.width / (right - left)
    share = rect.width / max(len(panel.feet), 1) - 1
    boxes = []
    for text, middle in panel.feet:
        lines = measure.wrap(text, share, LABEL_SIZE, False)
        width = max(measure(line, LABEL_SIZE, False) for line in lines)
        x = rect.x + (middle - left) * scale - width / 2
        x = min(max(x, rect.x), rect.right - width)
        height = line_height(LABEL_SIZE) * len(lines)
        boxes.append(TextBox(Rect(x, rect.bottom, width, height), lines, LABEL_SIZE, centred=True))
    return boxes


def _numbers(drawn: Sequence[Item], mark: float, ems: float) -> list[LegendMark]:
    """The numbers on each drawing, at their zones, moved apart where they would overlap."""
    marks: list[LegendMark] = []
    for item in drawn:
        if not isinstance(item, DrawingBox):
            continue
        rect, panel = item.rect, item.panel
        left, top, right, bottom = panel.crop
        scale = rect.width / (right - left)
        size = min(max(mark, rect.width / 28), max(mark, 8.0))
        places = [
            (number, rect.x + (x - left) * scale, rect.y + (y - top) * scale)
            for number, x, y in panel.marks
            if left <= x <= right and top <= y <= bottom
        ]
        points = [(x, y) for _, x, y in places]
        centres: Sequence[tuple[float, float] | None]
        if len(points) > most_apart(rect.width - size, rect.height - size, size + SPACING):
            # Pushed about, more numbers than the drawing holds apart would only heap up:
            # those that would cover another are left out (the legend lists them all).
            centres = uncovered(points, size, rect)
        else:
            centres = spread(points, size, rect)
        for (number, x, y), centre in zip(places, centres, strict=True):
            if centre is None:
                continue
            cx, cy = centre
            moved = ((cx - x) ** 2 + (cy - y) ** 2) ** 0.5 > size / 2
            marks.append(
                LegendMark(
                    Rect(cx - size / 2, cy - size / 2, size, size),
                    number,
                    "#FFFFFF",
                    number_size(size, ems),
                    (x, y) if moved else None,
                )
            )
    return marks


@dataclass(frozen=True)
class _Placed:
    items: tuple[Item, ...]
    count: int


def _legend(
    entries: Sequence[LegendEntry],
    area: Rect,
    measure: _Measured,
    mark: float,
    ems: float,
    group: str = "",
) -> _Placed:
    """As many entries as fit, in columns filled top to bottom, under their groups' headings
    (a group going on in a new column says so again)."""
    if area.width <= 0 or area.height <= 0:
        return _Placed((), 0)
    columns = max(1, min(3, int((area.width + GAP) // (MIN_COLUMN_WIDTH + GAP))))
    column_width = (area.width - GAP * (columns - 1)) / columns
    text_width = column_width - mark - 2
    text_size = number_size(mark, ems)

    def entry_boxes(column: int, y: float, entry: LegendEntry, heading: bool) -> list[Item]:
        x = area.x + column * (column_width + GAP)
        boxes: list[Item] = []
        if heading:
            title = _text(x, y, column_width, entry.group, GROUP_SIZE, measure, True)
            boxes.append(title)
            y = title.rect.bottom + 0.8
        name = _text(x + mark + 2, y, text_width, entry.name, NAME_SIZE, measure, True)
        text = _text(x + mark + 2, name.rect.bottom, text_width, entry.text, BODY_SIZE, measure)
        circle = LegendMark(Rect(x, y, mark, mark), entry.number, entry.colour, text_size)
        if entry.hatch is None:
            return [*boxes, circle, name, text]
        swatch = Swatch(Rect(x, y + mark + 0.6, mark, SWATCH_HEIGHT), entry.colour, entry.hatch)
        return [*boxes, circle, swatch, name, text]

    def bottom(boxes: list[Item]) -> float:
        return max(box.rect.bottom for box in boxes)

    items: list[Item] = []
    count = 0
    column, y = 0, area.y
    for entry in entries:
        boxes = entry_boxes(column, y, entry, bool(entry.group) and entry.group != group)
        end = bottom(boxes)
        if end > area.bottom:
            column, y = column + 1, area.y
            if column == columns:
                break
            boxes = entry_boxes(column, y, entry, bool(entry.group))
            end = bottom(boxes)
            if end > area.bottom:
                break
        items += boxes
        count += 1
        group = entry.group
        y = end + 1.5
    return _Placed(tuple(items), count)


def _legend_height(
    entries: Sequence[LegendEntry], width: float, measure: _Measured, mark: float, ems: float
) -> float:
    """The least height that holds every entry in columns ``width`` wide (bisection)."""
    if not entries:
        return 0.0
    low, high = 0.0, 2000.0
    if _legend(entries, Rect(0, 0, width, high), measure, mark, ems).count < len(entries):
        return high
    while high - low > 1.0:
        middle = (low + high) / 2
        if _legend(entries, Rect(0, 0, width, middle), measure, mark, ems).count == len(entries):
            high = middle
        else:
            low = middle
    return high


def _footer(lines: Sequence[str], area: Rect, measure: _Measured) -> list[TextBox]:
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


def _guide_pages(guide: tuple[tuple[str, tuple[str, ...]], ...], frame: _Frame) -> None:
    """The guide's sections, one after another, onto as many pages as they need."""
    area, measure = frame.area, frame.measure
    y = frame.new_page()
    blocks = [
        (text, size, bold)
        for title, paragraphs in guide
        for text, size, bold in [(title, HEADING_SIZE, True)]
        + [(p, BODY_SIZE + 1, False) for p in paragraphs]
    ]
    for text, size, bold in blocks:
        box = _text(area.x, y, area.width, text, size, measure, bold)
        if box.rect.bottom > frame.body_bottom:
            y = frame.new_page()
            box = _text(area.x, y, area.width, text, size, measure, bold)
        frame.pages[-1].append(box)
        y = box.rect.bottom + (1.0 if bold else 2.0)


SHEET_TEXT_SIZE = 7.0
TOPIC_WIDTH = 28.0
SOLE_ASPECT = 600 / 700
"""The proportions the sheet's small maps are given room for: those of a drawing of soles."""


def layout_sheet(
    content: SheetContent,
    page_width: float,
    page_height: float,
    measure: Measure,
    margins: Margins = DEFAULT_MARGINS,
) -> tuple[Page, ...]:
    """The sheet's table: the topic, then each chart's small map and words; the maps as large
    as lets every row fit on one page (rows go on to another page only when even the
    smallest maps leave no room)."""
    texts = _Measured(measure)
    frame = _frame(content, page_width, page_height, texts, margins)
    top = frame.new_page(first=True)
    area = frame.area
    columns = len(content.columns)
    cell_width = (area.width - TOPIC_WIDTH - GAP * columns) / max(columns, 1)
    if cell_width < 30:
        raise PageTooSmall("the page is too narrow for the sheet's columns")

    def heads(y: float) -> tuple[list[Item], float]:
        boxes: list[Item] = []
        for i, name in enumerate(content.columns):
            x = area.x + TOPIC_WIDTH + GAP + i * (cell_width + GAP)
            boxes.append(_text(x, y, cell_width, name, NAME_SIZE, texts, True))
        return boxes, max((b.rect.bottom for b in boxes), default=y) + 1.5

    def row_items(row: SheetRow, y: float, map_width: float) -> list[Item]:
        items: list[Item] = [_text(area.x, y, TOPIC_WIDTH, row.name, NAME_SIZE, texts, True)]
        for i, cell in enumerate(row.cells):
            x = area.x + TOPIC_WIDTH + GAP + i * (cell_width + GAP)
            # Every map gets the room of a sole's drawing: a side view is as wide, and lower.
            box = Rect(x, y, map_width, map_width / SOLE_ASPECT + line_height(LABEL_SIZE))
            items += _arrange([cell.panel], box, texts)
            text_x = x + map_width + 2
            text = _text(text_x, y, x + cell_width - text_x, cell.text, SHEET_TEXT_SIZE, texts)
            items.append(text)
        return items

    def height_of(map_width: float) -> float:
        _, y = heads(0.0)
        for row in content.rows:
            y = max(b.rect.bottom for b in row_items(row, y, map_width)) + 2
        return y

    room = frame.body_bottom - top
    map_width = next(
        (float(width) for width in range(32, 12, -1) if height_of(width) <= room), 12.0
    )
    boxes, y = heads(top)
    frame.pages[-1].extend(boxes)
    for row in content.rows:
        items = row_items(row, y, map_width)
        if max(b.rect.bottom for b in items) > frame.body_bottom:
            boxes, y = heads(frame.new_page())
            frame.pages[-1].extend(boxes)
            items = row_items(row, y, map_width)
            if max(b.rect.bottom for b in items) > frame.body_bottom:
                raise PageTooSmall(f"the page is too small for the row '{row.name}'")
        frame.pages[-1].extend(items)
        y = max(b.rect.bottom for b in items) + 2
    return frame.finish(page_width, page_height, margins)
