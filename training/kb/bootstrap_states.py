"""One-off generator for ``src/utkikk/actors/kb/states.yaml``.

Why: typing ~200 states x 5 languages by hand invites typos, so the skeleton (one name per
language) comes from CLDR via Babel, a dev-only tool that the package never imports. Everything
CLDR does not know -- news variants ("Nord-Korea", "UK", "Kongo"), adjectives, demonyms, capitals,
ambiguous names, validity dates -- lives in the hand-curated tables next to this script, so the
curation is reviewable and the YAML can be regenerated:

    .venv/bin/python training/kb/bootstrap_states.py            # writes states.yaml
    .venv/bin/python training/kb/bootstrap_states.py --check    # only validates

Tables (``;`` separates columns, ``|`` variants, ``#`` starts a comment line):
  states_meta.txt   code ; alpha-2 ; canonical English name ; valid from ; valid to
  names_extra.txt   code ; en ; nb ; nn ; da ; sv   (``-Name`` drops a CLDR name, ``=`` in nn copies nb)
  adjectives.txt    code ; en ; nb ; nn ; da ; sv
  demonyms.txt      code ; en ; nb ; nn ; da ; sv
  metonyms.txt      code ; any language ; en ; nb ; nn ; da ; sv
  ambiguous.txt     code ; names
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "src" / "utkikk" / "actors" / "kb" / "states.yaml"
LANGS = ("en", "nb", "nn", "da", "sv")

HEADER = """\
# States known to the actor recogniser: UN members, observers (VAT, PSE), XKX, TWN, ESH and the
# historical states SUN, YUG, DDR, CSK. Format: see README.md in this folder.
# Generated once by training/kb/bootstrap_states.py (CLDR names via Babel + hand-curated tables in
# training/kb/); edit the tables there and regenerate, or edit this file and keep the tables in step.
"""

_PLAIN = re.compile(r"^[^\W\d_][\w .'’ʻ\-]*[\w.]$")
_YAML_SPECIAL = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


def _rows(name: str) -> list[list[str]]:
    """Read one curation table as lists of stripped cells."""
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split(";")])
    return rows


def _variants(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _add(target: list[str], values: list[str]) -> None:
    """Append values not yet present (case-insensitively: the recogniser treats them alike)."""
    for value in values:
        if value.casefold() not in {t.casefold() for t in target}:
            target.append(value)


def _per_lang(name: str) -> dict[str, dict[str, list[str]]]:
    """Parse a code ; en ; nb ; nn ; da ; sv table into {code: {lang: [..]}}."""
    table: dict[str, dict[str, list[str]]] = {}
    for row in _rows(name):
        code, cells = row[0], (row[1:] + [""] * len(LANGS))[: len(LANGS)]
        entry = table.setdefault(code, {})
        for lang, cell in zip(LANGS, cells, strict=True):
            if cell == "=":
                cell = cells[LANGS.index("nb")]
            _add(entry.setdefault(lang, []), _variants(cell))
    return table


def _cldr_names(alpha2: str) -> dict[str, list[str]]:
    from babel import Locale  # dev-only dependency

    if alpha2 == "-":
        return {lang: [] for lang in LANGS}
    return {lang: [Locale.parse(lang).territories[alpha2]] for lang in LANGS}


def build() -> list[dict]:
    """Merge CLDR names and the curation tables into state records."""
    extra_names = _per_lang("names_extra.txt")
    adjectives = _per_lang("adjectives.txt")
    demonyms = _per_lang("demonyms.txt")
    metonyms = {row[0]: row[1:] for row in _rows("metonyms.txt")}
    ambiguous = {row[0]: _variants(row[1]) for row in _rows("ambiguous.txt")}

    records = []
    for code, alpha2, canonical, valid_from, valid_to in (
        (row + [""] * 5)[:5] for row in _rows("states_meta.txt")
    ):
        names = _cldr_names(alpha2)
        for lang, values in extra_names.get(code, {}).items():
            drop = {v[1:] for v in values if v.startswith("-")}
            names[lang] = [n for n in names[lang] if n not in drop]
            _add(names[lang], [v for v in values if not v.startswith("-")])
        met_cells = (metonyms.get(code, []) + [""] * 6)[:6]
        record: dict = {
            "code": code,
            "name": canonical or names["en"][0],
            "names": names,
            "adjectives": {k: v for k, v in adjectives.get(code, {}).items() if v},
            "demonyms": {k: v for k, v in demonyms.get(code, {}).items() if v},
            "metonyms": _variants(met_cells[0]),
            "metonyms_lang": {
                lang: _variants(cell) for lang, cell in zip(LANGS, met_cells[1:], strict=True) if cell
            },
        }
        if valid_from or valid_to:
            record["valid"] = {"from": valid_from or None, "to": valid_to or None}
        record["ambiguous"] = ambiguous.get(code, [])
        records.append(record)
    return records


def validate(records: list[dict]) -> list[str]:
    """Return problems: unknown codes in tables, missing names, clashes between states."""
    problems = []
    codes = {r["code"] for r in records}
    for table in ("names_extra.txt", "adjectives.txt", "demonyms.txt", "metonyms.txt", "ambiguous.txt"):
        problems += [f"{table}: unknown code {row[0]}" for row in _rows(table) if row[0] not in codes]
    for lang in LANGS:
        owner: dict[str, str] = {}
        for r in records:
            if not r["names"][lang]:
                problems.append(f"{r['code']}: no {lang} name")
            forms = (
                set(r["names"][lang])
                | set(r["adjectives"].get(lang, []))
                | set(r["demonyms"].get(lang, []))
                | set(r["metonyms"])
                | set(r["metonyms_lang"].get(lang, []))
            )
            for form in {f.casefold() for f in forms}:
                if owner.setdefault(form, r["code"]) != r["code"]:
                    problems.append(f"{lang}: {form!r} used by {owner[form]} and {r['code']}")
    for r in records:
        all_names = {n for names in r["names"].values() for n in names}
        problems += [
            f"{r['code']}: ambiguous {a!r} is not a name" for a in r["ambiguous"] if a not in all_names
        ]
    return problems


def _scalar(value: str | None) -> str:
    if value is None:
        return "null"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    if _PLAIN.match(value) and value.casefold() not in _YAML_SPECIAL:
        return value
    return json.dumps(value, ensure_ascii=False)


def _flow(values: list[str]) -> str:
    return "[" + ", ".join(_scalar(v) for v in values) + "]"


def render(records: list[dict]) -> str:
    """Write records in the flow-list layout of README.md (one record per block)."""
    lines = [HEADER]
    for r in records:
        lines.append(f"- code: {r['code']}")
        lines.append(f"  name: {_scalar(r['name'])}")
        for key in ("names", "adjectives", "demonyms"):
            if not r[key]:
                lines.append(f"  {key}: {{}}")
                continue
            lines.append(f"  {key}:")
            lines += [f"    {lang}: {_flow(r[key][lang])}" for lang in LANGS if lang in r[key]]
        lines.append(f"  metonyms: {_flow(r['metonyms'])}")
        if r["metonyms_lang"]:
            lines.append("  metonyms_lang:")
            lines += [f"    {lang}: {_flow(v)}" for lang, v in r["metonyms_lang"].items()]
        else:
            lines.append("  metonyms_lang: {}")
        if "valid" in r:
            v = r["valid"]
            lines.append(f"  valid: {{from: {_scalar(v['from'])}, to: {_scalar(v['to'])}}}")
        lines.append(f"  ambiguous: {_flow(r['ambiguous'])}")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, do not write")
    args = parser.parse_args()
    records = build()
    problems = validate(records)
    for problem in problems:
        print(problem, file=sys.stderr)
    text = render(records)
    loaded = yaml.safe_load(text)
    assert [r["code"] for r in loaded] == [r["code"] for r in records], "YAML round trip failed"
    assert all(loaded[i]["names"] == records[i]["names"] for i in range(len(records))), "names changed"
    if not args.check and not problems:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {len(records)} states to {OUT.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
