"""Event coding: PLOVER events with source, target, mode, modality, date, speaker and evidence.

For each sentence: find triggers (``triggers``), read the source and target from the parse and
the actor mentions (``arguments``), judge the modality (``modality``), date the event
(``dates``), and record the evidence. Coordinated actors yield one event per actor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..record import Article, Event, Mention
from .aim import aimed_at
from .arguments import SentenceView, find_arguments
from .arguments import _teller as teller
from .content import content_mode
from .dates import event_date
from .locations import Place, event_place
from .modality import about_sport, blocked, cues, demanded, modality, refusal, willing
from .open_targets import fill_open_targets
from .triggers import _candidates, find_triggers, lexicon

FLAG_NEGATED = {"negated", "denied"}
# acts of will whose negation with a modal is a refusal ("vil ikke anerkjenne", "will not withdraw")
REFUSABLE_TYPES = frozenset({"AGREE", "CONCEDE", "SUPPORT", "COOPERATE", "CONSULT", "RETREAT"})
# types whose side may be a people rather than a state: "thousands of Norwegians protested"
PEOPLE_TYPES = {"PROTEST", "ASSAULT", "COERCE"}
# acts of force that, announced by their own doer for later, are a threat
THREAT_WHEN_ANNOUNCED = frozenset({"ASSAULT", "COERCE"})
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})  # offered, they threaten
AMOUNT_PREPS = frozenset({"i", "in"})  # "75 milliardar kroner i støtte", "$1bn in support"
# events a later "the launch", "the attack" can point back to
ANTECEDENT_TYPES = {"ASSAULT", "MOBILIZE", "THREATEN", "COERCE", "SANCTION", "REJECT", "AID", "RETREAT"}
FLAG_HYPOTHETICAL = {"conditional", "hypothetical"}
# triggers that may point back to "the attack" without naming its kind ("fordømmer angrebet")
GENERIC_ANTECEDENT_TYPES = {"ACCUSE", "REJECT"}
CLAIM_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # what a rejection answers
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})  # what a threat answers: deeds and threats, not words of blame


def unused_components(lang: str) -> list[str]:
    """Model components event coding does not read for ``lang``: the parser where the lexicon
    turns parse-reading off (da, sv), so the pipeline can skip it."""
    return [] if lexicon(lang).use_parse else ["parser"]


def segments(doc: Any) -> list[Any]:
    """Sentences, cut again at line breaks: a headline or caption without a full stop is its own unit."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or ("\n" in tok.whitespace_ and tok.i + 1 < sent.end):
                end = tok.i if "\n" in tok.text else tok.i + 1
                if end > start:
                    out.append(doc[start:end])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    out = [s for s in out if s.text.strip()]
    # an ordinal's full stop is no sentence end: "Natos 32. medlemsland" (the next word is lower-case)
    merged: list[Any] = []
    for s in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.end == s.start and s.text[:1].islower() and len(prev) >= 2 \
                and prev[-1].text == "." and prev[-2].text.isdigit() and "\n" not in prev[-1].whitespace_:
            merged[-1] = doc[prev.start:s.end]
        else:
            merged.append(s)
    return merged


STATEMENT_BREAKS = {";", ":", "–", "—"}  # a noun and a verb across these are two statements


