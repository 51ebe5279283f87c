"""Build ``src/utkikk/actors/kb/persons_phoenix.tsv``: people with dated roles from the
Phoenix/CountryInfo actor dictionaries.

usage: .venv/bin/python tools/kb_from_phoenix.py [--out PATH] [--check]

Why: the curated ``persons.yaml`` covers 2010-2025 and the people the press names most; news
from the 1990s and 2000s ("President Bush", Sharif, Kozyrev) and the ministers of smaller states
need breadth that only a systematic source gives. PETRARCH2's dictionaries
(``../shared/data/petrarch2/dictionaries``, MIT licence, built from CountryInfo, January 2014)
list about 18,000 people with CAMEO codes and date ranges. This script reads them at build time;
the package ships only its output, which is reviewed like code, and merges it at load time
under the curated people (``utkikk.actors.kb``: a curated person's record wins, the imported
roles only fill the periods it leaves open).

The dictionary format (TABARI): an entry line ``NAME_  # comment`` (words joined by ``_``, a
trailing ``_`` marks the end of a word), alias lines ``+ALIAS``, and code lines
``[CODE dates]`` indented below or written on the entry line; dates are ``YYMMDD`` or
``YYYYMMDD``: ``a-b`` (from a to b), ``>a`` (from a on), ``<b`` (until b), none (undated).

Kept: roles of an acting sector (``phoenix_codes.yaml`` ``sectors``: GOV, MIL, LEG, JUD, COP,
SPY) of a state the knowledge base lists, or of a mapped international organisation, dated and
ending in 1990 or later; a role open at the end (``>a``) ends at the dictionary's date
(2014-01-30, or the start where that is later), the last day the source vouches for. A person is kept with at least one such role.

Names are written as the press writes them ("George H. W. Bush", "Ban Ki-Moon", "al-Assad").
Variants: an alias that is a full name, and the surname alone where an alias writes it after
a title ("PRESIDENT_BUSH"). Filtered, so that the larger knowledge base adds no false actors:
- a surname variant that the UD treebanks of nb, nn, da, sv or en use as a common word at least
  as often as a name ("May", "Brown"), that is shorter than four letters, that names a state,
  organisation or capital in the knowledge base ("Jordan", "Georgia"), or that imported people
  of different actors share;
- a full name whose every word is a common word, or that names an actor.
The counts of everything dropped are printed and written in the output's header.

``--check`` rebuilds in memory and fails when the shipped file differs.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from utkikk.actors.kb import load as load_kb  # noqa: E402
from utkikk.datafiles import load_yaml  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
DICTS = DATA / "petrarch2" / "dictionaries"
SOURCES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
CODES = ROOT / "training" / "kb" / "phoenix_codes.yaml"
OUT = ROOT / "src" / "utkikk" / "actors" / "kb" / "persons_phoenix.tsv"
TREEBANKS = ("norne/ud/nob", "norne/ud/nno", "ud-danish-ddt", "ud-english-ewt", "ud-swedish-talbanken")
DICTIONARY_DATE = "2014-01-30"  # "Generated at: Thu Jan 30 2014" in the Countries file
SINCE = "1990-01-01"
PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "der", "den", "di", "du", "la", "le", "da", "dos", "das"}
CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Entry:
    """One dictionary entry as written: its name, aliases and code strings."""

    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    comment: str = ""
    source: str = ""


def parse_dictionary(text: str, source: str = "") -> list[Entry]:
    """The entries of one TABARI actor dictionary, in file order."""
    out: list[Entry] = []
    cur: Entry | None = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        body, _, comment = line.partition("#")
        if line.startswith("+"):
            if cur is not None:
                alias = CODE.sub("", body[1:]).strip()
                if alias:
                    cur.aliases.append(alias)
                cur.codes += CODE.findall(body)
        elif line[0] in " \t":
            if cur is not None:
                cur.codes += CODE.findall(body)
        else:
            name = CODE.sub("", body).strip().replace(" ", "_")
            cur = Entry(name, [], CODE.findall(body), comment.strip(), source)
            out.append(cur)
    return out


def to_date(s: str) -> str | None:
    """``YYMMDD`` or ``YYYYMMDD`` as ISO; a two-digit year up to 14 is 20YY (the file is of 2014)."""
    if len(s) == 6 and s.isdigit():
        yy = int(s[:2])
        s = f"{2000 + yy if yy <= 14 else 1900 + yy}{s[2:]}"
    if len(s) != 8 or not s.isdigit():
        return None
    try:
        return date(int(s[:4]), int(s[4:6]), int(s[6:])).isoformat()
    except ValueError:
        return None


def parse_code(text: str) -> tuple[str, str | None, str | None] | None:
    """``"USAGOV 890120-930120"`` -> ("USAGOV", "1989-01-20", "1993-01-20"); None when undated or
    malformed (only dated roles are imported). An open end (``>a``) ends at the dictionary's date."""
    parts = text.split()
    if len(parts) != 2:
        return None
    code, when = parts
    if when.startswith(">"):
        start = to_date(when[1:])  # (a few entries were dated after the file was generated)
        return (code, start, max(start, DICTIONARY_DATE)) if start else None
    if when.startswith("<"):
        end = to_date(when[1:])
        return (code, None, end) if end else None
    a, sep, b = when.partition("-")
    start, end = to_date(a), to_date(b)
    return (code, start, end) if sep and start and end and start <= end else None


