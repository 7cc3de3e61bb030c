"""Read and write sessions files (YAML): the bundled sessions and the user's own, exported
and imported. Read as strictly as a zones file, every problem reported with its place."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from .errors import ChartError, Problem
from .loader import read_file
from .model import SIDES, VIEWS, Chart, Side, View
from .sessions import (
    MAX_STEP_SECONDS,
    MAX_STEPS,
    MIN_STEP_SECONDS,
    PRESSURES,
    TOWARD,
    Place,
    Pressure,
    Session,
    Step,
    Toward,
    places_of,
    step_faults,
)
from .zones_file import MAX_BYTES, Reader, compose

T = TypeVar("T", bound=str)

_INT_TAG = "tag:yaml.org,2002:int"
_DIGITS = re.compile(r"[0-9]{1,9}")
_STEP_KEYS = ("zone", "view", "technique", "movement", "pressure", "seconds")
_EACH_FOOT = "each_foot"


def load_sessions(text: str | bytes, source_name: str) -> tuple[Session, ...]:
    """Parse a sessions file; raise ChartError listing every problem found."""
    try:
        root = compose(text, source_name)
    except ChartError as error:
        if error.problems[0].code == "yaml.empty":
            raise ChartError([Problem(source_name, "session.empty")]) from None
        raise
    reader = _SessionsReader(source_name)
    sessions = reader.sessions(root)
    if reader.problems:
        raise ChartError(reader.problems)
    return sessions


def read_sessions_file(path: Path, language: str | None = None) -> tuple[Session, ...]:
    """Read and parse a sessions file; an unreadable file is a ChartError too. With
    ``language``, the texts of its translation beside it, if it has one; a text the
    translation lacks is the English one, marked."""
    sessions = load_sessions(read_file(path, MAX_BYTES), str(path))
    from .chart_translation import in_language, translate_sessions

    return in_language(sessions, path, language, translate_sessions)


def check_sessions(
    sessions: Iterable[Session],
    places: Mapping[str, Place],
    techniques: frozenset[str],
    source_name: str,
) -> list[Problem]:
    """Every step's zone or area exists in the chart, on its view and its foot."""
    return [
        Problem(source_name, code, args, step.line)
        for session in sessions
        for step in session.steps
        for code, args in step_faults(step, places, techniques)
    ]


def check_on_chart(sessions: Iterable[Session], chart: Chart, source_name: str) -> list[Problem]:
    """check_sessions against a chart's zones, views, feet and techniques."""
    techniques = frozenset(t.id for t in chart.zone_data.techniques)
    return check_sessions(sessions, places_of(chart), techniques, source_name)


def dump_sessions(sessions: Iterable[Session]) -> str:
    """Sessions as a file load_sessions reads back the same; each step names its foot."""
    data = {"sessions": [_session_data(session) for session in sessions]}
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=96, indent=2)


