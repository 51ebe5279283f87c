"""Routes: HTML pages under ``/`` and the same data as JSON under ``/api/…``.

Bad parameters never reach the database: they are checked by :mod:`utkikk.store.queries`, whose
:class:`QueryError` becomes a 400 with a message (JSON for ``/api``, a page otherwise). FastAPI's
own validation errors (a non-integer ``limit``) are answered the same way with 422.
"""

from __future__ import annotations

import math
import os
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..events.ontology import event_types
from ..record import SECTORS, SUPPORTED_LANGUAGES
from ..store import Store
from ..store import corrections as C
from ..store import directory as D
from ..store import queries as Q
from ..store.search import SearchError
from . import LOOPBACK_HOSTS, downloads, export, svg  # noqa: F401 - LOOPBACK_HOSTS: its old home
from .lifecycle import check_running, watch_signals
from .markup import annotate, sentence_with_trigger

HERE = Path(__file__).parent
PAGE_SIZE = 100
SVG_TYPE = "image/svg+xml"
CSV_TYPE = "text/csv; charset=utf-8"


def _body(media_type: str, fmt: str = "") -> dict[int | str, dict[str, Any]]:
    """The OpenAPI entry of a 200 that is not JSON (CSV, SVG, Parquet), so clients know its type."""
    schema = {"type": "string", **({"format": fmt} if fmt else {})}
    return {200: {"description": "The file", "content": {media_type: {"schema": schema}}}}


CSV_DOC, SVG_DOC = _body("text/csv"), _body(SVG_TYPE)

DESCRIPTION = """Every page of the Utkikk web app as JSON, plus event exports.

Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` is inclusive (`end=2022-03` takes all of March).
Actor codes are ISO 3166-1 alpha-3 for states and short codes (NATO, EU, UN) for organisations.
Counts in series, networks and alerts are distinct real-world events; event lists are reports.
Only asserted events count, by default; `planned=1` on any page or endpoint counts events
announced as future or planned too. Negated, denied, conditional, hypothetical and demanded
events, and events an analyst marked wrong, never count.

Writing (corrections) needs the server's write token, sent as `Authorization: Bearer TOKEN`;
reading is open.
Errors are answered with a 4xx status and `{"detail": "…"}`.
"""

# shared query parameters (documented once, used by pages and API). The patterns and enums tell
# clients (and schemathesis) the form :mod:`utkikk.store.queries` checks; they are documentation
# only (``json_schema_extra``), so a value of the wrong form still gets that module's 400 message
# and a page may still take a name where the API takes a code. Empty means "no filter" (forms).
DATE_PATTERN = r"^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$"
CODE_PATTERN = r"^([A-Za-z0-9][A-Za-z0-9_.\-]{0,31}|\*)?$"
_DATE = {"pattern": DATE_PATTERN}
_CODE = {"pattern": CODE_PATTERN}
Start = Annotated[str | None, Query(description="First date, YYYY[-MM[-DD]]", examples=["2022-01"],
                                    json_schema_extra=_DATE)]
End = Annotated[str | None, Query(description="Last date (inclusive), YYYY[-MM[-DD]]; not before start",
                                  examples=["2022-12"], json_schema_extra=_DATE)]
Lang = Annotated[str | None, Query(description=f"Article language: {', '.join(SUPPORTED_LANGUAGES)}",
                                   json_schema_extra={"enum": ["", *SUPPORTED_LANGUAGES]})]
Actor = Annotated[str | None, Query(description="Actor code, as source or target (events) or mentioned (search)",
                                    json_schema_extra=_CODE)]
Type = Annotated[str | None, Query(description=f"PLOVER event type: {', '.join(event_types())}",
                                   json_schema_extra={"enum": ["", *event_types()]})]
Outlet = Annotated[str | None, Query(description="Outlet name as stored")]
_SECTOR = {"enum": ["", *SECTORS]}
_SECTORS_DOC = ", ".join(f"{k} ({v})" for k, v in SECTORS.items())
Sector = Annotated[str | None, Query(description="Sector the text gives a side (CAMEO agent code): of the actor's "
                                     f"side with actor, else of either side. {_SECTORS_DOC}",
                                     examples=["MIL"], json_schema_extra=_SECTOR)]
SourceSector = Annotated[str | None, Query(description="Sector of the source side (as sector)",
                                           json_schema_extra=_SECTOR)]
TargetSector = Annotated[str | None, Query(description="Sector of the target side (as sector)",
                                           json_schema_extra=_SECTOR)]
