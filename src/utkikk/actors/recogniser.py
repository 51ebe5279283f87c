"""Find actor mentions and persons in an article, at the article's date.

Matching works on the words of the raw text (so offsets are exact and independent of the model's
tokeniser) against the knowledge base, longest match first, with the per-language inflection
rules: genitives ("NATOs", "USA's", "USA:s"), hyphenated compounds ("Nato-medlemslandene"), and
inflected adjectives and demonyms. Role phrases ("Japans statsminister", "NATO-sjefen") bind the
person that follows to the actor in front, which beats the KB's own record of that person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ..record import Article, Mention, Person
from .kb import Form, KnowledgeBase, PersonEntry, fold_name, lang_data, load

# a word, or an abbreviation written with full stops ("U.S.", "U.N.-backed"), which the KB lists so
WORD = re.compile(r"(?:[^\W\d_]\.){2,}(?:[-–]\w+)*|\w+(?:[-–'’:]\w+)*", re.UNICODE)
DEFAULT_GENITIVES = ["s", "'s", "’s", "'", "’", ":s"]

# lower-case particles that may open a person's name ("bin Laden", "al-Assad", "van Rompuy")
NAME_PARTICLE = re.compile(r"^(?:(?:al|el|bin|ibn|van|von|de|del|der|di|du|le|la)[- ])+[A-ZÆØÅÄÖÉ]")


def _name_capital(surface: str) -> bool:
    """Whether a KB person's name is written as a name: capitalised, or opened by a particle."""
    return surface[:1].isupper() or bool(NAME_PARTICLE.match(surface))


@dataclass
class Word:
    start: int
    end: int
    text: str


@dataclass
class Found:
    """A match before it becomes a Mention: what it is and how it was written."""

    start: int
    end: int
    code: str | None
    kind: str
    genitive: bool = False
    person: PersonEntry | None = None
    tail: str | None = None  # the part after the hyphen in a compound ("sjefen" in "Nato-sjefen")
    fuzzy: bool = False  # a misspelt name: it names the person but never renames them


@dataclass
class Recognised:
    mentions: list[Mention] = field(default_factory=list)
    persons: dict[str, Person] = field(default_factory=dict)


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


# the title a head of a home agency (roles.yaml home_agencies) is given, by the agency's sector
AGENCY_HEADS = {"SPY": "Head of Security Service", "COP": "Head of Police Agency", "MIL": "Chief of Staff",
                "GOV": "Agency Director", "JUD": "Chief Prosecutor"}


class Parties:
    """The home state's political parties and parliament committees of one language
    (``lang/<code>/parties.yaml``): what makes a person named with them a politician of the home
    state's legislature ("NN (SV)", "Senterpartiets talsmann NN", "medlem av justiskomiteen, NN")."""

    def __init__(self, data: dict[str, Any], suffixes: list[str]) -> None:
        names = sorted((str(n) for n in data.get("names") or []), key=len, reverse=True)
        self.tags: frozenset[str] = frozenset(str(t) for t in data.get("tags") or [])
        forms = [*names, *sorted(self.tags, key=len, reverse=True)]
        self.suffixes = suffixes
        # a party as written: a name or a tag, in the genitive too ("Høyres", "SVs", "SF's")
        self.party = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?:s|'s|’s)?(?![\w'’])") \
            if forms else None
        # "Høyre-representant", "SV-politikeren", "DF-ordfører": a party, a hyphen and a role word
        self.compound = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")-(\w+)$") if forms else None
        self.roles = sorted((str(r).lower() for r in data.get("roles") or []), key=len, reverse=True)
        stems = "|".join(map(re.escape, sorted((str(s).lower() for s in data.get("committee_stems") or []),
                                               key=len, reverse=True)))
        heads = "|".join(map(re.escape, (str(h).lower() for h in data.get("committee_heads") or [])))
        # "finanskomiteen", "utenriks- og forsvarskomiteen", "riksdagens försvarsutskott"
        self.committee = re.compile(r"(?<![\w-])(?:" + stems + r")(?:-? (?:og|och) (?:" + stems + r"))?(?:" + heads
                                    + r")\w*(?![\w-])") if stems and heads else None
        self.local: frozenset[str] = frozenset(str(w).lower() for w in data.get("local") or [])

    def role(self, word: str) -> bool:
        """A party role word, inflected ("talsmannen") or ending a compound ("finanspolitiker")."""
        w = word.lower().strip(",()")
        for suf in self.suffixes:
            if suf and not w.endswith(suf):
                continue
            base = w[: len(w) - len(suf)] if suf else w
            if base in self.roles:
                return True
        return any(len(r) >= 6 and " " not in r and w.endswith(r) and len(w) > len(r) + 2 for r in self.roles)

    def role_phrase(self, text: str) -> bool:
        """Whether ``text`` holds a party role, a word or a two-word one ("parlamentarisk leder")."""
        low = " ".join(text.lower().split())
        if any(" " in r and re.search(r"(?<!\w)" + re.escape(r) + r"\w*(?!\w)", low) for r in self.roles):
            return True
        return any(self.role(w) for w in text.split())

    def is_local(self, text: str) -> bool:
        """Whether ``text`` names local government ("ordfører", "kommunestyret", "Kviteseid-ordførar")."""
        for w in text.split():
            w = w.lower().strip(",().")
            w = w[:-1] if w.endswith("s") and w[:-1] in self.local else w  # "Herning Kommunes socialudvalg"
            if w in self.local or ("-" in w and w.rsplit("-", 1)[1] in self.local):
                return True
        return False

    def politician(self, text: str, start: int, end: int, former: frozenset[str] = frozenset(),
                   abroad: bool = False) -> bool:
        """Whether the person at ``start``..``end`` is named as a party politician of national
        politics: a party and a role word, or a parliament committee, just before the name or in
        its apposition. A party tag alone ("NN (Ap)") is not enough: local papers tag their
        councillors so. A local office or a former title ("tidligere SV-politiker") rules it out, and
        in a passage about another state (``abroad``) a committee is that state's ("senatorene i
        finanskomiteen"), so only the home parties tell."""
        if self.party is None:
            return False
        sent = max(text.rfind(c, 0, start) for c in ".!?\n;:") + 1
        before = text[max(sent, start - 100):start]
        tail = text[end:end + 100]
        tail = re.sub(r"^\s*\([^()\s]{1,6}\)", "", tail)  # the party tag: "NN (SV), talsperson for …"
        clause = re.split(r"[.;:!?()\n]", tail.lstrip()[1:])[0] if tail.lstrip().startswith(",") else ""
        clause = clause.split(",")[0]
        if self.is_local(before) or self.is_local(clause):
            return False
        words = before.split()
        if any(w.lower().strip(",") in former for w in words[-4:]):
            return False
        last = words[-1].strip(",") if words else ""
        if last and self.compound is not None:
            m = self.compound.search(last)
            if m and self.role(m.group(1)):
                return True
        if self.committee is not None and not abroad and (self.committee.search(before.lower())
                                                          or self.committee.search(clause.lower())):
            return True
        # "Senterpartiets sosialpolitiske talsmann NN", "nestleder i Venstre, NN": a party and a role
        # word among the last words before the name
        lead = " ".join(words[-5:])
        if words and (self.role(last) or before.rstrip().endswith(",")) and self.party.search(lead) \
                and self.role_phrase(lead):
            return True
        # the apposition after the name: "NN, energipolitisk talesperson för Miljöpartiet"
        return bool(clause) and bool(self.party.search(clause)) and self.role_phrase(clause)


