"""Reading one Facebook file into records and Problems: record files streamed, small ones whole.

Record files (posts, comments, reactions, pages, groups, events, media lists) go through
`_facebook_json.stream_records`: one record decoded and un-mojibaked at a time, so memory holds
about one 1 MiB piece of a file whatever its size. The profile and album files are small and
read whole (`load`). HTML pages are read whole in both cases (the parser needs the page).
A file's own problem (cut, unknown layout, unreadable) comes before its records' problems.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from typing import Any

from footprint.model import Problem, ProblemKind
from footprint.platforms import _facebook_records as records
from footprint.platforms._archive import Archive, Member, MemberReadError
from footprint.platforms._facebook_html import HtmlItem, html_items, parse_html
from footprint.platforms._facebook_json import JsonFileError, Unread, first_char, load, stream_records
from footprint.platforms._facebook_records import Rec
from footprint.text import fix_meta_mojibake


class Reader:
    """One archive's parse: the owner's name (to recognise "their own" titles) and problems."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.owner: str | None = None
        self.problems: list[Problem] = []
        self.own_texts: set[bytes] = set()  # digests of the owner's posts, for album captions (16 bytes each)

    def bad_file(self, member: Member, reason: str, at: int | None = None) -> None:
        """A file that cannot be read (or not to its end); `at` puts it before its records' problems."""
        problem = Problem(ProblemKind.BAD_FILE, member.where, reason, records=0)
        self.problems.insert(len(self.problems) if at is None else at, problem)

    def document(self, member: Member) -> tuple[str, Any] | None:
        """A small file read whole: ("json", document) or ("html", tree) whatever the extension says; None after a Problem."""
        try:
            text = member.read_text()
        except MemberReadError as exc:
            self.bad_file(member, f"cannot read: {exc}")
            return None
        if text.lstrip()[:1] == "<":
            return "html", _html(text)
        try:
            return "json", load(text)
        except JsonFileError as exc:
            self.bad_file(member, f"cannot read: {exc}")
            return None

    def stream(self, member: Member) -> tuple[str, Any] | None:
        """A record file: ("json", its (key, index, record) streamed) or ("html", tree); None after a Problem."""
        try:
            head, pieces = first_char(member.iter_text())
            if head == "<":
                return "html", _html("".join(pieces))
        except MemberReadError as exc:
            self.bad_file(member, f"cannot read: {exc}")
            return None
        return "json", self._streamed(member, pieces)

    def _streamed(self, member: Member, pieces: Iterator[str]) -> Iterator[tuple[str, int, Any]]:
        """The records of a JSON file as they are decoded; a cut, an unknown layout or a read error, a Problem."""
        first, read = len(self.problems), 0  # the file's own problem goes before its records' problems
        try:
            for item in stream_records(pieces):
                if isinstance(item, Unread):
                    self.bad_file(member, item.reason, first)
                    return
                read += 1
                yield item
        except JsonFileError as exc:
            self.bad_file(member, f"cannot read: {exc}", first)
        except MemberReadError as exc:  # streamed: the records before the error were read
            reason = f"cannot read after record {read}: {exc}; the rest could not be read" if read else f"cannot read: {exc}"
            self.bad_file(member, reason, first)

    def recs(self, member: Member) -> Iterator[tuple[str, Rec]]:
        """(list key, record) of every record of a JSON or HTML file; what is not a record, a Problem."""
        found = self.stream(member)
        if found is None:
            return
        form, doc = found
        if form == "html":
            items, _ = html_items(doc)
            if not items and len(doc.lines()) > 2:  # text, but neither known classes nor dates
                self.bad_file(member, "unknown layout: no records found in this HTML page")
            for index, item in enumerate(items):
                yield "", _html_rec(item, f"{member.where}#{index}")
            return
        for key, index, item in doc:
            where = f"{member.where}#{key}/{index}" if key else f"{member.where}#{index}"
            if isinstance(item, Mapping):
                yield key, records.from_json(item, where)
            else:
                self.problems.append(Problem(ProblemKind.BAD_RECORD, member.where, "record is not a JSON object", f"#{where.rpartition('#')[2]}"))

    @staticmethod
    def own(text: str) -> bytes:
        """A post's text as a digest: the owner's texts are kept to skip album captions, not the texts."""
        return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _html(text: str) -> Any:
    """The HTML export is believed to be clean UTF-8 (FORMATS §2.8); fixing the whole page at
    once is a no-op for clean text and undoes mojibake if a page has it after all."""
    return parse_html(fix_meta_mojibake(text))


def _html_rec(item: HtmlItem, where: str) -> Rec:
    """An HTML item as a Rec: its lines are the text, its links not already in the text are extras."""
    text = "\n".join(item.lines)
    return Rec(where, item.created_at, title=item.title, texts=list(item.lines),
               extras=[link for link in item.links if link not in text], names=list(item.lines[:1]), estimate=True)
