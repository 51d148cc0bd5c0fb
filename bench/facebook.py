"""Reading a big Facebook JSON export: time and peak RSS (prints figures; not a test).

    python bench/facebook.py [--posts 100000] [--repeat 3] [--audit] [--root DIR]

Makes `bench/data/facebook-big.zip` (`facebook-<posts>.zip` for another `--posts`) first if it
is missing, deterministically like make_data.py: a 2025-layout "Download Your Information"
export of `--posts` records as Meta writes them (every string mojibake-escaped, keys too;
two-space indent): 80 % own posts in ONE `your_posts__check_ins__photos_and_videos_1.json`
(statuses, links, photos with captions, check-ins, re-shares), 15 % comments in
`comments.json` (`{"comments_v2": [ … ]}`), 5 % reactions in `likes_and_reactions.json` (F4
`label_values` trees), a profile, and one message (never read). About 3 % of the texts carry
something a detector finds.

Measured, each in a fresh process (`measure` of run.py: wall time, peak RSS):
- read: `pipeline.read_posts` over the zip, every post built and dropped (best of `--repeat`);
- floor: every JSON member read from the zip and decoded whole by `json.loads`, gc off — what
  the reader did before streaming, without building a single post;
- with `--audit`: `footprint audit` end to end (models, detection, report).
`--root DIR` measures another checkout (e.g. an older commit extracted with `git archive`; `-P`
keeps the working directory off `sys.path`, so the audit too runs that checkout).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from make_data import DATA, EN, FR, RISKY, write_zip
from run import ENV, ROOT, header, measure, row

sys.path.insert(0, str(ROOT))
from tests.sample_builders.make_facebook_samples import meta_json  # noqa: E402  (Meta's mangled, escaped JSON, as the samples write it)

ME = "Noémie Laflamme-Okafor"
FRIENDS = ["Marc Dubois", "Julie Bouchard-Côté", "Priya Raman", "Émilie Roy", "Jagmeet Singh", "Sophie Tremblay"]
PAGES = ["Club de vélo de Gatineau", "Bibliothèque publique d'Ottawa", "Radio-Canada Info", "Parc de la Gatineau"]
START, END = datetime(2010, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2025, 1, 1, tzinfo=timezone.utc).timestamp()



class Maker:
    """Seeded Facebook record factory."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def text(self, sentences: int) -> str:
        pool = FR if self.rng.random() < 0.5 else EN
        parts = [self.rng.choice(pool) for _ in range(sentences)]
        if self.rng.random() < 0.03:
            parts[self.rng.randrange(len(parts))] = self.rng.choice(RISKY)
        return " ".join(parts)

    def when(self) -> int:
        return int(self.rng.uniform(START, END))

    def post(self, i: int) -> dict:
        rng, ts = self.rng, self.when()
        item: dict = {"timestamp": ts, "data": [{"post": self.text(rng.randint(1, 3))}, {"update_timestamp": ts}],
                      "title": f"{ME} a mis à jour son statut."}
        kind = rng.random()
        if kind < 0.2:
            item["attachments"] = [{"data": [{"external_context": {"url": f"https://news.example.com/{i}", "name": self.text(1), "source": "news.example.com"}}]}]
            item["title"] = f"{ME} a partagé un lien."
        elif kind < 0.3:
            caption = item["data"][0]["post"]
            item["attachments"] = [{"data": [{"media": {"uri": f"photos/{i}.jpg", "creation_timestamp": ts + 1, "description": caption, "title": "Photos du journal",
                                                        "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": "203.0.113.47", "taken_timestamp": ts - 600}]}}}}]}]
            item["title"] = f"{ME} a ajouté une nouvelle photo."
        elif kind < 0.35:
            item["attachments"] = [{"data": [{"place": {"name": rng.choice(PAGES), "address": "Gatineau", "coordinate": {"latitude": 45.4, "longitude": -75.7}}}]}]
        elif kind < 0.4:
            item = {"timestamp": ts, "attachments": [{"data": [{"external_context": {"url": ""}}]}], "data": [],
                    "title": f"{ME} a partagé la publication de {rng.choice(FRIENDS)}."}
        return item

    def comment(self) -> dict:
        ts = self.when()
        return {"timestamp": ts, "data": [{"comment": {"timestamp": ts, "comment": self.text(1), "author": ME}}],
                "title": f"{ME} a commenté la publication de {self.rng.choice(FRIENDS)}."}

    def reaction(self, i: int) -> dict:
        return {"timestamp": self.when(), "label_values": [{"label": "Réaction", "value": self.rng.choice(("J’aime", "J’adore", "Haha"))},
                {"title": "Auteur", "dict": [{"dict": [{"label": "Nom", "value": self.rng.choice(FRIENDS)}]}]},
                {"label": "URL", "href": f"https://www.facebook.com/example/posts/{i}"}], "fbid": str(10_000_000 + i)}


