"""`footprint batch`: one report per person, a summary of counts, failures isolated, resumable."""

from __future__ import annotations

import csv
import dataclasses
import html
import json
import os
import re
import stat
from pathlib import Path

import pytest

from footprint import cli, pipeline
from footprint.batch import COLUMNS, EXIT_SOME_FAILED, STATE, discover, run_batch
from footprint.context import Context
from footprint.errors import UsageError
from footprint.workers import DIED
from tests.clirun import run_cli
from tests.xbuild import AT, tweet, write, ytd, zip_folder

SECRET = "Texte-moi au 819 555-0147 SECRET-SENTINEL"


def x_zip(folder: Path, name: str, *texts: str) -> Path:
    """A tiny X archive (zip) holding these tweets."""
    records = [{"tweet": tweet(text, AT, i, lang="fr")} for i, text in enumerate(texts)]
    src = write(folder.parent / f".src-{folder.name}-{name}", {"data/tweets.js": ytd("tweets", records)})
    folder.mkdir(parents=True, exist_ok=True)
    return zip_folder(src, folder / name)


def people(root: Path) -> Path:
    """alice: a folder with an X zip and her own footprint.toml; bob: a loose zip; a batch-wide footprint.toml."""
    x_zip(root / "alice", "twitter.zip", SECRET, "Belle journée au parc de la Gatineau")
    write(root / "alice", {"footprint.toml": '[person]\nemployers = ["EDSC", "ESDC"]\n'})
    x_zip(root, "bob.zip", "Nice ride along the canal today")
    write(root, {"footprint.toml": '[person]\nrole = "executive"\n', "README.txt": "how this folder is organised"})
    return root


def rows(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "summary.csv", encoding="utf-8", newline="") as handle:
        return {r["person"]: r for r in csv.DictReader(handle)}


@pytest.fixture(scope="module", autouse=True)
def warm_models(tmp_path_factory):
    """Load the detectors once here: the forked workers inherit them, so each batch starts fast."""
    archive = x_zip(tmp_path_factory.mktemp("warm"), "x.zip", "hello")
    pipeline.audit([archive], Context())


def test_folders_and_loose_archives_are_people_with_their_own_settings(tmp_path):
    out = tmp_path / "out"
    result = run_batch(people(tmp_path / "in"), out, jobs=1)
    assert [(r["person"], r["status"]) for r in result.rows] == [("alice", "done"), ("bob", "done")]
    alice = json.loads((out / "alice" / "audit.json").read_text(encoding="utf-8"))["run"]["context"]
    bob = json.loads((out / "bob" / "audit.json").read_text(encoding="utf-8"))["run"]["context"]
    assert alice["employers"] == ["EDSC", "ESDC"] and alice["role"] == "new-hire"  # her own file, not the top one
    assert bob["employers"] == [] and bob["role"] == "executive"  # the batch-wide fallback
    assert (out / "index.html").is_file() and rows(out)["bob"]["report"] == "bob/index.html"
    assert rows(out)["alice"]["problems_listed"] == "0"  # her footprint.toml is settings, not a file skipped


