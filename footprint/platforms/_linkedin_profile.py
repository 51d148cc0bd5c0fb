"""LinkedIn profile sections and articles (FORMATS.md §3.2): the owner's own words about themselves.

Profile fields, positions, education, skills and uploaded media become Kind.PROFILE entries whose
`label` names the field ("headline", "position:Analyste en politiques @ EDSC"). Their id hashes the
text, so a field that changed between two exports gives two entries and an unchanged one dedupes.
Volunteer, Projects, Publications, Honors, Recommendations_Given and Endorsement_Given_Info (the skills the person
endorsed, and whose) have no verified header, so each row is read generically: its non-date cells, labelled
"volunteer:<first cell>" and so on.
Articles (`Articles/Articles/<slug>.html`) are posts; their date comes from the "Created on" /
"Published on" lines LinkedIn writes under the title, when present.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from functools import partial
from html.parser import HTMLParser
from pathlib import PurePosixPath
from typing import Iterator
from urllib.parse import unquote, urlparse

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.platforms._archive import Archive, Member, MemberReadError
from footprint.platforms._linkedin_csv import Row, bad_row, csv_files, table
from footprint.platforms._linkedin_time import parse_month, parse_stamp
from footprint.text import clean_text

PLATFORM = "linkedin"
# Profile.csv column (normalised) -> entry label. First + last name are joined into "name".
PROFILE_FIELDS = (
    ("maidenname", "maiden_name"), ("headline", "headline"), ("summary", "summary"), ("industry", "industry"),
    ("geolocation", "geo_location"), ("address", "address"), ("zipcode", "zip_code"), ("birthdate", "birth_date"),
    ("websites", "websites"), ("twitterhandles", "twitter_handles"), ("instantmessengers", "instant_messengers"),
)
# Not in any verified header (FORMATS §3.2); read if a future export adds it, else entries have no url.
PROFILE_URL_COLUMNS = ("publicprofileurl", "profileurl")
# Owner-written sections whose headers FORMATS §3.2 does not give (the first line is taken as the header).
GENERIC_SECTIONS = (("Volunteer", "volunteer"), ("Projects", "project"), ("Publications", "publication"),
                    ("Honors", "honor"), ("Recommendations_Given", "recommendation_given"),
                    ("Endorsement_Given_Info", "endorsement_given"))
_SHORT_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}(,? \d{1,2}:\d\d( ?[AP]M)?)?$|^[A-Z][a-z]{2} \d{1,2}, \d{4}$"
                         r"|^\d{4}/\d{1,2}/\d{1,2}( \d{1,2}:\d\d(:\d\d)?)?( UTC)?$")  # the last: endorsements' dates [U]
_DATE_LINE = re.compile(r"^(created|published|créé|publié)\s*(?:on|le)?\s*:?\s*(\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?)\s*(?:UTC|GMT)?$", re.I)


def _entry(member: Member, locator: str, label: str, text: str, *, key: str | None = None, salt: str = "",
           when: datetime | None = None, estimate: bool = False, url: str | None = None) -> Post:
    """One profile entry; its id is the field plus a hash of its label and text (and salt)."""
    key = key or label
    digest = hashlib.sha1(f"{label}\x1f{text}\x1f{salt}".encode("utf-8")).hexdigest()[:10]
    return Post(platform=PLATFORM, id=f"{key}:{digest}", created_at=when, text=text, kind=Kind.PROFILE,
                author_is_owner=True, url=url, source=f"{member.where}#{locator}", label=label, time_is_estimate=estimate)


def _cell(row: Row, *names: str) -> str:
    """A cleaned, stripped cell; LinkedIn wraps list cells in brackets (`[noemie_lo]`)."""
    value = clean_text(row.get(*names)).strip()
    return value[1:-1].strip() if value.startswith("[") and value.endswith("]") else value


def _lines(*parts: str) -> str:
    """Non-empty parts, one per line."""
    return "\n".join(p for p in parts if p)


def profile(archive: Archive) -> tuple[list[Post | Problem], str | None]:
    """Profile.csv (one row; older exports may hold more) and Profile Summary.csv, and the profile URL.

    Read eagerly (a few hundred bytes) because the URL, when an export names it, goes on every entry.
    """
    rows: list[tuple[Member, Row | Problem]] = [(m, r) for m in csv_files(archive, "Profile") for r in table(m, ("firstname", "headline"))]
    rows += [(m, r) for m in csv_files(archive, "Profile Summary") for r in table(m, ("profilesummary",))]
    url = next((r.get(*PROFILE_URL_COLUMNS) for _, r in rows if isinstance(r, Row) and r.get(*PROFILE_URL_COLUMNS)), None)
    items: list[Post | Problem] = []
    for member, row in rows:
        if isinstance(row, Problem) or row.error:
            items.append(row if isinstance(row, Problem) else bad_row(member, row, row.error))
            continue
        name = " ".join(p for p in (_cell(row, "firstname"), _cell(row, "lastname")) if p)
        fields = [("name", name)] + [(label, _cell(row, column)) for column, label in PROFILE_FIELDS]
        fields.append(("summary", _cell(row, "profilesummary")))
        items.extend(_entry(member, f"row{row.number}", label, text, url=url) for label, text in fields if text)
    return items, url


def sections(archive: Archive, url: str | None) -> Iterator[Post | Problem]:
    """Positions, Education, Skills and Rich_Media, one entry per row."""
    specs = [("Positions", ("companyname", "title"), _position), ("Education", ("schoolname",), _education),
             ("Skills", ("name",), _skill), ("Rich Media", ("datetime", "medialink"), _media)]
    specs += [(stem, (), partial(_generic, label)) for stem, label in GENERIC_SECTIONS]
    for stem, required, make in specs:
        for member in csv_files(archive, stem):
            for row in table(member, required):
                if isinstance(row, Problem):
                    yield row
                elif row.error:
                    yield bad_row(member, row, row.error)
                else:
                    yield make(member, row, url)


def _position(member: Member, row: Row, url: str | None) -> Post | Problem:
    """A job: title @ company, description, location; dated by its start month (an estimate)."""
    title, company = _cell(row, "title"), _cell(row, "companyname")
    if not (title or company):
        return bad_row(member, row, "position without a title or a company")
    heading = f"{title} @ {company}" if title and company else title or company
    text = _lines(heading, _cell(row, "description"), _cell(row, "location"))
    started = parse_month(row.get("startedon"))
    return _entry(member, f"row{row.number}", f"position:{heading}", text, key="position",
                  when=started, estimate=started is not None, url=url)


def _education(member: Member, row: Row, url: str | None) -> Post | Problem:
    """A school with degree, notes and activities (club memberships can be partisan)."""
    school = _cell(row, "schoolname")
    text = _lines(school, _cell(row, "degreename"), _cell(row, "notes"), _cell(row, "activities"))
    if not text:
        return bad_row(member, row, "education entry without any text")
    started = parse_month(row.get("startdate"))
    return _entry(member, f"row{row.number}", f"education:{school}" if school else "education", text,
                  key="education", when=started, estimate=started is not None, url=url)


def _skill(member: Member, row: Row, url: str | None) -> Post | Problem:
    """One listed skill."""
    name = _cell(row, "name")
    return _entry(member, f"row{row.number}", "skill", name, url=url) if name else bad_row(member, row, "skill without a name")


def _generic(label: str, member: Member, row: Row, url: str | None) -> Post | Problem:
    """A row of a section whose header is unverified: every non-date cell, one per line."""
    cells = [clean_text(v).strip() for v in row.values.values()]
    kept = [c for c in cells if c and not (parse_month(c) or parse_stamp(c) or _SHORT_DATE.match(c))]
    if not kept:
        return bad_row(member, row, f"{label} entry without any text")
    return _entry(member, f"row{row.number}", f"{label}:{kept[0]}", "\n".join(kept), key=label, url=url)


def _media(member: Member, row: Row, url: str | None) -> Post | Problem:
    """An uploaded photo or document: its description and link, dated from the prose Date/Time."""
    text = _lines(_cell(row, "mediadescription"), _cell(row, "medialink"))
    if not text:
        return bad_row(member, row, "media entry without a description or a link")
    when = parse_stamp(row.get("datetime"))
    return _entry(member, f"row{row.number}", "rich_media", text, salt=row.get("datetime"), when=when, url=url)


class _ArticleHTML(HTMLParser):
    """Title, the <h1> link, and the text of every block, with whitespace folded (stdlib only)."""

    BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li blockquote pre tr section article figcaption ul ol table hr".split())
    BREAK = "\u2028"  # stands for <br> until the block's whitespace is folded

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.heading: list[str] = []
        self.url: str | None = None
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._in_title = self._in_h1 = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "br":
            self._buf.append(self.BREAK)
        elif tag in self.BLOCKS:
            self._flush()
            self._in_h1 = tag == "h1"
        elif tag == "a" and self._in_h1 and self.url is None:
            self.url = dict(attrs).get("href") or None

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCKS:
            self._flush()
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        (self.title if self._in_title else self._buf).append(data)

    def _flush(self) -> None:
        lines = ("".join(self._buf)).split(self.BREAK)
        text = "\n".join(filter(None, (" ".join(line.split()) for line in lines)))
        self._buf = []
        if text:
            (self.heading if self._in_h1 else self.blocks).append(text)


def _article(member: Member) -> Post | Problem:
    """One article file to a post; the date lines are taken out of the text."""
    try:
        page = _ArticleHTML()
        page.feed(member.read_text())
        page.close()
    except MemberReadError as exc:
        return Problem(ProblemKind.BAD_FILE, member.where, f"cannot read: {exc}")
    dates: dict[str, datetime | None] = {}
    body = []
    for block in page.blocks:
        m = _DATE_LINE.match(block)
        if m:
            dates["published" if m.group(1).lower() in ("published", "publié") else "created"] = parse_stamp(m.group(2))
        else:
            body.append(block)
    title = " ".join(page.heading) or " ".join(" ".join(page.title).split())
    text = clean_text("\n\n".join(p for p in [title, *body] if p)).strip()
    if not text:
        return Problem(ProblemKind.BAD_RECORD, member.where, "article without any text")
    # Prefer the public date. With neither line the article is still the owner's words, so it is
    # kept with created_at None rather than dropped as a Problem (DESIGN §4 allows no date here).
    when = dates.get("published") or dates.get("created")
    url = page.url if page.url and "/pulse/" in page.url else None
    slug = unquote(urlparse(url).path.rstrip("/").rsplit("/", 1)[-1]) if url else PurePosixPath(member.path).stem
    return Post(platform=PLATFORM, id=f"article:{slug}", created_at=when, text=text, kind=Kind.POST,
                author_is_owner=True, url=url, source=member.where, label="article")


def articles(archive: Archive) -> Iterator[Post | Problem]:
    """Every `*.html` under an `Articles` folder (FORMATS §3.1: `Articles/Articles/<slug>.html`)."""
    for member in archive.find("*.html", "*.htm"):
        if any(part.lower() == "articles" for part in PurePosixPath(member.path).parts[:-1]):
            yield _article(member)
