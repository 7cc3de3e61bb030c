"""What the views of the foot and the feet are called, marked for translation (context
"Views")."""

from __future__ import annotations

from ..core.model import Side, View
from .i18n import QT_TRANSLATE_NOOP

VIEW_NAMES: dict[View, str] = {
    "plantar": QT_TRANSLATE_NOOP("Views", "the sole"),
    "dorsal": QT_TRANSLATE_NOOP("Views", "the top of the foot"),
    "medial": QT_TRANSLATE_NOOP("Views", "the inner side"),
    "lateral": QT_TRANSLATE_NOOP("Views", "the outer side"),
}

FOOT_LABELS: dict[tuple[Side, View], str] = {
    ("left", "plantar"): QT_TRANSLATE_NOOP("Views", "Left foot, sole"),
    ("right", "plantar"): QT_TRANSLATE_NOOP("Views", "Right foot, sole"),
    ("left", "dorsal"): QT_TRANSLATE_NOOP("Views", "Left foot, top"),
    ("right", "dorsal"): QT_TRANSLATE_NOOP("Views", "Right foot, top"),
    ("left", "medial"): QT_TRANSLATE_NOOP("Views", "Left foot, inner side"),
    ("right", "medial"): QT_TRANSLATE_NOOP("Views", "Right foot, inner side"),
    ("left", "lateral"): QT_TRANSLATE_NOOP("Views", "Left foot, outer side"),
    ("right", "lateral"): QT_TRANSLATE_NOOP("Views", "Right foot, outer side"),
}
"""The label under each foot: which foot, seen from where, so that nobody takes the mirror
for the other foot."""
