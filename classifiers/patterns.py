"""What a lexicon regex's parse tree says: the finite patterns that are really phrases, and the
words every match starts with (so a row need only be tried where they are). The gates are in
classifiers/gates.py; both read patterns with the standard library's own parser. Only speed
depends on this, never results.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the standard library's own pattern parser

_TOKEN = re.compile(r"#?\w+(?:['’]\w+)*")
_WORD_RUN = re.compile(r"\w+")


def _fold(text: str) -> str:
    """Lower case with one apostrophe, the same length as the text (spans stay valid)."""
    folded = text.lower().replace("’", "'")
    return folded if len(folded) == len(text) else "".join(c.lower()[:1] or c for c in text).replace("’", "'")


def _tokens(text: str) -> list[str]:
    """A phrase's words, folded."""
    return [_fold(t) for t in _TOKEN.findall(text)]


# ---- finite patterns as phrases ------------------------------------------------------------------

_EXPAND_LIMIT = 3000
_PHRASE_SAFE = re.compile(r"^[\w'’ -]+$")
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)


def _is_boundary(op: object, arg: object) -> bool:
    """\\b, the only edge that phrase conversion accepts (as it always has: same matches as before)."""
    return op is sre_parse.AT and arg is sre_parse.AT_BOUNDARY


def _is_space(op: object, arg: object) -> bool:
    """A repeat or class of white space, after which a word starts."""
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        return all(_is_space(o, a) for o, a in arg[2])
    return op is sre_parse.IN and arg == [(sre_parse.CATEGORY, sre_parse.CATEGORY_SPACE)]


def _expand(items: list) -> list[str] | None:
    """Every string a small, finite pattern matches (white space runs as one space), or None."""
    results = [""]
    for op, arg in items:
        if op is sre_parse.LITERAL:
            parts = [chr(arg)]
        elif op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in arg):
            parts = [chr(a) for _, a in arg]
        elif _is_space(op, arg):
            parts = [" "] if op is sre_parse.IN or arg[0] >= 1 else ["", " "]
        elif op is sre_parse.BRANCH:
            branches = [_expand(list(b)) for b in arg[1]]
            if any(b is None for b in branches):
                return None
            parts = [x for b in branches for x in b]
        elif op is sre_parse.SUBPATTERN and not arg[1] and not arg[2]:
            parts = _expand(list(arg[3]))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[:2] in ((0, 1), (1, 1)):
            body = _expand(list(arg[2]))
            parts = None if body is None else ([""] if arg[0] == 0 else []) + body
        elif _is_boundary(op, arg):
            parts = [""]
        else:
            return None
        if parts is None:
            return None
        results = [r + x for r in results for x in parts]
        if len(results) > _EXPAND_LIMIT:
            return None
    return results


def _parse(pattern: str) -> list | None:
    """The pattern's parse tree (case-insensitive, as rows are compiled), or None."""
    try:
        return list(sre_parse.parse(pattern, re.IGNORECASE))
    except (re.error, TypeError, ValueError, IndexError, AttributeError):
        return None


def as_phrases(pattern: str) -> list[tuple[str, ...]] | None:
    """A regex row that is really a finite list of phrases between \\b edges, as word tuples.

    (?<!\\w)…(?!\\w) rows are not converted: unlike token lookup they also match inside
    "del'Ontario" or before "'s", so they stay regexes, gated on their whole words instead.
    """
    items = _parse(pattern)
    if not items or len(items) < 2 or not (_is_boundary(*items[0]) and _is_boundary(*items[-1])):
        return None
    strings = _expand(items)
    if not strings or not all(_PHRASE_SAFE.match(x) and x.strip() for x in strings):
        return None
    return sorted({tuple(_tokens(x)) for x in strings})


# ---- edges: where a run of word characters must end or begin --------------------------------------

