"""The selected zone as the user keeps it: a favourite, and a note of their own, in the
journal."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..app.state import AppState
from .journal_access import JournalAccess

SAVE_AFTER_MS = 800
"""A note is saved once typing pauses, and when the zone changes."""


class ZoneNoteBox(QWidget):
    """Favourite and personal note of the selected zone; hidden with no zone selected. Looking
    at a zone starts no journal: the first favourite or note does."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.access = JournalAccess(self)
        self.zone: str | None = None
        self.favourite = QCheckBox(self.tr("&Favourite zone"), self)
        self.favourite.setToolTip(self.tr("Kept in your journal"))
        label = QLabel(self.tr("My &note on this zone:"), self)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("My note on this zone"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        label.setBuddy(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.favourite)
        layout.addWidget(label)
        layout.addWidget(self.note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_note)
        self.favourite.toggled.connect(self._save_favourite)
        self.note.textChanged.connect(self._timer.start)
        state.selection_changed.connect(lambda _: self.show_zone())
        state.chart_changed.connect(lambda _: self.show_zone())
        self.setVisible(False)
        # Not at once: the window starts without opening the journal.
        QTimer.singleShot(0, self, self.show_zone)

    def show_zone(self) -> None:
        """The selected zone's favourite mark and note, saving the previous zone's first."""
        if self._timer.isActive():
            self._timer.stop()
            self.save_note()
        self.zone = self.state.selected
        self.setVisible(self.zone is not None)
        if self.zone is None:
            return
        notes = self.access.attempt(lambda j: j.zone_notes(), create=False) or {}
        kept = notes.get(self.zone)
        self.favourite.blockSignals(True)
        self.favourite.setChecked(bool(kept and kept.favourite))
        self.favourite.blockSignals(False)
        self.note.blockSignals(True)
        self.note.setPlainText(kept.note if kept else "")
        self.note.blockSignals(False)

    def save_note(self) -> None:
        zone, text = self.zone, self.note.toPlainText().strip()
        if zone is not None:
            self.access.attempt(lambda j: j.set_zone_note(zone, text))

    def _save_favourite(self, favourite: bool) -> None:
        zone = self.zone
        if zone is not None:
            self.access.attempt(lambda j: j.set_favourite(zone, favourite))
