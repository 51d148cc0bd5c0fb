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