class _Dumper(yaml.SafeDumper):
    """Writes every value out: the reader refuses anchors and aliases."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _session_data(session: Session) -> dict[str, object]:
    data: dict[str, object] = {
        "id": session.id,
        "name": session.name,
        "claim": session.claim,
        "source": session.source,
    }
    if session.before:
        data["before"] = session.before
    if session.note:
        data["note"] = session.note
    data["steps"] = [_step_data(step) for step in session.steps]
    return data


def _step_data(step: Step) -> dict[str, object]:
    data: dict[str, object] = {
        "zone": step.zone,
        "view": step.view,
        "side": step.side,
        "technique": step.technique,
        "movement": step.movement,
        "pressure": step.pressure,
        "seconds": step.seconds,
    }
    if step.toward:
        data["toward"] = step.toward
    return data


class _SessionsReader(Reader):
    """The sessions schema on top of the zones file's strict helpers."""

    def sessions(self, root: Node) -> tuple[Session, ...]:
        top = self.mapping(root, "the sessions file", required=("sessions",))
        seen: set[str] = set()
        return tuple(self.session(n, seen) for n in self.sequence(top.get("sessions"), "sessions"))

    def session(self, node: Node, seen: set[str]) -> Session:
        fields = self.mapping(
            node,
            "a session",
            required=("id", "name", "claim", "source", "steps"),
            optional=("before", "note"),
        )
        steps_node = fields.get("steps")
        steps: list[Step] = []
        for item in self.sequence(steps_node, "steps"):
            steps.extend(self.step_item(item))
        if steps_node is not None and len(steps) > MAX_STEPS:
            self.report(steps_node, "session.too-many-steps", limit=MAX_STEPS)
        return Session(
            id=self.identifier(fields.get("id"), "session id", seen),
            name=self.text(fields.get("name"), "session name"),
            claim=self.text(fields.get("claim"), "claim"),
            source=self.text(fields.get("source"), "source"),
            steps=tuple(steps),
            before=self.text(fields.get("before"), "before") if "before" in fields else "",
            note=self.text(fields.get("note"), "note") if "note" in fields else "",
        )

    def step_item(self, node: Node) -> list[Step]:
        """A step on one foot, or ``each_foot:`` steps done on the left foot, then the right."""
        if not _has_key(node, _EACH_FOOT):
            return [self.step(node, sided=True)]
        group = self.mapping(node, "a step", required=(_EACH_FOOT,))
        steps = [self.step(n, sided=False) for n in self.sequence(group.get(_EACH_FOOT), "steps")]
        return [replace(step, side=side) for side in SIDES for step in steps]

    def step(self, node: Node, sided: bool) -> Step:
        fields = self.mapping(node, "a step", required=_STEP_KEYS, optional=("side", "toward"))
        side: Side = "left"
        if not sided and "side" in fields:
            self.report(fields["side"], "session.side-in-each-foot")
        elif "side" in fields:
            side = self.choice(fields["side"], "side", SIDES) or side
        elif sided and fields:
            self.report(node, "session.missing-side")
        toward: Toward | None = None
        if "toward" in fields:
            toward = self.choice(fields["toward"], "toward", TOWARD)
        view: View = self.choice(fields.get("view"), "view", VIEWS) or "plantar"
        pressure: Pressure = self.choice(fields.get("pressure"), "pressure", PRESSURES) or "light"
        return Step(
            zone=self.text(fields.get("zone"), "zone"),
            view=view,
            side=side,
            technique=self.text(fields.get("technique"), "technique"),
            movement=self.text(fields.get("movement"), "movement"),
            pressure=pressure,
            seconds=self.seconds(fields.get("seconds")),
            toward=toward,
            line=node.start_mark.line + 1,
        )

    def choice(self, node: Node | None, what: str, allowed: tuple[T, ...]) -> T | None:
        value = self.text(node, what)
        for option in allowed:
            if value == option:
                return option
        if value and node is not None:
            self.report(node, "session.bad-choice", what, value=value, known=", ".join(allowed))
        return None

    def seconds(self, node: Node | None) -> int:
        if node is None:
            return MIN_STEP_SECONDS
        value = node.value if isinstance(node, ScalarNode) else "..."
        plain = isinstance(node, ScalarNode) and not node.style and node.tag == _INT_TAG
        if plain and _DIGITS.fullmatch(value):
            seconds = int(value)
            if MIN_STEP_SECONDS <= seconds <= MAX_STEP_SECONDS:
                return seconds
        self.report(
            node,
            "session.bad-seconds",
            "seconds",
            value=str(value),
            low=MIN_STEP_SECONDS,
            high=MAX_STEP_SECONDS,
        )
        return MIN_STEP_SECONDS


def _has_key(node: Node, key: str) -> bool:
    return isinstance(node, MappingNode) and any(
        isinstance(k, ScalarNode) and k.value == key for k, _ in node.value
    )
