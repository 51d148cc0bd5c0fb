"""The X parser on every era's real layout, built file by file as X writes them (FORMATS.md §1)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.platforms import gather
from footprint.platforms._archive import Member
from tests.xbuild import AT, snowflake, tweet, write, ytd, zip_folder


def parse(*paths: Path) -> tuple[list[Post], list[Problem]]:
    inputs = gather(list(paths))
    platform, archive = inputs.archives["x"]
    items = list(platform.parse(archive))
    return [i for i in items if isinstance(i, Post)], [i for i in items if isinstance(i, Problem)] + inputs.problems


ACCOUNT = 'window.YTD.account.part0 = [ { "account" : { "email" : "n@example.com", "username" : "noemie_lo", "accountId" : "42", "accountDisplayName" : "Noémie" } } ]'


def by_id(posts: list[Post]) -> dict[str, Post]:
    return {p.id: p for p in posts}


def test_era_e_tweets_parts_wrapper_unescape_and_links(tmp_path):
    t1 = tweet("Budget &amp; plans &lt;3 https://t.co/AbC", AT, entities={"urls": [{"url": "https://t.co/AbC", "expanded_url": "https://example.org/r.pdf", "display_url": "example.org/r.pdf", "indices": ["26", "41"]}]})
    t2 = tweet("Older one", AT - timedelta(days=900), lang="fr")
    write(tmp_path, {
        "data/account.js": ACCOUNT,
        "data/tweets.js": ytd("tweets", [{"tweet": t1}]),
        "data/tweets-part1.js": ytd("tweets", [{"tweet": t2}], part=1),
    })
    posts, problems = parse(tmp_path)
    tweets = by_id(posts)
    assert tweets[t1["id_str"]].text == "Budget & plans <3 https://example.org/r.pdf"
    assert tweets[t1["id_str"]].url == f"https://x.com/noemie_lo/status/{t1['id_str']}"
    assert tweets[t1["id_str"]].created_at == AT
    assert tweets[t2["id_str"]].lang == "fr"
    assert all(isinstance(p.id, str) for p in posts)
    assert problems == []


def test_html_unescaped_exactly_once(tmp_path):
    t = tweet("I wrote &amp;lt;b&amp;gt; literally", AT)
    write(tmp_path, {"data/tweets.js": ytd("tweets", [{"tweet": t}])})
    posts, _ = parse(tmp_path)
    assert by_id(posts)[t["id_str"]].text == "I wrote &lt;b&gt; literally"


def test_era_b_root_level_bare_objects_in_a_wrapping_folder(tmp_path):
    t = tweet("Bare object from 2019", datetime(2019, 5, 1, 12, tzinfo=timezone.utc))
    write(tmp_path, {"twitter-2019/tweet.js": ytd("tweet", [t]), "twitter-2019/account.js": ACCOUNT, ".DS_Store": b"\0junk"})
    posts, problems = parse(tmp_path)
    assert by_id(posts)[t["id_str"]].text == "Bare object from 2019"
    assert problems == []


def test_era_c_tweet_js_with_wrapper_and_tweet_part1(tmp_path):
    a = tweet("part zero", AT)
    b = tweet("part one", AT, seq=1)
    write(tmp_path, {"data/tweet.js": ytd("tweet", [{"tweet": a}]), "data/tweet-part1.js": ytd("tweet", [{"tweet": b}], 1)})
    posts, _ = parse(tmp_path)
    assert {p.text for p in posts} == {"part zero", "part one"}


def test_kinds_reply_repost_quote_and_thread(tmp_path):
    reply = tweet("@city ok", AT, 1, in_reply_to_status_id_str="1", in_reply_to_user_id_str="9", in_reply_to_screen_name="city")
    thread = tweet("2/ more", AT, 2, in_reply_to_status_id_str="5", in_reply_to_user_id_str="42")
    rt = tweet("RT @party: Vote for us on Monday, every vote counts, bring a friend and…", AT, 3)
    quote = tweet("So true https://t.co/q", AT, 4, entities={"urls": [{"url": "https://t.co/q", "expanded_url": "https://twitter.com/someone/status/123", "display_url": "twitter.com/someone/…"}]})
    write(tmp_path, {"data/account.js": ACCOUNT, "data/tweets.js": ytd("tweets", [{"tweet": t} for t in (reply, thread, rt, quote)])})
    posts = by_id(parse(tmp_path)[0])
    assert posts[reply["id_str"]].kind is Kind.REPLY and posts[reply["id_str"]].in_reply_to == "city"
    assert posts[thread["id_str"]].kind is Kind.REPLY and posts[thread["id_str"]].in_reply_to == "noemie_lo"
    assert posts[rt["id_str"]].kind is Kind.REPOST and not posts[rt["id_str"]].author_is_owner
    assert posts[rt["id_str"]].author == "party"
    assert posts[quote["id_str"]].kind is Kind.QUOTE and posts[quote["id_str"]].author_is_owner
    assert "https://twitter.com/someone/status/123" in posts[quote["id_str"]].text


def test_note_tweet_joined_within_a_second_and_orphan_kept(tmp_path):
    long_text = "Ceci est un très long message " * 12
    cut = tweet(long_text[:270] + "… https://t.co/zz", AT)
    note = {"noteTweet": {"noteTweetId": "999", "createdAt": (AT + timedelta(milliseconds=400)).isoformat().replace("+00:00", "Z"), "core": {"text": long_text, "urls": []}}}
    orphan = {"noteTweet": {"noteTweetId": "1000", "createdAt": "2022-01-01T10:00:00.000Z", "core": {"text": "Orphan long post"}}}
    write(tmp_path, {"data/tweets.js": ytd("tweets", [{"tweet": cut}]), "data/note-tweet.js": ytd("note_tweet", [note, orphan])})
    posts = by_id(parse(tmp_path)[0])
    assert posts[cut["id_str"]].text == long_text
    assert posts["note:1000"].text == "Orphan long post" and posts["note:1000"].url is None
    assert "note:999" not in posts


@pytest.mark.parametrize("cut_text,note_text", [
    # the tweet's text keeps X's HTML entities, the note's core.text may not
    ("Q&amp;A sur le budget ce soir : " + "une longue explication " * 12, "Q&A sur le budget ce soir : " + "une longue explication " * 14),
    # a long reply: the tweet's text opens with the @handles it answers, the note's does not
    ("@city @mayor_ott " + "The snow clearing plan leaves my street out again " * 6, "The snow clearing plan leaves my street out again " * 8),
], ids=["html entities", "reply handles"])
def test_a_long_tweet_joins_its_note_across_entities_and_reply_handles(tmp_path, cut_text, note_text):
    cut = tweet(cut_text[:270] + "… https://t.co/zz", AT)
    note = {"noteTweet": {"noteTweetId": "777", "createdAt": AT.isoformat().replace("+00:00", ".000Z"), "core": {"text": note_text, "urls": []}}}
    write(tmp_path, {"data/tweets.js": ytd("tweets", [{"tweet": cut}]), "data/note-tweet.js": ytd("note_tweet", [note])})
    posts = by_id(parse(tmp_path)[0])
    assert "note:777" not in posts and posts[cut["id_str"]].text == note_text


def test_deleted_long_tweet_takes_its_deleted_notes_full_text(tmp_path):
    """FORMATS §1.5–1.6: a long tweet deleted before the export sits cut in deleted-tweets.js and whole in deleted-note-tweet.js."""
    long_text = "A long post about the transit budget and who decided it behind closed doors. " * 5
    cut = tweet(long_text[:270] + "… https://t.co/zz", AT)
    note = {"noteTweet": {"noteTweetId": "555", "createdAt": AT.isoformat().replace("+00:00", ".000Z"), "core": {"text": long_text, "urls": []}}}
    write(tmp_path, {
        "data/tweets.js": ytd("tweets", []),
        "data/deleted-tweets.js": ytd("deleted_tweets", [{"tweet": cut}]),
        "data/deleted-note-tweet.js": ytd("deleted_note_tweet", [note]),
    })
    posts, problems = parse(tmp_path)
    assert [(p.id, p.text, p.deleted) for p in posts] == [(cut["id_str"], long_text, True)]
    assert problems == []


def test_likes_are_someone_elses_words_and_missing_text_is_a_problem(tmp_path):
    liked = snowflake(datetime(2021, 9, 1, tzinfo=timezone.utc))
    write(tmp_path, {"data/like.js": ytd("like", [
        {"like": {"tweetId": liked, "fullText": "Votez &amp; partagez", "expandedUrl": f"https://twitter.com/i/web/status/{liked}"}},
        {"like": {"tweetId": "1690000000000000333", "expandedUrl": "https://twitter.com/i/web/status/1690000000000000333"}},
    ])})
    posts, problems = parse(tmp_path)
    like = by_id(posts)[liked]
    assert like.kind is Kind.LIKE and not like.author_is_owner and like.text == "Votez & partagez"
    assert like.time_is_estimate and like.created_at.date().isoformat() == "2021-09-01"
    assert [p.kind for p in problems] == [ProblemKind.BAD_RECORD]


def test_profile_fields_are_entries(tmp_path):
    profile = 'window.YTD.profile.part0 = [ { "profile" : { "description" : { "bio" : "Analyste @ EDSC &amp; fière", "website" : "https://t.co/Xy", "location" : "Gatineau, QC" } } } ]'
    write(tmp_path, {"data/profile.js": profile, "data/account.js": ACCOUNT})
    posts, _ = parse(tmp_path)
    fields = {p.label: p for p in posts if p.kind is Kind.PROFILE}
    assert fields["bio"].text == "Analyste @ EDSC & fière"
    assert set(fields) == {"bio", "website", "location", "display_name", "handle"}
    assert fields["bio"].url == "https://x.com/noemie_lo"


def test_deleted_circle_and_community_tweets(tmp_path):
    shown = tweet("circle only", AT, 1)
    gone = tweet("deleted one", AT, 2)
    community = tweet("in a community", AT, 3)
    write(tmp_path, {
        "data/tweets.js": ytd("tweets", [{"tweet": shown}]),
        "data/twitter-circle-tweet.js": ytd("twitter_circle_tweet", [{"tweet": shown}]),
        "data/deleted-tweets.js": ytd("deleted_tweets", [{"tweet": gone}]),
        "data/community-tweet.js": ytd("community_tweet", [{"tweet": community}]),
    })
    posts, _ = parse(tmp_path)
    got = by_id(posts)
    assert len(posts) == 3
    assert got[shown["id_str"]].audience == "circle"
    assert got[gone["id_str"]].deleted
    assert got[community["id_str"]].audience == "community"


def test_edited_tweet_versions_are_all_kept(tmp_path):
    first = tweet("typo vesion", AT, 1, edit_info={"initial": {"editTweetIds": [snowflake(AT, 1), snowflake(AT, 2)]}})
    second = tweet("typo version", AT, 2, edit_info={"edit": {"initialTweetId": snowflake(AT, 1)}})
    write(tmp_path, {"data/tweets.js": ytd("tweets", [{"tweet": second}, {"tweet": first}])})
    assert {p.text for p in parse(tmp_path)[0]} == {"typo vesion", "typo version"}


def test_direct_messages_are_listed_and_never_opened(tmp_path, monkeypatch):
    write(tmp_path, {
        "data/tweets.js": ytd("tweets", [{"tweet": tweet("hello", AT)}]),
        "data/direct-messages.js": "window.YTD.direct_messages.part0 = [ NOT JSON AT ALL ]",
        "data/direct-messages-group.js": "x",
        "data/direct_messages_media/1-a.jpg": b"\xff",
    })
    opened: list[str] = []
    real = Member.read_bytes
    monkeypatch.setattr(Member, "read_bytes", lambda self: opened.append(self.path) or real(self))
    posts, problems = parse(tmp_path)
    assert not [p for p in opened if "message" in p]
    private = [p for p in problems if p.kind is ProblemKind.NOT_READ_PRIVATE]
    assert len(private) == 3 and all("not read" in p.reason for p in private)


def test_truncated_tweets_js_keeps_records_before_the_cut(tmp_path):
    records = [{"tweet": tweet(f"tweet {i}", AT, i)} for i in range(5)]
    text = ytd("tweets", records)
    cut_at = text.index("tweet 3")
    manifest = 'window.__THAR_CONFIG = { "dataTypes" : { "tweets" : { "files" : [ { "fileName" : "data/tweets.js", "count" : "5" } ] } } }'
    write(tmp_path, {"data/tweets.js": text[:cut_at], "data/manifest.js": manifest})
    posts, problems = parse(tmp_path)
    assert len(posts) == 3
    [problem] = problems
    assert problem.kind is ProblemKind.BAD_FILE and "cut off" in problem.reason and problem.records == 2


def test_record_missing_text_or_date_is_a_problem(tmp_path):
    no_text = tweet("x", AT, 1)
    del no_text["full_text"]
    bad_date = tweet("y", AT, 2, created_at="yesterday")
    write(tmp_path, {"data/tweets.js": ytd("tweets", [{"tweet": no_text}, {"tweet": bad_date}, {"tweet": tweet("ok", AT, 3)}])})
    posts, problems = parse(tmp_path)
    assert [p.text for p in posts] == ["ok"]
    assert [p.locator for p in problems] == ["#0", "#1"]
    assert "no text" in problems[0].reason and "created_at" in problems[1].reason


def test_headers_reveal_a_missing_part(tmp_path):
    present, missing = tweet("here", AT, 1), tweet("lost", AT, 2)
    headers = ytd("tweet_headers", [{"tweet": {"tweet_id": t["id_str"], "user_id": "42", "created_at": t["created_at"]}} for t in (present, missing)])
    write(tmp_path, {"data/tweets.js": ytd("tweets", [{"tweet": present}]), "data/tweet-headers.js": headers})
    _, problems = parse(tmp_path)
    assert len(problems) == 1 and problems[0].records == 1 and missing["id_str"] in problems[0].reason


def test_files_the_manifest_lists_but_the_archive_lacks_are_problems(tmp_path):
    """FORMATS §1.2–1.3: a part the manifest lists with records but that is not in the archive loses them; say so."""
    manifest = (
        'window.__THAR_CONFIG = { "dataTypes" : {'
        ' "tweets" : { "files" : [ { "fileName" : "data/tweets.js", "count" : "1" }, { "fileName" : "data/tweets-part1.js", "count" : "912" } ] },'
        ' "like" : { "files" : [ { "fileName" : "data/like.js", "count" : "40" } ] },'
        ' "deletedNoteTweet" : { "files" : [ { "fileName" : "data/deleted-note-tweet.js", "count" : "0" } ] },'
        ' "directMessages" : { "files" : [ { "fileName" : "data/direct-messages.js", "count" : "7" } ] } } }'
    )
    here = tweet("here", AT)
    write(tmp_path, {"data/manifest.js": manifest, "data/tweets.js": ytd("tweets", [{"tweet": here}])})
    posts, problems = parse(tmp_path)
    assert [p.id for p in posts] == [here["id_str"]]
    lost = {p.file.rsplit("!", 1)[-1]: p for p in problems}
    assert set(lost) == {"data/tweets-part1.js", "data/like.js"}  # a count of 0 may have no file; messages are never read
    assert lost["data/tweets-part1.js"].records == 912 and lost["data/like.js"].records == 40
    assert all(p.kind is ProblemKind.BAD_FILE and "manifest.js" in p.reason and "zip" in p.reason for p in problems)


def test_a_missing_part_is_counted_once_when_the_headers_also_list_its_tweets(tmp_path):
    present, lost = tweet("here", AT, 1), tweet("lost", AT, 2)
    manifest = ('window.__THAR_CONFIG = { "dataTypes" : { "tweets" : { "files" : [ { "fileName" : "data/tweets.js", "count" : "1" },'
                ' { "fileName" : "data/tweets-part1.js", "count" : "1" } ] } } }')
    headers = ytd("tweet_headers", [{"tweet": {"tweet_id": t["id_str"], "user_id": "42", "created_at": t["created_at"]}} for t in (present, lost)])
    write(tmp_path, {"data/manifest.js": manifest, "data/tweets.js": ytd("tweets", [{"tweet": present}]), "data/tweet-headers.js": headers})
    _, problems = parse(tmp_path)
    assert sum(p.records for p in problems) == 1
    assert [p.file.rsplit("!", 1)[-1] for p in problems] == ["data/tweets-part1.js"]


def test_headers_do_not_count_again_tweets_already_reported(tmp_path):
    """A tweet that is a bad record, or in the cut part of a file, is one problem, not also a "missing part"."""
    ok, bad = tweet("ok", AT, 1), tweet("bad date", AT, 2, created_at="yesterday")
    after_cut = [tweet(f"after the cut {i}", AT, 3 + i) for i in range(2)]
    listed = (ok, bad, *after_cut)
    headers = ytd("tweet_headers", [{"tweet": {"tweet_id": t["id_str"], "user_id": "42", "created_at": tweet("x", AT)["created_at"]}} for t in listed])
    text = ytd("tweets", [{"tweet": t} for t in listed])
    manifest = 'window.__THAR_CONFIG = { "dataTypes" : { "tweets" : { "files" : [ { "fileName" : "data/tweets.js", "count" : "4" } ] } } }'
    write(tmp_path, {"data/manifest.js": manifest, "data/tweets.js": text[:text.index("after the cut 0")], "data/tweet-headers.js": headers})
    posts, problems = parse(tmp_path)
    assert [p.text for p in posts] == ["ok"]
    assert sum(p.records for p in problems) == 3  # one bad record, two after the cut: each counted once
    assert not [p for p in problems if "tweet-headers.js" in p.reason]


GRAILBIRD_MONTH = '''Grailbird.data.tweets_2013_05 = 
 [ {
  "source" : "\\u003Ca href=\\"http:\\/\\/twitter.com\\" rel=\\"nofollow\\"\\u003EWeb\\u003C\\/a\\u003E",
  "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "geo" : { },
  "id_str" : "331000000000000001",
  "text" : "Soir\\u00E9e de vote au conseil &amp; collations",
  "id" : 331000000000000001,
  "created_at" : "2013-05-05 18:20:11 +0000",
  "user" : { "name" : "N", "screen_name" : "noemie_lo", "id_str" : "42", "id" : 42 }
}, {
  "id_str" : "331000000000000002",
  "text" : "RT @cbc: News item",
  "id" : 331000000000000002,
  "created_at" : "2013-05-06 10:00:00 +0000",
  "retweeted_status" : { "id_str" : "330000000000000009", "text" : "News item with the full original text", "created_at" : "2013-05-06 09:00:00 +0000", "user" : { "screen_name" : "cbc" } }
} ]'''

TWEETS_CSV = '''"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text","retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"
"231000000000000001","","","2012-07-30 09:40:42 +0000","<a href=""http://twitter.com"" rel=""nofollow"">Web</a>","Line one
line two with ""quotes"" https://t.co/abc","","","","https://example.org/page"
"231000000000000002","231000000000000001","42","2012-07-30 10:00:00 +0000","x","@noemie_lo reply &amp; more","","","",""
'''


def test_grailbird_prefers_monthly_js_and_unescapes(tmp_path):
    """The CSV's 2012 tweets are in no monthly file here (as when the 2012_07 file is missing): read from the CSV, not lost."""
    write(tmp_path, {"data/js/tweets/2013_05.js": GRAILBIRD_MONTH, "tweets.csv": TWEETS_CSV, "index.html": "<html></html>"})
    posts = by_id(parse(tmp_path)[0])
    assert set(posts) == {"331000000000000001", "331000000000000002", "231000000000000001", "231000000000000002"}
    assert posts["331000000000000001"].text == "Soirée de vote au conseil & collations"
    assert posts["331000000000000001"].url == "https://x.com/noemie_lo/status/331000000000000001"
    rt = posts["331000000000000002"]
    assert rt.kind is Kind.REPOST and rt.text == "RT @cbc: News item with the full original text"


