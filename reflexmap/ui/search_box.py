"""The symptom search field, with its warning notice and its plain-words summary."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..app.state import AppState

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent

    from ..core.search import SearchResult

SUGGESTION_SCHEME = "suggest:"


class _QueryEdit(QLineEdit):
    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.focused.emit()
        super().focusInEvent(event)


class SearchBox(QWidget):
    """Sends what is typed to the state as a search, and shows the state's result."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.field = _QueryEdit(self)
        self.field.setPlaceholderText(
            self.tr("Search symptoms, e.g. headache, can't sleep, stuffy nose (Ctrl+F)")
        )
        self.field.setAccessibleName(self.tr("Search by symptom"))
        self.field.setClearButtonEnabled(True)
        self.field.focused.connect(self._prepare)
        self.field.textChanged.connect(state.search)
        self.notice = QLabel(self)
        self.notice.setAccessibleName(self.tr("Medical warning"))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 6px; }"
        )
        self.info = QLabel(self)
        self.info.setAccessibleName(self.tr("Search summary"))
        self.info.setWordWrap(True)
        self.info.setContentsMargins(4, 2, 4, 2)
        self.info.linkActivated.connect(self._follow_suggestion)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addWidget(self.notice)
        layout.addWidget(self.info)
        state.search_changed.connect(self._show)
        # Another chart has other words: the completer is made again on the next focus.
        state.chart_changed.connect(lambda _: self.field.setCompleter(None))  # type: ignore[arg-type]
        self._show(None)

    def set_query(self, text: str) -> None:
        self.field.setText(text)

    def query(self) -> str:
        return self.field.text()

    def _prepare(self) -> None:
        if self.field.completer() is None:
            completer = QCompleter(self.state.search_index().known_terms(), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.field.setCompleter(completer)

    def _show(self, result: SearchResult | None) -> None:
        if self.field.text() != self.state.query:
            self.field.setText(self.state.query)
        from ..app.search_text import summarise  # loads the search with the first result

        summary = summarise(result, QCoreApplication.translate) if result else None
        self.notice.setVisible(bool(summary and summary.notice))
        self.notice.setText(escape(summary.notice) if summary else "")
        parts = [summary.found, summary.general, summary.no_match] if summary else []
        text = " ".join(escape(part) for part in parts if part)
        if summary and summary.suggestions:
            links = ", ".join(
                f"<a href='{SUGGESTION_SCHEME}{escape(s)}'>{escape(s)}</a>"
                for s in summary.suggestions
            )
            text += " " + self.tr("Did you mean: {0}?").format(links)
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def _follow_suggestion(self, link: str) -> None:
        if link.startswith(SUGGESTION_SCHEME):
            self.set_query(link.removeprefix(SUGGESTION_SCHEME))
