"""From a noun phrase in a parsed sentence to the entities it names.

"Pakistan's foreign ministry" → PAK/GOV; "his Iranian counterpart" → IRN; "Indian soldiers"
→ IND/MIL; "China, Russia, and Turkey" → three states; "he" → the last person named;
"militants in Balochistan" → PAK (where an unnamed armed group acts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from ..models import Entity
from ..places import country_on, gazetteer
from .context import PRONOUNS, ArticleContext
from .mentions import Mention
from .tables import ActorEntry, load_tables

NP_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "appos", "nummod", "case",
                     "flat", "quantmod", "npadvmod", "punct", "predet"})
LOCATION_PREPS = frozenset({"in", "within", "inside", "near", "at", "across", "into", "on", "over", "off"})
MEMBER_PREPS = frozenset({"including", "like", "as"})
# Bodies that act at home: unqualified "police", "prosecutors", "gunmen" are the story's country's,
# even when another state was named last ("... alongside the United States. Gunmen burned vehicles").
HOME_SECTORS = frozenset({"COP", "JUD", "LEG", "CVL", "EDU", "OPP", "PTY", "LAB", "CRM", "ELI", "BUS",
                          "REL", "AGR", "HLH", "MED", "INS", "REB", "SEP", "UAF"})
# Bodies of the state itself: with no state named nearby, "the government" is the story's state's.
STATE_SECTORS = frozenset({"GOV", "MIL"})
# Verbs of reporting that put an unnamed body after the words it reports ("..., the ministry said").
SAYING = frozenset({"say", "announce", "state", "add", "confirm", "tell"})
# Sectors that speak for a state: its government, armed forces, police, diplomats (None: the state itself).
STATE_VOICES = frozenset({None, "GOV", "MIL", "COP", "SPY"})
# Nouns that name the pair only with "two" or "both": "the two downstream states", "both armies".
DUAL_WORDS = frozenset({"states", "powers", "rivals", "allies", "adversaries", "armies", "militaries",
                        "presidents", "neighbours", "neighbors"})
PAIR_WORDS = frozenset({"sides", "countries", "nations", "neighbours", "neighbors", "governments",
                        "two", "both", "parties", "leaders", "ministers", "capitals", "fms"})


# People and units that belong to whoever their of- or from-phrase names ("chiefs of 12 countries").
DRAWN = frozenset({"chief", "member", "representative", "delegate", "delegation", "envoy", "official", "leader",
                   "head", "minister", "diplomat", "team", "officer", "commander", "soldier", "troop", "force",
                   "unit", "fighter", "spokesman", "spokeswoman", "spokesperson", "negotiator", "emissary"})


# Unnamed voices of a state that go on with the state that spoke in the sentence before.
SPOKESPEOPLE = frozenset({"official", "ministry", "spokesman", "spokeswoman", "spokesperson", "diplomat"})


# Things carried or shown that bear a state's name or colours: "Russian flags", "US banners" say what
# a crowd displays, not whose it is.
EMBLEMS = frozenset({"flag", "banner", "placard", "poster", "portrait", "emblem", "scarf", "t-shirt"})


@dataclass(frozen=True)
class Resolved:
    entities: tuple[Entity, ...]
    how: str            # "named", "coref", "context", "place" or "none"


NONE = Resolved((), "none")


def np_tokens(head: Token, skip: frozenset[int] = frozenset()) -> list[Token]:
    """The head and the words that describe it (not its clauses or other prepositions)."""
    out, stack = [head], [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.i in skip or _emblem(child):
                continue  # "protesters, some waving Russian flags": the flags' state is not theirs
            take = child.dep_ in NP_DEPS or (child.dep_ == "prep" and child.lower_ == "of")
            if child.dep_ == "pobj" and tok.dep_ == "prep" and tok.lower_ == "of":
                take = True
            if take:
                out.append(child)
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def conjuncts(head: Token) -> list[Token]:
    return [head, *[c for c in head.conjuncts if c.i > head.i]]


def _split_pair(mod: Token) -> list[Token]:
    """"Bolivian and Peruvian units": a coordination the parser split, hanging "and" on the first
    modifier and the second modifier straight on the noun; both modifiers, in order."""
    nxt = mod.doc[mod.i + 2] if mod.i + 2 < len(mod.doc) else None
    if nxt is None or mod.doc[mod.i + 1].dep_ != "cc" or mod.doc[mod.i + 1].head.i != mod.i \
            or nxt.head.i != mod.head.i or nxt.dep_ != mod.dep_:
        return [mod]
    return [mod, nxt]


def _organ_owner(head: Token, best: Mention, mentions: list[Mention]) -> ActorEntry | None:
    """The possessor of an organ that the tables file under one body by its bare name: "the
    African Union's Peace and Security Council" is the AU's, "Russia's Security Council" Russia's,
    though "the Security Council" alone is the UN's. Only an owning possessive counts."""
    if not best.start <= head.i < best.end:
        return None
    for m in mentions:
        if m is best or m.kind not in ("state", "demonym", "capital", "igo") or m.code in (None, best.code):
            continue
        root = max((head.doc[i] for i in range(m.start, m.end)), key=lambda t: t.i)
        if root.dep_ == "poss" and (root.head.i == head.i or root.head.i in range(best.start, best.end)):
            return m.best
    return None


def _adjacent(head: Token, appos: Token) -> bool:
    """An apposition that starts right after its head's own words (a comma between at most):
    "talks between X's envoy, A, and Y's adviser B, hosted by Z's minister, C" — the parser may
    hang "C" on the first envoy, but a name after other conjuncts describes the noun before it."""
    last = max(t.i for t in np_tokens(head, frozenset({appos.i})) if t.dep_ != "punct")
    return appos.left_edge.i - last <= 2


