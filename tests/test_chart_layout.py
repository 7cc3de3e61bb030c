"""The printed chart's layout, checked as geometry: nothing overlaps, nothing leaves the page."""

import math
from dataclasses import replace
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflexmap.core.chart_layout import (
    MIN_NUMBER_HEIGHT,
    NUMBER_WIDTH,
    POINT,
    ChartContent,
    DrawingBox,
    LegendEntry,
    LegendMark,
    Measure,
    Page,
    PageTooSmall,
    Panel,
    SheetCell,
    SheetContent,
    SheetRow,
    TextBox,
    layout_chart,
    layout_sheet,
    wrap,
)
from reflexmap.core.spreading import Rect, spread

SOLE = Panel("plantar", (0.0, 0.0, 600.0, 700.0), frozenset(), feet=(("Left", 150), ("Right", 450)))

PAGES = {"A4": (210, 297), "Letter": (215.9, 279.4), "A5": (148, 210)}


def measure(text: str, size: float, bold: bool) -> float:
    """An average-width font: enough to test the geometry without Qt."""
    return len(text) * size * POINT * (0.6 if bold else 0.55)


def content(zones: int, guide: bool = False) -> ChartContent:
    return ChartContent(
        title="A chart with a fairly long title that may need to wrap",
        subtitle="Source: an article, sections 'Active points of the foot' and 'Foot massage'.",
        panels=(SOLE,),
        legend=tuple(
            LegendEntry(
                n,
                "#CC6677",
                f"Zone number {n} (both feet)",
                "Traditionally linked with something. Technique: press lightly in "
                "small circles, from the base of the toe to its tip, for a minute.",
            )
            for n in range(1, zones + 1)
        ),
        footer=(
            "Traditional claims, not medical advice.",
            "Do not massage the feet with: " + "; ".join(["a contraindication"] * 14),
            "Made today.",
        ),
        guide=(
            ("Techniques", tuple("Stroking: glide the palm over the skin. " * 3 for _ in range(8))),
        )
        if guide
        else (),
    )


def check(pages: tuple[Page, ...]) -> None:
    """Every box on its page; none overlaps another, but for numbers on their drawing."""
    for page in pages:
        boxes = [item for item in page.items if isinstance(item, TextBox | DrawingBox | LegendMark)]
        for item in boxes:
            assert item.rect.within(page.printable), item
        for a, b in combinations(boxes, 2):
            if isinstance(a, DrawingBox) and isinstance(b, LegendMark) and b.rect.within(a.rect):
                continue
            if isinstance(a, LegendMark) and isinstance(b, LegendMark):
                assert not circles_overlap(a, b), (a, b)
            else:
                assert not a.rect.overlaps(b.rect), (a, b)


def centre(mark: LegendMark) -> tuple[float, float]:
    return mark.rect.x + mark.rect.width / 2, mark.rect.y + mark.rect.height / 2


def circles_overlap(a: LegendMark, b: LegendMark) -> bool:
    return math.dist(centre(a), centre(b)) < (a.rect.width + b.rect.width) / 2 - 1e-6


@pytest.mark.parametrize("size", PAGES)
@pytest.mark.parametrize("landscape", [False, True])
@pytest.mark.parametrize("zones", [11, 40])
def test_nothing_overlaps_or_leaves_the_page(size: str, landscape: bool, zones: int) -> None:
    width, height = PAGES[size]
    if landscape:
        width, height = height, width
    pages = layout_chart(content(zones, guide=True), width, height, measure)
    check(pages)
    numbers = [i.number for p in pages for i in p.items if isinstance(i, LegendMark)]
    assert numbers == list(range(1, zones + 1))  # every entry, once, in order (none drawn)
    assert sum(isinstance(i, DrawingBox) for p in pages for i in p.items) == 1


def test_every_page_carries_the_footer() -> None:
    pages = layout_chart(content(40, guide=True), *PAGES["A5"], measure)
    assert len(pages) > 2
    for page in pages:
        lines = [line for item in page.items if isinstance(item, TextBox) for line in item.lines]
        assert "Traditional claims, not medical advice." in lines


