"""Facebook record files are streamed: the records of a whole-document parse, cut files keep what came before, a piece in memory."""

from __future__ import annotations

import json
import tracemalloc
import zipfile

import pytest

from footprint.model import Post, Problem, ProblemKind
from footprint.platforms import _archive, facebook
from footprint.platforms._archive import Archive, FolderSource
from footprint.platforms._facebook_json import JsonFileError, Unread, load, record_lists, stream_records
from tests.sample_builders.make_facebook_samples import meta_json

ME = "Noémie Laflamme-Okafor"


def meta(obj) -> str:
    return meta_json(obj).decode("ascii")


def status(i: int, text: str | None = None) -> dict:
    when = 1_600_000_000 + i * 3600
    return {"timestamp": when, "data": [{"post": text or f"Publication {i} : été à Québec ☕"}, {"update_timestamp": when}],
            "title": f"{ME} a mis à jour son statut."}


def pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def whole(text: str) -> list:
    """What the parser read before streaming: the document decoded and fixed whole, then its record lists."""
    return [(key, index, record) for key, items in record_lists(load(text)) for index, record in enumerate(items)]


def dump(items: list) -> str:
    """Byte for byte, key order included (dict equality would ignore it)."""
    return json.dumps(items, ensure_ascii=False)


def streamed(text: str, size: int) -> list:
    return list(stream_records(pieces(text, size)))


def parse(folder):
    items = list(facebook.parse(Archive([FolderSource(folder)])))
    return [i for i in items if isinstance(i, Post)], [i for i in items if isinstance(i, Problem)]


# --------------------------------------------------------------------------- the same records as the whole parse

@pytest.mark.parametrize("size", [1, 7, 64, 1 << 20])
def test_every_sample_json_file_streams_to_the_records_of_the_whole_parse(root, size):
    checked = 0
    for sample in sorted((root / "sample_exports").glob("facebook-*-json.zip")):
        with zipfile.ZipFile(sample) as zf:
            for name in zf.namelist():
                if name.endswith(".json") and "/messages/" not in name:
                    text = zf.read(name).decode("utf-8-sig")
                    got = [item for item in streamed(text, size) if not isinstance(item, Unread)]
                    assert dump(got) == dump(whole(text)), (sample.name, name)
                    checked += 1
    assert checked >= 20  # posts, comments, reactions, pages, groups, events, profile, albums of both JSON samples


LAYOUTS = {
    "F1-F4 posts: a top-level array": [status(0), status(1), {"timestamp": 1, "data": []}],
    "F1 wrapped list": {"comments": [{"timestamp": 2, "data": [{"comment": {"comment": "Très bien"}}]}]},
    "F2+ v2 key and a second list": {"reactions_v2": [{"title": "a"}], "page_likes_v2": [{"name": "Vélo"}, {"name": "NPD"}]},
    "events nested one level": {"event_responses_v2": {"events_joined": [{"name": "Marche"}], "events_declined": [], "events_interested": [{"name": "x"}]}},
    "activity_log_data": {"wall_posts_sent_to_you": {"activity_log_data": [status(3)]}},
    "lists three levels down, not four": {"a": {"b": {"c": [1, 2], "d": {"e": [3]}}, "f": [4]}, "g": 5},
    "scalars, empty lists and objects between lists": {"n": 3, "s": "é", "items": [{"k": "v"}], "none": None, "empty": [], "o": {}, "more": [[1], "x"]},
    "mojibake in keys and values, deep": {"commentaires_données": [{"données": {"tître": "Été 😢 👩‍👧", "liste": ["à", {"clé": "ç"}]}}]},
    "non-object records": [1, "x", None, [2], {"ok": True}, 1.5e3, -0],
    "empty list": [],
}


@pytest.mark.parametrize("size", [1, 3, 64, 1 << 20])
@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_every_layout_streams_to_the_records_of_the_whole_parse(layout, size):
    text = meta(LAYOUTS[layout])
    assert dump(streamed(text, size)) == dump(whole(text))


