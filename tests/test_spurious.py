"""Spurious events: standing positions told in asides, acts referred to as the reason for another
act or as what someone went ahead despite, background in a past perfect relative clause, named
treaties, and the types of offered elections and of claimed backing of armed groups.

Every sentence is written for this file.
"""
from __future__ import annotations

import logging
from datetime import date

import pytest

from detente.models import Article
from detente.pipeline import code_article

pytestmark = pytest.mark.model

PUBLISHED = date(2023, 6, 14)


def coded(text: str) -> list[tuple[str, str, str]]:
    events = code_article(Article("spurious", "", text, PUBLISHED, origin="test:spurious")).events
    return [(e.event, "+".join(x.code or "?" for x in e.actor), "+".join(x.code or "?" for x in e.recipient))
            for e in events]


def types(text: str) -> list[str]:
    return [event for event, _, _ in coded(text)]


def test_present_perfect_refusal_in_relative_clause_is_a_standing_position():
    text = ("Talks resumed in Doha on Monday. The rebels said they wanted a truce with Bamako, "
            "which has refused to negotiate with armed groups.")
    assert "REJECT" not in types(text)


def test_denial_with_its_object_fronted_is_a_standing_position():
    text = ("Tehran recalled its envoy on Tuesday. Tehran accuses Iraqi Kurdish authorities of hosting militants "
            "who attack Iran, a charge Baghdad denies.")
    assert "REJECT" not in types(text)


def test_denying_a_present_state_is_a_standing_position():
    text = ("Parliament adopted the media law on Monday. The governing party says the law protects children, "
            "and denies that it is copied from a Hungarian statute.")
    assert "REJECT" not in types(text)


def test_denying_an_act_answers_the_accusation():
    text = "Kyiv said on Monday that Russian jets bombed a market. Moscow denies that its jets bombed the market."
    assert ("REJECT", "RUS", "UKR") in coded(text)


def test_what_a_parliament_ignored_is_not_reported_anew():
    text = ("Slovakia's legislature adopted the NGO law on Wednesday, ignoring a month of rallies and repeated "
            "protests from the European Commission.")
    assert not any(event == "ACCUSE" and actor == "EU" for event, actor, _ in coded(text))


def test_the_act_retaliated_for_is_a_reason_not_an_event():
    text = ("Iran said on Sunday it would expel two German diplomats, retaliating for Germany's expulsion "
            "of two Iranian envoys.")
    found = coded(text)
    assert ("SANCTION", "IRN", "DEU") in found
    assert not any(actor == "DEU" for _, actor, _ in found)


def test_past_perfect_relative_clause_is_background():
    text = ("Bolivia's government said on Sunday that voters had approved the reform in a plebiscite "
            "that the electoral tribunal had banned.")
    assert not any(event in ("SANCTION", "COERCE") for event in types(text))


def test_a_named_treaty_is_no_agreement_made(caplog):
    text = ("Lima expelled a Chilean envoy on Monday. Ana Ruiz, a deputy head of Chile's foreign ministry, said "
            "the General Protection of Coastal Fisheries Agreement no longer served the national interest.")
    with caplog.at_level(logging.DEBUG, logger="detente.trace"):
        found = types(text)
    assert "AGREE" not in found
    assert "the name of a treaty" in caplog.text


def test_proposed_early_elections_are_a_domestic_concession():
    text = "Serbia's prime minister said on Sunday he would propose early elections to end the protests."
    assert ("CONCEDE", "SRB", "SRB") in coded(text)


def test_claimed_backing_of_separatists_is_an_accusation():
    text = ("Mali's government met on Sunday. Its spokesman said on Monday that Algeria was supporting "
            "the separatists with weapons.")
    found = coded(text)
    assert ("ACCUSE", "MLI", "DZA") in found
    assert "SUPPORT" not in [event for event, _, _ in found]
