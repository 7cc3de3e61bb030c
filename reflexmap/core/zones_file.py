"""Read a zones file (YAML) strictly into a ZoneData, reporting every problem with its place."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

try:
    from yaml._yaml import CParser

    _LIBYAML = True
except ImportError:  # PyYAML built without libyaml: every file takes the pure-Python parser
    CParser = object  # type: ignore[assignment,misc]
    _LIBYAML = False

from .errors import ChartError, Problem
from .loader import ID_PATTERN, LONG_TEXT, SHORT_TEXT, ZONES_MAX_BYTES, text_faults
from .model import (
    BODY_SYSTEMS,
    SIDES,
    VIEWS,
    ZONE_KINDS,
    ChartInfo,
    DrawingRef,
    RedFlags,
    Side,
    Symptom,
    Technique,
    View,
    Zone,
    ZoneData,
    ZoneKind,
    ZoneTechnique,
)
from .problems import Phrase

MAX_BYTES = ZONES_MAX_BYTES
"""Larger files are refused (the loader reads no more than one byte past it)."""


_STR_TAG = "tag:yaml.org,2002:str"
_READ_AS = {
    "tag:yaml.org,2002:bool": Phrase("a yes/no value"),
    "tag:yaml.org,2002:int": Phrase("a number"),
    "tag:yaml.org,2002:float": Phrase("a number"),
    "tag:yaml.org,2002:null": Phrase("an empty value"),
    "tag:yaml.org,2002:timestamp": Phrase("a date"),
}
_NOT_TEXT = Phrase("something other than text")
_EXACT_BELOW = 200_000
"""Characters under which a file that libyaml refuses is read again by the pure-Python
parser, for its messages (the corpus of bad charts is written against them); a larger one
would take it about 5 s a megabyte, so libyaml's own message stands."""
_SHORT = frozenset(
    (
        *("chart name", "technique id", "technique name", "zone id", "zone name", "side"),
        *("symptom term", "a synonym", "an association", "technique"),
    )
)
"""The texts held to SHORT_TEXT: names, ids and a symptom's words."""

Args = dict[str, str | int]


class _Rejected(Exception):
    def __init__(self, mark: Any, code: str, args: Args | None = None) -> None:
        super().__init__(code)
        self.mark = mark
        self.code = code
        self.args_ = args or {}


T = TypeVar("T", bound=str)


