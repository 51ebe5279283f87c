"""Which reports count: the modality rule every aggregate and every count shares.

Why one module: a planned event counted as done, or a demand's content counted as a deed, makes a
chart say something the news did not. Series, dyads, networks, partner lists, alerts and the
overview all count through :func:`counted`, so they agree on what happened.

Two scopes:

- ``asserted`` (the default): reports whose modality is ``asserted``.
- ``planned``: asserted reports and those announced as future or planned ("vil hjelpe …").

Never counted: negated, denied, conditional, hypothetical and demanded reports, and reports an
analyst marked wrong (``retracted``). Rows of stores written before modality was kept (modality
null) count as asserted when neither negated nor hypothetical.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_

from . import schema as t

SCOPES = ("asserted", "planned")
DEFAULT_SCOPE = "asserted"
MODALITIES = {"asserted": ("asserted",), "planned": ("asserted", "future")}
# every modality the coder or an analyst may give a report
ALL_MODALITIES = ("asserted", "future", "negated", "denied", "conditional", "hypothetical")


def scope_of(include_planned: bool) -> str:
    return "planned" if include_planned else "asserted"


def check_scope(scope: str | None) -> str:
    if scope in (None, ""):
        return DEFAULT_SCOPE
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}, got {scope!r}")
    return scope


def counted(scope: str = DEFAULT_SCOPE, table: Any = None) -> Any:
    """The SQL condition on ``events`` rows that count in ``scope``."""
    e = table if table is not None else t.events
    return and_(e.c.retracted.is_(False), e.c.negated.is_(False), e.c.hypothetical.is_(False),
                or_(e.c.modality.in_(MODALITIES[scope]), e.c.modality.is_(None)))


def counts_in(scope: str, modality: str | None, retracted: bool = False, flagged: bool = False) -> bool:
    """:func:`counted` for one report held in Python."""
    if retracted or flagged:
        return False
    return modality is None or modality in MODALITIES[scope]


def conflict_side(table: Any = None) -> Any:
    """The SQL condition of a report on the conflict side (its stored quad; type alone for old rows)."""
    from ..events.ontology import event_types, is_conflict

    e = table if table is not None else t.events
    types = tuple(n for n in event_types() if is_conflict(n))
    return or_(e.c.quad.like("%conflict"), and_(e.c.quad.is_(None), e.c.type.in_(types)))
