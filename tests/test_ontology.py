from detente import ontology


def test_every_type_has_scores_and_a_quad():
    for kind in ontology.EVENT_TYPES:
        s = ontology.scores(kind)
        assert s.quad in ontology.QUADS
        assert len(s.cameo) == 2 and 1 <= int(s.cameo) <= 20
        assert -10 <= s.goldstein <= 10 and -10 <= s.plover_score <= 10


def test_conflict_scores_negative_cooperation_positive():
    for kind in ontology.EVENT_TYPES:
        s = ontology.scores(kind)
        if s.quad.endswith("conflict"):
            assert s.plover_score < 0
        else:
            assert s.plover_score > 0


def test_modes_refine_cameo_root():
    assert ontology.scores("ASSAULT", "aerial").cameo == "19"
    assert ontology.scores("ASSAULT", "mass-violence").cameo == "20"
    assert ontology.scores("ASSAULT").cameo == "18"
    assert ontology.scores("REQUEST", "demand").goldstein == -5.0
    assert ontology.scores("CONSULT", "unknown-mode") == ontology.scores("CONSULT")


def test_every_mode_row_names_a_known_type():
    for kind in ontology.EVENT_TYPES:
        for mode in ontology.modes(kind):
            assert ontology.is_known_mode(kind, mode)
    assert sum(len(ontology.modes(k)) for k in ontology.EVENT_TYPES) >= 50
