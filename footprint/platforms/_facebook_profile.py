"""Profile fields of a Facebook export as (label, text, date) entries (FORMATS §2.7).

JSON: `profile` (F1) or `profile_v2` (F2+); known keys get a readable text, any other key is
walked generically so a field Facebook adds (or localises) is still audited. HTML: rows of
label and value, the localised label mapped to the same field names (EN and FR; others kept
as written).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from footprint.platforms._facebook_json import epoch, flatten_labels

Entry = tuple[str, str, datetime | None]  # (field label, text, when the field was set, if known)

# Keys that are bookkeeping, not something the person wrote about themself.
_SKIP_KEYS = {"registration_timestamp", "profile_uri", "timestamp", "uri", "verified", "creation_time", "updated_timestamp"}
_SKIP_SUFFIXES = ("_timestamp", "_time")

# Localised HTML labels → the JSON field names (rules are data: add a language here).
HTML_LABELS: dict[str, str] = {
    "name": "name", "nom": "name", "full name": "name", "nom complet": "name",
    "birthday": "birthday", "date of birth": "birthday", "date de naissance": "birthday", "anniversaire": "birthday",
    "email": "email", "emails": "email", "e-mail": "email", "adresse e-mail": "email", "adresses e-mail": "email",
    "courriel": "email", "courriels": "email", "adresse courriel": "email",
    "phone": "phone", "phone number": "phone", "phone numbers": "phone", "téléphone": "phone",
    "numéro de téléphone": "phone", "numéros de téléphone": "phone", "mobile": "phone",
    "current city": "current_city", "ville actuelle": "current_city",
    "hometown": "hometown", "ville d'origine": "hometown", "ville d’origine": "hometown", "ville natale": "hometown",
    "family members": "family_member", "family": "family_member", "membres de la famille": "family_member", "famille": "family_member",
    "work": "work", "work experience": "work", "emploi": "work", "emplois": "work", "travail": "work",
    "expérience professionnelle": "work", "parcours professionnel": "work",
    "education": "education", "formation": "education", "études": "education", "scolarité": "education",
    "websites": "website", "website": "website", "sites web": "website", "site web": "website",
    "political views": "political_view", "opinions politiques": "political_view", "tendances politiques": "political_view",
    "religious views": "religious_view", "opinions religieuses": "religious_view", "croyances religieuses": "religious_view",
    "relationship": "relationship", "relationship status": "relationship", "situation amoureuse": "relationship",
    "gender": "gender", "genre": "gender", "sexe": "gender", "about": "about_me", "about me": "about_me",
    "à propos": "about_me", "à propos de vous": "about_me", "favorite quotes": "favorite_quotes",
    "citations favorites": "favorite_quotes", "citations préférées": "favorite_quotes",
}

# JSON key → entry label, for keys whose items are lists of one field each.
_LIST_LABELS = {"emails": "email", "previous_emails": "email", "pending_emails": "email", "ad_account_emails": "email",
                "phone_numbers": "phone", "websites": "website", "family_members": "family_member",
                "work_experiences": "work", "education_experiences": "education", "places_lived": "place_lived",
                "other_names": "other_name", "screen_names": "screen_name"}


def _join(*parts: Any) -> str:
    """Distinct non-empty strings joined with " — " (language-neutral, no invented words)."""
    kept: list[str] = []
    for p in parts:
        text = str(p).strip() if isinstance(p, (str, int)) and not isinstance(p, bool) else ""
        if text and text not in kept:
            kept.append(text)
    return " — ".join(kept)


def _strings(value: Any, key: str = "") -> list[str]:
    """Every meaningful string under a value, skipping bookkeeping keys."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, Mapping):
        if "label_values" in value or "label" in value:
            return [str(v) for _, v in flatten_labels(value) if isinstance(v, str) and v.strip()]
        return [s for k, v in value.items() if not _skipped(k) for s in _strings(v, k)]
    return []


def _skipped(key: str) -> bool:
    return key in _SKIP_KEYS or key.endswith(_SKIP_SUFFIXES)


def _birthday(value: Mapping[str, Any]) -> str:
    """{year, month, day} as ISO "1988-03-14", or "--03-14" when the year is hidden."""
    y, m, d = (value.get(k) for k in ("year", "month", "day"))
    if isinstance(m, int) and isinstance(d, int) and m and d:
        return f"{y:04d}-{m:02d}-{d:02d}" if isinstance(y, int) and y else f"--{m:02d}-{d:02d}"
    return _join(*_strings(value))


def _item_text(label: str, item: Any) -> str:
    """One element of a list field (an e-mail, a job, a school, a relative…)."""
    if not isinstance(item, Mapping):
        return _join(*_strings(item))
    if label == "phone":
        return _join(item.get("phone_number"), item.get("phone_type"))
    if label == "website":
        return _join(item.get("address"), item.get("url"))
    if label == "family_member":
        return _join(item.get("name"), item.get("relation"))
    if label == "work":
        return _join(item.get("title"), item.get("employer"), item.get("location"), item.get("description"))
    if label == "education":
        concentrations = ", ".join(c for c in item.get("concentrations") or () if isinstance(c, str))
        return _join(item.get("name"), item.get("school_type"), concentrations, item.get("degree"))
    if label == "place_lived":
        return _join(item.get("place"), item.get("name"))
    return _join(*_strings(item))


def _when(item: Any) -> datetime | None:
    """When a field was set: its `timestamp` or `start_timestamp`."""
    if isinstance(item, Mapping):
        return epoch(item.get("timestamp")) or epoch(item.get("start_timestamp"))
    return None


def json_entries(profile: Mapping[str, Any]) -> Iterator[Entry]:
    """Every profile field worth auditing, one entry per value (each e-mail, job, relative…)."""
    for key, value in profile.items():
        if _skipped(key) or value in (None, "", [], {}):
            continue
        if key in _LIST_LABELS and isinstance(value, list):
            for item in value:
                text = _item_text(_LIST_LABELS[key], item)
                if text:
                    yield _LIST_LABELS[key], text, _when(item)
        elif key == "emails" and isinstance(value, Mapping):  # {"emails": [], "previous_emails": [], …}
            yield from json_entries(value)
        elif key == "name" and isinstance(value, Mapping):
            text = value.get("full_name") or _join(value.get("first_name"), value.get("middle_name"), value.get("last_name"))
            if text:
                yield "name", " ".join(text.split()), None
        elif key == "birthday" and isinstance(value, Mapping):
            text = _birthday(value)
            if text:
                yield "birthday", text, None
        elif key in ("political_view", "religious_view") and isinstance(value, Mapping):
            text = _join(value.get("name"), value.get("description"))
            if text:
                yield key, text, _when(value)
        elif key == "relationship" and isinstance(value, Mapping):
            text = _join(value.get("status"), value.get("partner"))
            if text:
                yield key, text, _when(value)
        else:
            yield from _generic(key, value)


def _generic(key: str, value: Any) -> Iterator[Entry]:
    """A key this module does not know: each list element or the whole value, as strings."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        text = _join(*_strings(item, key))
        if text:
            yield key, text, _when(item)


def html_label(label: str) -> str:
    """A localised HTML label as the JSON field name, or the label itself, slugged."""
    key = " ".join(label.lower().replace(":", " ").split())
    return HTML_LABELS.get(key) or re.sub(r"\W+", "_", key).strip("_") or "field"
