"""Partisanship: support for or attacks on a party, leader or candidate, campaign slogans and calls to vote, donate, volunteer or join; liked party pages and joined party groups.

Federal guidance: taking part in partisan content in any way is risky; during work hours, inappropriate. The decision is the shared text model's (partisanship head); the evidence is the words and
lexicon cues (classifiers/lexicons/partisanship.tsv) that weighed most toward it.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("partisanship", "partisanship", "1.0.0"),)
