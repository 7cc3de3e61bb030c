"""Every menu command, declared once: the menus, the shortcuts page and the tests read this.

Texts are marked for translation (context "Actions") and translated where they are shown.
A handler names a method of the window, called with ``args`` (and, for a checkable action,
whether it is now checked). ``checked`` reads the state, so a check mark always shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..core.model import View
from .i18n import LANGUAGES, QT_TRANSLATE_NOOP, active_language
from .state import AppState

STANDARD = "std:"
"""Shortcuts written ``std:Name`` are the platform's standard keys (QKeySequence.StandardKey)."""


class Menu(NamedTuple):
    id: str
    title: str
    parent: str | None = None
    after_section: int = 0
    """A submenu sits in its parent after the actions of this section."""


class ActionSpec(NamedTuple):
    id: str
    text: str
    menu: str
    handler: str
    args: tuple[str, ...] = ()
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    section: int = 0
    """Actions of one menu are grouped by section, with a separator between groups."""
    checked: Callable[[AppState], bool] | None = None
    """For a checkable action: whether it is checked, read from the state."""
    group: str | None = None
    """Checkable actions of one group are exclusive (one checked at a time)."""
    available: Callable[[AppState], bool] | None = None
    """Whether the action is offered for the state's chart (else it is hidden)."""


