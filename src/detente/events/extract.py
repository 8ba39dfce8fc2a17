"""Sentence → candidate events: triggers, roles and modality put together.

The result is a ``Candidate`` per asserted trigger with resolved actors; dates, places and
fusion come after (``pipeline``).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..actors.resolve import Resolver, calendar_word
from ..dates import find_dates
from ..models import Entity
from . import confidence as calibrated
from . import judgements, threats
from .grammar import EVALUATIVE_VERBS, GATHERINGS, named_as_what, participle_aside
from .lexicon import VALENCE_MIN, Lexicon, TriggerEntry, evaluations, harms, lexicon, valence
from .modality import SPEECH, Modality, assess, future_type, present_simple, refused
from .roles import NON_STATE, STANCES, Earlier, RoleFinder, Roles, one_way
from .triggers import (SETTINGS, Trigger, direct_object, find_triggers, infinitival, infinitive,
                       others_act_regretted, setting_of)

log = logging.getLogger("detente.trace")

# Types that make sense inside one country (police vs protesters); others need two parties.
DOMESTIC_OK = frozenset({"PROTEST", "COERCE", "ASSAULT", "ACCUSE", "REQUEST", "REJECT", "SANCTION",
                         "THREATEN", "AGREE", "CONCEDE", "RETREAT", "SUPPORT", "MOBILIZE"})
# Acts by which an outsider deals with one side of a quarrel ("Bolton told his Indian counterpart",
# "Washington backed India"): their two parties are not "the two sides" a later sentence means.
THIRD_PARTY_TYPES = frozenset({"CONSULT", "SUPPORT", "AID", "COOPERATE", "REQUEST"})


@dataclass(frozen=True)
class Candidate:
    event: str
    mode: str | None
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    trigger: str
    start: int          # character offsets of the trigger in the sentence
    end: int
    confidence: float   # the calibrated probability from ``cues`` alone (the pipeline adds article cues)
    future: bool
    foreign: tuple[tuple[int, int], ...] = ()   # char spans of other events' phrases (their dates are theirs)
    cues: tuple[str, ...] = ()   # what the coder saw, for the confidence model (``events.confidence``)


SEA = re.compile(r"^\w+\s+(?:\w+\s+){0,4}(?:into|in)\s+(?:the\s+)?(?:waters|sea|ocean)\b", re.IGNORECASE)
MISSILES = frozenset({"missile", "rocket", "icbm", "projectile"})
PARTS_OF_DAY = frozenset({"morning", "evening", "night", "afternoon", "day", "weekend"})
HOSTILE_INTENT = frozenset({"respond", "retaliate", "fight", "strike", "attack", "hit", "punish", "invade", "crush",
                            "defeat", "destroy", "annihilate", "eliminate", "smash", "avenge", "wipe", "eradicate",
                            "advance", "strangle"})
# Verbs of going on with something: "vowed to keep advancing" promises the advance.
CONTINUING = frozenset({"keep", "continue"})
HOSTILE_OBJECTS = frozenset({"force", "law", "curfew", "sanction", "blockade", "war"})
IMPOSING = frozenset({"impose", "reimpose", "slap"})
# What one promises another as payback: "promised revenge", "vowed a crushing response".
PAYBACK = frozenset({"revenge", "retaliation", "retribution", "reprisal", "vengeance"})
REPLIES = frozenset({"response", "reply", "answer", "blow"})
PROMISED_REPLIES = frozenset({"response", "retort"})   # "promised a response"
HARSH = frozenset({"crushing", "harsh", "severe", "decisive", "forceful", "military", "strong", "tough", "firm",
                   "befitting", "fitting", "resolute", "devastating", "painful", "heavy", "fierce", "powerful"})


def _payback(noun: Token) -> bool:
    """A noun that names payback: "revenge", "retaliation", or a reply said to be harsh ("a crushing response")."""
    lemma = noun.lemma_.lower()
    return lemma in PAYBACK or (lemma in REPLIES and any(
        c.dep_ == "amod" and c.lower_ in HARSH for c in noun.children))


def _answer_to_words(reply: Token) -> bool:
    """"a response to the letter": an answer to something said or asked, not to a hostile act."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and not any(
        e.event in ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE")
        for g in c.children if g.dep_ == "pobj" for e in lexicon().lookup(g.lemma_.lower(), "N"))
        for c in reply.children)


def _complement_clauses(verb: Token) -> list[Token]:
    """The verbal complements of a verb of promising or readiness: its xcomp or ccomp, or an infinitive
    the parser hangs as an adverbial when a date comes between ("promised on Friday to free ...")."""
    found = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and infinitival(c))]
    return found + [g for c in found if c.lemma_.lower() in CONTINUING for g in c.children if g.dep_ == "xcomp"]


def _hostile_complement(tok: Token) -> bool:
    """Readiness to do harm: the verb of "ready to ..." (or of a that-clause, "promised that those
    behind it would be punished") or its object names force; or the payback promised as its own object
    ("promised a crushing response to X", "vowed revenge")."""
    promising = tok.lemma_.lower() in COMMISSIVES
    if any(c.dep_ == "dobj" and (_payback(c) or (promising and c.lemma_.lower() in PROMISED_REPLIES
                                                 and not _answer_to_words(c)))
           for c in tok.children):
        return True  # "vowed revenge", "promised a response" (a promised answer is a threat)
    for verb in _complement_clauses(tok):
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "pledged not to use force": a promise of restraint
        if verb.lemma_.lower() in HOSTILE_INTENT or threats.foretold(verb):
            return True  # "vowed to retaliate", "vowed that the US would pay a price"
        if any(o.dep_ == "dobj" and o.lemma_.lower() in HOSTILE_OBJECTS for o in verb.children):
            return True
        if verb.lemma_.lower() in IMPOSING and any(
                c.dep_ == "prep" and c.lower_ in ("on", "against")
                for h in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in h.children):
            return True  # "ready to impose further measures on Kosovo"
    return False

DRILLS = frozenset({"exercise", "drill", "patrol", "manoeuvre", "maneuver", "game"})
# Actions that, promised on a condition or announced for later, are threats.
THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE", "RETREAT", "REJECT"})
# Conflict an AGREE lets through ("agreed to ban flights"); deployments and drills under an
# agreement are cooperation, so MOBILIZE stays absorbed.
CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})


def _absorbing(triggers: list[Trigger]) -> frozenset[int]:
    """Triggers that swallow the events in their complement ("urged X to attack").
    "agreed to ban Belarusian airlines" is a ban, not an agreement: AGREE lets conflict through."""
    out = set()
    for t in triggers:
        if t.entry.frame != "absorb":
            continue
        head = t.governor or t.token
        if t.entry.event == "AGREE" and any(
                o.entry.event in CONFLICT and not _describes_noun(o)
                and _absorbed(o, frozenset({head.i})) and _in_clause_complement(o, head)
                and assess(o.governor or o.token, o.entry.event, frozenset({head.i})).asserted
                for o in triggers if o is not t):
            continue  # but "agreed that neither would use force" stays an agreement
        out.add(head.i)
    return frozenset(out)


def _describes_noun(trig: Trigger) -> bool:
    """A participle that only describes a noun ("promised to free detained soldiers", "the men jailed
    last year"): a past act told of the people named, not the act promised. The parser may hang such a
    participle, right after a verb, as that verb's complement with the noun as its object ("to release
    detained officers")."""
    tok = trig.token
    if trig.governor is not None or tok.tag_ != "VBN":
        return False
    misread = tok.dep_ == "xcomp" and tok.i == tok.head.i + 1 and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)
    return misread or tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"))


def _in_clause_complement(trig: Trigger, head: Token) -> bool:
    """Is the trigger inside the verbal complement of ``head`` ("agreed to ban X"), not in an
    adjunct ("agreed to a ceasefire after days of fighting")?"""
    return any(trig.token.i in {t.i for t in c.subtree} for c in head.children if c.dep_ in ("xcomp", "ccomp"))


# Subordinators of time and reason: a clause they open tells another happening ("marched a day after
# the president withdrew the reform"), not what the verb it hangs on urges or promises.
ADJUNCT_MARKS = frozenset({"after", "before", "when", "while", "since", "until", "once", "because"})


def _adjunct(link: Token) -> bool:
    """A link in the path up from a trigger that opens an adjunct of time, reason or setting: the
    events inside it are not the complement of what it hangs on."""
    if link.dep_ == "prep":  # ("joined the crowd in demanding X": a gerund is what is joined in)
        return link.lower_ in SETTINGS and any(c.dep_ == "pobj" for c in link.children)
    return link.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS for c in link.children)


def _absorbed(trig: Trigger, absorbing: frozenset[int]) -> bool:
    """An event inside the complement of an absorbing trigger ("threatened to strike"), also told in a
    relative clause on a noun of that complement ("accused X of arming men who killed two guards":
    the killing is part of the charge), so the walk up goes far enough to leave such a clause; not
    in an adjunct of it ("agreed to disband under a truce brokered by X": the brokering is an event)."""
    cur: Token = trig.governor or trig.token
    if participle_aside(cur):
        return False  # "urged the Council to act, accusing Israel of war crimes": an accusation of its own
    if named_as_what(cur):
        return False  # "vowed to respond to what it called a terrorist escalation": a judgement of its own
    for _ in range(7):
        if cur.head is cur or cur.dep_ in ("conj", "ROOT") or _adjunct(cur):
            return False
        if cur.dep_ in ("xcomp", "ccomp", "pcomp", "acl", "prep", "pobj", "advcl") and cur.head.i in absorbing:
            return not _fronted_fact(cur)
        cur = cur.head
    return False