def _verb_tells_it(view: Any, match: Any, matches: list[Any], coded: set[int]) -> bool:
    """A noun trigger that only names the means or the subject of a verb trigger of the same type
    in its clause: the verb tells the event. After the verb, in a prepositional phrase ("drepte
    Hamas-lederen i et luftangrep i Beirut", "killed ... in an air strike": one ASSAULT, on the
    leader, not on Beirut), where the verb was coded (a passive without agent leaves the doer to the
    noun: "er drept i et amerikansk droneangrep"); before it as its subject, for a broad noun, with the verb's own
    modality ("Avtalen om tilgang ble ikke signert": one AGREE, negated)."""
    if view.toks[match.head].pos_ not in ("NOUN", "PROPN"):
        return False
    if _means_of_verb(view, match, [m for m in matches if id(m) in coded]):
        return True
    if not match.trigger.broad:
        return False
    aux = lexicon(view.lang).passive_auxiliaries  # "ble ikke signert": an auxiliary is no other verb
    for other in matches:
        if other is match or other.trigger.type != match.trigger.type or view.toks[other.head].pos_ not in ("VERB", "ADJ"):
            continue
        # the noun is the verb's subject: before it, with no other verb or clause break between
        # ("udtrykte sin utilfredshed med Israel og sagde, at ...": a verb after "og" starts a clause)
        between = range(match.head + 1, other.head)
        if other.head > match.head and not any(
                view.lowers[k] in STATEMENT_BREAKS or (view.toks[k].pos_ == "VERB" and view.lowers[k] not in aux)
                for k in between) and view.lowers[other.head - 1] not in lexicon(view.lang).coordinators:
            return True
    return False


def _means_of_verb(view: Any, match: Any, matches: list[Any]) -> bool:
    lex = lexicon(view.lang)
    first = min(match.tokens)
    k = first - 1
    while k >= 0 and (view.lowers[k] in lex.determiners or view.toks[k].pos_ in ("DET", "ADJ", "NUM")):
        k -= 1
    if k < 0 or view.toks[k].pos_ != "ADP" or view.lowers[k] in lex.background_preps:
        return False
    for other in matches:
        if other is match or other.trigger.type != match.trigger.type or max(other.tokens) >= k \
                or view.toks[other.head].pos_ not in ("VERB", "ADJ"):
            continue
        if not any(view.lowers[j] in STATEMENT_BREAKS or view.toks[j].pos_ == "VERB"
                   for j in range(max(other.tokens) + 1, k)):
            return True
    return False


def _specific_act_types(view: Any, match: Any) -> frozenset[str]:
    """The event types of the act the object of a trigger names, where it names one kind of act
    ("fordømte kuppet", "invasjonen", "övningarna"), not any act ("beslutningen", "tiltaket": the
    language's ``act_nouns``); empty otherwise. The object is the noun right after the trigger,
    or after its first word where the phrase holds its object ("kalte beslutningen en
    provokasjon"); it may be a broad trigger the verb pushed aside, so its lemma is looked up in
    the lexicon."""
    lex = lexicon(view.lang)
    k = (min(match.tokens) if match.trigger.holds_object else max(match.tokens)) + 1
    while k < len(view.lowers) and view.lowers[k] in lex.determiners:
        k += 1
    if k >= len(view.lowers) or view.toks[k].pos_ != "NOUN" or view.mention_at(k):
        return frozenset()
    lower, lemma = view.lowers[k], view.lemmas[k]
    if lower in lex.act_nouns or lemma in lex.act_nouns:
        return frozenset()
    return frozenset(c.type for c in _candidates(lex, lower, lemma)
                     if len(c.words) == 1 and not any(w.strip("*") in lex.act_nouns for w in c.words))