class Recogniser:
    """Actor and person recognition for one language, reusable across articles."""

    def __init__(self, lang: str, kb: KnowledgeBase | None = None) -> None:
        self.lang = lang
        self.kb = kb or load()
        self.forms = self.kb.forms.get(lang, {})
        self.ambiguous = self.kb.ambiguous.get(lang, set())
        infl = lang_data(lang, "inflection")
        self.genitives = sorted(infl.get("genitive") or DEFAULT_GENITIVES, key=len, reverse=True)
        roles = lang_data(lang, "roles")
        self.roles: dict[str, dict[str, Any]] = {k.lower(): v for k, v in (roles.get("roles") or {}).items()}
        self.role_suffixes: list[str] = sorted(roles.get("suffixes") or infl.get("noun_suffixes") or
                                               ["", "en", "et", "a", "ene", "er", "erne", "ne", "n"], key=len, reverse=True)
        self.compound_heads: dict[str, dict[str, Any]] = {
            k.lower(): v for k, v in (roles.get("compound_heads") or {}).items()}
        self.place_heads: frozenset[str] = frozenset(str(w).lower() for w in roles.get("place_heads") or [])
        self.role_prefixes: dict[str, str] = {str(k).lower(): str(v) for k, v in (roles.get("role_prefixes") or {}).items()}
        self._role_ends: list[str] | None = None  # role words as compound endings, built on first use
        self._gov_tails: list[str] | None = None
        self._tails: dict[str, list[PersonEntry]] | None = None  # last two words of long names, built on first use
        self._ents: list[tuple[int, int, str]] = []  # the model's entities of the text being read
        # offices only the home state has, so a bare title names its holder ("statssekretær NN")
        self.home_offices: dict[str, dict[str, Any]] = {
            k.lower(): {**v, "home": True} for k, v in (roles.get("home_offices") or {}).items()}
        # words that make a title's holder a former one ("tidligere statsminister NN")
        self.former: frozenset[str] = frozenset(str(w).lower() for w in roles.get("former") or [])
        # titles of a reigning house before a first name ("dronning Sonja", "kong Harald")
        self.royal_titles: frozenset[str] = frozenset(str(w).lower() for w in roles.get("royal_titles") or [])
        # titles of people who act for no state ("forsker", "analyst"), to find their names after them
        self.private_titles: frozenset[str] = frozenset(str(w).lower() for w in roles.get("private_titles") or [])
        # surnames that are common words of the language, capitalised only opening a sentence:
        # there they are the word ("Annan" is Nynorsk for "other"), elsewhere the person
        self.sentence_words: frozenset[str] = frozenset(
            str(w) for w in lang_data(lang, "names").get("common_word_surnames") or [])
        # whether the press writes headlines in title case ("Blinken Meets Wang": names.yaml)
        self.title_case: bool = bool(lang_data(lang, "names").get("title_case_headlines"))
        # the home state's parties and parliament committees (lang/<code>/parties.yaml)
        self.parties = Parties(lang_data(lang, "parties"), self.role_suffixes)
        # the home state's agencies and the words for their heads ("PST-sjef NN", "Säpochefen NN")
        agencies = {str(k).lower(): str(v) for k, v in (roles.get("home_agencies") or {}).items()}
        heads = [str(h).lower() for h in roles.get("agency_heads") or []]
        self.home_agencies = agencies
        self._agency_head = re.compile(
            r"(?<![\w-])(" + "|".join(map(re.escape, sorted(agencies, key=len, reverse=True))) + r")(?::?s)?[- ]?(?:"
            + "|".join(map(re.escape, sorted(heads, key=len, reverse=True))) + r")\s*$") if agencies and heads else None
        # title -> sector, from the language's role words ("forsvarsminister": Defence Minister, MIL)
        # and its home offices ("stortingsrepresentant": Member of Parliament, LEG)
        self.title_sectors: dict[str, str] = {}
        for info in [*self.roles.values(), *self.home_offices.values()]:
            if info.get("role") and info.get("sector"):
                self.title_sectors.setdefault(str(info["role"]), str(info["sector"]))
        for sector, title in AGENCY_HEADS.items():
            self.title_sectors.setdefault(title, sector)
        # institution names the KB lists as a state's metonyms -> the sector they name
        # ("Stortinget": LEG, "Kreml": GOV, "Pentagon": MIL); capitals name no sector
        self.institutions: dict[str, str] = {
            str(k).lower(): str(v) for k, v in (roles.get("institutions") or {}).items()}
        # first word of every multi-word name -> the longest such name, in words
        self.span_of: dict[str, int] = {}
        for key in [*self.forms, *self.kb.person_forms, *self.kb.person_folded]:
            parts = key.split()
            if len(parts) > 1:
                self.span_of[parts[0]] = max(self.span_of.get(parts[0], 1), len(parts))

    def private_title(self, word: str) -> bool:
        """Whether ``word`` is the title of a person who acts for no state, or a compound ending in
        one ("Terrorforskar", "Midtøsten-forsker", "Russlandsekspert")."""
        w = word.lower()
        return w in self.private_titles or any(
            w.endswith(t) and len(w) > len(t) + 2 for t in self.private_titles if len(t) >= 6)

    def agency_head(self, before: str) -> str | None:
        """The sector of the home agency whose head's title ends ``before`` ("PST-sjef ",
        "MSB:s generaldirektör "), else None."""
        if self._agency_head is None:
            return None
        m = self._agency_head.search(before.lower())
        return self.home_agencies[m.group(1)] if m else None

    # -- dictionary lookups -------------------------------------------------------------------

    def _actor_forms(self, key: str, surface: str) -> list[Form]:
        out = []
        for f in self.forms.get(key, []):
            if f.exact and not surface.isupper():
                continue
            if f.capital and not surface[:1].isupper():
                continue
            out.append(f)
        return out

    def _persons(self, key: str, surface: str, first_name: bool) -> list[PersonEntry]:
        """KB people a name may be; a single word found only by folding its spelling is no match
        where a capitalised word follows it: it is then a first name ("Qasem Soleimani" is not
        Naim Qassem), which only an exact listing of the word may override."""
        exact = self.kb.person_forms.get(key)
        if exact and first_name and " " not in key and not self.title_case:
            # a surname followed by another name is a double surname or a first name ("Marianne
            # Nordli Hansen" is no Nordli), where the press does not capitalise headlines' words
            exact = [p for p in exact if p.name.split()[-1].lower() != key]
        if exact or (first_name and " " not in key):
            return exact or []
        return self.kb.persons_named(surface)

    def _lookup(self, ws: list[Word], first_name: bool = False) -> Found | None:
        """What the words ``ws`` name, trying the whole form, then the genitive, then a compound;
        ``first_name``: a capitalised word follows the words."""
        surface = " ".join(w.text for w in ws)
        key = surface.lower()
        start, end = ws[0].start, ws[-1].end
        forms = self._actor_forms(key, surface)
        if forms and len(ws) == 1 and key in self.ambiguous:
            # "Georgia", "Jordan": kept only where context confirms it (see _resolve_context)
            return Found(start, end, forms[0].code, "ambiguous")
        if forms:
            return Found(start, end, forms[0].code, forms[0].kind)
        persons = self._persons(key, surface, first_name)
        if persons and (_name_capital(surface) or self._royal_name(ws)):
            return Found(start, end, None, "person", person=self._pick_person(persons))
        for g in self.genitives:
            if key.endswith(g) and len(key) > len(g) + 1:
                base_s = surface[: -len(g)]
                forms = self._actor_forms(key[: -len(g)], base_s)
                if forms and forms[0].kind in ("name", "metonym", "context", "seat", "demonym"):
                    return Found(start, end, forms[0].code, forms[0].kind, genitive=True)
                persons = self._persons(key[: -len(g)], base_s, first_name)
                if persons and _name_capital(base_s):
                    return Found(start, end, None, "person", genitive=True, person=self._pick_person(persons))
        if len(ws) == 1 and ("-" in surface or "–" in surface):
            parts = re.split(r"[-–]", surface)
            for k in range(len(parts) - 1, 0, -1):
                head, tail = "-".join(parts[:k]), "-".join(parts[k:])
                for cand in (head, *[head[: -len(g)] for g in self.genitives if head.lower().endswith(g)]):
                    forms = [f for f in self._actor_forms(cand.lower(), cand) if f.kind in ("name", "adjective")]
                    if forms:
                        return Found(start, end, forms[0].code, "compound", tail=tail.lower())
            return self._leader_compound(*re.split(r"[-–]", surface, maxsplit=1), start, end)
        if len(ws) == 1 and surface[:1].isupper():
            # Swedish and Danish close the compound: "Trumpadministrationen", "Putinregimet"
            for tail in self._government_tails():
                if key.endswith(tail) and len(key) - len(tail) >= 3:
                    return self._leader_compound(surface[: -len(tail)], surface[-len(tail):], start, end)
        return None

    def _government_tails(self) -> list[str]:
        """The compound heads that name a government ("administrasjonen", "regimet"), longest first."""
        if self._gov_tails is None:
            self._gov_tails = sorted((k for k, v in self.compound_heads.items()
                                      if isinstance(v, dict) and v.get("sector") == "GOV" and not v.get("role")),
                                     key=len, reverse=True)
        return self._gov_tails

    def _leader_compound(self, head: str, tail: str, start: int, end: int) -> Found | None:
        """A government named by its leader ("Bush-administrasjonen", "Trump-regjeringen",
        "Assad-regimet"): the leader's person, so the mention takes the state the leader heads at
        the article's date. Only a tail whose compound role is the government sector counts
        ("Obama-biografien" names no actor)."""
        info = self.compound_role(tail.lower())
        if not info or info.get("sector") != "GOV" or info.get("role") or not _name_capital(head):
            return None
        persons = self._persons(head.lower(), head, False)
        if not persons:
            return None
        return Found(start, end, None, "person", person=self._pick_person(persons), tail=tail.lower())

    def _royal_name(self, ws: list[Word]) -> bool:
        """A royal title written in lower case before a capitalised name ("sier dronning Sonja"):
        the KB lists the title with the name, and mid-sentence the title is not capitalised."""
        return len(ws) > 1 and ws[0].text.lower() in self.royal_titles and ws[1].text[:1].isupper()

    def _first_name_check(self, ws: list[Word], i: int, text: str, hit: Found) -> Found | None:
        """A KB person matched by one word (a surname) after a capitalised word of the same name:
        the person whose KB name has that word before the surname ("Nyrup Rasmussen" is Poul Nyrup
        Rasmussen, not Lars Løkke Rasmussen), else None where the word is no first name of a KB
        person of that surname ("Kjell Asbjørn Solberg" is not Erna Solberg, "Camilla Stoltenberg"
        not Jens). A title, an actor's name, a word opening the sentence and a first name spelt
        like the KB's ("Sergej" for "Sergei") keep the match as it is."""
        if hit.person is None or i == 0:
            return hit
        prev = ws[i - 1]
        if text[prev.end:ws[i].start] != " " or not prev.text[:1].isupper() or len(prev.text) < 2:
            return hit
        if prev.text.lower() in self.forms or self.role_at_end(prev.text) or self.home_office(prev.text):
            return hit
        if prev.text.lower() in self.royal_titles:
            return hit
        opening = text[:prev.start].rstrip()
        named = any(lab.startswith("PER") and s <= prev.start and hit.end <= e for s, e, lab in self._ents)
        if (not opening or opening[-1] in ".!?:;\n–—-«»\"“”(") and not named:
            # the sentence's first word may be any word, capitalised as such; unless the model
            # reads it and the surname as one name ("Rocky Sullivan vender tilbage")
            return hit
        surname = text[hit.start:hit.end]
        if hit.genitive:
            surname = next((surname[: -len(g)] for g in self.genitives if surname.lower().endswith(g)), surname)
        if self._tails is None:  # "nyrup rasmussen" -> Poul Nyrup Rasmussen: the last two words of longer names
            self._tails = {}
            for people in self.kb.person_forms.values():
                for p in people:
                    if len(p.name.split()) >= 3:
                        self._tails.setdefault(fold_name(" ".join(p.name.split()[-2:])), []).append(p)
        tail = self._tails.get(fold_name(f"{prev.text} {surname}"))
        if tail:
            return Found(prev.start, hit.end, None, "person", genitive=hit.genitive, person=self._pick_person(tail))
        for p in self.kb.persons_named(surname) or [hit.person]:
            for n in (p.name, *p.variants):
                parts = n.split()
                if len(parts) > 1 and fuzz.ratio(prev.text.lower(), parts[-2].lower()) >= 75:
                    return Found(prev.start, hit.end, None, "person", genitive=hit.genitive, person=p)
        return None

    def _pick_person(self, persons: list[PersonEntry]) -> PersonEntry:
        if len(persons) == 1:
            return persons[0]
        active = [p for p in persons if p.role_at(self._date) is not None]
        return (active or persons)[0]

    # -- the pass over an article ----------------------------------------------------------------

    def find(self, text: str, date: str | None, ents: list[tuple[int, int, str]] | None = None) -> list[Found]:
        """All matches in ``text``, longest first, then context names and fuzzy person names."""
        self._date = date
        self._ents = ents or []
        ws = words(text)
        found: list[Found] = []
        i = 0
        while i < len(ws):
            hit = None
            # only words that begin a multi-word name are tried with the words after them
            first = ws[i].text.lower()
            maxw = max(self.span_of.get(first, 1), self.span_of.get(fold_name(first), 1))
            for n in range(min(maxw, len(ws) - i), 0, -1):
                if n > 1 and any(text[ws[j].end:ws[j + 1].start].strip() for j in range(i, i + n - 1)):
                    continue  # a multi-word name never spans punctuation
                nxt = ws[i + n] if i + n < len(ws) else None
                first_name = bool(nxt and nxt.text[:1].isupper() and text[ws[i + n - 1].end:nxt.start] == " ")
                hit = self._lookup(ws[i:i + n], first_name)
                if hit and n == 1 and hit.kind == "person":
                    # another person of the same surname is left to the model's entities
                    hit = self._first_name_check(ws, i, text, hit)
                if hit and n == 1 and hit.kind == "person" and ws[i].text in self.sentence_words:
                    opening = text[:ws[i].start].rstrip()
                    per = any(lab.startswith("PER") and s <= ws[i].start < e for s, e, lab in ents or [])
                    if not per and (not opening or opening[-1] in ".!?:;\n–—-«»\"“”("):
                        # "Annan informasjon …": a common word opening the sentence, unless the
                        # model read it as a person's name ("Annan oppmoda partane …")
                        hit = None
                if hit:
                    i += n
                    break
            if hit:
                found.append(hit)
            else:
                i += 1
        found = _first_names(found, text, self)
        found = self._resolve_context(found, text)
        found += self._fuzzy_persons(text, ws, found)
        found.sort(key=lambda f: f.start)
        return found

    def _resolve_context(self, found: list[Found], text: str) -> list[Found]:
        """Generic names ("alliansen") and seats ("Brussel") count only for an actor already named."""
        named: dict[str, int] = {}
        for f in found:
            if f.code and f.kind not in ("context", "seat", "ambiguous"):
                named[f.code] = named.get(f.code, 0) + 1
        out = []
        for n, f in enumerate(found):
            if f.kind == "ambiguous":
                # confirmed by another name of the same state, or by standing in a list of states
                near = [g for g in found[max(0, n - 1):n + 2] if g is not f and g.code and len(g.code) == 3
                        and g.kind in ("name", "metonym") and abs(g.start - f.end) < 25 or abs(f.start - g.end) < 25]
                if f.code in named or any(re.fullmatch(r"[\s,]*(?:og|and|och|eller|or)?[\s,]*",
                                                       text[min(f.end, g.end):max(f.start, g.start)])
                                          for g in near if g.code and g.kind in ("name", "metonym")):
                    f.kind = "name"
                    out.append(f)
                continue
            if f.kind in ("context", "seat"):
                key = text[f.start:f.end].lower()
                if f.genitive and key not in self.forms:
                    # the genitive of a generic name ("Alliansens talsmann NN" after "NATO") is looked up
                    # by its base form, as _lookup found it
                    key = next((key[: -len(g)] for g in self.genitives if key.endswith(g) and key[: -len(g)] in self.forms), key)
                cands = [x.code for x in self.forms.get(key, []) if x.code in named]
                if not cands:
                    continue
                f.code = max(cands, key=lambda c: named[c])
            out.append(f)
        return out

    def _fuzzy_persons(self, text: str, ws: list[Word], found: list[Found]) -> list[Found]:
        """Misspelt surnames of people already named in the article ("Stolenberg")."""
        seen = {f.person.name: f.person for f in found if f.person}
        if not seen:
            return []
        taken = {(f.start, f.end) for f in found}
        covered = [(f.start, f.end) for f in found]
        out = []
        for w in ws:
            if len(w.text) < 6 or not w.text[:1].isupper() or (w.start, w.end) in taken:
                continue
            if any(s <= w.start < e for s, e in covered):
                continue
            if w.text.lower() in self.forms:
                continue
            for p in seen.values():
                surname = p.name.split()[-1]
                if surname.lower() != w.text.lower() and fuzz.ratio(surname, w.text) >= 88:
                    out.append(Found(w.start, w.end, None, "person", person=p, fuzzy=True))
                    break
        return out

    # -- roles and persons -------------------------------------------------------------------------

    def sector_of(self, role: str | None, kb_sector: str | None = None) -> str | None:
        """The sector a person acts in: the KB role's own (imported roles), else the one the
        language's role words give the title ("Deputy Foreign Minister" as "Foreign Minister");
        none for a former holder, who no longer acts for the actor."""
        if kb_sector:
            return kb_sector
        if not role or role.startswith("former "):
            return None
        if role in self.title_sectors:
            return self.title_sectors[role]
        head = role.split(" ", 1)[-1]  # "Deputy Foreign Minister", "Acting President"
        return self.title_sectors.get(head)

    def institution_sector(self, surface: str) -> str | None:
        """The sector an institution's name gives its state ("Stortinget" -> LEG), also in the
        genitive ("Stortingets"); None for a name that is no institution (a capital, the state).

        Why: a metonym like "Kreml" or "Pentagon" says which part of the state acted as plainly as
        a role phrase does, and events carry that part as their side's sector."""
        w = " ".join(surface.lower().split())
        if w in self.institutions:
            return self.institutions[w]
        for g in self.genitives:
            if g and w.endswith(g) and w[: len(w) - len(g)] in self.institutions:
                return self.institutions[w[: len(w) - len(g)]]
        return None

    def role_word(self, word: str) -> dict[str, Any] | None:
        """Role info for an (inflected) role word: "statsministeren" -> Prime Minister."""
        w = word.lower()
        for suf in self.role_suffixes:
            if suf and not w.endswith(suf):
                continue
            base = w[: len(w) - len(suf)] if suf else w
            if base in self.roles:
                return self.roles[base]
        # a deputy or acting holder: "viseutenriksministeren", "vice utrikesminister" (the roles
        # list itself wins: "visepresident" is a title of its own)
        for prefix, rank in self.role_prefixes.items():
            if w.startswith(prefix) and len(w) > len(prefix) + 3:
                info = self.role_word(w[len(prefix):])
                if info and info.get("role"):
                    return {**info, "role": f"{rank} {info['role']}"}
        return None

    def role_after(self, text: str, pos: int, max_words: int = 3) -> tuple[dict[str, Any] | None, int]:
        """A role phrase of one to three words right after ``pos`` ("statsminister", "prime minister")."""
        ws: list[Word] = []
        at = pos
        for _ in range(max_words):
            w = _next_word(text, at)
            if w is None:
                break
            ws.append(w)
            at = w.end
        for n in range(len(ws), 0, -1):
            phrase = " ".join(w.text for w in ws[:n])
            # one word may be a compound ending in a role ("atomforhandleren")
            info = self.role_word(phrase) if n > 1 else self.role_at_end(phrase)
            if info:
                return info, ws[n - 1].end
        return None, pos

    def home_office(self, word: str) -> dict[str, Any] | None:
        """The home-state office a bare title names ("statssekretæren", "udenrigsordfører"), its
        inflections and the compounds ending in it included; None for other words."""
        w = word.lower().strip("(,")
        if not self.home_offices:
            return None
        for suf in self.role_suffixes:
            if suf and not w.endswith(suf):
                continue
            base = w[: len(w) - len(suf)] if suf else w
            if base in self.home_offices:
                return self.home_offices[base]
        for base, info in self.home_offices.items():
            if len(base) >= 6 and w.endswith(base) and len(w) > len(base) + 2:
                return info
        return None

    def former_before(self, text: str, pos: int) -> bool:
        """Whether the one or two words right before ``pos`` (a title's start) make the title a
        former one: "tidligere statsminister", "före detta utrikesminister", "ex-president"."""
        if not self.former:
            return False
        before = text[max(0, pos - 40):pos].lower().split()
        for n in (1, 2):
            if len(before) >= n and " ".join(before[-n:]).strip(",") in self.former:
                # "talsperson på Folketinget og tidligere næringsminister NN": a former title given
                # beside a present one leaves the person the present one's actor
                return not (len(before) > n and before[-n - 1] in AND_WORDS)
        return False

    def role_at_end(self, word: str) -> dict[str, Any] | None:
        """A role word, or a compound ending in one ("sikkerhetsrådgiver" -> "rådgiver")."""
        info = self.role_word(word)
        if info:
            return info
        w = word.lower()
        if self._role_ends is None:  # longest first, so "sikkerhetsrådgiver" finds "rådgiver", not "giver"
            self._role_ends = sorted((b for b in self.roles if len(b) >= 4 and " " not in b), key=len, reverse=True)
        for base in self._role_ends:
            # a short head ("sjef") ends only a long compound ("nødhjelpssjef")
            if w.endswith(base) and len(w) > len(base) + (2 if len(base) >= 5 else 5):
                return self.roles[base]
        return None

    def compound_role(self, tail: str | None) -> dict[str, Any] | None:
        if not tail:
            return None
        for suf in self.role_suffixes:
            if suf and not tail.endswith(suf):
                continue
            base = tail[: len(tail) - len(suf)] if suf else tail
            if base in self.compound_heads:
                return self.compound_heads[base]
            if base in self.roles:
                return self.roles[base]
        return None


