"""The session runner as a state machine over a clock the test moves by hand."""

from datetime import UTC, datetime

import pytest

from reflexmap.app.session_runner import RunnerEvent, SessionRunner
from reflexmap.core.sessions import Session, Step


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def session(*seconds: int) -> Session:
    steps = tuple(
        Step(f"zone-{i}", "plantar", "left", "stroking", "M", "light", s)
        for i, s in enumerate(seconds)
    )
    return Session("s", "S", "A claim.", "Source", steps)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def runner(clock: Clock, *seconds: int, **options: float) -> SessionRunner:
    start = datetime(2025, 3, 1, 20, 0, tzinfo=UTC)
    return SessionRunner(session(*seconds), clock, wall=lambda: start, **options)


def kinds(events: tuple[RunnerEvent, ...]) -> list[tuple[str, int]]:
    return [(e.kind, e.step) for e in events]


def test_steps_follow_the_clock_with_the_next_announced_ahead(clock: Clock) -> None:
    run = runner(clock, 60, 30, 20)
    assert kinds(run.start()) == [("step-started", 0)]
    clock.advance(54)
    assert run.update() == ()
    assert run.progress().step_remaining == 6
    assert run.progress().upcoming is None
    clock.advance(1)
    assert kinds(run.update()) == [("step-announced", 1)]
    assert run.progress().upcoming == run.session.steps[1]
    assert run.update() == ()  # announced once
    clock.advance(5)
    assert kinds(run.update()) == [("step-started", 1)]
    progress = run.progress()
    assert (progress.index, progress.step_remaining, progress.elapsed) == (1, 30, 60)
    assert (progress.remaining, progress.fraction) == (50, 60 / 110)


def test_a_late_update_moves_through_every_step_the_clock_passed(clock: Clock) -> None:
    """A slow machine or a hidden window: no ticks for a while, yet the time is right."""
    run = runner(clock, 10, 10, 10, 10)
    run.start()
    clock.advance(25)
    assert [e for e in kinds(run.update()) if e[0] == "step-started"] == [
        ("step-started", 1),
        ("step-started", 2),
    ]
    assert run.progress().step_elapsed == 5
    assert run.progress().elapsed == 25
    clock.advance(100)
    assert kinds(run.update())[-1] == ("finished", 3)
    assert run.state == "finished"
    assert run.outcome().actual == 40


def test_pause_and_resume_stop_the_countdown(clock: Clock) -> None:
    run = runner(clock, 60, 60)
    run.start()
    clock.advance(10)
    assert kinds(run.pause()) == [("paused", 0)]
    clock.advance(500)
    assert run.update() == ()
    assert run.pause() == ()  # already paused: nothing happens
    assert run.progress().step_remaining == 50
    assert kinds(run.resume()) == [("resumed", 0)]
    clock.advance(20)
    run.update()
    assert run.progress().step_remaining == 30
    assert run.progress().elapsed == 30


def test_skip_and_back_move_between_steps_and_are_recorded(clock: Clock) -> None:
    run = runner(clock, 60, 30, 20)
    run.start()
    clock.advance(10)
    assert kinds(run.skip()) == [("step-started", 1)]
    clock.advance(5)
    assert kinds(run.back()) == [("step-started", 0)]
    assert run.progress().step_remaining == 60  # the step starts again
    clock.advance(60)
    run.update()
    clock.advance(30)
    run.update()
    run.skip()
    assert run.state == "finished"
    outcome = run.outcome(note="Warm feet.", rating=4)
    assert [(s.planned, s.actual, s.status) for s in outcome.steps] == [
        (60, 70, "done"),
        (30, 35, "done"),
        (20, 0, "skipped"),
    ]
    assert (outcome.planned, outcome.actual, outcome.skipped) == (110, 105, 1)
    assert (outcome.note, outcome.rating) == ("Warm feet.", 4)


def test_back_on_the_first_step_restarts_it(clock: Clock) -> None:
    run = runner(clock, 60, 30)
    run.start()
    clock.advance(20)
    assert kinds(run.back()) == [("step-started", 0)]
    assert run.progress().step_elapsed == 0
    assert run.progress().elapsed == 20


def test_stop_ends_the_run_and_keeps_what_was_done(clock: Clock) -> None:
    run = runner(clock, 10, 20, 10)
    run.start()
    clock.advance(15)
    assert kinds(run.stop()) == [("step-started", 1), ("stopped", 1)]
    assert run.over
    assert run.progress().remaining == 0
    assert [s.status for s in run.outcome().steps] == ["done", "skipped", "not-reached"]
    assert run.start() == run.resume() == run.skip() == run.back() == ()


def test_a_clock_jump_from_sleep_pauses_without_crediting_the_sleep(clock: Clock) -> None:
    run = runner(clock, 60, 60, max_gap=120)
    run.start()
    clock.advance(1)
    run.update()
    clock.advance(3600)  # the lid was closed
    assert kinds(run.update()) == [("slept", 0)]
    assert run.state == "paused"
    assert run.progress().elapsed == 1
    run.resume()
    clock.advance(59)  # past the announcement too: a step ahead is not announced late
    assert kinds(run.update()) == [("step-started", 1)]


def test_a_clock_that_goes_back_credits_nothing(clock: Clock) -> None:
    run = runner(clock, 60)
    run.start()
    clock.advance(-30)
    assert run.update() == ()
    assert run.progress().elapsed == 0


def test_steps_shorter_than_the_announcement_are_announced_at_once(clock: Clock) -> None:
    run = runner(clock, 3, 3, 3)
    assert kinds(run.start()) == [("step-started", 0), ("step-announced", 1)]
    clock.advance(3)
    assert kinds(run.update()) == [("step-started", 1), ("step-announced", 2)]


def test_totals_before_starting(clock: Clock) -> None:
    run = runner(clock, 60, 30)
    progress = run.progress()
    assert (progress.state, progress.remaining, progress.fraction) == ("ready", 90, 0)
    assert run.session.minutes == 1.5
    assert run.update() == run.pause() == run.skip() == ()
