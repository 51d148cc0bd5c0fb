#!/usr/bin/env python3
"""(Re)generate the synthetic LinkedIn exports in sample_exports/ (stdlib only, deterministic).

Fictional persona (same as the X samples): Noémie Laflamme-Okafor, bilingual policy analyst at
Emploi et Développement social Canada (EDSC / ESDC) since 2019-09-03, Gatineau, with a consulting
side business. Everything is invented: example.com / example.org, 555 numbers, 203.0.113.0/24,
LinkedIn URNs made up (consistent with their dates: id >> 22 = milliseconds since 1970).

Outputs:
  linkedin-complete.zip      "Complete" export of 2024-03-14: files at the zip root, no member-id
                             suffix, Articles/Articles/*.html, Rich_Media.csv, Connections.csv with
                             its Notes: preamble, messages.csv + guide_messages.csv (sentinel)
  linkedin-basic.zip         "Basic" export of 2026-11-02, re-zipped on a Mac: one wrapping folder
                             plus __MACOSX/, `_<memberId>` suffix on Shares/Comments/Reactions/Votes/
                             InstantReposts, newer posts, one post deleted since 2024, a new headline
  linkedin_expected.json     independent oracle computed from the tables below (not by parsing)
  README-linkedin.md         what is inside, for test writers

Serialisation as LinkedIn does it (FORMATS.md §3, §11): `\\n` line ends, RFC 4180 minimal quoting with
`""` in every file except Comments.csv, whose quotes are escaped `\\"` (backslashes left as they are);
multi-line fields; a blank Date in Comments; messages.csv with every header name quoted.

Run:  python3 tests/sample_builders/make_linkedin_samples.py
"""

from __future__ import annotations

import hashlib
import json
import random
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parents[2] / "sample_exports"  # the archives land there
ORACLE_DIR = Path(__file__).resolve().parent
UTC = timezone.utc
MEMBER_ID = "583910274"
SENTINEL = "DM-SENTINEL-NEVER-READ"
COMPLETE, BASIC = "linkedin-complete.zip", "linkedin-basic.zip"
COMPLETE_AT = datetime(2024, 3, 14, 9, 30, tzinfo=UTC)
BASIC_AT = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
BASIC_ROOT = "Basic_LinkedInDataExport_11-02-2026/"
RNG = random.Random(20240314)
FEED = "https://www.linkedin.com/feed/update/"


def at(text: str) -> datetime:
    """A UTC datetime from "YYYY-MM-DD HH:MM:SS"."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def li_id(when: datetime) -> int:
    """A LinkedIn-style id whose top bits are its creation time in ms."""
    return (int(when.timestamp() * 1000) << 22) + RNG.randrange(1 << 22)


def stamp(when: datetime | None) -> str:
    """LinkedIn's zone-less `YYYY-MM-DD HH:MM:SS` (UTC)."""
    return when.strftime("%Y-%m-%d %H:%M:%S") if when else ""


# --------------------------------------------------------------------------------------------
# Tables. in_: which exports hold the record ("C" complete 2024, "B" basic 2026).
# --------------------------------------------------------------------------------------------

@dataclass
class Share:
    key: str
    when: str
    form: str  # share | ugcPost | activity | posts | lnkd
    commentary: str
    shared: str = ""
    media: str = ""
    visibility: str = "PUBLIC"
    in_: str = "CB"
    labels: tuple[str, ...] = ()