_RECOGNISERS: dict[str, Recogniser] = {}


def recogniser(lang: str) -> Recogniser:
    if lang not in _RECOGNISERS:
        _RECOGNISERS[lang] = Recogniser(lang)
    return _RECOGNISERS[lang]


NAME_WORD = re.compile(r"[A-ZÆØÅÄÖÉ][\w'’-]+")


def recognise_actors(art: Article, ents: list[tuple[int, int, str]] | None = None) -> list[Found]:
    """Fill ``art.mentions`` and ``art.persons``; return the raw matches for later stages."""
    rec = recogniser(art.lang or "en")
    text = art.text
    found = rec.find(text, art.published, ents)
    persons: dict[str, Person] = {}
    explicit: dict[str, tuple[str, str | None]] = {}  # person name -> actor, role from a role phrase
    titled: dict[str, tuple[str, str | None]] = {}  # the same from "adjective + title", used where the KB has none
    mentions: list[Mention] = []

    for idx, f in enumerate(found):
        if f.kind == "person" and f.person is not None:
            continue
        sector = None
        kind = f.kind
        role = None
        if f.kind == "compound" and f.tail in rec.place_heads:
            continue  # "Tsjad-sjøen", "Ukraina-grensen": a place named after the state
        if f.kind == "compound":
            info = rec.compound_role(f.tail)
            kind = "role" if info else "name"
            if info:
                sector, role = info.get("sector"), info.get("role")
                if role and _person_after(found, idx, text, f.end) is None:  # "FN-ambassadör Riyad Mansour"
                    ents = _with_name_after(ents, text, f.end, found)
        elif f.genitive or (f.kind == "name" and rec.lang == "en"):
            info, role_end = rec.role_after(text, f.end)
            if info:
                kind, sector, role = "role", info.get("sector"), info.get("role")
                # the person named right after the role phrase acts for this actor
                p = _person_after(found, idx, text, role_end)
                if p is not None:
                    explicit[p] = (f.code or "", role)
                elif info.get("role"):
                    # a name the KB lacks, written right after the title ("Irans viseutenriksminister
                    # Ali Bagheri Kani"): a person even where the NER model missed it
                    ents = _with_name_after(ents, text, role_end, found)
        elif f.kind == "adjective":  # "Russian Deputy Foreign Minister Sergei Ryabkov", "den russiske utenriksministeren NN"
            info, role_end = rec.role_after(text, f.end)
            p = _person_after(found, idx, text, role_end) if info and info.get("role") else None
            if p is not None:
                # a KB person the KB dates no office for then ("den palestinske presidenten Mahmud
                # Abbas" in 2017, past the imported record's end): the text's title tells
                titled.setdefault(p, (f.code or "", info.get("role")))
            elif info and info.get("role"):
                ents = _with_name_after(ents, text, role_end, found)
            if info:  # "den russiske hæren", "russiske styrker": the adjective's actor acts in that sector
                sector = info.get("sector")
        if sector is None and kind in ("metonym", "name"):
            sector = rec.institution_sector(text[f.start:f.end])  # "Stortinget", "Pentagon"
        if f.code:
            mentions.append(Mention(f.start, f.end, text[f.start:f.end], f.code, kind, sector=sector))

    for f in found:
        if f.kind != "person" or f.person is None:
            continue
        p = f.person
        actor, role = explicit.get(p.name, (None, None))
        r = p.role_at(art.published)
        if not art.published and len(p.roles) > 1:
            # undated text (the KB's latest office is only a guess): a title the text gives the
            # person ("dåverande statsminister Gro Harlem Brundtland") picks the office it names;
            # else the home press writes of its own politicians in their offices at home
            # (Brundtland of the WHO and Jagland of the Council of Europe were Norway's first)
            t = _home_title(art, rec, found, f.start)
            same = [x for x in p.roles if t and x.actor == t[0] and x.role == t[1]]
            home = [x for x in p.roles if x.actor == _home_state(art.lang)]
            r = same[-1] if same else (home[-1] if home and not explicit.get(p.name) else r)
        if r is None and not actor:
            former = p.last_role_before(art.published)  # "Trump" in 2023: former President, USA
            if former and not _office_less_title(text, f.start, rec):
                actor, role = former.actor, f"former {former.role}"
        if not actor or (r and r.actor == actor):
            # an explicit role phrase in the text beats the KB; where they agree the KB's title is exacter
            actor, role = (r.actor, r.role) if r else (actor, role)
        if not actor:  # known, but holding no office the KB dates to then: the text's title tells
            actor, role = titled.get(p.name) or _home_title(art, rec, found, f.start) or (None, None)
            if actor and role and p.roles and actor not in {x.actor for x in p.roles}:
                # a bare title ("Statsminister Vladimir Putin" in a Norwegian text of a year the KB
                # misses) is the home state's only for the home state's people: an office of that
                # title the KB lists for the person at another time names the actor
                same = [x for x in p.roles if x.role == role]
                if same:
                    actor = same[0].actor
        if not actor:
            actor = _home_institution(art, f.end)
        if not actor:
            # a KB person the KB dates no office for then is read like a person the KB lacks: the
            # apposition or title around the name tells ("formanden for det amerikanske
            # Repræsentanternes Hus, Nancy Pelosi" in 2022, after the imported record ends)
            ctx = _unknown_persons(art, [(f.start, f.end, "PER")], [g for g in found if g.kind != "person"], rec)
            if ctx and ctx[0][1]:
                actor, role = ctx[0][1], ctx[0][2]
        if actor and _said_former(text, f.start, f.end, rec):
            actor, role = None, (role if not role or role.startswith("former ") else f"former {role}")
        written = p.name if f.fuzzy else _as_written(p.name, text[f.start:f.end], rec.genitives if f.genitive else [])
        if p.name in persons:
            persons[p.name].mentions += 1
            if persons[p.name].actor is None and actor:  # what a later mention says holds for the person
                persons[p.name].actor, persons[p.name].role = actor, role
            # a misspelt mention ("Saakasjvili" read by fuzzy match) names the person but never renames
            # them to the KB's spelling: the article's own spelling stays
            if not f.fuzzy and (len(written) > len(persons[p.name].name)
                                or written.split()[-1] != persons[p.name].name.split()[-1]):
                persons[p.name].name = written if len(written.split()) >= len(persons[p.name].name.split()) else persons[p.name].name
        else:
            persons[p.name] = Person(written, actor, role, 1)
        if actor:
            kb_sector = r.sector if r is not None and r.actor == actor else None
            mentions.append(Mention(f.start, f.end, text[f.start:f.end], actor, "person", person=p.name,
                                    sector=rec.sector_of(role, kb_sector)))

    ents = _titled_names(ents, text, found, rec)
    # a person named in the genitive before a title ("Erdoğans talsperson NN", "Putin's adviser NN")
    # stands for the actor that person acts for then, as a state's genitive would
    owners = _person_owners(found, persons, text, rec)
    unknown = _unknown_persons(art, ents or [], sorted(found + owners, key=lambda f: f.start), rec)
    # what the article says of a person once holds wherever the name recurs ("NN, Irans
    # viseutenriksminister" in the fourth paragraph names the actor of the NN of the first)
    # one person, one row: "Dmitrij Peskov" and "Dmitry Peskov" in one article are one name
    # (fold_name), written as the article first wrote it
    first_written: dict[str, str] = {}
    unknown = [(first_written.setdefault(fold_name(name), name), actor, role, s, e)
               for name, actor, role, s, e in unknown]
    said: dict[str, tuple[str, str | None]] = {}
    for name, actor, role, _s, _e in unknown:
        if actor and name not in said:
            said[name] = (actor, role)
    for name, actor, role, start, end in unknown:
        if not actor and name in said:
            actor, role = said[name]
        if name not in persons:
            persons[name] = Person(name, actor, role, 1)
        else:
            persons[name].mentions += 1
        if actor:
            mentions.append(Mention(start, end, text[start:end], actor, "ner", person=name, sector=rec.sector_of(role)))

    later = _short_name_mentions(text, mentions)
    for m in later:
        if m.person in persons:
            persons[m.person].mentions += 1
    mentions.extend(later)

    written_of = {canonical: p.name for canonical, p in persons.items()}
    for m in mentions:
        if m.person in written_of:
            m.person = written_of[m.person]
    mentions = [m for m in mentions if not _dateline(text, m)]
    mentions.sort(key=lambda m: m.start)
    art.mentions = mentions
    art.persons = list(persons.values())
    return found


