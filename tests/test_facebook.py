"""The Facebook parser on every layout (F1–F4 JSON, old/new/unknown HTML), built as Meta writes them (FORMATS.md §2)."""

from __future__ import annotations

import fnmatch
import json
import zipfile
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from footprint.model import Kind, Post, Problem, ProblemKind
from footprint.pipeline import read_posts
from footprint.platforms import facebook, gather, sniff, twitter
from footprint.platforms._archive import Archive, FolderSource, Member
from footprint.platforms._facebook_dates import parse_html_date
from footprint.platforms._facebook_json import flatten_labels
from tests.sample_builders.make_facebook_samples import meta_json

ME = "Noémie Laflamme-Okafor"
UTC = timezone.utc


def meta(obj) -> str:
    """A JSON file as Meta serialises it (the sample builder's own serialiser), as text."""
    return meta_json(obj).decode("ascii")


def write(root: Path, files: dict[str, object]) -> Path:
    """Files under root: str and bytes as given, anything else as Meta JSON."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content if isinstance(content, str) else meta(content), encoding="utf-8")
    return root


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    return target


def parse(*paths: Path) -> tuple[list[Post], list[Problem]]:
    inputs = gather(list(paths))
    platform, archive = inputs.archives["facebook"]
    items = list(platform.parse(archive))
    assert all(isinstance(i, (Post, Problem)) for i in items)
    return [i for i in items if isinstance(i, Post)], [i for i in items if isinstance(i, Problem)] + inputs.problems


def ts(y: int, mo: int, d: int, h: int = 12, mi: int = 0) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=UTC).timestamp())


def status(when: int, text: str, title: str | None = None) -> dict:
    item = {"timestamp": when, "data": [{"post": text}, {"update_timestamp": when}]}
    if title:
        item["title"] = title
    return item


def by_text(posts: list[Post]) -> dict[str, Post]:
    return {p.text: p for p in posts}


# --------------------------------------------------------------------------- JSON layouts

def test_f1_layout_posts_comments_reactions_pages(tmp_path):
    write(tmp_path, {
        "posts/your_posts_1.json": [
            status(ts(2016, 4, 22), "Fière de mon équipe 🎉", f"{ME} a mis à jour son statut."),
            {"timestamp": ts(2017, 10, 16), "data": [{"post": "Voilà ce qui arrive."}], "title": f"{ME} a partagé un lien.",
             "attachments": [{"data": [{"external_context": {"url": "https://news.example.com/x", "name": "Compressions à l'agence", "source": "news.example.com"}}]}]},
        ],
        "comments/comments.json": {"comments": [
            {"timestamp": ts(2019, 4, 18), "data": [{"comment": {"timestamp": ts(2019, 4, 18), "comment": "Tellement d'accord!", "author": ME}}],
             "title": f"{ME} a commenté la publication de Marc Dubois."}]},
        "likes_and_reactions/posts_and_comments.json": {"reactions": [
            {"timestamp": ts(2021, 1, 15), "data": [{"reaction": {"reaction": "LIKE", "actor": ME}}], "title": f"{ME} a aimé la publication de Pierre Poilievre."}]},
        "likes_and_reactions/pages.json": {"page_likes": [{"name": "Club de vélo de Gatineau", "timestamp": ts(2014, 4, 2)}]},
    })
    posts, problems = parse(tmp_path)
    got = by_text(posts)
    assert set(got) == {"Fière de mon équipe 🎉", "Voilà ce qui arrive.\nCompressions à l'agence — https://news.example.com/x",
                        "Tellement d'accord!", "Pierre Poilievre", "Club de vélo de Gatineau"}
    status_post = got["Fière de mon équipe 🎉"]
    assert (status_post.kind, status_post.author_is_owner, status_post.url) == (Kind.POST, True, None)
    assert status_post.created_at == datetime(2016, 4, 22, 12, tzinfo=UTC)
    assert status_post.source.endswith("!posts/your_posts_1.json#0")
    assert got["Tellement d'accord!"].kind is Kind.COMMENT and got["Tellement d'accord!"].in_reply_to == "Marc Dubois"
    page = got["Club de vélo de Gatineau"]
    assert (page.kind, page.author_is_owner, page.label) == (Kind.PAGE_FOLLOW, False, "Club de vélo de Gatineau")
    assert problems == []


def test_the_brief_example_reaction_keeps_the_target_name(tmp_path):
    write(tmp_path, {"likes_and_reactions/posts_and_comments.json": {"reactions": [
        {"timestamp": ts(2021, 1, 15), "data": [{"reaction": {"reaction": "LIKE", "actor": "Noémie"}}], "title": "Noémie a aimé la publication de Pierre Poilievre."},
        {"timestamp": ts(2021, 1, 16), "data": [{"reaction": {"reaction": "ANGER", "actor": "Noémie"}}], "title": "Noémie reacted to Jagmeet Singh's comment."},
        {"timestamp": ts(2021, 1, 17), "data": [{"reaction": {"reaction": "LIKE", "actor": "Noémie"}}], "title": "Noémie synes godt om Pers opslag."},
    ]}})
    posts, _ = parse(tmp_path)
    like, angry, danish = sorted(posts, key=lambda p: p.created_at)
    assert (like.kind, like.text, like.author, like.label, like.author_is_owner) == (Kind.LIKE, "Pierre Poilievre", "Pierre Poilievre", "LIKE", False)
    assert (angry.kind, angry.text, angry.author, angry.label) == (Kind.REACTION, "Jagmeet Singh", "Jagmeet Singh", "ANGER")
    # a language without patterns: the whole title is kept, so the name is still there to classify
    assert (danish.kind, danish.text, danish.author) == (Kind.LIKE, "Noémie synes godt om Pers opslag.", None)


def test_f2_layout_v2_keys(tmp_path):
    write(tmp_path, {
        "posts/your_posts_1.json": [status(ts(2021, 3, 1), "Bonjour")],
        "comments_and_reactions/comments.json": {"comments_v2": [
            {"timestamp": ts(2021, 3, 2), "data": [{"comment": {"timestamp": ts(2021, 3, 2), "comment": "Bravo!", "author": ME}}],
             "title": f"{ME} replied to Julie Bouchard-Côté's comment."}]},
        "comments_and_reactions/posts_and_comments.json": {"reactions_v2": [
            {"timestamp": ts(2021, 3, 3), "data": [{"reaction": {"reaction": "HAHA", "actor": ME}}], "title": f"{ME} reacted to Marc Dubois's post."}]},
        "pages/pages_you've_liked.json": {"page_likes_v2": [{"name": "NPD Outaouais", "url": "https://www.facebook.com/npd.example", "timestamp": ts(2015, 9, 1)}]},
    })
    got = by_text(parse(tmp_path)[0])
    assert got["Bravo!"].in_reply_to == "Julie Bouchard-Côté"
    assert got["Marc Dubois"].kind is Kind.REACTION and got["Marc Dubois"].label == "HAHA"
    assert got["NPD Outaouais"].url == "https://www.facebook.com/npd.example"


def test_f3_layout_numbered_reaction_files_and_profile_v2(tmp_path):
    a = "your_activity_across_facebook"
    write(tmp_path, {
        f"{a}/posts/your_posts__check_ins__photos_and_videos_1.json": [status(ts(2023, 5, 1), "Printemps 🌷")],
        f"{a}/comments_and_reactions/likes_and_reactions_1.json": [
            {"timestamp": ts(2023, 5, 2), "data": [{"reaction": {"reaction": "LIKE", "actor": ME}}], "title": f"{ME} likes Jagmeet Singh's post."}],
        f"{a}/comments_and_reactions/likes_and_reactions_2.json": [
            {"timestamp": ts(2023, 5, 3), "data": [{"reaction": {"reaction": "LOVE", "actor": ME}}], "title": f"{ME} a réagi à la photo de Julie."}],
        "personal_information/profile_information/profile_information.json": {"profile_v2": {
            "name": {"full_name": ME}, "emails": {"emails": ["n@example.com"], "previous_emails": []},
            "birthday": {"year": 1988, "month": 3, "day": 14},
            "current_city": {"name": "Gatineau, Québec", "timestamp": ts(2012, 7, 1)},
            "hometown": {"name": "Rimouski, Québec"},
            "family_members": [{"name": "Amara", "relation": "Daughter"}],
            "work_experiences": [{"employer": "EDSC", "title": "Analyste", "start_timestamp": ts(2019, 9, 3)}],
            "education_experiences": [{"name": "Université d'Ottawa", "concentrations": ["Affaires publiques"], "school_type": "Graduate School"}],
            "websites": [{"address": "https://n.example.com"}],
            "phone_numbers": [{"phone_type": "Mobile", "phone_number": "819 555-0147"}],
            "political_view": {"name": "Progressiste"}, "religious_view": {"name": "Aucune"},
            "registration_timestamp": ts(2008, 2, 3), "profile_uri": "https://www.facebook.com/profile.php?id=100004567890123",
        }},
    })
    posts, problems = parse(tmp_path)
    assert [(p.kind, p.text) for p in posts if p.kind in (Kind.LIKE, Kind.REACTION)] == [(Kind.LIKE, "Jagmeet Singh"), (Kind.REACTION, "Julie")]
    profile = [(p.label, p.text, p.created_at) for p in posts if p.kind is Kind.PROFILE]
    assert profile == [
        ("name", ME, None), ("email", "n@example.com", None), ("birthday", "1988-03-14", None),
        ("current_city", "Gatineau, Québec", datetime(2012, 7, 1, 12, tzinfo=UTC)), ("hometown", "Rimouski, Québec", None),
        ("family_member", "Amara — Daughter", None), ("work", "Analyste — EDSC", datetime(2019, 9, 3, 12, tzinfo=UTC)),
        ("education", "Université d'Ottawa — Graduate School — Affaires publiques", None), ("website", "https://n.example.com", None),
        ("phone", "819 555-0147 — Mobile", None), ("political_view", "Progressiste", None), ("religious_view", "Aucune", None),
    ]
    assert all(p.author_is_owner and p.url == "https://www.facebook.com/profile.php?id=100004567890123" for p in posts if p.kind is Kind.PROFILE)
    assert problems == []


@pytest.mark.parametrize("folder, key", [("profile_information", "profile_updates"), ("personal_information/profile_information", "profile_updates_v2")])
def test_profile_update_history_is_the_owners_own_profile_entries(tmp_path, folder, key):
    """FORMATS §2.2, §2.10: profile changes (F1 `profile_updates`, F2+ `profile_updates_v2`) are the owner's content."""
    write(tmp_path, {
        "posts/your_posts_1.json": [status(ts(2023, 5, 1), "Printemps")],
        f"{folder}/profile_update_history.json": {key: [
            {"timestamp": ts(2022, 4, 2), "title": f"{ME} updated her work and education.",
             "attachments": [{"data": [{"life_event": {"title": "Started New Job at Springfield Party HQ", "start_date": {"year": 2022, "month": 4, "day": 1}}}]}]},
            {"timestamp": ts(2021, 1, 5), "title": f"{ME} updated her political views."},
        ]},
    })
    posts, problems = parse(tmp_path)
    updates = [(p.kind, p.text, p.created_at, p.author_is_owner) for p in posts if p.kind is Kind.PROFILE]
    assert updates == [
        (Kind.PROFILE, "Started New Job at Springfield Party HQ — 2022-04-01", datetime(2022, 4, 2, 12, tzinfo=UTC), True),
        (Kind.PROFILE, f"{ME} updated her political views.", datetime(2021, 1, 5, 12, tzinfo=UTC), True),
    ]
    assert problems == []