MENUS = (
    Menu("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    Menu("recent", QT_TRANSLATE_NOOP("Actions", "Open &Recent"), parent="file"),
    Menu("options", QT_TRANSLATE_NOOP("Actions", "Chart Op&tions"), parent="file", after_section=2),
    Menu("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    Menu("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    Menu("charts", QT_TRANSLATE_NOOP("Actions", "&Charts")),
    Menu("sessions", QT_TRANSLATE_NOOP("Actions", "&Sessions")),
    Menu("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
    Menu("language", QT_TRANSLATE_NOOP("Actions", "Lan&guage"), parent="view", after_section=3),
)


def _sides(key: str, text: str) -> ActionSpec:
    return ActionSpec(
        f"sides-{key}",
        text,
        "view",
        "show_sides",
        (key,),
        section=2,
        checked=lambda state: state.sides_key == key,
        group="sides",
    )


def _view(view: View, text: str, key: str) -> ActionSpec:
    return ActionSpec(
        f"view-{view}",
        text,
        "view",
        "show_view",
        (view,),
        shortcuts=(key,),
        section=1,
        checked=lambda state: state.view == view,
        group="views",
        available=lambda state: view in state.chart.views,
    )


def _language(code: str) -> ActionSpec:
    # Each language by its own name, never translated: whoever reads it finds their own.
    return ActionSpec(
        f"language-{code}",
        f"&{LANGUAGES[code]}",
        "language",
        "set_language",
        (code,),
        checked=lambda _state: active_language() == code,
        group="language",
    )


def _option(name: str, text: str, tip: str) -> ActionSpec:
    return ActionSpec(
        f"option-{name}",
        text,
        "options",
        "set_print_option",
        (name,),
        tip=tip,
        checked=lambda state: bool(getattr(state.print_options, name)),
    )


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open Chart..."),
        "file",
        "choose_chart",
        shortcuts=("std:Open",),
        tip=QT_TRANSLATE_NOOP("Actions", "Open your own zones file and drawing"),
    ),
    ActionSpec(
        "reload",
        QT_TRANSLATE_NOOP("Actions", "Re&load"),
        "file",
        "reload",
        shortcuts=("std:Refresh", "Ctrl+R"),
        tip=QT_TRANSLATE_NOOP("Actions", "Read the chart's files again, after editing them"),
    ),
    ActionSpec(
        "journal",
        QT_TRANSLATE_NOOP("Actions", "&Journal..."),
        "file",
        "show_journal",
        shortcuts=("Ctrl+J",),
        tip=QT_TRANSLATE_NOOP("Actions", "The sessions you ran, your notes and ratings"),
    ),
    ActionSpec(
        "preview",
        QT_TRANSLATE_NOOP("Actions", "Print Pre&view..."),
        "file",
        "preview",
        shortcuts=("Ctrl+Shift+P",),
        tip=QT_TRANSLATE_NOOP("Actions", "See the printed chart before printing"),
        section=1,
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print..."),
        "file",
        "print_chart",
        shortcuts=("std:Print",),
        tip=QT_TRANSLATE_NOOP("Actions", "Print the zone chart"),
        section=1,
    ),
    ActionSpec(
        "print-card",
        QT_TRANSLATE_NOOP("Actions", "Print Session &Card..."),
        "file",
        "print_session_card",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "One page with a session's steps, a small map of each and the safety notes"
        ),
        section=1,
    ),
    ActionSpec(
        "page-setup",
        QT_TRANSLATE_NOOP("Actions", "Page Set&up..."),
        "file",
        "page_setup",
        tip=QT_TRANSLATE_NOOP("Actions", "Page size, orientation and margins"),
        section=1,
    ),
    ActionSpec(
        "export-pdf",
        QT_TRANSLATE_NOOP("Actions", "&Export as PDF..."),
        "file",
        "export",
        ("pdf",),
        shortcuts=("Ctrl+E",),
        tip=QT_TRANSLATE_NOOP("Actions", "Save the zone chart as a PDF"),
        section=2,
    ),
    ActionSpec(
        "export-image",
        QT_TRANSLATE_NOOP("Actions", "Export as &Image (PNG, SVG)..."),
        "file",
        "export",
        ("image",),
        tip=QT_TRANSLATE_NOOP("Actions", "Save the chart's first page as a PNG or SVG image"),
        section=2,
    ),
    ActionSpec(
        "print-disagreements",
        QT_TRANSLATE_NOOP("Actions", "Print &Where the Charts Disagree..."),
        "file",
        "print_disagreements",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Preview and print one page of where the bundled charts place things"
        ),
        section=2,
    ),
    ActionSpec(
        "export-disagreements",
        QT_TRANSLATE_NOOP("Actions", "Export Where the Charts Disagree as P&DF..."),
        "file",
        "export_disagreements",
        tip=QT_TRANSLATE_NOOP("Actions", "Save the page of where the charts disagree as a PDF"),
        section=2,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "file",
        "close",
        shortcuts=("std:Quit",),
        section=3,
    ),
    _option(
        "only_focus",
        QT_TRANSLATE_NOOP("Actions", "Only the &Selected or Found Zones"),
        QT_TRANSLATE_NOOP(
            "Actions", "Chart only the zones of the current search, or the selected zone"
        ),
    ),
    _option(
        "guide",
        QT_TRANSLATE_NOOP("Actions", "Add the Technique &Guide"),
        QT_TRANSLATE_NOOP(
            "Actions", "Add pages with the techniques and what research says (PDF and print)"
        ),
    ),
    _option(
        "grayscale",
        QT_TRANSLATE_NOOP("Actions", "&Black and White"),
        QT_TRANSLATE_NOOP("Actions", "For black-and-white printers: grey fills and hatching"),
    ),
    _option(
        "all_views",
        QT_TRANSLATE_NOOP("Actions", "All &Four Views"),
        QT_TRANSLATE_NOOP(
            "Actions", "Every view of the feet: two pages on A4 or Letter, one on landscape A3"
        ),
    ),
    ActionSpec(
        "client-header",
        QT_TRANSLATE_NOOP("Actions", "&Client Name and Notes..."),
        "options",
        "edit_client_header",
        tip=QT_TRANSLATE_NOOP("Actions", "Print a name, the date and notes at the chart's head"),
        section=1,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find Symptom"),
        "edit",
        "focus_search",
        shortcuts=("std:Find",),
        tip=QT_TRANSLATE_NOOP("Actions", "Search zones by symptom"),
    ),
    ActionSpec(
        "clear",
        QT_TRANSLATE_NOOP("Actions", "&Clear"),
        "edit",
        "clear",
        shortcuts=("std:Cancel",),
        tip=QT_TRANSLATE_NOOP("Actions", "Clear the search, or else the selection"),
    ),
    ActionSpec(
        "zoom-in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        "view",
        "zoom_in",
        shortcuts=("Ctrl+=", "std:ZoomIn"),
        tip=QT_TRANSLATE_NOOP("Actions", "Enlarge the drawing"),
    ),
    ActionSpec(
        "zoom-out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        "view",
        "zoom_out",
        shortcuts=("Ctrl+-", "std:ZoomOut"),
        tip=QT_TRANSLATE_NOOP("Actions", "Shrink the drawing"),
    ),
    ActionSpec(
        "fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit to Window"),
        "view",
        "fit",
        shortcuts=("Ctrl+0",),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the whole drawing"),
    ),
    ActionSpec(
        "zoom-selection",
        QT_TRANSLATE_NOOP("Actions", "&Zoom to Selection"),
        "view",
        "zoom_to_selection",
        shortcuts=("Ctrl+9",),
        tip=QT_TRANSLATE_NOOP("Actions", "Enlarge the selected zone"),
    ),
    _view("plantar", QT_TRANSLATE_NOOP("Actions", "&Sole"), "Ctrl+1"),
    _view("dorsal", QT_TRANSLATE_NOOP("Actions", "&Top of the Foot"), "Ctrl+2"),
    _view("medial", QT_TRANSLATE_NOOP("Actions", "Inn&er Side"), "Ctrl+3"),
    _view("lateral", QT_TRANSLATE_NOOP("Actions", "O&uter Side"), "Ctrl+4"),
    _sides("both", QT_TRANSLATE_NOOP("Actions", "&Both Feet")),
    _sides("left", QT_TRANSLATE_NOOP("Actions", "&Left Foot")),
    _sides("right", QT_TRANSLATE_NOOP("Actions", "&Right Foot")),
    ActionSpec(
        "labels",
        QT_TRANSLATE_NOOP("Actions", "Zone &Numbers"),
        "view",
        "set_labels_visible",
        shortcuts=("Ctrl+Shift+L",),
        tip=QT_TRANSLATE_NOOP("Actions", "Show or hide the zone numbers on the drawing"),
        section=3,
        checked=lambda state: state.labels_visible,
    ),
    *(_language(code) for code in LANGUAGES),
    ActionSpec(
        "sessions",
        QT_TRANSLATE_NOOP("Actions", "&Guided Sessions..."),
        "sessions",
        "show_sessions",
        shortcuts=("Ctrl+G",),
        tip=QT_TRANSLATE_NOOP("Actions", "Foot-massage sessions to follow step by step"),
    ),
    ActionSpec(
        "session-for-search",
        QT_TRANSLATE_NOOP("Actions", "A Session for My &Symptoms..."),
        "sessions",
        "session_for_search",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "A session on the zones the current search found, with its total time"
        ),
    ),
    ActionSpec(
        "about-claims",
        QT_TRANSLATE_NOOP("Actions", "About These &Claims"),
        "help",
        "show_about_claims",
        shortcuts=("std:HelpContents",),
        tip=QT_TRANSLATE_NOOP("Actions", "What research says about reflexology"),
    ),
    ActionSpec(
        "contraindications",
        QT_TRANSLATE_NOOP("Actions", "Co&ntraindications"),
        "help",
        "show_contraindications",
        tip=QT_TRANSLATE_NOOP("Actions", "When not to massage the feet"),
    ),
    ActionSpec(
        "safety-notice",
        QT_TRANSLATE_NOOP("Actions", "&Safety Notice"),
        "help",
        "show_safety_notice",
    ),
    ActionSpec(
        "shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "help", "show_shortcuts"
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("Actions", "Where the Charts &Disagree"),
        "help",
        "show_comparison",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Where each bundled chart places the zones, or the words searched for"
        ),
    ),
    ActionSpec(
        "about", QT_TRANSLATE_NOOP("Actions", "&About reflexmap"), "help", "show_about", section=1
    ),
)

MAP_KEYS = QT_TRANSLATE_NOOP(
    "Actions",
    "On the map: arrow keys move between the zones of a foot by where they lie, Tab goes to "
    "the other foot and then on to the zone list and the details, Enter selects, Ctrl+wheel "
    "or a pinch zooms, and dragging a zoomed drawing moves it.",
)
"""Keys the map handles itself, for the shortcuts page."""

PLAYER_KEYS = QT_TRANSLATE_NOOP(
    "Actions",
    "In a running session's player: Space pauses and resumes, Left goes back a step, Right "
    "skips to the next.",
)


def action(action_id: str) -> ActionSpec:
    return next(spec for spec in ACTIONS if spec.id == action_id)
