"""Insults, slurs, threats, dehumanising or discriminatory remarks against a person or group (Québec French included), distinct from mere profanity.

Federal guidance: intimidation or discrimination is inappropriate. The decision is the shared text model's (harassment head); the evidence is the words and
lexicon cues (classifiers/lexicons/harassment.tsv) that weighed most toward it.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("harassment", "harassment", "1.0.0"),)
