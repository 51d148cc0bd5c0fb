"""Sponsored posts and paid partnerships, promo codes and affiliate links, side businesses and sales pitches, endorsements that could look like the government's.

Your other activities must not create a real, apparent or potential conflict of interest. The decision is the shared text model's (conflict_of_interest head); the evidence is the words and
lexicon cues (classifiers/lexicons/conflict_of_interest.tsv) that weighed most toward it.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("conflict_of_interest", "conflict_of_interest", "1.2.0"),)
