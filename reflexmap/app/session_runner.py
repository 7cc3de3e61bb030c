"""Run a session step by step: a state machine over an injected monotonic clock.

Time is read from the clock at every call, never counted in timer ticks, so a slow machine
or a hidden window keeps the right time: a late update moves through as many steps as the
clock says. A silence longer than ``max_gap`` while running is taken as the machine sleeping:
the runner credits nothing after the last update and pauses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from ..core.sessions import Session, SessionRun, Step, StepOutcome, StepStatus

Clock = Callable[[], float]
"""Monotonic seconds, such as time.monotonic."""
RunState = Literal["ready", "running", "paused", "finished", "stopped"]
EventKind = Literal[
    "step-started", "step-announced", "paused", "resumed", "slept", "finished", "stopped"
]


@dataclass(frozen=True)
class RunnerEvent:
    """Something that happened, for the window to show or announce once."""

    kind: EventKind
    step: int
    """The step it concerns: the one started, announced, or current."""


@dataclass(frozen=True)
class Progress:
    """Where a run stands, for the countdown and the progress bar."""

    state: RunState
    index: int
    step: Step
    step_elapsed: float
    step_remaining: float
    elapsed: float
    """Seconds spent on the session so far, pauses excluded."""
    remaining: float
    """Planned seconds still ahead: the rest of this step and every later one."""
    fraction: float
    """From 0 to 1: the share of the planned session behind."""
    upcoming: Step | None
    """The next step, once it has been announced."""


class SessionRunner:
    """One run of one session. Every intent returns the events it caused; an intent that
    does not apply in the current state (pause when paused) does nothing."""

    def __init__(
        self,
        session: Session,
        clock: Clock,
        *,
        announce_ahead: float = 5.0,
        max_gap: float = 120.0,
        wall: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        if not session.steps:
            raise ValueError("a session needs at least one step")
        self.session = session
        self.announce_ahead = announce_ahead
        self.max_gap = max_gap
        self._clock = clock
        self._wall = wall
        self.state: RunState = "ready"
        self.started: datetime | None = None
        self._index = 0
        self._in_step = 0.0  # seconds into the current visit of the step
        self._actual = [0.0] * len(session.steps)
        self._done: set[int] = set()
        self._skipped: set[int] = set()
        self._announced = -1
        self._mark = 0.0  # when the running time was last credited

    # Intents.

    def start(self) -> tuple[RunnerEvent, ...]:
        if self.state != "ready":
            return ()
        self.state = "running"
        self.started = self._wall()
        self._mark = self._clock()
        events = [RunnerEvent("step-started", 0)]
        self._announce(events)
        return tuple(events)

    def update(self) -> tuple[RunnerEvent, ...]:
        """Bring the run up to the clock; call it a few times a second while running."""
        return tuple(self._sync())

    def pause(self) -> tuple[RunnerEvent, ...]:
        events = self._sync()
        if self.state == "running":
            self.state = "paused"
            events.append(RunnerEvent("paused", self._index))
        return tuple(events)

    def resume(self) -> tuple[RunnerEvent, ...]:
        if self.state != "paused":
            return ()
        self.state = "running"
        self._mark = self._clock()
        return (RunnerEvent("resumed", self._index),)

    def skip(self) -> tuple[RunnerEvent, ...]:
        """Leave the current step before its time is up, for the next one."""
        events = self._sync()
        if self.state in ("running", "paused"):
            if self._index not in self._done:
                self._skipped.add(self._index)
            self._go(self._index + 1, events)
        return tuple(events)

    def back(self) -> tuple[RunnerEvent, ...]:
        """Go back to the start of the previous step (of the first, from the first)."""
        events = self._sync()
        if self.state in ("running", "paused"):
            self._go(max(self._index - 1, 0), events)
        return tuple(events)

    def stop(self) -> tuple[RunnerEvent, ...]:
        events = self._sync()
        if self.state in ("running", "paused"):
            self.state = "stopped"
            events.append(RunnerEvent("stopped", self._index))
        return tuple(events)

    # What the window shows.

    @property
    def over(self) -> bool:
        return self.state in ("finished", "stopped")

    def progress(self) -> Progress:
        steps = self.session.steps
        index = min(self._index, len(steps) - 1)
        step = steps[index]
        if self.over:
            step_remaining = remaining = 0.0
        else:
            step_remaining = max(step.seconds - self._in_step, 0.0)
            remaining = step_remaining + sum(s.seconds for s in steps[index + 1 :])
        total = self.session.seconds
        return Progress(
            state=self.state,
            index=index,
            step=step,
            step_elapsed=self._in_step,
            step_remaining=step_remaining,
            elapsed=sum(self._actual),
            remaining=remaining,
            fraction=1 - remaining / total,
            upcoming=steps[index + 1] if self._announced == index + 1 else None,
        )

    def outcome(self, note: str = "", rating: int | None = None) -> SessionRun:
        """What was done, for the journal: planned and actual time and the status per step."""
        steps = tuple(
            StepOutcome(
                zone=step.zone,
                view=step.view,
                side=step.side,
                technique=step.technique,
                planned=step.seconds,
                actual=round(self._actual[i], 1),
                status=self._status(i),
            )
            for i, step in enumerate(self.session.steps)
        )
        return SessionRun(
            session_id=self.session.id,
            session_name=self.session.name,
            started=self.started or self._wall(),
            steps=steps,
            note=note,
            rating=rating,
        )

    # Inside.

    def _status(self, index: int) -> StepStatus:
        if index in self._done:
            return "done"
        if index in self._skipped or self._actual[index] > 0:
            return "skipped"
        return "not-reached"

    def _sync(self) -> list[RunnerEvent]:
        events: list[RunnerEvent] = []
        if self.state != "running":
            return events
        now = self._clock()
        slept = now - self._mark > self.max_gap
        credit = 0.0 if slept else max(now - self._mark, 0.0)
        self._mark = now
        steps = self.session.steps
        while credit > 0 and self.state == "running":
            taken = min(credit, steps[self._index].seconds - self._in_step)
            self._in_step += taken
            self._actual[self._index] += taken
            credit -= taken
            if self._in_step >= steps[self._index].seconds:
                self._done.add(self._index)
                self._go(self._index + 1, events)
        if self.state == "running":
            self._announce(events)
            if slept:
                self.state = "paused"
                events.append(RunnerEvent("slept", self._index))
        return events

    def _go(self, index: int, events: list[RunnerEvent]) -> None:
        self._in_step = 0.0
        if index >= len(self.session.steps):
            self.state = "finished"
            events.append(RunnerEvent("finished", self._index))
            return
        self._index = index
        self._announced = -1
        events.append(RunnerEvent("step-started", index))
        self._announce(events)

    def _announce(self, events: list[RunnerEvent]) -> None:
        following = self._index + 1
        left = self.session.steps[self._index].seconds - self._in_step
        if (
            self.state == "running"
            and following < len(self.session.steps)
            and self._announced != following
            and left <= self.announce_ahead
        ):
            self._announced = following
            events.append(RunnerEvent("step-announced", following))