def test_outputs_are_private(tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "out"
        run_batch(people(tmp_path / "in"), out, jobs=1)
    finally:
        os.umask(old)
    for path in [out, *out.rglob("*")]:
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path


def test_summary_has_counts_and_no_post_text(tmp_path):
    out = tmp_path / "out"
    run_batch(people(tmp_path / "in"), out, jobs=1)
    summary = (out / "summary.csv").read_text(encoding="utf-8")
    assert summary.splitlines()[0].split(",") == COLUMNS
    for page in (summary, (out / "index.html").read_text(encoding="utf-8")):
        assert "SECRET-SENTINEL" not in page and "555-0147" not in page and "canal" not in page
    alice = rows(out)["alice"]
    doc = json.loads((out / "alice" / "audit.json").read_text(encoding="utf-8"))
    assert int(alice["posts_read"]) == doc["posts_read"] == 2
    assert int(alice["flagged"]) == len(doc["flagged"]) >= 1
    assert int(alice["flagged_personal_info"]) == doc["counts"]["category"]["personal_info"]
    assert sum(int(alice[f"risk_{r}"]) for r in ("appropriate", "risky", "inappropriate")) == len(doc["flagged"])
    borderline = sum(all(f["certainty"] == "borderline" for f in post["findings"]) for post in doc["flagged"])
    assert int(alice["borderline"]) == doc["counts"].get("certainty", {}).get("borderline", 0) == borderline
    own = re.sub(r"<[^>]+>", "", (out / "alice" / "index.html").read_text(encoding="utf-8"))  # its words may be highlighted
    assert "SECRET-SENTINEL" in own  # the person's own report has it


def test_a_crashing_person_is_isolated_and_the_exit_code_says_so(tmp_path, monkeypatch, capsys):
    real = pipeline.audit

    def crash_on_bob(paths, ctx, progress=None, **kw):
        if any("bob" in str(p) for p in paths):
            raise RuntimeError(f"boom while reading {SECRET}")  # an exception's message is never shown
        return real(paths, ctx, progress, **kw)

    monkeypatch.setattr(pipeline, "audit", crash_on_bob)  # the forked workers inherit it
    out = tmp_path / "out"
    assert run_cli(monkeypatch, "batch", str(people(tmp_path / "in")), "-o", str(out), "--jobs", "1") == EXIT_SOME_FAILED
    summary = rows(out)
    assert summary["alice"]["status"] == "done" and summary["bob"]["status"] == "failed"
    assert summary["bob"]["reason"] == "internal error (RuntimeError); please report it"
    err = capsys.readouterr().err
    assert "failed: bob" in err and "1 done" in err and "SECRET" not in err
    assert "SECRET" not in (out / "summary.csv").read_text(encoding="utf-8")


def test_a_worker_that_dies_fails_only_its_person_with_two_jobs(tmp_path, monkeypatch):
    real = pipeline.audit

    def die_on_bob_and_dave(paths, ctx, progress=None, **kw):
        if any(name in str(p) for p in paths for name in ("bob", "dave")):
            os._exit(3)  # a hard crash: the whole worker process is gone
        return real(paths, ctx, progress, **kw)

    monkeypatch.setattr(pipeline, "audit", die_on_bob_and_dave)
    root = people(tmp_path / "in")
    for name in ("carol", "dave", "erin"):
        x_zip(root / name, "x.zip", "Bonne fête à ma sœur")
    result = run_batch(root, tmp_path / "out", jobs=2)
    status = {r["person"]: r["status"] for r in result.rows}
    assert status == {"alice": "done", "bob": "failed", "carol": "done", "dave": "failed", "erin": "done"}
    assert [r["reason"] for r in result.failed] == [DIED, DIED]


def test_resume_skips_unchanged_people_and_force_redoes_them(tmp_path, monkeypatch):
    root, out = people(tmp_path / "in"), tmp_path / "out"
    run_batch(root, out, jobs=1)
    calls: list[str] = []
    real = pipeline.audit
    monkeypatch.setattr(pipeline, "audit", lambda paths, ctx, progress=None: calls.append("x") or real(paths, ctx, progress))

    again = run_batch(root, out, jobs=1)
    assert [r["status"] for r in again.rows] == ["unchanged", "unchanged"]
    assert rows(out)["alice"]["posts_read"] == "2"  # counts carried over from the last good run

    x_zip(root / "alice", "twitter.zip", "Un tout autre texte")  # new content, same file name
    assert {r["person"]: r["status"] for r in run_batch(root, out, jobs=1).rows} == {"alice": "done", "bob": "unchanged"}
    write(root, {"footprint.toml": '[person]\nrole = "promotion"\n'})  # bob's context changed
    assert {r["person"]: r["status"] for r in run_batch(root, out, jobs=1).rows} == {"alice": "unchanged", "bob": "done"}
    state = json.loads((out / "bob" / STATE).read_text(encoding="utf-8"))
    del state["row"]["borderline"]  # a row saved before that column existed
    (out / "bob" / STATE).write_text(json.dumps(state), encoding="utf-8")
    assert {r["person"]: r["borderline"] for r in run_batch(root, out, jobs=1).rows}["bob"] == 0
    (out / "alice" / STATE).unlink()  # as if interrupted after the report, before the state
    assert {r["person"]: r["status"] for r in run_batch(root, out, jobs=1).rows} == {"alice": "done", "bob": "unchanged"}
    assert [r["status"] for r in run_batch(root, out, jobs=1, force=True).rows] == ["done", "done"]


def test_bad_inputs_are_reported_and_do_not_stop_the_batch(tmp_path):
    root = people(tmp_path / "in")
    (root / "dave").mkdir()  # empty
    write(root / "erin", {"notes.txt": "my notes", ".DS_Store": "junk"})  # no export in it
    (root / "frank.zip").write_bytes(b"PK\x03\x04 cut short")  # an unreadable archive
    x_zip(root / "gina", "x.zip", "Bon matin")
    write(root / "gina", {"todo.txt": "not an export"})  # an export and a stray file
    write(root / "hugo", {"footprint.toml": "role = 'boss'\n"})  # only a broken footprint.toml
    out = tmp_path / "out"
    result = run_batch(root, out, jobs=1)
    summary = rows(out)
    assert {p: r["status"] for p, r in summary.items()} == {
        "alice": "done", "bob": "done", "dave": "failed", "erin": "failed", "frank": "failed", "gina": "done", "hugo": "failed"}
    assert summary["dave"]["reason"] == "empty folder: no export in it"
    assert summary["erin"]["reason"].startswith("no export of a supported platform found (notes.txt)")
    assert "frank.zip" in summary["frank"]["reason"] and "damaged or incomplete" in summary["frank"]["reason"]
    assert summary["gina"]["reason"] == "files skipped: todo.txt (not an export)" and summary["gina"]["posts_read"] == "1"
    assert summary["hugo"]["reason"] == "empty folder: no export in it"
    assert len(result.failed) == 4 and not (out / "dave").exists()


def test_a_person_with_a_broken_footprint_toml_fails_alone(tmp_path):
    root = people(tmp_path / "in")
    write(root / "alice", {"footprint.toml": "role = 'boss'\n"})
    run_batch(root, tmp_path / "out", jobs=1)
    summary = rows(tmp_path / "out")
    assert summary["alice"]["status"] == "failed" and "role 'boss'" in summary["alice"]["reason"]
    assert summary["bob"]["status"] == "done"


def test_discovery_skips_settings_readme_junk_and_the_output_folder(tmp_path):
    root = people(tmp_path / "in")
    write(root, {".DS_Store": "junk", "alice.zip": b"PK"})  # alice.zip and the folder alice both exist
    (root / "out").mkdir()
    found = {p.name: p.path.name for p in discover(root, root / "out")}
    assert found == {"alice": "alice", "alice.zip": "alice.zip", "bob": "bob.zip"}
    with pytest.raises(UsageError):
        discover(root, root / "alice" / "report")


def test_a_broken_batch_wide_footprint_toml_stops_before_any_work(tmp_path, monkeypatch):
    root = people(tmp_path / "in")
    write(root, {"footprint.toml": "jurisdiction = 'mars'\n"})
    assert run_cli(monkeypatch, "batch", str(root), "-o", str(tmp_path / "out"), "-q") == 2
    assert not (tmp_path / "out").exists()


def test_help_is_true():
    from typer.testing import CliRunner

    text = CliRunner().invoke(cli.app, ["batch", "--help"], env={"COLUMNS": "200"}).output
    for flag in ("--out", "--jobs", "--force", "--lang", "--quiet", "Exit code 8"):
        assert flag in text


def test_an_interrupted_batch_keeps_what_is_done_and_resumes(tmp_path, monkeypatch):
    from footprint import workers

    root, out = people(tmp_path / "in"), tmp_path / "out"
    x_zip(root / "carol", "x.zip", "Bonne fête à ma sœur")
    real = workers._collect

    def interrupt_after_the_first(future, job, results, suspects, on_event):
        real(future, job, results, suspects, on_event)
        if results:
            raise KeyboardInterrupt  # Ctrl-C in the parent

    monkeypatch.setattr(workers, "_collect", interrupt_after_the_first)
    with pytest.raises(KeyboardInterrupt):
        run_batch(root, out, jobs=1)
    summary = rows(out)
    done = {p for p, r in summary.items() if r["status"] == "done"}
    # the first collected, and maybe the one queued behind it (its worker saved it before the Ctrl-C)
    assert 1 <= len(done) <= 2 and set(summary) == {"alice", "bob", "carol"}
    assert all(summary[p]["reason"] == "not audited: the batch was interrupted" for p in set(summary) - done)
    monkeypatch.setattr(workers, "_collect", real)
    again = {r["person"]: r["status"] for r in run_batch(root, out, jobs=1).rows}
    assert {p for p, s in again.items() if s == "unchanged"} == done
    assert all(again[p] == "done" for p in set(again) - done)


def test_a_job_saved_by_its_worker_but_never_collected_counts_as_done(tmp_path):
    from footprint.batch import _finished_unseen, audit_person, plan

    root, out = people(tmp_path / "in"), tmp_path / "out"
    _, todo = plan(root, out, force=False)
    saved, unsaved = todo[0], todo[1]
    row = audit_person(saved)  # the worker wrote the report and its state; the parent never saw the row
    assert row["status"] == "done"
    assert _finished_unseen(saved) == row
    assert _finished_unseen(unsaved)["reason"] == "not audited: the batch was interrupted"
    stale = dataclasses.replace(saved, digest="an input that changed since")
    assert _finished_unseen(stale)["status"] == "failed"


def test_a_retrained_model_redoes_everyone(tmp_path, monkeypatch):
    """Same inputs, same detector versions, a new model (new data or thresholds): not "unchanged"."""
    from classifiers import textmodel

    root, out = people(tmp_path / "in"), tmp_path / "out"
    run_batch(root, out, jobs=1)
    card = dict(textmodel.load_card())
    retrained = {**card, "thresholds": {**card["thresholds"], "harassment": 0.99}}
    monkeypatch.setattr(textmodel, "load_card", lambda name=textmodel.MODEL_NAME: retrained)
    assert [r["status"] for r in run_batch(root, out, jobs=1).rows] == ["done", "done"]


def test_the_index_escapes_names_loads_nothing_and_the_csv_defuses_formulas(tmp_path):
    root = people(tmp_path / "in")
    x_zip(root / "<b>eve&", "x.zip", "Bonjour")
    x_zip(root / "=1+1", "x.zip", "Allo")
    out = tmp_path / "out"
    run_batch(root, out, jobs=1, lang="fr")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<b>eve" not in page and "&lt;b&gt;eve&amp;" in page
    assert "default-src 'none'" in html.unescape(page) and "http" not in page.replace("http-equiv", "")
    assert 'href="%3Cb%3Eeve%26/index.html"' in page and 'lang="fr"' in page
    assert "'=1+1" in (out / "summary.csv").read_text(encoding="utf-8")


def test_batch_strings_exist_in_both_languages():
    from reports.batch_page import strings

    assert strings("fr").keys() == strings("en").keys()
