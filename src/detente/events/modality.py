"""Is the event asserted as having happened (or, for promises, as having been promised)?

Negated ("did not attack"), hypothetical ("could", "if"), speculative ("expected to",
"analysts fear") and embedded-in-another-event ("threatened to strike") triggers yield no
event of their own. Reported future cooperation becomes AGREE, as PLOVER prescribes.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Token

from ..dates import find_dates
from .grammar import named_as_what, participle_aside
from .triggers import deadline_act, infinitival

HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
INTENT_AUX = FUTURE_AUX | {"would"}   # "will"/"would": what someone says they are going to do
SPECULATIVE = frozenset({"expect", "hope", "fear", "predict", "believe", "worry", "wish", "want",
                         "consider", "plan", "intend", "aim", "seek", "try", "attempt", "risk",
                         "practise", "practice", "simulate", "rehearse",
                         "threaten", "warn", "urge", "ask", "demand", "refuse", "promise",
                         "pledge", "vow", "offer", "propose", "prepare", "call", "appeal",
                         "oblige", "obligate", "require"})   # "the treaty obliges states to arrest him"
SPEECH = frozenset({"say", "state", "announce", "tell", "add", "report", "claim", "write",
                    "insist", "declare", "confirm", "note", "stress", "underline", "underscore",
                    "reiterate", "repeat", "emphasize", "emphasise", "reminder", "warning", "statement",
                    "message", "declaration", "insistence"})
OPINION_SPEAKERS = frozenset({"analyst", "expert", "observer", "commentator", "critic",
                              "scholar", "researcher"})
SPECULATIVE_NOUNS = frozenset({"possibility", "risk", "fear", "worry", "prospect", "threat", "suggestion",
                               "sign", "indication", "hope", "speculation", "rumour", "rumor",
                               "likelihood", "chance", "danger", "spectre", "specter"})
# Hostile acts a speaker says it "would" do are threats (PLOVER THREATEN). An announced deployment
# ("NATO said it would send more troops") is the mobilisation itself, so MOBILIZE is not one of them.
INTENT_THREATS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
CEASABLE = INTENT_THREATS | {"MOBILIZE"}   # hostilities one can promise to stop
COOPERATIVE_FUTURE = frozenset({"SUPPORT", "AID", "COOPERATE", "CONSULT"})
# Verbs under which an event is said not to happen: "agreed to stop fighting", "to prevent escalation".
STOPPING = frozenset({"stop", "end", "halt", "cease", "prevent", "avoid", "refrain", "deter", "forestall",
                      "rule", "deny", "reject", "fail", "protect", "shield"})
CEASING = frozenset({"stop", "halt", "cease", "end", "suspend"})
ANONYMITY = frozenset({"name", "identify", "quote"})
NEGATORS = frozenset({"no", "neither", "none", "never", "nobody", "nothing"})
# An attempted attack or arrest is coded as the act (PLOVER): "tried to assassinate", "an attempt to hack".
ATTEMPTS = frozenset({"try", "attempt"})
ATTEMPTED = frozenset({"ASSAULT", "COERCE"})
# Hostile acts a speaker says it "could" or "may" take are threats: "said it could impose sanctions".
POSSIBLE_AUX = frozenset({"could", "may", "might"})
POSSIBLE_THREATS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
PLANS = frozenset({"plan", "intend"})
# "would not hesitate to strike again": readiness to act, not a refusal.
UNHESITATING = frozenset({"hesitate"})
# An infinitive of helping is the purpose of the act above it, not an act: "sent troops to help
# fight the insurgents", "pledged money to support the force".
HELPING = frozenset({"help", "assist", "support", "aid", "bolster", "back"})
HELPFUL = frozenset({"SUPPORT", "AID", "COOPERATE"})
# Street demonstrations announced for later are plans, not threats ("boycott" and "strike" threaten):
# the verbs, and the nouns held or staged ("would hold a rally", "rallies would be held").
MARCHING = frozenset({"march", "rally", "demonstrate", "protest", "gather"})
DEMONSTRATIONS = MARCHING | {"demonstration", "gathering", "vigil", "sit-in"}
# An infinitive of enabling is likewise the purpose of the act above it: "stepped down to allow a
# smooth transfer of power", "reopened the crossing to let aid in".
ENABLING = frozenset({"allow", "enable", "facilitate", "permit", "let"})
# Epistemic adverbs on a modal make it a guess: "Japan would probably scramble jets".
EPISTEMIC = frozenset({"probably", "possibly", "perhaps", "maybe", "conceivably", "presumably"})
# Auxiliaries that open a conditional clause by inversion: "Had Peru granted asylum, ...",
# "Were Russia to attack, ...", "Should talks fail, ...".
INVERTED_CONDITION = frozenset({"had", "were", "should"})
ACCUSING = frozenset({"ACCUSE", "REJECT"})
WARNING = frozenset({"warn", "warning"})
SHOWING = frozenset({"show", "demonstrate", "reflect", "prove", "illustrate", "display", "highlight"})
POPULAR_VOTES = frozenset({"referendum", "plebiscite", "poll", "ballot", "election"})
HABITUAL_ADVS = frozenset({"never", "repeatedly", "consistently", "always", "routinely", "persistently",
                           "traditionally", "historically", "habitually", "typically", "usually"})
# "declined to comment", "refused to speculate": withholding a remark is no stand taken on anything
COMMENTING = frozenset({"comment", "speculate", "elaborate", "say", "confirm", "specify", "disclose", "reveal",
                        "answer"})
LONG_SPANS = frozenset({"year", "decade", "century", "generation"})   # "for years": a standing stance
SUPERSEDED = frozenset({"initially", "originally", "previously", "formerly", "once"})
ARRANGEMENTS = frozenset({"AGREE", "CONCEDE", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONSULT"})
FORCES = frozenset({"force", "troop", "mission", "contingent", "coalition", "unit", "battalion", "brigade",
                    "peacekeeper", "operation"})
CONTINUING = frozenset({"embark", "go", "carry", "keep", "continue", "press", "push"})


@dataclass(frozen=True)
class Modality:
    asserted: bool
    future: bool = False
    reason: str = ""
    threat: bool = False   # announced on a condition ("unless") or as reported intent ("would")
    refusal: bool = False  # negated on the act itself or its "will"/"would": "would not back", "does not accept"
    ceasing: bool = False  # a hostile act someone "will stop": a promise to cease (AGREE)


def _negated(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in ("never",):
            return True
        if child.dep_ in ("det", "nsubj", "nsubjpass") and child.lower_ in NEGATORS:
            return True
    return _negative_subject(tok)


def _negative_subject(verb: Token) -> bool:
    """"No member state has recognised it", "Neither side fired": a subject quantified by "no" or
    "neither" denies the act of every member of the set."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in NEGATORS for d in c.children)
               for c in verb.children)


