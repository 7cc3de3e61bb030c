"""The wording of every chart problem, in one table, so that it can be translated.

A Problem carries a code from MESSAGES and its arguments; the English text is made only when
it is shown. Each template and each Phrase (an argument that is itself wording, such as
"zone name") is wrapped in QT_TRANSLATE_NOOP, which Qt's lupdate finds in source files;
the core never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

CONTEXT = "Problem"
"""The translation context of every template and phrase."""

Translate = Callable[[str, str], str]
"""(context, English text) -> translated text, as QCoreApplication.translate takes them."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks text for translation and returns it unchanged."""
    return text


class Phrase(str):
    """An argument that is English wording, translated along with the message around it."""

    __slots__ = ()


MESSAGES: Mapping[str, str] = {
    # Reading a file.
    "file.unreadable": QT_TRANSLATE_NOOP("Problem", "cannot read: {reason}"),
    # The zones file.
    "yaml.too-large": QT_TRANSLATE_NOOP(
        "Problem", "file is larger than {megabytes} MB; a zones file is much smaller"
    ),
    "yaml.not-utf8": QT_TRANSLATE_NOOP("Problem", "not UTF-8 text (bad byte at offset {offset})"),
    "yaml.control-character": QT_TRANSLATE_NOOP(
        "Problem", "control character U+{character} is not allowed"
    ),
    "yaml.alias": QT_TRANSLATE_NOOP(
        "Problem", "aliases (*name) are not allowed; write the value out"
    ),
    "yaml.anchor": QT_TRANSLATE_NOOP(
        "Problem", "anchors (&name) are not allowed; write values out"
    ),
    "yaml.tag": QT_TRANSLATE_NOOP("Problem", "YAML tags ({tag}) are not allowed"),
    "yaml.syntax": QT_TRANSLATE_NOOP("Problem", "{detail}"),
    "yaml.syntax-unknown": QT_TRANSLATE_NOOP("Problem", "YAML syntax error"),
    "yaml.tab": QT_TRANSLATE_NOOP(
        "Problem", "a tab character here: indent YAML with spaces, not tabs"
    ),
    "yaml.error": QT_TRANSLATE_NOOP("Problem", "YAML error: {detail}"),
    "yaml.too-deep": QT_TRANSLATE_NOOP("Problem", "nesting is too deep"),
    "yaml.empty": QT_TRANSLATE_NOOP(
        "Problem", "file is empty; expected the keys chart, techniques and zones"
    ),
    "yaml.not-mapping": QT_TRANSLATE_NOOP(
        "Problem", "{what} must be a mapping of 'key: value' lines, not {kind}"
    ),
    "yaml.key-not-word": QT_TRANSLATE_NOOP("Problem", "keys in {what} must be plain words"),
    "yaml.duplicate-key": QT_TRANSLATE_NOOP("Problem", "duplicate key '{key}' in {what}"),
    "yaml.unknown-key": QT_TRANSLATE_NOOP(
        "Problem", "unknown key '{key}' in {what} (expected: {known})"
    ),
    "yaml.missing-key": QT_TRANSLATE_NOOP("Problem", "{what} is missing '{key}'"),
    "yaml.not-list": QT_TRANSLATE_NOOP("Problem", "{what} must be a list, not {kind}"),
    "yaml.too-few-items": QT_TRANSLATE_NOOP("Problem", "{what} needs at least {count} item(s)"),
    "yaml.not-text": QT_TRANSLATE_NOOP("Problem", "{what} must be text, not {kind}"),
    "yaml.read-as": QT_TRANSLATE_NOOP(
        "Problem", "{what} '{value}' would be read as {read_as}; put it in quotes"
    ),
    "yaml.empty-text": QT_TRANSLATE_NOOP("Problem", "{what} is empty"),
    "yaml.too-long": QT_TRANSLATE_NOOP(
        "Problem", "{what} is longer than {limit:,} characters; shorten it"
    ),
    "yaml.surrogate": QT_TRANSLATE_NOOP(
        "Problem", "{what} has a lone surrogate (U+{character}), which is not a character"
    ),
    "yaml.direction-mark": QT_TRANSLATE_NOOP(
        "Problem", "{what} has an invisible text-direction character (U+{character}); remove it"
    ),
    "yaml.bad-id": QT_TRANSLATE_NOOP(
        "Problem", "{what} '{value}' must be lower-case words joined by '-'"
    ),
    "yaml.duplicate-id": QT_TRANSLATE_NOOP("Problem", "duplicate {what} '{value}'"),
    "yaml.bad-side": QT_TRANSLATE_NOOP("Problem", "side '{value}' must be 'left' or 'right'"),
    "yaml.bad-view": QT_TRANSLATE_NOOP(
        "Problem", "view '{value}' must be one of plantar, dorsal, medial, lateral"
    ),
    "yaml.repeated-view": QT_TRANSLATE_NOOP("Problem", "view '{value}' is listed twice"),
    "yaml.bad-kind": QT_TRANSLATE_NOOP("Problem", "kind '{value}' must be 'reflex' or 'area'"),
    "yaml.bad-system": QT_TRANSLATE_NOOP(
        "Problem", "system '{value}' is not a known body system; the README lists them"
    ),
    "yaml.repeated-side": QT_TRANSLATE_NOOP("Problem", "side '{value}' is listed twice"),
    "yaml.unknown-technique": QT_TRANSLATE_NOOP(
        "Problem", "unknown technique '{value}' (not in techniques)"
    ),
    # The sessions file.
    "session.empty": QT_TRANSLATE_NOOP(
        "Problem", "file is empty; expected the key sessions with a list of sessions"
    ),
    "session.bad-seconds": QT_TRANSLATE_NOOP(
        "Problem", "{what} must be a whole number from {low} to {high}, not '{value}'"
    ),
    "session.bad-choice": QT_TRANSLATE_NOOP("Problem", "{what} '{value}' must be one of: {known}"),
    "session.side-in-each-foot": QT_TRANSLATE_NOOP(
        "Problem",
        "a step under each_foot takes no side: it is done on the left foot, then the right",
    ),
    "session.missing-side": QT_TRANSLATE_NOOP(
        "Problem", "a step needs a side (left or right), or must be under each_foot"
    ),
    "session.too-many-steps": QT_TRANSLATE_NOOP("Problem", "a session has more than {limit} steps"),
    "session.unknown-zone": QT_TRANSLATE_NOOP("Problem", "the chart has no zone or area '{zone}'"),
    "session.wrong-view": QT_TRANSLATE_NOOP(
        "Problem", "'{zone}' is not drawn on the {view} view (it is on: {views})"
    ),
    "session.wrong-side": QT_TRANSLATE_NOOP(
        "Problem", "'{zone}' is not on the {side} foot in the chart"
    ),
    "session.unknown-technique": QT_TRANSLATE_NOOP(
        "Problem", "unknown technique '{value}' (not among the chart's techniques)"
    ),
    # A translation of a chart, its sessions or the disagreements table.
    "translation.empty": QT_TRANSLATE_NOOP(
        "Problem", "file is empty; expected a translation: language, then the English file's keys"
    ),
    "translation.language": QT_TRANSLATE_NOOP(
        "Problem", "language '{value}' does not match the file's name, which says '{expected}'"
    ),
    "translation.missing": QT_TRANSLATE_NOOP(
        "Problem", "{what} '{id}' of the English file is missing here"
    ),
    "translation.unknown": QT_TRANSLATE_NOOP("Problem", "{what} '{id}' is not in the English file"),
    "translation.order": QT_TRANSLATE_NOOP(
        "Problem", "{what} '{id}' comes before '{after}' in the English file: keep its order"
    ),
    "translation.count": QT_TRANSLATE_NOOP(
        "Problem",
        "{what} has {count} item(s) here but {expected} in the English file: translate each, in the same order",
    ),
    "translation.mismatch": QT_TRANSLATE_NOOP(
        "Problem",
        "{what} is '{value}' here but '{expected}' in the English file; keep the English value",
    ),
    # The journal.
    "journal.damaged": QT_TRANSLATE_NOOP(
        "Problem",
        "the journal could not be read ({reason}); it was kept as {kept} and a new journal was started",
    ),
    "journal.locked": QT_TRANSLATE_NOOP(
        "Problem", "the journal is in use by another program; close it and try again"
    ),
    "journal.read-only": QT_TRANSLATE_NOOP(
        "Problem", "the journal is read-only, so nothing can be saved to it ({reason})"
    ),
    "journal.newer": QT_TRANSLATE_NOOP(
        "Problem",
        "the journal was written by a newer reflexmap (schema {found}; this one reads up to {known}); it was left as it is",
    ),
    "journal.unwritable": QT_TRANSLATE_NOOP("Problem", "cannot write the journal: {reason}"),
    # The drawing.
    "svg.too-large": QT_TRANSLATE_NOOP("Problem", "file is larger than {megabytes} MB"),
    "svg.doctype": QT_TRANSLATE_NOOP(
        "Problem", "DOCTYPE and entity declarations are not allowed in a drawing"
    ),
    "svg.instruction": QT_TRANSLATE_NOOP(
        "Problem", "processing instructions (<?{target} ...?>) are not allowed in a drawing"
    ),
    "svg.bad-encoding": QT_TRANSLATE_NOOP("Problem", "cannot read the XML: {detail}"),
    "svg.not-xml": QT_TRANSLATE_NOOP("Problem", "not well-formed XML: {detail}"),
    "svg.root-not-svg": QT_TRANSLATE_NOOP(
        "Problem", "the root element is <{tag}>, not an SVG <svg> element"
    ),
    "svg.too-deep": QT_TRANSLATE_NOOP("Problem", "elements are nested more than {limit} deep"),
    "svg.bad-transform": QT_TRANSLATE_NOOP("Problem", "malformed transform '{transform}'"),
    "svg.region-without-id": QT_TRANSLATE_NOOP("Problem", "a region has no id"),
    "svg.duplicate-region": QT_TRANSLATE_NOOP("Problem", "duplicate region id '{region}'"),
    "svg.external": QT_TRANSLATE_NOOP(
        "Problem", "<{tag}> refers to '{target}' outside the drawing: a chart may only embed images"
    ),
    "svg.use-region": QT_TRANSLATE_NOOP(
        "Problem", "this <use> draws region '{region}' again; draw each region once, directly"
    ),
    "svg.use-bomb": QT_TRANSLATE_NOOP(
        "Problem", "<use> elements here expand the drawing to over {limit:,} elements"
    ),
    "svg.too-many-elements": QT_TRANSLATE_NOOP(
        "Problem", "the drawing has over {limit:,} elements"
    ),
    "svg.invisible": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' is invisible (its opacity, or an enclosing one, is 0)"
    ),
    "svg.region-inside": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' is inside <{tag}>, which does not draw it where it stands"
    ),
    "svg.negative-size": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' has a negative {attribute}, so it is not drawn"
    ),
    "svg.use-cycle": QT_TRANSLATE_NOOP(
        "Problem", "a <use> element refers to itself, directly or through others"
    ),
    "svg.unreadable": QT_TRANSLATE_NOOP("Problem", "cannot read the SVG: {detail}"),
    "svg.no-size": QT_TRANSLATE_NOOP(
        "Problem",
        "the drawing has no usable size: give <svg> a width and height, or a viewBox",
    ),
    "svg.too-big": QT_TRANSLATE_NOOP(
        "Problem", "the drawing is over {limit:,} units wide or high; scale it down"
    ),
    "svg.stretched": QT_TRANSLATE_NOOP(
        "Problem",
        "the viewBox ({view_box}) and size ({size}) differ in proportions; make them match",
    ),
    "svg.size-units": QT_TRANSLATE_NOOP(
        "Problem", '<svg> {attribute}="{value}" needs a viewBox, or a size in plain numbers'
    ),
    "svg.too-many-regions": QT_TRANSLATE_NOOP("Problem", "more than {limit:,} regions"),
    "svg.not-a-shape": QT_TRANSLATE_NOOP("Problem", "region '{region}' is a <{tag}>, not a shape"),
    "svg.bad-region-id": QT_TRANSLATE_NOOP(
        "Problem", "region id '{region}' must be 'left-' or 'right-' followed by a zone id"
    ),
    "svg.hidden": QT_TRANSLATE_NOOP("Problem", "region '{region}' is hidden"),
    "svg.too-detailed": QT_TRANSLATE_NOOP(
        "Problem", "the regions are too detailed (over {limit:,} points); simplify them"
    ),
    "svg.not-finite": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' has coordinates that are not finite numbers"
    ),
    "svg.huge-coordinates": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' has coordinates beyond {limit:,}"
    ),
    "svg.empty-region": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' is empty (its area is zero)"
    ),
    "svg.outside": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' reaches outside the drawing (0,0 to {width},{height})"
    ),
    "svg.outside-foot": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' reaches outside the outline of the {side} foot"
    ),
    "svg.not-drawn": QT_TRANSLATE_NOOP(
        "Problem",
        "region '{region}' is not drawn (hidden with display:none, or outside the drawing)",
    ),
    "svg.too-much-overlap": QT_TRANSLATE_NOOP(
        "Problem", "too many regions lie on top of each other (counted up to region '{region}')"
    ),
    "svg.no-regions": QT_TRANSLATE_NOOP(
        "Problem", 'no regions: mark clickable shapes with class="{class_name}"'
    ),
    # The two files against each other.
    "chart.region-without-zone": QT_TRANSLATE_NOOP(
        "Problem", "region '{region}' has no zone '{zone}' in {file}"
    ),
    "chart.wrong-side": QT_TRANSLATE_NOOP(
        "Problem",
        "region '{region}' is on the {side} foot, but zone '{zone}' lists sides {sides}",
    ),
    "chart.zone-without-region": QT_TRANSLATE_NOOP(
        "Problem", "zone '{zone}' has no region '{region}' in {file}"
    ),
    "chart.wrong-view": QT_TRANSLATE_NOOP(
        "Problem",
        "region '{region}' is on the {view} view, but zone '{zone}' lists views {views}",
    ),
    "chart.zone-not-drawn": QT_TRANSLATE_NOOP(
        "Problem", "zone '{zone}' lists the {view} view, but the chart has no drawing for it"
    ),
    "chart.no-drawing": QT_TRANSLATE_NOOP(
        "Problem", "the zones file names no drawings (views): give the drawing with --map"
    ),
}
"""Each problem code with its English template; arguments fill the {named} places."""