def _qualifier(head: Token, best: Mention, mentions: list[Mention]) -> ActorEntry | None:
    """A state that qualifies an institution whose own table country differs: "Peru's Congress"
    is Peru's, though the bare metonym "Congress" is the United States'."""
    if best.kind == "igo":
        return _organ_owner(head, best, mentions)
    if best.kind != "institution":
        return None
    for m in mentions:
        if m is best or m.kind not in ("state", "demonym", "capital") or not m.best.country:
            continue
        if m.best.country == best.best.country:
            return None
        root = max((head.doc[i] for i in range(m.start, m.end)), key=lambda t: t.i)
        attached = root.head.i == head.i or root.head.i in range(best.start, best.end)
        if attached and (root.dep_ in ("poss", "compound", "amod", "nmod") or root.head.dep_ == "poss"):
            return m.best
    return None


class Resolver:
    """Resolves noun phrases of one sentence, with the article's memory."""

    def __init__(self, doc: Doc, mentions: list[Mention], ctx: ArticleContext, sentence: int,
                 on: date | None) -> None:
        self.doc, self.ctx, self.sentence, self.on = doc, ctx, sentence, on
        self.at: dict[int, Mention] = {i: m for m in mentions for i in range(m.start, m.end)}
        self.tables = load_tables()

    def phrase(self, head: Token, exclude: frozenset[str] = frozenset()) -> Resolved:
        """Every conjunct of the phrase headed by ``head``, resolved and merged."""
        found: list[Entity] = []
        how = "named"
        members = [g for c in head.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS
                   for g in c.children if g.dep_ == "pobj"]
        owners = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.conjuncts]
        if owners and head.tag_ in ("NNS", "NNPS"):  # "the presidents of Venezuela and Guyana"
            return self.phrase(owners[0], exclude)
        if members and not self.single(head, exclude).entities:  # "actors, including China"
            return self.phrase(members[0], exclude)
        listed = [c for c in head.children if c.dep_ == "appos" and c.conjuncts]
        if listed and head.tag_ in ("NNS", "NNPS") and head.pos_ == "NOUN":
            # "the ministers, Anna Berg of Sweden and Jonas Lie of Norway": the list says who
            r = self.phrase(listed[0], exclude)
            if len({e.code for e in r.entities}) >= 2:
                return r
        joint = self._joint_modifiers(head, exclude)
        if joint:  # "Turkish and Russian troops": one phrase, two parties
            return Resolved(joint, "named")
        for tok in conjuncts(head) + self._listed_appositions(head, exclude):
            r = self.single(tok, exclude, skip=self._list_skip(tok, exclude))
            found.extend(e for e in r.entities if e not in found)
            if r.how != "named" and r.entities:
                how = r.how
        if not found:
            return self._drawn_from(head, exclude)
        return Resolved(tuple(found), how)

    def _drawn_from(self, head: Token, exclude: frozenset[str]) -> Resolved:
        """"officials from the two countries", "the defence chiefs of 12 countries including Japan and
        Australia", "members of the ruling party": people or a unit drawn from a party its of- or
        from-phrase names, when the words themselves name nobody."""
        mention = self.at.get(head.i)
        if head.lemma_.lower() not in DRAWN and (mention is None or mention.kind not in ("body", "office")):
            return NONE
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        r = self.phrase(obj, exclude)
                        if r.entities:
                            return r
        return NONE

    def note_speaker(self) -> None:
        """Remember a state that is the subject of the sentence's main verb ("Washington said on
        Friday it would send investigators"): an unnamed official in the next sentence speaks for it
        ("But a senior official said ..."). A state's government, ministry or army counts; its
        people do not."""
        for root in (t for t in self.doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")):
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ in PRONOUNS:
                continue
            state = self._state_named(subject)
            if state is not None:
                self.ctx.last_speaker = (self.sentence, self._by_code(state, subject.text))
            return

    def _state_named(self, head: Token) -> str | None:
        """The state a subject names by itself ("Washington", "France") or as the owner of one of its
        organs ("France's foreign ministry", "the Kenyan army"), read from the mentions only."""
        own = self.at.get(head.i)
        if own is not None and own.kind in ("state", "capital"):
            return own.best.country
        if own is None or own.kind not in ("body", "office") or own.best.sector not in STATE_VOICES:
            return None
        owners = {m.best.country for c in head.children if c.dep_ in ("poss", "amod", "compound")
                  for m in [self.at.get(c.i)] if m is not None and m.kind in ("state", "capital", "demonym")}
        return owners.pop() if len(owners) == 1 else None

    def _joint_modifiers(self, head: Token, exclude: frozenset[str]) -> tuple[Entity, ...]:
        """"Turkish and Russian troops", "U.S. and Russian negotiators": coordinated state modifiers
        of one noun name one party each; the noun gives their sector."""
        for mod in head.children:
            listed = conjuncts(mod) if any(c.dep_ == "conj" for c in mod.children) else _split_pair(mod)
            if mod.dep_ not in ("amod", "nmod", "compound") or len(listed) < 2:
                continue
            found: list[Entity] = []
            for tok in listed:
                m = self.at.get(tok.i)
                if m is None or m.kind not in ("state", "demonym", "capital") or not m.best.country:
                    return ()
                if m.best.country not in exclude and all(e.country != m.best.country for e in found):
                    found.append(Entity(f"{tok.text} {head.text}", m.best.name, m.best.country, None, None))
            if len(found) >= 2:
                generic = self.at.get(head.i)
                sector = generic.best.sector if generic is not None and generic.kind in ("office", "body") else None
                return tuple(Entity(e.text, e.name, e.country, None, sector or "GOV") for e in found)
        return ()

    def _listed_appositions(self, head: Token, exclude: frozenset[str]) -> list[Token]:
        """"Saudi Arabia, the UAE, Bahrain and Egypt" parsed as an apposition with conjuncts:
        an apposition naming another party is a list item, not a description."""
        out = []
        for child in head.children:
            if child.dep_ == "appos" and _adjacent(head, child) and self._named(child) \
                    and self._list_skip(head, exclude):
                out += conjuncts(child)
        return out

    def _named(self, tok: Token) -> bool:
        """Whether a word is part of a name the tables know ("the UAE", "Bahrain"), not a common noun
        that describes ("Japan, South Korea's biggest trading partner": Japan alone)."""
        m = self.at.get(tok.i)
        return m is not None and m.kind not in ("office", "body")

    def _list_skip(self, head: Token, exclude: frozenset[str]) -> frozenset[int]:
        """Appositions of ``head`` that name a different party than ``head`` itself."""
        own = self.single(head, exclude, skip=frozenset(c.i for c in head.children if c.dep_ == "appos"))
        codes = {e.code for e in own.entities}
        skip = set()
        for child in head.children:
            if child.dep_ != "appos":
                continue
            other = {e.code for e in self.single(child, exclude).entities}
            if codes and other and not other & codes and own.how == "named":
                skip.add(child.i)
        return frozenset(skip)

    def single(self, head: Token, exclude: frozenset[str] = frozenset(),
               skip: frozenset[int] = frozenset()) -> Resolved:
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            pair = self._plural_antecedent(head, exclude)
            if pair is not None:
                return pair
            ents = self.ctx.pronoun(head.lower_, self.sentence, exclude, head.i)
            return Resolved(tuple(ents), "coref") if ents else NONE
        tokens = np_tokens(head, skip)
        mentions = list(dict.fromkeys(self.at[t.i] for t in tokens if t.i in self.at))
        entity = self._compose(head, tokens, mentions, exclude)
        if entity is not None:
            return entity
        return NONE

    def _plural_antecedent(self, head: Token, exclude: frozenset[str]) -> Resolved | None:
        """"spoke to the leaders of both countries and urged them": "them" is the two parties
        a "both"/"two" phrase earlier in the sentence stands for, not the latest single name."""
        if head.lower_ not in ("them", "they"):
            return None
        for tok in reversed(head.doc[head.sent.start:head.i]):
            if tok.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("both", "two") for c in tok.children):
                r = self.phrase(tok, exclude)
                return r if len({e.code for e in r.entities}) >= 2 else None
        return None

    def _compose(self, head: Token, tokens: list[Token], mentions: list[Mention],
                 exclude: frozenset[str]) -> Resolved | None:
        text = " ".join(t.text for t in tokens if t.dep_ != "punct")
        named = [m for m in mentions if m.kind not in ("office", "body", "demonym")]
        generic = [m for m in mentions if m.kind in ("office", "body")]
        sector = next((m.best.sector for m in generic), None)
        people = next((m for m in mentions if m.kind == "demonym" and m.start <= head.i < m.end), None)
        if named:  # the mention holding the head word wins ("NATO-member Norway" is Norway)
            best = min(named, key=lambda m: (not m.start <= head.i < m.end, not self._owns(m, head), _rank(m.best),
                                             -(m.end - m.start)))
            e = best.best
            owner = _qualifier(head, best, mentions)
            earlier = self.ctx.heads.get(best.text.lower()) if best.kind == "institution" else None
            metonym = _home_metonym(best, list(set(self.at.values())), self.ctx)
            if owner is None and metonym is not None and metonym.code not in exclude:
                return Resolved((Entity(text, metonym.name, metonym.country, None, e.sector),), "named")
            if owner is None and earlier is not None and earlier.code not in exclude:
                found = Entity(text, earlier.name, earlier.country, None, e.sector)
                return Resolved((found,), "coref")  # "Congress" after "Peru's Congress"
            if owner is not None:  # "Peru's Congress", "the Pakistani army": the named state owns the body
                found = Entity(text, owner.name, owner.country, owner.igo,
                               owner.sector if owner.igo or e.igo else e.sector)
                self._remember_head(head, generic, found)
                return Resolved((found,), "named")
            on_head = best.start <= head.i < best.end
            if people is not None and not on_head and sector is None and e.kind != "person" \
                    and people.best.country != e.country:
                sector = "CVL"  # "the Turks of northern Greece": a people of that state, not its government
            keep = (e.kind == "person" and on_head) or (e.sector in ("NGO", "IGO") and sector in ("GOV", None))
            found = _entity(text, e, e.sector if keep else sector or e.sector)  # "Red Cross officials" stay NGO
            self._remember_head(head, generic, found)
            return Resolved((found,), "named")
        demonym = next((m for m in mentions if m.kind == "demonym"
                        and not (m.start > 0 and self.doc[m.start - 1].lower_ == "ethnic")), None)
        # "ethnic Albanians in Serbia" are Serbia's, not Albania's
        if demonym is not None:
            e = demonym.best
            if people is not None and people is not demonym and sector is None and people.best.country != e.country:
                sector = "CVL"  # "Bosnian Serbs": a people of Bosnia, not its government
            found = Entity(text, e.name, e.country, None, sector)
            self._remember_head(head, generic, found)
            return Resolved((found,), "named")
        if generic:
            return self._generic(text, head, generic, exclude)
        if any(m.kind == "demonym" and m.start <= head.i < m.end for m in mentions):
            located = self.place_country(head, exclude)  # "ethnic Hungarians in southern Slovakia"
            if located.entities:
                e = located.entities[0]
                return Resolved((Entity(text, e.name, e.country, None, "CVL"),), "context")
        if head.lower_ == "side" and any(t.lower_ in ("each", "either") for t in tokens):
            pair = self.ctx.dyad(exclude)  # "each side accused the other"
            if len(pair) == 2:
                return Resolved(tuple(self._by_code(c, text) for c in pair), "coref")
        if head.lower_ == "island" and [t.lower_ for t in tokens] == ["the", "island"]:
            near = self.ctx.recent_country(self.sentence, exclude, window=1, position=head.i)
            if near is not None:  # "fired missiles near Taiwan and sent ships toward the island"
                return Resolved((Entity(text, near.name, near.country, None, near.sector),), "coref")
        if head.lower_ in PAIR_WORDS or any(t.lower_ in ("two", "both") for t in tokens):
            pair = self.ctx.dyad(exclude)
            if len(pair) == 2 and (head.lower_ in PAIR_WORDS or head.lower_ in DUAL_WORDS):
                return Resolved(tuple(self._by_code(c, text) for c in pair), "coref")
        if head.lower_ == "counterpart":
            return self._counterpart(text, exclude)
        titled = self.ctx.titled.get(head.lower_) if head.pos_ == "PROPN" and not mentions else None
        if titled is not None and titled.code not in exclude:  # "Marsh" after "House Speaker Ann Marsh"
            return Resolved((Entity(text, titled.name, titled.country, None, titled.sector),), "coref")
        if _members(head, tokens):  # "the EU activated its mechanism, and member states sent rescuers"
            body = self.ctx.recent_igo(self.sentence, position=head.i)
            if body is not None and body.code not in exclude:
                return Resolved((Entity(text, body.name, body.country, body.igo, body.sector),), "coref")
        # "the balloon" after "a Chinese balloon"; "the watchdog's board": the body's own board
        for noun, words in ((head, tokens), *((c, list(c.children)) for c in head.children if c.dep_ == "poss")):
            earlier = self.ctx.heads.get(noun.lemma_.lower())
            if earlier is not None and earlier.code not in exclude and noun.pos_ == "NOUN" and any(
                    t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in words):
                return Resolved((Entity(text, earlier.name, earlier.country, earlier.igo, earlier.sector),), "coref")
        return None

    def _owns(self, m: Mention, head: Token) -> bool:
        """Whether a possessive name is the head's owner: "Mexico's handling of the WHO summit" is
        Mexico's; a name deeper in a prepositional phrase only describes the head."""
        last = self.doc[m.end - 1]
        return last.head.i == head.i and last.dep_ == "poss"

    def _remember_head(self, head: Token, generic: list[Mention], entity: Entity) -> None:
        """Remember whose a common noun was ("a Chinese balloon", "EU leaders") for later "the ...";
        an IGO's name gives its last word ("the International Criminal Court" ... "the court")."""
        if head.pos_ == "NOUN":
            self.ctx.heads[head.lemma_.lower()] = entity
        elif head.pos_ == "PROPN" and entity.igo and head.lower_ in IGO_HEADS:
            self.ctx.heads[head.lower_] = entity

    def _titled_possessor(self, head: Token, exclude: frozenset[str]) -> Entity | None:
        """The state of a person the tables do not know but the story has titled, who owns a body:
        "Mahama's government", "Ortega's police" after "President X Mahama", "President Y Ortega"."""
        for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            titled = self.ctx.titled.get(owner.lower_)
            if titled is not None and titled.code not in exclude:
                return titled
        return None

    def _generic(self, text: str, head: Token, generic: list[Mention], exclude: frozenset[str]) -> Resolved | None:
        office = next((m.best for m in generic if m.kind == "office"), None)
        sector = generic[0].best.sector
        if head.lower_ == "counterpart":
            return self._counterpart(text, exclude)
        body = self._office_body(generic)
        if body is not None and body.igo not in exclude:  # "the UN chief", "the IAEA chief": the body's
            return Resolved((Entity(text, body.name, None, body.igo, "IGO"),), "named")
        holder = self._titled_possessor(head, exclude)
        if holder is not None:  # "Mahama's government" after "President John Mahama": his state's
            return Resolved((Entity(text, holder.name, holder.country, None, sector),), "coref")
        junta = self.ctx.heads.get("junta")
        if junta is not None and junta.code not in exclude and any("junta" in m.text.lower() for m in generic):
            return Resolved((Entity(text, junta.name, junta.country, None, sector),), "coref")  # "the junta's FM"
        named_before = self.ctx.heads.get(head.lemma_.lower())  # "the 27 leaders" = "EU leaders"
        if named_before is not None and named_before.code not in exclude:
            return Resolved((Entity(text, named_before.name, named_before.country, named_before.igo,
                                    sector or named_before.sector),), "coref")
        venue = _meeting_place(head)
        if venue:  # "ministers meeting in Rabat" just after a bloc is named: the bloc's ministers
            bloc = self.ctx.recent_igo(self.sentence, position=0, exclude=exclude)
            if bloc is not None:
                return Resolved((Entity(text, bloc.name, bloc.country, bloc.igo, sector),), "coref")
        located = self.place_country(head, exclude, venue)  # "lawmakers in Ankara", "authorities in Niamey"
        if located.entities:
            e = located.entities[0]
            return Resolved((Entity(text, e.name, e.country, None, sector),), "context")
        near = self._reported_subject(head, exclude) if sector in STATE_VOICES else None
        home = self.ctx.home
        if near is None and home is not None and home.code not in exclude \
                and (sector in HOME_SECTORS or _the_government(head)):
            near = self.ctx.recent_country(self.sentence, exclude, window=0, position=head.i) or home
        near = near or self._speaking_for(head, exclude)
        last = self.ctx.last_actor
        if near is None and last is not None and last.code not in exclude and sector in ("MIL", "GOV") \
                and self.ctx.mentioned_within(last.code, self.sentence) \
                and not self.ctx.recent_country(self.sentence, exclude, window=0, position=head.i):
            near = last  # "Colombia extradited X to the US ... the army": the army of the state that acted
        near = near or self.ctx.recent_country(self.sentence, exclude, position=head.i)
        if near is None and office is not None and head.pos_ == "PROPN":
            # "President Yoweri Museveni has banned Ugandan candidates": a titled name we do not
            # know belongs to the country the sentence names
            near = self.ctx.recent_country(self.sentence, exclude, window=0)
        if near is None and sector in STATE_SECTORS and home is not None and home.code not in exclude \
                and _the_singular(head):
            near = home  # "the government disbanded the unit", no state named for a while: the story's own
        if near is None:
            return None
        own = next((m for m in generic if m.start <= head.i < m.end), None)
        if own is not None and own.kind == "body" and office is not None:
            # "supporters of the former president": the supporters, of the president's country
            return Resolved((Entity(text, near.name, near.country, None, own.best.sector),), "context")
        if office is not None and office.office:
            holder = self.tables.holder(near.country, office.office, self.on)
            if holder is not None:
                return Resolved((_entity(text, holder, holder.sector),), "context")
        return Resolved((Entity(text, near.name, near.country, None, sector),), "context")

    def _reported_subject(self, head: Token, exclude: frozenset[str]) -> Entity | None:
        """"Chile will close its consulates in Peru, the government said": an unnamed state body
        that reports, after the words it reports, speaks for the state that is their subject, not
        for the state named last in them."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in SAYING:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            said = self.single(subject, exclude).entities if subject is not None else ()
            if len(said) == 1 and said[0].country and said[0].sector in STATE_VOICES:
                return said[0]
        return None

    def _speaking_for(self, head: Token, exclude: frozenset[str]) -> Entity | None:
        """"Washington said it would send investigators. But a senior official said ...", "Moscow hit
        back. The foreign ministry ...": an unnamed official, ministry or spokesperson, no state named
        before it in its sentence, speaks for the state that spoke in the sentence before."""
        spoke = self.ctx.last_speaker
        if head.lemma_.lower() not in SPOKESPEOPLE or spoke is None or self.sentence - spoke[0] != 1 \
                or spoke[1].code in exclude:
            return None
        named_before = self.ctx.recent_country(self.sentence, exclude, window=0, position=head.i)
        return spoke[1] if named_before is None else None

    def _office_body(self, generic: list[Mention]) -> ActorEntry | None:
        """The international body a title names in its own words: "UN chief", "NATO chief", "IAEA
        chief" are one office phrase whose leading words are the body's name."""
        for m in generic:
            if m.kind != "office" or m.best.sector != "IGO":
                continue
            words = m.text.split()
            for n in range(len(words) - 1, 0, -1):
                body = next((e for e in self.tables.lookup(" ".join(words[:n])) if e.igo), None)
                if body is not None:
                    return body
        return None

    def _counterpart(self, text: str, exclude: frozenset[str]) -> Resolved | None:
        pair = self.ctx.pair(frozenset())
        others = [c for c in pair if c not in exclude]
        if not others:
            return None
        return Resolved((self._by_code(others[0], text),), "coref")

    def story_party(self, own: frozenset[str], text: str = "") -> Resolved:
        """The story's most-named party other than ``own`` (``ArticleContext.others``), as an entity
        found from context; NONE when the story names no other."""
        others = self.ctx.others(self.sentence, own)
        return Resolved((self._by_code(others[0], text or others[0]),), "context") if others else NONE

    def _by_code(self, code: str, text: str) -> Entity:
        country = self.tables.countries.get(code)
        if country is not None:
            return Entity(text, country.name, code, None, "GOV")
        return Entity(text, code, None, code, "IGO")

    def _homonym_state(self, capital: Mention, exclude: frozenset[str]) -> str | None:
        """"militias in Tripoli ... the Lebanese port": a capital's name that is also a place of
        another state the sentence names, whose own state the sentence does not name, is that place."""
        home = capital.best.country
        named = {m.best.country for m in set(self.at.values()) if m is not capital and m.best.country
                 and m.kind in ("state", "demonym", "capital")}
        if home in named:
            return None
        places = [(c, gazetteer().lookup(capital.text, [c])) for c in sorted(named - exclude)]
        found = [c for c, p in places if p is not None and p.country == c]
        return found[0] if len(found) == 1 else None

    def place_country(self, head: Token, exclude: frozenset[str] = frozenset(),
                      skip: frozenset[int] = frozenset()) -> Resolved:
        """Where an unnamed target or attacker is: the country of a place in its phrase (but not in
        ``skip``); in a relative clause only a place after a locative preposition ("officers who seized
        power in X" are in X, but "a coup that drew condemnation from X" did not happen in X)."""
        relative = _relative_tokens(head) | _emblem_tokens(head)
        inside = [tok for tok in head.subtree if tok.i not in skip and (tok.i not in relative or _located(tok))]
        for tok in inside:
            m = self.at.get(tok.i)
            ethnic = m is not None and m.start > 0 and self.doc[m.start - 1].lower_ == "ethnic"
            if m is not None and m.best.country and m.kind in ("state", "demonym", "capital") \
                    and m.best.country not in exclude and not ethnic:
                other = self._homonym_state(m, exclude) if m.kind == "capital" else None
                if other is not None:
                    state = self._by_code(other, m.text)
                    return Resolved((Entity(m.text, state.name, other, None, None),), "place")
                return Resolved((Entity(m.text, m.best.name, m.best.country, None, None),), "place")
        hints: list[str] | None = None
        for tok in inside:
            if tok.pos_ == "PROPN" and tok.i not in self.at and _in_place_slot(tok):
                run = _propn_run(tok)
                if run in COMPASS or len(run) < 4 or calendar_word(tok) or _named_feature(tok):
                    continue  # "West" alone is no place, nor "Ain" of "Ain al-Asad" (it would be Al Ain)
                if hints is None:  # states the story is about first, then every state it names
                    hints = list(dict.fromkeys([*self.ctx.salient(n=4), *self.ctx.named]))
                place = gazetteer().lookup(run, hints)
                country = country_on(place.country, self.on) if place is not None else None
                if country and country not in exclude:
                    return Resolved((Entity(tok.text, place.name, country, None, None),), "place")
        return NONE


