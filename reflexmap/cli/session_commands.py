"""`reflexmap session`: the guided sessions, listed, shown, exported and imported."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from ..app import catalogue
from ..app.i18n import decimal, located, problems_text, translate
from ..app.names import DIRECTION_NAMES, FEET, PRESSURE_NAMES, VIEW_NAMES
from ..core.atomic_write import write_atomically
from ..core.errors import ChartError
from ..core.journal import Journal, JournalError, default_journal_path
from ..core.sessions import Session
from ..core.sessions_file import check_on_chart, dump_sessions, read_sessions_file
from .common import columns, fail, load, painting_application


def all_sessions() -> tuple[Session, ...]:
    """The bundled sessions, then the user's own (if there is a journal to hold them)."""
    bundled = catalogue.load_sessions()
    path = default_journal_path()
    if not path.is_file():
        return bundled
    with Journal.open(path, read_only=True) as journal:
        return bundled + journal.own_sessions()


def failed(error: ChartError | JournalError) -> int:
    """Say why a chart, the sessions or the journal could not be used; exit status 1."""
    if isinstance(error, JournalError):
        return fail(located(error.problem))
    print(problems_text(error), file=sys.stderr)
    return 1


def minutes(value: float) -> str:
    """Minutes as the language writes them, with a tenth where there is one: 17, 9,3."""
    tenths = round(value, 1)
    return decimal(tenths, 0 if tenths.is_integer() else 1)


def run_list(args: argparse.Namespace) -> int:
    try:
        sessions = all_sessions()
    except (ChartError, JournalError) as error:
        return failed(error)
    if args.json:
        rows = [
            {"id": s.id, "name": s.name, "minutes": s.minutes, "steps": len(s.steps)}
            for s in sessions
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    length = translate("Commands", "{0} min")
    count = translate("Sessions", "{0} steps")
    print(
        columns(
            [
                (s.id, length.format(decimal(s.minutes, 1)), count.format(len(s.steps)), s.name)
                for s in sessions
            ],
            right=(1,),
        )
    )
    return 0


def chosen_session(session_id: str) -> Session | int:
    """The session with that id, or the exit status after saying why there is none."""
    try:
        session = next((s for s in all_sessions() if s.id == session_id), None)
    except (ChartError, JournalError) as error:
        return failed(error)
    if session is None:
        unknown = translate("Commands", "no session '{0}'; `reflexmap session list` names them")
        return fail(unknown.format(session_id))
    return session


def run_show(args: argparse.Namespace) -> int:
    session = chosen_session(args.id)
    if isinstance(session, int):
        return session
    if args.json:
        print(json.dumps(_session_json(session), indent=2, ensure_ascii=False))
        return 0
    chart = load(args)
    if chart is None:
        return 1
    print(session.name)
    summary = translate("Sessions", "{0} minutes, {1} steps. Source: {2}.")
    print(summary.format(minutes(session.minutes), len(session.steps), session.source))
    print(translate("Sessions", "Traditional claim: {0}").format(session.claim))
    if session.before:
        print(translate("Sessions", "Before: {0}").format(session.before))
    place = translate("Sessions", "{0}: {1}, {2}")
    # Own sessions may be made for another chart: what this one lacks keeps its id.
    zones = {zone.id: zone.name for zone in chart.zones}
    techniques = {technique.id: technique.name for technique in chart.zone_data.techniques}
    for number, step in enumerate(session.steps, 1):
        zone = zones.get(step.zone, step.zone)
        foot = translate("Views", FEET[step.side])
        view = translate("Views", VIEW_NAMES[step.view])
        time = f"{step.seconds // 60}:{step.seconds % 60:02d}"
        print(f"{number:3}. {time:>5}  {place.format(zone, foot, view)}")
        how = [translate("Sessions", PRESSURE_NAMES[step.pressure])]
        if step.toward:
            how.append(translate("Sessions", DIRECTION_NAMES[step.toward]))
        technique = techniques.get(step.technique, step.technique)
        print(f"{'':12}{', '.join([technique, *how])}: {step.movement}")
    if session.note:
        print(session.note)
    return 0


def run_export(args: argparse.Namespace) -> int:
    try:
        sessions = {s.id: s for s in all_sessions()}
    except (ChartError, JournalError) as error:
        return failed(error)
    missing = [i for i in args.ids if i not in sessions]
    if missing:
        return fail(translate("Commands", "no session {0}").format(", ".join(missing)))
    text = dump_sessions(sessions[i] for i in dict.fromkeys(args.ids))
    return write_out(text, args.output)


def run_print(args: argparse.Namespace) -> int:
    """A one-page card of the session, drawn on the chart's maps."""
    if args.output.suffix.lower() != ".pdf":
        not_pdf = translate("Commands", "{0}: a session card is a PDF; name the file FILE.pdf")
        return fail(not_pdf.format(args.output))
    chart = load(args)
    if chart is None:
        return 1
    session = chosen_session(args.id)
    if isinstance(session, int):
        return session
    problems = check_on_chart([session], chart, session.id)
    if problems:
        print("\n".join(map(located, problems)), file=sys.stderr)
        misfit = translate("Commands", "session '{0}' does not fit the chart {1}")
        return fail(misfit.format(session.id, chart.info.name))
    from ..render.chart_painter import ExportError
    from ..render.session_card import export_card

    _app = painting_application()
    try:
        export_card(chart, session, args.output, args.page_size)
    except ExportError as error:
        return fail(str(error))
    written = translate("Commands", "{0}: the card of {1}, {2} minutes")
    print(written.format(args.output, session.name, minutes(session.minutes)))
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Keep a file's sessions as the user's own, once they fit the chart."""
    chart = load(args)
    if chart is None:
        return 1
    try:
        sessions = read_sessions_file(args.file)
    except ChartError as error:
        return failed(error)
    problems = check_on_chart(sessions, chart, str(args.file))
    if problems:
        print("\n".join(map(located, problems)), file=sys.stderr)
        return 1
    try:
        with Journal.open() as journal:
            if journal.notice:
                print(located(journal.notice), file=sys.stderr)
            for session in sessions:
                journal.save_session(session, datetime.now().astimezone())
    except JournalError as error:
        return failed(error)
    imported = translate("Commands", "Imported {0} session(s): {1}")
    print(imported.format(len(sessions), ", ".join(s.id for s in sessions)))
    return 0


def write_out(text: str, output: Path | None) -> int:
    """To stdout, or whole to a file (an old file survives a failed write)."""
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as error:
        cannot = translate("Commands", "cannot write {0}: {1}")
        return fail(cannot.format(output, error.strerror or error))
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