DATELINE = re.compile(r"[^\W\d_a-zæøåäöü]{3,}[^\W\d_a-zæøåäöü .'’-]*(?:, [\w .'’-]{2,30})?\s*[-–—(]")


def _office_less_title(text: str, start: int, rec: Recogniser) -> bool:
    """Whether the title right before the name holds no office of a state ("oppositionsleder
    Mogens Lykketoft" in 2003, "the Russian opposition leader NN"): the person acts for no actor
    then, an office the KB dates to the past notwithstanding."""
    lead = text[max(0, start - 40):start]
    m = re.search(r"([^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?),? $", lead)
    if not m:
        return False
    phrase = m.group(1)
    info = rec.role_word(phrase) or rec.role_at_end(phrase.split()[-1])
    return bool(info) and not info.get("role") and info.get("sector") == "OPP"


def _person_owners(found: list[Found], persons: dict[str, Person], text: str, rec: Recogniser) -> list[Found]:
    """Genitives of KB people who act for an actor, read as that actor's genitive where a title
    follows ("Erdoğans talesperson Ibrahim Kalın" -> TUR, "Kremlchefens" aside): the title's holder
    serves the owner's state. A relative ("Navalnyjs hustru") is no title and gives nothing."""
    out = []
    for f in found:
        if f.kind != "person" or not f.genitive or f.person is None:
            continue
        owner = persons.get(f.person.name)
        if owner is None or not owner.actor or (owner.role or "").startswith("former "):
            continue
        info, _end = rec.role_after(text, f.end)
        if info and info.get("role"):
            out.append(Found(f.start, f.end, owner.actor, "name", genitive=True))
    return out


