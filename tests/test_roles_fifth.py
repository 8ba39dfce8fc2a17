"""Role rules of the fifth accuracy round, each on hand-written sentences.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

from datetime import date

import pytest

from detente.models import Article
from detente.pipeline import code_article

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 7)


def coded(text: str, title: str = "") -> list[tuple[str, list[str], list[str]]]:
    c = code_article(Article("r1", title, text, PUBLISHED, origin="test:r1"))
    return [(e.event, sorted(x.code for x in e.actor), sorted(x.code for x in e.recipient)) for e in c.events]


def test_an_amount_of_warplanes_sent_is_the_senders_force_not_its_target():
    events = coded("Estonia accused Moscow of provocation on Monday. "
                   "Russia also sent dozens of fighter jets toward the Baltic coast.")
    mobilized = [e for e in events if e[0] == "MOBILIZE"]
    assert mobilized and all(e[2] != ["RUS"] for e in mobilized)


def test_an_explosion_caused_by_stored_chemicals_is_an_accident_not_an_attack():
    events = coded("An explosion at a chemical plant near Tianjin, caused by overheated solvent, "
                   "killed 40 workers on Friday.")
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_an_explosion_caused_by_a_bomber_stays_an_attack():
    events = coded("An explosion in a market near Kandahar, caused by a suicide bomber, killed 40 people on Friday.")
    assert ("ASSAULT", ["AFG"], ["AFG"]) in events


def test_deputies_passing_a_budget_at_home_support_no_one():
    events = coded("Crowds gathered outside the assembly in Accra on Monday evening after Ghanaian deputies "
                   "approved the new budget.")
    assert not [e for e in events if e[0] == "SUPPORT"]


def test_a_bill_backing_a_foreign_state_is_still_support():
    assert ("SUPPORT", ["DEU"], ["UKR"]) in coded("Germany's parliament approved a bill on Thursday backing Ukraine.")


def test_asylum_granted_in_a_passive_clause_goes_from_the_grantor_to_the_arriver():
    events = coded("Venezuela's opposition leader flew to Spain on Monday after being granted asylum by Madrid.")
    assert ("AID", ["ESP"], ["VEN"]) in events
    assert ("AID", ["VEN"], ["ESP"]) not in events


def test_asylum_granted_by_nobody_named_is_not_the_arrivers_aid():
    events = coded("Venezuela's opposition leader flew to Spain after being offered asylum.")
    assert ("AID", ["VEN"], ["ESP"]) not in events
