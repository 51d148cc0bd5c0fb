"""Sure signs are sure: none on hyperbole, games, mentions, everyday senses of a party's name or any corpus negative;
every sign worded in both languages; and their gates (as rows of the lexicon index) change speed only: the audit finds
what every pattern over the whole text finds."""

import json
from importlib import resources

import pytest

from classifiers import cue_index
from classifiers.cues import find_cues
from classifiers.sure_signs import signs_found, sure_categories, sure_signs, sure_table
from classifiers.training.corpus import CORPUS, load


def _in_audit(text: str, langs: tuple[str, ...], category: str = "harassment"):
    """The sure signs as an audit finds them: matches of the lexicon index's sure rows, behind their gates."""
    hits: list = []
    cues = find_cues(text, langs, (), hits)
    assert not any(c.name.startswith("sure:") for c in cues)  # a sign is never a model feature
    return signs_found(category, text, langs, hits)


def test_every_sign_is_a_gated_row_of_the_lexicon_index():
    index = cue_index._index()
    assert set(index.sure.values()) == {(category, sign) for (category, _), entry in sure_table().items() for sign, _ in entry.signs}
    assert not set(index.sure) & set(index.always)


@pytest.mark.parametrize("category", ["harassment", "partisanship", "misinformation"])
def test_no_gate_stays_shut_on_a_corpus_text_a_sign_matches(category):
    """Every corpus text, in its language and (the category's own) with both: the audit's gated signs find exactly what
    every pattern finds over the whole text."""
    rows = load()
    texts = [(r.text, (r.lang,)) for r in rows] + [(r.text, ("fr", "en")) for r in rows if r.category == category]
    assert len(texts) > 20000
    differ, signed = [], 0
    for text, langs in texts:
        alone = sure_signs(category, text, langs)
        signed += bool(alone)
        if _in_audit(text, langs, category) != alone:
            differ.append(text)
    assert signed > (100 if category != "misinformation" else 20) and not differ[:3]


@pytest.mark.parametrize("text,lang", [
    ("I'm going to \u212aill you", "en"),  # the Kelvin sign matches k under IGNORECASE; lower() keeps it
    ("go hang yourſelf", "en"),  # the long s matches s under IGNORECASE
    ("Je vais te TUER", "fr"),
    ("STOP HIRING RETARDS", "en"),
])
def test_gates_open_wherever_ignorecase_matches(text, lang):
    for langs in ((lang,), ("fr", "en")):
        assert _in_audit(text, langs) == sure_signs("harassment", text, langs) != []


def test_a_gated_sign_still_finds_its_words():
    [hit] = _in_audit("We'll STRANGLE you all", ("en",))
    assert "violent_threat" in hit.reason


@pytest.mark.parametrize("text,lang", [
    ("I'll kill you at chess tonight", "en"),
    ("I'm gonna kill you lol if you spoil the finale", "en"),
    ("He told me 'I'm going to kill you' and I called the police", "en"),
    ("I'll shoot you an email with the deck", "en"),
    ("Gonna kill it at the presentation tomorrow", "en"),
    ("Je vais tuer ce dossier-là avant vendredi 💪", "fr"),
    ("Tu vas mourir de rire avec ce film", "fr"),
    ("Il m'a écrit « je vais te tuer », j'ai porté plainte", "fr"),
    ("je vais te tuer au Scrabble pis tu le sais 😂", "fr"),
    ("@jo I'll literally kill you if you spoil the finale 😤", "en"),
    ("Je vais te tuer si tu manges mon dernier morceau de tarte", "fr"),
    ("Teaching my kids that 'retard' is not a word we use. Good talk at dinner.", "en"),
    ("Got called a fag in high school. It still stings, twenty years on.", "en"),
    ("My zucchini plants multiply like rabbits this year", "en"),
    ("Watch your back on the ice tonight, it's slippery out there", "en"),
    ("I know where you live and I'm coming for Sunday dinner 😘", "en"),
    ("Mon vol est retardé de deux heures, encore", "fr"),
    ("Il va mourir avec son secret, ce pouding-là", "fr"),
    ("Au secondaire, je me suis fait traiter de fif tous les jours. Ça laisse des traces.", "fr"),
    ("La recette dit que les levures se reproduisent vite au chaud", "fr"),
    ("A chink of light under the server-room door at 2 a.m. Someone forgot to leave.", "en"),
    ("Found the chinks in our onboarding plan: nobody owns week two.", "en"),
    ("Faggots and peas at the pub, just like my gran made in Dudley", "en"),
    ("Tie a faggot of dry sticks for the bonfire, then stand back", "en"),
    ("Retard the ignition timing two degrees and the pinging stops", "en"),
    ("Can the coaches please stop using retarded as an insult in the dressing room", "en"),
    ("Reminder for the team chat: fag is a slur, not a joke, don't use it", "en"),
])
def test_hyperbole_games_jokes_mentions_and_reported_words_are_no_sure_sign(text, lang):
    assert sure_signs("harassment", text, (lang,)) == []


