"""What a translated chart costs: loading the article chart in Russian and German against
English, cold (parsed, no cache) and warm (from the chart cache), building its search index
and searching it.

The languages run alternately, so machine noise hits them alike; prints medians and the ratio
to English in the same run. No target: the numbers say what a language adds. A warm load reads
the translated chart from the cache, so it adds only reading and hashing the translation and
decoding its longer, non-ASCII texts; a cold one parses the translation too.

    python benchmarks/bench_translation.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reflexmap.core.loader import load_chart
from reflexmap.core.search import SymptomIndex
from reflexmap.resources import bundled_zones_file

LANGUAGES = ("en", "ru", "de")
QUERIES = {
    "en": ["headache", "can't sleep and stuffy nose", "hedache", "chest pain"],
    "ru": ["болит голова", "не могу уснуть и заложен нос", "галавная боль", "боль в груди"],
    "de": [
        "Kopfschmerzen",
        "kann nicht schlafen und verstopfte Nase",
        "Kopfschmertzen",
        "Brustschmerzen",
    ],
}


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    zones = bundled_zones_file()
    cache = Path(tempfile.mkdtemp())
    for language in LANGUAGES:
        load_chart(zones, cache_dir=cache, language=language)  # fills the cache
    samples: dict[str, dict[str, list[float]]] = {
        kind: {language: [] for language in LANGUAGES}
        for kind in ("cold", "warm", "index", "query")
    }
    data = {language: load_chart(zones, language=language).zone_data for language in LANGUAGES}
    indexes = {language: SymptomIndex(data[language], language) for language in LANGUAGES}
    for _ in range(runs):
        for language in LANGUAGES:
            samples["cold"][language].append(
                seconds(lambda: load_chart(zones, language=language))  # noqa: B023
            )
            samples["warm"][language].append(
                seconds(lambda: load_chart(zones, cache_dir=cache, language=language))  # noqa: B023
            )
            samples["index"][language].append(
                seconds(lambda: SymptomIndex(data[language], language))  # noqa: B023
            )
            for query in QUERIES[language]:
                samples["query"][language].append(seconds(lambda: indexes[language].search(query)))  # noqa: B023
    for kind, by_language in samples.items():
        english = statistics.median(by_language["en"])
        for language in LANGUAGES:
            median = statistics.median(by_language[language])
            print(
                f"{kind:5} {language}: median {median * 1000:7.2f} ms, "
                f"{median / english:4.2f}x English ({runs} runs)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
