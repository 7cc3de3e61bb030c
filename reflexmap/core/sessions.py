"""Guided massage sessions: their steps, the rules for editing them, what a run did, and the
contraindications checklist. Plain records and pure functions; no files, no clock."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Literal

from .model import Chart, Side, View

Pressure = Literal["light", "medium", "firm"]
PRESSURES: tuple[Pressure, ...] = ("light", "medium", "firm")
Toward = Literal["toes", "heel", "ankle", "knee", "little-toe", "big-toe"]
TOWARD: tuple[Toward, ...] = ("toes", "heel", "ankle", "knee", "little-toe", "big-toe")
"""Where a step's strokes go, for an arrow on the map; the sole and the top of the foot alike
read "toes" as toward the toe tips and "ankle"/"knee" as up the leg."""

MIN_STEP_SECONDS = 1
MAX_STEP_SECONDS = 3600
"""A step is a movement on one part of one foot: an hour is far beyond any the source gives."""
MAX_STEPS = 200

CHECKLIST_VALID_FOR = timedelta(days=1)
"""How long a confirmed contraindications checklist is remembered."""


@dataclass(frozen=True)
class Step:
    """One timed movement on one zone or area of one foot, seen in one view of the map."""

    zone: str
    """A zone or massage area of the chart."""
    view: View
    side: Side
    technique: str
    """The chart's technique the movement draws on."""
    movement: str
    pressure: Pressure
    seconds: int
    toward: Toward | None = None
    """The direction of the strokes, where the source gives one."""
    line: int | None = field(default=None, compare=False)
    """Where the step starts in its file, for messages."""


@dataclass(frozen=True)
class Session:
    """A sequence of steps, with what the tradition claims it is for."""

    id: str
    name: str
    claim: str
    """What the tradition or the source claims for the session, worded as a claim."""
    source: str
    """The section of the source the session follows, or how it was made."""
    steps: tuple[Step, ...]
    before: str = ""
    """Preparation that is not timed, such as a foot bath."""
    note: str = ""

    @property
    def seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    @property
    def minutes(self) -> float:
        return round(self.seconds / 60, 1)


@dataclass(frozen=True)
class Place:
    """Where a zone or area can be worked: its feet and the views it is drawn on."""

    sides: tuple[Side, ...]
    views: tuple[View, ...]


def places_of(chart: Chart) -> dict[str, Place]:
    """Each zone and area of a chart, on the views the chart draws."""
    return {
        zone.id: Place(zone.sides, tuple(v for v in zone.views if v in chart.views))
        for zone in chart.zones
    }


Fault = tuple[str, dict[str, str | int]]
"""A problem code with its arguments, before it is placed in a file."""


def step_faults(step: Step, places: Mapping[str, Place], techniques: frozenset[str]) -> list[Fault]:
    """What makes a step impossible on a chart: a zone it lacks, or one not on the step's
    view or foot, or a technique it does not describe."""
    faults: list[Fault] = []
    place = places.get(step.zone)
    if place is None:
        faults.append(("session.unknown-zone", {"zone": step.zone}))
    else:
        if step.view not in place.views:
            views = ", ".join(place.views)
            faults.append(
                ("session.wrong-view", {"zone": step.zone, "view": step.view, "views": views})
            )
        if step.side not in place.sides:
            faults.append(("session.wrong-side", {"zone": step.zone, "side": step.side}))
    if step.technique not in techniques:
        faults.append(("session.unknown-technique", {"value": step.technique}))
    return faults


def step_fault(step: Step) -> str | None:
    """Why a step cannot be run, or None."""
    if not MIN_STEP_SECONDS <= step.seconds <= MAX_STEP_SECONDS:
        return f"a step lasts {MIN_STEP_SECONDS} to {MAX_STEP_SECONDS} seconds, not {step.seconds}"
    return None


_LEFT_FOOT_DIRECTIONS: dict[tuple[View, Toward], tuple[float, float]] = {
    **{(view, "toes"): (0.0, -1.0) for view in ("plantar", "dorsal")},
    **{(view, t): (0.0, 1.0) for view in ("plantar", "dorsal") for t in ("heel", "ankle", "knee")},
    **{(view, "big-toe"): (1.0, 0.0) for view in ("plantar", "dorsal")},
    **{(view, "little-toe"): (-1.0, 0.0) for view in ("plantar", "dorsal")},
    **{("medial", t): (1.0, 0.0) for t in ("toes", "big-toe", "little-toe")},
    ("medial", "heel"): (-1.0, 0.0),
    **{("lateral", t): (-1.0, 0.0) for t in ("toes", "big-toe", "little-toe")},
    ("lateral", "heel"): (1.0, 0.0),
    **{(view, t): (0.0, -1.0) for view in ("medial", "lateral") for t in ("ankle", "knee")},
}


