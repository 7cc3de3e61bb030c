"""File > Journal: the sessions run, totals per week, minutes per day as bars, export and
deletion. It shows what was done and what the user wrote, nothing more."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.atomic_write import write_atomically
from ..core.journal import Entry, Journal
from ..core.model import Chart
from ..core.palette import SELECTION_COLOUR
from .journal_access import JournalAccess
from .session_summary import rating_box, rating_of

CHART_DAYS = 14
"""Days the bar chart shows, up to today."""


class MinutesChart(QWidget):
    """Minutes of massage per day, as bars: people would rather look than read. Its
    accessible description reads the same numbers out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[tuple[date, float]] = []
        self.setAccessibleName(self.tr("Minutes per day"))
        self.setMinimumHeight(140)

    def set_days(self, minutes: dict[date, float], today: date) -> None:
        self.days = [
            (day, minutes.get(day, 0.0))
            for day in (today - timedelta(days=n) for n in range(CHART_DAYS - 1, -1, -1))
        ]
        said = [
            self.tr("{0}: {1} min").format(day.strftime("%d %b"), f"{value:g}")
            for day, value in self.days
            if value
        ]
        self.setAccessibleDescription(
            "; ".join(said) if said else self.tr("No sessions in the last two weeks.")
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        box = QRectF(self.rect()).adjusted(8, line + 4, -8, -line - 4)
        top = max((value for _, value in self.days), default=0.0)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(self.rect()).adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
            self.tr("Minutes per day, last {0} days (most: {1})").format(CHART_DAYS, f"{top:g}"),
        )
        if not self.days:
            return
        slot = box.width() / len(self.days)
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))
        for index, (day, value) in enumerate(self.days):
            x = box.left() + index * slot
            height = box.height() * value / top if top else 0.0
            if height:
                painter.fillRect(
                    QRectF(x + slot * 0.15, box.bottom() - height, slot * 0.7, height),
                    QColor(SELECTION_COLOUR),
                )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x, box.bottom() + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(day.day),
            )
        painter.end()


