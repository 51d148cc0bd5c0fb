"""Links to low-credibility sites (CRED-1) and asserted false claims; satire, questions and debunking are not misinformation.

Federal guidance: sharing false information is inappropriate; is the source reliable? The decision is the shared text model's (misinformation head); the evidence is the words and
lexicon cues (classifiers/lexicons/misinformation.tsv) that weighed most toward it.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("misinformation", "misinformation", "1.0.0"),)
