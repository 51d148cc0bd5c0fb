"""Finds every detector: each module in this package that declares DETECTORS contributes them."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import classifiers
from classifiers.base import Detector

_NOT_DETECTORS = {"base", "registry", "casefile", "cues", "evidence", "textmodel", "modeldetector", "training"}


@cache
def all_detectors() -> tuple[Detector, ...]:
    """Every registered detector, sorted by name; built once per process."""
    found: list[Detector] = []
    for info in pkgutil.iter_modules(classifiers.__path__):
        if info.name in _NOT_DETECTORS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"classifiers.{info.name}")
        found.extend(getattr(module, "DETECTORS", ()))
    names = [d.name for d in found]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise RuntimeError(f"two detectors share the name(s) {sorted(duplicates)}")
    return tuple(sorted(found, key=lambda d: d.name))
