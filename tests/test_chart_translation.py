"""Chart translations: checked as strictly as charts, loaded with marked fallbacks, searched in
their own language."""

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given

from reflexmap.app.catalogue import (
    BUNDLED,
    ChartSource,
    load,
    load_disagreements,
    translation_files,
)
from reflexmap.cli import main
from reflexmap.core.chart_translation import (
    UNTRANSLATED,
    translate_disagreements,
    translate_sessions,
    translate_zone_data,
)
from reflexmap.core.disagreements import read_disagreements_file
from reflexmap.core.errors import Problem
from reflexmap.core.loader import load_chart
from reflexmap.core.model import Chart, ZoneData
from reflexmap.core.search import SymptomIndex
from reflexmap.core.sessions_file import read_sessions_file
from reflexmap.core.zones_file import load_zones
from reflexmap.resources import bundled_data_file, bundled_zones_file

from .conftest import copy_bundled_chart
from .test_fuzz import FUZZ, edits, mutate

CORPUS = Path(__file__).parent / "bad_translations"
EXPECTED = {
    "claim-as-list.ru.yaml": ["36:12: claim must be text, not a list"],
    "disagreements-kept-zones.ru.yaml": ["9:9: unknown key 'zones' in a place"],
    "disagreements-swapped-places.ru.yaml": [
        "8:16: chart id is 'article' here but 'western' in the English file",
        "10:16: chart id is 'western' here but 'article' in the English file",
    ],
    "duplicate-zone.ru.yaml": ["47:9: duplicate zone id 'heel'"],
    "empty-claim.ru.yaml": ["36:12: claim is empty"],
    "empty-signs.ru.yaml": ["12:10: signs needs at least 1 item(s)"],
    "empty.ru.yaml": [" file is empty; expected a translation"],  # no place
    "fewer-contraindications.ru.yaml": [
        "15:3: contraindications has 1 item(s) here but 2 in the English file"
    ],
    "kept-sides.ru.yaml": ["20:5: unknown key 'sides' in a zone"],
    "kept-uses.ru.yaml": ["30:7: unknown key 'uses' in technique"],
    "missing-claim.ru.yaml": ["33:5: a zone is missing 'claim'"],
    "missing-language.ru.yaml": ["1:1: the translation is missing 'language'"],
    "missing-note.ru.yaml": ["33:5: a zone is missing 'note'"],
    "missing-technique-field.ru.yaml": ["41:7: technique is missing 'pressure'"],
    "missing-zone.ru.yaml": ["18:3: zone 'arch' of the English file is missing here"],
    "more-cautions.ru.yaml": ["31:7: cautions has 2 item(s) here but 1 in the English file"],
    "note-not-in-english.ru.yaml": ["32:5: unknown key 'note' in a zone"],
    "sessions-kept-seconds.ru.yaml": ["10:9: unknown key 'seconds' in a step"],
    "sessions-missing-step.ru.yaml": ["8:7: steps has 2 item(s) here but 3 in the English file"],
    "sessions-wrong-zone.ru.yaml": ["11:19: zone is 'heel' here but 'arch' in the English file"],
    "unknown-technique.ru.yaml": [
        "7:9: technique 'pressing-hard' is not in the English file",
        "7:3: technique 'pressing' of the English file is missing here",
    ],
    "unknown-zone.ru.yaml": ["47:9: zone 'toe' is not in the English file"],
    "wrong-language.ru.yaml": ["1:11: language 'de' does not match the file's name"],
    "zones-out-of-order.ru.yaml": ["32:9: zone 'heel' comes before 'arch' in the English file"],
}
GOOD = ("zones.good.ru.yaml", "sessions.good.ru.yaml", "disagreements.good.ru.yaml")


def translated_zones(name: str) -> tuple[ZoneData, list[Problem]]:
    english = load_zones((CORPUS / "zones.yaml").read_bytes(), "zones.yaml")
    return translate_zone_data(english, CORPUS / name, "ru")