SHARES = [
    Share("s01", "2016-06-02 14:20:11", "share", "Fière de présenter notre nouveau rapport de l'Institut Boréal sur la sécurité du revenu des aînés au Québec. Merci à toute l'équipe!", shared="https://example.org/boreal/rapport-aines-2016", labels=("harmless",)),
    Share("s02", "2017-10-11 19:05:40", "share", "Great panel on basic income at the policy conference today. Key takeaway: pilots need at least three years to show anything.", labels=("harmless",)),
    Share("s03", "2019-08-20 13:30:00", "share", "Nouvelle étape : le 3 septembre, je me joins à Emploi et Développement social Canada comme analyste en politiques. Hâte de commencer!", labels=("harmless",)),
    Share("s04", "2019-10-15 18:10:22", "share", "Le 21 octobre, votez pour le seul parti qui a un vrai plan pour le climat et le logement. Fière de faire du porte-à-porte ce soir pour notre candidate NPD dans Hull–Aylmer! 🧡 #elxn43", shared="https://example.com/npd-hull-aylmer/benevoles", labels=("partisanship", "work_hours")),
    Share("s05", "2020-06-05 16:45:03", "ugcPost", 'Honestly, ESDC\'s decision to scrap the remote-work pilot is short-sighted. It was made without asking a single analyst, and the "consultation" was a 10-minute town hall.\n\nLeadership should be embarrassed.', in_="C", labels=("employer_criticism",)),
    Share("s06", "2021-03-09 21:02:47", "ugcPost", "Petit scoop 🤫 : le programme de subventions pour la formation des travailleurs sera prolongé de deux ans et bonifié de 40 M$. L'annonce officielle est seulement jeudi, mais vous l'apprenez ici en premier!", visibility="MEMBER_NETWORK", labels=("confidential_info",)),
    Share("s07", "2021-09-01 23:15:09", "ugcPost", "", shared="https://example.com/opinion/pourquoi-je-vote-liberal-le-20-septembre", labels=("partisanship", "link_only")),
    Share("s08", "2022-04-12 15:30:00", "ugcPost", "Launching my side consultancy, NLO Conseil! I help non-profits write winning proposals for federal grants — including ESDC's own funding programs. I know exactly what the reviewers look for 😉 Book a free call: https://example.com/nlo-conseil or 613-555-0147.", media="https://media.licdn.com/dms/image/D4E22AQ-nlo-conseil-banner/feedshare-shrink_800/0/1649777400000", labels=("conflict_of_interest",)),
    Share("s09", "2022-11-20 17:48:31", "activity", "Premier demi-marathon de Gatineau : 2 h 04 min!\nMerci aux bénévoles sous la pluie 🏃‍♀️", media="https://media.licdn.com/dms/image/D4E22AQ-demi-marathon/feedshare-shrink_800/0/1668966511000", labels=("harmless",)),
    Share("s10", "2023-05-03 12:20:05", "activity", 'Three things I learned this year:\n\n1. "Efficiency" is not a strategy.\n2. Listen to the people who answer the phones.\n3. Bring snacks to every workshop.', labels=("harmless",)),
    Share("s11", "2023-08-15 22:01:44", "activity", "", media="https://media.licdn.com/dms/image/D4E22AQ-chalet-photo/feedshare-shrink_800/0/1692136904000", labels=("problem_media_only",)),
    Share("s12", "2023-12-22 20:12:00", "lnkd", "Joyeuses fêtes à toutes et à tous! On se revoit en janvier.", labels=("harmless", "derived_id")),
    Share("s13", "2024-06-18 13:05:00", "activity", "Nouvelle étape : je deviens analyste principale à EDSC, dans l'équipe des programmes de compétences. Merci à mes collègues!", in_="B", labels=("harmless",)),
    Share("s14", "2025-04-15 16:22:10", "activity", "Le 28 avril, je vote NPD sans hésiter. Allez, Gatineau, on se mobilise! 🗳️🧡", shared="https://example.com/npd/benevolat-2025", in_="B", labels=("partisanship", "work_hours")),
    Share("s15", "2026-02-03 15:40:00", "posts", "On behalf of Employment and Social Development Canada, I'm pleased to confirm that applications for the Skills Partnership Fund reopen on March 1. Questions? Write to me directly.", in_="B", labels=("official_capacity",)),
]


@dataclass
class Comment:
    key: str
    when: str  # "" = LinkedIn left the Date blank
    message: str
    in_: str = "CB"
    labels: tuple[str, ...] = ()


COMMENTS = [
    Comment("c01", "2018-02-14 15:02:10", "Merci pour le partage, très éclairant!", labels=("harmless",)),
    Comment("c02", "2019-10-18 23:40:51", "Exactly. On Monday we finally vote them out. Every single one of them.", labels=("partisanship",)),
    Comment("c03", "2020-11-05 14:12:33", 'As my director likes to say "that\'s above your pay grade",\nwhich is exactly how ESDC ends up with policies nobody on the front line believes in.', labels=("employer_criticism", "backslash_quotes", "multi_line")),
    Comment("c04", "2021-06-10 11:30:00", "2021-06-15 14:00:00 — webinaire sur la consultation. Inscrivez-vous!", labels=("harmless", "starts_with_a_date")),
    Comment("c05", "", 'Bien dit "Marie" — on en reparle lundi.', labels=("problem_blank_date",)),
    Comment("c06", "2022-01-20 18:05:00", "Congrats on the new role, well deserved!", labels=("harmless",)),
    Comment("c07", "2022-09-08 02:14:09", "You clearly have no idea what you're talking about. Typical overpaid consultant clown.", labels=("harassment",)),
    Comment("c08", "2023-03-30 13:45:12", "Quelques pistes :\n- simplifier le formulaire,\n- publier les délais de traitement,\n- répondre aux courriels en moins de 10 jours.", labels=("harmless", "multi_line")),
    Comment("c09", "2023-07-04 20:20:20", 'Comme disait ma grand-mère : "qui va à la chasse perd sa place"', labels=("harmless", "ends_with_a_quote")),
    Comment("c10", "2023-11-28 21:03:45", "On verra bien ¯\\_(ツ)_/¯", labels=("harmless", "literal_backslash")),
    Comment("c11", "2025-04-22 17:10:00", "Les conservateurs vont tout couper, votez NPD le 28 avril!", in_="B", labels=("partisanship",)),
    Comment("c12", "2026-01-12 15:00:00", 'Our team lead said "ship it"\nand we did. Proud of this one.', in_="B", labels=("harmless", "quote_at_line_end")),
]

