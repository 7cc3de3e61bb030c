"""Edit a copy of a session: reorder, add and remove steps, change their times, and save it
under a name of one's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..app.symptom_session import zone_step
from ..core.model import SIDES, Chart
from ..core.sessions import (
    MAX_STEP_SECONDS,
    MIN_STEP_SECONDS,
    Session,
    added,
    moved,
    named,
    own_session_id,
    removed,
    with_seconds,
)
from ..render.session_card import duration_text, foot_name, step_place


class SessionEditor(QDialog):
    """A copy of a session to change; Save asks for it to be kept (``save_requested``) under
    the name given, with an id of its own that no other session has."""

    save_requested = Signal(object)

    def __init__(self, session: Session, chart: Chart, taken: set[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit a Copy of \u201c{0}\u201d").format(session.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chart = chart
        self.session = session
        self.taken = taken
        self.original_id = session.id
        self.name = QLineEdit(self.tr("My {0}").format(session.name), self)
        self.name.setAccessibleName(self.tr("Name"))
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.seconds = QSpinBox(self)
        self.seconds.setRange(MIN_STEP_SECONDS, MAX_STEP_SECONDS)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("Seconds of the chosen step"))
        self.up_button = QPushButton(self.tr("Move &Up"), self)
        self.down_button = QPushButton(self.tr("Move &Down"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.zone = QComboBox(self)
        self.zone.setAccessibleName(self.tr("Zone or area of the new step"))
        for zone in chart.zones:
            self.zone.addItem(zone.name, zone.id)
        self.side = QComboBox(self)
        self.side.setAccessibleName(self.tr("Foot of the new step"))
        for side in SIDES:
            self.side.addItem(foot_name(side), side)
        self.add_button = QPushButton(self.tr("&Add Step"), self)
        self.total = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.add_button.clicked.connect(self._add)
        self.seconds.valueChanged.connect(self._set_seconds)
        self.steps.currentRowChanged.connect(lambda _: self._show_current())
        self.name.textChanged.connect(lambda _: self._show_total())

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        moves = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(widget)
        moves.addStretch(1)
        time_label = QLabel(self.tr("&Time:"), self)
        time_label.setBuddy(self.seconds)
        moves.addWidget(time_label)
        moves.addWidget(self.seconds)
        adding = QHBoxLayout()
        new_label = QLabel(self.tr("Ne&w step:"), self)
        new_label.setBuddy(self.zone)
        adding.addWidget(new_label)
        adding.addWidget(self.zone, 1)
        adding.addWidget(self.side)
        adding.addWidget(self.add_button)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steps, 1)
        layout.addLayout(moves)
        layout.addLayout(adding)
        layout.addWidget(self.total)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._fill(0)

    def _fill(self, current: int) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, step in enumerate(self.session.steps, 1):
            self.steps.addItem(
                f"{number}. {duration_text(step.seconds)}  {step_place(self.chart, step)}"
            )
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(max(0, min(current, self.steps.count() - 1)))
        self._show_current()
        self._show_total()

    def _show_current(self) -> None:
        row = self.steps.currentRow()
        count = len(self.session.steps)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(count > 1)
        if 0 <= row < count:
            self.seconds.blockSignals(True)
            self.seconds.setValue(self.session.steps[row].seconds)
            self.seconds.blockSignals(False)

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("{0} steps, {1} in all.").format(
                len(self.session.steps), duration_text(self.session.seconds)
            )
        )
        self.save_button.setEnabled(bool(self.name.text().strip()))

    def _change(self, change: Callable[[], Session], current: int) -> None:
        """Apply an edit from core.sessions, or say why it cannot be made."""
        try:
            self.session = change()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.problem.setText("")
        self._fill(current)

    def _move(self, by: int) -> None:
        row = self.steps.currentRow()
        self._change(lambda: moved(self.session, row, row + by), row + by)

    def _remove(self) -> None:
        row = self.steps.currentRow()
        self._change(lambda: removed(self.session, row), row)

    def _add(self) -> None:
        zone = self.chart.zone(str(self.zone.currentData()))
        side = self.side.currentData()
        if side not in zone.sides:
            side = zone.sides[0]
        step = zone_step(self.chart, zone, side)
        at = self.steps.currentRow() + 1
        self._change(lambda: added(self.session, step, at), at)

    def _set_seconds(self, seconds: int) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.session.steps):
            self._change(lambda: with_seconds(self.session, row, seconds), row)

    def edited(self) -> Session:
        """The edited copy under its name, with an id of its own."""
        name = self.name.text()
        taken = (
            self.taken - {self.original_id} if self.original_id.startswith("my-") else self.taken
        )
        return named(self.session, own_session_id(name, taken), name)

    def accept(self) -> None:
        try:
            session = self.edited()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.save_requested.emit(session)
        super().accept()