def _aux(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _chain(tok: Token, absorbing: frozenset[int]) -> list[Token]:
    """The trigger and the verbs above it in its clause chain, stopping at an absorbing trigger."""
    out = [tok]
    cur = tok
    while cur.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp", "dobj", "pobj",
                       "prep", "nsubj", "nsubjpass", "attr", "acomp") and cur.head is not cur:
        if cur.dep_ == "relcl" and cur.pos_ == "VERB" or (cur.dep_ == "acl" and not infinitival(cur)):
            break
        if participle_aside(cur) or named_as_what(cur):
            # "would turn down the grants, accusing Brussels of blackmail", "urged it to halt what he
            # called a genocide": the charge is made now, whatever governs it
            break
        if _finite_conjunct(cur):
            cur = _finite_ancestor(cur.head)
            if cur is None or cur.i in absorbing:
                break
            out.append(cur)
            continue
        cur = cur.head
        if cur.i in absorbing:
            break
        out.append(cur)
    return out


COMPLEMENT_DEPS = ("xcomp", "ccomp", "pcomp", "acl", "prep", "pobj", "advcl")


def _conjoined_into_complement(chain: list[Token], absorbing: frozenset[int]) -> bool:
    """"threatened to attack and invade the island": a verb coordinated with the complement of an
    absorbing trigger is part of that trigger's event, as the first conjunct is."""
    last = chain[-1]
    return len(chain) > 1 and any(t.dep_ == "conj" for t in chain[:-1]) \
        and last.dep_ in COMPLEMENT_DEPS and last.head.i in absorbing


