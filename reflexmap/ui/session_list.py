"""The Sessions dialog: every session with its time, its claim and its steps."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Chart
from ..core.sessions import Session
from ..render.session_card import duration_text, step_how, step_place
from .reading_page import ReadingPage


def session_html(session: Session, chart: Chart) -> str:
    """A session's page: its time, what the tradition claims for it, and each step."""
    steps = "".join(
        f"<li><b>{escape(duration_text(step.seconds))}</b> "
        f"{escape(step_place(chart, step))}<br>{escape(step_how(step))}</li>"
        for step in session.steps
    )
    # Each text a call of its own, outside the f-strings, where Qt's lupdate finds it.
    total = escape(QCoreApplication.translate("Sessions", "Total time"))
    count = QCoreApplication.translate("Sessions", "{0} steps").format(len(session.steps))
    claim = escape(QCoreApplication.translate("Sessions", "Traditional claim"))
    before = escape(QCoreApplication.translate("Sessions", "Before"))
    source = escape(QCoreApplication.translate("Sessions", "Source"))
    parts = [
        f"<h2>{escape(session.name)}</h2>",
        f"<p><b>{total}:</b> {escape(duration_text(session.seconds))} ({escape(count)})</p>",
        f"<p><b>{claim}:</b> {escape(session.claim)}</p>",
    ]
    if session.before:
        parts.append(f"<p><b>{before}:</b> {escape(session.before)}</p>")
    parts.append(f"<ol>{steps}</ol>")
    if session.note:
        parts.append(f"<p><i>{escape(session.note)}</i></p>")
    parts.append(f"<p><small>{source}: {escape(session.source)}</small></p>")
    return "".join(parts)


class SessionsDialog(QDialog):
    """Lists the sessions; those that do not fit the chart shown are listed greyed, with why.
    Its buttons ask the window to start, edit, print, export or import."""

    start_requested = Signal(object)
    edit_requested = Signal(object)
    print_requested = Signal(object)
    pdf_requested = Signal(object)
    export_requested = Signal(object)
    import_requested = Signal()
    delete_requested = Signal(object)

    def __init__(self, chart: Chart, parent: QWidget) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setWindowTitle(self.tr("Sessions"))
        self.sessions: list[Session] = []
        self.own: set[str] = set()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Sessions"))
        self.details = ReadingPage(self)
        self.details.setAccessibleName(self.tr("Session details"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 520])
        splitter.setChildrenCollapsible(False)
        self.start_button = QPushButton(self.tr("&Start..."), self)
        self.edit_button = QPushButton(self.tr("&Edit a Copy..."), self)
        self.print_button = QPushButton(self.tr("&Print Card..."), self)
        self.pdf_button = QPushButton(self.tr("Card as P&DF..."), self)
        self.export_button = QPushButton(self.tr("E&xport..."), self)
        self.import_button = QPushButton(self.tr("&Import..."), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.start_button.setDefault(True)
        for button, signal in (
            (self.start_button, self.start_requested),
            (self.edit_button, self.edit_requested),
            (self.print_button, self.print_requested),
            (self.pdf_button, self.pdf_requested),
            (self.export_button, self.export_requested),
            (self.delete_button, self.delete_requested),
        ):
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
        self.import_button.clicked.connect(self.import_requested.emit)
        row = QHBoxLayout()
        for button in (
            self.start_button,
            self.edit_button,
            self.print_button,
            self.pdf_button,
            self.export_button,
            self.import_button,
            self.delete_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        self.list.itemActivated.connect(lambda _: self._emit(self.start_requested))
        self.resize(900, 600)

    def set_sessions(
        self, sessions: Sequence[tuple[Session, str]], own: set[str], current: str | None = None
    ) -> None:
        """Sessions with why each cannot run on this chart ("" if it can); ``own`` are the
        user's, which can be deleted."""
        self.sessions = [session for session, _ in sessions]
        self.own = own
        self.list.clear()
        for session, reason in sessions:
            text = self.tr("{0} ({1} min)").format(session.name, f"{session.minutes:g}")
            if session.id in own:
                text = self.tr("{0}, your own").format(text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, reason)
            if reason:
                item.setToolTip(reason)
                item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            self.list.addItem(item)
        ids = [s.id for s in self.sessions]
        self.list.setCurrentRow(ids.index(current) if current in ids else 0)

    def current(self) -> Session | None:
        row = self.list.currentRow()
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

    def select(self, session_id: str) -> None:
        ids = [s.id for s in self.sessions]
        self.list.setCurrentRow(ids.index(session_id))

    def _reason(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole) or "") if item else ""

    def _show_current(self) -> None:
        session = self.current()
        reason = self._reason()
        fits = session is not None and not reason
        for button in (self.start_button, self.print_button, self.pdf_button, self.edit_button):
            button.setEnabled(fits)
        self.export_button.setEnabled(session is not None)
        self.delete_button.setEnabled(session is not None and session.id in self.own)
        if session is None:
            self.details.clear()
        elif reason:
            self.details.setHtml(f"<h2>{escape(session.name)}</h2><p><b>{escape(reason)}</b></p>")
        else:
            self.details.setHtml(session_html(session, self.chart))

    def _emit(self, signal: SignalInstance) -> None:
        session = self.current()
        if session is not None:
            signal.emit(session)