def test_f4_layout_label_values_parts_groups_events(tmp_path):
    a = "your_facebook_activity"
    write(tmp_path, {
        f"{a}/posts/your_posts__check_ins__photos_and_videos_2.json": [status(ts(2019, 1, 1), "older part")],
        f"{a}/posts/your_posts__check_ins__photos_and_videos_10.json": [status(ts(2018, 1, 1), "oldest part")],
        f"{a}/posts/your_posts__check_ins__photos_and_videos_1.json": [status(ts(2025, 1, 1), "newest part")],
        f"{a}/comments_and_reactions/likes_and_reactions.json": [
            {"timestamp": ts(2024, 5, 4), "label_values": [{"label": "Reaction", "value": "Like"},
                                                           {"title": "Author", "dict": [{"dict": [{"label": "Name", "value": "Jagmeet Singh"}]}]},
                                                           {"label": "URL", "href": "https://www.facebook.com/js.example/posts/1"}], "fbid": "123"},
            {"timestamp": ts(2024, 5, 5), "label_values": [{"label": "Cảm xúc", "value": "Thích"}, {"label": "Tên", "value": "Marc Dubois"}]},
        ],
        f"{a}/groups/your_group_membership_activity.json": {"groups_joined_v2": [
            {"timestamp": ts(2019, 8, 20), "data": [{"name": "Bénévoles NPD Gatineau"}], "title": "You became a member of Bénévoles NPD Gatineau."},
            {"timestamp": ts(2020, 1, 1), "title": "Vous êtes devenue membre de Vélo Outaouais."}]},
        f"{a}/groups/group_posts_and_comments.json": {"group_posts_v2": [status(ts(2021, 9, 8), "Porte-à-porte ce soir!", f"{ME} posted in Bénévoles NPD Gatineau.")]},
        f"{a}/groups/your_comments_in_groups.json": {"group_comments_v2": [
            {"timestamp": ts(2023, 5, 2), "data": [{"comment": {"timestamp": ts(2023, 5, 2), "comment": "Merci!", "author": ME, "group": "Parents"}}],
             "title": f"{ME} commented on Sophie Tremblay's post."}]},
        f"{a}/events/your_event_responses.json": {"event_responses_v2": {
            "events_joined": [{"name": "Rassemblement NPD", "start_timestamp": ts(2021, 9, 11)}],
            "events_declined": [{"name": "Souper PLC", "start_timestamp": ts(2021, 9, 12)}],
            "events_interested": [{"name": "Marche pour le climat", "start_timestamp": ts(2023, 9, 23)}]}},
        f"{a}/pages/pages_and_profiles_you_follow.json": {"pages_followed_v2": [{"timestamp": ts(2021, 8, 15), "data": [{"name": "NPD"}], "title": "NPD"}]},
    })
    posts, problems = parse(tmp_path)
    assert [p.text for p in posts if p.kind is Kind.POST and p.audience is None] == ["newest part", "older part", "oldest part"]
    likes = [p for p in posts if p.kind is Kind.LIKE]
    assert [(p.text, p.author, p.label, p.url) for p in likes] == [
        ("Jagmeet Singh", "Jagmeet Singh", "Like", "https://www.facebook.com/js.example/posts/1"), ("Marc Dubois", "Marc Dubois", "Thích", None)]
    assert [p.text for p in posts if p.kind is Kind.GROUP] == ["Bénévoles NPD Gatineau", "Vélo Outaouais", "Rassemblement NPD", "Marche pour le climat"]
    group_post = by_text(posts)["Porte-à-porte ce soir!"]
    assert group_post.audience == "group:Bénévoles NPD Gatineau" and group_post.kind is Kind.POST
    group_comment = by_text(posts)["Merci!"]
    assert (group_comment.kind, group_comment.audience, group_comment.in_reply_to) == (Kind.COMMENT, "group:Parents", "Sophie Tremblay")
    assert by_text(posts)["NPD"].kind is Kind.PAGE_FOLLOW
    assert "Souper PLC" not in by_text(posts)
    [declined] = problems  # a declined event is reported, not audited: every record is a post or a problem
    assert declined.kind is ProblemKind.BAD_RECORD and declined.reason == "event declined: not an affiliation, not audited"
    assert declined.file.endswith("your_event_responses.json") and declined.records == 1


