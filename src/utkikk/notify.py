"""Telling the analyst when an alert fires: an Atom feed of alerts and a JSON webhook.

Why both: a feed reader polls ``/alerts.atom`` and needs nothing configured on the server; a
webhook (chat, ticketing, an e-mail relay) is pushed to as soon as an ingest or a watch poll
makes a new alert. Each alert is POSTed once per webhook URL (table ``alert_deliveries``), so a
re-run or a restarted watcher does not repeat itself; an alert whose delivery failed after every
retry stays unsent and goes with the next delivery.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import insert, select

from .store import schema as t

log = logging.getLogger(__name__)

RETRIES = 4  # attempts in all
BACKOFF = 1.0  # seconds before the second attempt; doubled for each further one
TIMEOUT = 10.0


def alert_key(al: dict[str, Any], scope: str = "asserted") -> str:
    """A stable identity of one alert: the same dyad, month and side is the same alert."""
    return f"{scope}:{al['a']}:{al['b']}:{al['month']}:{al['side']}"


def _summary(al: dict[str, Any]) -> str:
    types = ", ".join(f"{k}×{v}" if v > 1 else k for k, v in (al.get("types") or {}).items())
    sources = f"{al['sources']} independent source{'s' if al['sources'] != 1 else ''}"
    if al.get("weight", 1.0) < 1:  # fewer sources than min_sources: tested at a lower weight
        sources += f", counted ×{al['weight']:g}"
    return (f"{al['count']} {al['side']} event{'s' if al['count'] != 1 else ''} ({types}) from {sources}: "
            f"weight {al['severity']:.2f} against an expected {al['baseline']:.3f} (P = {al['p_value']:.3g}).")


def atom_feed(data: dict[str, Any], base_url: str, updated: datetime | None = None) -> str:
    """The alerts of :func:`utkikk.store.queries.alerts` as an Atom 1.0 document (RFC 4287).

    Entry ids are tag URIs of the alert's key, so a feed reader shows an alert once however often
    the feed is fetched; ``updated`` is when the feed was made (the alerts' months are not times)."""
    now = (updated or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    base = base_url.rstrip("/")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           "<title>Utkikk alerts</title>", f"<id>tag:utkikk,2024:alerts:{escape(data.get('scope', 'asserted'))}</id>",
           f"<updated>{now}</updated>", f"<link rel=\"self\" href={quoteattr(base + '/alerts.atom')}/>",
           f"<link rel=\"alternate\" href={quoteattr(base + '/alerts')}/>",
           f"<subtitle>{escape(data.get('method', ''))}</subtitle>"]
    for al in data.get("alerts", []):
        key = alert_key(al, data.get("scope", "asserted"))
        href = f"{base}/dyads/{al['a']}/{al['b']}?start={al['month']}&end={al['month']}"
        title = f"{al.get('a_name') or al['a']} – {al.get('b_name') or al['b']}: {al['side']} in {al['month']}"
        evidence = "".join(f"<li>{escape(str(e.get('source')))} {escape(str(e.get('type')))} "
                           f"{escape(str(e.get('target')))}: {escape(str(e.get('sentence') or ''))}</li>"
                           for e in al.get("events", []))
        html = f"<p>{escape(_summary(al))}</p>" + (f"<ul>{evidence}</ul>" if evidence else "")
        out += ["<entry>", f"<id>tag:utkikk,2024:alert:{escape(key)}</id>", f"<title>{escape(title)}</title>",
                f"<updated>{now}</updated>", f"<link href={quoteattr(href)}/>",
                f"<summary>{escape(_summary(al))}</summary>",
                f"<content type=\"html\">{escape(html)}</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def post_json(url: str, payload: dict[str, Any], *, retries: int = RETRIES, backoff: float = BACKOFF,
              timeout: float = TIMEOUT, sleep: Callable[[float], None] = time.sleep) -> bool:
    """POST ``payload`` as JSON, retrying connection errors, timeouts, 429 and 5xx with doubling
    pauses; another 4xx is the receiver refusing the message, which a retry would not change.
    Returns whether it was accepted (2xx)."""
    import httpx

    body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    wait = backoff
    for attempt in range(1, retries + 1):
        try:
            r = httpx.post(url, content=body, timeout=timeout, follow_redirects=False,
                           headers={"Content-Type": "application/json", "User-Agent": "utkikk-alerts"})
            if 200 <= r.status_code < 300:
                return True
            retryable = r.status_code == 429 or r.status_code >= 500
            log.warning("webhook %s answered %s (attempt %d of %d)", url, r.status_code, attempt, retries)
            if not retryable:
                return False
        except httpx.HTTPError as exc:
            log.warning("webhook %s: %s (attempt %d of %d)", url, type(exc).__name__, attempt, retries)
        if attempt < retries:
            sleep(wait)
            wait *= 2
    return False


def deliver_new_alerts(store: Any, url: str, *, scope: str = "asserted", **post: Any) -> int:
    """POST the alerts not yet delivered to ``url`` as one JSON message; returns how many were sent
    (0 when none were new or the delivery failed after its retries)."""
    from .store import queries as Q

    data = Q.alerts(store, limit=500, scope=scope)
    with store.engine.connect() as conn:
        sent = {r[0] for r in conn.execute(select(t.alert_deliveries.c.alert)
                                           .where(t.alert_deliveries.c.url == url))}
    new = [al for al in data["alerts"] if alert_key(al, scope) not in sent]
    if not new:
        return 0
    payload = {"source": "utkikk", "method": data["method"], "parameters": data["parameters"],
               "alerts": [{k: v for k, v in al.items()} for al in new]}
    if not post_json(url, payload, **post):
        return 0
    now = datetime.now(UTC).replace(tzinfo=None)
    with store._write() as conn:  # noqa: SLF001 - the store's writer lock
        conn.execute(insert(t.alert_deliveries), [{"url": url, "alert": alert_key(al, scope), "at": now}
                                                  for al in new])
    return len(new)
