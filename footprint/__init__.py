"""footprint: a private, offline audit of a public servant's own social-media exports."""

__version__ = "0.2.0"
