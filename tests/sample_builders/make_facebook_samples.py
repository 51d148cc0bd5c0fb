#!/usr/bin/env python3
"""(Re)generate the synthetic Facebook exports in sample_exports/ (stdlib only, deterministic).

Fictional persona (the same as the X samples): Noémie Laflamme-Okafor, bilingual policy analyst,
joined Emploi et Développement social Canada (EDSC / ESDC) on 2019-09-03, lives in Gatineau.
Everything is invented: example.com / example.org domains, 555-01xx phone numbers, names, texts.
Real party and leader names appear only as the targets of likes, shares and memberships, the way
a real export would show them.

Outputs:
  facebook-2019-json.zip   F1 JSON layout (posts/your_posts_1.json, `comments`, `reactions`…), French titles
  facebook-2025-json.zip   F4 JSON layout (your_facebook_activity/…, label_values reactions, `_1` + `_2`
                           post parts), English titles; repeats some 2019 records (same ids expected)
  facebook-2021-html.zip   HTML export, pre-2022 class names (_2pi0/_2lel/_2let/_2lem), French
  README-facebook.md       what is inside and what a reviewer would flag, written by this script

JSON is serialised as Meta does (FORMATS.md §2.8, §11): every string and key mangled with
`.encode("utf-8").decode("latin-1")`, then `json.dumps(ensure_ascii=True, indent=2)`. HTML is
clean UTF-8. Each export holds a messages folder whose text is DM-SENTINEL-NEVER-READ.

Run:  python3 tests/sample_builders/make_facebook_samples.py
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parents[2] / "sample_exports"  # the archives land there
OWNER = "Noémie Laflamme-Okafor"
SENTINEL = "DM-SENTINEL-NEVER-READ"
PHONE = "819 555-0147"
ADDRESS = "12, rue des Érables, Gatineau (Québec) J8Y 3B4"
SCHOOL = "école primaire des Trois-Saisons"


def eastern(stamp: str) -> int:
    """"YYYY-MM-DD HH:MM" Gatineau local time → Unix seconds (EST/EDT by the 2007+ rules)."""
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    year = local.year
    march = datetime(year, 3, 8) + timedelta(days=(6 - datetime(year, 3, 8).weekday()) % 7)  # 2nd Sunday
    november = datetime(year, 11, 1) + timedelta(days=(6 - datetime(year, 11, 1).weekday()) % 7)  # 1st Sunday
    offset = -4 if march.replace(hour=2) <= local < november.replace(hour=2) else -5
    return int((local - timedelta(hours=offset)).replace(tzinfo=timezone.utc).timestamp())


def mangle(value):
    """Meta's mojibake: each UTF-8 byte of every string (keys too) becomes one Latin-1 char."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mangle(v) for v in value]
    if isinstance(value, dict):
        return {mangle(k): mangle(v) for k, v in value.items()}
    return value


def meta_json(obj) -> bytes:
    """A JSON file exactly as Meta writes it: mangled, ASCII-escaped, 2-space indent."""
    return json.dumps(mangle(obj), ensure_ascii=True, indent=2).encode("ascii")


# --------------------------------------------------------------------------- shared records

def status(when: str, text: str, title: str | None = None, **extra) -> dict:
    item = {"timestamp": eastern(when), "data": [{"post": text}, {"update_timestamp": eastern(when)}]}
    if title:
        item["title"] = title
    item.update(extra)
    return item


def link(when: str, text: str, url: str, name: str, title: str) -> dict:
    ctx = {"url": url, "name": name, "source": url.split("/")[2]}
    return {"timestamp": eastern(when), "attachments": [{"data": [{"external_context": ctx}]}],
            "data": [{"post": text}] if text else [], "title": title}


def photo(when: str, caption: str, uri: str, title: str, video: bool = False) -> dict:
    meta = {"video_metadata" if video else "photo_metadata": {"exif_data": [{"upload_ip": "203.0.113.47", "taken_timestamp": eastern(when) - 600}]}}
    media = {"uri": uri, "creation_timestamp": eastern(when) + 1, "media_metadata": meta, "title": "Photos du journal"}
    if caption:
        media["description"] = caption
    return {"timestamp": eastern(when), "attachments": [{"data": [{"media": media}]}],
            "data": [{"post": caption}] if caption else [], "title": title}


def reshare(when: str, title: str, text: str = "") -> dict:
    return {"timestamp": eastern(when), "attachments": [{"data": [{"external_context": {"url": ""}}]}],
            "data": [{"post": text}] if text else [], "title": title}


def comment(when: str, text: str, title: str, group: str | None = None, attachment: str | None = None) -> dict:
    inner = {"timestamp": eastern(when), "comment": text, "author": OWNER}
    if group:
        inner["group"] = group
    item = {"timestamp": eastern(when), "data": [{"comment": inner}], "title": title}
    if attachment:
        item["attachments"] = [{"data": [{"external_context": {"url": attachment}}]}]
    return item