REACTIONS = [  # (key, when, type, in_)
    ("r01", "2018-03-01 12:00:00", "LIKE", "CB"),
    ("r02", "2019-10-19 14:22:00", "LIKE", "CB"),
    ("r03", "2021-03-10 10:00:05", "PRAISE", "CB"),
    ("r04", "2022-06-01 19:30:00", "EMPATHY", "CB"),
    ("r05", "2023-09-14 13:00:00", "INTEREST", "CB"),
    ("r06", "2024-10-02 16:45:00", "APPRECIATION", "B"),
    ("r07", "2025-04-27 22:10:00", "ENTERTAINMENT", "B"),
]
VOTES = [  # (key, when, option, in_)
    ("v01", "2021-09-10 15:00:00", "NPD / NDP", "CB"),
    ("v02", "2025-04-20 13:00:00", "Oui — il est temps de changer de gouvernement", "B"),
]
INSTANT_REPOSTS = [("i01", "2025-04-25 21:00:00", "B")]
COMPANY_FOLLOWS = [  # complete only
    ("Employment and Social Development Canada", "2019-08-31 14:02:11"),
    ("Nouveau Parti démocratique du Canada", "2019-09-23 01:15:40"),
    ("NLO Conseil", "2022-04-12 15:00:02"),
]

PROFILE_HEADER = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
                  "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"]
SUMMARY = ("Analyste en politiques sociales, bilingue (FR/EN). Programmes de compétences et d'emploi.\n\n"
           "Les opinions exprimées ici sont personnelles.\n"
           "Rédaction de demandes de subventions pour OBNL : noemie.conseil@example.com")
PROFILE = {
    "C": ["Noémie", "Laflamme-Okafor", "", "", "", "Analyste en politiques, EDSC | Gouvernement du Canada", SUMMARY,
          "Government Administration", "", "Gatineau, Quebec, Canada", "[noemie_lo]", "[PERSONAL:https://example.org/noemie]", ""],
    "B": ["Noémie", "Laflamme-Okafor", "", "", "Mar 4, 1988", "Analyste principale, EDSC | Gouvernement du Canada", SUMMARY,
          "Government Administration", "", "Gatineau, Quebec, Canada", "[noemie_lo]",
          "[PERSONAL:https://example.org/noemie,COMPANY:https://example.com/nlo-conseil]", ""],
}
# Profile.csv column -> entry label, as the parser names them (labels are the oracle's vocabulary).
PROFILE_LABELS = {"Maiden Name": "maiden_name", "Address": "address", "Birth Date": "birth_date", "Headline": "headline",
                  "Summary": "summary", "Industry": "industry", "Zip Code": "zip_code", "Geo Location": "geo_location",
                  "Twitter Handles": "twitter_handles", "Websites": "websites", "Instant Messengers": "instant_messengers"}

