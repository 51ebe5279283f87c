"""Modality: is an event asserted, or negated, denied, conditional, hypothetical or future?

Cues are language data (``lang/<code>/modality.yaml``). Scope is the clause: a cue counts when it
stands in the same clause as the trigger, before it (or, for negation, right after the finite
verb, as Scandinavian word order puts "ikke" there: "signerte ikke").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..actors.kb import lang_data

CLAUSE_BREAKS = {",", ";", ":", "–", "—", "(", ")"}


@dataclass(frozen=True)
class Cues:
    negation: frozenset[str]
    denial: frozenset[str]
    conditional: frozenset[str]
    conditional_initial: frozenset[str]  # conditional only at the start of a sentence or clause ("om")
    hypothetical: frozenset[str]
    future: frozenset[str]
    clause_words: frozenset[str]  # conjunctions that open a new clause ("men", "og at")
    infinitive: frozenset[str]  # infinitive markers ("å", "att", "to")
    complementizers: frozenset[str]  # "at", "att", "that": "krev at Russland trekkjer ut ..."
    future_in_report: frozenset[str]  # "would", "ville": future-in-the-past after a report verb
    report_verbs: frozenset[str]  # "announced", "sa": "Trump announced that the US would halt ..."
    contrast_words: frozenset[str]  # "men", "but": a new statement, not the content of a demand
    belief: frozenset[str]  # lemmas of verbs of believing, hoping, expecting, wanting: their clause is not asserted
    sport: frozenset[str]  # words of sport and song contests: the sentence's "meetings" and "victories" are games
    frames: tuple[tuple[str, ...], ...] = ()  # "hög tid att", "high time": what follows is asked for
    content_preps: frozenset[str] = frozenset()  # "of": "accused China of supporting Russia" — the content
    reportative: tuple[tuple[str, ...], ...] = ()  # "skal ha", "ska ha": reported past, not future
    refusal_modals: frozenset[str] = frozenset()  # "vil", "will", "kan": with a negation, a refusal
    attempt: frozenset[str] = frozenset()  # verbs of trying: "forsøkte å drepe" is an assault, "tried to mediate" no talks
    before: frozenset[str] = frozenset()  # "før", "before": a clause they open in the present tense is still to come
    present_endings: tuple[str, ...] = ()  # endings of the present tense ("møter", "mødes", "meets")
    past_endings: tuple[str, ...] = ()  # endings of the past that would otherwise read as present ("møttes")
    prevent: frozenset[str] = frozenset()  # lemmas of verbs of preventing: what is prevented did not happen
    inverted_condition: bool = False  # a sentence opening with its finite verb states a condition
    willing: frozenset[str] = frozenset()  # "villig til å", "willing to": the act after is an intent
    means: frozenset[str] = frozenset()  # "ved", "gjennom", "by": "støttet Russland ved å spre løgner" tells how, it happened
    absolute: frozenset[str] = frozenset()  # "with": "with Sweden joining, we will be safer" — the main clause's time


@cache
def cues(lang: str) -> Cues:
    from ..nlp.lemmas import lemmatize  # here, not at the top: spaCy only when cues are built

    d = lang_data(lang, "modality")

    def s(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in d.get(key) or [])

    def lemmas(key: str) -> frozenset[str]:
        # lists of lemmas hold them as a dictionary writes them; the lemmatiser may give another
        # form of the same word (Nynorsk "håpe" and "håpa"), which is added
        words = s(key)
        return words | {alt for w in words if len(alt := lemmatize(w, lang).lower()) >= 4}

    return Cues(s("negation"), s("denial"), s("conditional"), s("conditional_initial"), s("hypothetical"),
                s("future"), s("clause_words"), s("infinitive_markers"),
                s("complementizers"), s("future_in_report"), s("report_verbs"), s("contrast_words"), lemmas("belief"), s("sport_words"),
                tuple(tuple(f.lower().split()) for f in d.get("irrealis_frames") or []), s("content_preps"),
                tuple(tuple(f.lower().split()) for f in d.get("reportative") or []), s("refusal_modals"),
                lemmas("attempt"), s("before"), tuple(d.get("present_endings") or ()), tuple(d.get("past_endings") or ()),
                lemmas("prevent"), bool(d.get("inverted_condition")), s("willing"), s("means"), s("absolute"))


# a condition after these is part of what is said, not a condition on saying it
CONDITIONAL_BY_NATURE = frozenset({"THREATEN"})
# how far before a trigger a verb of preventing governs it ("hindre en mulig massakre")
PREVENT_REACH = 4
# an attempt at these is itself the event: a tried killing or attack is violence done (CAMEO 18)
ATTEMPT_IS_ACT = frozenset({"ASSAULT"})


WILLING_REACH = 4  # tokens from the cue to the act: "villig til å straks sende"


def willing(lowers: list[str], trigger_tokens: list[int], lang: str) -> bool:
    """The act is what its doer says it is willing or ready to do: "er villig til å sende
    våpen", "is prepared to negotiate". Why: such a statement is itself an act, an intent
    (CAMEO 03, PLOVER AGREE; with force, a threat), and the act it names has not happened."""
    c = cues(lang)
    first = min(trigger_tokens)
    for i in range(max(0, first - WILLING_REACH - 2), first):
        if lowers[i] in c.willing and any(w in c.infinitive for w in lowers[i + 1:first]) \
                and not any(w in CLAUSE_BREAKS for w in lowers[i + 1:first]):
            return True
    return False


def refusal(lowers: list[str], lemmas: list[str], trigger_tokens: list[int], lang: str,
            source_pos: int | None = None) -> bool:
    """A negated act of will: "vil ikke godta", "kommer inte att acceptera", "will not recognise",
    "kan ikke akseptere". Why: such a statement is itself an act, a refusal (CAMEO 12, PLOVER
    REJECT), where "signed no agreement" or "did not meet" reports that nothing happened."""
    c = cues(lang)
    first = min(trigger_tokens)
    window = range(_window_start(lowers, lemmas, first, c, source_pos), first)
    # "would" and "ville" refuse only in a report ("said it would not accept"); alone they suppose
    modal = [i for i in window if lowers[i] in c.refusal_modals or (
        lowers[i] in c.future_in_report and any(w in c.report_verbs for w in lowers[:i]))]
    if not modal:
        return False
    # the negation follows the modal in a main clause ("vil ikke godta") and precedes it in a
    # subordinate one ("att de inte kommer att acceptera", "at de ikke vil godta")
    return any(lowers[i] in c.negation and lowers[i] not in c.refusal_modals
               for i in (*range(window.start, modal[0]), *range(modal[0] + 1, first)))


def _window_start(lowers: list[str], lemmas: list[str], first: int, c: Cues, source_pos: int | None,
                  pos: list[str] | None = None) -> int:
    """Where the cues of the trigger at ``first`` may stand: its clause, reaching back to its
    source; a coordinated verb phrase ("… og anklaget Russland", known from ``pos``) keeps its own."""
    start = _clause_start(lowers, lemmas, first, c)
    if start == first and start > 1 and lowers[start - 1] in c.infinitive and lowers[start - 1] in c.clause_words \
            and pos is not None and pos[first] == "VERB":
        # Danish "at" is both "that" and "to": before an infinitive it opens no clause of its own
        # ("undgik i går at sende en ambassadør": the avoiding governs the sending)
        start = _clause_start(lowers, lemmas, start - 1, c)
    coordinated_vp = bool(pos) and 0 < start < len(lowers) and lowers[start - 1] in c.clause_words \
        and pos[start] in ("VERB", "AUX")
    if source_pos is not None and source_pos < start and not coordinated_vp:
        start = source_pos
    return start


def _clause_start(lowers: list[str], lemmas: list[str], pos: int, c: Cues) -> int:
    i = pos
    while i > 0:
        w = lowers[i - 1]
        if w in CLAUSE_BREAKS or w in c.clause_words:
            return i
        i -= 1
    return 0


def about_sport(lowers: list[str], lang: str) -> bool:
    """A sentence about sport or a song contest ("Norge møter Sveits og Sverige i VM", "gave
    twelve points to Germany"): its countries are teams, nothing in it is an event."""
    words = cues(lang).sport
    return any(w in words for w in lowers) or any(f"{a} {b}" in words for a, b in zip(lowers, lowers[1:], strict=False))


def _condition_follows(lowers: list[str], trigger_tokens: list[int], c: Cues, pos: list[str] | None) -> bool:
    """A condition after the trigger, in the same statement: "lovat att komma till Sveriges hjälp
    om landet angrips", "will help Ukraine if Russia attacks". "om" counts only as a clause
    opener: a noun or pronoun, then a verb, right after it ("om landet angrips"), not "samtal om
    kriget"."""
    last = max(trigger_tokens)
    for i in range(last + 1, len(lowers)):
        w = lowers[i]
        if w in (";", ":") or w in c.contrast_words:
            return False
        if w in c.conditional:
            return True
        # right after the verb, "om" opens what is discussed or asked ("diskuterte om Russland ..."),
        # not a condition
        if w in c.conditional_initial and pos is not None and i + 2 < len(lowers) \
                and pos[i - 1] not in ("VERB", "AUX") and pos[i + 1] in ("NOUN", "PROPN", "PRON") \
                and pos[i + 2] not in ("ADP", "PUNCT", "CCONJ", "DET", "PROPN", "NUM", "PART") \
                and not (pos[i + 1] == "PROPN" and pos[i + 2] == "ADJ"):
            # (a name and an adjective is a noun phrase, a genitive: "forsikret ham om USAs
            # ubøyelige støtte" is about the support)
            return True  # a subject and, right after it, its predicate (a weak tagger may call it anything)
    return False


def _negated_claim(lowers: list[str], first: int, c: Cues) -> bool:
    """A "that" clause governed by a negated noun: "det finnes ingen bevis for at Nord-Korea
    sender våpen", "no sign that Russia has withdrawn" — the clause is not asserted."""
    for j in range(first - 1, -1, -1):
        w = lowers[j]
        if w in c.contrast_words or w in (";", ":"):
            return False
        if w in c.complementizers:
            window = lowers[max(0, j - 4):j]
            return any(x in c.negation for x in window) and not any(x in c.report_verbs for x in window)
    return False


def governed_by_belief(lowers: list[str], lemmas: list[str], trigger_tokens: list[int], c: Cues,
                       heads: list[int] | None = None, attempts: bool = True) -> bool:
    """Whether a verb of believing, hoping, expecting or wanting governs the trigger: "jeg tror,
    det bliver svært for USA og Sovjet at blive enige", "venter vi at Spania vil be om hjelp".

    With a parse, the verb must be an ancestor of the trigger; without one, a finite form of it
    must stand before the trigger in the same statement. A frame of demand ("det är hög tid att")
    counts the same way. ``attempts``: whether a verb of trying counts too (it does not for
    violence, ``ATTEMPT_IS_ACT``)."""
    words = c.belief | c.attempt if attempts else c.belief

    def is_belief(i: int) -> bool:
        return lemmas[i] in words or lowers[i] in words

    if heads is not None:
        for t in trigger_tokens:
            i, seen = heads[t], set(trigger_tokens)  # "ønsker Sverige velkommen": the trigger's own verb
            while i is not None and i not in seen:
                if is_belief(i):
                    return True
                seen.add(i)
                i = heads[i]
    first = min(trigger_tokens)
    for frame in c.frames:  # "det er på tide at Norge anerkjenner ...", with or without a parse
        n = len(frame)
        for i in range(0, first - n + 1):
            if tuple(lowers[i:i + n]) == frame and not any(w in c.contrast_words for w in lowers[i + n:first]):
                return True
    if heads is not None:
        return False
    # no parse: a finite form of such a verb earlier in the sentence, no contrast ("men") between
    for i in range(first - 1, -1, -1):
        if lowers[i] in c.contrast_words or lowers[i] in (";", ":"):
            return False
        if lowers[i] in words:
            return True
    return False


def modality(lowers: list[str], lemmas: list[str], trigger_tokens: list[int], lang: str,
             source_pos: int | None = None, actor_tokens: frozenset[int] = frozenset(),
             pos: list[str] | None = None, heads: list[int] | None = None, etype: str | None = None) -> str:
    """One of: asserted, negated, denied, conditional, hypothetical, future.

    ``pos`` (the tags, where known) lets a coordinated verb phrase keep its own scope: in "said it
    would never accept the loss and accused Russia", "never" belongs to the first verb only.
    ``heads`` (each token's head within the sentence, ``None`` at the root; absent without a
    parse) scopes verbs of believing and hoping over the clauses they govern; ``etype`` (the
    event's type) says whether an attempt at it counts as done.
    """
    c = cues(lang)
    if lowers and lowers[-1] == "?":  # a question asks whether, it reports nothing
        return "hypothetical"
    if governed_by_belief(lowers, lemmas, trigger_tokens, c, heads, attempts=etype not in ATTEMPT_IS_ACT):
        return "hypothetical"
    first = min(trigger_tokens)
    if _negated_claim(lowers, first, c):
        return "negated"
    start = _window_start(lowers, lemmas, first, c, source_pos, pos)
    window = list(range(start, first))
    after = range(first + 1, min(len(lowers), first + 3))
    # the sentence as a whole is conditional when it opens with a conditional conjunction
    for i in range(0, first):
        # "om" is "if" only opening a clause, or right before an actor and the verb
        # ("om landet angrips"); elsewhere it is "about" ("samtal om kriget lovade ...")
        # (auxiliaries may stand between: "på spørsmål om Nato vil tillate Ukraina ...")
        initial = lowers[i] in c.conditional_initial and (i in (0, start) or (
            first - i >= 2 and i + 1 in actor_tokens
            and all(pos is not None and pos[j] in ("AUX", "ADV") for j in range(i + 2, first))))
        if lowers[i] in c.conditional or initial:
            if i >= start or i == 0:
                return "conditional"
        if lowers[i] in c.conditional_initial and _opens_clause_after_break(lowers, i, first, c, pos):
            return "conditional"
    if _inverted_condition(lowers, first, c, pos, actor_tokens):
        return "conditional"
    if etype not in CONDITIONAL_BY_NATURE and _condition_follows(lowers, trigger_tokens, c, pos):
        return "conditional"  # a threat holds its condition: "threatened to strike if Iran ..." is made
    for i in range(0, first):
        if (lowers[i] in c.denial or lemmas[i] in c.denial) and not _coordinated_away(lowers, pos, i, first, lang):
            return "denied"
    for i in [*window, *after]:
        if lowers[i] in c.negation and i not in trigger_tokens:  # "warned X not to" holds its own "not"
            return "negated"
    if any(lemmas[i] in c.prevent or lowers[i] in c.prevent for i in range(max(start, first - PREVENT_REACH), first)):
        return "hypothetical"  # "for å hindre en mulig massakre", "to avert a war": it did not happen
    for i in window:
        if lowers[i] in c.hypothetical:  # word forms: the lemma of "vil" is "ville"
            # "announced that the US would halt the exercises" reports a plan, not a supposition
            reported = lowers[i] in c.future_in_report and any(w in c.report_verbs for w in lowers[:i])
            if not reported or any(lowers[j] in c.hypothetical and lowers[j] not in c.future_in_report
                                   for j in window):
                return "hypothetical"
            return "future"
    # a clause governed by a verb of fearing or supposing: "USA frykter at Nord-Korea skal levere";
    # an adverbial clause keeps its own mood ("vil formentlig svare, fordi Ukraine angreb")
    if start >= 2 and lowers[start - 1] in c.complementizers:
        for i in range(max(0, start - 4), start - 1):
            if lowers[i] in c.hypothetical:  # word forms: the lemma of "vil" is "ville"
                return "hypothetical"
    for i in window:
        if lowers[i] in c.future and not any(tuple(lowers[i:i + len(r)]) == r for r in c.reportative):
            return "future"
    if _still_to_come(lowers, lemmas, first, lang, pos):
        return "future"
    if _absolute_to_come(lowers, first, c):
        return "hypothetical"  # a supposition the main clause builds on, not a decision announced
    return "asserted"


def _opens_clause_after_break(lowers: list[str], i: int, first: int, c: Cues, pos: list[str] | None) -> bool:
    """"om" after a comma opens a clause of its own, a condition or an indirect question ("vi
    venter og ser, om Frankrig og Tyskland godkender aftalen"): the trigger in it, with a verb and
    no further break or contrast before it, is not asserted. Counted from the comma because a
    coordinated subject ("Frankrig og Tyskland") would otherwise start the trigger's clause at
    "og". Without tags "om" may be the preposition ("talte længe, om krigen"), so it needs them."""
    if pos is None or i == 0 or lowers[i - 1] not in CLAUSE_BREAKS or i >= first:
        return False
    between = range(i + 1, first)
    if any(lowers[j] in CLAUSE_BREAKS or lowers[j] in c.contrast_words for j in between):
        return False
    return any(pos[j] in ("VERB", "AUX") for j in range(i + 1, first + 1))


ABSOLUTE_REACH = 6  # tokens from "with" to the -ing trigger: "with Sweden and Finland joining"


def _absolute_to_come(lowers: list[str], first: int, c: Cues) -> bool:
    """An absolute phrase takes the time of the clause it hangs on: in "with Sweden and Finland
    joining the alliance we will all be safer" the joining is supposed, to come, not reported."""
    if not c.absolute or not lowers[first].endswith("ing"):
        return False
    opener = next((k for k in range(first - 1, max(-1, first - ABSOLUTE_REACH - 1), -1)
                   if lowers[k] in c.absolute or lowers[k] in CLAUSE_BREAKS), None)
    if opener is None or lowers[opener] not in c.absolute:
        return False
    for k in range(first + 1, len(lowers)):
        if lowers[k] in (";", ":", ".") or lowers[k] in c.contrast_words:
            return False
        if lowers[k] in c.future or lowers[k] in c.hypothetical:
            return True
    return False


def _inverted_condition(lowers: list[str], first: int, c: Cues, pos: list[str] | None,
                        actor_tokens: frozenset[int]) -> bool:
    """A sentence that opens with its finite verb, its subject right after, and goes on after a
    comma with another verb states a condition in Scandinavian ("Nekter Serbia å ..., vil FN
    ...": if Serbia refuses); a trigger in that opening clause is only supposed. The capitalised
    verb is often tagged a name, so a trigger opening the sentence counts as the verb; a report
    verb after the comma ("..., sier Nato") tells, it does not conclude. Questions end in "?"."""
    if not c.inverted_condition or not pos or not (pos[0] in ("VERB", "AUX") or first == 0) or 1 not in actor_tokens:
        return False
    try:
        comma = lowers.index(",")
    except ValueError:
        return False
    return first < comma and any(pos[k] in ("VERB", "AUX") and lowers[k] not in c.report_verbs
                                 for k in range(comma + 1, min(len(pos), comma + 3)))


def _coordinated_away(lowers: list[str], pos: list[str] | None, i: int, first: int, lang: str) -> bool:
    """A coordinated verb of its own stands between cue ``i`` and the trigger: "har benægtet
    anklagen og lovet et resolut svar" denies the accusation, it does not deny the promise."""
    from .triggers import lexicon

    if pos is None:
        return False
    c = cues(lang)
    coordinators = set(lexicon(lang).coordinators)
    for k in range(i + 1, first):
        if lowers[k] in c.complementizers or lowers[k] in c.infinitive:
            return False  # "nekter for at de har angrepet og bombet": both are denied
        if lowers[k] in coordinators and (k + 1 == first or pos[k + 1] in ("VERB", "AUX")):
            return True
    return False


def _still_to_come(lowers: list[str], lemmas: list[str], first: int, lang: str, pos: list[str] | None) -> bool:
    """A verb in the present tense in a clause opened by "før" / "innan" / "before": "få dage
    før Kina og Rusland mødes" tells of a meeting that has not happened yet (in the past tense,
    "før Russland invaderte", it has)."""
    from .triggers import lexicon

    c = cues(lang)
    # (any tag: the Swedish tagger reads "träffas" as a noun; a noun after "før" is still to come too)
    if not c.before or pos is None or pos[first] in ("PROPN", "ADJ"):
        return False
    joiners = set(lexicon(lang).coordinators) | c.complementizers  # "før Kina og Rusland mødes"
    for k in range(first - 1, max(-1, first - 7), -1):
        if lowers[k] in c.before:
            break
        if lowers[k] in (",", ";", ":") or (lowers[k] in c.clause_words and lowers[k] not in joiners):
            return False
    else:
        return False
    word, lemma = lowers[first], lemmas[first]
    if word.endswith(c.past_endings):
        return False
    return word == lemma or word.endswith(c.present_endings)


# a trigger in the complement of one of these is asked for, warned against, alleged or backed
# ("supports Ukraine's bid to join the EU"), not reported
IRREALIS_HEADS = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT", "CONCEDE"}
INFINITIVE_REACH = 3  # tokens before the trigger an infinitive marker may stand at ("å ikke straks trekke")
PERMISSION_HEADS = {"CONCEDE"}  # only their infinitive is irrealis: "allowed X to join", not "admitted that"


def _origin_phrase(word: str, lang: str) -> bool:
    from .triggers import lexicon

    # only "from": "før" / "before" may open a clause that is part of the demand ("må løslate
    # gislene før våpenhvilen kan starte")
    return word in lexicon(lang).source_preps


def demanded(lowers: list[str], match: Any, matches: list[Any], lang: str, lemmas: list[str] | None = None) -> bool:
    """True when the trigger is the content of an earlier demand, warning or accusation in the
    sentence: "advarte Iran mot å angripe Israel", "Russland må trekke styrkene ut",
    "anklager Nord-Korea for å ha sendt våpen"."""
    from .triggers import lexicon

    c = cues(lang)
    first = min(match.tokens)
    if lemmas is not None and first > 0 and lowers[first - 1] in lexicon(lang).coordinators \
            and lowers[first] != lemmas[first] and lowers[first].isalpha():
        # "uppmanade medborgarna att lämna landet och skickade hem personalen": an inflected verb
        # joined by "och" after the content is the subject's own next act, not one more thing
        # asked for (which would stand in the infinitive, its lemma: "och skicka hem")
        return False
    for other in matches:
        if other is match or other.trigger.type not in IRREALIS_HEADS or max(other.tokens) >= first:
            continue
        between = lowers[max(other.tokens) + 1:first]
        if any(w in CLAUSE_BREAKS and w != "," for w in between):
            continue
        # an infinitive marker stands right before its verb ("ba Moskva å straks trekke"); one
        # further off is a preposition ("Congratulations to Finland ... on the signing")
        near = between[-INFINITIVE_REACH:]
        # a means phrase tells how the earlier act was done, and so it was: "ga Russland politisk
        # støtte ved å spre løgner", "supported Russia by spreading lies"
        if any(w in c.means and (k + 1 == len(between) or between[k + 1] in c.infinitive)
               for k, w in enumerate(between)):
            continue
        # "ba om garantier og sa at Putin har brutt avtaler": a new report, not what was asked for
        if any(w in c.report_verbs or w in c.contrast_words for w in between):
            continue
        # "got what it asked for from talks with Sweden": a phrase of origin is no content
        if between and _origin_phrase(between[-1], lang):
            continue
        # whatever follows a request in its clause is what was asked for ("ba Moskva trekke
        # styrkene tilbake"); after a warning or accusation only an infinitive or "that" clause is
        if other.trigger.type in PERMISSION_HEADS:
            # what is permitted is not yet done ("allowed Sweden to join"); what is admitted is
            # ("innrømmet at landet skjøt ned flyet")
            if any(w in c.infinitive for w in near) and not any(w in c.complementizers for w in between):
                return True
            continue
        # the marker may be the head's own last words: "hotat att införa | tullar på konjak"
        own = [lowers[k] for k in other.tokens[1:]]
        if other.trigger.roles == "speaker_to_subject" or other.trigger.type == "REQUEST" \
                or any(w in c.infinitive for w in near) or (not between and any(w in c.infinitive for w in own)) \
                or any(w in c.complementizers or w in c.content_preps for w in between):
            return True
    return False


def blocked(lowers: list[str], pos: list[str], match: Any, matches: list[Any], lang: str | None = None) -> bool:
    """True when the trigger is the object noun phrase of a rejection just before it: the vetoed,
    blocked or rejected act did not happen by this report ("la ned veto mot EUs sanksjoner",
    "blocked the EU's sanctions", "avviste anklagene om angrep")."""
    first = min(match.tokens)
    if pos[first] in ("VERB", "AUX"):
        return False  # a verb is no object: "har afvist beskyldningen og lovet et svar" promises
    from .triggers import lexicon

    if lang and first > 0 and lowers[first - 1] in lexicon(lang).coordinators and lowers[first].endswith(cues(lang).past_endings):
        # a past-tense form right after "og"/"och" is the next conjunct's verb, whatever a weak
        # tagger calls it: "avvisade kritiken och anklagade Ukraina" also accuses
        return False
    for other in matches:
        if other is match or other.trigger.type != "REJECT" or max(other.tokens) >= first:
            continue
        between = range(max(other.tokens) + 1, first)
        if len(between) <= 4 and not any(lowers[k] in CLAUSE_BREAKS or pos[k] in ("VERB", "AUX") for k in between):
            return True
    return False
