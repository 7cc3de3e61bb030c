"""Guided sessions in the window: the checklist, the player on a fast clock, the map lighting
each step, the summary and the journal."""

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reflexmap.core.journal import Journal
from reflexmap.core.model import Chart, Region
from reflexmap.core.palette import SELECTION_COLOUR
from reflexmap.core.sessions import Session, Step
from reflexmap.core.sessions_file import read_sessions_file
from reflexmap.render.session_card import ARROW_COLOUR
from reflexmap.resources import bundled_sessions_file
from reflexmap.ui import accessibility
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.session_controller import SessionController
from reflexmap.ui.session_player import SessionPlayer

from .reading import reading_order


class FakeClock:
    """A monotonic clock moved by the test: the player must take its time from here."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def controller(controller: SessionController, clock: FakeClock) -> SessionController:
    """The window's sessions, timed by the test's clock."""
    controller.clock = clock
    return controller


@pytest.fixture
def said() -> Iterator[list[str]]:
    heard: list[str] = []

    def hear(event: QAccessibleEvent) -> None:
        heard.append(event.message())  # type: ignore[attr-defined]

    accessibility.add_announcement_handler(hear)
    yield heard
    accessibility.remove_announcement_handler(hear)


def bundled(session_id: str) -> Session:
    return next(s for s in read_sessions_file(bundled_sessions_file()) if s.id == session_id)


def confirm_checklist(qtbot: QtBot, controller: SessionController) -> None:
    dialog = controller.checklist
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)


def started(qtbot: QtBot, controller: SessionController, session_id: str) -> SessionPlayer:
    """The player of a bundled session, started through its checklist."""
    controller.request_start(bundled(session_id))
    confirm_checklist(qtbot, controller)
    player = controller.player
    assert player is not None
    return player


def check_map_shows(window: MainWindow, step: Step) -> None:
    """The step's view and foot are shown, and the step's area is lit on that foot only."""
    state, view = window.state, window.map_view
    assert (state.view, state.sides) == (step.view, (step.side,))
    lit = view.step_items()
    assert lit, step
    assert {(i.region.zone_id, i.region.side, i.region.view) for i in lit} == {
        (step.zone, step.side, step.view)
    }
    for item in lit:
        assert item.brush().color().alpha() == 230
        assert item.shown
    # No other region keeps the look of an earlier step.
    others = [i for i in view.region_items() if i not in lit]
    assert [i.region.id for i in others if i.brush().color().alpha() == 230] == []


def test_a_session_runs_on_the_clock_and_lands_in_the_journal(
    qtbot: QtBot,
    window: MainWindow,
    controller: SessionController,
    clock: FakeClock,
    journal_path: Path,
    said: list[str],
) -> None:
    session = bundled("classic")
    controller.request_start(session)
    confirm_checklist(qtbot, controller)
    player = controller.player
    assert isinstance(player, SessionPlayer)
    skipped = 4
    for index, step in enumerate(session.steps):
        qtbot.waitUntil(lambda: player.runner.progress().index == index)  # noqa: B023
        check_map_shows(window, step)
        assert player.step_label.text().startswith(f"Step {index + 1} of {len(session.steps)}")
        assert player.cues == index + 1
        if index == skipped:
            clock.now += 10
            qtbot.waitUntil(lambda: player.countdown.text() == "1:05")  # 1:15 less 10 s
            qtbot.keyClick(player, Qt.Key.Key_Right)
            assert player.cue_shown()  # at once, before the cue's timer can end it
            continue
        clock.now += step.seconds - 3
        qtbot.waitUntil(lambda: player.countdown.text() == "0:03")
        if index < len(session.steps) - 1:
            following = session.steps[index + 1]
            assert player.next_label.text().startswith("Next: ")
            assert window.state.chart.zone(following.zone).name in player.next_label.text()
        clock.now += 3
    qtbot.waitUntil(lambda: controller.summary is not None and controller.summary.isVisible())
    # The map is back to both feet, with no step lit.
    assert window.state.step is None
    assert window.state.sides == ("left", "right")
    assert any(text.startswith("Step 2 of 14") for text in said)
    assert any(text.startswith("Next: ") for text in said)
    assert "Session finished" in said

    summary = controller.summary
    assert summary is not None
    total = session.seconds
    planned_text = f"{total // 60}:{total % 60:02d}"
    done_seconds = total - session.steps[skipped].seconds + 10
    assert summary.headline.text() == (
        f"Planned {planned_text}, done {done_seconds // 60}:{done_seconds % 60:02d}. "
        f"Steps done: 13 of 14. Skipped: 1."
    )
    table = summary.table
    assert table.rowCount() == 14
    cells = [[table.item(r, c).text() for c in range(4)] for r in range(14)]  # type: ignore[union-attr]
    assert cells[skipped][2:] == ["0:10", "skipped"]
    assert cells[0][1:] == ["0:30", "0:30", "done"]
    assert all(row[3] == "done" for number, row in enumerate(cells) if number != skipped)
    summary.note.setPlainText("Warm feet")
    summary.rating.setCurrentIndex(summary.rating.findData(4))
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)

    with Journal.open(journal_path, read_only=True) as journal:
        [entry] = journal.entries()
        assert journal.checklist_confirmed() is not None
    run = entry.run
    assert (run.session_id, run.note, run.rating, run.skipped) == ("classic", "Warm feet", 4, 1)
    assert run.planned == total
    assert run.actual == pytest.approx(done_seconds)
    assert controller.player is None


def test_pause_stops_the_clock_and_space_resumes(
    qtbot: QtBot, window: MainWindow, controller: SessionController, clock: FakeClock
) -> None:
    player = started(qtbot, controller, "toe-work")
    first = player.runner.session.steps[0]
    qtbot.keyClick(player.skip_button, Qt.Key.Key_Space)  # Space pauses, whichever button
    assert player.runner.state == "paused"
    assert player.pause_button.text() == "Resume"
    clock.now += 500
    qtbot.wait(300)
    assert player.runner.progress().index == 0
    assert player.countdown.text() == f"{first.seconds // 60}:{first.seconds % 60:02d}"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.pause_button.text() == "Pause"
    qtbot.keyClick(player.back_button, Qt.Key.Key_Right)
    assert player.runner.progress().index == 1
    qtbot.keyClick(player, Qt.Key.Key_Left)
    assert player.runner.progress().index == 0
    qtbot.mouseClick(player.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.summary is not None and controller.summary.isVisible())
    summary = controller.summary
    assert summary is not None
    assert summary.windowTitle() == "Session stopped"
    # The first step was current when stopped; the second was left by Right.
    assert summary.headline.text() == (
        "Planned 9:20, done 0:00. Steps done: 0 of 12. Skipped: 1; not reached: 11."
    )


def blue_share(window: MainWindow, region: Region) -> float:
    """The share of points inside the region, on screen, in the selection's colour."""
    view = window.map_view
    image = view.viewport().grab().toImage()
    left, top, right, bottom = region.bounds
    points = [
        (left + (right - left) * i / 12, top + (bottom - top) * j / 12)
        for i in range(1, 12)
        for j in range(1, 12)
    ]
    inside = [p for p in points if region.contains(*p)]
    hue = QColor(SELECTION_COLOUR).hue()
    blue = 0
    for point in inside:
        spot = view.mapFromScene(QPointF(*point)) * image.devicePixelRatio()
        colour = image.pixelColor(spot)
        blue += abs(colour.hue() - hue) < 20 and colour.saturation() > 60
    return blue / len(inside)


