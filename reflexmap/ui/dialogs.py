"""The window's dialogs: loaded when the first one opens, so that starting does not pay for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..app.i18n import located
from ..core.errors import ChartError
from . import fit
from .reading_page import ReadingPage

MAX_PROBLEMS_SHOWN = 30
"""At most; fewer on a screen with less room (the rest are counted)."""
PROBLEM_BOX_LINES = 8
"""What a problem box has around its list, in lines: its message, the count of problems left
out, the button, the margins."""
PROBLEM_BOX_INDENT = 7
"""Its icon and margins beside the list, in lines' heights."""
TEXT_WIDTH = 34
"""The width of a page of text, in multiples of the font's height: some 75 characters."""
ICON_SIZE = 64


def show_text(parent: QWidget, title: str, html: str, icon: QIcon | None = None) -> QDialog:
    """A window-modal page of text with a Close button (and ``icon`` beside the text), as
    large as its text within the screen: a longer text scrolls."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    text = ReadingPage(dialog)
    text.setAccessibleName(title)
    text.anchorClicked.connect(QDesktopServices.openUrl)
    text.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    page = QHBoxLayout()
    if icon is not None:
        picture = QLabel(dialog)  # unnamed: decoration, the title says whose icon it is
        picture.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        page.addWidget(picture)
    page.addWidget(text, 1)
    layout.addLayout(page)
    layout.addWidget(buttons)
    dialog.resize(fit.fitted(dialog, _text_dialog_size(dialog, text)))
    dialog.open()
    return dialog


def _text_dialog_size(dialog: QDialog, text: ReadingPage) -> QSize:
    """The dialog's size with the whole text shown at a comfortable reading width (or the
    screen's), the rest of the dialog as its layout asks."""
    around = dialog.sizeHint() - text.sizeHint()  # lays the dialog out: before measuring
    width = min(text.fontMetrics().height() * TEXT_WIDTH, fit.room(dialog).width() - around.width())
    frame = 2 * text.frameWidth()
    scroll_bar = text.verticalScrollBar().sizeHint().width()  # in case the screen is short
    return QSize(width, text.content_height(width - frame - scroll_bar) + frame + 1) + around


def show_problems(parent: QWidget, error: ChartError, shown_chart: str) -> QMessageBox:
    """Why a chart did not open, one problem per line; the window keeps ``shown_chart``."""
    problem_lines = [located(problem) for problem in error.problems]
    shown = problem_lines[: max(1, _lines_that_fit(parent, problem_lines[:MAX_PROBLEMS_SHOWN]))]
    lines = "\n".join(shown)
    if len(error.problems) > len(shown):
        lines += "\n" + QCoreApplication.translate("Dialogs", "...and {0} more").format(
            len(error.problems) - len(shown)
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Dialogs", "Chart not opened"),
        QCoreApplication.translate(
            "Dialogs", "This chart could not be opened; the window keeps showing \u201c{0}\u201d."
        ).format(shown_chart),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(lines)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _lines_that_fit(parent: QWidget, lines: list[str]) -> int:
    """How many of ``lines`` a message box fits on the screen, each wrapped to its width."""
    metrics = parent.fontMetrics()
    room = fit.room(parent)
    width = max(1, room.width() - PROBLEM_BOX_INDENT * metrics.height())
    left = room.height() // metrics.lineSpacing() - PROBLEM_BOX_LINES
    for count, line in enumerate(lines):
        left -= -(-metrics.horizontalAdvance(line) // width)  # the lines it wraps to
        if left < 0:
            return count
    return len(lines)


def show_warning(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def choose_zones_file(parent: QWidget, start: Path) -> Path | None:
    """Ask for a zones file; None if cancelled."""
    zones, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Open Chart: the zones file"),
        str(start),
        QCoreApplication.translate("Dialogs", "Zones (*.yaml *.yml)"),
    )
    return Path(zones) if zones else None


def choose_drawing(parent: QWidget, start: Path) -> Path | None:
    """Ask for the drawing of the sole, for a zones file that names none; None if cancelled."""
    drawing, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Open Chart: its drawing"),
        str(start),
        QCoreApplication.translate("Dialogs", "Drawing (*.svg)"),
    )
    return Path(drawing) if drawing else None
