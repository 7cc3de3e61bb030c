"""Search by symptom, in the words people use: word forms, synonyms, typos, several at once.

The index is built once per chart; a query only looks words up in it. Warning signs that need
a doctor are checked first, and symptoms the source names only in general (with no zone) are
reported as such rather than given a zone.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from ..startup import collector_paused
from .model import ZoneData
from .word_forms import word_forms

_TYPO_PENALTY = 0.15
_MIN_PARTIAL_COVERAGE = 0.5
"""A zone covering only this share of a symptom's words, or less, does not match it."""
MAX_QUERY = 500
"""Characters of a query that are searched: the work per query stays bounded."""
_MAX_TYPO_WORD = 30
"""Longer words match only as written: a word's one- and two-letter deletions grow with the
square of its length (a 1,200-letter word made 720,000 of them)."""
_COMMON_WORD_ZONES = 3
"""A word found in this many zones or more ("sore", "pain") cannot carry a partial match."""
_MAX_SUGGESTIONS = 5
_SUGGESTION_POSTINGS = 200
"""Phrases looked at per word of a query that matched nothing: its cost stays bounded."""
_WORD_BITS = 22
_HASH_MASK = (1 << (53 - _WORD_BITS)) - 1
"""The deletion index packs a variant's hash and a word's number into one float, exactly
(53 bits): Python sorts floats several times faster than large integers."""
_WORD_SHIFT = float(1 << _WORD_BITS)


class _Kind(Enum):
    ZONE = "zone"
    GENERAL = "general"
    RED_FLAG = "red flag"


@dataclass(frozen=True)
class ZoneMatch:
    zone: str
    name: str
    score: float
    """From 0 to 1: how well the zone's symptoms cover the query, all its symptoms counted."""
    matched: tuple[str, ...]
    """The zone's own words that matched, as the chart writes them."""


@dataclass(frozen=True)
class GeneralMatch:
    indication: str
    matched: tuple[str, ...]


@dataclass(frozen=True)
class SearchResult:
    query: str
    results: tuple[ZoneMatch, ...]
    notice: str | None
    """The seek-help text when a warning sign matched."""
    red_flags: tuple[str, ...]
    general: tuple[GeneralMatch, ...]
    """Symptoms the source offers foot massage for in general, without naming a zone."""
    suggestions: tuple[str, ...]
    """Known symptoms close to a query that matched nothing."""


class _Phrase(NamedTuple):
    """One text of a zone, general indication or red flag: a tuple, as tens of thousands
    are made for a large chart (a frozen dataclass takes four times as long to make)."""

    kind: _Kind
    owner: int
    """Index of the zone, general indication or red flag the phrase belongs to."""
    text: str
    stems: frozenset[str]


@dataclass(frozen=True)
class _Hit:
    kind: _Kind
    owner: int
    texts: tuple[str, ...]
    """The owner's phrases that matched the query's words."""
    score: float
    full: bool


