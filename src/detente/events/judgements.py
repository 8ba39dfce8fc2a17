"""Accusations made without an accusing verb: a speaker judging another party's act harmful.

"Washington said Belgrade's decision had needlessly inflamed the region", "Ottawa said the new law
negatively affects minority rights", "Tokyo said the shipments would only lead to more deaths": the
reported clause has an act for its subject (a decision, law, measure or an eventive noun of the
lexicon) and a predicate of harm (``data/events/harms.tsv``). The speaker accuses whoever the act
belongs to: the owner named in the phrase ("Belgrade's decision", "the EU decision", "the strikes by
X"), else the author of the latest earlier event of that kind, else the story's other main party.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.resolve import NONE, Resolved
from .lexicon import TriggerEntry, harms, lexicon
from .roles import REPORTING, RoleFinder, Roles
from .triggers import Trigger, occupied

# Reporting verbs that report a judgement ("warn" and "announce" report plans, not judgements).
JUDGING = REPORTING - {"warn", "announce"}
# Nouns that name an act or its instrument of policy, besides the eventive nouns of the lexicon.
ACTS = frozenset({"decision", "move", "law", "act", "bill", "legislation", "measure", "step", "policy", "adoption",
                  "action", "plan", "approach", "conduct", "behaviour", "behavior", "presence", "ruling"})
# Verbs through which an act brings about a result: "would lead to more deaths", "will cause suffering".
CAUSING = frozenset({"lead", "result", "cause", "bring", "mean", "prolong"})
# Adverbial clauses that give the speaker's reason: "suspended lending because the law contradicted ...".
REASONS = frozenset({"because", "since", "as"})


def harm_verb(lemma: str) -> bool:
    """A verb that by itself judges its subject harmful ("escalated tensions", "violated the accord")."""
    return harms().get(lemma) == "V"


def _predicates(clause: Token) -> list[Token]:
    """The verbs that predicate of the clause's subject: the clause verb and its subjectless
    conjuncts ("would not change the situation and would only lead to more deaths")."""
    return [clause] + [c for c in clause.conjuncts if c.pos_ in ("VERB", "AUX")
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _caused(verb: Token) -> list[Token]:
    """What a verb of causing brings about: its object, or the object of its preposition."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def harmful(clause: Token) -> bool:
    """Does a clause say its subject does harm? A verb of harm, an adverb of harm on its verb, or a
    harm brought about ("would lead to more deaths"); a negated predicate judges nothing."""
    table = harms()
    for verb in _predicates(clause):
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if table.get(lemma) == "V" or any(c.dep_ == "advmod" and table.get(c.lemma_.lower()) == "R"
                                          for c in verb.children):
            return True
        if lemma in CAUSING and any(table.get(o.lemma_.lower()) == "N" for o in _caused(verb)):
            return True
    return False


def _is_act(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return lemma in ACTS or (noun.pos_ == "NOUN" and any(e.event for e in lexicon().lookup(lemma, "N")))


def act_subject(clause: Token) -> Token | None:
    """The clause's subject when it names an act ("the decision", "the new aid", "the law")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and _is_act(subj) else None


def _clauses(verb: Token) -> list[Token]:
    """The reported clauses of a reporting verb, with the reasons they give ("said no financing
    would be presented because the law contradicted its values")."""
    out = []
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        out.append(comp)
        out += [a for a in comp.children if a.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in REASONS for m in a.children)]
    return out


def judged_act(verb: Token) -> Token | None:
    """The act a reporting verb's clause judges harmful, if any."""
    if verb.lemma_.lower() not in JUDGING or verb.pos_ != "VERB":
        return None
    for clause in _clauses(verb):
        act = act_subject(clause)
        if act is not None and harmful(clause):
            return act
    return None


def find(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """ACCUSE triggers at reporting verbs whose clause judges an act harmful. A clause whose verb is
    itself a trigger is left to it; a reporting verb already made a trigger is not made twice."""
    taken = occupied(triggers)
    out = []
    for tok in doc:
        if tok.i in taken:
            continue
        act = judged_act(tok)
        if act is not None and act.head.i not in taken:
            entry = TriggerEntry(tok.lemma_, None, "V", "ACCUSE", "condemn", frozenset(), False, (), "dir", 0.7)
            out.append(Trigger(tok, entry, None))
    return out


def _judged_subject(verb: Token) -> Token | None:
    """The act judged by any reported judgement of the verb (harm, or an evaluation such as
    "the measures were unjustified")."""
    return next((s for s in map(act_subject, _clauses(verb)) if s is not None), None)


def _owner(act: Token, finder: RoleFinder, own: frozenset[str]) -> Resolved:
    """Whose act it is: a possessor or "by" agent, a party named in the phrase ("the EU decision"),
    the same for what it is an act of ("the adoption of the law"), else the context: the author of
    the latest earlier event the noun names, else for a law or decision the story's other party.
    A bare "the aid" that only recalls an earlier phrase ("Kenya aid": whom it was for) names its
    author less surely than the earlier event itself, so it comes after that event."""
    nouns = (act, *(g for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"))
    recalled = NONE
    for noun in nouns:
        agents = [c for c in noun.children if c.dep_ == "poss"] + \
                 [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"]
        for tok in (*agents, noun):
            r = finder.r.phrase(tok, own)
            others = tuple(e for e in r.entities if e.code and e.code not in own)
            if others and tok is noun and r.how == "coref":
                recalled = recalled if recalled.entities else Resolved(others, r.how)
            elif others:
                return Resolved(others, r.how)
    for noun in (n for n in nouns if n.pos_ == "NOUN"):
        r = finder._event_reference(noun, own)
        if r.entities:
            return r
    if recalled.entities:
        return recalled
    if act.lemma_.lower() in ACTS:  # "the act contradicted its values": the story's other party
        return finder.r.story_party(own)
    return NONE


def judged_roles(trig: Trigger, roles: Roles, finder: RoleFinder) -> Roles:
    """For an accusation by judgement, the recipient is the owner of the judged act."""
    if trig.entry.event != "ACCUSE" or trig.governor is not None or trig.token.lemma_.lower() not in JUDGING:
        return roles
    act = _judged_subject(trig.token)
    own = frozenset(e.code for e in roles.actor if e.code)
    if act is None or not own:
        return roles
    owner = _owner(act, finder, own)
    if not owner.entities:
        return roles
    return Roles(roles.actor, owner.entities, roles.actor_how, owner.how)
