"""The printed chart: one painter for the preview, the printer, PDF, PNG and SVG."""

from __future__ import annotations

import datetime
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSaveFile,
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
)
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

from .. import __version__
from ..core.chart_layout import (
    ChartContent,
    DrawingBox,
    LegendEntry,
    LegendMark,
    Measure,
    Page,
    Rect,
    TextBox,
    layout_chart,
    line_height,
)
from ..core.model import Chart
from ..core.palette import zone_colour
from .help_texts import about_claims
from .regions import paint_number_mark, region_path

FONT_FAMILY = "DejaVu Sans"
IMAGE_DPI = 150
GRAYSCALE_DRAWING_DPI = 200
EXPORT_FORMATS = (".pdf", ".png", ".svg")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


@dataclass(frozen=True)
class ChartOptions:
    page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
    landscape: bool = False
    zones: tuple[str, ...] = ()
    """Only these zones (in chart order); all when empty."""
    guide: bool = False
    grayscale: bool = False


class ExportError(Exception):
    """A chart could not be written; the message says why, for the user."""


def page_size_by_name(name: str) -> QPageSize.PageSizeId | None:
    """A page size from its everyday name (A4, Letter, A5, Legal...), any case."""
    wanted = name.strip().casefold()
    for size_id in QPageSize.PageSizeId:
        if size_id.name.casefold() == wanted and size_id is not QPageSize.PageSizeId.Custom:
            return size_id
    return None


def shown_zones(chart: Chart, options: ChartOptions) -> set[str]:
    """The zones the chart shows: those chosen, or all of them."""
    return set(options.zones) or {zone.id for zone in chart.zones}


def chart_content(chart: Chart, options: ChartOptions) -> ChartContent:
    """The chart's words, for the layout: the legend, the footer, the guide."""
    shown = shown_zones(chart, options)
    feet = {
        ("left", "right"): _tr("both feet"),
        ("left",): _tr("left foot"),
        ("right",): _tr("right foot"),
    }
    legend = tuple(
        LegendEntry(
            number=number,
            colour=_colour(zone_colour(number - 1), options.grayscale).name(),
            name=f"{zone.name} ({feet[zone.sides]})",
            text=_tr("Traditionally linked with {0}. Technique: {1}").format(
                ", ".join(zone.associations), zone.technique.movement
            ),
        )
        for number, zone in enumerate(chart.zones, 1)
        if zone.id in shown
    )
    contraindications = _tr(
        "Do not massage the feet with: {0}. Even without them, ask a doctor before you start."
    ).format("; ".join(chart.zone_data.contraindications))
    made = _tr("{0}. Made {1} with reflexmap {2}.").format(
        chart.info.name, datetime.date.today().isoformat(), __version__
    )
    guide: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if options.guide:
        guide = (
            (_tr("Techniques"), tuple(f"{t.name}: {t.how}" for t in chart.zone_data.techniques)),
            (
                _tr("About these claims"),
                tuple(f"{lead} {text}".strip() for lead, text in about_claims()),
            ),
        )
    return ChartContent(
        title=chart.info.name,
        subtitle=_tr("Source: {0}").format(chart.info.source),
        drawing_aspect=chart.foot_map.width / chart.foot_map.height,
        legend=legend,
        footer=(chart.info.disclaimer, contraindications, made),
        guide=guide,
        continued=_tr("(continued)"),
    )


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


def layout_for(chart: Chart, options: ChartOptions) -> tuple[Page, ...]:
    size = QPageSize(options.page_size).size(QPageSize.Unit.Millimeter)
    width, height = size.width(), size.height()
    if options.landscape:
        width, height = height, width
    return layout_chart(chart_content(chart, options), width, height, font_measure())


def paint_page(painter: QPainter, page: Page, chart: Chart, options: ChartOptions) -> None:
    """Draw one laid-out page on whatever device the painter is on, in millimetres."""
    device = painter.device()
    scale = device.logicalDpiX() / 25.4
    shown = shown_zones(chart, options)
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
            _paint_mark(painter, _rect(item.rect, scale), str(item.number), QColor(item.colour))
        elif isinstance(item, DrawingBox):
            target = _rect(item.rect, scale)
            if options.grayscale:
                _paint_grayscale_drawing(painter, target, chart, shown)
            else:
                _paint_drawing(painter, target, chart, shown, grayscale=False)