PHRASES = frozenset(
    [
        # What the YAML read as, instead of text.
        QT_TRANSLATE_NOOP("Problem", "a yes/no value"),
        QT_TRANSLATE_NOOP("Problem", "a number"),
        QT_TRANSLATE_NOOP("Problem", "an empty value"),
        QT_TRANSLATE_NOOP("Problem", "a date"),
        QT_TRANSLATE_NOOP("Problem", "something other than text"),
        QT_TRANSLATE_NOOP("Problem", "a mapping"),
        QT_TRANSLATE_NOOP("Problem", "a list"),
        # The parts of a zones file.
        QT_TRANSLATE_NOOP("Problem", "the zones file"),
        QT_TRANSLATE_NOOP("Problem", "chart"),
        QT_TRANSLATE_NOOP("Problem", "chart name"),
        QT_TRANSLATE_NOOP("Problem", "chart source"),
        QT_TRANSLATE_NOOP("Problem", "disclaimer"),
        QT_TRANSLATE_NOOP("Problem", "chart note"),
        QT_TRANSLATE_NOOP("Problem", "techniques"),
        QT_TRANSLATE_NOOP("Problem", "a technique"),
        QT_TRANSLATE_NOOP("Problem", "technique id"),
        QT_TRANSLATE_NOOP("Problem", "technique name"),
        QT_TRANSLATE_NOOP("Problem", "technique 'how'"),
        QT_TRANSLATE_NOOP("Problem", "indications"),
        QT_TRANSLATE_NOOP("Problem", "an indication"),
        QT_TRANSLATE_NOOP("Problem", "red_flags"),
        QT_TRANSLATE_NOOP("Problem", "red flag notice"),
        QT_TRANSLATE_NOOP("Problem", "signs"),
        QT_TRANSLATE_NOOP("Problem", "a red flag"),
        QT_TRANSLATE_NOOP("Problem", "a contraindication"),
        QT_TRANSLATE_NOOP("Problem", "zones"),
        QT_TRANSLATE_NOOP("Problem", "a zone"),
        QT_TRANSLATE_NOOP("Problem", "zone id"),
        QT_TRANSLATE_NOOP("Problem", "zone name"),
        QT_TRANSLATE_NOOP("Problem", "sides"),
        QT_TRANSLATE_NOOP("Problem", "side"),
        QT_TRANSLATE_NOOP("Problem", "views"),
        QT_TRANSLATE_NOOP("Problem", "a drawing's file"),
        QT_TRANSLATE_NOOP("Problem", "kind"),
        QT_TRANSLATE_NOOP("Problem", "system"),
        QT_TRANSLATE_NOOP("Problem", "location"),
        QT_TRANSLATE_NOOP("Problem", "claim"),
        QT_TRANSLATE_NOOP("Problem", "an association"),
        QT_TRANSLATE_NOOP("Problem", "symptoms"),
        QT_TRANSLATE_NOOP("Problem", "a symptom"),
        QT_TRANSLATE_NOOP("Problem", "symptom term"),
        QT_TRANSLATE_NOOP("Problem", "a synonym"),
        QT_TRANSLATE_NOOP("Problem", "technique"),
        QT_TRANSLATE_NOOP("Problem", "movement"),
        QT_TRANSLATE_NOOP("Problem", "pressure"),
        QT_TRANSLATE_NOOP("Problem", "duration"),
        QT_TRANSLATE_NOOP("Problem", "direction"),
        QT_TRANSLATE_NOOP("Problem", "uses"),
        QT_TRANSLATE_NOOP("Problem", "a caution"),
        QT_TRANSLATE_NOOP("Problem", "source"),
        # The parts of a sessions file.
        QT_TRANSLATE_NOOP("Problem", "the sessions file"),
        QT_TRANSLATE_NOOP("Problem", "sessions"),
        QT_TRANSLATE_NOOP("Problem", "a session"),
        QT_TRANSLATE_NOOP("Problem", "session id"),
        QT_TRANSLATE_NOOP("Problem", "session name"),
        QT_TRANSLATE_NOOP("Problem", "before"),
        QT_TRANSLATE_NOOP("Problem", "note"),
        QT_TRANSLATE_NOOP("Problem", "steps"),
        QT_TRANSLATE_NOOP("Problem", "a step"),
        QT_TRANSLATE_NOOP("Problem", "zone"),
        QT_TRANSLATE_NOOP("Problem", "view"),
        QT_TRANSLATE_NOOP("Problem", "seconds"),
        QT_TRANSLATE_NOOP("Problem", "toward"),
        # The parts of the disagreements file.
        QT_TRANSLATE_NOOP("Problem", "the disagreements file"),
        QT_TRANSLATE_NOOP("Problem", "topics"),
        QT_TRANSLATE_NOOP("Problem", "a topic"),
        QT_TRANSLATE_NOOP("Problem", "topic id"),
        QT_TRANSLATE_NOOP("Problem", "topic name"),
        QT_TRANSLATE_NOOP("Problem", "a term"),
        QT_TRANSLATE_NOOP("Problem", "places"),
        QT_TRANSLATE_NOOP("Problem", "a place"),
        QT_TRANSLATE_NOOP("Problem", "chart id"),
        QT_TRANSLATE_NOOP("Problem", "where"),
        # The parts of a translation.
        QT_TRANSLATE_NOOP("Problem", "the translation"),
        QT_TRANSLATE_NOOP("Problem", "language"),
        QT_TRANSLATE_NOOP("Problem", "session"),
        QT_TRANSLATE_NOOP("Problem", "topic"),
        QT_TRANSLATE_NOOP("Problem", "contraindications"),
        QT_TRANSLATE_NOOP("Problem", "cautions"),
    ]
)
"""Every Phrase an argument may be."""
