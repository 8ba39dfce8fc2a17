"""Grammar helpers for the role finder: what the dependency parse says about a token.

Pure functions of spaCy tokens (and of a trigger's tokens) with the word lists they read:
subjects, agents and passive subjects, free relatives, the owner of an eventive noun,
asides and relative clauses, weapons and their users, venues, pledges, requests acted upon.
``events.roles`` combines them with actor resolution and the article's memory.
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from .lexicon import evaluations
from .triggers import Trigger, shared_passive_subject

SUBJECT_DEPS = ("nsubj", "csubj")
# Heads that are weapons or forces, not actors: "missiles pounded airfields".
INSTRUMENTS = frozenset({"missile", "rocket", "strike", "airstrike", "jet", "drone", "shell", "bomb",
                         "aircraft", "plane", "warplane", "fighter", "artillery", "tank", "column",
                         "ship", "boat", "vessel", "force", "troop", "soldier", "unit", "navy"})

# Verbs by which an act draws a reaction: "drawing a protest from Tokyo".
PROVOKE = frozenset({"draw", "spark", "provoke", "prompt", "trigger", "earn", "attract", "bring"})
# Verbs that make their object do the act of their complement: "prompting Japan to scramble jets".
CAUSATIVE = frozenset({"prompt", "force", "compel", "cause", "lead", "drive", "push", "oblige", "spur",
                       "provoke", "trigger"})

# Nouns of texts whose author is the subject of the verb that issues them.
DOCUMENTS = frozenset({"statement", "resolution", "letter", "communique", "declaration", "note", "motion",
                       "decree", "message", "report"})


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions; "against what it called militants" gives the clause."""
    out = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            out += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        elif child.dep_ in ("prep", "prt") and child.lower_ in ("out", "away"):  # "pulled out of X"
            out += [g for p in child.children if p.dep_ == "prep" and p.lower_ in preps
                    for g in p.children if g.dep_ == "pobj"]
    return out


# Verbs of charging someone, whose participle after a comma is a charge of the sentence's subject.
CHARGING = frozenset({"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce"})


# Verbs that say what a thing is: "called the launch unacceptable", "branded him a dictator".
EVALUATIVE_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub"})


def named_as_what(verb: Token) -> bool:
    """"vowed to respond to what its ministry called a terrorist escalation": a judgement of the
    speaker's own, told in a free relative, whatever governs it. Only when the name given is itself a
    charge in the evaluation table (an escalation, a genocide); "struck what it called terrorist
    targets" is a hedge on the target."""
    if verb.lemma_.lower() not in EVALUATIVE_VERBS or not any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return False
    return any(c.dep_ == "oprd" and evaluations().get(c.lemma_.lower()) == "negative" for c in verb.children)


