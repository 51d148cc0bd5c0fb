"""The LinkedIn parser on files written the way LinkedIn writes them (FORMATS.md §3)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.pipeline import read_posts
from footprint.platforms import gather, sniff
from footprint.platforms._archive import Member
from footprint.platforms._linkedin_csv import NoHeader, read_rows
from footprint.platforms._linkedin_time import parse_month, parse_stamp
from footprint.platforms.linkedin import COMMENT_START
from tests.samples import SAMPLES
from tests.xbuild import write, zip_folder

UTC = timezone.utc
FEED = "https://www.linkedin.com/feed/update/"
SHARES_HEADER = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
PROFILE = "First Name,Last Name,Headline\nNoémie,Laflamme-Okafor,Analyste\n"  # makes a folder sniff as LinkedIn
ORACLE = json.loads((Path(__file__).resolve().parent / "sample_builders" / "linkedin_expected.json").read_text(encoding="utf-8"))
# An independent count of Comments.csv records: lines that start like one (a date or nothing, a link).
RECORD_LINE = re.compile(r"^(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)?,https://", re.M)


def parse(*paths: Path) -> tuple[list[Post], list[Problem]]:
    inputs = gather(list(paths))
    platform, archive = inputs.archives["linkedin"]
    items = list(platform.parse(archive))
    return [i for i in items if isinstance(i, Post)], [i for i in items if isinstance(i, Problem)] + inputs.problems


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def test_shares_text_links_urn_ids_and_audience(tmp_path):
    shares = SHARES_HEADER + (
        f'2019-05-13 09:04:12,{FEED}urn%3Ali%3Ashare%3A6533000000000000001,"Three lessons:\n\n1. ""Efficiency"" meant fewer inspectors.",https://example.org/report,https://media.licdn.com/x.jpg,PUBLIC\n'
        f"2021-02-01 17:45:00,{FEED}urn%3Ali%3AugcPost%3A6760000000000000002,,https://example.org/op-ed,,MEMBER_NETWORK\n"
        f"2022-03-04 10:00:00,{FEED}urn:li:activity:6905000000000000003,Plain text post,,,\n"
        "2023-01-02 08:00:00,https://www.linkedin.com/posts/noemie-lo_budget-activity-7015000000000000004-AbCd,Slug form,,,LOGGED_IN\n"
        "2023-06-07 12:00:00,https://lnkd.in/eXyZ,Short link form,,,CONTAINER\n"
    )
    write(tmp_path, {"Shares.csv": shares, "Profile.csv": PROFILE})
    posts, problems = parse(tmp_path)
    shares = {p.id: p for p in posts if p.kind is Kind.POST}
    first = shares["urn:li:share:6533000000000000001"]
    assert first.text == 'Three lessons:\n\n1. "Efficiency" meant fewer inspectors.\nhttps://example.org/report\nhttps://media.licdn.com/x.jpg'
    assert first.created_at == at("2019-05-13 09:04:12") and first.audience == "public" and first.author_is_owner
    assert first.url == f"{FEED}urn%3Ali%3Ashare%3A6533000000000000001"
    assert first.source.endswith("Shares.csv#row1")
    link_only = shares["urn:li:ugcPost:6760000000000000002"]
    assert link_only.text == "https://example.org/op-ed" and link_only.audience == "connections"
    assert shares["urn:li:activity:6905000000000000003"].audience is None
    assert shares["urn:li:activity:7015000000000000004"].audience == "members"
    short = [p for p in shares.values() if p.url == "https://lnkd.in/eXyZ"]
    assert len(short) == 1 and re.fullmatch(r"[0-9a-f]{16}", short[0].id) and short[0].audience == "group"
    assert len(shares) == 5 and problems == []


def test_share_without_text_or_link_is_a_problem_and_a_blank_date_comes_from_the_urn(tmp_path):
    shares = SHARES_HEADER + (
        f"2023-08-15 22:01:44,{FEED}urn:li:activity:7097336584998514736,,,https://media.licdn.com/photo.jpg,PUBLIC\n"
        f",{FEED}urn%3Ali%3Ashare%3A6533000000000000001,Undated but its URN knows,,,PUBLIC\n"
        ",https://lnkd.in/abc,Undated and no URN,,,PUBLIC\n"
    )
    write(tmp_path, {"Shares_42.csv": shares, "Profile.csv": PROFILE})
    posts, problems = parse(tmp_path)
    [dated] = [p for p in posts if p.kind is Kind.POST]
    assert dated.text == "Undated but its URN knows" and dated.time_is_estimate
    assert dated.created_at == datetime(2019, 5, 11, 15, 29, 37, tzinfo=UTC)  # 6533000000000000001 >> 22 ms
    assert [(p.kind, p.locator) for p in problems] == [(ProblemKind.BAD_RECORD, "row 1 (line 2)"), (ProblemKind.BAD_RECORD, "row 3 (line 4)")]
    assert "neither commentary nor a shared link" in problems[0].reason and "blank Date" in problems[1].reason


COMMENTS = (
    "Date,Link,Message\n"
    f'2020-10-30 12:00:01,{FEED}urn%3Ali%3Aactivity%3A6727000000000000003,"Vote them all out, honestly."\n'
    f'2021-03-02 08:15:40,{FEED}urn%3Ali%3Aactivity%3A6773000000000000004,"As my old boss used to say \\"rules are for other people\\",\nand that is how the agency runs."\n'
    f',{FEED}urn%3Ali%3Aactivity%3A6773000000000000005,"Bien dit \\"Marie\\" — à lundi."\n'
    f"2021-06-10 11:30:00,{FEED}urn%3Ali%3AugcPost%3A6808000000000000006,2021-06-15 14:00:00 — webinaire. Inscrivez-vous!\n"
    f'2021-07-01 09:00:00,{FEED}urn%3Ali%3AugcPost%3A6816000000000000007,"He said \\"ship it\\"\n2021-07-02 was the deadline, and we made it."\n'
    f'2021-08-01 09:00:00,{FEED}urn%3Ali%3AugcPost%3A6827000000000000008,"Ma grand-mère : \\"qui va à la chasse perd sa place\\""\n'
    f"2021-09-01 09:00:00,{FEED}urn%3Ali%3AugcPost%3A6838000000000000009,On verra bien ¯\\_(ツ)_/¯\n"
)


def test_comments_backslash_quotes_multiline_blank_date_and_date_like_start(tmp_path):
    write(tmp_path, {"Comments.csv": COMMENTS, "Profile.csv": PROFILE})
    posts, problems = parse(tmp_path)
    comments = [p for p in posts if p.kind is Kind.COMMENT]
    assert [p.text for p in comments] == [
        "Vote them all out, honestly.",
        'As my old boss used to say "rules are for other people",\nand that is how the agency runs.',
        "2021-06-15 14:00:00 — webinaire. Inscrivez-vous!",
        'He said "ship it"\n2021-07-02 was the deadline, and we made it.',
        'Ma grand-mère : "qui va à la chasse perd sa place"',
        "On verra bien ¯\\_(ツ)_/¯",
    ]
    assert [p.created_at for p in comments][:3] == [at("2020-10-30 12:00:01"), at("2021-03-02 08:15:40"), at("2021-06-10 11:30:00")]
    second = comments[1]
    assert second.author_is_owner and second.in_reply_to == "urn:li:activity:6773000000000000004"
    assert second.url == f"{FEED}urn%3Ali%3Aactivity%3A6773000000000000004" and second.source.endswith("Comments.csv#row2")
    [blank] = [p for p in problems if p.kind is ProblemKind.BAD_RECORD]
    assert blank.locator == "row 3 (line 5)" and "blank Date" in blank.reason and blank.records == 1
    assert len(comments) + 1 == len(RECORD_LINE.findall(COMMENTS)) == 7


def test_comment_ending_in_a_backslash_does_not_swallow_the_next_record(tmp_path):
    text = ("Date,Link,Message\n"
            '2021-03-02 08:15:40,https://x.example/a,"the path is C:\\dossier\\"\n'
            "2021-03-03 08:15:40,https://x.example/b,next one\n")
    write(tmp_path, {"Comments_7.csv": text, "Profile.csv": PROFILE})
    posts, problems = parse(tmp_path)
    assert [p.text for p in posts if p.kind is Kind.COMMENT] == ["the path is C:\\dossier\\", "next one"]
    assert problems == []


def test_comment_reader_agrees_with_the_stdlib_on_rfc_files():
    text = 'Date,Link,Message\n2020-01-01 10:00:00,https://x.example/1,"a, ""b""\nc"\n2020-01-02 10:00:00,https://x.example/2,plain\n'
    mine = [dict(r.values) for r in read_rows(text, ("date", "link", "message"), COMMENT_START)]
    theirs = [{k.lower(): v for k, v in row.items()} for row in csv.DictReader(io.StringIO(text, newline=""))]
    assert mine == theirs and mine[0]["message"] == 'a, "b"\nc'


def test_comment_fragments_and_a_never_closed_quote_are_problems_with_rows(tmp_path):
    text = ("Date,Link,Message\n"
            "2021-03-02 08:15:40,https://x.example/a,fine\n"
            "and then some words,https://x.example/b,fragment\n"
            '2021-03-04 08:15:40,https://x.example/c,"never closed\n'
            "2021-03-05 08:15:40,https://x.example/d,swallowed\n")
    write(tmp_path, {"Comments.csv": text, "Profile.csv": PROFILE})
    posts, problems = parse(tmp_path)
    assert [p.text for p in posts if p.kind is Kind.COMMENT] == ["fine"]
    assert [(p.locator, p.reason.split(" (")[0].split(":")[0]) for p in problems] == [
        ("row 2 (line 3)", "the Date column does not hold a date"),
        ("row 3 (line 4)", "a quoted field is never closed"),
    ]


def test_broken_shares_row_is_a_problem_and_the_other_rows_are_read(tmp_path):
    shares = SHARES_HEADER + (
        f"2020-01-01 10:00:00,{FEED}urn:li:activity:6600000000000000001,first,,,PUBLIC\n"
        f"2020-01-02 10:00:00,{FEED}urn:li:activity:6600000000000000002,unquoted, comma, here,,,PUBLIC\n"
        f'2020-01-03 10:00:00,{FEED}urn:li:activity:6600000000000000003,"quoted"tail,,,PUBLIC\n'
        f"2020-01-04 10:00:00,{FEED}urn:li:activity:6600000000000000004,fourth,,,PUBLIC\n"
    )
    write(tmp_path, {"Shares.csv": shares, "Profile.csv": PROFILE})
    posts, problems = parse(tmp_path)
    assert [p.text for p in posts if p.kind is Kind.POST] == ["first", "fourth"]
    assert [p.locator for p in problems] == ["row 2 (line 3)", "row 3 (line 4)"]
    assert problems[0].reason == "8 fields where the header has 6 (a comma or quote out of place)"
    assert problems[1].reason.startswith("malformed CSV record")


def test_bom_crlf_and_a_file_without_its_header(tmp_path):
    shares = "\ufeff" + SHARES_HEADER.replace("\n", "\r\n") + f'2020-01-01 10:00:00,{FEED}urn:li:activity:6600000000000000001,"two\r\nlines",,,PUBLIC\r\n'
    write(tmp_path, {"Shares.csv": shares.encode("utf-8"), "Reactions.csv": "No data\n", "Profile.csv": PROFILE})
    posts, problems = parse(tmp_path)
    assert [p.text for p in posts if p.kind is Kind.POST] == ["two\nlines"]
    [bad] = problems
    assert bad.kind is ProblemKind.BAD_FILE and bad.file.endswith("Reactions.csv") and bad.records == 0
    assert bad.reason == "not read: no header with date, type, link in the first 50 lines"


def test_reactions_votes_reposts_and_company_follows(tmp_path):
    write(tmp_path, {
        "Reactions_583910274.csv": f"Date,Type,Link\n2023-09-14 13:00:00,INTEREST,{FEED}urn:li:activity:7108000000000000001\n2023-09-15 13:00:00,LIKE,\n",
        "Votes_583910274.csv": f"Date,Link,OptionText\n2021-09-10 15:00:00,{FEED}urn:li:activity:6842000000000000002,NPD / NDP\n",
        "InstantReposts_583910274.csv": f"Date,Link\n2025-04-25 21:00:00,{FEED}urn:li:activity:7321000000000000003\n",
        "Company Follows.csv": "Organization,Followed On\nNouveau Parti démocratique du Canada,Mon Sep 23 01:15:40 UTC 2019\nNLO Conseil,\n",
        "Profile.csv": PROFILE,
    })
    posts, problems = parse(tmp_path)
    by_kind = {k: [p for p in posts if p.kind is k] for k in (Kind.REACTION, Kind.REPOST, Kind.PAGE_FOLLOW)}
    like, vote = by_kind[Kind.REACTION]
    assert like.text == f"INTEREST {FEED}urn:li:activity:7108000000000000001" and like.label == "INTEREST"
    assert not like.author_is_owner and like.created_at == at("2023-09-14 13:00:00")
    assert vote.text == f"NPD / NDP\n{FEED}urn:li:activity:6842000000000000002" and vote.label == "poll_vote"
    [repost] = by_kind[Kind.REPOST]
    assert repost.text == repost.url == f"{FEED}urn:li:activity:7321000000000000003" and not repost.author_is_owner
    party, shop = by_kind[Kind.PAGE_FOLLOW]
    assert party.text == party.label == "Nouveau Parti démocratique du Canada" and party.created_at == at("2019-09-23 01:15:40")
    assert shop.created_at is None
    assert [(p.locator, p.reason) for p in problems] == [("row 2 (line 3)", "reaction without a link")]


def test_people_followed_and_events_are_affiliation_signals(tmp_path):
    """FORMATS §3.2 [P]: Member_Follows (Date, Status, FullName) and Events (Event Name, Event Time, Status, External Url),
    with the `Notes:` preamble Member_Follows has in some years (§3.4 item 1). Every row is a post or a problem."""
    write(tmp_path, {
        "Member_Follows_583910274.csv": ("Notes:\n\"People you follow on LinkedIn.\"\n\n"
                                         "Date,Status,FullName\n2021-09-01 14:02:11,Active,Jagmeet Singh\n"
                                         "2020-03-02 09:00:00,Inactive,Marc Dubois\n2022-01-05 10:00:00,Active,\n"),
        "Events.csv": ("Event Name,Event Time,Status,External Url\n"
                       "Souper-bénéfice du NPD Gatineau,2021-09-10 18:00:00,Attending,https://example.org/souper-npd\n"
                       "Webinaire sur la fiscalité,2023-02-01 12:00:00,Declined,\n"),
        "Profile.csv": PROFILE,
    })
    posts, problems = parse(tmp_path)
    [person] = [p for p in posts if p.kind is Kind.PAGE_FOLLOW]
    assert (person.text, person.label, person.created_at, person.author_is_owner) == ("Jagmeet Singh", "Jagmeet Singh", at("2021-09-01 14:02:11"), False)
    [event] = [p for p in posts if p.kind is Kind.GROUP]
    assert event.text == "Souper-bénéfice du NPD Gatineau\nhttps://example.org/souper-npd" and event.label == "event"
    assert event.url == "https://example.org/souper-npd" and event.created_at == at("2021-09-10 18:00:00")
    assert sorted(p.reason for p in problems) == [
        "event marked 'Declined': not attended, not audited", "member follow marked 'Inactive': no longer followed, not audited",
        "member follow without a name"]
    assert all(p.kind is ProblemKind.BAD_RECORD and p.records == 1 for p in problems)


def test_profile_positions_education_skills_and_rich_media(tmp_path):
    write(tmp_path, {
        "Profile.csv": ("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                        'Noémie,Laflamme-Okafor,,,,"Analyste principale, EDSC | Gouvernement du Canada","Ligne un\nLigne deux",Government Administration,,"Gatineau, Quebec, Canada",[noemie_lo],[PERSONAL:https://example.org/noemie],\n'),
        "Positions.csv": ("Company Name,Title,Description,Location,Started On,Finished On\n"
                          'EDSC,Analyste en politiques,"Notes d\'information; analyse.",Gatineau,Sep 2019,\n'
                          "Institut Boréal,Analyste de recherche,,,2015,Aug 2019\n"),
        "Education.csv": "School Name,Start Date,End Date,Notes,Degree Name,Activities\nUniversité d'Ottawa,2013,2015,,M.A.,\"Vice-présidente, Club NPD\"\n",
        "Skills.csv": "Name\nPolicy Analysis\n\n",
        "Rich Media.csv": "Date/Time,Media Description,Media Link\n\"You uploaded a photo on April 12, 2022 at 3:31 PM (GMT)\",Mon kiosque,https://media.licdn.com/k.jpg\n",
    })
    posts, problems = parse(tmp_path)
    entries = {p.label: p for p in posts}
    assert all(p.kind is Kind.PROFILE and p.author_is_owner for p in posts) and problems == []
    assert set(entries) == {"name", "headline", "summary", "industry", "geo_location", "twitter_handles", "websites",
                            "position:Analyste en politiques @ EDSC", "position:Analyste de recherche @ Institut Boréal",
                            "education:Université d'Ottawa", "skill", "rich_media"}
    assert entries["headline"].text == "Analyste principale, EDSC | Gouvernement du Canada" and entries["headline"].created_at is None
    assert entries["summary"].text == "Ligne un\nLigne deux"
    assert entries["twitter_handles"].text == "noemie_lo" and entries["name"].text == "Noémie Laflamme-Okafor"
    edsc = entries["position:Analyste en politiques @ EDSC"]
    assert edsc.text == "Analyste en politiques @ EDSC\nNotes d'information; analyse.\nGatineau"
    assert edsc.created_at == datetime(2019, 9, 1, tzinfo=UTC) and edsc.time_is_estimate
    assert entries["position:Analyste de recherche @ Institut Boréal"].created_at == datetime(2015, 1, 1, tzinfo=UTC)
    assert entries["education:Université d'Ottawa"].text == "Université d'Ottawa\nM.A.\nVice-présidente, Club NPD"
    assert entries["rich_media"].text == "Mon kiosque\nhttps://media.licdn.com/k.jpg"
    assert entries["rich_media"].created_at == datetime(2022, 4, 12, 15, 31, tzinfo=UTC)


def test_sections_without_a_verified_header_are_read_generically(tmp_path):
    write(tmp_path, {
        "Profile.csv": PROFILE,
        "Volunteer.csv": "Company Name,Role,Cause,Started On,Finished On,Description\nNPD — Hull–Aylmer,Bénévole,Politics,Sep 2019,Oct 2019,Porte-à-porte\n",
        "Recommendations_Given.csv": 'First Name,Last Name,Text,Creation Date\nJulie,Bédard,"Julie est la meilleure, point.","03/14/24, 10:58 AM"\n,,,\n',
        "Endorsement_Given_Info.csv": "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsement Status\n"
                                      "2021/09/02 10:15:00 UTC,Campaign Management,Marc,Dubois,ACCEPTED\n",
    })
    posts, problems = parse(tmp_path)
    entries = {p.label: p.text for p in posts}
    assert entries["volunteer:NPD — Hull–Aylmer"] == "NPD — Hull–Aylmer\nBénévole\nPolitics\nPorte-à-porte"
    assert entries["recommendation_given:Julie"] == "Julie\nBédard\nJulie est la meilleure, point."
    assert entries["endorsement_given:Campaign Management"] == "Campaign Management\nMarc\nDubois\nACCEPTED"
    assert [(p.locator, p.reason) for p in problems] == [("row 2 (line 3)", "recommendation_given entry without any text")]


ARTICLE = ('<html><head><title>Ce que j&#39;ai appris</title></head><body><img src="c.jpg" alt="" />'
           '<h1><a href="https://www.linkedin.com/pulse/ce-que-jai-appris-noémie">Ce que j&#39;ai appris</a></h1>'
           '<p class="created">Created on 2023-09-05 19:42</p><p class="published">Published on 2023-09-06 12:00</p>'
           "<div><p>La direction  décide\n sans nous &amp; ça paraît.</p><p>Ligne un<br>ligne deux</p><script>x()</script></div></body></html>")


def test_articles_take_the_published_date_and_undated_ones_are_kept(tmp_path):
    write(tmp_path, {
        "Articles/Articles/ce-que-jai-appris.html": ARTICLE,
        "Articles/Articles/brouillon.html": "<html><body><h1>Brouillon</h1><p>Sans date.</p></body></html>",
        "Articles/Articles/vide.html": "<html><body></body></html>",
        "Profile.csv": "First Name,Headline\n,\n",
    })
    posts, problems = parse(tmp_path)
    articles = {p.id: p for p in posts}
    dated = articles["article:ce-que-jai-appris-noémie"]
    assert dated.text == "Ce que j'ai appris\n\nLa direction décide sans nous & ça paraît.\n\nLigne un\nligne deux"
    assert dated.created_at == datetime(2023, 9, 6, 12, 0, tzinfo=UTC) and dated.kind is Kind.POST and dated.author_is_owner
    assert dated.url == "https://www.linkedin.com/pulse/ce-que-jai-appris-noémie"
    undated = articles["article:brouillon"]
    assert undated.text == "Brouillon\n\nSans date." and undated.created_at is None and undated.url is None
    assert [(p.kind, p.file.rsplit("/", 1)[1]) for p in problems] == [(ProblemKind.BAD_RECORD, "vide.html")]


CONNECTIONS = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing, '
               'see https://www.linkedin.com/help."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
               "Julie,Bédard,https://www.linkedin.com/in/julie,,EDSC,Gestionnaire,04 Sep 2019\n")


def test_notes_preamble_is_skipped_to_the_real_header():
    rows = list(read_rows(CONNECTIONS, ("firstname", "lastname", "connectedon")))
    assert [(r.number, r.line, r.get("firstname"), r.get("connectedon")) for r in rows] == [(1, 5, "Julie", "04 Sep 2019")]
    with pytest.raises(NoHeader):
        read_rows("Notes:\nnothing here\n", ("firstname",))


def test_private_files_are_listed_and_never_opened(tmp_path, monkeypatch):
    write(tmp_path, {
        "Profile.csv": PROFILE, "Connections.csv": CONNECTIONS,
        "messages.csv": '"CONVERSATION ID","CONTENT"\n"1","DM-SENTINEL-NEVER-READ"\n',
        "guide_messages.csv": "x", "learning_coach_messages.csv": "No conversations found\n",
        "LearningRolePlayMessages.csv": "x", "Invitations.csv": "x", "InMail.csv": "x",
    })
    opened: list[str] = []
    real = Member.read_bytes
    monkeypatch.setattr(Member, "read_bytes", lambda self: opened.append(self.path) or real(self))
    posts, problems = parse(tmp_path)
    assert opened == ["Profile.csv"]
    private = sorted(p.file.rsplit("!", 1)[1] for p in problems if p.kind is ProblemKind.NOT_READ_PRIVATE)
    assert private == ["Connections.csv", "InMail.csv", "Invitations.csv", "LearningRolePlayMessages.csv",
                       "guide_messages.csv", "learning_coach_messages.csv", "messages.csv"]
    assert all(p.records == 0 for p in problems) and len(problems) == 7
    assert not any("SENTINEL" in p.text for p in posts)


def test_same_files_with_or_without_member_id_suffix_and_wrapping_folder(tmp_path):
    share = SHARES_HEADER + f"2020-01-01 10:00:00,{FEED}urn:li:activity:6600000000000000001,Bonjour,,,PUBLIC\n"
    comment = "Date,Link,Message\n2020-01-02 10:00:00,https://x.example/a,Salut\n"
    plain = write(tmp_path / "plain", {"Shares.csv": share, "Comments.csv": comment, "Profile.csv": PROFILE})
    suffixed = write(tmp_path / "suffixed", {"Basic_LinkedInDataExport_11-02-2026/Shares_583910274.csv": share,
                                             "Basic_LinkedInDataExport_11-02-2026/Comments_583910274.csv": comment,
                                             "Basic_LinkedInDataExport_11-02-2026/Profile.csv": PROFILE})
    keys = [sorted(p.key for p in parse(folder)[0]) for folder in (plain, suffixed)]
    assert keys[0] == keys[1]
    assert sorted(k.split(":")[1] for k in keys[0]) == ["comment", "post", "profile", "profile"]  # name, headline


def test_basic_and_complete_together_dedupe_through_read_posts(tmp_path):
    share = f"2020-01-01 10:00:00,{FEED}urn:li:activity:6600000000000000001,Bonjour,,,PUBLIC\n"
    comment = 'Date,Link,Message\n2020-01-01 10:00:00,https://x.example/a,"Salut, tout le monde"\n'
    complete = write(tmp_path / "c", {"Shares.csv": SHARES_HEADER + share, "Comments.csv": comment, "Profile.csv": PROFILE})
    basic = write(tmp_path / "b", {
        "Shares_9.csv": SHARES_HEADER + share + f"2026-01-01 10:00:00,{FEED}urn:li:activity:7412000000000000009,Nouveau,,,PUBLIC\n",
        "Comments_9.csv": comment,
        "Profile.csv": PROFILE.replace("Analyste", "Analyste principale"),
    })
    zips = [zip_folder(complete, tmp_path / "Complete_LinkedInDataExport_03-14-2024.zip"),
            zip_folder(basic, tmp_path / "Basic_LinkedInDataExport_11-02-2026.zip")]
    problems: list[Problem] = []
    stats: Counter = Counter()
    posts = list(read_posts(zips, problems, stats))
    assert Counter(str(p.kind) for p in posts) == {"post": 2, "comment": 1, "profile": 3}  # the name once, two headlines
    assert stats["records"] == 9 and stats["duplicates"] == 3 and problems == []


@pytest.mark.parametrize("raw, expected", [
    ("2024-01-15 14:03:22", datetime(2024, 1, 15, 14, 3, 22, tzinfo=UTC)),
    ("2026-01-01 10:00:00 UTC", datetime(2026, 1, 1, 10, tzinfo=UTC)),
    ("2019-05-13 09:04", datetime(2019, 5, 13, 9, 4, tzinfo=UTC)),
    ("Sat Sep 05 08:12:14 UTC 2026", datetime(2026, 9, 5, 8, 12, 14, tzinfo=UTC)),
    ("You uploaded a photo on April 12, 2026 at 8:03 AM (GMT)", datetime(2026, 4, 12, 8, 3, tzinfo=UTC)),
    ("You uploaded a photo on April 12, 2026 at 12:03 AM (GMT)", datetime(2026, 4, 12, 0, 3, tzinfo=UTC)),
    ("2024-02-30 10:00:00", None), ("2021-06-15 : date limite", None), ("", None),
])
def test_timestamps(raw, expected):
    assert parse_stamp(raw) == expected


@pytest.mark.parametrize("raw, expected", [("Jan 2015", (2015, 1)), ("September 2019", (2019, 9)), ("2015", (2015, 1)),
                                           ("juil. 2020", (2020, 7)), ("Foo 2015", None), ("", None)])
def test_month_precision_dates(raw, expected):
    got = parse_month(raw)
    assert ((got.year, got.month) if got else None) == expected


def test_markers_pick_linkedin_and_leave_reddit_names_alone():
    from footprint.platforms import linkedin

    assert sniff({"profile.csv", "connections.csv", "shares_583910274.csv"}) is linkedin
    assert sniff({"rich media.csv"}) is linkedin
    assert sniff({"comments.csv", "messages.csv", "posts.csv"}) is not linkedin


# ---- the sample exports against their independent oracle (tests/sample_builders/linkedin_expected.json) ----

def read_sample(*names: str) -> tuple[list[Post], list[Problem], Counter]:
    problems: list[Problem] = []
    stats: Counter = Counter()
    return list(read_posts([SAMPLES / n for n in names], problems, stats)), problems, stats


@pytest.mark.parametrize("name", sorted(ORACLE["archives"]))
def test_sample_reads_what_the_oracle_says(name):
    want = ORACLE["archives"][name]
    posts, problems, _ = read_sample(name)
    assert dict(Counter(str(p.kind) for p in posts)) == want["posts_by_kind"] and len(posts) == want["posts_total"]
    shares = sorted(p.id if p.id.startswith("urn:") else "derived" for p in posts if p.kind is Kind.POST and not p.id.startswith("article:"))
    assert shares == want["share_ids"]
    assert sorted(p.id for p in posts if p.id.startswith("article:")) == sorted(want["articles"])
    assert sorted([p.label, p.text] for p in posts if p.kind is Kind.PROFILE) == sorted(want["profile_entries"])
    bad = [(p.file.rsplit("/", 1)[-1].rsplit("!", 1)[-1], p.locator.split(" (")[0]) for p in problems if p.kind is ProblemKind.BAD_RECORD]
    assert sorted(bad) == sorted((b["file"], f"row {b['row']}") for b in want["problems"]["bad_record"])
    private = sorted(p.file.rsplit("/", 1)[-1].rsplit("!", 1)[-1] for p in problems if p.kind is ProblemKind.NOT_READ_PRIVATE)
    assert private == want["problems"]["not_read_private"]
    assert len(problems) == len(bad) + len(private)


@pytest.mark.parametrize("name", sorted(ORACLE["archives"]))
def test_every_sample_csv_record_is_a_post_or_a_problem(name):
    want = ORACLE["archives"][name]["csv_records"]
    posts, problems, _ = read_sample(name)
    got: Counter = Counter()
    for source in {p.source for p in posts}:  # a Profile.csv row gives several entries, all from one record
        got[source.split("!", 1)[1].rsplit("/", 1)[-1].split("#")[0]] += 1
    for p in problems:
        if p.kind is ProblemKind.BAD_RECORD:
            got[p.file.rsplit("/", 1)[-1].rsplit("!", 1)[-1]] += p.records
    assert {f: got[f] for f in want} == want


@pytest.mark.parametrize("name", sorted(ORACLE["archives"]))
def test_sample_comment_records_match_a_line_count(name):
    import zipfile

    with zipfile.ZipFile(SAMPLES / name) as zf:
        [member] = [n for n in zf.namelist() if n.rsplit("/", 1)[-1].startswith("Comments")]
        expected = len(RECORD_LINE.findall(zf.read(member).decode("utf-8")))
    posts, problems, _ = read_sample(name)
    comments = [p for p in posts if p.kind is Kind.COMMENT]
    blank = [p for p in problems if "Comments" in p.file]
    assert len(comments) + len(blank) == expected == ORACLE["archives"][name]["csv_records"][member.rsplit("/", 1)[-1]]


def test_samples_together_dedupe_and_never_surface_the_private_sentinel(monkeypatch):
    opened: list[str] = []
    real = Member.read_bytes
    monkeypatch.setattr(Member, "read_bytes", lambda self: opened.append(self.name) or real(self))
    posts, problems, stats = read_sample(*ORACLE["archives"])
    want = ORACLE["together"]
    assert dict(Counter(str(p.kind) for p in posts)) == want["posts_by_kind"] and len(posts) == want["posts_total"]
    assert stats["duplicates"] > 0 and stats["records"] == len(posts) + stats["duplicates"]
    labels = Counter(p.label for p in posts if p.kind is Kind.PROFILE and p.label in ("headline", "websites", "summary", "name"))
    assert sorted(k for k, n in labels.items() if n == 2) == want["changed_profile_labels"] == ["headline", "websites"]
    headlines = sorted(p.text for p in posts if p.label == "headline")
    assert headlines == ["Analyste en politiques, EDSC | Gouvernement du Canada", "Analyste principale, EDSC | Gouvernement du Canada"]
    sentinel = ORACLE["markers"]["dm_sentinel"]
    assert not [p for p in posts if sentinel in p.text] and not [p for p in problems if sentinel in p.reason]
    never = {"messages.csv", "guide_messages.csv", "Invitations.csv", "LearningCoachMessages.csv", "Connections.csv",
             "PhoneNumbers.csv", "Email Addresses.csv", "Registration.csv", "Ad_Targeting.csv"}
    assert opened and not never & set(opened)