Source = Annotated[str | None, Query(description="Source actor code", examples=["RUS"], json_schema_extra=_CODE)]
Target = Annotated[str | None, Query(description="Target actor code", examples=["UKR"], json_schema_extra=_CODE)]
Code = Annotated[str, PathParam(description="Actor code", examples=["RUS"], json_schema_extra=_CODE)]
Both = Annotated[bool, Query(description="With source and target: the dyad in either direction")]
Flagged = Annotated[bool, Query(description="Include negated and hypothetical reports")]
Limit = Annotated[int, Query(ge=1, le=Q.MAX_LIMIT, description="Rows per page")]
MAX_ID = 2**62  # ids and offsets beyond this are no rows of any store: a 422, never an overflow (500)
Offset = Annotated[int, Query(ge=0, le=MAX_ID, description="Rows to skip")]
RowId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
ExportLimit = Annotated[int, Query(ge=1, le=Q.MAX_EXPORT, description="Most rows to export")]
Page = Annotated[int, Query(ge=1, le=100_000, alias="page", description="Page number")]
SINCE_PATTERN = r"^([0-9]{1,6}[mhdMHD]|[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?Z?)?)?$"
Since = Annotated[str | None, Query(max_length=40, description="Also list what was ingested since then (by "
                                    "ingestion time): YYYY-MM-DD, YYYY-MM-DDTHH:MM (UTC) or a span back from now "
                                    "such as 24h or 7d", examples=["24h"],
                                    json_schema_extra={"pattern": SINCE_PATTERN})]
Mode = Annotated[str | None, Query(description="Ranking: hybrid (default; full text where the store has no "
                                               "vectors), fulltext or semantic",
                                   json_schema_extra={"enum": ["", *Q.SEARCH_MODES]})]


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(name=Q.actor_name, types=list(event_types()), languages=SUPPORTED_LANGUAGES, sectors=SECTORS,
                       qs=_qs, sentence_with_trigger=sentence_with_trigger, quad=_quad,
                       label=_label)
    env.filters["web_url"] = web_url
    return env


def web_url(url: str | None) -> str | None:
    """A stored URL fit to be a link: http(s) only — ``javascript:`` or ``data:`` from a hostile
    page or feed is shown as text, never made clickable."""
    return url if url and url.strip().lower().startswith(("http://", "https://")) else None


def _quad(type_: str) -> str:
    et = event_types().get(type_)
    return et.quad.replace("_", " ") if et else ""


