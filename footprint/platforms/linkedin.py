"""LinkedIn "Get a copy of your data" exports, Basic and Complete, any year (FORMATS.md §3).

Read: Shares (posts), Comments, Reactions, Votes, InstantReposts, Company Follows, Member_Follows (people followed),
Events (attended or of interest; declined ones are reported, not audited), Articles, and the
profile sections (Profile, Profile Summary, Positions, Education, Skills, Rich_Media, and read
generically Volunteer, Projects, Publications, Honors, Recommendations_Given, Endorsement_Given_Info). Files are
found by name anywhere in the zip, with or without the `_<memberId>` suffix, with spaces or
underscores (`Rich Media.csv`, 2015 names), BOM and CRLF tolerated.

Never opened: private messages (`messages.csv`, `guide_messages.csv`, `learning_*messages.csv`,
InMail, `Invitations.csv` which carries invitation notes) and other people's contact details
(`Connections.csv`, `Contacts.csv`): each is reported as present, not read. Ads, logins, searches
and the like are not audited content and are not opened either.

Dates: `YYYY-MM-DD HH:MM:SS` has no zone and is taken as UTC (FORMATS §3.5 [U]); see _linkedin_time.
Ids: shares use their URN (`urn:li:share:…`, `urn:li:ugcPost:…`, `urn:li:activity:…`); comments,
reactions and the rest have none and get a hash of kind, date and content, so the same record in
a Basic and a Complete export dedupes in the pipeline (`Post.key`).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Callable, Iterator

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.platforms._archive import Archive, Member
from footprint.platforms._linkedin_csv import Row, bad_row, csv_files, table
from footprint.platforms._linkedin_profile import articles, profile, sections
from footprint.platforms._linkedin_time import derived_id, parse_stamp, urn, urn_time
from footprint.text import clean_text

NAME = "linkedin"
LABEL = "LinkedIn"
# Names only LinkedIn uses; plain `Comments.csv`/`messages.csv` are left out (Reddit has them too).
MARKERS = (
    "Profile.csv", "Connections.csv", "Shares*.csv", "Positions.csv", "Rich_Media.csv", "Rich Media.csv",
    "Profile Summary.csv", "Comments_*.csv", "Reactions_*.csv", "Votes_*.csv", "InstantReposts*.csv",
    "Company Follows.csv", "Invitations.csv", "Registration.csv", "Endorsement_Received_Info.csv",
    "Endorsement Received Info.csv", "Email Addresses.csv", "PhoneNumbers.csv", "Skills.csv", "Education.csv",
)

MESSAGE_FILES = ("*messages*.csv", "inmail*.csv", "invitations*.csv")
CONTACT_FILES = ("connections*.csv", "contacts*.csv", "imported*contacts*.csv")
VISIBILITY = {"PUBLIC": "public", "MEMBER_NETWORK": "connections", "CONNECTIONS": "connections",
              "LOGGED_IN": "members", "LOGGED_IN_MEMBERS": "members", "CONTAINER": "group"}
# Where a Comments.csv record starts: a date or nothing, a comma, a link or nothing, a comma.
# Used only to tell `\"` closing a message that ends in a backslash from an escaped quote (§3.4).
COMMENT_START = re.compile(r"(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?[^,\r\n]{0,8})?,(?:(?:https?://|urn:li:)[^,\s]*)?,")
NOT_A_DATE = "the Date column does not hold a date (a fragment of a record broken by a quote?)"


def _private(archive: Archive) -> Iterator[Problem]:
    """Message and contact files: listed as present, never opened."""
    seen: set[str] = set()
    for patterns, reason in ((MESSAGE_FILES, "private messages: present, not read"),
                             (CONTACT_FILES, "other people's names and contact details: present, not read")):
        for member in archive.find(*patterns):
            if member.where not in seen:
                seen.add(member.where)
                yield Problem(ProblemKind.NOT_READ_PRIVATE, member.where, reason, records=0)


def _rows(archive: Archive, stem: str, required: tuple[str, ...], make: Callable[[Member, Row], Post | Problem],
          record_start: re.Pattern[str] | None = None) -> Iterator[Post | Problem]:
    """Every row of every file named `stem`, each to a Post or a Problem."""
    for member in csv_files(archive, stem):
        for row in table(member, required, record_start):
            if isinstance(row, Problem):
                yield row
            elif row.error:
                yield bad_row(member, row, row.error)
            else:
                yield make(member, row)


def _when(member: Member, row: Row, what: str) -> tuple[datetime | None, Problem | None]:
    """The row's Date as UTC, or the Problem that a blank or non-date Date makes (dates are mandatory)."""
    raw = row.get("date")
    if not raw:
        return None, bad_row(member, row, f"{what} with a blank Date: not audited (a date is mandatory)")
    when = parse_stamp(raw)
    return (when, None) if when else (None, bad_row(member, row, NOT_A_DATE))


