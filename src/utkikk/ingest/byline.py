"""What an article's head and tail say about it: date token, dated byline, title, author, dateline, credit.

Plain-text news comes with its metadata folded into the text: a `date 2017-10` token, a byline such
as "Torsdag, 09. november 2023 - 06:56", a place-and-outlet dateline ("SEOUL (VG)", "OSLO (NTB):")
and a wire credit ("…, skriver NTB."). Left in the text they become false sentences and false actor
mentions (SEOUL would read as South Korea), so they are lifted into fields and cut from the text.
The cue words are language data in `lang/<code>/bylines.yaml`; media names come from `media.yaml`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from . import media
from .data import lang_words
from .dates import iso_date, parse_date

# How many non-empty lines at the head may hold a byline, an author line or a title.
HEAD_LINES = 6
TITLE_MAX_WORDS = 16
TITLE_MAX_CHARS = 160


@dataclass
class Lead:
    """The metadata found in a text, and the text without it."""

    text: str
    published: str | None = None
    precision: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    agency: str | None = None
    place: str | None = None


_L = r"[^\W\d_]"  # a letter
_UP = r"[A-ZÆØÅÄÖÜÉÈÁÀ]"
# "Skånska Morgonkuriren · Publicerad 21 januari 2023": a name of at most five words, then a separator
_OUTLET_PREFIX = re.compile(r"^\s*(?P<outlet>[A-ZÆØÅÄÖÜÉÈÁÀ][\w.&'’]*(?:\s+[\w.&'’]+){0,4})\s+[–—·|]\s+(?P<rest>.+)$")
_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?!\d)[ \t]*")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _byline_rx() -> re.Pattern[str]:
    cues = _alt(lang_words("bylines", "published"))
    times = _alt(lang_words("bylines", "time_words"))
    weekday = rf"(?:{_L}+(?:dag|day)\.?,?\s+)"
    written = rf"\d{{1,2}}\.?\s*{_L}{{3,10}}\.?,?\s+\d{{4}}"
    written_en = rf"{_UP}[a-z]{{2,8}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    numeric = r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
    clock = rf"(?:\s*[,|·–—-]?\s*(?:(?:{times})\s*)?\d{{1,2}}[:.]\d{{2}}(?:\s*(?:CET|CEST|GMT|UTC|[AaPp]\.?[Mm]\.?))?)"
    seg = rf"(?:(?i:{cues})\s*:?\s*)?{weekday}?(?:d\.\s*)?(?P<date>{written}|{written_en}|{numeric}){clock}?"
    seg2 = seg.replace("?P<date>", "?:")
    return re.compile(rf"^\s*{seg}(?:\s*[|·,/–—-]?\s*{seg2})*\s*[|·.]?[ \t]*")


@cache
def _author_rx() -> re.Pattern[str]:
    cues = _alt(lang_words("bylines", "author"))
    name = rf"{_UP}[\w.'’-]*"
    joiner = r"(?:\s+(?:og|and|och|&|von|van|de|af)\s+|\s+|,\s*)"
    return re.compile(
        rf"^\s*(?:{cues})\s+(?P<name>{name}(?:{joiner}{name}){{0,8}})\s*(?:[(/]\s*(?P<media>[^()\n]+?)\s*\)?)?\s*$"
    )


@cache
def _dateline_rx() -> re.Pattern[str]:
    caps = rf"{_UP}[A-ZÆØÅÄÖÜÉÈÁÀ.'’-]*"
    title = rf"{_UP}[a-zæøåäöüéèáà'’-]+"
    place = rf"(?:{caps}(?:[ ,/]+{caps}){{0,3}}|{title}(?:[ -]{title}){{0,2}})"
    return re.compile(rf"^(?P<place>{place})\s*\((?P<src>[^()\n]{{1,60}})\)\s*(?:[:–—-]\s*)?")


@cache
def _credit_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    agencies = media.names_pattern("agency")
    verbs = _alt(lang_words("bylines", "credit_verbs"))
    nouns = _alt(lang_words("bylines", "agency_nouns"))
    after = _alt(lang_words("bylines", "credit_verbs_after"))
    before = re.compile(rf"(?<!\w)(?i:{verbs})\s+(?P<noun>(?i:{nouns})\s+)?(?P<name>{agencies})(?![\w-])")
    behind = re.compile(rf"(?<![\w-])(?P<name>{agencies})\s+(?i:{after})(?!\w)")
    line = re.compile(rf"^[\s(©–—-]*(?P<name>{agencies})(?:\s*[/,+&–-]\s*(?:{agencies}))*[\s).]*$")
    return before, behind, line


# Short agency names that are also ordinary words or party names in Scandinavian text ("AP" can be
# Arbeiderpartiet): in non-English text they count only with an agency noun ("nyhetsbyrået AP").
_AMBIGUOUS_IN_NORDIC = {"AP"}


def split_media(src: str, lang: str | None = None) -> list[media.Medium]:
    """The known media named in a dateline's parentheses ("NTB", "NTB-Reuters", "Ritzau/AFP")."""
    whole = media.lookup(src, lang)
    if whole:
        return [whole]
    found: list[media.Medium] = []
    for piece in re.split(r"\s*(?:[/,&+]|–|—|\s-\s|\bog\b|\band\b|\boch\b)\s*", src):
        if not piece:
            continue
        m = media.lookup(piece, lang)
        if m is None and "-" in piece:
            parts = [media.lookup(p, lang) for p in piece.split("-")]
            if all(parts):
                found.extend(p for p in parts if p)
                continue
            return []
        if m is None:
            return []
        found.append(m)
    return found


