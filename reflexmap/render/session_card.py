"""A session card: one page with a session's steps, a small map of each step's area, the
times and the safety notes; and the arrow that shows a step's direction, on the card and on
the map alike."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer

from .. import __version__
from ..app.names import FEET, VIEW_NAMES
from ..core.model import Chart, Side, View
from ..core.palette import SELECTION_COLOUR
from ..core.sessions import Session, Step, stroke_direction
from .chart_painter import FONT_FAMILY, ExportError, export_rendered, page_size_by_name
from .regions import region_path

ARROW_COLOUR = QColor("#1d3557")
MARGIN_MM = 12.0
GAP_MM = 4.0
MAX_ROW_MM = 42.0
TEXT_SIZES = (8.5, 8.0, 7.5, 7.0, 6.5, 6.0)
"""Point sizes tried, largest first, until a step's words fit its row."""


def pressure_name(pressure: str) -> str:
    return {
        "light": QCoreApplication.translate("Sessions", "light pressure"),
        "medium": QCoreApplication.translate("Sessions", "medium pressure"),
        "firm": QCoreApplication.translate("Sessions", "firm pressure"),
    }[pressure]


def toward_name(toward: str) -> str:
    return {
        "toes": QCoreApplication.translate("Sessions", "toward the toes"),
        "heel": QCoreApplication.translate("Sessions", "toward the heel"),
        "ankle": QCoreApplication.translate("Sessions", "toward the ankle"),
        "knee": QCoreApplication.translate("Sessions", "toward the knee"),
        "little-toe": QCoreApplication.translate("Sessions", "toward the little toe"),
        "big-toe": QCoreApplication.translate("Sessions", "toward the big toe"),
    }[toward]


def foot_name(side: Side) -> str:
    return (
        QCoreApplication.translate("Sessions", "Left foot")
        if side == "left"
        else QCoreApplication.translate("Sessions", "Right foot")
    )


def duration_text(seconds: float) -> str:
    """m:ss, as a timer shows it."""
    whole = max(math.ceil(seconds - 1e-9), 0)
    return f"{whole // 60}:{whole % 60:02d}"


def step_place(chart: Chart, step: Step) -> str:
    """Where a step is: its area, its foot and the view it is seen in."""
    view = QCoreApplication.translate("Views", VIEW_NAMES[step.view])
    foot = QCoreApplication.translate("Views", FEET[step.side])
    return QCoreApplication.translate("Sessions", "{0}: {1}, {2}").format(
        chart.zone(step.zone).name, foot, view
    )


def step_how(step: Step) -> str:
    """The step's movement, its pressure and its direction."""
    how = [pressure_name(step.pressure)]
    if step.toward:
        how.append(toward_name(step.toward))
    return QCoreApplication.translate("Sessions", "{0} ({1})").format(step.movement, ", ".join(how))


def paint_step_arrow(
    painter: QPainter, box: QRectF, step: Step, inside: QPointF, minimum: float = 36.0
) -> None:
    """An arrow the way the step's strokes go, along ``box`` (the lit area, in the painter's
    units): over it, or beside it on the side of ``inside`` (the foot's middle) when the area
    is too narrow to show under the arrow."""
    direction = stroke_direction(step)
    if direction is None:
        return
    dx, dy = direction
    length = max(0.8 * (abs(dx) * box.width() + abs(dy) * box.height()), minimum)
    width = max(length / 14, minimum / 14)
    head = width * 2.8
    across = abs(dy) * box.width() + abs(dx) * box.height()
    centre = box.center()
    side = QPointF(-dy, dx)
    if across < 2.5 * head:
        offset = centre - inside
        sign = -1.0 if offset.x() * side.x() + offset.y() * side.y() > 0 else 1.0
        centre += side * sign * (across / 2 + head * 0.55 + width)
    tail = centre - QPointF(dx, dy) * (length / 2)
    tip = centre + QPointF(dx, dy) * (length / 2)
    base = tip - QPointF(dx, dy) * head
    normal = side * (head * 0.55)
    shaft = QPainterPath(tail)
    shaft.lineTo(base)
    arrow_head = QPolygonF([tip, base + normal, base - normal])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for colour, grow in ((QColor("white"), width * 0.8), (ARROW_COLOUR, 0.0)):
        pen = QPen(colour, width + grow)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shaft)
        painter.setBrush(colour)
        painter.drawPolygon(arrow_head)
    painter.restore()


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    # No ligatures: the card's words stay findable and copyable as typed in a PDF.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


