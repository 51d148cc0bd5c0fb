"""Scores of every model detector per category and language: `python -m classifiers.training.evaluate`.

Two sets: the corpus test split (held out from training, but the lexicons were written while
reading the whole corpus, so these numbers are optimistic) and the blind set
(classifiers/training/blind/, written by someone who saw neither corpus nor lexicons, never used
for training or tuning). `--write-card` records both in the model card; `--markdown` prints the
README table.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone
from pathlib import Path

from classifiers.registry import all_detectors
from classifiers.textmodel import card_path, load_card
from classifiers.training.corpus import CORPUS, Row, load
from classifiers.training.metrics import scores
from footprint.context import Context
from footprint.model import Kind, Post

BLIND = Path(__file__).resolve().parent / "blind"
_KINDS = {k.value for k in Kind}


def _post(row: Row) -> Post:
    """A labelled row as the pipeline would see it (language known, as X gives it)."""
    kind = Kind(row.kind) if row.kind in _KINDS else Kind.POST
    owner = kind not in (Kind.LIKE, Kind.REPOST, Kind.REACTION)
    return Post("eval", row.id, datetime(2022, 6, 4, 20, 0, tzinfo=timezone.utc), row.text, kind, owner, lang=row.lang)


def evaluate_rows(rows: list[Row]) -> dict[str, dict[str, dict]]:
    """Each model detector on its own category's rows: scores per language and overall."""
    out: dict[str, dict[str, dict]] = {}
    detectors = {d.category: d for d in all_detectors() if hasattr(d, "detect_many")}
    ctx = Context()
    for category, detector in sorted(detectors.items()):
        mine = [r for r in rows if r.category == category]
        if not mine:
            continue
        posts = [_post(r) for r in mine]
        flagged = [bool(f) for f in detector.detect_many(posts, ctx)]
        out[category] = {}
        for lang in ("fr", "en", "all"):
            sel = [i for i, r in enumerate(mine) if lang == "all" or r.lang == lang]
            out[category][lang] = scores([mine[i].label for i in sel], [flagged[i] for i in sel], [mine[i].hard_negative for i in sel])
    return out


def markdown(test: dict, blind: dict) -> str:
    """The README table: F1 and hard negatives flagged, per category and language, both sets."""
    lines = [
        "| category | blind FR F1 | blind EN F1 | blind hard neg. flagged FR / EN | test split FR F1 | test split EN F1 |",
        "|---|---|---|---|---|---|",
    ]
    for category in sorted(blind):
        b, t = blind[category], test.get(category, {})
        lines.append(
            f"| {category} | {b['fr']['f1']:.2f} (P {b['fr']['precision']:.2f}, R {b['fr']['recall']:.2f}) "
            f"| {b['en']['f1']:.2f} (P {b['en']['precision']:.2f}, R {b['en']['recall']:.2f}) "
            f"| {b['fr']['hard_negative_flag_rate']:.0%} / {b['en']['hard_negative_flag_rate']:.0%} "
            f"| {t.get('fr', {}).get('f1', 0):.2f} | {t.get('en', {}).get('f1', 0):.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-card", action="store_true", help="record the scores in the model card")
    parser.add_argument("--markdown", action="store_true", help="print the README table")
    args = parser.parse_args()
    test = evaluate_rows([r for r in load(CORPUS) if r.is_test])
    blind = evaluate_rows(load(BLIND))
    if args.markdown:
        print(markdown(test, blind))
    else:
        for name, result in (("test split (optimistic: lexicons saw the corpus)", test), ("blind set", blind)):
            print(f"\n{name}")
            print(f"{'category':22s} {'lang':4s} {'n':>4s} {'P':>5s} {'R':>5s} {'F1':>5s} {'hard-neg flagged':>17s}")
            for category, by_lang in result.items():
                for lang, s in by_lang.items():
                    print(f"{category:22s} {lang:4s} {s['n']:4d} {s['precision']:5.2f} {s['recall']:5.2f} {s['f1']:5.2f} {s['hard_negative_flag_rate']:17.0%}")
    if args.write_card:
        card = dict(load_card())
        card["detector_scores"] = {"test_split": test, "blind": blind}
        path = Path(str(card_path()))
        path.write_text(json.dumps(card, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