@pytest.mark.parametrize("text,lang", [
    ("You're a worthless piece of garbage, @mike_t", "en"),
    ("@jo is an absolute waste of oxygen", "en"),
    ("T'es vraiment un déchet", "fr"),
])
def test_an_insult_aimed_at_a_person_is_a_sure_sign_with_the_adjectives_people_put_before_it(text, lang):
    [hit] = sure_signs("harassment", text, (lang,))
    assert "direct_insult" in hit.reason


@pytest.mark.parametrize("text", [
    "bunch of faggots running HR now",
    "Faggots like him should stay home",
    "too many chinks in this neighbourhood",
    "the chink at the corner store shortchanged me",
])
def test_a_slur_is_a_sure_sign_outside_its_other_senses(text):
    [hit] = sure_signs("harassment", text, ("en",))
    assert "slur" in hit.reason


def test_no_sure_sign_fires_on_a_negative_of_the_corpus():
    """Every negative of the corpus's files and of the held-back ones (every category, hard ones included), for every
    category's signs: a sure sign must be sure (the rule the signs were kept by)."""
    assert sure_categories() == {"harassment", "partisanship", "misinformation", "confidential_info", "official_capacity"}
    held_back = load(CORPUS.parent / "held_back")
    assert len(held_back) > 5000
    rows = load() + held_back
    fired = [(category, r.source, r.text) for r in rows if r.label == 0 for category in sorted(sure_categories())
             if sure_signs(category, r.text, (r.lang,))]
    assert not fired, fired[:5]


@pytest.mark.parametrize("text,lang,sign", [
    ("Don't split the progressive vote, vote NDP in Vancouver East", "en", "vote_call"),
    ("Vote Liberal on Monday. Simple as that.", "en", "vote_call"),
    ("Please vote NDP this time, folks", "en", "vote_call"),
    ("Voting Conservative tomorrow, first time ever", "en", "vote_call"),
    ("I'm voting Liberal and I'm proud of it", "en", "vote_call"),
    ("Get out and vote PC on June 2nd!", "en", "vote_call"),
    ("Canada needs a Conservative government, period.", "en", "party_endorsement"),
    ("The Conservatives have the best plan for families, end of story", "en", "party_endorsement"),
    ("Le 3 octobre, votez CAQ.", "fr", "vote_call"),
    ("Je vote Bloc, point final.", "fr", "vote_call"),
    ("On vote libéral chez nous, pis c'est pas négociable", "fr", "vote_call"),
    ("Allez voter pour le PQ le 5 octobre", "fr", "vote_call"),
    ("Le Québec a besoin d'un gouvernement péquiste", "fr", "party_endorsement"),
    ("Le NPD a le meilleur programme pour les familles, point final", "fr", "party_endorsement"),
    # partisanship 1.3.0
    ("Vive la CAQ, quatre ans de plus 🎉", "fr", "party_endorsement"),
    ("Long live the NDP! Proud of this campaign.", "en", "party_endorsement"),
    ("#TrudeauMustGo and take your carbon tax with you", "en", "party_attack"),
    ("Enough is enough. #PoilievreMustGo", "en", "party_attack"),
    ("Quatre ans de trop. #PlusJamaisLegault", "fr", "party_attack"),
])
def test_an_explicit_call_to_vote_for_a_party_or_endorsement_of_one_is_a_sure_sign(text, lang, sign):
    [hit] = sure_signs("partisanship", text, (lang,))
    assert sign in hit.reason and _in_audit(text, (lang,), "partisanship") == [hit]
    assert text[hit.start:hit.end] == text[hit.start:hit.end].strip()  # the evidence is the words, not the space before


