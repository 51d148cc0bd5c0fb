"""The platform registry, and turning the paths a user gives into one Archive per platform.

A platform module declares NAME, LABEL, MARKERS (basename globs that identify its export) and
parse(archive) -> Iterator[Post | Problem]. Every module here not starting with "_" is one.
"""

from __future__ import annotations

import fnmatch
import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from footprint.errors import CorruptArchiveError, NotAnExportError
from footprint.model import Problem, ProblemKind
from footprint.platforms._archive import Archive, FolderSource, Source, is_junk, open_source

REQUIRED = ("NAME", "LABEL", "MARKERS", "parse")


@cache
def all_platforms() -> tuple[ModuleType, ...]:
    """Every platform module, sorted by NAME; each must declare the contract's names."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        missing = [attr for attr in REQUIRED if not hasattr(module, attr)]
        if missing:
            raise RuntimeError(f"platform module {info.name} lacks {', '.join(missing)}")
        found.append(module)
    return tuple(sorted(found, key=lambda m: m.NAME))


def sniff(basenames: set[str]) -> ModuleType | None:
    """The platform whose markers match the most basenames, or None."""
    best, best_hits = None, 0
    for platform in all_platforms():
        hits = sum(1 for n in basenames if any(fnmatch.fnmatchcase(n, p.lower()) for p in platform.MARKERS))
        if hits > best_hits:
            best, best_hits = platform, hits
    return best


def looked_for() -> str:
    """What sniffing looks for, for the not-an-export message."""
    return "; ".join(f"{p.LABEL}: {', '.join(p.MARKERS[:6])}" for p in all_platforms())


@dataclass
class Inputs:
    """What the paths turned out to be: one Archive per platform, and what was skipped."""

    archives: dict[str, tuple[ModuleType, Archive]]
    problems: list[Problem]


def _children(folder: Path) -> list[Path]:
    """Non-junk entries of a folder, sorted."""
    return sorted(p for p in folder.iterdir() if not is_junk(p.name))


def _is_collection(folder: Path) -> bool:
    """A folder of exports (zips, or unzipped exports of other platforms or other downloads)."""
    kids = _children(folder)
    if any(k.is_file() and k.suffix.lower() == ".zip" for k in kids):
        return True
    dirs = [k for k in kids if k.is_dir()]
    if len(dirs) < 2 or any(sniff({k.name.lower()}) for k in kids if k.is_file()):
        return False
    seen: dict[str, set[str]] = {}
    for d in dirs:
        members = FolderSource(d).members()
        platform = sniff({m.name.lower() for m in members})
        if platform is None:
            continue
        paths = {m.path for m in members}
        if seen and (platform.NAME not in seen or seen[platform.NAME] & paths):
            return True
        seen.setdefault(platform.NAME, set()).update(paths)
    return False


def _expand(path: Path, direct: bool) -> list[tuple[Source, bool]]:
    """Sources for a path; folders of exports are opened one level down (their README and footprint.toml are not exports)."""
    if path.is_dir() and _is_collection(path):
        out: list[tuple[Source, bool]] = []
        for kid in _children(path):
            if not kid.name.upper().startswith("README") and kid.name != "footprint.toml":  # our own settings, not an export
                out.extend(_expand_child(kid))
        return out
    return [(open_source(path), direct)]


def _expand_child(kid: Path) -> list[tuple[Source, bool]]:
    """One entry of a collection; a damaged zip there is a problem, not a stop."""
    try:
        return [(open_source(kid), False)]
    except CorruptArchiveError as exc:
        return [(_Broken(kid, str(exc)), False)]


class _Broken(Source):
    """A collection entry that could not be opened; carried so it is reported."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.label, self.reason = path, path.name, reason

    def members(self) -> list:
        return []


def gather(paths: list[Path]) -> Inputs:
    """Open every path, sniff each source's platform and merge sources of one platform."""
    grouped: dict[str, tuple[ModuleType, list[Source]]] = {}
    problems: list[Problem] = []
    for path in paths:
        for source, direct in _expand(Path(path), direct=True):
            if isinstance(source, _Broken):
                problems.append(Problem(ProblemKind.BAD_FILE, str(source.path), source.reason, records=0))
                continue
            platform = sniff({m.name.lower() for m in source.members()})
            if platform is None:
                if direct:
                    raise NotAnExportError(
                        f"{path}: no export of a supported platform found (looked for {looked_for()})"
                    )
                problems.append(
                    Problem(ProblemKind.UNSUPPORTED, str(source.path), "not an export of a supported platform; skipped", records=0)
                )
                continue
            grouped.setdefault(platform.NAME, (platform, []))[1].append(source)
    archives = {name: (platform, Archive(sources)) for name, (platform, sources) in grouped.items()}
    if not archives:
        where = ", ".join(str(p) for p in paths)
        raise NotAnExportError(f"{where}: no export of a supported platform found (looked for {looked_for()})")
    return Inputs(archives, problems)


__all__ = ["Archive", "Inputs", "all_platforms", "gather", "looked_for", "sniff"]