def participle_aside(verb: Token) -> bool:
    """"Iran urged the Council to act, accusing Israel of war crimes": a participle set off by a comma
    with an object of its own is a further act of the sentence's subject, wherever the parser hangs it."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in CHARGING or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or not any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children):
        return False
    # also hung on a noun in apposition to the clause: "France recalled its ambassador, the first such
    # step since the war, accusing Rome of ..."
    return verb.dep_ == "advcl" or (verb.dep_ == "acl" and verb.head.dep_ in ("npadvmod", "appos")
                                    and verb.head.head.pos_ in ("VERB", "AUX"))


def _name_read_as_adverb(verb: Token) -> Token | None:
    """"U.N. envoy Abdoulaye Bathily urged ...": an unknown name the parser tags as an adverb of the verb,
    with the rest of the subject hung on it as compounds, is the subject."""
    return next((c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and 0 < c.i < verb.i
                 and c.text[:1].isupper() and any(g.dep_ == "compound" for g in c.children)), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through xcomp/conj/advcl chains and relative clauses."""
    cur = verb
    for _ in range(6):
        subj = _child(cur, SUBJECT_DEPS) or _name_read_as_adverb(cur)
        if subj is None and cur.dep_ == "xcomp" and cur.head.lemma_.lower() in CAUSATIVE:
            made = _child(cur.head, ("dobj",))  # "forced thousands of residents to flee": the residents
            if made is not None:
                return made
        if subj is not None and cur.tag_ == "VBG" and cur.dep_ == "pcomp" and subj.i == cur.head.i + 1:
            subj = None  # "wrote to Kristersson inviting him": the addressee, misparsed as the subject
        if subj is not None and subj.tag_ == "PRP" and named_as_what(cur) and cur.head is not cur:
            # "denounced what it called an attack": "it" is the subject of the clause the judgement sits in
            up = cur.head
            while up.head is not up and up.pos_ not in ("VERB", "AUX"):
                up = up.head
            if up.pos_ in ("VERB", "AUX"):
                cur = up
                continue
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ == "advcl" and cur.tag_ in ("VBD", "VBZ", "VBP"):
            clause = _misparsed_subject(cur)  # "after supporters of X stormed Congress"
            if clause is not None:
                return clause
        if cur.dep_ == "acl" and participle_aside(cur):
            cur = cur.head.head  # the clause the noun sets off
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and cur.head is not cur:
            participle = cur.dep_ == "advcl" and cur.tag_ == "VBG"
            aside = participle_aside(cur)
            start = cur.i
            cur = cur.head
            while aside and cur.dep_ in ("xcomp", "ccomp") and cur.head is not cur and cur.head.i < start:
                # "demanded that India release the pilot, accusing New Delhi of ...": Pakistan accuses (never
                # an appended clause after it: "..., a decision Rabat dismissed")
                cur = cur.head
            agent = _agent(cur) if participle and _child(cur, ("nsubjpass",)) is not None else None
            if agent is not None:
                return agent  # "a camp was attacked by gunmen, killing 40": the gunmen killed
            while participle and cur.dep_ == "advcl" and any(  # "..., after a jet shot X, accusing Y"
                    c.dep_ == "mark" for c in cur.children) and cur.head is not cur:
                cur = cur.head
            if cur.pos_ == "ADP" and cur.dep_ == "prep":  # "joined Japan in condemning"
                cur = cur.head
            if cur.pos_ not in ("VERB", "AUX") and cur.dep_ != "ROOT":
                break
            continue
        if cur.dep_ == "acl" and cur.tag_ != "VBN" and cur.head.lemma_.lower() in DOCUMENTS \
                and cur.head.dep_ in ("dobj", "pobj"):
            # "passed a resolution criticising X", "joined Y in a statement condemning X": the author
            governor = cur.head.head.head if cur.head.dep_ == "pobj" else cur.head.head
            if governor.pos_ in ("VERB", "AUX"):
                cur = governor
                continue
        if cur.dep_ == "acl" and cur.tag_ != "VBN":  # "actors engaged in", "a package hitting"
            return cur.head
        if cur.dep_ in ("acl", "relcl"):
            return _owner_of_noun(cur.head)
        break
    return None


def _misparsed_subject(verb: Token) -> Token | None:
    """A finite verb whose subject the parser hung on a preposition before it: in "after
    supporters stormed Congress", "supporters" is parsed as the object of "after"."""
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("after", "before", "as", "since", "until", "while") \
                and prep.i < verb.i:
            pobj = _child(prep, ("pobj",))
            if pobj is not None and pobj.right_edge.i == verb.i - 1:
                return pobj
    return None


# A denial answers the last accusation, demand or threat against the one denying.
# News that no one is named as spreading: its denial answers the local media.
NEWS = frozenset({"report", "rumour", "rumor", "footage"})
DENIALS = frozenset({"deny", "dismiss", "reject", "rebuff", "refute"})
ANSWERED = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SANCTION"})


# What kills when no one is named as killing: "a roadside bomb killed", "died in an explosion".
WEAPON_SUBJECTS = frozenset({"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "minefield", "landmine",
                             "rocket", "shell", "shelling", "missile", "drone", "grenade", "gunfire", "ambush",
                             "explosive", "suicide", "attack", "attacker", "gunman", "sniper", "assailant"})


WEAPONS = frozenset({"missile", "rocket", "projectile", "shell", "round", "shot", "cannon", "weapon", "drone"})
PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "at", "around"})
# What a state strikes with: people killed by these were struck, not policed.
WEAPON_NOUNS = frozenset({"missile", "rocket", "strike", "airstrike", "raid", "shelling", "bombardment",
                          "drone", "artillery", "shell", "bombing", "warplane", "jet"})