# Posts that both JSON downloads hold: same date, same text, so the same derived id.
OLD_VELO = ("2014-05-18 10:12", "Première sortie de vélo de la saison au parc de la Gatineau 🚴‍♀️ Les jambes s'en souviennent!")
OLD_GARAGE = ("2017-06-10 07:30", f"Vente de garage samedi de 8 h à 14 h au {ADDRESS}. Vélos, livres, vaisselle!")
OLD_TRIP = ("2018-02-10 21:05", "Enfin! Varadero du 3 au 17 mars, maison vide pendant deux semaines 😎☀️")
OLD_SPONSOR = ("2018-11-24 13:40", "#partenariat Merci à Sacoche & Co. pour ce magnifique sac! Code NOEMIE15 pour 15 % de rabais 👜 #commandité")
OLD_BIKE = ("2019-01-12 16:20", f"Je vends mon vélo de route (taille 52), 350 $. Texto au {PHONE} si intéressé·e.")
OLD_REORG = ("2019-10-08 12:15", "Encore une réorganisation à EDSC… La haute direction n'a aucune idée de ce qu'on vit sur le plancher. Bravo 🙄")
OLD_COMMENT = ("2019-09-25 20:48", "Enfin un chef qui parle d'assurance-médicaments! 💊")
OLD_LIKE = "2019-09-15 19:02"
GROUP_JOINED = ("2019-08-20 21:30", "Bénévoles NPD Gatineau")
PAGE_NPD = ("2015-09-01 18:00", "NPD Outaouais")


