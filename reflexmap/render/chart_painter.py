"""The printed chart: one painter for the preview, the printer, PDF, PNG and SVG."""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

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
    Qt,
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
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

from .. import __version__
from ..app.chart_request import ChartRequest, chart_content, disagreement_sheet
from ..app.i18n import ENGLISH, active_language
from ..core.atomic_write import write_atomically
from ..core.chart_layout import (
    DrawingBox,
    LegendMark,
    Measure,
    Page,
    Panel,
    Swatch,
    TextBox,
    layout_chart,
    layout_sheet,
    line_height,
)
from ..core.model import Chart
from ..core.palette import HATCHES
from ..core.spreading import Rect
from ..startup import collector_paused
from .regions import paint_leader, paint_number_mark, region_path

if TYPE_CHECKING:
    from ..core.disagreements import Disagreements

FONT_FAMILY = "DejaVu Sans"
IMAGE_DPI = 150
HATCH_SPACING = 1.4
"""Millimetres between a hatch's lines."""
HATCH_WIDTH = 0.14
"""A hatch line's width, as a share of the spacing."""
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


def _reference() -> QImage:
    """A device of 1,200 dots an inch, to measure text on."""
    reference = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(1200 / 0.0254)
    reference.setDotsPerMeterX(dots_per_metre)
    reference.setDotsPerMeterY(dots_per_metre)
    return reference


def font_measure() -> Measure:
    """Measures text with the fonts the painter uses, at a high resolution."""
    reference = _reference()
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


def _page_mm(request: ChartRequest) -> tuple[float, float]:
    size = QPageSize(page_id(request)).size(QPageSize.Unit.Millimeter)
    width, height = size.width(), size.height()
    return (height, width) if request.landscape else (width, height)


def digit_height() -> float:
    """The height of the numbers' digits as a share of their font size."""
    metrics = QFontMetricsF(_font(72.0, True), _reference())  # 72 points: 1,200 dots
    return metrics.tightBoundingRect("0123456789").height() / 1200


def layout_for(chart: Chart, request: ChartRequest) -> tuple[Page, ...]:
    content = chart_content(
        chart, request, _translate, digit_height=digit_height(), date_text=_date_text
    )
    return layout_chart(content, *_page_mm(request), font_measure(), request.margins)


def sheet_layout_for(
    charts: Mapping[str, Chart], disagreements: Disagreements, request: ChartRequest
) -> tuple[Page, ...]:
    content = disagreement_sheet(charts, disagreements, request, _translate, date_text=_date_text)
    return layout_sheet(content, *_page_mm(request), font_measure(), request.margins)


