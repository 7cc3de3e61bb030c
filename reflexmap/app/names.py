"""What the views of the foot, the feet, the body systems and a step's pressure and direction
are called, marked for translation (contexts "Views", "Systems" and "Sessions")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.model import BodySystem, Side, View
from .i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the window starts without the sessions' module
    from ..core.sessions import Pressure, Toward

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

SYSTEM_NAMES: dict[BodySystem, str] = {
    "head-and-senses": QT_TRANSLATE_NOOP("Systems", "Head and senses"),
    "nervous-system": QT_TRANSLATE_NOOP("Systems", "Brain and nerves"),
    "endocrine": QT_TRANSLATE_NOOP("Systems", "Glands and hormones"),
    "circulation-and-breathing": QT_TRANSLATE_NOOP("Systems", "Heart, chest and breathing"),
    "digestive": QT_TRANSLATE_NOOP("Systems", "Digestion"),
    "urinary": QT_TRANSLATE_NOOP("Systems", "Kidneys and bladder"),
    "reproductive": QT_TRANSLATE_NOOP("Systems", "Reproductive organs"),
    "musculoskeletal": QT_TRANSLATE_NOOP("Systems", "Spine, bones and joints"),
    "lymphatic": QT_TRANSLATE_NOOP("Systems", "Lymph and immunity"),
    "massage-area": QT_TRANSLATE_NOOP("Systems", "Massage areas (no reflex claim)"),
}
"""The legend's headings, one per body system a zone may name."""
OTHER_SYSTEM = QT_TRANSLATE_NOOP("Systems", "Other zones")
"""The heading of zones that name no body system, in a chart where others do."""

FEET: dict[Side, str] = {
    "left": QT_TRANSLATE_NOOP("Views", "left foot"),
    "right": QT_TRANSLATE_NOOP("Views", "right foot"),
}
"""Each foot by name: a region's, a step's."""

ZONE_FEET: dict[tuple[Side, ...], str] = {
    ("left", "right"): QT_TRANSLATE_NOOP("Views", "both feet"),
    ("left",): FEET["left"],
    ("right",): FEET["right"],
}
"""The feet a zone is on, as its sides are listed."""

PRESSURE_NAMES: dict[Pressure, str] = {
    "light": QT_TRANSLATE_NOOP("Sessions", "light pressure"),
    "medium": QT_TRANSLATE_NOOP("Sessions", "medium pressure"),
    "firm": QT_TRANSLATE_NOOP("Sessions", "firm pressure"),
}

DIRECTION_NAMES: dict[Toward, str] = {
    "toes": QT_TRANSLATE_NOOP("Sessions", "toward the toes"),
    "heel": QT_TRANSLATE_NOOP("Sessions", "toward the heel"),
    "ankle": QT_TRANSLATE_NOOP("Sessions", "toward the ankle"),
    "knee": QT_TRANSLATE_NOOP("Sessions", "toward the knee"),
    "little-toe": QT_TRANSLATE_NOOP("Sessions", "toward the little toe"),
    "big-toe": QT_TRANSLATE_NOOP("Sessions", "toward the big toe"),
}
"""Which way a step's strokes go."""
