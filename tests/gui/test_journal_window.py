"""The journal in the window: history, totals, the bar chart, export and deletion, a damaged
file; zone favourites and notes; sessions of one's own, edited, exported and imported."""

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reflexmap.core.journal import Journal
from reflexmap.core.palette import SELECTION_COLOUR
from reflexmap.core.sessions import SessionRun, StepOutcome
from reflexmap.ui.journal_dialog import JournalDialog
from reflexmap.ui.main_window import MainWindow
from reflexmap.ui.reading_page import ReadingPage
from reflexmap.ui.session_controller import SessionController
from reflexmap.ui.session_editor import SessionEditor


def run(
    day: int, hour: int, actual: float, note: str = "", rating: int | None = None
) -> SessionRun:
    return SessionRun(
        "toe-work",
        "Toe work",
        datetime(2026, 3, day, hour, 0).astimezone(),
        (
            StepOutcome("toe-pads", "plantar", "left", "rubbing", 60, actual, "done"),
            StepOutcome("toe-tips", "plantar", "left", "rubbing", 60, 0.0, "skipped"),
        ),
        note,
        rating,
    )


def record(journal_path: Path, *runs: SessionRun) -> None:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    with Journal.open(journal_path) as journal:
        for item in runs:
            journal.record(item)


def open_journal(window: MainWindow, controller: SessionController) -> JournalDialog:
    window.action("journal").trigger()
    dialog = controller.journal_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_history_totals_and_chart(
    window: MainWindow, controller: SessionController, journal_path: Path
) -> None:
    record(journal_path, run(2, 20, 60, "Warm", 4), run(2, 21, 30), run(9, 8, 120))
    dialog = open_journal(window, controller)
    dialog.refresh(today=date(2026, 3, 9))
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert rows == [
        ["2026-03-09 08:00", "Toe work", "2.0", "2.0", "", ""],
        ["2026-03-02 21:00", "Toe work", "2.0", "0.5", "", ""],
        ["2026-03-02 20:00", "Toe work", "2.0", "1.0", "4/5", "Warm"],
    ]
    weeks = [dialog.weeks.item(i).text() for i in range(dialog.weeks.count())]
    assert weeks == ["2026-W11: 1 session, 2 min", "2026-W10: 2 sessions, 1.5 min"]
    assert dialog.chart.days[-1] == (date(2026, 3, 9), 2.0)
    assert dialog.chart.days[-8] == (date(2026, 3, 2), 1.5)
    assert dialog.chart.accessibleDescription() == "02 Mar: 1.5 min; 09 Mar: 2 min"
    # The bars are painted: the tallest (today) in the selection's colour, low in its slot.
    image = dialog.chart.grab().toImage()
    slot = (image.width() - 16) / 14
    x = round(8 + slot * 13.5)
    y = round(image.height() * 0.6)
    assert image.pixelColor(x, y) == QColor(SELECTION_COLOUR)
    assert image.pixelColor(round(8 + slot * 12.5), y) != QColor(SELECTION_COLOUR)  # none