POSITION_HEADER = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
POSITIONS = {
    "C": [
        ["NLO Conseil", "Fondatrice — rédaction de demandes de subventions", "Accompagnement d'OBNL pour leurs demandes de financement fédéral (EDSC, Patrimoine canadien).", "Gatineau, Québec, Canada", "Apr 2022", ""],
        ["EDSC", "Analyste en politiques", "Analyse des programmes de formation et de compétences; notes d'information pour la haute direction.", "Gatineau, Québec, Canada", "Sep 2019", ""],
        ["Institut Boréal", "Analyste de recherche", "Recherche sur la sécurité du revenu.", "Montréal, Québec, Canada", "May 2015", "Aug 2019"],
    ],
    "B": [
        ["EDSC", "Analyste principale des politiques", "Programmes de compétences : analyse, évaluation et conseils à la haute direction.\nCoordination des consultations avec les provinces.", "Gatineau, Québec, Canada", "Jun 2024", ""],
        ["NLO Conseil", "Fondatrice — rédaction de demandes de subventions", "Accompagnement d'OBNL pour leurs demandes de financement fédéral (EDSC, Patrimoine canadien).", "Gatineau, Québec, Canada", "Apr 2022", ""],
        ["EDSC", "Analyste en politiques", "Analyse des programmes de formation et de compétences; notes d'information pour la haute direction.", "Gatineau, Québec, Canada", "Sep 2019", "Jun 2024"],
        ["Institut Boréal", "Analyste de recherche", "Recherche sur la sécurité du revenu.", "Montréal, Québec, Canada", "May 2015", "Aug 2019"],
    ],
}
EDUCATION_HEADER = ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]
EDUCATION = [
    ["Université d'Ottawa", "2013", "2015", "", "Maîtrise en affaires publiques et internationales", "Vice-présidente, Club NPD du campus; journal étudiant"],
    ["Cégep de l'Outaouais", "2008", "2010", "", "DEC Sciences humaines", ""],
]
SKILLS = {"C": ["Analyse des politiques", "Policy Analysis", "Rédaction de demandes de subventions", "Microsoft Excel", "Bilinguisme français-anglais"]}
SKILLS["B"] = SKILLS["C"] + ["Gestion de projets"]
# Volunteer.csv: FORMATS gives no header; this one is invented (the parser reads the section generically).
VOLUNTEER_HEADER = ["Company Name", "Role", "Cause", "Started On", "Finished On", "Description"]
VOLUNTEER = [["NPD — Hull–Aylmer", "Bénévole, pointage et porte-à-porte", "Politics", "Sep 2019", "Oct 2019", "Appels aux électeurs les soirs de semaine."]]
RICH_MEDIA = [  # complete only: (when, description, link)
    ("2019-09-04 23:12:00", "", "https://media.licdn.com/dms/image/C4E03AQ-profile-photo/profile-displayphoto-shrink_800_800/0/1567638720000"),
    ("2022-04-12 15:31:00", "Kiosque NLO Conseil au Salon des OBNL de l'Outaouais — venez nous voir!", "https://media.licdn.com/dms/image/D4E22AQ-nlo-kiosque/feedshare-shrink_800/0/1649777460000"),
]


@dataclass
class Article:
    slug: str
    title: str
    created: str
    published: str  # "" = never published line (only "Created on")
    paragraphs: tuple[str, ...]
    labels: tuple[str, ...]


ARTICLES = [
    Article("ce-que-quatre-ans-à-edsc-mont-appris-laflamme-okafor", "Ce que quatre ans à EDSC m'ont appris",
            "2023-09-05 19:42", "2023-09-06 12:00",
            ("Quatre ans après mon arrivée à Emploi et Développement social Canada, quelques réflexions personnelles.",
             "La haute direction prend encore trop de décisions sans consulter les analystes &amp; les équipes de première ligne, et ça paraît dans les résultats.",
             "Heureusement, mes collègues sont formidables.<br>Opinions personnelles, bien sûr."),
            ("employer_criticism",)),
    Article("writing-winning-grant-proposals-an-insiders-guide-laflamme-okafor", "Writing winning grant proposals: an insider's guide",
            "2022-05-10 14:05", "",
            ("As someone who works on the inside at ESDC, I see the same mistakes again and again. Here is what reviewers look for:",
             "<ul><li>a clear link to the program's <strong>stated outcomes</strong>;</li><li>a realistic budget;</li><li>letters of support.</li></ul>",
             "If you need help, my consultancy NLO Conseil offers proposal reviews at a friendly rate."),
            ("conflict_of_interest",)),
]


