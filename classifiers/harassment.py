"""Insults, slurs, threats, dehumanising or discriminatory remarks against a person or group (Québec French included), distinct from mere profanity.

Federal guidance: intimidation or discrimination is inappropriate. The decision is the shared text model's (harassment head); the evidence is the words and
lexicon cues (classifiers/lexicons/harassment.tsv) that weighed most toward it. An explicit threat
to kill the reader is flagged whatever the model's score (classifiers/lexicons/sure_signs.tsv), unless
the post laughs or quotes someone else. Since 1.4.0 discrimination stated outright too (a group refused a home
or a job by the writer, "women aren't made for…"). Since 1.5.0 a clear sign (classifiers/lexicons/clear_signs.tsv,
`reported_slur`) clears the model's finding on a slur someone else said, reported ("a guy called my sister a…", « je
me suis fait traiter de… »), when all its evidence lies in the report and the writer neither agrees, laughs nor adds
an insult of their own.
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("harassment", "harassment", "1.5.0"),)
