"""Check rows a writer has just delivered before they join the project: `python -m classifiers.training.check_new_rows FOLDER…`.

A new wave or blind edition must not repeat an earlier text (a repeat scored is memory, not generalisation; a blind
row that is a training row is not blind), nor a case line (the case files would then test a training row), and its
invented contact details must be unmistakably invented: every e-mail at example.com (or a subdomain), every North
American phone number a 555 one. The comparison ignores case, accents' composition, punctuation and spacing, like the
one the team ran by hand for the blind editions.

The writers' notes delivered with the rows (`NOTES*.md` in a folder given) must not quote a row: a notes line that
shares a run of five words with any delivered row is named by its line number and the ids it shares them with, so that
it can be removed unread before anyone reads the notes.

It prints ids, line numbers and counts only, never a text: a blind edition's rows stay unread while it is checked. Exit
code 0 when nothing is found, 1 when a problem is (each on a line naming the id or the notes line), 2 when an argument
is not a folder or file of rows in the corpus format.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

from classifiers.casefile import load_cases
from classifiers.training.corpus import Row, load_file

TRAINING = Path(__file__).resolve().parent
EARLIER = ("corpus", "held_back", "blind", "blind-next")  # every folder of rows the project keeps
CASES = TRAINING.parent.parent / "tests" / "cases"

_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")


def normalised(text: str) -> str:
    """A text as compared for repeats: composed, case-folded, punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _files(path: Path) -> list[Path]:
    """The row files a path names: a folder's *.tsv, or the file itself."""
    return sorted(path.glob("*.tsv")) if path.is_dir() else [path]


def earlier_texts(new_files: set[Path], training: Path = TRAINING, cases: Path = CASES) -> dict[str, str]:
    """Every earlier text the project keeps (rows of its folders, case lines), normalised, with where it stands."""
    seen: dict[str, str] = {}
    for folder in EARLIER:
        for f in sorted((training / folder).glob("*.tsv")):
            if f.resolve() in new_files:
                continue
            for row in load_file(f):
                seen.setdefault(normalised(row.text), row.id)
    for f in sorted(cases.glob("*.txt")):
        for case in load_cases(f):
            seen.setdefault(normalised(case.text), f"case {case.where}")
    return seen


def problems(new: list[Row], seen: dict[str, str]) -> list[str]:
    """One line per problem, naming ids only."""
    out: list[str] = []
    within: dict[str, str] = {}
    for row in new:
        key = normalised(row.text)
        if key in seen:
            out.append(f"{row.id}: its text is word for word {seen[key]}'s: have it rewritten")
        if key in within:
            out.append(f"{row.id}: its text is word for word {within[key]}'s (the same delivery): have one rewritten")
        within.setdefault(key, row.id)
        for m in _EMAIL.finditer(row.text):
            domain = m.group(1).lower()
            if domain != "example.com" and not domain.endswith(".example.com"):
                out.append(f"{row.id}: an e-mail at {domain}: invented addresses must be at example.com")
        for m in _PHONE.finditer(row.text):
            if m.group(2) != "555":
                out.append(f"{row.id}: a phone number with exchange {m.group(2)}: invented numbers must be 555 ones")
    return out


QUOTE_WORDS = 5  # a run of this many words shared with a row is a quote


def _runs(text: str) -> set[tuple[str, ...]]:
    words = normalised(text).split()
    return {tuple(words[i:i + QUOTE_WORDS]) for i in range(len(words) - QUOTE_WORDS + 1)}


def notes_quoting_rows(notes: list[Path], new: list[Row]) -> list[str]:
    """One line per notes line that shares a run of QUOTE_WORDS words with a delivered row: file, line, ids."""
    by_run: dict[tuple[str, ...], set[str]] = {}
    for row in new:
        for run in _runs(row.text):
            by_run.setdefault(run, set()).add(row.id)
    out: list[str] = []
    for path in notes:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            ids = set().union(*(by_run.get(run, set()) for run in _runs(line)))
            if ids:
                out.append(f"{path.name} line {n}: shares {QUOTE_WORDS} words in a row with {', '.join(sorted(ids))}: "
                           "replace that line unread before the notes are read")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="folders (their *.tsv) or files of new rows, corpus format")
    args = parser.parse_args(argv)
    new: list[Row] = []
    new_files: set[Path] = set()
    for path in args.paths:
        files = _files(path) if path.exists() else []
        if not files:
            print(f"{path}: no rows there: give a folder of *.tsv files or a .tsv file in the corpus format", file=sys.stderr)
            return 2
        try:
            new += [row for f in files for row in load_file(f)]
        except (KeyError, UnicodeDecodeError) as exc:
            print(f"{path}: not in the corpus format ({exc}): run corpus/check_corpus.py on it first", file=sys.stderr)
            return 2
        new_files.update(f.resolve() for f in files)
    notes = sorted(f for path in args.paths if path.is_dir() for f in path.glob("NOTES*.md"))
    found = problems(new, earlier_texts(new_files)) + notes_quoting_rows(notes, new)
    for line in found:
        print(line)
    print(f"{len(new)} new rows and {len(notes)} notes file(s) checked: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
