"""The printed chart: one painter for the preview, the printer, PDF, PNG and SVG."""

from __future__ import annotations

import datetime
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTransform,
)
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

from .. import __version__
from ..app.chart_request import ChartRequest, chart_content, shown_zones
from ..app.i18n import ENGLISH, active_language
from ..core.atomic_write import write_atomically
from ..core.chart_layout import (
    DrawingBox,
    LegendMark,
    Measure,
    Page,
    Rect,
    TextBox,
    layout_chart,
    line_height,
)
from ..core.model import SIDES, Chart, View
from .regions import paint_foot_labels, paint_number_mark, region_path

FONT_FAMILY = "DejaVu Sans"
IMAGE_DPI = 150
GRAYSCALE_DRAWING_DPI = 200
EXPORT_FORMATS = (".pdf", ".png", ".svg")


class ExportError(Exception):
    """A chart could not be written; the message says why, for the user."""


def page_size_by_name(name: str) -> QPageSize.PageSizeId | None:
    """A page size from its everyday name (A4, Letter, A5, Legal...), any case."""
    wanted = name.strip().casefold()
    for size_id in QPageSize.PageSizeId:
        if size_id.name.casefold() == wanted and size_id is not QPageSize.PageSizeId.Custom:
            return size_id
    return None


def font_measure() -> Measure:
    """Measures text with the fonts the painter uses, at a high resolution."""
    reference = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(1200 / 0.0254)
    reference.setDotsPerMeterX(dots_per_metre)
    reference.setDotsPerMeterY(dots_per_metre)
    cache: dict[tuple[float, bool], QFontMetricsF] = {}

    def measure(text: str, size: float, bold: bool) -> float:
        metrics = cache.get((size, bold))
        if metrics is None:
            metrics = cache[size, bold] = QFontMetricsF(_font(size, bold), reference)
        return metrics.horizontalAdvance(text) * 25.4 / 1200

    return measure


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _date_text(day: datetime.date) -> str:
    # English keeps the ISO date: its short forms (11/24/26, 24/11/2026) read both ways.
    if active_language() == ENGLISH:
        return day.isoformat()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def page_id(request: ChartRequest) -> QPageSize.PageSizeId:
    """The request's page size; raises ExportError naming the sizes there are."""
    size_id = page_size_by_name(request.page_size)
    if size_id is None:
        raise ExportError(
            QCoreApplication.translate(
                "Printing", "unknown page size '{0}' (try A4, Letter, A5, Legal, A3)"
            ).format(request.page_size)
        )
    return size_id


def layout_for(chart: Chart, request: ChartRequest) -> tuple[Page, ...]:
    size = QPageSize(page_id(request)).size(QPageSize.Unit.Millimeter)
    width, height = size.width(), size.height()
    if request.landscape:
        width, height = height, width
    content = chart_content(chart, request, _translate, date_text=_date_text)
    return layout_chart(content, width, height, font_measure(), request.margins)


def paint_page(painter: QPainter, page: Page, chart: Chart, request: ChartRequest) -> None:
    """Draw one laid-out page on whatever device the painter is on, in millimetres."""
    device = painter.device()
    scale = device.logicalDpiX() / 25.4
    shown = shown_zones(chart, request)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for item in page.items:
        if isinstance(item, TextBox):
            font = _font(item.size, item.bold)
            painter.setFont(font)
            painter.setPen(QColor("black"))
            metrics = QFontMetricsF(font, device)
            step = line_height(item.size) * scale
            baseline = (step - metrics.height()) / 2 + metrics.ascent()
            for i, line in enumerate(item.lines):
                painter.drawText(
                    QPointF(item.rect.x * scale, item.rect.y * scale + i * step + baseline), line
                )
        elif isinstance(item, LegendMark):
            colour = _colour(item.colour, request.grayscale)
            _paint_mark(painter, _rect(item.rect, scale), str(item.number), colour)
        elif isinstance(item, DrawingBox):
            target = _rect(item.rect, scale)
            if request.grayscale:
                _paint_grayscale_drawing(painter, target, chart, request.view, shown)
            else:
                _paint_drawing(painter, target, chart, request.view, shown, grayscale=False)


def render_chart(chart: Chart, suffix: str, request: ChartRequest) -> tuple[bytes, int]:
    """The chart as the bytes of a PDF (every page), PNG or SVG (the first page), and the
    number of pages in it; raises ExportError with a readable reason."""
    if suffix not in EXPORT_FORMATS:
        raise ExportError(
            QCoreApplication.translate("Printing", "unknown format '{0}'; use one of {1}").format(
                suffix or QCoreApplication.translate("Printing", "(none)"),
                ", ".join(EXPORT_FORMATS),
            )
        )
    pages = layout_for(chart, request)
    if suffix != ".pdf":
        pages = pages[:1]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".pdf":
        writer = QPdfWriter(buffer)
        writer.setTitle(chart.info.name)
        writer.setCreator(f"reflexmap {__version__}")
        _set_page(writer, request)
        painted = _paint_pages(writer, pages, chart, request)
        del writer  # finishes the PDF
    elif suffix == ".png":
        page = pages[0]
        dots_per_metre = round(IMAGE_DPI / 0.0254)
        image = QImage(
            QSize(round(page.width / 25.4 * IMAGE_DPI), round(page.height / 25.4 * IMAGE_DPI)),
            QImage.Format.Format_RGB32,
        )
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        png = QImageWriter(buffer, QByteArray(b"png"))
        painted = _paint_pages(image, pages, chart, request) and png.write(image)
    else:
        page = pages[0]
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(96)
        generator.setSize(QSize(round(page.width / 25.4 * 96), round(page.height / 25.4 * 96)))
        generator.setViewBox(QRectF(0, 0, page.width / 25.4 * 96, page.height / 25.4 * 96))
        generator.setTitle(chart.info.name)
        painted = _paint_pages(generator, pages, chart, request)
    buffer.close()
    if not painted or data.isEmpty():
        raise ExportError(QCoreApplication.translate("Printing", "could not draw the chart"))
    return bytes(data.data()), len(pages)


