"""Training runs with numpy's AVX-512 code off, so that it gives the same model on every x86 processor."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from classifiers.training import vector_code


def test_a_training_command_starts_again_once_with_the_wide_code_off(monkeypatch):
    started = []
    monkeypatch.setattr(vector_code.os, "execv", lambda exe, args: started.append((exe, args, os.environ.get(vector_code.SETTING))))
    monkeypatch.setattr(vector_code, "running_wide", lambda: ["X86_V4"])
    monkeypatch.setattr(vector_code, "wide_targets", lambda: ["AVX512_ICL", "X86_V4"])
    monkeypatch.setattr(sys, "argv", ["train.py", "--out", "x"])
    monkeypatch.setenv(vector_code.SETTING, "")  # recorded, so that what the call sets is undone after the test
    monkeypatch.delenv(vector_code.SETTING)
    vector_code.without_wide_vectors("classifiers.training.train")
    assert started == [(sys.executable, [sys.executable, "-m", "classifiers.training.train", "--out", "x"], "AVX512_ICL X86_V4")]
    started.clear()
    vector_code.without_wide_vectors("classifiers.training.train")  # already set (the command started again): it runs
    assert started == []


def test_nothing_to_do_where_numpy_runs_no_wide_code(monkeypatch):
    monkeypatch.setattr(vector_code.os, "execv", lambda *a: pytest.fail("started again"))
    monkeypatch.delenv(vector_code.SETTING, raising=False)
    monkeypatch.setattr(vector_code, "running_wide", lambda: [])
    vector_code.without_wide_vectors("classifiers.training.train")


def test_numpy_told_so_runs_none_of_its_wide_code():
    targets = vector_code.wide_targets()
    if not vector_code.running_wide():
        pytest.skip("this processor runs none of numpy's AVX-512 code")
    code = "from classifiers.training import vector_code; print(vector_code.running_wide())"
    env = dict(os.environ, **{vector_code.SETTING: " ".join(targets)})
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