class NotFound(Exception):
    """An unknown actor (or other thing) with the actors the user probably meant.

    Pages answer it with a 404 page that links the suggestions; the API with a 404 whose JSON
    carries ``detail`` and ``suggestions``, so both tell the user where to go next.
    """

    def __init__(self, message: str, suggestions: list[dict[str, Any]] | None = None, close: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.suggestions = suggestions or []
        self.close = close  # False: nothing resembled the name, the suggestions are the most reported


def _suggestion(row: dict[str, Any], href: str) -> dict[str, Any]:
    return {"code": row["code"], "name": row["name"], "kind": row.get("kind"), "events": row.get("events", 0),
            "via": row.get("via"), "url": href}


def _label(code: str) -> str:
    """'RUS — Russia': how an actor is shown in menus, code first for those who know codes."""
    name = Q.actor_name(code)
    return code if name == code else f"{code} — {name}"


def _qs(**params: Any) -> str:
    """A query string from the non-empty params (for links)."""
    clean = {k: ("1" if v is True else v) for k, v in params.items() if v not in (None, "", False)}
    return ("?" + urlencode(clean)) if clean else ""


def _sentence_spans(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each event's evidence sentence as a span with the id ``ev-<event id>`` that links target."""
    out = []
    for e in events:
        start, sentence = e.get("sent_start"), e.get("sentence") or ""
        if start is None or not sentence:
            continue
        end = e.get("sent_end") or start + len(sentence)
        out.append(dict(start=start, end=end, kind="sentence", anchor=f"ev-{e['id']}", event=str(e["id"])))
    return out


def scope(request: Request) -> str:
    """The counting scope a request asks for: ``planned=1`` counts planned events too."""
    return "planned" if request.query_params.get("planned", "").lower() in ("1", "true", "yes", "on") else "asserted"


def write_token(token: str | None = None) -> str:
    """The token that corrections must carry: given, else ``UTKIKK_TOKEN``, else a fresh random one."""
    return token or os.environ.get("UTKIKK_TOKEN") or secrets.token_urlsafe(18)


SECURITY_HEADERS = {
    # no inline script anywhere (app.js is a file); inline style attributes draw the bars; the
    # PNG download draws the chart's SVG through a data:/blob: image onto a canvas
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
                               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every answer (pages, API, errors, static files, the Host
    check's 400). Plain ASGI rather than ``@app.middleware("http")``: Starlette's
    ``BaseHTTPMiddleware`` runs each request through an extra task and memory stream, a cost
    paid on every request under load."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in SECURITY_HEADERS.items():
                    headers.setdefault(k, v)
            await send(message)

        await self.app(scope, receive, with_headers)


class ErrorBody(BaseModel):
    """Every 4xx answer of the API: one message a person can act on (and, for an unknown actor,
    suggestions)."""

    detail: str
    suggestions: list[dict[str, Any]] | None = None
    suggestions_are: str | None = None


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter that cannot be used; the message says which"},
    401: {"model": ErrorBody, "description": "Writing without the server's write token"},
    404: {"model": ErrorBody, "description": "No such article, event or actor (with suggestions)"},
    422: {"model": ErrorBody, "description": "A parameter of the wrong form; the message names it"},
}


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """At startup, under uvicorn's signal handlers: a stop signal also stops long exports; and,
    where the app was made with ``warm=True``, the warm-up starts (:func:`warm_up`)."""
    watch_signals()
    if app.state.warmed is not None:
        threading.Thread(target=warm_up, args=(app.state.store, app.state.warmed), name="utkikk-warm-up",
                         daemon=True).start()
    yield


def warm_up(store: Store, done: threading.Event | None = None) -> None:
    """Make what the first requests would otherwise wait for, in a background thread at startup:
    the actor names (every search result, alert and network shows them), the overview with its
    alerts (``/`` and ``/api/overview``: seconds on a 100,000-event store), a parsed query (the
    lemmatiser's dictionaries of the five languages and the actor-name index of the concept
    tables: 3 CPU seconds, the most of a first search), NumPy and the store's vector matrix
    (semantic ranking), then the whole knowledge base (the actor pages). Why: on a fresh server
    the first search paid all of the search's share (2.45 s on the load store) and the first
    overview the alerts, while the server sat idle before them; with ``--workers N`` each worker
    paid them again. A request that comes meanwhile waits for the answer being made
    (:func:`..store.queries._cached`, :func:`..actors.kb.load`) rather than making it twice; a
    failure here is left to that request to report."""
    from ..actors import kb
    from ..store import vectors

    try:
        kb.actor_names()
        Q.overview(store, Q.DEFAULT_SCOPE)  # first: "/" is a browser's first request
        Q.SearchFilter.checked("utkikk")  # any word: every language's dictionary is read for it
        vectors.has_vectors(store)
        kb.load()
    except Exception:  # noqa: BLE001 - warming is an optimisation; the request path reports errors
        pass
    finally:
        if done is not None:
            done.set()


def allowed_methods(app: FastAPI, request: Request) -> str:
    """The ``Allow`` of a 405: the methods of every route on the path. Starlette names only the
    first route that matched the path, so ``/api/events/1/corrections`` (GET and POST, two routes)
    would say ``POST`` alone."""
    from starlette.routing import Match

    methods: set[str] = set()
    for route in app.router.routes:
        if getattr(route, "methods", None) and route.matches(request.scope)[0] != Match.NONE:
            methods |= set(route.methods)
    return ", ".join(sorted(methods))


def create_app(db: str | os.PathLike[str] | None = None, *, store: Store | None = None,
               token: str | None = None, allowed_hosts: list[str] | None = None, warm: bool = False) -> FastAPI:
    """Build the app over the store at ``db`` (path or SQLAlchemy URL), opened once.

    ``token`` is the write token for corrections (see :func:`write_token`); ``app.state.token``
    holds it, so the server can print a generated one. ``allowed_hosts``: the Host header values
    served (``utkikk serve`` passes the loopback names and its ``--host``), so a web page cannot
    read the local API through DNS rebinding; None serves any (tests, embedding). ``warm``: at
    startup, load the knowledge base and the vectors in the background (:func:`warm_up`), as
    ``utkikk serve`` does; ``app.state.warmed`` is then an Event set when that is done, else None."""
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    st = store or Store(db)
    env = _env()
    app = FastAPI(title="Utkikk", version="0.1.0", description=DESCRIPTION, docs_url=None, redoc_url=None,
                  responses=ERROR_RESPONSES, lifespan=_lifespan)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    app.add_middleware(SecurityHeaders)

    app.state.store = st
    app.state.token = write_token(token)
    app.state.warmed = threading.Event() if warm else None
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(template: str, request: Request, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(template).render(request=request, path=request.url.path, scope=scope(request),
                                                 **ctx)
        return HTMLResponse(html, status_code=status)

    def remembered(request: Request, make: Callable[[], Response]) -> Response:
        """The answer to this URL, made once per store version (:func:`utkikk.store.queries.cached`):
        the busiest pages and endpoints answer the same URL with the same bytes until an ingest or
        a correction changes the store, so under load the work per request is one version check."""
        def freeze() -> tuple[bytes, int, str | None]:
            r = make()
            return bytes(r.body), r.status_code, r.media_type

        key = ("response", request.url.path, request.url.query)
        body, status, media_type = Q.cached(st, key, freeze)
        return Response(body, status_code=status, media_type=media_type)

    def error(request: Request, status: int, message: str,
              suggestions: list[dict[str, Any]] | None = None, close: bool = True) -> Response:
        if request.url.path.startswith("/api"):
            body: dict[str, Any] = {"detail": message}
            if suggestions is not None:
                body["suggestions"] = suggestions
                body["suggestions_are"] = "similar" if close else "most reported"
            return JSONResponse(body, status_code=status)
        return page("error.html", request, status=status, status_code=status, message=message,
                    suggestions=suggestions, close=close)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, exc.message, exc.suggestions, close=exc.close)

    @app.exception_handler(Q.QueryError)
    async def _query_error(request: Request, exc: Q.QueryError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(SearchError)
    async def _search_error(request: Request, exc: SearchError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        msgs = []
        for e in exc.errors():
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
            msgs.append(f"{loc}: {e.get('msg')}")
        return error(request, 422, "; ".join(msgs) or "invalid parameters")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = error(request, exc.status_code, str(exc.detail))
        for k, v in (exc.headers or {}).items():  # a 405's Allow, a 401's WWW-Authenticate
            response.headers[k] = v
        if exc.status_code == 405:
            response.headers["Allow"] = allowed_methods(app, request)
        return response

    # ---------------------------------------------------------------- data (shared by page + API)

    def event_filter(source: str | None = None, target: str | None = None, actor: str | None = None,
                     type: str | None = None, start: str | None = None, end: str | None = None,
                     lang: str | None = None, outlet: str | None = None, both: bool = False,
                     flagged: bool = False, scope_: str = "asserted",
                     sectors: tuple[str | None, str | None, str | None] = (None, None, None)) -> Q.EventFilter:
        sector, source_sector, target_sector = sectors
        return Q.EventFilter.checked(source=source, target=target, actor=actor, type=type, start=start, end=end,
                                     lang=lang, outlet=outlet, both=both, flagged=flagged, scope=scope_,
                                     sector=sector, source_sector=source_sector, target_sector=target_sector)

    def actor_href(request: Request, code: str) -> str:
        return ("/api/actors/" if request.url.path.startswith("/api") else "/actors/") + code

    def unknown_actor(raw: str, href: Callable[[str], str], other: str | None = None) -> NotFound:
        """Closest names first; with none close, the most reported actors, so there is always a way on."""
        rows = [r for r in D.closest(st, raw) if r["code"] != other]
        close = bool(rows)
        if not close:
            rows = [r for r in D.actor_index(st) if r["code"] != other][:5]
        return NotFound(f"no actor {raw!r} in this store", [_suggestion(r, href(r["code"])) for r in rows], close)

    def get_actor(request: Request, code: str) -> dict[str, Any]:
        c = Q.check_code(code, "code")
        data = Q.actor(st, c, scope=scope(request)) if c else None
        if data is None:
            raise unknown_actor(code, lambda x: actor_href(request, x))
        return data

    def get_article(article_id: int) -> dict[str, Any]:
        data = Q.article(st, article_id)
        if data is None:
            raise HTTPException(404, f"no article {article_id}")
        return data

    def get_dyad(request: Request, a: str, b: str, start: str | None, end: str | None) -> dict[str, Any]:
        ca, cb = Q.check_code(a, "a"), Q.check_code(b, "b")
        if not ca or not cb or ca == cb:
            raise Q.QueryError("a dyad needs two different actor codes")
        prefix = "/api/dyads" if request.url.path.startswith("/api") else "/dyads"
        if not D.is_known(st, ca):
            raise unknown_actor(a, lambda x: f"{prefix}/{x}/{cb}", cb)
        if not D.is_known(st, cb):
            raise unknown_actor(b, lambda x: f"{prefix}/{ca}/{x}", ca)
        s, e = Q.check_range(start, end)
        return Q.dyad(st, ca, cb, start=s, end=e, scope=scope(request))

    def resolve(value: str | None) -> str | None:
        """A typed name ("Russland") where a form wants a code; codes pass through."""
        return D.resolve(st, value)

    def timeline_svg(data: dict[str, Any]) -> Any:
        return svg.timeline(data["timeline"], lambda e: f"/articles/{e['article_id']}#ev-{e['id']}")

    def dyad_svg(d: dict[str, Any]) -> Any:
        return svg.dyad_chart(d["series"], lambda m: "/events" + _qs(source=d["a"], target=d["b"], both=True,
                                                                    start=m, end=m))

    def places(rows: list[dict[str, Any]]) -> Any:
        return svg.place_map(rows, lambda e: f"/articles/{e['article_id']}#ev-{e['id']}")

    def network_data(request: Request, start: str | None, end: str | None,
                     max_edges: int) -> tuple[dict[str, Any], str | None, str | None]:
        s, e = Q.check_range(start, end)
        return Q.network(st, start=s, end=e, max_edges=max_edges, scope=scope(request)), s, e

    def network_chart(net: dict[str, Any], s: str | None, e: str | None) -> Any:
        return svg.network_svg(net, lambda c: f"/actors/{c}", lambda x, y: f"/dyads/{x}/{y}" + _qs(start=s, end=e))

    # ---------------------------------------------------------------- pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request, since: Since = None) -> Response:
        if since:  # "24h" means something else a minute later: not remembered
            return page("overview.html", request, data=Q.overview(st, scope(request), since=since), picker={},
                        since=since)
        return remembered(request, lambda: page("overview.html", request, data=Q.overview(st, scope(request)),
                                                picker={}, since=None))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str | None = None, lang: Lang = None, start: Start = None, end: End = None,
                    actor: Actor = None, type: Type = None, outlet: Outlet = None, mode: Mode = None,
                    page_no: Page = 1) -> HTMLResponse:
        actor = resolve(actor)
        params = dict(q=q, lang=lang, start=start, end=end, actor=actor, type=type, outlet=outlet, mode=mode)
        result = None
        if (q and q.strip()) or actor or type:
            sf = Q.SearchFilter.checked(q, lang=lang, start=start, end=end, actor=actor, type=type, outlet=outlet,
                                        mode=mode)
            result = Q.search(st, sf, limit=20, offset=(page_no - 1) * 20)
        return page("search.html", request, params=params, result=result, page_no=page_no,
                    outlets=Q.outlets(st))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, source: Source = None, target: Target = None, actor: Actor = None,
                    type: Type = None, start: Start = None, end: End = None, lang: Lang = None,
                    outlet: Outlet = None, both: Both = False, flagged: Flagged = False,
                    sector: Sector = None, source_sector: SourceSector = None, target_sector: TargetSector = None,
                    page_no: Page = 1) -> HTMLResponse:
        source, target, actor = resolve(source), resolve(target), resolve(actor)
        f = event_filter(source, target, actor, type, start, end, lang, outlet, both, flagged, scope(request),
                         (sector, source_sector, target_sector))
        params = dict(source=f.source, target=f.target, actor=f.actor, type=f.type, start=f.start, end=f.end,
                      lang=f.lang, outlet=f.outlet, both=f.both, flagged=f.flagged, sector=f.sector,
                      source_sector=f.source_sector, target_sector=f.target_sector)
        total = Q.count_events(st, f)
        rows = with_corrections(Q.events(st, f, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE))
        if f.scope != "asserted":
            params["planned"] = True
        return page("events.html", request, params=params, rows=rows, total=total, page_no=page_no, places=places(rows),
                    pages=max(1, math.ceil(total / PAGE_SIZE)), outlets=Q.outlets(st))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: RowId) -> HTMLResponse:
        art = get_article(article_id)
        spans = [dict(start=m["start"], end=m["end"], kind="actor", code=m["code"]) for m in art["mentions"]]
        spans += [dict(start=q["start"], end=q["end"], kind="quote", title=f"quote: {q['speaker'] or 'unattributed'}")
                  for q in art["quotes"]]
        spans += [dict(start=e["trig_start"], end=e["trig_end"], kind="trigger",
                       tone="conflict" if e["conflict"] else "cooperation",
                       title=f"{e['source']} {e['type']} {e['target']}")
                  for e in art["events"] if e["trig_start"] is not None and e["trig_end"] is not None]
        spans += _sentence_spans(art["events"])
        with_corrections(art["events"])
        return page("article.html", request, art=art, body=annotate(art["text"], spans), places=places(art["events"]))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request) -> HTMLResponse:
        return page("actors.html", request, rows=D.actor_index(st))

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, code: str) -> HTMLResponse:
        data = get_actor(request, code)
        return page("actor.html", request, a=data, chart=timeline_svg(data), places=places(data["timeline"]))

    @app.get("/dyads", include_in_schema=False)
    def dyad_picker(request: Request, a: str | None = None, b: str | None = None, start: Start = None,
                    end: End = None) -> Response:
        """The dyad picker's target: names or codes in, a redirect to the dyad page out."""
        ca, cb = resolve(a), resolve(b)
        if not ca or not cb:
            return page("dyads.html", request, picker=dict(a=a, b=b), top=Q.top_dyads(st, limit=20))
        get_dyad(request, ca, cb, start, end)  # unknown actors: the 404 page with suggestions
        return RedirectResponse(f"/dyads/{Q.check_code(ca)}/{Q.check_code(cb)}" + _qs(start=start, end=end),
                                status_code=303)

    @app.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str, b: str, start: Start = None, end: End = None) -> HTMLResponse:
        d = get_dyad(request, a, b, start, end)
        return page("dyad.html", request, d=d, chart=dyad_svg(d), picker=dict(a=d["a"], b=d["b"]),
                    places=places(d["events"]))

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, start: Start = None, end: End = None,
                     max_edges: Annotated[int, Query(ge=1, le=500)] = 60) -> HTMLResponse:
        net, s, e = network_data(request, start, end, max_edges)
        chart = network_chart(net, s, e)
        return page("network.html", request, net=net, chart=chart, params=dict(start=s, end=e, max_edges=max_edges))

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def alerts_page(request: Request, start: Start = None, end: End = None) -> HTMLResponse:
        s, e = Q.check_range(start, end)
        return page("alerts.html", request, data=Q.alerts(st, start=s, end=e, scope=scope(request)),
                    params=dict(start=s, end=e))

    @app.get("/alerts.atom", response_class=Response, include_in_schema=False)
    def alerts_atom(request: Request, start: Start = None, end: End = None) -> Response:
        from ..notify import atom_feed

        s, e = Q.check_range(start, end)
        base = str(request.base_url)
        return remembered(request, lambda: Response(
            atom_feed(Q.alerts(st, start=s, end=e, limit=50, scope=scope(request)), base),
            media_type="application/atom+xml; charset=utf-8"))

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        return page("api.html", request, schema=app.openapi())

    # ---------------------------------------------------------------- API

    @app.get("/api/overview", tags=["pages"], summary="Counts per language and outlet, latest articles, "
             "most active dyads, newest alerts")
    def api_overview(request: Request, since: Since = None) -> Response:
        if since:
            return JSONResponse(Q.overview(st, scope(request), since=since))
        return remembered(request, lambda: JSONResponse(Q.overview(st, scope(request))))

    @app.get("/api/search", tags=["search"], summary="Search across the five languages: words expanded through "
             "concept tables and actor names, OR / NOT / \"phrases\", hybrid full-text and semantic ranking; "
             "each result lists its events and actors")
    def api_search(request: Request,
                   q: Annotated[str | None, Query(max_length=500, examples=["sanksjoner NOT Iran"],
                                                  description="Words to find: AND by default, OR, NOT (or -word), "
                                                              "\"a phrase\", (groups), actor:CODE, type:TYPE. "
                                                              "Optional when actor or type is given")] = None,
                   lang: Lang = None, start: Start = None, end: End = None, actor: Actor = None,
                   type: Type = None, outlet: Outlet = None, mode: Mode = None,
                   limit: Annotated[int, Query(ge=1, le=100)] = 20,
                   offset: Offset = 0) -> JSONResponse:
        sf = Q.SearchFilter.checked(q, lang=lang, start=start, end=end, actor=actor, type=type, outlet=outlet,
                                    mode=mode)
        return remembered(request, lambda: JSONResponse(Q.search(st, sf, limit=limit, offset=offset)))

    @app.get("/api/events", tags=["events"], summary="Event reports with their evidence, newest first")
    def api_events(request: Request, source: Source = None, target: Target = None, actor: Actor = None, type: Type = None,
                   start: Start = None, end: End = None, lang: Lang = None, outlet: Outlet = None,
                   both: Both = False, flagged: Flagged = False, limit: Limit = 100,
                   offset: Offset = 0, sector: Sector = None, source_sector: SourceSector = None,
                   target_sector: TargetSector = None) -> JSONResponse:
        f = event_filter(source, target, actor, type, start, end, lang, outlet, both, flagged, scope(request),
                         (sector, source_sector, target_sector))
        return remembered(request, lambda: JSONResponse({
            "total": Q.count_events(st, f), "limit": limit, "offset": offset,
            "events": Q.events(st, f, limit=limit, offset=offset)}))

    def streamed(f: Q.EventFilter, limit: int, chunks: Callable[..., Any], media_type: str,
                 headers: dict[str, str] | None = None) -> StreamingResponse:
        """An export streamed from one cursor, newest first as the app lists events; the body is
        made a chunk of rows at a time, so four exports at once hold four chunks, not four files."""
        rows = Q.iter_events(st, f, limit=limit, order="desc")
        return StreamingResponse(chunks(rows, check=check_running), media_type=media_type, headers=headers)

    @app.get("/api/events.csv", tags=["export"], summary="Events as CSV (streamed)", response_class=Response,
             responses=CSV_DOC)
    def api_events_csv(source: Source = None, target: Target = None, actor: Actor = None, type: Type = None,
                       start: Start = None, end: End = None, lang: Lang = None, outlet: Outlet = None,
                       both: Both = False, flagged: Flagged = False, limit: ExportLimit = Q.MAX_EXPORT, sector: Sector = None,
                       source_sector: SourceSector = None, target_sector: TargetSector = None) -> Response:
        f = event_filter(source, target, actor, type, start, end, lang, outlet, both, flagged,
                         sectors=(sector, source_sector, target_sector))
        return streamed(f, limit, export.csv_chunks, CSV_TYPE,
                        downloads.csv_response_headers("utkikk-events.csv"))

    @app.get("/api/events.parquet", tags=["export"], summary="Events as Parquet (streamed)", response_class=Response,
             responses=_body("application/vnd.apache.parquet", "binary"))
    def api_events_parquet(source: Source = None, target: Target = None, actor: Actor = None, type: Type = None,
                           start: Start = None, end: End = None, lang: Lang = None, outlet: Outlet = None,
                           both: Both = False, flagged: Flagged = False,
                           limit: ExportLimit = Q.MAX_EXPORT, sector: Sector = None,
                       source_sector: SourceSector = None, target_sector: TargetSector = None) -> Response:
        f = event_filter(source, target, actor, type, start, end, lang, outlet, both, flagged,
                         sectors=(sector, source_sector, target_sector))
        return streamed(f, limit, export.parquet_chunks, "application/vnd.apache.parquet",
                        {"Content-Disposition": 'attachment; filename="utkikk-events.parquet"'})

    @app.get("/api/events.plover.json", tags=["export"],
             summary="Events in the PLOVER manual's JSON layout (id, date, source, recipient, event, mode, "
                     "context, quad_code, text, cite_info …), streamed")
    def api_events_plover(source: Source = None, target: Target = None, actor: Actor = None, type: Type = None,
                          start: Start = None, end: End = None, lang: Lang = None, outlet: Outlet = None,
                          both: Both = False, flagged: Flagged = False,
                          limit: ExportLimit = Q.MAX_EXPORT, sector: Sector = None,
                       source_sector: SourceSector = None, target_sector: TargetSector = None) -> Response:
        f = event_filter(source, target, actor, type, start, end, lang, outlet, both, flagged,
                         sectors=(sector, source_sector, target_sector))
        return streamed(f, limit, export.plover_json_chunks, "application/json")

    @app.get("/api/articles/{article_id}", tags=["pages"], summary="One article with mentions, quotes, "
             "events (flagged ones too) and its duplicate cluster")
    def api_article(article_id: RowId) -> JSONResponse:
        return JSONResponse(get_article(article_id))

    @app.get("/api/actors", tags=["actors"], summary="Actor index, or actors whose code or name (any of the "
             "five languages, case and accents ignored) starts with q: for type-ahead")
    def api_actors(q: Annotated[str | None, Query(max_length=100, description="Code or name prefix",
                                                  examples=["russland"])] = None,
                   limit: Annotated[int, Query(ge=1, le=Q.MAX_LIMIT)] = 10,
                   in_store: Annotated[bool, Query(description="Only actors seen in this store")] = False
                   ) -> JSONResponse:
        if q is None or not q.strip():
            rows = D.actor_index(st)
            return JSONResponse({"q": None, "total": len(rows), "actors": rows})
        rows = D.suggest(st, q, limit=limit, in_store=in_store)
        return JSONResponse({"q": q, "total": len(rows), "actors": rows})

    @app.get("/api/actors/{code}", tags=["actors"], summary="Actor: names, roles over time, events as source "
             "and target, partners and opponents")
    def api_actor(request: Request, code: Code) -> JSONResponse:
        return JSONResponse(get_actor(request, code))

    @app.get("/api/actors/{code}/timeline.svg", tags=["charts"], summary="The actor's timeline chart as SVG",
             response_class=Response, responses=SVG_DOC)
    def api_actor_svg(request: Request, code: Code) -> Response:
        data = get_actor(request, code)
        return Response(str(timeline_svg(data)), media_type=SVG_TYPE)

    @app.get("/api/actors/{code}/timeline.csv", tags=["charts"], summary="The events on the actor's timeline "
             "as CSV", response_class=Response, responses=CSV_DOC)
    def api_actor_csv(request: Request, code: Code) -> Response:
        data = get_actor(request, code)
        return Response(downloads.timeline_csv(data["timeline"]), media_type=CSV_TYPE,
                        headers=downloads.csv_response_headers(f"utkikk-{data['code']}-timeline.csv"))

    @app.get("/api/dyads/{a}/{b}", tags=["pages"], summary="Monthly cooperation/conflict series of A–B "
             "(both directions) with the events behind it")
    def api_dyad(request: Request, a: Code, b: Code, start: Start = None, end: End = None) -> JSONResponse:
        return JSONResponse(get_dyad(request, a, b, start, end))

    @app.get("/api/dyads/{a}/{b}/series.svg", tags=["charts"], summary="The dyad's monthly chart as SVG",
             response_class=Response, responses=SVG_DOC)
    def api_dyad_svg(request: Request, a: Code, b: Code, start: Start = None, end: End = None) -> Response:
        return Response(str(dyad_svg(get_dyad(request, a, b, start, end))), media_type=SVG_TYPE)

    @app.get("/api/dyads/{a}/{b}/series.csv", tags=["charts"], summary="The dyad's monthly series as CSV",
             response_class=Response, responses=CSV_DOC)
    def api_dyad_csv(request: Request, a: Code, b: Code, start: Start = None, end: End = None) -> Response:
        d = get_dyad(request, a, b, start, end)
        return Response(downloads.series_csv(d["series"]), media_type=CSV_TYPE,
                        headers=downloads.csv_response_headers(f"utkikk-{d['a']}-{d['b']}-series.csv"))

    @app.get("/api/network", tags=["pages"], summary="Actor network for a period, with a 2-D layout")
    def api_network(request: Request, start: Start = None, end: End = None,
                    max_edges: Annotated[int, Query(ge=1, le=500)] = 60) -> JSONResponse:
        return JSONResponse(network_data(request, start, end, max_edges)[0])

    @app.get("/api/network.svg", tags=["charts"], summary="The network chart as SVG",
             response_class=Response, responses=SVG_DOC)
    def api_network_svg(request: Request, start: Start = None, end: End = None,
                        max_edges: Annotated[int, Query(ge=1, le=500)] = 60) -> Response:
        net, s, e = network_data(request, start, end, max_edges)
        return Response(str(network_chart(net, s, e)), media_type=SVG_TYPE)

    @app.get("/api/network.csv", tags=["charts"], summary="The network's edges as CSV",
             response_class=Response, responses=CSV_DOC)
    def api_network_csv(request: Request, start: Start = None, end: End = None,
                        max_edges: Annotated[int, Query(ge=1, le=500)] = 60) -> Response:
        net, _, _ = network_data(request, start, end, max_edges)
        return Response(downloads.network_csv(net), media_type=CSV_TYPE,
                        headers=downloads.csv_response_headers("utkikk-network.csv"))

    @app.get("/api/alerts", tags=["pages"], summary="Dyad-months whose conflict or cooperation surged "
             "against the dyad's own history (method in the answer)")
    def api_alerts(request: Request, start: Start = None, end: End = None, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                   p_max: Annotated[float | None, Query(gt=0, lt=1, description="Tail probability cut-off")] = None,
                   min_count: Annotated[int | None, Query(ge=1, le=1000)] = None,
                   window: Annotated[int | None, Query(ge=1, le=120)] = None,
                   min_sources: Annotated[int | None, Query(ge=1, le=100, description="Independent sources a "
                                                            "month needs")] = None,
                   min_severity: Annotated[float | None, Query(ge=0, le=1000, description="Least weight "
                                                               "(severity × independent reports)")] = None,
                   single_source_weight: Annotated[float | None, Query(
                       ge=0, le=1, description="Weight of a month reported by fewer than min_sources sources "
                       "(0 drops such months)")] = None,
                   ) -> JSONResponse:
        s, e = Q.check_range(start, end)
        return remembered(request, lambda: JSONResponse(Q.alerts(
            st, start=s, end=e, limit=limit, p_max=p_max, min_count=min_count, window=window,
            min_sources=min_sources, min_severity=min_severity, single_source_weight=single_source_weight,
            scope=scope(request))))

    # ---------------------------------------------------------------- corrections (write token)

    def with_corrections(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Attach to each corrected report its correction (newest), so pages show the original."""
        ids = [r["id"] for r in rows if r.get("corrected")]
        latest = C.latest_for(st, ids)
        for r in rows:
            r["correction"] = latest.get(r["id"])
        return rows

    def authorised(request: Request, given: str | None = None) -> None:
        """The write token from the form field, ``Authorization: Bearer``, or ``X-Utkikk-Token``."""
        auth = request.headers.get("authorization", "")
        token = given or (auth[7:].strip() if auth.lower().startswith("bearer ") else None) \
            or request.headers.get("x-utkikk-token")
        if not token or not secrets.compare_digest(token.encode(), app.state.token.encode()):
            raise HTTPException(401, "a correction needs the server's write token (UTKIKK_TOKEN, or the one "
                                     "`utkikk serve` printed at start)")

    def apply_correction(event_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        try:
            return C.correct(st, event_id, **fields)
        except LookupError:
            raise HTTPException(404, f"no event {event_id}") from None
        except C.CorrectionError as exc:
            raise Q.QueryError(str(exc)) from None

    @app.post("/events/{event_id}/correct", include_in_schema=False)
    async def correct_form(request: Request, event_id: RowId) -> Response:
        """The correction form of the article and events pages; back to where it was sent from."""
        form = await request.form()
        authorised(request, str(form.get("token") or "") or None)
        fields = {k: (str(form.get(k) or "").strip() or None) for k in C.FORM_FIELDS}
        fields["reason"] = fields["reason"] or ""
        fields["action"] = fields["action"] or "fix"
        apply_correction(event_id, fields)
        back = str(form.get("back") or "")
        if not back.startswith("/") or back.startswith("//"):
            back = "/events"
        return RedirectResponse(back, status_code=303)

    @app.post("/api/events/{event_id}/corrections", tags=["corrections"], status_code=201,
              summary="Mark an event wrong or fix its type, source, target or modality (needs the write token)")
    def api_correct(request: Request, event_id: RowId, body: C.CorrectionIn) -> JSONResponse:
        authorised(request)
        return JSONResponse(apply_correction(event_id, body.model_dump()), status_code=201)

    @app.get("/api/events/{event_id}/corrections", tags=["corrections"], summary="The corrections of one event")
    def api_event_corrections(event_id: RowId) -> JSONResponse:
        return JSONResponse({"corrections": C.corrections(st, event_id)})

    @app.get("/api/corrections", tags=["corrections"], summary="Every correction, newest first")
    def api_corrections(limit: Limit = 100) -> JSONResponse:
        return JSONResponse({"corrections": C.corrections(st, limit=limit)})

    return app
