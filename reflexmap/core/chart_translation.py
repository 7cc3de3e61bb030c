"""Translations of a chart, its sessions and the disagreements table: a file beside the
English one (``zones.ru.yaml`` beside ``zones.yaml``) that repeats its structure with the
texts for people translated, joined to it by ids.

Read as strictly as a chart: every problem is reported with its place. Applied leniently: a
text the translation lacks, or gets wrong, is the English one marked UNTRANSLATED, so the
window never shows an empty label.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .disagreements import ChartPlace, Disagreements, Topic
from .errors import ChartError, Problem
from .loader import find_translation, read_file
from .model import ChartInfo, RedFlags, Symptom, Technique, Zone, ZoneData, ZoneTechnique
from .sessions import Session, Step
from .zones_file import MAX_BYTES, Reader, compose

T = TypeVar("T")
K = TypeVar("K")

UNTRANSLATED = "[EN] "
"""Put before an English text shown in place of a missing translation."""

Fields = dict[str, Node]
Keys = tuple[tuple[str, ...], tuple[str, ...]]
"""The keys an item of a translation must have, and those it may have."""


def untranslated(text: str) -> str:
    """An English text marked as standing in for its translation."""
    return f"{UNTRANSLATED}{text}" if text else text


def in_language(
    english: T,
    english_file: Path,
    language: str | None,
    translate: Callable[[T, Path, str], tuple[T, list[Problem]]],
) -> T:
    """``english`` (read from ``english_file``) with the texts of its translation into
    ``language`` if it has one, else as it is; the translation's problems are for validate."""
    path = find_translation(english_file, language)
    return english if path is None or not language else translate(english, path, language)[0]


def translate_zone_data(
    english: ZoneData, path: Path, language: str, content: bytes | None = None
) -> tuple[ZoneData, list[Problem]]:
    """The zones file's data with the translation's texts, and the translation's problems.
    ``content``: the file's bytes, if they have been read already."""
    return _translate(path, language, content, lambda r, root: r.zones_file(root, english))


def translate_sessions(
    english: tuple[Session, ...], path: Path, language: str
) -> tuple[tuple[Session, ...], list[Problem]]:
    return _translate(path, language, None, lambda r, root: r.sessions(root, english))


def translate_disagreements(
    english: Disagreements, path: Path, language: str
) -> tuple[Disagreements, list[Problem]]:
    return _translate(path, language, None, lambda r, root: r.disagreements(root, english))


def _translate(
    path: Path,
    language: str,
    content: bytes | None,
    walk: Callable[[_TranslationReader, Node | None], T],
) -> tuple[T, list[Problem]]:
    name = str(path)
    reader = _TranslationReader(name, language)
    try:
        root = compose(read_file(path, MAX_BYTES) if content is None else content, name)
    except ChartError as error:
        problems = [
            p._replace(code="translation.empty") if p.code == "yaml.empty" else p
            for p in error.problems
        ]
        return walk(reader, None), problems  # nothing to read: every text is the English one
    return walk(reader, root), reader.problems


