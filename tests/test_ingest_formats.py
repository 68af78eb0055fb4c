"""Input kinds beyond JSONL and text: CSV/TSV with column mappings, compressed files,
globs, HTML pages, encodings, and what is reported when something is skipped."""

import bz2
import gzip
import io
import json
import lzma
import shutil
import sys
from datetime import date

import pytest
import zstandard

from conftest import shared_path
from dyad.errors import InputError
from dyad.ingest import Columns, IngestOptions, Rejected, read_articles


def read(paths, **options):
    rejected: list[Rejected] = []
    articles = list(read_articles(paths, on_error=rejected.append, **options))
    return articles, rejected


def mapped(spec: str) -> dict:
    return {"options": IngestOptions(columns=Columns.parse(spec))}


# --------------------------------------------------------------------------- CSV / TSV

def test_csv_with_default_column_names(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,title,date,text\n'
                    'a1,Talks,2019-03-03,"Iran and Russia met, and talked."\n'
                    'a2,,,"Iraq and Syria signed a deal."\n', encoding="utf-8")
    articles, rejected = read([path])
    assert [(a.doc_id, a.title, a.date, a.text) for a in articles] == [
        ("a1", "Talks", date(2019, 3, 3), "Iran and Russia met, and talked."),
        ("a2", None, None, "Iraq and Syria signed a deal."),
    ]
    assert [a.origin for a in articles] == [f"{path}:2", f"{path}:3"]
    assert rejected == []


def test_csv_column_mapping(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("article_id,headline,published_at,body,outlet,byline\n"
                    "7,Deal signed,4 March 2019,Iran and Iraq signed a deal.,IRNA,Reza\n", encoding="utf-8")
    [article], _ = read([path], **mapped(
        "id=article_id,title=headline,date=published_at,text=body,source=outlet,author=byline"))
    assert (article.doc_id, article.title, article.date) == ("7", "Deal signed", date(2019, 3, 4))
    assert (article.source, article.author, article.text) == ("IRNA", "Reza", "Iran and Iraq signed a deal.")


def test_csv_bad_row_is_rejected_with_its_line_and_reading_goes_on(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,text\n'
                    'a,"A story\nthat spans two lines."\n'
                    'b,too,many,fields\n'
                    'c,\n'
                    'd,Last story.\n', encoding="utf-8")
    articles, rejected = read([path])
    assert [(a.doc_id, a.origin) for a in articles] == [("a", f"{path}:2"), ("d", f"{path}:6")]
    assert articles[0].text == "A story\nthat spans two lines."
    assert [(r.origin, r.kind) for r in rejected] == [(f"{path}:4", "unreadable"), (f"{path}:5", "empty")]
    assert rejected[0].reason == "expected 2 fields, got 4"


def test_csv_without_a_text_column_names_the_file_and_the_fix(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id,body\n1,Iran and Iraq met.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"export\.csv:1: no 'text' column .*--columns text=COLUMN"):
        read([path])


def test_tsv_and_a_legacy_encoding(tmp_path):
    path = tmp_path / "news.tsv"
    text = "Президент России Владимир Путин заявил во вторник, что переговоры с Ираном продолжатся."
    path.write_bytes(f"id\ttext\nru1\t{text}\n".encode("cp1251"))
    [article], _ = read([path])
    assert article.text == text


def test_unknown_column_field_is_an_input_error():
    with pytest.raises(InputError, match="unknown field 'body'"):
        Columns.parse("body=text")
    with pytest.raises(InputError, match="expected FIELD=NAME"):
        Columns.parse("text")


def test_jsonl_column_mapping(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"content": "Iran and Iraq met.", "headline": "Met", "uid": 9}) + "\n",
                    encoding="utf-8")
    [article], _ = read([path], **mapped("text=content,title=headline,id=uid"))
    assert (article.doc_id, article.title, article.text) == ("9", "Met", "Iran and Iraq met.")


# --------------------------------------------------------------------------- compression

LINES = (json.dumps({"id": "a", "text": "Iran and Iraq met."}) + "\n"
         + "{broken\n" + json.dumps({"id": "b", "text": "Talks ended."}) + "\n").encode()

COMPRESSORS = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_compressed_jsonl_csv_and_text(tmp_path, suffix):
    compress = COMPRESSORS[suffix]
    (tmp_path / f"news.jsonl{suffix}").write_bytes(compress(LINES))
    (tmp_path / f"table.csv{suffix}").write_bytes(compress(b"id,text\nc,Iraq and Syria met.\n"))
    (tmp_path / f"story.txt{suffix}").write_bytes(compress("Iran’s envoy arrived.".encode()))
    articles, rejected = read([tmp_path])
    assert [a.doc_id for a in articles] == ["a", "b", "story", "c"]
    assert articles[2].text == "Iran’s envoy arrived."
    assert [r.origin for r in rejected] == [f"{tmp_path / f'news.jsonl{suffix}'}:2"]


