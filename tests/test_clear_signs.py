"""Clear signs clear only what they cover: a keep pattern or keep cue overrides them, a `forward` sign clears a
finding only when all its evidence follows the sign in its segment before any first-person word, a sure sign is never
cleared, and the shipped table is well formed."""

import pytest

from classifiers.clear_signs import clear_sign, clear_table, parse_table
from classifiers.lexicon import Cue
from classifiers.modeldetector import ModelDetector
from footprint.model import Evidence

HEAD = "# source: test\ncategory\tlang\tkind\tscope\tsign\tpattern\tnote\n"
TABLE = parse_table(HEAD + "\n".join([
    "cat\ten\tclear\tpost\tdeclined\t\\bturned down\\b\t",
    "cat\ten\tkeep\t\tprice\t\\$\\d+\t",
    "cat\ten\tclear\tforward\trelative\\tproud of my (?:son|daughter)\\b\t".replace("\\t", "\t"),
]))


def _ev(text: str, *words: str) -> list[Evidence]:
    return [Evidence(text.index(w), text.index(w) + len(w), w) for w in words]


def test_a_post_scope_sign_clears_and_a_keep_pattern_overrides_it():
    text = "Turned down free hockey tickets from a vendor today"
    assert clear_sign("cat", text, ("en",), _ev(text, "tickets"), TABLE) == "declined"
    text = "Turned down the others, this one pays: $60 a session"
    assert clear_sign("cat", text, ("en",), _ev(text, "pays"), TABLE) is None
    assert clear_sign("other", "Turned down tickets", ("en",), _ev("Turned down tickets", "tickets"), TABLE) is None
    assert clear_sign("cat", "Turned down tickets", ("fr",), _ev("Turned down tickets", "tickets"), TABLE) is None


@pytest.mark.parametrize("text, evidence, cleared", [
    ("So proud of my son, hired as a border officer at CBSA today", ("border officer at CBSA",), True),
    ("Policy analyst at ESDC | proud of my son, he starts university", ("Policy analyst at ESDC",), False),
    ("Proud of my daughter. Policy analyst at ESDC myself", ("Policy analyst at ESDC",), False),
    ("Proud of my son who started as a nurse and I started as a policy analyst at ESDC", ("policy analyst at ESDC",), False),
    ("Proud of my son who started as a nurse and I started as a policy analyst at ESDC", ("nurse", "policy analyst at ESDC"), False),
    ("Proud of my son who started as a nurse, and I'm a policy analyst at ESDC", ("nurse",), True),
])
def test_a_forward_sign_clears_only_when_every_evidence_span_is_covered(text, evidence, cleared):
    assert (clear_sign("cat", text, ("en",), _ev(text, *evidence), TABLE) == "relative") is cleared


def test_a_forward_sign_without_evidence_clears_nothing():
    assert clear_sign("cat", "Proud of my son", ("en",), [], TABLE) is None


@pytest.mark.parametrize("row", [
    "cat\ten\tclear\t\tx\tx\t",  # a clear row needs a scope
    "cat\ten\tclear\teverywhere\tx\tx\t",
    "cat\ten\tkeep\tpost\tx\tx\t",  # a keep row has none
    "cat\ten\tsure\tpost\tx\tx\t",
])
def test_a_malformed_row_is_an_error_naming_it(row):
    with pytest.raises(ValueError, match="clear_signs.tsv: the row 'x'"):
        parse_table(HEAD + row)


def test_the_shipped_table_is_well_formed_and_every_pattern_compiles():
    table = clear_table()
    for (category, lang), entry in table.items():
        assert lang in ("fr", "en"), (category, lang)
        assert category in {"conflict_of_interest", "official_capacity", "confidential_info", "employer_criticism",
                            "harassment", "misinformation", "partisanship", "personal_info"}


def test_keep_cues_and_sure_signs_are_stronger_than_a_clear_sign(monkeypatch):
    import classifiers.clear_signs as cs
    import classifiers.modeldetector as md

    monkeypatch.setattr(md, "clear_categories", lambda: frozenset({"cat"}))
    monkeypatch.setattr(md, "clear_sign", lambda category, text, langs, evidence: cs.clear_sign(category, text, langs, evidence, TABLE))
    detector = ModelDetector("d", "cat", "1", keep_cues=("promo_code",))
    text = "Turned down free tickets from a vendor"
    ev = _ev(text, "tickets")
    assert detector.clear_sign(text, ("en",), [], ev) == "declined"
    assert detector.clear_sign(text, ("en",), [Cue("promo_code", 0, 3, "x")], ev) is None