def _dateline(text: str, m: Mention) -> bool:
    """A place in capitals opening a paragraph before a dash or parenthesis ("SINGAPORE -",
    "PITUFFIK, Greenland -", "SEOUL (VG)") says where the report was filed, not who acted."""
    line_start = text.rfind("\n", 0, m.start) + 1
    d = DATELINE.match(text, line_start)
    return bool(d) and m.end <= d.end()


def _as_written(canonical: str, surface: str, genitives: list[str]) -> str:
    """The person's name as the article spells it ("Volodymyr Zelenskyj" for a text that writes
    "Zelenskyj"), so output matches the article; the KB's canonical name stays in the mentions."""
    s = " ".join(surface.split())
    for g in genitives:
        # "Donald Trumps" is Trump's genitive; "Carlos" (a name ending in s) stays as written
        if s.endswith(g) and s.lower() != canonical.lower() and len(s) > len(g) + 2:
            base = s[: -len(g)]
            if base.split()[-1][:3].lower() == canonical.split()[-1][:3].lower():
                s = base
                break
    parts, cparts = s.split(), canonical.split()
    if len(parts) >= len(cparts) or s.replace("-", " ").lower() == canonical.replace("-", " ").lower():
        return s  # as the article spells it, "Yoon Suk-yeol" for the KB's "Yoon Suk Yeol" too
    tail = cparts[len(cparts) - len(parts):]
    if [fold_name(p) for p in parts] == [fold_name(c) for c in tail] and parts != tail:
        # the end of the canonical name spelt as the article spells it: "Tayyip Erdogan" of
        # "Recep Tayyip Erdoğan" is printed "Recep Tayyip Erdogan"
        return " ".join(cparts[: len(cparts) - len(parts)] + parts)
    if any(p.lower() in (c.lower() for c in cparts) for p in parts):
        return canonical  # a part of the canonical name as it stands ("Xi" of "Xi Jinping")
    return " ".join(cparts[: len(cparts) - len(parts)] + parts)  # a spelling of the surname ("Zelenskyj")


