"""The error tree: each error knows its exit code and a one-line hint that says what to do."""

from __future__ import annotations


class FootprintError(Exception):
    """Base of every error the user can act on; never carries post text."""

    exit_code = 1
    hint = "run `footprint --help` for usage"

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def one_line(self) -> str:
        """What happened and what to do, on one line, for stderr."""
        return f"error: {self}. {self.hint}".replace("\n", " ")


class UsageError(FootprintError):
    """Bad flags or a bad footprint.toml."""

    exit_code = 2
    hint = "run `footprint audit --help` to see the accepted values"


class InputNotFoundError(FootprintError):
    """A path given on the command line does not exist."""

    exit_code = 3
    hint = "check the path; give the downloaded .zip or the folder it unzips to"


class NotAnExportError(FootprintError):
    """A path exists but holds no export of any supported platform."""

    exit_code = 4
    hint = "give the archive exactly as the platform delivered it (see `footprint platforms`)"


class CorruptArchiveError(FootprintError):
    """A zip that cannot be opened (truncated download, not a zip)."""

    exit_code = 5
    hint = "download the archive again, or unzip it with another tool and give the folder"


class OutputError(FootprintError):
    """The output folder cannot be created or written privately."""

    exit_code = 6
    hint = "choose an output folder you own with -o DIR"


class ModelError(FootprintError):
    """A model file is missing or was built by another library version."""

    exit_code = 7
    hint = "rebuild the models with `python -m classifiers.training.train`"


EXIT_SOME_PROBLEMS = 0  # an audit that read what it could still succeeds; problems are in the report
