"""The printed chart as a reader gets it: PDF text and page size, PNG pixels, clean errors."""

import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QByteArray, QPointF, QSettings
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflexmap.app.chart_request import ChartRequest
from reflexmap.cli import main
from reflexmap.core.chart_layout import DrawingBox
from reflexmap.core.model import Chart
from reflexmap.render.chart_painter import IMAGE_DPI, layout_for, print_pages, without_elements
from reflexmap.ui.main_window import MainWindow
from tests.test_chart_layout import check

OpenWindow = Callable[[Chart, QSettings], MainWindow]
"""The open_window fixture (tests/gui/conftest.py)."""


def pdf_text(path: Path) -> list[str]:
    """Each page's text as a reader would search it: ligatures undone, spaces folded."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in pypdf.PdfReader(path).pages
    ]


def folded(text: str) -> str:
    return " ".join(text.split())


def test_default_pdf_has_every_zone_the_disclaimer_and_contraindications(
    tmp_path: Path, chart: Chart
) -> None:
    out = tmp_path / "chart.pdf"
    assert main(["chart", "-o", str(out)]) == 0
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)  # A4
    (text,) = pdf_text(out)
    for zone in chart.zones:  # the sole's chart: every zone drawn there, and no other
        assert (zone.name in text) == ("plantar" in zone.views), zone.id
    assert folded(chart.info.disclaimer) in text
    for contraindication in chart.zone_data.contraindications:
        assert contraindication in text
    assert out.stat().st_size < 300_000


def test_the_window_starts_without_the_printed_charts_layout(tmp_path: Path) -> None:
    """The layout's many records take the window's start several milliseconds to define;
    the map's numbers share only the spreading of circles with it."""
    shot = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "reflexmap", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 0
    assert "reflexmap.render.regions" in result.stderr  # the map's imports are listed
    assert "reflexmap.core.chart_layout" not in result.stderr