def actor_of(code: str, table: dict[str, Any], states: set[str]) -> tuple[str, str] | None:
    """(knowledge-base actor, sector) of a CAMEO code, or None where it acts for no actor we list."""
    sectors = table["sectors"]
    for prefix in sorted(table["organisations"], key=len, reverse=True):
        if code.startswith(prefix):
            return table["organisations"][prefix], "IGO"
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not parts or len(parts[0]) != 3:
        return None
    country = table["countries"].get(parts[0], parts[0])
    rest = parts[1:]
    if rest and rest[0] not in sectors and rest[0] not in ("ELI", "OPP", "REB", "BUS", "MED", "EDU", "CVL"):
        # a subunit: a republic of a federation is the federation, a territory the KB lists is itself
        sub = table["countries"].get(rest[0], rest[0])
        if parts[0] not in table["federations"]:
            if sub not in states:
                return None
            country = sub
        rest = rest[1:]
    if country not in states or not rest or rest[0] not in sectors:
        return None
    return country, rest[0]


def words_of(raw: str) -> list[str]:
    return [w for w in raw.strip("_").split("_") if w]


def display(words: list[str]) -> str:
    """Dictionary capitals as a name is printed: "GEORGE_H._W._BUSH" -> "George H. W. Bush"."""
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        head, sep, tail = low.partition("-")
        if i and head in PARTICLES and sep:
            out.append(head + "-" + _cap(tail))  # "al-Assad"
        elif i and low in PARTICLES and i < len(words) - 1:
            out.append(low)
        else:
            out.append(_cap(low))
    return " ".join(out)


