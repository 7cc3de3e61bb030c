"""Every printed variant as a reader gets it: four views, the disagreement sheet, a focused
chart, a client's header, black and white, the SVG's page, the numbers' size."""

import datetime
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QMarginsF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPlainTextEdit, QToolButton
from pytestqt.qtbot import QtBot

from reflexmap.app.catalogue import ChartSource, load, load_disagreements
from reflexmap.app.chart_request import ChartRequest
from reflexmap.cli import main
from reflexmap.core.chart_layout import (
    MIN_NUMBER_HEIGHT,
    POINT,
    ChartContent,
    DrawingBox,
    LegendEntry,
    LegendMark,
    layout_chart,
)
from reflexmap.core.model import Chart
from reflexmap.render.chart_painter import (
    IMAGE_DPI,
    digit_height,
    font_measure,
    layout_for,
    paint_page,
)
from reflexmap.ui.main_window import MainWindow
from tests.gui.test_printing import pdf_text

TODAY = datetime.date.today().isoformat()


def page_sizes(path: Path) -> list[tuple[int, int]]:
    return [
        (round(p.mediabox.width), round(p.mediabox.height)) for p in pypdf.PdfReader(path).pages
    ]


def images(path: Path) -> list[str]:
    """The raster images in a PDF, one line each, as `pdfimages -list` lists them."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return listing.splitlines()[2:]  # after the heading and its rule


@pytest.fixture(scope="module")
def western() -> Chart:
    return load(ChartSource.of_bundled("western"), None)


@pytest.mark.parametrize("chart_id", ["article", "western"])
def test_four_views_are_two_a4_pages_or_one_landscape_a3(tmp_path: Path, chart_id: str) -> None:
    a4, a3 = tmp_path / "a4.pdf", tmp_path / "a3.pdf"
    assert main(["--chart", chart_id, "chart", "--view", "all", "-o", str(a4)]) == 0
    assert page_sizes(a4) == [(595, 842), (595, 842)]
    options = ["--page-size", "A3", "--landscape"]
    assert main(["--chart", chart_id, "chart", "--view", "all", "-o", str(a3), *options]) == 0
    assert page_sizes(a3) == [(1191, 842)]
    for pages in (pdf_text(a4), pdf_text(a3)):
        text = " ".join(pages)
        assert ": all four views" in pages[0]
        for label in ("Left foot, sole", "Right foot, top", "Left foot, inner side"):
            assert label in pages[0]
        assert "Right foot, outer side" in pages[0]
        assert "Traditionally linked with" in text


def test_the_title_names_the_chart_and_the_view(tmp_path: Path) -> None:
    out = tmp_path / "top.pdf"
    assert main(["--chart", "western", "chart", "--view", "dorsal", "-o", str(out)]) == 0
    assert "Foot reflex zones, common Western chart: the top of the foot" in pdf_text(out)[0]


def test_the_disagreement_sheet_is_one_page_with_every_topic(tmp_path: Path) -> None:
    out = tmp_path / "disagree.pdf"
    assert main(["chart", "--disagreements", "-o", str(out)]) == 0
    (text,) = pdf_text(out)
    assert page_sizes(out) == [(595, 842)]
    assert "Where the charts disagree" in text
    assert "home foot-massage chart" in text
    assert "common Western chart" in text
    for topic in load_disagreements().topics:
        assert topic.name in text
    assert "at the neck of the big toe" in text  # the Western chart's thyroid
    assert "The article does not place the thyroid" in text
    assert "could not pick out the conditions" in text  # the note on practitioners


def test_a_focused_chart_says_what_it_is_for_and_fills_the_page(
    qapp: QApplication, tmp_path: Path, chart: Chart
) -> None:
    out = tmp_path / "headache.pdf"
    assert main(["chart", "--search", "headache", "-o", str(out)]) == 0
    (text,) = pdf_text(out)
    assert text.startswith("Zones for headache")
    assert "Toe tips" in text
    assert "Heel centre" not in text
    request = ChartRequest(zones=("toe-tips",), query="headache")
    (page,) = layout_for(chart, request)
    drawn = [i.rect for i in page.items if isinstance(i, DrawingBox)]
    area = sum(r.width * r.height for r in drawn)
    assert area > 0.4 * page.printable.width * page.printable.height  # large, not 60% blank
    whole = layout_for(chart, ChartRequest())[0]
    (sole,) = [i.rect for i in whole.items if isinstance(i, DrawingBox)]
    toe_scale = max(r.width for r in drawn) / (chart.foot_map.width / 2)
    assert toe_scale > 1.5 * sole.width / chart.foot_map.width  # the zones drawn larger


def test_a_client_header_has_the_name_the_date_and_the_notes(tmp_path: Path) -> None:
    out = tmp_path / "anna.pdf"
    note = "Work the toes gently; she bruises easily."
    assert main(["chart", "--for", "Anna Meier", "--note", note, "-o", str(out)]) == 0
    (text,) = pdf_text(out)
    assert f"For Anna Meier, {TODAY}" in text
    assert f"Notes: {note}" in text


@pytest.mark.parametrize("options", [[], ["--view", "all"], ["--disagreements"]])
def test_black_and_white_stays_vector(tmp_path: Path, options: list[str]) -> None:
    out = tmp_path / "grey.pdf"
    assert main(["--chart", "western", "chart", "--grayscale", "-o", str(out), *options]) == 0
    assert images(out) == []
    text = " ".join(pdf_text(out))
    assert "Sinuses" in text or "Where the charts disagree" in text


def test_black_and_white_hatches_the_zones(
    qapp: QApplication, tmp_path: Path, chart: Chart
) -> None:
    out = tmp_path / "grey.png"
    assert main(["chart", "--grayscale", "-o", str(out)]) == 0
    image = QImage(str(out))
    page = layout_for(chart, ChartRequest(grayscale=True))[0]
    drawing = next(i for i in page.items if isinstance(i, DrawingBox)).rect
    px = IMAGE_DPI / 25.4
    scale = drawing.width * px / chart.foot_map.width
    heel = next(chart.regions_of("heel"))
    x = heel.anchor[0]
    greys = []
    for step in range(-40, 41, 2):  # down a line through the heel, clear of its number
        y = heel.anchor[1] + step
        if heel.contains(x, y) and abs(step) > 14:
            colour = image.pixelColor(
                round(drawing.x * px + x * scale), round(drawing.y * px + y * scale)
            )
            assert colour.red() == colour.green() == colour.blue()
            greys.append(colour.red())
    assert len(greys) > 10
    assert max(greys) - min(greys) > 40  # hatch lines over the grey fill


def test_the_svg_has_a_white_page(tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    assert main(["chart", "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    svg = "{http://www.w3.org/2000/svg}"
    width, height = (float(v) for v in root.attrib["viewBox"].split()[2:])
    first = next(root.iter(f"{svg}rect"))
    parent = next(g for g in root.iter(f"{svg}g") if first in list(g))
    assert QColor(parent.attrib["fill"]) == QColor("white")
    assert (float(first.attrib["x"]), float(first.attrib["y"])) == (0, 0)
    assert (float(first.attrib["width"]), float(first.attrib["height"])) == (width, height)


@pytest.mark.parametrize("view", ["plantar", "all"])
def test_every_number_on_a5_is_at_least_2_5_mm_high(
    qapp: QApplication, chart: Chart, western: Chart, view: str
) -> None:
    digits = digit_height()
    for shown in (chart, western):
        pages = layout_for(shown, ChartRequest("A5", view=view))  # type: ignore[arg-type]
        marks = [i for p in pages for i in p.items if isinstance(i, LegendMark)]
        assert len(marks) > len(shown.zones)  # in the legend and on the drawings
        heights = [m.text_size * digits for m in marks]
        assert min(heights) >= MIN_NUMBER_HEIGHT


def test_window_prints_all_views_with_the_client_header_and_says_where_it_saved(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.action("option-all_views").trigger()
    dialog = window.edit_client_header()
    name, notes = dialog.findChild(QLineEdit), dialog.findChild(QPlainTextEdit)
    buttons = dialog.findChild(QDialogButtonBox)
    assert name is not None
    assert notes is not None
    assert buttons is not None
    name.setText("Anna Meier")
    notes.setPlainText("Gentle on the heels.")
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    out = tmp_path / "anna.pdf"
    assert window.exporter.export_to(out)
    pages = pdf_text(out)
    assert len(pages) == 2
    assert f"For Anna Meier, {TODAY}" in pages[0]
    assert "Notes: Gentle on the heels." in pages[0]
    assert ": all four views" in pages[0]

    assert "anna.pdf" in window.statusBar().currentMessage()
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    found = {b.text(): b for b in window.statusBar().findChildren(QToolButton)}
    qtbot.mouseClick(found["Open"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(found["Show Folder"], Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(out), str(tmp_path)]
    window.close()
    assert window.settings.chart_all_views  # the option is remembered; the name is not
    assert "Anna" not in repr(window.settings)


def test_window_prints_the_disagreement_sheet_from_the_comparison(
    tmp_path: Path, window: MainWindow
) -> None:
    dialog = window.show_comparison()
    assert dialog is not None
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert "Print the Sheet..." in [b.text() for b in buttons.buttons()]
    dialog.close()
    out = tmp_path / "sheet.pdf"
    assert window.exporter.export_sheet_to(out)
    (text,) = pdf_text(out)
    assert "Where the charts disagree" in text
    assert "Thyroid" in text


def test_black_and_white_svg_hatches_without_stepped_clips(tmp_path: Path) -> None:
    # Qt writes a clip to any shape as a staircase of rectangles: hatches are cut to shape
    # instead, and only the drawings' own rectangles clip.
    out = tmp_path / "grey.svg"
    assert main(["chart", "--grayscale", "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    svg = "{http://www.w3.org/2000/svg}"
    assert root.attrib["version"] == "1.1"  # SVG Tiny has no clipping: drawings would spill
    clips = list(root.iter(f"{svg}clipPath"))
    assert clips
    for clip in clips:
        for path in clip.iter(f"{svg}path"):
            assert path.attrib["d"].count("L") <= 4, path.attrib["d"][:80]


def test_window_prints_the_found_zones_as_a_chart_for_the_search(
    tmp_path: Path, window: MainWindow
) -> None:
    window.search.set_query("headache")
    window.action("option-only_focus").trigger()
    out = tmp_path / "headache.pdf"
    assert window.exporter.export_to(out)
    (text,) = pdf_text(out)
    assert text.startswith("Zones for headache")
    assert "home foot-massage chart: the sole" in text
    assert "Toe tips" in text
    assert "Heel centre" not in text


def test_long_numbers_are_printed_whole_inside_their_circles(
    qapp: QApplication, tmp_path: Path
) -> None:
    numbers = (7, 42, 512, 2482)
    legend = tuple(LegendEntry(n, "#CC6677", "A zone", "Linked with it.") for n in numbers)
    content = ChartContent("Numbers", "", (), legend, ("Claims.",), digit_height=digit_height())
    (page,) = layout_chart(content, 210, 297, font_measure())
    path = tmp_path / "numbers.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    painter = QPainter(writer)
    paint_page(painter, page, {})
    painter.end()
    del writer
    words = ET.fromstring(
        subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    ).iter("{http://www.w3.org/1999/xhtml}word")
    boxes = {w.text: [float(w.attrib[k]) * 25.4 / 72 for k in ("xMin", "xMax")] for w in words}
    marks = [i for i in page.items if isinstance(i, LegendMark)]
    assert [m.number for m in marks] == list(numbers)
    measure = font_measure()
    for mark in marks:
        left, right = boxes[str(mark.number)]  # in millimetres, as the layout's boxes
        assert mark.rect.x <= left, mark
        assert right <= mark.rect.right, mark
        ems = measure(str(mark.number), 72.0, True) / (72.0 * POINT)  # its width in ems
        assert (right - left) / ems * digit_height() >= MIN_NUMBER_HEIGHT - 0.05, mark