def _finite_conjunct(verb: Token) -> bool:
    """A past-tense verb hung by the parser as a conjunct of a modal or negated verb of another form
    ("saying the council should not be drawn into it, and urged both sides to talk"): a finite verb
    cannot share a modal or a "not", so it coordinates with a finite verb higher up."""
    head = verb.head
    if verb.dep_ != "conj" or head.tag_ == "VBD" or head.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    passive = any(a.dep_ == "auxpass" for a in aux)
    has_object = _child_dep(verb, "dobj") is not None
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and passive and has_object):
        return False  # (a participle with an object of its own is no passive conjunct either)
    if passive and not has_object:
        return False  # "should not be drawn in and dragged along": a passive conjunct
    if any(a.lemma_ == "have" for a in aux) and not passive:
        return False  # "could have attacked and seized": the tagger often reads a participle as past
    # (an active verb with an object shares no passive: "had not been consulted and called the move a
    # violation" is a further act of the speaker)
    return any(a.tag_ == "MD" for a in aux) or _negated(head)


def _finite_ancestor(tok: Token) -> Token | None:
    """The nearest finite verb above ``tok`` (the clause a misattached finite conjunct belongs to)."""
    return next((a for a in islice(tok.ancestors, 6) if a.pos_ in ("VERB", "AUX") and a.tag_ in ("VBD", "VBZ", "VBP")),
                None)


