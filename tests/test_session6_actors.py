"""Session 6, actor resolution: whose organ a possessive names, where a story happens when an
embassy is named, and the paragraph a scene-setting "In <place>, ..." moves the story to.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest
from sentences import has, joined

from detente.actors.context import ArticleContext
from detente.models import Entity

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- an organ owned by a possessive

def test_a_regional_bodys_security_council_is_that_body_not_the_un():
    assert has("The Arab League's Security Council condemned Syria on Monday.", "ACCUSE", "ARL", "SYR")


def test_a_regional_bodys_peace_council_that_suspends_a_member_is_that_body():
    events = joined("Guinea was punished on Tuesday when the African Union's Security Council "
                    "suspended its membership.")
    assert any(kind == "SANCTION" and actor == "AU" and "GIN" in recipient for kind, actor, recipient in events)


def test_a_states_security_council_is_that_state():
    assert has("Russia's Security Council warned Georgia on Tuesday.", "THREATEN", "RUS", "GEO")


def test_the_bare_security_council_stays_the_un():
    assert has("The Security Council condemned Syria on Monday.", "ACCUSE", "UN", "SYR")


# ---------------------------------------------------------------- a mission's owner is not where a story is

def test_crowds_at_a_foreign_embassy_are_the_host_citys_people():
    text = ("Crowds backing the colonels gathered near the German embassy in Bamako and set fire "
            "to cars parked at its gate.")  # (a crowd's arson is an attack since session 11)
    assert any(kind in ("PROTEST", "ASSAULT") and actor == "MLI" for kind, actor, _ in joined(text))
    assert not any(actor == "DEU" for _, actor, _ in joined(text))


def test_a_possessive_owner_of_an_embassy_does_not_make_the_story_its_own():
    text = "Angry students gathered outside Japan's embassy in Seoul and hurled eggs at the building."
    assert any(kind == "PROTEST" and actor == "KOR" for kind, actor, _ in joined(text))


# ---------------------------------------------------------------- "In <place>, ..." sets a paragraph's scene

SCENE = ("BANGKOK, May 2 - Thai leaders met the Cambodian foreign minister in Bangkok on Saturday and "
         "called for calm. Thailand urged Cambodia to reopen the border.\n\n"
         "In Cambodia, students marched in Siem Reap against the visit. Security forces opened fire on "
         "a crowd in the northern town of Anlong Veng on Friday, killing three people.\n\n"
         "Police detained 20 people in the capital.")


def test_security_forces_in_a_paragraph_set_in_another_state_are_that_states():
    assert has(SCENE, "ASSAULT", "KHM")
    assert not has(SCENE, "ASSAULT", "THA")


def test_the_scene_ends_with_its_paragraph():
    assert has(SCENE, "COERCE", "THA")


def test_a_scene_set_by_a_capital_alone():
    text = ("KYIV, June 3 - Ukraine and Moldova agreed on Monday to open a second border crossing.\n\n"
            "In Chisinau, the interior minister said the rally was illegal. Police detained a dozen "
            "protesters who blocked the parliament building.")
    assert has(text, "COERCE", "MDA")


def test_set_scene_keeps_the_story_home_for_later_paragraphs():
    ctx = ArticleContext()
    home, away = Entity("Peru", "Peru", "PER", None, "GOV"), Entity("Lima", "Chile", "CHL", None, "GOV")
    ctx.home = home
    ctx.set_scene(2, away)
    ctx.set_scene(2, None)
    assert ctx.home is away
    ctx.set_scene(3, None)
    assert ctx.home is home


def test_an_opening_phrase_that_names_no_place_sets_no_scene():
    text = ("LIMA, May 2 - Peru recalled its ambassador from Bolivia on Monday.\n\n"
            "In a statement, the Bolivian foreign ministry regretted the move. Police detained two "
            "protesters outside the Peruvian congress.")
    assert has(text, "COERCE", "PER")


# ---------------------------------------------------------------- an unnamed official speaks for the last speaker

SPOKE = ("NAIROBI, May 3 - Kenya asked Ethiopia to send police to its northern border. "
         "Washington said on Friday it would send two senior diplomats to Nairobi. ")


def test_an_unnamed_official_speaks_for_the_state_that_spoke_just_before():
    assert has(SPOKE + "But a senior official rejected the request.", "REJECT", "USA")


def test_an_unnamed_administration_official_too():
    assert has(SPOKE + "One administration official, however, rebuffed the appeal.", "REJECT", "USA")


def test_a_state_named_before_the_official_in_its_sentence_owns_it():
    text = SPOKE + "In a reply, a Kenyan official rejected the offer."
    assert has(text, "REJECT", "KEN")
    assert not has(text, "REJECT", "USA")


def test_a_speaker_two_sentences_back_does_not_own_the_official():
    text = SPOKE + "Kenya's army moved troops north. An official said the police had detained ten smugglers."
    assert not any(actor == "USA" for _, actor, _ in joined(text))
