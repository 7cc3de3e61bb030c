"""The window's sessions: the Sessions dialog, the session for a search, the checklist, the
player, the summary and the journal; made when first used."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox

from ..app import catalogue
from ..app.i18n import located, worded
from ..app.session_runner import Clock
from ..app.state import AppState
from ..app.symptom_session import session_for
from ..core.errors import ChartError
from ..core.sessions import Session, checklist_needed
from ..core.sessions_file import check_on_chart, read_sessions_file
from ..render.session_card import duration_text, step_place
from .journal_access import JournalAccess
from .session_checklist import ChecklistDialog
from .session_list import SessionsDialog
from .session_player import SessionPlayer
from .session_summary import SummaryDialog

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ..core.journal import Journal
    from .journal_dialog import JournalDialog
    from .session_editor import SessionEditor

MAX_PROBLEMS = 30


class SessionController(QObject):
    """Starts sessions (after the checklist), runs them in a player docked under the map, and
    keeps what was done in the journal."""

    def __init__(self, window: QMainWindow, state: AppState) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.access = JournalAccess(window)
        self.clock: Clock = time.monotonic
        """The player's clock; tests give a fast one."""
        self.sound = True
        """Whether players sound at each change of step: the user's last choice."""
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()
        self.player: SessionPlayer | None = None
        self.dock: QDockWidget | None = None
        self.dialog: SessionsDialog | None = None
        self.checklist: ChecklistDialog | None = None
        self.summary: SummaryDialog | None = None
        self.message: QMessageBox | None = None
        self.offer_session: Session | None = None
        """The session last offered for a search."""
        """The last message shown (a refusal, an offer, a problem)."""
        self.editor: SessionEditor | None = None
        self.journal_dialog: JournalDialog | None = None
        self.printer: QPrinter | None = None
        self._bundled: tuple[Session, ...] | None = None
        state.chart_changed.connect(lambda _: self._chart_changed())

    # The sessions there are.

    def sessions(self) -> list[tuple[Session, str]]:
        """The bundled sessions and the user's own, each with why it cannot run on the chart
        shown ("" when it can)."""
        if self._bundled is None:
            try:
                self._bundled = catalogue.load_sessions()
            except ChartError as error:
                self._problems(error)
                self._bundled = ()
        return [(session, self.misfit(session)) for session in self._bundled + self.own()]

    def own(self) -> tuple[Session, ...]:
        try:
            return self.access.attempt(lambda j: j.own_sessions(), create=False) or ()
        except ChartError as error:
            self._problems(error)
            return ()

    def misfit(self, session: Session) -> str:
        """Why the session cannot run on the chart shown, or ""."""
        problems = check_on_chart([session], self.state.chart, session.name)
        if not problems:
            return ""
        return self.tr("Not for this chart: {0}").format(worded(problems[0]))

    # The Sessions dialog.

    def show_sessions(self, current: str | None = None) -> SessionsDialog:
        if self.dialog is None:
            self.dialog = SessionsDialog(self.state.chart, self.window)
            self.dialog.start_requested.connect(self.request_start)
            self.dialog.print_requested.connect(self.print_card)
            self.dialog.pdf_requested.connect(lambda s: self.save_card(s))
            self.dialog.export_requested.connect(lambda s: self.export_session(s))
            self.dialog.import_requested.connect(lambda: self.import_sessions())
            self.dialog.delete_requested.connect(self.delete_session)
            self.dialog.edit_requested.connect(self.edit_copy)
        self.dialog.chart = self.state.chart
        self.dialog.start_button.setDefault(True)
        self.dialog.set_sessions(self.sessions(), {s.id for s in self.own()}, current)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def choose_card(self) -> SessionsDialog:
        """File > Print Session Card: the sessions, with Print Card the default button."""
        dialog = self.show_sessions()
        dialog.print_button.setDefault(True)
        dialog.list.setFocus()
        return dialog

    # A session for the search.

    def offer_for_search(self) -> QMessageBox:
        """The session built from the current search, with its total time, to start or not;
        a warning sign gets its notice and no session."""
        result = self.state.result
        if result is None:
            return self._say(
                self.tr("A session for your symptoms"),
                self.tr(
                    "Type your symptoms in the search field first, for example "
                    "\u201cheadache and can't sleep\u201d."
                ),
            )
        offer = session_for(result, self.state.chart)
        if offer.session is None:
            icon = QMessageBox.Icon.Warning if result.notice else QMessageBox.Icon.Information
            return self._say(self.tr("No session"), offer.reason, icon)
        session = offer.session
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A session for your symptoms"),
            self.tr("{0}: {1} steps, {2} in all.").format(
                session.name, len(session.steps), duration_text(session.seconds)
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(session.claim)
        box.setDetailedText(
            "\n".join(
                f"{number}. {duration_text(step.seconds)}  {step_place(self.state.chart, step)}"
                for number, step in enumerate(session.steps, 1)
            )
        )
        start = box.addButton(self.tr("Start..."), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.request_start(session) if button is start else None
        )
        self.offer_session = session
        box.open()
        self.message = box
        return box

    # Starting: the checklist first, unless confirmed within the day.

    def request_start(self, session: Session) -> None:
        if self.player is not None:
            self._say(
                self.tr("A session is running"),
                self.tr("Stop the session that is running before starting another."),
            )
            return
        confirmed = self.access.attempt(lambda j: j.checklist_confirmed(), create=False)
        if not checklist_needed(confirmed, self.now()):
            self.start(session)
            return
        self.checklist = ChecklistDialog(self.state.chart.zone_data.contraindications, self.window)
        self.checklist.accepted.connect(lambda: self._checked(session))
        self.checklist.open()

    def _checked(self, session: Session) -> None:
        dialog = self.checklist
        if dialog is None or dialog.verdict is None:
            return
        if not dialog.verdict.may_start:
            self._say(
                self.tr("The session was not started"),
                "\n\n".join(dialog.verdict.reasons),
                QMessageBox.Icon.Warning,
            )
            return
        moment = self.now()
        self.access.attempt(lambda j: j.confirm_checklist(moment))
        self.start(session)

    def start(self, session: Session) -> SessionPlayer:
        """Run the session in a player docked under the map, and start its clock."""
        if self.dialog is not None:
            self.dialog.hide()
        self.player = SessionPlayer(self.state, session, self.clock)
        self.player.sound.setChecked(self.sound)
        self.player.sound.toggled.connect(self._choose_sound)
        self.dock = QDockWidget(self.tr("Session: {0}").format(session.name), self.window)
        self.dock.setObjectName("session")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setWidget(self.player)
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.player.ended.connect(self._ended)
        self.player.start()
        self.player.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.player

    def _ended(self) -> None:
        player = self.player
        if player is None:
            return
        runner = player.runner
        if runner.started is None:
            self._close_player()
            return
        self.summary = SummaryDialog(
            runner.outcome(),
            runner.session,
            player.chart,
            runner.state == "finished",
            self.window,
        )
        self.summary.accepted.connect(self._save_run)
        self.summary.finished.connect(lambda _: self._close_player())
        self.summary.open()

    def close_requested(self) -> bool:
        """Whether the window may close now. Not while a session runs: it pauses, and the
        user is asked whether to keep what was done; the window closes after the answer."""
        player = self.player
        if player is None or player.runner.over:
            return True
        if player.runner.state == "running":
            player.toggle()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A session is running"),
            self.tr("Save what was done so far to the journal before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._closing(box.standardButton(button)))
        box.open()
        self.message = box
        return False

    def _closing(self, answer: QMessageBox.StandardButton) -> None:
        player = self.player
        if answer == QMessageBox.StandardButton.Cancel or player is None:
            return
        player.ended.disconnect(self._ended)  # no summary: the window is closing
        player.stop()
        if answer == QMessageBox.StandardButton.Save:
            run = player.runner.outcome()
            self.access.attempt(lambda j: j.record(run))
        self._close_player()
        self.window.close()

    def _save_run(self) -> None:
        if self.summary is not None:
            run = self.summary.annotated()
            self.access.attempt(lambda j: j.record(run))
            if self.journal_dialog is not None and self.journal_dialog.isVisible():
                self.journal_dialog.refresh()

    def _close_player(self) -> None:
        if self.dock is not None:
            self.window.removeDockWidget(self.dock)
            self.dock.deleteLater()
        self.dock = None
        self.player = None

    def _choose_sound(self, on: bool) -> None:
        self.sound = on

    def _chart_changed(self) -> None:
        """A session that does not fit the chart now shown stops; the list shows the new
        chart's fit, in the chart's language."""
        self._bundled = None
        player = self.player
        if player is not None and not player.runner.over and self.misfit(player.runner.session):
            self.window.statusBar().showMessage(
                self.tr("The session was stopped: it does not fit the chart now shown.")
            )
            player.stop()
        if self.dialog is not None and self.dialog.isVisible():
            current = self.dialog.current()
            self.show_sessions(current.id if current else None)

    # Cards, files, own sessions.

    def print_card(self, session: Session) -> QPrintPreviewDialog:
        """The card in a print preview, printed from there on the printer chosen."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ..render.session_card import print_card

        # Kept for the window's life: the dialog uses the printer to its end.
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setFullPage(True)  # the card places its own margins
        self.printer.setDocName(session.name)
        dialog = QPrintPreviewDialog(self.printer, self.window)
        dialog.setWindowTitle(self.tr("Print Session Card"))
        chart = self.state.chart
        dialog.paintRequested.connect(lambda device: print_card(device, chart, session))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_card(self, session: Session, path: Path | None = None) -> bool:
        from ..render.chart_painter import ExportError
        from ..render.session_card import export_card

        path = path or self._save_path(self.tr("Save Session Card"), f"{session.id}.pdf", "pdf")
        if path is None:
            return False
        try:
            export_card(self.state.chart, session, path)
        except ExportError as error:
            self._say(self.tr("Card not saved"), str(error), QMessageBox.Icon.Warning)
            return False
        return True

    def export_session(self, session: Session, path: Path | None = None) -> bool:
        from ..core.atomic_write import write_atomically
        from ..core.sessions_file import dump_sessions

        path = path or self._save_path(self.tr("Export Session"), f"{session.id}.yaml", "yaml")
        if path is None:
            return False
        try:
            write_atomically(path, dump_sessions([session]).encode("utf-8"))
        except OSError as error:
            text = self.tr("{0}: cannot write: {1}").format(path, error.strerror or error)
            self._say(self.tr("Session not exported"), text, QMessageBox.Icon.Warning)
            return False
        return True

    def import_sessions(self, path: Path | None = None) -> tuple[Session, ...]:
        """Keep a file's sessions as the user's own, once the file reads and each step fits
        the chart; else list every problem as FILE:LINE:COL."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import Sessions"), "", self.tr("Sessions (*.yaml *.yml)")
            )
            if not chosen:
                return ()
            path = Path(chosen)
        try:
            sessions = read_sessions_file(path)
        except ChartError as error:
            self._problems(error)
            return ()
        problems = check_on_chart(sessions, self.state.chart, str(path))
        if problems:
            self._problems(ChartError(problems))
            return ()
        bundled = {s.id for s in self._bundled or ()}
        clashing = [s.id for s in sessions if s.id in bundled]
        if clashing:
            self._say(
                self.tr("Not imported"),
                self.tr("These ids are taken by the sessions that come with reflexmap: {0}").format(
                    ", ".join(clashing)
                ),
                QMessageBox.Icon.Warning,
            )
            return ()
        moment = self.now()

        def save(journal: Journal) -> bool:
            for session in sessions:
                journal.save_session(session, moment)
            return True

        if not self.access.attempt(save):
            return ()
        if self.dialog is not None and self.dialog.isVisible():
            self.show_sessions(sessions[0].id)
        return sessions

    def delete_session(self, session: Session) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete Session"),
            self.tr("Delete your session \u201c{0}\u201d?").format(session.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.access.attempt(lambda j: j.delete_session(session.id))
            self.show_sessions()

    def edit_copy(self, session: Session) -> None:
        from .session_editor import SessionEditor

        taken = {s.id for s, _ in self.sessions()}
        editor = SessionEditor(session, self.state.chart, taken, self.window)
        editor.save_requested.connect(self._save_own)
        editor.open()
        self.editor = editor

    def _save_own(self, session: Session) -> None:
        moment = self.now()
        self.access.attempt(lambda j: j.save_session(session, moment))
        self.show_sessions(session.id)

    # The journal.

    def show_journal(self) -> JournalDialog:
        """The journal's history; empty, and no file made, if nothing was recorded yet."""
        from .journal_dialog import JournalDialog

        if self.journal_dialog is None:
            self.journal_dialog = JournalDialog(self.access, self.state.chart, self.window)
        else:
            self.journal_dialog.zones_chart = self.state.chart
            self.journal_dialog.refresh()
        self.journal_dialog.show()
        self.journal_dialog.raise_()
        return self.journal_dialog

    # Messages.

    def _save_path(self, title: str, name: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, title, name, f"{suffix.upper()} (*.{suffix})"
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def _say(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
    ) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box
        return box

    def _problems(self, error: ChartError) -> None:
        """A sessions file's problems, one FILE:LINE:COL line each."""
        lines = [located(problem) for problem in error.problems[:MAX_PROBLEMS]]
        if len(error.problems) > MAX_PROBLEMS:
            lines.append(self.tr("...and {0} more").format(len(error.problems) - MAX_PROBLEMS))
        box = self._say(
            self.tr("Sessions not read"),
            self.tr("These sessions could not be read; nothing was changed."),
            QMessageBox.Icon.Warning,
        )
        box.setInformativeText("\n".join(lines))