def _byline_date(line: str, *, whole_line: bool) -> tuple[tuple[str, str], int] | None:
    """(date, end offset) when `line` starts with a dated byline (and is nothing else, if whole_line)."""
    m = _byline_rx().match(line)
    if not m:
        return None
    rest = line[m.end():]
    if whole_line and rest.strip():
        return None
    if not whole_line:
        # A date opening a sentence ("27. november 2024 vedtok …") is prose, not a byline.
        nxt = rest.lstrip()
        if nxt and not (nxt[0].isupper() or nxt[0] in "–—-«\"'“"):
            return None
    parsed = parse_date(m.group("date"))
    if parsed is None:
        return None
    return parsed, m.end()


def _is_title(line: str, following: list[str]) -> bool:
    s = line.strip()
    if not s or not any(f.strip() for f in following):
        return False
    words = s.split()
    if len(words) > TITLE_MAX_WORDS or len(s) > TITLE_MAX_CHARS:
        return False
    if s[0] in "–—-•*«\"“" or s[-1] in ".,;:":
        return False
    if s[-1] in "?!" and len(words) > 12:
        return False
    return not _dateline_rx().match(s)


def parse_lead(text: str, *, plain: bool = True, lang: str | None = None) -> Lead:
    """Lift the head and tail metadata out of `text`.

    `plain`: the text is a plain-text article, whose first line may be a `date` token, a byline
    with the text running on, or a title. For text already separated from its metadata (HTML, JSONL,
    feeds) only whole byline lines, datelines and credits are looked for.
    """
    lead = Lead(text="")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    token_date: tuple[str, str] | None = None
    byline_date: tuple[str, str] | None = None

    if plain and lines:
        m = _TOKEN.match(lines[0])
        if m:
            token_date = iso_date(m.group(1))
            lines[0] = lines[0][m.end():]
        hit = _byline_date(lines[0], whole_line=False)
        if hit and lines[0][hit[1]:].strip():
            byline_date = hit[0]
            lines[0] = lines[0][hit[1]:].lstrip()

    # Head: whole-line bylines, author lines and (plain text only) one title line.
    seen = 0
    body_at = len(lines)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if seen >= HEAD_LINES:
            body_at = i
            break
        seen += 1
        hit = _byline_date(line, whole_line=True)
        outlet = None
        if not hit:
            # the outlet's name before the date: "Øresunds Avis – Onsdag d. 20. november 2024, kl. 12.58"
            om = _OUTLET_PREFIX.match(line)
            if om:
                hit = _byline_date(om.group("rest"), whole_line=True)
                outlet = om.group("outlet").strip() if hit else None
        if hit:
            byline_date = byline_date or hit[0]
            if outlet:
                med = media.lookup(outlet, lang)
                if med:
                    _assign(lead, med)
                else:
                    lead.outlet = lead.outlet or outlet
            lines[i] = ""
            continue
        am = _author_rx().match(line)
        if am and not lead.author:
            names = []
            for piece in am.group("name").split(","):
                found = split_media(piece.strip(), lang) if piece.strip() else []
                if found:
                    for med in found:
                        _assign(lead, med)
                elif piece.strip():
                    names.append(" ".join(piece.split()))
            for med in split_media(am.group("media"), lang) if am.group("media") else []:
                _assign(lead, med)
            lead.author = ", ".join(names) or None
            lines[i] = ""
            continue
        if plain and lead.title is None and _is_title(line, lines[i + 1:]):
            # Kept in the text as its own paragraph: headlines carry events too, and a short first
            # sentence taken for a title by mistake must not be lost.
            lead.title = line.strip().lstrip("#").strip()
            if i + 1 < len(lines) and lines[i + 1].strip():
                lines[i] = line.rstrip() + "\n"
            continue
        body_at = i
        break

    # Dateline at the start of the first body paragraph.
    if body_at < len(lines):
        dm = _dateline_rx().match(lines[body_at])
        if dm:
            found = split_media(dm.group("src").strip(), lang)
            if found:
                for med in found:
                    _assign(lead, med)
                lead.place = dm.group("place").strip(" ,")
                lines[body_at] = lines[body_at][dm.end():]

    # Credit line at the tail ("NTB", "(©Ritzau)").
    _, _, credit_line = _credit_rx()
    for j in range(len(lines) - 1, body_at - 1, -1):
        if not lines[j].strip():
            continue
        cm = credit_line.match(lines[j])
        if cm and j > body_at:
            med = media.lookup(cm.group("name"), lang)
            if med and not lead.agency:
                lead.agency = med.name
            lines[j] = ""
        break

    body = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", "\n".join(lines))
    lead.text = body.strip()
    if lead.agency is None:
        lead.agency = credited_agency(lead.text, lang)

    if token_date and byline_date and byline_date[1] == "day" and byline_date[0].startswith(token_date[0]):
        lead.published, lead.precision = byline_date
    elif token_date:
        lead.published, lead.precision = token_date
    elif byline_date:
        lead.published, lead.precision = byline_date
    return lead


