"""Event types and modality, third pass: breaking relations, what an agreement is "to", sibling acts
that are not under their neighbour's verb or modal, acts a noun only proposes, and verbs coordinated
inside another event's complement.

Every sentence is written for this file. Each case says what a careful PLOVER coder would record:
the type (with actor and, where given, recipient) or that the word carries no event of that type.
"""
from __future__ import annotations

import pytest

from sentences import triggered as coded, has, modality, types_of

pytestmark = pytest.mark.model


CODED = [
    # plain "break relations / ties" cuts diplomatic relations, like "break off" and "sever"
    ("Bolivia said on Tuesday it was breaking relations with Israel.", "SANCTION", "BOL", "ISR"),
    ("Morocco broke diplomatic ties with Iran over its support for the rebels.", "SANCTION", "MAR", "IRN"),
    # agreeing to a party's mediation or proposal: that party is the counterpart
    ("The Sudanese army has agreed to Saudi mediation in its talks with the paramilitaries.", "AGREE", "SDN",
     "SAU"),
    ("Hamas agreed to an Egyptian proposal for a truce.", "AGREE", None, "EGY"),
    # a sibling act is not what the first verb rejected, denied or stopped
    ("Israel rejected the proposal and launched air strikes on Gaza.", "ASSAULT", "ISR", None),
    ("Damascus denied the report and accused Ankara of spreading lies.", "ACCUSE", "SYR", "TUR"),
    # a finite past verb hung on a modal clause by the parser keeps its own (asserted) modality
    ("Egypt's foreign minister rejected the plan, saying the region should not be dragged into a new war, "
     "and urged both sides to resume negotiations.", "REQUEST", "EGY", None),
    # a halt to raids or shelling is a ceasefire concession, not a sanction
    ("Turkey halted its raids on Kurdish positions in northern Iraq.", "CONCEDE", "TUR", None),
]


@pytest.mark.parametrize("text,event,actor,recipient", CODED)
def test_coded(text: str, event: str, actor: str | None, recipient: str | None) -> None:
    assert has(text, event, actor, recipient), coded(text)


NOT_CODED = [
    # "agreed to an extension of the force's mandate": what is agreed to names no counterpart
    ("The Security Council agreed to a one-year extension of the mission in Mali.", "agreed", "AGREE", "UN"),
    # an act that "a call / request for X to be done" only proposes did not happen
    ("NATO on Monday rejected a request for its troops to be sent into Kosovo.", "sent", "MOBILIZE", None),
    ("The African Union turned down a call for its peacekeepers to be deployed in Darfur.", "deployed",
     "MOBILIZE", None),
    # a verb coordinated with a threatened act is threatened too
    ("Iran threatened to attack and invade the islands.", "invade", "ASSAULT", None),
    # what one protects people from is a danger named, not an act coded
    ("Moscow says the families were evacuated to protect them from the shelling.", "shelling", "ASSAULT", None),
]


@pytest.mark.parametrize("text,word,event,recipient", NOT_CODED)
def test_not_coded(text: str, word: str, event: str, recipient: str | None) -> None:
    found = [(kind, recipients) for kind, _, recipients, trigger in coded(text) if trigger == word and kind == event]
    if recipient is None:
        assert not found, coded(text)
    else:
        assert all(recipient not in recipients for _, recipients in found), coded(text)


def test_agree_to_an_extension_keeps_its_counterpart_out_of_the_complement() -> None:
    # the agreement is still coded; only the object of "to" is not taken as its counterpart
    assert "AGREE" in types_of("The Security Council agreed to a one-year extension of the mission in Mali.",
                               "agreed")


def test_rejected_sibling_is_asserted() -> None:
    mod = modality("Israel rejected the proposal and launched strikes on Gaza.", "strikes")
    assert mod is not None and mod.asserted


def test_stopping_still_reaches_its_complement() -> None:
    # "rejected/refused to" still stops the act in its complement
    mod = modality("Pakistan refused to deploy troops in Yemen.", "deploy")
    assert mod is not None and not mod.asserted


def test_negation_still_shared_by_a_base_form_conjunct() -> None:
    # "did not attack or shell": both verbs are under the negation
    mod = modality("The army did not attack the town or shell its outskirts.", "shell")
    assert mod is not None and not mod.asserted
