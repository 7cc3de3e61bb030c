"""`reflexmap session`: the guided sessions, listed, shown, exported and imported."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path

from ..app import catalogue
from ..core.atomic_write import write_atomically
from ..core.errors import ChartError
from ..core.journal import Journal, JournalError, default_journal_path
from ..core.sessions import Session
from ..core.sessions_file import check_on_chart, dump_sessions, read_sessions_file
from .common import fail, load


def all_sessions() -> tuple[Session, ...]:
    """The bundled sessions, then the user's own (if there is a journal to hold them)."""
    bundled = catalogue.load_sessions()
    path = default_journal_path()
    if not path.is_file():
        return bundled
    with Journal.open(path, read_only=True) as journal:
        return bundled + journal.own_sessions()


def run_list(args: argparse.Namespace) -> int:
    try:
        sessions = all_sessions()
    except (ChartError, JournalError) as error:
        return fail(str(error))
    if args.json:
        rows = [
            {"id": s.id, "name": s.name, "minutes": s.minutes, "steps": len(s.steps)}
            for s in sessions
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    width = max(len(s.id) for s in sessions)
    for s in sessions:
        print(f"{s.id.ljust(width)}  {s.minutes:5.1f} min  {len(s.steps):3} steps  {s.name}")
    return 0


def find_session(session_id: str) -> Session | str:
    """The session with that id, or why there is none."""
    try:
        session = next((s for s in all_sessions() if s.id == session_id), None)
    except (ChartError, JournalError) as error:
        return str(error)
    return session or f"no session '{session_id}'; `reflexmap session list` names them"


def run_show(args: argparse.Namespace) -> int:
    session = find_session(args.id)
    if isinstance(session, str):
        return fail(session)
    if args.json:
        print(json.dumps(_session_json(session), indent=2, ensure_ascii=False))
        return 0
    print(f"{session.name} ({session.minutes:g} minutes; source: {session.source})")
    print(f"Traditional claim: {session.claim}")
    if session.before:
        print(f"Before: {session.before}")
    for number, step in enumerate(session.steps, 1):
        toward = f", toward the {step.toward}" if step.toward else ""
        print(
            f"{number:3}. {step.side:<5} {f'{step.zone} ({step.view})':<26} {step.seconds:4} s  "
            f"{step.technique}, {step.pressure}{toward}: {step.movement}"
        )
    if session.note:
        print(f"Note: {session.note}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    try:
        sessions = {s.id: s for s in all_sessions()}
    except (ChartError, JournalError) as error:
        return fail(str(error))
    missing = [i for i in args.ids if i not in sessions]
    if missing:
        return fail(f"no session {', '.join(missing)}")
    text = dump_sessions(sessions[i] for i in dict.fromkeys(args.ids))
    return write_out(text, args.output)


def run_print(args: argparse.Namespace) -> int:
    """A one-page card of the session, drawn on the chart's maps."""
    if args.output.suffix.lower() != ".pdf":
        return fail(f"{args.output}: a session card is a PDF; name the file FILE.pdf")
    chart = load(args)
    if chart is None:
        return 1
    session = find_session(args.id)
    if isinstance(session, str):
        return fail(session)
    problems = check_on_chart([session], chart, session.id)
    if problems:
        print("\n".join(str(p) for p in problems), file=sys.stderr)
        return fail(f"session '{session.id}' does not fit the chart {chart.info.name}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ..render.chart_painter import ExportError
    from ..render.session_card import export_card

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts need one
    try:
        export_card(chart, session, args.output, args.page_size)
    except ExportError as error:
        return fail(str(error))
    print(f"{args.output}: the card of {session.name}, {session.minutes:g} minutes")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Keep a file's sessions as the user's own, once they fit the chart."""
    chart = load(args)
    if chart is None:
        return 1
    try:
        sessions = read_sessions_file(args.file)
    except ChartError as error:
        print(error, file=sys.stderr)
        return 1
    problems = check_on_chart(sessions, chart, str(args.file))
    if problems:
        print("\n".join(str(p) for p in problems), file=sys.stderr)
        return 1
    try:
        with Journal.open() as journal:
            if journal.notice:
                print(journal.notice, file=sys.stderr)
            for session in sessions:
                journal.save_session(session, datetime.now().astimezone())
    except JournalError as error:
        return fail(str(error))
    print(f"Imported {len(sessions)} session(s): {', '.join(s.id for s in sessions)}")
    return 0


def write_out(text: str, output: Path | None) -> int:
    """To stdout, or whole to a file (an old file survives a failed write)."""
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as error:
        return fail(f"cannot write {output}: {error.strerror or error}")
    return 0


def _session_json(session: Session) -> dict[str, object]:
    return {
        "id": session.id,
        "name": session.name,
        "minutes": session.minutes,
        "seconds": session.seconds,
        "claim": session.claim,
        "source": session.source,
        "before": session.before,
        "note": session.note,
        "steps": [
            {
                "zone": step.zone,
                "view": step.view,
                "side": step.side,
                "technique": step.technique,
                "movement": step.movement,
                "pressure": step.pressure,
                "toward": step.toward,
                "seconds": step.seconds,
            }
            for step in session.steps
        ],
    }