def _is_wordchar(ch: str) -> bool:
    """What \\w matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def _excludes_word(items: object) -> bool:
    """The look-around body is one class that contains \\w: (?<!\\w), (?![\\w-])…"""
    items = list(items)
    return (len(items) == 1 and items[0][0] is sre_parse.IN
            and (sre_parse.CATEGORY, sre_parse.CATEGORY_WORD) in items[0][1]
            and (sre_parse.NEGATE, None) not in items[0][1])


def _nonword_op(op: object, arg: object) -> bool:
    """The op consumes one character that is never a word character."""
    if op is sre_parse.LITERAL:
        return not _is_wordchar(chr(arg))
    if op is not sre_parse.IN or any(o is sre_parse.NEGATE for o, _ in arg):
        return False
    for o, a in arg:
        if o is sre_parse.LITERAL and not _is_wordchar(chr(a)):
            continue
        if o is sre_parse.CATEGORY and a in (sre_parse.CATEGORY_SPACE, sre_parse.CATEGORY_NOT_WORD):
            continue
        if o is sre_parse.RANGE and a[1] - a[0] < 4096 and not any(_is_wordchar(chr(c)) for c in range(a[0], a[1] + 1)):
            continue
        return False
    return True


_START_ATS = (sre_parse.AT_BOUNDARY, sre_parse.AT_BEGINNING, sre_parse.AT_BEGINNING_STRING, sre_parse.AT_BEGINNING_LINE)
_END_ATS = (sre_parse.AT_BOUNDARY, sre_parse.AT_END, sre_parse.AT_END_STRING, sre_parse.AT_END_LINE)


def _edge_through(items: list, edge: bool) -> bool:
    """After items, is a word character that follows sure to start a \\w run (edge = same before)?"""
    for op, arg in items:
        if op is sre_parse.AT:
            edge = True if arg in _START_ATS else False if arg is sre_parse.AT_NON_BOUNDARY else edge
        elif op is sre_parse.ASSERT_NOT:
            edge = edge or (arg[0] == -1 and _excludes_word(arg[1]))
        elif op is sre_parse.ASSERT:
            edge = edge or (arg[0] == -1 and _edge_through(list(arg[1]), False))
        elif op is sre_parse.BRANCH:
            edge = all(_edge_through(list(b), edge) for b in arg[1])
        elif op is sre_parse.SUBPATTERN:
            edge = _edge_through(list(arg[3]), edge)
        elif op is sre_parse.ATOMIC_GROUP:
            edge = _edge_through(list(arg), edge)
        elif op in _REPEATS:
            some = _edge_through(list(arg[2]), edge if arg[1] == 1 else False)
            edge = some and (arg[0] >= 1 or edge)
        else:
            edge = _nonword_op(op, arg)
    return edge


def _edge_after(items: list, end: bool) -> bool:
    """Before items, is a word character that precedes sure to end a \\w run (end = same after)?"""
    for i, (op, arg) in enumerate(items):
        rest = items[i + 1:]
        if op is sre_parse.AT:
            if arg in _END_ATS:
                return True
            if arg is sre_parse.AT_NON_BOUNDARY:
                return False
        elif op is sre_parse.ASSERT_NOT:
            if arg[0] == 1 and _excludes_word(arg[1]):
                return True
        elif op is sre_parse.ASSERT:
            continue
        elif op is sre_parse.BRANCH:
            return all(_edge_after(list(b) + rest, end) for b in arg[1])
        elif op is sre_parse.SUBPATTERN:
            return _edge_after(list(arg[3]) + rest, end)
        elif op is sre_parse.ATOMIC_GROUP:
            return _edge_after(list(arg) + rest, end)
        elif op in _REPEATS:
            return _edge_after(list(arg[2]) + rest, end) and (arg[0] >= 1 or _edge_after(rest, end))
        else:
            return _nonword_op(op, arg)
    return end


# ---- where a match can start ---------------------------------------------------------------------

_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)
_SCAN_ALL_BELOW = 300  # a shorter pattern scans a short post quickly enough: no need to find where to try it
_LONG_POST = 150  # in a post this long, every row with known first words is tried only at them


def starts(pattern: str) -> frozenset[str] | None:
    """Folded words, one of which begins the \\w run that every match starts with (None: not known).

    For such a row, the regex need only be tried where those words are (see _candidate_matches).
    """
    items = _parse(pattern)
    if items is None or sre_parse.parse(pattern, re.IGNORECASE).getwidth()[0] == 0:
        return None  # a pattern that can match nothing has no first character
    return _starts(items, False)


def _starts(items: list, edge: bool) -> frozenset[str] | None:
    """Leading words of every match of items; edge: the position before is a word edge."""
    k = 0
    while k < len(items) and items[k][0] in _ZERO_WIDTH:
        edge = _edge_through([items[k]], edge)
        k += 1
    strings, j = [""], k
    while j < len(items) and items[j][0] not in _ZERO_WIDTH:
        parts = _expand([items[j]])
        if parts is None or len(strings) * len(parts) > _EXPAND_LIMIT:
            break
        strings, j = [a + b for a in strings for b in parts], j + 1
    if j > k:  # a finite stretch comes first: the leading word of each string it can match
        found: set[str] = set()
        for string in strings:
            word = _WORD_RUN.match(_fold(string)) if string else None
            if string and not (edge and word):
                return None
            more = frozenset({word.group()}) if string else _starts(items[j:], edge)
            if more is None:
                return None
            found |= more
        return frozenset(found)
    if k == len(items):
        return None
    op, arg, rest = *items[k], items[k + 1:]
    if op is sre_parse.BRANCH:
        parts = [_starts(list(b) + rest, edge) for b in arg[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)
    if op is sre_parse.SUBPATTERN:
        return _starts(list(arg[3]) + rest, edge)
    if op in _REPEATS:
        first = _starts(list(arg[2]) + rest, edge)
        skipped = _starts(rest, edge) if arg[0] == 0 else frozenset()
        return None if first is None or skipped is None else first | skipped
    return None
