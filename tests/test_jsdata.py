"""The `.js` reader: JSON after the first `=`, never executed; broken arrays keep what came before."""

from __future__ import annotations

import pytest

from footprint.platforms._jsdata import Cut, JsDataError, iter_array, read_object


@pytest.mark.parametrize("text", [
    'window.YTD.tweets.part0 = [ {"a" : 1}, {"b" : 2} ]',
    'window.YTD.tweets.part0 = [{"a":1},{"b":2}];',
    '\ufeffwindow.YTD.tweets.part0 =\n[\n  {"a" : 1},\n  {"b" : 2}\n]\n',
    'Grailbird.data.tweets_2013_05 = \n [ {"a" : 1}, {"b" : 2} ]',
    '[{"a":1},{"b":2}]',
])
def test_prefix_variants(text):
    assert list(iter_array(text.lstrip("\ufeff"))) == [{"a": 1}, {"b": 2}]


def test_empty_array():
    assert list(iter_array("window.YTD.note_tweet.part0 = [ ]")) == []


def test_cut_reports_how_many_were_read():
    items = list(iter_array('window.YTD.tweets.part0 = [ {"a" : 1}, {"b" : 2}, {"c" : '))
    assert items[:2] == [{"a": 1}, {"b": 2}]
    assert isinstance(items[2], Cut) and items[2].index == 2


def test_code_is_never_evaluated():
    with pytest.raises(JsDataError):
        list(iter_array('window.YTD.tweets.part0 = (function(){ return [1] })()'))


def test_object_payload():
    assert read_object('window.__THAR_CONFIG = { "userInfo" : { "userName" : "x" } }') == {"userInfo": {"userName": "x"}}
    with pytest.raises(JsDataError):
        read_object("just text")


# Streaming: the same answers whatever the pieces the text arrives in.

TEXT = 'window.YTD.tweets.part0 = [ {"a" : "café ☕ 🚲", "n" : 12}, 345, {"b" : [1, 2, {"c" : "x"}]}, "fin" ]'
VALUES = [{"a": "café ☕ 🚲", "n": 12}, 345, {"b": [1, 2, {"c": "x"}]}, "fin"]


def pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, 40, 1000])
def test_an_element_split_across_pieces_is_joined(size):
    assert list(iter_array(pieces(TEXT, size))) == VALUES


def test_a_number_cut_at_a_piece_boundary_is_not_read_early():
    assert list(iter_array(["x = [1", "2, 3", "45]"])) == [12, 345]
    assert list(iter_array(["x = [1", "5", "00.", "0e", "+", "2, -", "1]"])) == [150000.0, -1]  # `1500` then `.0e+2`


def test_empty_pieces_and_a_bom_in_the_first_piece():
    assert list(iter_array(["", "\ufeffx = ", "", "[ ]"])) == []
    assert list(iter_array(["\ufeff", "[1,", "2]"])) == [1, 2]


@pytest.mark.parametrize("size", [1, 4, 16, 4096])
def test_a_cut_file_in_pieces_keeps_every_record_before_the_cut(size):
    text = 'window.YTD.tweets.part0 = [ {"a" : 1}, {"b" : 2}, {"c" : "unfinished'
    items = list(iter_array(pieces(text, size)))
    assert items[:2] == [{"a": 1}, {"b": 2}]
    assert isinstance(items[2], Cut) and items[2].index == 2 and "Unterminated string" in items[2].reason
    assert items == list(iter_array(text))  # same records, same reason as the whole text


def test_a_broken_record_stops_reading_after_a_bounded_look_ahead(monkeypatch):
    import itertools

    from footprint.platforms import _jsdata

    monkeypatch.setattr(_jsdata, "MAX_RECORD", 1000)
    endless = itertools.chain(['x = [ {"a" : 1}, {"b" : nope}, '], itertools.repeat('{"c" : 3}, '))
    items = list(iter_array(endless))  # terminates: a broken record is not waited on forever
    assert items[0] == {"a": 1} and isinstance(items[1], Cut) and items[1].index == 1


def test_prefix_split_across_pieces_and_equal_sign_inside_bare_json():
    assert list(iter_array(["window.YTD.", "tweets.part0 ", "= [", "1]"])) == [1]
    assert list(iter_array('[{"url" : "https://example.org/?a=b"}]')) == [{"url": "https://example.org/?a=b"}]


def test_no_prefix_within_the_limit_is_an_error():
    with pytest.raises(JsDataError):
        list(iter_array(["just text "] * 10_000))
