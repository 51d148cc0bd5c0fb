"""clean_text(): the ONE place text is normalised, so every evidence span indexes the same string."""

from __future__ import annotations

import html
import re
import unicodedata

_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")
_CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]")


def fix_meta_mojibake(s: str) -> str:
    """Undo Meta's UTF-8-read-as-Latin-1 encoding; leaves text that is not mojibake unchanged."""
    if not _MOJIBAKE_HINT.search(s):
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def clean_text(s: str | None, *, unescape_html: bool = False, mojibake: bool = False) -> str:
    """Normalise once: optional Meta mojibake fix, optional single HTML unescape, NFC, no control chars."""
    if not s:
        return ""
    if mojibake:
        s = fix_meta_mojibake(s)
    if unescape_html:
        s = html.unescape(s)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _CONTROL.sub("", s)
    return unicodedata.normalize("NFC", s)