def test_drawing_keeps_its_proportions() -> None:
    page = layout_chart(content(11), *PAGES["A4"], measure)[0]
    drawing = next(i for i in page.items if isinstance(i, DrawingBox))
    assert drawing.rect.width / drawing.rect.height == pytest.approx(600 / 700)


def test_wrap_breaks_words_and_overlong_words() -> None:
    assert wrap("one two three", 8 * 10 * POINT * 0.55, 10, False, measure) == ("one two", "three")
    assert wrap("abcdefghij", 4 * 10 * POINT * 0.55, 10, False, measure) == ("abcd", "efgh", "ij")


def word_by_word(text: str, width: float, measure: Measure) -> tuple[str, ...]:
    """Greedy wrap as first written: the line measured after each word."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate, 10, False) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while len(word) > 1 and measure(word, 10, False) > width:
            cut = max(
                n for n in range(1, len(word)) if n == 1 or measure(word[:n], 10, False) <= width
            )
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return tuple(lines)


LETTER_WIDTHS = {"i": 0.3, "l": 0.3, "m": 1.6, "w": 1.5, "W": 2.0, " ": 0.5}


def uneven(text: str, size: float, bold: bool) -> float:
    """Letters of very different widths, so that guessing from the average is often wrong."""
    return sum(LETTER_WIDTHS.get(c, 1.0) for c in text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("ilmwWabc", min_size=1, max_size=18), max_size=30).map(" ".join),
    st.floats(-1.0, 40.0),
)
def test_wrap_is_the_greedy_wrap_word_by_word(text: str, width: float) -> None:
    assert wrap(text, width, 10, False, uneven) == word_by_word(text, width, uneven)


def test_a_page_too_small_for_one_entry_is_an_error() -> None:
    with pytest.raises(PageTooSmall):
        layout_chart(content(3), 60, 70, measure)


def test_a_huge_word_is_broken_in_few_measurements() -> None:
    calls = 0

    def counting(text: str, size: float, bold: bool) -> float:
        nonlocal calls
        calls += 1
        return len(text) * size * 0.2

    lines = wrap("x" * 4000, 50.0, 10.0, False, counting)
    assert "".join(lines) == "x" * 4000
    assert all(counting(line, 10.0, False) <= 50.0 for line in lines)
    assert calls < 4000


def test_a_footer_too_long_for_the_page_is_named_as_the_cause() -> None:
    content = ChartContent("Title", "", (SOLE,), (), ("word " * 3000,))
    with pytest.raises(PageTooSmall, match="footer"):
        layout_chart(content, 210, 297, lambda text, size, bold: len(text) * size * 0.2)


def view_panel(view: str, width: float, height: float, marks: int = 0) -> Panel:
    return Panel(
        view,  # type: ignore[arg-type]
        (0.0, 0.0, width, height),
        frozenset(),
        tuple((n, width / 4 + (n % 5) * 3, height / 2 + (n // 5) * 3) for n in range(1, marks + 1)),
        (("Left foot, inner side", width / 4), ("Right foot, inner side", width * 3 / 4)),
    )


FOUR = (
    view_panel("plantar", 600, 700, 30),
    view_panel("dorsal", 600, 700, 6),
    view_panel("medial", 900, 420, 8),
    view_panel("lateral", 900, 420, 8),
)


def grouped(zones: int) -> tuple[LegendEntry, ...]:
    return tuple(
        LegendEntry(n, "#CC6677", f"Zone {n} (both feet)", "Linked with it.", f"System {n // 8}")
        for n in range(1, zones + 1)
    )


def test_four_views_fit_one_landscape_a3_page_and_two_upright_a4_pages() -> None:
    four = replace(content(46), panels=FOUR, legend=grouped(46), drawings_first=True)
    (a3,) = layout_chart(four, 420, 297, measure)
    check((a3,))
    assert sum(isinstance(i, DrawingBox) for i in a3.items) == 4
    a4 = layout_chart(four, *PAGES["A4"], measure)
    assert len(a4) == 2
    check(a4)
    assert sum(isinstance(i, DrawingBox) for i in a4[0].items) == 4
    listed = [
        i.number for p in a4 for i in p.items if isinstance(i, LegendMark) and i.colour != "#FFFFFF"
    ]
    assert listed == list(range(1, 47))


def test_numbers_on_a_drawing_never_overlap_and_stay_on_it() -> None:
    crowded = Panel(
        "plantar",
        (0.0, 0.0, 600.0, 700.0),
        frozenset(),
        tuple((n, 300.0, 350.0) for n in range(1, 21)),
    )
    (page, *_) = layout_chart(replace(content(3), panels=(crowded,)), *PAGES["A5"], measure)
    drawing = next(i for i in page.items if isinstance(i, DrawingBox))
    marks = [i for i in page.items if isinstance(i, LegendMark) and i.rect.within(drawing.rect)]
    assert len(marks) == 20
    assert not any(circles_overlap(a, b) for a, b in combinations(marks, 2))
    assert all(mark.anchor is not None for mark in marks[1:])  # moved off the spot: a leader


def test_every_number_is_at_least_2_5_mm_high_on_a5() -> None:
    digit_height = 0.73
    pages = layout_chart(
        replace(content(40), panels=(view_panel("plantar", 600, 700, 40),)),
        *PAGES["A5"],
        measure,
    )
    marks = [i for p in pages for i in p.items if isinstance(i, LegendMark)]
    assert len(marks) == 80
    assert min(m.text_size for m in marks) * digit_height >= MIN_NUMBER_HEIGHT


def test_long_numbers_are_set_2_5_mm_high_in_circles_they_fit() -> None:
    legend = tuple(LegendEntry(n, "#CC6677", "A zone", "Linked.") for n in (7, 42, 512, 2482))
    pages = layout_chart(replace(content(0), legend=legend), *PAGES["A4"], measure)
    check(pages)
    marks = [m for p in pages for m in p.items if isinstance(m, LegendMark)]
    assert len({(m.rect.width, m.text_size) for m in marks}) == 1  # all set alike
    for mark in marks:
        assert mark.text_size * 0.73 >= MIN_NUMBER_HEIGHT - 1e-9
        ems = measure(str(mark.number), 72.0, True) / (72.0 * POINT)
        assert mark.text_size * ems <= NUMBER_WIDTH * mark.rect.width + 1e-9


def test_legend_groups_have_headings_and_say_so_again_in_a_new_column() -> None:
    pages = layout_chart(replace(content(40), legend=grouped(40)), *PAGES["A4"], measure)
    check(pages)
    lines = [line for p in pages for i in p.items if isinstance(i, TextBox) for line in i.lines]
    for group in range(6):
        assert f"System {group}" in lines
    assert len([line for line in lines if line.startswith("System ")]) > 6


def test_a_short_legend_leaves_the_page_to_the_drawing() -> None:
    (page,) = layout_chart(content(1), *PAGES["A4"], measure)
    drawing = next(i for i in page.items if isinstance(i, DrawingBox)).rect
    assert drawing.width == pytest.approx(page.printable.width)  # as wide as the page allows
    footer_top = min(
        i.rect.y for i in page.items if isinstance(i, TextBox) and "Made" in i.lines[0]
    )
    legend_bottom = max(
        i.rect.bottom
        for i in page.items
        if isinstance(i, TextBox) and "Zone number 1" in i.lines[0]
    )
    assert footer_top - legend_bottom < page.height * 0.3  # not a half-empty page


def test_the_sheet_fits_one_page_with_a_map_per_chart_and_topic() -> None:
    rows = tuple(
        SheetRow(
            f"Topic {n}",
            tuple(
                SheetCell(SOLE, "Where this chart puts it, in a few words. " * 3) for _ in range(2)
            ),
        )
        for n in range(10)
    )
    sheet = SheetContent(
        "Where the charts disagree",
        "A note. " * 40,
        ("Article", "Western"),
        rows,
        ("Claims.", "Made today."),
    )
    pages = layout_sheet(sheet, *PAGES["A4"], measure)
    assert len(pages) == 1
    check(pages)
    assert sum(isinstance(i, DrawingBox) for i in pages[0].items) == 20
    assert len(layout_sheet(sheet, *PAGES["A5"], measure)) > 1  # rows go on, none is lost


def pushed_apart(
    points: list[tuple[float, float]], size: float, box: Rect
) -> list[tuple[float, float]]:
    """Numbers spread the first way they were: every pair in turn, up to 400 rounds."""
    centres = [list(point) for point in points]
    reach, half = size + 0.4, size / 2

    def clamp(centre: list[float]) -> None:
        centre[0] = min(max(centre[0], box.x + half), box.right - half)
        centre[1] = min(max(centre[1], box.y + half), box.bottom - half)

    for centre in centres:
        clamp(centre)
    for _ in range(400):
        moved = False
        for (i, a), (j, b) in combinations(enumerate(centres), 2):
            dx, dy = b[0] - a[0], b[1] - a[1]
            distance = (dx * dx + dy * dy) ** 0.5
            if distance >= reach:
                continue
            moved = True
            if distance < 1e-6:
                angle = (i * 7 + j * 13) * 2.39996
                dx, dy, distance = math.cos(angle), math.sin(angle), 1.0
            push = (reach - distance) / 2 + 0.01
            a[0] -= dx / distance * push
            a[1] -= dy / distance * push
            b[0] += dx / distance * push
            b[1] += dy / distance * push
            clamp(a)
            clamp(b)
        if not moved:
            break
    return [(x, y) for x, y in centres]


# Few distinct places, so that numbers often start on one spot or close together.
places = st.tuples(st.integers(0, 12).map(lambda n: n * 5.0), st.integers(0, 16).map(float))


@settings(max_examples=60, deadline=None)
@given(st.lists(places, max_size=24), st.sampled_from([5.0, 6.6, 8.0]))
def test_numbers_are_spread_as_by_pushing_every_pair_apart_in_turn(
    points: list[tuple[float, float]], size: float
) -> None:
    box = Rect(0.0, 0.0, 60.0, 80.0)
    assert spread(points, size, box) == pushed_apart(points, size, box)


def test_numbers_too_many_to_keep_apart_are_shown_where_they_cover_no_other() -> None:
    crowded = Panel(
        "plantar",
        (0.0, 0.0, 600.0, 700.0),
        frozenset(),
        tuple((n, 30.0 + (n % 55) * 10, 30.0 + (n // 55) * 10) for n in range(1, 3001)),
    )
    (page, *_) = layout_chart(replace(content(3), panels=(crowded,)), *PAGES["A5"], measure)
    drawing = next(i for i in page.items if isinstance(i, DrawingBox)).rect
    marks = [i for i in page.items if isinstance(i, LegendMark) and i.rect.within(drawing)]
    assert 50 < len(marks) < 3000
    assert not any(circles_overlap(a, b) for a, b in combinations(marks, 2))
    assert all(mark.anchor is None for mark in marks)  # each on its own zone, no leaders
    shown = {mark.number for mark in marks}
    scale = drawing.width / 600.0
    for number, x, y in crowded.marks:  # a number left out would cover one shown
        if number not in shown:
            assert any(
                math.dist(centre(mark), (drawing.x + x * scale, drawing.y + y * scale))
                < mark.rect.width + 0.4 + 1e-6
                for mark in marks
            )


def test_each_legend_text_is_measured_once_however_often_it_is_placed() -> None:
    long = content(250)
    calls = 0

    def counting(text: str, size: float, bold: bool) -> float:
        nonlocal calls
        calls += 1
        return measure(text, size, bold)

    pages = layout_chart(long, *PAGES["A4"], counting)
    assert len(pages) > 3
    texts = [long.title, long.subtitle, *long.footer, long.continued]
    texts += [t for entry in long.legend for t in (entry.name, entry.text)]
    words = sum(len(text.split()) for text in texts)
    assert calls < 1.2 * words