def test_post_variants_share_photo_checkin_life_event_note_poll(tmp_path):
    when = ts(2020, 6, 1)
    write(tmp_path, {"your_posts_1.json": [
        {"timestamp": when, "attachments": [{"data": [{"external_context": {"url": ""}}]}], "data": [], "title": f"{ME} a partagé la publication de Jagmeet Singh."},
        {"timestamp": when + 1, "attachments": [{"data": [{"external_context": {"url": ""}}]}], "data": [{"post": "Tellement vrai"}], "title": f"{ME} shared NDP's post."},
        {"timestamp": when + 2, "data": [], "title": f"{ME} shared a post."},
        {"timestamp": when + 3, "attachments": [{"data": [{"media": {"uri": "a.jpg", "description": "Coucher de soleil 🌅", "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": "203.0.113.5"}]}}}}]}],
         "data": [{"post": "Coucher de soleil 🌅"}], "title": f"{ME} added a new photo."},
        {"timestamp": when + 4, "attachments": [{"data": [{"place": {"name": "Marché By", "address": "Ottawa", "coordinate": {"latitude": 45.4}}}]}], "data": [], "title": f"{ME} is at Marché By."},
        {"timestamp": when + 5, "attachments": [{"data": [{"life_event": {"title": "Started New Job at ESDC", "start_date": {"year": 2019, "month": 9, "day": 3}}}]}], "data": [{"update_timestamp": when}]},
        {"timestamp": when + 6, "attachments": [{"data": [{"note": {"title": "Recette", "text": "Tourtière"}}]}], "data": []},
        {"timestamp": when + 7, "attachments": [{"data": [{"poll": {"options": [{"option": "Oui", "voted": True}, {"option": "Non", "voted": False}]}}]}], "data": [{"post": "On vote?"}]},
        {"timestamp": when + 8, "attachments": [{"data": [{"media": {"uri": "b.jpg"}}]}], "data": [], "title": f"{ME} added a new photo."},
        {"data": [{"post": "no date"}]},
    ]})
    posts, problems = parse(tmp_path)
    got = [(p.kind, p.author_is_owner, p.author, p.text) for p in posts]
    assert got == [
        (Kind.REPOST, False, "Jagmeet Singh", f"{ME} a partagé la publication de Jagmeet Singh."),
        (Kind.QUOTE, True, None, f"Tellement vrai\n{ME} shared NDP's post."),
        (Kind.REPOST, False, None, f"{ME} shared a post."),
        (Kind.POST, True, None, "Coucher de soleil 🌅"),
        (Kind.POST, True, None, "Marché By — Ottawa"),
        (Kind.POST, True, None, "Started New Job at ESDC — 2019-09-03"),
        (Kind.POST, True, None, "Recette\nTourtière"),
        (Kind.POST, True, None, "On vote?\n✓ Oui\nNon"),
    ]
    assert [(p.kind, p.locator, p.reason.split(":")[0]) for p in problems] == [
        (ProblemKind.BAD_RECORD, "#8", "photo or video without a caption (the image itself is not read)"),
        (ProblemKind.BAD_RECORD, "#9", "post without a date"),
    ]
    assert "203.0.113.5" not in "".join(p.text for p in posts)


