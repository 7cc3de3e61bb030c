"""After a session: what was planned and what was done, step by step, with the user's note and
rating, to keep in the journal."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Chart
from ..core.sessions import Session, SessionRun, StepStatus
from ..render.session_card import duration_text, step_place


class SummaryDialog(QDialog):
    """The run's steps with planned and actual time; Save keeps it in the journal with the
    note and rating given, Don't Save forgets it."""

    def __init__(
        self, run: SessionRun, session: Session, chart: Chart, finished: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.setWindowTitle(self.tr("Session finished") if finished else self.tr("Session stopped"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.headline = QLabel(self.headline_text(), self)
        self.headline.setWordWrap(True)
        self.table = QTableWidget(len(run.steps), 4, self)
        self.table.setAccessibleName(self.tr("Steps: planned and actual time"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Planned"), self.tr("Done"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        statuses = self.status_names()
        for row, (outcome, step) in enumerate(zip(run.steps, session.steps, strict=True)):
            cells = (
                f"{row + 1}. {step_place(chart, step)}",
                duration_text(outcome.planned),
                duration_text(outcome.actual),
                statuses[outcome.status],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Anything you want to remember (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        self.rating = rating_box(self)
        form = QFormLayout()
        form.addRow(self.tr("How do your feet feel?"), self.rating)
        form.addRow(self.tr("Note:"), self.note)
        disclaimer = QLabel(chart.info.disclaimer, self)
        disclaimer.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save to Journal"), self)
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Don't Save"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(disclaimer)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def headline_text(self) -> str:
        run = self.run
        done = sum(step.status == "done" for step in run.steps)
        text = self.tr("Planned {0}, done {1}. Steps done: {2} of {3}.").format(
            duration_text(run.planned), duration_text(run.actual), done, len(run.steps)
        )
        missed = [
            (run.skipped, self.tr("skipped: {0}")),
            (sum(s.status == "not-reached" for s in run.steps), self.tr("not reached: {0}")),
        ]
        more = [template.format(count) for count, template in missed if count]
        return f"{text} {'; '.join(more).capitalize()}." if more else text

    def status_names(self) -> dict[StepStatus, str]:
        return {
            "done": self.tr("done"),
            "skipped": self.tr("skipped"),
            "not-reached": self.tr("not reached"),
        }

    def annotated(self) -> SessionRun:
        """The run with the note and rating given."""
        return replace(
            self.run, note=self.note.toPlainText().strip(), rating=rating_of(self.rating)
        )


def rating_box(parent: QWidget, rating: int | None = None) -> QComboBox:
    """ "How do your feet feel", 1 to 5, or no answer."""
    box = QComboBox(parent)
    box.setAccessibleName(QCoreApplication.translate("SummaryDialog", "How do your feet feel?"))
    box.addItem(QCoreApplication.translate("SummaryDialog", "(no answer)"), None)
    for value, text in (
        (1, QCoreApplication.translate("SummaryDialog", "1: not good")),
        (2, QCoreApplication.translate("SummaryDialog", "2")),
        (3, QCoreApplication.translate("SummaryDialog", "3: neither good nor bad")),
        (4, QCoreApplication.translate("SummaryDialog", "4")),
        (5, QCoreApplication.translate("SummaryDialog", "5: very good")),
    ):
        box.addItem(text, value)
    box.setCurrentIndex(max(box.findData(rating), 0))
    return box


def rating_of(box: QComboBox) -> int | None:
    rating = box.currentData()
    return rating if isinstance(rating, int) else None
