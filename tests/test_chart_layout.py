"""The printed chart's layout, checked as geometry: nothing overlaps, nothing leaves the page."""

from itertools import combinations

import pytest

from reflexmap.core.chart_layout import (
    POINT,
    ChartContent,
    DrawingBox,
    LegendEntry,
    LegendMark,
    Page,
    PageTooSmall,
    TextBox,
    layout_chart,
    wrap,
)

PAGES = {"A4": (210, 297), "Letter": (215.9, 279.4), "A5": (148, 210)}


def measure(text: str, size: float, bold: bool) -> float:
    """An average-width font: enough to test the geometry without Qt."""
    return len(text) * size * POINT * (0.6 if bold else 0.55)


def content(zones: int, guide: bool = False) -> ChartContent:
    return ChartContent(
        title="A chart with a fairly long title that may need to wrap",
        subtitle="Source: an article, sections 'Active points of the foot' and 'Foot massage'.",
        drawing_aspect=600 / 700,
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
    for page in pages:
        boxes = [item for item in page.items if isinstance(item, TextBox | DrawingBox | LegendMark)]
        for item in boxes:
            assert item.rect.within(page.printable), item
        for a, b in combinations(boxes, 2):
            assert not a.rect.overlaps(b.rect), (a, b)


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
    assert numbers == list(range(1, zones + 1))  # every entry, once, in order
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
    content = ChartContent("Title", "", 1.0, (), ("word " * 3000,))
    with pytest.raises(PageTooSmall, match="footer"):
        layout_chart(content, 210, 297, lambda text, size, bold: len(text) * size * 0.2)
