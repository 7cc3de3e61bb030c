"""Symptom search: median time per query, on the bundled chart and on a large synthetic one.

Targets: under 1 ms per query on the bundled chart; under 10 ms on a chart of 10,000 zones
with 50,000 symptom terms. The index is built once (its time is printed too), not per query.

    python benchmarks/bench_search.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from reflexmap.core.loader import load_chart
from reflexmap.core.model import (
    ChartInfo,
    RedFlags,
    Symptom,
    Zone,
    ZoneData,
    ZoneTechnique,
)
from reflexmap.core.search import SymptomIndex
from reflexmap.resources import bundled_map_file, bundled_zones_file

BUNDLED_QUERIES = [
    "headache",
    "hedache and cold feet",
    "can't sleep",
    "sinusitus",
    "tummy ache",
    "chest pain",
    "low mood",
    "sore knee",
    "I have a really bad cough",
    "stuffy nose",
]
ROUNDS = 200


def synthetic(zones: int, terms_per_zone: int, rng: random.Random) -> ZoneData:
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qui", "dro", "fen"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))

    technique = ZoneTechnique("press", "light", "a minute", "up", ())
    records = []
    for i in range(zones):
        symptoms = tuple(
            Symptom(" ".join(word() for _ in range(rng.randint(1, 3))))
            for _ in range(terms_per_zone)
        )
        records.append(
            Zone(f"z{i}", f"Zone {i}", ("left",), "", "claim", ("x",), symptoms, technique, (), "")
        )
    return ZoneData(
        ChartInfo("synthetic", "benchmark", "claims"),
        (),
        (),
        RedFlags("help", (Symptom("chest pain"),)),
        (),
        tuple(records),
    )


def with_typo(text: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1 :]


def median_ms(index: SymptomIndex, queries: list[str]) -> float:
    samples = []
    for _ in range(ROUNDS):
        for query in queries:
            start = time.perf_counter()
            index.search(query)
            samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> int:
    rng = random.Random(7)
    bundled = load_chart(bundled_zones_file(), bundled_map_file()).zone_data
    large = synthetic(10_000, 5, rng)
    terms = [s.term for z in large.zones for s in z.symptoms]
    large_queries = (
        rng.sample(terms, 4)
        + [with_typo(t, rng) for t in rng.sample(terms, 3)]
        + [" and ".join(rng.sample(terms, 2)), "chest pain", "nothing like this"]
    )
    passed = True
    for name, data, queries, target, rounds_note in (
        ("bundled", bundled, BUNDLED_QUERIES, 1.0, ""),
        ("10,000 zones", large, large_queries, 10.0, f", {len(terms):,} terms"),
    ):
        start = time.perf_counter()
        index = SymptomIndex(data)
        built = (time.perf_counter() - start) * 1000
        median = median_ms(index, queries)
        ok = median < target
        passed &= ok
        print(
            f"{name:13} index built once in {built:7.1f} ms{rounds_note}; "
            f"median {median:.3f} ms per query ({len(queries)} queries x {ROUNDS}), "
            f"target < {target:g} ms: {'PASS' if ok else 'FAIL'}"
        )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
