"""The window's dialogs: loaded when the first one opens, so that starting does not pay for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ChartError
from .accessibility import caret_browsing

MAX_PROBLEMS_SHOWN = 30


def show_text(parent: QWidget, title: str, html: str) -> QDialog:
    """A window-modal page of text with a Close button."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    text = QTextBrowser(dialog)
    text.setAccessibleName(title)
    text.setOpenExternalLinks(True)
    caret_browsing(text)
    text.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(560, 520)
    dialog.open()
    return dialog


def show_problems(parent: QWidget, error: ChartError, shown_chart: str) -> QMessageBox:
    """Why a chart did not open, one problem per line; the window keeps ``shown_chart``."""
    shown = error.problems[:MAX_PROBLEMS_SHOWN]
    lines = "\n".join(problem.located(QCoreApplication.translate) for problem in shown)
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
