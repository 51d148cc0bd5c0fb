"""One Facebook record (a JSON item or an HTML item) to a Post or a Problem (FORMATS §2.3–2.6).

Structure decides the kind: the file a record comes from (posts, comments, reactions…) and
its shape (`data[].post`, `external_context.url == ""` for a re-share, `label_values`). The
localised title only refines it: whose post was commented, liked or shared (_facebook_titles).
Facebook gives no id and no permalink, so the id is a hash of date, kind and text (the same
record in two zips or two JSON layouts gets the same id) and `url` stays None.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.platforms import _facebook_titles as titles
from footprint.platforms._facebook_json import epoch, flatten_labels
from footprint.text import clean_text

PLATFORM = "facebook"
NAME_LABELS = {"name", "nom", "nombre", "nome", "naam", "tên", "title", "titre", "page", "group", "groupe"}
REACTION_LABELS = {"reaction", "réaction", "reacción", "reação", "reazione", "reactie", "type"}


@dataclass
class Rec:
    """What one record says, whatever its layout: the common ground of JSON and HTML items."""

    where: str
    created_at: datetime | None
    title: str = ""
    texts: list[str] = field(default_factory=list)  # the record author's words (post, comment, note, poll)
    extras: list[str] = field(default_factory=list)  # attachment lines: captions, links, places, life events
    names: list[str] = field(default_factory=list)  # page, group or event names
    reshared: bool = False  # external_context with an empty url: a re-shared Facebook post (Cyd#405)
    media: bool = False
    url: str | None = None  # a URL the export gives for the target (page, liked item), never invented
    reaction: str | None = None
    group: str | None = None
    author: str | None = None
    comment: bool = False
    fields: list[tuple[str, Any]] = field(default_factory=list)  # flattened label_values (F4)
    estimate: bool = False  # HTML: local time in an assumed zone


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _join(parts: Iterable[Any], sep: str = " — ") -> str:
    return sep.join(p for p in (_str(x) for x in parts) if p)


def from_json(item: Mapping[str, Any], where: str) -> Rec:
    """A JSON item of any layout (F1–F4) as a Rec; unknown keys are ignored, never fatal."""
    rec = Rec(where, epoch(item.get("timestamp")), title=_str(item.get("title")))
    for d in _dicts(item.get("data")):
        _data(rec, d)
    for attachment in _dicts(item.get("attachments")):
        for d in _dicts(attachment.get("data")):
            _attachment(rec, d)
    if _str(item.get("name")):  # F1 pages and groups: {"name": …, "timestamp": …}
        rec.names.append(_str(item["name"]))
    for key in ("url", "href", "uri"):
        if _str(item.get(key)).startswith(("http://", "https://")):
            rec.url = rec.url or _str(item[key])
    if isinstance(item.get("comment"), (str, Mapping)):  # a bare comment record
        _data(rec, {"comment": item["comment"]})
    if isinstance(item.get("label_values"), list):  # F4 label trees (FORMATS §2.5)
        rec.fields = flatten_labels(item["label_values"])
        rec.created_at = rec.created_at or next((epoch(v) for _, v in rec.fields if epoch(v) and not isinstance(v, str)), None)
    rec.created_at = rec.created_at or epoch(item.get("start_timestamp")) or epoch(item.get("creation_timestamp"))
    return rec


def _data(rec: Rec, d: Mapping[str, Any]) -> None:
    """One `data[]` element: `post`, `comment`, `reaction`, `name` or `text`."""
    if _str(d.get("post")):
        rec.texts.append(_str(d["post"]))
    comment = d.get("comment")
    if isinstance(comment, Mapping):
        rec.comment = True
        if _str(comment.get("comment")):
            rec.texts.append(_str(comment["comment"]))
        rec.group = rec.group or _str(comment.get("group")) or None
        rec.author = rec.author or _str(comment.get("author")) or None
        rec.created_at = rec.created_at or epoch(comment.get("timestamp"))
    elif isinstance(comment, str):
        rec.comment = True
        if comment.strip():
            rec.texts.append(comment.strip())
    reaction = d.get("reaction")
    if isinstance(reaction, Mapping):
        rec.reaction = _str(reaction.get("reaction")) or None
    elif _str(reaction):
        rec.reaction = _str(reaction)
    if _str(d.get("name")):
        rec.names.append(_str(d["name"]))
    if _str(d.get("text")):
        rec.texts.append(_str(d["text"]))


def _attachment(rec: Rec, d: Mapping[str, Any]) -> None:
    """One `attachments[].data[]` element (FORMATS §2.3 field reference)."""
    media = d.get("media")
    if isinstance(media, Mapping):
        rec.media = True
        if _str(media.get("description")):
            rec.extras.append(_str(media["description"]))
    ext = d.get("external_context")
    if isinstance(ext, Mapping):
        url = _str(ext.get("url"))
        if not url and not _str(ext.get("name")):
            rec.reshared = True  # "shared a post": the shared post is not in the export
        else:
            rec.extras.append(_join((ext.get("name"), url)))
    life = d.get("life_event")
    if isinstance(life, Mapping):
        start = life.get("start_date") if isinstance(life.get("start_date"), Mapping) else {}
        when = "-".join(f"{start[k]:02d}" for k in ("year", "month", "day") if isinstance(start.get(k), int) and start[k])
        rec.extras.append(_join((life.get("title"), when)))
    for key in ("place", "event", "fundraiser"):
        value = d.get(key)
        if isinstance(value, Mapping):
            place = value.get("place") if isinstance(value.get("place"), Mapping) else {}
            rec.extras.append(_join((value.get("name"), value.get("title"), value.get("address"), place.get("name"))))
    note = d.get("note")
    if isinstance(note, Mapping):
        rec.texts.append(_join((note.get("title"), note.get("text")), "\n"))
    poll = d.get("poll")
    if isinstance(poll, Mapping):
        options = [("✓ " if o.get("voted") else "") + _str(o.get("option")) for o in _dicts(poll.get("options")) if _str(o.get("option"))]
        rec.texts.append(_join([poll.get("question"), *options], "\n"))
    if _str(d.get("text")):
        rec.texts.append(_str(d["text"]))
    if _str(d.get("name")):  # a shared group or page (Cyd)
        rec.extras.append(_str(d["name"]))


def stable_id(kind: Kind, created_at: datetime | None, text: str, extra: str = "") -> str:
    """sha1 of date, kind and text: the same record from two zips or two layouts, the same id."""
    stamp = str(int(created_at.timestamp())) if created_at else ""
    return hashlib.sha1(f"{stamp}\x1f{kind}\x1f{extra}\x1f{text}".encode()).hexdigest()[:20]


def _distinct(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        text = clean_text(item).strip()
        if text and not any(text in kept for kept in out):
            out.append(text)
    return out


def make_post(rec: Rec, kind: Kind, text: str, *, owner_words: bool, author: str | None = None,
              in_reply_to: str | None = None, audience: str | None = None, label: str | None = None) -> Post:
    """A Post with the derived id; text is cleaned here, once (mojibake was fixed on decoding)."""
    text = clean_text(text).strip()
    extra = label or "" if kind is Kind.PROFILE else ""  # a reaction's label ("LIKE", "Like") varies by layout
    return Post(platform=PLATFORM, id=stable_id(kind, rec.created_at, text, extra), created_at=rec.created_at,
                text=text, kind=kind, author_is_owner=owner_words, url=rec.url if kind in (Kind.LIKE, Kind.REACTION, Kind.PAGE_FOLLOW, Kind.GROUP) else None,
                audience=audience, source=rec.where, author=author, in_reply_to=in_reply_to,
                time_is_estimate=rec.estimate, label=label)


def bad(rec: Rec, reason: str) -> Problem:
    """A record that cannot become a post; `where` is `<archive>!<member>#<locator>`."""
    file, _, locator = rec.where.rpartition("#")
    return Problem(ProblemKind.BAD_RECORD, file, reason, f"#{locator}")


def own_post(rec: Rec, owner: str | None, *, group_file: bool = False) -> Post | Problem:
    """A post of the person's own timeline or group: status, link, photo, check-in, life event, re-share."""
    if rec.created_at is None:
        return bad(rec, "post without a date")
    own = _distinct(rec.texts)
    extras = [e for e in _distinct(rec.extras) if not any(e in t for t in own)]
    shared = rec.reshared or titles.is_reshare(rec.title)
    group = rec.group or (titles.group_name(rec.title) if group_file else None)
    audience = f"group:{group}" if group else None
    if shared:
        target = titles.target(rec.title, ("share",), owner)
        if not own:  # a pure re-share: the title is all the export keeps of it
            text = "\n".join(_distinct([rec.title, *extras]))
            if not text:
                return bad(rec, "re-share without any text: nothing to audit")
            return make_post(rec, Kind.REPOST, text, owner_words=False, author=target, audience=audience)
        return make_post(rec, Kind.QUOTE, "\n".join(_distinct([*own, *extras, rec.title])), owner_words=True, audience=audience)
    text = "\n".join(own + extras)
    if not text:
        what = "photo or video without a caption (the image itself is not read)" if rec.media else "post without text"
        return bad(rec, f"{what}: nothing to audit")
    wall_of = titles.target(rec.title, ("wall",), owner)
    return make_post(rec, Kind.POST, text, owner_words=True, in_reply_to=wall_of, audience=audience)