def test_the_step_area_is_lit_on_screen(
    qtbot: QtBot, window: MainWindow, controller: SessionController, chart: Chart
) -> None:
    session = bundled("ankle-achilles")
    step = session.steps[0]
    region = next(r for r in chart.regions_of(step.zone, step.view) if r.side == step.side)
    window.state.show_view(step.view)
    assert blue_share(window, region) < 0.1
    controller.request_start(session)
    confirm_checklist(qtbot, controller)
    qtbot.waitUntil(lambda: blue_share(window, region) > 0.5)
    # The strokes go up the tendon: the arrow's dark head lies near the region's top, its
    # shaft below, on the lit area.
    view = window.map_view
    image = view.viewport().grab().toImage()
    left, top, right, bottom = region.bounds
    # Wide enough for an arrow beside a narrow area.
    box = view.mapFromScene(QRectF(left, top, right - left, bottom - top)).boundingRect()
    box.adjust(-60, 0, 60, 0)
    dark_rows = [
        y
        for y in range(box.top() - 20, box.bottom() + 20)
        if any(image.pixelColor(x, y) == ARROW_COLOUR for x in range(box.left(), box.right() + 1))
    ]
    assert dark_rows
    assert min(dark_rows) < box.center().y() < max(dark_rows)
    widest = max(
        dark_rows,
        key=lambda y: sum(
            image.pixelColor(x, y) == ARROW_COLOUR for x in range(box.left(), box.right() + 1)
        ),
    )
    assert widest < box.center().y()  # the head, toward the knee: up