# What one arrives to take, not to talk: "arrived in Lima after being granted asylum".
REFUGE = frozenset({"asylum", "refuge", "sanctuary", "exile"})


def _sheltered_arrival(verb: Token) -> bool:
    """An arrival whose clause says the arriver was given asylum or refuge is flight, not a visit."""
    return verb.lemma_.lower() == "arrive" and any(t.lemma_.lower() in REFUGE for t in verb.subtree)


def _fronted_fact(clause: Token) -> bool:
    """"Troops shelled the town, a move that came after the envoy warned ...": a clause in the simple
    past put before the verb it hangs on reports a done fact, whatever the parser attached it to; what
    one urges, threatens or promises follows the verb or looks ahead ("We will strike, he warned")."""
    return clause.dep_ == "ccomp" and clause.i < clause.head.i and clause.tag_ == "VBD" \
        and not any(c.dep_ == "aux" for c in clause.children)


PRIOR = frozenset({"earlier", "previous", "past", "prior"})
# Nouns of disorder that are an event as a subject ("unrest spread") but a circumstance elsewhere.
UNREST = frozenset({"unrest", "turmoil", "disorder", "upheaval"})


PUNITIVE = frozenset({"SANCTION", "ACCUSE", "COERCE"})


def _detail_of_attack(tok: Token, lex: Lexicon) -> bool:
    """Killing or wounding told in an "in which" clause of an attack noun is that attack's toll."""
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "relcl"), None)
    if clause is None or not any(t.dep_ == "pobj" and t.tag_ == "WDT" and t.head.lower_ in ("in", "during")
                                 for t in clause.subtree):
        return False
    return any(e.event == "ASSAULT" for e in lex.lookup(clause.head.lemma_.lower(), "N"))


# Verbs and prepositions of going ahead regardless: what they govern was told before, it is not
# reported here ("passed the bill, ignoring weeks of protests and warnings from Brussels").
DISREGARD = frozenset({"ignore", "disregard", "defy", "despite", "notwithstanding"})


def _disregarded(trig: Trigger) -> bool:
    """An eventive noun inside what is ignored or defied, or after "despite"."""
    tok = trig.token
    if trig.entry.pos != "N" or trig.governor is not None:
        return False
    cur = tok
    for _ in range(6):
        if cur.dep_ not in ("dobj", "pobj", "prep", "conj", "compound", "amod"):
            return False
        cur = cur.head
        if cur.lemma_.lower() in DISREGARD:
            return True
    return False


# Conjunctions of time whose clause, in the simple present, tells what is still to come.
AWAITING = frozenset({"until", "till", "once", "before", "after", "when"})


def _pending(verb: Token) -> bool:
    """"payments will be held up until Budapest meets the conditions", "would resign once the council
    has met": a clause of time in the present tense (or present perfect) on a clause that looks ahead
    (a modal or "to") tells what is still to come; the act it names has not been done. On a clause in
    the present or past ("breaks ties after police raid its embassy") it is narrative, and stands."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in AWAITING for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.head.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all(a.tag_ in ("VBZ", "VBP") for a in auxes)
    return verb.tag_ in ("VBZ", "VBP")


def _evaluated(trig: Trigger, triggers: list[Trigger]) -> bool:
    """"describing the Chinese manoeuvres as dangerous", "branded the arrests a witch-hunt": an eventive
    noun that an evaluation (``_evaluations``) calls something is the act judged, referred to as known,
    not reported anew; the judgement is the event."""
    tok = trig.token
    if trig.entry.pos != "N" or trig.governor is not None:
        return False
    if tok.dep_ in ("compound", "poss", "nmod") and tok.head.dep_ == "oprd":
        tok = tok.head  # "called the crackdown barbaric", misparsed (``_swallowed_object``)
    elif tok.dep_ != "dobj":
        return False
    return any(t.token.i == tok.head.i and t.entry.lemma in EVALUATIVE_VERBS | DISMISSING
               for t in triggers if t is not trig)


# Verbs of hitting that, with "back", name a retort ("hit back at the decision"), not how it was made.
RETORTING = frozenset({"hit", "strike"})
# What a physical hitting back names: its target or its weapon ("hit back at rebel positions with artillery").
AIMED_BACK = frozenset({"at", "on", "against", "with", "into"})
# Acts and words one hits back at without force: "hit back at Washington's decision".
NON_PHYSICAL = frozenset({"decision", "move", "measure", "sanction", "criticism", "remark", "comment", "claim",
                          "accusation", "allegation", "statement", "ban", "tariff", "report", "charge", "step"})


def _retort(trig: Trigger) -> bool:
    """"expelled the envoy, hitting back at ...", "hit back at the sanctions": hitting back names an act
    as a retaliation. As a participle after another clause, that clause told the act; with no target
    and no weapon ("Moscow hit back on Friday") the act is told elsewhere; aimed at a decision, a
    measure or words, it was no use of force. ("struck back at rebel positions" stays.)"""
    tok = trig.token
    if tok.lemma_.lower() not in RETORTING or trig.entry.event != "ASSAULT" \
            or not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in tok.children):
        return False
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"):
        return True
    if not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in AIMED_BACK and any(
            g.dep_ == "pobj" and not calendar_word(g) and g.ent_type_ not in ("DATE", "TIME") for g in c.children))
            for c in tok.children):
        return True  # "Moscow hit back on Friday", "hit back, ordering the consul home": no target, no weapon
    return any(g.lemma_.lower() in NON_PHYSICAL for p in tok.children if p.dep_ == "prep" and p.lower_ == "at"
               for g in p.children if g.dep_ == "pobj")


# Forces of nature and mishaps: what they kill or destroy is no one's attack.
HAZARDS = frozenset({"flood", "flooding", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon",
                     "tornado", "landslide", "mudslide", "drought", "wildfire", "blaze", "heatwave", "avalanche",
                     "tsunami", "eruption", "disease", "epidemic", "pandemic", "outbreak", "virus", "famine",
                     "accident", "crash", "rain", "monsoon", "snow", "cold", "heat"})


def _natural_harm(trig: Trigger) -> bool:
    """"floods that have killed 1,100 people", "were killed by the earthquake": harm done by nature or
    by a mishap has no actor, whatever country the story is about, and is no conflict that a promise
    around it ("pledged aid to cope with a cyclone that killed 200") could threaten."""
    if trig.entry.event != "ASSAULT" or not _natural_cause(trig.governor or trig.token):
        return False
    log.debug("%r: harm done by nature or by a mishap, no one's attack", trig.token.text)
    return True


def _natural_cause(verb: Token) -> bool:
    """Whether the verb's doer (subject, "by" agent, or the noun a "that"/"which" clause hangs on) is
    a force of nature or a mishap."""
    causes = [c for c in verb.children if c.dep_ == "nsubj"]
    causes += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        causes.append(verb.head)  # "floods that killed": the relative pronoun stands for its noun
    return any(c.lemma_.lower() in HAZARDS for c in causes)


# Verbs of making someone act against its will: "forcing the airport to suspend flights".
COMPELLING = frozenset({"force", "compel", "oblige"})


def _compelled_halt(trig: Trigger, event: str) -> bool:
    """A halt, closure or suspension that its doer was forced into ("shelling struck the airport,
    forcing it to suspend flights") is the damage of what forced it, not a measure against anyone."""
    verb = trig.governor or trig.token
    return event == "SANCTION" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in COMPELLING


# Words of answering an act: the act they answer is told as the reason, it is not reported anew.
RETALIATION = frozenset({"retaliate", "retaliation", "reprisal", "response", "respond", "avenge", "revenge"})


def _reason(trig: Trigger, triggers: list[Trigger]) -> bool:
    """An eventive noun after "for"/"over" on a punitive act, or after a word of retaliation, is its
    stated reason, not a new event: "imposed sanctions on Iran for its support of armed groups"."""
    tok = trig.token
    if trig.entry.pos != "N" or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "over", "to"):
        return False
    host = tok.head.head
    if host.lemma_.lower() in RETALIATION:
        return True  # "retaliating for Britain's expulsion of diplomats", "in response to the raid"
    if tok.head.lower_ == "to":
        return False
    return any(t.entry.event in PUNITIVE and host.i in (t.token.i, (t.governor or t.token).i) for t in triggers
               if t is not trig)


def _earlier_aside(tok: Token) -> bool:
    """A relative clause about earlier occasions: "Kuwait, which has mediated in earlier disputes",
    "Oman, which had hosted previous rounds of talks"."""
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "relcl"), None)
    if clause is None:
        return False
    inside = {t.i for t in clause.subtree}
    if any(a.tag_ == "VBD" and a.i != clause.i and a.i in inside for a in [tok, *tok.ancestors]):
        return False  # a finite verb of its own hung under the clause by the parser
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had")
                                 for c in clause.children):
        return False
    return any(t.dep_ == "amod" and t.lower_ in PRIOR for t in clause.subtree)


def _clause_verb(trig: Trigger) -> Token:
    """The verb whose clause tells a trigger: its light verb, the verb an eventive noun is the object
    of a preposition of ("who had been held under house arrest"), else the trigger itself."""
    if trig.governor is not None:
        return trig.governor
    tok = trig.token
    if trig.entry.pos == "N" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return tok