def translate(path: Path) -> tuple[object, list[str]]:
    """The corpus file against the English file of its kind: what it gives, and its problems
    as they are printed."""
    found: object
    if path.name.startswith("sessions"):
        english_sessions = read_sessions_file(CORPUS / "sessions.yaml")
        found, problems = translate_sessions(english_sessions, path, "ru")
    elif path.name.startswith("disagreements"):
        table = read_disagreements_file(CORPUS / "disagreements.yaml")
        found, problems = translate_disagreements(table, path, "ru")
    else:
        found, problems = translated_zones(path.name)
    return found, [str(problem) for problem in problems]


def test_the_corpus_and_the_table_agree() -> None:
    translations = {p.name for p in CORPUS.glob("*.ru.yaml")}
    assert translations == set(EXPECTED) | set(GOOD)


@pytest.mark.parametrize("name", GOOD)
def test_a_good_translation_has_no_problem_and_every_text_translated(name: str) -> None:
    found, problems = translate(CORPUS / name)
    assert problems == []
    assert UNTRANSLATED not in repr(found)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_translation_gets_its_problems_at_their_place(name: str) -> None:
    _, problems = translate(CORPUS / name)
    assert len(problems) == len(EXPECTED[name]), problems
    for problem, where in zip(problems, EXPECTED[name], strict=True):
        assert problem.startswith(f"{CORPUS / name}:{where}"), problem


@pytest.mark.parametrize("name", ["missing-claim.ru.yaml", "empty-claim.ru.yaml"])
def test_a_missing_text_is_the_english_one_marked(name: str) -> None:
    arch = translated_zones(name)[0].zones[1]
    assert arch.claim == "[EN] Traditional charts link the arch with sleep."
    assert arch.name == "Свод стопы"  # the rest stays translated


def test_a_list_of_another_length_is_the_english_list_marked() -> None:
    data, _ = translated_zones("fewer-contraindications.ru.yaml")
    assert data.contraindications == ("[EN] fever", "[EN] pregnancy")


def test_an_unreadable_translation_gives_every_text_in_english_marked() -> None:
    zone = translated_zones("empty.ru.yaml")[0].zones[0]
    assert (zone.name, zone.technique.movement) == ("[EN] Heel", "[EN] Press.")
    assert zone.symptoms[0].term == "[EN] period pain"
    assert zone.sides == ("left", "right")  # what is not text stays the English file's


def test_the_article_chart_and_the_disagreements_are_translated() -> None:
    names = {file.path.name for file in translation_files(ChartSource.of_bundled("article"))}
    expected = {"zones.ru.yaml", "zones.de.yaml", "disagreements.ru.yaml", "disagreements.de.yaml"}
    assert expected <= names