def test_posts_by_others_on_the_timeline_are_not_the_owners_words(tmp_path):
    write(tmp_path, {"posts/other_people's_posts_to_your_timeline.json": {"wall_posts_sent_to_you": {"activity_log_data": [
        status(ts(2018, 3, 14), "Bonne fête!", "Marc Dubois a écrit sur votre journal."),
        status(ts(2019, 3, 14), "Happy birthday!", f"Priya Raman wrote on {ME}'s timeline."),
        status(ts(2020, 3, 14), "Joyeux anniversaire", "Marc Dubois wrote on your timeline."),
    ]}}, "posts/your_posts_1.json": [status(ts(2020, 1, 1), "Bonne fête Marc!", f"{ME} a écrit sur le journal de Marc Dubois.")]})
    got = by_text(parse(tmp_path)[0])
    assert [(got[t].author_is_owner, got[t].author) for t in ("Bonne fête!", "Happy birthday!", "Joyeux anniversaire")] == [
        (False, "Marc Dubois"), (False, "Priya Raman"), (False, "Marc Dubois")]
    assert (got["Bonne fête Marc!"].author_is_owner, got["Bonne fête Marc!"].in_reply_to) == (True, "Marc Dubois")


@pytest.mark.parametrize("title, target", [
    (f"{ME} a commenté la publication de Marc Dubois.", "Marc Dubois"),
    (f"{ME} a commenté la photo d’Émilie Roy.", "Émilie Roy"),
    (f"{ME} a répondu au commentaire de Jean de la Fontaine.", "Jean de la Fontaine"),
    (f"{ME} commented on Pierre Tremblay's post.", "Pierre Tremblay"),
    (f"{ME} replied to Thomas' comment.", "Thomas"),
    (f"{ME} commented on her own post.", ME),
    (f"{ME} a commenté sa propre publication.", ME),
    (f"{ME} kommenterede Pers opslag.", None),  # Danish: structure still says comment, no target
    (None, None),
])
def test_comment_titles_in_french_and_english_name_the_target(tmp_path, title, target):
    item = {"timestamp": ts(2020, 1, 1), "data": [{"comment": {"timestamp": ts(2020, 1, 1), "comment": "Oui", "author": ME}}]}
    if title:
        item["title"] = title
    write(tmp_path, {"comments.json": {"comments_v2": [item]}, "profile_information.json": {"profile_v2": {"name": {"full_name": ME}}}})
    [comment] = [p for p in parse(tmp_path)[0] if p.kind is Kind.COMMENT]
    assert (comment.text, comment.in_reply_to) == ("Oui", target)