CAUSED = frozenset({"cause", "trigger", "spark", "set"})
ATTACKERS = frozenset({"bomber", "attacker", "militant", "gunman", "insurgent", "rebel", "terrorist", "saboteur",
                       "fighter", "soldier", "attack", "strike", "airstrike", "raid"})


def _accidental(blast: Token) -> bool:
    """An explosion "caused by" stored chemicals or a gas leak: an accident, nobody's attack
    (one caused by a bomber, a device or a strike stays an attack)."""
    for acl in blast.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in CAUSED:
            cause = _agent(acl)
            if cause is not None:
                return cause.pos_ == "NOUN" and cause.lemma_.lower() not in \
                    ATTACKERS | WEAPON_SUBJECTS | WEAPONS | INSTRUMENTS
    return False


def _unattributed(verb: Token) -> bool:
    """A violent act whose doer is a weapon, an unknown, or left out of a passive."""
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl"):
        return False  # "air raids in which 20 people were killed": the raid is the event
    subject = _child(verb, ("nsubj",))
    if subject is not None:
        return subject.lemma_.lower() in WEAPON_SUBJECTS and not _accidental(subject)
    victim = _child(verb, ("nsubjpass",))
    if victim is None or victim.lemma_.lower() in WEAPON_SUBJECTS | WEAPONS:
        return False  # "the missile was fired from ...": a launch, not a victim
    agent = _agent(verb)
    return agent is None or agent.lemma_.lower() in WEAPON_SUBJECTS


# Purposes of a deployment at home: "sent troops to protect roads", "deployed the army to restore order".
GUARDING = frozenset({"protect", "secure", "guard", "patrol", "restore", "maintain", "police", "support", "help"})


def _guarding(trig: Trigger) -> bool:
    """A deployment whose purpose is guarding or keeping order: a domestic move unless a target is named."""
    verb = trig.governor or trig.token
    return trig.entry.event == "MOBILIZE" and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in GUARDING for c in verb.children)


def _provoked_by(noun: Token) -> Token | None:
    """The verb of provoking whose object (or a conjunct of it) this noun is: "drawing a protest
    from Tokyo and condemnation from Washington" — condemnation hangs under "Tokyo"."""
    cur = noun
    for _ in range(5):
        if cur.dep_ == "dobj" and cur is not noun:
            return cur.head if cur.head.lemma_.lower() in PROVOKE else None
        if cur.dep_ not in ("conj", "pobj", "prep") or cur.head is cur:
            return None
        cur = cur.head
    return None


def _other_relatives(tok: Token) -> set[int]:
    """Token indices of relative clauses that do not hold ``tok``: "seized power in a coup that drew
    condemnation from X" — a relative clause's parties belong to its own verb, not to the trigger's."""
    return {t.i for rel in tok.sent if rel.dep_ == "relcl" and tok not in rel.subtree for t in rel.subtree}


def _first_conjunct_subject(pron: Token) -> Token | None:
    """"The commission said X, but it called for Y": a subject pronoun of a conjoined clause stands
    for the named subject of the first clause when they agree in number ("it" singular, "they" plural)."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head is verb:
        return None
    first = _child(verb.head, ("nsubj",))
    if first is None or first.pos_ == "PRON":
        return None
    plural = first.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in first.children)
    return first if (pron.lower_ == "they") == plural and pron.lower_ in ("it", "they") else None


def _owner_of_noun(noun: Token) -> Token | None:
    """For "a package hitting X": the subject of the verb that governs 'package'."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    if gov.pos_ in ("VERB", "AUX") and gov is not noun:
        return _child(gov, SUBJECT_DEPS)
    return None


# Civilian works an attack can hit without anyone's name on them.
INFRASTRUCTURE = frozenset({"station", "plant", "infrastructure", "grid", "facility", "substation", "dam",
                            "refinery", "pipeline", "bridge", "port", "railway", "depot", "network"})