README = """# sample_exports — synthetic LinkedIn exports

**Everything here is synthetic** (persona, URNs, texts, e-mails at example.com/example.org, 555 numbers,
203.0.113.0/24). Regenerate with `python3 tests/sample_builders/make_linkedin_samples.py`: stdlib only,
deterministic (seeded ids, fixed zip timestamps, sorted members), byte-identical on re-run. Do not edit by hand.

Persona: Noémie Laflamme-Okafor (same as the X samples), bilingual policy analyst at Emploi et Développement
social Canada (EDSC/ESDC) since 2019-09-03, promoted to senior analyst in June 2024, Gatineau; runs a
grant-writing side business, NLO Conseil, since April 2022.

| archive | export | layout | Shares | Comments | Reactions+Votes | other |
|---|---|---|---|---|---|---|
| `linkedin-complete.zip` | Complete, 2024-03-14 | files at the zip root, no member-id suffix | 12 (1 media-only) | 10 (1 blank Date) | 5+1 | Articles (2), Rich_Media (2), Company Follows (3), Positions (3), Education, Skills, Volunteer (invented header), Connections (Notes: preamble), messages.csv, guide_messages.csv, Ad_Targeting.csv (duplicate columns) |
| `linkedin-basic.zip` | Basic, 2026-11-02 | one wrapping folder `Basic_LinkedInDataExport_11-02-2026/` + `__MACOSX/`, `_583910274` suffix | 14 (s05 deleted since 2024, 3 new) | 12 | 7+2 | InstantReposts (1), Positions (4), new headline and birth date, Connections with URL column, messages.csv, Invitations.csv, LearningCoachMessages.csv ("No conversations found"), PhoneNumbers.csv |

`linkedin_expected.json` is the independent oracle (counts, ids, profile entries, problems), computed from the
generator's tables; `intended_labels` maps record keys (s01…, c01…, article slugs) to what a reviewer would flag.

## What is inside

- Harmless and risky posts in French and English: partisan posts during the 2019 and 2025 federal campaigns (two on
  weekdays during work hours, Eastern), a link-only partisan share, criticism of a department decision (s05,
  c03, an article), a post leaking a program extension "before the official announcement" (s06, connections only),
  a consulting pitch that trades on ESDC insider knowledge (s08, an article, a position, Rich_Media), a post
  "on behalf of" the department (s15), an insulting comment (c07), a partisan club in Education, campaign volunteering, a party page followed.
- Format edge cases: every ShareLink form (`urn%3Ali%3Ashare`, `urn%3Ali%3AugcPost`, raw `urn:li:activity`,
  `/posts/…-activity-<id>-…`, `lnkd.in`), RFC quoting with `""` and multi-line commentary in Shares; in Comments
  `\\"` escapes, a multi-line message, a blank Date, a message starting with a timestamp, a message ending with an
  escaped quote, an unquoted `¯\\_(ツ)_/¯`, a quote at the end of a line inside a message; Rich_Media prose dates;
  Company Follows Java-style dates; Positions month dates; an article with only a "Created on" line.

## Format decisions where FORMATS.md is unsure

- Comments.csv escapes `"` as `\\"` and leaves backslashes alone (whether LinkedIn doubles backslashes is unknown).
- `\\n` line ends, no BOM, UTF-8 (FORMATS §11: CRLF and BOM unverified; the parser tolerates both).
- The 2024 Complete export has no member-id suffix and Connections without `URL`; the 2026 Basic one has both.
- Share URN numbers carry their creation time (`id >> 22` ms); comment, reaction and vote links point to other
  people's posts made shortly before.
- Article HTML: `<title>`, `<h1><a href="…/pulse/<slug>">`, `<p class="created">Created on YYYY-MM-DD HH:MM</p>`,
  optional `<p class="published">Published on …</p>`, then the body; times taken as UTC.
"""

# --------------------------------------------------------------------------------------------
# Serialisation
# --------------------------------------------------------------------------------------------

def rfc_cell(value: str) -> str:
    """RFC 4180 minimal quoting with doubled quotes (Shares and every other CSV)."""
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def comments_cell(value: str) -> str:
    """Comments.csv: quoted when needed, quotes escaped with a backslash, backslashes left alone."""
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '\\"') + '"'
    return value


def csv_text(header: list[str], rows: list[list[str]], cell=rfc_cell) -> str:
    """Header and rows with `\\n` line ends."""
    return "".join(",".join(cell(c) for c in row) + "\n" for row in [header, *rows])


def share_link(share: Share, number: int) -> str:
    """ShareLink in each form seen (FORMATS §3.6)."""
    if share.form == "share":
        return f"{FEED}urn%3Ali%3Ashare%3A{number}"
    if share.form == "ugcPost":
        return f"{FEED}urn%3Ali%3AugcPost%3A{number}"
    if share.form == "activity":
        return f"{FEED}urn:li:activity:{number}"
    if share.form == "posts":
        return f"https://www.linkedin.com/posts/noemie-laflamme-okafor_skills-partnership-fund-activity-{number}-Qx7c"
    return "https://lnkd.in/eQk7VnZp"


def java_date(when: datetime) -> str:
    """Company Follows: "Sat Sep 05 08:12:14 UTC 2026"."""
    return when.strftime("%a %b %d %H:%M:%S UTC %Y")


def prose_date(when: datetime, what: str) -> str:
    """Rich_Media: "You uploaded a photo on April 12, 2026 at 8:03 AM (GMT)"."""
    hour = when.hour % 12 or 12
    return f"You uploaded {what} on {when.strftime('%B')} {when.day}, {when.year} at {hour}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'} (GMT)"


def article_html(a: Article) -> str:
    """An article as LinkedIn exports it: title, <h1> link, Created/Published lines, body."""
    dates = f'<p class="created">Created on {a.created}</p>'
    if a.published:
        dates += f'<p class="published">Published on {a.published}</p>'
    body = "".join(p if p.startswith("<ul>") else f"<p>{p}</p>" for p in a.paragraphs)
    title = a.title.replace("'", "&#39;")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f"<title>{title}</title></head><body>"
            f'<img src="https://media.licdn.com/dms/image/D4E12AQ-cover-{a.slug[:12]}/article-cover_image-shrink_600_2000/0/1" alt="" />'
            f'<h1><a href="https://www.linkedin.com/pulse/{a.slug}">{title}</a></h1>{dates}<div>{body}</div></body></html>')


