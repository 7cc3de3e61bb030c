"""`reflexmap session` and `reflexmap journal`, with the journal in a folder of the test's own."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflexmap.cli import main
from reflexmap.core.journal import Journal, default_journal_path
from reflexmap.core.sessions import SessionRun, StepOutcome

MINE = """\
sessions:
  - id: my-heels
    name: My heels
    claim: Traditional charts link the heel with the reproductive organs; this is only a claim.
    source: My own
    steps:
      - each_foot:
          - zone: heel
            view: plantar
            technique: pats
            movement: Tap the heel.
            pressure: firm
            seconds: 90
"""


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def output(capsys: pytest.CaptureFixture[str], *argv: str, status: int = 0) -> str:
    assert main(list(argv)) == status
    return capsys.readouterr().out


def recorded() -> int:
    run = SessionRun(
        "classic",
        "Classic foot massage",
        datetime(2025, 3, 1, 20, 0, tzinfo=UTC),
        (StepOutcome("heel", "plantar", "left", "kneading", 75, 70.0, "done"),),
        "Relaxed.",
        4,
    )
    with Journal.open() as journal:
        return journal.record(run)


def test_session_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    sessions = json.loads(output(capsys, "session", "list", "--json"))
    assert {"id": "classic", "name": "Classic foot massage", "minutes": 17.0, "steps": 14} in (
        sessions
    )
    assert all(set(s) == {"id", "name", "minutes", "steps"} for s in sessions)
    assert not default_journal_path().exists()  # listing starts no journal


def test_session_show_json_has_each_steps_place_and_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    session = json.loads(output(capsys, "session", "show", "ten-minute", "--json"))
    assert session["minutes"] == 10
    first = session["steps"][0]
    assert {k: first[k] for k in ("zone", "view", "side", "technique", "seconds")} == {
        "zone": "top-of-foot",
        "view": "dorsal",
        "side": "left",
        "technique": "stroking",
        "seconds": 20,
    }
    assert "Traditional claim:" in output(capsys, "session", "show", "ten-minute")


def test_an_unknown_session_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["session", "show", "nope"]) == 1
    assert "no session 'nope'" in capsys.readouterr().err


def test_import_checks_the_chart_and_keeps_the_users_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(MINE)
    assert "Imported 1 session(s): my-heels" in output(capsys, "session", "import", str(mine))
    assert "my-heels" in output(capsys, "session", "list")
    exported = tmp_path / "again.yaml"
    output(capsys, "session", "export", "my-heels", "-o", str(exported))
    assert "seconds: 90" in exported.read_text()

    mine.write_text(MINE.replace("zone: heel", "zone: elbow"))
    assert main(["session", "import", str(mine)]) == 1
    assert f"{mine}:8: the chart has no zone or area 'elbow'" in capsys.readouterr().err
    mine.write_text(MINE.replace("seconds: 90", "seconds: 0"))
    assert main(["session", "import", str(mine)]) == 1
    assert f"{mine}:13:22: seconds must be a whole number" in capsys.readouterr().err


def test_journal_shows_what_was_done(capsys: pytest.CaptureFixture[str]) -> None:
    assert output(capsys, "journal") == "No sessions recorded yet.\n"
    recorded()
    shown = output(capsys, "journal")
    assert "Classic foot massage: 1.2 of 1.2 min, 0 step(s) skipped  rated 4/5" in shown
    assert "Relaxed." in shown
    assert "2025-W09  1 session(s), 1.2 min" in shown
    assert "improve" not in shown.lower()


def test_journal_export_to_stdout_or_a_file_written_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recorded()
    assert (
        output(capsys, "journal", "export", "--csv")
        .splitlines()[1]
        .startswith("1,2025-03-01T20:00:00+00:00,classic,")
    )
    target = tmp_path / "out.json"
    target.write_text("old")
    output(capsys, "journal", "export", "--json", "-o", str(target))
    assert json.loads(target.read_text())["runs"][0]["note"] == "Relaxed."
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    missing = tmp_path / "no-such-folder" / "out.csv"
    assert main(["journal", "export", "--csv", "-o", str(missing)]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert not missing.exists()


def test_journal_delete_one_or_all(capsys: pytest.CaptureFixture[str]) -> None:
    entry = recorded()
    recorded()
    assert output(capsys, "journal", "delete", str(entry)) == f"Deleted entry {entry}.\n"
    assert main(["journal", "delete", str(entry)]) == 1
    output(capsys, "journal", "delete", "--all")
    assert output(capsys, "journal") == "No sessions recorded yet.\n"


def test_a_damaged_journal_is_reported_and_kept(capsys: pytest.CaptureFixture[str]) -> None:
    path = default_journal_path()
    path.parent.mkdir(parents=True)
    path.write_text("not a journal")
    assert main(["journal"]) == 0
    streams = capsys.readouterr()
    assert streams.out == "No sessions recorded yet.\n"
    assert "the journal could not be read (file is not a database); it was kept as" in streams.err
    [kept] = [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert kept.read_text() == "not a journal"
