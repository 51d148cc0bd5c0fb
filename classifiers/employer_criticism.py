"""Criticism of the person's own organisation, its decisions, managers or colleagues, and of the government's policies and programs (employer names come from the Context).

Federal guidance: creating, sharing or liking posts that criticise your organisation's decisions is risky (duty of loyalty). The decision is the shared text model's (employer_criticism head); the evidence is the words and
lexicon cues (classifiers/lexicons/employer_criticism.tsv) that weighed most toward it.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("employer_criticism", "employer_criticism", "1.1.0"),)
