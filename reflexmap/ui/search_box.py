"""The symptom search field, with its warning notice and its plain-words summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.model import ZoneData
from .rich_text import escape

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent

    from ..core.search import SearchResult, SymptomIndex

SUGGESTION_SCHEME = "suggest:"


class _QueryEdit(QLineEdit):
    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.focused.emit()
        super().focusInEvent(event)


class SearchBox(QWidget):
    """Searches as the user types; emits each result, or None when the field is empty."""

    result_changed = Signal(object)

    def __init__(self, zone_data: ZoneData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone_data = zone_data
        self._index: SymptomIndex | None = None
        self.field = _QueryEdit(self)
        self.field.setPlaceholderText(
            self.tr("Search symptoms, e.g. headache, can't sleep, stuffy nose (Ctrl+F)")
        )
        self.field.setAccessibleName(self.tr("Search by symptom"))
        self.field.setClearButtonEnabled(True)
        self.field.focused.connect(self._prepare)
        self.field.textChanged.connect(self._search)
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
        self._show(None)

    def set_query(self, text: str) -> None:
        self.field.setText(text)

    def query(self) -> str:
        return self.field.text()

    def index(self) -> SymptomIndex:
        """Built on first use, so starting the window does not pay for it."""
        if self._index is None:
            from ..core.search import SymptomIndex

            self._index = SymptomIndex(self._zone_data)
        return self._index

    def _prepare(self) -> None:
        if self.field.completer() is None:
            completer = QCompleter(self.index().known_terms(), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.field.setCompleter(completer)

    def _search(self, text: str) -> None:
        result = self.index().search(text) if text.strip() else None
        self._show(result)
        self.result_changed.emit(result)

    def _show(self, result: SearchResult | None) -> None:
        self.notice.setVisible(bool(result and result.notice))
        if result and result.notice:
            self.notice.setText(f"{escape(result.notice)} ({escape(', '.join(result.red_flags))})")
        text = self._summary(result) if result else ""
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def _summary(self, result: SearchResult) -> str:
        tr = self.tr
        parts = []
        if result.results:
            parts.append(tr("Zones the tradition links with this are listed, best match first."))
        if result.general:
            names = escape(", ".join(g.indication for g in result.general))
            parts.append(
                tr(
                    "The source suggests foot massage in general for {0}, without naming a zone."
                ).format(names)
            )
        if not (result.results or result.general or result.notice):
            parts.append(
                tr("No zone in this chart is linked with \u201c{0}\u201d.").format(
                    escape(result.query.strip())
                )
            )
            if result.suggestions:
                links = ", ".join(
                    f"<a href='{SUGGESTION_SCHEME}{escape(s)}'>{escape(s)}</a>"
                    for s in result.suggestions
                )
                parts.append(tr("Did you mean: {0}?").format(links))
        return " ".join(parts)

    def _follow_suggestion(self, link: str) -> None:
        if link.startswith(SUGGESTION_SCHEME):
            self.set_query(link.removeprefix(SUGGESTION_SCHEME))