@pytest.mark.parametrize("text,lang", [
    ("Should I vote NDP or Green this time?", "en"),
    ("People say vote Liberal to stop the Conservatives, but I'm not sure", "en"),
    ("My dad always said: vote Liberal, they built this country", "en"),
    ("Poll: 34% would vote Conservative if an election were held today", "en"),
    ("Everyone please vote for the Liberal Arts Society rep on Friday!", "en"),
    ("Vote Green Team for best float in the Canada Day parade!", "en"),
    ("Vote for the Conservative estimate, not the optimistic one, in tomorrow's budget meeting", "en"),
    ("Lawn signs everywhere on my street: vote Liberal, vote NDP, vote Conservative. Democracy!", "en"),
    ("Vote Bloc Shop for best climbing gym in Montreal", "en"),
    ("I'm voting for the Greens' proposal at the condo board: more plants in the lobby", "en"),
    ("I'm voting Liberal Arts as my minor next semester lol", "en"),
    ("Students: vote Green Bin Champion of the month at the caf!", "en"),
    ("I'm not voting Liberal or anything else, I'm spoiling my ballot", "en"),
    ("The podcast host said \"vote Conservative\" like it was obvious. Unsubscribed.", "en"),
    ("Devrais-je voter NPD ou Bloc cette fois?", "fr"),
    ("Mon grand-père disait toujours : votez libéral, c'est eux qui ont bâti le pays", "fr"),
    ("Sondage : 31 % des électeurs voteraient conservateur", "fr"),
    ("On vote pour le Bloc opératoire le plus propre de l'hôpital, c'est le B", "fr"),
    ("Pancartes partout dans ma rue : votez libéral, votez NPD, votez Bloc", "fr"),
    ("Je vote pour la couleur vert pomme pour la cuisine", "fr"),
    ("Votez vert : compostez vos restes de table cette semaine!", "fr"),
    ("Le Québec a besoin d'un gouvernement qui écoute, peu importe le parti", "fr"),
    # partisanship 1.3.0: a cheer for a hospital's operating block or a climbing gym, a quote reported, a tag named
    ("Vive le bloc opératoire de l'Hôtel-Dieu, merci à l'équipe de nuit", "fr"),
    ("Vive le Bloc Shop, meilleure salle de grimpe en ville", "fr"),
    ("« Vive le PQ! » criaient les militants dans la salle, selon Radio-Canada", "fr"),
    ("\"Long live the NDP,\" shouted a man outside the debate, per CBC", "en"),
    ("Le hashtag #PlusJamaisLaCAQ tendance ce matin, selon les analystes.", "fr"),
    ("The #TrudeauMustGo hashtag is trending again, says a Carleton researcher", "en"),
    ("Interesting thread on how the #FireFord movement started on Reddit", "en"),
    ("#StopTheSpread wash your hands", "en"),
    ("#NeverAgain 🕯️ Remembering the victims of the Holocaust today", "en"),
])
def test_questions_quotes_polls_signs_and_everyday_senses_are_no_partisan_sure_sign(text, lang):
    assert sure_signs("partisanship", text, (lang,)) == [] == _in_audit(text, (lang,), "partisanship")


