"""The journal: every session run, notes and favourite zones, and the user's own sessions, in
one SQLite file in the user's data folder.

Each change is one transaction, so a crash loses nothing already recorded. The schema has a
version (SQLite's user_version) and migrations, so an older journal opens in a newer
reflexmap. A file that is not a readable journal is renamed and kept, never overwritten.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from .errors import Problem
from .sessions import Session, SessionRun, StepOutcome, StepStatus
from .sessions_file import dump_sessions, load_sessions

JOURNAL_NAME = "journal.sqlite3"

MIGRATIONS: tuple[str, ...] = (
    # 1: runs and their steps.
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        session_id TEXT NOT NULL,
        session_name TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        rating INTEGER
    );
    CREATE TABLE run_steps (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        zone TEXT NOT NULL,
        side TEXT NOT NULL,
        planned INTEGER NOT NULL,
        actual REAL NOT NULL,
        skipped INTEGER NOT NULL,
        PRIMARY KEY (run_id, position)
    );
    """,
    # 2: the view and technique of a step and why it ended; zone notes; own sessions; facts
    # such as when the checklist was last confirmed.
    """
    ALTER TABLE run_steps ADD COLUMN view TEXT NOT NULL DEFAULT 'plantar';
    ALTER TABLE run_steps ADD COLUMN technique TEXT NOT NULL DEFAULT '';
    ALTER TABLE run_steps ADD COLUMN status TEXT NOT NULL DEFAULT 'done';
    UPDATE run_steps SET status = 'skipped' WHERE skipped;
    CREATE TABLE zone_notes (
        zone TEXT PRIMARY KEY,
        favourite INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE own_sessions (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        yaml TEXT NOT NULL,
        saved TEXT NOT NULL
    );
    CREATE TABLE facts (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)
"""Statements that bring a journal from version N to N + 1; never edit a released one."""
VERSION = len(MIGRATIONS)

_CHECKLIST = "checklist-confirmed"


def default_data_dir() -> Path:
    """The platform's per-user data folder for reflexmap."""
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / "reflexmap"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "reflexmap"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "reflexmap"


def default_journal_path() -> Path:
    return default_data_dir() / JOURNAL_NAME