def _source(member: Member, row: Row) -> str:
    return f"{member.where}#row{row.number}"


def _share(member: Member, row: Row) -> Post | Problem:
    """A post: commentary, then the shared link and media link so that links are audited too."""
    commentary = clean_text(row.values.get("sharecommentary")).strip()
    shared, media = clean_text(row.get("sharedurl")), clean_text(row.get("mediaurl"))
    if not (commentary or shared):
        return bad_row(member, row, "share with neither commentary nor a shared link (a bare repost or media only): no text to audit")
    text = "\n".join(p for p in (commentary, shared, media) if p)
    link = row.get("sharelink")
    found = urn(link) if link else None
    estimate = False
    when, problem = _when(member, row, "share")
    if problem and not row.get("date") and found and (when := urn_time(found[1])):
        problem, estimate = None, True  # a blank Date: the share's own URN carries its time (§3.6)
    if problem:
        return problem
    visibility = row.get("visibility")
    return Post(platform=NAME, id=found[0] if found else derived_id("post", when, text), created_at=when, text=text,
                kind=Kind.POST, author_is_owner=True, url=link or None, source=_source(member, row),
                audience=VISIBILITY.get(visibility.upper(), visibility.lower()) if visibility else None,
                time_is_estimate=estimate)


def _comment(member: Member, row: Row) -> Post | Problem:
    """The owner's words under a post; `Link` is that post (comments have no permalink of their own).

    A blank Date is a Problem: the only other time in the record is the parent post's, which says
    when the post was made, not the comment, so no date can be derived honestly (DESIGN §4).
    """
    when, problem = _when(member, row, "comment")
    if problem:
        return problem
    text = clean_text(row.values.get("message")).strip()
    if not text:
        return bad_row(member, row, "comment without a message")
    link = row.get("link")
    parent = urn(link) if link else None
    return Post(platform=NAME, id=derived_id("comment", when, link, text), created_at=when, text=text,
                kind=Kind.COMMENT, author_is_owner=True, url=link or None, source=_source(member, row),
                in_reply_to=parent[0] if parent else link or None)


def _reaction(member: Member, row: Row) -> Post | Problem:
    """A like or other reaction: only its type and the post's link are in the export."""
    when, problem = _when(member, row, "reaction")
    if problem:
        return problem
    kind, link = clean_text(row.get("type")), clean_text(row.get("link"))
    if not link:
        return bad_row(member, row, "reaction without a link")
    text = f"{kind} {link}" if kind else link
    return Post(platform=NAME, id=derived_id("reaction", when, text), created_at=when, text=text, kind=Kind.REACTION,
                author_is_owner=False, url=link, source=_source(member, row), label=kind or None)


def _vote(member: Member, row: Row) -> Post | Problem:
    """A poll vote: the chosen option (a political signal when the poll is) and the poll's link."""
    when, problem = _when(member, row, "poll vote")
    if problem:
        return problem
    option, link = clean_text(row.get("optiontext")), clean_text(row.get("link"))
    if not option:
        return bad_row(member, row, "poll vote without the option chosen")
    text = f"{option}\n{link}" if link else option
    return Post(platform=NAME, id=derived_id("vote", when, text), created_at=when, text=text, kind=Kind.REACTION,
                author_is_owner=False, url=link or None, source=_source(member, row), label="poll_vote")


