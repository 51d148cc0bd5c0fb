#!/usr/bin/env python3
"""(Re)generate the synthetic X/Twitter archives in sample_exports/ (stdlib only, deterministic).

Fictional persona: Noémie Laflamme-Okafor (@noemie_lo, accountId 2961450387), bilingual policy
analyst, joined EDSC/ESDC on 2019-09-03, lives in Gatineau. Everything is invented: example.org /
example.com domains, 555-01xx phone numbers, made-up handles, ids and texts.

Outputs (see README.md, written by this script too):
  x-2016-grailbird.zip                    era A  "tweet archive" (Grailbird + tweets.csv)
  x-2019/twitter-2019-06-14/ (+.DS_Store) era B  unzipped folder wrapping one folder, files at its root
  twitter-2023-11-02-<64 hex>.zip         era E  data/ + manifest.js, tweets in two parts, note tweets...
  x_expected.json                    independent oracle, computed from the tables below

Run:  python3 tests/sample_builders/make_x_samples.py
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parents[2] / "sample_exports"  # the archives land there
ORACLE_DIR = Path(__file__).resolve().parent
TWEPOCH_MS = 1288834974657
UTC = timezone.utc

OWNER_ID = "2961450387"
OWNER_HANDLE = "noemie_lo"
OWNER_NAME = "Noémie Laflamme-Okafor"
OWNER_EMAIL = "noemie.lo.perso@example.com"
OWNER_CREATED = datetime(2012, 3, 14, 22, 58, 3, tzinfo=UTC)

# Other (invented) accounts: handle -> (display name, user id)
USERS: dict[str, tuple[str, str]] = {
    OWNER_HANDLE: (OWNER_NAME, OWNER_ID),
    "julie_bcd": ("Julie B.", "418220961"),
    "canlit_reads": ("CanLit Reads", "1093385120"),
    "m_gagnon_qc": ("M. Gagnon", "377104582"),
    "actu_outaouais": ("Actu Outaouais", "1205571934"),
    "policy_wonk_ca": ("Policy Wonk CA", "2233019876"),
    "ottawa_bikes": ("Ottawa Bikes", "1530884412"),
    "boutique_xyz": ("Boutique XYZ", "3308815520"),
    "npd_benevoles_gat": ("Bénévoles NPD Gatineau", "958812330473693184"),
    "cdn_politics_fan": ("Cdn Politics Fan", "1101447725539201024"),
    "troll_ottawa99": ("ottawa truth 99", "1288230114466553856"),
    "sacoche_co": ("Sacoche & Co.", "1420966631877328896"),
}

SOURCES = {
    "web": '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
    "iphone": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    "android": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    "webapp": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
}

LOW_CRED_DOMAIN = "verites-cachees.example.com"


# --------------------------------------------------------------------------- helpers

def utc(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def hnum(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(n: int, k: int) -> str:
    out = []
    for _ in range(k):
        n, r = divmod(n, 62)
        out.append(B62[r])
    return "".join(out)


def snowflake(when: datetime, salt: str) -> str:
    """A realistic id for `when`: ms = (id >> 22) + TWEPOCH; the ms inside the second is derived from salt."""
    ms = int(when.timestamp()) * 1000 + hnum(salt, "ms") % 1000
    return str(((ms - TWEPOCH_MS) << 22) | (hnum(salt, "low") % (1 << 22)))


def id_ms(id_str: str) -> int:
    return (int(id_str) >> 22) + TWEPOCH_MS


def tco(salt: str, when: datetime) -> str:
    scheme = "http" if when < utc("2014-01-01 00:00:00") else "https"
    return f"{scheme}://t.co/{b62(hnum('tco', salt), 10)}"


def display_url(expanded: str) -> str:
    d = re.sub(r"^https?://(www\.)?", "", expanded)
    return d if len(d) <= 26 else d[:25] + "…"


def x_escape(s: str) -> str:
    """X escapes exactly these three in text fields."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fmt_x(dt: datetime) -> str:  # eras B-E: "Thu Oct 12 17:40:03 +0000 2023" (locale-free)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[dt.weekday()]} {months[dt.month - 1]} {dt.day:02d} {dt:%H:%M:%S} +0000 {dt.year}"


def fmt_a(dt: datetime) -> str:  # era A and tweets.csv: "2013-05-05 18:20:11 +0000"
    return f"{dt:%Y-%m-%d %H:%M:%S} +0000"


def fmt_iso_ms(ms: int) -> str:
    dt = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return f"{dt:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}Z"