def _pluperfect_aside(clause: Token) -> bool:
    """"a referendum that the courts had banned": a past perfect relative clause without a date of its
    own tells what was so before the story, as background to the noun it describes (the parser
    labels some such clauses "acl"; one with a subject of its own is finite, so relative)."""
    if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if clause.dep_ == "acl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return False
    text = " ".join(t.text for t in clause.subtree)
    return not any(m.relation != "future" for m in find_dates(text, None))  # "on Monday" dates it


def _standing(tok: Token) -> bool:
    """A main-clause verb in the simple present with no date in its sentence."""
    if tok.tag_ not in ("VBZ", "VBP") or tok.dep_ not in ("ROOT", "conj", "relcl"):
        return False
    if tok.dep_ == "conj" and tok.head.dep_ != "ROOT":
        return False
    return not find_dates(tok.sent.text, None)


def _habit(tok: Token) -> bool:
    """"rebels who use camps in X to raid Y": a purpose infinitive under a relative clause in the
    simple present describes what the group does habitually, not an act of the story."""
    head = tok.head
    return tok.dep_ in ("xcomp", "advcl") and tok.tag_ == "VB" and head.dep_ == "relcl" \
        and head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _named_instrument(trig: Trigger, resolver: Resolver) -> bool:
    """"the Open Skies Treaty no longer served Moscow": an agreement noun capitalised as part of a name
    in the body of a story names a standing instrument; an agreement made is reached or signed (a
    governor) or told in common nouns. A headline capitalises every word, so it is not judged."""
    tok = trig.token
    return trig.entry.pos == "N" and trig.governor is None and resolver.sentence > 0 \
        and tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.i > tok.sent.start


def _claimed_habit(tok: Token) -> bool:
    """"The rebels say their attacks target ships bound for X": an act in the simple present, reported
    by a speech verb in the simple present, in a sentence without a date, is what a party says it
    does as a rule, not an act of the story ("said its drones hit the depot" is one)."""
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "ccomp" or a.tag_ in ("VBD", "MD")), None)
    if clause is None or clause.dep_ != "ccomp" or not present_simple(clause, bare_plural=True):
        return False
    speech = clause.head
    return speech.lemma_.lower() in SPEECH and present_simple(speech, bare_plural=True) \
        and not find_dates(tok.sent.text, None)



def _standing_stance(tok: Token, event: str) -> bool:
    """A stance in the simple present of a story's body that states where a party stands, not a
    dated act: every accusation ("Beijing accuses Manila of stirring up trouble"); a rejection only
    in a relative clause or with its object before it ("a charge the ministry denies"), or when what
    it denies is a present state ("denies that the law is modelled on X") -- "Moscow denies it"
    answers an accusation of the story."""
    if event == "REJECT" and _present_state_denied(tok):
        return not find_dates(tok.sent.text, None)
    if not _standing(tok):
        return False
    return event == "ACCUSE" or tok.dep_ == "relcl" or _object_fronted(tok)


def _object_fronted(verb: Token) -> bool:
    """"a charge Kabul denies": an object before its verb marks a relative clause without a pronoun,
    whatever attachment the parser chose."""
    return any(c.dep_ == "dobj" and c.i < verb.i for c in verb.children)


def _present_state_denied(verb: Token) -> bool:
    """A present-tense denial whose clause is itself in the present tense: "denies that it is
    modelled on", "rejects that it holds prisoners" -- a standing position on a state of affairs,
    not an answer to an act ("denies that it shot down the plane")."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    if clause.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in clause.children)


def _mode(trig: Trigger, event: str, sentence: str, lex: Lexicon) -> str | None:
    if trig.entry.mode and trig.entry.event == event:
        return trig.entry.mode
    return lex.mode_from_cues(event, sentence)


LAWS = frozenset({"bill", "law", "budget", "amendment", "legislation", "constitution"})


def _enacted(trig: Trigger, roles: Roles, event: str) -> bool:
    """"Lawmakers approved the bill": passing a law at home supports no other party; it is an
    event only when it names a foreign recipient ("approved the aid bill for Ukraine")."""
    obj = next((c for c in trig.token.children if c.dep_ == "dobj"), None)
    if event != "SUPPORT" or obj is None or obj.lemma_.lower() not in LAWS:
        return False
    home = {e.country for e in roles.actor}
    return all(e.country in home for e in roles.recipient)


def _side_by_side(cand: Candidate, trig: Trigger, roles: Roles) -> list[Candidate]:
    """A directed act that several parties did side by side with no target found ("U.S. and British
    warships shot down drones") is each one's own act: one event per party, so that no party is read
    as the others' target, as a recipient-less event of several parties would be (a mutual one)."""
    codes = list(dict.fromkeys(e.code for e in roles.actor if e.code))
    if len(codes) < 2 or roles.reciprocal or any(e.code for e in roles.recipient) or not one_way(trig, cand.event):
        return [cand]
    return [replace(cand, actor=tuple(e for e in roles.actor if e.code == code)) for code in codes]


SWAPS = frozenset({"exchange", "return", "swap"})


def _traded_for(trig: Trigger, event: str) -> Token | None:
    """The noun of "in exchange for X" / "in return for X" on a release: X was released by the other
    side (a prisoner swap), so the release runs both ways."""
    if event != "RETREAT" or trig.entry.mode != "release":
        return None
    for prep in (c for c in trig.token.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in SWAPS):
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
                return noun
    return None


def _usable(roles: Roles, event: str, told: str | None = None) -> bool:
    """Whether the roles make an event: an actor with a code, a partner for a meeting (``told``: the
    type the words told, before a future meeting became a promise to meet), and a recipient other
    than the actor unless the type can happen at home."""
    actors = {e.code for e in roles.actor if e.code}
    if not actors:
        return False
    recips = {e.code for e in roles.recipient if e.code}
    if (told or event) == "CONSULT" and not recips and len(actors) < 2:
        return False  # "speaking at the White House", "ambassadors will meet on Tuesday": nobody met
    return not (recips and recips <= actors and len(actors) == 1 and event not in DOMESTIC_OK)


def sentence_events(doc: Doc, resolver: Resolver, lex: Lexicon,
                    previous: list[Earlier]) -> list[Candidate]:
    """Asserted events of one parsed sentence, in trigger order."""
    found = find_triggers(doc, lex)
    triggers = found + _evaluations(doc, found)
    triggers += judgements.find(doc, triggers)
    triggers += threats.find(doc, triggers)
    triggers = [t for t in triggers if not _natural_harm(t)]
    absorbing = _absorbing(triggers)
    finder = RoleFinder(resolver, previous)
    out: list[Candidate] = []
    for trig in triggers:
        if _absorbed(trig, absorbing):
            log.debug("%r: absorbed by another trigger", trig.token.text)
            continue
        trig = _street_protest(trig, lex)
        event = trig.entry.event
        if event is None:
            continue
        if event == "AGREE" and trig.entry.pos == "N" and trig.governor is None and trig.token.dep_ == "nsubj":
            log.debug("%r: an agreement talked about ('the truce held'), not made", trig.token.text)
            continue
        if event == "AGREE" and _named_instrument(trig, resolver):
            log.debug("%r: the name of a treaty ('the Open Skies Treaty'), not an agreement made", trig.token.text)
            continue
        if event == "AGREE" and trig.entry.frame == "absorb" and (trig.governor or trig.token).i not in absorbing:
            if trig.token.lemma_.lower() not in READINESS:
                log.debug("%r: an agreement to act in conflict is coded as that act", trig.token.text)
                continue
            event = "THREATEN"  # "prepared to impose martial law", "vowed to retaliate": a threat
        if event == "AGREE" and _promised_yield(trig, triggers, lex):
            event = "CONCEDE"  # "pledged to hand power to civilians": a promise to yield
        elif event == "AGREE" and _vowed_refusal(trig, triggers):
            event = "REJECT"  # "vowed that the group would not surrender"
        modality = assess(trig.governor or trig.token, event, absorbing - {(trig.governor or trig.token).i},
                          refusal=trig.entry.refusal)
        if modality.threat and event in THREAT_TYPES:
            event, modality = "THREATEN", Modality(True)  # "will withdraw unless ...", "would blockade Paris"
        refusing = False  # "will not meet X" refuses X (``_refuser``); "failed to reach a deal" fails both sides
        if not modality.asserted and refused(modality, event, trig.governor or trig.token):
            refusing = modality.reason.startswith("negated")
            event, modality = "REJECT", Modality(True)  # "Syria will not accept more refugees"
        ceasing = modality.ceasing
        if ceasing:
            event, modality = "AGREE", Modality(True, future=True)  # "it would stop firing"
        if not modality.asserted:
            log.debug("%r %s: not asserted (%s)", trig.token.text, event, modality.reason)
            continue
        if trig.entry.pos == "N" and trig.token.lemma_.lower() in UNREST and trig.governor is None \
                and trig.token.dep_ not in ("nsubj", "ROOT"):
            log.debug("%r: unrest mentioned as a circumstance ('in response to recent unrest')", trig.token.text)
            continue
        if event == "CONSULT" and _sheltered_arrival(trig.governor or trig.token):
            log.debug("%r: an arrival to take refuge, not a visit", trig.token.text)
            continue
        if _disregarded(trig):
            log.debug("%r %s: an act someone went ahead in spite of ('ignoring warnings from X')",
                      trig.token.text, event)
            continue
        if _detail_of_attack(trig.governor or trig.token, lex):
            log.debug("%r %s: a detail of the attack its clause describes ('raids in which 20 were killed')",
                      trig.token.text, event)
            continue
        if _pending(trig.governor or trig.token):
            log.debug("%r %s: a time clause in the present tense ('until Budapest meets the conditions') looks "
                      "ahead", trig.token.text, event)
            continue
        if _evaluated(trig, triggers):
            log.debug("%r %s: the act an evaluation judges ('describing the manoeuvres as dangerous'), told "
                      "elsewhere", trig.token.text, event)
            continue
        if _retort(trig):
            log.debug("%r: hitting back names a retaliation told elsewhere, not an attack", trig.token.text)
            continue
        if _compelled_halt(trig, event):
            log.debug("%r: a halt forced on its doer ('forcing it to suspend flights'), not a sanction",
                      trig.token.text)
            continue
        if _reason(trig, triggers):
            log.debug("%r %s: the reason given for a sanction or accusation ('sanctions on X for its support')",
                      trig.token.text, event)
            continue
        if _earlier_aside(trig.governor or trig.token) or _pluperfect_aside(_clause_verb(trig)):
            log.debug("%r %s: an aside about earlier occasions ('who has mediated in earlier disputes', "
                      "'that the courts had banned')", trig.token.text, event)
            continue
        if _habit(trig.governor or trig.token):
            log.debug("%r %s: what a group habitually does ('militants who use camps to raid X')",
                      trig.token.text, event)
            continue
        if resolver.sentence > 0 and _claimed_habit(trig.governor or trig.token):
            log.debug("%r %s: what a party says it does, in the present tense ('say their attacks target')",
                      trig.token.text, event)
            continue
        if event in STANCES and resolver.sentence > 0 and _standing_stance(trig.token, event):
            log.debug("%r %s: a standing position in the present tense, not a dated act", trig.token.text, event)
            continue
        roles = threats.threatened_roles(trig, judgements.judged_roles(trig, finder.roles(trig), finder), finder)
        if ceasing:
            roles = _ceasefire_partner(roles, resolver)
        if refusing and roles.reciprocal:
            roles = _refuser(trig, roles, finder)
            if roles.reciprocal:
                log.debug("%r: a joint act that will not happen ('X and Y will not meet'), no one's refusal",
                          trig.token.text)
                continue
        if _own_act_judged(trig, roles, previous, lex):
            log.debug("%r: a speaker judging its own act ('the strikes were a slap'), no accusation", trig.token.text)
            continue
        if modality.future and not (trig.entry.lemma == "stand" and trig.entry.particle):
            # ("would stand by Azerbaijan": a stance taken now, not cooperation promised)
            event = future_type(event)
        event = _refine(event, trig, roles)
        roles, event = _backing_claimed(trig, roles, event, resolver)
        if event == "COOPERATE" and len({e.code for e in roles.actor}) >= 2:
            roles = Roles(roles.actor, (), roles.actor_how, "none", reciprocal=True)  # a joint patrol in Syria
        if _enacted(trig, roles, event):
            log.debug("%r: a law passed at home backs no one", trig.token.text)
            continue
        if not _usable(roles, event, trig.entry.event):
            log.debug("%r %s: unusable roles %s -> %s", trig.token.text, event,
                      [e.code for e in roles.actor], [e.code for e in roles.recipient])
            continue
        tok = trig.token
        cues = _cues(trig, event, roles, modality, resolver)
        cand = Candidate(event, _mode(trig, event, doc.text, lex), roles.actor, roles.recipient,
                         tok.text, tok.idx, tok.idx + len(tok.text), calibrated.probability(cues), modality.future,
                         _foreign_spans(trig, triggers) + _other_conjuncts(trig) + _beside_contrast(trig)
                         + _later_clauses(trig), cues)
        out += _side_by_side(cand, trig, roles)
        accused = _victim_accuses(trig, roles, event, resolver)
        if accused is not None:  # "Beijing said Indian soldiers fired at a Chinese patrol": China accuses India
            told, by = accused
            out.append(replace(cand, event="ACCUSE", mode=None, actor=by.actor, recipient=by.recipient,
                               trigger=told.text, start=told.idx, end=told.idx + len(told.text), foreign=()))
        traded = _traded_for(trig, event)
        if traded is not None and roles.recipient:
            # "Iran freed two French citizens in exchange for an Iranian engineer": the other side
            # released someone too, the same day; the exchange noun is its evidence
            out.append(replace(cand, actor=roles.recipient, recipient=roles.actor, trigger=traded.text,
                               start=traded.idx, end=traded.idx + len(traded.text)))
        states = [e for e in roles.actor if e.country and e.sector not in NON_STATE]
        if len({e.country for e in states}) == 1:
            resolver.ctx.last_actor = resolver._by_code(states[0].country, states[0].text)
        parties = list(dict.fromkeys(e.code for e in roles.actor + roles.recipient if e.code and e.country))
        if len(parties) == 2 and event not in THIRD_PARTY_TYPES:
            # for a later "the two sides": parties at odds or in a deal, not a mediator's call or praise
            resolver.ctx.last_pair = (parties[0], parties[1])
        roles, event = _reported_claim(trig, roles, event, resolver)
        previous.append(Earlier(event, roles.actor, roles.recipient,
                                frozenset(t.lemma_.lower() for t in doc), cand.mode,
                                frozenset(m.code for m in resolver.at.values() if m.code)))
    out += _obligations(doc, resolver, {c.start for c in out})
    return sorted(out + _imitations(doc, finder, previous, out), key=lambda c: c.start)


def _refuser(trig: Trigger, roles: Roles, finder: RoleFinder) -> Roles:
    """"Israel said it would not negotiate with Hamas": a joint act refused is no joint act; the one
    who says no refuses it to the other party (its subject acts, the other parties receive)."""
    refuser = finder.subject_actor(trig.governor or trig.token)
    own = {e.code for e in refuser.entities}
    others = tuple(e for e in roles.actor if e.code not in own)
    if not own or not others:
        return roles
    return Roles(refuser.entities, others, refuser.how, roles.actor_how)


# What is followed when an act is imitated: "followed suit", "followed Japan's lead", "followed its example".
FOLLOWED = frozenset({"suit", "lead", "example"})


def _inverted_stand_in(verb: Token) -> bool:
    """"..., as did Peru", "and so have Chile and Peru": "do"/"have" standing in for the verb before
    it, after "as" or "so", with its subject after it and nothing else of its own."""
    return verb.lemma_.lower() in ("do", "have") and verb.dep_ in ("advcl", "conj") \
        and any(c.lower_ in ("as", "so") and c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children) \
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)