def paint_page(
    painter: QPainter, page: Page, charts: Mapping[str, Chart], grayscale: bool = False
) -> None:
    """Draw one laid-out page on whatever device the painter is on, in millimetres, on a
    white sheet; ``charts`` has the chart printed under "" and any other a panel names."""
    device = painter.device()
    scale = device.logicalDpiX() / 25.4
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, page.width * scale, page.height * scale), QColor("white"))
    painter.setPen(QColor("black"))
    # Made once a page, not once a text or a number: a long legend has thousands. A font is
    # set only when it changes (painting a number or a drawing restores the one before it).
    styles: dict[tuple[float, bool], tuple[QFont, QFontMetricsF, float, float]] = {}
    mark_fonts: dict[int, QFont] = {}
    colours: dict[str, QColor] = {}
    current: QFont | None = None
    for item in page.items:
        if isinstance(item, TextBox):
            style = styles.get((item.size, item.bold))
            if style is None:
                font = _font(item.size, item.bold)
                metrics = QFontMetricsF(font, device)
                step = line_height(item.size) * scale
                baseline = (step - metrics.height()) / 2 + metrics.ascent()
                style = styles[item.size, item.bold] = font, metrics, step, baseline
            font, metrics, step, baseline = style
            if font is not current:
                painter.setFont(font)
                current = font
            left, top = item.rect.x * scale, item.rect.y * scale
            for i, line in enumerate(item.lines):
                x = left
                if item.centred:
                    x += (item.rect.width * scale - metrics.horizontalAdvance(line)) / 2
                painter.drawText(QPointF(x, top + i * step + baseline), line)
        elif isinstance(item, LegendMark):
            box = _rect(item.rect, scale)
            if item.anchor is not None:
                paint_leader(painter, QPointF(*item.anchor) * scale, box)
            pixels = max(round(item.text_size * scale), 1)
            if pixels not in mark_fonts:
                mark_fonts[pixels] = _font(7.0, True)
                mark_fonts[pixels].setPixelSize(pixels)
            if mark_fonts[pixels] is not current:
                current = mark_fonts[pixels]
                painter.setFont(current)
            fill = colours.get(item.colour)
            if fill is None:
                fill = colours[item.colour] = _colour(item.colour, grayscale)
            paint_number_mark(painter, box, str(item.number), fill)
        elif isinstance(item, Swatch):
            box = _rect(item.rect, scale)
            painter.save()
            painter.setPen(QPen(QColor("#333333"), 0.15 * scale))
            fill = _colour(item.colour, True)
            fill.setAlpha(150)
            painter.setBrush(fill)
            painter.drawRect(box)
            path = QPainterPath()
            path.addRect(box)
            _hatch(painter, path, HATCHES[item.hatch], HATCH_SPACING * scale)
            painter.restore()
        elif isinstance(item, DrawingBox):
            chart = charts[item.panel.chart]
            _paint_panel(painter, _rect(item.rect, scale), item.panel, chart, grayscale, scale)


@collector_paused()
def render_chart(chart: Chart, suffix: str, request: ChartRequest) -> tuple[bytes, int]:
    """The chart as the bytes of a PDF (every page), PNG or SVG (the first page), and the
    number of pages in it; raises ExportError with a readable reason."""
    _check_format(suffix)
    return _render(layout_for(chart, request), {"": chart}, suffix, request, chart.info.name)


@collector_paused()
def render_sheet(
    charts: Mapping[str, Chart], disagreements: Disagreements, suffix: str, request: ChartRequest
) -> tuple[bytes, int]:
    """The "charts disagree" sheet, as render_chart gives a chart."""
    _check_format(suffix)
    pages = sheet_layout_for(charts, disagreements, request)
    return _render(
        pages,
        charts,
        suffix,
        request,
        QCoreApplication.translate("Printing", "Where the charts disagree"),
    )


def _check_format(suffix: str) -> None:
    if suffix not in EXPORT_FORMATS:
        raise ExportError(
            QCoreApplication.translate("Printing", "unknown format '{0}'; use one of {1}").format(
                suffix or QCoreApplication.translate("Printing", "(none)"),
                ", ".join(EXPORT_FORMATS),
            )
        )


def _render(
    pages: Sequence[Page],
    charts: Mapping[str, Chart],
    suffix: str,
    request: ChartRequest,
    title: str,
) -> tuple[bytes, int]:
    if suffix != ".pdf":
        pages = pages[:1]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    grayscale = request.grayscale
    if suffix == ".pdf":
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator(f"reflexmap {__version__}")
        _set_page(writer, request)
        painted = _paint_pages(writer, pages, charts, grayscale)
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
        painted = _paint_pages(image, pages, charts, grayscale) and png.write(image)
    else:
        page = pages[0]
        generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # SVG 1.1 keeps clipping
        generator.setOutputDevice(buffer)
        generator.setResolution(96)
        generator.setSize(QSize(round(page.width / 25.4 * 96), round(page.height / 25.4 * 96)))
        generator.setViewBox(QRectF(0, 0, page.width / 25.4 * 96, page.height / 25.4 * 96))
        generator.setTitle(title)
        painted = _paint_pages(generator, pages, charts, grayscale)
    buffer.close()
    if not painted or data.isEmpty():
        raise ExportError(QCoreApplication.translate("Printing", "could not draw the chart"))
    return bytes(data.data()), len(pages)


