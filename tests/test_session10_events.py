"""Events the coder missed or aimed wrong (session 10).

A refusal told by any negated verb of an act ("said it would not attend the summit", "will not obey
the ultimatum") is a REJECT, aimed where the verb's object or its other party points; a negated
joint act ("would not negotiate with X") is refused by its subject to the other party, and a joint
act that simply will not happen ("X and Y will not meet") is nobody's refusal. States and
happenings ("would not affect"), withheld remarks ("would not comment") and threats ("would not
hesitate to strike") are no refusal. A characterisation ("called the election a catastrophe") in
words the reviewed evaluation table lacks is judged by their general sentiment (VADER's lexicon). A
leader or official in a named foreign place ("was in Tanzania", "flew to Niamey") is on a visit.
"""
from __future__ import annotations

import pytest

from sentences import coded, has

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Algeria said on Monday it would not attend the summit in Rabat.", "DZA", "MAR"),
    ("The junta in Niamey said it would not obey the ultimatum from ECOWAS.", "NER", "ECOWAS"),
    ("Lithuania's foreign minister said Vilnius won't lift the transit ban on goods bound for Kaliningrad, "
     "despite pressure from Moscow.", "LTU", "RUS"),
])
def test_any_act_someone_says_they_will_not_do_is_a_refusal(text, actor, recipient):
    assert has(text, "REJECT", actor, recipient)


@pytest.mark.parametrize("text", [
    "Egypt said the new tariffs would not affect its trade with Turkey.",
    "Russia's foreign ministry said it would not comment on the reports from Kyiv.",
    "Analysts said China would probably not attend the talks with India.",
])
def test_no_refusal_in_a_state_a_withheld_remark_or_a_guess(text):
    assert not has(text, "REJECT")


def test_not_hesitating_is_a_threat_not_a_refusal():
    text = "Iran said it would not hesitate to strike back at Israel."
    assert has(text, "THREATEN", "IRN", "ISR") and not has(text, "REJECT")


def test_a_refused_joint_act_is_refused_by_its_subject_to_the_other_party():
    assert ("REJECT", ["ISR"], ["PSE"]) in coded("Israel's prime minister said he would not negotiate with Hamas.")


def test_a_joint_act_that_will_not_happen_is_nobodys_refusal():
    assert not has("Russia and Ukraine will not meet in Istanbul, the Turkish foreign minister said.", "REJECT")


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Serbia's president called the Kosovo election a catastrophe.", "ACCUSE", "SRB", "XKX"),
    ("Kenya's foreign minister called the Ethiopian peace deal a blessing for the region.", "SUPPORT", "KEN", "ETH"),
])
def test_a_characterisation_the_table_lacks_is_judged_by_general_sentiment(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


def test_a_characterisation_without_feeling_judges_nothing():
    text = "Serbia's president called the Kosovo election a test for the new government."
    assert not has(text, "ACCUSE") and not has(text, "SUPPORT")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Poland's president called the German decision cowardly.", "POL", "DEU"),
    ("Moscow called the Estonian expulsions unfriendly.", "RUS", "EST"),
])
def test_an_adjective_in_ly_read_as_an_adverb_still_characterises(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


def test_an_adverb_of_manner_characterises_nothing():
    assert not has("Russia quickly called the Polish ambassador on Friday.", "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Burundi's President Pierre Nkurunziza was in Tanzania for a regional summit on Wednesday.", "BDI", "TZA"),
    ("Chad's foreign minister flew to Niamey on Sunday in a bid to mediate.", "TCD", "NER"),
    ("The Maldivian president spent three days in Beijing last week.", "MDV", "CHN"),
])
def test_a_leader_or_official_in_a_foreign_place_is_a_visit(text, actor, recipient):
    assert has(text, "CONSULT", actor, recipient)


@pytest.mark.parametrize("text", [
    "Kenya's president was in Nairobi on Friday.",          # at home
    "Indian troops were in Ladakh on Friday.",              # not a person
])
def test_no_visit_at_home_or_by_troops(text):
    assert not has(text, "CONSULT")


def test_both_sides_are_the_parties_at_odds_not_an_outsider_and_one_of_them():
    text = ("Indian and Pakistani troops exchanged fire across the Line of Control on Monday.\n\n"
            "U.S. national security adviser John Bolton spoke to his Indian counterpart on Tuesday.\n\n"
            "China called on both sides to show restraint.")
    assert ("REQUEST", ["CHN"], ["IND", "PAK"]) in coded(text)


def test_a_feature_named_the_x_of_y_is_no_town_called_x():
    found = coded("Indian and Pakistani troops exchanged fire across the Line of Control on Monday.")
    assert found and all(not recipients or set(recipients) <= {"IND", "PAK"} for _, _, recipients in found)


def test_a_further_act_after_a_negated_passive_is_not_negated():
    text = "Poland said it had not been informed and called the German decision a betrayal."
    assert has(text, "ACCUSE", "POL", "DEU")


