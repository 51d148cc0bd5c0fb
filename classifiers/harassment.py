"""Insults, slurs, threats, dehumanising or discriminatory remarks against a person or group (Québec French included), distinct from mere profanity.

Federal guidance: intimidation or discrimination is inappropriate. The decision is the shared text model's (harassment head); the evidence is the words and
lexicon cues (classifiers/lexicons/harassment.tsv) that weighed most toward it. An explicit threat
to kill the reader is flagged whatever the model's score (classifiers/lexicons/sure_signs.tsv), unless
the post laughs or quotes someone else.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("harassment", "harassment", "1.3.1"),)