def test_a_sure_sign_still_flags_a_post_whose_model_finding_is_cleared(monkeypatch):
    import classifiers.modeldetector as md
    from datetime import datetime, timezone

    from classifiers.registry import all_detectors
    from footprint.context import Context
    from footprint.model import Kind, Post

    [detector] = [d for d in all_detectors() if d.category == "harassment"]
    when = datetime(2024, 1, 1, tzinfo=timezone.utc)
    sure = Post("t", "1", when, "I'm going to kill you, you worthless idiot", Kind.POST, True, lang="en")
    model = Post("t", "2", when, "People like her shouldn't be allowed near kids, disgusting creatures", Kind.POST, True, lang="en")
    assert [len(found) for found in detector.detect_many([sure, model], Context())] == [1, 1]
    monkeypatch.setattr(md, "clear_categories", lambda: frozenset({"harassment"}))
    monkeypatch.setattr(md, "clear_sign", lambda *a: "always")
    [[finding], cleared] = detector.detect_many([sure, model], Context())
    assert cleared == [] and all("sure sign" in e.reason for e in finding.evidence)


@pytest.mark.parametrize("lang, text, evidence, sign", [
    # official capacity's shipped signs: someone else's job news, with the person named several ways
    ("en", "Uncle Ray retired from Fisheries and Oceans Canada as a fisheries officer", ("Fisheries and Oceans Canada",), "relative_news"),
    ("en", "Congrats to Jess, now a border services officer at CBSA", ("border services officer at CBSA",), "relative_news"),
    ("en", "So proud of my roommate, who just landed a job at Health Canada", ("Health Canada",), "relative_news"),
    ("fr", "Mon coloc commence lundi comme agent à l'ASFC", ("agent à l'ASFC",), "relative_news"),
    ("fr", "Félicitations à Julie, nouvelle analyste à Statistique Canada", ("analyste à Statistique Canada",), "relative_news"),
    # ... but not the writer's own news told with a relative, nor a department congratulated
    ("en", "My wife and I just started as policy analysts at Finance Canada", ("policy analysts at Finance Canada",), None),
    ("en", "Congrats to Health Canada on the new clinic", ("Health Canada",), None),
    ("fr", "Ma blonde pis moi on commence comme analystes à Statistique Canada", ("analystes à Statistique Canada",), None),
    ("fr", "Bravo à Santé Canada pour la campagne", ("Santé Canada",), None),
    # speaking for a private group, or not for the department
    ("en", "On behalf of our hockey team, thanks to everyone who came to the fundraiser", ("behalf", "fundraiser"), "private_voice"),
    ("en", "I can't speak on behalf of the department, check their site", ("department",), "private_voice"),
    ("fr", "Je parle au nom de tous les parents de l'aréna : réparez le chauffage", ("nom", "réparez"), "private_voice"),
    ("fr", "je peux pas parler au nom du ministère, appelez Services Québec", ("nom", "ministère", "Services Québec"), "private_voice"),
    # ... but a team at a public body, or the body itself, is its voice
    ("en", "On behalf of our team at the Service Canada centre, thank you", ("behalf", "Service Canada"), None),
    ("fr", "Au nom de toute l'équipe du ministère, merci de votre patience", ("nom", "ministère"), None),
    ("fr", "Au nom des membres du ministère, merci", ("nom", "ministère"), None),
    # pointing people to the official source: what follows is the office's voice, not the writer's
    ("en", "Best source for that is the IRCC processing times page", ("IRCC", "processing times"), "refer_official"),
    ("en", "Please check the official Health Canada accounts for recall updates", ("Health Canada", "recall"), "refer_official"),
    ("en", "Answers are on the official Service Canada page for EI", ("Service Canada", "EI"), "refer_official"),
    ("fr", "Suivez les comptes officiels de Santé Canada pour les rappels", ("Santé Canada", "rappels"), "refer_official"),
    ("fr", "Pour ça, tout est sur le site officiel d'Environnement Canada", ("Environnement Canada",), "refer_official"),
    ("fr", "La seule source fiable, c'est Immigration Canada", ("Immigration Canada",), "refer_official"),
    # ... but not a page's own welcome, what comes before the pointer, or the writer's own title after it
    ("fr", "Bienvenue sur la page officielle de la communauté du Centre Service Canada de Moncton", ("Centre Service Canada",), None),
    ("en", "Welcome to the official page of the Service Canada Centre in Moncton", ("Service Canada",), None),
    ("en", "Policy analyst at IRCC. Best source is the official processing times page", ("Policy analyst at IRCC",), None),
    ("en", "See the official page, I'm the analyst at IRCC who runs it", ("analyst at IRCC",), None),
])
def test_official_capacity_shipped_signs(lang, text, evidence, sign):
    assert clear_sign("official_capacity", text, (lang,), _ev(text, *evidence)) == sign


