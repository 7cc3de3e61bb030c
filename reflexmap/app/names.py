"""What the views of the foot are called, marked for translation (context "Views")."""

from __future__ import annotations

from ..core.model import View
from .i18n import QT_TRANSLATE_NOOP

VIEW_NAMES: dict[View, str] = {
    "plantar": QT_TRANSLATE_NOOP("Views", "the sole"),
    "dorsal": QT_TRANSLATE_NOOP("Views", "the top of the foot"),
    "medial": QT_TRANSLATE_NOOP("Views", "the inner side"),
    "lateral": QT_TRANSLATE_NOOP("Views", "the outer side"),
}