def test_a_ticked_contraindication_stops_the_session(
    qtbot: QtBot, window: MainWindow, controller: SessionController
) -> None:
    controller.request_start(bundled("classic"))
    dialog = controller.checklist
    assert dialog is not None
    box = next(b for b in dialog.boxes if b.text() == "pregnancy")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert controller.player is None
    message = controller.message
    assert message is not None
    assert message.isVisible()
    assert message.windowTitle() == "The session was not started"
    assert "You ticked: pregnancy" in message.text()
    # Nothing is remembered: the checklist comes again next time.
    controller.request_start(bundled("classic"))
    assert controller.checklist is not dialog
    assert controller.checklist is not None
    assert controller.checklist.isVisible()


def test_the_checklist_is_remembered_for_a_day(
    qtbot: QtBot, window: MainWindow, controller: SessionController
) -> None:
    moment = datetime(2026, 3, 1, 9, 0).astimezone()
    controller.now = lambda: moment
    controller.request_start(bundled("toe-work"))
    first = controller.checklist
    confirm_checklist(qtbot, controller)
    assert controller.player is not None
    controller.player.stop()
    qtbot.waitUntil(lambda: controller.summary is not None)
    controller.summary.reject()  # type: ignore[union-attr]
    assert controller.player is None

    moment += timedelta(hours=23)
    controller.request_start(bundled("toe-work"))
    assert controller.checklist is first
    assert controller.player is not None
    controller.player.stop()
    controller.summary.reject()

    moment += timedelta(hours=2)
    controller.request_start(bundled("toe-work"))
    assert controller.checklist is not first
    assert controller.player is None


def test_a_session_for_a_search_and_none_for_a_warning_sign(
    qtbot: QtBot, window: MainWindow, controller: SessionController
) -> None:
    window.state.search("headache and can't sleep")
    box = controller.offer_for_search()
    session = controller.offer_session
    assert session is not None
    assert box.isVisible()
    assert f"{len(session.steps)} steps" in box.text()
    minutes = f"{session.seconds // 60}:{session.seconds % 60:02d}"
    assert minutes in box.text()
    zones = {step.zone for step in session.steps}
    assert {"toe-tips", "arch"} <= zones
    start = next(b for b in box.buttons() if b.text() == "Start...")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    confirm_checklist(qtbot, controller)
    assert controller.player is not None
    assert controller.player.runner.session == session
    controller.player.stop()
    assert controller.summary is not None
    controller.summary.reject()

    window.state.search("chest pain")
    refusal = controller.offer_for_search()
    assert refusal.icon() == QMessageBox.Icon.Warning
    assert refusal.text() == window.state.result.notice  # type: ignore[union-attr]
    assert controller.message is refusal
    assert refusal.buttons() == [refusal.button(QMessageBox.StandardButton.Ok)]  # no Start
    assert controller.player is None


def test_the_sessions_dialog_lists_each_session_with_its_steps(
    window: MainWindow, controller: SessionController
) -> None:
    window.action("sessions").trigger()
    dialog = controller.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.list.count() == 7
    dialog.select("classic")
    text = dialog.details.toPlainText()
    assert "Total time: 17:00 (14 steps)" in text
    assert "Traditional claim:" in text
    assert "Top of the foot: left foot, the top of the foot" in text
    assert "Top of the foot: right foot, the top of the foot" in text
    assert "light pressure, toward the ankle" in text
    assert QAccessible.queryAccessibleInterface(dialog.list) is not None
    # The session's name is a heading, its page the text under it.
    session = dialog.current()
    assert session is not None
    order = reading_order(dialog.details)
    assert order[0] == ("heading", session.name, 2)
    assert [kind for kind, _, _ in order] == ["heading", "text"]
    assert order[1][1].startswith("Total time: 17:00 (14 steps)")