def _antecedent(events: list[Event], match: Any, matches: list[Any], view: Any = None) -> list[str]:
    """The sources of the event a condemnation of "the launch" points back to: the last event of
    the kind the noun names ("called the invasion a breach" -> the last ASSAULT; "welcomes the
    applications" -> every applicant of the sentence that told them), else the last event told."""
    first, last = min(match.tokens), max(match.tokens)
    named = {m.trigger.type for m in matches if m is not match and first < min(m.tokens) <= last + 3}
    same = next((e for e in reversed(events) if e.asserted and e.type in named), None)
    if same:
        return list(dict.fromkeys(e.source for e in events if e.asserted and e.type == same.type
                                  and e.sent_start == same.sent_start))
    kinds = _specific_act_types(view, match) if match.trigger.type == "ACCUSE" and view is not None else frozenset()
    if kinds:
        # the noun names a kind of act: its doer is the one who last did that kind of act
        # ("fördömde övningarna" after China's exercises), and where no event told one ("fordømte
        # kuppet" after a coup whose doer went unnamed) the last event of another kind is not its
        # doer (a generic noun, "beslutningen", still points back to the last event)
        same = next((e for e in reversed(events) if e.asserted and e.type in kinds), None)
        return [same.source] if same is not None else []
    if match.trigger.type == "THREATEN":
        # a threat that names no one answers whoever last acted in hostility ("lovet et resolut
        # svar på eventuelle nye angreb" after Israel's strikes): the latest first
        return list(dict.fromkeys(e.source for e in reversed(events) if e.asserted and e.type in HOSTILE_TYPES))
    if match.trigger.type not in GENERIC_ANTECEDENT_TYPES:
        return []
    if match.trigger.type == "REJECT":
        # what is rejected was claimed, asked or threatened: the claimants, the latest first (the
        # rejecter's own claims are passed over where the arguments are read)
        claims = [e.source for e in reversed(events) if e.asserted and e.type in CLAIM_TYPES]
        if claims:
            return list(dict.fromkeys(claims))
    told = [e for e in reversed(events) if e.asserted and e.type in ANTECEDENT_TYPES]
    return [told[0].source] if told else []


def _official(view: SentenceView, source_pos: int | None) -> bool:
    """The protester is a state, government, organisation or its leader, not people: PLOVER's
    PROTEST is demonstrating, boycotting and striking; a government that protests complains
    officially (CAMEO 114), an ACCUSE."""
    m = view.mention_at(source_pos) if source_pos is not None else None
    return m is None or m.kind != "demonym"


def _heads(sent: Any) -> list[int | None] | None:
    """Each token's head as an index into the sentence (``None`` at a root); ``None`` unparsed."""
    if not sent.doc.has_annotation("DEP"):
        return None
    s0, s1 = sent.start, sent.end
    return [t.head.i - s0 if t.head.i != t.i and s0 <= t.head.i < s1 else None for t in sent]