class _StrictComposer(Composer):
    """Refuses tags, anchors and aliases as it composes, with the place of each."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, yaml.AliasEvent):
            raise _Rejected(event.start_mark, "yaml.alias")
        if event.anchor is not None:
            raise _Rejected(event.start_mark, "yaml.anchor")
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise _Rejected(event.start_mark, "yaml.tag", {"tag": tag})
        node = super().compose_node(parent, index)
        if isinstance(node, ScalarNode) and not node.style:
            node.style = ""  # plain: as libyaml has it (PyYAML says None)
        return node


class _StrictLoader(_StrictComposer, yaml.SafeLoader):
    """The pure-Python safe loader, strict: its messages are the ones charts are tested with."""


class _FastStrictLoader(_StrictComposer, CParser, SafeConstructor, Resolver):
    """The same, composing libyaml's events: the pure-Python parser reads about 5 s a
    megabyte."""

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        Composer.__init__(self)


def load_zones(text: str | bytes, source_name: str) -> ZoneData:
    """Parse a zones file; raise ChartError listing every problem found."""
    root = compose(text, source_name)
    reader = Reader(source_name)
    data = reader.zone_data(root)
    if reader.problems:
        raise ChartError(reader.problems)
    return data


def compose(text: str | bytes, source_name: str) -> Node:
    def fail(code: str, args: Args | None = None, mark: Any = None) -> ChartError:
        if mark is None:
            return ChartError([Problem(source_name, code, args or {})])
        return ChartError([Problem(source_name, code, args or {}, mark.line + 1, mark.column + 1)])

    if len(text) > MAX_BYTES:
        raise fail("yaml.too-large", {"megabytes": MAX_BYTES // 1_000_000})
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise fail("yaml.not-utf8", {"offset": error.start}) from None
    # libyaml composes about ten times faster, with the same nodes and marks; a file it
    # refuses is read again for the pure-Python parser's exact message and place.
    if _LIBYAML:
        root = _compose_plainly(text)
        if root is not None:
            return root
        try:
            return _compose_with(_FastStrictLoader, text, fail)
        except ChartError:
            if len(text) >= _EXACT_BELOW:
                raise
        except yaml.reader.ReaderError:
            pass  # libyaml places a control character by byte: the pure-Python reader finds it
    try:
        return _compose_with(_StrictLoader, text, fail)
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        args: Args = {"character": f"{error.character:04X}"}
        raise ChartError(
            [Problem(source_name, "yaml.control-character", args, line, column)]
        ) from None


_DEEPEST = 100
"""Nesting the plain composer leaves to the strict one, which reports what is too deep."""
_NODE_PROPERTY = re.compile(r"(?:^|[\r\x85\u2028\u2029\ufeff\[{,:?-])\s*[!&*]", re.MULTILINE)
"""A "!" (tag), "&" (anchor) or "*" (alias) where a node may begin: at the start of a line,
or after an indicator. Prose such as "Head & neck" does not match; a rare text that does
("* one" in a folded text) is composed strictly."""


class _TooDeep(Exception):
    pass


class _PlainLoader(CParser, Resolver):
    """libyaml composing the nodes itself, in C: the resolver's hooks (the only Python it
    calls per node, besides tagging plain scalars) keep count of the nesting."""

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        Resolver.__init__(self)
        self.depth = 0

    def descend_resolver(self, current_node: Node | None, current_index: object) -> None:
        self.depth += 1
        if self.depth > _DEEPEST:  # before the node's children: the C stack stays shallow
            raise _TooDeep

    def ascend_resolver(self) -> None:
        self.depth -= 1


def _compose_plainly(text: str) -> Node | None:
    """The nodes of a file with no tags, anchors or aliases, nested less than _DEEPEST, in
    one document: the same nodes as the strict composer makes, in a third of the time of
    composing libyaml's events in Python. None for any other file, or one with a problem:
    the strict composer reads it again, and reports it."""
    if _NODE_PROPERTY.search(text):
        return None
    loader = _PlainLoader(text)
    try:
        root: Node | None = loader.get_single_node()
    except Exception:  # whatever it is, the strict composer says it exactly
        return None
    finally:
        loader.dispose()
    return root


def _compose_with(
    make: type[_StrictLoader | _FastStrictLoader],
    text: str,
    fail: Callable[..., ChartError],
) -> Node:
    """The document's root node; raises ReaderError for a character YAML does not allow."""
    loader = make(text)
    try:
        root = loader.get_single_node()
    except yaml.reader.ReaderError:
        raise
    except _Rejected as error:
        raise fail(error.code, error.args_, error.mark) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        detail = ", ".join(filter(None, [error.context, error.problem]))
        if "'\\t'" in (error.problem or ""):
            raise fail("yaml.tab", mark=mark) from None
        if not detail:
            raise fail("yaml.syntax-unknown", mark=mark) from None
        raise fail("yaml.syntax", {"detail": detail}, mark) from None
    except yaml.YAMLError as error:
        raise fail("yaml.error", {"detail": str(error)}) from None
    except RecursionError:
        raise fail("yaml.too-deep") from None
    finally:
        loader.dispose()
    if root is None:
        raise fail("yaml.empty")
    return root


