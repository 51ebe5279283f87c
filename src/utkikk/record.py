"""The one record type that flows through the pipeline.

Every stage takes an :class:`Article` and adds to it (language, actors, quotes, events); no stage
reaches back into an earlier one. Keeping the record plain dataclasses means a stage can be tested
on a hand-made article, and the store and the JSON contract read the same fields.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

SUPPORTED_LANGUAGES = ("nb", "nn", "da", "sv", "en")


# The sectors an actor mention or an event side may carry: CAMEO's agent codes, the ones the role
# words of ``lang/<code>/roles.yaml`` and the knowledge base's imported roles use. Kept in one place
# so the store, the API's ``sector`` filter and the tests read the same list.
SECTORS: dict[str, str] = {
    "GOV": "government, executive, diplomats",
    "MIL": "armed forces, defence ministry",
    "LEG": "legislature, parliament",
    "JUD": "courts, judiciary",
    "COP": "police",
    "SPY": "intelligence and security services",
    "OPP": "opposition",
    "REB": "rebels, insurgents",
}


# types whose announced (future) events are plans, not yet news of an act: a meeting to come
PLANNED_ONLY = frozenset({"CONSULT"})


@dataclass
class Reject:
    """An input that could not be read, with the reason a person can act on."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Mention:
    """A span of the text that names a political actor (state, organisation, person's actor)."""

    start: int
    end: int
    text: str
    code: str  # canonical actor code: ISO alpha-3 for states, short code for organisations
    kind: str  # name | adjective | metonym | role | person | coref | ner
    person: str | None = None  # canonical person name when the span names a person
    sector: str | None = None  # one of SECTORS when a role phrase or institution says so


@dataclass
class Person:
    """A person named in the article, with the actor they act for at the article's date."""

    name: str
    actor: str | None
    role: str | None = None
    mentions: int = 1


@dataclass
class Quote:
    """Words attributed to a speaker: direct quotes and reported speech."""

    speaker: str | None
    text: str
    sentence: str
    start: int = 0
    end: int = 0
    actor: str | None = None
    kind: str = "direct"  # direct | reported


@dataclass
class Event:
    """One PLOVER event with its evidence: who did what to whom, when, says who."""

    source: str
    target: str  # actor code, or "*" when the event has no target actor
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    date: str | None = None
    sentence: str = ""
    speaker: str | None = None
    trigger: str = ""
    pattern: str = ""
    start: int = 0  # trigger offsets in the article text
    end: int = 0
    sent_start: int = 0  # sentence offsets in the article text
    sent_end: int = 0
    modality: str = "asserted"  # asserted | future | negated | denied | conditional | hypothetical
    tone: str | None = None  # REQUEST: demand | appeal (a demand is verbal conflict)
    source_text: str | None = None  # the words in the sentence that name the source and the target
    target_text: str | None = None
    # the sector (SECTORS) the mention behind source_text / target_text gives its actor: PLOVER's
    # source_agent / target_agent ("Russlands forsvarsminister" -> MIL); None where the text says none
    source_sector: str | None = None
    target_sector: str | None = None
    # where it happened, as the sentence says (events/locations.py): the words, the gazetteer's
    # name, the state it lies in (actor code), the point, and whether it is a city, a territory
    # or a state (a state's point is its capital's)
    place: str | None = None
    place_name: str | None = None
    place_country: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    place_kind: str | None = None

    def __post_init__(self) -> None:
        # a report flagged by hand (tests, older callers) keeps a modality that says the same
        if self.modality in ("asserted", "future") and (self.negated or self.hypothetical):
            self.modality = "negated" if self.negated else "hypothetical"

    @property
    def asserted(self) -> bool:
        return not (self.negated or self.hypothetical)

    @property
    def reported(self) -> bool:
        """Whether ``extract`` prints the event: asserted, and not a meeting still to come. A
        visit or talks announced for later are a plan the news may cancel ("skulle etter planen
        besøke"), where an announced aid or sanction is a decision; the store keeps the planned
        meeting, counted with "include planned"."""
        return self.asserted and not (self.modality == "future" and self.type in PLANNED_ONLY)


@dataclass
class Article:
    """A news article as read from its input, plus everything later stages add."""

    doc: str  # file name, or "name#n" for the n-th record of a container (JSONL, feed, WARC)
    text: str
    source: str = ""  # path or URL it came from
    fmt: str = "text"  # text | html | jsonl | rss | atom | warc
    title: str | None = None
    lang: str | None = None
    lang_supported: bool = True
    published: str | None = None  # YYYY-MM-DD or YYYY-MM
    date_precision: str | None = None  # day | month
    outlet: str | None = None
    agency: str | None = None
    author: str | None = None
    url: str | None = None
    content_hash: str = ""
    mentions: list[Mention] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)

    def actor_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for m in self.mentions:
            counts[m.code] = counts.get(m.code, 0) + 1
        return counts

    def to_json(self, *, all_events: bool = False) -> dict[str, Any]:
        """The `extract --jsonl` contract (shared/gold/FORMAT.md).

        Only reported events (``Event.reported``) are printed unless ``all_events``: negated,
        hypothetical and planned ones stay in the store with their flags.
        """
        from .actors.kb import actor_name  # late: the KB loads only when actors are asked for

        counts = self.actor_counts()
        # an actor that only an event names ("regjeringa" resolved to the home state, a pronoun's
        # state) is one the article is about too: listed, counted by the events that name it
        named = set(counts)
        for e in self.events:
            if e.reported:
                for c in {e.source, e.target} - {None, "*"} - named:
                    counts[c] = counts.get(c, 0) + 1
        return {
            "doc": self.doc,
            "lang": self.lang,
            "published": self.published,
            "title": self.title,
            "outlet": self.outlet,
            "agency": self.agency,
            "author": self.author,
            "url": self.url,
            "actors": [
                {"code": c, "name": actor_name(c), "mentions": n}
                for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            ],
            "persons": [asdict(p) for p in self.persons],
            "quotes": [
                {"speaker": q.speaker, "actor": q.actor, "text": q.text, "sentence": q.sentence, "kind": q.kind}
                for q in self.quotes
            ],
            "events": [
                {k: v for k, v in asdict(e).items() if k not in ("start", "end", "sent_start", "sent_end")}
                for e in self.events
                if all_events or e.reported
            ],
        }


def content_hash(text: str) -> str:
    """Hash of the whitespace-normalised text: the same article re-read is recognised as the same."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()  # a lone surrogate hashes too
