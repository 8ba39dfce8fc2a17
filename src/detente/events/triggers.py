"""Match trigger words in a parsed sentence against the lexicon (match only; no decisions).

A light verb ("launched airstrikes", "held talks", "imposed sanctions") lends its subject
to the eventive noun it governs; a noun that is merely referred to ("condemned the attack")
is not a new event.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..actors.resolve import calendar_word
from ..actors.tables import load_tables
from .lexicon import Lexicon, TriggerEntry

OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
REPORTING_LIGHT = frozenset({"announce", "unveil"})


@dataclass(frozen=True)
class Trigger:
    token: Token            # the word that carries the event (the noun, for light verbs)
    entry: TriggerEntry
    governor: Token | None  # the light verb, when there is one


def direct_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    shared = shared_passive_subject(tok)
    if shared is None and tok.pos_ == "VERB" and any(c.dep_ == "conj" for c in tok.children):
        # "was arming and training the rebels": verbs joined before one object share it
        shared = next((o for c in tok.conjuncts if c.i > tok.i and not any(s.dep_ == "nsubj" for s in c.children)
                       for o in c.children if o.dep_ == "dobj"), None)
    return shared


def relative_antecedent(verb: Token) -> Token | None:
    """"a charge that Cambodia dismissed", "the offer the army rejected": a relative clause whose
    object is the relative pronoun, or left out, has the noun it describes as its object."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return verb.head if obj.tag_ in ("WDT", "WP") else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.head if subject is not None and subject.tag_ not in ("WDT", "WP") else None


def shared_passive_subject(verb: Token) -> Token | None:
    """"a deputy was dragged from his car and beaten", "were detained and charged": a participle
    conjoined to a passive verb, without a subject of its own, shares that verb's subject."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    while head.dep_ == "conj" and head.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in head.children):
        head = head.head  # "were financed, trained and housed": the first of the participles has the auxiliary
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _dated(prep: Token) -> bool:
    """A preposition of time: "on Sunday", "on Friday evening"."""
    return any(g.dep_ == "pobj" and calendar_word(g) for g in prep.children)


def _particle_ok(tok: Token, particle: str) -> bool:
    for child in tok.children:
        near = child.i - tok.i in (1, 2, 3)  # "called on X", "pull its troops out" — not "called ... on Thursday"
        if child.lower_ == particle and child.dep_ in ("prt", "prep", "advmod", "dobj", "compound") and near \
                and not _dated(child):  # "called on Sunday for a truce" is no call on anyone
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() == particle:
            return True
        if child.dep_ == "dobj" and any(g.lower_ == particle and g.dep_ in ("advmod", "prt") and g.i == child.i + 1
                                        for g in child.children):
            return True  # "handed a captured pilot back": the parser hangs "back" on the object
        if child.lower_ == particle and child.dep_ in ("prt", "advmod", "oprd") and any(
                d.dep_ == "dobj" and d.right_edge.i + 1 == child.i for d in tok.children):
            return True  # "handed two captured soldiers back", "set the party's offices ablaze": after the object
    return False


def _objects(tok: Token, entry: TriggerEntry) -> list[str]:
    if entry.pos == "V":
        obj = direct_object(tok)
        if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":  # "a statement released by"
            obj = tok.head
        obj = relative_antecedent(tok) or obj
        found = [obj.lemma_.lower()] if obj is not None else []
        if obj is not None and obj.pos_ == "PROPN":  # "released Mahendra Chaudhry": a named person
            found.append("person")
        for child in tok.children:  # "talked about trade", "fired on" have no dobj
            if child.dep_ == "prep":
                found += [g.lemma_.lower() for g in child.children if g.dep_ == "pobj"]
                found += _of_words(child)  # "removed Seoul from its list of trusted partners"
        found += _complement_words(tok)
        parts = [obj, *obj.conjuncts] if obj is not None else []
        parts += [c for p in parts for c in p.children if c.dep_ == "appos"]  # "captured Kidal, a desert town"
        parts += [g for p in parts for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # "captured part of a stronghold"
        parts += [g for p in parts if _amount(p) for c in p.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                  for g in c.children if g.dep_ == "pobj"]  # "released $1 million in emergency funds"
        parts += [g for p in parts for v in p.children if v.dep_ == "acl" and v.lemma_.lower() in LADEN
                  for g in [*v.children, *(x for c in v.children if c.dep_ == "prep" for x in c.children)]
                  if g.dep_ in ("dobj", "pobj")]  # "a plane loaded with food", "aircraft carrying rescue teams"
        for part in parts:
            # "sent rescue teams, medical supplies and food": every item and its modifiers
            found.append(part.lemma_.lower())  # and every word before it ("search-and-rescue teams")
            found += [t.lemma_.lower() for t in part.subtree if t.i < part.i]
            found += [c.lemma_.lower() for c in part.conjuncts]
        return found
    return [c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]


# Verbs by which a vehicle's cargo is told: "a plane loaded with food", "aircraft carrying rescue teams".
LADEN = frozenset({"load", "laden", "carry", "bring", "pack", "fill"})


def _of_words(prep: Token) -> list[str]:
    """What the object of a preposition is of: "from its list of partners", "on a state of alert"."""
    return [g.lemma_.lower() for p in prep.children if p.dep_ == "pobj" for o in p.children
            if o.dep_ == "prep" and o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]


def _complement_words(tok: Token) -> list[str]:
    """The words of a verb's object complement ("declared two diplomats persona non grata",
    "was declared persona non grata"); the parser hangs it as an 'oprd' or a verbless 'ccomp'.
    A that-clause ("declared that ...") is no complement."""
    out = []
    for child in tok.children:
        if child.dep_ in ("oprd", "ccomp") and not any(c.dep_ in ("mark", "aux", "auxpass") for c in child.children):
            out += [child.lemma_.lower()] + [c.lemma_.lower() for c in child.children if c.dep_ in ("dobj", "compound")]
    return out


def accepts(tok: Token, entry: TriggerEntry) -> bool:
    if entry.particle and not _particle_ok(tok, entry.particle):
        return False
    if entry.no_object and direct_object(tok) is not None:
        return False
    return not (entry.objects and not entry.objects.intersection(_objects(tok, entry)))


# Modifiers that make an eventive noun something else: "heart attack", "panic attack".
NON_EVENT_MODIFIERS = frozenset({"heart", "panic", "asthma", "anxiety", "price", "charm", "media", "cyber"})
# Nouns that an eventive noun merely classifies: "riot police", "attack helicopters", "protest leaders",
# "an arrest warrant" (the warrant is the act: an accusation, not an arrest), "riot-control equipment".
CLASSIFIED = frozenset({"police", "policeman", "officer", "squad", "unit", "gear", "shield", "helicopter",
                        "leader", "organiser", "organizer", "group", "movement", "vehicle", "aircraft", "jet",
                        "drone", "submarine", "dog", "van", "truck", "warrant", "control", "equipment",
                        "weapon"})


def _misread_classifier(tok: Token) -> bool:
    """"sent soldiers and riot police": the parser may read a classifying noun as a bare verb with
    the classified noun as its object. A base-form verb with no "to", modal or subject of its own
    cannot be a finite act; right before one of the classified nouns it is that noun's modifier."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ == "VB" and nxt is not None and nxt.head.i == tok.i and nxt.dep_ == "dobj" \
        and nxt.lemma_.lower() in CLASSIFIED \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "mark") for c in tok.children)


