"""Evidence reasons in the report's language.

A detector states each reason in English, and `audit.json` and `findings.csv` keep that wording
(machine-readable, stable). The page shows the catalogue's wording (`evidence_reasons` in
reports/i18n/<lang>.json): a rule's reason is looked up as it is (`exact`); a model's reason is one of
the shared text model's three forms (`templates`: a pattern over the English wording and the sentence
that replaces it), its lexicon cue named by `cues`. A reason the catalogue does not know is shown as
written (tests/test_reasons.py keeps the French catalogue complete for every detector's reasons).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any



def _table(lang: str) -> dict[str, Any]:
    from reports.view import catalogue  # (view uses this module)

    return catalogue(lang).get("evidence_reasons", {})


@cache
def _templates(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    table = _table(lang)
    return tuple((re.compile(t["match"]), t["say"]) for t in table.get("templates", {}).values())


def localise(reason: str, lang: str) -> str:
    """The reason in the report's language (as written when the catalogue has no wording for it)."""
    table = _table(lang)
    exact = table.get("exact", {})
    if reason in exact:
        return exact[reason]
    cues = table.get("cues", {})
    for pattern, say in _templates(lang):
        m = pattern.match(reason)
        if m:
            parts = m.groupdict()
            if "cue" in parts:
                parts["cue"] = cues.get(parts["cue"], parts["cue"])
            return say.format(**parts)
    return reason


def known(reason: str, lang: str) -> bool:
    """Whether the catalogue has a wording for this reason."""
    table = _table(lang)
    return reason in table.get("exact", {}) or any(p.match(reason) for p, _ in _templates(lang))