class _Painter:
    """Paints a card in millimetres on any device."""

    def __init__(self, painter: QPainter, chart: Chart) -> None:
        self.painter = painter
        self.chart = chart
        self.scale = painter.device().logicalDpiX() / 25.4
        self._renderers: dict[View, QSvgRenderer] = {}

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        s = self.scale
        return QRectF(x * s, y * s, width * s, height * s)

    def text_height(self, text: str, width: float, font: QFont) -> float:
        """Millimetres that ``text`` takes wrapped to ``width`` millimetres."""
        metrics = QFontMetricsF(font, self.painter.device())
        box = metrics.boundingRect(self.rect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return box.height() / self.scale

    def text(self, x: float, y: float, width: float, text: str, font: QFont) -> float:
        """Draw wrapped text; the millimetres it took."""
        height = self.text_height(text, width, font)
        self.painter.setFont(font)
        self.painter.setPen(QColor("black"))
        self.painter.drawText(self.rect(x, y, width, height + 1), Qt.TextFlag.TextWordWrap, text)
        return height

    def fitted_text(
        self, x: float, y: float, width: float, height: float, lines: list[str]
    ) -> None:
        """Lines of a step, at the largest size at which they fit ``height``."""
        text = "\n".join(lines)
        for size in TEXT_SIZES:
            if self.text_height(text, width, _font(size)) <= height:
                break
        first, *rest = lines
        used = self.text(x, y, width, first, _font(size, bold=True))
        if rest:
            self.text(x, y + used, width, "\n".join(rest), _font(size))

    def thumbnail(self, box: QRectF, step: Step) -> None:
        """The step's foot in its view, with its area lit and its arrow."""
        chart, painter = self.chart, self.painter
        drawing = chart.drawing(step.view)
        renderer = self._renderers.get(step.view)
        if renderer is None:
            renderer = self._renderers[step.view] = QSvgRenderer(QByteArray(drawing.svg))
        left, top, right, bottom = chart.foot_box(step.side, step.view)
        scale = min(box.width() / (right - left), box.height() / (bottom - top))
        origin = box.center() - QPointF((left + right) / 2, (top + bottom) / 2) * scale
        painter.save()
        painter.setPen(QPen(QColor("#bbbbbb"), self.scale * 0.2))
        painter.setBrush(QColor("#fffdfa"))
        painter.drawRect(box)
        foot = QRectF(
            origin.x() + left * scale,
            origin.y() + top * scale,
            (right - left) * scale,
            (bottom - top) * scale,
        )
        painter.setClipRect(box.intersected(foot))
        renderer.render(
            painter, QRectF(origin.x(), origin.y(), drawing.width * scale, drawing.height * scale)
        )
        painter.translate(origin)
        painter.scale(scale, scale)
        lit = QRectF()
        fill = QColor(SELECTION_COLOUR)
        fill.setAlpha(200)
        pen = QPen(fill.darker(170))
        pen.setCosmetic(True)
        pen.setWidthF(1.5)
        painter.setPen(pen)
        painter.setBrush(fill)
        for region in chart.regions_of(step.zone, step.view):
            if region.side == step.side:
                path = region_path(region)
                painter.drawPath(path)
                lit = lit.united(path.boundingRect())
        painter.restore()
        if not lit.isEmpty():
            on_page = QRectF(origin + lit.topLeft() * scale, lit.size() * scale)
            painter.save()
            painter.setClipRect(box.intersected(foot))
            paint_step_arrow(painter, on_page, step, foot.center(), minimum=box.height() * 0.35)
            painter.restore()


def paint_card(
    painter: QPainter, chart: Chart, session: Session, width: float, height: float
) -> None:
    """One page of ``width`` x ``height`` millimetres: the session, its steps with small maps,
    its times, and the safety notes."""
    card = _Painter(painter, chart)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    x, inner = MARGIN_MM, width - 2 * MARGIN_MM
    y = MARGIN_MM
    y += card.text(x, y, inner, session.name, _font(16, bold=True)) + 1
    summary = QCoreApplication.translate("Sessions", "{0} minutes, {1} steps. Source: {2}.").format(
        f"{session.minutes:g}", len(session.steps), session.source
    )
    y += card.text(x, y, inner, summary, _font(9)) + 1
    y += card.text(
        x,
        y,
        inner,
        QCoreApplication.translate("Sessions", "Traditional claim: {0}").format(session.claim),
        _font(9),
    )
    if session.before:
        y += card.text(
            x,
            y,
            inner,
            QCoreApplication.translate("Sessions", "Before: {0}").format(session.before),
            _font(9),
        )
    y += GAP_MM

    notes = [
        QCoreApplication.translate("Sessions", "Do not massage the feet with: {0}.").format(
            "; ".join(chart.zone_data.contraindications)
        ),
        QCoreApplication.translate(
            "Sessions",
            "Stop if it hurts. A foot massage may be pleasant and relaxing; it does not treat "
            "any illness.",
        ),
        chart.info.disclaimer,
    ]
    if session.note:
        notes.insert(0, session.note)
    footer = "\n".join(notes)
    footer_height = card.text_height(footer, inner, _font(7.5))
    bottom = height - MARGIN_MM - footer_height - GAP_MM

    columns = 2
    rows = math.ceil(len(session.steps) / columns)
    row = min((bottom - y) / max(rows, 1), MAX_ROW_MM)
    column_width = (inner - GAP_MM) / columns
    thumb = row - 2
    thumb_width = min(thumb, column_width * 0.4)
    number_width = 6.0
    for index, step in enumerate(session.steps):
        column, line = divmod(index, rows)
        left = x + column * (column_width + GAP_MM)
        top = y + line * row
        card.thumbnail(card.rect(left + number_width, top, thumb_width, thumb), step)
        card.text(left, top, number_width, f"{index + 1}.", _font(9, bold=True))
        text_x = left + number_width + thumb_width + 2
        card.fitted_text(
            text_x,
            top,
            left + column_width - text_x,
            thumb,
            [
                f"{duration_text(step.seconds)}  {step_place(chart, step)}",
                step_how(step),
            ],
        )
    painter.setPen(QPen(QColor("#888888"), card.scale * 0.2))
    line_y = (height - MARGIN_MM - footer_height - GAP_MM / 2) * card.scale
    painter.drawLine(QPointF(x * card.scale, line_y), QPointF((x + inner) * card.scale, line_y))
    card.text(x, height - MARGIN_MM - footer_height, inner, footer, _font(7.5))


def print_card(device: QPagedPaintDevice, chart: Chart, session: Session) -> bool:
    """Paint the card on a printer (or preview) set to paint on its whole sheet."""
    size = device.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        paint_card(painter, chart, session, size.width(), size.height())
    finally:
        painter.end()
    return True


def card_pdf(chart: Chart, session: Session, page_size: str = "A4") -> bytes:
    """The card as a one-page PDF; raises ExportError for an unknown page size."""
    size_id = page_size_by_name(page_size)
    if size_id is None:
        raise ExportError(
            QCoreApplication.translate(
                "Sessions", "unknown page size '{0}' (try A4, Letter, A5)"
            ).format(page_size)
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(session.name)
    writer.setCreator(f"reflexmap {__version__}")
    writer.setPageLayout(
        QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    painted = print_card(writer, chart, session)
    del writer  # finishes the PDF
    buffer.close()
    if not painted or data.isEmpty():
        raise ExportError(QCoreApplication.translate("Sessions", "could not draw the session card"))
    return bytes(data.data())


def export_card(chart: Chart, session: Session, path: Path, page_size: str = "A4") -> None:
    """Write the card's PDF whole, or leave any earlier file as it was; ExportError says why."""
    export_rendered(path, lambda: (card_pdf(chart, session, page_size), 1))