def test_the_player_reads_out_to_assistive_technology(
    qtbot: QtBot, window: MainWindow, controller: SessionController, clock: FakeClock
) -> None:
    player = started(qtbot, controller, "toe-work")
    clock.now += 65
    qtbot.waitUntil(lambda: player.runner.progress().index == 1)

    def read(widget: QWidget, text: QAccessible.Text) -> str:
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        return interface.text(text)

    assert read(player, QAccessible.Text.Name) == "Session player: Toe work"
    assert read(player.countdown, QAccessible.Text.Name) == "Time left in this step"
    assert read(player.progress, QAccessible.Text.Name) == "Session progress"
    assert read(player.progress, QAccessible.Text.Description) == "1:05 of 9:20"
    names = [read(b, QAccessible.Text.Name) for b in player.findChildren(QPushButton)]
    assert names == ["Back", "Pause", "Skip", "Stop"]
    assert read(player.step_label, QAccessible.Text.Name).startswith("Step 2 of 12: ")


def test_another_chart_stops_a_session_that_does_not_fit_it(
    qtbot: QtBot, window: MainWindow, controller: SessionController, chart: Chart
) -> None:
    from reflexmap.app.catalogue import ChartSource

    player = started(qtbot, controller, "classic")
    assert window.open_chart(ChartSource.of_bundled("western"))
    assert player.runner.state == "stopped"
    summary = controller.summary
    assert summary is not None
    assert summary.isVisible()
    # The summary names the steps as the chart the session ran on does.
    assert summary.table.item(0, 0).text() == "1. Top of the foot: left foot, the top of the foot"  # type: ignore[union-attr]
    assert window.state.step is None


@pytest.mark.parametrize("answer", ["Save", "Discard", "Cancel"])
def test_closing_the_window_mid_session_asks_whether_to_keep_it(
    qtbot: QtBot,
    window: MainWindow,
    controller: SessionController,
    clock: FakeClock,
    journal_path: Path,
    answer: str,
) -> None:
    controller.request_start(bundled("toe-work"))
    confirm_checklist(qtbot, controller)
    clock.now += 10  # into the first step, of 20 s
    qtbot.waitUntil(
        lambda: controller.player is not None and controller.player.countdown.text() == "0:10"
    )
    assert not window.close()
    assert window.isVisible()
    box = controller.message
    assert box is not None
    assert box.windowTitle() == "A session is running"
    player = controller.player
    assert player is not None
    assert player.runner.state == "paused"
    button = box.button(getattr(QMessageBox.StandardButton, answer))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if answer == "Cancel":
        assert window.isVisible()
        assert controller.player is player
        return
    assert not window.isVisible()
    assert controller.player is None
    assert controller.summary is None  # closing shows no summary
    if answer == "Save":
        with Journal.open(journal_path, read_only=True) as journal:
            [entry] = journal.entries()
        assert entry.run.actual == pytest.approx(10)
    else:
        with Journal.open(journal_path, read_only=True) as journal:  # made by the checklist
            assert journal.entries() == []


def test_the_sound_choice_is_remembered(
    qtbot: QtBot, window: MainWindow, controller: SessionController
) -> None:
    player = started(qtbot, controller, "toe-work")
    assert player.sound.isChecked()  # on for a new user
    qtbot.mouseClick(player.sound, Qt.MouseButton.LeftButton)
    assert window.remembered().session_sound is False
    player.stop()
    assert controller.summary is not None
    controller.summary.reject()  # Don't Save
    controller.request_start(bundled("toe-work"))  # the checklist was confirmed today
    assert controller.player is not None
    assert controller.player is not player
    assert not controller.player.sound.isChecked()  # the next session keeps the choice
