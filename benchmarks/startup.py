"""CPU seconds of a fresh server process: importing the web app, opening the store, the first
overview and the first search, cold or after the start-up warm-up (``web.app.warm_up``).

    python benchmarks/startup.py --db /tmp/utkikk-load/load-100000.db [--warm]

CPU seconds (``time.process_time``) rather than wall time: on a shared machine they hold still
from run to run. Run it once per checkout (``PYTHONPATH=other/src``) to compare; figures go to the
"Start-up and the first answers" section of benchmarks/load.md by hand.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True, help="the store (load.py builds the 100,000-event one)")
    ap.add_argument("--warm", action="store_true", help="run the server's warm-up before the first requests")
    ap.add_argument("--word", default="avtale")
    args = ap.parse_args()
    c0 = time.process_time()
    import utkikk.web.app as webapp
    from utkikk.store import Store
    from utkikk.store import queries as Q

    c1 = time.process_time()
    st = Store(args.db)
    c2 = time.process_time()
    if args.warm:
        webapp.warm_up(st)
    c3 = time.process_time()
    Q.overview(st, Q.DEFAULT_SCOPE)
    c4 = time.process_time()
    Q.search(st, Q.SearchFilter.checked(args.word), limit=20, offset=0)
    c5 = time.process_time()
    Q.search(st, Q.SearchFilter.checked("angrep"), limit=20, offset=0)
    c6 = time.process_time()
    print(f"CPU s: import web app {c1 - c0:.2f} | open store {c2 - c1:.2f} | warm-up {c3 - c2:.2f} | "
          f"first overview {c4 - c3:.2f} | first search {c5 - c4:.2f} | another word {c6 - c5:.3f}")


if __name__ == "__main__":
    main()