def _imitating(verb: Token) -> bool:
    """A verb that repeats the act told just before: "followed suit", "followed its lead", "did the
    same (thing)", "did likewise", and the inverted stand-in "..., as did Peru", "and so have Chile
    and Peru" (an auxiliary with "as"/"so" before it and its subject after it)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "follow":
        return any(o.lemma_.lower() in FOLLOWED for o in objects)
    if _inverted_stand_in(verb):
        return True
    if verb.lemma_.lower() != "do":
        return False
    return any(o.lower_ == "same" or any(c.lower_ == "same" for c in o.children) for o in objects) or any(
        c.dep_ == "advmod" and c.lower_ == "likewise" for c in verb.children)


def _imitations(doc: Doc, finder: RoleFinder, previous: list[Earlier], told: list[Candidate]) -> list[Candidate]:
    """"Brazil expelled the envoy, and Paraguay did likewise"; "Peru later followed suit": the imitators
    do what the last event of the story not involving them was, in its mode, to its recipient (back to
    it when they imitate their own adversary: "X accused Y and Y did the same"; to themselves when the
    act was done at home). An imitation its sentence spells out ("followed suit, suspending Z") is
    that sentence's own event; one is not an event the story's later references point to."""
    out = []
    for verb in (t for t in doc if t.pos_ in ("VERB", "AUX") and _imitating(t)):
        actor = finder.subject_actor(verb)
        codes = {e.code for e in actor.entities if e.code}
        model = next((e for e in reversed(previous) if not codes & {x.code for x in e.actors}), None)
        if not codes or model is None or any(codes & {e.code for e in c.actor} for c in told):
            continue
        modality = assess(verb, model.event, frozenset())
        if not modality.asserted:
            log.debug("%r %s: imitation not asserted (%s)", verb.text, model.event, modality.reason)
            continue
        event = future_type(model.event) if modality.future else model.event
        recipient = _imitated_recipient(model, actor.entities)
        roles = Roles(actor.entities, recipient, actor.how, "context")
        if not _usable(roles, event):
            continue
        cues = ("imitation", "lexicon=0.7", "lexicon:low", "pos:V", f"type:{event}", "frame:dir",
                f"actor:{actor.how}", "recipient:context", *_party_cues(actor.entities, recipient, finder.r))
        out.append(Candidate(event, model.mode, actor.entities, recipient, verb.text, verb.idx,
                             verb.idx + len(verb.text), calibrated.probability(cues), modality.future, (), cues))
    return out


def _imitated_recipient(model: Earlier, imitators: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Whom imitators of ``model`` act on: its actors if they were its recipients, themselves if it
    was done at home, else its recipients."""
    codes = {e.code for e in imitators if e.code}
    targets = {e.code for e in model.recipients if e.code}
    if targets and targets <= codes:
        return model.actors
    if targets and targets <= {e.code for e in model.actors}:
        return imitators
    return tuple(e for e in model.recipients if e.code not in codes)


QUOTES = re.compile("[\"\u201c\u201d]")


