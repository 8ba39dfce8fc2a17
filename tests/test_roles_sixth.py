"""Actor and recipient rules of the sixth accuracy round, each on hand-written sentences.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest

from sentences import coded

pytestmark = pytest.mark.model


def test_parties_in_a_relative_clause_are_not_the_target_of_a_seizure():
    events = coded("Gabon's army detained the president on Wednesday after seizing power in a putsch "
                   "that drew criticism from France and Nigeria.")
    seizures = [e for e in events if e[0] == "COERCE"]
    assert seizures and all(r == ["GAB"] for _, a, r in seizures)


def test_a_pronoun_of_a_conjoined_clause_stands_for_the_first_subject():
    events = coded("NATO said on Friday that the border dispute was a matter for Norway and Russia, "
                   "but it called for restraint.")
    assert ("REQUEST", ["NATO"], ["NOR"]) in events or ("REQUEST", ["NATO"], ["RUS"]) in events
    assert not any(e[0] == "REQUEST" and e[1] != ["NATO"] for e in events)


def test_an_igo_appeal_without_a_named_target_goes_to_a_state_not_another_igo():
    events = coded("Riots broke out in Senegal on Monday. The African Union condemned the violence, and the "
                   "African Union's chairman urged calm. The United Nations called for an end to the repression.")
    assert ("REQUEST", ["UN"], ["SEN"]) in events


def test_the_host_of_talks_receives_the_parties_who_held_them():
    events = coded("Gustavo Petro and Daniel Noboa met for two hours at a hotel in Lima, in talks hosted "
                   "by Peruvian President Dina Boluarte.")
    hosted = [e for e in events if e[0] == "CONSULT" and e[1] == ["PER"]]
    assert hosted and all(r == ["COL", "ECU"] for _, a, r in hosted)


def test_they_after_hosted_talks_is_the_pair_not_the_host():
    events = coded("Gustavo Petro and Daniel Noboa met for two hours at a hotel in Lima, in talks hosted "
                   "by Peruvian President Dina Boluarte and attended by Chile's foreign minister. "
                   "They agreed to hold another round next month.")
    agreed = [e for e in events if e[0] == "AGREE"]
    assert agreed and all(a == ["COL", "ECU"] for _, a, r in agreed)


def test_a_nato_led_mission_is_coded_as_nato():
    events = coded("Taliban fighters ambushed an ISAF convoy in Helmand province on Monday.")
    assert ("ASSAULT", ["AFG"], ["NATO"]) in events


def test_national_members_of_an_eu_mission_are_coded_as_the_eu():
    events = coded("Two Spanish members of the EUFOR mission were wounded near Tuzla on Sunday.")
    assert any(e[0] == "ASSAULT" and e[2] == ["EU"] for e in events)


def test_denying_unattributed_reports_answers_the_local_media_not_the_critics():
    events = coded("Witnesses said soldiers fired on marchers in Accra on Tuesday. The African Union condemned "
                   "the shooting, as Ghana's army dismissed reports that its soldiers had fired on a crowd.")
    denials = [e for e in events if e[0] == "REJECT"]
    assert denials and all(r == ["GHA"] for _, a, r in denials)


def test_an_aircraft_downed_over_held_ground_was_hit_by_the_holder_and_is_its_pilots_side():
    events = coded("A Turkish pilot was captured on Friday. The pilot was taken prisoner after his F-16 was "
                   "shot down over Syrian-controlled territory during a raid.")
    assert ("ASSAULT", ["SYR"], ["TUR"]) in events
