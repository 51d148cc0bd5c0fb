"""The labelled corpus (classifiers/training/corpus/*.tsv) and its fixed train/test split."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
TEST_SHARE = 5  # one row in five, chosen by a hash of its id, is held out for testing


@dataclass(frozen=True)
class Row:
    """One labelled post of one category's file."""

    category: str
    id: str
    lang: str
    label: int
    hard_negative: bool
    kind: str
    text: str
    source: str = ""  # the file it comes from (harassment.wave2.tsv)

    @property
    def lexicons_saw_it(self) -> bool:
        """A wave-1 row: the lexicons were written while reading those (wave2 and blind1 rows came later)."""
        return self.source.count(".") == 1

    @property
    def is_test(self) -> bool:
        """Held out from training, always the same rows whatever else changes."""
        return int(hashlib.sha1(self.id.encode("utf-8")).hexdigest(), 16) % TEST_SHARE == 0


def corpus_files(folder: Path = CORPUS) -> list[Path]:
    """Every category file, sorted; `harassment.tsv` and `harassment.wave2.tsv` are both harassment."""
    return sorted(folder.glob("*.tsv"))


def category_of(path: Path) -> str:
    """The category a corpus file labels: its name up to the first dot."""
    return path.name.split(".", 1)[0]


def load(folder: Path = CORPUS) -> list[Row]:
    """Every row of every category file; literal "\\n" in a text is a line break."""
    return [row for path in corpus_files(folder) for row in load_file(path)]


def load_file(path: Path) -> list[Row]:
    """The rows of one category file (its category is its name up to the first dot)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append(Row(
                category=category_of(path), id=rec["id"], lang=rec["lang"], label=int(rec["label"]),
                hard_negative=rec.get("hard_negative", "0") == "1", kind=rec.get("kind") or "post",
                text=rec["text"].replace("\\n", "\n"), source=path.name,
            ))
    return rows


def text_key(text: str) -> str:
    """A text as compared for repeats: case and spacing ignored."""
    return " ".join(text.casefold().split())


def not_trained_on(rows: list[Row], corpus: list[Row]) -> tuple[list[Row], int]:
    """The rows whose text no training row of `corpus` has, in any category, and how many were left out.

    Writers sometimes write the same short post ("congrats!!", "go hang yourself"); a scored row whose very words
    were trained on measures memory, not generalisation."""
    seen = {text_key(r.text) for r in corpus if not r.is_test}
    kept = [r for r in rows if text_key(r.text) not in seen]
    return kept, len(rows) - len(kept)


def file_hashes(folder: Path = CORPUS) -> dict[str, str]:
    """sha256 of each corpus file, for the model card."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus_files(folder)}