# Participles of coming together: "ministers meeting in Rabat" names where they met, not whose they are.
MEETING = frozenset({"meet", "gather", "convene", "assemble"})


def _meeting_place(head: Token) -> frozenset[int]:
    """The words of a gathering participle that hangs on plural ``head`` ("envoys meeting in Rabat"),
    also when the parser reads the two words as a noun compound ("envoys meeting" as one noun)."""
    if head.lower_ in ("meeting", "gathering") and any(c.dep_ == "compound" and c.tag_ == "NNS" for c in head.children):
        return frozenset(t.i for c in head.children if c.dep_ == "prep" for t in c.subtree)
    if head.tag_ != "NNS":
        return frozenset()
    return frozenset(t.i for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in MEETING
                     for t in c.subtree)


IGO_HEADS = frozenset({"court", "league", "union", "council", "bank", "fund", "agency", "organisation",
                       "organization", "alliance", "tribunal", "commission"})
LOCAL_GROUPS = frozenset({"rebel", "militant", "separatist", "fighter", "insurgent", "guerrilla", "police",
                          "authority", "official", "protester", "demonstrator", "resident", "villager"})
PLACE_NOUNS = frozenset({"area", "province", "district", "region", "city", "town", "village", "border",
                         "territory", "airport", "base", "county", "state", "capital", "valley"})