def _proposed(verb: Token) -> bool:
    """"a call for its troops to be deployed", "a plan for the army to withdraw": an act a noun
    proposes or asks for (a "for ... to" clause hung on the noun), not one that took place."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.pos_ not in ("NOUN", "PROPN") or not infinitival(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i and _child_dep(c, "pobj") is not None
               for c in noun.children)  # the parser hangs "for its forces" on the noun


def _child_dep(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _counter_charge(verb: Token) -> bool:
    """A participle clause set off by a comma that charges a party it names ("denied arming the
    rebels, accusing Kinshasa of ...") is a further act of the subject, not what it denied or
    stopped; one about the same thing ("rejected the plan, calling it unacceptable") restates it."""
    obj = _child_dep(verb, "dobj")
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and obj is not None and obj.pos_ != "PRON"


def assess(tok: Token, event: str, absorbing: frozenset[int], refusal: bool = False) -> Modality:
    """Decide modality for a trigger token; ``absorbing`` holds tokens of absorbing triggers. For a
    stated refusal (``refusal``: "would not hand over the bodies") the trigger's own "not" is the
    event, not its negation; what governs it still decides ("if it would not ...")."""
    if event == "REQUEST" and any(_anonymity(t) for t in tok.subtree if t is not tok):
        return Modality(False, reason="anonymity formula ('asked not to be named')")
    if _without(tok):
        return Modality(False, reason="absent ('without warning')")
    if tok.tag_ == "VBG" and tok.dep_ == "amod":
        return Modality(False, reason="a party described by what it does ('the boycotting states')")
    if event == "REJECT" and _no_comment(tok):
        return Modality(False, reason="no comment ('declined to comment')")
    if _habitual(tok):
        return Modality(False, reason="habitual or standing ('for years', 'has long', 'no state has')")
    if event == "THREATEN" and tok.lemma_.lower() in WARNING and _statement_of_fact(tok):
        return Modality(False, reason="a warning about how things are, not of what the speaker will do")
    if _superseded(tok):
        return Modality(False, reason="superseded ('had initially promised')")
    if event == "SUPPORT" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        return Modality(False, reason="a standing relation ('rebels backed by X', 'a UN-backed plan')")
    if event == "AID" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not _dated(tok):
        return Modality(False, reason="a thing described by its origin ('aircraft donated by X')")
    if _mission(tok):
        return Modality(False, reason="a force described by its task ('the UN force fighting the rebels')")
    if _topic(tok):
        return Modality(False, reason="the topic of talks or a deal ('a deal on deploying police')")
    if _ongoing_aside(tok):
        return Modality(False, reason="an ongoing activity in an aside ('which has been holding talks')")
    if _shown(tok):
        return Modality(False, reason="a disposition shown, not an act ('showed its commitment')")
    if _arrangement_referred(tok, event):
        return Modality(False, reason="an existing arrangement ('under a deal')")
    if event in ACCUSING and tok.dep_ == "relcl" and (present_simple(tok) or _present_perfect(tok)):
        # "which critics accuse of", "which has refused to negotiate": an aside on where a party stands
        return Modality(False, reason="standing position in a relative clause ('which critics accuse of')")
    future = False
    chain = _chain(tok, absorbing)
    if _conjoined_into_complement(chain, absorbing):
        return Modality(False, reason=f"a conjunct inside the complement of '{chain[-1].head.text}'")
    for i, node in enumerate(chain):
        if i > 0 and chain[i - 1].dep_ == "conj" and _has_subject(chain[i - 1]) and node.pos_ in ("VERB", "AUX"):
            # "he tried to dissolve Congress, and police detained him": a clause with its own subject
            # is not under its sibling's negation, modal or verb of trying; only its conditions reach it
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
                return Modality(False, reason="conditional clause")
            continue
        if i > 0 and node.lemma_.lower() in UNHESITATING and _negated(node) and event in POSSIBLE_THREATS:
            return Modality(False, reason="'would not hesitate to'", threat=True)  # a threat to do it
        if _negated(node) and (i == 0 or node.pos_ in ("VERB", "AUX")) and not (i == 0 and refusal):
            return Modality(False, reason=f"negated at '{node.text}'", refusal=i == 0 or bool(_aux(node) & INTENT_AUX))
        aux = _aux(node)
        if i > 0 and _be_to(node, chain[i - 1]):
            if not _under_speech(node):  # "Under its terms, the troops are to withdraw": a schedule, no act
                return Modality(False, reason="scheduled or obliged ('are to withdraw')")
            aux = aux | {"will"}   # "said its troops are to withdraw": announced, as with "will"
        if _inverted(node):
            return Modality(False, reason="a question or an inverted condition ('Will X ...?', 'Had X ...')")
        if "have" in aux and aux & (INTENT_AUX | HYPOTHETICAL_AUX):
            return Modality(False, reason="counterfactual ('would have')")  # "a draft that would have called for"
        if aux & (INTENT_AUX | HYPOTHETICAL_AUX) and any(c.lower_ in EPISTEMIC for c in node.children):
            return Modality(False, reason="a guess ('would probably')")
        if aux & FUTURE_AUX and event == "CONSULT" and not _under_speech(node):
            # "The envoy will visit Kabul next week": a meeting on the schedule, told by the writer; a
            # reported one ("said he would visit") is a promise (AGREE)
            return Modality(False, reason="a scheduled meeting")
        if i > 0 and deadline_act(node) in chain[:i]:
            return Modality(False, reason=f"a deadline ('{node.lemma_} ... days to')")
        if node.dep_ in ("advcl", "relcl") and node.lemma_.lower() in ENABLING and infinitival(node) and i == 0:
            return Modality(False, reason=f"purpose ('to {node.lemma_}')")  # "stepped down to allow a transfer"
        if node.dep_ in ("advcl", "relcl") and node.lemma_.lower() in HELPING and infinitival(node) \
                and node.head.lemma_.lower() not in ("vote", "agree") and (i == 0 or event not in HELPFUL):
            # "sent troops to help fight the insurgents", "pledged money to support the force" -- but
            # "mobilised lobbyists to help support the Palestinians" is support all the same
            return Modality(False, reason=f"purpose ('to {node.lemma_}')")
        coordinated = i > 0 and (chain[i - 1].dep_ == "conj" or (event == "ACCUSE" and _counter_charge(chain[i - 1])))
        # a sibling act, not this verb's complement
        if i > 0 and node.lemma_.lower() in CEASING and event in CEASABLE and aux & INTENT_AUX and not coordinated:
            # "Hamas said it would stop firing": a promise to cease hostilities (PLOVER AGREE)
            return Modality(False, reason=f"promised to '{node.lemma_}'", ceasing=True)
        if aux & POSSIBLE_AUX and event in POSSIBLE_THREATS and _under_speech(node) and not _opinion_report(node):
            return Modality(False, reason=f"possible '{min(aux & POSSIBLE_AUX)}'", threat=True)
        if aux & HYPOTHETICAL_AUX:
            return Modality(False, reason=f"modal '{min(aux & HYPOTHETICAL_AUX)}'")
        if "would" in aux and not _under_speech(node):
            return Modality(False, reason="conditional 'would'")
        if ("would" in aux or (aux & FUTURE_AUX and _under_speech(node))) and event == "PROTEST" \
                and _demonstration(tok):
            # "said they would march again", "rallies would be held": a plan ("boycott" and "strike" threaten)
            return Modality(False, reason="a planned demonstration")
        if ("would" in aux or (aux & FUTURE_AUX and _under_speech(node))) and event in INTENT_THREATS:
            return Modality(False, reason="reported intent", threat=True)  # "said he will extend the curfew"
        if aux & FUTURE_AUX or "would" in aux:
            future = True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return Modality(False, reason="conditional clause")
        if any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in node.children):
            return Modality(False, reason="on condition", threat=True)
        if event in POSSIBLE_THREATS and aux & INTENT_AUX and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                for c in node.children):
            # "said Estonia would close its crossings if large groups began arriving": a hostile act
            # promised on a condition is a threat (our conventions; PLOVER THREATEN)
            return Modality(False, reason="on condition ('would ... if')", threat=True)
        if _proposed(node):
            return Modality(False, reason=f"proposed ('a {node.head.lemma_} for ... to {node.lemma_}')")
        if event in ("SUPPORT", "REJECT") and _in_popular_vote(node):
            return Modality(False, reason="a popular vote ('voters backed it in a referendum')")
        if i > 0 and node.lemma_.lower() == "fail" and event == "AGREE" and not coordinated:
            return Modality(False, reason="failed to agree", refusal=True)  # "failed to reach a deal": REJECT
        if i > 0 and node.lemma_.lower() in STOPPING and not coordinated:
            # "rejected the offer and launched strikes": a sibling act is not what was rejected
            return Modality(False, reason=f"stopped by '{node.lemma_}'")
        if i > 0 and node.lemma_.lower() in ATTEMPTS and event in ATTEMPTED:
            continue
        if i > 0 and node.lemma_.lower() in PLANS and event in POSSIBLE_THREATS and node.pos_ in ("VERB", "AUX") \
                and not coordinated:
            return Modality(False, reason=f"planned ('{node.lemma_}')", threat=True)  # "plans to impose curbs"
        sibling = i == 1 and tok.dep_ == "conj"  # "called the demolition regrettable and warned that ..."
        if i > 0 and node.lemma_.lower() in SPECULATIVE and node.i not in absorbing and not sibling:
            return Modality(False, reason=f"under '{node.lemma_}'")
        if node.lemma_.lower() in ("due", "expected", "set", "likely", "unlikely") and i > 0:
            return Modality(False, reason=f"prospective '{node.text}'")
        if node.lemma_.lower() in SPECULATIVE_NOUNS and i > 0 and node.pos_ in ("NOUN", "PROPN"):
            # a noun of speculation ("signs of a deal"), not the verb that shares its lemma ("signed a deal")
            return Modality(False, reason=f"speculative '{node.text}'")
        if node.lemma_.lower() in SPEECH and _opinion_speaker(node):
            return Modality(False, reason="opinion of an analyst")
    return Modality(True, future=future)


# Cooperation refused is a rejection (PLOVER REJECT): "would not back the move", "does not accept
# the court's rulings". Words whose plain negation is a refusal in any tense; others need "will"/"would".
REFUSABLE = frozenset({"AGREE", "SUPPORT", "CONCEDE", "RETREAT", "AID", "COOPERATE", "CONSULT"})
ACCEPTING = frozenset({"accept", "recognize", "recognise", "allow", "back", "support", "endorse", "agree", "comply",
                       "approve", "permit", "tolerate", "negotiate", "cooperate", "honour", "honor", "respect",
                       "reach"})


def refused(mod: Modality, event: str, tok: Token) -> bool:
    """Is a negated cooperative act a refusal (REJECT) rather than a non-event?"""
    if not mod.refusal or event not in REFUSABLE:
        return False
    governing = _aux(tok.head) if tok.dep_ == "xcomp" else set()  # "will not agree to lift"
    return tok.lemma_.lower() in ACCEPTING or bool((_aux(tok) | governing) & INTENT_AUX)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _anonymity(tok: Token) -> bool:
    """"asked not to be named", "asked for anonymity" -- not "demanded that it drop the name"."""
    if tok.lower_ == "anonymity":
        return True
    return tok.lemma_.lower() in ANONYMITY and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("neg", "auxpass") for c in tok.children)


def _habitual(tok: Token) -> bool:
    """"have for years accused each other", "has long insisted", "no state has recognised it": a
    standing position, not an event."""
    if _present_perfect(tok) and _negative_subject(tok):
        return True
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in LONG_SPANS and tok.head.dep_ == "pobj" \
            and tok.head.head.lower_ == "for":
        return True  # "Caracas has for years accused ...", parsed with "accused" hung on "years"
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux")
                                                                  for c in tok.children) and _habitual(tok.head):
        return True  # "has repeatedly denied any role and called for an inquiry": the stance goes on
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ == "long":
            return True
        if child.lower_ in HABITUAL_ADVS and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
            return True  # "has never accepted the ruling", "has repeatedly denied": a standing position
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                g.lemma_.lower() in LONG_SPANS
                and not any(n.like_num for n in g.subtree) for g in child.children):
            return True  # "for years", not a stated duration ("for at least two years")
    return False


def _without(tok: Token) -> bool:
    """"shoot without warning", "ended without agreement", "acted without consulting Kyiv": the object
    of "without" names an act that did not take place."""
    return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without"


def _no_comment(tok: Token) -> bool:
    """"declined to comment on the reports", "refused to speculate": a refusal whose infinitive is a
    verb of remarking withholds a comment, it rejects nothing."""
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in COMMENTING and infinitival(c) for c in tok.children)


def _inverted(verb: Token) -> bool:
    """An auxiliary before the subject: a yes/no question ("Will Seoul expel the envoy?") or a
    conditional clause without "if" ("Had Peru granted asylum, ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    if subject is None or first is None or first.i > subject.i:
        return False
    return first.lower_ in INVERTED_CONDITION or verb.sent[-1].text == "?" or any(
        t.text == "?" for t in verb.doc[subject.i:verb.sent.end])


def _demonstration(verb: Token) -> bool:
    """A verb of marching, or one whose object or passive subject is a demonstration ("hold a rally")."""
    return verb.lemma_.lower() in MARCHING or any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DEMONSTRATIONS for c in verb.children)


def _dated(tok: Token) -> bool:
    """Whether the words under ``tok`` give a date ("aid delivered by the UN on Tuesday")."""
    return bool(find_dates(" ".join(t.text for t in tok.subtree), None))


def _ongoing_aside(verb: Token) -> bool:
    """"Riyadh, which has been holding talks with the rebels": a relative clause in the present
    perfect progressive describes a party by what it has been doing, not an act of the story."""
    aux = _aux(verb)
    return verb.dep_ == "relcl" and verb.tag_ == "VBG" and "been" in aux and bool(aux & {"has", "have"})


def _mission(tok: Token) -> bool:
    """"the AU force fighting the militants", "troops guarding the airport": a present participle
    hung on a force names the standing task that describes it, not an act of the story."""
    return tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.lemma_.lower() in FORCES and not _dated(tok)


def _topic(tok: Token) -> bool:
    """"signed a deal on deploying police", "talked about sending troops": a gerund after "on" or
    "about" names what talks, deals or pleas are about, not an act done ("On arriving in Kyiv, ..."
    before its verb is a time, and "embarked on", "went on" continue an act)."""
    prep = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and prep.lower_ in ("on", "about") and prep.head.i < prep.i \
        and prep.head.lemma_.lower() not in CONTINUING


def _be_to(node: Token, below: Token) -> bool:
    """"The troops are to withdraw", "Hamas is to free the hostages": "be" with an infinitive is a
    schedule or an obligation, not an act; one reported is announced, like "will"."""
    return node.lemma_ == "be" and below.dep_ == "xcomp" and below.head == node and infinitival(below)


def present_simple(verb: Token, bare_plural: bool = False) -> bool:
    """A finite verb in the simple present. With ``bare_plural``, also a base form with a subject of
    its own, as the tagger reads some plural ones ("their drones target ships")."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.tag_ in ("VBZ", "VBP") or (bare_plural and verb.tag_ == "VB"
                                           and any(c.dep_ == "nsubj" for c in verb.children))


def _present_perfect(verb: Token) -> bool:
    """"has refused", "have denied": the perfect with a present-tense "have"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have"
                                      for c in verb.children)