def build(edition: str, ids: dict[str, int], links: dict[str, str]) -> dict[str, str]:
    """Every file of one export ("C" or "B"), by path inside the zip."""
    suffix = f"_{MEMBER_ID}" if edition == "B" else ""
    shares = [s for s in SHARES if edition in s.in_]
    files = {
        f"Shares{suffix}.csv": csv_text(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
                                        [[s.when, share_link(s, ids[s.key]), s.commentary, s.shared, s.media, s.visibility] for s in shares]),
        f"Comments{suffix}.csv": csv_text(["Date", "Link", "Message"],
                                          [[c.when, links[c.key], c.message] for c in COMMENTS if edition in c.in_], comments_cell),
        f"Reactions{suffix}.csv": csv_text(["Date", "Type", "Link"], [[w, t, links[k]] for k, w, t, e in REACTIONS if edition in e]),
        f"Votes{suffix}.csv": csv_text(["Date", "Link", "OptionText"], [[w, links[k], o] for k, w, o, e in VOTES if edition in e]),
        "Profile.csv": csv_text(PROFILE_HEADER, [PROFILE[edition]]),
        "Positions.csv": csv_text(POSITION_HEADER, POSITIONS[edition]),
        "Education.csv": csv_text(EDUCATION_HEADER, EDUCATION),
        "Skills.csv": csv_text(["Name"], [[s] for s in SKILLS[edition]]),
        "messages.csv": csv_text(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"],
                                 [["2-ZmQ3NjA1", "", "Julie Bédard", "https://www.linkedin.com/in/julie-bedard-example", "Noémie Laflamme-Okafor", "https://www.linkedin.com/in/noemie-lo-example", "2023-02-01 15:00:00 UTC", "", f"{SENTINEL} Mon numéro perso : 819-555-0199", "INBOX", "", "No", "No"]],
                                 cell=lambda c: '"' + c.replace('"', '""') + '"'),
        "Email Addresses.csv": csv_text(["Email Address", "Confirmed", "Primary", "Updated On"], [["noemie.lo.perso@example.com", "Yes", "Yes", "3/14/12, 10:58 PM"]]),
        "Registration.csv": csv_text(["Registered At", "Registration Ip", "Subscription Types"], [["3/14/12, 10:58 PM", "203.0.113.24", ""]]),
    }
    connections_header = ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"]
    people = [["Julie", "Bédard", "julie.b@example.com", "EDSC", "Gestionnaire", "04 Sep 2019"],
              ["Marc", "Gagnon", "", "Institut Boréal", "Directeur de recherche", "16 Jun 2015"]]
    if edition == "B":  # the URL column arrived ~2025 (Thanh-To/linkedin-network-visualization#2)
        connections_header.insert(2, "URL")
        people = [p[:2] + [f"https://www.linkedin.com/in/{p[0].lower()}-{p[1].lower()}-example"] + p[2:] for p in people]
    files["Connections.csv"] = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
                                'You will only see email addresses for connections who have allowed their connections to see or download their email address."\n\n'
                                + csv_text(connections_header, people))
    if edition == "C":
        files["guide_messages.csv"] = csv_text(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
                                               [["2-Z3VpZGU", "", "LinkedIn Guide", "", "Noémie Laflamme-Okafor", "", "2023-05-01 12:00:00 UTC", "", SENTINEL, "INBOX"]])
        files["Company Follows.csv"] = csv_text(["Organization", "Followed On"], [[o, java_date(at(w))] for o, w in COMPANY_FOLLOWS])
        files["Volunteer.csv"] = csv_text(VOLUNTEER_HEADER, VOLUNTEER)
        files["Rich_Media.csv"] = csv_text(["Date/Time", "Media Description", "Media Link"],
                                           [[prose_date(at(w), "a profile photo" if not d else "a photo"), d, link] for w, d, link in RICH_MEDIA])
        files["Ad_Targeting.csv"] = csv_text(["Company Names", "Job Titles", "Company Names", "Job Titles"], [["EDSC", "Analyst", "Example Inc.", "Policy Analyst"]])
        for a in ARTICLES:
            files[f"Articles/Articles/{a.slug}.html"] = article_html(a)
    else:
        files[f"InstantReposts{suffix}.csv"] = csv_text(["Date", "Link"], [[w, links[k]] for k, w, e in INSTANT_REPOSTS])
        files["Invitations.csv"] = csv_text(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
                                            [["Noémie Laflamme-Okafor", "Marc Gagnon", "9/5/26, 1:12 AM", f"{SENTINEL} Au plaisir!", "OUTGOING", "", ""]])
        files["PhoneNumbers.csv"] = csv_text(["Extension", "Number", "Type"], [["", "+1 819-555-0142", "Mobile"]])
        files["LearningCoachMessages.csv"] = "No conversations found\n"
    return files