CALENDAR = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                      "january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                      "saturday", "sunday"})


def _relative_tokens(head: Token) -> set[int]:
    """Indices of the clauses under ``head``: relative clauses and verb phrases hung on it ("the
    opposition, which controls parliament", "the opposition ... of sympathising with X")."""
    return {t.i for rel in head.subtree if _clause(rel) and rel is not head for t in rel.subtree}


def _clause(tok: Token) -> bool:
    """The verb of a clause inside a noun phrase: a relative clause, or a gerund after a preposition."""
    return tok.dep_ == "relcl" or (tok.dep_ == "pcomp" and tok.tag_ == "VBG")


LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "within", "into"})


def _located(tok: Token) -> bool:
    """A word of a relative clause inside a phrase after a locative preposition ("who seized power
    in the capital of X"), looking no higher than the clause itself."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "prep" and a.lower_ in LOCATIVE:
            return True
        if _clause(a):
            return False
    return False


def calendar_word(tok: Token) -> bool:
    """"on Oct. 9", "on Sunday": a date, never a place or a target."""
    return tok.lower_.rstrip(".") in CALENDAR


def _leaving(prep: Token) -> bool:
    """A preposition of the place left, on a verb: "withdrew from", "pulled out of", "moved away from"."""
    if prep.lower_ == "from" and prep.head.pos_ == "VERB":
        return True
    return prep.lower_ in ("of", "from") and prep.head.lower_ in ("out", "away") and prep.head.dep_ in ("prep", "prt")


def _in_place_slot(tok: Token) -> bool:
    """A proper name in a place position: "in Saravan", "Balochistan's Panjgur area"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in LOCATION_PREPS:
        return True
    if tok.dep_ == "pobj" and _leaving(head):
        return True  # "withdrew from Baidoa", "pulled out of Kidal"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the town of Balakot"
    if tok.dep_ in ("poss", "compound") and head.lemma_.lower() in PLACE_NOUNS | LOCAL_GROUPS:
        return True  # "Balochistan's Panjgur area", "Darfur rebels"
    return tok.dep_ == "compound" and head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS


COMPASS = frozenset({"West", "East", "North", "South", "Central", "Upper", "Lower", "Northern", "Southern",
                     "Eastern", "Western"})


def _named_feature(tok: Token) -> bool:
    """"the Line of Control", "the Strait of Hormuz": a name in "the X of Y" is a feature named by the
    whole phrase, not a town called X (Line is a Czech town)."""
    first = min([tok, *(t for t in tok.lefts if t.dep_ == "compound")], key=lambda t: t.i)
    before = tok.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.lower_ == "the" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children)


def _propn_run(tok: Token) -> str:
    words = [tok]
    for left in reversed(list(tok.lefts)):
        if left.pos_ == "PROPN" and left.dep_ == "compound":
            words.insert(0, left)
    return " ".join(w.text for w in words)


def _rank(e: ActorEntry) -> int:
    from .mentions import KIND_RANK

    return KIND_RANK.get(e.kind, 9)


def _entity(text: str, e: ActorEntry, sector: str | None) -> Entity:
    return Entity(text, e.name, e.country, e.igo, sector)


def remember_mentions(ctx: ArticleContext, sentence: int, mentions: list[Mention], doc: Doc | None = None) -> None:
    """Put the named actors of a sentence into the article's memory (with ``doc``, also the
    titled names the tables do not know)."""
    prev = None
    for m in sorted(mentions, key=lambda m: m.start):
        e, before = m.best, prev
        prev = m
        if e.kind == "body" and e.sector == "MIL" and before is not None and before.best.country \
                and any(w in m.text.lower() for w in ("junta", "government", "ruler", "regime", "leadership")) \
                and before.kind in ("state", "demonym") and 0 <= m.start - before.end <= 1:
            b = before.best  # "Myanmar's military government", "Malian junta": whose "the junta" is later
            ctx.heads.setdefault("junta", Entity(m.text, b.name, b.country, None, "MIL"))
        if e.kind in ("office", "body") or (e.country is None and e.igo is None):
            continue
        if e.kind == "institution" and before is not None and before.kind in ("state", "demonym", "capital") \
                and before.best.country and m.start - before.end <= 1:
            b = before.best  # "Peru's Congress" is Peru's (the state is remembered already), and so is
            ctx.heads[m.text.lower()] = Entity(m.text, b.name, b.country, None, e.sector)  # "Congress" later
            continue
        owner = ctx.heads.get(m.text.lower()) if e.kind == "institution" else None
        owner = owner or _home_metonym(m, mentions, ctx)
        if owner is not None:
            ctx.remember(sentence, owner, position=m.start, kind=e.kind)
            continue
        if e.igo and doc is not None and doc[m.end - 1].text.islower():
            # "the U.N. nuclear watchdog" ... "the watchdog": a body named by a common noun is that noun
            # later (the sentence may be unparsed, so the lower-case word itself is the sign)
            ctx.heads[doc[m.end - 1].lower_] = Entity(m.text, e.name, e.country, e.igo, e.sector)
        titled = e.kind in ("state", "demonym") and any(  # "Former Bolivian President Evo Morales": a person
            o.kind == "office" and 0 <= o.start - m.end <= 1 for o in mentions)
        ctx.remember(sentence, Entity(m.text, e.name, e.country, e.igo, e.sector),
                     person=e.kind == "person" or titled, position=m.start, kind=e.kind)
        if e.kind == "person" and e.country and doc is not None and m.end - m.start >= 2 \
                and _surname(doc[m.end - 1]):
            # "Ali Kamara ... Kamara said", "Kamara's government": a known person by surname alone
            ctx.titled[doc[m.end - 1].lower_] = Entity(m.text, e.name, e.country, None, e.sector)
    if doc is not None:
        _remember_titled(ctx, sentence, doc, mentions)