def _next_word(text: str, pos: int) -> Word | None:
    m = WORD.search(text, pos)
    if not m or text[pos:m.start()].strip():
        return None
    return Word(m.start(), m.end(), m.group())


NEXT_NAME = re.compile(r" [A-ZÆØÅÄÖÉ][a-zæøåäöéü'’-]+")


def _first_names(found: list[Found], text: str, rec: Recogniser | None = None) -> list[Found]:
    """Found matches without a capital's name used as a first name: "Riyad Mansour", "Paris
    Hilton" — a city named right before a capitalised word that no match covers. After a title
    and "for" ("talsmann for Kreml Aleksej Zajtsev") the metonym is the title's actor."""
    starts = {f.start for f in found}
    out = []
    for f in found:
        m = NEXT_NAME.match(text, f.end) if f.kind == "metonym" else None
        if m and f.end + 1 not in starts and not (rec and _title_for_before(text, f.start, rec)):
            continue
        out.append(f)
    return out


# the prepositions of "a title for an actor" ("talsmand for Kreml NN", "spokesman for the Kremlin NN")
TITLE_FOR = re.compile(r"([^\W\d_][\w-]*) (?:for|til|för|of|of the|for the) $", re.IGNORECASE)


def _title_for_before(text: str, pos: int, rec: Recogniser) -> dict[str, Any] | None:
    """The role info of "<title> for " ending right before ``pos`` ("Talsmand for Kreml")."""
    m = TITLE_FOR.search(text[max(0, pos - 40):pos])
    if not m:
        return None
    info = rec.role_at_end(m.group(1))
    return info if info and info.get("role") else None


# two or three capitalised words, an initial allowed between ("Frode O. Andersen", "Múte B. Egede")
NAME_AFTER = re.compile(r"[ ,]{1,2}((?:[A-ZÆØÅÄÖÉ](?:[\w'’-]+|\.) ){1,2}[A-ZÆØÅÄÖÉ][\w'’-]+)")


def _name_after(text: str, pos: int, found: list[Found]) -> tuple[int, int] | None:
    """The span of a two- or three-word capitalised name right after ``pos``, where no actor or
    known person stands."""
    m = NAME_AFTER.match(text, pos)
    if not m:
        return None
    start, end = m.start(1), m.end(1)
    if any(f.start < end and start < f.end for f in found):
        return None
    return start, end


def _titled_names(ents: list[tuple[int, int, str]] | None, text: str, found: list[Found],
                  rec: Recogniser) -> list[tuple[int, int, str]]:
    """``ents`` with every name written right after a lower-case title ("siger
    viceudenrigsminister Zhang Hanhui", "said spokesperson Maria Zakharova"): a person, whose actor
    the phrases around the name may then give."""
    out = list(ents or [])
    for w in words(text):
        if len(w.text) > 4 and NAME_AFTER.match(text, w.end) and rec.private_title(w.text):
            # "Forsker Iver B. Neumann ved NUPI": a researcher's or journalist's name, which the
            # model misses now and then; the person acts for no state unless the text says so
            out = _with_name_after(out, text, w.end, found)
            continue
        # a name must follow (a cheap test) before the word is looked up among the titles
        if w.text[:1].islower() and len(w.text) > 3 and NAME_AFTER.match(text, w.end):
            info = rec.role_at_end(w.text)  # "pressetalsmann", "viceudenrigsminister"
            if info and info.get("role"):
                out = _with_name_after(out, text, w.end, found)
        elif w.text[:1].islower() and len(w.text) > 3:
            # a surname alone after the title ("general Richards ga svar", "sa talsmann Bakke"):
            # a person, where the word after it goes on in lower case or ends the phrase
            m = SURNAME_AFTER.match(text, w.end)
            if m and not any(f.start < m.end(1) and m.start(1) < f.end for f in found) \
                    and m.group(1).lower() not in rec.forms:
                info = rec.role_at_end(w.text) or rec.home_office(w.text)
                over = [x for x in out if x[0] < m.end(1) and m.start(1) < x[1]]
                longer = any(x[2] in ("PER", "PERSON") and (x[0] < m.start(1) or x[1] > m.end(1)) for x in over)
                if info and info.get("role") and not longer \
                        and not NAME_PARTICLE.match(text[m.end(1):].lstrip()):
                    # the title says it is a person, whatever else the model made of the word; a
                    # longer name the model found ("Abdullah bin Zayed") stays as it is
                    out = [x for x in out if x not in over] + [(m.start(1), m.end(1), "PER_SURNAME")]
    return out


# one capitalised word after a title, then a lower-case word or punctuation ("general Richards,")
SURNAME_AFTER = re.compile(r" ([A-ZÆØÅÄÖÉ][a-zæøåäöéü'’-]{2,})(?=[,.;:!?)]|\s+[a-zæøåäöéü]|$)")


def _with_name_after(ents: list[tuple[int, int, str]] | None, text: str, pos: int,
                     found: list[Found]) -> list[tuple[int, int, str]]:
    """``ents`` with the name right after a title added as a person entity."""
    named = _name_after(text, pos, found)
    out = list(ents or [])
    if not named:
        return out

    def overlaps(s: int, e: int) -> bool:
        return s < named[1] and named[0] < e

    # the title says where the name is, whatever the model made of the words ("Riyad" as a
    # place, "FN-ambassadör Riyad Mansour" as one name)
    return [x for x in out if not overlaps(x[0], x[1])] + [(*named, "PER")]


def _person_after(found: list[Found], idx: int, text: str, pos: int) -> str | None:
    """A KB person right after ``pos`` (allowing a comma), e.g. "NATOs generalsekretær, Jens Stoltenberg"."""
    for f in found[idx + 1: idx + 3]:
        gap = text[pos:f.start]
        if f.kind == "person" and f.person and len(gap) <= 3 and gap.strip() in ("", ","):
            return f.person.name
    return None


