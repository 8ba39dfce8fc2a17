"""Threats made without a threatening verb: a speaker foretelling that another party will pay.

"Ankara said the Netherlands would pay a price", "Khamenei said Saudi politicians would face divine
revenge", "he said those behind it will regret it": the reported clause foretells a penalty for its
subject. The speaker threatens that subject (PLOVER THREATEN). As with accusations by judgement
(``judgements``) the reporting verb is the trigger; a verb of vowing is already one, and such a
clause makes its promise a threat (``foretold`` is used by ``extract``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import TriggerEntry
from .modality import INTENT_AUX
from .roles import REPORTING, RoleFinder, Roles
from .triggers import Trigger, occupied

# Verbs of undergoing a penalty, and the penalties: "would pay a heavy price", "will face consequences".
UNDERGOING = frozenset({"pay", "face", "suffer", "bear"})
PENALTIES = frozenset({"price", "consequence", "revenge", "retaliation", "retribution", "reprisal", "punishment",
                       "wrath", "vengeance", "fury"})
DEARLY = frozenset({"dearly", "heavily"})   # "would pay dearly"
SPEAKERS = frozenset({"i", "we", "us"})   # "we will pay any price" is no threat


def foretold(clause: Token) -> bool:
    """Does a clause foretell a penalty for its subject ("X would pay a price", "will face
    consequences", "will regret it")? Only in the future, and not negated ("would not pay")."""
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if not aux & INTENT_AUX or any(c.dep_ == "neg" for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "regret":
        return True
    if lemma not in UNDERGOING:
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in PENALTIES for c in clause.children) or \
        any(c.dep_ == "advmod" and c.lower_ in DEARLY for c in clause.children)


def _clauses(verb: Token) -> list[Token]:
    """A reporting verb's reported clauses and their conjuncts ("said X would pay and that ...")."""
    out = []
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        out += [comp, *(c for c in comp.conjuncts if c.pos_ in ("VERB", "AUX"))]
    return out


def _threatened(verb: Token) -> Token | None:
    """The subject of the first reported clause that foretells it a penalty."""
    for clause in _clauses(verb):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in SPEAKERS and foretold(clause):
            return subject
    return None


def find(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """THREATEN triggers at reporting verbs whose clause foretells a penalty for someone; a reporting
    verb already made a trigger ("warned that X would pay") is not made twice."""
    taken = occupied(triggers)
    out = []
    for tok in doc:
        if tok.i in taken or tok.lemma_.lower() not in REPORTING or tok.pos_ != "VERB":
            continue
        if _threatened(tok) is not None:
            entry = TriggerEntry(tok.lemma_, None, "V", "THREATEN", None, frozenset(), False, (), "dir", 0.7)
            out.append(Trigger(tok, entry, None))
    return out


def threatened_roles(trig: Trigger, roles: Roles, finder: RoleFinder) -> Roles:
    """For a threat foretold, the recipient is the one who will pay: the clause's subject, else
    (for "those behind the attack") the story's other party."""
    if trig.entry.event != "THREATEN" or trig.governor is not None or trig.token.lemma_.lower() not in REPORTING:
        return roles
    subject = _threatened(trig.token)
    own = frozenset(e.code for e in roles.actor if e.code)
    if subject is None or not own:
        return roles
    r = finder.r.phrase(subject, own)
    named = tuple(e for e in r.entities if e.code and e.code not in own)
    if named:
        return Roles(roles.actor, named, roles.actor_how, r.how)
    other = finder.r.story_party(own)
    return Roles(roles.actor, other.entities, roles.actor_how, other.how)
