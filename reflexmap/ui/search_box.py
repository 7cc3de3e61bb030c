"""The symptom search field, with its warning notice, its plain-words summary and the
suggestions for a search that found nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..app.state import AppState
from . import accessibility

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QKeyEvent

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

    def _popup(self) -> QWidget | None:
        completer = self.completer()
        return completer.popup() if completer is not None else None

    def popup_open(self) -> bool:
        popup = self._popup()
        return popup is not None and popup.isVisible()

    def close_popup(self) -> None:
        popup = self._popup()
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
        self._suggestion_layout = QHBoxLayout(self.suggestions)
        self._suggestion_layout.setContentsMargins(4, 0, 4, 0)
        self._suggestion_widgets: list[QWidget] = []
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
        self.notice.show_alert(summary.notice if summary else "")
        text = " ".join(part for part in [*self._sentences(summary), self._elsewhere()] if part)
        self.info.setText(text)
        self.info.setVisible(bool(text))
        self._show_suggestions(summary.suggestions if summary else ())
        self.compare_button.setVisible(bool(result and result.results and not result.notice))
        self._spoken = self._announcement(result, summary)
        self._announce_timer.start()

    @staticmethod
    def _sentences(summary: SearchSummary | None) -> list[str]:
        return [summary.found, summary.general, summary.no_match] if summary else []

    def _elsewhere(self) -> str:
        """That the other charts' zones follow in the list."""
        if not self.state.elsewhere:
            return ""
        return self.tr(
            "The other bundled charts' zones follow, under each chart's name: choosing one "
            "shows that chart."
        )

    def _show_suggestions(self, suggestions: tuple[str, ...]) -> None:
        layout = self._suggestion_layout
        for old in self._suggestion_widgets:
            old.deleteLater()
        while layout.takeAt(0) is not None:
            pass
        self._suggestion_widgets = []
        if suggestions:
            self._suggestion_widgets.append(QLabel(self.tr("Did you mean:"), self.suggestions))
            for term in suggestions:
                button = QPushButton(term, self.suggestions)
                button.setAccessibleDescription(self.tr("Search for this instead"))
                button.clicked.connect(lambda _=False, t=term: self.set_query(t))
                self._suggestion_widgets.append(button)
            for widget in self._suggestion_widgets:
                layout.addWidget(widget)
            layout.addStretch(1)
        self.suggestions.setVisible(bool(suggestions))

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
