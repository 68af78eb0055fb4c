"""From read articles to what coding sees: cleaning, language, duplicates, and the run's report."""

import socket

import pytest

from conftest import seed
from dyad.ingest import IngestOptions, IngestReport, Rejected, prepare_articles, read_articles
from dyad.language import LanguagePolicy, _identifier, check_language, detect_language
from dyad.types import Article

ENGLISH = ("TEHRAN – Iran's foreign minister met his Iraqi counterpart in Baghdad on Monday and the two "
           "sides signed agreements on trade, electricity and pilgrims' travel, officials said.")
FRENCH = ("Le ministre iranien des Affaires étrangères a rencontré lundi son homologue irakien à Bagdad, "
          "et les deux parties ont signé des accords sur le commerce et l'électricité.")
PERSIAN = "وزیر امور خارجه ایران روز دوشنبه با همتای عراقی خود در بغداد دیدار کرد و دو طرف توافق‌نامه‌هایی امضا کردند."
# py3langid ranks this English sentence as Nigerian Pidgin first (found in the Tehran Times corpus).
PIDGIN_LOOKALIKE = ("TEHRAN – Iranian Interior Minister Abdolreza Rahmani Fazli in separate meetings with Afghan "
                    "President Ashraf Ghani and his Afghan counterpart Noor-ul Haq Ulumi in Kabul reviewed "
                    "bilateral relations.")


def article(doc_id, text, **fields):
    return Article(doc_id=doc_id, text=text, origin=f"in.jsonl:{doc_id}", **fields)


def test_english_is_kept_and_labelled():
    checked = check_language(article("a", ENGLISH))
    assert isinstance(checked, Article) and checked.language == "en"


@pytest.mark.parametrize("text, language", [(FRENCH, "fr"), (PERSIAN, "fa")])
def test_other_languages_are_skipped_with_the_language_named(text, language):
    outcome = check_language(article("x", text))
    assert isinstance(outcome, Rejected)
    assert (outcome.origin, outcome.kind) == ("in.jsonl:x", "language")
    assert outcome.reason.startswith(f"language '{language}' (p=")
    assert outcome.reason.endswith("only en is coded")


def test_english_ranked_second_is_still_english():
    guess = detect_language(PIDGIN_LOOKALIKE)  # py3langid 0.4 ranks it "pcm" first
    assert guess.accepted == "en"
    assert check_language(article("p", PIDGIN_LOOKALIKE)).language == "en"


def test_a_table_of_figures_is_not_a_foreign_language():
    table = ("TORONTO, March 2 - Shr 35 cts vs 25 cts\n\nNet 1,590,000 vs 1,140,000\n\n"
             "Revs 32.2 mln vs 23.0 mln\n\nYEAR\n\nShr 1.16 dlrs vs 68 cts\n\nNet 5,300,000 vs 3,100,000")
    assert isinstance(check_language(article("t", table)), Article)


def test_other_languages_can_be_accepted():
    checked = check_language(article("x", FRENCH), LanguagePolicy(accept=("en", "fr")))
    assert isinstance(checked, Article) and checked.language == "fr"


def test_too_short_to_judge_keeps_the_declared_language():
    assert check_language(article("s", "Iran 2, Iraq 1.")).language is None
    assert check_language(article("s", "Iran 2, Iraq 1.", language="en")).language == "en"


def test_detection_works_offline(monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    _identifier.cache_clear()
    try:
        assert detect_language(FRENCH).language == "fr"
    finally:
        _identifier.cache_clear()


def test_prepare_cleans_checks_language_and_drops_repeats():
    articles = [
        article("a", ENGLISH + " MH/PA"),
        article("b", FRENCH),
        article("c", ENGLISH.replace("Monday", "Monday,") + "\n\nAll rights reserved."),
        article("d", PIDGIN_LOOKALIKE),
    ]
    report = IngestReport()
    kept = list(report.watch(prepare_articles(articles, on_error=report.add)))
    assert [a.doc_id for a in kept] == ["a", "d"]
    assert kept[0].text == ENGLISH
    assert [(r.origin, r.kind) for r in report.rejected] == [("in.jsonl:b", "language"), ("in.jsonl:c", "duplicate")]
    assert report.summary() == {
        "articles": 2, "skipped": {"duplicate": 1, "language": 1},
        "debris_removed": {"agency-initials": 1}, "languages": {"en": 2},
        "duplicate_groups": 0, "largest_groups": {},
    }
    assert report.format().splitlines() == [
        "2 articles kept", "skipped: 1 duplicate, 1 language",
        "debris removed: 1 agency-initials", "languages: 2 en"]


def test_each_stage_can_be_switched_off():
    articles = [article("a", ENGLISH + " MH/PA"), article("b", FRENCH), article("c", ENGLISH + " MH/PA")]
    options = IngestOptions(clean=False, language=None, dedup=None)
    assert list(prepare_articles(articles, options=options)) == articles


def test_report_names_the_most_copied_stories():
    from dyad.dedup import Deduplicator

    report, dedup = IngestReport(), Deduplicator()
    report.dedup = dedup
    copies = [article(f"c{i}", ENGLISH, source=f"outlet {i}") for i in range(3)]
    list(report.watch(prepare_articles(copies, on_error=report.add, dedup=dedup)))
    assert report.summary()["largest_groups"] == {"c0": 3}
    assert "1 stories had copies; most copied: c0 (3 copies)" in report.format()


def test_seed_000_reaches_coding_without_its_teasers():
    path = seed("000")
    [prepared] = prepare_articles(read_articles([path]))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert prepared.text.splitlines() == lines[:9]
    assert [r.reason for r in prepared.removed] == ["teaser-headline"] * 6
    assert prepared.language == "en"
