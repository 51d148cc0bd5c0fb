"""Partisanship: support for or attacks on a party, leader or candidate, campaign slogans and calls to vote, donate, volunteer or join; liked party pages and joined party groups.

Federal guidance: taking part in partisan content in any way is risky; during work hours, inappropriate. The decision is the shared text model's (partisanship head); the evidence is the words and
lexicon cues (classifiers/lexicons/partisanship.tsv) that weighed most toward it. An explicit call to vote for a named
party ("Vote NDP", « je vote Bloc ») or an explicit endorsement of one ("Canada needs a Conservative government",
« le NPD a le meilleur programme ») is flagged whatever the model's score (classifiers/lexicons/sure_signs.tsv), unless
the post asks, quotes, reports someone's words, a poll or lawn signs. Since 1.3.0 also « Vive le Bloc! », "Long live
the NDP!" and a hashtag against a named party or leader ("#TrudeauMustGo", « #PlusJamaisLaCAQ »), not where the tag
is only named ("the #FireFord movement", « le mot-clic… »).
"""

from classifiers.modeldetector import ModelDetector

DETECTORS = (ModelDetector("partisanship", "partisanship", "1.3.0"),)