def test_a_characterisation_hung_on_the_objects_own_clause_still_counts():
    assert has("Ghana called London's decision to expel two Ghanaian diplomats unacceptable.", "ACCUSE", "GHA", "GBR")


@pytest.mark.parametrize("text, recipient", [
    ("Japan's foreign ministry said on Friday it hoped Seoul would respond sincerely.", "KOR"),
    ("\"Japan hopes the South Korean government will take appropriate steps,\" the spokesman said.", "KOR"),
])
def test_a_hope_that_another_party_will_act_is_a_soft_appeal(text, recipient):
    assert has(text, "REQUEST", "JPN", recipient)


@pytest.mark.parametrize("text", [
    "Japan said it hoped the talks with Seoul would help ease tensions.",
    "Japan said it hoped it would never have to use the new missiles against North Korea.",
])
def test_no_appeal_in_a_hope_about_things_or_about_oneself(text):
    assert not has(text, "REQUEST")


def test_a_since_date_does_not_make_the_rest_of_its_paragraph_background():
    text = ("ALGIERS, April 8 - Algeria recalled its ambassador from Bamako on Monday.\n\n"
            "Relations between the neighbours have deteriorated since January 2023, when Mali's junta ended a "
            "peace agreement. The African Union urged both sides to show restraint.")
    assert has(text, "REQUEST", "AU")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Cyclone Idai hit Mozambique last week. Britain released 2 million pounds in emergency funds on Tuesday.",
     "GBR", "MOZ"),
    ("Floods hit Pakistan last week. Turkey dispatched two cargo planes loaded with food and medicine.",
     "TUR", "PAK"),
])
def test_aid_told_by_its_amount_or_its_cargo(text, actor, recipient):
    assert has(text, "AID", actor, recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Sweden's prime minister said Moscow was responsible for the death of the dissident.", "SWE", "RUS"),
    ("Vietnam said China bore full responsibility for the collision near the Paracel Islands.", "VNM", "CHN"),
])
def test_a_harm_laid_at_a_named_partys_door_is_an_accusation(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


@pytest.mark.parametrize("text", [
    "The group said it was responsible for the attack on the convoy.",       # a claim of one's own
    "Kenya said the police were responsible for security at the summit.",    # a duty, no harm
])
def test_no_accusation_in_a_claim_of_ones_own_or_a_duty(text):
    assert not has(text, "ACCUSE")


def test_western_governments_as_one_party_are_coded_to_the_united_states():
    assert has("Russia's foreign ministry accused Western governments of complicity in the attack.",
               "ACCUSE", "RUS", "USA")


@pytest.mark.parametrize("text, event, home", [
    ("KINSHASA, Jan 20 - The African Union urged Congo on Thursday to suspend the announcement of final results."
     "\n\nCongo's constitutional court dismissed the opposition's appeal on Saturday.", "REJECT", "COD"),
    ("TBILISI, March 10 - Georgia's parliament dropped the bill on Thursday after Russia praised it.\n\n"
     "Georgian opposition parties welcomed the retreat on Friday.", "SUPPORT", "GEO"),
])
def test_unaimed_acts_of_courts_police_and_non_state_sides_stay_at_home(text, event, home):
    assert (event, [home], [home]) in coded(text)


def test_a_day_told_plainly_dates_the_act_over_a_possessive_day():
    from datetime import date

    from detente import dates
    text = "Police fired tear gas at crowds protesting against Monday's election for a third day on Friday."
    assert dates.resolve(text, date(2025, 10, 31), text.index("fired")) == (date(2025, 10, 31), "day")
    alone = "Observers alleged fraud in Sunday's vote."   # with no other day, the possessive one still serves
    assert dates.resolve(alone, date(2025, 10, 31), alone.index("alleged")) == (date(2025, 10, 26), "day")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Mali's government said Algeria was arming and training the separatists in the north.", "MLI", "DZA"),
    ("Burundi said the RED-Tabara rebels were being armed, trained and equipped by Rwanda.", "BDI", "RWA"),
])
def test_a_government_telling_of_foreign_backing_for_rebels_accuses_the_backer(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran urged the U.N. Security Council to act, accusing Israel of war crimes.", "IRN", "ISR"),
    ("Pakistan demanded that India release the pilot, accusing New Delhi of aggression.", "PAK", "IND"),
])
def test_a_charge_in_a_participle_after_a_comma_is_the_subjects_own_accusation(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


def test_an_appended_clause_does_not_take_the_charge():
    text = ("Algeria cut diplomatic ties with Morocco on Tuesday, accusing its neighbour of hostile acts, "
            "a decision Rabat dismissed as absurd.")
    assert has(text, "ACCUSE", "DZA", "MAR") and not has(text, "ACCUSE", "MAR", "DZA")