def _unknown_persons(art: Article, ents: list[tuple[int, int, str]], found: list[Found],
                     rec: Recogniser) -> list[tuple[str, str | None, str | None, int, int]]:
    """People the KB lacks, from the model's PER entities, with the actor a nearby phrase gives.

    "Cha Du Hyeogn, en tidligere sørkoreansk regjeringstjenestemann" -> KOR: the first state
    adjective or genitive within the apposition after the name, or a role phrase just before it.
    """
    out = []
    known_spans = [(f.start, f.end) for f in found if f.kind == "person" or f.code]
    text = art.text
    for start, end, label in ents:
        if label not in ("PER", "PERSON", "PER_SURNAME"):
            continue
        lead = next((f for f in found if f.code and f.start == start and f.end < end and f.kind == "metonym"), None)
        if lead is not None and NEXT_NAME.match(text, lead.end):
            start = lead.end + 1  # "Kreml Aleksej Zajtsev" read as one name: the seat of power is no part of it
        if any(s < end and start < e for s, e in known_spans):
            continue
        first = WORD.match(text, start)
        if first and len(text[start:end].split()) >= 3:
            info = rec.role_at_end(first.group())
            if info and info.get("role"):
                # a title opening the sentence taken into the name ("Talsmand Dmitrij Peskov")
                start = first.end() + len(text[first.end():end]) - len(text[first.end():end].lstrip())
        name = " ".join(text[start:end].split())
        if (len(name.split()) < 2 and label != "PER_SURNAME") or not NAME_WORD.match(name) or name.isupper():
            continue  # a caption in capitals ("INNSTENDIG BØNN") is no name
        actor, role = None, None
        for f in found:
            if f.code and f.kind in ("metonym", "name") and not f.genitive and start - f.end == 1:
                # "Talsmand for Kreml Aleksej Zajtsev": the actor after "<title> for" stands right
                # before the name
                info = _title_for_before(text, f.start, rec)
                if info:
                    actor, role = f.code, info.get("role")
        # role phrase before the name: "Japans statsminister NN", "USAs nasjonale
        # sikkerhetsrådgiver NN", "den palestinske presidenten NN", "Aserbajdsjans president, NN"
        for f in found:
            # (English puts a name before the title as other languages put a genitive: "Arab
            # League Secretary-General NN")
            if f.code and (f.genitive or f.kind == "adjective" or (rec.lang == "en" and f.kind == "name")) \
                    and 0 < start - f.end <= 40:
                between = [w.strip(",") for w in text[f.end:start].split() if w.strip(",")]
                # the role may be two words with its rank ("vice utrikesminister")
                info = next((i for n in (3, 2) if len(between) >= n
                             for i in [rec.role_word(" ".join(between[-n:]))] if i), None) \
                    or (rec.role_at_end(between[-1]) if between else None)
                if not info and len(between) == 3 and between[1].lower() in HOST_PREPS:
                    info = rec.role_at_end(between[0])  # "Ruslands ambassadør i Danmark, NN": the host is no owner
                if 1 <= len(between) <= 3 and info and not (not info.get("role") and info.get("sector") in ("OPP", "REB")):
                    # (a state's opposition or rebel leader, "den russiske oppositionsleder NN",
                    # does not act for the state)
                    actor, role = f.code, info.get("role")
        # apposition after the name: ", en tidligere sørkoreansk tjenestemann," — a phrase naming a
        # role, not a clause going on ("NN, ble lørdag pågrepet i Teheran")
        tail = text[end:end + 80]
        if actor is None and tail.startswith(","):
            clause = re.split(r"[,.;:!?()\n]", tail[1:])[0]
            # ", og leiar i Noregs Mållag NN": a phrase opening with "og"/"and" names the next
            # person, it is no apposition of this one
            coordinated = (clause.split() or [""])[0].lower() in AND_WORDS
            if not coordinated and any(rec.role_at_end(w) for w in clause.split()):
                for f in found:
                    if end < f.start <= end + 1 + len(clause) and f.code and f.kind in ("adjective", "name", "metonym"):
                        actor = f.code
                        info = rec.role_word(text[f.end:].split()[0]) if text[f.end:].split() else None
                        role = info.get("role") if info else None
                        break
        # a bare title before the name in the home press: "forsvarsminister Tore O. Sandvik" in a
        # Norwegian paper is Norway's (another state's minister is written "Tysklands forsvarsminister")
        if actor is None:
            actor, role = _home_title(art, rec, found, start) or (None, None)
        if actor is None:
            actor = _home_institution(art, end)
        home = _home_state(art.lang)
        if actor is None and home and rec.parties.politician(
                text, start, end, rec.former, _abroad(text, [g for g in found if g.kind != "person"], start, home)):
            # a party politician in national politics: the home state's legislature
            actor, role = home, "Member of Parliament"
        if actor is None:
            actor, role = _title_after_actor_sentence(art.text, rec, found, start) or (None, role)
        # apposition before the name: "formanden for det amerikanske Repræsentanternes Hus, Nancy Pelosi",
        # also with a bare title before the name ("Den britiske hærsjefen, general Richards")
        lead = text[:start].rstrip()
        bare = re.search(r",\s+([^\W\d_]+)$", lead)
        if bare and bare.group(1)[:1].islower() and rec.role_at_end(bare.group(1)):
            lead = lead[: bare.start() + 1]
        if actor is None and lead.endswith(","):
            seg_end = len(lead) - 1
            seg_start = max(text.rfind(c, 0, seg_end) for c in ",.;:!?\n") + 1
            if seg_end - seg_start <= 120:
                near = [f for f in found if seg_start <= f.start and f.end <= seg_end and f.code
                        and (((f.kind == "adjective" or f.genitive) and seg_end - seg_start <= 80)
                             # "De konservatives talsperson på Folketinget for Grønland, NN": a role
                             # in one of a state's institutions (roles.yaml institutions) is that
                             # state's; the role and the institution together allow a longer phrase
                             or (f.kind in ("metonym", "name") and rec.institution_sector(text[f.start:f.end])
                                 and any(rec.role_at_end(w.strip(",")) or rec.parties.role(w)
                                         for w in text[seg_start:f.start].split())))]
                if near:
                    actor = near[-1].code
        if actor is not None and _said_former(text, start, end, rec):
            actor, role = None, f"former {role}" if role else None
        out.append((name, actor, role, start, end))
    return out


SENTENCE_TITLE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)([A-ZÆØÅÄÖÉ][\w-]+) $")


def _title_after_actor_sentence(text: str, rec: Recogniser, found: list[Found],
                                start: int) -> tuple[str, str | None] | None:
    """(actor, title) for a name after a bare title that opens its sentence, where the sentence
    before opens with an actor: "Kreml afviser enhver forbindelse. Talsmand Dmitrij Peskov
    kalder …" — the spokesperson of the actor just named. None elsewhere."""
    before = text[max(0, start - 40):start]
    m = SENTENCE_TITLE.search(before)
    if not m:
        return None
    info = rec.role_at_end(m.group(1))
    if not info or not info.get("role"):
        return None
    title_start = start - len(before) + m.start(1)
    stop = text[:title_start].rstrip()
    if not stop or stop[-1] not in ".!?:":
        return None  # the title opens the text or a paragraph of its own: no sentence before to read
    prev_start = max(stop.rfind(c, 0, len(stop) - 1) for c in ".!?\n") + 1
    prev_start += len(stop[prev_start:]) - len(stop[prev_start:].lstrip())
    # the actor that opens the sentence before, its subject ("Kreml reagerte med … mot Finland.")
    first = next((f for f in found if f.code and f.start == prev_start and f.end <= len(stop)), None)
    return (first.code, info["role"]) if first is not None else None


# offices every home state of the Nordic press has, so a bare title means the home state's holder
HOME_OFFICES = frozenset({"Prime Minister", "Foreign Minister", "Defence Minister", "Minister",
                          "Minister of Finance", "Chief of Defence", "Head of Government"})