def extract_events(art: Article, doc: Any) -> list[Event]:
    """Fill ``art.events`` from the parsed text (``doc``: spaCy Doc of ``art.text``)."""
    lang = art.lang or "en"
    events: list[Event] = []
    seen: set[tuple[str, str, str, int]] = set()
    for sent in segments(doc):
        view = SentenceView(art, sent, lang)
        if not view.mentions and not view.in_quote and not any(w in view.pron_sing for w in view.lowers):
            continue  # no actor, no quote, no "han"/"hun" pointing back to one
        if about_sport(view.lowers, lang):
            continue
        pos = [t.pos_ for t in view.toks]
        # "according to" cites, it is no event ("accord"); the last part of a hyphened compound
        # describes ("the Fatah-controlled Authority", "Houthi-kontrollerte områder")
        matches = [m for m in find_triggers(view.lowers, view.lemmas, lang, pos)
                   if m.tokens[0] not in view.citing and not _compound_tail(view, m.tokens[0])]
        # "gjev 75 milliardar kroner i støtte": the support is what the aid is, one event
        matches = [m for m in matches if not (
            m.trigger.type == "SUPPORT" and min(m.tokens) > 0 and view.lowers[min(m.tokens) - 1] in AMOUNT_PREPS
            and any(a.trigger.type == "AID" and (0 < min(m.tokens) - max(a.tokens) <= 4
                                                 or min(a.tokens) < min(m.tokens) < max(a.tokens))  # "gjev ... kroner i støtte til"
                    for a in matches))]
        matches = [m for m in matches if not _stopped_gift(view, m, matches)]
        heads = _heads(sent) if matches else None
        people_view = None
        coded: set[int] = set()  # the matches that gave an event
        for found in matches:
            if _verb_tells_it(view, found, matches, coded):
                continue
            match, aim = aimed_at(view, found, lexicon(lang))  # "avfyrte raketter mot Israel": an attack
            antecedent = _antecedent(events, match, matches, view)
            # the words of the other triggers that may govern this one; a broad trigger before it
            # that gave no event does not ("ordered an immediate recall of its ambassadors": the
            # broad "order" found no one, so the recall is a report; "fordømmer prøvesprengningen"
            # still only names what is condemned)
            others = frozenset(i for m in matches if m is not found
                               and (id(m) in coded or not m.trigger.broad or min(m.tokens) > min(match.tokens))
                               for i in m.tokens)
            if match.trigger.type in PEOPLE_TYPES and people_view is None:
                people_view = SentenceView(art, sent, lang, people=True)
            args = find_arguments(people_view if match.trigger.type in PEOPLE_TYPES else view,
                                  match, antecedent, others)
            if args is None:
                continue
            if aim and args.targets == ["*"] and aim not in args.sources:
                args = replace(args, targets=[aim])
            coded.add(id(found))
            mod = modality(view.lowers, view.lemmas, match.tokens, lang, args.source_pos,
                           frozenset(ti for ti, _ in view.mentions), pos, heads, match.trigger.type)
            if mod in ("asserted", "future") and demanded(view.lowers, match, matches, lang, view.lemmas):
                mod = "hypothetical"
            if mod in ("asserted", "future") and blocked(view.lowers, pos, match, matches, lang):
                mod = "negated"
            etype, tone, mode = match.trigger.type, match.trigger.tone, match.trigger.mode
            if mod == "negated" and etype in REFUSABLE_TYPES \
                    and refusal(view.lowers, view.lemmas, match.tokens, lang, args.source_pos):
                etype, tone, mode, mod = "REJECT", None, None, "asserted"  # "vil ikke godta forslaget": a refusal
            elif mod in ("asserted", "future") and willing(view.lowers, match.tokens, lang):
                # "er villig til å sende våpen", "prepared to use force": an intent, or a threat
                etype, tone, mode, mod = ("THREATEN", None, None, "asserted") if etype in HOSTILE_ACTS \
                    else ("AGREE", None, None, "asserted")
            elif mod in ("future", "conditional") and etype in THREAT_WHEN_ANNOUNCED \
                    and _announced_by_doer(view, match, args):
                etype, tone, mode, mod = "THREATEN", None, None, "asserted"  # "said it would strike if attacked"
            elif mod == "future" and etype == "COOPERATE":
                etype, mod = "AGREE", "asserted"  # "vil styrke samarbeidet": intent to cooperate (CAMEO 030)
            elif etype == "PROTEST" and not mode and not args.by_people and _official(people_view or view, args.source_pos):
                etype, mode = "ACCUSE", "disapprove"  # "Noreg har protestert i Moskva": an official complaint
            trig_tok = sent[match.head]
            date = event_date(view.lowers, art.published, lang)
            where = event_place(view, match.tokens, etype)
            mode = mode or content_mode(etype, view.lowers, view.lemmas, max(match.tokens), lang,
                        cues(lang).contrast_words)
            for si, src in enumerate(args.sources):
                for ti, tgt in enumerate(args.targets):
                    if src == tgt or (args.pairs and ti <= si):
                        continue
                    key = (src, tgt, etype, sent.start_char)
                    if key in seen:
                        continue
                    seen.add(key)
                    src_m, tgt_m = _actor_mention(view, src, match.head), _actor_mention(view, tgt, match.head)
                    events.append(Event(
                        source=src, target=tgt, type=etype, mode=mode,
                        context=list(match.trigger.context), negated=mod in FLAG_NEGATED,
                        hypothetical=mod in FLAG_HYPOTHETICAL, date=date,
                        sentence=" ".join(sent.text.split()), speaker=args.speaker,
                        trigger=" ".join(sent[i].text for i in match.tokens), pattern=match.trigger.pattern,
                        start=trig_tok.idx, end=trig_tok.idx + len(trig_tok.text),
                        sent_start=sent.start_char, sent_end=sent.end_char, modality=mod,
                        tone=tone, source_text=src_m.text if src_m else None,
                        target_text=tgt_m.text if tgt_m else None,
                        source_sector=src_m.sector if src_m else None,
                        target_sector=tgt_m.sector if tgt_m else None, **place_fields(where),
                    ))
    events = fill_open_targets(events)
    art.events = events
    return events