def wall_post(rec: Rec, owner: str | None) -> Post | Problem:
    """A post someone else wrote on the person's timeline: their words, not the owner's."""
    if rec.created_at is None:
        return bad(rec, "timeline post without a date")
    text = "\n".join(_distinct([*rec.texts, *rec.extras]))
    if not text:
        return bad(rec, "timeline post by someone else without text: nothing to audit")
    author = titles.wall_author(rec.title) or titles.actor(rec.title, "wall") or (rec.author if rec.author != owner else None)
    return make_post(rec, Kind.POST, text, owner_words=False, author=author)


def comment(rec: Rec, owner: str | None) -> Post | Problem:
    """A comment the person wrote; the commented post is not in the export, only its author's name."""
    if rec.created_at is None:
        return bad(rec, "comment without a date")
    text = "\n".join(_distinct([*rec.texts, *rec.extras]))
    if not text:
        return bad(rec, "comment without text (a sticker or GIF only): nothing to audit")
    audience = f"group:{rec.group}" if rec.group else None
    return make_post(rec, Kind.COMMENT, text, owner_words=True, in_reply_to=titles.target(rec.title, ("comment",), owner), audience=audience)


def _field(rec: Rec, labels: set[str]) -> str | None:
    """The first string value whose (last) label is one of `labels` (localised label sets)."""
    for label, value in rec.fields:
        if isinstance(value, str) and value.strip() and label.rsplit("/", 1)[-1].strip().lower() in labels:
            return value.strip()
    return None


