"""The details of the selected zone."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..app.help_pages import contraindications_html
from ..app.names import VIEW_NAMES
from ..app.state import AppState
from ..core.model import Zone
from .journal_zone_note import ZoneNoteBox
from .reading_page import ReadingPage

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QResizeEvent

ZONE_LINK_SCHEME = "zone"
REVEAL_LINK_SCHEME = "reveal"
COMPARE_LINK_SCHEME = "compare"
CONTRAINDICATIONS_SHARE = 0.4
"""At most this share of the panel's height goes to the contraindications, which scroll: the
zone's details keep the rest."""
DETAILS_LINES = 8
"""Lines of details kept on show however small the window."""


class ZonePanel(QWidget):
    """Shows the selected zone: where it is, the traditional claim, symptoms, technique and
    cautions, and the other zones at the same spot."""

    compare_requested = Signal(str)
    """The zone whose place in the other charts the user asked to see."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.details = ReadingPage(self)
        self.details.anchorClicked.connect(self._follow)
        # A button that shows and hides, not a check box: its name says which it will do.
        self.contraindications_toggle = QToolButton(self)
        self.contraindications_toggle.setAutoRaise(True)
        self.contraindications_toggle.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.contraindications = QLabel(self)
        self.contraindications.setWordWrap(True)
        self.contraindications_area = QScrollArea(self)
        self.contraindications_area.setWidget(self.contraindications)
        self.contraindications_area.setWidgetResizable(True)
        self.contraindications_area.setFrameShape(QFrame.Shape.NoFrame)
        self.contraindications_area.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.contraindications_toggle.clicked.connect(
            lambda: self._show_contraindications(not self.contraindications_area.isVisibleTo(self))
        )
        self._show_contraindications(False)
        self._name_parts()
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * DETAILS_LINES)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details, 1)
        self.zone_note = ZoneNoteBox(state, self)
        layout.addWidget(self.zone_note)
        layout.addWidget(self.contraindications_toggle)
        layout.addWidget(self.contraindications_area)
        state.chart_changed.connect(lambda _: self._show_chart())
        state.selection_changed.connect(lambda _: self._show_selection())
        state.sides_changed.connect(lambda _: self._show_selection())
        state.view_changed.connect(lambda _: self._show_selection())
        self._show_chart()

    def _name_parts(self) -> None:
        self.details.setAccessibleName(self.tr("Zone details"))
        self.contraindications_toggle.setText(self.tr("General contraindications"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_parts()
            self._show_contraindications(self.contraindications_area.isVisibleTo(self))
            self._show_chart()
        super().changeEvent(event)

    def _show_chart(self) -> None:
        self.contraindications.setText(
            contraindications_html(self.state.chart, QCoreApplication.translate)
        )
        self._show_selection()

    def _show_selection(self) -> None:
        selection, chart = self.state.selection, self.state.chart
        if selection is None:
            self.details.setHtml(self._intro_html())
        else:
            zone = chart.zone(selection.zone)
            self.details.setHtml(self._zone_html(zone, [chart.zone(z) for z in selection.also]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.contraindications_area.setMaximumHeight(
            int(event.size().height() * CONTRAINDICATIONS_SHARE)
        )

    def _show_contraindications(self, shown: bool) -> None:
        self.contraindications_area.setVisible(shown)
        toggle = self.contraindications_toggle
        toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        toggle.setAccessibleName(
            self.tr("Hide general contraindications")
            if shown
            else self.tr("Show general contraindications")
        )

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == ZONE_LINK_SCHEME:
            self.state.select(url.path())
        elif url.scheme() == REVEAL_LINK_SCHEME:
            self.state.reveal(url.path())
        elif url.scheme() == COMPARE_LINK_SCHEME:
            self.compare_requested.emit(url.path())

    def _intro_html(self) -> str:
        info = self.state.chart.info
        hint = escape(self.tr("Click a region of the foot, or choose a zone from the list."))
        source = escape(self.tr("Source"))
        return (
            f"<h3>{escape(info.name)}</h3><p>{hint}</p>"
            f"<p><b>{source}:</b> {escape(info.source)}</p>"
            + (f"<p><i>{escape(info.note)}</i></p>" if info.note else "")
            + f"<p><small>{escape(info.disclaimer)}</small></p>"
        )

    def _zone_html(self, zone: Zone, also: Sequence[Zone]) -> str:
        feet = {
            ("left", "right"): self.tr("Left and right foot"),
            ("left",): self.tr("Left foot only"),
            ("right",): self.tr("Right foot only"),
        }[zone.sides]
        heading = self.tr("Traditional claim") if zone.kind == "reflex" else self.tr("Massage area")
        linked, symptoms = self.tr("Traditionally linked with"), self.tr("Symptoms")
        suggested, cautions_title = self.tr("Suggested technique"), self.tr("Cautions")
        also_here, source = self.tr("Also at this spot"), self.tr("Source")
        technique = zone.technique
        techniques = "".join(
            f"<li><b>{escape(t.name)}</b>: {escape(t.how)}</li>"
            for t in (self.state.chart.technique(tid) for tid in technique.uses)
        )
        parts = [
            f"<h2>{escape(zone.name)}</h2>",
            f"<p>{escape(feet)}. {escape(zone.location)}</p>",
            *self._hidden_html(zone),
            f"<h4>{heading}</h4><p>{escape(zone.claim)}</p>",
            f"<p><b>{linked}:</b> {escape(', '.join(zone.associations))}</p>",
            f"<p><b>{symptoms}:</b> {escape(', '.join(s.term for s in zone.symptoms))}</p>",
            f"<h4>{suggested}</h4>",
            # Lines, not a table: a table's cells reach screen readers joined by U+FDD0.
            *(
                f"<p><b>{label}:</b> {escape(value)}</p>"
                for label, value in (
                    (self.tr("Movement"), technique.movement),
                    (self.tr("Pressure"), technique.pressure),
                    (self.tr("Duration"), technique.duration),
                    (self.tr("Direction"), technique.direction),
                )
            ),
            f"<ul>{techniques}</ul>",
        ]
        if zone.cautions:
            cautions = "".join(f"<li>{escape(c)}</li>" for c in zone.cautions)
            parts.append(f"<h4>{cautions_title}</h4><ul>{cautions}</ul>")
        if also:
            links = ", ".join(
                f"<a href='{ZONE_LINK_SCHEME}:{escape(z.id)}'>{escape(z.name)}</a>" for z in also
            )
            parts.append(f"<p><b>{also_here}:</b> {links}</p>")
        if zone.kind == "reflex":
            compare = self.tr("Where other charts put this")
            parts.append(f"<p><a href='{COMPARE_LINK_SCHEME}:{escape(zone.id)}'>{compare}</a></p>")
        parts.append(f"<p><small>{source}: {escape(zone.source)}</small></p>")
        return "".join(parts)

    def _hidden_html(self, zone: Zone) -> list[str]:
        """Where to find a zone the map does not show now, with a link that shows it."""
        show_it = self.tr("Show it")
        link = f"<a href='{REVEAL_LINK_SCHEME}:{escape(zone.id)}'>{show_it}</a>"
        views = self.state.other_views(zone.id)
        if views:
            names = ", ".join(QCoreApplication.translate("Views", VIEW_NAMES[v]) for v in views)
            text = self.tr("This zone is drawn on another view: {0}.").format(names)
            return [f"<p><b>{escape(text)}</b> {link}</p>"]
        hidden = self.state.hidden_sides(zone.id)
        if not hidden:
            return []
        texts: dict[tuple[str, ...], str] = {
            ("left",): self.tr("This zone is on the left foot, which is not shown."),
            ("right",): self.tr("This zone is on the right foot, which is not shown."),
        }
        text = texts.get(hidden, self.tr("This zone is on a foot that is not shown."))
        return [f"<p><b>{escape(text)}</b> {link}</p>"]