def test_grailbird_tweet_in_both_the_csv_and_a_monthly_file_is_read_once_from_the_monthly_file(tmp_path):
    both = TWEETS_CSV + '"331000000000000002","","","2013-05-06 10:00:00 +0000","x","RT @cbc: News item","330000000000000009","","",""\n'
    write(tmp_path, {"data/js/tweets/2013_05.js": GRAILBIRD_MONTH, "tweets.csv": both})
    posts, problems = parse(tmp_path)
    assert sorted(p.id for p in posts) == ["231000000000000001", "231000000000000002", "331000000000000001", "331000000000000002"]
    assert by_id(posts)["331000000000000002"].text == "RT @cbc: News item with the full original text"  # the JS record's
    assert problems == []


def test_grailbird_csv_alone(tmp_path):
    write(tmp_path, {"tweets.csv": TWEETS_CSV})
    posts = by_id(parse(tmp_path)[0])
    first = posts["231000000000000001"]
    assert first.text == 'Line one\nline two with "quotes" https://example.org/page'
    assert first.created_at == datetime(2012, 7, 30, 9, 40, 42, tzinfo=timezone.utc)
    assert posts["231000000000000002"].kind is Kind.REPLY
    assert posts["231000000000000002"].text == "@noemie_lo reply & more"


