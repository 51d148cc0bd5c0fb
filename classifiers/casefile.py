"""Case files: marked examples, one per line, that test and measure a detector.

Format (UTF-8, one example a line, `# ` (a hash and a space) or a lone `#` starts a comment line, blank lines
ignored; a line that opens with a hashtag, `#ad Use code…`, is an example):

    Call me at [[613-555-0142|phone]] tonight
    Our store: 613-555-0199, open 9 to 5

A `[[words|label]]` mark is a span the detector must find with that label; a line with no mark
must produce no finding at all (a hard negative). Marks cannot nest. A line starting with `~ ` is
a known miss: a documented weakness, kept visible and counted, but not asserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_MARK = re.compile(r"\[\[(.+?)\|([a-z_]+)\]\]")
_COMMENT = re.compile(r"\s*#(?:\s|$)")  # a hashtag opening a post ("#ad …") is not a comment


@dataclass(frozen=True)
class Case:
    """One example: plain text, the expected (start, end, label) spans, and where it came from."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    where: str
    known_miss: bool = False


def parse_line(line: str, where: str = "") -> Case:
    """Strip the marks from one line and record their offsets in the plain text."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        out.append(line[pos : m.start()])
        length += m.start() - pos
        words, label = m.group(1), m.group(2)
        spans.append((length, length + len(words), label))
        out.append(words)
        length += len(words)
        pos = m.end()
    out.append(line[pos:])
    return Case("".join(out), tuple(spans), where)


def load_cases(path: Path) -> list[Case]:
    """Every example in a case file, with file:line for failure messages."""
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip("\n")
        if not line.strip() or _COMMENT.match(line):
            continue
        miss = line.startswith("~ ")
        case = parse_line(line[2:] if miss else line, f"{path.name}:{number}")
        cases.append(Case(case.text.replace("\\n", "\n"), case.spans, case.where, miss))
    return cases