class _TranslationReader(Reader):
    """Walks a translation beside the English records it translates. Every helper returns the
    English text marked when the translation's is missing or wrong (a missing node is None,
    already reported), so one pass reports every problem and still gives every text."""

    def __init__(self, source_name: str, language: str) -> None:
        super().__init__(source_name)
        self.language = language

    # The three kinds of file.

    def zones_file(self, root: Node | None, english: ZoneData) -> ZoneData:
        top = self.top(
            root,
            _keys(
                ("chart", "techniques", "red_flags", "contraindications", "zones"),
                optional=() if english.indications else ("indications",),
                indications=bool(english.indications),
            ),
        )
        techniques = self.joined(
            top.get("techniques"),
            ("techniques", "a technique", "technique id", "technique"),
            "id",
            {t.id: t for t in english.techniques},
            lambda _: (("id", "name", "how"), ()),
        )
        zones = self.joined(
            top.get("zones"),
            ("zones", "a zone", "zone id", "zone"),
            "id",
            {z.id: z for z in english.zones},
            _zone_keys,
        )
        flags = self.mapping(top.get("red_flags"), "red_flags", required=("notice", "signs"))
        return english._replace(
            info=self.info(top.get("chart"), english.info),
            techniques=tuple(
                self.technique_texts(techniques.get(t.id, {}), t) for t in english.techniques
            ),
            indications=self.symptoms(
                top.get("indications"), "indications", "an indication", english.indications
            ),
            red_flags=RedFlags(
                notice=self.field(flags, "notice", english.red_flags.notice, "red flag notice"),
                signs=self.symptoms(
                    flags.get("signs"), "signs", "a red flag", english.red_flags.signs
                ),
            ),
            contraindications=self.same_count(
                top.get("contraindications"),
                ("contraindications", "a contraindication"),
                english.contraindications,
            ),
            zones=tuple(self.zone_texts(zones.get(z.id, {}), z) for z in english.zones),
            language=self.language,
        )

    def sessions(self, root: Node | None, english: tuple[Session, ...]) -> tuple[Session, ...]:
        top = self.top(root, (("sessions",), ()))
        found = self.joined(
            top.get("sessions"),
            ("sessions", "a session", "session id", "session"),
            "id",
            {s.id: s for s in english},
            lambda s: _keys(
                ("id", "name", "claim", "source", "steps"),
                before=bool(s and s.before),
                note=bool(s and s.note),
            ),
        )
        return tuple(self.session(found.get(s.id, {}), s) for s in english)

    def disagreements(self, root: Node | None, english: Disagreements) -> Disagreements:
        top = self.top(root, (("note", "topics"), ()))
        found = self.joined(
            top.get("topics"),
            ("topics", "a topic", "topic id", "topic"),
            "id",
            {t.id: t for t in english.topics},
            lambda _: (("id", "name", "terms", "places"), ()),
        )
        return Disagreements(
            note=self.field(top, "note", english.note, "note"),
            topics=tuple(self.topic(found.get(t.id, {}), t) for t in english.topics),
        )

    # Their parts.

    def top(self, root: Node | None, keys: Keys) -> Fields:
        required, optional = keys
        fields = self.mapping(root, "the translation", ("language", *required), optional)
        node = fields.get("language")
        value = self.text(node, "language")
        if value and node is not None and value != self.language:
            self.report(node, "translation.language", value=value, expected=self.language)
        return fields

    def info(self, node: Node | None, english: ChartInfo) -> ChartInfo:
        keys = _keys(("name", "source", "disclaimer"), note=bool(english.note))
        fields = self.mapping(node, "chart", *keys)
        return ChartInfo(
            name=self.field(fields, "name", english.name, "chart name"),
            source=self.field(fields, "source", english.source, "chart source"),
            disclaimer=self.field(fields, "disclaimer", english.disclaimer, "disclaimer"),
            note=self.field(fields, "note", english.note, "chart note"),
        )

    def technique_texts(self, fields: Fields, english: Technique) -> Technique:
        return english._replace(
            name=self.field(fields, "name", english.name, "technique name"),
            how=self.field(fields, "how", english.how, "technique 'how'"),
        )

    def zone_texts(self, fields: Fields, english: Zone) -> Zone:
        work = english.technique
        block = self.mapping(
            fields.get("technique"),
            "technique",
            required=("movement", "pressure", "duration", "direction"),
        )
        return english._replace(
            name=self.field(fields, "name", english.name, "zone name"),
            location=self.field(fields, "location", english.location, "location"),
            claim=self.field(fields, "claim", english.claim, "claim"),
            associations=self.own_words(
                fields.get("associations"), "an association", english.associations
            ),
            symptoms=self.symptoms(
                fields.get("symptoms"), "symptoms", "a symptom", english.symptoms
            ),
            technique=ZoneTechnique(
                movement=self.field(block, "movement", work.movement, "movement"),
                pressure=self.field(block, "pressure", work.pressure, "pressure"),
                duration=self.field(block, "duration", work.duration, "duration"),
                direction=self.field(block, "direction", work.direction, "direction"),
                uses=work.uses,
            ),
            cautions=self.same_count(
                fields.get("cautions"), ("cautions", "a caution"), english.cautions
            ),
            source=self.field(fields, "source", english.source, "source"),
            note=self.field(fields, "note", english.note, "note"),
        )

    def session(self, fields: Fields, english: Session) -> Session:
        return replace(
            english,
            name=self.field(fields, "name", english.name, "session name"),
            claim=self.field(fields, "claim", english.claim, "claim"),
            source=self.field(fields, "source", english.source, "source"),
            before=self.field(fields, "before", english.before, "before"),
            note=self.field(fields, "note", english.note, "note"),
            steps=self.steps(fields.get("steps"), english.steps),
        )

    def steps(self, node: Node | None, english: tuple[Step, ...]) -> tuple[Step, ...]:
        """Each step's movement, the steps in the English order: ``each_foot:`` items stand
        for their steps on the left foot, then the right, as in the English file."""
        items: list[Fields] = []
        for item in self.sequence(node, "steps"):
            if _has_key(item, "each_foot"):
                group = self.mapping(item, "a step", required=("each_foot",))
                one_foot = [
                    self.mapping(n, "a step", required=("zone", "movement"))
                    for n in self.sequence(group.get("each_foot"), "steps")
                ]
                items.extend([*one_foot, *one_foot])
            else:
                items.append(self.mapping(item, "a step", required=("zone", "movement")))
        if isinstance(node, SequenceNode) and len(items) != len(english):
            self.report(node, "translation.count", "steps", count=len(items), expected=len(english))
            items = []
        reported: set[int] = set()
        translated = []
        for position, step in enumerate(english):
            fields = items[position] if items else {}
            zone = fields.get("zone")
            if zone is not None and id(zone) not in reported:
                reported.add(id(zone))
                self.must_be(zone, "zone", step.zone)
            movement = self.field(fields, "movement", step.movement, "movement")
            translated.append(replace(step, movement=movement))
        return tuple(translated)

    def topic(self, fields: Fields, english: Topic) -> Topic:
        node = fields.get("places")
        items = self.sequence(node, "places", 2)
        if isinstance(node, SequenceNode) and len(items) != len(english.places):
            self.report(
                node, "translation.count", "places", count=len(items), expected=len(english.places)
            )
            items = []
        places = []
        for position, place in enumerate(english.places):
            found = (
                self.mapping(items[position], "a place", required=("chart", "where"))
                if items
                else {}
            )
            if "chart" in found:
                self.must_be(found["chart"], "chart id", place.chart)
            where = self.field(found, "where", place.where, "where")
            places.append(ChartPlace(place.chart, place.zones, where))
        return replace(
            english,
            name=self.field(fields, "name", english.name, "topic name"),
            terms=self.own_words(fields.get("terms"), "a term", english.terms),
            places=tuple(places),
        )

    # The helpers.

    def joined(
        self,
        node: Node | None,
        what: tuple[str, str, str, str],
        id_key: str,
        english: Mapping[str, K],
        keys: Callable[[K | None], Keys],
    ) -> dict[str, Fields]:
        """The items of a list, by id: each must be the English file's, once, in its order,
        and every English item must be there. ``what``: the list, an item, its id, and what
        the id names."""
        list_what, item_what, id_what, noun = what
        order = list(english)
        found: dict[str, Fields] = {}
        last = -1
        for item in self.sequence(node, list_what):
            id_node = _value_of(item, id_key)
            item_id = id_node.value if isinstance(id_node, ScalarNode) else ""
            if id_node is not None and item_id and item_id not in english:
                self.report(id_node, "translation.unknown", noun, id=item_id)
                continue  # its keys are not checked: there is no English item to check against
            fields = self.mapping(item, item_what, *keys(english.get(item_id)))
            item_id = self.text(fields.get(id_key), id_what)
            if not item_id or id_node is None:
                continue
            if item_id in found:
                self.report(id_node, "yaml.duplicate-id", id_what, value=item_id)
                continue
            if order.index(item_id) < last:
                self.report(id_node, "translation.order", noun, id=item_id, after=order[last])
            last = max(last, order.index(item_id))
            found[item_id] = fields
        if isinstance(node, SequenceNode):
            for item_id in order:
                if item_id not in found:
                    self.report(node, "translation.missing", noun, id=item_id)
        return found

    def field(self, fields: Fields, key: str, english: str, what: str) -> str:
        """The translation of an English text, or the English text marked. A text the English
        file does not have is not asked for."""
        if not english:
            return english
        node = fields.get(key)
        if node is None:
            return untranslated(english)  # missing: reported with its mapping
        before = len(self.problems)
        value = self.text(node, what)
        return value if len(self.problems) == before else untranslated(english)

    def same_count(
        self, node: Node | None, what: tuple[str, str], english: tuple[str, ...]
    ) -> tuple[str, ...]:
        """A list translated item by item: the English count, in the English order."""
        items = self.sequence(node, what[0], min_items=0)
        if isinstance(node, SequenceNode) and len(items) != len(english):
            self.report(node, "translation.count", what[0], count=len(items), expected=len(english))
            items = []
        if not items:
            return tuple(map(untranslated, english))
        return tuple(
            self.field({"item": item}, "item", text, what[1])
            for item, text in zip(items, english, strict=True)
        )

    def own_words(self, node: Node | None, what: str, english: tuple[str, ...]) -> tuple[str, ...]:
        """Words in the language's own, as many as it takes: they are search words too."""
        words = [w for w in (self.checked(n, what) for n in self.sequence(node, what)) if w]
        return tuple(words) or tuple(map(untranslated, english))

    def symptoms(
        self, node: Node | None, list_what: str, what: str, english: tuple[Symptom, ...]
    ) -> tuple[Symptom, ...]:
        """Symptoms in the language's own words, as many as it takes."""
        found = []
        for item in self.sequence(node, list_what, min_items=1 if english else 0):
            before = len(self.problems)
            fields = self.mapping(item, what, required=("term",), optional=("also",))
            term = self.text(fields.get("term"), "symptom term")
            also = self.texts(fields.get("also"), "a synonym", min_items=0)
            if len(self.problems) == before:
                found.append(Symptom(term, also))
        if found:
            return tuple(found)
        return tuple(
            Symptom(untranslated(s.term), tuple(map(untranslated, s.synonyms))) for s in english
        )

    def checked(self, node: Node, what: str) -> str:
        """A text, or "" if it has a problem."""
        before = len(self.problems)
        value = self.text(node, what)
        return value if len(self.problems) == before else ""

    def must_be(self, node: Node, what: str, expected: str) -> None:
        """A value that joins the translation to the English file: it must be the English."""
        value = self.text(node, what)
        if value and value != expected:
            self.report(node, "translation.mismatch", what, value=value, expected=expected)


def _keys(required: Sequence[str], optional: Sequence[str] = (), **present: bool) -> Keys:
    """The keys a translation must have: ``required``, and each key of ``present`` that the
    English file has; a key the English file lacks is unknown. ``optional``: lists the
    English file may leave out or leave empty."""
    return (*required, *(key for key, has in present.items() if has)), tuple(optional)


def _zone_keys(zone: Zone | None) -> Keys:
    required = ("id", "name", "location", "claim", "associations", "symptoms", "technique")
    has_cautions = bool(zone and zone.cautions)
    return _keys(
        (*required, "source"),
        optional=() if has_cautions else ("cautions",),
        cautions=has_cautions,
        note=bool(zone and zone.note),
    )


def _value_of(node: Node, key: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    return next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == key), None)


def _has_key(node: Node, key: str) -> bool:
    return _value_of(node, key) is not None