# "Protesters gathered outside parliament": a crowd coming together is a demonstration, whatever
# the verb; the row of "demonstrate" lends it its type.
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter", "striker"})
GATHERING = frozenset({"gather", "assemble", "converge", "mass", "pour", "flood", "throng", "flock", "swarm",
                       "congregate", "descend"})


def _row(lex: Lexicon, lemma: str, pos: str, event: str = "PROTEST") -> TriggerEntry | None:
    """The lexicon's row of a word for one event type (by default its demonstration row)."""
    return next((e for e in lex.lookup(lemma, pos) if e.event == event), None)


def _crowd_gathering(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    if tok.lemma_.lower() not in GATHERING:
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    subjects += [g for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # "thousands of protesters"
    if not any(s.lemma_.lower() in CROWD_NOUNS for s in subjects) and not (
            any(s.lemma_.lower() in PEOPLE_GATHERED or s.like_num for s in subjects) and _protest_cue(tok)):
        return None
    return _row(lex, "demonstrate", "V")


# Who gathers, when only what they do there makes it a protest: "thousands of people gathered ...,
# chanting", "supporters massed outside the court waving flags".
PEOPLE_GATHERED = frozenset({"people", "crowd", "supporter", "resident", "student", "worker", "citizen", "thousand",
                             "hundred", "villager", "farmer", "woman", "youth", "activist", "opponent"})
PROTEST_CUES = frozenset({"chant", "shout", "wave", "demand", "denounce", "brandish", "burn", "carry", "hold"})


def _protest_cue(gathered: Token) -> bool:
    """A participle of protest on the gathering verb: "chanting", "waving placards", "demanding"."""
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in PROTEST_CUES
               for c in gathered.children)


# Breaching a police line: "broke through police lines", "pushed past the security cordon".
BREACHING = frozenset({"break", "push", "burst", "force", "surge", "storm", "smash"})
POLICE_LINES = frozenset({"line", "cordon", "barricade", "barrier", "fence", "checkpoint"})
GUARDS = frozenset({"police", "security", "riot"})


def _breached_police_line(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"Crowds broke through police lines": forcing one's way through the police holding back a
    crowd is a riot (the "riot" row), whoever the crowd is."""
    if tok.lemma_.lower() not in BREACHING:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("through", "past"):
            continue
        for line in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in POLICE_LINES):
            if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in GUARDS for c in line.children):
                return _row(lex, "riot", "V")
    return None


WITNESSING = frozenset({"see", "witness", "face", "spark", "trigger", "prompt", "draw", "provoke", "fuel"})
DURATIONS = frozenset({"day", "week", "month", "hour", "night", "year"})


def _sustained_protest(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"have been protesting for days": protest kept up for days is demonstration, not a note."""
    if tok.lemma_.lower() != "protest" or not any(
            p.dep_ == "prep" and p.lower_ == "for" and any(g.lemma_.lower() in DURATIONS for g in p.children)
            for p in tok.children):
        return None
    return _row(lex, "demonstrate", "V")


def _street_protests(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"as protests rage on", "protests against the tax plan": plural protests not lodged by
    anyone are demonstrations; a diplomatic protest is lodged or sent ("lodged protests with")."""
    lodged = tok.dep_ in OBJECT_DEPS and tok.head.lemma_.lower() not in WITNESSING
    if tok.tag_ != "NNS" or tok.lemma_.lower() != "protest" or lodged \
            or any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.children):
        return None
    return _row(lex, "protest", "N")


# Prepositions of rushing at people, and what one charges with in hand: "charged at the crowd",
# "charged with batons into the protesters", "mounted police charged with horses".
RUSHED_AT = frozenset({"at", "into", "toward", "towards"})
CHARGE_WEAPONS = frozenset({"baton", "truncheon", "bayonet", "stick", "club", "whip", "horse", "shield", "cane",
                            "sword", "machete", "knife"})


def _charge_on_people(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"Police charged at the crowd", "charged with batons at protesters": to charge with no object,
    at someone or with a weapon in hand, is a physical charge (the "charge at" row), not an indictment
    ("charged the leader with treason", "was charged with murder" have an object)."""
    if tok.lemma_.lower() != "charge" or direct_object(tok) is not None:
        return None
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [p for c in preps if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
              for p in g.children if p.dep_ == "prep"]  # "with batons at protesters": "at" hangs on the batons
    rushed = any(p.lower_ in RUSHED_AT for p in preps)
    armed = any(p.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in CHARGE_WEAPONS
                                           for g in p.children) for p in preps)
    return _row(lex, "charge", "V", "ASSAULT") if rushed or armed else None


# Verbs of answering force with force: "will respond to any attack", "would retaliate against any aggression".
RESPONDING = frozenset({"respond", "retaliate", "react", "answer", "reply"})
HOSTILE_ACTS = frozenset({"aggression", "provocation", "violation", "encroachment"})


# How a promised answer is said to be harsh: "would respond firmly", "will react decisively".
FIRMLY = frozenset({"firmly", "forcefully", "decisively", "resolutely", "strongly", "harshly", "severely",
                    "militarily", "robustly", "forcibly"})
INTENT = frozenset({"will", "would", "shall", "'ll"})


def _promised_reply(tok: Token) -> bool:
    """"said it would retaliate", "will respond firmly", "reserves the right to respond": answering
    force with force, promised and not yet done, and not refused ("would not retaliate")."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    reserved = tok.dep_ == "acl" and tok.head.lemma_.lower() == "right" and tok.head.head.lemma_.lower() == "reserve"
    if not reserved and not any(c.dep_ == "aux" and c.lower_ in INTENT for c in tok.children):
        return False
    return reserved or tok.lemma_.lower() == "retaliate" or any(
        c.dep_ == "advmod" and c.lower_ in FIRMLY for c in tok.children)


def _conditional_retaliation(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"Turkey would respond to any attack on the vessel": a promise to answer *any* hostile act,
    an act that has not happened, is a threat made by the one promising (the "threaten" row); so is
    a promise to answer firmly ("would respond firmly", "said it would retaliate")."""
    if tok.lemma_.lower() not in RESPONDING:
        return None
    if _promised_reply(tok):
        return _row(lex, "threaten", "V", "THREATEN")
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "against"):
            continue
        for act in (g for g in prep.children if g.dep_ == "pobj"):
            hostile = act.lemma_.lower() in HOSTILE_ACTS or any(
                e.event == "ASSAULT" for e in lex.lookup(act.lemma_.lower(), "N"))
            if hostile and any(c.dep_ == "det" and c.lower_ == "any" for c in act.children):
                return _row(lex, "threaten", "V", "THREATEN")
    return None


# Verbs by which an agreement starts to bind: "the truce took effect", "came into force", "began at dawn".
TAKING_EFFECT = frozenset({"take", "come", "go", "enter", "begin", "start"})
IN_FORCE = frozenset({"effect", "force", "operation", "hold"})  # "the truce took hold"


def _takes_effect(verb: Token) -> bool:
    """"took effect", "came into force", "went into effect", "began": the subject starts to bind."""
    lemma = verb.lemma_.lower()
    if lemma not in TAKING_EFFECT or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "hours after the truce began": a point in time, not the news
    if lemma in ("begin", "start"):
        return not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
    words = [c for c in verb.children if c.dep_ == "dobj"]
    words += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children]
    return any(w.lemma_.lower() in IN_FORCE for w in words)