def export_chart(chart: Chart, path: Path, request: ChartRequest) -> int:
    """Write the chart to ``path`` (its extension gives the format), whole or not at all: the
    chart is made in memory first and a file that was there survives any failure. Returns
    the number of pages written; raises ExportError with a readable reason."""
    try:
        data, pages = render_chart(chart, path.suffix.lower(), request)
    except ExportError as error:
        raise ExportError(f"{path}: {error}") from None
    try:
        write_atomically(path, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(
            QCoreApplication.translate("Printing", "{0}: cannot write: {1}").format(path, reason)
        ) from None
    return pages


def print_pages(printer: QPagedPaintDevice, chart: Chart, request: ChartRequest) -> bool:
    """Print (or preview) every page at the printer's own page size, orientation and
    margins, on a printer set to paint on the whole sheet (the layout places the margins)."""
    layout = printer.pageLayout()
    size_id = layout.pageSize().id()
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    request = replace(
        request,
        page_size=size_id.name if size_id is not QPageSize.PageSizeId.Custom else request.page_size,
        landscape=layout.orientation() == QPageLayout.Orientation.Landscape,
        margins=(margins.left(), margins.top(), margins.right(), margins.bottom()),
    )
    return _paint_pages(printer, layout_for(chart, request), chart, request)


def _paint_pages(
    device: QPaintDevice, pages: Sequence[Page], chart: Chart, request: ChartRequest
) -> bool:
    with _painting(device) as painter:
        if painter is None:
            return False
        for number, page in enumerate(pages):
            if number and isinstance(device, QPagedPaintDevice) and not device.newPage():
                return False
            paint_page(painter, page, chart, request)
    return True


@contextmanager
def _painting(device: QPaintDevice) -> Iterator[QPainter | None]:
    """A painter on ``device`` (None if it cannot begin), ended on every path: a painter left
    active when its device goes away crashes the process."""
    painter = QPainter()
    if not painter.begin(device):
        yield None
        return
    try:
        yield painter
    finally:
        painter.end()


def _set_page(device: QPagedPaintDevice, request: ChartRequest) -> None:
    orientation = (
        QPageLayout.Orientation.Landscape if request.landscape else QPageLayout.Orientation.Portrait
    )
    device.setPageLayout(
        QPageLayout(QPageSize(page_id(request)), orientation, QMarginsF(0, 0, 0, 0))
    )


def _paint_drawing(
    painter: QPainter,
    target: QRectF,
    chart: Chart,
    view: View,
    shown: Collection[str],
    grayscale: bool,
) -> None:
    foot_map = chart.drawing(view)
    renderer = QSvgRenderer(QByteArray(foot_map.svg))
    renderer.render(painter, target)
    scale = target.width() / foot_map.width
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(scale, scale)
    for region in foot_map.regions:
        if region.zone_id not in shown:
            continue
        colour = _colour(chart.colour(region.zone_id), grayscale)
        fill = QColor(colour)
        fill.setAlpha(150)
        pen = QPen(colour.darker(150))
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPath(region_path(region))
    painter.restore()
    font = _font(7.0, False)
    font.setPixelSize(max(round(target.width() / 45), 1))
    painter.setFont(font)
    to_page = QTransform.fromTranslate(target.x(), target.y()).scale(scale, scale)
    paint_foot_labels(painter, chart, view, SIDES, to_page)
    diameter = max(target.width() / 28, 8.0)
    for region in foot_map.regions:
        if region.zone_id in shown:
            centre = target.topLeft() + QPointF(*region.anchor) * scale
            box = QRectF(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter)
            _paint_mark(painter, box, str(chart.number(region.zone_id)), QColor("white"))


def _paint_grayscale_drawing(
    painter: QPainter, target: QRectF, chart: Chart, view: View, shown: Collection[str]
) -> None:
    # Qt has no greyscale blend for vector output: draw the drawing as a grey image instead.
    scale = GRAYSCALE_DRAWING_DPI / painter.device().logicalDpiX()
    image = QImage(
        QSize(round(target.width() * scale), round(target.height() * scale)),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("white"))
    dots_per_metre = round(GRAYSCALE_DRAWING_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    with _painting(image) as inner:
        if inner is None:
            return
        inner.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_drawing(inner, QRectF(image.rect()), chart, view, shown, grayscale=True)
    painter.drawImage(target, image.convertToFormat(QImage.Format.Format_Grayscale8))


def _paint_mark(painter: QPainter, box: QRectF, text: str, fill: QColor) -> None:
    """A number mark with its digits sized to the circle, as the page's scale needs."""
    font = _font(7.0, True)
    font.setPixelSize(max(round(box.height() * 0.55), 1))
    painter.setFont(font)
    paint_number_mark(painter, box, text, fill)


def _font(size: float, bold: bool) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    # No ligatures: "reflex" must stay findable and copyable as typed in a PDF.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def _colour(hex_colour: str, grayscale: bool) -> QColor:
    colour = QColor(hex_colour)
    if grayscale:
        grey = round(0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue())
        colour = QColor(grey, grey, grey)
    return colour


def _rect(rect: Rect, scale: float) -> QRectF:
    return QRectF(rect.x * scale, rect.y * scale, rect.width * scale, rect.height * scale)