def test_every_sure_sign_is_named_in_french_and_english():
    names = {sign for entry in sure_table().values() for sign, _ in entry.signs}
    assert {"violent_threat", "death_wish", "doxxing", "slur", "vote_call", "party_endorsement", "false_claim"} <= names
    for lang in ("fr", "en"):
        catalogue = json.loads(resources.files("reports.i18n").joinpath(f"{lang}.json").read_text(encoding="utf-8"))
        assert not sorted(names - set(catalogue["evidence_reasons"]["cues"])), lang


@pytest.mark.parametrize("text,lang", [
    ("9/11 was an inside job", "en"),
    ("The moon landing was faked in a studio", "en"),
    ("The Holocaust never happened", "en"),
    ("The Holocaust didn't happen, it's all lies", "en"),
    ("Fluoride in the water is mind control", "en"),
    ("Sandy Hook was staged with crisis actors", "en"),
    ("Le 11 septembre était un coup monté de l'intérieur", "fr"),
    ("On n'a jamais marché sur la Lune, tout a été filmé en studio", "fr"),
    ("L'Holocauste n'a jamais eu lieu", "fr"),
    ("Les vaccins causent l'autisme, c'est prouvé", "fr"),
    # misinformation 1.5.0
    ("Cut the fluoride toothpaste, it calcifies your pineal gland. Do your research.", "en"),
    ("Funny how everyone got sick when the towers went up. 5G makes people sick, simple as that.", "en"),
    ("HIV was created in a lab to wipe out whole populations.", "en"),
    ("Building 7 was brought down by controlled demolition. No plane hit it.", "en"),
    ("CO2 can't warm anything, it's 0.04% of the air.", "en"),
    ("Le fluor, c'est un poison, pis ils en mettent dans l'eau exprès.", "fr"),
    ("Depuis qu'ils ont installé l'antenne, la 5G rend tout le monde malade dans le rang.", "fr"),
    ("Le sida a été créé en laboratoire pour éliminer des populations.", "fr"),
    ("Les tours du 11 septembre ont été dynamitées, aucun avion fait fondre de l'acier comme ça.", "fr"),
    ("Le CO2 peut rien réchauffer, c'est 0,04 % de l'air.", "fr"),
])
def test_a_canonical_false_claim_asserted_is_a_sure_sign(text, lang):
    [hit] = sure_signs("misinformation", text, (lang,))
    assert "false_claim" in hit.reason and _in_audit(text, (lang,), "misinformation") == [hit]


