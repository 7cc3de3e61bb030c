"""The journal: round trips, migrations, and files that are damaged, locked or read-only."""

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from reflexmap.core.journal import (
    MIGRATIONS,
    VERSION,
    Journal,
    JournalError,
    Total,
    ZoneNote,
    default_data_dir,
)
from reflexmap.core.sessions import SessionRun, StepOutcome, checklist_needed
from reflexmap.core.sessions_file import read_sessions_file
from reflexmap.resources import bundled_sessions_file

EVENING = datetime(2025, 3, 1, 20, 0, tzinfo=timezone(timedelta(hours=1)))


def run(started: datetime = EVENING, note: str = "", rating: int | None = None) -> SessionRun:
    return SessionRun(
        "classic",
        "Classic foot massage",
        started,
        (
            StepOutcome("top-of-foot", "dorsal", "left", "stroking", 30, 31.5, "done"),
            StepOutcome("heel", "plantar", "left", "kneading", 75, 10.0, "skipped"),
            StepOutcome("heel", "plantar", "right", "kneading", 75, 0.0, "not-reached"),
        ),
        note,
        rating,
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal.sqlite3"


def filled(path: Path, runs: int = 1) -> None:
    with Journal.open(path) as journal:
        for day in range(runs):
            journal.record(run(EVENING - timedelta(days=day), note="x" * 500))


def test_runs_are_recorded_and_read_back(path: Path) -> None:
    with Journal.open(path) as journal:
        entry_id = journal.record(run(note="Warm feet.", rating=4))
        journal.record(run(EVENING + timedelta(days=1)))
        assert journal.notice is None
    with Journal.open(path) as journal:
        entries = journal.entries()
        assert [e.run.started for e in entries] == [EVENING + timedelta(days=1), EVENING]
        assert entries[1].id == entry_id
        assert entries[1].run == run(note="Warm feet.", rating=4)
        journal.annotate(entry_id, "Sleepy afterwards.", None)
        assert journal.entries()[1].run.note == "Sleepy afterwards."
        with pytest.raises(ValueError, match="1 to 5"):
            journal.annotate(entry_id, "", 6)


def test_totals_per_week_and_minutes_per_day(path: Path) -> None:
    with Journal.open(path) as journal:
        journal.record(run())
        journal.record(run(EVENING + timedelta(hours=1)))
        journal.record(run(EVENING + timedelta(days=2)))
        assert journal.daily() == [Total("2025-03-03", 1, 0.7), Total("2025-03-01", 2, 1.4)]
        assert journal.weekly() == [Total("2025-W10", 1, 0.7), Total("2025-W09", 2, 1.4)]


def test_delete_one_entry_or_everything(path: Path) -> None:
    with Journal.open(path) as journal:
        first = journal.record(run())
        journal.record(run())
        journal.set_favourite("heel", True)
        assert journal.delete(first)
        assert not journal.delete(first)
        assert len(journal.entries()) == 1
        journal.delete_all()
        assert journal.entries() == []
        assert journal.zone_notes() == {}


def test_favourite_zones_and_notes(path: Path) -> None:
    with Journal.open(path) as journal:
        journal.set_favourite("heel", True)
        journal.set_zone_note("arch", "Ticklish.")
        journal.set_zone_note("heel", "Likes firm pressure.")
        assert journal.zone_notes() == {
            "heel": ZoneNote("heel", True, "Likes firm pressure."),
            "arch": ZoneNote("arch", False, "Ticklish."),
        }
        journal.set_zone_note("arch", "")
        assert set(journal.zone_notes()) == {"heel"}


def test_own_sessions_are_kept_in_the_sessions_format(path: Path) -> None:
    classic = read_sessions_file(bundled_sessions_file())[1]
    with Journal.open(path) as journal:
        journal.save_session(classic, EVENING)
        journal.save_session(classic, EVENING)  # saved again: replaced
        assert journal.own_sessions() == (classic,)
        assert journal.delete_session("classic")
        assert journal.own_sessions() == ()


def test_the_checklist_is_needed_by_a_new_user_and_then_remembered(path: Path) -> None:
    with Journal.open(path) as journal:
        assert checklist_needed(journal.checklist_confirmed(), EVENING)
        journal.confirm_checklist(EVENING)
    with Journal.open(path) as journal:
        assert not checklist_needed(journal.checklist_confirmed(), EVENING + timedelta(hours=2))


def test_exports_hold_every_step(path: Path) -> None:
    with Journal.open(path) as journal:
        journal.record(run(note='Said "ouch", then relaxed', rating=3))
        journal.set_favourite("heel", True)
        data = json.loads(journal.export_json())
        rows = list(csv.DictReader(io.StringIO(journal.export_csv())))
    [exported] = data["runs"]
    assert (exported["planned_seconds"], exported["actual_seconds"], exported["skipped"]) == (
        180,
        41.5,
        1,
    )
    assert exported["started"] == "2025-03-01T20:00:00+01:00"
    assert [s["status"] for s in exported["steps"]] == ["done", "skipped", "not-reached"]
    assert data["zones"] == [{"zone": "heel", "favourite": True, "note": ""}]
    assert [r["status"] for r in rows] == ["done", "skipped", "not-reached"]
    assert rows[0]["note"] == 'Said "ouch", then relaxed'
    assert rows[0]["rating"] == "3"


def test_an_older_journal_is_migrated_with_its_runs(path: Path) -> None:
    path.parent.mkdir()
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute("INSERT INTO runs VALUES (1, '2024-12-01T09:00:00+00:00', 'classic', 'C', 'n', 5)")
    db.execute("INSERT INTO run_steps VALUES (1, 0, 'heel', 'left', 60, 12.0, 1)")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Journal.open(path) as journal:
        [entry] = journal.entries()
        assert entry.run.steps == (StepOutcome("heel", "plantar", "left", "", 60, 12.0, "skipped"),)
        assert (entry.run.note, entry.run.rating) == ("n", 5)
        journal.set_favourite("heel", True)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_a_journal_from_a_newer_version_is_left_alone(path: Path) -> None:
    filled(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = path.read_bytes()
    with pytest.raises(JournalError) as caught:
        Journal.open(path)
    assert caught.value.problem.code == "journal.newer"
    assert "schema 99; this one reads up to 2" in str(caught.value)
    assert path.read_bytes() == before


def damaged_is_kept(path: Path, content: bytes) -> None:
    with Journal.open(path) as journal:
        assert journal.notice is not None
        assert journal.notice.code == "journal.damaged"
        kept = Path(str(journal.notice.args["kept"]))
        assert "a new journal was started" in str(journal.notice)
        assert journal.entries() == []
        journal.record(run())
    assert kept.read_bytes() == content
    assert kept.parent == path.parent


def test_a_file_that_is_not_a_database_is_kept_aside(path: Path) -> None:
    path.parent.mkdir()
    path.write_bytes(b"my shopping list\n" * 100)
    damaged_is_kept(path, b"my shopping list\n" * 100)


def test_a_truncated_journal_is_kept_aside(path: Path) -> None:
    filled(path, runs=40)
    content = path.read_bytes()[: path.stat().st_size // 2 + 100]
    path.write_bytes(content)
    damaged_is_kept(path, content)


LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_journal_locked_by_another_process_is_reported_and_untouched(path: Path) -> None:
    filled(path)
    before = path.read_bytes()
    with Journal.open(path) as journal:
        locker = subprocess.Popen(
            [sys.executable, "-c", LOCKER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert locker.stdout is not None
            assert locker.stdout.readline() == "locked\n"
            with pytest.raises(JournalError) as caught:
                journal.record(run())
            assert str(caught.value).endswith(
                "the journal is in use by another program; close it and try again"
            )
            with pytest.raises(JournalError, match="in use by another program"):
                Journal.open(path)
        finally:
            locker.communicate("\n")
        assert len(journal.entries()) == 1
    assert path.read_bytes() == before


CRASHER = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("DELETE FROM run_steps")
db.execute("INSERT INTO runs (started, session_id, session_name) VALUES ('x', 'y', 'z')")
os._exit(1)  # the power goes out before the commit
"""


def test_a_crash_mid_write_loses_nothing(path: Path) -> None:
    filled(path, runs=3)
    subprocess.run([sys.executable, "-c", CRASHER, str(path)], check=False)
    with Journal.open(path) as journal:
        assert journal.notice is None
        assert [len(e.run.steps) for e in journal.entries()] == [3, 3, 3]


def test_a_failed_write_is_rolled_back_whole(path: Path) -> None:
    broken = StepOutcome("heel", "plantar", "left", "pats", 60, float("nan"), "done")
    bad = SessionRun("s", "S", EVENING, (run().steps[0], broken, broken))
    with Journal.open(path) as journal:
        journal.record(run())
        with pytest.raises(JournalError, match="cannot write the journal: NOT NULL"):
            journal.record(bad)  # NaN is stored as NULL, which the schema refuses
        assert len(journal.entries()) == 1


def test_a_journal_opened_read_only_refuses_writes_and_still_reads(path: Path) -> None:
    filled(path)
    before = path.read_bytes()
    with Journal.open(path, read_only=True) as journal:
        with pytest.raises(JournalError, match="read-only, so nothing can be saved"):
            journal.record(run())
        assert len(journal.entries()) == 1
    assert path.read_bytes() == before


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="file permissions do not stop root (or they are not POSIX here)",
)
def test_a_read_only_journal_file_refuses_writes_and_still_reads(path: Path) -> None:
    filled(path)
    path.chmod(0o444)
    before = path.read_bytes()
    with Journal.open(path) as journal:
        with pytest.raises(JournalError, match="read-only"):
            journal.record(run())
        assert len(journal.entries()) == 1
    assert path.read_bytes() == before


def test_the_data_folder_follows_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the XDG folder is for Linux and other Unix systems")
    monkeypatch.setenv("XDG_DATA_HOME", "/somewhere")
    assert default_data_dir() == Path("/somewhere/reflexmap")
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_data_dir() == Path.home() / ".local" / "share" / "reflexmap"


def test_times_keep_their_offset(path: Path) -> None:
    utc = datetime(2025, 1, 1, 7, 30, tzinfo=UTC)
    with Journal.open(path) as journal:
        journal.record(run(utc))
        assert journal.entries()[0].run.started == utc
