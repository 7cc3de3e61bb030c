"""The list of every zone and the list of search results: both show and set the selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

from ..app.state import AppState

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QKeyEvent

ZONE_ROLE = Qt.ItemDataRole.UserRole


class _SelectionList(QListWidget):
    """A list whose current item is the selected zone, when the zone is in it."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._focusing = False
        self._typed = ""
        self._typed_at = QElapsedTimer()
        self.currentItemChanged.connect(self._chosen)
        state.selection_changed.connect(lambda _: self._show_selection())

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt makes the first row current on focus; coming to the list chooses nothing.
        self._focusing = True
        try:
            super().focusInEvent(event)
        finally:
            self._focusing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and item:
            self._state.select(item.data(ZONE_ROLE))
        else:
            super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Type-ahead on the zone's name, not on the number it starts with."""
        if not self._typed_at.isValid() or self._typed_at.elapsed() > (
            QApplication.keyboardInputInterval()
        ):
            self._typed = ""
        self._typed_at.start()
        self._typed += search.casefold()
        start = max(self.currentRow(), 0) + (1 if len(self._typed) == 1 else 0)
        for offset in range(self.count()):
            row = (start + offset) % self.count()
            name = self.item(row).data(Qt.ItemDataRole.AccessibleTextRole) or self.item(row).text()
            if str(name).casefold().startswith(self._typed):
                self.setCurrentRow(row)
                return

    def _fill(self, items: list[QListWidgetItem]) -> None:
        self.clear()
        for item in items:
            self.addItem(item)
        self._show_selection()

    def _show_selection(self) -> None:
        rows = [self.item(i).data(ZONE_ROLE) for i in range(self.count())]
        selected = self._state.selected
        self.setCurrentRow(rows.index(selected) if selected in rows else -1)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        # Also called as the list follows the state; then the zone is already selected.
        zone_id = item.data(ZONE_ROLE) if item is not None else None
        if zone_id is not None and zone_id != self._state.selected and not self._focusing:
            self._state.select(zone_id)


class ZoneList(_SelectionList):
    """Every zone of the chart, numbered as on the map."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setAccessibleName(self.tr("Zones"))
        state.chart_changed.connect(lambda _: self._show_chart())
        self._show_chart()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Zones"))
        super().changeEvent(event)

    def _show_chart(self) -> None:
        chart = self._state.chart
        items = []
        for zone in chart.zones:
            item = QListWidgetItem(f"{chart.number(zone.id)}  {zone.name}")
            item.setData(ZONE_ROLE, zone.id)
            item.setToolTip(zone.claim)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, zone.name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, zone.claim)
            items.append(item)
        self._fill(items)


class ResultList(_SelectionList):
    """The zones the current search found, best match first."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setAccessibleName(self.tr("Search results"))
        state.search_changed.connect(lambda _: self._show_results())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Search results"))
            self._show_results()
        super().changeEvent(event)

    def _show_results(self) -> None:
        items = []
        for match in self._state.result.results if self._state.result else ():
            item = QListWidgetItem(f"{match.name}: {', '.join(match.matched)}")
            item.setData(ZONE_ROLE, match.zone)
            percent = QLocale().toString(round(match.score * 100))
            item.setToolTip(self.tr("Match {0}%").format(percent))
            items.append(item)
        self._fill(items)
