#!/usr/bin/env python3
"""Validate every *.tsv corpus file in this folder (stdlib only).

Checks, per file: the exact header, 7 columns on every row, label in {0,1}, lang in {fr,en},
hard_negative in {0,1} (and 0 on positives), kind in the allowed set, non-empty text without
stray whitespace, ids unique across all files, texts unique within a file (case-insensitive).
Prints a table of counts per file/lang and exits 1 on any error.

Usage: python3 check_corpus.py [folder]   (default: the folder of this script)
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

HEADER = ["id", "lang", "label", "hard_negative", "kind", "text", "note"]
LANGS = {"fr", "en"}
KINDS = {"post", "reply", "comment", "repost", "like", "profile"}


def check_file(path: Path, seen_ids: dict[str, str], errors: list[str]) -> dict[str, Counter]:
    counts: dict[str, Counter] = defaultdict(Counter)
    texts: dict[str, int] = {}
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{path.name}: not UTF-8 ({exc})")
        return counts
    if raw.startswith("\ufeff"):
        errors.append(f"{path.name}: starts with a byte-order mark")
        raw = raw[1:]
    if "\r" in raw:
        errors.append(f"{path.name}: contains carriage returns (use \\n line ends)")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        errors.append(f"{path.name}: empty file")
        return counts
    if lines[0].split("\t") != HEADER:
        errors.append(f"{path.name}: bad header {lines[0]!r}; expected {chr(9).join(HEADER)!r}")
        return counts
    for n, line in enumerate(lines[1:], start=2):
        where = f"{path.name}:{n}"
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            errors.append(f"{where}: {len(cols)} columns, expected {len(HEADER)}")
            continue
        rid, lang, label, hard, kind, text, _note = cols
        if not rid:
            errors.append(f"{where}: empty id")
        elif rid in seen_ids:
            errors.append(f"{where}: duplicate id {rid!r} (also in {seen_ids[rid]})")
        else:
            seen_ids[rid] = where
        if lang not in LANGS:
            errors.append(f"{where}: lang {lang!r} not in {sorted(LANGS)}")
        if label not in {"0", "1"}:
            errors.append(f"{where}: label {label!r} not 0/1")
        if hard not in {"0", "1"}:
            errors.append(f"{where}: hard_negative {hard!r} not 0/1")
        elif hard == "1" and label == "1":
            errors.append(f"{where}: hard_negative=1 on a positive row")
        if kind not in KINDS:
            errors.append(f"{where}: kind {kind!r} not in {sorted(KINDS)}")
        if not text.strip():
            errors.append(f"{where}: empty text")
        elif text != text.strip():
            errors.append(f"{where}: text has leading/trailing whitespace")
        key = " ".join(text.casefold().split())
        if key in texts:
            errors.append(f"{where}: duplicate text (same as line {texts[key]})")
        else:
            texts[key] = n
        c = counts[lang]
        c["rows"] += 1
        if label == "1":
            c["pos"] += 1
        elif label == "0":
            c["neg"] += 1
            if hard == "1":
                c["hard"] += 1
    return counts


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    files = sorted(folder.glob("*.tsv"))
    errors: list[str] = []
    if not files:
        errors.append(f"no *.tsv files in {folder}")
    seen_ids: dict[str, str] = {}
    table: list[tuple[str, str, Counter]] = []
    for path in files:
        for lang, c in sorted(check_file(path, seen_ids, errors).items()):
            table.append((path.name, lang, c))
    head = f"{'file':<32} {'lang':<4} {'rows':>5} {'pos':>5} {'neg':>5} {'hard':>5}"
    print(head)
    print("-" * len(head))
    total: Counter = Counter()
    for name, lang, c in table:
        print(f"{name:<32} {lang:<4} {c['rows']:>5} {c['pos']:>5} {c['neg']:>5} {c['hard']:>5}")
        total.update(c)
    print("-" * len(head))
    print(f"{'TOTAL':<32} {'':<4} {total['rows']:>5} {total['pos']:>5} {total['neg']:>5} {total['hard']:>5}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors[:200]:
            print("  " + e, file=sys.stderr)
        if len(errors) > 200:
            print(f"  ... and {len(errors) - 200} more", file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