def _cues(trig: Trigger, event: str, roles: Roles, modality: Modality, resolver: Resolver) -> tuple[str, ...]:
    """What the coder saw when it made this event, for the confidence model: the lexicon's prior,
    the kind of trigger, how each role was found, modality, speech and the parties."""
    tok, entry = trig.token, trig.entry
    head = trig.governor or tok
    recipient_how = "reciprocal" if roles.reciprocal else roles.recipient_how if roles.recipient else "none"
    out = [f"lexicon={entry.weight:g}", _lexicon_band(entry.weight), f"pos:{entry.pos}", f"type:{event}",
           f"frame:{entry.frame}", f"actor:{roles.actor_how}", f"recipient:{recipient_how}"]
    if roles.actor_how == "named" and recipient_how in ("named", "reciprocal"):
        out.append("roles:named")  # both sides named in the sentence itself
    if trig.governor is not None:
        out.append("light")
    if event != entry.event:
        out.append("retyped")  # by modality (future, threat) or by who is involved
    if modality.future:
        out.append("future")
    if len(QUOTES.findall(tok.doc.text[:tok.idx])) % 2:  # an odd number of quote marks before it
        out.append("quoted")
    if _speech_head(head) is not None:
        out.append("speech")
    if any(t.dep_ in SUBORDINATE for t in (head, *head.ancestors)):
        out.append("clause:sub")  # told inside a relative, adverbial or adnominal clause
    return (*out, *_party_cues(roles.actor, roles.recipient, resolver))


# Clauses that tell an act on the side of the sentence's main one.
SUBORDINATE = frozenset({"relcl", "advcl", "acl", "pcomp"})


def _lexicon_band(weight: float) -> str:
    """The lexicon's prior for the word, banded (its hand-set values are not linear in accuracy)."""
    return "lexicon:high" if weight >= 0.9 else "lexicon:low" if weight < 0.8 else "lexicon:mid"


def _party_cues(actor: tuple[Entity, ...], recipient: tuple[Entity, ...], resolver: Resolver) -> list[str]:
    out = []
    actors = {e.code for e in actor if e.code}
    recips = {e.code for e in recipient if e.code}
    if len(actors) > 1:
        out.append("actors:2+")
    if len(recips) > 1:
        out.append("recipients:2+")
    countries = {e.country for e in actor if e.country}
    if countries and countries == {e.country for e in recipient if e.country}:
        out.append("domestic")
    if any(e.igo for e in actor + recipient):
        out.append("igo")
    out += sorted({f"sector:{e.sector or '-'}" for e in actor})
    kinds = {m.text: m.kind for m in resolver.at.values()}
    out += sorted({f"actor_kind:{kinds[e.text]}" for e in actor if e.text in kinds})
    return out


# Verbs that brush a thing aside as something: "dismissed the report as baseless" (REJECT).
DISMISSING = frozenset({"dismiss"})


