"""Windows and dialogs sized to the screen they open on, whatever its size and scale."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QWidget

FRAME = QMargins(4, 40, 4, 8)
"""Room for a window manager's frame and title bar (left, top, right, bottom), which Qt
learns only once a window is shown."""


def room(widget: QWidget) -> QSize:
    """The largest size a window on ``widget``'s screen can have with its frame on screen."""
    return _inside_frame(widget).size()


def fitted(widget: QWidget, wanted: QSize) -> QSize:
    """The size ``widget`` wants, or less on a smaller screen."""
    return wanted.boundedTo(room(widget))


def place(widget: QWidget, wanted: QSize) -> None:
    """Give a window the size it wants, or less on a smaller screen; centred on the screen.
    (A dialog needs only its size: Qt centres it on its parent, on screen.)"""
    widget.setGeometry(
        QStyle.alignedRect(
            Qt.LayoutDirection.LeftToRight,
            Qt.AlignmentFlag.AlignCenter,
            fitted(widget, wanted),
            _inside_frame(widget),
        )
    )


def _inside_frame(widget: QWidget) -> QRect:
    return _available(widget).marginsRemoved(FRAME)


def _available(widget: QWidget) -> QRect:
    return widget.screen().availableGeometry()