def write_zip(path: Path, files: dict[str, str], when: datetime, root: str = "", junk: bool = False) -> None:
    """A zip with sorted members and fixed timestamps, so reruns are byte-identical."""
    members = {root + name: text.encode("utf-8") for name, text in files.items()}
    if junk:  # a Mac re-zip adds AppleDouble files under __MACOSX/
        members[f"__MACOSX/{root}._Profile.csv"] = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, members[name])


# --------------------------------------------------------------------------------------------
# Oracle: computed from the tables, by the rules in FORMATS/DESIGN, never by parsing the files
# --------------------------------------------------------------------------------------------

def share_urn(share: Share, number: int) -> str | None:
    """The id the parser should give a share: its URN, none for a lnkd.in short link."""
    return {"share": f"urn:li:share:{number}", "ugcPost": f"urn:li:ugcPost:{number}", "activity": f"urn:li:activity:{number}",
            "posts": f"urn:li:activity:{number}"}.get(share.form)


def oracle_for(edition: str, ids: dict[str, int]) -> dict:
    """Records per file, posts per kind, problems and profile entries one export must give."""
    shares = [s for s in SHARES if edition in s.in_]
    comments = [c for c in COMMENTS if edition in c.in_]
    share_posts = [s for s in shares if s.commentary or s.shared]
    comment_posts = [c for c in comments if c.when]
    profile_entries = profile_entries_for(edition)
    kinds = Counter(post=len(share_posts) + (len(ARTICLES) if edition == "C" else 0), comment=len(comment_posts),
                    reaction=sum(edition in r[3] for r in REACTIONS) + sum(edition in v[3] for v in VOTES),
                    repost=sum(edition in i[2] for i in INSTANT_REPOSTS), page_follow=len(COMPANY_FOLLOWS) if edition == "C" else 0,
                    profile=len(profile_entries))
    suffix = f"_{MEMBER_ID}" if edition == "B" else ""
    records = {f"Shares{suffix}.csv": len(shares), f"Comments{suffix}.csv": len(comments),
               f"Reactions{suffix}.csv": sum(edition in r[3] for r in REACTIONS), f"Votes{suffix}.csv": sum(edition in v[3] for v in VOTES),
               "Profile.csv": 1, "Positions.csv": len(POSITIONS[edition]), "Education.csv": len(EDUCATION), "Skills.csv": len(SKILLS[edition])}
    if edition == "C":
        records.update({"Company Follows.csv": len(COMPANY_FOLLOWS), "Rich_Media.csv": len(RICH_MEDIA), "Volunteer.csv": len(VOLUNTEER)})
        private = ["Connections.csv", "guide_messages.csv", "messages.csv"]
    else:
        records[f"InstantReposts{suffix}.csv"] = len(INSTANT_REPOSTS)
        private = ["Connections.csv", "Invitations.csv", "LearningCoachMessages.csv", "messages.csv"]
    return {
        "edition": {"C": "Complete", "B": "Basic"}[edition],
        "exported_at": (COMPLETE_AT if edition == "C" else BASIC_AT).isoformat(),
        "member_id_suffix": bool(suffix),
        "csv_records": records,
        "posts_by_kind": {k: v for k, v in sorted(kinds.items()) if v},
        "posts_total": sum(kinds.values()),
        "problems": {
            "bad_record": [{"file": f"Shares{suffix}.csv", "row": shares.index(s) + 1, "why": "media only"} for s in shares if not (s.commentary or s.shared)]
            + [{"file": f"Comments{suffix}.csv", "row": comments.index(c) + 1, "why": "blank Date"} for c in comments if not c.when],
            "not_read_private": sorted(private),
        },
        "share_ids": sorted(share_urn(s, ids[s.key]) or "derived" for s in share_posts),
        "comment_keys": [c.key for c in comment_posts],
        "profile_entries": profile_entries,
        "articles": [f"article:{a.slug}" for a in ARTICLES] if edition == "C" else [],
    }


