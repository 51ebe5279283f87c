"""Streamed exports: /api/events.csv, .plover.json and .parquet come from a cursor a chunk of
rows at a time, with the bytes the whole-body exports had, and stop when the server does."""

from __future__ import annotations

import asyncio
import io
import json

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from articles import accusation, sample_store_with
from utkikk.analysis.plover import EXPORT_COLUMNS, flat_record, plover_record
from utkikk.store import queries as Q
from utkikk.web import create_app, export, lifecycle

TEXT = "Kina kritiserte Japan for øvelsen, sa «-talsmannen».\n"


def _awkward():
    """Cells a CSV writer must quote or neutralise: a formula, a quote, a comma, a new line."""
    return accusation("awkward.txt", TEXT, date="2023-05", title='=SUM(A1), "sitat"\nlinje to', outlet="-Avisa",
                      url="https://example.org/a?b=1,2")


@pytest.fixture(scope="module")
def store(module_db_url):
    s = sample_store_with(module_db_url, _awkward())
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store=store)) as c:
        yield c


def _whole_body_csv(rows: list[dict]) -> str:
    """The CSV export as it was made before streaming: one pandas frame, cells neutralised. One
    difference on purpose: pandas wrote every id of a column as a float ("28.0") when one row had
    none (a flagged report has no event group); the stream writes ids as integers, as here."""
    df = pd.DataFrame([flat_record(r) for r in rows], columns=EXPORT_COLUMNS)
    df["group_id"] = df["group_id"].astype("Int64")
    for col in df.columns:
        if not pd.api.types.is_numeric_dtype(df[col]) and not pd.api.types.is_bool_dtype(df[col]):
            df[col] = df[col].map(export.neutralised)
    return df.to_csv(index=False)


@pytest.mark.parametrize("params", [{}, {"source": "RUS"}, {"flagged": "1"}, {"actor": "NOSUCH"}, {"limit": "7"}])
def test_streamed_exports_have_the_bytes_of_the_whole_body_ones(client, store, params):
    f = Q.EventFilter.checked(source=params.get("source"), actor=params.get("actor"),
                              flagged=bool(params.get("flagged")))
    rows = Q.events(store, f, limit=int(params.get("limit", Q.MAX_EXPORT)), order="desc")
    csv = client.get("/api/events.csv", params=params)
    assert csv.status_code == 200 and csv.headers["content-type"] == "text/csv; charset=utf-8"
    assert csv.content == _whole_body_csv(rows).encode("utf-8")
    plover = client.get("/api/events.plover.json", params=params)
    assert plover.content == json.dumps([plover_record(r) for r in rows], ensure_ascii=False,
                                        indent=1).encode("utf-8")
    assert len(plover.json()) == len(rows)


def test_a_cell_that_needs_quoting_survives_the_round_trip(client):
    rows = list(pd.read_csv(io.StringIO(client.get("/api/events.csv", params={"source": "CHN"}).text)).itertuples())
    assert rows[0].article_title == "'=SUM(A1), \"sitat\"\nlinje to" and rows[0].outlet == "'-Avisa"


def _body_messages(app, path: str) -> list[bytes]:
    """The body of one GET as the ASGI messages the app sends (a streamed body is several)."""
    bodies: list[bytes] = []
    path, _, query = path.partition("?")

    async def run() -> None:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query.encode(),
                 "headers": [(b"host", b"127.0.0.1")], "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}

        async def receive() -> dict:
            await asyncio.sleep(3600)  # the client never disconnects
            return {"type": "http.disconnect"}

        async def send(message: dict) -> None:
            if message["type"] == "http.response.body" and message.get("body"):
                bodies.append(message["body"])

        await app(scope, receive, send)

    asyncio.run(run())
    return bodies


@pytest.mark.parametrize("path", ["/api/events.csv?flagged=1", "/api/events.plover.json?flagged=1"])
def test_exports_arrive_in_chunks_of_rows(store, monkeypatch, path):
    monkeypatch.setattr(export, "CHUNK_ROWS", 5)
    app = create_app(store=store)
    parts = _body_messages(app, path)
    n = len(Q.events(store, Q.EventFilter(flagged=True), limit=1000))
    assert len(parts) == n // 5 + 1  # one message per 5 rows, and the rest
    assert b"".join(parts) == TestClient(app).get(path).content


