"""Context from footprint.toml and flags: flags win, bad values are clear usage errors."""

from __future__ import annotations

from datetime import date

import pytest

from footprint.context import Context, build_context
from footprint.errors import UsageError


def test_defaults():
    ctx = build_context()
    assert ctx == Context() and ctx.tz == "America/Toronto" and ctx.role == "new-hire"


def test_toml_then_flags(tmp_path):
    cfg = tmp_path / "footprint.toml"
    cfg.write_text('[person]\nemployers = ["Emploi et Développement social Canada", "EDSC", "ESDC"]\nrole = "promotion"\nsince = 2019-09-03\nhandles = ["@noemie_lo"]\n', encoding="utf-8")
    ctx = build_context(cfg, role="executive", jurisdiction="quebec")
    assert ctx.employers == ("Emploi et Développement social Canada", "EDSC", "ESDC")
    assert ctx.role == "executive" and ctx.jurisdiction == "quebec"
    assert ctx.since == date(2019, 9, 3) and ctx.handles == ("noemie_lo",)


@pytest.mark.parametrize("flags, words", [
    ({"role": "intern"}, "role"),
    ({"jurisdiction": "ontario"}, "jurisdiction"),
    ({"since": "03/09/2019"}, "YYYY-MM-DD"),
    ({"tz": "Mars/Olympus"}, "time zone"),
    ({"lang": "de"}, "lang"),
])
def test_bad_flags(flags, words):
    with pytest.raises(UsageError) as err:
        build_context(**flags)
    assert words in err.value.one_line() and err.value.exit_code == 2


def test_bad_toml(tmp_path):
    cfg = tmp_path / "footprint.toml"
    cfg.write_text("role = \n", encoding="utf-8")
    with pytest.raises(UsageError, match="not valid TOML"):
        build_context(cfg)
    cfg.write_text('rol = "executive"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="unknown setting"):
        build_context(cfg)
