import gzip
import io
import json
import logging
import sys
from datetime import date
from pathlib import Path

import pytest

from dyad.errors import InputError
from dyad.ingest import Rejected, parse_date, raise_rejected, read_articles

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SEEDS = SHARED / "seeds"


def read(paths, **options):
    """Articles and rejections from paths."""
    rejected: list[Rejected] = []
    articles = list(read_articles(paths, on_error=rejected.append, **options))
    return articles, rejected


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def record(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_text_file_is_one_article(tmp_path):
    path = tmp_path / "iran_talks.txt"
    path.write_text("Iran and Russia met.\n\nThey signed a deal.\n", encoding="utf-8")
    [article], rejected = read([path])
    assert (article.doc_id, article.title, article.origin) == ("iran_talks", None, str(path))
    assert article.text == "Iran and Russia met.\n\nThey signed a deal.\n"
    assert rejected == []


def test_jsonl_fields(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [record(
        id="a1", text="Iran and Russia met.", title="Talks", date="2019-03-03",
        url="https://example.org/a1", source="Mehr", origin="ignored")])
    [article], _ = read([path])
    assert article.doc_id == "a1"
    assert article.title == "Talks"
    assert (article.url, article.source) == ("https://example.org/a1", "Mehr")
    assert article.date == date(2019, 3, 3)
    assert article.origin == f"{path}:1"


def test_bad_jsonl_lines_are_reported_and_skipped(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        record(id="a", text="First article."),
        '{"id": "b", "text": "broken',
        "",
        '["not", "an", "object"]',
        record(id="d", text="   "),
        record(text="No id here."),
        record(id="f", text="Last article."),
    ])
    articles, rejected = read([path])
    assert [a.doc_id for a in articles] == ["a", "news-6", "f"]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:6", f"{path}:7"]
    assert [r.origin for r in rejected] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "invalid JSON" in rejected[0].reason
    assert "expected a JSON object, got list" in rejected[1].reason
    assert "missing or empty 'text'" in rejected[2].reason


def test_rejections_are_logged_by_default(tmp_path, caplog):
    path = write_jsonl(tmp_path / "news.jsonl", ["{oops", record(id="a", text="Fine.")])
    with caplog.at_level(logging.WARNING, logger="dyad.ingest"):
        assert [a.doc_id for a in read_articles([path])] == ["a"]
    assert f"{path}:1: invalid JSON" in caplog.text


def test_strict_mode_stops_at_the_first_bad_line(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [record(id="a", text="Fine."), "{oops"])
    with pytest.raises(InputError, match=r"news\.jsonl:2: invalid JSON"):
        list(read_articles([path], on_error=raise_rejected))


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(record(text="Iran and Iraq met.") + "\n" + record(id="b", text="Talks.") + "\n")
    articles, _ = read([path])
    assert [a.doc_id for a in articles] == ["news-1", "b"]
    assert articles[0].origin == f"{path}:1"


def test_corrupt_gzip_raises_input_error(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match=r"news\.jsonl\.gz"):
        read([path])


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    write_jsonl(tmp_path / "b" / "m.jsonl", [record(id="m", text="M.")])
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "state.txt").write_text("a tool's own file", encoding="utf-8")
    articles, rejected = read([tmp_path])
    assert [a.doc_id for a in articles] == ["a", "m", "z"]
    assert [(r.origin, r.kind) for r in rejected] == [(str(tmp_path / "notes.md"), "unsupported")]


def test_empty_directory_and_empty_file_are_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "blank.txt").write_text(" \n", encoding="utf-8")
    articles, rejected = read([tmp_path / "empty", tmp_path / "blank.txt"])
    assert articles == []
    assert [r.origin for r in rejected] == [str(tmp_path / "empty"), str(tmp_path / "blank.txt")]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/data/seeds not available")
def test_seed_directory():
    articles, rejected = read([SEEDS])
    assert [a.doc_id for a in articles] == ["000_f9cfecde49302c1b", "003_a83e32449ce41d42"]
    assert articles[1].text.startswith("TEHRAN – Navy Chief Rear Admiral Hossein Khanzadi")
    assert rejected == []


def test_missing_file_raises_input_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere.jsonl"
    with pytest.raises(InputError, match="nowhere.jsonl"):
        read([missing])