class JournalError(Exception):
    """The journal cannot be opened or written; nothing in it was changed."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


@dataclass(frozen=True)
class Entry:
    """A run as the journal holds it."""

    id: int
    run: SessionRun


@dataclass(frozen=True)
class ZoneNote:
    zone: str
    favourite: bool
    note: str


@dataclass(frozen=True)
class Total:
    """Sessions and minutes in one period: an ISO week ("2025-W09") or a day."""

    period: str
    runs: int
    minutes: float


class Journal:
    """An open journal. Open with Journal.open(); ``notice`` tells of a damaged file set aside."""

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self.notice: Problem | None = None
        self._db = connection

    @classmethod
    def open(cls, path: Path | None = None, *, read_only: bool = False) -> Journal:
        """Open (or start) the journal, migrating an older one.

        A file that is not a readable journal is renamed beside it and a new journal started,
        with ``notice`` saying so. A journal in use elsewhere, read-only when it must be
        upgraded, or from a newer reflexmap raises JournalError and is left untouched.
        """
        path = path or default_journal_path()
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return cls._connect(path, read_only)
        except sqlite3.DatabaseError as error:
            damaged = _kind(error).startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT", "?"))
            if read_only or not damaged or not path.is_file():
                raise _journal_error(path, error) from None
            kept = _set_aside(path)
            journal = cls._connect(path, read_only)
            args = {"reason": str(error), "kept": str(kept)}
            journal.notice = Problem(str(path), "journal.damaged", args)
            return journal

    @classmethod
    def _connect(cls, path: Path, read_only: bool) -> Journal:
        target = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"
        db = sqlite3.connect(target, uri=True, timeout=2.0, isolation_level=None)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > VERSION:
                args = {"found": version, "known": VERSION}
                raise JournalError(Problem(str(path), "journal.newer", args))
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise _Damaged(check)
            journal = cls(path, db, read_only)
            if version < VERSION:
                with journal._writing():
                    for script in MIGRATIONS[version:]:
                        for statement in filter(str.strip, script.split(";")):
                            db.execute(statement)
                    db.execute(f"PRAGMA user_version = {VERSION}")
            return journal
        except BaseException:
            db.close()
            raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction: all of it is written, or none."""
        if self.read_only:
            args = {"reason": "opened for reading only"}
            raise JournalError(Problem(str(self.path), "journal.read-only", args))
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _journal_error(self.path, error) from None
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException as failure:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(failure, sqlite3.Error):
                raise _journal_error(self.path, failure) from None
            raise

    # Runs.

    def record(self, run: SessionRun) -> int:
        """Add a run; its id."""
        _check_rating(run.rating)
        with self._writing():
            cursor = self._db.execute(
                "INSERT INTO runs (started, session_id, session_name, note, rating)"
                " VALUES (?, ?, ?, ?, ?)",
                (_stamp(run.started), run.session_id, run.session_name, run.note, run.rating),
            )
            run_id = cast(int, cursor.lastrowid)
            self._db.executemany(
                "INSERT INTO run_steps (run_id, position, zone, view, side, technique, planned,"
                " actual, status, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        run_id,
                        i,
                        s.zone,
                        s.view,
                        s.side,
                        s.technique,
                        s.planned,
                        s.actual,
                        s.status,
                        s.status == "skipped",
                    )
                    for i, s in enumerate(run.steps)
                ],
            )
        return run_id

    def annotate(self, entry_id: int, note: str, rating: int | None) -> None:
        """Set a run's note and rating (1 to 5, or None)."""
        _check_rating(rating)
        with self._writing():
            self._db.execute(
                "UPDATE runs SET note = ?, rating = ? WHERE id = ?", (note, rating, entry_id)
            )

    def entries(self) -> list[Entry]:
        """Every run, newest first."""
        steps: dict[int, list[StepOutcome]] = {}
        for row in self._db.execute(
            "SELECT run_id, zone, view, side, technique, planned, actual, status"
            " FROM run_steps ORDER BY run_id, position"
        ):
            steps.setdefault(row[0], []).append(
                StepOutcome(row[1], row[2], row[3], row[4], row[5], row[6], _status(row[7]))
            )
        return [
            Entry(
                row[0],
                SessionRun(
                    session_id=row[2],
                    session_name=row[3],
                    started=datetime.fromisoformat(row[1]),
                    steps=tuple(steps.get(row[0], ())),
                    note=row[4],
                    rating=row[5],
                ),
            )
            for row in self._db.execute(
                "SELECT id, started, session_id, session_name, note, rating FROM runs"
                " ORDER BY started DESC, id DESC"
            )
        ]

    def delete(self, entry_id: int) -> bool:
        """Delete one run; False if there was none with that id."""
        with self._writing():
            cursor = self._db.execute("DELETE FROM runs WHERE id = ?", (entry_id,))
        return cursor.rowcount > 0

    def delete_all(self) -> None:
        """Delete every run, zone note and own session: a journal as new."""
        with self._writing():
            for table in ("run_steps", "runs", "zone_notes", "own_sessions", "facts"):
                self._db.execute(f"DELETE FROM {table}")

    def weekly(self) -> list[Total]:
        """Runs and minutes actually spent per ISO week, newest first."""
        return self._totals(lambda day: "{}-W{:02d}".format(*day.isocalendar()[:2]))

    def daily(self) -> list[Total]:
        """Runs and minutes actually spent per day, newest first."""
        return self._totals(date.isoformat)

    def _totals(self, period_of: Any) -> list[Total]:
        totals: dict[str, tuple[int, float]] = {}
        for entry in self.entries():
            key = period_of(entry.run.started.date())
            runs, seconds = totals.get(key, (0, 0.0))
            totals[key] = (runs + 1, seconds + entry.run.actual)
        return [
            Total(key, runs, round(seconds / 60, 1))
            for key, (runs, seconds) in sorted(totals.items(), reverse=True)
        ]

    # Zones.

    def zone_notes(self) -> dict[str, ZoneNote]:
        return {
            row[0]: ZoneNote(row[0], bool(row[1]), row[2])
            for row in self._db.execute("SELECT zone, favourite, note FROM zone_notes")
        }

    def set_favourite(self, zone: str, favourite: bool) -> None:
        self._put_zone(zone, "favourite", int(favourite))

    def set_zone_note(self, zone: str, note: str) -> None:
        self._put_zone(zone, "note", note)

    def _put_zone(self, zone: str, column: str, value: object) -> None:
        with self._writing():
            self._db.execute("INSERT OR IGNORE INTO zone_notes (zone) VALUES (?)", (zone,))
            self._db.execute(f"UPDATE zone_notes SET {column} = ? WHERE zone = ?", (value, zone))
            self._db.execute("DELETE FROM zone_notes WHERE NOT favourite AND note = ''")

    # Own sessions, kept in the sessions file format.

    def save_session(self, session: Session, saved: datetime) -> None:
        """Save (or replace) one of the user's own sessions under its id."""
        with self._writing():
            self._db.execute(
                "INSERT OR REPLACE INTO own_sessions (id, name, yaml, saved) VALUES (?, ?, ?, ?)",
                (session.id, session.name, dump_sessions([session]), _stamp(saved)),
            )

    def own_sessions(self) -> tuple[Session, ...]:
        """The user's sessions by name; raises ChartError if a stored one no longer reads."""
        rows = self._db.execute("SELECT id, yaml FROM own_sessions ORDER BY name, id")
        return tuple(s for row in rows for s in load_sessions(row[1], f"{self.path}#{row[0]}"))

    def delete_session(self, session_id: str) -> bool:
        with self._writing():
            cursor = self._db.execute("DELETE FROM own_sessions WHERE id = ?", (session_id,))
        return cursor.rowcount > 0

    # The contraindications checklist.

    def checklist_confirmed(self) -> datetime | None:
        row = self._db.execute("SELECT value FROM facts WHERE key = ?", (_CHECKLIST,)).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def confirm_checklist(self, at: datetime) -> None:
        with self._writing():
            self._db.execute(
                "INSERT OR REPLACE INTO facts (key, value) VALUES (?, ?)", (_CHECKLIST, _stamp(at))
            )

    # Export.

    def export_json(self) -> str:
        runs = [
            {
                "id": entry.id,
                "started": _stamp(entry.run.started),
                "session": entry.run.session_id,
                "name": entry.run.session_name,
                "planned_seconds": entry.run.planned,
                "actual_seconds": round(entry.run.actual, 1),
                "skipped": entry.run.skipped,
                "note": entry.run.note,
                "rating": entry.run.rating,
                "steps": [
                    {
                        "zone": s.zone,
                        "view": s.view,
                        "side": s.side,
                        "technique": s.technique,
                        "planned_seconds": s.planned,
                        "actual_seconds": s.actual,
                        "status": s.status,
                    }
                    for s in entry.run.steps
                ],
            }
            for entry in self.entries()
        ]
        zones = [vars(note) for note in self.zone_notes().values()]
        return json.dumps({"runs": runs, "zones": zones}, indent=2, ensure_ascii=False) + "\n"

    def export_csv(self) -> str:
        """One row per step of every run."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            (
                *("run", "started", "session", "name", "step", "zone", "view", "side"),
                *("technique", "planned_seconds", "actual_seconds", "status", "note", "rating"),
            )
        )
        for entry in reversed(self.entries()):
            run = entry.run
            for number, s in enumerate(run.steps, 1):
                writer.writerow(
                    (
                        entry.id,
                        _stamp(run.started),
                        run.session_id,
                        run.session_name,
                        number,
                        s.zone,
                        s.view,
                        s.side,
                        s.technique,
                        s.planned,
                        s.actual,
                        s.status,
                        run.note,
                        "" if run.rating is None else run.rating,
                    )
                )
        return out.getvalue()


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _status(value: str) -> StepStatus:
    return "skipped" if value == "skipped" else "not-reached" if value == "not-reached" else "done"


def _check_rating(rating: int | None) -> None:
    if rating is not None and not 1 <= rating <= 5:
        raise ValueError(f"a rating is 1 to 5, not {rating}")


class _Damaged(sqlite3.DatabaseError):
    """SQLite's own check found the file damaged."""

    sqlite_errorname = "?"


def _kind(error: sqlite3.Error) -> str:
    return str(getattr(error, "sqlite_errorname", ""))


def _journal_error(path: Path, error: sqlite3.Error) -> JournalError:
    kind = _kind(error)
    if kind.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return JournalError(Problem(str(path), "journal.locked"))
    if kind.startswith("SQLITE_READONLY"):
        return JournalError(Problem(str(path), "journal.read-only", {"reason": str(error)}))
    return JournalError(Problem(str(path), "journal.unwritable", {"reason": str(error)}))


def _set_aside(path: Path) -> Path:
    """Rename a damaged journal (and SQLite's files beside it) to a name not yet taken."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    number = 0
    while True:
        kept = path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{number}" if number else ""))
        if not kept.exists():
            break
        number += 1
    os.rename(path, kept)
    for suffix in ("-journal", "-wal", "-shm"):
        beside = path.with_name(path.name + suffix)
        if beside.exists():
            os.rename(beside, kept.with_name(kept.name + suffix))
    return kept
