"""The window's way into the journal: opened on first use, its problems shown in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from ..app.i18n import worded

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ..core.errors import Problem
    from ..core.journal import Journal

T = TypeVar("T")


class JournalAccess:
    """Opens the journal in the user's data folder when it is first needed, and says why it
    cannot be opened or that a damaged one was set aside."""

    def __init__(self, parent: QWidget) -> None:
        self._widget = parent
        self._journal: Journal | None = None
        # Closed with the widget; the closure holds the list, not this object.
        opened: list[Journal] = []
        self._opened = opened
        parent.destroyed.connect(lambda: _close_all(opened))
        self.path: Path | None = None
        """Another journal file than the user's (tests); None for the data folder's."""
        self.closed_to_view = False
        """True for a screenshot, which shows the app as anyone sees it: no journal is read."""

    def journal(self, *, create: bool = True) -> Journal | None:
        """The open journal; None if it cannot be opened (after saying why), or if there is
        none yet and ``create`` is False: looking at a zone starts no journal."""
        if self._journal is not None:
            return self._journal
        if self.closed_to_view:
            return None
        from ..core.journal import Journal, JournalError, default_journal_path

        path = self.path or default_journal_path()
        if not create and not path.is_file():
            return None
        try:
            self._journal = Journal.open(path)
        except JournalError as error:
            self.show_problem(
                error.problem,
                QCoreApplication.translate("Journal", "The journal could not be opened"),
            )
            return None
        self._opened.append(self._journal)
        if self._journal.notice is not None:
            self.show_problem(
                self._journal.notice,
                QCoreApplication.translate("Journal", "A new journal was started"),
            )
        return self._journal

    def attempt(self, action: Callable[[Journal], T], *, create: bool = True) -> T | None:
        """``action`` on the journal; None if there is none or it failed (after saying why:
        a failed write changes nothing, each being one transaction)."""
        from ..core.journal import JournalError

        journal = self.journal(create=create)
        if journal is None:
            return None
        try:
            return action(journal)
        except JournalError as error:
            self.show_problem(
                error.problem, QCoreApplication.translate("Journal", "The journal was not changed")
            )
            return None

    def show_problem(self, problem: Problem, title: str) -> QMessageBox:
        # Loaded here: setting the class up costs the window's start a few milliseconds.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            worded(problem),
            QMessageBox.StandardButton.Ok,
            self._widget,
        )
        # The message shortens long values; the file kept aside is named whole here.
        kept = problem.args.get("kept")
        box.setInformativeText(
            QCoreApplication.translate("Journal", "The damaged file was kept as: {0}").format(kept)
            if kept
            else problem.file
        )
        box.setObjectName("journal-problem")
        box.setAccessibleName(title)
        box.open()
        return box

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._opened.remove(self._journal)
            self._journal = None


def _close_all(journals: list[Journal]) -> None:
    for journal in journals:
        journal.close()