def eastern(dt: datetime) -> datetime:
    """America/Toronto without tzdata: DST from 2nd Sunday of March 07:00 UTC to 1st Sunday of Nov 06:00 UTC."""
    def nth_sunday(year: int, month: int, n: int) -> datetime:
        d = datetime(year, month, 1, tzinfo=UTC)
        d += timedelta(days=(6 - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    start = nth_sunday(dt.year, 3, 2) + timedelta(hours=7)
    end = nth_sunday(dt.year, 11, 1) + timedelta(hours=6)
    off = -4 if start <= dt < end else -5
    return (dt + timedelta(hours=off)).replace(tzinfo=timezone(timedelta(hours=off)))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# --------------------------------------------------------------------------- serialisers

def _ind(level: int) -> str:
    return "  " * level


def x_json(obj: object, level: int = 0) -> str:
    """X's pretty printer: 2-space indent, ' : ', arrays one item per line, '[ ]' / '{ }', raw UTF-8."""
    if isinstance(obj, dict):
        if not obj:
            return "{ }"
        items = [f"{_ind(level + 1)}{json.dumps(k, ensure_ascii=False)} : {x_json(v, level + 1)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + _ind(level) + "}"
    if isinstance(obj, list):
        if not obj:
            return "[ ]"
        items = [_ind(level + 1) + x_json(v, level + 1) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + _ind(level) + "]"
    return json.dumps(obj, ensure_ascii=False)


def ytd(name: str, part: int, records: list) -> bytes:
    return f"window.YTD.{name}.part{part} = {x_json(records)}".encode("utf-8")


_U = re.compile(r"\\u([0-9a-f]{4})")


def gb_str(s: str) -> str:
    """Grailbird string: ASCII-only, uppercase \\uXXXX, '/' as '\\/', < > & as \\u003C \\u003E \\u0026."""
    out = json.dumps(s, ensure_ascii=True)
    out = _U.sub(lambda m: "\\u" + m.group(1).upper(), out)
    return out.replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def gb_json(obj: object, level: int = 0) -> str:
    """Grailbird (Ruby-ish) pretty printer: ' [ {', '}, {', empty object as '{\\n  }', inline scalar arrays."""
    if isinstance(obj, dict):
        if not obj:
            return "{\n" + _ind(level) + "}"
        items = [f"{_ind(level + 1)}{gb_str(k)} : {gb_json(v, level + 1)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + _ind(level) + "}"
    if isinstance(obj, list):
        if not obj:
            return "[ ]"
        if all(isinstance(v, dict) for v in obj):
            return "[ " + ", ".join(gb_json(v, level) for v in obj) + " ]"
        return "[ " + ", ".join(gb_json(v, level) for v in obj) + " ]"
    if isinstance(obj, str):
        return gb_str(obj)
    return json.dumps(obj)


# --------------------------------------------------------------------------- content tables

@dataclass
class Orig:
    """Someone else's tweet (retweeted or quoted)."""
    author: str
    when: str
    text: str = ""
    lang: str = "en"


@dataclass
class T:
    key: str
    when: str
    kind: str  # post | reply | repost | quote
    lang: str
    text: str = ""  # DSL: [[@handle]] [[#tag]] [[url https://…]] [[quote]] [[media]]
    reply_to: str | None = None  # "handle" (external, target id derived) or "self:<key>"
    orig: Orig | None = None  # retweeted or quoted tweet
    media: str | None = None  # media key (basename without .jpg)
    deleted_at: str | None = None
    circle: bool = False
    note: str | None = None  # full long text (truncated in tweets.js, full in note-tweet.js)
    edit_of: str | None = None  # key of the initial version
    source: str | None = None
    labels: tuple[str, ...] = ()


TWEETS: list[T] = [
    # ---- era A period (2012 -> 2016-08) --------------------------------------------------
    T("a01", "2012-03-14 23:05:12", "post", "fr", "Premier tweet! Enfin sur Twitter, on verra bien ce que ça donne 🙂"),
    T("a02", "2012-09-04 16:22:37", "post", "en",
      "First day of classes: public policy & administration, here I come. [[#backtoschool]]"),
    T("a03", "2012-11-20 01:14:09", "reply", "en",
      "[[@julie_bcd]] haha yes, see you at the library at 7, I'll bring coffee", reply_to="julie_bcd"),
    T("a04", "2013-01-15 19:40:51", "repost", "en", orig=Orig(
        "canlit_reads", "2013-01-15 15:02:33",
        "Winter reading list: 12 Canadian novels to get you through January, from quiet short story "
        "collections to sprawling family sagas [[url https://example.org/lists/winter-reads-2013]]")),
    T("a05", "2013-02-28 13:12:44", "post", "fr",
      "Le char est pris dans le banc de neige pour la 3e fois cette semaine. Chu tannée de l'hiver 🙃"),
    T("a06", "2013-04-10 22:31:05", "post", "fr",
      "Liste d'épicerie pour le pouding chômeur:\n- cassonade\n- farine\n- beurre\nQui a la meilleure recette? [[#cuisine]]"),
    T("a07", "2013-05-05 18:20:11", "post", "en",
      "Great read on housing policy in mid-sized cities [[url https://example.org/blog/housing-mid-sized-cities]]"),
    T("a08", "2013-08-02 03:47:29", "reply", "fr",
      "[[@m_gagnon_qc]] t'es vraiment un imbécile fini, retourne sous ta roche", reply_to="m_gagnon_qc",
      deleted_at="2017-02-01 15:00:00", labels=("harassment",)),
    T("a09", "2013-10-19 23:15:40", "post", "en",
      "Leafs vs Habs tonight. You know where my loyalties lie. [[#GoHabsGo]] 🏒"),
    T("a10", "2014-02-20 21:08:17", "post", "fr",
      "Ma cousine fait son stage au bloc opératoire cette semaine. Respect total pour ce qu'elle vit chaque jour 👏",
      labels=("hard_negative",)),
    T("a11", "2014-03-04 14:30:02", "post", "fr", "24 ans aujourd'hui! Merci pour tous les beaux messages ❤️",
      labels=("personal_info",)),
    T("a12", "2014-04-07 12:05:55", "post", "en",
      "Québec election today. Whoever you support, go vote! Polls close at 8 pm. [[#qc2014]]",
      labels=("hard_negative",)),
    T("a13", "2014-06-01 17:45:30", "post", "fr",
      "Mon mémoire de maîtrise est déposé!!! Merci à tous ceux qui m'ont endurée 😅 "
      "[[url https://example.org/theses/memoire-2014.pdf]]"),
    T("a14", "2014-09-10 02:11:48", "post", "en",
      "My liberal arts degree finally paid off: I can explain Foucault to a toddler. [[#gradschool]]",
      labels=("hard_negative",)),
    T("a15", "2014-11-02 18:55:21", "post", "fr", "Soupe aux pois maison, le dimanche parfait [[media]]",
      media="B1nRk3pCYAA7xQe"),
    T("a16", "2015-01-21 13:20:00", "repost", "fr", orig=Orig(
        "actu_outaouais", "2015-01-21 12:48:17",
        "Travaux de nuit sur le boulevard des Allumettières du 26 au 30 janvier: une voie fermée dans chaque "
        "direction entre 21 h et 5 h. Détails: [[url https://example.org/infos-travaux/2015-01]]", "fr")),
    T("a17", "2015-03-18 15:02:44", "post", "fr",
      "Offre d'emploi: l'Institut Boréal cherche un·e analyste de recherche bilingue. Partagez svp! "
      "[[url https://example.org/emplois/analyste-2015]]"),
    T("a18", "2015-08-08 16:12:09", "post", "fr",
      "C'est parti! Fière de faire du porte-à-porte pour le NPD toute la fin de semaine [[#elxn42]] [[#NPD]] 🧡",
      labels=("partisanship",)),
    T("a19", "2015-09-25 01:33:40", "post", "fr",
      "Débat des chefs: Mulcair était de loin le meilleur ce soir. [[#elxn42]] [[#polcan]]",
      deleted_at="2019-08-20 02:10:00", labels=("partisanship",)),
    T("a20", "2015-10-19 13:05:27", "post", "fr",
      "Votez! Peu importe pour qui, allez voter aujourd'hui. Les bureaux ferment à 21 h 30. [[#elxn42]]",
      labels=("hard_negative",)),
    T("a21", "2015-10-19 20:40:03", "post", "fr",
      "Dernière chance: votez pour le NPD, votez pour le changement! [[#elxn42]] [[#NPD]]",
      labels=("partisanship",)),
    T("a22", "2015-11-12 19:27:55", "quote", "en",
      "This is exactly the point our brief made last spring. Glad it's finally getting traction. [[quote]]",
      orig=Orig("policy_wonk_ca", "2015-11-12 17:03:12")),
    T("a23", "2016-01-09 03:02:19", "post", "en",
      "Book rec: finished 'The Silent Orchard' in two nights. Gorgeous, sad, perfect for a snowstorm 📚"),
    T("a24", "2016-04-23 14:48:36", "post", "fr",
      "Premier tour de vélo de la saison dans le parc de la Gatineau 🚴‍♀️ il reste de la neige dans les sous-bois!"),
    T("a25", "2016-06-08 18:09:12", "post", "en",
      "QA tip of the day: typed <script>alert(1)</script> and <img src=x onerror=alert(1)> into our new "
      "donation form. Nothing happened. Good form 😇 [[#webdev]]"),
    T("a26", "2016-07-20 20:20:20", "post", "und", "☀️🚲🍦"),
    T("a27", "2016-08-05 12:34:56", "post", "und", "[[url https://example.com/podcast/episode-42]]"),
    T("a28", "2016-08-15 13:02:40", "repost", "en", orig=Orig(
        "ottawa_bikes", "2016-08-15 12:10:05",
        "New protected bike lanes open this weekend on the east-west corridor: ribbon cutting Saturday & a "
        "family ride Sunday morning. Bring helmets, kids and snacks! [[url https://example.org/bikes/corridor]]")),
    # ---- era B period (2016-08 -> 2019-06-14) ---------------------------------------------
    T("b01", "2016-10-02 19:30:44", "post", "fr",
      "Fin de saison pour l'équipe de soccer U8 que j'aide à entraîner. Quartiers d'oranges, crampons pleins "
      "de boue, zéro but, joie maximale ⚽"),
    T("b02", "2017-04-18 14:00:03", "post", "en",
      "Our new report on child care deserts in rural Quebec is out today "
      "[[url https://example.org/rapports/garde-rurale-2017]] [[#childcare]]"),
    T("b03", "2017-06-10 15:25:37", "post", "fr",
      "Ma sœur ouvre enfin son atelier de réparation de vélos! « Passez nous voir — notre boutique: 819 555-0100 » 🚲",
      labels=("hard_negative",)),
    T("b04", "2017-11-23 17:44:12", "post", "fr",
      "Commande n° 482913756 toujours pas livrée après trois semaines. Super service [[@boutique_xyz]] 🙄",
      labels=("hard_negative",)),
    T("b05", "2018-04-11 13:10:00", "post", "fr",
      "Petit fil sur ce que j'ai appris en 4 ans d'évaluation de programmes sociaux 🧵 1/3"),
    T("b06", "2018-04-11 13:12:41", "reply", "fr",
      "2/3 Les données administratives valent de l'or, mais seulement si on parle aux gens qui les saisissent.",
      reply_to="self:b05"),
    T("b07", "2018-04-11 13:15:09", "reply", "fr", "3/3 Et surtout: publiez vos résultats négatifs. Fin.",
      reply_to="self:b06"),
    T("b08", "2018-11-29 16:20:00", "post", "fr",
      "Honnêtement, le gouvernement Ford est une farce. Couper dans les services en français, sérieusement? [[#onpoli]]",
      deleted_at="2019-08-20 02:12:00", labels=("partisanship",)),
    T("b09", "2019-01-25 15:30:30", "post", "fr",
      "Offre d'emploi: l'Institut Boréal embauche deux stagiaires pour l'été. Détails: "
      "[[url https://example.org/emplois/stages-ete-2019]]"),
    T("b10", "2019-03-06 20:15:33", "quote", "en",
      "Couldn't agree more. Evaluation budgets are always the first to go. [[quote]]",
      orig=Orig("policy_wonk_ca", "2019-03-06 18:44:00")),
    T("b11", "2019-04-20 01:05:00", "post", "en",
      "Currently reading a history of the Rideau Canal. Nerdy? Yes. Fascinating? Also yes 📚"),
    T("b12", "2019-05-28 23:02:18", "post", "fr", "Première récolte de radis du jardin 🌱 [[media]]",
      media="D7sLq0aW4AEv2Yk"),
    # ---- era E period (2019-06 -> 2023-11-02) ---------------------------------------------
    T("e01", "2019-09-03 12:30:41", "post", "fr",
      "Premier jour chez Emploi et Développement social Canada! Tellement fière de rejoindre la fonction "
      "publique fédérale 🇨🇦"),
    T("e02", "2019-09-17 18:12:26", "post", "fr",
      "Jagmeet Singh a complètement dominé aujourd'hui. Le 21 octobre, votez pour le NPD! [[#elxn43]] [[#VotezNPD]]",
      labels=("partisanship",)),
    T("e03", "2019-10-08 15:47:03", "post", "en",
      "Watched the debate replay over lunch. Singh is the only leader serious about pharmacare. Vote NDP on "
      "Oct 21! [[#elxn43]] [[#cdnpoli]]", labels=("partisanship",)),
    T("e04", "2019-10-20 22:15:00", "repost", "fr", orig=Orig(
        "npd_benevoles_gat", "2019-10-20 21:02:11",
        "Dernier appel aux bénévoles pour demain: on a besoin de monde pour faire sortir le vote dans tous les "
        "quartiers de Gatineau! Écrivez-nous [[#elxn43]] [[#NPD]] 🧡", "fr"), labels=("partisanship",)),
    T("e05", "2019-10-21 11:05:50", "post", "fr",
      "Jour d'élection! Peu importe votre choix, allez voter. N'oubliez pas une pièce d'identité. [[#elxn43]]",
      labels=("hard_negative",)),
    T("e06", "2020-03-04 13:15:09", "post", "fr",
      "J'ai eu 30 ans aujourd'hui, née le 4 mars 1990 et toujours pas capable de réussir un gâteau qui lève 😅🎂",
      labels=("personal_info",)),
    T("e07", "2020-04-02 15:33:12", "post", "fr",
      "Pour les voisins qui ont besoin d'épicerie pendant le confinement: textez-moi au 819 555-0147, je fais "
      "des commissions le mardi pis le vendredi 🛒", labels=("personal_info",)),
    T("e08", "2020-04-18 02:40:33", "post", "en",
      "Interesting read. Makes you wonder what they're not telling us about the towers… "
      f"[[url https://{LOW_CRED_DOMAIN}/2020/04/virus-5g-la-verite]]", labels=("misinformation",)),
    T("e09", "2020-06-02 22:10:45", "post", "en",
      f"Neighbours: if you still need help with groceries, call or text (819) 555-0147 or email {OWNER_EMAIL}",
      labels=("personal_info",)),
    T("e10", "2020-09-14 14:25:18", "post", "fr",
      "Encore une décision absurde de la haute direction à EDSC. Trois mois de travail à la poubelle. "
      "[[#fonctionpublique]]", labels=("employer_criticism",)),
    T("e11", "2021-04-14 19:55:47", "post", "fr",
      "Grosse nouvelle qui s'en vient pour l'assurance-emploi: annonce officielle la semaine prochaine, vous "
      "ne l'avez pas entendu de moi 🤫", labels=("confidential_info",)),
    T("e12", "2021-05-14 23:40:02", "post", "fr",
      "Vente de garage demain dès 8 h au 12, rue des Érables, Gatineau (Québec) J8Y 3B4 — livres, vélos "
      "d'enfant, vaisselle. Bienvenue!", labels=("personal_info",)),
    T("e13", "2021-06-12 16:03:27", "post", "fr",
      "Trois semaines d'arrêt pour épuisement professionnel et anxiété. Je reprends lundi avec un nouveau "
      "traitement. Prenez soin de vous ❤️", labels=("personal_info",)),
    T("e14", "2021-08-24 14:30:11", "post", "fr",
      "Votez pour Jagmeet Singh et le NPD le 20 septembre! On mérite mieux. [[#elxn44]] [[#NPD]] [[#polcan]]",
      labels=("partisanship",)),
    T("e15", "2021-09-14 17:02:58", "quote", "en",
      "This. Exactly why I'm voting NDP next week. [[#elxn44]] [[quote]]",
      orig=Orig("cdn_politics_fan", "2021-09-14 15:40:00"), labels=("partisanship",)),
    T("e16", "2021-09-20 11:20:33", "post", "fr",
      "C'est aujourd'hui! Allez voter, peu importe pour qui. Chaque vote compte. [[#elxn44]]",
      labels=("hard_negative",)),
    T("e17", "2022-02-10 03:14:15", "reply", "en",
      "[[@troll_ottawa99]] you're a pathetic clown and everyone at your office knows it. Log off, loser.",
      reply_to="troll_ottawa99", labels=("harassment",)),
    T("e18", "2022-05-20 21:45:00", "post", "fr",
      "On part deux semaines au Portugal le 12 juillet, maison vide, enfin des vacances! 🇵🇹☀️",
      labels=("personal_info",)),
    T("e19", "2022-10-27 19:00:00", "post", "en",
      "Loving my new commuter panniers from [[@sacoche_co]] 🚲 Use code NOEMIE15 for 15% off! "
      "[[url https://sacoche.example.com/boutique]] [[#commandité]] [[#ad]]", labels=("conflict_of_interest",)),
    T("e20", "2023-01-19 16:40:00", "post", "fr",
      "Au colloque sur les données ouvertes à Montréal cette semaine. Super panel ce matin sur la protection "
      "de la vie privée [[#DonnéesOuvertes]]"),
    T("e21", "2023-02-08 01:12:09", "post", "fr",
      "Juste pour mon cercle: le spectacle de fin d'hiver à l'École primaire Jardin-des-Lucioles, c'est jeudi, "
      "et mon grand chante en solo 🥹", circle=True, labels=("personal_info",)),
    T("e22", "2023-03-15 13:02:11", "post", "fr",
      "Bravo à l'équipe pour le lancement du nouveau portail! Même si la haute direction a tout fait pour le "
      "retarder 🙄", labels=("employer_criticism",)),
    T("e23", "2023-03-15 13:09:40", "post", "fr", "Bravo à l'équipe pour le lancement du nouveau portail! 🎉",
      edit_of="e22"),
    T("e24", "2023-04-02 14:30:00", "repost", "en", orig=Orig(
        "canlit_reads", "2023-04-02 13:00:00",
        "Spring reading list: 10 new Canadian novels, including a debut about three sisters & their sugar shack "
        "and a thriller set on a lake freighter [[url https://example.org/lists/spring-2023]]")),
    T("e25", "2023-06-20 16:45:12", "post", "fr", note=(
        "Petit bilan de ma saison de vélo-boulot: 2 400 km entre Gatineau et le centre-ville d'Ottawa, quatre "
        "crevaisons, une chute sans gravité sur le pont et beaucoup trop de nids-de-poule. Ce que j'ai appris: "
        "partir tôt, toujours avoir une chambre à air de rechange, et ne jamais sous-estimer le vent sur la "
        "rivière. Les nouvelles pistes protégées font une vraie différence, merci aux équipes qui les ont "
        "construites. Si vous voulez vous joindre au groupe de vélo du mercredi matin, écrivez-moi ou textez au "
        "819-555-0147, on part à 6 h 45 du parc."), labels=("personal_info",)),
    T("e26", "2023-09-16 18:20:00", "post", "fr", "Cueillette de pommes en famille 🍎 [[media]]", media="abc123"),
    # deleted within 14 days before the 2023-11-02 export -> data/deleted-tweets.js only
    T("d01", "2023-10-18 14:20:05", "post", "fr",
      "Franchement, la haute gestion n'a aucune idée de ce qui se passe sur le plancher. Encore une "
      "réorganisation pour rien.", deleted_at="2023-10-24 10:00:00", labels=("employer_criticism",)),
    T("d02", "2023-10-25 02:03:04", "reply", "en", "[[@troll_ottawa99]] nobody asked you, idiot.",
      reply_to="troll_ottawa99", deleted_at="2023-10-26 12:00:00", labels=("harassment",)),
]

# Long post whose tweet was deleted long ago: only its note tweet survives (orphan).
ORPHAN_NOTES = [
    ("n01", "2023-08-09 20:31:07",
     "Critique rapide de mes lectures d'été, parce que plusieurs m'ont demandé: le roman sur les trois sœurs et "
     "leur cabane à sucre est drôle et tendre, parfait pour le chalet. Le polar sur le cargo des Grands Lacs "
     "commence lentement mais la dernière centaine de pages est impossible à lâcher. Et l'essai sur l'histoire "
     "du canal Rideau, eh bien, c'est pour les nerds comme moi. Prochaine liste en septembre!", ()),
]


@dataclass
class Like:
    key: str
    when: str  # creation time of the liked tweet (the like itself has no timestamp)
    text: str  # DSL-free raw text as X stores it in like.js (t.co links, HTML entities already)
    in_b: bool = True
    in_e: bool = True
    text_in_e: bool = True  # False: liked tweet deleted later -> no fullText in the 2023 archive
    labels: tuple[str, ...] = ()


def _l(salt: str) -> str:
    return f"https://t.co/{b62(hnum('like-tco', salt), 10)}"


LIKES: list[Like] = [
    Like("l01", "2016-05-30 14:00:11",
         "Summer reading list is up! 15 books for the dock &amp; the cottage " + _l("l01")),
    Like("l02", "2017-10-12 11:20:45",
         "Travaux sur le pont: fermeture complète ce week-end, prévoyez un détour " + _l("l02")),
    Like("l03", "2018-09-28 17:05:00", "Le 1er octobre, votez Québec solidaire! #polqc #qc2018",
         in_e=False, labels=("partisanship",)),
    Like("l04", "2019-03-10 12:44:30", "Sortie du dimanche: départ 8 h au parc &lt;— soyez à l'heure! 🚴"),
    Like("l05", "2018-07-05 22:10:09", "Quelqu'un a perdu un chat roux dans le secteur Hull? Il dort sur mon balcon.",
         text_in_e=False),
    Like("l06", "2019-10-15 16:30:00",
         "Un vote pour le NPD, c'est un vote pour l'assurance-médicaments universelle. #elxn43 " + _l("l06"),
         in_b=False, labels=("partisanship",)),
    Like("l07", "2021-09-18 19:12:40", "Enough is enough. Time for change: vote Conservative on Monday! #elxn44 #cdnpoli",
         in_b=False, labels=("partisanship",)),
    Like("l08", "2022-03-22 13:03:03",
         "Nouvelle étude sur le télétravail dans la fonction publique fédérale " + _l("l08"), in_b=False),
    Like("l09", "2023-05-30 02:15:44", "Quelle remontée ce soir! 🏒🔥 #GoHabsGo", in_b=False),
    Like("l10", "2023-09-27 15:48:21",
         "Another ESDC IT meltdown &amp; nobody is accountable. When does anyone at the top answer for this? #cdnpoli "
         + _l("l10"), in_b=False, labels=("employer_criticism",)),
]


@dataclass
class Archive:
    key: str  # path relative to sample_exports
    era: str
    delivery: str
    generated: datetime
    profile: dict[str, str]


ARCHIVE_A = Archive("x-2016-grailbird.zip", "A", "zip (Grailbird tweet archive, files at zip root)",
                    utc("2016-08-20 14:03:27"), {
                        "bio": "Analyste de recherche en politiques sociales. Vélo, hockey, livres. Opinions personnelles.",
                        "location": "Ottawa-Gatineau",
                        "website": "https://example.org/noemie"})
ARCHIVE_B = Archive("x-2019", "B", "unzipped folder wrapping one folder (twitter-2019-06-14/), files at its root, plus .DS_Store",
                    utc("2019-06-14 09:41:05"), {
                        "bio": "Analyste de recherche, politiques sociales @ Institut Boréal. Vélo, hockey, romans. "
                               "Fière bénévole NPD 🧡",
                        "location": "Gatineau, Québec",
                        "website": "https://example.org/noemie"})
E_HEX = hashlib.sha256(b"footprint synthetic sample noemie_lo 2023-11-02").hexdigest()
ARCHIVE_E = Archive(f"twitter-2023-11-02-{E_HEX}.zip", "E", "zip (data/ + Your archive.html + manifest.js)",
                    utc("2023-11-02 08:14:27"), {
                        "bio": "Analyste en politiques @ EDSC | Views my own / opinions personnelles | 🚴‍♀️🏒📚",
                        "location": "Gatineau, QC",
                        "website": "https://example.org/noemie"})


# --------------------------------------------------------------------------- building tweets

TOKEN = re.compile(r"\[\[(@|#|url |quote|media)([^\]]*)\]\]")


@dataclass
class Built:
    spec: T | None
    id: str
    when: datetime
    author: str
    text: str  # unescaped (what the user typed); indices are code points into this
    lang: str
    hashtags: list = field(default_factory=list)  # (text, start, end)
    mentions: list = field(default_factory=list)  # (handle, start, end)
    urls: list = field(default_factory=list)  # (tco, expanded, start, end)
    media: list = field(default_factory=list)  # (tco, media_key, media_id, start, end)
    display: tuple[int, int] = (0, 0)
    reply: tuple[str, str, str] | None = None  # (status id, user id, screen name)
    rt_of: "Built | None" = None
    source: str = SOURCES["web"]
    favs: int = 0
    rts: int = 0


def render(dsl: str, salt: str, when: datetime, *, own_id: str = "", quote_url: str | None = None,
           media_key: str | None = None) -> dict:
    out, pos, last = [], 0, 0
    res: dict = {"hashtags": [], "mentions": [], "urls": [], "media": []}
    for m in TOKEN.finditer(dsl):
        plain = dsl[last:m.start()]
        out.append(plain)
        pos += len(plain)
        kind, arg = m.group(1), m.group(2)
        if kind == "@":
            s = "@" + arg
            res["mentions"].append((arg, pos, pos + len(s)))
        elif kind == "#":
            s = "#" + arg
            res["hashtags"].append((arg, pos, pos + len(s)))
        elif kind in ("url ", "quote"):
            expanded = arg if kind == "url " else quote_url
            assert expanded, dsl
            s = tco(f"{salt}|{expanded}", when)
            res["urls"].append((s, expanded, pos, pos + len(s)))
        else:  # media
            assert media_key and own_id
            s = tco(f"{salt}|media", when)
            res["media"].append((s, media_key, snowflake(when - timedelta(seconds=40), salt + "media"), pos, pos + len(s)))
        out.append(s)
        pos += len(s)
        last = m.end()
    out.append(dsl[last:])
    res["text"] = "".join(out)
    return res


def counts(salt: str, kind: str) -> tuple[int, int]:
    if kind == "repost":
        return 0, 1 + hnum(salt, "rt") % 40
    return hnum(salt, "fav") % 25, hnum(salt, "rts") % 4


def default_source(when: datetime) -> str:
    if when.year <= 2013:
        return SOURCES["web"]
    if when.year <= 2016:
        return SOURCES["iphone"]
    if when.year <= 2018:
        return SOURCES["android"]
    return SOURCES["webapp"]


def build_all() -> tuple[dict[str, Built], dict[str, dict]]:
    built: dict[str, Built] = {}
    notes: dict[str, dict] = {}
    for t in TWEETS:
        when = utc(t.when)
        tid = snowflake(when, t.key)
        b = Built(spec=t, id=tid, when=when, author=OWNER_HANDLE, text="", lang=t.lang,
                  source=t.source or default_source(when))
        b.favs, b.rts = counts(t.key, t.kind)
        if t.kind == "repost":
            o = t.orig
            owhen = utc(o.when)
            oid = snowflake(owhen, t.key + "orig")
            r = render(o.text, t.key + "orig", owhen)
            ob = Built(spec=None, id=oid, when=owhen, author=o.author, text=r["text"], lang=o.lang,
                       hashtags=r["hashtags"], mentions=r["mentions"], urls=r["urls"],
                       display=(0, len(r["text"])), source=SOURCES["web"] if owhen.year < 2019 else SOURCES["webapp"])
            ob.favs, ob.rts = 5 + hnum(oid, "f") % 90, b.rts
            prefix = f"RT @{o.author}: "
            full = prefix + r["text"]
            cut = len(full) > 140
            text = full[:139] + "…" if cut else full
            limit = 139 if cut else len(full)
            b.text, b.lang, b.rt_of = text, o.lang, ob
            b.mentions = [(o.author, 3, 4 + len(o.author))]
            sh = len(prefix)
            b.mentions += [(h, s + sh, e + sh) for h, s, e in r["mentions"] if e + sh <= limit]
            b.hashtags = [(h, s + sh, e + sh) for h, s, e in r["hashtags"] if e + sh <= limit]
            b.urls = [(u, x, s + sh, e + sh) for u, x, s, e in r["urls"] if e + sh <= limit]
            b.display = (0, min(len(text), 140))
        else:
            quote_url = None
            if t.kind == "quote":
                o = t.orig
                quote_url = f"https://twitter.com/{o.author}/status/{snowflake(utc(o.when), t.key + 'quoted')}"
            dsl = t.text
            if t.note:
                # truncated long post: prefix cut at a word boundary + "…" + t.co link to the tweet itself
                assert not re.search(r"[&<>]", t.note)
                cut = t.note[:250].rsplit(" ", 1)[0].rstrip(" ,:;")
                assert t.note.startswith(cut) and "555" not in cut
                dsl = cut + "… [[url https://twitter.com/i/web/status/" + tid + "]]"
            r = render(dsl, t.key, when, own_id=tid, quote_url=quote_url, media_key=t.media)
            b.text = r["text"]
            b.hashtags, b.mentions, b.urls, b.media = r["hashtags"], r["mentions"], r["urls"], r["media"]
            start = 0
            if t.kind == "reply" and not t.reply_to.startswith("self:"):
                # auto-populated leading @mentions sit before display_text_range start
                mm = re.match(r"(@\w+ )+", b.text)
                start = mm.end() if mm else 0
            end = b.media[0][3] - 1 if b.media else len(b.text)
            b.display = (start, end)
            if t.note:
                notes[t.key] = {"tweet_key": t.key, "text": t.note}
        if t.kind == "reply":
            if t.reply_to.startswith("self:"):
                target = built[t.reply_to[5:]]
                b.reply = (target.id, OWNER_ID, OWNER_HANDLE)
            else:
                h = t.reply_to
                b.reply = (snowflake(when - timedelta(minutes=17), t.key + "target"), USERS[h][1], h)
        built[t.key] = b
    return built, notes


# --------------------------------------------------------------------------- era A (Grailbird)

def gb_user(handle: str) -> dict:
    name, uid = USERS[handle]
    return {"name": name, "screen_name": handle, "protected": False, "id_str": uid,
            "profile_image_url_https": f"https://pbs.twimg.com/profile_images/{hnum(handle, 'img') % 10**9}/"
                                       f"{b62(hnum(handle, 'av'), 8)}_normal.jpg",
            "id": int(uid), "verified": False}


def gb_entities(b: Built) -> dict:
    ents = {
        "user_mentions": [{"name": USERS[h][0], "screen_name": h, "indices": [s, e], "id_str": USERS[h][1],
                           "id": int(USERS[h][1])} for h, s, e in b.mentions],
        "media": [{"expanded_url": f"http://twitter.com/{b.author}/status/{b.id}/photo/1", "sizes": {
                       "medium": {"w": 600, "resize": "fit", "h": 450}, "large": {"w": 1024, "resize": "fit", "h": 768},
                       "small": {"w": 340, "resize": "fit", "h": 255}, "thumb": {"w": 150, "resize": "crop", "h": 150}},
                   "url": u, "media_url_https": f"https://pbs.twimg.com/media/{k}.jpg", "id_str": mid,
                   "id": int(mid), "media_url": f"http://pbs.twimg.com/media/{k}.jpg",
                   "display_url": "pic.twitter.com/" + u.rsplit("/", 1)[1], "indices": [s, e]}
                  for u, k, mid, s, e in b.media],
        "hashtags": [{"text": h, "indices": [s, e]} for h, s, e in b.hashtags],
        "urls": [{"indices": [s, e], "url": u, "expanded_url": x, "display_url": display_url(x)}
                 for u, x, s, e in b.urls],
    }
    return ents


def gb_tweet(b: Built) -> dict:
    o: dict = {"source": b.source, "entities": gb_entities(b), "geo": {}}
    if b.reply:
        o["in_reply_to_status_id_str"] = b.reply[0]
    o["id_str"] = b.id
    if b.reply:
        o["in_reply_to_user_id"] = int(b.reply[1])
    o["text"] = x_escape(b.text)
    o["id"] = int(b.id)
    if b.reply:
        o["in_reply_to_status_id"] = int(b.reply[0])
    o["created_at"] = fmt_a(b.when)
    if b.reply:
        o["in_reply_to_screen_name"] = b.reply[2]
        o["in_reply_to_user_id_str"] = b.reply[1]
    if b.rt_of:
        o["retweeted_status"] = gb_tweet(b.rt_of)
    o["user"] = gb_user(b.author)
    return o


def make_archive_a(sel: list[Built]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    newest_first = sorted(sel, key=lambda b: int(b.id), reverse=True)
    # tweets.csv
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(["tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "timestamp", "source", "text",
                "retweeted_status_id", "retweeted_status_user_id", "retweeted_status_timestamp", "expanded_urls"])
    for b in newest_first:
        exp = [x for _, x, _, _ in b.urls] + [f"http://twitter.com/{b.author}/status/{b.id}/photo/1" for _ in b.media]
        w.writerow([b.id, b.reply[0] if b.reply else "", b.reply[1] if b.reply else "", fmt_a(b.when), b.source,
                    x_escape(b.text), b.rt_of.id if b.rt_of else "", USERS[b.rt_of.author][1] if b.rt_of else "",
                    fmt_a(b.rt_of.when) if b.rt_of else "", ",".join(exp)])
    files["tweets.csv"] = buf.getvalue().encode("utf-8")
    # monthly files
    months: dict[tuple[int, int], list[Built]] = {}
    for b in newest_first:
        months.setdefault((b.when.year, b.when.month), []).append(b)
    index = []
    for (y, m) in sorted(months, reverse=True):
        var = f"tweets_{y}_{m:02d}"
        body = gb_json([gb_tweet(b) for b in months[(y, m)]])
        files[f"data/js/tweets/{y}_{m:02d}.js"] = f"Grailbird.data.{var} = \n {body}".encode("ascii")
        index.append({"file_name": f"data/js/tweets/{y}_{m:02d}.js", "year": y, "var_name": var,
                      "tweet_count": len(months[(y, m)]), "month": m})
    files["data/js/tweet_index.js"] = f"var tweet_index =  {gb_json(index)}".encode("ascii")
    p = ARCHIVE_A.profile
    files["data/js/user_details.js"] = ("var user_details =  " + gb_json({
        "expanded_url": p["website"], "screen_name": OWNER_HANDLE, "location": p["location"],
        "url": tco("profile-a", ARCHIVE_A.generated), "full_name": OWNER_NAME, "bio": p["bio"], "id": OWNER_ID,
        "created_at": fmt_a(OWNER_CREATED)})).encode("ascii")
    files["data/js/payload_details.js"] = ("var payload_details =  " + gb_json({
        "tweets": len(sel), "created_at": fmt_a(ARCHIVE_A.generated), "lang": "fr"})).encode("ascii")
    files["index.html"] = (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Your Twitter archive</title>\n"
        "<!-- synthetic stub for footprint tests; the real viewer loads data/js/*.js -->\n</head>\n<body>\n"
        "<p>Tweet archive of @noemie_lo (synthetic sample). Open data/js/tweets/ for the data.</p>\n"
        "</body>\n</html>\n").encode("utf-8")
    return files


# --------------------------------------------------------------------------- eras B / E (YTD)

def x_tweet(b: Built, era: str, built: dict[str, Built], gen: datetime, deleted_at: datetime | None = None) -> dict:
    t = b.spec
    o: dict = {}
    if era == "E":
        until = fmt_iso_ms(int(b.when.timestamp()) * 1000 + 3600 * 1000)
        eligible = b.when >= utc("2022-10-01 00:00:00") and t.kind != "repost"
        editors = [x for x in built.values() if x.spec and x.spec.edit_of == t.key]
        if t.edit_of:
            first = built[t.edit_of]
            ids = [first.id] + [x.id for x in built.values() if x.spec and x.spec.edit_of == t.edit_of]
            o["edit_info"] = {"edit": {"initialTweetId": first.id, "editControlInitial": {
                "editTweetIds": ids, "editableUntil": fmt_iso_ms(int(first.when.timestamp()) * 1000 + 3600 * 1000),
                "editsRemaining": str(5 - (len(ids) - 1)), "isEditEligible": True}}}
        else:
            ids = [b.id] + [x.id for x in editors]
            o["edit_info"] = {"initial": {"editTweetIds": ids, "editableUntil": until,
                                          "editsRemaining": str(5 - (len(ids) - 1)), "isEditEligible": eligible}}
    o["retweeted"] = False
    o["source"] = b.source
    ents: dict = {
        "hashtags": [{"text": h, "indices": [str(s), str(e)]} for h, s, e in b.hashtags],
        "symbols": [],
        "user_mentions": [{"name": USERS[h][0], "screen_name": h, "indices": [str(s), str(e)],
                           "id_str": USERS[h][1], "id": USERS[h][1]} for h, s, e in b.mentions],
        "urls": [{"url": u, "expanded_url": x, "display_url": display_url(x), "indices": [str(s), str(e)]}
                 for u, x, s, e in b.urls],
    }
    media = [{"expanded_url": f"https://twitter.com/{OWNER_HANDLE}/status/{b.id}/photo/1",
              "indices": [str(s), str(e)], "url": u, "media_url": f"http://pbs.twimg.com/media/{k}.jpg",
              "id_str": mid, "id": mid, "media_url_https": f"https://pbs.twimg.com/media/{k}.jpg",
              "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                        "medium": {"w": "1200", "h": "900", "resize": "fit"},
                        "small": {"w": "680", "h": "510", "resize": "fit"},
                        "large": {"w": "2048", "h": "1536", "resize": "fit"}},
              "type": "photo", "display_url": "pic.twitter.com/" + u.rsplit("/", 1)[1]}
             for u, k, mid, s, e in b.media]
    if media:
        ents["media"] = media
    o["entities"] = ents
    o["display_text_range"] = [str(b.display[0]), str(b.display[1])]
    grow = 0 if era == "B" else hnum(b.id, "grow") % 3
    o["favorite_count"] = str(b.favs + grow if t.kind != "repost" else 0)
    if b.reply:
        o["in_reply_to_status_id_str"] = b.reply[0]
    o["id_str"] = b.id
    if b.reply:
        o["in_reply_to_user_id"] = b.reply[1]
    o["truncated"] = False
    o["retweet_count"] = str(b.rts)
    o["id"] = b.id
    if b.reply:
        o["in_reply_to_status_id"] = b.reply[0]
    if b.urls or b.media:
        o["possibly_sensitive"] = False
    o["created_at"] = fmt_x(b.when)
    o["favorited"] = False
    o["full_text"] = x_escape(b.text)
    o["lang"] = b.lang
    if b.reply:
        o["in_reply_to_screen_name"] = b.reply[2]
        o["in_reply_to_user_id_str"] = b.reply[1]
    if media:
        o["extended_entities"] = {"media": media}
    if deleted_at is not None:
        o["deleted_at"] = fmt_x(deleted_at)
    return o


def like_obj(lk: Like, era: str) -> dict:
    tid = snowflake(utc(lk.when), lk.key)
    o: dict = {"tweetId": tid}
    if era == "B" or lk.text_in_e:
        o["fullText"] = lk.text
    o["expandedUrl"] = f"https://twitter.com/i/web/status/{tid}"
    return {"like": o}


def dm_file() -> bytes:
    convs = []
    for i, (other, base) in enumerate([("418220961", "2019-02-11 19:03:00"), ("1530884412", "2018-07-22 12:40:00")]):
        msgs = []
        for j in range(2):
            when = utc(base) - timedelta(minutes=9 * j)
            sender = OWNER_ID if j % 2 == 0 else other
            msgs.append({"messageCreate": {
                "recipientId": other if sender == OWNER_ID else OWNER_ID, "reactions": [], "urls": [],
                "text": f"DM-SENTINEL-NEVER-READ conversation {i + 1} message {j + 1}", "mediaUrls": [],
                "senderId": sender, "id": snowflake(when, f"dm{i}{j}"),
                "createdAt": fmt_iso_ms(id_ms(snowflake(when, f"dm{i}{j}")))}})
        lo, hi = sorted([OWNER_ID, other], key=int)
        convs.append({"dmConversation": {"conversationId": f"{lo}-{hi}", "messages": msgs}})
    return ytd("direct_messages", 0, convs)


def account_obj() -> dict:
    return {"account": {"email": OWNER_EMAIL, "createdVia": "web", "username": OWNER_HANDLE, "accountId": OWNER_ID,
                        "createdAt": fmt_iso_ms(int(OWNER_CREATED.timestamp()) * 1000), "accountDisplayName": OWNER_NAME}}


FOLLOWERS_E = 347  # people following @noemie_lo in the 2023 archive (follower.js); only the count is read


def follower_objs(n: int) -> list[dict]:
    """follower.js entries as X writes them: an account id and an intent link, nothing else (invented ids)."""
    ids = sorted({str(10**9 + hnum("follower", i) % (9 * 10**17)) for i in range(n)}, key=int)
    assert len(ids) == n
    return [{"follower": {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}} for a in ids]


def profile_obj(arch: Archive) -> dict:
    return {"profile": {"description": {"bio": arch.profile["bio"],
                                        "website": tco("profile-" + arch.era, arch.generated),
                                        "location": arch.profile["location"]},
                        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{hnum(arch.era, 'av') % 10**18}/"
                                          f"{b62(hnum(arch.era, 'avk'), 8)}.jpg",
                        "headerMediaUrl": f"https://pbs.twimg.com/profile_banners/{OWNER_ID}/"
                                          f"{int(arch.generated.timestamp()) - 86400 * 200}"}}


TINY_JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + b"\xff\xfe\x00\x12synthetic sample" + b"\xff\xd9"
DS_STORE = b"\x00\x00\x00\x01Bud1" + bytes(24) + b"synthetic .DS_Store junk" + bytes(16)


def shuffled(items: list, seed: int) -> list:
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def make_archive_b(sel: list[Built], built: dict[str, Built], likes: list[Like]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    order = shuffled(sorted(sel, key=lambda b: int(b.id), reverse=True), 20190614)
    files["tweet.js"] = ytd("tweet", 0, [x_tweet(b, "B", built, ARCHIVE_B.generated) for b in order])
    files["account.js"] = ytd("account", 0, [account_obj()])
    files["profile.js"] = ytd("profile", 0, [profile_obj(ARCHIVE_B)])
    files["like.js"] = ytd("like", 0, [like_obj(lk, "B") for lk in likes])
    files["direct-messages.js"] = dm_file()
    for b in sel:
        for _, k, _, _, _ in b.media:
            files[f"tweet_media/{b.id}-{k}.jpg"] = TINY_JPEG
    files["README.txt"] = (
        "Your Twitter data (synthetic sample for footprint tests)\n\n"
        "This folder holds the data of @noemie_lo as of 2019-06-14, one JavaScript file per data type.\n"
        "tweet.js: your Tweets. like.js: Tweets you liked. account.js / profile.js: account and profile.\n"
        "direct-messages.js: your Direct Messages (private).\n"
        "tweet_media/: images attached to your Tweets, named <tweet id>-<media file name>.\n").encode("utf-8")
    return files


def make_archive_e(sel: list[Built], deleted: list[tuple[Built, datetime]], built: dict[str, Built],
                   notes: dict[str, dict], likes: list[Like]) -> tuple[dict[str, bytes], dict]:
    files: dict[str, bytes] = {}
    gen = ARCHIVE_E.generated
    newest_first = sorted(sel, key=lambda b: int(b.id), reverse=True)
    part0 = [b for b in newest_first if b.when.year >= 2019 or b.when.year <= 2013]
    part1 = [b for b in newest_first if 2014 <= b.when.year <= 2018]
    part0, part1 = shuffled(part0, 202311020), shuffled(part1, 202311021)
    files["data/tweets.js"] = ytd("tweets", 0, [{"tweet": x_tweet(b, "E", built, gen)} for b in part0])
    files["data/tweets-part1.js"] = ytd("tweets", 1, [{"tweet": x_tweet(b, "E", built, gen)} for b in part1])
    headers = [{"tweet": {"tweet_id": b.id, "user_id": OWNER_ID, "created_at": fmt_x(b.when)}} for b in part0 + part1]
    files["data/tweet-headers.js"] = ytd("tweet_headers", 0, headers)
    circle = [b for b in sel if b.spec.circle]
    files["data/twitter-circle-tweet.js"] = ytd("twitter_circle_tweet", 0,
                                                [{"tweet": x_tweet(b, "E", built, gen)} for b in circle])
    files["data/community-tweet.js"] = ytd("community_tweet", 0, [])
    files["data/deleted-tweets.js"] = ytd("deleted_tweets", 0, [
        {"tweet": x_tweet(b, "E", built, gen, deleted_at=d)} for b, d in sorted(deleted, key=lambda p: -int(p[0].id))])
    # note tweets: one joined to a truncated tweet, one orphan
    note_recs, note_info = [], {"joined": [], "orphan": []}
    for key, info in notes.items():
        b = built[key]
        ms = id_ms(b.id)
        nid = snowflake(b.when, key + "note")
        note_recs.append(note_obj(nid, ms + 120, info["text"]))  # createdAt within the same second as the tweet
        note_info["joined"].append({"note_id": nid, "tweet_id": b.id})
    for key, when, text, _ in ORPHAN_NOTES:
        nid = snowflake(utc(when), key + "note")
        note_recs.append(note_obj(nid, id_ms(nid), text))
        note_info["orphan"].append(nid)
    files["data/note-tweet.js"] = ytd("note_tweet", 0, note_recs)
    files["data/like.js"] = ytd("like", 0, [like_obj(lk, "E") for lk in likes])
    files["data/direct-messages.js"] = dm_file()
    files["data/account.js"] = ytd("account", 0, [account_obj()])
    files["data/follower.js"] = ytd("follower", 0, follower_objs(FOLLOWERS_E))
    files["data/profile.js"] = ytd("profile", 0, [profile_obj(ARCHIVE_E)])
    files["data/account-timezone.js"] = ytd("account_timezone", 0, [
        {"accountTimezone": {"accountId": OWNER_ID, "timeZone": "Eastern Time (US & Canada)"}}])
    for b in sel:
        for _, k, _, _, _ in b.media:
            files[f"data/tweets_media/{b.id}-{k}.jpg"] = TINY_JPEG
    files["data/README.txt"] = (
        "Synthetic X archive (footprint test fixture) - stub README\n\n"
        "Each data/*.js file assigns one JSON array to window.YTD.<name>.part<N>.\n"
        "tweets.js, tweets-part1.js: your posts (parts are not in time order).\n"
        "note-tweet.js: full text of long posts. deleted-tweets.js: posts deleted shortly before the export.\n"
        "like.js: posts you liked. twitter-circle-tweet.js: posts shared with your Circle only.\n"
        "follower.js: the accounts that follow you.\n"
        "direct-messages.js: private messages.\n").encode("utf-8")
    files["Your archive.html"] = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Your archive</title>\n"
        "<!-- synthetic stub for footprint tests; the real viewer is a single-page app reading data/*.js -->\n"
        "</head>\n<body>\n<noscript>This archive viewer needs JavaScript.</noscript>\n"
        "<script src=\"data/manifest.js\"></script>\n</body>\n</html>\n").encode("utf-8")

    def entry(path: str, glob: str, n: int) -> dict:
        return {"fileName": path, "globalName": glob, "count": str(n)}

    data_types = {
        "account": {"files": [entry("data/account.js", "YTD.account.part0", 1)]},
        "accountTimezone": {"files": [entry("data/account-timezone.js", "YTD.account_timezone.part0", 1)]},
        "communityTweet": {"mediaDirectory": "data/community_tweet_media",
                           "files": [entry("data/community-tweet.js", "YTD.community_tweet.part0", 0)]},
        "deletedNoteTweet": {"files": [entry("data/deleted-note-tweet.js", "YTD.deleted_note_tweet.part0", 0)]},
        "deletedTweets": {"mediaDirectory": "data/deleted_tweets_media",
                          "files": [entry("data/deleted-tweets.js", "YTD.deleted_tweets.part0", len(deleted))]},
        "follower": {"files": [entry("data/follower.js", "YTD.follower.part0", FOLLOWERS_E)]},
        "directMessages": {"mediaDirectory": "data/direct_messages_media",
                           "files": [entry("data/direct-messages.js", "YTD.direct_messages.part0", 2)]},
        "like": {"files": [entry("data/like.js", "YTD.like.part0", len(likes))]},
        "noteTweet": {"files": [entry("data/note-tweet.js", "YTD.note_tweet.part0", len(note_recs))]},
        "profile": {"mediaDirectory": "data/profile_media", "files": [entry("data/profile.js", "YTD.profile.part0", 1)]},
        "tweetHeaders": {"files": [entry("data/tweet-headers.js", "YTD.tweet_headers.part0", len(headers))]},
        "tweets": {"mediaDirectory": "data/tweets_media",
                   "files": [entry("data/tweets.js", "YTD.tweets.part0", len(part0)),
                             entry("data/tweets-part1.js", "YTD.tweets.part1", len(part1))]},
        "tweetsMedia": {"mediaDirectory": "data/tweets_media"},
        "twitterCircleTweet": {"files": [entry("data/twitter-circle-tweet.js", "YTD.twitter_circle_tweet.part0",
                                               len(circle))]},
    }
    size = sum(len(v) for v in files.values())
    manifest = {
        "userInfo": {"accountId": OWNER_ID, "userName": OWNER_HANDLE, "displayName": OWNER_NAME},
        "archiveInfo": {"sizeBytes": str(size), "generationDate": fmt_iso_ms(int(gen.timestamp()) * 1000),
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": data_types,
    }
    files["data/manifest.js"] = f"window.__THAR_CONFIG = {x_json(manifest)}".encode("utf-8")
    parts = {"data/tweets.js": [b.id for b in part0], "data/tweets-part1.js": [b.id for b in part1]}
    return files, {"notes": note_info, "parts": parts}


def note_obj(nid: str, ms: int, text: str) -> dict:
    return {"noteTweet": {
        "noteTweetId": nid, "updatedAt": fmt_iso_ms(ms),
        "lifecycle": {"value": "live", "name": "Live", "originalName": "live", "annotations": {}},
        "createdAt": fmt_iso_ms(ms),
        "core": {"styletags": [], "urls": [], "text": text, "mentions": [], "cashtags": [], "hashtags": []}}}


# --------------------------------------------------------------------------- writing

def write_zip(path: Path, files: dict[str, bytes], when: datetime) -> None:
    names = set(files)
    for n in list(files):
        parts = n.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            names.add("/".join(parts[:i]) + "/")
    dt = (when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2)
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name in sorted(names):
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.create_system = 3
            if name.endswith("/"):
                zi.external_attr = (0o40755 << 16) | 0x10
                zf.writestr(zi, b"")
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zf.writestr(zi, files[name])
    tmp.replace(path)


def write_tree(root: Path, files: dict[str, bytes]) -> None:
    for name in sorted(files):
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(files[name])


def kind_counts(items: list[Built]) -> dict[str, int]:
    out = {"post": 0, "reply": 0, "repost": 0, "quote": 0}
    for b in items:
        out[b.spec.kind] += 1
    return out


def main() -> None:
    built, notes = build_all()
    # sanity checks on the tables themselves
    assert not luhn_ok("482913756"), "the order number must not look like a valid SIN"
    assert len({b.id for b in built.values()}) == len(built)
    for b in built.values():
        assert id_ms(b.id) // 1000 == int(b.when.timestamp()), b.spec.key
        for _, s, e in b.hashtags + b.mentions:
            assert b.text[s] in "#@" and 0 <= s < e <= len(b.text)
        for u, _, s, e in b.urls:
            assert b.text[s:e] == u, (b.spec.key, b.text, u)
        for u, _, _, s, e in b.media:
            assert b.text[s:e] == u
        if b.spec.kind == "repost":
            assert len(b.text) <= 140 and b.text.startswith("RT @")
        if b.spec.kind == "quote":
            assert re.fullmatch(r"https://twitter\.com/\w+/status/\d+", b.urls[-1][1])

    def selected(arch: Archive) -> list[Built]:
        return [b for b in built.values() if b.when <= arch.generated
                and not (b.spec.deleted_at and utc(b.spec.deleted_at) <= arch.generated)]

    # clean previous outputs (only ours)
    for old in HERE.glob("twitter-2023-11-02-*.zip"):
        old.unlink()
    (HERE / ARCHIVE_A.key).unlink(missing_ok=True)
    shutil.rmtree(HERE / ARCHIVE_B.key, ignore_errors=True)

    sel_a, sel_b, sel_e = selected(ARCHIVE_A), selected(ARCHIVE_B), selected(ARCHIVE_E)
    deleted_e = [(b, utc(b.spec.deleted_at)) for b in built.values() if b.spec.deleted_at
                 and b.when <= ARCHIVE_E.generated
                 and timedelta(0) <= ARCHIVE_E.generated - utc(b.spec.deleted_at) <= timedelta(days=14)]
    likes_b = [lk for lk in LIKES if lk.in_b and utc(lk.when) <= ARCHIVE_B.generated]
    likes_e = [lk for lk in LIKES if lk.in_e]
    likes_b.sort(key=lambda lk: lk.when, reverse=True)
    likes_e.sort(key=lambda lk: lk.when, reverse=True)

    files_a = make_archive_a(sel_a)
    write_zip(HERE / ARCHIVE_A.key, files_a, ARCHIVE_A.generated)

    files_b = make_archive_b(sel_b, built, likes_b)
    write_tree(HERE / ARCHIVE_B.key / "twitter-2019-06-14", files_b)
    (HERE / ARCHIVE_B.key / ".DS_Store").write_bytes(DS_STORE)

    files_e, info_e = make_archive_e(sel_e, deleted_e, built, notes, likes_e)
    write_zip(HERE / ARCHIVE_E.key, files_e, ARCHIVE_E.generated)

    # ---------------------------------------------------------------- oracle
    def summary(arch: Archive, sel: list[Built], likes: list[Like], era: str) -> dict:
        deleted = deleted_e if era == "E" else []
        joined = info_e["notes"]["joined"] if era == "E" else []
        orphan = info_e["notes"]["orphan"] if era == "E" else []
        tweets_by_kind = kind_counts(sel)
        deleted_by_kind = kind_counts([b for b, _ in deleted])
        no_text = [lk for lk in likes if not (era == "B" or lk.text_in_e)]
        all_records = dict(tweets_by_kind)
        for k, v in deleted_by_kind.items():
            all_records[k] += v
        all_records["post"] += len(orphan)
        all_records["like"] = len(likes)
        all_records["profile"] = 3
        dm = {"A": [], "B": ["twitter-2019-06-14/direct-messages.js"], "E": ["data/direct-messages.js"]}[era]
        edits = []
        for b in sel:
            vers = [x.id for x in sel if x.spec.edit_of == b.spec.key]
            if vers:
                edits.append({"initial": b.id, "versions": [b.id] + vers})
        out = {
            "platform": "x",
            "era": era,
            "delivery": arch.delivery,
            "generated_at": fmt_iso_ms(int(arch.generated.timestamp()) * 1000),
            "own_posts_by_kind": tweets_by_kind,
            "own_posts_total": len(sel),
            "like": len(likes),
            "like_without_fullText": len(no_text),
            "profile": 3,
            "profile_fields": arch.profile,
            "deleted_tweets": len(deleted),
            "followers": FOLLOWERS_E if era == "E" else None,
            "deleted_tweets_by_kind": deleted_by_kind,
            "note_tweets": {"joined": len(joined), "orphan": len(orphan)},
            "note_tweet_joins": joined,
            "orphan_note_ids": orphan,
            "circle_tweet_ids": sorted((b.id for b in sel if b.spec.circle), key=int),
            "edit_groups": edits,
            "dm_files_present": len(dm),
            "dm_files": dm,
            "all_records_by_kind": all_records,
            "tweet_ids": sorted((b.id for b in sel), key=int),
            "tweet_ids_by_kind": {k: sorted((b.id for b in sel if b.spec.kind == k), key=int)
                                  for k in ("post", "reply", "repost", "quote")},
            "self_reply_ids": sorted((b.id for b in sel if b.reply and b.reply[1] == OWNER_ID), key=int),
            "deleted_tweet_ids": sorted((b.id for b, _ in deleted), key=int),
            "like_tweet_ids": sorted((snowflake(utc(lk.when), lk.key) for lk in likes), key=int),
        }
        if era == "E":
            out["tweet_files"] = {k: len(v) for k, v in info_e["parts"].items()}
            out["tweet_headers"] = len(sel)
        if era == "A":
            out["tweet_files"] = {"tweets.csv": len(sel), "data/js/tweets/*.js": len(sel)}
        return out

    archives = {
        ARCHIVE_A.key: summary(ARCHIVE_A, sel_a, [], "A"),
        ARCHIVE_B.key: summary(ARCHIVE_B, sel_b, likes_b, "B"),
        ARCHIVE_E.key: summary(ARCHIVE_E, sel_e, likes_e, "E"),
    }
    ids = {k: set(v["tweet_ids"]) for k, v in archives.items()}
    union = ids[ARCHIVE_A.key] | ids[ARCHIVE_B.key] | ids[ARCHIVE_E.key]
    by_id = {b.id: b for b in built.values()}
    labels = {}
    for b in built.values():
        if b.spec.labels:
            labels[b.id] = {"key": b.spec.key, "kind": b.spec.kind, "labels": list(b.spec.labels),
                            "created_at": fmt_x(b.when), "local_eastern": eastern(b.when).isoformat(),
                            "weekday_work_hours_eastern": eastern(b.when).weekday() < 5
                                                          and 9 <= eastern(b.when).hour < 17,
                            "only_in_note_text": bool(b.spec.note)}
    for lk in LIKES:
        if lk.labels:
            labels["like:" + snowflake(utc(lk.when), lk.key)] = {"key": lk.key, "kind": "like", "labels": list(lk.labels)}
    oracle = {
        "_about": (
            "Independent oracle for the synthetic X archives, computed by make_x_samples.py from its own tables "
            "(not by parsing the files). own_posts_by_kind counts distinct owner tweet objects in the tweet files "
            "(tweets.js + tweets-part1.js, tweet.js, or Grailbird JS/tweets.csv which hold the same tweets): each "
            "edit version is its own record; the circle tweet is counted once although it also appears in "
            "twitter-circle-tweet.js; deleted-tweets.js and orphan note tweets are NOT included there but are in "
            "all_records_by_kind (orphan note = post). A note tweet joined to its truncated tweet adds no record. "
            "profile = bio + location + website = 3 per archive (era A: data/js/user_details.js). "
            "followers = entries of follower.js (None: no such file); they go on own posts, replies and quotes. "
            "Likes are never owner posts."),
        "archives": archives,
        "across_archives": {
            "unique_tweet_ids": len(union),
            "unique_by_kind": kind_counts([by_id[i] for i in union]),
            "in_earlier_archive_absent_later": sorted(
                (i for i in union if by_id[i].spec.deleted_at and i not in ids[ARCHIVE_E.key]), key=int),
            "shared_A_B_E": len(ids[ARCHIVE_A.key] & ids[ARCHIVE_B.key] & ids[ARCHIVE_E.key]),
            "unique_like_ids": len({snowflake(utc(lk.when), lk.key) for lk in likes_b + likes_e}),
        },
        "intended_labels": dict(sorted(labels.items())),
        "markers": {"low_credibility_domain": LOW_CRED_DOMAIN, "owner_handle": OWNER_HANDLE,
                    "owner_account_id": OWNER_ID, "joined_public_service": "2019-09-03",
                    "employer": ["EDSC", "ESDC", "Emploi et Développement social Canada"],
                    "dm_sentinel": "DM-SENTINEL-NEVER-READ"},
    }
    (ORACLE_DIR / "x_expected.json").write_text(json.dumps(oracle, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_readme(archives, oracle["across_archives"])
    for k, v in archives.items():
        print(f"{k}: posts={v['own_posts_by_kind']} likes={v['like']} deleted={v['deleted_tweets']} "
              f"notes={v['note_tweets']}")


def write_readme(archives: dict, across: dict) -> None:
    rows = []
    for k, v in archives.items():
        pk = v["own_posts_by_kind"]
        rows.append(f"| `{k if len(k) < 40 else k[:30] + '…' + k[-4:]}` | {v['era']} | {v['delivery']} | "
                    f"{v['own_posts_total']} ({pk['post']}/{pk['reply']}/{pk['repost']}/{pk['quote']}) | {v['like']} | "
                    f"{v['deleted_tweets']} | {v['note_tweets']['joined']}/{v['note_tweets']['orphan']} | "
                    f"{v['dm_files_present']} |")
    text = f"""# sample_exports — synthetic X/Twitter archives

**Everything here is synthetic.** The persona, handles, ids, texts, phone numbers (555-01xx), e-mail and
web addresses (example.org / example.com), the street address and the school are invented. Nothing is
copied from a real archive. Regenerate with:

    python3 tests/sample_builders/make_x_samples.py

The script is stdlib-only and deterministic (fixed ids, fixed zip timestamps, sorted members, seeded
shuffles), so re-running it gives byte-identical files. Do not edit the archives by hand.

The same fictional person's Facebook and LinkedIn exports are described in `README-facebook.md` and
`README-linkedin.md` (built by `tests/sample_builders/make_facebook_samples.py` and
`make_linkedin_samples.py`). `footprint audit sample_exports` reads every archive here as one person's.

## Persona

Noémie Laflamme-Okafor, `@noemie_lo` (accountId `2961450387`), bilingual French/English (incl. Québec
French) policy analyst, Gatineau. Research analyst at a (fictional) non-profit "Institut Boréal" until 2019;
joined Emploi et Développement social Canada (EDSC / ESDC) on 2019-09-03. Tweets 2012 → 2023. Later
archives contain the earlier tweets again with the same ids; a few tweets she deleted between archives
are absent from the later ones (see `across_archives` in `x_expected.json`).

## Archives

| path | era | delivery | own tweets (post/reply/repost/quote) | likes | deleted-tweets.js | notes joined/orphan | DM files |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

- **`x-2016-grailbird.zip`** — era A "tweet archive" generated 2016-08-20: `index.html` (stub), `tweets.csv`
  (every field quoted, `""` escaping, one multi-line tweet, `expanded_urls` comma-joined, newest first),
  `data/js/tweets/YYYY_MM.js` (`Grailbird.data.tweets_YYYY_MM = ` then the array; numeric `id` + `id_str`;
  ASCII-escaped JSON with `\\/` and uppercase `\\u00E9`; retweets with a full nested `retweeted_status`;
  replies with `in_reply_to_*`; `geo: {{}}`), `data/js/tweet_index.js`, `data/js/user_details.js` (bio,
  location, url = the 3 profile fields), `data/js/payload_details.js`. No likes, no DMs.
- **`x-2019/`** — era B "Your Twitter data" of 2019-06-14 delivered as an unzipped folder that wraps one
  folder `twitter-2019-06-14/`, with `.DS_Store` junk next to it. Files at that folder's root (no `data/`):
  `tweet.js` (`window.YTD.tweet.part0`, **bare** tweet objects, numbers as strings, not sorted),
  `account.js`, `profile.js`, `like.js`, `direct-messages.js` (private: the text is the sentinel
  `DM-SENTINEL-NEVER-READ`, a parser must never read it), `README.txt`, `tweet_media/`.
- **`twitter-2023-11-02-<64 hex>.zip`** — era E (X) archive of 2023-11-02: `Your archive.html` (stub),
  `data/manifest.js` (`window.__THAR_CONFIG`), `data/README.txt` (stub), `account.js`, `profile.js`,
  `account-timezone.js`, `tweets.js` + `tweets-part1.js` (`{{"tweet": …}}` wrappers, parts and elements not in
  time order), `tweet-headers.js`, `note-tweet.js` (one joined to a truncated long tweet, one orphan),
  `deleted-tweets.js` (2), `like.js` (one without `fullText`), `twitter-circle-tweet.js` (same tweet also in
  `tweets.js`), `community-tweet.js` (empty `[ ]`), `follower.js` ({FOLLOWERS_E} followers: invented account ids
  and intent links; a parser counts them and keeps nothing else), `direct-messages.js` (sentinel), `tweets_media/`.
  The manifest also lists `deleted-note-tweet.js` with count `"0"` and no file on disk.

Across the three archives: {across['unique_tweet_ids']} distinct tweet ids
({across['unique_by_kind']}); {across['shared_A_B_E']} ids appear in all three.

## What is inside (for test writers)

- Own posts mix harmless everyday content (hockey, cooking, cycling, kids' soccer, books, neutral news,
  non-partisan "go vote" reminders, job postings, a conference) with posts a values-and-ethics advisor
  would flag: personal information (phone in FR and EN forms, personal e-mail, home address, date of
  birth, vacation with empty house, child's school, health), partisanship (2015/2019/2021 federal
  campaigns, some on weekdays during work hours Eastern), criticism of the employer, confidential
  information, insults, a sponsored post, a low-credibility link (`{LOW_CRED_DOMAIN}`, invented), and hard
  negatives (a shop's public number, "liberal arts degree", "bloc opératoire", a 9-digit order number
  that fails the Luhn check). `x_expected.json` → `intended_labels` maps tweet ids to these.
- Format edge cases: HTML entities (`&amp;`, `&lt;script&gt;…`), t.co links with `entities.urls`, emoji
  (incl. ZWJ sequences and flags) before entities, `lang` `und`, `in_reply_to_*` absent on non-replies,
  `retweeted: false` on retweets, retweets truncated to 140 chars with `…`, quotes (last URL =
  `https://twitter.com/<user>/status/<id>`), a self-reply thread, an edited tweet (two objects linked by
  `edit_info`), a long tweet whose full text (including a phone number) is only in `note-tweet.js`.

## Format decisions where FORMATS.md is silent or ambiguous

- Entity `indices` and `display_text_range` count Unicode code points in the **unescaped** text (as the
  API did): with `&amp;` or emoji before an entity, slicing `full_text` by indices is off; replace t.co
  links by string match, or unescape first.
- Replies to others: `display_text_range` starts after the leading `@mention `; self-thread replies start at 0.
- Era A JSON uses uppercase `\\uXXXX` and escapes `<`, `>`, `&` as `\\u003C`, `\\u003E`, `\\u0026`
  (Rails style, as in the §1.11 sample's `source`), so `text` decodes to `&amp;`/`&lt;` entities.
- Era B: only `tweet.js` uses bare objects; `like.js`, `account.js`, `profile.js` keep their
  `{{"like": …}}` / `{{"account": …}}` wrappers. DM global is `YTD.direct_messages.part0` in both B and E.
- Era E: every tweet carries `edit_info.initial` (editable until created + 1 h, `isEditEligible` false
  before Oct 2022 and for retweets); deleted tweets carry a `deleted_at` field (tweet date format).
- Truncated long tweet: `full_text` = prefix + `… ` + t.co link whose `expanded_url` is
  `https://twitter.com/i/web/status/<its own id>` (not a quote); note `createdAt` is 120 ms after the
  tweet's snowflake time. Note texts contain no `&`, `<`, `>` (escaping of `core.text` is unknown).
- Era A tweets have no `lang`, counts or `display_text_range`; media exist only as entities (no files).
- The account was created 2012-03-14 although its id (`2961450387`, fixed by the brief) is of a later
  vintage; tweet, media, note and liked-tweet ids are snowflakes consistent with their dates.
"""
    (HERE / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