def export_chart(chart: Chart, path: Path, request: ChartRequest) -> int:
    """Write the chart to ``path`` (its extension gives the format), whole or not at all: the
    chart is made in memory first and a file that was there survives any failure. Returns
    the number of pages written; raises ExportError with a readable reason."""
    return export_rendered(path, lambda: render_chart(chart, path.suffix.lower(), request))


def export_sheet(
    charts: Mapping[str, Chart], disagreements: Disagreements, path: Path, request: ChartRequest
) -> int:
    """Write the "charts disagree" sheet to ``path``, as export_chart writes a chart."""
    suffix = path.suffix.lower()
    return export_rendered(path, lambda: render_sheet(charts, disagreements, suffix, request))


def export_rendered(path: Path, render: Callable[[], tuple[bytes, int]]) -> int:
    """Write what ``render`` makes in memory (the file's bytes and its number of pages) to
    ``path`` whole, or leave any earlier file as it was; ExportError says why."""
    try:
        data, pages = render()
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


@collector_paused()
def print_pages(printer: QPagedPaintDevice, chart: Chart, request: ChartRequest) -> bool:
    """Print (or preview) every page at the printer's own page size, orientation and
    margins, on a printer set to paint on the whole sheet (the layout places the margins)."""
    request = _printer_request(printer, request)
    return _paint_pages(printer, layout_for(chart, request), {"": chart}, request.grayscale)


@collector_paused()
def print_sheet(
    printer: QPagedPaintDevice,
    charts: Mapping[str, Chart],
    disagreements: Disagreements,
    request: ChartRequest,
) -> bool:
    """Print (or preview) the "charts disagree" sheet, as print_pages prints a chart."""
    request = _printer_request(printer, request)
    pages = sheet_layout_for(charts, disagreements, request)
    return _paint_pages(printer, pages, charts, request.grayscale)


def _printer_request(printer: QPagedPaintDevice, request: ChartRequest) -> ChartRequest:
    layout = printer.pageLayout()
    size_id = layout.pageSize().id()
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    return replace(
        request,
        page_size=size_id.name if size_id is not QPageSize.PageSizeId.Custom else request.page_size,
        landscape=layout.orientation() == QPageLayout.Orientation.Landscape,
        margins=(margins.left(), margins.top(), margins.right(), margins.bottom()),
    )


def _paint_pages(
    device: QPaintDevice, pages: Sequence[Page], charts: Mapping[str, Chart], grayscale: bool
) -> bool:
    with _painting(device) as painter:
        if painter is None:
            return False
        for number, page in enumerate(pages):
            if number and isinstance(device, QPagedPaintDevice) and not device.newPage():
                return False
            paint_page(painter, page, charts, grayscale)
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


def _paint_panel(
    painter: QPainter, target: QRectF, panel: Panel, chart: Chart, grayscale: bool, mm: float
) -> None:
    """The panel's part of its drawing in ``target``: the lit zones filled (and hatched in
    black and white), the others outlined faintly. All of it stays vector."""
    drawing = chart.drawing(panel.view)
    left, top, right, _ = panel.crop
    scale = target.width() / (right - left)
    whole = QRectF(
        target.x() - left * scale,
        target.y() - top * scale,
        drawing.width * scale,
        drawing.height * scale,
    )
    painter.save()
    painter.setClipRect(target)
    # A lit zone's own element of the drawing is left out: the zone is filled and outlined
    # over it, where it showed only as a fringe along the outline. At 5,000 regions it was
    # half of the PDF and 0.13 s of making it.
    lit = {region.id for region in drawing.regions if region.zone_id in panel.lit}
    svg = without_elements(grey_svg(drawing.svg) if grayscale else drawing.svg, lit)
    QSvgRenderer(QByteArray(svg)).render(painter, whole)
    painter.translate(whole.topLeft())
    painter.scale(scale, scale)
    # Widths in millimetres on the page, whatever the device: a preview scales them down.
    faint = QPen(QColor(150, 150, 150), 0.15 * mm / scale)
    styles: dict[str, tuple[QPen, QColor]] = {}  # by colour: a chart has few, and many regions
    for region in drawing.regions:
        path = region_path(region)
        if region.zone_id not in panel.lit:
            painter.setPen(faint)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            continue
        named = panel.colour or chart.colour(region.zone_id)
        if named not in styles:
            colour = _colour(named, grayscale)
            fill = QColor(colour)
            fill.setAlpha(150)
            styles[named] = QPen(colour.darker(150), 0.2 * mm / scale), fill
        pen, fill = styles[named]
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPath(path)
        if grayscale:
            _hatch(painter, path, HATCHES[chart.hatch(region.zone_id)], HATCH_SPACING * mm / scale)
    painter.restore()