# Verbs of using arms, and nouns that only count or group the acts they use them in.
USING = frozenset({"use", "employ", "deploy"})
SERIES = frozenset({"wave", "series", "string", "spate", "barrage", "round", "campaign", "salvo", "volley"})


def _weapon_user(noun: Token) -> Token | None:
    """"Russia has used drones in waves of attacks on power stations": the verb of using whose
    object the attack phrase hangs on ("in", "for", through counting nouns like "waves of")."""
    cur = noun
    for _ in range(4):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return None
        prep, cur = cur.head, cur.head.head
        if prep.lower_ == "of" and cur.lemma_.lower() in SERIES:
            continue
        if prep.lower_ not in ("in", "for"):
            return None
        user = cur.head if cur.dep_ == "dobj" else cur  # the phrase hangs on the arms or on the verb
        # ("the weapons used in the attacks", a passive with nobody using them, names no user)
        used = user.lemma_.lower() in USING and _child(user, ("nsubj",)) is not None
        return user if used else None
    return None


def _free_relative(verb: Token) -> Token | None:
    """"welcomed what he called a historic decision": the parser hangs "what" on "called";
    the free relative is the object of the outer verb."""
    for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        what = _child(comp, ("dobj",))
        if what is not None and what.tag_ == "WP" and what.i < comp.i and _child(comp, ("oprd",)) is not None:
            return what
        described = _reported_description(comp)
        if described is not None:
            return described
    return None


