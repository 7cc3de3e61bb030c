"""`reflexmap journal`: the sessions run, shown, exported or deleted."""

from __future__ import annotations

import argparse
import sys

from ..app.i18n import decimal, located, translate
from ..core.journal import Journal, JournalError
from .common import fail
from .session_commands import failed, minutes, write_out


def _open() -> Journal:
    journal = Journal.open()
    if journal.notice:
        print(located(journal.notice), file=sys.stderr)
    return journal


def run_show(args: argparse.Namespace) -> int:
    try:
        with _open() as journal:
            entries, weeks = journal.entries(), journal.weekly()
    except JournalError as error:
        return failed(error)
    if not entries:
        print(translate("Commands", "No sessions recorded yet."))
        return 0
    done = translate("Commands", "{0}: {1} of {2} min, {3} step(s) skipped")
    rated = translate("Commands", "rated {0}/5")
    for entry in entries:
        run = entry.run
        line = done.format(
            run.session_name, decimal(run.actual / 60, 1), decimal(run.planned / 60, 1), run.skipped
        )
        rating = f"  {rated.format(run.rating)}" if run.rating else ""
        print(f"{entry.id:4}  {run.started:%Y-%m-%d %H:%M}  {line}{rating}")
        if run.note:
            print(f"      {run.note}")
    print()
    print(translate("Commands", "Per week:"))
    week_total = translate("Commands", "{0} session(s), {1} min")
    for week in weeks:
        print(f"  {week.period}  {week_total.format(week.runs, minutes(week.minutes))}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    try:
        with _open() as journal:
            text = journal.export_csv() if args.format == "csv" else journal.export_json()
    except JournalError as error:
        return failed(error)
    return write_out(text, args.output)


def run_delete(args: argparse.Namespace) -> int:
    try:
        with _open() as journal:
            if args.all:
                journal.delete_all()
                print(translate("Commands", "The journal is empty."))
            elif journal.delete(args.id):
                print(translate("Commands", "Deleted entry {0}.").format(args.id))
            else:
                return fail(translate("Commands", "no entry {0}").format(args.id))
    except JournalError as error:
        return failed(error)
    return 0
