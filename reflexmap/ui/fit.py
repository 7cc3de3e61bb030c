"""Windows and dialogs sized to the screen they open on, whatever its size and scale."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QWidget

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
    # Centred by hand: QStyle.alignedRect would make QStyle's eleven enum types (5 ms).
    area = _inside_frame(widget)
    size = fitted(widget, wanted)
    left = area.x() + (area.width() - size.width()) // 2
    top = area.y() + (area.height() - size.height()) // 2
    widget.setGeometry(QRect(left, top, size.width(), size.height()))


def _inside_frame(widget: QWidget) -> QRect:
    return _available(widget).marginsRemoved(FRAME)


def _available(widget: QWidget) -> QRect:
    return widget.screen().availableGeometry()
