"""The list of every zone and the list of search results: both show and set the selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

from ..app.state import AppState

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QKeyEvent

    from ..core.search import ZoneMatch

ZONE_ROLE = Qt.ItemDataRole.UserRole
CHART_ROLE = Qt.ItemDataRole.UserRole + 1
"""On a zone of another chart than the one shown: that chart's id."""


class _SelectionList(QListWidget):
    """A list whose current item is the selected zone, when the zone is in it."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._focusing = False
        self._typed = ""
        self._typed_at = QElapsedTimer()
        self._rows: dict[str, int] = {}
        """The row of each zone of the chart shown, the first if it is listed twice."""
        self.currentItemChanged.connect(self._chosen)
        state.selection_changed.connect(lambda _: self._show_selection())

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt makes the first row current on focus; coming to the list chooses nothing.
        self._focusing = True
        try:
            super().focusInEvent(event)
            current = self.currentItem()
            if current is not None and current.data(ZONE_ROLE) is None:  # a chart's name
                rows = (r for r in range(self.count()) if self.item(r).data(ZONE_ROLE))
                self.setCurrentRow(next(rows, -1))
        finally:
            self._focusing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if enter and item is not None and item.data(ZONE_ROLE) is not None:
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

    def _fill(self, items: list[QListWidgetItem], zones: list[str | None]) -> None:
        """Show ``items``, each a zone of the chart shown (``zones``, row by row) or not
        (None): asking the items for them at every selection took as long as making them."""
        self.clear()
        for item in items:
            self.addItem(item)
        self._rows = {zone: row for row, zone in reversed(list(enumerate(zones))) if zone}
        self._show_selection()

    def _show_selection(self) -> None:
        selected = self._state.selected
        self.setCurrentRow(self._rows.get(selected, -1) if selected is not None else -1)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        # Also called as the list follows the state; then the zone is already selected.
        if item is None or item.data(CHART_ROLE):  # going past another chart's zone
            return
        zone_id = item.data(ZONE_ROLE)
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
        self._fill(items, [zone.id for zone in chart.zones])


class ResultList(_SelectionList):
    """The zones the current search found, best match first; then, under each chart's name,
    those the other bundled charts link with it."""

    chart_requested = Signal(str, str)
    """Another chart's zone was chosen: the chart's id and the zone's."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setAccessibleName(self.tr("Search results"))
        self._listed: tuple[object, ...] = ()
        """What the list shows, to tell a result that would list the same items."""
        state.search_changed.connect(lambda _: self._show_results())
        self.itemClicked.connect(self._open_elsewhere)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if enter and item is not None and item.data(CHART_ROLE):
            self._open_elsewhere(item)
        else:
            super().keyPressEvent(event)

    def _open_elsewhere(self, item: QListWidgetItem) -> None:
        if item.data(CHART_ROLE):
            self.chart_requested.emit(item.data(CHART_ROLE), item.data(ZONE_ROLE))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Search results"))
            self._show_results(again=True)
        super().changeEvent(event)

    def _show_results(self, *, again: bool = False) -> None:
        state = self._state
        result, elsewhere = state.result, state.elsewhere
        listed = (  # all the items are made of (and the words, made anew in a new language)
            state.chart.info.name,
            result.results if result else (),
            *((found.chart, found.name, found.result.results) for found in elsewhere),
        )
        if listed == self._listed and not again:
            return  # a key that finds the same zones (a space, a letter more)
        self._listed = listed
        items = []
        if result is not None and result.results and elsewhere:
            items.append(self._heading(state.chart.info.name))
        zones: list[str | None] = [None] * len(items)
        # Words and the locale once, not at each of a large chart's thousands of matches.
        locale, score = QLocale(), self.tr("Match {0}%")
        for match in result.results if result else ():
            items.append(self._match(match, state.chart.info.name, locale, score))
            zones.append(match.zone)
        for found in elsewhere:
            items.append(self._heading(found.name))
            choose = self.tr("Choose it to show {0}").format(found.name)
            for match in found.result.results:
                item = self._match(match, found.name, locale, score)
                item.setData(CHART_ROLE, found.chart)
                item.setToolTip(choose)
                items.append(item)
        self._fill(items, zones + [None] * (len(items) - len(zones)))

    @staticmethod
    def _match(match: ZoneMatch, chart: str, locale: QLocale, score: str) -> QListWidgetItem:
        item = QListWidgetItem(f"{match.name}: {', '.join(match.matched)}")
        item.setData(ZONE_ROLE, match.zone)
        item.setToolTip(score.format(locale.toString(round(match.score * 100))))
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, chart)
        return item

    def _heading(self, chart: str) -> QListWidgetItem:
        """The name of the chart whose zones follow; not a zone, so it cannot be chosen."""
        item = QListWidgetItem(chart)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.palette().text())
        return item
