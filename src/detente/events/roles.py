"""Who did it to whom: dependency rules from a trigger to its actor and recipient.

subject → actor; passive agent ("by X") → actor; object or prepositional target →
recipient; "X and Y agreed" and "between X and Y" → reciprocal; a light verb lends its
subject to its noun; "condemned the launch" → the recipient is whoever launched it.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors.resolve import NONE, Resolved, Resolver, calendar_word
from ..models import Entity
from ..ontology import RECIPROCAL_TYPES
from .grammar import (
    _agent, _answered, _child, _concluded_by, _conjoined_subjects, _first_conjunct_subject, _free_relative, _goods,
    _guarding, _materiel, _meeting_parties, _mission_of, _missions_at, _other_relatives, _own_ordeal, _owner_of_noun,
    _passive_subject, _pledge, _prep_objects, _provoked_by, _unattributed, _venue, _weapon_user, addressed, ANSWERED,
    CAUSATIVE, DENIALS, DOCUMENTS, GATHERINGS, home_group, INFRASTRUCTURE, INSTRUMENTS, NEWS, PLACE_PREPS, PROVOKE,
    STANCES, SUBJECT_DEPS, subject_of, WEAPON_NOUNS, each_other, mutual_wording
)
from .lexicon import lexicon
from .triggers import Trigger, setting_of


# Types whose recipient, when grammar does not give it, is the next party named after the trigger.
TARGETED = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "REQUEST", "SUPPORT",
                      "AID", "CONSULT", "REJECT", "AGREE"})


REPORTING = frozenset({"say", "announce", "tell", "state", "declare", "add", "write", "insist", "claim",
                       "confirm", "warn", "stress", "note"})
# Verbs whose subject carries out the eventive noun they govern.
PERFORM = frozenset({"complete", "speed", "accelerate", "begin", "start", "continue", "finish", "intensify",
                     "escalate", "step", "expand", "wage", "pursue", "order", "resume", "renew", "halt",
                     "stage", "stag", "hold", "conduct", "carry", "launch", "mount", "perform", "fly"})
# ("stag": the small model's lemma of "staged")
# Types that, with nobody named, are aimed at the article's other main party.
OTHER_PARTY = frozenset({"REJECT", "ACCUSE", "AID", "SANCTION", "MOBILIZE", "REQUEST", "THREATEN", "ASSAULT",
                         "SUPPORT", "RETREAT", "AGREE", "CONCEDE"})
# Hostile types: "against X" names their target whatever the word.
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "MOBILIZE", "PROTEST"})
# Types whose recipient can be the country where they happen.
PLACED = frozenset({"CONCEDE", "COERCE", "ASSAULT", "MOBILIZE", "RETREAT", "AID", "PROTEST"})
# Speech acts: when one hangs on a reported clause, the reporter is the one acting.
VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
# Speech acts that a state often aims at its own people (charges, demands, threats, refusals, offers);
# backing unnamed rebels or groups is mostly done from abroad.
HOME_AIMED = VERBAL - {"SUPPORT"}
# Sectors of actors that are not the state: their own government is a natural target.
NON_STATE = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "PTY", "CVL", "LAB", "EDU", "REF", "CRM", "REL",
                       "NGO", "MED", "BUS"})
# Actors whose unaimed acts stay at home: courts, police and every non-state side ("the judges dismissed
# the appeal", "opposition parties welcomed the retreat"), unless the sentence names whom they aim at.
HOME_SIDES = NON_STATE | frozenset({"JUD", "COP"})
# Talks kept within one state: "a national dialogue", "talks with political parties".
HOME_TALKS = frozenset({"national", "inclusive", "domestic", "internal", "inter-party", "intra-afghan"})
HOME_PARTNERS = frozenset({"party", "opposition", "protester", "demonstrator", "union", "rebel", "insurgent",
                           "group", "student", "society", "movement", "faction", "leader"})
# Modes that concern a state's own people: resigning office, offering early elections, disbanding its units.
HOME_MODES = frozenset({"resign", "election", "disarm"})
# Removing someone from office ("ousted the president", "sacked the minister"): a state's act on its
# own office-holder, unless the sentence names another recipient.
REMOVALS = frozenset({"oust", "depose", "unseat", "sack", "impeach", "remove", "dissolve"})
# A state's own bodies that its government acts on: "accused the police", "suspended the governor".
DOMESTIC_BODIES = frozenset({"COP", "JUD", "LEG", "OPP", "PTY", "ELI"})
# Types that need two different parties (no state sanctions or visits itself).
INTERNATIONAL = frozenset({"SANCTION", "CONSULT", "AID", "THREATEN", "SUPPORT", "MOBILIZE"})
# Nouns that name an event: as objects they point back at it ("denounced a reckless attack").
# Each maps to the event types it can name (empty: any).
_VIOLENT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_DEAL = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "RETREAT"})
EVENT_NOUNS: dict[str, frozenset[str]] = {
    "attack": _VIOLENT, "strike": _VIOLENT, "launch": _VIOLENT, "invasion": _VIOLENT,
    "assault": _VIOLENT, "incursion": _VIOLENT, "operation": _VIOLENT, "offensive": _VIOLENT,
    "test": _VIOLENT, "landing": _VIOLENT, "diversion": _VIOLENT, "killing": _VIOLENT,
    "incident": _VIOLENT, "violence": _VIOLENT, "provocation": _VIOLENT, "escalation": _VIOLENT,
    "deal": _DEAL, "agreement": _DEAL, "accord": _DEAL, "ceasefire": _DEAL, "truce": _DEAL,
    "vote": frozenset(), "move": frozenset(), "decision": frozenset(), "announcement": frozenset(),
    "step": frozenset(), "action": frozenset(), "resolution": frozenset(), "ruling": frozenset(),
    "verdict": frozenset(), "measure": frozenset(),
}
# Stretches and rounds that an act is counted in: "began ten days of drills", "held three rounds of talks".
SPANS = frozenset({"day", "week", "month", "hour", "round", "series", "wave", "night", "year"})
# Freeing someone held: with no agent, the authorities that held them did it ("was freed on bail").
RELEASES = frozenset({"free", "release", "pardon", "parole", "discharge"})
# Nouns for a truce: taking effect, it is the parties' act.
TRUCES = frozenset({"ceasefire", "truce", "armistice", "cease-fire"})
# Nouns for what a council, court or parliament decides, and the sectors that decide.
DECISIONS = frozenset({"vote", "decision", "resolution", "ruling", "verdict"})
DECIDERS = frozenset({"LEG", "JUD"})
# People sent by a state or body: "doctors from two American aid groups", "a team from the WHO".
ENVOYS = frozenset({"doctor", "expert", "official", "volunteer", "engineer", "inspector", "diplomat", "observer",
                    "monitor", "delegation", "team", "delegate", "envoy", "negotiator", "rescuer", "medic"})
# Passive governors whose subject carries out the eventive noun: "were engaged in", "is involved in".
ENGAGED = frozenset({"engage", "involve"})
# Unnamed people as targets: their country is the acting government's (domestic events).
PEOPLE = frozenset({"people", "protester", "demonstrator", "crowd", "civilian", "activist", "journalist",
                    "blogger", "woman", "man", "student", "worker", "dissident", "resident", "villager",
                    "child", "prisoner", "detainee", "member", "supporter", "leader", "mourner", "dozen"})


@dataclass(frozen=True)
class Earlier:
    """An event already coded in this article, for "the attack", "the missiles", "the deal"."""

    event: str
    actors: tuple[Entity, ...]
    recipients: tuple[Entity, ...]
    lemmas: frozenset[str]      # the words of its sentence
    mode: str | None = None
    named: frozenset[str] = frozenset()  # codes of every party its sentence names


@dataclass(frozen=True)
class Roles:
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    actor_how: str
    recipient_how: str
    reciprocal: bool = False


# Verbs whose passive promises how an act will be answered ("any attack will be met with force"): the
# speaker who says so is the one threatening.
ANSWERING = frozenset({"meet"})

# A recipient known to be someone the tables cannot name: no fallback may replace it.
BLOCKED = Resolved((), "blocked")


def one_way(trig: Trigger, event: str) -> bool:
    """Whether an act of ``event``'s type, done by several parties side by side, is aimed away from
    them ("Japan and Australia voiced concern", "the US and Britain urged the generals"), unlike acts
    mutual by nature (meeting, agreeing, cooperating) or by their wording ("blamed each other")."""
    return trig.entry.frame in ("dir", "absorb") and event not in RECIPROCAL_TYPES \
        and not mutual_wording(trig.governor or trig.token)


def _joint_directed(trig: Trigger, actor: Resolved) -> bool:
    """Several parties doing one directed act side by side: each aims it at a party outside the group."""
    return len({e.code for e in actor.entities}) >= 2 and one_way(trig, trig.entry.event)


def _bound_possessive(tok: Token) -> bool:
    """A possessive pronoun in a clause with its own noun subject refers to that subject ("the bloc
    could review its ties", "the army said its units withdrew"): it names no further party."""
    if tok.dep_ != "poss" or tok.pos_ != "PRON":
        return False
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    subject = _child(clause, SUBJECT_DEPS)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and tok not in subject.subtree


def _deal_making(earlier: Earlier) -> bool:
    """Whether an earlier event made a deal: an agreement or cooperation, or any deal-like act done
    jointly ("X and Y signed a deal"), unlike one side's praise or backing of it."""
    return earlier.event in ("AGREE", "COOPERATE") or (
        not earlier.recipients and len({e.code for e in earlier.actors}) >= 2)


def _other_side_at_home(authors: tuple[Entity, ...], actor: Resolved) -> bool:
    """Whether ``authors`` are the same state's non-state side (opposition, rebels, clergy) when the
    actor is its government, or its government when the actor is non-state: a state answers its own
    opposition's demands and offers, and they its charges."""
    if not authors or not actor.entities:
        return False
    home = {e.country for e in actor.entities}
    if None in home or len(home) != 1 or {e.country for e in authors} != home:
        return False
    acting_state = all(e.sector not in NON_STATE for e in actor.entities)
    authored_state = all(e.sector not in NON_STATE for e in authors)
    return acting_state != authored_state


def _held_under(noun: Token) -> Token | None:
    """The subject of an agentless passive that puts it under a coercive noun: "was placed under
    house arrest", "were put under curfew"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    return _passive_subject(verb) if _agent(verb) is None else None


# The forces a state deploys at home: "riot police were deployed", "extra troops were sent to the border".
SECURITY_FORCES = frozenset({"troop", "soldier", "police", "policeman", "officer", "army", "guard", "guardsman",
                             "gendarme", "paratrooper", "commando", "marine", "reinforcement", "force", "unit",
                             "personnel", "vehicle", "tank"})


def _security_heads(tok: Token) -> list[Token]:
    """A phrase's head and, after a number or group, the noun after "of" ("thousands of police")."""
    return [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]


def _security_forces(tok: Token) -> bool:
    """Is a passive subject a state's security forces ("hundreds of riot police", "armoured police
    vehicles", "extra troops")? A vehicle, tank, unit or force must say whose or what kind it is."""
    return any(h.lemma_.lower() in SECURITY_FORCES and (h.lemma_.lower() not in ("vehicle", "tank", "unit", "force")
                                                        or any(c.dep_ in ("compound", "amod") for c in h.children))
               for h in _security_heads(tok))


def _told_deployment(verb: Token) -> bool:
    """A deployment told as done, in the main clause or in what someone said: not one that "could be"
    made, nor one an agreement would let happen ("would let police be sent")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return verb.dep_ in ("ROOT", "conj") or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING)


class RoleFinder:
    def __init__(self, resolver: Resolver, previous: list[Earlier]) -> None:
        self.r = resolver
        self.previous = previous          # earlier events of the article, in order
        self.domestic = False             # whether the current trigger's type is often domestic
        self.event = ""                   # the current trigger's type

    def roles(self, trig: Trigger) -> Roles:
        self.domestic = trig.entry.event in ("COERCE", "ASSAULT")
        self.event = trig.entry.event
        return self._roles(trig)

    def subject_actor(self, verb: Token) -> Resolved:
        """The actor named by the verb's subject (also for verbs outside the lexicon: "Peru followed
        suit"); a list of subjects the parser split in two ("Chad's government, Niger and Mali's army
        cut ties": two subjects of one verb) names every party."""
        actor = self._actor(subject_of(verb))
        for extra in [c for c in verb.children if c.dep_ == "nsubj"][1:]:
            more = tuple(e for e in self.r.phrase(extra).entities if e not in actor.entities)
            actor = Resolved(actor.entities + more, actor.how) if actor.entities else self.r.phrase(extra)
        return actor

    def _roles(self, trig: Trigger) -> Roles:
        if trig.entry.pos == "A":  # "Norway is ready to send material"
            own = _child(trig.token, ("nsubj", "nsubjpass"))
            actor = self._actor(own if own is not None else subject_of(trig.token.head))
            return self._finish(trig, actor, self._in_complement(trig.token, actor, felt=True))
        if trig.entry.pos == "V" and trig.governor is None:
            return self._verb(trig)
        return self._noun(trig)

    # ---------------------------------------------------------------- verbs
    def _verb(self, trig: Trigger) -> Roles:
        verb, entry = trig.token, trig.entry
        passive = _passive_subject(verb)
        agent = _agent(verb)
        if entry.event == "SUPPORT" and agent is not None and _materiel(agent):
            return Roles((), (), "none", "none")  # "commandos, backed by gunships": cover, nobody's support
        if passive is not None and (entry.event == "AGREE" or verb.lower_ == "opposed") and agent is None:
            # "Vietnam is committed to", "X was prepared to": the grammatical subject acts
            actor, recipient = self._actor(passive), NONE
        elif passive is not None:
            actor = self._actor(agent) if agent is not None else self._weapon_owner(verb)
            if not actor.entities and entry.event in ("SANCTION", "COERCE"):
                actor = self._barring_state(verb, passive)  # "were barred from Indian airspace": India
            if not actor.entities and (entry.event == "COERCE" or entry.mode == "allege"
                                       or (entry.event == "RETREAT" and verb.lemma_.lower() in RELEASES
                                           and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))):
                actor = self._authorities(trig, passive)  # "dozens were arrested in Dakar": Senegal's
            if not actor.entities and entry.event == "MOBILIZE" and _told_deployment(verb) \
                    and _security_forces(passive):
                actor = self._deploying_state(trig, passive)
                recipient = self._deployed_to(verb, entry.preps, actor)
                return self._finish(trig, actor, recipient)
            if not actor.entities and entry.event == "THREATEN" and verb.lemma_.lower() in ANSWERING:
                actor = self._speaker(verb, direct=True)  # "X said any attack would be met with force": X
            recipient = self._target(passive, actor)
        elif agent is not None and verb.dep_ == "acl":  # "talks mediated by an AU panel"
            actor = self._actor(agent)
            parties = _meeting_parties(verb)  # "talks between X and Y, hosted by Z": Z meets both
            recipient = self.r.phrase(parties, self._own(actor)) if parties is not None else NONE
            if not recipient.entities and entry.event == "CONSULT":
                recipient = self._holders(verb.head, actor)  # "X and Y met in talks hosted by Z"
        else:
            actor = self._speaker_of_conjunct(verb) if entry.event in VERBAL else NONE
            actor = actor if actor.entities else self.subject_actor(verb)
            partners = self._joined(verb, actor)
            if partners:  # "he joined the leaders of Canada and Mexico in a statement condemning X"
                actor = Resolved(actor.entities + partners, actor.how)
            if not actor.entities and entry.event in VERBAL and verb.dep_ == "conj" and not _child(verb, SUBJECT_DEPS):
                actor = self._speaker(verb)  # "X said there was no evidence the attack came from Y and blamed Z"
            obj = _child(verb, ("dobj",)) or _free_relative(verb)
            recipient = self._judged_agent(verb, actor) if entry.event in ("ACCUSE", "SUPPORT") else NONE
            victims = _child(verb.head, ("nsubjpass",)) if verb.dep_ == "advcl" and verb.tag_ == "VBG" \
                and _agent(verb.head) is not None else None
            if not recipient.entities and victims is not None and obj is not None and obj.lemma_.lower() in PEOPLE:
                recipient = self._target(victims, actor)  # "a camp of X's refugees was attacked, killing 40"
            sent = obj is not None and entry.event in ("MOBILIZE", "AID") and bool(_goods(obj) & entry.objects)
            if not recipient.entities and not sent:  # the troops or goods sent are the actor's, not the target
                recipient = self._target(obj, actor) if obj is not None else NONE
        if not recipient.entities and recipient.how != "blocked":
            nested = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            # "spoke by telephone with X": the parser hangs "with X" on "telephone"
            candidates = _prep_objects(verb, entry.preps) + _prep_objects(verb, ("dative",)) + \
                [o for n in nested for o in _prep_objects(n, entry.preps)]
            for pobj in candidates:
                recipient = self._target(pobj, actor)
                if recipient.entities:
                    break
        if entry.event == "ACCUSE" and recipient.entities and all(e.igo for e in recipient.entities):
            for pobj in _prep_objects(verb, ("over", "about", "against")):  # "complained to the UN over
                culprit = self._target(pobj, actor)                        # Israeli raids": Israel is accused
                if culprit.entities and not any(e.igo for e in culprit.entities):
                    recipient = culprit
                    break
        if not recipient.entities and entry.frame == "absorb":
            recipient = self._in_complement(verb, actor)
        if not recipient.entities and entry.event in ("MOBILIZE", "ACCUSE", "SANCTION", "THREATEN") \
                and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PROVOKE | CAUSATIVE \
                and _child(verb.head, ("dobj",)) is not None:
            recipient = self._target(subject_of(verb.head), actor)  # "bombers flew near Japan, prompting it to
            # scramble jets": the jets answer the bombers
        return self._finish(trig, actor, recipient)

    # ---------------------------------------------------------------- nouns
    def _noun(self, trig: Trigger) -> Roles:
        noun, entry = trig.token, trig.entry
        between = _prep_objects(noun, ("between", "among"))
        if not between and entry.frame == "recip":
            between = _concluded_by(noun)  # "an agreement reached by Ankara and Moscow": its parties
        if not between and entry.event == "AGREE" and noun.dep_ == "nsubjpass" and _agent(noun.head) is None:
            between = self._talks_between(noun.head)  # "the deal was reached after talks between X and Y"
        if between:
            parties = self.r.phrase(between[0])
            mediator = self._noun_actor(trig)
            if entry.mode == "mediation" or (mediator.entities and mediator.entities != parties.entities
                                             and trig.entry.event == "CONSULT" and len(parties.entities) >= 2
                                             and not set(mediator.entities) & set(parties.entities)):
                return Roles(mediator.entities, parties.entities, mediator.how, parties.how)
            return Roles(parties.entities, (), parties.how, "none", reciprocal=True)
        actor = self._noun_actor(trig)
        if not actor.entities and entry.event == "RETREAT" and noun.lemma_.lower() in TRUCES:
            parties = self._truce_parties(noun)  # "The ceasefire took effect at noon": the parties that agreed it
            if len({e.code for e in parties}) >= 2:
                return Roles(parties, (), "coref", "none", reciprocal=True)
        recipient = NONE
        held = _held_under(noun) if entry.event == "COERCE" and not actor.entities else None
        if held is not None:  # "an opposition leader was placed under house arrest": by his state
            actor = self._authorities(trig, held)
            recipient = self._target(held, actor)
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PROVOKE:  # the provoker is the target
            recipient = self._actor(subject_of(noun.head))
        preps = entry.preps + (("against",) if entry.event in HOSTILE and "against" not in entry.preps else ())
        for pobj in ([] if recipient.entities else _prep_objects(noun, preps)):  # "an incursion against X"
            recipient = self._target(pobj, actor)
            if recipient.entities:
                break
        provoker = _provoked_by(noun) if not recipient.entities else None
        if provoker is not None:  # "... drawing a protest from Tokyo and condemnation from Washington"
            recipient = self._actor(subject_of(provoker))
        gov = trig.governor
        if not recipient.entities and gov is not None and _child(gov, ("auxpass",)) is not None \
                and _child(gov, ("nsubjpass",)) is None:
            recipient = self._target(subject_of(gov), actor)  # "arrived after being granted asylum"
        if not recipient.entities and trig.governor is not None:
            for pobj in _prep_objects(trig.governor, entry.preps + ("with", "to", "against", "on")):
                recipient = self._target(pobj, actor)
                if recipient.entities:
                    break
            if not recipient.entities:  # "sent Iran a message": the indirect object
                dative = _child(trig.governor, ("dative",))
                if dative is not None:
                    recipient = self._target(dative, actor)
        if not recipient.entities and entry.event == "CONSULT" and trig.governor is None:
            recipient = self._met_in(noun, actor)
        if not recipient.entities and entry.event == "ASSAULT" and actor.entities:
            recipient = self._reporter_struck(noun, preps, actor)
        if not recipient.entities and entry.event == "REQUEST" and _answered(noun) is not None:
            recipient = self._target(subject_of(_answered(noun)), actor)  # "acted at Chile's request": to it
        if not recipient.entities and entry.frame == "absorb":
            recipient = self._in_complement(noun, actor)
        target = self._modifier_target(trig) if not recipient.entities else None
        if target is not None:
            recipient = self._target(target, actor)
        return self._finish(trig, actor, recipient)

    def _talks_between(self, verb: Token) -> list[Token]:
        """The parties of the talks an agentless deal came out of: "was reached after four hours of talks
        between Erdogan and Pence" (the "between" phrase of a meeting noun in the verb's clause)."""
        for tok in verb.subtree:
            if tok.pos_ == "NOUN" and any(e.event == "CONSULT" for e in lexicon().lookup(tok.lemma_.lower(), "N")):
                parties = _prep_objects(tok, ("between", "among"))
                if parties:
                    return parties
        return []

    def _truce_parties(self, noun: Token) -> tuple[Entity, ...]:
        """The parties of a truce the sentence does not name: those of the latest deal told with the same
        word ("agreed to a ceasefire ... the ceasefire took effect"), else the latest two-party event's."""
        found = self._antecedent_authors(noun.lemma_.lower(), _DEAL, frozenset(), NONE)
        if len({e.code for e in found}) >= 2:
            return found
        pair = self.r.ctx.last_pair
        return tuple(self.r._by_code(c, c) for c in pair) if pair else ()

    def _met_in(self, noun: Token, actor: Resolved) -> Resolved:
        """"apologised to Putin in a phone call", "thanked Ruto during talks": the party addressed by
        the act done in a meeting or call is the one met (not what the act is about: "condemned
        the landing at a summit")."""
        verb = setting_of(noun)
        if verb is None:
            return NONE
        own = self._own(actor)
        obj = _child(verb, ("dobj",))
        named = obj if obj is not None and obj.pos_ in ("PROPN", "PRON") else None  # not "announced the expulsion"
        for tok in [named, _child(verb, ("dative",)), *_prep_objects(verb, ("to",))]:
            met = self.r.phrase(tok, own) if tok is not None else NONE
            if met.entities:
                return met
        return NONE

    def _reporter_struck(self, noun: Token, preps: tuple[str, ...], actor: Resolved) -> Resolved:
        """"Ukraine says Russia used drones in attacks on power stations": unnamed infrastructure
        hit by another state, in the report of a state, is the reporting state's own."""
        if not any(t.lemma_.lower() in INFRASTRUCTURE for p in _prep_objects(noun, preps) for t in (p, *p.conjuncts)):
            return NONE
        speaker = self._speaker(noun)
        own = self._own(actor)
        if speaker.entities and all(e.country and e.code not in own for e in speaker.entities):
            return Resolved(speaker.entities, "coref")
        return NONE

    def _modifier_target(self, trig: Trigger) -> Token | None:
        """"Washington signs Kenya aid", "Tokyo imposes Pyongyang sanctions": a bare name put before
        an event noun that a light verb's subject carries out names whom the event is for or
        against, when the subject is another party; an adjective or possessive ("Russian
        strikes", "Russia's aid") still names the doer."""
        gov = trig.governor
        if gov is None:
            return None
        name = next((c for c in trig.token.children if c.dep_ == "compound" and c.tag_ == "NNP"), None)
        if name is None:
            return None
        named = {e.code for e in self.r.single(name).entities}
        doers = {e.code for e in self._actor(subject_of(gov)).entities}
        return name if named and doers and not named & doers else None

    def _noun_actor(self, trig: Trigger) -> Resolved:
        noun = trig.token
        for child in noun.children:  # "Pakistan's strikes", "Iranian missile strikes"
            if child.dep_ == "poss" and child.pos_ == "PRON" and trig.governor is not None:
                continue  # "the ministry underlined its determination": the light verb's subject
            if child.dep_ == "poss" and child.pos_ == "PRON":
                speaker = self._speaker(noun)  # "..., saying her trip showed support": the sayer's trip
                if speaker.entities:
                    return Resolved(speaker.entities, "coref")
            if child.dep_ in ("poss", "amod", "nmod") or (child.dep_ == "compound"
                                                       and child is not self._modifier_target(trig)):
                r = self.r.single(child)
                if r.entities:
                    return r
        agent = _prep_objects(noun, ("by", "from"))  # "a protest from Tokyo", "attacks by rebels"
        if agent:
            r = self.r.phrase(agent[0])
            if r.entities:
                return r
        if trig.governor is not None:
            gov = trig.governor
            passive = _child(gov, ("nsubjpass",))
            if passive is not None and passive.i == noun.i:
                agent_tok = _agent(gov)
                return self._actor(agent_tok) if agent_tok is not None else NONE
            if passive is not None and _agent(gov) is None and gov.lemma_.lower() in ENGAGED:
                return self._actor(passive)  # "Serb forces were engaged in ethnic cleansing"
            if passive is None and _child(gov, ("auxpass",)) is not None:
                # "arrived after being granted asylum (by Spain)": the grantor, not the arriver
                agent_tok = _agent(gov)
                return self._actor(agent_tok) if agent_tok is not None else NONE
            spoken = self._speaker_of_conjunct(gov) if trig.entry.event in VERBAL else NONE
            # "Japan said missiles landed in its waters and lodged a protest": the speaker lodged it
            return spoken if spoken.entities else self._actor(subject_of(gov))
        if trig.entry.event == "REQUEST" and _answered(noun) is not None:  # "at the request of Chile"
            owner = _prep_objects(noun, ("of",))
            return self.r.phrase(owner[0]) if owner else NONE
        held = setting_of(noun) if trig.entry.event == "CONSULT" else None
        if held is not None and held is not noun.head.head:  # "agreed the move in a phone call with X"
            r = self._actor(subject_of(held))
            return Resolved(r.entities, "context") if r.entities else NONE
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB" \
                and not (trig.entry.event in HOSTILE and noun.head.lower_ not in ("as", "with")):
            # ("held them as human shields", "retaliated with strikes" take the verb's subject)
            # ("defended Belarus against European criticism": the defender is not the critic)
            r = self._actor(subject_of(noun.head.head))  # "announced the accord after a call with X"
            return Resolved(r.entities, "context") if r.entities else NONE
        user = _weapon_user(noun)
        if user is not None and trig.entry.event in HOSTILE:  # "Russia used drones in waves of attacks on X"
            r = self._actor(subject_of(user))
            return Resolved(r.entities, "context") if r.entities else NONE
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PERFORM:  # "X speeded up the withdrawal"
            r = self._actor(subject_of(noun.head))
            return Resolved(r.entities, "context") if r.entities else NONE
        span = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if span is not None and span.lemma_.lower() in SPANS and span.dep_ in ("dobj", "npadvmod") \
                and span.head.lemma_.lower() in PERFORM:  # "Ukraine began ten days of drills"
            r = self._actor(subject_of(span.head))
            return Resolved(r.entities, "context") if r.entities else NONE
        return NONE

    # ---------------------------------------------------------------- helpers
    def _actor(self, tok: Token | None) -> Resolved:
        if tok is None:
            return NONE
        if tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass"):  # "Iraq said it would allow"
            speaker = self._speaker(tok.head, direct=True)
            if speaker.entities:
                return Resolved(speaker.entities, "coref")
            reporter = tok.head.head if tok.head.dep_ == "ccomp" else None
            said_by = _child(reporter, SUBJECT_DEPS) if reporter is not None else None
            if tok.lower_ == "they" and said_by is not None and said_by.tag_ == "NNS" \
                    and reporter.lemma_.lower() in REPORTING:
                return NONE  # "organisers said they would march": the unnamed speakers, no one else
            first = _first_conjunct_subject(tok)
            if first is not None:
                r = self.r.phrase(first)
                if r.entities:
                    return Resolved(r.entities, "coref")
            if tok.lower_ in ("they", "it") and self.previous and tok.i < 3:
                # a sentence-opening "They also asked ...": whoever acted last
                return Resolved(self._last_actors(tok.lower_ == "they"), "coref")
        r = self.r.phrase(tok)
        if r.entities:
            return r
        owner = self._pronoun_owner(tok)
        if owner.entities:
            return owner
        origin = _prep_objects(tok, ("from",)) if tok.lemma_.lower() in ENVOYS else []
        if origin:  # "doctors from two American aid groups", "volunteers from Japan"
            r = self.r.phrase(origin[0])
            r = r if r.entities else self.r.place_country(origin[0])
            if r.entities:
                return Resolved(r.entities, "context")
        owner = _owner_of_noun(tok) if tok.dep_ in ("dobj", "pobj") else None
        if owner is not None and owner is not tok:
            r = self.r.phrase(owner)
            if r.entities:
                return r
        if tok.lemma_.lower() in INSTRUMENTS:  # weapons do not act: whoever used them last did
            violent = [e for e in reversed(self.previous) if e.event in ("ASSAULT", "MOBILIZE") and e.actors]
            same = [e for e in violent if tok.lemma_.lower() in e.lemmas]
            for e in same[:1] or violent[:1]:
                return Resolved(e.actors, "context")
            return NONE
        return NONE

    def _last_actors(self, plural: bool) -> tuple[Entity, ...]:
        """Whoever acted last; for a plural pronoun, the last event done by several parties together
        ("X and Y met in talks hosted by Z. They agreed ...": X and Y, not the host)."""
        if plural:
            for earlier in reversed(self.previous):
                if len({e.code for e in earlier.actors}) >= 2:
                    return earlier.actors
        return self.previous[-1].actors

    def _pronoun_owner(self, tok: Token) -> Resolved:
        """"Chile said its jets struck rebel camps": forces or bodies owned by "its"/"their" inside
        reported speech belong to the one reporting."""
        if tok.dep_ not in SUBJECT_DEPS or not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            return NONE
        speaker = self._speaker(tok.head, direct=True)
        return Resolved(speaker.entities, "coref") if speaker.entities else NONE

    def _adversary(self, own: frozenset[str]) -> list[str]:
        """The state on the other side of the actor's latest hostile event in the article, either
        direction ("Greece put its forces on alert against Turkey ... Turkey would respond to any
        attack": Greece), for a hostile act that names no target."""
        for e in reversed(self.previous):
            if e.event not in HOSTILE:
                continue
            actors, recipients = {x.code for x in e.actors}, {x.code for x in e.recipients}
            if own <= actors or own <= recipients:
                others = [x.code for x in e.actors + e.recipients
                          if x.code and x.code not in own and x.country and x.sector not in NON_STATE]
                if others and not (own <= actors and own <= recipients):
                    return others[:1]
        return []

    def _own(self, actor: Resolved) -> frozenset[str]:
        """Codes a recipient may not share with the actor; a rebel group may target its own state."""
        if actor.entities and all(e.sector in NON_STATE for e in actor.entities):
            return frozenset()
        return frozenset(e.code for e in actor.entities if e.code)

    def _target(self, tok: Token | None, actor: Resolved) -> Resolved:
        if tok is None:
            return NONE
        own = self._own(actor)
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" and tok.head.head is not tok.head:
            antecedent = tok.head.head  # "two companies that it accused of ...": the companies
            while antecedent.dep_ == "conj" and antecedent.head is not antecedent:  # "officers and a firm that"
                antecedent = antecedent.head
            r = self.r.phrase(antecedent, own)
            others = tuple(e for e in r.entities if e.code not in own)
            if others:
                return Resolved(others, r.how)
        home_people = self._home_people(tok, actor)
        if home_people is not None:
            return home_people
        r = NONE if self._venue_of_deal(tok) else self.r.phrase(tok)
        codes = {e.code for e in r.entities}
        if own and codes & own and codes - own and r.how != "named":
            again = self.r.phrase(tok, own)  # "mediate between the two neighbours": the two, not the mediator
            r = again if again.entities else Resolved(tuple(e for e in r.entities if e.code not in own), r.how)
            codes = {e.code for e in r.entities}
        home = self.r.ctx.home
        if own and r.entities and codes <= own and r.how in ("context", "coref") and home is not None \
                and home.code not in own and (all(e.sector in ("COP", "MIL") for e in r.entities) or (
                    self.event in VERBAL | {"CONSULT"}
                    and not any(e.sector in DOMESTIC_BODIES for e in actor.entities))):
            # "the U.S. embassy urged security forces", "urged all parties": a party the words leave unnamed,
            # read as the speaker's own, is the story's own when the speaker is foreign to it
            again = self.r.phrase(tok, own)
            if again.entities and {e.code for e in again.entities} == {home.code}:
                return again
        if r.entities and not (codes <= own and r.how != "named"):
            return r
        if r.entities and r.how in ("context", "coref") and self.event not in INTERNATIONAL \
                and all(e.sector in DOMESTIC_BODIES for e in r.entities) \
                and not {e.sector for e in r.entities} & {e.sector for e in actor.entities}:
            return r  # "Lula accused the city's police": a state's own police, courts, governors
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            speaker = self._speaker(tok)  # "Tajikistan said Kyrgyz troops fired on its border posts"
            if speaker.entities and not {e.code for e in speaker.entities} & own:
                return Resolved(speaker.entities, "coref")
            earlier = [m for m in set(self.r.at.values()) if m.end <= tok.i and m.best.country
                       and m.kind in ("state", "capital") and m.best.country not in own
                       and not _venue(tok.doc[m.end - 1])]
            if earlier:  # "Mexico breaks ties after police raid its embassy": the state named before
                m = max(earlier, key=lambda m: m.start)
                return Resolved((Entity(m.text, m.best.name, m.best.country, None, None),), "coref")
        if r.entities and actor.entities and all(e.sector in ("JUD", "COP") for e in actor.entities):
            return r  # "the top court suspended the mayor": courts and police act on their own state's people
        author = self._author_in(tok, own)
        if author.entities:
            return author
        agents = [g for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ == "NOUN"
                  for g in t.children if g.dep_ == "pobj"] if tok.pos_ == "NOUN" else []
        if agents:  # "condemned the killing of nine Pakistanis by gunmen": the gunmen, whoever they are
            named = self.r.phrase(agents[0], own)
            return named if named.entities else BLOCKED
        if tok.tag_ == "WP" and tok.head.dep_ == "ccomp":  # "welcomed what he called a historic decision"
            named_as = _child(tok.head, ("oprd", "attr"))
            tok = named_as if named_as is not None else tok
        event_ref = self._event_reference(tok, own, actor)
        if event_ref.entities:
            return event_ref
        placed = self.r.place_country(tok, own)
        if placed.entities:
            return placed
        if (tok.lemma_.lower() in PEOPLE or tok.pos_ == "PROPN" and self.domestic and not calendar_word(tok)) \
                and actor.entities:
            where = self._sentence_where(tok, own)  # "two children were killed in Panjgur"
            if where.entities:
                return where
            foreign = self._struck_abroad(tok, actor, own)
            if foreign.entities:
                return foreign
            if self.event == "ASSAULT" and all(e.sector in NON_STATE or e.sector is None for e in actor.entities):
                placed = self._place_in(tok.head, own, PLACE_PREPS, skip={tok.i})  # "gunmen killed nine
                if placed.entities:                                              # people in a Tel Aviv market"
                    e = placed.entities[0]
                    return Resolved((Entity(tok.text, e.name, e.country, None, "CVL"),), "place")
            home = self._crowd_home(actor)  # police detained "dozens of people"
            if home is not None:
                return Resolved((Entity(tok.text, home.name, home.country, None, "CVL"),), "context")
        return NONE

    def _place_in(self, root: Token, own: frozenset[str], preps: frozenset[str], skip: set[int],
                  through_of: bool = False) -> Resolved:
        """The country of the first place named under ``root`` after one of ``preps`` ("in Tel Aviv";
        with ``through_of`` also "outside of the city of X"), not counting the tokens in ``skip``."""
        for t in root.subtree:
            prep = t.head.head if through_of and t.head.lower_ == "of" and t.head.dep_ == "prep" else t.head
            if t.dep_ == "pobj" and prep.lower_ in preps and t.i not in skip:
                placed = self.r.place_country(t, own)
                if placed.entities:
                    return placed
        return NONE

    def _authorities(self, trig: Trigger, held: Token) -> Resolved:
        """Who arrests, detains or charges when a passive does not say: the authorities of the state
        where it happens (a place, a state named in the sentence, the story's state), else those of
        the people held ("two Indian activists were detained"); a foreigner is held by the host."""
        victims = self.r.phrase(held)
        where = self._sentence_place(trig, frozenset(e.country for e in victims.entities if e.country))
        home = where.entities[0] if where.entities else next((e for e in victims.entities if e.country), None)
        if home is None or home.country is None:
            return NONE
        return Resolved((Entity(home.text, self.r._by_code(home.country, home.country).name, home.country,
                                None, "GOV"),), "place")

    def _deploying_state(self, trig: Trigger, forces: Token) -> Resolved:
        """Whose forces an agentless passive deploys: the state their words name ("many of the French
        troops were moved"), else the state of the one telling it ("..., the Nigerian army said"), else
        the authorities of where they go ("riot police were deployed in the capital")."""
        for tok in _security_heads(forces):
            r = self.r.phrase(tok)
            states = tuple(e for e in r.entities if e.country and not e.igo and e.sector not in NON_STATE)
            if states and r.how not in ("context", "place"):
                return Resolved(states, r.how)
        said = self._speaker(trig.token, direct=True)
        states = tuple(e for e in said.entities if e.country and not e.igo and e.sector not in NON_STATE)
        return Resolved(states, said.how) if states else self._authorities(trig, forces)

    def _deployed_to(self, verb: Token, preps: tuple[str, ...], actor: Resolved) -> Resolved:
        """Where forces were deployed: the state of the place named ("moved to Niger", "deployed in
        Lagos"), else, for forces found where they act, that state itself (a deployment at home)."""
        for pobj in _prep_objects(verb, preps + ("around", "across", "at", "on")):
            r = self._target(pobj, actor)
            r = r if r.entities else self.r.place_country(pobj)
            if r.entities:
                return r
        return actor if actor.how == "place" else NONE

    def _barring_state(self, verb: Token, barred: Token) -> Resolved:
        """The state whose airspace, ports or territory someone was barred from, as the one barring."""
        victims = {e.code for e in self.r.phrase(barred).entities}
        for pobj in _prep_objects(verb, ("from",)):
            r = self.r.phrase(pobj)
            r = r if r.entities else self.r.place_country(pobj)
            states = tuple(e for e in r.entities if e.country and e.code not in victims)
            if states:
                return Resolved(tuple(Entity(pobj.text, e.name, e.country, None, "GOV") for e in states[:1]), "place")
        return NONE

    def _weapon_owner(self, verb: Token) -> Resolved:
        """"were killed in Israeli air strikes", "were killed when Pakistani jets bombed houses": whose
        weapons did it, when the passive names no agent."""
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children) \
                    and any(e.event == "ASSAULT" for e in lexicon().lookup(clause.lemma_.lower(), "V")):
                r = self._actor(_child(clause, ("nsubj",)))
                if r.entities and all(e.country and e.sector not in NON_STATE for e in r.entities):
                    return r
        for pobj in _prep_objects(verb, ("in", "by", "from", "during")):
            if pobj.lemma_.lower() in WEAPON_NOUNS:
                for child in pobj.children:
                    if child.dep_ in ("amod", "compound", "poss", "nmod"):
                        r = self.r.single(child)
                        if r.entities and all(e.country and e.sector not in NON_STATE for e in r.entities):
                            return r
        return NONE

    def _home_talks(self, talks: Token, actor: Resolved) -> bool:
        """Talks that stay inside one state: called national or inclusive ("a national dialogue"),
        held with the state's own parties ("talks with political parties", "with the opposition"),
        or joined by a church, union or opposition group with no one else named (its government)."""
        if any(c.dep_ == "amod" and c.lower_ in HOME_TALKS for c in talks.children):
            return True
        partners = _prep_objects(talks, ("with",))
        if talks.dep_ == "pobj" and talks.head.head.pos_ in ("VERB", "NOUN"):
            partners += _prep_objects(talks.head.head, ("with",))
        if partners:
            own = self._own(actor)
            return all(p.lemma_.lower() in HOME_PARTNERS and not self.r.phrase(p, own).entities
                       for p in partners)
        return all(e.sector in NON_STATE for e in actor.entities)

    def _crowd_home(self, actor: Resolved) -> Entity | None:
        """Whose unnamed crowds a force scattered or detained, no place named: police act on their own
        people, but troops may be abroad ("troops guarding the airport fired shots to disperse crowds"
        in a story from another state): theirs are the people of the state the story happens in."""
        own = next((e for e in actor.entities if e.country), None)
        home = self.r.ctx.home
        if own is None or home is None or not home.country or any(e.sector != "MIL" for e in actor.entities):
            return own
        return home

    def _mission_state(self, verb: Token) -> Resolved:
        """"Crowds rallied outside the Danish embassy": a protest at a state's mission abroad is
        aimed at that state."""
        for mission in _missions_at(verb):
            r = self.r.phrase(mission)
            states = tuple(e for e in r.entities if e.country)
            if states:
                return Resolved(states[:1], "complement")
        return NONE

    def _protested(self, verb: Token, actor: Resolved) -> Resolved:
        """Whom a protest is aimed at, from its purpose: "blocked a road to show their disapproval of
        US policies", "rioted, demanding independence from Indonesia"."""
        own = frozenset(e.code for e in actor.entities if e.code)
        for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
            for tok in clause.subtree:
                if tok.dep_ in ("pobj", "poss", "dobj") and tok.pos_ != "PRON":
                    r = self.r.phrase(tok, own)
                    if r.entities and r.how in ("named", "coref") and not {e.code for e in r.entities} <= own:
                        return Resolved(tuple(e for e in r.entities if e.code not in own), "complement")
        return NONE

    def _joined(self, verb: Token, actor: Resolved) -> tuple[Entity, ...]:
        """Who the actor joined in this act: "joined Japan in condemning", "joined X in a statement"."""
        cur = verb
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in DOCUMENTS and cur.head.dep_ == "pobj":
            cur = cur.head
        if cur.dep_ not in ("pcomp", "pobj") or cur.head.lower_ != "in" or cur.head.head.lemma_.lower() != "join":
            return ()
        partner = _child(cur.head.head, ("dobj",))
        if partner is None or not actor.entities:
            return ()
        own = {e.code for e in actor.entities}
        return tuple(e for e in self.r.phrase(partner).entities if e.code not in own)

    def _struck_abroad(self, tok: Token, actor: Resolved, own: frozenset[str]) -> Resolved:
        """"90 people were killed in Israeli air strikes": people killed by a state's weapons are
        the people of the place struck, else of the other party of the story, not the striker's own."""
        if self.event != "ASSAULT" or not own or any(e.sector in NON_STATE or e.sector == "COP"
                                                      for e in actor.entities):
            return NONE
        clause = tok.head
        if not any(t.lemma_.lower() in WEAPON_NOUNS for t in clause.subtree):
            return NONE
        placed = self._place_in(clause, own, PLACE_PREPS | {"on", "over"}, skip={tok.i})
        if placed.entities:
            e = placed.entities[0]
            return Resolved((Entity(tok.text, e.name, e.country, None, "CVL"),), "place")
        pair = self.r.ctx.pair()
        other = [c for c in pair if c not in own]
        if len(pair) == 2 and len(other) == 1 and own & set(pair) and all(  # a pair the story named before
                any(r.entity.code == c and r.sentence < self.r.sentence for r in self.r.ctx.history) for c in pair):
            state = self.r._by_code(other[0], tok.text)
            if state.country:
                return Resolved((Entity(tok.text, state.name, state.country, None, "CVL"),), "context")
        return NONE

    def _event_reference(self, tok: Token, own: frozenset[str], actor: Resolved = NONE) -> Resolved:
        """"condemned the launch": the recipient is the actor of the latest earlier event,
        else the article's main party other than the speaker."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or not (lemma in EVENT_NOUNS or any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)):
            return NONE
        kinds = EVENT_NOUNS.get(lemma)
        if kinds is None:  # an eventive noun of the lexicon names events of its own type
            own_types = {e.event for e in lexicon().lookup(lemma, "N") if e.event}
            if not own_types:
                return NONE
            kinds = frozenset(own_types)
        if lemma in DECISIONS:  # "welcomed the vote": the latest decision of a council, court or parliament
            for earlier in reversed(self.previous):
                ents = tuple(e for e in earlier.actors if e.code not in own and (e.igo or e.sector in DECIDERS))
                if ents:
                    return Resolved(ents, "coref")
            decider = self._named_decider(own)
            if decider is not None:
                return Resolved((decider,), "context")
        authors = self._antecedent_authors(lemma, kinds, own, actor)
        if authors:
            return Resolved(authors, "coref")
        if tok.lemma_.lower() in EVENT_NOUNS:
            return self.r.story_party(own, tok.text)
        return NONE

    def _author_in(self, noun: Token, own: frozenset[str]) -> Resolved:
        """"rebuffed calls from the AU for talks", "rejected a demand by Malaysia": a noun naming an
        act names its author after "from" or "by"; answering the act is aimed at that author."""
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or not (lemma in EVENT_NOUNS or lexicon().lookup(lemma, "N")):
            return NONE
        for pobj in _prep_objects(noun, ("from", "by")):
            r = self.r.phrase(pobj, own)
            if r.entities:
                return r
        return NONE

    def _venue_of_deal(self, tok: Token) -> bool:
        """"welcomed the Minsk accord", "the Oslo agreement": a lone city or capital before a deal
        noun names where the deal was made, not a party to it (unlike "the Iran deal", "a
        US-China agreement")."""
        if EVENT_NOUNS.get(tok.lemma_.lower()) != _DEAL:
            return False
        named = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "poss")
                 and c.i in self.r.at]
        return len(named) == 1 and self.r.at[named[0].i].kind == "capital" and not named[0].conjuncts

    def _antecedent_authors(self, lemma: str, kinds: frozenset[str], own: frozenset[str],
                            actor: Resolved) -> tuple[Entity, ...]:
        """Who did the earlier act a definite event noun points back to. A repeated noun names the
        act told with it ("signed a deal ... welcomed the deal", "offered to mediate ... rejected the
        offer"), so the latest event whose sentence used the same noun comes first, then the latest
        of a type the noun can name. A deal belongs to all its parties ("X agreed with Y ... Z
        welcomed the agreement": X and Y). An act by a state's own opposition, clergy or rebels may
        be answered by its government, and the other way round ("the clerics offered ..., but the
        army rejected the offer")."""
        fitting = [e for e in self.previous if not kinds or e.event in kinds]
        deal = bool(kinds) and kinds <= _DEAL
        if deal:  # a deal is made by its parties, not by those who praised or backed it since
            fitting = [e for e in fitting if _deal_making(e)] or fitting
        for pool in ([e for e in fitting if lemma in e.lemmas], fitting):
            for earlier in reversed(pool):
                parties = earlier.actors + (earlier.recipients if deal else ())
                ents = tuple(dict.fromkeys(e for e in parties if e.code not in own))
                if ents:
                    return ents
                if _other_side_at_home(earlier.actors, actor):
                    return earlier.actors
        return ()

    def _named_decider(self, own: frozenset[str]) -> Entity | None:
        """The latest IGO, court or parliament named before this sentence: "the League voted to
        readmit X ... X welcomed the decision" when the vote itself coded no event."""
        for seen in reversed(self.r.ctx.history):
            e = seen.entity
            if seen.sentence < self.r.sentence and e.code not in own and (e.igo or e.sector in DECIDERS):
                return e
        return None

    def _in_complement(self, head: Token, actor: Resolved, felt: bool = False) -> Resolved:
        """The first party named in the head's complements (``felt``: also in the "by" phrase of a
        feeling parsed as a passive, "was alarmed by X's move")."""
        own = self._own(actor)
        for child in head.children:
            if child.dep_ in ("ccomp", "xcomp", "prep", "acl") or (felt and child.dep_ == "agent"):
                for tok in child.subtree:
                    if _bound_possessive(tok):
                        continue  # "warned that the bloc could review its ties": "its" is the bloc
                    if tok.dep_ in ("nsubj", "dobj", "pobj", "poss", "nsubjpass", "compound", "amod"):
                        r = self.r.phrase(tok, own)  # "break off relations with Peru and Bolivia": both
                        codes = {e.code for e in r.entities}
                        if r.entities and not codes <= own and r.how in ("named", "coref"):
                            return Resolved(tuple(e for e in r.entities if e.code not in own), "complement")
        return NONE

    def _speaker_of_conjunct(self, verb: Token) -> Resolved:
        """"Blinken said the decision had escalated tensions and urged Pristina to calm down":
        a verbal act conjoined to a verb inside reported speech is the speaker's own act."""
        if verb.dep_ != "conj" or _child(verb, SUBJECT_DEPS) is not None:
            return NONE
        head = verb.head
        if head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORTING:
            return NONE
        return self._actor(_child(head.head, SUBJECT_DEPS))

    def _speaker(self, tok: Token, direct: bool = False) -> Resolved:
        """The subject of the nearest reporting verb above ``tok`` (``direct``: only when
        ``tok`` heads that verb's clausal complement)."""
        cur = tok
        while direct and cur.dep_ == "conj" and cur.head is not cur:  # "said X ... and it called for"
            cur = cur.head
        for _ in range(1 if direct else 6):
            if cur.head is cur:
                return NONE
            dep, cur = cur.dep_, cur.head
            if cur.lemma_.lower() in REPORTING and (not direct or dep == "ccomp"):
                subj = _child(cur, SUBJECT_DEPS)
                if subj is None or subj.pos_ == "PRON":
                    subj = subject_of(cur) if subj is None else None
                return self.r.phrase(subj) if subj is not None else NONE
        return NONE

    def _sentence_where(self, tok: Token, own: frozenset[str]) -> Resolved:
        """A place in the clause of ``tok`` ("killed in Panjgur"), by the gazetteer or a named country."""
        clause = tok.head if tok.dep_ in ("dobj", "nsubjpass", "pobj") else tok
        for pobj in _prep_objects(clause, ("in", "inside", "near", "within", "at")):
            r = self.r.place_country(pobj, own)
            if r.entities:
                return r
        return NONE

    def _where(self, trig: Trigger, actor: Resolved) -> Resolved:
        """The country of the place where the act happened ("in Montenegro", "near Kabul")."""
        verb = trig.governor or trig.token
        for head in (verb, trig.token):
            for pobj in _prep_objects(head, ("in", "inside", "into", "near", "within", "across", "at")):
                r = self.r.place_country(pobj, self._own(actor))
                if r.entities:
                    return r
        return NONE

    def _judged_agent(self, verb: Token, actor: Resolved) -> Resolved:
        """"called the move an act of stupidity by Abu Dhabi and Tel Aviv": the judgement names
        whose act it was."""
        own = self._own(actor)
        for comp in (c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp")):
            for tok in comp.subtree:
                if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by" and tok.head.pos_ == "NOUN"):
                    pobj = _child(tok, ("pobj",))
                    r = self.r.phrase(pobj, own) if pobj is not None else NONE
                    if r.entities:
                        return r
        return NONE

    def _accuser(self, actor: Resolved) -> tuple[Entity, ...]:
        """Who last accused, blamed, asked or threatened the actor: the one a denial answers."""
        own = {e.code for e in actor.entities if e.code}
        answered = [e for e in self.previous if e.event in ANSWERED and not own & {x.code for x in e.actors}]
        for earlier in reversed(answered):
            if own & {e.code for e in earlier.recipients}:
                return earlier.actors
        for earlier in reversed(answered):  # "asked the court to declare that Y broke the treaty": Y is
            if own and own <= earlier.named:  # accused, though the request went to the court
                return earlier.actors
        return ()

    def _perpetrators(self, trig: Trigger, victims: Resolved) -> Resolved:
        """Nobody named did it ("a roadside bomb killed three soldiers near Samarra"): unidentified
        attackers take the code of the country where they struck (the ontology's rule for non-state
        actors), found from the place of the act, else the sentence's other states, else the story's."""
        hit = frozenset(e.code for e in victims.entities if e.code)
        where = self._where(trig, NONE)
        if not where.entities:  # "a bombing near Samarra killed ...": a place anywhere in the clause
            victim = _child(trig.token, ("nsubjpass", "dobj"))
            spans = {t.i for t in victim.subtree} if victim is not None else set()
            where = self._place_in(trig.token, frozenset(), PLACE_PREPS | {"over"}, skip=spans, through_of=True)
        if not where.entities and self.r.ctx.home is not None and not hit:
            where = Resolved((self.r.ctx.home,), "context")
        if not where.entities:
            return NONE
        place = where.entities[0]
        return Resolved((Entity(place.text, place.name, place.country, None, "UNK"),), "place")

    def _possessor(self, verb: Token, actor: Resolved) -> Resolved:
        """The owner a possessive pronoun gives the victim of a passive ("after his jet was shot down"),
        when it is not the attacker's own side."""
        victim = _child(verb, ("nsubjpass",))
        owner = _child(victim, ("poss",)) if victim is not None else None
        if owner is None or owner.pos_ != "PRON":
            return NONE
        own = self._own(actor)
        r = self.r.phrase(owner, own)
        others = tuple(e for e in r.entities if e.code not in own)
        return Resolved(others, "coref") if others else NONE

    def _reporters(self, obj: Token) -> Resolved:
        """"The army dismissed reports that its soldiers fired": a denial of unattributed news reports
        answers the media of the country where the story happens, not whoever condemned the act."""
        if obj.lemma_.lower() not in NEWS or _prep_objects(obj, ("by", "from")) or any(
                c.dep_ in ("poss", "amod", "compound") and self.r.single(c).entities for c in obj.children):
            return NONE
        home = self.r.ctx.home
        if home is None or not home.country:
            return NONE
        return Resolved((Entity(obj.text, home.name, home.country, None, "MED"),), "context")

    def _holders(self, meeting: Token, host: Resolved) -> Resolved:
        """Who held the talks a host received or a mediator ran: the subject of the verb that governs
        the meeting noun ("X and Y met in talks hosted by Z", "X and Y held talks mediated by Z")."""
        owner = _owner_of_noun(meeting)
        if owner is None:
            return NONE
        own = self._own(host)
        others = tuple(e for e in self.r.phrase(owner, own).entities if e.code not in own)
        return Resolved(others, "complement") if others else NONE

    def _other_party(self, actor: Resolved) -> list[str]:
        """The article's most salient party other than the actor; an IGO's appeal or censure is aimed
        at a state ("the UN called for an end to abuses"), so an IGO actor skips other IGOs."""
        own = frozenset(e.code for e in actor.entities)
        if not all(e.igo for e in actor.entities):
            return self.r.ctx.others(self.r.sentence, own)
        states = self.r.ctx.states()
        return [c for c in self.r.ctx.salient(own, 99) if c in states][:1]

    def _sentence_place(self, trig: Trigger, exclude: frozenset[str] = frozenset()) -> Resolved:
        """The country where a sentence happens: its first named state, capital or demonym, else
        the place of the act ("protests began in Cali"), else the article's latest, else the
        state the story happens in ("The protests began last week" far from any named state);
        never one in ``exclude`` (the owner of an embassy protested at)."""
        doc = self.r.doc
        for m in sorted(set(self.r.at.values()), key=lambda m: m.start):
            if m.start > 0 and doc[m.start - 1].lower_ == "ethnic":
                continue  # "ethnic Albanians demonstrated in Serbia" happens in Serbia
            if _mission_of(doc[m.end - 1]) is not None:
                continue  # "outside the French embassy in Rabat" happens in Morocco
            if m.kind in ("state", "capital", "demonym", "institution") and m.best.country \
                    and m.best.country not in exclude:
                return Resolved((Entity(m.text, m.best.name, m.best.country, None, None),), "place")
        where = self._where(trig, NONE)
        if where.entities and not {e.code for e in where.entities} & exclude:
            return where
        main = self.r.ctx.main_home(exclude)
        if main is not None:
            return Resolved((main,), "context")  # the story's own state, over another one named lately
        home = self.r.ctx.home if self.r.ctx.home is not None and self.r.ctx.home.code not in exclude else None
        near = self.r.ctx.recent_country(self.r.sentence, exclude) or home
        return Resolved((near,), "context") if near is not None else NONE

    def _home_group_target(self, trig: Trigger, actor: Resolved) -> Resolved:
        """An act aimed by grammar at people no name places ("vowed to crush the insurgents", "warned
        that more protesters could be arrested") is aimed at their state (see ``_home_people``), not
        at another state named nearby; a named target ends the search."""
        for tok in addressed(trig.governor or trig.token):
            home = self._home_people(tok, actor)
            if home is not None:
                return home
            if self.r.phrase(tok).how in ("named", "coref"):
                return NONE
        return NONE

    def _home_people(self, tok: Token, actor: Resolved) -> Resolved | None:
        """For a verbal act (accusing, urging, refusing, threatening), the state of people ``tok``
        names without placing them ("accused the opposition", "urged Somchai to resign"): the state
        the story happens in when it is a main party of the story, else the actor's own; None when
        ``tok`` is no such group or its words name its state ("Kenya's opposition")."""
        if self.event not in HOME_AIMED or not home_group(tok):
            return None
        r = self.r.phrase(tok)
        if r.entities and r.how not in ("context", "place"):
            return None
        home = self.r.ctx.main_home() or next((e for e in actor.entities if e.country and not e.igo), None)
        if home is None or not home.country:
            return None
        return Resolved((Entity(tok.text, home.name, home.country, None, "CVL"),), "context")

    def _after_trigger(self, trig: Trigger, actor: Resolved) -> Resolved:
        """Last resort for a recipient: the first named party after the trigger in its sentence."""
        own = {e.code for e in actor.entities}
        start = trig.token.i
        # "... bombs in Damascus, diplomats in Jordan said": the subject of a verb above the trigger
        # reports or frames the act; it is not its target
        framing = {t.i for a in trig.token.ancestors for c in a.children
                   if c.dep_ in SUBJECT_DEPS and trig.token not in c.subtree for t in c.subtree}
        framing |= _other_relatives(trig.token)
        framing |= _conjoined_subjects(trig.token)
        # "launched the offensive, days after Trump ordered U.S. troops out": a clause with a subject of
        # its own tells another act, and its parties are that act's
        head = trig.governor or trig.token
        framing |= {t.i for c in trig.token.doc if c.dep_ in ("advcl", "pcomp", "relcl") and c not in head.ancestors
                    and c is not head and head not in c.subtree
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
        for m in sorted(set(self.r.at.values()), key=lambda m: m.start):
            if m.start <= start or m.kind in ("office", "body") or m.code is None or m.code in own \
                    or m.start in framing:
                continue
            named = self.r.single(trig.token.doc[m.end - 1])  # as the resolver reads it ("Congress" in Brazil)
            found = named.entities[0] if len(named.entities) == 1 else None
            if found is not None and found.code in own:
                continue
            e = found or Entity(m.text, m.best.name, m.best.country, m.best.igo, m.best.sector)
            last = trig.token.doc[m.end - 1]
            if last.conjuncts:  # "conveyed its concerns to both Beijing and Moscow": every conjunct
                listed = self.r.phrase(last, frozenset(own))
                if len(listed.entities) >= 2 and e in listed.entities:
                    return Resolved(listed.entities, "place")
            return Resolved((e,), "place")
        return NONE

    def _finish(self, trig: Trigger, actor: Resolved, recipient: Resolved) -> Roles:
        entry = trig.entry
        if recipient.how == "blocked":
            return Roles(actor.entities, (), actor.how, "blocked")
        if entry.event == "REJECT" and trig.token.lemma_.lower() in DENIALS and actor.entities:
            accuser = self._accuser(actor)
            obj = _child(trig.token, ("dobj",)) if accuser else None
            if accuser and not (obj is not None and (self.r.phrase(obj).entities
                                                     or self._author_in(obj, self._own(actor)).entities)):
                recipient = Resolved(accuser, "context")  # "Tehran denied sending drones to Russia": to the EU
            reporters = self._reporters(obj) if obj is not None else NONE
            if reporters.entities:
                recipient = reporters
        if entry.event == "ASSAULT" and not actor.entities and _unattributed(trig.token):
            actor = self._perpetrators(trig, recipient)
            if actor.entities and not recipient.entities:
                recipient = self._possessor(trig.token, actor)  # "his jet was shot down over X": his side
            if actor.entities and not recipient.entities:  # "a journalist was killed in a car bomb in Beirut"
                home = actor.entities[0]
                recipient = Resolved((Entity(home.text, home.name, home.country, None, "CVL"),), "place")
        home = {e.country for e in actor.entities}
        if entry.event == "ASSAULT" and len(home) == 1 and None not in home and recipient.how == "context" \
                and all(e.sector in NON_STATE for e in actor.entities) \
                and all(e.sector in ("MIL", "COP") and e.country not in home for e in recipient.entities):
            own = next(iter(home))  # rebels overran "army positions": their own state's army, not the last one named
            recipient = Resolved(tuple(Entity(e.text, self.r._by_code(own, own).name, own, None, e.sector)
                                       for e in recipient.entities[:1]), "context")
        if entry.event == "ASSAULT" and recipient.entities and all(
                e.sector in NON_STATE and e.country in home for e in recipient.entities):
            abroad = self._where(trig, actor)  # "struck Baloch separatists inside Iran": Iran is hit
            if abroad.entities and not {e.country for e in abroad.entities} & home:
                recipient = abroad
        codes = {e.code for e in actor.entities}
        if codes and codes == {e.code for e in recipient.entities} and entry.event in INTERNATIONAL | {"ACCUSE"} \
                and actor.how != "place":  # (a state's forces found where they act are its own)
            speaker = self._speaker(trig.governor or trig.token)  # a mis-attached conjunct
            if not speaker.entities:
                root = trig.token.sent.root
                speaker = self._actor(_child(root, SUBJECT_DEPS))
            if speaker.entities and {e.code for e in speaker.entities} != codes:
                actor = speaker
        rally = entry.event == "PROTEST" or (trig.token.dep_ in ("xcomp", "advcl")
                                             and trig.token.head.lemma_.lower() in GATHERINGS)
        mission = self._mission_state(trig.governor or trig.token) if rally else NONE
        if mission.entities and actor.how != "named" and {e.code for e in actor.entities} <= self._own(mission):
            actor = NONE  # "protesters rallied outside the Danish embassy in Amman" are Jordan's, not Denmark's
        if mission.entities:  # (not the host city the parser may hang on the embassy: "in Amman")
            recipient = mission
        if (entry.event == "PROTEST" or mission.entities) and not actor.entities:  # "protests spread to cities"
            where = self._sentence_place(trig, self._own(mission))
            if where.entities:
                home = where.entities[0]
                actor = Resolved((Entity(trig.token.text, home.name, home.country, None, "CVL"),), "place")
                if not recipient.entities:
                    recipient = Resolved((Entity(home.text, home.name, home.country, None, "GOV"),), "place")
        if not recipient.entities and entry.mode == "mediation" and actor.entities:
            own = frozenset(e.code for e in actor.entities if e.code)
            parties = tuple(self.r._by_code(c, c) for c in self.r.ctx.pair(own))
            recipient = Resolved(parties, "context") if len(parties) == 2 else NONE
        said = trig.governor or trig.token
        if len({e.code for e in actor.entities}) >= 2 and (
                not recipient.entities and mutual_wording(said)
                or recipient.how in ("place", "context") and each_other(said)):
            # "X and Y blamed each other for clashes near Z": each is the other's target, not Z
            return Roles(actor.entities, (), actor.how, "none", reciprocal=True)
        if not recipient.entities and entry.event in TARGETED and actor.entities:
            recipient = self._home_group_target(trig, actor)
        if not recipient.entities and entry.frame != "recip" and entry.event in TARGETED and actor.entities:
            recipient = self._after_trigger(trig, actor)
        if not recipient.entities and entry.event in ("ASSAULT", "COERCE") and actor.entities:
            for child in trig.token.children:  # "fired tear gas to scatter crowds"
                if child.dep_ in ("xcomp", "advcl"):
                    people = [t for t in child.subtree if t.lemma_.lower() in PEOPLE and t.dep_ == "dobj"]
                    where = self._where(trig, actor)
                    home = where.entities[0] if where.entities else self._crowd_home(actor)
                    if people and home is not None and home.country:
                        recipient = Resolved((Entity(people[0].text, home.name, home.country, None, "CVL"),),
                                             "context")
        if not recipient.entities and entry.event == "PROTEST" and actor.entities:
            recipient = self._protested(trig.governor or trig.token, actor)
        if not recipient.entities and entry.event in PLACED and actor.entities:
            recipient = self._where(trig, actor)  # "lifted a curfew in Montenegro"
        if not recipient.entities and actor.entities and all(e.sector in NON_STATE for e in actor.entities) \
                and entry.event in ("PROTEST", "REQUEST", "REJECT", "ACCUSE", "THREATEN"):
            home = actor.entities[0]  # opposition demands, protests: addressed to their own state
            if home.country:
                recipient = Resolved((Entity(home.text, home.name, home.country, None, "GOV"),), "context")
        # resigning, offering elections and disbanding one's own units are domestic unless a recipient is named
        domestic = entry.event == "COERCE" or _guarding(trig) or (entry.event == "ASSAULT" and actor.entities
                                                and actor.entities[0].sector == "COP") or entry.mode in HOME_MODES \
            or (entry.event in STANCES and _own_ordeal(trig.token)) \
            or (entry.event == "SANCTION" and entry.lemma in REMOVALS) \
            or (actor.entities and all(e.sector in HOME_SIDES for e in actor.entities))
        # ("gunmen burned vehicles": violence at home; "called his ouster a coup": his own state's doing)
        if not recipient.entities and not domestic \
                and (len({e.code for e in actor.entities}) == 1 or _pledge(trig) or _joint_directed(trig, actor)) \
                and (entry.event in OTHER_PARTY or entry.mode == "apologize"):  # "China expressed regret": to the US
            own = frozenset(e.code for e in actor.entities)
            other = self._adversary(own) if entry.event in HOSTILE else []
            if not other and entry.event != "ASSAULT":  # an attack goes only to a side already in the fight
                other = self._other_party(actor)  # "Paris refused to comply": with the other party
            if other:
                recipient = Resolved((self.r._by_code(other[0], other[0]),), "context")
        if not recipient.entities and len({e.code for e in actor.entities}) == 1 and actor.entities[0].country \
                and entry.frame != "recip" \
                and not self.r.ctx.others(self.r.sentence, frozenset({actor.entities[0].code})):
            domestic = True  # nobody else in the story: an internal matter
        if not recipient.entities and entry.frame == "recip" and len({e.code for e in actor.entities}) == 1 \
                and actor.entities[0].country and self._home_talks(trig.token, actor):
            domestic = True  # "a national dialogue", "talks with the opposition": within one state
        if not recipient.entities and domestic and actor.entities and actor.entities[0].country:
            home = actor.entities[0]  # arrests, bans, censorship: by a state on its own people
            recipient = Resolved((Entity(home.text, home.name, home.country, None, "CVL"),), "context")
        if entry.frame == "recip" and not recipient.entities and len(actor.entities) == 1 \
                and actor.how == "context" and entry.event in ("ASSAULT",):
            pair = self.r.ctx.pair()  # "the troops fought": both sides of the article's pair
            if len(pair) == 2 and actor.entities[0].code in pair:
                return Roles(tuple(self.r._by_code(c, c) for c in pair), (), "context", "none", reciprocal=True)
        parties = {e.code for e in actor.entities}
        if len(parties) >= 2 and entry.event in RECIPROCAL_TYPES and recipient.how in ("complement", "place", "none") \
                and not _pledge(trig):
            return Roles(actor.entities, (), actor.how, "none", reciprocal=True)  # "X and Y agreed to ..."
        if entry.frame == "recip" and not recipient.entities and len(actor.entities) >= 2:
            return Roles(actor.entities, (), actor.how, "none", reciprocal=True)
        if entry.frame == "recip" and len(parties) >= 2 and recipient.entities \
                and {e.code for e in recipient.entities} <= parties:
            # "X and Y fought ..., killing X's civilians": the victims are one side's, the act is mutual
            return Roles(actor.entities, (), actor.how, "none", reciprocal=True)
        if entry.frame == "recip" and (entry.event in ("CONSULT", "COOPERATE", "AGREE")
                                       or entry.mode == "exercise") and recipient.entities \
                and recipient.how != "context" \
                and entry.mode in ("meet", "phone", None, "settle", "ceasefire", "exercise"):
            parties = tuple(dict.fromkeys(actor.entities + recipient.entities))
            if len({e.code for e in parties}) >= 2:
                return Roles(parties, (), actor.how, recipient.how, reciprocal=True)
        return Roles(actor.entities, recipient.entities, actor.how, recipient.how)
