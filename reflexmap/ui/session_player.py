"""The player of a running session: the step, a large countdown, the session's progress and
the controls, keeping time by the runner's monotonic clock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..app.session_runner import Clock, RunnerEvent, SessionRunner
from ..app.state import AppState
from ..core.sessions import Session, Step
from ..render.session_card import duration_text, step_how, step_place
from . import accessibility

UPDATE_MS = 200
"""How often the countdown is brought up to the clock; the time itself comes from the clock."""
CUE_MS = 900
"""How long the step's frame stays highlighted after a change."""


class SessionPlayer(QWidget):
    """Runs one session. The map shows each step through the state; ``ended`` fires once
    when the session is finished or stopped."""

    ended = Signal()

    def __init__(
        self, state: AppState, session: Session, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.runner = SessionRunner(session, clock)
        self.chart = state.chart
        """The chart the session runs on; another chart opened meanwhile stops it."""
        self.setAccessibleName(self.tr("Session player: {0}").format(session.name))
        self._before = (state.view, state.sides_key)
        self._ended = False
        self.cues = 0
        """Changes of step cued so far."""
        self._timer = QTimer(self)
        self._timer.setInterval(UPDATE_MS)
        self._timer.timeout.connect(lambda: self._apply(self.runner.update()))

        title_font = QFont(self.font())
        title_font.setBold(True)
        self.countdown = QLabel(duration_text(session.steps[0].seconds), self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3.2)
        big.setBold(True)
        self.countdown.setFont(big)
        self.countdown.setMinimumWidth(self.countdown.fontMetrics().horizontalAdvance("00:00 "))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Time left in this step"))
        self.step_frame = QFrame(self)
        self.step_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.step_label = QLabel(self.step_frame)
        self.step_label.setWordWrap(True)
        self.step_label.setFont(title_font)
        self.how_label = QLabel(self.step_frame)
        self.how_label.setWordWrap(True)
        self.next_label = QLabel(self.step_frame)
        self.next_label.setWordWrap(True)
        self._frame_layout = frame_layout = QVBoxLayout(self.step_frame)
        frame_layout.addWidget(self.step_label)
        frame_layout.addWidget(self.how_label)
        frame_layout.addWidget(self.next_label)
        frame_layout.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Session progress"))

        self.back_button = QPushButton(self.tr("Back"), self)
        self.pause_button = QPushButton(self.tr("Start"), self)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.back_button.setToolTip(self.tr("The previous step (Left arrow)"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.skip_button.setToolTip(self.tr("The next step (Right arrow)"))
        self.back_button.clicked.connect(self.back)
        self.pause_button.clicked.connect(self.toggle)
        self.skip_button.clicked.connect(self.skip)
        self.stop_button.clicked.connect(self.stop)
        self.sound = QCheckBox(self.tr("Sound"), self)
        self.sound.setToolTip(self.tr("A short sound at each change of step"))
        self.sound.setChecked(True)

        # The step's words take the width; the controls sit under them, beside the progress.
        # The session's name is the dock's title.
        top = QHBoxLayout()
        top.addWidget(self.countdown)
        top.addWidget(self.step_frame, 1)
        controls = QHBoxLayout()
        controls.addWidget(self.progress, 1)
        for button in (self.back_button, self.pause_button, self.skip_button, self.stop_button):
            controls.addWidget(button)
        controls.addWidget(self.sound)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._show(self.runner.session.steps[0], 0)
        self._show_progress()

    # Intents: each asks the runner and shows what it did.

    def start(self) -> None:
        self._apply(self.runner.start())
        self._timer.start()

    def toggle(self) -> None:
        """Space: start, pause or resume."""
        state = self.runner.state
        if state == "ready":
            self.start()
        elif state == "running":
            self._apply(self.runner.pause())
        elif state == "paused":
            self._apply(self.runner.resume())

    def back(self) -> None:
        self._apply(self.runner.back())

    def skip(self) -> None:
        self._apply(self.runner.skip())

    def stop(self) -> None:
        if self.runner.state == "ready":
            self._finish()
        else:
            self._apply(self.runner.stop())

    # Keys: Space, Left and Right anywhere in the player, before its buttons take them.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event, watched)
        if watched is self.step_frame and event.type() == QEvent.Type.Resize:
            self._fit_height()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event, self):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent, watched: QObject) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        keys: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Left: self.back,
            Qt.Key.Key_Right: self.skip,
        }
        if watched is not self.sound:  # Space still ticks the Sound box
            keys[Qt.Key.Key_Space] = self.toggle
        action = keys.get(event.key())
        if action is None:
            return False
        action()
        return True

    # What is shown.

    def _apply(self, events: tuple[RunnerEvent, ...]) -> None:
        steps = self.runner.session.steps
        for event in events:
            if event.kind == "step-started":
                self._show(steps[event.step], event.step)
                self._cue()
                self._say(
                    self.tr("Step {0} of {1}: {2}. {3}").format(
                        event.step + 1,
                        len(steps),
                        step_place(self.chart, steps[event.step]),
                        duration_text(steps[event.step].seconds),
                    )
                )
            elif event.kind == "step-announced":
                text = self.tr("Next: {0}").format(step_place(self.chart, steps[event.step]))
                self.next_label.setText(text)
                self._fit_height()
                self._say(text)
            elif event.kind in ("paused", "slept"):
                self.pause_button.setText(self.tr("Resume"))
                self._say(
                    self.tr("Paused")
                    if event.kind == "paused"
                    else self.tr("Paused: the computer seemed to sleep")
                )
            elif event.kind == "resumed":
                self.pause_button.setText(self.tr("Pause"))
                self._say(self.tr("Resumed"))
        if self.runner.state == "running":
            self.pause_button.setText(self.tr("Pause"))
        self._show_progress()
        if self.runner.over:
            self._finish()

    def _show(self, step: Step, index: int) -> None:
        self.state.show_step(step)
        total = len(self.runner.session.steps)
        self.step_label.setText(
            self.tr("Step {0} of {1}: {2}").format(index + 1, total, step_place(self.chart, step))
        )
        self.how_label.setText(step_how(step))
        self.next_label.setText("")
        self._fit_height()

    def _fit_height(self) -> None:
        """Room for the step's words as they wrap: a dock does not ask its widget's height
        for its width."""
        if not self.step_frame.isVisible():
            return  # not laid out yet: its width means nothing
        width = self.step_frame.width()
        self.step_frame.setMinimumHeight(self._frame_layout.totalHeightForWidth(width))

    def _show_progress(self) -> None:
        progress = self.runner.progress()
        self.countdown.setText(duration_text(progress.step_remaining))
        self.progress.setValue(round(progress.fraction * 1000))
        text = self.tr("{0} of {1}").format(
            duration_text(progress.elapsed), duration_text(self.runner.session.seconds)
        )
        self.progress.setFormat(text)
        self.progress.setAccessibleDescription(text)

    def _cue(self) -> None:
        """A visual cue and, if chosen, a short sound at each change of step."""
        self.cues += 1
        if self.sound.isChecked():
            QApplication.beep()
        self.step_frame.setAutoFillBackground(True)
        palette = self.step_frame.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Highlight))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.HighlightedText)
        )
        self.step_frame.setPalette(palette)
        QTimer.singleShot(CUE_MS, self, self._end_cue)

    def _end_cue(self) -> None:
        self.step_frame.setPalette(QPalette())
        self.step_frame.setAutoFillBackground(False)

    def cue_shown(self) -> bool:
        return self.step_frame.autoFillBackground()

    def _say(self, text: str) -> None:
        accessibility.announce(self, text)

    def _finish(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        for button in (self.back_button, self.pause_button, self.skip_button, self.stop_button):
            button.setEnabled(False)
        self.state.show_step(None)
        view, sides = self._before
        self.state.show_view(view)
        self.state.show_sides(sides)
        self._say(
            self.tr("Session finished")
            if self.runner.state == "finished"
            else self.tr("Session stopped")
        )
        self.ended.emit()