class SymptomIndex:
    """Every symptom word of a chart, ready to be searched."""

    def __init__(self, zone_data: ZoneData, language: str | None = None) -> None:
        """``language``: the code ("en", "ru", "de") whose word forms the chart's words and
        the queries are read with; by default the language of the chart's texts."""
        with collector_paused():  # some 100,000 objects that all live on: nothing to collect
            self._build(zone_data, language)

    def _build(self, zone_data: ZoneData, language: str | None) -> None:
        import snowballstemmer  # here, not at the top: start-up need not load it

        self._data = zone_data
        self._forms = word_forms(language or zone_data.language)
        self._stemmer = snowballstemmer.stemmer(self._forms.stemmer)
        texts: list[tuple[_Kind, int, list[str]]] = [
            (kind, owner, [symptom.term, *symptom.synonyms])
            for kind, symptoms in (
                (_Kind.RED_FLAG, zone_data.red_flags.signs),
                (_Kind.GENERAL, zone_data.indications),
            )
            for owner, symptom in enumerate(symptoms)
        ]
        for owner, zone in enumerate(zone_data.zones):
            own = [t for s in zone.symptoms for t in (s.term, *s.synonyms)]
            texts.append((_Kind.ZONE, owner, [*own, *zone.associations, zone.name]))
        fold, content_words = self._forms.fold, self._forms.content_words
        worded = [
            (kind, owner, text, words)
            for kind, owner, some in texts
            for text in dict.fromkeys(some)
            if (words := content_words(fold(text)))
        ]
        self._words = {word for *_, words in worded for word in words}
        # Stemmed all at once, in C: a call per word took a fifth of the build.
        distinct = list(self._words)
        self._stems: dict[str, str] = dict(
            zip(distinct, self._stemmer.stemWords(distinct), strict=True)
        )
        stem_of = self._stems.__getitem__
        self._phrases = [
            _Phrase(kind, owner, text, frozenset(map(stem_of, words)))
            for kind, owner, text, words in worded
        ]
        self._postings: dict[str, list[_Phrase]] = defaultdict(list)
        for phrase in self._phrases:
            for stem in phrase.stems:
                self._postings[stem].append(phrase)
        zone_kind = _Kind.ZONE  # a local: an enum member is slow to look up
        self._common = {
            stem
            for stem, phrases in self._postings.items()
            if len(phrases) >= _COMMON_WORD_ZONES
            and len({p.owner for p in phrases if p.kind is zone_kind}) >= _COMMON_WORD_ZONES
        }
        self._warning_phrases = [p for p in self._phrases if p.kind is _Kind.RED_FLAG]
        self._known_terms = sorted({p.text for p in self._phrases if p.kind is not _Kind.RED_FLAG})
        # Every word of the chart, and each of its spellings with one or two letters left out:
        # a typo and the word it was meant to be share one of them. A million variants as
        # strings in a dict took 226 MiB at 50,000 terms; as sorted 64-bit keys (a hash of
        # the variant, the word's number) they take 8 bytes each.
        self._typo_words = sorted(w for w in self._words if len(w) <= _MAX_TYPO_WORD)
        keys: list[float] = []
        for number, word in enumerate(self._typo_words):
            keys += [(hash(v) & _HASH_MASK) * _WORD_SHIFT + number for v in _deletions(word)]
        keys.sort()
        self._typo_keys = array("d", keys)

    def known_terms(self) -> list[str]:
        """Every symptom term and synonym of the zones and the general indications."""
        return list(self._known_terms)

    def search(self, query: str) -> SearchResult:
        parts = self._forms.parts(query[:MAX_QUERY])
        content_words = self._forms.content_words
        candidates = {w: self._candidates(w) for part in parts for w in content_words(part)}
        red_flags = self._red_flags(candidates)
        zone_scores: dict[int, list[float]] = defaultdict(list)
        zone_words: dict[int, list[str]] = defaultdict(list)
        general: dict[int, list[str]] = defaultdict(list)
        for part in parts:
            hits = list(self._hits(content_words(part), candidates))
            if any(hit.full for hit in hits):
                hits = [hit for hit in hits if hit.full]
            for hit in hits:
                if hit.kind is _Kind.ZONE:
                    zone_scores[hit.owner].append(hit.score)
                    zone_words[hit.owner].extend(hit.texts)
                else:
                    general[hit.owner].extend(hit.texts)
        zones = self._data.zones
        ranked = sorted(
            zone_scores,
            key=lambda owner: (-len(zone_scores[owner]), -sum(zone_scores[owner]), owner),
        )
        results = tuple(
            ZoneMatch(
                zone=zones[owner].id,
                name=zones[owner].name,
                score=round(sum(zone_scores[owner]) / len(parts), 3),
                matched=tuple(dict.fromkeys(zone_words[owner])),
            )
            for owner in ranked
        )
        general_matches = tuple(
            GeneralMatch(self._data.indications[owner].term, tuple(dict.fromkeys(words)))
            for owner, words in sorted(general.items())
        )
        found = results or general_matches or red_flags
        return SearchResult(
            query=query,
            results=results,
            notice=self._data.red_flags.notice if red_flags else None,
            red_flags=red_flags,
            general=general_matches,
            suggestions=() if found or not parts else self._suggest(parts, candidates),
        )

    def _stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = self._stemmer.stemWord(word)
        return stem

    # Matching.

    def _candidates(self, word: str) -> dict[str, int]:
        """The chart's stems this query word may mean, each with its number of typos."""
        stem = self._stem(word)
        if stem in self._postings:
            return {stem: 0}
        if len(word) > _MAX_TYPO_WORD:
            return {}
        allowed = 0 if len(word) < 4 else 1 if len(word) < 8 else 2
        found: dict[str, int] = {}
        for known in self._words_sharing_a_deletion(word, allowed):
            distance = _edit_distance(word, known)
            if distance <= allowed:
                known_stem = self._stem(known)
                found[known_stem] = min(distance, found.get(known_stem, distance))
        return found

    def _words_sharing_a_deletion(self, word: str, most: int) -> set[str]:
        """The chart's words that, with up to two letters left out, equal ``word`` with up
        to ``most`` left out (and a few more, whose hashes collide)."""
        keys, words = self._typo_keys, self._typo_words
        found: set[str] = set()
        for variant in set(_deletions(word, most)):
            first = (hash(variant) & _HASH_MASK) * _WORD_SHIFT
            i = bisect_left(keys, first)
            while i < len(keys) and keys[i] < first + _WORD_SHIFT:
                found.add(words[int(keys[i] - first)])
                i += 1
        return found

    def _hits(self, words: list[str], candidates: dict[str, dict[str, int]]) -> Iterator[_Hit]:
        """How well each zone or indication covers the words of one symptom."""
        by_owner: dict[tuple[_Kind, int], dict[int, _Phrase]] = defaultdict(dict)
        for word in words:
            for stem in candidates[word]:
                for phrase in self._postings[stem]:
                    if phrase.kind is not _Kind.RED_FLAG:
                        by_owner[phrase.kind, phrase.owner][id(phrase)] = phrase
        for (kind, owner), found in by_owner.items():
            # The phrase covering most of the query's words first ("sore throat" over "sore
            # ear" and "throat"), then the shortest.
            phrases = sorted(
                found.values(),
                key=lambda p: (
                    -sum(bool(p.stems & candidates[w].keys()) for w in words),
                    len(p.stems),
                ),
            )
            matched, typos, strong, texts = 0, 0, False, []
            for word in words:
                best = next(
                    (
                        (min(c for stem, c in candidates[word].items() if stem in p.stems), p)
                        for p in phrases
                        if p.stems & candidates[word].keys()
                    ),
                    None,
                )
                if best is None:
                    continue
                matched += 1
                typos += best[0]
                texts.append(best[1].text)
                strong |= any(
                    stem not in self._common for stem in candidates[word] if stem in best[1].stems
                )
            full = matched == len(words)
            if not full and (matched / len(words) <= _MIN_PARTIAL_COVERAGE or not strong):
                continue
            score = (matched - _TYPO_PENALTY * typos) / len(words)
            yield _Hit(kind, owner, tuple(dict.fromkeys(texts)), score * (1 if full else 0.6), full)

    def _red_flags(self, candidates: dict[str, dict[str, int]]) -> tuple[str, ...]:
        meant = {stem for found in candidates.values() for stem in found}
        signs = self._data.red_flags.signs
        return tuple(
            dict.fromkeys(signs[p.owner].term for p in self._warning_phrases if p.stems <= meant)
        )

    def _suggest(self, parts: list[str], candidates: dict[str, dict[str, int]]) -> tuple[str, ...]:
        """Known symptoms sharing a word with the query, as written or with a typo or two:
        close in meaning (a word of the same stem) or in spelling, never in letters alone
        ("constipation" is not "congestion"). Those sharing more of the query's words, with
        fewer typos, come first; a word found everywhere ("pain") weighs less."""
        scores: dict[str, tuple[int, int, int]] = {}
        for part in parts:
            for word in self._forms.content_words(part):
                for stem, typos in candidates[word].items():
                    weight = 1 if stem in self._common else 2
                    for phrase in self._postings[stem][:_SUGGESTION_POSTINGS]:
                        if phrase.kind is _Kind.RED_FLAG:
                            continue
                        shared, total_typos, _ = scores.get(phrase.text, (0, 0, 0))
                        scores[phrase.text] = (
                            shared + weight,
                            total_typos + typos,
                            len(phrase.stems),
                        )
        ranked = sorted(scores, key=lambda text: (-scores[text][0], *scores[text][1:], text))
        return tuple(ranked[:_MAX_SUGGESTIONS])


def _deletions(word: str, most: int = 2) -> list[str]:
    """The word with up to ``most`` letters left out (no more than the word can spare); a
    doubled letter makes some of them alike."""
    most = min(most, 0 if len(word) < 4 else 1 if len(word) < 8 else 2)
    if not most:
        return [word]
    ones = [word[:i] + word[i + 1 :] for i in range(len(word))]
    if most == 1:
        return [word, *ones]
    # Each two-letter deletion made from a one-letter one: fewer slices than from the word.
    twos = [one[:j] + one[j + 1 :] for i, one in enumerate(ones) for j in range(i, len(one))]
    return [word, *ones, *twos]


def _edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, swaps."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