# --------------------------------------------------------------------------- mojibake, ids

def test_mojibake_fixed_exactly_once_keys_included_and_clean_text_untouched(tmp_path):
    write(tmp_path, {
        "a/your_posts_1.json": [status(ts(2020, 1, 1), "Été à Québec 😢 👩‍👧"), status(ts(2020, 1, 2), "Le mot Ã© est du mojibake")],
        "a/comments.json": {"commentaires_données": [{"timestamp": ts(2020, 1, 3), "data": [{"comment": {"comment": "Ça va"}}]}]},
        # written correctly (UTF-8, not escaped): must come out unchanged
        "b/your_posts_2.json": json.dumps([status(ts(2021, 1, 1), "Noémie déjà là 😢 — « ok »")], ensure_ascii=False),
    })
    raw = (tmp_path / "a/your_posts_1.json").read_text()
    assert "\\u00c3\\u0089t\\u00c3\\u00a9" in raw  # the fixture really is Meta's escaping
    posts, _ = parse(tmp_path)
    texts = [p.text for p in posts]
    assert "Été à Québec 😢 👩‍👧" in texts
    assert "Le mot Ã© est du mojibake" in texts  # fixed once; a second fix would have made it "é"
    assert "Noémie déjà là 😢 — « ok »" in texts
    [comment] = [p for p in posts if p.kind is Kind.COMMENT]
    assert comment.text == "Ça va" and comment.source.endswith("#commentaires_données/0")


def test_label_values_trees_are_flattened_generically():
    tree = [{"label": "Reaction", "value": "Like"},
            {"title": "Author", "dict": [{"dict": [{"label": "Name", "value": "Pat"}, {"label": "URL", "href": "https://x.example"}]}]},
            {"label": "Tags", "vec": [{"value": "a"}, {"value": "b"}]},
            {"label": "Date", "timestamp_value": 1700000000}, {"label": "Empty", "value": ""}]
    assert flatten_labels(tree) == [("Reaction", "Like"), ("Author/Name", "Pat"), ("Author/URL", "https://x.example"),
                                    ("Tags", "a"), ("Tags", "b"), ("Date", 1700000000)]


def test_same_post_in_two_zips_and_two_layouts_is_counted_once(tmp_path):
    post = status(ts(2019, 10, 8, 16, 15), "Encore une réorganisation à EDSC… 🙄")
    old = write(tmp_path / "old", {"posts/your_posts_1.json": [dict(post, title=f"{ME} a mis à jour son statut.")],
                                   "comments/comments.json": {"comments": []}})
    new = write(tmp_path / "new", {"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": [dict(post, title=f"{ME} updated her status.")],
                                   "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_2.json": [status(ts(2020, 1, 1), "autre")]})
    zip1 = zip_folder(new, tmp_path / "facebook-noemie-2025-06-14-part1.zip")
    zip2 = zip_folder(new, tmp_path / "facebook-noemie-2025-06-14-part2.zip")  # Meta repeats files across parts
    zip3 = zip_folder(old, tmp_path / "facebook-noemie-2019.zip")
    problems: list[Problem] = []
    stats: Counter = Counter()
    posts = list(read_posts([zip1, zip2, zip3], problems, stats))
    assert sorted(p.text for p in posts) == ["Encore une réorganisation à EDSC… 🙄", "autre"]
    assert stats["records"] == 5 and stats["duplicates"] == 3 and stats["archives:facebook"] == 3
    ids = {p.text: p.id for p in posts}
    assert len(ids["autre"]) == 20 and all(c in "0123456789abcdef" for c in ids["autre"])


# --------------------------------------------------------------------------- HTML