def test_unsupported_file_type_raises_input_error(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("hi", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.md: unsupported"):
        read([path])


def set_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_jsonl(monkeypatch):
    set_stdin(monkeypatch, b"\n  \n" + record(id="a", text="A.").encode() + b"\n{bad\n")
    articles, rejected = read(["-"])
    assert [(a.doc_id, a.origin) for a in articles] == [("a", "<stdin>:3")]
    assert [r.origin for r in rejected] == ["<stdin>:4"]


def test_stdin_plain_text(monkeypatch):
    set_stdin(monkeypatch, b"\nIran and Iraq met.\n{not json}\n")
    [article], _ = read(["-"])
    assert (article.doc_id, article.origin) == ("stdin", "<stdin>")
    assert article.text == "\nIran and Iraq met.\n{not json}\n"


def test_non_utf8_text_falls_back_to_cp1252(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(b"\x93Iran\x94 said \x85 and left.\r\n")
    [article], _ = read([path])
    assert article.text == "“Iran” said … and left.\n"


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    path = write_jsonl(tmp_path / "bom.jsonl", [])
    path.write_bytes(b"\xef\xbb\xbf" + record(id="a", text="Café.").encode() + b"\n")
    [article], rejected = read([path])
    assert (article.doc_id, article.text, rejected) == ("a", "Café.", [])


@pytest.mark.parametrize("text, expected", [
    ("2019-03-03", date(2019, 3, 3)),
    ("2019-03-03T23:30:00Z", date(2019, 3, 3)),
    ("2019-03-03T23:30:00+03:30", date(2019, 3, 3)),
    ("2019-03-03 08:15", date(2019, 3, 3)),
    ("March 3, 2019", date(2019, 3, 3)),
    ("Mar. 3, 2019", date(2019, 3, 3)),
    ("3 March 2019", date(2019, 3, 3)),
    ("Sunday, 3 March 2019", date(2019, 3, 3)),
    ("Sun, 03 Mar 2019 10:00:00 +0000", date(2019, 3, 3)),
    ("February 30, 2019", None),
    ("soon", None),
    ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_article_date_wins_over_default_date(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        record(id="own", text="A.", date="2019-03-03"),
        record(id="published", text="B.", published="4 March 2019"),
        record(id="none", text="C.", date=None),
        record(id="bad", text="D.", date="yesterday"),
    ])
    articles, rejected = read([path], default_date=date(2020, 1, 1))
    assert {a.doc_id: a.date for a in articles} == {
        "own": date(2019, 3, 3),
        "published": date(2019, 3, 4),
        "none": date(2020, 1, 1),
        "bad": date(2020, 1, 1),
    }
    assert [(r.origin, r.reason) for r in rejected] == [
        (f"{path}:4", "ignored 'date': date 'yesterday' not understood"),
    ]


def test_text_file_takes_the_default_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Iran and Iraq met.", encoding="utf-8")
    [article], _ = read([path], default_date=date(2020, 1, 1))
    assert article.date == date(2020, 1, 1)


def test_numeric_id_is_kept_and_wrong_field_types_are_reported(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [record(id=42, text="A.", title=["x"])])
    [article], rejected = read([path])
    assert (article.doc_id, article.title) == ("42", None)
    assert [r.reason for r in rejected] == ["ignored 'title': expected a string, got list"]


def test_a_single_path_is_not_taken_for_an_iterable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Iran and Iraq met.", encoding="utf-8")
    assert [a.doc_id for a in read_articles(str(path))] == ["a"]


def test_bytes_cp1252_cannot_decode_fall_back_to_latin1(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Iran \x81 Iraq")  # 0x81 is unassigned in cp1252
    [article], _ = read([path])
    assert article.text == "Iran \x81 Iraq"


def test_sample_articles_is_seeded_and_in_doc_id_order(tmp_path):
    from dyad.ingest import sample_articles

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i:02d}", "text": f"Article number {i} about Iran and Russia."})
                              + "\n" for i in range(30)), encoding="utf-8")
    first = [a.doc_id for a in sample_articles(corpus, 7, seed=13)]
    assert first == [a.doc_id for a in sample_articles(corpus, 7, seed=13)] == sorted(first)
    assert len(set(first)) == 7 and first != [a.doc_id for a in sample_articles(corpus, 7, seed=14)]
    assert len(sample_articles(corpus, 100, seed=1)) == 30  # never more than the corpus holds
