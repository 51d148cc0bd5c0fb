"""Links to low-credibility sites (CRED-1) and asserted false claims; satire, questions and debunking are not misinformation.

Federal guidance: sharing false information is inappropriate; is the source reliable? The decision is the shared text model's (misinformation head); the evidence is the words and
lexicon cues (classifiers/lexicons/misinformation.tsv) that weighed most toward it. As the
policies and the issue say, a debunk, an honest question or a satire site is not misinformation:
a post with one of those cues is cleared unless it also asserts a false claim, uses conspiracy
rhetoric or links a low-credibility site. A few canonical false claims asserted outright ("9/11 was an inside job",
"the Holocaust never happened", « les vaccins causent l'autisme ») are flagged whatever the model's score
(classifiers/lexicons/sure_signs.tsv), unless the post asks, quotes, reports someone else's belief or debunks it.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector(
    "misinformation", "misinformation", "1.5.0",
    cleared_by=("debunk", "question", "satire_domain"),
    unless=("false_claim", "conspiracy_rhetoric", "low_cred_domain"),
),)