def export_chart(chart: Chart, path: Path, options: ChartOptions) -> int:
    """Write the chart to a PDF (every page), PNG or SVG (the first page), whole or not at
    all. Returns the number of pages written; raises ExportError with a readable reason."""
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ExportError(
            _tr("{0}: unknown format '{1}'; use one of {2}").format(
                path, suffix or _tr("(none)"), ", ".join(EXPORT_FORMATS)
            )
        )
    pages = layout_for(chart, options)
    if suffix != ".pdf":
        pages = pages[:1]
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(_tr("{0}: cannot write: {1}").format(path, file.errorString()))
    if suffix == ".pdf":
        writer = QPdfWriter(file)
        writer.setTitle(chart.info.name)
        writer.setCreator(f"reflexmap {__version__}")
        _set_page(writer, options)
        painted = _paint_pages(writer, pages, chart, options)
        del writer  # finishes the PDF before the file is committed
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
        png = QImageWriter(file, QByteArray(b"png"))
        painted = _paint_pages(image, pages, chart, options) and png.write(image)
    else:
        page = pages[0]
        generator = QSvgGenerator()
        generator.setOutputDevice(file)
        generator.setResolution(96)
        generator.setSize(QSize(round(page.width / 25.4 * 96), round(page.height / 25.4 * 96)))
        generator.setViewBox(QRectF(0, 0, page.width / 25.4 * 96, page.height / 25.4 * 96))
        generator.setTitle(chart.info.name)
        painted = _paint_pages(generator, pages, chart, options)
    if not painted:
        file.cancelWriting()
        raise ExportError(_tr("{0}: could not draw the chart").format(path))
    if not file.commit():
        raise ExportError(_tr("{0}: cannot write: {1}").format(path, file.errorString()))
    return len(pages)


def print_pages(printer: QPagedPaintDevice, chart: Chart, options: ChartOptions) -> bool:
    """Print (or preview) every page at the printer's own page size and orientation."""
    layout = printer.pageLayout()
    size_id = layout.pageSize().id()
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    options = ChartOptions(
        size_id if size_id is not QPageSize.PageSizeId.Custom else options.page_size,
        landscape,
        options.zones,
        options.guide,
        options.grayscale,
    )
    printer.setPageMargins(QMarginsF(0, 0, 0, 0))
    return _paint_pages(printer, layout_for(chart, options), chart, options)


def _paint_pages(
    device: QPaintDevice, pages: Sequence[Page], chart: Chart, options: ChartOptions
) -> bool:
    painter = QPainter()
    if not painter.begin(device):
        return False
    for number, page in enumerate(pages):
        if number and isinstance(device, QPagedPaintDevice) and not device.newPage():
            painter.end()
            return False
        paint_page(painter, page, chart, options)
    return painter.end()


def _set_page(device: QPagedPaintDevice, options: ChartOptions) -> None:
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    device.setPageLayout(
        QPageLayout(QPageSize(options.page_size), orientation, QMarginsF(0, 0, 0, 0))
    )


def _paint_drawing(
    painter: QPainter, target: QRectF, chart: Chart, shown: Collection[str], grayscale: bool
) -> None:
    foot_map = chart.foot_map
    renderer = QSvgRenderer(QByteArray(foot_map.svg))
    renderer.render(painter, target)
    scale = target.width() / foot_map.width
    numbers = {zone.id: number for number, zone in enumerate(chart.zones, 1)}
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(scale, scale)
    for region in foot_map.regions:
        if region.zone_id not in shown:
            continue
        colour = _colour(zone_colour(numbers[region.zone_id] - 1), grayscale)
        fill = QColor(colour)
        fill.setAlpha(150)
        pen = QPen(colour.darker(150))
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPath(region_path(region))
    painter.restore()
    diameter = max(target.width() / 28, 8.0)
    for region in foot_map.regions:
        if region.zone_id in shown:
            centre = target.topLeft() + QPointF(*region.anchor) * scale
            box = QRectF(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter)
            _paint_mark(painter, box, str(numbers[region.zone_id]), QColor("white"))


def _paint_grayscale_drawing(
    painter: QPainter, target: QRectF, chart: Chart, shown: Collection[str]
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
    inner = QPainter(image)
    inner.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_drawing(inner, QRectF(image.rect()), chart, shown, grayscale=True)
    inner.end()
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