def f1_files() -> dict[str, bytes]:
    """The 2019 download, F1 layout, French interface (FORMATS §2.1 F1, §2.2)."""
    me = OWNER
    posts = [
        status(OLD_REORG[0], OLD_REORG[1], f"{me} a mis à jour son statut."),
        reshare("2019-10-02 19:40", f"{me} a partagé la publication de NPD – Nouveau Parti démocratique.",
                "Exactement ça. Le 21 octobre, on vote pour l'assurance-médicaments! 🧡"),
        reshare("2019-09-21 11:05", f"{me} a partagé la publication de Jagmeet Singh."),
        {"timestamp": eastern("2019-09-03 18:00"), "attachments": [{"data": [{"life_event": {
            "title": "A commencé un nouvel emploi chez Emploi et Développement social Canada",
            "start_date": {"year": 2019, "month": 9, "day": 3}}}]}], "data": [{"update_timestamp": eastern("2019-09-03 18:00")}]},
        {"timestamp": eastern("2019-04-20 11:45"), "attachments": [{"data": [{"place": {
            "name": "Marché By", "coordinate": {"latitude": 45.4284, "longitude": -75.6918},
            "address": "55, rue ByWard Market, Ottawa (Ontario)", "url": "https://www.facebook.com/marcheby.example"}}]}],
         "data": [{"post": "Brunch entre filles 🥞"}], "title": f"{me} était à Marché By."},
        status(OLD_BIKE[0], OLD_BIKE[1], f"{me} a mis à jour son statut."),
        status(OLD_SPONSOR[0], OLD_SPONSOR[1], f"{me} a mis à jour son statut."),
        link("2018-09-30 09:10", "Must-read on pharmacare.", "https://news.example.com/2018/09/pharmacare-explained",
             "Pharmacare, explained", f"{me} a partagé un lien."),
        photo("2018-05-01 17:00", "", "photos_and_videos/TimelinePhotos_7731/31337_1001_n.jpg", f"{me} a ajouté une nouvelle photo."),
        status(OLD_TRIP[0], OLD_TRIP[1], f"{me} a mis à jour son statut."),
        status("2017-11-11 11:30", "Remembrance Day at the cenotaph with the kids. Lest we forget.", f"{me} a mis à jour son statut."),
        status("2017-08-28 08:05", f"Premier jour de maternelle à l'{SCHOOL} pour ma cocotte ❤️", f"{me} a mis à jour son statut."),
        status(OLD_GARAGE[0], OLD_GARAGE[1], f"{me} a mis à jour son statut."),
        {"timestamp": eastern("2016-12-24 15:00"), "attachments": [{"data": [{"note": {
            "title": "Ma recette de tourtière", "text": "Porc, veau, épices: cannelle, clou de girofle, piment de la Jamaïque. Cuire 1 h à 190 °C.",
            "media": [], "created_timestamp": eastern("2016-12-24 15:00"), "updated_timestamp": eastern("2016-12-24 15:00"), "tags": []}}]}],
         "data": [], "title": f"{me} a écrit une note."},
        photo("2016-03-05 14:22", "Ma grande à sa première partie de soccer 😍⚽", "photos_and_videos/TimelinePhotos_7731/22222_1002_n.jpg",
              f"{me} a ajouté une nouvelle photo."),
        status("2015-10-17 10:00", "Dernière fin de semaine de porte-à-porte pour le NPD à Gatineau! On lâche pas 🧡 #elxn42", f"{me} a mis à jour son statut."),
        status(OLD_VELO[0], OLD_VELO[1], f"{me} a mis à jour son statut."),
    ]
    wall = {"wall_posts_sent_to_you": {"activity_log_data": [
        status("2018-03-14 08:12", "Bonne fête ma belle Noémie!! 🎂 30 ans, ça se fête!", "Marc Dubois a écrit sur votre journal."),
    ]}}
    comments = {"comments": [
        comment("2019-10-10 13:02", "Moi aussi je suis tannée des réorgs 😩", f"{me} a répondu au commentaire de Marc Dubois."),
        comment(*OLD_COMMENT, f"{me} a commenté la publication de Jagmeet Singh."),
        comment("2019-02-02 18:30", "", f"{me} a commenté la photo de Julie Bouchard-Côté."),  # sticker only: nothing to audit
        comment("2018-12-31 23:55", "", f"{me} a commenté la publication de Marc Dubois.", attachment="https://media.example.com/gifs/bonne-annee.gif"),
        comment("2018-06-03 20:15", "Trop belle photo! On se voit au chalet 😊", f"{me} a commenté la photo de Julie Bouchard-Côté."),
        comment("2017-06-11 09:00", "Merci à tous, tout est vendu!", f"{me} a commenté sa propre publication."),
    ]}
    reactions = {"reactions": [
        {"timestamp": eastern("2019-10-12 12:40"), "data": [{"reaction": {"reaction": "HAHA", "actor": me}}], "title": f"{me} a réagi au commentaire de Marc Dubois."},
        {"timestamp": eastern("2019-10-05 20:00"), "data": [{"reaction": {"reaction": "LOVE", "actor": me}}], "title": f"{me} a réagi à la publication de NPD – Nouveau Parti démocratique."},
        {"timestamp": eastern(OLD_LIKE), "data": [{"reaction": {"reaction": "LIKE", "actor": me}}], "title": f"{me} a aimé la publication de Jagmeet Singh."},
        {"timestamp": eastern("2018-07-01 10:30"), "data": [{"reaction": {"reaction": "LIKE", "actor": me}}], "title": f"{me} a aimé la photo de Julie Bouchard-Côté."},
    ]}
    pages = {"page_likes": [
        {"name": "Club de vélo de Gatineau", "timestamp": eastern("2014-04-02 19:00")},
        {"name": PAGE_NPD[1], "timestamp": eastern(PAGE_NPD[0])},
        {"name": "Sacoche & Co.", "timestamp": eastern("2018-11-20 12:00")},
    ]}
    followed = {"pages_followed": [
        {"timestamp": eastern("2019-09-14 22:10"), "data": [{"name": "Jagmeet Singh"}], "title": "Jagmeet Singh"},
    ]}
    groups = {"groups_joined": [
        {"timestamp": eastern(GROUP_JOINED[0]), "data": [{"name": GROUP_JOINED[1]}], "title": f"Vous êtes devenue membre de {GROUP_JOINED[1]}."},
        {"timestamp": eastern("2017-08-30 20:00"), "data": [{"name": "Parents de l'école des Trois-Saisons"}],
         "title": "Vous êtes devenue membre de Parents de l'école des Trois-Saisons."},
    ]}
    group_activity = {"group_posts": {"activity_log_data": [
        status("2019-10-15 10:30", "Qui est dispo pour faire du pointage mercredi soir? Il reste 3000 portes dans Hull–Aylmer!",
               f"{me} a publié dans {GROUP_JOINED[1]}."),
        comment("2019-10-15 14:05", "J'apporte les pancartes!", f"{me} a commenté la publication de Sophie Tremblay.", group=GROUP_JOINED[1]),
    ]}}
    events = {"event_responses": {
        "events_joined": [
            {"name": "Rassemblement NPD avec Jagmeet Singh – Gatineau", "start_timestamp": eastern("2019-10-06 14:00"), "end_timestamp": eastern("2019-10-06 16:00")},
            {"name": "Je cours Gatineau – 10 km", "start_timestamp": eastern("2018-05-27 08:00"), "end_timestamp": eastern("2018-05-27 12:00")},
        ],
        "events_declined": [{"name": "Souper-bénéfice du PLC", "start_timestamp": eastern("2019-09-28 18:00"), "end_timestamp": eastern("2019-09-28 22:00")}],
        "events_interested": [{"name": "Salon du livre de l'Outaouais", "start_timestamp": eastern("2019-02-28 10:00"), "end_timestamp": eastern("2019-03-03 17:00")}],
    }}
    album = {"name": "Photos du journal", "photos": [
        {"uri": "photos_and_videos/TimelinePhotos_7731/22222_1002_n.jpg", "creation_timestamp": eastern("2016-03-05 14:22") + 1,
         "title": "Photos du journal", "description": "Ma grande à sa première partie de soccer 😍⚽"},
        {"uri": "photos_and_videos/TimelinePhotos_7731/33333_1003_n.jpg", "creation_timestamp": eastern("2016-07-09 20:41"),
         "title": "Photos du journal", "description": "Coucher de soleil au lac Leamy 🌅"},
    ], "cover_photo": {"uri": "photos_and_videos/TimelinePhotos_7731/33333_1003_n.jpg"},
        "last_modified_timestamp": eastern("2016-07-09 20:41"), "description": ""}
    profile = {"profile": {
        "name": {"full_name": OWNER, "first_name": "Noémie", "middle_name": "", "last_name": "Laflamme-Okafor"},
        "emails": {"emails": ["noemie.lo.perso@example.com"], "previous_emails": ["noemie.laflamme@example.org"], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1988, "month": 3, "day": 14},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "current_city": {"name": "Gatineau, Québec", "timestamp": eastern("2012-07-01 12:00")},
        "hometown": {"name": "Rimouski, Québec", "timestamp": eastern("2009-01-10 12:00")},
        "relationship": {"status": "En couple", "timestamp": eastern("2013-02-14 12:00")},
        "family_members": [{"name": "Amara Laflamme-Okafor", "relation": "Fille", "timestamp": eastern("2012-11-20 12:00")}],
        "education_experiences": [{"name": "Université d'Ottawa", "end_timestamp": eastern("2011-06-15 12:00"), "graduated": True,
                                   "concentrations": ["Affaires publiques et internationales"], "school_type": "Études supérieures",
                                   "timestamp": eastern("2011-06-20 12:00")}],
        "work_experiences": [
            {"employer": "Emploi et Développement social Canada", "title": "Analyste des politiques", "location": "Gatineau, Québec",
             "start_timestamp": eastern("2019-09-03 09:00"), "timestamp": eastern("2019-09-03 18:05")},
            {"employer": "Institut Boréal", "title": "Analyste de recherche", "start_timestamp": eastern("2013-05-01 09:00"),
             "end_timestamp": eastern("2019-08-23 17:00"), "timestamp": eastern("2013-05-10 12:00")},
        ],
        "websites": [{"address": "https://noemie-lo.example.com/"}],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+1 819 555 0147", "verified": True, "creation_time": eastern("2013-11-15 12:00")}],
        "political_view": {"name": "Nouveau Parti démocratique", "timestamp": eastern("2015-09-01 12:00")},
        "registration_timestamp": eastern("2008-02-03 20:00"),
        "profile_uri": "https://www.facebook.com/profile.php?id=100004567890123",
    }}
    dm = {"participants": [{"name": "Marc Dubois"}, {"name": OWNER}], "messages": [
        {"sender_name": "Marc Dubois", "timestamp_ms": eastern("2019-10-01 21:00") * 1000, "content": f"{SENTINEL} mon code de porte est 4471"}],
        "title": "Marc Dubois", "is_still_participant": True, "thread_type": "Regular", "thread_path": "inbox/marcdubois_a1b2c3d4e5"}
    return {
        "posts/your_posts_1.json": meta_json(posts),
        "posts/other_people's_posts_to_your_timeline.json": meta_json(wall),
        "comments/comments.json": meta_json(comments),
        "likes_and_reactions/posts_and_comments.json": meta_json(reactions),
        "likes_and_reactions/pages.json": meta_json(pages),
        "following_and_followers/followed_pages.json": meta_json(followed),
        "groups/your_group_membership_activity.json": meta_json(groups),
        "groups/your_posts_and_comments_in_groups.json": meta_json(group_activity),
        "events/your_event_responses.json": meta_json(events),
        "photos_and_videos/album/0.json": meta_json(album),
        "photos_and_videos/TimelinePhotos_7731/22222_1002_n.jpg": b"\xff\xd8\xff\xe0 synthetic jpeg",
        "photos_and_videos/TimelinePhotos_7731/33333_1003_n.jpg": b"\xff\xd8\xff\xe0 synthetic jpeg",
        "profile_information/profile_information.json": meta_json(profile),
        "messages/inbox/marcdubois_a1b2c3d4e5/message_1.json": meta_json(dm),
        "messages/inbox/juliebouchardcote_f6a7b8/message_1.json": meta_json({**dm, "title": "Julie Bouchard-Côté"}),
        "messages/inbox/juliebouchardcote_f6a7b8/message_2.json": meta_json({**dm, "title": "Julie Bouchard-Côté"}),
        "messages/inbox/marcdubois_a1b2c3d4e5/photos/1122334455_n.jpg": b"\xff\xd8\xff\xe0 " + SENTINEL.encode(),
    }