OLD_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8" /><title>Vos publications</title></head><body class="_5vb_ _2yq _4yic">
<div class="_3-8y _3-95 _3b0b"><div class="_3b0d">Vos publications</div></div><div class="_4t5n" role="main">
<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">Noémie a mis à jour son statut.</div>
<div class="_3-96 _2let"><div><div></div><div class="_2pin"><div>Télétravail &amp; outils de 1998 🙄</div></div></div></div>
<div class="_3-94 _2lem">25/12/2020, 23:30</div></div>
<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">Noémie a partagé un lien.</div>
<div class="_3-96 _2let"><div><div class="_2pin"><div>À lire</div></div><div class="_2pin"><a href="https://news.example.com/a">Un article</a></div></div></div>
<div class="_3-94 _2lem">Apr 22, 2016, 5:33 PM</div></div>
<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">Noémie a partagé la publication de Jagmeet Singh.</div>
<div class="_3-96 _2let"></div><div class="_3-94 _2lem">1 juillet 2020 à 10 h 05</div></div>
</div></body></html>"""

NEW_HTML = """<html><head><meta charset="utf-8"/></head><body><div class="_a705"><div class="_a706" role="main">
<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_2ph_ _a6-h _a6-i">Noémie commented on Marc Dubois's post.</h2>
<div class="_2ph_ _a6-p"><div><div class="_2pin"><div>Same here, the VPN crashes every morning</div></div>
<div class="_2pin"><div>Updated Dec 25, 2022 11:30:00 pm</div></div></div></div>
<footer class="_3-94 _a6-o"><div class="_a72d">Dec 24, 2022 11:30:00 pm</div><a href="https://www.facebook.com/dyi/l/?l=abc">link</a></footer></div>
<section class="_a6-g"><h2 class="_a6-h">Noémie replied to Julie's comment.</h2><div class="_a6-p"><div class="_2pin">Oui!<br>Le 12 à 19 h.</div></div>
<footer class="_a6-o"><div class="_a72d">Jan 2, 2023 8:05:00 am</div></footer></section>
</div></div></body></html>"""

UNKNOWN_HTML = """<html><body><h1>Your comments</h1><main>
<article class="zz9"><h3>Noémie a commenté la publication de Marc Dubois.</h3><div class="q1"><p>Premier commentaire</p></div><time>3 mars 2021 à 08:15</time></article>
<article class="zz9"><h3>Noémie commented on Priya Raman's photo.</h3><div class="q1"><p>Second one</p><p>two lines</p></div><time>March 4, 2021 at 9:00 PM</time></article>
</main></body></html>"""


def test_html_old_class_names_posts_with_local_dates(tmp_path):
    write(tmp_path, {"posts/your_posts_1.html": OLD_HTML})
    posts, problems = parse(tmp_path)
    assert [(p.kind, p.text, p.created_at, p.author) for p in posts] == [
        (Kind.POST, "Télétravail & outils de 1998 🙄", datetime(2020, 12, 26, 4, 30, tzinfo=UTC), None),  # EST, UTC-5
        (Kind.POST, "À lire\nUn article\nhttps://news.example.com/a", datetime(2016, 4, 22, 21, 33, tzinfo=UTC), None),  # EDT, UTC-4
        (Kind.REPOST, "Noémie a partagé la publication de Jagmeet Singh.", datetime(2020, 7, 1, 14, 5, tzinfo=UTC), "Jagmeet Singh"),
    ]
    assert all(p.time_is_estimate and p.url is None for p in posts)
    assert problems == []


def test_html_new_class_names_comments_drop_updated_lines_and_footer_links(tmp_path):
    write(tmp_path, {"your_facebook_activity/comments_and_reactions/comments.html": NEW_HTML})
    posts, _ = parse(tmp_path)
    assert [(p.kind, p.text, p.in_reply_to, p.created_at) for p in posts] == [
        (Kind.COMMENT, "Same here, the VPN crashes every morning", "Marc Dubois", datetime(2022, 12, 25, 4, 30, tzinfo=UTC)),
        (Kind.COMMENT, "Oui!\nLe 12 à 19 h.", "Julie", datetime(2023, 1, 2, 13, 5, tzinfo=UTC)),
    ]


def test_html_unknown_class_names_fall_back_to_structure(tmp_path):
    write(tmp_path, {"comments/comments.html": UNKNOWN_HTML})
    posts, _ = parse(tmp_path)
    assert [(p.kind, p.text, p.in_reply_to, p.created_at) for p in posts] == [
        (Kind.COMMENT, "Premier commentaire", "Marc Dubois", datetime(2021, 3, 3, 13, 15, tzinfo=UTC)),
        (Kind.COMMENT, "Second one\ntwo lines", "Priya Raman", datetime(2021, 3, 5, 2, 0, tzinfo=UTC)),
    ]


@pytest.mark.parametrize("markup", ["table", "old", "unknown"])
def test_html_profile_rows_in_every_markup(tmp_path, markup):
    rows = [("Name", "Noémie Laflamme-Okafor"), ("Date de naissance", "14 mars 1988"), ("Phone numbers", "819 555-0147"), ("Opinions politiques", "NPD"), ("Pets", "Minou")]
    if markup == "table":
        body = '<table class="_a6_n">' + "".join(f'<tr><td class="_2pin _a6_q">{k}</td><td class="_2pin _a6_r">{v}</td></tr>' for k, v in rows) + "</table>"
    elif markup == "old":
        body = "".join(f'<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">{k}</div><div class="_3-96 _2let"><div>{v}</div></div></div>' for k, v in rows)
    else:
        body = "<ul>" + "".join(f'<li class="r7"><span class="k">{k}</span><span class="v">{v}</span></li>' for k, v in rows) + "</ul>"
    write(tmp_path, {"profile_information/profile_information.html": f"<html><body><h1>Profile</h1>{body}</body></html>"})
    posts, _ = parse(tmp_path)
    assert [(p.label, p.text) for p in posts] == [("name", "Noémie Laflamme-Okafor"), ("birthday", "14 mars 1988"), ("phone", "819 555-0147"),
                                                  ("political_view", "NPD"), ("pets", "Minou")]
    assert all(p.kind is Kind.PROFILE and p.author_is_owner and p.created_at is None for p in posts)


@pytest.mark.parametrize("value, expected", [
    ("Apr 22, 2016, 5:33 PM", datetime(2016, 4, 22, 21, 33, tzinfo=UTC)),
    ("Dec 25, 2020 11:30:00 pm", datetime(2020, 12, 26, 4, 30, tzinfo=UTC)),
    ("Tuesday, April 22, 2016 at 5:33pm UTC+01", datetime(2016, 4, 22, 16, 33, tzinfo=UTC)),
    ("25/12/2020, 23:30", datetime(2020, 12, 26, 4, 30, tzinfo=UTC)),
    ("12/25/2020, 23:30", datetime(2020, 12, 26, 4, 30, tzinfo=UTC)),
    ("25 déc. 2020 à 23:30:00", datetime(2020, 12, 26, 4, 30, tzinfo=UTC)),
    ("mardi 22 avril 2016 à 17 h 33", datetime(2016, 4, 22, 21, 33, tzinfo=UTC)),
    ("1er janvier 2021, 00:05", datetime(2021, 1, 1, 5, 5, tzinfo=UTC)),
    ("Elle est partie le 3 mars 2020", None),
    ("Dernier match de la saison", None),
])
def test_html_dates_english_and_french_as_toronto_time(value, expected):
    assert parse_html_date(value) == expected


def test_html_where_json_was_expected_and_json_where_html_was(tmp_path):
    write(tmp_path, {"posts/your_posts_1.json": OLD_HTML,
                     "comments/comments.html": meta({"comments_v2": [{"timestamp": ts(2020, 1, 1), "data": [{"comment": {"comment": "Déjà lu"}}]}]})})
    posts, problems = parse(tmp_path)
    assert len([p for p in posts if p.kind in (Kind.POST, Kind.REPOST)]) == 3
    assert [p.text for p in posts if p.kind is Kind.COMMENT] == ["Déjà lu"]
    assert problems == []


# --------------------------------------------------------------------------- private, bad input

def test_messages_are_listed_per_folder_and_never_opened(tmp_path, monkeypatch):
    a = "your_facebook_activity"
    write(tmp_path, {
        f"{a}/posts/your_posts__check_ins__photos_and_videos_1.json": [status(ts(2020, 1, 1), "hello")],
        f"{a}/messages/inbox/marc_123/message_1.json": "DM-SENTINEL-NEVER-READ",
        f"{a}/messages/inbox/marc_123/message_2.json": "DM-SENTINEL-NEVER-READ",
        f"{a}/messages/inbox/marc_123/photos/1.jpg": b"\xff",
        f"{a}/messages/e2ee_cutover/julie_9/message_1.json": "DM-SENTINEL-NEVER-READ",
        f"{a}/messages/inbox/julie_9/comments.json": "DM-SENTINEL-NEVER-READ",  # a content name inside messages: still private
        "logged_information/search/your_search_history.json": "NOT READ EITHER",
    })
    opened: list[str] = []
    real_open, real_read = Member.open, Member.read_bytes  # record files are streamed, small ones read whole
    monkeypatch.setattr(Member, "open", lambda self: opened.append(self.path) or real_open(self))
    monkeypatch.setattr(Member, "read_bytes", lambda self: opened.append(self.path) or real_read(self))
    posts, problems = parse(tmp_path)
    assert opened == [f"{a}/posts/your_posts__check_ins__photos_and_videos_1.json"]
    assert [p.text for p in posts] == ["hello"]
    [private] = problems
    assert private.kind is ProblemKind.NOT_READ_PRIVATE and private.records == 0
    assert private.file.endswith(f"!{a}/messages/") and private.reason == "private messages: 3 conversation(s), 5 file(s) present, not read"


def test_a_zip_of_messages_only_is_facebook_with_no_posts(tmp_path):
    folder = write(tmp_path / "m", {"messages/inbox/marc_123/message_1.json": "DM-SENTINEL-NEVER-READ",
                                    "messages/inbox/julie_9/message_1.html": "<p>DM-SENTINEL-NEVER-READ</p>"})
    archive = zip_folder(folder, tmp_path / "facebook-noemie-messages.zip")
    inputs = gather([archive])
    assert list(inputs.archives) == ["facebook"]
    problems: list[Problem] = []
    assert list(read_posts([archive], problems, Counter())) == []
    [private] = problems
    assert private.kind is ProblemKind.NOT_READ_PRIVATE
    assert private.reason.startswith("no posts found; private messages are never read")
    assert "DM-SENTINEL" not in private.reason


def test_truncated_json_keeps_whole_records_and_names_the_file(tmp_path):
    posts_text = meta([status(ts(2020, 1, i + 1), f"post {i}") for i in range(4)])
    comments_text = meta({"comments_v2": [{"timestamp": ts(2020, 2, i + 1), "data": [{"comment": {"comment": f"c{i}"}}]} for i in range(3)]})
    write(tmp_path, {"posts/your_posts_1.json": posts_text[: posts_text.index("post 2")],
                     "comments/comments.json": comments_text[: comments_text.index("c1") + 1],
                     "likes_and_reactions/pages.json": "this is not JSON"})
    posts, problems = parse(tmp_path)
    assert sorted(p.text for p in posts) == ["c0", "post 0", "post 1"]
    assert [(p.kind, p.file.split("!")[1], p.records) for p in problems] == [
        (ProblemKind.BAD_FILE, "posts/your_posts_1.json", 0), (ProblemKind.BAD_FILE, "comments/comments.json", 0),
        (ProblemKind.BAD_FILE, "likes_and_reactions/pages.json", 0)]
    assert problems[0].reason == "file is cut off or broken after record 2; the rest could not be read"
    assert problems[2].reason.startswith("cannot read: invalid JSON")


def test_unknown_layouts_are_named(tmp_path):
    write(tmp_path, {"posts/your_posts_1.json": {"something": "else"}, "comments.json": [1, "x"]})
    posts, problems = parse(tmp_path)
    assert posts == []
    assert [(p.kind, p.reason, p.locator) for p in problems] == [
        (ProblemKind.BAD_FILE, "unknown layout: no list of records (top level: something)", ""),
        (ProblemKind.BAD_RECORD, "record is not a JSON object", "#0"),
        (ProblemKind.BAD_RECORD, "record is not a JSON object", "#1"),
    ]
    other = write(tmp_path / "other", {"ads_information/advertisers.json": {"x": []}, "your_search_history.json": []})
    [problem] = list(facebook.parse(Archive([FolderSource(other)])))
    assert problem.kind is ProblemKind.UNSUPPORTED
    assert problem.reason == ("unknown Facebook layout: no posts, comments, reactions, pages, groups or profile file found; "
                              "files seen: advertisers.json, your_search_history.json")


def test_missing_dates_strict_for_posts_and_comments_tolerant_for_pages_groups(tmp_path):
    write(tmp_path, {"comments.json": {"comments_v2": [{"data": [{"comment": {"comment": "sans date"}}], "title": "x"}]},
                     "pages_you've_liked.json": {"page_likes_v2": [{"name": "Page sans date"}]},
                     "your_group_membership_activity.json": {"groups_joined_v2": [{"data": [{"name": "Groupe sans date"}]}]}})
    posts, problems = parse(tmp_path)
    assert [(p.kind, p.text, p.created_at) for p in posts] == [(Kind.PAGE_FOLLOW, "Page sans date", None), (Kind.GROUP, "Groupe sans date", None)]
    assert [(p.kind, p.reason) for p in problems] == [(ProblemKind.BAD_RECORD, "comment without a date")]


def test_album_captions_not_already_in_posts_are_read(tmp_path):
    write(tmp_path, {"posts/your_posts_1.json": [status(ts(2016, 3, 5), "Soccer ⚽")],
                     "posts/album/0.json": {"name": "Timeline", "photos": [
                         {"uri": "a.jpg", "creation_timestamp": ts(2016, 3, 5) + 1, "description": "Soccer ⚽"},
                         {"uri": "b.jpg", "creation_timestamp": ts(2016, 7, 9), "description": "Lac Leamy 🌅"},
                         {"uri": "c.jpg", "creation_timestamp": ts(2016, 7, 10)}]}})
    posts, problems = parse(tmp_path)
    assert [(p.text, p.created_at) for p in posts] == [("Soccer ⚽", datetime(2016, 3, 5, 12, tzinfo=UTC)), ("Lac Leamy 🌅", datetime(2016, 7, 9, 12, tzinfo=UTC))]
    assert problems == []


def test_markers_sniff_facebook_and_never_collide_with_x():
    def example(glob: str) -> str:
        return glob.replace("*", "1").lower()

    for fb in facebook.MARKERS:
        assert not any(fnmatch.fnmatchcase(example(fb), x.lower()) for x in twitter.MARKERS), fb
    for x in twitter.MARKERS:
        assert not any(fnmatch.fnmatchcase(example(x), fb.lower()) for fb in facebook.MARKERS), x
    assert sniff({"your_posts_1.json", "comments.json", "profile_information.json"}) is facebook
    assert sniff({"your_posts__check_ins__photos_and_videos_1.html", "profile_information.html"}) is facebook
    assert sniff({"message_1.json"}) is facebook
    assert sniff({"tweets.js", "account.js", "like.js"}) is twitter


def test_samples_never_surface_the_private_sentinel_and_read_as_pinned(root):
    samples = sorted((root / "sample_exports").glob("facebook-*.zip"))
    assert [s.name for s in samples] == ["facebook-2019-json.zip", "facebook-2021-html.zip", "facebook-2025-json.zip"]
    problems: list[Problem] = []
    stats: Counter = Counter()
    posts = list(read_posts(samples, problems, stats))
    assert not [p for p in posts if "SENTINEL" in p.text or "ne doit pas être lu" in p.text]
    # counted by hand from make_facebook_samples.py: 2019 = 53 records, 2025 = 52, HTML = 28; the 2025 zip
    # re-delivers 6 posts, 1 comment, 1 like, 1 page, 1 group and 7 profile entries of 2019, and the HTML
    # export's 2 groups, 2 pages and 2 profile entries (name, e-mail) have the same date and text as JSON ones
    kinds = Counter(str(p.kind) for p in posts)
    assert kinds == {"post": 41, "profile": 27, "comment": 14, "group": 8, "page_follow": 6, "like": 5, "reaction": 5, "repost": 3, "quote": 1}
    assert stats["records"] == 133 and stats["duplicates"] == 23
    assert Counter(str(p.kind) for p in problems) == {"not_read_private": 3, "bad_record": 4}  # one an event declined


def test_an_html_page_with_no_recognisable_records_is_a_problem_not_silence(tmp_path):
    write(tmp_path, {"posts/your_posts_1.html": "<html><body><h1>Vos publications</h1><p>Un paragraphe</p><p>Un autre</p><p>Sans date</p></body></html>",
                     "profile_information/profile_information.html": "<html><body><p>Profil</p><p>Rien</p><p>de structuré</p></body></html>"})
    posts, problems = parse(tmp_path)
    assert posts == []
    assert [(p.kind, p.file.split("!")[1], p.reason) for p in problems] == [
        (ProblemKind.BAD_FILE, "profile_information/profile_information.html", "unknown layout: no profile fields found in this HTML page"),
        (ProblemKind.BAD_FILE, "posts/your_posts_1.html", "unknown layout: no records found in this HTML page")]