def _as_phrase(verb: Token) -> bool:
    """Does the verb say what its object is taken "as" ("dismissed the claim as baseless")? The parser
    hangs "as" on the verb, on its object, or as an adverb of an adjective clause ("as baseless")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "as" for h in heads for c in h.children) or any(
        c.dep_ in ("advcl", "oprd", "acomp")
        and any(a.lower_ == "as" and a.dep_ in ("advmod", "prep") for a in c.children) for c in verb.children)


def _characterisation_as_object(verb: Token) -> list[Token]:
    """The characterisation the parser takes for the object of "called X Y": the second of two objects
    ("labelled the move a provocation"), or the only one when the party named hangs on it ("branded
    Maduro a dictator": "Maduro" a modifier of "dictator")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 2:
        return objects[1:]
    if len(objects) == 1 and (any(c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < objects[0].i
                                  for c in objects[0].children) or any(c.dep_ == "dative" for c in verb.children)):
        return objects  # (or the party parsed as the indirect object: "branded him a dictator")
    # or an apposition with no comma ("branded Maduro a dictator"; "called Maduro, a former bus driver," is
    # the writer's aside)
    apposed = [c for o in objects for c in o.children if c.dep_ == "appos" and not any(
        t.is_punct for t in o.doc[o.i + 1:c.left_edge.i])]
    if apposed or verb.dep_ != "relcl" or any(c.dep_ in ("oprd", "xcomp", "attr", "ccomp") for c in verb.children):
        return apposed
    # or, in a clause on a noun, the only object: "a step the United States called an unprovoked escalation"
    # (what is judged is the noun the clause hangs on)
    return [o for o in objects if o.tag_ not in ("WP", "WDT")]


def _swallowed_object(verb: Token) -> list[Token]:
    """The object the parser folds into the complement of "called X Y" when Y is a bare adjective or
    noun ("called the Belarusian crackdown barbaric": "crackdown" hangs as a compound on "barbaric")."""
    return [c for o in verb.children if o.dep_ == "oprd" for c in o.children
            if c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("NOUN", "PROPN")]


# Nouns of what someone claims against another: judging one false is denying it, not accusing.
CLAIMS = frozenset({"claim", "accusation", "allegation", "charge", "assertion", "insinuation"})


def _condemned_claim(kind: str, judged: list[Token]) -> tuple[str, str]:
    """The type and mode of a negative judgement: "called the claim a fabrication", "said Lima's
    accusations were baseless" judge a claim made against the speaker, a denial (REJECT); any other
    thing judged bad ("called the launch unacceptable") is an accusation."""
    if any(t.lemma_.lower() in CLAIMS for t in judged):
        return "REJECT", "deny"
    return kind, "condemn"


def _felt(complement: list[Token]) -> str | None:
    """ACCUSE or SUPPORT by the general sentiment of the nouns and adjectives a characterisation
    gives ("a sin", "a humiliating capitulation", "a glimmer of hope"), for words the reviewed table
    does not list; None when none feels strongly (``VALENCE_MIN``)."""
    felt = valence()
    scores = [felt.get(t.lower_, felt.get(t.lemma_.lower())) for t in complement
              if t.pos_ in ("NOUN", "ADJ")
              or (t.pos_ == "ADV" and t.dep_ in ("oprd", "advmod") and t.head.pos_ == "VERB")]
    strong = [s for s in scores if s is not None and abs(s) >= VALENCE_MIN]
    if not strong:
        return None
    return "ACCUSE" if sum(strong) < 0 else "SUPPORT"


def _evaluations(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """"Kishida called the launch absolutely unacceptable", "Paris said the vote was illegal":
    an accusation (or praise) by evaluation."""
    out = []
    taken = {t.token.i for t in triggers}
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in EVALUATIVE_VERBS | DISMISSING or tok.pos_ != "VERB" or (lemma in DISMISSING and tok.i in taken):
            continue
        complement = [t for c in tok.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp")
                      for t in c.subtree]
        complement += [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
        if lemma in EVALUATIVE_VERBS:  # "called the move cowardly": an adjective in -ly read as an adverb
            complement += [c for c in tok.children if c.dep_ == "advmod" and c.lower_.endswith("ly")
                           and any(o.dep_ == "dobj" and o.i < c.i for o in tok.children)]
            # "called Washington's decision to expel its ambassador regrettable": the parser hangs the
            # characterisation on the verb of the object's own clause
            complement += [t for o in tok.children if o.dep_ == "dobj" for v in o.children if v.dep_ == "acl"
                           for c in v.children if c.dep_ == "oprd" for t in c.subtree]
        told = _characterisation_as_object(tok) if lemma in EVALUATIVE_VERBS else []
        complement += [t for o in told for t in o.subtree]
        words = {evaluations().get(t.lemma_.lower()) for t in complement}
        kind = "ACCUSE" if "negative" in words else "SUPPORT" if "positive" in words else None
        if kind is None and lemma in EVALUATIVE_VERBS:
            kind = _felt(complement)  # "called the deal a sin", "called Russia a true friend"
        judged = [c for c in tok.children if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") and c not in told]
        judged = judged or _swallowed_object(tok) or [c for o in told for c in o.children if c.dep_ == "nmod"] \
            or [c for c in tok.children if c.dep_ == "dative" and told] \
            or ([tok.head] if tok.dep_ == "relcl" and told else [])
        if not judged and named_as_what(tok):
            # "responded to what its ministry called a terrorist escalation": the named thing is what is judged
            judged = [c for c in tok.children if c.dep_ == "oprd"]
        if lemma in DISMISSING:
            if judged and _as_phrase(tok):
                # "dismissed the statement as baseless", "dismissed as 'simplistic' India's explanation"
                entry = TriggerEntry(tok.lemma_, None, "V", "REJECT", "deny", frozenset(), False, (), "dir", 0.8)
                out.append(Trigger(tok, entry, None))
            continue
        if kind and judged:
            # ("at what it described as militant hideouts" is a hedge, not a judgement)
            kind, mode = _condemned_claim(kind, judged) if kind == "ACCUSE" else (kind, "praise")
            entry = TriggerEntry(tok.lemma_, None, "V", kind, mode, frozenset(), False, (), "dir", 0.8)
            out.append(Trigger(tok, entry, None))
    called = {t.token.i for t in out}
    for tok in doc:  # "May said Russia was culpable", "said the measures were unjustified"
        if tok.lemma_.lower() not in REPORTING_EVALUATION or tok.pos_ != "VERB" or tok.i in called:
            continue
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            if _disavowal(clause):  # "said Russia had nothing to do with the bill": a denial
                entry = TriggerEntry(tok.lemma_, None, "V", "REJECT", "deny", frozenset(), False, (), "dir", 0.7)
                out.append(Trigger(tok, entry, None))
                break
            blamed = _blame(clause)
            if not (blamed or _judged(clause)):
                continue
            if any(t.i in taken and t.pos_ == "VERB" for t in _reported(clause)):
                continue  # the clause holds an event of its own ("said Y attacked Z")
            words = {evaluations().get(t.lemma_.lower()) for t in _judgement(clause)}
            if "negative" in words or blamed:
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                kind, mode = _condemned_claim("ACCUSE", subjects)
                entry = TriggerEntry(tok.lemma_, None, "V", kind, mode, frozenset(), False, (), "dir", 0.7)
                out.append(Trigger(tok, entry, None))
                break
    return out


# Verbs of commitment. With a concession or retreat in their complement they promise to yield
# ("pledged to hand over power", "promised to free the prisoners"); mere readiness ("willing to
# withdraw") stays an offer.
COMMISSIVES = frozenset({"promise", "pledge", "vow", "swear", "commit", "undertake", "offer"})
YIELDING = frozenset({"CONCEDE", "RETREAT"})


def _promised_yield(trig: Trigger, triggers: list[Trigger], lex: Lexicon) -> bool:
    """A promise whose complement is a concession or a retreat is itself a concession (PLOVER
    CONCEDE: promised releases, resignations, hand-overs, "promised an amnesty"); "agreed to"
    stays an agreement, and so does a payment ("offered to pay compensation", a light verb's noun)."""
    head = trig.governor or trig.token
    if head.lemma_.lower() not in COMMISSIVES and head.lower_ not in COMMISSIVES:
        return False
    if not trig.entry.objects and any(  # a row naming its objects ("offered concessions") has its own type
            c.dep_ == "dobj" and any(e.event in YIELDING for e in lex.lookup(c.lemma_.lower(), "N"))
            for c in head.children):
        return True
    return _yield_promised(head, trig, triggers, refused=False)


def _negated_verb(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children)


def _yield_promised(head: Token, trig: Trigger, triggers: list[Trigger], refused: bool) -> bool:
    """Is a concession or retreat promised in the complement of ``head`` ("pledged to hand over"),
    or, with ``refused``, promised not to happen ("vowed never to surrender")?"""
    inside = {t.i for c in _complement_clauses(head) for t in c.subtree}
    return any(o.entry.event in YIELDING and o.governor is None and o.token.i in inside
               and _negated_verb(o.token) == refused for o in triggers if o is not trig)


def _vowed_refusal(trig: Trigger, triggers: list[Trigger]) -> bool:
    """"vowed that the group would not surrender", "swore never to hand over the town": a promise
    not to yield is a refusal (REJECT), not a concession."""
    head = trig.governor or trig.token
    return head.lemma_.lower() in COMMISSIVES and _yield_promised(head, trig, triggers, refused=True)


# Readiness and vows: with a hostile act in their complement they threaten it; "agreed to ban" does it.
READINESS = frozenset({"prepare", "prepared", "ready", "willing", "vow", "pledge", "swear", "promise", "determined",
                       "resolve", "commit"})


def _ceasefire_partner(roles: Roles, resolver: Resolver) -> Roles:
    """A promise to stop firing is made to the other side, not to the promising party's own people."""
    own = frozenset(e.code for e in roles.actor if e.code)
    if roles.recipient and {e.code for e in roles.recipient} - own:
        return roles
    other = resolver.story_party(own)
    return Roles(roles.actor, other.entities, roles.actor_how, other.how)


def _own_act_judged(trig: Trigger, roles: Roles, previous: list[Earlier], lex: Lexicon) -> bool:
    """"Khamenei said the strikes were a slap on the face for America": the judged act is the
    speaker's own (it did such an act earlier in the story), so the judgement is a boast, not an
    accusation of whoever is named after it."""
    if trig.entry.lemma not in REPORTING_EVALUATION or trig.entry.event != "ACCUSE":
        return False
    clause = next((c for c in trig.token.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if subject is None:
        return False
    kinds = {e.event for e in lex.lookup(subject.lemma_.lower(), "N") if e.event}
    speaker = {e.code for e in roles.actor if e.code}
    return any(earlier.event in kinds and speaker & {e.code for e in earlier.actors} for earlier in previous)


REPORTING_EVALUATION = frozenset({"say", "state", "tell", "declare", "add", "insist", "stress", "argue", "conclude"})


def _reported(clause: Token) -> list[Token]:
    """The words of one reported proposition: the clause without its conjoined verbs, which are
    either propositions of their own ("said the vote was illegal and that Iran would respond") or,
    without a subject, the speaker's own acts ("said the decision had escalated tensions and urged
    Pristina to calm down", ``roles._speaker_of_conjunct``)."""
    skip = _conjoined_verbs(clause)
    return [t for t in clause.subtree if t.i not in skip]


def _conjoined_verbs(verb: Token) -> set[int]:
    """Token indices of the verbs conjoined to ``verb`` and everything under them."""
    return {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}


def _passive(clause: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in clause.children)


# Words of blame: "X was responsible for the death", "X bore full responsibility for the collision".
BLAME_WORDS = frozenset({"responsible", "responsibility", "culpable", "blame", "guilty"})
# What one is blamed for when the lexicon and the harm table do not name it.
MISHAPS = frozenset({"death", "killing", "collision", "crash", "incident", "explosion", "blast", "loss", "downing",
                     "sinking", "fire", "leak", "sabotage"})


def _blame(clause: Token) -> bool:
    """"said Putin was responsible for the death", "said China bore full responsibility for the collision":
    a clause laying a harm at a named party's door. Not a claim of one's own ("said it was responsible
    for the attack", a pronoun subject) nor a duty ("responsible for security")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.lemma_.lower() not in ("be", "bear") or subject is None or subject.tag_ == "PRP" \
            or any(c.dep_ == "neg" for c in clause.children):
        return False
    for word in (t for t in clause.subtree if t.lemma_.lower() in BLAME_WORDS):
        for pobj in (g for p in word.children if p.dep_ == "prep" and p.lower_ == "for"
                     for g in p.children if g.dep_ == "pobj"):
            lemma = pobj.lemma_.lower()
            if lemma in MISHAPS or lemma in harms() or any(
                    e.event in ("ASSAULT", "COERCE") for e in lexicon().lookup(lemma, "N")):
                return True
    return False


# What one denies having in a matter: "there had been no U.S. involvement", "no truth to the allegation".
DISAVOWED = frozenset({"involvement", "truth", "role", "link", "connection", "hand", "part"})


def _disavowal(clause: Token) -> bool:
    """A clause denying a part in something: "had nothing to do with the bill", "was not involved in any
    manner", "there had been no U.S. involvement", "there was no truth to the allegation"."""
    lemma = clause.lemma_.lower()
    if lemma == "have" and any(o.dep_ == "dobj" and o.lower_ == "nothing" and any(
            v.lemma_ == "do" and any(p.dep_ == "prep" and p.lower_ == "with" for p in v.children)
            for v in o.children) for o in clause.children):
        return True
    if lemma == "involve" and any(c.dep_ == "neg" for c in clause.children) \
            and any(c.dep_ == "auxpass" for c in clause.children) \
            and not any(c.lower_ == "necessarily" for c in clause.children):  # ("not necessarily involved": a hedge)
        return True
    return lemma == "be" and any(c.dep_ == "expl" for c in clause.children) and any(
        a.dep_ in ("attr", "nsubj") and a.lemma_.lower() in DISAVOWED
        and any(d.dep_ == "det" and d.lower_ == "no" for d in a.children) for a in clause.children)


def _judged(clause: Token) -> bool:
    """A clause that judges: a copula with a predicate ("X was culpable"), a passive that
    characterises ("the decision was based on false claims") or a verb of harm (``data/events/harms.tsv``);
    a negated one ("the move had not escalated tensions") judges nothing."""
    lemma = clause.lemma_.lower()
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    return lemma == "be" or _passive(clause) or judgements.harm_verb(lemma)


def _judgement(clause: Token) -> list[Token]:
    """The words that carry a clause's judgement: the predicate, not the subject's own words."""
    if clause.lemma_.lower() != "be":
        deps = ("dobj", "prep", "agent") if _passive(clause) else ("dobj",)
        return [clause] + [t for c in clause.children if c.dep_ in deps for t in c.subtree]
    words = set(_reported(clause))
    return [t for c in clause.children if c.dep_ in ("acomp", "attr", "conj") for t in c.subtree if t in words]


def _foreign_spans(trig: Trigger, triggers: list[Trigger]) -> tuple[tuple[int, int], ...]:
    """Phrases of other eventive nouns that do not contain this trigger: "Iran's strikes followed
    attacks on Monday night on Erbil" — Monday dates the attacks, not the strikes."""
    own = trig.governor or trig.token
    spans = []
    for other in triggers:
        tok = other.token
        if other is trig or tok.pos_ not in ("NOUN", "PROPN") or other.governor is not None:
            continue
        if tok.left_edge.i <= own.i <= tok.right_edge.i or _in_occasion(own, tok):
            continue
        spans.append((tok.idx, tok.right_edge.idx + len(tok.right_edge.text)))
    return tuple(spans)


def _in_occasion(head: Token, noun: Token) -> bool:
    """Whether an act is done in the meeting or call a noun names ("apologised in a phone call on
    Thursday and promised ...", "agreed at a summit on Wednesday to suspend X"): the verb the noun sets,
    a verb conjoined to it or a verb in its complement; such an act shares the occasion's date (a
    conjoined verb with a date of its own keeps it, ``_other_conjuncts``)."""
    setting = setting_of(noun)
    if setting is None:
        return False
    cur = head
    for _ in range(4):
        if cur.i == setting.i:
            return True
        if cur.dep_ == "ROOT" or cur.head is cur:
            return False
        cur = cur.head
    return False


CONTRAST = frozenset({"while", "whereas"})


def _beside_contrast(trig: Trigger) -> tuple[tuple[int, int], ...]:
    """"X said on Monday that ..., while Y rejected Z": a contrasting clause with a subject of its own
    tells another party's act, which the main clause's date does not date (char spans to hide)."""
    cur = trig.governor or trig.token
    for clause in [cur, *cur.ancestors]:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST for c in clause.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            end = clause.right_edge.idx + len(clause.right_edge.text)
            return (0, clause.left_edge.idx), (end, len(clause.doc.text))
    return ()


def _conjunct_words(verb: Token) -> list[Token]:
    """A conjoined verb's own words: its subtree without the verbs conjoined to it (and their "and")."""
    skip = _conjoined_verbs(verb) | {c.i for c in verb.children if c.dep_ == "cc"}
    return [t for t in verb.subtree if t.i not in skip]


def _other_conjuncts(trig: Trigger) -> tuple[tuple[int, int], ...]:
    """"arrived in Lima on Monday and met the president on Tuesday": when the trigger's verb has a
    date of its own, the dates of the verbs conjoined with it are theirs (char spans to hide);
    without one ("arrived on Monday and met the president") it shares theirs."""
    verb = trig.governor or trig.token
    if verb.pos_ not in ("VERB", "AUX"):
        return ()
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    chain, todo = [], [first]
    while todo:
        cur = todo.pop()
        chain.append(cur)
        todo += [c for c in cur.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if len(chain) < 2 or not _dates_itself(verb, _conjunct_words(verb)):
        return ()
    return tuple(span for other in chain if other.i != verb.i for span in _char_runs(_conjunct_words(other)))


def _later_clauses(trig: Trigger) -> tuple[tuple[int, int], ...]:
    """"X accused Y of treason, and a court issued a warrant last month": a clause conjoined after the
    trigger's, with a subject of its own, tells another act; its date does not reach back to this one
    (one before it still sets the scene: "On Monday X met Y, and Z protested")."""
    verb = trig.governor or trig.token
    if verb.pos_ not in ("VERB", "AUX"):
        return ()
    later = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
             and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return tuple(span for c in later for span in _char_runs(list(c.subtree)))


def _char_runs(words: list[Token]) -> list[tuple[int, int]]:
    """The character spans of the unbroken runs of ``words`` (tokens in order)."""
    runs: list[list[Token]] = []
    for t in words:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return [(run[0].idx, run[-1].idx + len(run[-1].text)) for run in runs]


def _dates_itself(verb: Token, words: list[Token]) -> bool:
    """Whether a verb's words hold a date expression that can date it (not a future one, nor one of a
    relative clause on its object: "arrested Y, who had hidden there since May")."""
    inner = {s.i for t in words if t.dep_ in ("relcl", "acl") and t.i != verb.i for s in t.subtree}
    text = "".join(t.text_with_ws for t in words if t.i not in inner)
    return any(m.relation != "future" for m in find_dates(text, None))


def _speech_head(tok: Token) -> Token | None:
    """The reporting verb whose clausal complement holds ``tok`` ("X said Y attacked Z")."""
    cur = tok
    for _ in range(5):
        if cur.head is cur:
            return None
        dep, cur = cur.dep_, cur.head
        if cur.lemma_.lower() in SPEECH and dep in ("ccomp", "conj", "xcomp", "advcl"):
            return cur
        if cur.lemma_.lower() in SPEECH and cur.pos_ == "NOUN" and dep in ("acl", "relcl"):
            return cur  # "a stern reminder to Iraq that it must cooperate"
        if dep not in ("conj", "ccomp", "xcomp", "aux", "advcl"):
            return None
    return None


def _speaker(verb: Token, resolver: Resolver) -> tuple[Entity, ...]:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.pos_ == "NOUN" and verb.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "X issued a warning that"
    return resolver.phrase(subj).entities if subj is not None else ()


# Reported acts that the victim's telling turns into an accusation (a breach of a truce among them).
CLAIMED = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
BREACHES = frozenset({"violate", "breach", "break"})


def _victim_accuses(trig: Trigger, roles: Roles, event: str, resolver: Resolver) -> tuple[Token, Roles] | None:
    """"China's army said Indian soldiers had fired at a Chinese patrol", "Israel said Iran had violated
    the ceasefire": a state telling of a hostile act against itself accuses the doer (the gold
    conventions code the ACCUSE besides the act). The speech verb and the roles of that accusation, or None."""
    if event not in CLAIMED and not (event == "REJECT" and trig.token.lemma_.lower() in BREACHES):
        return None
    act = trig.governor or trig.token
    verb = _speech_head(act)
    if verb is None or verb.i > act.i:
        return None  # "..., police said": a source named after the act reports it, it accuses no one
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    told = resolver.phrase(subject) if subject is not None else None
    if told is None or told.how != "named" or any(e.sector == "COP" for e in told.entities):
        return None
    speaker = told.entities
    said_by = {e.code for e in speaker if e.code}
    victims = {e.code for e in roles.recipient if e.code}
    doers = tuple(e for e in roles.actor if e.code and e.code not in said_by)
    if not said_by or not said_by <= victims or len(doers) != len(roles.actor):
        return None
    return verb, Roles(speaker, doers, "named", roles.actor_how)


def _reported_claim(trig: Trigger, roles: Roles, event: str, resolver: Resolver) -> tuple[Roles, str]:
    """A state saying it was attacked is accusing the attacker: "Beijing said Indian soldiers
    attacked Chinese personnel" is ACCUSE CHN→IND, not an attack the coder can vouch for."""
    if event not in CLAIMED:
        return roles, event
    verb = _speech_head(trig.governor or trig.token)
    speaker = _speaker(verb, resolver) if verb is not None else ()
    victims = {e.code for e in roles.recipient if e.code}
    said_by = {e.code for e in speaker if e.code}
    if said_by and said_by <= victims and not said_by & {e.code for e in roles.actor}:
        return Roles(speaker, roles.actor, "named", roles.actor_how), "ACCUSE"
    return roles, event


BACKING = frozenset({"SUPPORT", "AID"})
ARMED_GROUPS = frozenset({"REB", "INS", "SEP", "UAF"})


def _backing_claimed(trig: Trigger, roles: Roles, event: str, resolver: Resolver) -> tuple[Roles, str]:
    """A government saying a foreign state backs armed groups on its soil accuses that state:
    "Bamako said Algiers was arming the separatists" is ACCUSE MLI→DZA, not support the coder vouches for."""
    head = trig.governor or trig.token
    obj = direct_object(head)  # also a shared one, or the passive subject ("the rebels were armed by X")
    if event not in BACKING or obj is None or not any(
            e.sector in ARMED_GROUPS for e in resolver.phrase(obj).entities):
        return roles, event
    verb = _speech_head(head)
    speaker = tuple(e for e in _speaker(verb, resolver) if e.country) if verb is not None else ()
    said_by = {e.country for e in speaker}
    backers = {e.code for e in roles.actor if e.code}
    if said_by and backers and not said_by & backers and said_by >= {e.country for e in roles.recipient}:
        return Roles(speaker, roles.actor, "named", roles.actor_how), "ACCUSE"
    return roles, event


def _obligations(doc: Doc, resolver: Resolver, taken: set[int]) -> list[Candidate]:
    """"Khamenei said the U.S. presence must end": a demand of the speaker on the subject."""
    out = []
    for tok in doc:
        if tok.idx in taken or not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children):
            continue
        verb = _speech_head(tok)
        if verb is None:
            continue
        speaker = _speaker(verb, resolver)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        target = resolver.phrase(subj).entities if subj is not None else ()
        codes = {e.code for e in speaker if e.code}
        own = set() if speaker and all(e.sector in NON_STATE for e in speaker) else codes
        target = tuple(e for e in target if e.code and e.code not in own)  # rebels may make demands at home
        if codes and target:
            cues = ("obligation", "lexicon=0.6", "lexicon:low", "pos:V", "type:REQUEST", "frame:dir", "actor:named",
                    "recipient:named", "roles:named", "speech", *_party_cues(speaker, target, resolver))
            out.append(Candidate("REQUEST", "demand", speaker, target, tok.text, tok.idx,
                                 tok.idx + len(tok.text), calibrated.probability(cues), False, (), cues))
    return out


# Seizing people and carrying them off (PLOVER COERCE, as an arrest is); taking or holding them hostage,
# with a threat to their lives, stays an assault.
CARRYING_OFF = frozenset({"abduct", "kidnap", "abduction", "kidnapping"})
# Violence against people, an attack whoever does it.
HARMING = frozenset({"kill", "shoot", "beat", "stab", "lynch", "murder", "behead", "shot"})
# What one arrives to do as help ("arrived to help dig out survivors"), and who arrives as help ("a rescue
# team", "medical teams", "relief workers").
RELIEF_WORK = frozenset({"help", "assist", "aid", "rescue", "treat", "search", "evacuate", "deliver", "distribute"})
RELIEF = frozenset({"rescue", "relief", "aid", "medical", "humanitarian", "search"})


def _arrived_to_help(verb: Token) -> bool:
    """An arrival whose purpose is to help, or of people named as relief: help delivered (AID)."""
    purpose = infinitive(verb)
    if purpose is not None and purpose.lemma_.lower() in RELIEF_WORK:
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in RELIEF for s in subjects for m in s.children)


# Open water a missile can be fired into without hitting anyone: "test-fired a missile into the sea".
WATERS = frozenset({"sea", "ocean", "water", "waters"})


def _open_water(prep: Token) -> bool:
    """A preposition whose object is open water ("into the sea", "into waters off its coast")."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in WATERS for g in prep.children)


def _refine(event: str, trig: Trigger, roles: Roles) -> str:
    """Type changes that depend on who is involved, not on the word alone."""
    if event == "ASSAULT" and trig.token.lemma_.lower() in ("fire", "launch") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MISSILES for c in trig.token.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("at", "against", "on", "into", "toward", "towards")
            and not any(calendar_word(g) or g.lower_ in PARTS_OF_DAY or g.like_num for g in c.children)
            # ("late on Sunday" is no target)
            for c in trig.token.children):
        return "MOBILIZE"  # a missile fired at nothing named is a test or a show of force
    if event == "MOBILIZE" and trig.entry.mode == "weapons-test" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "against", "into") and not _open_water(c)
            for c in trig.token.children):
        return "ASSAULT"  # missiles launched at a target are an attack, not a test
    if event == "ASSAULT" and _arson(trig.token) and _burnt_symbol(trig.token):
        return "PROTEST"  # burning a flag, an effigy or a holy book makes a point, whoever does it
    if (event == "ASSAULT" or trig.entry.mode in ("seize", "blockade")) and roles.actor and \
            all(e.sector in ("CVL", "OPP", "LAB", "EDU") for e in roles.actor) and \
            not (_arson(trig.token) or trig.token.lemma_.lower() in HARMING):
        # "demonstrators stormed (besieged) the ministry": a riot or sit-in, coded as protest; but crowds
        # that burn buildings or kill attack ("rioters torched shops", "residents shot three men dead")
        return "PROTEST"
    if event == "ASSAULT" and SEA.search(trig.token.sent.text[trig.token.idx - trig.token.sent.start_char:]):
        return "MOBILIZE"  # missiles fired into the sea around an island: a show of force
    if event == "ASSAULT" and trig.token.lemma_.lower() in CARRYING_OFF:
        return "COERCE"  # people seized and carried off, as in an arrest; the attackers found as for an attack
    if event == "CONSULT" and trig.entry.mode == "visit" and trig.token.lemma_ == "arrive" and \
            _arrived_to_help(trig.token):
        return "AID"  # rescue teams, medics or troops arriving to help are aid delivered, not a visit
    if event == "CONSULT" and trig.entry.mode == "visit" and trig.token.lemma_ == "arrive" and \
            any(e.sector == "MIL" for e in roles.actor):
        return "MOBILIZE"  # troops arriving are deployed, not visiting
    if event == "REQUEST" and trig.entry.particle == "on" and not any(
            c.dep_ in ("xcomp", "ccomp", "advcl") for c in trig.token.children):
        return "CONSULT"  # "called on the prime minister" with nothing asked of him is a visit
    if event == "CONCEDE" and trig.entry.mode == "election" and roles.actor \
            and all(e.sector in CROWDS for e in roles.actor):
        return "REQUEST"  # an opposition "proposing" early elections asks for them; it has nothing to give
    if event == "AGREE" and (trig.entry.pos == "A" or trig.token.lemma_.lower() in READINESS) \
            and _hostile_complement(trig.token):
        return "THREATEN"  # "prepared to respond further if Cambodia kept attacking", "vowed to retaliate"
    if event == "AGREE" and trig.governor is not None and trig.governor.lemma_ in ("sign", "ratify"):
        # signing a treaty is diplomatic cooperation done, not promised: PLOVER's codebook puts "ratify,
        # sign, or finalize an agreement" under SUPPORT (CAMEO 057), though our annotators code it AGREE
        return "SUPPORT"
    actors = {e.country for e in roles.actor if e.country}
    if event == "SANCTION" and trig.entry.mode == "ban" and actors and \
            {e.country for e in roles.recipient} <= actors:
        return "COERCE"  # a government banning its own people's parties or papers
    if event == "MOBILIZE" and trig.token.lemma_.lower() in DRILLS and _held_together(trig, roles):
        return "COOPERATE"  # drills or patrols held together (or "with the Greek navy")
    if event == "ACCUSE" and trig.entry.mode == "protest" and trig.token.lemma_ == "protest" and \
            trig.entry.pos == "V" and all(e.sector in ("CVL", "OPP", "LAB", "EDU") or
                                          (e.sector is None and e.text.lower().startswith(("thousands", "hundreds")))
                                          for e in roles.actor):
        return "PROTEST"
    if event == "PROTEST" and trig.token.lemma_.lower() in ADVANCING and _armed_marcher(trig.token):
        return "MOBILIZE"  # "ordered its troops to march on the capital": an advance, not a demonstration
    if trig.token.lemma_.lower() == "regret" and trig.entry.pos == "N" and event == "CONCEDE":
        # (the verb is matched only for another's act, so it is an accusation already)
        return "ACCUSE" if others_act_regretted(trig.token, trig.governor) else "CONCEDE"
    if event in ("REQUEST", "ACCUSE") and _for_a_protest(trig.token) and (
            trig.token.head.lemma_.lower() not in GATHERINGS or all(e.sector in CROWDS for e in roles.actor)):
        return "PROTEST"  # "gathered in Lima to demand his release", "staged a hunger strike in protest"
    return event


# Verbs of setting something on fire ("set fire to", "set X alight", "torched", "burned").
ARSON = frozenset({"set", "torch", "burn", "firebomb"})
# Things burned to make a point rather than to destroy: flags, holy books, effigies, pictures, tyres.
SYMBOLS = frozenset({"flag", "effigy", "copy", "koran", "quran", "bible", "book", "portrait", "picture", "photo",
                     "photograph", "poster", "banner", "image", "scripture", "torah", "tyre", "tire"})


def _arson(verb: Token) -> bool:
    """Whether the verb sets something on fire: "burned", "torched", or "set" in "set fire to X" /
    "set X alight" (the only senses of "set" the lexicon codes as an attack)."""
    return verb.lemma_.lower() in ARSON


def _burnt_symbol(verb: Token) -> bool:
    """Whether what is burned is a symbol: the object of the verb, or of "to" in "set fire to X"."""
    burnt = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() != "fire"]
    burnt += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return any(b.lemma_.lower() in SYMBOLS for b in burnt)


JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational"})
PARTNERED = frozenset({"with", "alongside"})  # "held drills with the navy", "patrolled alongside local police"


def _held_together(trig: Trigger, roles: Roles) -> bool:
    """Drills are cooperation when they are joint, held by two parties, or held with a partner;
    a party named only as where they are aimed ("war games near the Azerbaijani border",
    "a drill simulating a strike on the North's test site") makes them a show of force. Joining
    another's drills ("joined Greek troops in exercises") is holding them together."""
    tok = trig.token
    if any(c.lower_ in JOINT for c in tok.children) or len({e.code for e in roles.actor}) >= 2:
        return True
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "join":
        return True
    heads = [trig.token] + ([trig.governor] if trig.governor is not None else [])
    return bool(roles.recipient) and any(c.dep_ == "prep" and c.lower_ in PARTNERED for h in heads for c in h.children)


# Verbs of a crowd's demonstration that, done by armed men, are an advance of forces.
ADVANCING = frozenset({"march", "converge", "descend"})
# Who is armed: soldiers, fighters and their formations.
ARMED = frozenset({"troop", "soldier", "force", "army", "fighter", "militia", "militiaman", "rebel", "insurgent",
                   "militant", "mercenary", "tank", "column", "convoy", "battalion", "brigade", "paratrooper",
                   "gunman"})


def _armed_marcher(verb: Token) -> bool:
    """Whether those who march are armed: the verb's subject, or, for "ordered its troops to march",
    the one ordered (the object of the verb the infinitive hangs on)."""
    marchers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not marchers and verb.dep_ in ("xcomp", "advcl"):
        marchers = [c for c in verb.head.children if c.dep_ == "dobj"]
    marchers += [g for m in marchers for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # "columns of troops"
    return any(m.lemma_.lower() in ARMED for m in marchers)


def _for_a_protest(tok: Token) -> bool:
    """A demand or protest that is the purpose of a demonstration: "gathered to demand", "blocked
    roads demanding", "staged a hunger strike in protest", "organised a strike to press demands"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "as"):
        head = head.head  # "in protest against"
    elif tok.dep_ not in ("xcomp", "advcl"):
        return False
    if head.lemma_.lower() in GATHERINGS:
        return True
    demo = [head] + [c for c in head.children if c.dep_ == "dobj"]
    return any(e.event == "PROTEST" for t in demo
               for e in lexicon().lookup(t.lemma_.lower(), "V" if t.pos_ in ("VERB", "AUX") else "N"))


def _street_protest(trig: Trigger, lex: Lexicon) -> Trigger:
    """"Protests erupted", "protests spread": demonstrations, not a diplomatic protest note."""
    tok = trig.token
    if trig.entry.event != "ACCUSE" or trig.entry.pos != "N" or tok.dep_ != "nsubj" \
            or tok.head.lemma_.lower() not in CROWD_VERBS:
        return trig
    street = next((e for e in lex.lookup(tok.lemma_.lower(), "N") if e.event == "PROTEST"), None)
    return replace(trig, entry=street) if street is not None else trig


CROWDS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "PTY"})
CROWD_VERBS = frozenset({"rage", "erupt", "spread", "continue", "swell", "grow", "break", "flare", "intensify",
                         "sweep", "rock", "grip"})