def _statement_of_fact(tok: Token) -> bool:
    """"warned that help was reaching the area only slowly": the warning's clause states a fact, with
    no "will", "would" or "could" of something to come, so no one is threatened."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ == "VB":
        return False
    return not (_aux(clause) & (HYPOTHETICAL_AUX | INTENT_AUX)) and not any(
        c.dep_ == "xcomp" or c.lower_ == "going" for c in clause.children)


def _in_popular_vote(verb: Token) -> bool:
    """"voted in a referendum to back X", "backed independence in a referendum": citizens' ballots,
    not one actor's support for or rejection of another."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in POPULAR_VOTES for g in c.children) for c in verb.children)


def _superseded(tok: Token) -> bool:
    """"had initially promised elections": an earlier position, overtaken by what is reported."""
    advs = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
    return bool(advs & SUPERSEDED) and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def _shown(tok: Token) -> bool:
    """"the visit showed American support", "reflects Colombia's commitment": a noun that names a
    disposition evidenced by something else is not an act of its own."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in SHOWING


def _arrangement_referred(tok: Token, event: str) -> bool:
    """"patrols under a deal that halted the offensive": an arrangement already in force, referred to
    (and what a relative clause says it did), not made now."""
    noun = tok.head if tok.dep_ == "relcl" else tok
    return event in ARRANGEMENTS and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
        and (noun is tok or noun.pos_ in ("NOUN", "PROPN"))


def _speech_verb(tok: Token) -> Token | None:
    """The verb of saying within four heads above ``tok``, if any."""
    return next((a for a in islice(tok.ancestors, 4) if a.lemma_.lower() in SPEECH), None)


def _under_speech(tok: Token) -> bool:
    return _speech_verb(tok) is not None


def _opinion_report(tok: Token) -> bool:
    """Is the speech verb above ``tok`` an analyst's opinion ("analysts said it could strike")?"""
    verb = _speech_verb(tok)
    return verb is not None and _opinion_speaker(verb)


def _opinion_speaker(verb: Token) -> bool:
    return any(child.dep_ == "nsubj" and child.lemma_.lower() in OPINION_SPEAKERS for child in verb.children)


def future_type(event: str) -> str:
    """Reported future cooperation is coded AGREE (PLOVER), a promised withdrawal, release or
    resignation CONCEDE; other types keep their type."""
    if event == "RETREAT":
        return "CONCEDE"  # "will resign", "will release the hostages": a promise to yield, not yet done
    return "AGREE" if event in COOPERATIVE_FUTURE else event
