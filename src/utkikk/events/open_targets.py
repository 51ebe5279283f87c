"""An event the sentence gives no target takes the target the article gave the same act.

News names an act fully once and then refers back to it: "Sweden sends Ukraine armoured
vehicles ... it is the largest Swedish aid package so far", "Zelenskyj asked the US for air
defence ... he asked for guarantees". The second sentence on its own codes SWE AID * or
UKR REQUEST *, which tells the dyad chart nothing and counts as a separate targetless event.
When the same source does the same kind of act to exactly one target elsewhere in the article,
the open event is that act again, and takes that target. Where the source does no act of that
kind to anyone named, but all its named acts in the article's other sentences go to one
counterpart, an open aid or support takes that counterpart (the article is about the two of
them). Where the acts go to several targets, nothing is guessed. Within one sentence an open event beside the same
source's act of that type with a named target is that act again ("INNSTENDIG BØNN: ... en
innstendig bønn til Kina") and is dropped, whatever the article's other targets.
"""

from __future__ import annotations

from ..record import Event

# targetless by nature: a ceasefire, troops put on alert or a test launch need no counterpart,
# and the article's other MOBILIZE act may be aimed at someone else
KEEP_OPEN_TYPES = frozenset({"MOBILIZE", "RETREAT"})
# acts given to the article's counterpart when it names none: aid and support go to the one the
# source deals with; a request or a rejection may answer anyone (its own citizens, an accuser)
COUNTERPART_TYPES = frozenset({"AID", "SUPPORT"})


def fill_open_targets(events: list[Event]) -> list[Event]:
    """Give each asserted ``*``-target event the one target the article's asserted events of the
    same source and type name; events the fill would duplicate in their sentence, and open events
    beside a named one of the same source and type in their sentence, are dropped."""
    targets: dict[tuple[str, str], set[str]] = {}
    counterparts: dict[str, set[tuple[str, int]]] = {}  # every target a source's asserted acts name, by sentence
    for ev in events:
        if ev.target != "*" and ev.asserted:
            targets.setdefault((ev.source, ev.type), set()).add(ev.target)
            counterparts.setdefault(ev.source, set()).add((ev.target, ev.sent_start))
    kept: list[Event] = []
    seen = {(e.source, e.target, e.type, e.sent_start) for e in events if e.target != "*"}
    named_here = {(e.source, e.type, e.sent_start) for e in events if e.target != "*" and e.asserted}
    for ev in events:
        if ev.target == "*" and ev.asserted and (ev.source, ev.type, ev.sent_start) in named_here:
            continue
        if ev.target == "*" and ev.asserted and ev.type not in KEEP_OPEN_TYPES:
            # failing an act of the same type, the one counterpart of all the source's acts: "besøkte
            # Kyiv og møtte Zelenskyj ... sender 5 milliarder i militær støtte" is aid to Ukraine
            # (acts in its own sentence do not count: "urged its citizens to leave and evacuated its
            # embassy in Khartoum" asks nothing of Sudan)
            named = targets.get((ev.source, ev.type)) or ({
                t for t, at in counterparts.get(ev.source, set()) if at != ev.sent_start}
                if ev.type in COUNTERPART_TYPES else set())
            if len(named) == 1:
                (target,) = named  # never the source: an event of an actor on itself is never made
                key = (ev.source, target, ev.type, ev.sent_start)
                if key in seen:
                    continue
                seen.add(key)
                ev.target, ev.target_text, ev.target_sector = target, None, None  # not named here
        kept.append(ev)
    return kept