def _surname(tok: Token) -> bool:
    """A last name a person can be called by alone ("Chapo"), not a regnal number or "Jr"."""
    return tok.text.isalpha() and tok.text[0].isupper() and tok.text.strip("IVX") != ""


def _remember_titled(ctx: ArticleContext, sentence: int, doc: Doc, mentions: list[Mention]) -> None:
    """"House Speaker Ann Marsh ... Marsh arrived": a name after a title, unknown to the tables, is
    remembered by its last word as a person of the state named before the title in its sentence."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "office":
            continue
        run = []
        for tok in doc[m.end:]:
            if tok.i in taken or not (tok.pos_ == "PROPN" or (tok.text == "-" and run)):
                break
            run.append(tok)
        while run and run[-1].text == "-":
            run.pop()
        owner = ctx.recent_country(sentence, window=0, position=m.start) if run else None
        if owner is None and run and m.best.sector == "GOV" and m.start > 0 \
                and doc[m.start - 1].lower_ in MINISTRY_WORDS:
            owner = ctx.main_home()  # "Foreign ministry spokeswoman Hua Chunying": the story's own ministry
        if owner is not None:
            name = " ".join(t.text for t in run)
            ctx.titled[run[-1].lower_] = Entity(name, owner.name, owner.country, None, m.best.sector)
            if len(run) >= 2 and _surname(run[0]):  # "Hua Chunying ... Hua said": a family name put first
                ctx.titled.setdefault(run[0].lower_, ctx.titled[run[-1].lower_])


# A ministry named without its state: "Foreign ministry spokeswoman ...".
MINISTRY_WORDS = frozenset({"ministry", "ministry's", "office", "department"})

MEMBER_NOUNS = frozenset({"state", "country", "nation", "government"})


def _members(head: Token, tokens: list[Token]) -> bool:
    """"member states", "its member countries", "the members": a body's members, no state named."""
    if head.tag_ not in ("NNS", "NN") or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    if head.lemma_.lower() == "member":
        return head.tag_ == "NNS"
    return head.lemma_.lower() in MEMBER_NOUNS and any(t.lower_ == "member" and t.i < head.i for t in tokens)


