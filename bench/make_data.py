"""Deterministic synthetic data for the benchmarks (bench/data/, git-ignored); not a test.

    python bench/make_data.py [--posts 100000] [--people 200] [--flagged 10000] [--only big|batch|flagged]

- `bench/data/x-big.zip`: one X archive (era E) of `--posts` posts: 90 % own tweets in
  `tweets.js` + `tweets-part1.js` (about 300 MB at 100,000 posts: tweet objects as X writes
  them, pretty-printed, with entities, media, edit info, replies and retweets), 10 % likes in
  `like.js`, 2 % of the tweets truncated with their long text in `note-tweet.js`, plus
  `tweet-headers.js`, `manifest.js` (with file counts), `account.js`, `profile.js`.
- `bench/data/batch/`: `--people` people, each a folder with a small X archive (60–400
  tweets, varied) and, for some, copies of the sample Facebook and LinkedIn exports.
- `bench/data/x-flagged.zip`: `--flagged` tweets that each carry a phone number and a risky
  sentence, so each is flagged (for the 10,000-flagged-posts rendering benchmark), plus likes.

The same arguments give the same bytes (seeded generator, fixed zip timestamps).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
EPOCH_MS = 1288834974657
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
HANDLE, OWNER = "bench_owner", "1234567890"

EN = [
    "Great morning ride along the canal, the new bike lanes really make a difference.",
    "Reading a long report on housing policy tonight, lots of numbers to digest.",
    "Our community garden finally has tomatoes, thanks to everyone who helped water them.",
    "Anyone have a good recommendation for a podcast about Canadian history?",
    "The library downtown has a great exhibit on maps of the Ottawa valley this month.",
    "Coffee, rain, and a good book: the perfect Sunday afternoon.",
    "Watched the hockey game with friends, what a comeback in the third period!",
    "Trying a new recipe for maple glazed salmon, it turned out better than expected.",
    "The conference on open data had some really thoughtful talks about accessibility.",
    "Spent the weekend hiking in Gatineau Park, the leaves are turning already.",
    "Volunteering at the food bank this Saturday, they always need more hands.",
    "Just finished a course on statistics, the last module on regression was tough.",
]
FR = [
    "Belle balade à vélo le long du canal ce matin, les nouvelles pistes changent tout.",
    "Lecture d'un long rapport sur le logement ce soir, beaucoup de chiffres à digérer.",
    "Le jardin communautaire a enfin des tomates, merci à tous ceux qui ont arrosé.",
    "Quelqu'un a une bonne recommandation de balado sur l'histoire du Canada?",
    "La bibliothèque du centre-ville présente une belle exposition de cartes anciennes.",
    "Café, pluie et un bon livre : le dimanche après-midi parfait.",
    "Match de hockey entre amis, quelle remontée en troisième période!",
    "Essai d'une nouvelle recette de saumon à l'érable, meilleure que prévu.",
    "Le colloque sur les données ouvertes avait des présentations très réfléchies.",
    "Fin de semaine de randonnée dans le parc de la Gatineau, les feuilles changent déjà.",
    "Bénévolat à la banque alimentaire samedi, ils ont toujours besoin de bras.",
    "Je viens de terminer un cours de statistique, le dernier module était costaud.",
]
RISKY = [  # a few per cent of posts: personal information, partisanship, employer criticism
    "Textez-moi au 819-555-0147 pour le covoiturage de demain.",
    "Call me at 613-555-0199 if you want to join the Wednesday ride.",
    "Votez pour notre candidate le 21 octobre, on a besoin de changement!",
    "Everyone should vote Conservative this time, enough is enough.",
    "Encore une panne informatique à EDSC, personne n'est jamais responsable.",
    "Another ESDC IT meltdown and nobody at the top is accountable.",
]
TAGS = ["cdnpoli", "Ottawa", "Gatineau", "vélo", "opendata", "GoHabsGo", "polcan", "lecture", "hockey", "cuisine"]
FRIENDS = [("marc_t", "Marc Tremblay"), ("julie_9", "Julie Nguyen"), ("sam_ott", "Sam O'Neil"), ("ana_b", "Ana Bélanger")]


def snowflake(when: datetime, seq: int) -> str:
    return str(((int(when.timestamp() * 1000) - EPOCH_MS) << 22) + seq)


def x_time(when: datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def ytd(name: str, records: list, part: int = 0) -> bytes:
    """`window.YTD.<name>.part<N> = [ … ]` with X's two-space, " : " pretty printing."""
    body = json.dumps(records, indent=2, separators=(",", " : "), ensure_ascii=False)
    return f"window.YTD.{name}.part{part} = {body}".encode("utf-8")