def test_export_csv_and_json(
    tmp_path: Path, window: MainWindow, controller: SessionController, journal_path: Path
) -> None:
    record(journal_path, run(2, 20, 60, 'Warm, "soft"', 4))
    dialog = open_journal(window, controller)
    out = tmp_path / "journal.csv"
    out.write_text("old")
    assert dialog.export("csv", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [(r["zone"], r["status"], r["note"]) for r in rows] == [
        ("toe-pads", "done", 'Warm, "soft"'),
        ("toe-tips", "skipped", 'Warm, "soft"'),
    ]
    assert dialog.export("json", tmp_path / "journal.json")
    data = json.loads((tmp_path / "journal.json").read_text())
    assert data["runs"][0]["rating"] == 4
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    # A failed write says so and leaves the earlier file whole.
    target = tmp_path / "taken.csv"
    target.mkdir()
    (target / "inside").write_text("kept")
    assert not dialog.export("csv", target)
    assert (target / "inside").read_text() == "kept"
    assert dialog.message is not None
    assert dialog.message.isVisible()
    assert str(target) in dialog.message.text()


def test_delete_one_entry_then_everything(
    qtbot: QtBot,
    window: MainWindow,
    controller: SessionController,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record(journal_path, run(2, 20, 60, "first"), run(3, 20, 60, "second"))
    dialog = open_journal(window, controller)
    asked: list[str] = []
    answers = iter([False, True, True])

    def confirm(question: str) -> bool:
        asked.append(question)
        return next(answers)

    monkeypatch.setattr(dialog, "confirm", confirm)
    assert not dialog.delete_button.isEnabled()
    rect = dialog.table.visualRect(dialog.table.model().index(1, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)  # answered No
    assert dialog.table.rowCount() == 2
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked[1] == "Delete the entry of 2026-03-02 20:00, Toe work?"
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 5).text() == "second"  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.delete_all_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert dialog.empty.isVisible()
    with Journal.open(journal_path, read_only=True) as journal:
        assert journal.entries() == []


def test_a_damaged_journal_is_set_aside_with_a_message(
    window: MainWindow, controller: SessionController, journal_path: Path
) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"this is not a database, but someone's notes" * 100)
    dialog = open_journal(window, controller)
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "journal-problem"]
    assert len(boxes) == 1
    assert boxes[0].isVisible()
    assert boxes[0].windowTitle() == "A new journal was started"
    kept = list(journal_path.parent.glob("journal.sqlite3.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes().startswith(b"this is not a database")
    assert "could not be read" in boxes[0].text()
    assert boxes[0].informativeText() == f"The damaged file was kept as: {kept[0]}"
    assert dialog.table.rowCount() == 0


def test_zone_favourite_and_note(
    qtbot: QtBot, window: MainWindow, controller: SessionController, journal_path: Path
) -> None:
    box = window.panel.zone_note
    assert not box.isVisible()
    window.state.select("arch")
    assert box.isVisible()
    assert not journal_path.exists()  # looking starts no journal
    check = box.favourite
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    box.note.setFocus()
    qtbot.keyClicks(box.note, "Sore after long walks")
    qtbot.waitUntil(lambda: not box._timer.isActive())
    with Journal.open(journal_path, read_only=True) as journal:
        note = journal.zone_notes()["arch"]
    assert note.favourite
    assert note.note == "Sore after long walks"
    window.state.select("heel")
    assert not box.favourite.isChecked()
    assert box.note.toPlainText() == ""
    window.state.select("arch")
    assert box.favourite.isChecked()
    assert box.note.toPlainText() == "Sore after long walks"
    # The journal lists it too.
    dialog = open_journal(window, controller)
    notes = [dialog.zone_notes.item(i).text() for i in range(dialog.zone_notes.count())]
    assert notes == ["Arch (favourite): Sore after long walks"]


def test_edit_a_copy_save_it_and_export_import(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    controller: SessionController,
    journal_path: Path,
) -> None:
    dialog = controller.show_sessions()
    dialog.select("toe-work")
    original = dialog.current()
    assert original is not None
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = controller.editor
    assert isinstance(editor, SessionEditor)
    editor.steps.setCurrentRow(1)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.session.steps[0] == original.steps[1]
    editor.seconds.setValue(95)
    editor.steps.setCurrentRow(len(original.steps) - 1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    editor.zone.setCurrentIndex(editor.zone.findData("heel"))
    editor.side.setCurrentIndex(editor.side.findData("right"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.total.text().startswith(f"{len(original.steps)} steps")
    editor.name.setText("Evening toes")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    with Journal.open(journal_path, read_only=True) as journal:
        [mine] = journal.own_sessions()
    assert (mine.id, mine.name) == ("my-evening-toes", "Evening toes")
    assert mine.steps[0].seconds == 95
    assert mine.steps[0].zone == original.steps[1].zone
    assert (mine.steps[-1].zone, mine.steps[-1].side) == ("heel", "right")
    assert dialog.current() == mine
    assert dialog.list.currentItem().text() == (f"Evening toes ({mine.minutes:g} min), your own")

    out = tmp_path / "mine.yaml"
    assert controller.export_session(mine, out)
    with Journal.open(journal_path) as journal:
        assert journal.delete_session(mine.id)
    assert controller.import_sessions(out) == (mine,)
    assert dialog.current() == mine


def test_importing_a_bad_file_lists_its_problems(
    tmp_path: Path, window: MainWindow, controller: SessionController, journal_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "sessions:\n"
        "  - id: my-bad\n"
        "    name: Bad\n"
        "    claim: A claim.\n"
        "    source: Mine\n"
        "    steps:\n"
        "      - zone: heel\n"
        "        view: plantar\n"
        "        side: left\n"
        "        technique: pats\n"
        "        movement: Tap.\n"
        "        pressure: firm\n"
        "        seconds: 0\n"
    )
    assert controller.import_sessions(bad) == ()
    message = controller.message
    assert message is not None
    assert message.isVisible()
    assert message.informativeText().startswith(f"{bad}:13:18: ")
    assert not journal_path.exists()

    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text(
        bad.read_text().replace("seconds: 0", "seconds: 30").replace("zone: heel", "zone: knee")
    )
    assert controller.import_sessions(elsewhere) == ()
    assert controller.message is not None
    assert controller.message.informativeText() == (
        f"{elsewhere}:7: the chart has no zone or area 'knee'"
    )


def test_the_card_as_pdf_from_the_sessions_dialog(
    tmp_path: Path, window: MainWindow, controller: SessionController
) -> None:
    window.action("print-card").trigger()
    dialog = controller.dialog
    assert dialog is not None
    assert dialog.print_button.isDefault()
    dialog.select("ankle-achilles")
    session = dialog.current()
    assert session is not None
    out = tmp_path / "card.pdf"
    assert controller.save_card(session, out)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    assert "Ankle and Achilles tendon" in " ".join(reader.pages[0].extract_text().split())
    assert not controller.save_card(session, tmp_path / "no-folder" / "card.pdf")
    assert controller.message is not None
    assert "cannot write" in controller.message.text()


def test_the_shortcuts_page_names_the_player_keys(window: MainWindow) -> None:
    page = window.show_shortcuts()
    browser = page.findChild(ReadingPage)
    assert browser is not None
    text = browser.toPlainText()
    assert "Space pauses and resumes" in text
    assert "Guided Sessions...: Ctrl+G" in text
    assert "Journal...: Ctrl+J" in text
    page.close()


def test_print_card_previews_one_page(window: MainWindow, controller: SessionController) -> None:
    dialog = controller.show_sessions()
    dialog.select("classic")
    session = dialog.current()
    assert session is not None
    preview = controller.print_card(session)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()
    assert widget.pageCount() == 1
    preview.close()


def test_change_an_entry_note_and_rating(
    qtbot: QtBot, window: MainWindow, controller: SessionController, journal_path: Path
) -> None:
    record(journal_path, run(2, 20, 60, "first", 2))
    dialog = open_journal(window, controller)
    rect = dialog.table.visualRect(dialog.table.model().index(0, 1))
    # A double-click as a mouse makes it: a click, then the second press.
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = dialog.annotation
    assert editor is not None
    assert editor.isVisible()
    note = editor.findChild(QPlainTextEdit)
    rating = editor.findChild(QComboBox)
    assert note is not None
    assert rating is not None
    assert (note.toPlainText(), rating.currentData()) == ("first", 2)
    note.setPlainText("first, then warm")
    rating.setCurrentIndex(rating.findData(None))
    editor.accept()
    assert dialog.table.item(0, 5).text() == "first, then warm"  # type: ignore[union-attr]
    assert dialog.table.item(0, 4).text() == ""  # type: ignore[union-attr]
    with Journal.open(journal_path, read_only=True) as journal:
        [entry] = journal.entries()
    assert (entry.run.note, entry.run.rating) == ("first, then warm", None)