@pytest.mark.parametrize("chart_id", [chart.id for chart in BUNDLED])
def test_each_bundled_translation_validates_clean(
    chart_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    files = translation_files(ChartSource.of_bundled(chart_id))
    assert main(["--chart", chart_id, "validate"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"{', '.join(str(file.path) for file in files)}: translations OK"


@pytest.mark.parametrize("language", ["ru", "de"])
def test_the_translated_article_chart_has_every_text_translated(language: str) -> None:
    english = load(ChartSource.of_bundled("article"), None)
    chart = load(ChartSource.of_bundled("article"), None, language)
    assert UNTRANSLATED not in repr(chart.zone_data)
    assert [z.id for z in chart.zones] == [z.id for z in english.zones]
    for zone, original in zip(chart.zones, english.zones, strict=True):
        assert (zone.sides, zone.views, zone.kind) == (
            original.sides,
            original.views,
            original.kind,
        )
        assert zone.name != original.name
        assert len(zone.cautions) == len(original.cautions)
    assert len(chart.zone_data.contraindications) == len(english.zone_data.contraindications)


def test_claims_stay_framed_as_claims() -> None:
    russian = load(ChartSource.of_bundled("article"), None, "ru")
    german = load(ChartSource.of_bundled("article"), None, "de")
    for zone in russian.zones:
        assert zone.claim.startswith(("Традиционные схемы", "Источник")), zone.id
    for zone in german.zones:
        assert zone.claim.startswith(("Nach der Überlieferung", "Die Quelle")), zone.id


@pytest.mark.parametrize("language", ["ru", "de"])
def test_the_translated_disagreements_keep_the_english_places(language: str) -> None:
    english = load_disagreements()
    table = load_disagreements(language)
    assert UNTRANSLATED not in repr(table)
    assert table.note != english.note
    for topic, original in zip(table.topics, english.topics, strict=True):
        assert topic.id == original.id
        assert [(p.chart, p.zones) for p in topic.places] == [
            (p.chart, p.zones) for p in original.places
        ]


def test_a_chart_without_a_translation_is_english_unmarked() -> None:
    english = load(ChartSource.of_bundled("article"), None)
    assert load(ChartSource.of_bundled("article"), None, "fr") == english
    assert load(ChartSource.of_bundled("article"), None, "en") == english


def test_a_missing_zone_in_a_users_translation_shows_english_marked(tmp_path: Path) -> None:
    zones, _ = copy_bundled_chart(tmp_path)
    text = (bundled_data_file("zones.ru.yaml")).read_text(encoding="utf-8")
    start = text.index("  - id: heart\n")
    end = text.index("  - id: big-toe-ball\n")
    (zones.parent / "zones.ru.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    chart = load_chart(zones, language="ru")
    heart = chart.zone("heart")
    assert heart.name == "[EN] Heart area"
    assert heart.claim.startswith("[EN] Traditional charts")
    assert chart.zone("heel").name == "Центр пятки"


def test_validate_reports_a_users_translation_beside_the_chart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zones, _ = copy_bundled_chart(tmp_path)
    text = (bundled_data_file("zones.de.yaml")).read_text(encoding="utf-8")
    text = text.replace("  - id: heart\n", "  - id: hearth\n")
    translation = zones.parent / "zones.de.yaml"
    translation.write_text(text, encoding="utf-8")
    assert main(["validate", "--zones", str(zones)]) == 1
    lines = capsys.readouterr().out.splitlines()
    line = text.splitlines().index("  - id: hearth") + 1
    assert f"{translation}:{line}:9: zone 'hearth' is not in the English file" in lines
    assert any("zone 'heart' of the English file is missing here" in x for x in lines)


def test_the_cache_keeps_each_language_and_follows_the_translation(
    tmp_path: Path, cache_dir: Path
) -> None:
    zones, _ = copy_bundled_chart(tmp_path)
    translation = zones.parent / "zones.ru.yaml"
    shutil.copy(bundled_data_file("zones.ru.yaml"), translation)
    for _ in range(2):  # the second round comes from the cache
        assert load_chart(zones, cache_dir=cache_dir).zone("heel").name == "Heel centre"
        assert load_chart(zones, cache_dir=cache_dir, language="ru").zone("heel").name == (
            "Центр пятки"
        )
    text = translation.read_text(encoding="utf-8").replace("Центр пятки", "Середина пятки")
    translation.write_text(text, encoding="utf-8")
    assert load_chart(zones, cache_dir=cache_dir, language="ru").zone("heel").name == (
        "Середина пятки"
    )


def test_sessions_load_in_a_language_with_their_steps_translated(tmp_path: Path) -> None:
    shutil.copy(CORPUS / "sessions.yaml", tmp_path / "sessions.yaml")
    shutil.copy(CORPUS / "sessions.good.ru.yaml", tmp_path / "sessions.ru.yaml")
    english = read_sessions_file(tmp_path / "sessions.yaml")
    (session,) = read_sessions_file(tmp_path / "sessions.yaml", "ru")
    assert session.name == "Короткий массаж"
    assert [s.movement for s in session.steps] == [
        "Надавите на пятку.",
        "Надавите на свод.",
        "Надавите на свод.",
    ]
    assert [(s.zone, s.side, s.seconds) for s in session.steps] == [
        (s.zone, s.side, s.seconds) for s in english[0].steps
    ]


@pytest.fixture(scope="module")
def indexes() -> dict[str, SymptomIndex]:
    """The article chart's search index in each language."""
    return {
        language: SymptomIndex(
            load_chart(bundled_zones_file(), language=language).zone_data, language
        )
        for language in ("ru", "de")
    }


@pytest.fixture(scope="module")
def russian(indexes: dict[str, SymptomIndex]) -> SymptomIndex:
    return indexes["ru"]


@pytest.fixture(scope="module")
def german(indexes: dict[str, SymptomIndex]) -> SymptomIndex:
    return indexes["de"]


@pytest.mark.parametrize(
    ("language", "query", "first_zone"),
    [
        ("ru", "болит голова", "toe-tips"),
        ("ru", "голова болит", "toe-tips"),
        ("ru", "головная боль", "toe-tips"),
        ("ru", "Головные боли", "toe-tips"),  # case and plural
        ("ru", "мигрень", "toe-tips"),
        ("ru", "галавная боль", "toe-tips"),  # a typo
        ("ru", "не могу уснуть", "arch"),
        ("ru", "бессонница", "arch"),
        ("ru", "бесоница", "arch"),  # a typo
        ("ru", "плохо сплю", "arch"),
        ("ru", "заложен нос", "toe-pads"),
        ("ru", "нос заложен", "toe-pads"),
        ("ru", "насморк", "toe-pads"),
        ("ru", "у меня сильно болит живот", "deep-arch"),
        ("ru", "першит в горле", "lateral-edge"),
        ("ru", "устали глаза", "toe-crease-2-3"),
        ("ru", "болезненные месячные", "heel"),
        ("de", "Kopfschmerzen", "toe-tips"),
        ("de", "Kopfweh", "toe-tips"),
        ("de", "Kopfschmertzen", "toe-tips"),  # a typo
        ("de", "Migräne", "toe-tips"),
        ("de", "Migrane", "toe-tips"),  # no umlaut
        ("de", "Schlafprobleme", "arch"),
        ("de", "ich kann nicht schlafen", "arch"),
        ("de", "Schlafstörungen", "arch"),
        ("de", "verstopfte Nase", "toe-pads"),
        ("de", "Nase verstopft", "toe-pads"),
        ("de", "Schnupfen", "toe-pads"),
        ("de", "Bauchweh", "deep-arch"),
        ("de", "Halsschmerzen", "lateral-edge"),
        ("de", "müde Augen", "toe-crease-2-3"),
        ("de", "Regelschmerzen", "heel"),
    ],
)
def test_queries_in_each_language_find_the_zone(
    indexes: dict[str, SymptomIndex], language: str, query: str, first_zone: str
) -> None:
    result = indexes[language].search(query)
    assert result.results, query
    assert result.results[0].zone == first_zone
    assert result.notice is None


def test_several_symptoms_at_once_find_each_zone(
    russian: SymptomIndex, german: SymptomIndex
) -> None:
    found = {m.zone for m in russian.search("болит голова и не могу уснуть").results}
    assert {"toe-tips", "arch"} <= found
    found = {m.zone for m in russian.search("заложен нос, кашель").results}
    assert {"toe-pads", "lateral-edge"} <= found
    found = {m.zone for m in german.search("Kopfschmerzen und verstopfte Nase").results}
    assert {"toe-tips", "toe-pads"} <= found
    found = {m.zone for m in german.search("Kopfschmerzen mit Übelkeit").results}
    assert {"toe-tips", "deep-arch"} <= found


@pytest.mark.parametrize(
    "query",
    ["боль в груди", "болит грудь", "давит в груди", "не могу дышать", "потерял сознание"],
)
def test_russian_warning_signs_bring_the_notice_in_russian(
    russian: SymptomIndex, query: str
) -> None:
    result = russian.search(query)
    assert result.notice is not None
    assert result.notice.startswith("Немедленно обратитесь за медицинской помощью")


@pytest.mark.parametrize(
    "query",
    ["Brustschmerzen", "Schmerzen in der Brust", "bekomme keine Luft", "plötzlich bewusstlos"],
)
def test_german_warning_signs_bring_the_notice_in_german(german: SymptomIndex, query: str) -> None:
    result = german.search(query)
    assert result.notice is not None
    assert result.notice.startswith("Suchen Sie sofort ärztliche Hilfe")


def test_a_translated_chart_is_searched_in_its_language_by_default() -> None:
    data = load_chart(bundled_zones_file(), language="ru").zone_data
    assert data.language == "ru"
    assert SymptomIndex(data).search("головные боли").results[0].zone == "toe-tips"


def test_a_translated_chart_from_the_cache_keeps_its_language(cache_dir: Path) -> None:
    load_chart(bundled_zones_file(), cache_dir=cache_dir, language="de")
    (entry,) = cache_dir.glob("chart-*.json")
    entry.write_text(entry.read_text(encoding="utf-8").replace("Fersenmitte", "F"), "utf-8")
    cached = load_chart(bundled_zones_file(), cache_dir=cache_dir, language="de")
    assert cached.zone("heel").name == "F"  # the cache's, not parsed again
    assert cached.zone_data.language == "de"


def test_an_english_index_still_reads_only_english_words(chart: Chart) -> None:
    index = SymptomIndex(chart.zone_data)
    assert index.search("headache").results[0].zone == "toe-tips"
    assert not index.search("болит голова").results


@FUZZ
@given(edits)
def test_a_mutated_translation_gives_problems_and_every_text(
    changes: list[tuple[int, int, str]],
) -> None:
    """Whatever the bytes, translating never raises, and every text is there, translated or
    the English one marked."""
    english = load_zones((CORPUS / "zones.yaml").read_bytes(), "zones.yaml")
    content = mutate((CORPUS / "zones.good.ru.yaml").read_bytes(), changes)
    data, _ = translate_zone_data(english, Path("zones.ru.yaml"), "ru", content)
    assert [z.id for z in data.zones] == [z.id for z in english.zones]
    assert all(zone.name and zone.claim and zone.technique.movement for zone in data.zones)


@pytest.mark.parametrize("language", [None, "ru", "de"])
@pytest.mark.parametrize("chart_id", ["article", "western"])
def test_no_zone_word_raises_the_warning_notice(chart_id: str, language: str | None) -> None:
    """An ordinary complaint a zone lists ("сенная лихорадка", hay fever; "weak bladder") is
    no emergency."""
    data = load(ChartSource.of_bundled(chart_id), None, language).zone_data
    index = SymptomIndex(data)
    alarming = [
        word
        for zone in data.zones
        for symptom in zone.symptoms
        for word in (symptom.term, *symptom.synonyms)
        if index.search(word).notice is not None
    ]
    assert alarming == []


def test_commands_show_the_chart_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    try:
        assert main(["--lang", "ru", "search", "болит голова"]) == 0
        out = capsys.readouterr().out
        assert "Кончики пальцев (toe-tips)" in out
        assert main(["--lang", "de", "session", "show", "classic", "--json"]) == 0
        assert "Fuß" in capsys.readouterr().out
        assert main(["zones", "--json", "--lang", "ru"]) == 0  # after the command too
        names = [zone["name"] for zone in json.loads(capsys.readouterr().out)]
        assert "Центр пятки" in names
    finally:
        main(["--lang", "en", "charts"])  # the next test speaks English again
        capsys.readouterr()
