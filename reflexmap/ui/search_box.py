"""The symptom search field, with its warning notice, its plain-words summary and the
suggestions for a search that found nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..app.state import AppState
from . import accessibility

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent

    from ..app.search_text import SearchSummary
    from ..core.search import SearchResult

ANNOUNCE_DELAY_MS = 600
"""Results are announced once typing pauses, not at every key."""


class _QueryEdit(QLineEdit):
    focused = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.down_target: QWidget | None = None
        """Where Down goes while it is on show; else Down opens the completer."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.focused.emit()
        super().focusInEvent(event)

    def popup(self) -> QWidget | None:
        """The completer's list of known symptoms."""
        completer = self.completer()
        return completer.popup() if completer is not None else None

    def popup_open(self) -> bool:
        popup = self.popup()
        return popup is not None and popup.isVisible()

    def close_popup(self) -> None:
        popup = self.popup()
        if popup is not None:
            popup.hide()

    def event(self, event: QEvent) -> bool:
        # Esc reaches the field itself, not the popup, where the popup gets no keyboard grab
        # (some window managers): it closes the popup rather than clear the search.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and cast("QKeyEvent", event).key() == Qt.Key.Key_Escape
            and self.popup_open()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        target = self.down_target
        if event.key() == Qt.Key.Key_Escape and self.popup_open():
            self.close_popup()
        elif event.key() == Qt.Key.Key_Down and target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            super().keyPressEvent(event)


