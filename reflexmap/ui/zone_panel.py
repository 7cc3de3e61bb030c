"""The details of the selected zone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from ..core.model import Chart, Zone
from .help_texts import contraindications_html
from .rich_text import escape

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

ZONE_LINK_SCHEME = "zone"


class ZonePanel(QWidget):
    """Shows one zone: where it is, the traditional claim, symptoms, technique and cautions."""

    zone_link_clicked = Signal(str)

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart = chart
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Zone details"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._follow)
        self.contraindications_toggle = QToolButton(self)
        self.contraindications_toggle.setText(self.tr("General contraindications"))
        self.contraindications_toggle.setAccessibleName(self.tr("Show general contraindications"))
        self.contraindications_toggle.setCheckable(True)
        self.contraindications_toggle.setAutoRaise(True)
        self.contraindications_toggle.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.contraindications_toggle.toggled.connect(self._show_contraindications)
        self.contraindications = QLabel(contraindications_html(chart), self)
        self.contraindications.setAccessibleName(self.tr("General contraindications"))
        self.contraindications.setWordWrap(True)
        self._show_contraindications(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.contraindications_toggle)
        layout.addWidget(self.contraindications)
        self.show_zone(None)

    def show_zone(self, zone: Zone | None, also: Sequence[Zone] = ()) -> None:
        self.details.setHtml(self._zone_html(zone, also) if zone else self._intro_html())

    def _show_contraindications(self, shown: bool) -> None:
        self.contraindications.setVisible(shown)
        self.contraindications_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == ZONE_LINK_SCHEME:
            self.zone_link_clicked.emit(url.path())

    def _intro_html(self) -> str:
        info = self._chart.info
        return (
            f"<h3>{escape(info.name)}</h3>"
            f"<p>{self.tr('Click a region of the foot, or choose a zone from the list.')}</p>"
            f"<p><b>{self.tr('Source')}:</b> {escape(info.source)}</p>"
            + (f"<p><i>{escape(info.note)}</i></p>" if info.note else "")
            + f"<p><small>{escape(info.disclaimer)}</small></p>"
        )

    def _zone_html(self, zone: Zone, also: Sequence[Zone]) -> str:
        tr = self.tr
        feet = {
            ("left", "right"): tr("Left and right foot"),
            ("left",): tr("Left foot only"),
            ("right",): tr("Right foot only"),
        }[zone.sides]
        technique = zone.technique
        techniques = "".join(
            f"<li><b>{escape(t.name)}</b>: {escape(t.how)}</li>"
            for t in (self._chart.technique(tid) for tid in technique.uses)
        )
        parts = [
            f"<h2>{escape(zone.name)}</h2>",
            f"<p>{escape(feet)}. {escape(zone.location)}</p>",
            f"<h4>{tr('Traditional claim')}</h4><p>{escape(zone.claim)}</p>",
            f"<p><b>{tr('Traditionally linked with')}:</b> "
            f"{escape(', '.join(zone.associations))}</p>",
            f"<p><b>{tr('Symptoms')}:</b> {escape(', '.join(s.term for s in zone.symptoms))}</p>",
            f"<h4>{tr('Suggested technique')}</h4>",
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td><b>{label}</b></td><td>{escape(value)}</td></tr>"
                for label, value in (
                    (tr("Movement"), technique.movement),
                    (tr("Pressure"), technique.pressure),
                    (tr("Duration"), technique.duration),
                    (tr("Direction"), technique.direction),
                )
            )
            + "</table>",
            f"<ul>{techniques}</ul>",
        ]
        if zone.cautions:
            cautions = "".join(f"<li>{escape(c)}</li>" for c in zone.cautions)
            parts.append(f"<h4>{tr('Cautions')}</h4><ul>{cautions}</ul>")
        if also:
            links = ", ".join(
                f"<a href='{ZONE_LINK_SCHEME}:{escape(z.id)}'>{escape(z.name)}</a>" for z in also
            )
            parts.append(f"<p><b>{tr('Also at this spot')}:</b> {links}</p>")
        parts.append(f"<p><small>{tr('Source')}: {escape(zone.source)}</small></p>")
        return "".join(parts)
