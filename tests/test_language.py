"""Language per post: the platform's field first, else seeded fr/en detection, else "und"."""

from __future__ import annotations

from datetime import datetime, timezone

from footprint.language import detect_language, platform_language, with_language
from footprint.model import Kind, Post


def post(text: str, lang: str | None = None) -> Post:
    return Post("x", "1", datetime(2020, 1, 1, tzinfo=timezone.utc), text, Kind.POST, True, lang=lang)


def test_platform_field_is_trusted_when_it_names_a_language():
    assert with_language(post("Bonjour à tous les collègues", "en")).lang == "en"
    assert platform_language("pt-BR") == "pt"
    for pseudo in ("und", "zxx", "qme", "qht", "", None):
        assert platform_language(pseudo) is None


def test_detection_fr_en_and_deterministic():
    fr = "Chu ben tanné du trafic sur le pont ce matin, encore une heure de perdue"
    en = "Stuck in traffic on the bridge again this morning, another hour lost"
    assert [detect_language(fr) for _ in range(5)] == ["fr"] * 5
    assert detect_language(en) == "en"
    assert with_language(post(fr, "und")).lang == "fr"


def test_short_or_link_only_posts_are_undetermined():
    assert detect_language("ok lol") == "und"
    assert detect_language("#elxn43 @someone https://t.co/abc 2019") == "und"