def _field_strings(rec: Rec, skip: Iterable[str | None]) -> list[str]:
    """Every string value of the label tree that is not a URL or one of `skip`."""
    skipped = {s for s in skip if s}
    return [v.strip() for _, v in rec.fields if isinstance(v, str) and v.strip() and not v.startswith(("http://", "https://")) and v.strip() not in skipped]


def reaction(rec: Rec, owner: str | None) -> Post | Problem:
    """A like or reaction: only the target's name survives, kept as the text for later classifiers."""
    value = rec.reaction or _field(rec, REACTION_LABELS) or next((v for _, v in rec.fields if isinstance(v, str) and titles.is_like_word(v)), None)
    rec.title = rec.title or next(iter(_distinct(rec.texts)), "")  # HTML without a title element: its only line
    target = titles.target(rec.title, ("like", "react"), owner) or _field(rec, NAME_LABELS)
    rec.url = rec.url or next((v for _, v in rec.fields if isinstance(v, str) and v.startswith(("http://", "https://"))), None)
    text = target or rec.title or " — ".join(_field_strings(rec, [value]))
    if not text:
        return bad(rec, "reaction without a title or target: nothing to audit")
    like = titles.is_like_word(value) if value else titles.is_like_title(rec.title)
    return make_post(rec, Kind.LIKE if like else Kind.REACTION, text, owner_words=False, author=target, label=value)


def profile_update(rec: Rec) -> Post | Problem:
    """A dated profile change (`profile_updates[_v2]`, FORMATS §2.2): the owner's own content.

    The new value is in the attachments when the export keeps it (a life event, a caption); when
    it does not, the title ("… updated her political views.") is all there is, and is kept.
    """
    if rec.created_at is None:
        return bad(rec, "profile update without a date")
    text = "\n".join(_distinct([*rec.texts, *rec.extras])) or rec.title
    if not text.strip():
        return bad(rec, "profile update without any text: nothing to audit")
    return make_post(rec, Kind.PROFILE, text, owner_words=True, label="profile_update")


def membership(rec: Rec, kind: Kind) -> Post | Problem:
    """A page liked or followed, a group joined or an event attended: the name is the text."""
    name = next(iter(_distinct(rec.names)), None) or _field(rec, NAME_LABELS)
    if kind is Kind.GROUP and not name:
        name = titles.group_name(rec.title)
    name = name or next(iter(_field_strings(rec, [])), None) or next(iter(_distinct(rec.texts)), None) or rec.title
    if not name:
        return bad(rec, "page, group or event without a name: nothing to audit")
    return make_post(rec, kind, name, owner_words=False, label=clean_text(name).strip())