def test_rows_come_from_the_cursor_a_chunk_at_a_time(store):
    rows = Q.iter_events(store, Q.EventFilter(flagged=True), chunk=4)
    first = next(rows)  # a generator: nothing beyond the first chunk has been turned into dicts
    assert first == Q.events(store, Q.EventFilter(flagged=True), limit=1)[0]
    assert 1 + sum(1 for _ in rows) == len(Q.events(store, Q.EventFilter(flagged=True), limit=1000))
    with pytest.raises(Q.QueryError):  # a bad limit is an error before the first row, not mid-body
        Q.iter_events(store, Q.EventFilter(), limit=0)


def test_an_export_in_progress_stops_when_the_server_does(store, monkeypatch):
    monkeypatch.setattr(export, "CHUNK_ROWS", 5)
    chunks = export.csv_chunks(Q.iter_events(store, Q.EventFilter(flagged=True)), check=lifecycle.check_running)
    assert next(chunks).startswith("id,date,")
    lifecycle.STOPPING.set()
    try:
        with pytest.raises(lifecycle.ServerStopping):
            list(chunks)
    finally:
        lifecycle.STOPPING.clear()


def _whole_body_parquet(rows: list[dict]) -> bytes:
    """The Parquet export as it was made before streaming: one pandas frame, one file. The one
    difference on purpose, as for CSV: pandas made ``group_id`` a float column when one row had
    none (a flagged report); the stream keeps ids int64, as here."""
    df = pd.DataFrame([flat_record(r) for r in rows], columns=EXPORT_COLUMNS)
    df["group_id"] = df["group_id"].astype("Int64")
    for col in ("score", "place_lat", "place_lon"):
        df[col] = df[col].astype("float64")
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


@pytest.mark.parametrize("params", [{}, {"source": "RUS"}, {"flagged": "1"}, {"actor": "NOSUCH"}, {"limit": "7"}])
def test_streamed_parquet_holds_what_the_whole_body_one_held(client, store, params):
    """The same rows and values as the old whole-frame file; the types are those pandas gave
    wherever a column had a value, and a column all null in this export (pandas made it a column
    of type null) is a string column, as in every other export."""
    import pyarrow.parquet as pq

    f = Q.EventFilter.checked(source=params.get("source"), actor=params.get("actor"),
                              flagged=bool(params.get("flagged")))
    rows = Q.events(store, f, limit=int(params.get("limit", Q.MAX_EXPORT)), order="desc")
    r = client.get("/api/events.parquet", params=params)
    assert r.status_code == 200 and r.headers["content-type"] == "application/vnd.apache.parquet"
    new, old = pq.read_table(io.BytesIO(r.content)), pq.read_table(io.BytesIO(_whole_body_parquet(rows)))
    assert new.column_names == old.column_names == EXPORT_COLUMNS
    assert new.to_pylist() == old.to_pylist()
    assert new.schema.remove_metadata() == export.parquet_schema()
    for field in old.schema:
        if str(field.type) != "null":
            assert new.schema.field(field.name).type == field.type, field.name
    assert pd.read_parquet(io.BytesIO(r.content)).shape == (len(rows), len(EXPORT_COLUMNS))


def test_parquet_is_written_a_row_group_at_a_time(store):
    """The first piece leaves the writer before the cursor has given more than one group's rows,
    and the file has one row group per group of rows: memory holds a group, not the export."""
    import pyarrow.parquet as pq

    taken = []

    def rows():
        for r in Q.iter_events(store, Q.EventFilter(flagged=True)):
            taken.append(r)
            yield r

    n = len(Q.events(store, Q.EventFilter(flagged=True), limit=1000))
    assert n > 8
    pieces = export.parquet_chunks(rows(), group_rows=4)
    first = next(pieces)
    assert first.startswith(b"PAR1") and len(taken) == 4
    body = first + b"".join(pieces)
    meta = pq.read_metadata(io.BytesIO(body))
    assert meta.num_rows == n and meta.num_row_groups == -(-n // 4)
    assert pq.read_table(io.BytesIO(body)).to_pylist() == \
        pq.read_table(io.BytesIO(_whole_body_parquet(Q.events(store, Q.EventFilter(flagged=True), limit=1000)))).to_pylist()


def test_an_empty_parquet_export_is_a_valid_file_with_the_columns():
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(export.to_parquet([])))
    assert table.num_rows == 0 and table.column_names == EXPORT_COLUMNS


def test_a_parquet_export_in_progress_stops_when_the_server_does(store):
    pieces = export.parquet_chunks(Q.iter_events(store, Q.EventFilter(flagged=True)), check=lifecycle.check_running,
                                   group_rows=2)
    assert next(pieces).startswith(b"PAR1")
    lifecycle.STOPPING.set()
    try:
        with pytest.raises(lifecycle.ServerStopping):
            list(pieces)
    finally:
        lifecycle.STOPPING.clear()
