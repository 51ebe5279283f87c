"""schemathesis against the app's own OpenAPI schema (/openapi.json), on the sample store.

Every operation gets a bounded number of generated requests, schema-valid and schema-violating;
each answer must be no 5xx, a documented status with a documented content type, a body that
matches the documented schema, and an ``Allow`` that lists the path's methods. Schema-valid
requests must be accepted, except where a rule is one JSON Schema cannot state (``start`` after
``end``, a day in no calendar such as 2022-02-30, a dyad of an actor with itself, a query with no
letter or digit in any alphabet: the schema's regular expressions are ECMA's, whose word class is
ASCII), which the server answers with 400.

The schema is loaded at import (schemathesis' fixture-based loader does not work with pytest 9),
from an app over a sample store in a temporary folder.
"""

from __future__ import annotations

import tempfile

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (pip install -e '.[test]')")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

from utkikk.store.queries import QueryError, SearchFilter, check_range, check_since  # noqa: E402
from utkikk.store.search import query_words  # noqa: E402
from utkikk.web import create_app  # noqa: E402
from utkikk.web.sample import build_sample_store  # noqa: E402

EXAMPLES = 80  # per operation: about a minute of CPU on this 2-core machine (150 random ones passed too)

_TMP = tempfile.TemporaryDirectory(prefix="utkikk-schema-")
STORE = build_sample_store(f"{_TMP.name}/s.db")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store=STORE, token="schema-token"))


def _unstated_rule_broken(case) -> bool:
    """A schema-valid request that breaks a rule the schema cannot state: the 400 is right."""
    q, p = case.query or {}, case.path_parameters or {}
    if case.path == "/api/search":
        if not query_words(str(q.get("q") or "")) and not (q.get("actor") or q.get("type")):
            return True
        try:  # a query the parser refuses (NOT with nothing to exclude from, nothing but an operator)
            SearchFilter.checked(*(str(q[k]) if q.get(k) is not None else None for k in ("q",)),
                                 **{k: str(q[k]) if q.get(k) is not None else None for k in ("actor", "type", "mode")})
        except QueryError:
            return True
    if case.path == "/api/overview" and q.get("since") is not None:
        try:  # a date that is in no calendar (2024-02-30T99:00)
            check_since(str(q["since"]))
        except QueryError:
            return True
    try:  # a day that is in no calendar (2022-02-30), or start after end
        check_range(*(str(q[k]) if q.get(k) is not None else None for k in ("start", "end")))
    except QueryError:
        return True
    a, b = str(p.get("a", "")), str(p.get("b", ""))
    return bool(a) and a.upper() == b.upper()


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
          database=None)
def test_api_conforms_to_its_schema(case):
    excluded = [positive_data_acceptance] if _unstated_rule_broken(case) else None
    case.call_and_validate(excluded_checks=excluded)