def _ceasefire_in_force(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"A ceasefire between X and Y took effect at dawn": a truce that comes into force is the
    fighting stopped, done (its "RETREAT" row), not an agreement talked about."""
    if tok.dep_ != "nsubj" or not _takes_effect(tok.head):
        return None
    if not any(e.event == "AGREE" and e.mode == "ceasefire" for e in lex.lookup(tok.lemma_.lower(), "N")):
        return None
    return _row(lex, tok.lemma_.lower(), "N", "RETREAT")


def _hyphenated(tok: Token, lemma: str) -> str | None:
    """The whole hyphenated word a token ends ("sit-in", "build-up", "air-drop"): spaCy splits such a
    word into its parts and a hyphen, and hangs the first part on the last."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return None
    return f"{doc[tok.i - 2].lower_}-{lemma}"


def _any_act_met(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"Any incursion would be met with force", "any threat will be met with a massive response":
    promising how *any* future act will be answered is a threat by the one promising (the "threaten"
    row), as with "would respond to any attack"."""
    if tok.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not any(d.dep_ == "det" and d.lower_ == "any" for s in subjects for d in s.children):
        return None
    return _row(lex, "threaten", "V", "THREATEN")


# Verbs of making someone go: "ordered the envoy to leave", "told two diplomats to leave the country".
SENDING_AWAY = frozenset({"order", "tell", "instruct", "give"})
DEPARTING = frozenset({"leave", "depart", "quit", "go"})


def _ordered_out(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"ordered a senior diplomat to leave the country", "gave the ambassador 72 hours to leave": to make
    someone leave is to expel them; the "expel" row decides which people make it a diplomatic
    sanction (envoys, monitors, peacekeepers), and a deadline does not make it a mere demand."""
    if tok.lemma_.lower() not in SENDING_AWAY:
        return None
    act = infinitive(tok) or deadline_act(tok)  # "gave the envoys a week to leave"
    if act is None or act.lemma_.lower() not in DEPARTING:
        return None
    expel = _row(lex, "expel", "V", "SANCTION")
    sent = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if expel is None or not any(c.lemma_.lower() in expel.objects for c in sent):
        return None
    return expel


def infinitival(verb: Token) -> bool:
    """Whether a verb is marked by "to" ("to leave", "to help")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def infinitive(verb: Token) -> Token | None:
    """The to-infinitive a verb governs ("ordered X to leave", "gave X a week to withdraw")."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and infinitival(c)),
                None)


# Verbs of telling someone what to do: "told Israel to call off the strikes".
TELLING = frozenset({"tell"})


def _told_to(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"told foreign governments to stop interfering", "publicly told Israel to call off strikes": telling
    a party to do something is a demand (the "demand" row), which absorbs the act it asks for."""
    if tok.lemma_.lower() not in TELLING or not any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return None
    if infinitive(tok) is None:
        return None
    return _row(lex, "demand", "V", "REQUEST")


def _ultimatum(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"gave the junta ten days to free him", "gives X until Monday to withdraw": granting someone a
    span of time to do something is a deadline set for them, a demand (the "demand" row), or a threat
    when the infinitive names a penalty as the alternative ("to hand over power or face sanctions").
    The act in the infinitive has not happened; the demand absorbs it."""
    given = _time_given(tok)
    act = _act_given_time(tok, given) if given is not None else None
    if act is None:
        return None
    penalty = given.lemma_.lower() == "ultimatum" or any(
        c.dep_ == "conj" and any(s.dep_ == "cc" and s.lower_ == "or" for s in act.children) for c in act.children)
    if not penalty:
        return _row(lex, "demand", "V", "REQUEST")
    threat = _row(lex, "ultimatum", "N", "THREATEN")
    return replace(threat, pos="V") if threat is not None else None  # the verb of giving carries it


# What can be granted as time to act: "gave them ten days", "a 48-hour deadline", "an ultimatum".
TIME_GRANTED = DURATIONS | frozenset({"deadline", "ultimatum"})


def _time_given(verb: Token) -> Token | None:
    """What "give" or "grant" hands someone as time to act: a span or a deadline as its object ("ten
    days", "a 48-hour deadline"), or a limit ("until Friday", "till the end of the month")."""
    if verb.lemma_.lower() not in ("give", "grant"):
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "npadvmod", "nsubjpass", "dative") and c.lemma_.lower() in TIME_GRANTED:
            return c
        if c.dep_ == "prep" and c.lower_ in ("until", "till"):
            return c
    return None


def deadline_act(verb: Token) -> Token | None:
    """The act someone is given time to do ("gave the junta ten days to free him", "granted them a
    48-hour deadline to return to work"): the infinitive on the verb or on the deadline given. The one
    test for a deadline on the parse, used for the demand and to keep the act demanded from being
    coded as done; ``dates`` finds the same phrase in plain text to keep its day off the giving."""
    given = _time_given(verb)
    return _act_given_time(verb, given) if given is not None else None


def _act_given_time(verb: Token, given: Token) -> Token | None:
    """The infinitive of the act, on the verb of giving or on the time given (see ``deadline_act``)."""
    return infinitive(verb) or next((c for c in given.children if c.dep_ in ("relcl", "acl") and c.tag_ == "VB"
                                     and infinitival(c)), None)


# Verbs that demand only with a subjunctive clause: "insisted that the junta implement the plan" (a
# demand), not "insisted that its programme was peaceful" (a claim).
MANDATIVE = frozenset({"insist"})


def _mandative_subjunctive(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"insisted that Kabul release the prisoners": a that-clause whose verb is the bare subjunctive form
    (with a subject of its own, no "to", no modal) is what the speaker demands (the "demand" row)."""
    if tok.lemma_.lower() not in MANDATIVE:
        return None
    for clause in (c for c in tok.children if c.dep_ == "ccomp" and _subjunctive(c)):
        if not any(c.dep_ == "aux" for c in clause.children):
            return _row(lex, "demand", "V", "REQUEST")
    return None


def _subjunctive(verb: Token) -> bool:
    """A bare verb with a subject of its own: tagged as the base form ("that the president step down"),
    or as a plural present that disagrees with its singular subject ("that the junta implement")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and subject.tag_ in ("NN", "NNP"))


# Verbs that put someone or somewhere under a constraint: "placed him under arrest", "put the region under curfew".
PLACING = frozenset({"place", "put", "keep"})
CONSTRAINTS = frozenset({"COERCE", "SANCTION"})


def _placed_under(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"placed the leaders under house arrest", "put the province under martial law": to place someone
    or somewhere under an arrest, a curfew or sanctions is to impose it on them. The verb carries the
    noun's event, so that its subject acts and its object undergoes it."""
    if tok.lemma_.lower() not in PLACING or not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "under"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            entry = match_token(noun, lex, light=False)
            if entry is not None and entry.pos == "N" and entry.event in CONSTRAINTS:
                return replace(entry, pos="V", particle=None, objects=frozenset(), preps=())
    return None


# Verbs whose negation refuses nothing: states and happenings ("the sanctions would not affect trade",
# "it would not be easy", "the talks would not last"), not acts someone declines to do.
NOT_ACTS = frozenset({"be", "have", "need", "affect", "change", "matter", "mean", "happen", "work", "last",
                      "exist", "become", "seem", "cost", "hurt", "harm", "succeed", "fail", "survive", "solve",
                      "resolve", "help", "lead", "result", "apply", "reach", "end", "stop", "continue", "remain",
                      # nor a refused remark ("would not comment", "would not say who"), nor a threat ("would
                      # not hesitate to strike", see ``modality.UNHESITATING``)
                      "comment", "speculate", "elaborate", "say", "confirm", "specify", "disclose", "reveal",
                      "answer", "discuss", "hesitate"})


def _stated_refusal(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"Baku would not hand over any bodies", "said they would not call off their campaign", "We will not
    negotiate with terrorists": an act someone says they will not do, whatever the verb, is a refusal
    (the "reject" row: what the verb acts on is what is refused). Only a verb with no row of its own
    that fits, in the active voice, with a subject and "will"/"would" + "not": a negated row of its own
    is decided by ``modality.refused``; a state or a happening ("would not affect") is no one's act."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in NOT_ACTS:
        return None
    children = list(tok.children)
    if not any(c.dep_ == "neg" for c in children) or any(c.dep_ == "auxpass" for c in children):
        return None
    if not any(c.dep_ == "aux" and (c.lower_ in INTENT or c.lemma_.lower() in INTENT) for c in children):
        return None
    if not any(c.dep_ == "nsubj" and _agent(c) for c in children):
        return None  # "the aid would not calm the north": a thing refuses nothing
    row = _row(lex, "reject", "V", "REJECT")
    return replace(row, lemma=tok.lemma_.lower(), particle=None, objects=frozenset(), no_object=False,
                   refusal=True) if row is not None else None


# Verbs of wishing another party would act: "China said it hoped the Philippines would handle the matter".
# (forms, not lemmas: the tagger lemmatises "hoped" as "hop")
WISHING = frozenset({"hope", "hopes", "hoped", "hoping", "trust", "trusts", "trusted"})
PARTY_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she"})


def _hoped_act(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"said it hoped the Philippines would handle the matter rationally", "hopes the relevant parties will
    implement the agreement": a state's stated hope that another party will act is a soft appeal to it
    (the "encourage" row, aimed at the complement's subject). Not a hope about things ("hoped the step
    would help") nor about oneself ("hoped it would never have to use them")."""
    if tok.lower_ not in WISHING or tok.pos_ != "VERB":
        return None
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "can", "could") for a in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in PARTY_PRONOUNS:
            continue
        if subject.lemma_.lower() in ("party", "side") or _agent(subject):
            return _row(lex, "encourage", "V", "REQUEST")
    return None


def others_act_regretted(regret: Token, light: Token | None = None) -> bool:
    """Regret is disapproval when what is regretted is an act the sentence puts to another party ("said
    it regretted India's military action", "the Russian move", "expressed regret over the release of the
    footage by Japan", "regret that Niger had lined up behind Mali") and an apology otherwise ("expressed
    regret for the incident"). A bare "regretted the decision" names no one, and is left uncoded."""
    heads = [regret] if light is None else [regret, light]  # ("expressed regret over": either may hold "over")
    told = [t for h in heads for c in h.children
            if (c.dep_ == "prep" and c.lower_ in ("over", "at", "about"))
            or (h is regret and c.dep_ in ("acl", "ccomp", "dobj")) for t in c.subtree]
    return any((t.pos_ == "PROPN" and t.dep_ in ("poss", "pobj", "nsubj", "nsubjpass", "compound", "nmod"))
               or (t.dep_ == "amod" and t.pos_ in ("ADJ", "PROPN") and t.is_title) for t in told)


# Verbs that put a person somewhere: "was in Tanzania", "spent five days in China", "flew to Honiara".
STAYING = frozenset({"be", "spend", "fly", "travel"})


def _presence_abroad(tok: Token, lex: Lexicon) -> TriggerEntry | None:
    """"Burundi's president was in Tanzania for a summit", "the Maldivian leader spent five days in
    China", "Australia's minister flew to Honiara": a leader or official in a named place is a visit
    (the "visit" row, aimed at the place's state); the roles drop it when the place is the person's
    own state. Only people: a name or a title ("troops were in Ladakh" is no visit)."""
    if tok.lemma_.lower() not in STAYING or tok.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not any(_person(c) for c in subjects):
        return None
    places = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "to")
              for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    row = _row(lex, "visit", "V", "CONSULT")
    if not places or row is None:
        return None
    return replace(row, preps=("in", "to"), no_object=False, objects=frozenset())


def _person(subject: Token) -> bool:
    """A person titled or known ("Burundi's president", "Prime Minister Ariel Henry", "Nkurunziza")."""
    tables = load_tables()
    words = [subject] + [c for c in subject.children if c.dep_ == "compound"]
    if any(tables.office(w.text) is not None or tables.office(w.lemma_) is not None for w in words):
        return True
    titled = " ".join(t.text for t in subject.subtree if t.dep_ == "compound" or t is subject)
    return any(e.kind == "person" for e in tables.lookup(subject.text) + tables.lookup(titled))


def _agent(subject: Token) -> bool:
    """Whether a subject can be someone who acts: a personal pronoun, a name, or a word the actor
    tables know as a body or a title ("the government", "union leaders", "the minister")."""
    if subject.tag_ == "PRP" or subject.pos_ == "PROPN":  # (the parse runs without NER)
        return True
    tables = load_tables()
    return any(tables.body(w) is not None or tables.office(w) is not None for w in (subject.text, subject.lemma_))


def _felt_passive(tok: Token, lex: Lexicon) -> bool:
    """"was alarmed by", "is deeply concerned about": a participle of feeling the lexicon lists as an
    adjective, with "be" as its passive auxiliary, said of a party (not "troops were alarmed")."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children) \
            or not any(c.dep_ in ("agent", "prep") for c in tok.children):
        return False  # (a feeling about nothing named is no accusation: "said it was concerned")
    return any(e.event == "ACCUSE" for e in lex.lookup(tok.lower_, "A"))


def match_token(tok: Token, lex: Lexicon, light: bool = True) -> TriggerEntry | None:
    pos = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}.get(tok.pos_)
    if pos == "V" and tok.tag_ == "VBN" and tok.dep_ in ("acomp", "amod") and lex.lookup(tok.lower_, "A"):
        pos = "A"  # "is committed to", "was prepared to": adjectival participles
    if pos == "V" and _felt_passive(tok, lex):
        pos = "A"  # "said it was alarmed by the decision": a feeling, parsed as a passive with its cause as agent
    if pos == "N" and any(c.dep_ == "agent" for c in tok.children) and (
            any(c.dep_ == "auxpass" for c in tok.children) or (tok.dep_ == "acomp" and tok.head.lemma_ == "be")):
        pos = "V"  # "positions were overrun by rebels", the participle tagged as a noun
    if pos is None or (pos == "A" and tok.dep_ not in ("acomp", "ROOT", "conj", "xcomp", "advcl")
                       and not (tok.pos_ == "VERB" and tok.dep_ == "ccomp")):
        return None
    lemma = tok.lower_ if pos == "A" else tok.lemma_.lower()
    joined = _hyphenated(tok, lemma)
    if joined is not None and lex.lookup(joined, pos):
        lemma = joined  # "staged a sit-in", "a military build-up": the parser splits the word at its hyphen
    if pos == "V" and (crowd := _crowd_gathering(tok, lex)) is not None:
        return crowd
    if pos == "V" and (sustained := _sustained_protest(tok, lex)) is not None:
        return sustained
    if pos == "V" and (breach := _breached_police_line(tok, lex)) is not None:
        return breach
    if pos == "V" and (answer := _conditional_retaliation(tok, lex) or _any_act_met(tok, lex)) is not None:
        return answer
    if pos == "V" and (charge := _charge_on_people(tok, lex)) is not None:
        return charge
    if pos == "V" and (expulsion := _ordered_out(tok, lex)) is not None:
        return expulsion
    if pos == "V" and (told := _told_to(tok, lex)) is not None:
        return told
    if pos == "V" and (deadline := _ultimatum(tok, lex)) is not None:
        return deadline
    if pos == "V" and (placed := _placed_under(tok, lex) or _mandative_subjunctive(tok, lex)) is not None:
        return placed
    if pos == "V" and (stay := _presence_abroad(tok, lex)) is not None:
        return stay
    if pos == "V" and (wish := _hoped_act(tok, lex)) is not None:
        return wish
    if pos == "V" and lemma == "regret" and not others_act_regretted(tok):
        return None
    if pos == "N" and (street := _street_protests(tok, lex)) is not None:
        return street
    if pos == "N" and (truce := _ceasefire_in_force(tok, lex)) is not None:
        return truce
    if pos == "N" and any(c.lemma_.lower() in NON_EVENT_MODIFIERS for c in tok.children if c.dep_ == "compound"):
        return None
    if pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in CLASSIFIED:
        return None
    if pos == "V" and _misread_classifier(tok):
        return None
    if pos == "N":
        for child in tok.children:
            if child.dep_ == "compound":
                for entry in lex.compounds.get((child.lemma_.lower(), lemma), ()):
                    return entry
    for entry in lex.lookup(lemma, pos):
        if (light or entry.frame != "light") and accepts(tok, entry):
            return entry
    if pos == "V":
        return _stated_refusal(tok, lex)
    return None


def occupied(triggers: list[Trigger]) -> set[int]:
    """Token positions already used by a trigger, as its word or its light verb."""
    return {t.token.i for t in triggers} | {t.governor.i for t in triggers if t.governor is not None}


def find_triggers(doc: Doc, lex: Lexicon) -> list[Trigger]:
    """Triggers of a sentence, light verbs already paired with their nouns."""
    matched = {tok.i: e for tok in doc if (e := match_token(tok, lex)) is not None}
    matched = {i: e for i, e in matched.items()
               if not _sent_to_strike(doc[i], e, matched) and not _means_of_act(doc[i], e, matched)}
    out: list[Trigger] = []
    consumed: set[int] = set()
    for i, entry in sorted(matched.items()):
        tok = doc[i]
        if entry.frame != "light":
            continue
        noun = _light_object(tok, matched)
        if noun is not None and tok.lemma_ in REPORTING_LIGHT and matched[noun.i].event in ("AGREE", "CONSULT"):
            noun = None  # "announced the accord": the accord is news, the announcement is not an event
        if noun is not None:
            consumed.add(noun.i)
            out.append(Trigger(noun, matched[noun.i], tok))
        elif entry.particle is not None:
            continue  # "pressed on with drills": the phrase is not the bare verb ("pressed for talks")
        elif (own := match_token(tok, lex, light=False)) is not None:
            out.append(Trigger(tok, own, None))  # "launched a missile": the verb's own meaning
    for i, entry in sorted(matched.items()):
        if entry.frame == "light" or i in consumed:
            continue
        tok = doc[i]
        if entry.pos == "N" and _is_reference(tok, matched):
            continue
        out.append(Trigger(tok, entry, None))
    return sorted(out, key=lambda t: t.token.i)


def _sent_to_strike(tok: Token, entry: TriggerEntry, matched: dict[int, TriggerEntry]) -> bool:
    """"sent jets to strike targets": the deployment is the attack's means, one ASSAULT event."""
    return entry.event == "MOBILIZE" and entry.pos == "V" and any(
        c.dep_ in ("xcomp", "advcl") and c.i in matched and matched[c.i].event == "ASSAULT" for c in tok.children)


# Verbs of using an instrument: "used tear gas to disperse the crowd".
INSTRUMENTAL = frozenset({"use", "employ"})


def _means_of_act(tok: Token, entry: TriggerEntry, matched: dict[int, TriggerEntry]) -> bool:
    """"Police used tear gas to disperse the crowd (to push the crowd back)": an instrument used for
    a purpose is told as that purpose, the act coded from it if any; "used water cannon on students"
    names its target and is the act itself."""
    if tok.lemma_.lower() not in INSTRUMENTAL or entry.event is None:
        return False
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "advcl")]
    clauses += [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                if o.lemma_.lower() == "order" for a in o.children if a.dep_ == "acl"]  # "in order to"
    return any(infinitival(c) for c in clauses)


# Measures a relative clause can tell the imposing of ("the sanctions it imposed on Monday").
IMPOSED = frozenset({"SANCTION", "COERCE"})


def _light_object(verb: Token, matched: dict[int, TriggerEntry]) -> Token | None:
    """The eventive noun a light verb governs: its object, or that object's 'of' phrase
    ("sent a message of reconciliation")."""
    candidates = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    candidates += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with")
                   for g in c.children if g.dep_ == "pobj"]  # "engaged in talks", "pressed on with drills"
    if not candidates and verb.dep_ in ("relcl", "acl") and verb.head.i in matched \
            and matched[verb.head.i].pos == "N" and matched[verb.head.i].event in IMPOSED:
        return verb.head  # "the sanctions it had imposed on Monday on three ministers": the noun it modifies
    for obj in candidates:
        for tok in [obj, *obj.conjuncts]:
            if tok.i in matched and matched[tok.i].pos == "N":
                return tok
        for prep in obj.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("of", "for") or (prep.lower_ == "in" and _amount(obj))):
                for g in prep.children:
                    if g.i in matched and matched[g.i].pos == "N":
                        return g
        for child in obj.children:  # "expressed Pakistan's readiness"
            if child.dep_ in ("amod", "compound") and child.i in matched and matched[child.i].pos == "N":
                return child
    return None


