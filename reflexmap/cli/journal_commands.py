"""`reflexmap journal`: the sessions run, shown, exported or deleted."""

from __future__ import annotations

import argparse
import sys

from ..core.journal import Journal, JournalError
from .common import fail
from .session_commands import write_out


def _open() -> Journal:
    journal = Journal.open()
    if journal.notice:
        print(journal.notice, file=sys.stderr)
    return journal


def run_show(args: argparse.Namespace) -> int:
    try:
        with _open() as journal:
            entries, weeks = journal.entries(), journal.weekly()
    except JournalError as error:
        return fail(str(error))
    if not entries:
        print("No sessions recorded yet.")
        return 0
    for entry in entries:
        run = entry.run
        rating = f"  rated {run.rating}/5" if run.rating else ""
        print(
            f"{entry.id:4}  {run.started:%Y-%m-%d %H:%M}  {run.session_name}: "
            f"{run.actual / 60:.1f} of {run.planned / 60:.1f} min, "
            f"{run.skipped} step(s) skipped{rating}"
        )
        if run.note:
            print(f"      {run.note}")
    print("\nPer week:")
    for week in weeks:
        print(f"  {week.period}  {week.runs} session(s), {week.minutes:g} min")
    return 0


def run_export(args: argparse.Namespace) -> int:
    try:
        with _open() as journal:
            text = journal.export_csv() if args.format == "csv" else journal.export_json()
    except JournalError as error:
        return fail(str(error))
    return write_out(text, args.output)


def run_delete(args: argparse.Namespace) -> int:
    try:
        with _open() as journal:
            if args.all:
                journal.delete_all()
                print("The journal is empty.")
            elif journal.delete(args.id):
                print(f"Deleted entry {args.id}.")
            else:
                return fail(f"no entry {args.id}")
    except JournalError as error:
        return fail(str(error))
    return 0