class _WrappingRow(QLayout):
    """Widgets side by side, wrapping onto the next line where the row runs out of room, as
    words do: a row of suggestions would otherwise widen the map's column as it comes and
    goes. Qt has no such layout; this follows its Flow Layout example."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        widest = QSize()
        for item in self._items:
            widest = widest.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return widest.grownBy(margins)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (if ``move``); the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            size = item.sizeHint()
            if x > area.x() and x + size.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self.spacing()
            line = max(line, size.height())
        return y + line - rect.y() + self.contentsMargins().bottom()


class SearchBox(QWidget):
    """Sends what is typed to the state as a search, and shows the state's result."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.field = _QueryEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.focused.connect(self._prepare)
        self.field.textChanged.connect(state.search)
        # Plain text, with no accessible name: what a label shows is what it says.
        self.notice = accessibility.AlertLabel(self)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 6px; }"
        )
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setContentsMargins(4, 2, 4, 2)
        self.suggestions = QWidget(self)
        self._suggestion_layout = _WrappingRow(self.suggestions)
        self._suggestion_layout.setContentsMargins(4, 0, 4, 0)
        self._suggestion_layout.setSpacing(6)
        self._suggestion_widgets: list[QWidget] = []
        self._suggested: tuple[str, ...] | None = ()
        """The words the suggestion buttons are for; None to make them anew."""
        self._reserved = (0, 0)
        """The width and the height the box keeps while a search is on."""
        self._spoken = ""
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(ANNOUNCE_DELAY_MS)
        self._announce_timer.timeout.connect(self._announce)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addWidget(self.notice)
        layout.addWidget(self.info)
        layout.addWidget(self.suggestions)
        self.compare_button = QPushButton(self)
        self.compare_button.setFlat(True)
        self.compare_button.setVisible(False)
        layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)  # the room kept for a longer summary stays under this one
        self._name_parts()
        state.search_changed.connect(self._show)
        # Another chart has other words: the completer is made again on the next focus.
        state.chart_changed.connect(lambda _: self.field.setCompleter(None))  # type: ignore[arg-type]
        self._show(None)

    def _name_parts(self) -> None:
        self.field.setPlaceholderText(
            self.tr("Search symptoms, e.g. headache, can't sleep, stuffy nose (Ctrl+F)")
        )
        self.field.setAccessibleName(self.tr("Search by symptom"))
        for button in self.field.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self.compare_button.setText(self.tr("Where other charts put this"))
        completer = self.field.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.setAccessibleName(self.tr("Known symptoms"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_parts()
            self._suggested = None  # "Did you mean:" in the new language
            self._show(self.state.result)
        super().changeEvent(event)

    def set_query(self, text: str) -> None:
        self.field.setText(text)

    def query(self) -> str:
        return self.field.text()

    def suggestion_buttons(self) -> list[QPushButton]:
        return [w for w in self._suggestion_widgets if isinstance(w, QPushButton)]

    def _prepare(self) -> None:
        if self.field.completer() is None:
            completer = QCompleter(self.state.search_index().known_terms(), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            popup = completer.popup()
            assert popup is not None  # a completer always has one
            popup.setAccessibleName(self.tr("Known symptoms"))
            popup.installEventFilter(self)
            self.field.setCompleter(completer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        key = cast("QKeyEvent", event).key()
        # Esc in the completer closes it and keeps the query: claiming the key here keeps
        # it from the window's Esc, which clears the search.
        if kind == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
            event.accept()
            return True
        # With results on show, Down goes to them, as it does from the field.
        target = self.field.down_target
        if (
            kind == QEvent.Type.KeyPress
            and key == Qt.Key.Key_Down
            and target
            and target.isVisible()
        ):
            cast("QWidget", watched).hide()
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _show(self, result: SearchResult | None) -> None:
        if self.field.text() != self.state.query:
            # Suggestions for the words replaced would stay open over the map.
            self.field.close_popup()
            self.field.setText(self.state.query)
        summary = None
        if result is not None:
            from ..app.search_text import summarise  # loads with the first result

            summary = summarise(result, QCoreApplication.translate)
        # Room for the usual summary first: showing a part then lays the box out, and the
        # map under it, at once and only once (part by part, the map was resized at each).
        self._keep_height(self._usual_height(self.width()) if result else 0)
        text = " ".join(part for part in [*self._sentences(summary), self._elsewhere()] if part)
        suggestions = summary.suggestions if summary else ()
        compare = bool(result and result.results and not result.notice)
        # The parts going, before those coming: both on show would lay the map out between.
        for part, shown in ((self.compare_button, compare), (self.suggestions, suggestions)):
            if not shown:
                part.hide()
        self.notice.show_alert(summary.notice if summary else "")
        self.info.setText(text)
        self.info.setVisible(bool(text))
        self._show_suggestions(suggestions)
        self.compare_button.setVisible(compare)
        layout = self.layout()
        assert layout is not None
        if result and layout.hasHeightForWidth():
            self._keep_height(layout.totalHeightForWidth(self.width()))  # a longer one
        self._spoken = self._announcement(result, summary)
        self._announce_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._reserved[0]:  # the lines wrap anew
            self._keep_height(self._usual_height(self.width()) if self.state.result else 0)

    def _keep_height(self, height: int) -> None:
        """Keep ``height`` for the box while a search is on, or more if it has kept more at
        this width: the box never shrinks during a search, so the map under it keeps its size
        as the results change (at 5,000 regions each re-fit of the map took a quarter of a
        second). Without a search, the room goes."""
        width = self.width()
        kept = self._reserved[1] if self._reserved[0] == width and self.state.result else 0
        self._reserved = (width, max(kept, height))
        self.setMinimumHeight(self._reserved[1])

    def _usual_height(self, width: int) -> int:
        """The box's height with zones found in this chart and in the others: the summary
        that says so, and the button that compares them, under the field."""
        from ..app.search_text import FOUND  # loaded by the first result already

        layout = self.layout()
        assert layout is not None
        outer, inner = layout.contentsMargins(), self.info.contentsMargins()
        text = " ".join(
            part
            for part in (
                QCoreApplication.translate("SearchText", FOUND),
                self._elsewhere(always=True),
            )
            if part
        )
        lines = self.info.fontMetrics().boundingRect(
            QRect(0, 0, width - outer.left() - outer.right() - inner.left() - inner.right(), 10**6),
            int(self.info.alignment() | Qt.TextFlag.TextWordWrap),
            text,
        )
        parts = (
            self.field.sizeHint().height(),
            lines.height() + inner.top() + inner.bottom(),
            self.compare_button.sizeHint().height(),
        )
        return outer.top() + outer.bottom() + sum(parts) + layout.spacing() * (len(parts) - 1)

    @staticmethod
    def _sentences(summary: SearchSummary | None) -> list[str]:
        return [summary.found, summary.general, summary.no_match] if summary else []

    def _elsewhere(self, always: bool = False) -> str:
        """That the other charts' zones follow in the list (when they do, or ``always``)."""
        if not (always or self.state.elsewhere):
            return ""
        return self.tr(
            "The other bundled charts' zones follow, under each chart's name: choosing one "
            "shows that chart."
        )

    def _show_suggestions(self, suggestions: tuple[str, ...]) -> None:
        self.suggestions.setVisible(bool(suggestions))
        if suggestions == self._suggested:
            return  # new buttons for the same words would lay the window out twice
        self._suggested = suggestions
        layout = self._suggestion_layout
        for old in self._suggestion_widgets:
            old.deleteLater()
        while layout.takeAt(0) is not None:
            pass
        self._suggestion_widgets = []
        if suggestions:
            label = QLabel(self.tr("Did you mean:"), self.suggestions)
            self._suggestion_widgets.append(label)
            for term in suggestions:
                button = QPushButton(term, self.suggestions)
                button.setAccessibleDescription(self.tr("Search for this instead"))
                button.clicked.connect(lambda _=False, t=term: self.set_query(t))
                self._suggestion_widgets.append(button)
            label.setMinimumHeight(button.sizeHint().height())  # in line with the buttons' words
            for widget in self._suggestion_widgets:
                layout.addWidget(widget)
                # Shown now, not by the layout after a turn of the event loop: the row
                # is laid out once, with its buttons, not first without them.
                widget.show()

    def _announcement(self, result: SearchResult | None, summary: SearchSummary | None) -> str:
        """What a screen reader says of a result: the count first, then the summary."""
        if result is None or summary is None:
            return ""
        count = len(result.results)
        counted = (
            self.tr("1 zone found.") if count == 1 else self.tr("{0} zones found.").format(count)
        )
        more = sum(len(found.result.results) for found in self.state.elsewhere)
        elsewhere = (
            self.tr("{0} more in the other charts, listed after them.")
            if count
            else self.tr("{0} found in the other charts, listed under their names.")
        ).format(more)
        parts = [counted if count else "", summary.general, summary.no_match]
        parts.append(elsewhere if more else "")
        if summary.suggestions:
            parts.append(self.tr("Did you mean: {0}?").format(", ".join(summary.suggestions)))
        return " ".join(part for part in parts if part)

    def _announce(self) -> None:
        if self._spoken and self.isVisible():  # a window closed meanwhile says nothing
            accessibility.announce(self.info, self._spoken)