class Maker:
    """Seeded tweet factory; every call sequence gives the same objects."""

    def __init__(self, seed: int, risky_share: float = 0.03) -> None:
        self.rng = random.Random(seed)
        self.risky_share = risky_share
        self.start = datetime(2012, 3, 1, tzinfo=timezone.utc)

    def text(self, lang: str, sentences: int) -> str:
        pool = FR if lang == "fr" else EN
        parts = [self.rng.choice(pool) for _ in range(sentences)]
        if self.rng.random() < self.risky_share:
            parts[self.rng.randrange(len(parts))] = self.rng.choice(RISKY)
        return " ".join(parts)

    def tweet(self, i: int, when: datetime, text: str | None = None, lang: str | None = None) -> dict:
        rng = self.rng
        lang = lang or rng.choice(("fr", "en"))
        text = text or self.text(lang, rng.randint(1, 2))
        tid = snowflake(when, i % 4096)
        tags = rng.sample(TAGS, rng.randint(0, 2))
        mentions = rng.sample(FRIENDS, rng.randint(0, 2))
        full = " ".join([*(f"@{h}" for h, _ in mentions), text, *(f"#{t}" for t in tags)])
        entities: dict = {
            "hashtags": [{"text": t, "indices": [str(full.index("#" + t)), str(full.index("#" + t) + len(t) + 1)]} for t in tags],
            "symbols": [],
            "user_mentions": [{"name": n, "screen_name": h, "indices": [str(full.index("@" + h)), str(full.index("@" + h) + len(h) + 1)],
                               "id_str": str(1000 + k), "id": str(1000 + k)} for k, (h, n) in enumerate(mentions)],
            "urls": [],
        }
        if rng.random() < 0.3:
            short = f"https://t.co/{rng.getrandbits(40):010x}"
            entities["urls"].append({"url": short, "expanded_url": f"https://example.org/article/{i}", "display_url": f"example.org/article/{i}",
                                     "indices": [str(len(full) + 1), str(len(full) + 1 + len(short))]})
            full = f"{full} {short}"
        obj: dict = {
            "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": (when + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": rng.random() < 0.5}},
            "retweeted": False,
            "source": rng.choice(['<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
                                  '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
                                  '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>']),
            "entities": entities,
            "display_text_range": ["0", str(len(full))],
            "favorite_count": str(rng.randint(0, 40)),
            "id_str": tid,
            "truncated": False,
            "retweet_count": str(rng.randint(0, 10)),
            "id": tid,
            "possibly_sensitive": False,
            "created_at": x_time(when),
            "favorited": False,
            "full_text": full,
            "lang": lang,
        }
        if rng.random() < 0.55:  # media: the longest part of real tweet objects
            media = [self.media(tid, i, k) for k in range(rng.randint(1, 2))]
            obj["entities"]["media"] = media[:1]
            obj["extended_entities"] = {"media": media}
        if rng.random() < 0.12 and not full.startswith("RT"):
            h, _ = rng.choice(FRIENDS)
            obj.update(in_reply_to_status_id_str=snowflake(when - timedelta(minutes=5), 1), in_reply_to_status_id=snowflake(when - timedelta(minutes=5), 1),
                       in_reply_to_user_id="1001", in_reply_to_user_id_str="1001", in_reply_to_screen_name=h)
        elif rng.random() < 0.08:
            h, _ = rng.choice(FRIENDS)
            obj["full_text"] = f"RT @{h}: {text}"[:280]
        return obj

    def media(self, tid: str, i: int, k: int) -> dict:
        mid = str(int(tid) + k + 1)
        url = f"https://t.co/m{i:08d}{k}"
        sizes = {s: {"w": str(w), "h": str(w * 3 // 4), "resize": "fit" if s != "thumb" else "crop"}
                 for s, w in (("small", 680), ("thumb", 150), ("large", 2048), ("medium", 1200))}
        return {"expanded_url": f"https://x.com/{HANDLE}/status/{tid}/photo/{k + 1}", "source_status_id": tid, "indices": ["0", "23"],
                "url": url, "media_url": f"http://pbs.twimg.com/media/F{mid}.jpg", "id_str": mid, "source_user_id": OWNER,
                "id": mid, "media_url_https": f"https://pbs.twimg.com/media/F{mid}.jpg", "source_user_id_str": OWNER,
                "sizes": sizes, "type": "photo", "source_status_id_str": tid, "display_url": f"pic.x.com/{mid[-10:]}"}


def write_zip(target: Path, files: dict[str, bytes]) -> Path:
    """A deflated zip with fixed timestamps, members in a fixed order."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, files[name])
    return target


def x_archive(target: Path, seed: int, posts: int, risky_share: float = 0.03, parts: int = 1,
              text_of=None) -> dict[str, int]:
    """An X archive of `posts` posts: 90 % tweets (2 % with note tweets), 10 % likes; returns counts."""
    m = Maker(seed, risky_share)
    n_likes = posts // 10
    n_tweets = posts - n_likes
    tweets, notes, headers = [], [], []
    when = m.start
    step = (datetime(2024, 6, 1, tzinfo=timezone.utc) - m.start) / max(n_tweets, 1)
    for i in range(n_tweets):
        when = m.start + step * i + timedelta(seconds=m.rng.randint(0, 59))
        text = text_of(m, i) if text_of else None
        if text is None and i % 50 == 7:  # a long post: truncated tweet + its note
            lang = m.rng.choice(("fr", "en"))
            long = m.text(lang, 6)
            obj = m.tweet(i, when, long, lang)
            obj["full_text"] = long[:270] + "…"  # X cuts the tweet; the note holds the whole text
            obj["entities"].update(hashtags=[], user_mentions=[], urls=[])
            obj["display_text_range"] = ["0", str(len(obj["full_text"]))]
            notes.append({"noteTweet": {"noteTweetId": str(900000 + i), "updatedAt": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                        "lifecycle": {"value": "live", "name": "Live", "originalName": "live", "annotations": {}},
                                        "createdAt": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                        "core": {"styletags": [], "urls": [], "text": long, "mentions": [], "cashtags": [], "hashtags": []}}})
        else:
            obj = m.tweet(i, when, text)
        tweets.append({"tweet": obj})
        headers.append({"tweet": {"tweet_id": obj["id_str"], "user_id": OWNER, "created_at": obj["created_at"]}})
    likes = []
    for j in range(n_likes):
        tid = snowflake(m.start + step * m.rng.randrange(max(n_tweets, 1)), 2000 + j % 2000)
        likes.append({"like": {"tweetId": tid, "fullText": m.text(m.rng.choice(("fr", "en")), 1), "expandedUrl": f"https://twitter.com/i/web/status/{tid}"}})
    m.rng.shuffle(tweets)  # X does not sort them
    size = -(-len(tweets) // parts)
    files: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for p in range(parts):
        name = "data/tweets.js" if p == 0 else f"data/tweets-part{p}.js"
        chunk = tweets[p * size : (p + 1) * size]
        files[name] = ytd("tweets", chunk, p)
        counts[name] = len(chunk)
    files["data/like.js"] = ytd("like", likes)
    files["data/note-tweet.js"] = ytd("note_tweet", notes)
    files["data/tweet-headers.js"] = ytd("tweet_headers", headers)
    counts.update({"data/like.js": len(likes), "data/note-tweet.js": len(notes), "data/tweet-headers.js": len(headers)})
    manifest = {"userInfo": {"accountId": OWNER, "userName": HANDLE, "displayName": "Bench Owner"},
                "archiveInfo": {"sizeBytes": str(sum(map(len, files.values()))), "generationDate": "2024-06-02T00:00:00.000Z", "isPartialArchive": False},
                "dataTypes": {"tweets": {"files": [{"fileName": k, "globalName": "YTD.tweets", "count": str(v)} for k, v in counts.items() if "tweets" in k and "headers" not in k]},
                              "like": {"files": [{"fileName": "data/like.js", "count": str(len(likes))}]},
                              "noteTweet": {"files": [{"fileName": "data/note-tweet.js", "count": str(len(notes))}]},
                              "tweetHeaders": {"files": [{"fileName": "data/tweet-headers.js", "count": str(len(headers))}]}}}
    files["data/manifest.js"] = ("window.__THAR_CONFIG = " + json.dumps(manifest, indent=2, separators=(",", " : "))).encode()
    files["data/account.js"] = ytd("account", [{"account": {"email": "owner@example.org", "createdVia": "web", "username": HANDLE,
                                                            "accountId": OWNER, "createdAt": "2012-03-01T00:00:00.000Z", "accountDisplayName": "Bench Owner"}}])
    files["data/profile.js"] = ytd("profile", [{"profile": {"description": {"bio": "Cyclist, reader, public policy nerd.", "website": "https://example.org", "location": "Gatineau"}}}])
    files["Your archive.html"] = b"<!doctype html><title>Your archive</title>"
    write_zip(target, files)
    return {"tweets": n_tweets, "likes": n_likes, "notes": len(notes), "tweets_js_bytes": sum(len(files[k]) for k in counts if "tweets" in k and "headers" not in k)}


def flagged_text(m: Maker, i: int) -> str:
    """Every post trips a detector (phone numbers, partisan or employer words) with ordinary text around it."""
    lang = "fr" if i % 2 else "en"
    phone = f"Textez-moi au 819-555-01{i % 100:02d}." if lang == "fr" else f"Call me at 613-555-01{i % 100:02d}."
    return f"{m.text(lang, 1)} {phone} {RISKY[i % len(RISKY)]} {m.text(lang, 1)}"


def batch_folder(target: Path, people: int, seed: int) -> None:
    """`people` folders, each with a small X zip and, for some, the sample Facebook / LinkedIn exports."""
    samples = ROOT / "sample_exports"
    extras = [["facebook-2025-json.zip"], ["linkedin-basic.zip"], ["facebook-2019-json.zip", "linkedin-complete.zip"], []]
    rng = random.Random(seed)
    if target.exists():
        shutil.rmtree(target)
    for p in range(people):
        folder = target / f"person-{p:03d}"
        x_archive(folder / "twitter.zip", seed * 1000 + p, rng.randint(60, 400), risky_share=0.04)
        for name in extras[p % len(extras)]:
            shutil.copyfile(samples / name, folder / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--flagged", type=int, default=10_000)
    parser.add_argument("--only", choices=("big", "batch", "flagged"))
    args = parser.parse_args()
    if args.only in (None, "big"):
        counts = x_archive(DATA / "x-big.zip", 1, args.posts, parts=2)
        print(f"x-big.zip: {counts}  zip {(DATA / 'x-big.zip').stat().st_size / 1e6:.0f} MB")
    if args.only in (None, "flagged"):
        x_archive(DATA / "x-flagged.zip", 2, -(-args.flagged * 10 // 9), text_of=flagged_text)
        print(f"x-flagged.zip: {args.flagged} tweets that each trip a detector")
    if args.only in (None, "batch"):
        batch_folder(DATA / "batch", args.people, 3)
        print(f"batch/: {args.people} people")


if __name__ == "__main__":
    main()