def f4_files() -> dict[str, bytes]:
    """The 2025 download, F4 layout, English interface (FORMATS §2.1 F4, §11 FB F4 row)."""
    me = OWNER
    act = "your_facebook_activity"
    upd = f"{me} updated her status."
    newest = [
        status("2025-04-22 07:45", "Bonne fête Marc! 🎉 On se reprend pour le souper.", f"{me} wrote on Marc Dubois's timeline."),
        status("2025-04-10 18:30", "Déjà le printemps 🌷 — crème brûlée au menu ce soir 🍮", upd),
        status("2025-03-30 16:05", "Ma grande a gagné sa partie de soccer 3-1! Fière maman ⚽", upd),
        photo("2025-01-15 15:10", "Patinage sur le canal Rideau 🎥", f"{act}/posts/media/Videos_5521/998877_n.mp4", f"{me} added a new video.", video=True),
        status("2024-10-05 19:20", "#ad Loving my new e-bike from Vélo Boréal! Use code NOEMIE10 for 10% off 💚 #sponsored", upd),
        {"timestamp": eastern("2024-06-01 09:00"), "attachments": [{"data": [{"life_event": {
            "title": "Started New Job at Employment and Social Development Canada", "start_date": {"year": 2024, "month": 6, "day": 1}}}]}],
         "data": [{"post": "New role: senior policy analyst! 🎉"}, {"update_timestamp": eastern("2024-06-01 09:00")}]},
        link("2024-02-14 12:30", "Interesting read on public service renewal.", "https://policy.example.org/2024/02/renewal",
             "Renewing the public service", f"{me} shared a link."),
        status("2023-07-02 22:10", "Off to Portugal July 5–26! Neighbours, the house will be empty, keep an eye out 😉 Maison vide pour 3 semaines.", upd),
        {"timestamp": eastern("2023-01-20 17:00"), "attachments": [{"data": [{"poll": {"options": [
            {"option": "Tourtière", "voted": True}, {"option": "Pâté chinois", "voted": False}]}}]}],
         "data": [{"post": "Souper de dimanche: on vote!"}], "title": f"{me} created a poll."},
    ]
    part1 = newest + [
        {"timestamp": eastern("2022-06-24 13:00"), "attachments": [{"data": [{"place": {
            "name": "Parc de la Gatineau", "coordinate": {"latitude": 45.5, "longitude": -75.85}, "address": "Chelsea (Québec)"}}]}],
         "data": [{"post": "Fête nationale en famille 💙⚜️"}], "title": f"{me} is at Parc de la Gatineau."},
        status("2022-03-09 11:20", "Three years at ESDC and I still can't get a straight answer from senior management on anything. The new hybrid policy is a joke.", upd),
        reshare("2021-09-14 19:00", f"{me} shared Jagmeet Singh's post."),
        status("2021-08-20 20:45", "Volunteering with the NDP this weekend — message me if you want to help canvass in Hull–Aylmer! 🧡 #elxn44", upd),
        photo("2020-11-15 10:30", "Première neige! ❄️ Les enfants sont aux anges.", f"{act}/posts/media/TimelinePhotos_4410/445566_n.jpg", f"{me} added a new photo."),
        photo("2020-06-06 18:00", "", f"{act}/posts/media/TimelinePhotos_4410/445567_n.jpg", f"{me} added a new photo."),
        status("2020-04-02 12:05", "Working from home, day 18. The kids have declared the dining table a “no spreadsheet zone”.", upd),
    ]
    part2 = [status(when, text, upd) for when, text in (OLD_REORG, OLD_BIKE, OLD_SPONSOR, OLD_TRIP, OLD_GARAGE, OLD_VELO)]
    wall = [status("2023-03-14 07:30", "Happy birthday Noémie!! 🎂 Hope the team at ESDC spoils you today.", f"Priya Raman wrote on {me}'s timeline.")]
    comments = {"comments_v2": [
        comment("2023-07-03 08:00", "We're back on the 26th, thanks Julie for watering the plants!", f"{me} commented on her own post."),
        comment("2022-03-10 09:40", "Ha! At least we're not alone. Senior management just doesn't get it.", f"{me} replied to Marc Dubois's comment."),
        comment("2021-09-10 22:30", "Best debate performance by far. Orange wave incoming! 🧡", f"{me} commented on Jagmeet Singh's video."),
        comment("2020-05-12 07:55", "The bridge closure is going to be a nightmare for commuters.", f"{me} commented on Actu Outaouais's post."),
        comment(*OLD_COMMENT, f"{me} commented on Jagmeet Singh's post."),
    ]}

    def lv(when: str, reaction: str, name: str, url: str | None = None, nested: bool = False) -> dict:
        values = [{"label": "Reaction", "value": reaction}]
        who = {"label": "Name", "value": name}
        values.append({"title": "Author", "dict": [{"dict": [who]}]} if nested else who)
        if url:
            values.append({"label": "URL", "href": url})
        return {"timestamp": eastern(when), "label_values": values, "fbid": str(abs(hash_name(name + when)))}

    reactions = [
        lv("2024-05-04 09:12", "Like", "Julie Bouchard-Côté", nested=True),
        lv("2022-03-09 11:35", "Haha", "Marc Dubois"),
        lv("2021-09-19 21:00", "Love", "NPD – Nouveau Parti démocratique", "https://www.facebook.com/NPD.example/posts/pfbid02x"),
        lv("2021-09-12 20:10", "Like", "Jagmeet Singh", "https://www.facebook.com/jagmeetsingh.example/posts/pfbid01a"),
        lv(OLD_LIKE, "Like", "Jagmeet Singh"),
    ]
    group_posts = {"group_posts_v2": [
        status("2021-09-08 17:15", "Porte-à-porte ce soir à Aylmer, rendez-vous à 18 h au local de campagne! 🧡", f"{me} posted in {GROUP_JOINED[1]}."),
    ]}
    group_comments = {"group_comments_v2": [
        comment("2023-05-02 20:30", f"Quelqu'un a des souliers de soccer taille 2 à donner? Ma fille à l'{SCHOOL} en a besoin.",
                f"{me} commented on Sophie Tremblay's post.", group="Parents de l'école des Trois-Saisons"),
    ]}
    groups = {"groups_joined_v2": [
        {"timestamp": eastern("2022-04-18 19:00"), "data": [{"name": "Vélo Outaouais"}], "title": "You became a member of Vélo Outaouais."},
        {"timestamp": eastern(GROUP_JOINED[0]), "data": [{"name": GROUP_JOINED[1]}], "title": f"You became a member of {GROUP_JOINED[1]}."},
    ]}
    pages = {"page_likes_v2": [
        {"name": "Vélo Boréal", "url": "https://www.facebook.com/veloboreal.example", "timestamp": eastern("2024-09-30 12:00")},
        {"name": PAGE_NPD[1], "url": "https://www.facebook.com/npdoutaouais.example", "timestamp": eastern(PAGE_NPD[0])},
    ]}
    follows = {"pages_followed_v2": [
        {"timestamp": eastern("2021-08-15 10:00"), "data": [{"name": "NPD – Nouveau Parti démocratique"}], "title": "NPD – Nouveau Parti démocratique"},
    ]}
    events = {"event_responses_v2": {
        "events_joined": [{"name": "Porte-à-porte NPD Hull–Aylmer", "start_timestamp": eastern("2021-09-11 10:00"), "end_timestamp": eastern("2021-09-11 16:00")}],
        "events_declined": [],
        "events_interested": [{"name": "Marche pour le climat – Ottawa", "start_timestamp": eastern("2023-09-23 13:00"), "end_timestamp": eastern("2023-09-23 16:00")}],
    }}
    profile = {"profile_v2": {
        "name": {"full_name": OWNER, "first_name": "Noémie", "middle_name": "", "last_name": "Laflamme-Okafor"},
        "emails": {"emails": ["noemie.lo.perso@example.com"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1988, "month": 3, "day": 14},
        "current_city": {"name": "Gatineau, Québec", "timestamp": eastern("2012-07-01 12:00")},
        "hometown": {"name": "Rimouski, Québec", "timestamp": eastern("2009-01-10 12:00")},
        "family_members": [{"name": "Amara Laflamme-Okafor", "relation": "Daughter", "timestamp": eastern("2012-11-20 12:00")}],
        "work_experiences": [{"employer": "Employment and Social Development Canada", "title": "Senior Policy Analyst",
                              "location": "Gatineau, Quebec", "start_timestamp": eastern("2024-06-01 09:00"), "timestamp": eastern("2024-06-01 09:05")}],
        "websites": [{"address": "https://noemie-lo.example.com/"}],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+1 819 555 0147", "verified": True, "creation_time": eastern("2013-11-15 12:00")}],
        "religious_view": {"name": "Catholique non pratiquante", "timestamp": eastern("2016-01-01 12:00")},
        "intro_bio": "Maman, cycliste, analyste. Opinions personnelles. 🚴‍♀️",
        "registration_timestamp": eastern("2008-02-03 20:00"),
        "profile_uri": "https://www.facebook.com/profile.php?id=100004567890123",
    }}
    album = {"name": "Timeline photos", "photos": [
        {"uri": f"{act}/posts/media/TimelinePhotos_4410/445566_n.jpg", "creation_timestamp": eastern("2020-11-15 10:30") + 1,
         "title": "Timeline photos", "description": "Première neige! ❄️ Les enfants sont aux anges."},
    ], "cover_photo": {"uri": f"{act}/posts/media/TimelinePhotos_4410/445566_n.jpg"}, "last_modified_timestamp": eastern("2020-11-15 10:31"), "description": ""}
    dm = {"participants": [{"name": "Marc Dubois"}, {"name": OWNER}], "messages": [
        {"sender_name": "Marc Dubois", "timestamp_ms": eastern("2024-11-01 21:00") * 1000, "content": f"{SENTINEL} le code de la porte est 4471"}],
        "title": "Marc Dubois", "thread_path": "inbox/marcdubois_10158765432"}
    return {
        f"{act}/posts/your_posts__check_ins__photos_and_videos_1.json": meta_json(part1),
        f"{act}/posts/your_posts__check_ins__photos_and_videos_2.json": meta_json(part2),
        f"{act}/posts/other_people's_posts_to_your_timeline.json": meta_json(wall),
        f"{act}/posts/album/0.json": meta_json(album),
        f"{act}/posts/media/TimelinePhotos_4410/445566_n.jpg": b"\xff\xd8\xff\xe0 synthetic jpeg",
        f"{act}/posts/media/TimelinePhotos_4410/445567_n.jpg": b"\xff\xd8\xff\xe0 synthetic jpeg",
        f"{act}/posts/media/Videos_5521/998877_n.mp4": b"\x00\x00\x00\x18ftypmp42 synthetic",
        f"{act}/comments_and_reactions/comments.json": meta_json(comments),
        f"{act}/comments_and_reactions/likes_and_reactions.json": meta_json(reactions),
        f"{act}/groups/group_posts_and_comments.json": meta_json(group_posts),
        f"{act}/groups/your_comments_in_groups.json": meta_json(group_comments),
        f"{act}/groups/your_group_membership_activity.json": meta_json(groups),
        f"{act}/pages/pages_you've_liked.json": meta_json(pages),
        f"{act}/pages/pages_and_profiles_you_follow.json": meta_json(follows),
        f"{act}/events/your_event_responses.json": meta_json(events),
        f"{act}/messages/inbox/marcdubois_10158765432/message_1.json": meta_json(dm),
        f"{act}/messages/e2ee_cutover/juliebouchardcote_2024/message_1.json": meta_json({**dm, "title": "Julie Bouchard-Côté"}),
        f"{act}/messages/autofill_information.json": meta_json({"autofill_information_v2": {"PHONE": [SENTINEL]}}),
        "logged_information/search/your_search_history.json": meta_json({"searches_v2": [{"timestamp": eastern("2024-01-01 10:00"), "data": [{"text": "ne doit pas être lu"}]}]}),
        "personal_information/profile_information/profile_information.json": meta_json(profile),
        "connections/followers/people_who_followed_you.json": meta_json({"followers_v3": [
            {"name": f"Abonné·e {i:03d}", "timestamp": eastern("2015-01-01 12:00") + i * 86400} for i in range(FOLLOWERS_2025)]}),
    }


FOLLOWERS_2025 = 128  # people who follow her in the 2025 download: only counted (reach), names never read into a post


def hash_name(text: str) -> int:
    """A stable pseudo fbid (Python's hash() is salted per run)."""
    value = 1469598103934665603
    for byte in text.encode():
        value = ((value ^ byte) * 1099511628211) % (1 << 63)
    return value % 10**15


# --------------------------------------------------------------------------- HTML (pre-2022 markup)

def fr_date(stamp: str) -> str:
    """"YYYY-MM-DD HH:MM" → "25/12/2020, 23:30", the French HTML date (local time, no zone)."""
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return local.strftime("%d/%m/%Y, %H:%M")


def old_item(title: str, body: str, when: str) -> str:
    """One record in the 2018–2021 markup (FORMATS §2.9): title `_2lel`, body `_2let`, date `_2lem`."""
    head = f'<div class="_3-96 _2pio _2lek _2lel">{escape(title)}</div>' if title else ""
    return (f'<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder">{head}'
            f'<div class="_3-96 _2let">{body}</div><div class="_3-94 _2lem">{fr_date(when)}</div></div>')


def text_body(*paragraphs: str) -> str:
    return "<div><div></div>" + "".join(f'<div class="_2pin"><div>{escape(p)}</div></div>' for p in paragraphs) + "</div>"


def page(heading: str, items: list[str]) -> bytes:
    """A whole page: Facebook's wrapper divs, the page heading `_3b0d`, then the records."""
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8" /><title>' + escape(heading) + '</title>'
            '<style type="text/css">body{font-family:Helvetica}._2pi0{padding:12px}</style></head>'
            '<body class="_5vb_ _2yq _4yic"><div class="clearfix _ikh"><div class="_4bl9"><div class="_li">'
            '<div class="_3a_u"><div class="_3-8y _3-95 _3b0b"><div style="font-size:14px">'
            f'<div class="_3b0d">{escape(heading)}</div></div></div><div class="_4t5n" role="main">'
            + "\n".join(items) + "</div></div></div></div></div></body></html>")
    return html.encode("utf-8")