GIFT_TYPES = frozenset({"AID", "SUPPORT"})
STOP_MODES = frozenset({"discontinue"})
NOUN_PHRASE_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PUNCT"})


def _stopped_gift(view: SentenceView, match: Any, matches: list[Any]) -> bool:
    """An aid or support noun in the object of a verb of stopping is what is stopped, no gift:
    "suspended budget support and development aid to Niger" is one sanction (the frame matched
    "suspended ... support"), the coordinated "aid to" gives nothing of its own."""
    if match.trigger.type not in GIFT_TYPES or view.toks[match.head].pos_ not in ("NOUN", "PROPN", "VERB"):
        return False
    first = min(match.tokens)
    for other in matches:
        if other is match or other.trigger.type != "SANCTION" or other.trigger.mode not in STOP_MODES:
            continue
        verb = min(other.tokens)
        if not verb < first <= verb + 8 or first in other.tokens:
            continue
        if all(view.toks[k].pos_ in NOUN_PHRASE_TAGS and view.lowers[k] not in (";", ":")
               for k in range(verb + 1, first) if k not in other.tokens):
            return True
    return False


def place_fields(place: Place | None) -> dict[str, Any]:
    """The ``Event`` fields of a resolved place (all None without one)."""
    if place is None:
        return {}
    return dict(place=place.text, place_name=place.name, place_country=place.country, place_lat=place.lat,
                place_lon=place.lon, place_kind=place.kind)


def _compound_tail(view: SentenceView, i: int) -> bool:
    """Token ``i`` ends a hyphened compound the tokenizer split ("Fatah" "-" "controlled")."""
    if i < 2 or view.lowers[i - 1] != "-":
        return False
    hyphen, before, tok = view.toks[i - 1], view.toks[i - 2], view.toks[i]
    return before.idx + len(before.text) == hyphen.idx and hyphen.idx + 1 == tok.idx


def _announced_by_doer(view: SentenceView, match: Any, args: Any) -> bool:
    """The doer of a future act of force is the one who reports it: "Russia said it would take
    countermeasures", "Rusland siger, at landet vil træffe modforanstaltninger". Announcing one's
    own coercion or violence is a threat (CAMEO 13), made when it is said."""
    first = min(match.tokens)
    tellers = teller(view, first)
    if tellers:
        return set(args.sources) <= set(tellers)
    reports = cues(view.lang).report_verbs
    said = [k for k in range(first) if view.lowers[k] in reports]
    return bool(said) and any(m.code in args.sources and ti < said[0] for ti, m in view.mentions)


def _actor_mention(view: SentenceView, code: str, near: int) -> Mention | None:
    """The mention of the sentence that names an actor, the one nearest the trigger; None when
    the actor is not named in the sentence (a quote's speaker, an antecedent).

    Why one mention for both: the event's ``source_text`` and ``source_sector`` must describe the
    same words ("Russlands" of "Russlands forsvarsminister" -> MIL), so an analyst who filters on
    the sector sees the phrase that gave it. Ties go to the alphabetically first text, as the
    text alone always did, then to a mention that gives a sector."""
    found = [(abs(ti - near), m.text, m.sector is None, k) for k, (ti, m) in enumerate(view.mentions)
             if m.code == code]
    return view.mentions[min(found)[3]][1] if found else None