def profile_entries_for(edition: str) -> list[list[str]]:
    """(label, text) of every profile entry of one export, in file order."""
    row = dict(zip(PROFILE_HEADER, PROFILE[edition]))
    out = [["name", f"{row['First Name']} {row['Last Name']}"]]
    for column, label in PROFILE_LABELS.items():
        value = row[column].strip()
        if value.startswith("[") and value.endswith("]"):
            value = value[1:-1]
        if value:
            out.append([label, value])
    for company, title, desc, place, _, _ in POSITIONS[edition]:
        out.append([f"position:{title} @ {company}", "\n".join(p for p in (f"{title} @ {company}", desc, place) if p)])
    for school, _, _, notes, degree, activities in EDUCATION:
        out.append([f"education:{school}", "\n".join(p for p in (school, degree, notes, activities) if p)])
    out += [["skill", s] for s in SKILLS[edition]]
    if edition == "C":
        out += [["rich_media", "\n".join(p for p in (d, link) if p)] for _, d, link in RICH_MEDIA]
        out += [[f"volunteer:{v[0]}", "\n".join(c for i, c in enumerate(v) if c and VOLUNTEER_HEADER[i] not in ("Started On", "Finished On"))] for v in VOLUNTEER]
    return out


def main() -> None:
    """Write both zips, the oracle and the README."""
    ids = {s.key: li_id(at(s.when)) for s in SHARES}
    links: dict[str, str] = {}
    for c in COMMENTS:  # the post commented on: someone else's, made a little earlier
        before = at(c.when or "2022-05-02 10:00:00") - timedelta(hours=RNG.randrange(2, 48))
        kind = "activity" if RNG.random() < 0.6 else "ugcPost"
        links[c.key] = f"{FEED}urn%3Ali%3A{kind}%3A{li_id(before)}"
    for key, when, *_ in REACTIONS + VOTES + INSTANT_REPOSTS:
        links[key] = f"{FEED}urn:li:activity:{li_id(at(when) - timedelta(minutes=RNG.randrange(5, 600)))}"
    write_zip(HERE / COMPLETE, build("C", ids, links), COMPLETE_AT)
    write_zip(HERE / BASIC, build("B", ids, links), BASIC_AT, root=BASIC_ROOT, junk=True)
    oracle = {
        "_about": "Independent oracle for the synthetic LinkedIn exports, computed by make_linkedin_samples.py from its own tables "
                  "(not by parsing the files). csv_records counts the data records written to each audited CSV (multi-line records "
                  "count once); every one must come out as a post or a problem. Profile entries: one per non-empty Profile.csv field "
                  "(first + last name joined as 'name'), position, education row, skill, Rich_Media row and Volunteer row.",
        "archives": {COMPLETE: oracle_for("C", ids), BASIC: oracle_for("B", ids)},
        "together": together(ids),
        "intended_labels": {**{s.key: list(s.labels) for s in SHARES}, **{c.key: list(c.labels) for c in COMMENTS},
                            **{a.slug: list(a.labels) for a in ARTICLES}},
        "markers": {"dm_sentinel": SENTINEL, "member_id": MEMBER_ID, "joined_public_service": "2019-09-03",
                    "employer": ["EDSC", "ESDC", "Emploi et Développement social Canada", "Employment and Social Development Canada"]},
    }
    (ORACLE_DIR / "linkedin_expected.json").write_text(json.dumps(oracle, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (HERE / "README-linkedin.md").write_text(README, encoding="utf-8")
    digest = {n: hashlib.sha256((HERE / n).read_bytes()).hexdigest()[:16] for n in (COMPLETE, BASIC)}
    print(f"wrote {COMPLETE} ({digest[COMPLETE]}), {BASIC} ({digest[BASIC]}), linkedin_expected.json, README-linkedin.md")


def together(ids: dict[str, int]) -> dict:
    """Both exports given at once: distinct records after de-duplication."""
    shares = [s for s in SHARES if s.commentary or s.shared]
    entries = {tuple(e) for ed in "CB" for e in profile_entries_for(ed)}
    kinds = {"post": len(shares) + len(ARTICLES), "comment": sum(1 for c in COMMENTS if c.when),
             "reaction": len(REACTIONS) + len(VOTES), "repost": len(INSTANT_REPOSTS), "page_follow": len(COMPANY_FOLLOWS),
             "profile": len(entries)}
    by_label = {ed: {} for ed in "CB"}
    for ed in "CB":
        for label, text in profile_entries_for(ed):
            by_label[ed].setdefault(label, set()).add(text)
    fields = {"name", *PROFILE_LABELS.values()}  # Profile.csv fields whose value changed between the two exports
    changed = sorted(label for label in by_label["C"].keys() & by_label["B"].keys() & fields if by_label["C"][label] != by_label["B"][label])
    return {"posts_by_kind": kinds, "posts_total": sum(kinds.values()), "changed_profile_labels": changed}


if __name__ == "__main__":
    main()
