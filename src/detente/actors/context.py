"""What an article has said so far: the memory that coreference reads.

Sentences are read in order; every actor mention is remembered with its sentence index,
so "he", "the ministry", "his counterpart" and "the two sides" resolve to the entities
they stand for.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Entity

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS


@dataclass
class Remembered:
    sentence: int
    entity: Entity
    person: bool
    position: int = 0      # token index in its sentence
    kind: str = ""         # the table the mention came from (state, demonym, person, ...)


@dataclass
class ArticleContext:
    """Salience memory of one article (mutable on purpose: it is the article's reading state)."""

    history: list[Remembered] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    heads: dict[str, Entity] = field(default_factory=dict)   # "leader" → the EU, once named
    titled: dict[str, Entity] = field(default_factory=dict)  # "marsh" → US, after "House Speaker Ann Marsh"
    named: list[str] = field(default_factory=list)   # every state the article names, most named first
    home: Entity | None = None   # the state the story happens in: owner of its unqualified police, courts, gunmen
    story_home: Entity | None = None   # ``home`` as the whole article has it, outside any scene
    scene: int | None = None   # the paragraph a scene-setting "In Bogota, ..." moved ``home`` for
    last_pair: tuple[str, str] | None = None   # the two parties of the latest two-party event
    last_speaker: tuple[int, Entity] | None = None   # the state a sentence's main verb had as subject
    last_actor: Entity | None = None   # the state that acted last: "the foreign ministry" goes on with it
    has_title: bool = False   # whether sentence 0 is a headline (read before the story it sums up)

    def set_scene(self, paragraph: int, place: Entity | None) -> None:
        """A paragraph that opens "In Bogota, ..." happens there: its unqualified police, officials
        and crowds are that state's until the paragraph ends; then the story's own state is back."""
        if place is not None:
            if self.scene is None:
                self.story_home = self.home
            self.home, self.scene = place, paragraph
        elif self.scene is not None and paragraph != self.scene:
            self.home, self.scene = self.story_home, None

    def remember(self, sentence: int, entity: Entity, person: bool = False, position: int = 0,
                 kind: str = "") -> None:
        if entity.code is None:
            return
        self.history.append(Remembered(sentence, entity, person, position, kind))
        self.counts[entity.code] += 1

    def _before(self, sentence: int, position: int | None) -> list[Remembered]:
        """Mentions before a point of the text, latest first."""
        return [r for r in reversed(self.history) if r.sentence < sentence or
                (r.sentence == sentence and (position is None or r.position < position))]

    def salient(self, exclude: frozenset[str] = frozenset(), n: int = 2) -> list[str]:
        """The article's most mentioned codes so far (ties: first mentioned first)."""
        order = {}
        for r in self.history:
            order.setdefault(r.entity.code, len(order))
        ranked = sorted((c for c in self.counts if c not in exclude),
                        key=lambda c: (-self.counts[c], order.get(c, 0)))
        return ranked[:n]

    def main_home(self, exclude: frozenset[str] = frozenset()) -> Entity | None:
        """The story's home state when it is one of the article's two most mentioned parties (a
        dateline's state that plays no part in the story, "MINSK - ...", is not)."""
        home = self.home
        if home is None or home.code in exclude or home.code not in self.salient(n=2):
            return None
        return home

    def states(self) -> frozenset[str]:
        """Codes remembered as states (not IGOs), whatever their sector."""
        return frozenset(r.entity.code for r in self.history if r.entity.country and not r.entity.igo)

    def others(self, sentence: int, exclude: frozenset[str] = frozenset(), n: int = 1) -> list[str]:
        """The other parties of the story so far (``salient``). A headline is coded before the
        story it sums up is read, so it takes the states the whole article names."""
        found = self.salient(exclude, n)
        if not found and sentence == 0 and self.has_title:
            found = [c for c in self.named if c not in exclude][:n]
        return found

    def pronoun(self, word: str, sentence: int, exclude: frozenset[str] = frozenset(),
                position: int | None = None) -> list[Entity]:
        """The entity a pronoun most likely stands for: the latest fitting mention before it."""
        word = word.lower()
        want_person = word in PERSON_PRONOUNS
        earlier = [r for r in self._before(sentence, position) if r.entity.code not in exclude]
        for r in earlier:
            if want_person and r.person:
                return [r.entity]
            if not want_person and not r.person and r.kind != "demonym":
                return [r.entity]
        if want_person:  # "he" with no named person yet: the office-holder's state will do
            return [earlier[0].entity] if earlier else []
        return []

    def recent_country(self, sentence: int, exclude: frozenset[str] = frozenset(),
                       window: int = 3, position: int | None = None) -> Entity | None:
        """The latest state-like entity within ``window`` sentences, for "the army", "the junta"."""
        return self._latest(sentence, window, position, exclude, lambda e: bool(e.country))

    def recent_igo(self, sentence: int, window: int = 1, position: int | None = None,
                   exclude: frozenset[str] = frozenset()) -> Entity | None:
        """The latest intergovernmental body named within ``window`` sentences before a point
        ("member states"; with ``position=0``, only before this sentence)."""
        return self._latest(sentence, window, position, exclude, lambda e: bool(e.igo))

    def _latest(self, sentence: int, window: int, position: int | None, exclude: frozenset[str],
                wanted: Callable[[Entity], bool]) -> Entity | None:
        """The latest remembered entity before a point, within ``window`` sentences, not in
        ``exclude``, that ``wanted`` accepts."""
        for r in self._before(sentence, position):
            if sentence - r.sentence > window:
                break
            if r.entity.code not in exclude and wanted(r.entity):
                return r.entity
        return None

    def mentioned_within(self, code: str, sentence: int, window: int = 3) -> bool:
        return any(r.entity.code == code and sentence - r.sentence <= window for r in self._before(sentence, None))

    def dyad(self, exclude: frozenset[str] = frozenset()) -> list[str]:
        """"The two sides": the parties of the latest event between two states, else the article's pair."""
        if self.last_pair and not set(self.last_pair) & exclude \
                and set(self.last_pair) <= set(self.salient(exclude, 3)):  # a pair the story is about
            return list(self.last_pair)
        return self.pair(exclude)

    def pair(self, exclude: frozenset[str] = frozenset()) -> list[str]:
        """The two parties an article is about ("the two sides", mediation targets)."""
        return self.salient(exclude, 2)