def test_zstd_file_in_several_frames(tmp_path):
    path = tmp_path / "news.jsonl.zst"
    frames = [zstandard.ZstdCompressor().compress(line + b"\n") for line in LINES.splitlines()]
    path.write_bytes(b"".join(frames))
    assert [a.doc_id for a in read([path])[0]] == ["a", "b"]


def test_truncated_archive_keeps_what_was_read_and_says_where_it_broke(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    lines = b"".join(json.dumps({"id": f"n{i}", "text": f"Story {i} " * 50}).encode() + b"\n"
                     for i in range(2000))
    data = gzip.compress(lines)
    path.write_bytes(data[: len(data) // 2])
    articles, rejected = read([path])
    assert 0 < len(articles) < 2000
    assert [r.origin for r in rejected] == [str(path)]
    assert rejected[0].reason.startswith(f"cannot read past article {len(articles)}")


@pytest.mark.parametrize("name", ["news.jsonl.bz2", "news.jsonl.xz", "news.jsonl.zst"])
def test_corrupt_archive_raises_input_error_naming_it(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"not compressed at all")
    with pytest.raises(InputError, match=name.replace(".", r"\.")):
        read([path])


# --------------------------------------------------------------------------- globs

def test_glob_patterns_expand_sorted_and_recursively(tmp_path):
    (tmp_path / "2019" / "03").mkdir(parents=True)
    (tmp_path / "2019" / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "2019" / "03" / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "2019" / "03" / "skip.md").write_text("no", encoding="utf-8")
    articles, rejected = read([str(tmp_path / "**" / "*.txt")])
    assert [a.doc_id for a in articles] == ["a", "b"]
    articles, rejected = read([str(tmp_path / "2019" / "*")])
    assert [a.doc_id for a in articles] == ["a", "b"]  # the directory 03 is searched too
    assert [r.kind for r in rejected] == ["unsupported"]


def test_glob_without_matches_is_reported(tmp_path):
    pattern = str(tmp_path / "*.jsonl")
    articles, rejected = read([pattern])
    assert articles == []
    assert [(r.origin, r.reason) for r in rejected] == [(pattern, "no files match the pattern")]


# --------------------------------------------------------------------------- HTML

def test_html_file_is_extracted_with_its_metadata(tmp_path):
    page = shared_path("html", "readability", "bbc-1.html")
    path = tmp_path / "bbc-1.html.gz"
    path.write_bytes(gzip.compress(page.read_bytes()))
    [article], rejected = read([path])
    assert article.doc_id == "bbc-1"
    assert article.title == "Obama admits US gun laws are his 'biggest frustration'"
    assert article.date == date(2015, 7, 24)
    assert (article.source, article.language) == ("BBC News", "en")
    assert "common sense gun safety laws" in article.text
    assert rejected == []


def test_html_without_an_article_is_rejected_with_a_reason(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    articles, rejected = read([path])
    assert articles == []
    assert [(r.origin, r.kind) for r in rejected] == [(str(path), "empty")]
    assert "no article text" in rejected[0].reason


def test_html_page_in_a_legacy_encoding_declared_in_a_meta_tag(tmp_path):
    body = "<p>" + "Le président iranien a reçu mardi le ministre français des affaires étrangères. " * 8 + "</p>"
    html = (f"<html lang='fr'><head><meta charset='windows-1252'><title>Visite à Téhéran</title></head>"
            f"<body><article><h1>Visite à Téhéran</h1>{body}</article></body></html>")
    path = tmp_path / "visite.html"
    path.write_bytes(html.encode("cp1252"))
    [article], _ = read([path])
    assert article.title == "Visite à Téhéran"
    assert "Le président iranien a reçu mardi" in article.text
    assert article.language == "fr"  # declared; dyad.language checks it against the text later


def test_stdin_html(monkeypatch):
    page = shared_path("html", "readability", "wapo-1.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n" + page), encoding="utf-8"))
    [article], _ = read(["-"])
    assert (article.doc_id, article.origin) == ("stdin", "<stdin>")
    assert article.title == "Attack stokes instability fears in North Africa"


def test_html_and_text_files_in_one_directory(tmp_path):
    shutil.copy(shared_path("html", "readability", "telegraph.html"), tmp_path / "b.html")
    (tmp_path / "a.txt").write_text("Iran and Iraq met.", encoding="utf-8")
    articles, _ = read([tmp_path])
    assert [a.doc_id for a in articles] == ["a", "b"]
    assert articles[1].title.startswith("Zimbabwe coup")


def test_no_network_means_urls_are_reported_not_fetched():
    articles, rejected = read(["http://127.0.0.1:9/feed.xml"], options=IngestOptions(fetch=False))
    assert articles == []
    assert [(r.kind, r.reason) for r in rejected] == [("fetch", "not fetched: fetching is turned off")]