def _hatch(painter: QPainter, path: QPainterPath, angles: Sequence[float], spacing: float) -> None:
    """Lines at ``angles`` (degrees), ``spacing`` apart, across the inside of ``path``: thin
    strips cut to its shape, so no device needs to clip (an SVG's clip would be stepped)."""
    bounds = path.boundingRect()
    centre = bounds.center()
    reach = (bounds.width() ** 2 + bounds.height() ** 2) ** 0.5 / 2 + spacing
    half = spacing * HATCH_WIDTH / 2
    strips = QPainterPath()
    strips.setFillRule(Qt.FillRule.WindingFill)
    for angle in angles:
        along = QPointF(math.cos(math.radians(angle)), math.sin(math.radians(angle)))
        across = QPointF(-along.y(), along.x())
        steps = int(reach / spacing)
        for step in range(-steps, steps + 1):
            middle = centre + across * (step * spacing)
            start, end = middle - along * reach, middle + along * reach
            strips.addPolygon(
                QPolygonF(
                    [
                        start - across * half,
                        end - across * half,
                        end + across * half,
                        start + across * half,
                    ]
                )
            )
            strips.closeSubpath()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(60, 60, 60))
    painter.drawPath(path.intersected(strips))
    painter.restore()


_SVG_COLOUR = re.compile(
    rb"((?:fill|stroke|stop-color|flood-color|lighting-color|color)\s*(?:=\s*[\"']|:)\s*)"
    rb"(#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|[a-zA-Z]+)"
)


_ID = re.compile(rb"""id\s*=\s*(["'])([^"']*)\1""")


def without_elements(svg: bytes, ids: Collection[str]) -> bytes:
    """The drawing with the elements of these ids hidden. An element whose start tag already
    speaks of visibility, or that this simple reading could take wrongly (a ">" or a lone
    quote inside a value), is left as it is: the file must stay readable."""
    wanted = {element_id.encode() for element_id in ids}
    parts: list[bytes] = []
    done = 0
    for match in _ID.finditer(svg):
        if match.group(2) not in wanted or not svg[match.start() - 1 : match.start()].isspace():
            continue
        start, end = svg.rfind(b"<", done, match.start()), svg.find(b">", match.end())
        tag = svg[start:end]
        if (
            start < 0
            or end < 0
            or b"visibility" in tag
            or tag.count(b'"') % 2
            or tag.count(b"'") % 2
        ):
            continue
        if tag.endswith(b"/"):
            end -= 1
        parts += (svg[done:end], b' visibility="hidden"')
        done = end
    parts.append(svg[done:])
    return b"".join(parts)


def grey_svg(svg: bytes) -> bytes:
    """The drawing with every colour it names turned to its grey (Qt has no greyscale blend
    for vector output, and a picture of the drawing would not be vector)."""

    def grey(match: re.Match[bytes]) -> bytes:
        value = match.group(2).decode("ascii", "replace")
        if value.startswith("rgb"):
            numbers = re.findall(r"[\d.]+%?", value)[:3]
            channels = [float(n[:-1]) * 2.55 if n.endswith("%") else float(n) for n in numbers]
            colour = (
                QColor(*(min(255, round(c)) for c in channels)) if len(channels) == 3 else QColor()
            )
        else:
            colour = QColor(value) if QColor.isValidColorName(value) else QColor()
        if not colour.isValid():
            return match.group(0)
        return match.group(1) + _colour(colour.name(), True).name().encode()

    return _SVG_COLOUR.sub(grey, svg)


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