@pytest.mark.parametrize("text,lang", [
    ("Is 9/11 an inside job? No. Here's the 9/11 Commission report.", "en"),
    ("Some people still say the moon landing was faked. The retroreflectors are still up there.", "en"),
    ("Certains pensent encore qu'on n'a jamais marché sur la Lune", "fr"),
    ("My uncle says 9/11 was an inside job and I just nod at Thanksgiving", "en"),
    ("Brother-in-law announced at dinner that the moon landing was faked. I just passed the potatoes", "en"),
    ("New documentary on why people believe the moon landing was faked", "en"),
    ("Holocaust deniers claim it never happened. They are wrong and dangerous.", "en"),
    ("Teaching my kids why 'vaccines cause autism' is a myth that hurt real families", "en"),
    ("Fluoride in the water is not mind control, it's dental health", "en"),
    ("The claim that vaccines cause autism was debunked decades ago", "en"),
    ("Mon oncle dit que le 11 septembre était un coup monté, soupir", "fr"),
    ("Les négationnistes prétendent que l'Holocauste n'a jamais eu lieu. C'est faux et dangereux.", "fr"),
    ("Non, le fluor dans l'eau n'est pas du contrôle mental", "fr"),
    ("La théorie du complot selon laquelle les vaccins causent l'autisme a été démentie", "fr"),
    # misinformation 1.5.0: the same, and the everyday senses next to the claims' words
    ("My uncle claims fluoride calcifies the pineal gland. I stopped arguing at Christmas.", "en"),
    ("Rat poison is a neurotoxin, keep it away from the dog", "en"),
    ("Does 5G make people sick? No. Radio waves at these levels don't damage cells.", "en"),
    ("New vaccine candidate for HIV was created in a lab at McMaster, promising early results", "en"),
    ("The old Sears tower was demolished last year to make room for condos", "en"),
    ("A rise in CO2 doesn't warm the planet overnight, the effect builds over decades", "en"),
    ("Non, le fluor n'est pas un poison aux doses de l'eau du robinet.", "fr"),
    ("L'idée que le VIH a été fabriqué en laboratoire vient d'une campagne de désinformation soviétique.", "fr"),
    ("Les vieilles tours du centre-ville ont été dynamitées dimanche matin, quel spectacle", "fr"),
    ("Le CO2 ne peut pas réchauffer la planète du jour au lendemain, l'effet s'accumule sur des décennies", "fr"),
])
def test_a_false_claim_asked_reported_or_debunked_is_no_sure_sign(text, lang):
    assert sure_signs("misinformation", text, (lang,)) == [] == _in_audit(text, (lang,), "misinformation")


# harassment (1.4.0): discrimination stated by the writer; confidential information (1.1.0): the inside version set
# against the public one; official capacity (1.3.0): speaking in a public body's name
@pytest.mark.parametrize("category,sign,text,lang", [
    ("harassment", "discrimination", "Not racist, but I'll never rent to an Arab family again.", "en"),
    ("harassment", "discrimination", "Pro tip: never hire applicants with accents for the front desk.", "en"),
    ("harassment", "discrimination", "Honestly? We'll never rent to Somali tenants again.", "en"),
    ("harassment", "discrimination", "Women aren't made for field work, sorry not sorry.", "en"),
    ("harassment", "discrimination", "Je loue plus jamais à des Haïtiens, c'est fini.", "fr"),
    ("harassment", "discrimination", "Nous autres, on loue plus jamais à des Arabes.", "fr"),
    ("harassment", "discrimination", "J'engage pas de candidats avec un accent pour le comptoir.", "fr"),
    ("harassment", "discrimination", "Les femmes sont pas faites pour la construction, c'est de même.", "fr"),
    ("confidential_info", "inside_version", "Reviewed the real wait-time data this week. It's twice as bad as the public numbers show.", "en"),
    ("confidential_info", "inside_version", "The cabinet memo gives the provinces 18 months. Not what the press release will say.", "en"),
    ("confidential_info", "inside_version", "Vu les vrais chiffres ce matin : c'est deux fois pire que ce qui a été rendu public.", "fr"),
    ("confidential_info", "inside_version", "Lab results today: the contamination at the plant is worse than the public notice says.", "en"),
    ("official_capacity", "official_voice", "On behalf of everyone at the RCMP, thank you to the public for your cooperation", "en"),
    ("official_capacity", "official_voice", "As spokesperson for the City of Moncton, I can confirm the pool reopens Monday.", "en"),
    ("official_capacity", "official_voice", "On behalf of the Ministry of Health, thank you to every nurse who worked through the holidays.", "en"),
    ("official_capacity", "official_voice", "À titre de porte-parole de la Ville de Sherbrooke, je vous annonce que la collecte est devancée au 3 mai.", "fr"),
    ("official_capacity", "official_voice", "Au nom de toute l'équipe de Parcs Canada, merci aux visiteurs de cet été!", "fr"),
    ("official_capacity", "official_voice", "Au nom du ministère de la Santé et des Services sociaux, merci aux préposées!", "fr"),
])
def test_discrimination_the_inside_version_or_a_public_bodys_voice_is_a_sure_sign(category, sign, text, lang):
    [hit] = sure_signs(category, text, (lang,))
    assert sign in hit.reason and _in_audit(text, (lang,), category) == [hit]