class Reader:
    """Walks composed YAML nodes into records, collecting problems instead of stopping.

    Helpers take ``None`` for a value that is missing (already reported) and return an empty
    default, so one pass reports everything.
    """

    def __init__(self, source_name: str) -> None:
        self.source_name = source_name
        self.problems: list[Problem] = []

    def report(self, node: Node, code: str, what: str | None = None, **args: str | int) -> None:
        """A problem at the node; ``what`` names the part of the file, a Phrase."""
        mark = node.start_mark
        if what is not None:
            args["what"] = Phrase(what)
        self.problems.append(Problem(self.source_name, code, args, mark.line + 1, mark.column + 1))

    def mapping(
        self, node: Node | None, what: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Node]:
        if node is None:
            return {}
        if not isinstance(node, MappingNode):
            self.report(node, "yaml.not-mapping", what, kind=_kind(node))
            return {}
        fields: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.report(key_node, "yaml.key-not-word", what)
                continue
            key = key_node.value
            if key in fields:
                self.report(key_node, "yaml.duplicate-key", what, key=key)
            elif key not in required and key not in optional:
                known = ", ".join([*required, *optional])
                self.report(key_node, "yaml.unknown-key", what, key=key, known=known)
            else:
                fields[key] = value_node
        for key in required:
            if key not in fields:
                self.report(node, "yaml.missing-key", what, key=key)
        return fields

    def sequence(self, node: Node | None, what: str, min_items: int = 1) -> list[Node]:
        if node is None:
            return []
        if not isinstance(node, SequenceNode):
            self.report(node, "yaml.not-list", what, kind=_kind(node))
            return []
        if len(node.value) < min_items:
            self.report(node, "yaml.too-few-items", what, count=min_items)
        return list(node.value)

    def text(self, node: Node | None, what: str) -> str:
        if node is None:
            return ""
        if not isinstance(node, ScalarNode):
            self.report(node, "yaml.not-text", what, kind=_kind(node))
            return ""
        if not node.style and node.tag != _STR_TAG:  # plain
            read_as = _READ_AS.get(node.tag, _NOT_TEXT)
            self.report(node, "yaml.read-as", what, value=node.value, read_as=read_as)
            return ""
        value = " ".join(node.value.split())
        for code, args in text_faults(value, SHORT_TEXT if what in _SHORT else LONG_TEXT):
            self.report(node, code, what, **args)
        return value

    def texts(self, node: Node | None, what: str, min_items: int = 1) -> tuple[str, ...]:
        return tuple(self.text(item, what) for item in self.sequence(node, what, min_items))

    def identifier(self, node: Node | None, what: str, seen: set[str]) -> str:
        """An id: lower-case words joined by '-', unique among ``seen`` (which it extends)."""
        value = self.text(node, what)
        if value and node is not None:
            if not ID_PATTERN.fullmatch(value):
                self.report(node, "yaml.bad-id", what, value=value)
            elif value in seen:
                self.report(node, "yaml.duplicate-id", what, value=value)
            seen.add(value)
        return value

    # The schema, top down.

    def zone_data(self, root: Node) -> ZoneData:
        top = self.mapping(
            root,
            "the zones file",
            required=("chart", "techniques", "red_flags", "contraindications", "zones"),
            optional=("indications", "views"),
        )
        technique_ids: set[str] = set()
        techniques = tuple(
            self.technique(n, technique_ids)
            for n in self.sequence(top.get("techniques"), "techniques")
        )
        zone_ids: set[str] = set()
        zones = tuple(
            self.zone(n, zone_ids, technique_ids) for n in self.sequence(top.get("zones"), "zones")
        )
        return ZoneData(
            info=self.chart_info(top.get("chart")),
            techniques=techniques,
            indications=tuple(
                self.symptom(n, "an indication")
                for n in self.sequence(top.get("indications"), "indications", min_items=0)
            ),
            red_flags=self.red_flags(top.get("red_flags")),
            contraindications=self.texts(top.get("contraindications"), "a contraindication"),
            zones=zones,
            drawings=self.drawings(top["views"]) if "views" in top else (),
        )

    def drawings(self, node: Node) -> tuple[DrawingRef, ...]:
        """The drawing of each view: ``views: {plantar: foot.svg, ...}``."""
        fields = self.mapping(node, "views", required=("plantar",), optional=VIEWS[1:])
        return tuple(
            DrawingRef(
                view,
                self.text(fields[view], "a drawing's file"),
                fields[view].start_mark.line + 1,
            )
            for view in VIEWS
            if view in fields
        )

    def chart_info(self, node: Node | None) -> ChartInfo:
        fields = self.mapping(
            node, "chart", required=("name", "source", "disclaimer"), optional=("note",)
        )
        return ChartInfo(
            name=self.text(fields.get("name"), "chart name"),
            source=self.text(fields.get("source"), "chart source"),
            disclaimer=self.text(fields.get("disclaimer"), "disclaimer"),
            note=self.text(fields.get("note"), "chart note") if "note" in fields else "",
        )

    def technique(self, node: Node, seen_ids: set[str]) -> Technique:
        fields = self.mapping(node, "a technique", required=("id", "name", "how"))
        return Technique(
            id=self.identifier(fields.get("id"), "technique id", seen_ids),
            name=self.text(fields.get("name"), "technique name"),
            how=self.text(fields.get("how"), "technique 'how'"),
        )

    def zone(self, node: Node, seen_ids: set[str], known_techniques: set[str]) -> Zone:
        fields = self.mapping(
            node,
            "a zone",
            required=(
                "id",
                "name",
                "sides",
                "location",
                "claim",
                "associations",
                "symptoms",
                "technique",
                "source",
            ),
            optional=("cautions", "views", "kind", "note", "system"),
        )
        kind = self.text(fields["kind"], "kind") if "kind" in fields else "reflex"
        if kind not in ZONE_KINDS:
            self.report(fields["kind"], "yaml.bad-kind", value=kind)
        system = self.text(fields["system"], "system") if "system" in fields else None
        if system is not None and system not in BODY_SYSTEMS:
            self.report(fields["system"], "yaml.bad-system", value=system)
        return Zone(
            id=self.identifier(fields.get("id"), "zone id", seen_ids),
            name=self.text(fields.get("name"), "zone name"),
            sides=self.sides(fields.get("sides")),
            location=self.text(fields.get("location"), "location"),
            claim=self.text(fields.get("claim"), "claim"),
            associations=self.texts(fields.get("associations"), "an association"),
            symptoms=tuple(
                self.symptom(n) for n in self.sequence(fields.get("symptoms"), "symptoms")
            ),
            technique=self.zone_technique(fields.get("technique"), known_techniques),
            cautions=self.texts(fields.get("cautions"), "a caution", min_items=0),
            source=self.text(fields.get("source"), "source"),
            views=self.views(fields["views"]) if "views" in fields else ("plantar",),
            kind=cast(ZoneKind, kind),
            note=self.text(fields["note"], "note") if "note" in fields else "",
            system=system if system in BODY_SYSTEMS else None,
            line=node.start_mark.line + 1,
        )

    def views(self, node: Node) -> tuple[View, ...]:
        codes = ("yaml.bad-view", "yaml.repeated-view")
        return self.choices(node, ("views", "view"), VIEWS, codes)

    def sides(self, node: Node | None) -> tuple[Side, ...]:
        codes = ("yaml.bad-side", "yaml.repeated-side")
        return self.choices(node, ("sides", "side"), SIDES, codes)

    def choices(
        self,
        node: Node | None,
        names: tuple[str, str],
        allowed: tuple[T, ...],
        codes: tuple[str, str],
    ) -> tuple[T, ...]:
        """A list of some of ``allowed`` (``names``: of the list, of an item), each once, in
        the order of ``allowed`` whatever the file's (`[right, left]` is both feet, as
        `[left, right]` is); ``codes`` name the problems of a value not allowed and of one
        repeated."""
        chosen: list[T] = []
        for item in self.sequence(node, names[0]):
            value = self.text(item, names[1])
            known = next((choice for choice in allowed if choice == value), None)
            if value and known is None:
                self.report(item, codes[0], value=value)
            elif known in chosen:
                self.report(item, codes[1], value=value)
            elif known is not None:
                chosen.append(known)
        return tuple(choice for choice in allowed if choice in chosen)

    def red_flags(self, node: Node | None) -> RedFlags:
        fields = self.mapping(node, "red_flags", required=("notice", "signs"))
        return RedFlags(
            notice=self.text(fields.get("notice"), "red flag notice"),
            signs=tuple(
                self.symptom(n, "a red flag") for n in self.sequence(fields.get("signs"), "signs")
            ),
        )

    def symptom(self, node: Node, what: str = "a symptom") -> Symptom:
        fields = self.mapping(node, what, required=("term",), optional=("also",))
        return Symptom(
            term=self.text(fields.get("term"), "symptom term"),
            synonyms=self.texts(fields.get("also"), "a synonym", min_items=0),
        )

    def zone_technique(self, node: Node | None, known_techniques: set[str]) -> ZoneTechnique:
        fields = self.mapping(
            node, "technique", required=("movement", "pressure", "duration", "direction", "uses")
        )
        uses = []
        for item in self.sequence(fields.get("uses"), "uses"):
            technique_id = self.text(item, "technique")
            if technique_id and technique_id not in known_techniques:
                self.report(item, "yaml.unknown-technique", value=technique_id)
            uses.append(technique_id)
        return ZoneTechnique(
            movement=self.text(fields.get("movement"), "movement"),
            pressure=self.text(fields.get("pressure"), "pressure"),
            duration=self.text(fields.get("duration"), "duration"),
            direction=self.text(fields.get("direction"), "direction"),
            uses=tuple(uses),
        )


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return Phrase("a mapping")
    if isinstance(node, SequenceNode):
        return Phrase("a list")
    return f"'{node.value}'"