def _cap(w: str) -> str:
    return re.sub(r"(^|[-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), w)


def common_words() -> tuple[Counter, Counter]:
    """(count as a common word, count as a proper noun) of each lower-cased form in the treebanks."""
    common: Counter = Counter()
    proper: Counter = Counter()
    for rel in TREEBANKS:
        for path in sorted((DATA / rel).glob("*.conllu")):
            for line in path.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if len(cols) < 4 or not cols[0].isdigit():
                    continue
                form, upos = cols[1].lower(), cols[3]
                if upos == "PROPN":
                    proper[form] += 1
                elif upos not in ("X", "PUNCT", "NUM", "SYM"):
                    common[form] += 1
    return common, proper


def actor_forms() -> set[str]:
    """Every lower-cased name, adjective, demonym and metonym of a KB actor, in all languages."""
    kb = load_kb()
    return {form for forms in kb.forms.values() for form in forms}


@dataclass
class Person:
    name: str
    variants: list[str]
    roles: list[dict[str, Any]]
    surnames: set[str]


def build(entries: list[Entry], table: dict[str, Any], states: set[str], common: tuple[Counter, Counter],
          actor_names: set[str]) -> tuple[list[dict[str, Any]], Counter]:
    """The person records to write, and the counts of what was read and dropped."""
    stats: Counter = Counter()
    titles = {t.upper() for t in table["titles"]}
    not_person = {t.upper() for t in table["not_person"]}
    is_common, is_proper = common
    people: dict[str, Person] = {}
    for e in entries:
        stats[f"entries {e.source}"] += 1
        ws = words_of(e.name)
        if e.source.startswith("Phoenix.Countries") and "CountryInfo" not in e.comment:
            stats["dropped: not a person (a state, place or group entry)"] += 1
            continue
        if len(ws) < 2 or len(ws) > 6 or any(w.upper() in not_person for w in ws) \
                or not all(re.fullmatch(r"[A-Z][A-Z.'-]*", w) for w in ws):
            stats["dropped: not a person's full name"] += 1
            continue
        roles = []
        for c in e.codes:
            parsed = parse_code(c)
            if parsed is None:
                continue
            code, start, end = parsed
            if end is not None and end < SINCE:
                continue
            who = actor_of(code, table, states)
            if who is None:
                stats["roles dropped: not an acting sector of a listed actor"] += 1
                continue
            actor, sector = who
            r = {"actor": actor, "sector": sector, "start": start, "end": end}
            if r not in roles:
                roles.append(r)
        if not roles:
            stats["dropped: no dated acting role from 1990 on"] += 1
            continue
        name = display(ws)
        surname = ws[-1]
        variants, surnames = [], set()
        for a in e.aliases:
            aw = words_of(a)
            i = 0
            while i < len(aw) and aw[i].upper() in titles:
                i += 1
            rest = aw[i:]
            if not rest or any(w.upper() in not_person for w in rest):
                continue
            if len(rest) == 1:
                if i and rest[0] == surname:
                    surnames.add(display(rest))
                continue
            v = display(rest)
            if v != name and v not in variants:
                variants.append(v)
        p = people.get(name)
        if p is None:
            people[name] = Person(name, variants, roles, surnames)
        else:  # the same person listed again (another country's section, another file)
            stats["merged: the same name listed twice"] += 1
            p.variants += [v for v in variants if v not in p.variants and v != p.name]
            p.roles += [r for r in roles if r not in p.roles]
            p.surnames |= surnames

    def common_word(w: str) -> bool:
        return is_common[w.lower()] > 0 and is_common[w.lower()] >= is_proper[w.lower()]

    # a surname the imported people of different actors share names nobody in particular
    owners: dict[str, set[str]] = defaultdict(set)
    for p in people.values():
        for s in p.surnames:
            owners[s.lower()] |= {r["actor"] for r in p.roles}
    out = []
    for p in sorted(people.values(), key=lambda p: (p.roles[0]["actor"], p.name)):
        keep = []
        for v in [p.name, *p.variants]:
            if v.lower() in actor_names:
                stats["full names dropped: name an actor"] += 1
            elif all(common_word(w) for w in v.split()):
                stats["full names dropped: every word a common word"] += 1
            else:
                keep.append(v)
        if p.name not in keep:
            stats["dropped: the name itself filtered"] += 1
            continue
        for s in sorted(p.surnames):
            if len(s) < 4:
                stats["surnames dropped: shorter than four letters"] += 1
            elif common_word(s):
                stats["surnames dropped: a common word in the treebanks"] += 1
            elif s.lower() in actor_names:
                stats["surnames dropped: names an actor"] += 1
            elif len(owners[s.lower()]) > 1:
                stats["surnames dropped: shared by people of different actors"] += 1
            else:
                keep.append(s)
                stats["surname variants kept"] += 1
        p.roles.sort(key=lambda r: r["start"] or "")
        rec: dict[str, Any] = {"name": p.name}
        if keep[1:]:
            rec["variants"] = keep[1:]
        rec["roles"] = [f"{r['actor']} {r['sector']} {r['start'] or '-'} {r['end']}" for r in p.roles]
        out.append(rec)
    stats["persons written"] = len(out)
    stats["roles written"] = sum(len(r["roles"]) for r in out)
    return out, stats


def render(records: list[dict[str, Any]], stats: Counter) -> str:
    """The file's text: a header with the counts, then one person a line (tab-separated: name,
    variants joined by " | ", roles joined by "; ") -- a plain table, read in a fraction of the
    time YAML takes for 17,000 people."""
    head = ["# GENERATED by tools/kb_from_phoenix.py from PETRARCH2's Phoenix/CountryInfo actor",
            "# dictionaries (MIT licence, January 2014); do not edit: change the script or",
            "# training/kb/phoenix_codes.yaml and rebuild. Curated people (persons.yaml) win over these.",
            "# Columns (tab-separated): name, variants (\" | \"), roles (\"; \"). A role is",
            "# \"ACTOR SECTOR START END\" (START \"-\": not given); the sector gives the title",
            "# (utkikk.actors.kb.SECTOR_TITLES: GOV Government, MIL Military ..., IGO an organisation's Official).",
            "#"]
    head += [f"# {k}: {v}" for k, v in sorted(stats.items())]
    lines = head + [f"{r['name']}\t{' | '.join(r.get('variants') or [])}\t{'; '.join(r['roles'])}" for r in records]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="fail when the shipped file is not what the build gives")
    args = ap.parse_args()
    table = load_yaml(CODES)
    states = {c for c, r in load_kb().actors.items() if r["kind"] == "state"}
    entries = []
    for name in SOURCES:
        entries += parse_dictionary((DICTS / name).read_text(encoding="utf-8", errors="replace"), name)
    records, stats = build(entries, table, states, common_words(), actor_forms())
    text = render(records, stats)
    for k, v in sorted(stats.items()):
        print(f"{k}: {v}")
    if args.check:
        if args.out.read_text(encoding="utf-8") != text:
            sys.exit(f"{args.out} differs from the build: rerun tools/kb_from_phoenix.py")
        return
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text) // 1024} KiB)")


if __name__ == "__main__":
    main()