def _assign(lead: Lead, med: media.Medium) -> None:
    if med.kind == "agency":
        lead.agency = lead.agency or med.name
    else:
        lead.outlet = lead.outlet or med.name


def credited_agency(text: str, lang: str | None = None) -> str | None:
    """The wire agency the text credits ("skriver NTB", "according to AP"), if any.

    A credit in the last paragraph names the agency of the whole article; otherwise the agency
    credited most often (the earliest on a tie).
    """
    before, behind, _ = _credit_rx()
    hits: list[tuple[int, str]] = []
    for rx in (before, behind):
        for m in rx.finditer(text):
            name = m.group("name")
            has_noun = bool(m.groupdict().get("noun"))
            if name in _AMBIGUOUS_IN_NORDIC and lang != "en" and not has_noun:
                continue
            med = media.lookup(name, lang)
            if med and med.kind == "agency":
                hits.append((m.start(), med.name))
    if not hits:
        return None
    hits.sort()
    stripped = text.rstrip()
    last_para = stripped.rfind("\n\n")
    last_para = stripped.rfind("\n") if last_para < 0 else last_para
    tail = [name for pos, name in hits if last_para >= 0 and pos > last_para]
    if tail:
        return tail[-1]
    counts = Counter(name for _, name in hits)
    best = max(counts.values())
    return next(name for _, name in hits if counts[name] == best)