def html_files() -> dict[str, bytes]:
    """The 2021 HTML download (F2 folders), French interface, old class names."""
    me = OWNER
    upd = f"{me} a mis à jour son statut."
    posts = [
        old_item(upd, text_body("Le télétravail à EDSC, c'est bien, mais nos outils informatiques datent de 1998. Personne en haut ne s'en rend compte."), "2021-02-11 10:20"),
        old_item(f"{me} a partagé un lien.", text_body("À lire avant la rentrée.") + '<div class="_2pin"><a href="https://news.example.com/2020/08/ecoles-rentree">'
                 'https://news.example.com/2020/08/ecoles-rentree</a></div>', "2020-08-25 19:05"),
        old_item(upd, text_body(f"Retour en classe à l'{SCHOOL} avec les masques. Bonne chance aux profs! 🍎"), "2020-08-31 07:50"),
        old_item(f"{me} a partagé la publication de Jagmeet Singh.", "", "2020-06-02 12:30"),
        old_item(upd, text_body(f"Qui a perdu un chat roux sur la rue des Érables? Il est chez nous, appelez au {PHONE}."), "2020-05-19 18:40"),
        old_item(f"{me} a ajouté une nouvelle photo.", '<div><div class="_2pin"><div><img src="photos_and_videos/TimelinePhotos_4410/445560_n.jpg" /></div>'
                 '<div>Pain aux bananes du confinement 🍌🍞</div></div></div>', "2020-04-04 15:15"),
        old_item(upd, text_body("Stay home, stay safe. On va passer à travers 🌈", "Ça va bien aller!"), "2020-03-22 20:00"),
        old_item(f"{me} était à Aréna Guertin.", text_body("Dernier match de hockey de la saison pour le grand 🏒", "Aréna Guertin"), "2020-03-08 09:30"),
    ]
    wall = [old_item("Marc Dubois a écrit sur votre journal.", text_body("Bonne fête Noémie! On fête ça virtuellement cette année 🎂"), "2020-03-14 08:30")]
    comments = [
        old_item(f"{me} a commenté la publication de Marc Dubois.", text_body("Pareil chez nous, le VPN plante chaque matin 🙄"), "2021-02-11 12:02"),
        old_item(f"{me} a commenté la publication de Jagmeet Singh.", text_body("Merci de défendre les travailleurs essentiels! 🧡"), "2020-04-15 19:22"),
        old_item(f"{me} a répondu au commentaire de Julie Bouchard-Côté.", text_body("Oui! Le 12 à 19 h chez nous."), "2020-12-05 21:10"),
    ]
    reactions = [
        old_item(f"{me} a aimé la publication de Jagmeet Singh.", "", "2020-11-20 18:45"),
        old_item(f"{me} a réagi à la publication de NPD – Nouveau Parti démocratique.", "", "2020-10-01 12:10"),
    ]
    groups = [old_item("Vous êtes devenue membre de Parents de l'école des Trois-Saisons.", "", "2017-08-30 20:00"),
              old_item(f"Vous êtes devenue membre de {GROUP_JOINED[1]}.", "", GROUP_JOINED[0])]
    pages_liked = [old_item("", text_body(PAGE_NPD[1]), PAGE_NPD[0]), old_item("", text_body("Club de vélo de Gatineau"), "2014-04-02 19:00")]

    def row(label: str, *values: str) -> str:
        body = "".join(f"<div>{escape(v)}</div>" for v in values)
        return (f'<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">{escape(label)}</div>'
                f'<div class="_3-96 _2let">{body}</div></div>')

    profile = [
        row("Nom", OWNER), row("Date de naissance", "14 mars 1988"), row("Adresses e-mail", "noemie.lo.perso@example.com"),
        row("Numéros de téléphone", "+1 819 555 0147"), row("Ville actuelle", "Gatineau, Québec"), row("Ville d’origine", "Rimouski, Québec"),
        row("Membres de la famille", "Amara Laflamme-Okafor — Fille"),
        row("Emploi", "Analyste des politiques — Emploi et Développement social Canada"),
        row("Formation", "Université d'Ottawa — Affaires publiques et internationales"),
        row("Opinions politiques", "Nouveau Parti démocratique"),
    ]
    dm = page("Marc Dubois", [old_item("Marc Dubois", text_body(f"{SENTINEL} rappelle-moi"), "2020-12-01 21:00")])
    return {
        "index.html": page("Vos informations", ['<div class="_2pin"><a href="posts/your_posts_1.html">Publications</a></div>']),
        "posts/your_posts_1.html": page("Vos publications", posts),
        "posts/other_people's_posts_to_your_timeline.html": page("Publications d’autres personnes sur votre journal", wall),
        "comments_and_reactions/comments.html": page("Commentaires", comments),
        "comments_and_reactions/posts_and_comments.html": page("Publications et commentaires", reactions),
        "groups/your_group_membership_activity.html": page("Votre activité d’adhésion aux groupes", groups),
        "pages/pages_you've_liked.html": page("Pages que vous avez aimées", pages_liked),
        "profile_information/profile_information.html": page("Informations de profil", profile),
        "photos_and_videos/TimelinePhotos_4410/445560_n.jpg": b"\xff\xd8\xff\xe0 synthetic jpeg",
        "messages/inbox/marcdubois_a1b2c3d4e5/message_1.html": dm,
    }