def stroke_direction(step: Step) -> tuple[float, float] | None:
    """Which way the step's strokes go in the drawing (a unit vector, y down), or None.

    Drawings follow one layout: toes up on the sole and the top of the foot with the big
    toes toward the middle, toes toward the middle on the inner side and outward on the outer
    side, the leg up on the sides; the right foot is the left one mirrored.
    """
    if step.toward is None:
        return None
    x, y = _LEFT_FOOT_DIRECTIONS[step.view, step.toward]
    return (-x if step.side == "right" else x, y)


# Editing one's own sessions: each function returns a new session, or raises ValueError.


def with_seconds(session: Session, index: int, seconds: int) -> Session:
    steps = list(session.steps)
    steps[_index(steps, index)] = replace(steps[index], seconds=seconds)
    return _with_steps(session, tuple(steps))


def moved(session: Session, index: int, to: int) -> Session:
    steps = list(session.steps)
    step = steps.pop(_index(steps, index))
    steps.insert(max(0, min(to, len(steps))), step)
    return _with_steps(session, tuple(steps))


def added(session: Session, step: Step, at: int | None = None) -> Session:
    steps = list(session.steps)
    steps.insert(len(steps) if at is None else max(0, min(at, len(steps))), step)
    return _with_steps(session, tuple(steps))


def removed(session: Session, index: int) -> Session:
    steps = list(session.steps)
    del steps[_index(steps, index)]
    return _with_steps(session, tuple(steps))


def named(session: Session, session_id: str, name: str) -> Session:
    """A copy saved under the user's own name."""
    if not name.strip():
        raise ValueError("a session needs a name")
    return replace(session, id=session_id, name=" ".join(name.split()))


def own_session_id(name: str, taken: Collection[str]) -> str:
    """An id for a session of the user's own, from its name: "my-" and the name's letters
    and digits without accents, numbered if already taken."""
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain)
    if words[:1] == ["my"]:
        words = words[1:]
    base = "-".join(["my", *(words or ["session"])])[:60].rstrip("-")
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _index(steps: list[Step], index: int) -> int:
    if not 0 <= index < len(steps):
        raise ValueError(f"no step {index + 1}")
    return index


def _with_steps(session: Session, steps: tuple[Step, ...]) -> Session:
    if not steps:
        raise ValueError("a session needs at least one step")
    if len(steps) > MAX_STEPS:
        raise ValueError(f"a session has at most {MAX_STEPS} steps")
    for step in steps:
        fault = step_fault(step)
        if fault:
            raise ValueError(fault)
    return replace(session, steps=steps)


# What a run did.

StepStatus = Literal["done", "skipped", "not-reached"]


@dataclass(frozen=True)
class StepOutcome:
    """One step of a run: planned and actual time, and whether it was skipped."""

    zone: str
    view: View
    side: Side
    technique: str
    planned: int
    """Seconds."""
    actual: float
    """Seconds spent on the step, all visits counted."""
    status: StepStatus


@dataclass(frozen=True)
class SessionRun:
    """A session as it was run, for the journal."""

    session_id: str
    session_name: str
    started: datetime
    """Local time, with its offset."""
    steps: tuple[StepOutcome, ...]
    note: str = ""
    rating: int | None = None
    """1 to 5, as the user gives it; None when not given."""

    @property
    def planned(self) -> int:
        return sum(step.planned for step in self.steps)

    @property
    def actual(self) -> float:
        return sum(step.actual for step in self.steps)

    @property
    def skipped(self) -> int:
        return sum(step.status == "skipped" for step in self.steps)


# The contraindications checklist, shown before a session.


def checklist_needed(confirmed: datetime | None, now: datetime) -> bool:
    """Whether to show the checklist: always for someone who never confirmed it, else once a
    day (a clock set back counts as expired)."""
    return confirmed is None or not timedelta(0) <= now - confirmed < CHECKLIST_VALID_FOR


@dataclass(frozen=True)
class Verdict:
    """Whether a session may start after the checklist, and if not, why."""

    reasons: tuple[str, ...]

    @property
    def may_start(self) -> bool:
        return not self.reasons


def checklist_verdict(contraindications: tuple[str, ...], ticked: frozenset[str]) -> Verdict:
    """Any ticked contraindication stops the session; each is named in the reason."""
    unknown = ticked - set(contraindications)
    if unknown:
        raise ValueError(f"not on the checklist: {', '.join(sorted(unknown))}")
    return Verdict(
        tuple(
            f"You ticked: {item}. The source advises against foot massage with it; "
            "ask a doctor first."
            for item in contraindications
            if item in ticked
        )
    )