def _home_state(lang: str | None) -> str | None:
    """The state whose press writes this language (coref.yaml ``home_state``); None for English."""
    return (lang_data(lang or "", "coref").get("home_state") or [None])[0]


def _home_title(art: Article, rec: Recogniser, found: list[Found], start: int) -> tuple[str, str] | None:
    """(home state, title) for a person written right after a bare title of a home office, with
    no actor named just before the title; None elsewhere, and in English (no home press)."""
    home = _home_state(art.lang)
    if not home:
        return None
    before = art.text[max(0, start - 80):start]
    if not before.endswith((" ", "\n")):
        return None
    agency = rec.agency_head(before)
    if agency:  # "PST-sjef NN", "Säpochefen NN": the head of a home agency
        return home, AGENCY_HEADS[agency]
    info, k, parts, title = None, len(before), before.split(), ""
    for w in reversed(parts[-4:]):  # the title, with the first names between it and a surname match
        k, title = before.rfind(w, 0, k), w.strip("(,")
        # an office only the home state has ("statssekretær"), else a role word or a compound
        # ending in one ("utviklingsminister", "forskningsminister": a minister of the home state)
        info = rec.home_office(w) or rec.role_at_end(w.strip("(,"))
        if info or not w[:1].isupper():
            break
    if not info or not (info.get("home") or info.get("role") in HOME_OFFICES):
        return None
    title_start = start - len(before) + k
    if any(f.code and title_start - 25 <= f.end <= title_start for f in found):
        return None  # "Tysklands forsvarsminister", "den tyske forsvarsministeren": not the home state's
    if not info.get("home") and rec.role_word(title) is None and _abroad(art.text, found, title_start, home):
        # a minister known only by the compound's end ("inrikesminister") in a passage about
        # another state is that state's as likely as the home state's: no actor rather than a wrong one
        return None
    return home, info["role"]


def _abroad(text: str, found: list[Found], pos: int, home: str) -> bool:
    """Whether the passage before ``pos`` (its last 600 characters: a paragraph or two) names
    another state and not the home state."""
    para = max(0, pos - 600)
    states = {f.code for f in found if f.code and len(f.code) == 3 and f.code.isupper() and para <= f.start < pos
              and f.kind in ("name", "adjective", "demonym", "metonym", "compound")}
    return bool(states) and home not in states


def _said_former(text: str, start: int, end: int, rec: Recogniser) -> bool:
    """Whether the text calls the person at ``start``..``end`` a former holder of the title it
    gives them: "tidligere statsminister NN", "Israels före detta utrikesminister NN", "NN,
    Rwandas tidigare planeringsminister,". Such a person acts for no one (README: former office
    holders are ``none``), whatever the KB dates or the title's actor would say."""
    if not rec.former:
        return False
    before = text[max(0, start - 60):start]
    ws = [m for m in WORD.finditer(before)]
    # the title right before the name, with up to two first names between ("tidligere statsminister Kjell Magne")
    for back in range(1, min(4, len(ws)) + 1):
        w = ws[-back]
        if before[w.end():].strip(" ,") and not before[w.end():].strip(" ,")[:1].isupper():
            break  # punctuation or lower-case words between: no title of this name
        if rec.role_at_end(w.group()) or rec.home_office(w.group()):
            # the former word before the title, or before one state word in front of it
            # ("den tidligere israelske utenriksministeren", "Italiens förre premiärminister")
            lead = max(0, start - len(before) + w.start())
            if rec.former_before(text, lead):
                return True
            if back < len(ws):
                prev = ws[-back - 1]
                if rec.former_before(text, start - len(before) + prev.start()):
                    return True
            break
        if not w.group()[:1].isupper():
            break
    # an apposition after the name: ", Rwandas tidigare planeringsminister,"
    tail = text[end:end + 80]
    if tail.startswith(","):
        clause = re.split(r"[,.;:!?()\n]", tail[1:])[0]
        cws = clause.split()
        for n, w in enumerate(cws):
            if w.lower() in rec.former and any(rec.role_at_end(x) or rec.home_office(x) for x in cws[n + 1:n + 3]):
                return True
    return False


AND_WORDS = frozenset({"og", "and", "och", "samt", "&"})
# "ambassadør i Danmark", "ambassador to Iran": the state after these hosts the office
HOST_PREPS = frozenset({"i", "til", "in", "to", "at", "på", "ved", "vid", "hos", "för", "for"})
# a phrase after ", " opening with one of these goes on with the sentence, it names no role
NOT_APPOSITION = frozenset({"med", "with", "etter", "efter", "after", "før", "innan", "before", "from", "fra", "från"})
_INSTITUTION_PREPS = ("i", "ved", "fra", "från", "vid", "på", "hos")


def _home_institution(art: Article, end: int) -> str | None:
    """The home state of a person written right before one of its institutions ("pressetalsperson
    Astrid Sehl i Utenriksdepartementet", "NN på MSB"); None elsewhere and in English."""
    home = _home_state(art.lang)
    coref = lang_data(art.lang or "", "coref")
    names = [str(n).lower() for n in coref.get("home_institutions") or []]
    # any ministry of the home state by its name's ending ("Kunnskapsdepartementet", "Kulturministeriet")
    endings = tuple(str(n).lower() for n in coref.get("home_institution_endings") or [])
    if not home or not names:
        return None
    tail = art.text[end:end + 100].lower()
    tail = re.sub(r"^ \([^()\s]{1,8}\)", "", tail)  # a party tag after the name: "NN (Ap), statssekretær i UD"
    # right after the name ("NN i UD"), or inside an apposition ("NN, biträdande enhetschef på MSB,")
    spans = [re.sub(r"^[\s(]+", "", tail)]
    if tail.lstrip().startswith(","):
        apposition = re.split(r"[,.;:!?()\n]", tail.lstrip()[1:])[0]
        first = (apposition.split() or [""])[0]
        if first not in HOST_PREPS and first not in NOT_APPOSITION:
            spans.append(apposition)  # a phrase naming a role, not "…, til et møde i UM"
    for i, span in enumerate(spans):
        for prep in _INSTITUTION_PREPS:
            starts = [len(prep) + 1] if span.startswith(prep + " ") else []
            if i:  # anywhere in the apposition
                starts = [m.end() for m in re.finditer(r"(?:^|\s)" + prep + r" ", span)]
            if any(re.match(re.escape(n) + r"(?:s)?(?![\w-])", span[k:]) for k in starts for n in names):
                return home  # the genitive too: "NN i Stortingets finanskomité"
            if endings and any(re.match(r"[^\W\d_]+(?:" + "|".join(map(re.escape, endings)) + r")s?(?![\w-])", span[k:])
                               for k in starts):
                return home
    return None


_GENITIVE_TAIL = "(?:" + "|".join(re.escape(g) for g in DEFAULT_GENITIVES) + ")?"


def _short_name_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Later mentions of a person by one part of the name the article gave in full: "Pelosi" after
    "Nancy Pelosi", "Kim" after "Kim Jong-un". A part two people of the article share is skipped."""
    owners: dict[str, set[str]] = {}
    first_at: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.person and m.kind in ("person", "ner") and len(m.text.split()) >= 2:
            first_at.setdefault(m.person, m)
            for part in m.text.split():
                if len(part) >= 3 and part[:1].isupper():
                    owners.setdefault(part, set()).add(m.person)
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for part, people in owners.items():
        if len(people) != 1:
            continue
        person = next(iter(people))
        first = first_at[person]
        for hit in re.finditer(rf"(?<![\w-]){re.escape(part)}{_GENITIVE_TAIL}(?![\w-])", text[first.end:]):
            s, e = first.end + hit.start(), first.end + hit.end()
            if not any(a < e and s < b for a, b in taken):
                out.append(Mention(s, e, text[s:e], first.code, first.kind, person=person, sector=first.sector))
                taken.append((s, e))
    return out