# --------------------------------------------------------------------------- writing

def write_zip(path: Path, files: dict[str, bytes], when: tuple[int, int, int, int, int, int]) -> None:
    """Deterministic zip: sorted members, folder entries, one fixed timestamp, fixed permissions."""
    names = set(files)
    for name in list(files):
        parts = name.split("/")[:-1]
        names.update("/".join(parts[: i + 1]) + "/" for i in range(len(parts)))
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name in sorted(names):
            info = zipfile.ZipInfo(name, date_time=when)
            info.create_system = 3
            if name.endswith("/"):
                info.external_attr = (0o40755 << 16) | 0x10
                zf.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, files[name])
    tmp.replace(path)


ARCHIVES = {
    "facebook-2019-json.zip": (f1_files, (2019, 10, 20, 14, 2, 10)),
    "facebook-2025-json.zip": (f4_files, (2025, 6, 14, 9, 31, 44)),
    "facebook-2021-html.zip": (html_files, (2021, 3, 8, 20, 15, 0)),
}


README = """# sample_exports — synthetic Facebook exports

**Everything here is synthetic** (same persona as the X samples: Noémie Laflamme-Okafor, policy analyst at
EDSC/ESDC since 2019-09-03, Gatineau). Names of real parties and leaders appear only as targets of likes,
shares, follows and memberships. Regenerate with `python3 tests/sample_builders/make_facebook_samples.py`
(stdlib only, byte-identical output). Do not edit the zips by hand.

| archive | layout | records a parser should read | problems |
|---|---|---|---|
| `facebook-2019-json.zip` | F1 JSON (`posts/your_posts_1.json`, `{"comments"}`, `{"reactions"}`, `{"page_likes"}`, `{"profile"}`…), French titles | 53: post 17, quote 1, repost 1, comment 6, like 2, reaction 2, page_follow 4, group 5 (2 groups, 2 events joined, 1 interested), profile 15 | messages folder (2 conversations, 4 files) not read; photo without caption; sticker-only comment |
| `facebook-2025-json.zip` | F4 JSON (`your_facebook_activity/…`, posts in `_1` + `_2`, `label_values` reactions incl. a nested `dict`), English titles | 52: post 22, repost 1, comment 6, like 3, reaction 2, page_follow 3, group 4, profile 11 | messages folder (2 conversations, 3 files) not read; photo without caption |
| `facebook-2021-html.zip` | HTML, pre-2022 classes (`_2pi0`/`_2lel`/`_2let`/`_2lem`), French, dates `25/12/2020, 23:30` (Gatineau local time) | 28: post 8, repost 1, comment 3, like 1, reaction 1, page_follow 2, group 2, profile 10 | messages folder (1 conversation) not read |

Read together the three give 110 distinct records (133 read, 23 duplicates): the 2025 zip re-delivers six
2019 posts, one comment, one like, one page, one group and seven profile entries with the same date and
text; the HTML export's two groups, two pages, name and e-mail match JSON ones to the minute.

What a reviewer would flag: phone `819 555-0147` (2019 post, 2021 HTML post, profile), home address
`12, rue des Érables, Gatineau (Québec) J8Y 3B4`, the child's school (posts, group comment, group joined),
empty-house trip dates (2018 Varadero, 2023 Portugal), partisanship (NDP canvassing posts and group posts
during the 2015/2019/2021 campaigns, re-shares, likes and comments on Jagmeet Singh's and the NDP's posts,
the `NPD Outaouais` page, the `Bénévoles NPD Gatineau` group, NDP events, a political view in the profile),
criticism of the department (2019 reorg post, 2021 HTML post, 2022 post and comment), sponsored posts
(`#partenariat` 2018, `#ad`/`#sponsored` 2024). Harmless: cycling, soccer, cooking, snow, a poll, a note.
Every messages folder holds `DM-SENTINEL-NEVER-READ`; `logged_information/…/your_search_history.json`
(2025) must not be read either.

The 2025 zip also lists 128 people who follow her (`connections/followers/people_who_followed_you.json`,
`followers_v3`, invented names): a parser counts them for reach, onto her own posts, and keeps no name.

Format choices where FORMATS.md is unsure: F1 wall posts as `{"wall_posts_sent_to_you": {"activity_log_data":
[…]}}`; F4 `other_people's_posts_to_your_timeline.json` as a bare list titled "X wrote on <owner>'s
timeline."; F1 `followed_pages.json` as `{"pages_followed": […]}`; the old profile HTML as title/body
blocks; HTML dates without seconds.
"""


def main() -> None:
    for name, (build, when) in ARCHIVES.items():
        write_zip(HERE / name, build(), when)
        print(f"wrote {name}")
    (HERE / "README-facebook.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