@pytest.mark.parametrize("lang, text, evidence, sign", [
    # harassment's shipped sign: a slur someone else said, reported (subject + reporting verb, or the writer, passive)
    ("en", 'Some guy at work called my sister a "dirty immigrant". Nobody said a word.', ("dirty immigrant",), "reported_slur"),
    ("en", "I was called a f*g twice at the gym this week", ("f*g",), "reported_slur"),
    ("en", "My grandfather used to call them savages and I cringe every time I remember it", ("savages",), "reported_slur"),
    ("fr", "Un client m'a traitée de « grosse vache » au comptoir ce matin", ("grosse vache",), "reported_slur"),
    ("fr", "Je me suis fait traiter de tapette en sortant du bar", ("tapette",), "reported_slur"),
    # ... but not when the writer agrees, laughs or answers with an insult of their own
    ("en", "My uncle calls them parasites and honestly he's not wrong", ("parasites",), None),
    ("en", 'Some guy called me a "loser" so I called him a fat pig right back', ("loser", "fat pig"), None),
    ("en", "They called him a r*tard lol", ("r*tard",), None),
    ("fr", "Mon oncle les traitait de parasites pis il avait raison", ("parasites",), None),
    ("fr", "Il m'a traité de cave, je l'ai traité de gros porc", ("cave", "gros porc"), None),
    # ... nor the writer's own insult outside the report (after "I", or in another sentence)
    ("en", "Someone called her a bitch and I agree, she's a bitch", ("bitch and I", "she's a bitch"), None),
    ("fr", "Un gars a crié des bêtises. Les immigrés sont des parasites", ("parasites",), None),
    # ... nor an insult with no reporting verb
    ("en", "Those people are vermin", ("vermin",), None),
    ("fr", "Ces gens-là sont des parasites", ("parasites",), None),
])
def test_harassment_shipped_signs(lang, text, evidence, sign):
    assert clear_sign("harassment", text, (lang,), _ev(text, *evidence)) == sign


@pytest.mark.parametrize("lang, text, sign", [
    # official capacity's shipped sign for a body's post shared as it is (official capacity 1.8.0)
    ("en", "RT @HealthCanada: Recall of two brands of infant formula, check your lot numbers", "shared_post"),
    ("en", "Sharing from Parks Canada: the Rideau Canal skateway opens Saturday", "shared_post"),
    ("fr", "Repartage @RevenuQuebec : la date limite de production est le 30 avril", "shared_post"),
    ("fr", "Je relaie : les passeports se renouvellent maintenant en ligne", "shared_post"),
    # ... but not when the post has the writer's own voice or the office's
    ("en", "RT @IRCC: processing times are up. We are working through these as fast as we can", None),
    ("en", "RT @CRA: the deadline is April 30. DM your file number and I'll check", None),
    ("en", "Sharing from the CRA: the deadline is April 30 — Jen, senior agent", None),
    ("fr", "Repartage @ARC : la date limite approche. Nous traitons votre dossier", None),
    ("fr", "Je relaie : les demandes sont ouvertes. Notre équipe répond à vos questions", None),
    # ... nor a share frame that is not one
    ("en", "Policy analyst at ESDC, sharing thoughts on EI modernization", None),
])
def test_official_capacity_shared_post_sign(lang, text, sign):
    words = text.split()
    assert clear_sign("official_capacity", text, (lang,), _ev(text, words[-1])) == sign