def test_pdf_is_vector_text_with_embedded_fonts(tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    assert main(["chart", "-o", str(out)]) == 0
    page: Any = pypdf.PdfReader(out).pages[0]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()  # the TrueType font is in the file
    assert "reflex" in pdf_text(out)[0]  # searchable, no ligature in the way


@pytest.mark.parametrize(
    ("options", "size"),
    [
        (["--page-size", "letter"], (612, 792)),
        (["--page-size", "Letter", "--landscape"], (792, 612)),
        (["--page-size", "A4", "--landscape"], (842, 595)),
        (["--page-size", "a5"], (420, 595)),
    ],
)
def test_page_sizes(tmp_path: Path, options: list[str], size: tuple[int, int]) -> None:
    out = tmp_path / "chart.pdf"
    assert main(["chart", "-o", str(out), *options]) == 0
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (round(box.width), round(box.height)) == size


def test_guide_pages_and_a_chart_for_one_search(tmp_path: Path) -> None:
    out = tmp_path / "headaches.pdf"
    assert main(["chart", "-o", str(out), "--search", "headache", "--guide"]) == 0
    first, *rest = pdf_text(out)
    assert "Toe tips" in first
    assert "Heel centre" not in first
    guide = " ".join(rest)
    assert "Techniques" in guide
    assert "Spiral rubbing" in guide
    assert "About these claims" in guide
    assert "18 randomised trials" in guide


def test_png_shows_zone_colours_where_the_zones_are(tmp_path: Path, chart: Chart) -> None:
    out = tmp_path / "chart.png"
    assert main(["chart", "-o", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1240, 1754)  # A4 at 150 dpi
    page = layout_for(chart, ChartRequest())[0]
    drawing = next(i for i in page.items if isinstance(i, DrawingBox)).rect
    px = IMAGE_DPI / 25.4
    scale = drawing.width * px / chart.foot_map.width
    heel = next(chart.regions_of("heel"))
    below_number = QPointF(heel.anchor[0], heel.anchor[1] + 25)  # clear of the number mark
    assert heel.contains(below_number.x(), below_number.y())
    pixel = image.pixelColor(
        round(drawing.x * px + below_number.x() * scale),
        round(drawing.y * px + below_number.y() * scale),
    )
    zone = QColor(chart.colour("heel"))
    skin = QColor("#f4e1d2")

    def rgb(colour: QColor) -> tuple[int, int, int]:
        return colour.red(), colour.green(), colour.blue()

    expected = [
        round(z * 150 / 255 + s * 105 / 255) for z, s in zip(rgb(zone), rgb(skin), strict=True)
    ]
    assert all(abs(p - e) < 25 for p, e in zip(rgb(pixel), expected, strict=True))


def test_grayscale_png_has_no_colour(tmp_path: Path) -> None:
    out = tmp_path / "grey.png"
    assert main(["chart", "-o", str(out), "--grayscale"]) == 0
    image = QImage(str(out))
    for y in range(0, image.height(), 37):
        for x in range(0, image.width(), 37):
            colour = image.pixelColor(x, y)
            assert colour.red() == colour.green() == colour.blue(), (x, y)


def test_svg_export(tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    assert main(["chart", "-o", str(out), "--zones", "heel,arch"]) == 0
    text = out.read_text()
    assert text.startswith("<?xml")
    assert "Heel centre" in text
    assert "Deep arch" not in text


@pytest.mark.parametrize(
    ("target", "options", "message"),
    [
        ("missing/x.pdf", [], "cannot write"),
        ("x.doc", [], "unknown format '.doc'"),
        ("x.pdf", ["--page-size", "B99"], "unknown page size 'B99'"),
        ("x.pdf", ["--zones", "heel,nope"], "no zone 'nope'"),
        ("x.pdf", ["--search", "xyzzy"], "no zone matches 'xyzzy'"),
    ],
)
def test_bad_requests_exit_1_and_leave_no_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    target: str,
    options: list[str],
    message: str,
) -> None:
    assert main(["chart", "-o", str(tmp_path / target), *options]) == 1
    assert message in capsys.readouterr().err
    assert [p.name for p in tmp_path.rglob("*")] == []


def test_a_failed_export_keeps_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    out.write_bytes(b"the user's earlier chart")
    assert main(["chart", "-o", str(out), "--page-size", "B99"]) == 1
    assert out.read_bytes() == b"the user's earlier chart"


@pytest.mark.parametrize(
    "size", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.A5]
)
@pytest.mark.parametrize("landscape", [False, True])
def test_real_fonts_never_overlap_or_leave_the_page(
    qapp: QApplication, chart: Chart, size: QPageSize.PageSizeId, landscape: bool
) -> None:
    check(layout_for(chart, ChartRequest(size.name, landscape, guide=True)))


def test_printing_goes_through_the_same_painter(
    qapp: QApplication, tmp_path: Path, chart: Chart
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    assert print_pages(printer, chart, ChartRequest(guide=True))
    pages = pdf_text(tmp_path / "printed.pdf")
    assert len(pages) == 2
    assert "Heel centre" in pages[0]
    box = pypdf.PdfReader(tmp_path / "printed.pdf").pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)  # the printer's page


def test_window_exports_only_the_found_zones(
    qtbot: QtBot,
    tmp_path: Path,
    chart: Chart,
    settings: QSettings,
    open_window: OpenWindow,
) -> None:
    window = open_window(chart, settings)
    window.search.set_query("cough and headache")
    window.action("option-only_focus").trigger()
    out = tmp_path / "mine.pdf"
    assert window.exporter.export_to(out)
    (text,) = pdf_text(out)
    assert "Outer edge" in text
    assert "Toe tips" in text
    assert "Heel centre" not in text
    window.close()
    assert settings.value("export_folder") == str(tmp_path)
    assert settings.value("page_size") == "A4"
    assert re.search(r"Made \d{4}-\d\d-\d\d with reflexmap", text)


def test_print_preview_shows_the_pages(
    qtbot: QtBot,
    tmp_path: Path,
    chart: Chart,
    settings: QSettings,
    open_window: OpenWindow,
) -> None:
    window = open_window(chart, settings)
    window.action("option-guide").trigger()
    dialog = window.exporter.preview()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == 2)
    dialog.close()
    assert window.action("preview").shortcut().toString() == "Ctrl+Shift+P"
    assert window.action("export-pdf").shortcut().toString() == "Ctrl+E"


def drawn(svg: bytes) -> QImage:
    """The drawing rendered at 100x100 pixels on white."""
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    image = QImage(100, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def two_squares(left_square: str) -> bytes:
    return (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">'
        + left_square.encode()
        + b'<rect id="right-b" class="region" x="60" y="10" width="30" height="30" fill="red"/>'
        b"</svg>"
    )


def test_a_lit_zones_own_element_is_left_out_of_the_drawing() -> None:
    svg = two_squares('<rect id="left-b" class="region" x="10" y="10" width="30" height="30"/>')
    image = drawn(without_elements(svg, {"left-b"}))
    assert image.pixelColor(25, 25) == QColor("white")  # hidden: the zone is painted over it
    assert image.pixelColor(75, 25) == QColor("red")  # another zone's element stays
    assert drawn(svg).pixelColor(25, 25) == QColor("black")


@pytest.mark.parametrize(
    "element",
    [
        '<rect id="left-b" visibility="visible" x="10" y="10" width="30" height="30"/>',
        '<rect id="left-b" x="10" y="10" width="30" height="30" title="a > b"/>',
        "<rect id='left-b' x='10' y='10' width='30' height='30' title=\"it's\"/>",
    ],
)
def test_an_element_read_unsurely_is_drawn_as_it_was(element: str) -> None:
    svg = two_squares(element)
    assert without_elements(svg, {"left-b"}) == svg
    assert drawn(svg).pixelColor(25, 25) == QColor("black")