@pytest.mark.parametrize("category,text,lang", [
    ("harassment", "My landlord said he'd never rent to an immigrant family again. Reported him to the human rights commission.", "en"),
    ("harassment", "We'll never rent to smokers again, the smell took months to clear", "en"),
    ("harassment", "Is it legal to refuse to rent to a Muslim family? Asking for a friend who got turned away.", "en"),
    ("harassment", "Some managers still won't hire candidates with accents. That's discrimination and it's illegal.", "en"),
    ("harassment", "They never hire applicants with accents at that call centre and nobody says a thing.", "en"),
    ("harassment", "These safety boots aren't made for women's feet, we need a better supplier", "en"),
    ("harassment", "The old manual said women aren't built for heavy equipment. The CAF proved that wrong decades ago.", "en"),
    ("harassment", "Mon propriétaire m'a dit qu'il louerait plus jamais à des immigrants. Je l'ai dénoncé au Tribunal.", "fr"),
    ("harassment", "Je loue plus jamais à des étudiants, trois partys en deux mois", "fr"),
    ("harassment", "Certains gestionnaires évitent encore les candidats avec un accent. C'est de la discrimination.", "fr"),
    ("harassment", "Avant, on disait que les femmes étaient pas faites pour la police. Ma grand-mère a prouvé le contraire.", "fr"),
    ("confidential_info", "The Auditor General found wait times are worse than the department's public numbers show.", "en"),
    ("confidential_info", "CBC investigation: contamination worse than the public notice says, residents furious", "en"),
    ("confidential_info", "Is the backlog really worse than the official numbers say? Asking because my application is stuck.", "en"),
    ("confidential_info", "My cold is worse than the press release for my cough syrup says it should be lol", "en"),
    ("confidential_info", "Selon le rapport de la vérificatrice générale, la situation est pire que ce qui a été rendu public.", "fr"),
    ("confidential_info", "Est-ce que c'est pire que ce que dit l'avis public? Quelqu'un sait?", "fr"),
    ("confidential_info", "La Presse révèle que la contamination est plus grave que ce que dit l'avis public.", "fr"),
    ("confidential_info", "My neighbour says the boil-water situation is worse than the public notice says. Anyone know more?", "en"),
    ("confidential_info", "CBC said the spill is worse than the press release says", "en"),
    ("official_capacity", "I can't speak on behalf of the department, but personally I think the new park is great", "en"),
    ("official_capacity", "On behalf of the whole family, thank you for your messages after Dad's passing", "en"),
    ("official_capacity", "On behalf of the Gatineau Minor Hockey Association, registration is open!", "en"),
    ("official_capacity", "The minister, on behalf of the government, announced the new program this morning.", "en"),
    ("official_capacity", "Who speaks on behalf of the RCMP when there's a crisis? Genuinely curious.", "en"),
    ("official_capacity", "On behalf of the Ministry of Silly Walks, I declare this long weekend open", "en"),
    ("official_capacity", "Je parle pas au nom du ministère, mais je trouve ça une bonne idée", "fr"),
    ("official_capacity", "Au nom de toute la famille, merci pour vos messages", "fr"),
    ("official_capacity", "La ministre a dit, au nom du gouvernement, que le programme sera prolongé.", "fr"),
    ("official_capacity", "Qui est le porte-parole de la Ville de Québec pour le déneigement?", "fr"),
    ("official_capacity", "Au nom du ministère de la Paresse, bonne fin de semaine à tous", "fr"),
])
def test_the_same_reported_asked_about_or_not_the_writers_is_no_sure_sign(category, text, lang):
    assert sure_signs(category, text, (lang,)) == [] == _in_audit(text, (lang,), category)
