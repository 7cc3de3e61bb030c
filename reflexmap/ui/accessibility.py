"""What assistive technology gets beyond Qt's own widgets: announcements, the seek-help notice
as an alert, headings with their level, and the map's regions as accessible objects of their
own."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QWindow

Announcer = Callable[[QAccessibleEvent], object]

_handlers: list[Announcer] = []
_factories: dict[type[QWidget], Callable[[QWidget], QAccessibleInterface]] = {}


def add_announcement_handler(handler: Announcer) -> None:
    """Also give each announcement to ``handler`` (tests check what would be said)."""
    _handlers.append(handler)


def remove_announcement_handler(handler: Announcer) -> None:
    _handlers.remove(handler)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` now (assertive) or when they are idle (polite)."""
    event: QAccessibleEvent
    if hasattr(QtGui, "QAccessibleAnnouncementEvent"):  # Qt 6.8 and later
        event = QtGui.QAccessibleAnnouncementEvent(widget, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    else:
        # Before Qt 6.8: an alert is read at once; a changed name is read as the widget's
        # news, which is as near to polite as older bridges come.
        kind = QAccessible.Event.Alert if assertive else QAccessible.Event.NameChanged
        event = QAccessibleEvent(widget, kind)
    for handler in list(_handlers):
        handler(event)
    QAccessible.updateAccessibility(event)


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    for widget_class, make in _factories.items():
        if isinstance(obj, widget_class):
            return make(obj)
    return None


def register(widget_class: type[QWidget], make: Callable[[QWidget], QAccessibleInterface]) -> None:
    """Give widgets of ``widget_class`` the interface ``make`` returns."""
    if not _factories:
        QAccessible.installFactory(_factory)
    _factories[widget_class] = make


# The seek-help notice.


class AlertLabel(QLabel):
    """A label that is an alert for assistive technology, its text its accessible text, and
    that is announced at once whenever it shows new text."""

    def show_alert(self, text: str) -> None:
        changed = text != self.text() or not self.isVisible()
        self.setText(text)
        self.setVisible(bool(text))
        if text and changed:
            announce(self, text, assertive=True)


class _AlertInterface(QAccessibleWidget):
    def __init__(self, label: QWidget) -> None:
        super().__init__(label, QAccessible.Role.AlertMessage)
        self._label = label

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name and isinstance(self._label, QLabel):
            return self._label.text()
        return super().text(t)


register(AlertLabel, _AlertInterface)


# Headings.


class HeadingLabel(QLabel):
    """A heading of ``level`` (1 to 6) for assistive technology. It takes the focus from the
    arrow keys and from screen readers, not from Tab, and shows it with a focus frame."""

    def __init__(self, text: str, level: int, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.level = level
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # Loaded when first needed: the style's classes take some 20 ms to load.
            from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStylePainter

            option = QStyleOptionFocusRect()
            option.initFrom(self)
            # Styles frame only a focus the keyboard moved; a heading's always is, or a click's.
            option.state |= QStyle.StateFlag.State_KeyboardFocusChange
            QStylePainter(self).drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)


class _Level(QAccessibleAttributesInterface):
    def __init__(self, label: HeadingLabel) -> None:
        super().__init__()
        self._label = label

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> object:
        return self._label.level if key == QAccessible.Attribute.Level else None


class _HeadingInterface(QAccessibleWidget):
    """A heading label: its text is its name, and its level reaches AT-SPI as the "level"
    attribute, as a web page's headings do."""

    def __init__(self, label: QWidget) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label
        assert isinstance(label, HeadingLabel)
        self._level = _Level(label)

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name and isinstance(self._label, QLabel):
            return self._label.text()
        return super().text(t)

    # The stubs say int; Qt takes an address, which reaches it only as a VoidPtr.
    def interface_cast(self, t: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if t == QAccessible.InterfaceType.AttributesInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._level)[0])
        # What there is not is a null address: None would reach Qt as garbage.
        found: shiboken6.VoidPtr | None = super().interface_cast(t)  # type: ignore[assignment]
        return found if found is not None else shiboken6.VoidPtr(0)


register(HeadingLabel, _HeadingInterface)


# The map's regions.


class RegionMap(Protocol):
    """What the map's interface needs of the map widget."""

    def accessible_regions(self) -> Sequence[str]:
        """The ids of the regions on show, in reading order."""

    def accessible_index(self, region_id: str) -> int:
        """The region's place in accessible_regions(); -1 if it is not on show."""

    def region_id_at(self, viewport_pos: QPoint) -> str | None: ...

    def region_screen_rect(self, region_id: str) -> QRect: ...

    def region_texts(self, region_id: str) -> tuple[str, str]:
        """The region's name and description."""

    def region_selected(self, region_id: str) -> bool: ...

    def focused_region(self) -> str | None:
        """The region with the keyboard focus, if the map has it."""


class RegionInterface(QAccessibleInterface):
    """One region of the map: a child of the map's interface, found again by its id."""

    def __init__(self, owner: MapInterface, region_id: str) -> None:
        super().__init__()
        self._owner = owner
        self.region_id = region_id

    def _map(self) -> RegionMap:
        return self._owner.region_map()

    def isValid(self) -> bool:
        return self._owner.isValid() and self._map().accessible_index(self.region_id) >= 0

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.window()

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, t: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        name, description = self._map().region_texts(self.region_id)
        if t == QAccessible.Text.Name:
            return name
        return description if t == QAccessible.Text.Description else ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # the chart's words are not edited here

    def rect(self) -> QRect:
        return self._map().region_screen_rect(self.region_id) if self.isValid() else QRect()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Graphic

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        if self.isValid():
            region_map = self._map()
            state.selected = region_map.region_selected(self.region_id)
            state.focused = region_map.focused_region() == self.region_id
        else:
            state.invisible = True
        return state


class MapInterface(QAccessibleWidget):
    """The map, whose children are its regions on show, so that review and hit-testing
    reach them."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Client)
        self._widget = widget
        # One interface per region id for the map's life: Qt caches them by address, and
        # nothing deletes an interface without an object, so they go with the map.
        self._children: dict[str, RegionInterface] = {}
        children = self._children
        widget.destroyed.connect(lambda: _forget(children.values()))

    def region_map(self) -> RegionMap:
        return self._widget  # type: ignore[return-value]

    def region(self, region_id: str) -> RegionInterface:
        if region_id not in self._children:
            self._children[region_id] = RegionInterface(self, region_id)
        return self._children[region_id]

    def childCount(self) -> int:
        return len(self.region_map().accessible_regions())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        regions = self.region_map().accessible_regions()
        return self.region(regions[index]) if 0 <= index < len(regions) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, RegionInterface):
            return self.region_map().accessible_index(child.region_id)
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        viewport = self._widget.viewport() if hasattr(self._widget, "viewport") else self._widget
        region_id = self.region_map().region_id_at(viewport.mapFromGlobal(QPoint(x, y)))
        return self.region(region_id) if region_id is not None else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        focused = self.region_map().focused_region()
        return self.region(focused) if focused is not None else None


def _forget(interfaces: Iterable[QAccessibleInterface]) -> None:
    for interface in list(interfaces):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def map_event(widget: QWidget, kind: QAccessible.Event, region_id: str | None) -> None:
    """Tell assistive technology about the map, or about one of its regions."""
    event = QAccessibleEvent(widget, kind)
    if region_id is not None:
        index: int = widget.accessible_index(region_id)  # type: ignore[attr-defined]
        if index < 0:
            return
        event.setChild(index)
    QAccessible.updateAccessibility(event)
