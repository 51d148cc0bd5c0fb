"""A personal profile or post that looks official: government title, logo or work e-mail in a bio, 'on behalf of', official-sounding handles; a personal-views disclaimer is noted but does not clear it.

Personal posts must not look as if they were published as a public servant. The decision is the shared text model's (official_capacity head); the evidence is the words and
lexicon cues (classifiers/lexicons/official_capacity.tsv) that weighed most toward it. Each finding
says whether a personal-views note is there (label `with_disclaimer` / `no_disclaimer`): the report's
action then asks to add one, or says that the one there helps but does not protect. Since 1.3.0, speaking in a public
body's name ("On behalf of everyone at the RCMP…", « À titre de porte-parole de la Ville de Sherbrooke… ») is flagged
whatever the model's score (classifiers/lexicons/sure_signs.tsv), unless the post negates it, asks, quotes or reports
someone else's words. Clear signs (classifiers/lexicons/clear_signs.tsv) take the model's finding away when
every evidence span follows a relative's or friend's job news (since 1.4.0; roommates, teammates, uncles and a first
name since 1.6.0) or speaking for a private group or not for the department (since 1.6.0); since 1.6.1 (model 2.29.0) the lexicon does
not read "speaking for / represent + the department" after a negation, which would otherwise keep the finding; since
1.7.0 pointing people to the official source ("best source is…", « suivez les comptes officiels… », "on the official
… page") clears what follows it, but not a page's own welcome (« Bienvenue sur la page officielle… »); since 1.7.1 (model
2.30.0) the lexicon does not read "the official account" / « le compte officiel » after a pointer (follow, check, on,
via, their, a body's 's; suivez le, sur le, au, du, leur…) nor « infos officielles » pointed to (« les infos officielles
sont sur canada.ca »), so a body's account pointed to is not the writer's voice; since 1.7.2 (model unchanged) nor "The
official account of <body>" / « Le compte officiel de <body> » opening a sentence when a reporting verb follows in it
("just posted", "hasn't", « vient de », « a annoncé », « dit ») and no we / our / nous: a report on a body's account;
since 1.7.3 (model 2.31.0) the rows that name the wordmark or the signature ("Canada wordmark", « mot-symbole »,
"Government of Canada signature", "FIP signature", "coat of arms"…) read only in a post that says the writer has or
uses it (my / our, "I added…", a banner or a profile named) or is laid out as a profile or a signature (| • — [ ], a
phone number, an e-mail): design trivia about the symbol is not the symbol used; since 1.8.0 (model unchanged) a
clear sign `shared_post`: a body's post shared as it is ("RT @HealthCanada: …", « Repartage @RevenuQuebec : … », "Sharing
from…", « je relaie ») is not the writer's voice, unless the post also has the writer's or the office's own voice
(first person, "your file", DM, a title or a team, a signature).
"""

from typing import Sequence

from classifiers.lexicon import Cue
from classifiers.modeldetector import ModelDetector


class OfficialCapacityDetector(ModelDetector):
    """Labels each finding by whether the post carries a personal-views note ("views my own", "opinions personnelles")."""

    def label(self, cues: Sequence[Cue]) -> str | None:
        return "with_disclaimer" if any(c.name == "disclaimer" for c in cues) else "no_disclaimer"


DETECTORS = (OfficialCapacityDetector("official_capacity", "official_capacity", "1.8.0",
                                      keep_cues=("gov_email", "official_handle", "on_behalf")),)