def test_mojibake_is_fixed_once_per_record_keys_included():
    text = meta({"commentaires_données": [{"tître": "Le mot Ã© reste tel quel"}]})  # mangled once by meta: fixed once
    assert streamed(text, 5) == [("commentaires_données", 0, {"tître": "Le mot Ã© reste tel quel"})]


@pytest.mark.parametrize("doc, top", [({"something": "else", "n": 1, "x": {"y": 1}}, "something, n, x"), ({}, ""), ("text", "str"), (3, "int")])
def test_no_record_list_is_named_as_before(doc, top):
    *records, last = streamed(json.dumps(doc), 4)
    assert records == [] and last == Unread(f"unknown layout: no list of records (top level: {top})")


# --------------------------------------------------------------------------- cut and broken files

@pytest.mark.parametrize("text", ["this is not JSON", "", '{"a": 1} x', '{\n "a": {\n  "b": ', '{"a": 1,\n\n "b" 2}', '"open'])
def test_broken_before_any_list_is_not_json_with_the_same_message(text):
    with pytest.raises(JsonFileError) as whole_error:
        load(text)
    with pytest.raises(JsonFileError) as stream_error:
        streamed(text, 2)
    assert str(stream_error.value) == str(whole_error.value)


def test_a_cut_posts_file_keeps_every_record_before_the_cut_across_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(_archive, "CHUNK", 4096)  # many pieces, so the cut and records straddle boundaries
    records = [status(i, f"post {i} " + "é" * 400) for i in range(60)]
    records[5] = "not an object"
    text = meta(records)
    cut = text.index("post 41 ")
    (tmp_path / "your_posts_1.json").write_text(text[:cut], encoding="utf-8")
    posts, problems = parse(tmp_path)
    assert [p.text.split()[1] for p in posts] == [str(i) for i in range(41) if i != 5]
    assert [(p.kind, p.reason, p.locator, p.records) for p in problems] == [
        (ProblemKind.BAD_FILE, "file is cut off or broken after record 41; the rest could not be read", "", 0),  # the file first
        (ProblemKind.BAD_RECORD, "record is not a JSON object", "#5", 1)]


def test_a_cut_in_a_second_list_keeps_the_first_list_and_the_records_before_the_cut():
    text = meta({"comments_v2": [{"c": 0}, {"c": 1}], "group_comments_v2": [{"c": 2}, {"c": 3}]})
    *items, last = streamed(text[: text.rindex('"c"')], 16)
    assert [(key, index) for key, index, _ in items] == [("comments_v2", 0), ("comments_v2", 1), ("group_comments_v2", 0)]
    assert last == Unread("file is cut off or broken after record 3; the rest could not be read")


def test_extra_data_after_the_records_is_reported_after_them():
    *items, last = streamed(meta([{"a": 1}, {"b": 2}]) + "\n garbage", 3)
    assert [record for _, _, record in items] == [{"a": 1}, {"b": 2}]
    assert last == Unread("file is cut off or broken after record 2; the rest could not be read")


def test_bad_utf8_part_way_keeps_the_records_before_it(tmp_path):
    body = meta([status(i, f"post {i}") for i in range(4)]).encode("ascii")
    at = body.index(b"post 2")
    (tmp_path / "your_posts_1.json").write_bytes(body[:at] + b"\xff" + body[at:])
    posts, problems = parse(tmp_path)
    assert [p.text for p in posts] == ["post 0", "post 1"]
    [problem] = problems
    assert problem.kind is ProblemKind.BAD_FILE and problem.records == 0
    assert problem.reason == f"cannot read after record 2: not UTF-8 text (byte {at}); the rest could not be read"


# --------------------------------------------------------------------------- memory

def test_memory_holds_a_piece_not_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(_archive, "CHUNK", 64 * 1024)
    text = meta([status(i, f"Publication {i} : " + "été à Québec, café et vélo. " * 60) for i in range(2000)])
    (tmp_path / "your_posts_1.json").write_text(text, encoding="ascii")
    size = len(text)
    assert size > 8_000_000
    archive = Archive([FolderSource(tmp_path)])
    tracemalloc.start()
    try:
        count = sum(isinstance(item, Post) for item in facebook.parse(archive))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2000 and peak < 1_500_000, peak  # the whole document decoded would be several times the file