def _repost(member: Member, row: Row) -> Post | Problem:
    """A repost without commentary: someone else's post, known only by its link."""
    when, problem = _when(member, row, "repost")
    if problem:
        return problem
    link = clean_text(row.get("link"))
    if not link:
        return bad_row(member, row, "repost without a link")
    return Post(platform=NAME, id=derived_id("repost", when, link), created_at=when, text=link, kind=Kind.REPOST,
                author_is_owner=False, url=link, source=_source(member, row))


def _follow(member: Member, row: Row) -> Post | Problem:
    """A followed organisation (an affiliation signal); the follow date is optional."""
    organisation = clean_text(row.get("organization")).strip()
    if not organisation:
        return bad_row(member, row, "company follow without an organisation")
    when = parse_stamp(row.get("followedon"))
    return Post(platform=NAME, id=derived_id("page_follow", when, organisation), created_at=when, text=organisation,
                kind=Kind.PAGE_FOLLOW, author_is_owner=False, source=_source(member, row), label=organisation)


def _member_follow(member: Member, row: Row) -> Post | Problem:
    """A person followed (a politician or a party leader is a partisanship signal, as a followed page is). `Status` is
    [P] in FORMATS §3.2: a follow marked inactive or unfollowed is no longer one and is reported, not audited."""
    name = clean_text(row.get("fullname")).strip()
    if not name:
        return bad_row(member, row, "member follow without a name")
    status = clean_text(row.get("status")).strip()
    if status.lower() in ("inactive", "unfollowed", "removed"):
        return bad_row(member, row, f"member follow marked {status!r}: no longer followed, not audited")
    when = parse_stamp(row.get("date"))
    return Post(platform=NAME, id=derived_id("member_follow", when, name), created_at=when, text=name,
                kind=Kind.PAGE_FOLLOW, author_is_owner=False, source=_source(member, row), label=name)


def _event(member: Member, row: Row) -> Post | Problem:
    """An event attended or of interest (a party's fundraiser is a partisanship signal, as a group joined is); its link
    is kept in the text so that it is audited too. An event declined is no affiliation: reported, not audited."""
    name = clean_text(row.get("eventname")).strip()
    if not name:
        return bad_row(member, row, "event without a name")
    status = clean_text(row.get("status")).strip()
    if re.search(r"declin|not[ _]attending|refus", status, re.I):
        return bad_row(member, row, f"event marked {status!r}: not attended, not audited")
    link = clean_text(row.get("externalurl")).strip()
    when = parse_stamp(row.get("eventtime"))
    text = f"{name}\n{link}" if link else name
    return Post(platform=NAME, id=derived_id("event", when, text), created_at=when, text=text, kind=Kind.GROUP,
                author_is_owner=False, url=link or None, source=_source(member, row), label="event")


def parse(archive: Archive) -> Iterator[Post | Problem]:
    """Every post, comment, reaction, article and profile entry of a LinkedIn export."""
    yield from _private(archive)
    yield from _rows(archive, "Shares", ("date", "sharelink", "sharecommentary"), _share)
    yield from _rows(archive, "Comments", ("date", "link", "message"), _comment, COMMENT_START)
    yield from _rows(archive, "Reactions", ("date", "type", "link"), _reaction)
    yield from _rows(archive, "Votes", ("date", "link", "optiontext"), _vote)
    yield from _rows(archive, "InstantReposts", ("date", "link"), _repost)
    yield from _rows(archive, "Company Follows", ("organization",), _follow)
    yield from _rows(archive, "Member_Follows", ("fullname",), _member_follow)
    yield from _rows(archive, "Events", ("eventname",), _event)
    yield from articles(archive)
    entries, url = profile(archive)
    yield from entries
    yield from sections(archive, url)
