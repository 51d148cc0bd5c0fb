"""A personal profile or post that looks official: government title, logo or work e-mail in a bio, 'on behalf of', official-sounding handles; a personal-views disclaimer is noted but does not clear it.

Personal posts must not look as if they were published as a public servant. The decision is the shared text model's (official_capacity head); the evidence is the words and
lexicon cues (classifiers/lexicons/official_capacity.tsv) that weighed most toward it.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("official_capacity", "official_capacity", "1.0.0"),)
