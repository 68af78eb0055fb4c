"""A region's adjective pointing back to a country ("the African official", "the European
country"), actors/regions.py, on hand-built parses; found by the held-out Tehran Times reviews
(seeds 2036 and 2037): "the African official" took the dateline's country (IRNGOV), "officials in
the European country" were coded EUR instead of France."""

from __future__ import annotations

import pytest

from dyad.actors.lexicon import data_dir
from dyad.actors.regions import read_regions, regions
from dyad.errors import DataError

from conftest import resolve_last

MABRI = ("Ivorian/ADJ/amod>2 minister/NOUN/compound>2 Mabri/PROPN/nsubj>3 spoke/VERB/ROOT>3 ./PUNCT/punct>3")
MET = ("Larijani/PROPN/nsubj>1 met/VERB/ROOT>1 the/DET/det>4 African/ADJ/amod>4 {noun}/NOUN/obj>1 "
       "./PUNCT/punct>1")
FILLER = "Talks/NOUN/nsubj>1 continued/VERB/ROOT>1 ./PUNCT/punct>1"


def _code(lexicon, specs, head):
    mention = resolve_last(lexicon, specs, head)
    return mention.actor.code if mention else None


def test_the_african_official_is_the_african_country_named_before(lexicon):
    assert _code(lexicon, [MABRI, MET.format(noun="official")], 4) == "CIVGOV"
    assert _code(lexicon, [MABRI, MET.format(noun="country")], 4) == "CIV"


def test_without_a_country_of_the_region_the_words_keep_their_reading(lexicon):
    assert _code(lexicon, [FILLER, MET.format(noun="official")], 4) == "IRNGOV"  # the dateline's, as before
    french = MABRI.replace("Ivorian", "French")
    assert _code(lexicon, [french, MET.format(noun="official")], 4) == "IRNGOV"  # France is not African


def test_the_dateline_country_and_a_subregion_are_not_pointed_to(lexicon):
    asian = MET.format(noun="country").replace("African", "Asian")
    assert _code(lexicon, [FILLER, asian], 4) != "IRN"  # "the Asian country" in a Tehran story is not Iran
    southeast = ("Larijani/PROPN/nsubj>1 met/VERB/ROOT>1 the/DET/det>5 Southeast/ADJ/amod>4 Asian/ADJ/amod>5 "
                 "country/NOUN/obj>1 ./PUNCT/punct>1")
    pakistan = MABRI.replace("Ivorian", "Pakistani")
    assert _code(lexicon, [pakistan, southeast], 5) != "PAK"


def test_the_european_country_named_earlier_in_the_sentence(lexicon):
    spec = ("The/DET/det>2 French/ADJ/amod>2 president/NOUN/nsubj>9 and/CCONJ/cc>4 officials/NOUN/conj>2 "
            "in/ADP/case>8 the/DET/det>8 European/ADJ/amod>8 country/NOUN/nmod>4 condemned/VERB/ROOT>9 "
            "Iran/PROPN/obj>9")
    assert _code(lexicon, [FILLER, spec], 8) == "FRA"
    assert _code(lexicon, [FILLER, spec.replace("French", "Syrian")], 8) == "EUR"  # Syria is not European


def test_a_malformed_regions_row_names_file_and_line(tmp_path):
    bad = tmp_path / "regions.tsv"
    bad.write_text("# regions\neuropean\tEurope\tFRA|Germany\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"regions.tsv:2"):
        read_regions(bad)


def test_every_region_country_is_a_countries_tsv_code():
    # a code countries.tsv does not have would never be pointed to, silently
    known = {line.split("\t")[0] for line in (data_dir() / "countries.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    for words, (region, members) in regions().items():
        assert members <= known, f"{' '.join(words)} ({region}): {sorted(members - known)}"


def test_the_regions_countries_tsv_codes_as_countries_are_the_ones_types_lists():
    # types.REGIONS tells a region from a state (actors/defaults.py: a region is no sentence's state); the
    # regional rows follow the "# Regions" comment of countries.tsv, whose comments name the other blocks
    from dyad.types import REGIONS

    rows, after = [], False
    for line in (data_dir() / "countries.tsv").read_text(encoding="utf-8").splitlines():
        after = after or line.startswith("# Regions")
        if after and line and not line.startswith("#"):
            rows.append(line.split("\t")[0])
    assert rows and set(rows) == REGIONS