def _the_singular(head: Token) -> bool:
    """"the government", "the army": a definite singular body, the one the story is about."""
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _the_government(head: Token) -> bool:
    """"The government", no state named in its sentence: in a news story, the government of the
    country the story happens in, even just after a foreign state acted ("India closed its border.
    The government had banned the sites"). So too a body that the words "government", "federal"
    or "national" qualify ("a government task force", "federal troops", "the National Unity
    Government"): unqualified by a state, these words mean the story's own state."""
    if head.lemma_.lower() == "government" and _the_singular(head) and len(list(head.children)) == 1:
        return True
    return any(t.lower_ in STATE_QUALIFIERS and t.dep_ in ("compound", "amod")
               for left in head.lefts for t in left.subtree)


# Words that make an unnamed body the state's own: "government forces", "federal police", "national army".
STATE_QUALIFIERS = frozenset({"government", "federal", "national"})


def article_states(found: list[list[Mention]], has_title: bool,
                   dateline: str = "", docs: list[Doc] | None = None) -> tuple[list[str], Entity | None]:
    """The states an article names, most named first (the headline counts twice; ties go to the
    first named), and the state the story happens in: the most named of the states of its
    ``dateline`` ("KINGSTON/PORT-AU-PRINCE, March 12 - " names where it was reported from), else
    the most named. None when none is named. With ``docs`` (the sentences), a state named on an
    emblem ("waving Chinese flags") is not counted."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for i, mentions in enumerate(found):
        abroad = _mission_owners(mentions) + (_emblem_states(docs[i], mentions) if docs else [])
        for m in mentions:
            if m.kind in ("office", "body") or not m.best.country or m in abroad:
                continue
            counts[m.best.country] = counts.get(m.best.country, 0) + (2 if i == 0 and has_title else 1)
            first.setdefault(m.best.country, m)
    ranked = sorted(first, key=lambda c: -counts[c])  # stable: ties stay in the order first named
    if not ranked:
        return [], None
    filed = dateline_states(dateline, ranked)
    home = next((c for c in ranked if c in filed), ranked[0])
    e = first[home].best
    return ranked, Entity(e.name, e.name, home, None, "GOV")


# A state's premises abroad: "the French embassy" stands in another state than France.
MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "permanent mission",
                           "high commission"})


def _mission_owners(mentions: list[Mention]) -> list[Mention]:
    """The states that own a diplomatic mission named right after them ("the French embassy",
    "Japan's consulate"): a mission is abroad, so its owner says nothing of where a story happens."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return [m for m, nxt in zip(ordered, ordered[1:], strict=False)
            if m.kind in ("state", "demonym") and nxt.text.lower() in MISSION_WORDS and 0 <= nxt.start - m.end <= 1]


