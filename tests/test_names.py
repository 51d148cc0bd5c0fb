"""The free-text name finder of --redact (reports/names.py): people found in French and English, and the
hard negatives it must leave alone (places, shops, months, greetings, leaders, the person's own name)."""

from __future__ import annotations

import pytest

from reports.names import family_words, find, lists, name_words
from reports.public_figures import is_public

OWN = name_words(["Noémie Laflamme-Okafor"])


def found(text: str, own=frozenset(), known=frozenset()) -> list[str]:
    return [text[n.start:n.end] for n in find(text, own, known)]


@pytest.mark.parametrize("text, names", [
    ("Bonne fête à Julie Tremblay!", ["Julie Tremblay"]),
    ("Mme Gagnon, ma voisine, m'a prêté sa souffleuse.", ["Gagnon"]),
    ("M. Jean-Pierre Gagnon-Roy est passé.", ["Jean-Pierre Gagnon-Roy"]),
    ("Souper chez Marie-Ève et Jean-François samedi", ["Marie-Ève", "Jean-François"]),
    ("Mon ami Xiaoling vient souper.", ["Xiaoling"]),
    ("Xiaoling, ma voisine, est géniale", ["Xiaoling"]),
    ("Le chien d'Amélie s'appelle Pilote.", ["Amélie"]),
    ("Julie de Montigny et Julie de Montréal", ["Julie de Montigny", "Julie"]),
    ("avec Rose et Will, on a vu Claire Dubois. Rose était contente.", ["Rose", "Will", "Claire Dubois", "Rose"]),
    ("Joyeux anniversaire Okonkwo!", ["Okonkwo"]),
    ("RIP Gord Downie, repose en paix.", ["Gord Downie"]),
])
def test_french_names_are_found(text, names):
    assert found(text) == names


@pytest.mark.parametrize("text, names", [
    ("lunch with Mike and Priya", ["Mike", "Priya"]),
    ("Our neighbour Dr. Okonkwo fixed my knee", ["Okonkwo"]),
    ("Happy birthday Tremblay!", ["Tremblay"]),
    ("My colleague Sanjay Patel and Ms. Wong", ["Sanjay Patel", "Wong"]),
    ("Julie's dog met Julie T. Tremblay", ["Julie", "Julie T. Tremblay"]),
    ("Grace Chen and Will Smith came by.", ["Grace Chen", "Will Smith"]),
    ("thanks Grace for the ride", ["Grace"]),
])
def test_english_names_are_found(text, names):
    assert found(text) == names


@pytest.mark.parametrize("text", [
    # greetings, months, days, holidays, sentence-initial ordinary words
    "Merci Canada! Bonjour Gatineau. Happy Canada Day. Joyeux Noël. Happy Friday. Bonne semaine!",
    "Will you come in May? May the 4th be with you. Mark my words. Amazing Grace was sung.",
    "Frank discussion today. Christian values. Hope is a plan? Claire et nette. Grace à toi.",
    "Victoria Day long weekend. Florence est belle en été. April Fools!",
    # places and brands that look like people
    "Rendez-vous au Tim Hortons de la rue Jean-Talon, puis au parc Jacques-Cartier et chez Jean Coutu.",
    "Took her straight to Tim's, then Wendy's. Canada Summer Jobs is open. Real Raw News is satire.",
    "Spilled coffee at 8:01 a.m. Strong start. Aspartame causes MS. Diet Coke is next. Ben voyons donc!",
    "Just booked a week in PEI for August. RIP Nan, you legend. Hi, I work at Service Canada.",
    "Simon Fraser University, Albert Street, King Edward Avenue, Stanley Park, la Coupe Stanley.",
    "St-Jérôme, Saint-Jean, Mont-Tremblant, Sainte-Julie, l'école Marie-Curie.",
    "with Environment Canada, avec Revenu Québec et Desjardins, merci à Sacoche & Co.",
    # party leaders and ministers (partisanship lexicon), with their given names
    "Merci Doug! Justin Trudeau et Jagmeet Singh. Pierre Poilievre aussi. François Legault a annoncé.",
    "Mark Carney, Elizabeth May et Yves-François Blanchet au débat. Will Trudeau win?",
    # links, handles, hashtags
    "https://example.org/Julie @julie_b #JulieTremblay julie.tremblay@example.com",
])
def test_hard_negatives_are_left_alone(text):
    assert found(text) == []


def test_the_persons_own_name_is_kept_but_not_a_relatives():
    text = "Bonne fête Noémie! Noémie Laflamme-Okafor et sa fille Amara Laflamme-Okafor, avec Noémie Roy."
    assert found(text, OWN) == ["Amara Laflamme-Okafor", "Noémie Roy"]
    assert "Noémie" in found(text), "without the owner's names, the test must be able to fail"


def test_namesakes_of_leaders_are_masked_and_fences_hold():
    assert found("Stephen Harper et Julie Harper; Mme Blanchet, ma voisine.") == ["Julie Harper", "Blanchet"]
    sarah = find("Sarah Kenney est venue.")[0]
    assert (sarah.public, sarah.words) == (True, ("kenney",)), "a leader's family name: kept only where it is evidence"


def test_family_names_masked_elsewhere_are_masked_here():
    text = "Tremblay a encore stationné devant chez nous."
    assert found(text) == [] and found(text, known=frozenset({"tremblay"})) == ["Tremblay"]
    assert find("Bonne fête à Julie Tremblay!")[0].words == ("tremblay",)


def test_authors_who_are_people_give_their_family_names():
    assert family_words("Priya Raman") == ("raman",)
    assert family_words("priya_raman") == () and family_words("NPD – Nouveau Parti démocratique") == ()
    assert family_words("Vélo Outaouais") == ()


def test_leaders_and_parties_as_authors_are_public():
    assert is_public("Jagmeet Singh") and is_public("NPD – Nouveau Parti démocratique") and is_public("Pierre Poilievre")
    assert not is_public("Julie Bouchard-Côté") and not is_public("Sarah Kenney") and not is_public("Harper Lee")


def test_the_lists_are_consistent():
    l = lists()
    assert len(l.given) > 800 and not l.given & l.ambiguous
    assert not l.given & l.never, "a given name can never be on the never-a-name list"
    assert {"title", "relation", "with", "place_before", "place_after"} <= set(l.cues)
