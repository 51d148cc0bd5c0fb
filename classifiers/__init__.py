"""Detectors: each module declares DETECTORS; registry.py finds them."""