def _emblem_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The states named right before an emblem ("Chinese flags", "a US banner"): what a crowd
    waves says nothing of where a story happens."""
    return [m for m in mentions if m.kind in ("state", "demonym") and m.end < len(doc)
            and _emblem(doc[m.end])]


def _emblem(tok: Token) -> bool:
    """A flag, banner or the like (also in a sentence left unparsed, without lemmas)."""
    return tok.lemma_.lower() in EMBLEMS or tok.lower_.removesuffix("s") in EMBLEMS


def _emblem_tokens(head: Token) -> set[int]:
    """Indices of the emblems under ``head`` and of their words ("some waving Russian flags")."""
    return {t.i for e in head.subtree if e is not head and _emblem(e) for t in e.subtree}


# Words that may stand between "In" and the place of a scene-setting phrase ("In southern Iraq, ...").
SCENE_WORDS = frozenset({"the", "northern", "southern", "eastern", "western", "central", "neighbouring",
                         "neighboring", "north", "south", "east", "west"})


def scene_of(doc: Doc, mentions: list[Mention], ctx: ArticleContext) -> Entity | None:
    """The state a sentence sets its scene in by an opening locative phrase: "In Bogota, the defence
    minister said ..." (a state, its capital, or a place the gazetteer knows among the story's
    states). None when the sentence does not open so."""
    words = list(doc[:8])
    comma = next((i for i, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma < 2 or words[0].lower_ != "in":
        return None
    inside = [m for m in mentions if m.end <= comma]
    if any(m.kind not in ("state", "capital") or not m.best.country for m in inside):
        return None  # "In a statement, ...", "In the EU, ...", "In Iran's view, ..." set no scene
    if len({m.best.country for m in inside}) == 1:
        e = inside[0].best
        return Entity(inside[0].text, e.name, e.country, None, "GOV")
    run = [t for t in words[1:comma] if t.lower_ not in SCENE_WORDS]
    if inside or not run or not all(t.text[:1].isupper() and t.is_alpha and not calendar_word(t) for t in run):
        return None
    place = gazetteer().lookup(" ".join(t.text for t in run), list(ctx.named))
    state = load_tables().countries.get(place.country or "") if place is not None else None
    return Entity(place.name, state.name, place.country, None, "GOV") if state is not None else None


def dateline_states(dateline: str, hints: list[str]) -> tuple[str, ...]:
    """The states of the places a dateline names ("YEVLAKH, Azerbaijan/YEREVAN, Sept 21 - "), by
    the country table for a state's name, else the gazetteer (``hints``: the states the story names)."""
    found: list[str] = []
    tables = load_tables()
    for part in re.split(r"[/,]", dateline.split(" - ")[0].split("(")[0]):
        name = part.strip().title()
        if len(name) < 3 or re.search(r"\d", name):
            continue  # the date, "Sept 21"
        state = next((e.country for e in tables.lookup(name) if e.kind in ("state", "capital") and e.country), None)
        place = gazetteer().lookup(name, hints) if state is None else None
        country = state or (place.country if place is not None else None)
        if country and country not in found:
            found.append(country)
    return tuple(found)


def _home_metonym(m: Mention, mentions: list[Mention], ctx: ArticleContext) -> Entity | None:
    """A bare institution word that is also a generic body ("Congress", "the Senate") in a sentence
    about the story's own state and, so far, not about the institution's: "Bolsonaro supporters stormed
    Congress" in a story from Brazil is Brazil's congress."""
    e, home = m.best, ctx.home
    if e.kind != "institution" or home is None or home.country == e.country:
        return None
    tables = load_tables()
    if tables.body(m.text.lower()) is None:
        return None
    others = {x.best.country for x in mentions if x.start < m.start and x.kind not in ("office", "body")
              and not (x.kind == "institution" and tables.body(x.text.lower()) is not None)}
    if home.country in others and e.country not in others:
        return Entity(m.text, home.name, home.country, None, e.sector)
    return None
