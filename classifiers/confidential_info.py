"""Work information not yet public or known only through the job: upcoming announcements, 'you didn't hear it from me', Protected B, cabinet confidences, internal systems, client files.

Post only publicly available information about your work; never protected or sensitive information. The decision is the shared text model's (confidential_info head); the evidence is the words and
lexicon cues (classifiers/lexicons/confidential_info.tsv) that weighed most toward it. Since 1.1.0 the inside version
set against the public one ("worse than the public numbers show", « deux fois pire que ce qui a été rendu public »)
is flagged whatever the model's score (classifiers/lexicons/sure_signs.tsv), unless the post asks, quotes or names a
source (a report, an audit, the news, "my neighbour says"; 1.1.1: not a bare "says", the sign's own verb).
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("confidential_info", "confidential_info", "1.1.1"),)