def facebook_archive(target: Path, posts: int, seed: int = 4) -> dict[str, int]:
    """The export described in the docstring; returns the record counts and the posts file's size."""
    m = Maker(seed)
    n_comments, n_reactions = posts * 15 // 100, posts * 5 // 100
    n_posts = posts - n_comments - n_reactions
    a = "your_facebook_activity"
    files = {
        f"{a}/posts/your_posts__check_ins__photos_and_videos_1.json": meta_json([m.post(i) for i in range(n_posts)]),
        f"{a}/comments_and_reactions/comments.json": meta_json({"comments_v2": [m.comment() for _ in range(n_comments)]}),
        f"{a}/comments_and_reactions/likes_and_reactions.json": meta_json([m.reaction(i) for i in range(n_reactions)]),
        "personal_information/profile_information/profile_information.json": meta_json({"profile_v2": {
            "name": {"full_name": ME}, "current_city": {"name": "Gatineau, Québec", "timestamp": 1341144000}}}),
        f"{a}/messages/inbox/marcdubois_1/message_1.json": meta_json({"messages": [{"content": "never read"}]}),
    }
    write_zip(target, files)
    return {"posts": n_posts, "comments": n_comments, "reactions": n_reactions, "posts_json_bytes": len(next(iter(files.values())))}


# ---- child parts -------------------------------------------------------------------------------

def part_make(archive: str, posts: str) -> None:
    counts = facebook_archive(Path(archive), int(posts))
    print(f"{Path(archive).name}: {counts}  zip {Path(archive).stat().st_size / 1e6:.0f} MB")


def part_read(archive: str) -> None:
    """Reading only: every post parsed and dropped."""
    import time
    from collections import Counter

    from footprint.pipeline import read_posts

    start = time.perf_counter()
    posts = sum(1 for _ in read_posts([Path(archive)], [], Counter()))
    print(json.dumps({"posts": posts, "seconds": time.perf_counter() - start}))


def part_floor(archive: str) -> None:
    """Every JSON member read from the zip and decoded whole by json.loads, garbage collector off."""
    import gc
    import time
    import zipfile

    gc.disable()
    start = time.perf_counter()
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            if name.endswith(".json") and "/messages/" not in name:
                json.loads(zf.read(name))  # decoded whole, then dropped
    print(json.dumps({"seconds": time.perf_counter() - start}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--audit", action="store_true", help="also footprint audit end to end")
    parser.add_argument("--root", type=Path, help="the checkout to measure (default: this one)")
    parser.add_argument("--part", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        name, *rest = args.part
        globals()[f"part_{name}"](*rest)
        return
    archive = DATA / ("facebook-big.zip" if args.posts == 100_000 else f"facebook-{args.posts}.zip")
    me = [sys.executable, str(Path(__file__).resolve())]
    if not archive.exists():  # in a child: a process forked from a big one starts with its peak RSS
        print(measure([*me, "--part", "make", str(archive), str(args.posts)])[2], end="")
    if args.root:
        ENV["PYTHONPATH"] = str(args.root.resolve())
    header(f"{archive.name}: reading Facebook JSON ({ENV['PYTHONPATH']})")
    runs = [measure([*me, "--part", "read", str(archive)]) for _ in range(args.repeat)]
    _, peak, out = min(runs)
    got = json.loads(out)
    row("read (parse, de-duplicate)", got["seconds"], got["posts"], peak, f"best of {args.repeat}; peak: read-only run")
    _, floor_peak, out = measure([*me, "--part", "floor", str(archive)])
    row("floor: json.loads whole files", json.loads(out)["seconds"], got["posts"], floor_peak, "gc off; zip read included; no post built")
    if args.audit:
        wall, peak, _ = measure([sys.executable, "-P", "-m", "footprint", "audit", str(archive), "-o", tempfile.mkdtemp(), "-q"])
        row("footprint audit (whole command)", wall, got["posts"], peak)


if __name__ == "__main__":
    main()