class JournalDialog(QDialog):
    """The journal's history, totals and chart, with export and deletion."""

    def __init__(self, access: JournalAccess, chart: Chart, parent: QWidget) -> None:
        super().__init__(parent)
        self.access = access
        self.zones_chart = chart
        """The chart whose names the zone notes are shown with."""
        self.setWindowTitle(self.tr("Journal"))
        self.entries: list[Entry] = []
        self.message: QMessageBox | None = None
        self.annotation: QDialog | None = None
        self.chart = MinutesChart(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Sessions run"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Session"),
                self.tr("Planned min"),
                self.tr("Done min"),
                self.tr("Rating"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.weeks = QListWidget(self)
        self.weeks.setAccessibleName(self.tr("Totals per week"))
        weeks_box = QWidget(self)
        weeks_layout = QVBoxLayout(weeks_box)
        weeks_layout.setContentsMargins(0, 0, 0, 0)
        weeks_label = QLabel(self.tr("Per week"), weeks_box)
        weeks_label.setBuddy(self.weeks)
        weeks_layout.addWidget(weeks_label)
        weeks_layout.addWidget(self.weeks)
        self.zone_notes = QListWidget(self)
        self.zone_notes.setAccessibleName(self.tr("Favourite zones and notes"))
        self.zone_notes.setWordWrap(True)
        notes_label = QLabel(self.tr("Favourite zones and notes"), weeks_box)
        notes_label.setBuddy(self.zone_notes)
        weeks_layout.addWidget(notes_label)
        weeks_layout.addWidget(self.zone_notes)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(weeks_box)
        splitter.setSizes([620, 220])
        splitter.setChildrenCollapsible(False)
        self.empty = QLabel(self.tr("No sessions recorded yet."), self)
        self.csv_button = QPushButton(self.tr("Export &CSV..."), self)
        self.json_button = QPushButton(self.tr("Export &JSON..."), self)
        self.delete_button = QPushButton(self.tr("&Delete Entry..."), self)
        self.delete_all_button = QPushButton(self.tr("Delete &Everything..."), self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.delete_all_button.clicked.connect(lambda: self.delete_everything())
        self.table.itemSelectionChanged.connect(self._show_buttons)
        self.table.itemActivated.connect(lambda _: self.annotate_selected())
        self.table.setToolTip(self.tr("Double-click or Enter: change the note and rating"))
        row = QHBoxLayout()
        for button in (self.csv_button, self.json_button, self.delete_button):
            row.addWidget(button)
        row.addWidget(self.delete_all_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.resize(880, 600)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        journal = self.access.journal(create=False)
        self.entries = journal.entries() if journal else []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            run = entry.run
            rating = "" if run.rating is None else f"{run.rating}/5"
            cells = (
                run.started.strftime("%Y-%m-%d %H:%M"),
                run.session_name,
                f"{run.planned / 60:.1f}",
                f"{run.actual / 60:.1f}",
                rating,
                run.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.weeks.clear()
        for week in journal.weekly() if journal else []:
            template = (
                self.tr("{0}: 1 session, {2} min")
                if week.runs == 1
                else self.tr("{0}: {1} sessions, {2} min")
            )
            self.weeks.addItem(template.format(week.period, week.runs, f"{week.minutes:g}"))
        self.zone_notes.clear()
        names = {zone.id: zone.name for zone in self.zones_chart.zones}
        for note in (journal.zone_notes() if journal else {}).values():
            name = names.get(note.zone, note.zone)
            text = self.tr("{0} (favourite)").format(name) if note.favourite else name
            self.zone_notes.addItem(f"{text}: {note.note}" if note.note else text)
        days = {date.fromisoformat(t.period): t.minutes for t in journal.daily()} if journal else {}
        self.chart.set_days(days, today or date.today())
        self.empty.setVisible(not self.entries)
        for button in (self.csv_button, self.json_button, self.delete_all_button):
            button.setEnabled(journal is not None)
        self._show_buttons()

    def _show_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def annotate_selected(self) -> QDialog | None:
        """The selected run's note and rating, to change."""
        entry = self.selected()
        if entry is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Note and Rating"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rating = rating_box(dialog, entry.run.rating)
        note = QPlainTextEdit(entry.run.note, dialog)
        note.setAccessibleName(self.tr("Note"))
        note.setTabChangesFocus(True)
        form = QFormLayout(dialog)
        form.addRow(
            QLabel(
                self.tr("{0}, {1}").format(
                    entry.run.started.strftime("%Y-%m-%d %H:%M"), entry.run.session_name
                ),
                dialog,
            )
        )
        form.addRow(self.tr("How do your feet feel?"), rating)
        form.addRow(self.tr("Note:"), note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)

        def save() -> None:
            text, value = note.toPlainText().strip(), rating_of(rating)
            self.access.attempt(lambda j: j.annotate(entry.id, text, value))
            self.refresh()

        dialog.accepted.connect(save)
        dialog.open()
        self.annotation = dialog
        return dialog

    def export(self, kind: str, path: Path | None = None) -> bool:
        """Write the journal as CSV or JSON, whole: a failed write leaves any earlier file."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the Journal"), f"journal.{kind}", f"{kind.upper()} (*.{kind})"
            )
            if not chosen:
                return False
            path = Path(chosen)
        journal = self.access.journal(create=False)
        if journal is None:
            return False
        text = journal.export_csv() if kind == "csv" else journal.export_json()
        try:
            write_atomically(path, text.encode("utf-8"))
        except OSError as error:
            self._warn(self.tr("{0}: cannot write: {1}").format(path, error.strerror or error))
            return False
        return True

    def delete_selected(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        question = self.tr("Delete the entry of {0}, {1}?").format(
            entry.run.started.strftime("%Y-%m-%d %H:%M"), entry.run.session_name
        )
        if not self.confirm(question):
            return False
        done = self.access.attempt(lambda j: j.delete(entry.id))
        self.refresh()
        return bool(done)

    def delete_everything(self) -> bool:
        question = self.tr(
            "Delete every entry, zone note and session of your own? This cannot be undone."
        )
        if not self.confirm(question):
            return False
        done = self.access.attempt(_delete_all) is not None
        self.refresh()
        return done

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, text: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not exported"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box
        return box


def _delete_all(journal: Journal) -> bool:
    journal.delete_all()
    return True
