"""Event types, fifth pass: events the coder used to miss altogether -- alarm as criticism, an alert
given as a "state of", deployments someone authorised, bodies of the story's state named far from it,
protests whose country is only the story's, and targets described by someone else ("struck what X
said was a camp").

Every sentence is written for this file.
"""
from __future__ import annotations

import pytest

from sentences import joined as events

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    return [t for t, _, _ in events(text)]


@pytest.mark.parametrize("text", [
    "The African Union said on Monday it was deeply alarmed by the killings of villagers in Mali.",
    "Canada's foreign ministry said it was alarmed at the jailing of journalists in Venezuela.",
])
def test_alarm_at_an_act_is_criticism(text):
    assert "ACCUSE" in types(text)


def test_state_of_alert_is_a_mobilisation():
    assert "MOBILIZE" in types("Armenia put its border units on a heightened state of alert on Tuesday.")


def test_authorised_deployment_is_a_mobilisation():
    found = events("Chad's defence minister authorised the deployment of troops to the northern border on Monday.")
    assert ("MOBILIZE", "TCD", "TCD") in found or any(t == "MOBILIZE" and a == "TCD" for t, a, _ in found)


STORY = ("Argentina's football team played a friendly in Valparaiso on Sunday. Chilean police fired tear gas "
         "at students in Santiago on Monday. Rights groups said dozens of people were hurt. Witnesses described "
         "beatings outside a university. Several students remain in hospital. ")


def test_the_government_far_from_its_name_is_the_story_state():
    found = events(STORY + "The government disbanded the riot squad on Wednesday.")
    assert ("RETREAT", "CHL", "CHL") in found


def test_protests_far_from_any_named_state_are_the_story_state():
    found = events(STORY + "The protests began on Sunday with a strike called by teachers.")
    assert any(t == "PROTEST" and a == "CHL" for t, a, _ in found)


def test_struck_what_someone_said_was_a_camp_hits_the_place():
    found = events("Turkish jets bombed what Ankara said were rebel depots near the town of Qamishli.")
    assert ("ASSAULT", "TUR", "SYR") in found
