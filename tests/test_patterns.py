"""The pattern lexicon loads, and malformed patterns are refused with file and line."""

import pytest

from dyad.coder.patterns import load_patterns
from dyad.errors import DataError


def test_shipped_patterns_load_and_cover_the_first_coder():
    ps = load_patterns()
    ids = {p.id for p in ps.patterns}
    for needed in ("visit", "arrive", "host", "meet", "hold-talks", "sign-agreement",
                   "expand-cooperation", "praise", "criticize", "accuse", "military-cooperation"):
        assert needed in ids
    assert {p.code[:2] for p in ps.patterns} >= {"03", "04", "05", "06", "11", "19"}


@pytest.mark.parametrize("body, message", [
    ('- id: x\n  code: "999"\n  lemma: [meet]\n', "not a CAMEO code"),
    ('- id: x\n  code: "040"\n', "no trigger lemma"),
    ('- id: x\n  code: "040"\n  lemma: [meet]\n  colour: red\n', "unknown field"),
    ('- id: x\n  code: "040"\n  lemma: [meet]\n  pos: adverb\n', "pos must be"),
    ('- id: x\n  code: "0341"\n  lemma: [agree]\n  xcomp: [step down now]\n', "verb and its particle"),
    ('- id: x\n  code: "040"\n  lemma: [meet]\n- id: x\n  code: "040"\n  lemma: [meet]\n', "duplicate pattern id"),
    ('- id: x\n  code: "040"\n  lemma: [meet]\n  symmetric: maybe\n', "true or false"),
    ("- id: [unclosed\n", "not valid YAML"),
    ('- id: x\n  code: "190"\n  lemma: [attack]\n  refine: {verbal: "999"}\n', "refine code"),
    ('- id: x\n  code: "190"\n  lemma: [attack]\n  refine: {verbal: nothing}\n', "refine code"),
    ('- id: x\n  code: "051"\n  lemma: [back]\n  not_target: [rebels]\n', "three-letter actor codes"),
    ('- id: x\n  code: "0814"\n  lemma: [lift]\n  home: true\n', "needs population"),
])
def test_malformed_patterns_name_file_and_line(tmp_path, body, message):
    path = tmp_path / "bad.yaml"
    path.write_text('- id: ok\n  code: "040"\n  lemma: [confer]\n' + body, encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_patterns(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    if "YAML" not in message and "duplicate" not in message:
        assert f"{path}:4" in str(info.value)


def test_prepositions_are_not_read_as_booleans(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text('- id: call\n  code: "020"\n  lemma: [call]\n  particle: [on, off]\n  target: [on]\n')
    p = load_patterns(path).patterns[0]
    assert p.particles == {"on", "off"} and p.target == ("on",)


def test_a_refinement_to_none_unmakes_the_event(tmp_path):
    from dyad.coder.patterns import NO_EVENT

    path = tmp_path / "p.yaml"
    path.write_text('- id: attack\n  code: "190"\n  lemma: [attack]\n  refine: {diplomatic: none, air: "195"}\n')
    assert dict(load_patterns(path).patterns[0].refine) == {"diplomatic": NO_EVENT, "air": "195"}