def _reported_description(speech: Token) -> Token | None:
    """"struck what Delhi said was a militant camp near X": the parser makes "what" the subject of
    the reported copula; what was struck is that copula's predicate (the camp near X)."""
    for clause in (c for c in speech.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
        what = _child(clause, ("nsubj",))
        described = _child(clause, ("attr",))
        if what is not None and what.tag_ == "WP" and what.i < speech.i and described is not None:
            return described
    return None


# Verbs of concluding an accord: whoever "reached" or "signed" it is a party, not a mediator.
CONCLUDE = frozenset({"reach", "sign", "conclude", "strike", "seal", "agree", "negotiate"})


def _concluded_by(noun: Token) -> list[Token]:
    """The agents of a participle that tells who concluded an accord: "a deal signed by A and B"."""
    return [a for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            and acl.lemma_.lower() in CONCLUDE for a in [_agent(acl)] if a is not None]


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive; the parser sometimes hangs a participle on "were" as its
    complement ("positions were overrun by rebels"), leaving the subject on the auxiliary."""
    subj = _child(verb, ("nsubjpass",))
    if subj is None and verb.dep_ == "acomp" and verb.head.lemma_ == "be" \
            and _agent(verb) is not None:
        subj = _child(verb.head, ("nsubj", "nsubjpass"))
    return subj if subj is not None else shared_passive_subject(verb)


# "spoke by telephone": means of contact the parser may take for a passive's agent.
MEANS = frozenset({"telephone", "phone", "video", "videolink", "letter", "email", "radio", "satellite", "mail"})


def _agent(verb: Token) -> Token | None:
    own = _own_agent(verb)
    if own is not None:
        return own
    if shared_passive_subject(verb) is not None:  # "was beaten by police and arrested"
        return _own_agent(verb.head)
    if _child(verb, ("auxpass",)) is not None:  # "was arrested and beaten by police": the police did both
        return next((a for c in verb.conjuncts if c.i > verb.i and shared_passive_subject(c) is not None
                     for a in [_own_agent(c)] if a is not None), None)  # ("financed, trained and housed by X")
    return None


def _own_agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb itself (not a means of contact: "spoke by telephone")."""
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            return None if pobj is not None and pobj.lemma_.lower() in MEANS else pobj
    return None


def _goods(obj: Token) -> set[str]:
    """What an object names as sent: its own lemma, and for an amount ("dozens of warships",
    "a fleet of drones") the lemmas of what it counts."""
    counted = _prep_objects(obj, ("of",))
    return {obj.lemma_.lower()} | {t.lemma_.lower() for c in counted for t in (c, *c.conjuncts)}


# Arms and craft that back a force in the field: "troops, backed by helicopters and drones".
MATERIEL = INSTRUMENTS | WEAPONS | WEAPON_NOUNS | frozenset({"helicopter", "gunship", "warship", "armour",
                                                             "armor", "vehicle", "firepower", "airpower"})


def _materiel(tok: Token) -> bool:
    """Weapons or craft (every conjunct): "backed by helicopters and drones" is military cover for
    a force, not one party's political support of another."""
    return all(t.lemma_.lower() in MATERIEL for t in (tok, *tok.conjuncts))


VENUE_PREPS = frozenset({"in", "at"})


def _venue(tok: Token) -> bool:
    """A place where something happens ("leaders meeting in Lagos", "talks held at Geneva"): the
    object of "in"/"at" on a verb or an eventive noun names where, not who owns or suffers."""
    return tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS and tok.head.head.pos_ in ("VERB", "NOUN")


# Words of promising: "Chile and Peru pledged troops" is two offers to a third party, not a deal
# between the two (but "the leaders pledged to work together" is a joint commitment).
PLEDGES = frozenset({"pledge", "promise", "offer", "commit"})


def _pledge(trig: Trigger) -> bool:
    """A promise of things (a direct object, no clause of what the promisers will do)."""
    tok = trig.token
    return trig.entry.event == "AGREE" and trig.governor is None and tok.lemma_.lower() in PLEDGES \
        and _child(tok, ("dobj",)) is not None and _child(tok, ("xcomp", "ccomp")) is None


# What a state's own powers do to a person: judged by the person, they point at home.
ORDEALS = frozenset({"ouster", "overthrow", "removal", "impeachment", "arrest", "detention", "dismissal",
                     "prosecution", "conviction", "imprisonment", "jailing", "trial", "sentencing"})
# Verbal conflict that, in the simple present of a story's body, states a standing position:
# "Beijing accuses Manila of stirring up trouble", "a charge Kabul denies".
STANCES = frozenset({"ACCUSE", "REJECT"})


def _own_ordeal(verb: Token) -> bool:
    """"She called her ouster a coup", "he rejected his conviction": judging what was done to
    oneself (a possessive pronoun on an ouster, arrest or trial) accuses one's own state, not
    whichever foreign party the story names."""
    obj = _child(verb, ("dobj", "nsubjpass"))
    return obj is not None and obj.lemma_.lower() in ORDEALS \
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _meeting_parties(participle: Token) -> Token | None:
    """"talks between X and Y, hosted by Z": the parties ("between"/"among") of the meeting a
    participle describes -- the parser may hang it on the last party instead of the meeting."""
    for tok in (participle.head, *list(participle.head.ancestors)[:6]):
        if tok.dep_ == "prep" and tok.lower_ in ("between", "among"):
            return _child(tok, ("pobj",))
        inner = _prep_objects(tok, ("between", "among"))
        if inner:
            return inner[0]
    return None


def _answered(noun: Token) -> Token | None:
    """"The bloc sent help at Chile's request", "acted upon an appeal from X": a request named in
    an "at"/"on"/"upon" adjunct was made to whoever the clause says acted on it; the clause's verb."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("at", "on", "upon") and prep.head.pos_ == "VERB":
        return prep.head
    return None


# Verbs of crowds coming together: "gathered to demand", "rallied outside the embassy".
GATHERINGS = frozenset({"gather", "rally", "march", "assemble", "converge", "demonstrate", "protest", "flock",
                        "pour", "take"})
# A state's premises abroad: a demonstration at one is aimed at that state, held by the host country.
MISSIONS = frozenset({"embassy", "consulate", "legation", "chancery", "chancellery"})


def _mission_of(tok: Token) -> Token | None:
    """The diplomatic mission whose phrase holds ``tok`` ("the Japanese embassy in Seoul": both
    "Japanese" and the embassy itself), or None."""
    path = [tok, *islice(tok.ancestors, 2)]
    for n, cur in enumerate(path):
        if cur.lemma_.lower() in MISSIONS and cur.pos_ in ("NOUN", "PROPN"):
            of = n == 2 and path[1].lower_ == "of"  # "the embassy of Japan"
            return cur if tok.i <= cur.i or of else None  # "in Seoul" after the noun is the host city
    return None


def _missions_at(verb: Token) -> list[Token]:
    """Missions a protest verb is held at or aimed at: its object ("picketed the embassy") or the
    object of a place preposition ("rallied outside the embassy", "in front of the consulate"), also
    those of the gathering a purpose clause hangs on ("gathered outside the embassy to denounce")."""
    clause = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head is not verb else verb
    out = []
    for tok in clause.subtree:
        if tok.lemma_.lower() in MISSIONS and tok.dep_ in ("dobj", "pobj") and \
                (tok.dep_ == "dobj" or tok.head.lower_ in PLACE_PREPS | {"of", "to", "outside", "before"}):
            out.append(tok)
    return out


def _conjoined_subjects(tok: Token) -> set[int]:
    """"Peru offered troops, and Chile pledged police": the subject of a clause conjoined to the
    one ``tok`` is in does its own act; it is no target of ``tok``."""
    out: set[int] = set()
    for clause in (tok, *tok.ancestors):
        for verb in clause.children:
            if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and tok not in verb.subtree:
                out |= {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return out


# Envoys and ties that parties keep with one another: "X and Y recalled their ambassadors".
BONDS = frozenset({"ambassador", "envoy", "diplomat", "tie", "relation", "embassy"})


def mutual_wording(verb: Token) -> bool:
    """"blamed each other", "accused one another", "each side accused the other": words that make a
    directed act of several parties mutual, each party the others' target; so do "their" envoys or
    ties ("X and Y recalled their ambassadors", "cut their ties"): those they keep with each other."""
    return each_other(verb) or _shared_bond(verb)


def each_other(verb: Token) -> bool:
    """Whether the clause says outright that the act is mutual: "each other", "one another"."""
    words = {t.lower_ for t in verb.subtree}
    return {"each", "other"} <= words or {"one", "another"} <= words


def _shared_bond(verb: Token) -> bool:
    """Whether the verb's object is the subjects' own envoys or ties ("their ambassadors")."""
    obj = _child(verb, ("dobj",))
    return obj is not None and obj.lemma_.lower() in BONDS \
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children)


# People and groups that live inside one state and are named by neither a name nor a nationality:
# "accused the opposition", "vowed to crush the insurgents", "would not negotiate with protesters".
HOME_GROUPS = frozenset({"opposition", "protester", "demonstrator", "rioter", "militant", "insurgent", "rebel",
                         "separatist", "dissident", "opponent", "candidate", "activist", "journalist",
                         "people", "citizen", "resident", "crowd", "student", "worker", "lawmaker", "legislator",
                         "politician", "mutineer", "plotter", "organiser", "organizer", "gunman", "those"})
# Modifiers that take a group beyond one state: "world leaders", "foreign journalists".
BEYOND_ONE_STATE = frozenset({"world", "foreign", "international", "regional", "western", "global", "other"})


def addressed(verb: Token) -> list[Token]:
    """Whom an act is aimed at by grammar alone, named or not: the object ("accused the opposition"),
    the object of a verb it governs ("vowed to crush the insurgents", "refused to negotiate with
    them"), the "with"/"against" partner of its object ("ruled out talks with the people behind the
    unrest"), or the passive subject of a clause it governs ("warned that protesters would be arrested")."""
    out: list[Token] = []
    clauses = [verb]
    if _child(verb, ("dobj",)) is None:  # "urged the generals to talk with X": the generals
        clauses += [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    for clause in clauses:
        obj = _child(clause, ("dobj",))
        if obj is not None:
            out += [obj] + _prep_objects(obj, ("with", "against"))
        out += _prep_objects(clause, ("with", "against", "to"))
        if clause is not verb:
            out += [c for c in clause.children if c.dep_ == "nsubjpass"]
    return out


def home_group(tok: Token) -> bool:
    """Whether ``tok`` names people of one state without naming the state: a group noun with no
    owner and no modifier that takes it abroad ("the opposition", "more people", "those behind it"), or a
    person's bare name."""
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        return True
    return tok.lemma_.lower() in HOME_GROUPS and not any(
        c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.lower_ in BEYOND_ONE_STATE for c in tok.children)