def test_several_zips_of_one_account_join_notes_across_parts(tmp_path):
    long_text = "A long post about cycling to work in the winter in Gatineau. " * 6
    cut = tweet(long_text[:250] + "…", AT)
    note = {"noteTweet": {"noteTweetId": "7", "createdAt": AT.isoformat().replace("+00:00", ".000Z"), "core": {"text": long_text}}}
    one = write(tmp_path / "one", {"data/tweets.js": ytd("tweets", [{"tweet": cut}])})
    two = write(tmp_path / "two", {"data/note-tweet.js": ytd("note_tweet", [note])})
    posts, _ = parse(zip_folder(one, tmp_path / "part1.zip"), zip_folder(two, tmp_path / "part2.zip"))
    assert [p.text for p in posts] == [long_text]


def test_corrupt_member_inside_a_readable_zip_is_a_problem(tmp_path):
    import zipfile

    target = tmp_path / "x.zip"
    body = ytd("tweets", [{"tweet": tweet("hello " * 50, AT)}])
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("data/tweets.js", body)
        zf.writestr("data/account.js", ACCOUNT)
    data = bytearray(target.read_bytes())
    start = data.index(b"hello")
    data[start : start + 5] = b"HELLO"  # same length: the directory still opens, the CRC no longer matches
    target.write_bytes(bytes(data))
    posts, problems = parse(target)
    assert [p.kind for p in problems] == [ProblemKind.BAD_FILE]
    assert "tweets.js" in problems[0].file and "cannot" in problems[0].reason
    assert {p.label for p in posts} == {"display_name", "handle"}


def test_file_that_is_not_utf8_is_a_problem(tmp_path):
    write(tmp_path, {"data/tweets.js": b"window.YTD.tweets.part0 = [ \xff\xfe ]"})
    posts, problems = parse(tmp_path)
    assert posts == [] and problems[0].kind is ProblemKind.BAD_FILE and "UTF-8" in problems[0].reason
