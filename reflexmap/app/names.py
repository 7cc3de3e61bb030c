"""What the views of the foot, the feet and the body systems are called, marked for
translation (contexts "Views" and "Systems")."""

from __future__ import annotations

from ..core.model import BodySystem, Side, View
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