def _amount(tok: Token) -> bool:
    """A sum or quantity ("$30 million", "1 billion euros"), which names what it is a sum of with
    "in": "announced $30 million in humanitarian assistance"."""
    return tok.tag_ == "CD" or any(c.dep_ == "nummod" for c in tok.children)


# Prepositions of setting: "apologised in a phone call", "agreed during talks", "spoke at a summit",
# "disarmed under a truce", "signed after talks". What they introduce is not what the act is about.
SETTINGS = frozenset({"in", "during", "at", "under", "amid", "after"})


def setting_of(noun: Token) -> Token | None:
    """The verb a noun sets in an occasion ("apologised to X in a phone call": apologised)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in SETTINGS:
        return None
    held = prep.head
    if held.pos_ in ("NOUN", "PROPN") and held.dep_ == "dobj" and not _amount(held):
        held = held.head  # "agreed the move in a phone call with Putin": the parser hangs the setting on the object
    return held if held.pos_ in ("VERB", "AUX") else None


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _occasion(noun: Token, entry: TriggerEntry) -> bool:
    """A meeting or call first named as the setting of another act ("agreed in a telephone call to
    ...", "thanked her during talks") took place; it is an event of its own, not the act's topic.
    "in the talks" points back to talks already told; "in exchange for" names a trade."""
    if entry.event != "CONSULT" or setting_of(noun) is None:
        return False
    return not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


def _is_reference(noun: Token, matched: dict[int, TriggerEntry]) -> bool:
    """A noun inside what another trigger talks about ("condemned the attack", "welcomed the
    deal", "suspended part of a military aid programme"); not one that sets the act in an occasion."""
    if _occasion(noun, matched[noun.i]):
        return False
    cur = noun
    for _ in range(8):
        if cur.dep_ not in ("dobj", "nsubjpass", "pobj", "prep", "compound", "amod", "attr", "poss", "oprd", "pcomp"):
            return False
        cur = cur.head
        if cur.i in matched and cur.i != noun.i:
            return matched[cur.i].frame != "light"
    return False
