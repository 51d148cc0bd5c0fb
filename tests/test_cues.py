"""Cue matching: phrase lookup, finite regexes as phrases, and gates that never drop a regex match."""

from __future__ import annotations

import random
import re
import re._parser as sre_parse

import pytest

from classifiers import cue_index, cues, lexicon
from classifiers.cues import find_cues
from classifiers.gates import ANYWHERE, PREFIX, WORD, Frequencies, Trigger, gate
from classifiers.patterns import as_phrases, starts


def spans(text: str, langs: tuple[str, ...], name: str | None = None) -> list[tuple[str, str]]:
    """(cue, matched text) pairs, optionally of one cue only."""
    return [(c.name, c.entry) for c in find_cues(text, langs) if name is None or c.name == name]


def gate_opens(pattern: str, text: str) -> bool:
    """Whether a row with this pattern would run on this text (a stand-alone index of one row)."""
    index = cue_index._Index()
    index.add_regex("test", pattern, 1, gate(pattern), starts(pattern))
    index.finish()
    return 0 in cues._open_rows(text, cues._fold(text), index, 1)


# ---- phrases ---------------------------------------------------------------------------------------


EN = "OK so YOU DIDN’T HEAR IT FROM ME"  # an English-only phrase row, curly apostrophe, capitals
FR = "bon, tu l’as pas entendu de moi"  # a French-only phrase row


def test_phrase_rows_are_found_by_words_case_and_apostrophes_folded():
    assert spans(EN, ("en",), "secrecy") == [("secrecy", "YOU DIDN’T HEAR IT FROM ME")]
    assert spans(FR, ("fr",), "secrecy") == [("secrecy", "tu l’as pas entendu de moi")]


def test_a_hashtag_counts_as_its_bare_word():
    assert spans("Go #OntarioPC", ("en",), "party") == [("party", "#OntarioPC")]


def test_each_language_uses_its_rows_and_both_use_both():
    text = f"{EN}. {FR}"
    assert spans(text, ("en",), "secrecy") == [("secrecy", "YOU DIDN’T HEAR IT FROM ME")]
    assert spans(text, ("fr",), "secrecy") == [("secrecy", "tu l’as pas entendu de moi")]
    assert spans(text, ("fr", "en"), "secrecy") == spans(text, ("en",), "secrecy") + spans(text, ("fr",), "secrecy")


def test_another_language_sees_only_the_rows_for_every_language():
    text = f"{EN}. #OntarioPC"
    assert spans(text, ("es",)) == [("party", "#OntarioPC")]


# ---- rows with `unless`: a word anywhere in the post stops the row -------------------------------


def test_an_unless_word_anywhere_in_the_post_stops_the_row_and_only_that_row():
    political = "Orange wave 2011, let's do it again, vote NDP"
    assert ("vote_call", "Orange wave") in spans(political, ("en",))
    for text in ("Orange wave of fall colours on the hills this morning", "Sunrise on the lake: an orange wave"):
        assert not [c for c in spans(text, ("en",)) if c[1].lower() == "orange wave"]
    # the words before the row's match count as much as those after it; other rows of the post are untouched
    assert spans("Bouldering at Le Bloc tonight, who's coming?", ("en",), "party") == []
    assert spans("Le Bloc a gagné, le NPD aussi", ("fr",), "party") == [("party", "Bloc"), ("party", "NPD")]
    assert spans("Le Bloc a gagné. Salle d'escalade fermée, le NPD aussi", ("fr",), "party") == [("party", "NPD")]


@pytest.mark.parametrize("text,lang", [
    ("It's false that climate change is a hoax, the data is clear", "en"),
    ("C'est faux de dire que l'ivermectine guérit la covid.", "fr"),
    ("Conspiracy theorists keep saying chemtrails are poisoning us, it's just condensation.", "en"),
    ("Anti-vaxxers claim the shots change your DNA. They do not.", "en"),
    ("Personne de sérieux ne croit que le réchauffement climatique est une arnaque.", "fr"),
])
def test_a_false_claim_named_in_a_debunk_gives_no_false_claim_cue(text, lang):
    assert spans(text, (lang,), "false_claim") == []


@pytest.mark.parametrize("text,lang", [
    # the falsity frame holds for its own clause only: here it denies a true claim, then the false one is asserted
    ("It's not true that the vaccines are safe, they cause autism.", "en"),
    ("C'est pas vrai que le vaccin est sécuritaire, il modifie ton ADN.", "fr"),
    # a label of people is a debunk only with a reporting verb: this writer labels themself, then asserts
    ("Je sais que je vais me faire traiter de complotiste mais le vaccin modifie ton ADN.", "fr"),
    ("Call me a conspiracy theorist but the election was stolen.", "en"),
    ("Climate change is a hoax, wake up.", "en"),
])
def test_a_false_claim_asserted_keeps_its_cue_next_to_words_of_a_debunk(text, lang):
    assert spans(text, (lang,), "false_claim")


@pytest.mark.parametrize("text,lang,cue,everyday,kept", [
    # a study program is not the employer's program
    ("Interesting seminar in my MPA program on why reorganizations fail", "en", "employer_ref", "my MPA program", "Our program is a mess"),
    ("Séminaire dans mon programme de maîtrise, passionnant", "fr", "employer_ref", "mon programme", "notre programme est un fiasco"),
    # recipes and photos sent between people are not a sponsor's parcel
    ("Thanks to everyone who sent me their recipes!", "en", "sponsored", "sent me", "Glow Skincare sent me their new serum to try"),
    ("Merci à ceux qui m'ont envoyé leurs recettes", "fr", "sponsored", "m'ont envoyé", "Les gens de Nike m'ont envoyé ces souliers"),
    # speaking for no one, or for oneself, is no official voice
    ("Speaking for nobody but myself: this winter is too long", "en", "on_behalf", "Speaking for", "Speaking for the team, we are proud"),
    ("Je parle au nom de personne sauf de ma chatte", "fr", "on_behalf", "Je parle au nom", "Je parle au nom du ministère"),
    # a parents' committee or a team is not a public body, and speaking for one's department denied is no official voice
    ("Speaking on behalf of all the parents at the rink: please fix the heating", "en", "on_behalf", "Speaking on behalf of", "Speaking on behalf of my team at Service Canada, thanks"),
    ("Je parle au nom de tous les parents de l'aréna : réparez le chauffage", "fr", "on_behalf", "Je parle au nom", "Aujourd'hui je parle au nom de mon équipe à Service Canada"),
    ("I can't be speaking on behalf of the department here, just my experience", "en", "on_behalf", "on behalf of the department", "Posting on behalf of the department: we close at noon"),
    ("Je peux pas parler au nom du ministère, appelez Services Québec", "fr", "on_behalf", "au nom du ministère", "Je publie au nom du ministère : on ferme à midi"),
    ("J'ai pas le droit de parler au nom de mon ministère", "fr", "on_behalf", "parler au nom", "Je peux parler au nom de l'ARC : ça part cette semaine"),
    # a body's official account or information pointed to is not the writer's own (official capacity 1.7.1)
    ("Follow the official account of the city for snow clearing updates", "en", "official_handle", "official account of", "This is the official account of the Service Canada Centre in Rimouski"),
    ("Check the library's official account for hours", "en", "official_handle", "official account", "Our official account will post the closures"),
    ("Suivez le compte officiel de la Ville pour le déneigement", "fr", "official_handle", "compte officiel", "Compte officiel du bureau de Service Canada à Bathurst"),
    ("Les infos officielles sont sur canada.ca, pas dans le groupe", "fr", "on_behalf", "infos officielles", "Voici les infos officielles sur la fermeture du bureau"),
    # ... nor one that opens a sentence and is reported on (official capacity 1.7.2): a bio or a pinned post in the
    # body's own voice says the same words with no reporting verb, or with we / our / nous
    ("The official account of the STM just posted that the orange line is down", "en", "official_handle", "official account of", "The official account of the STM. Service updates, 6 am to midnight"),
    ("Wow. The official page of the city hasn't said a word about the storm", "en", "official_handle", "official page of", "The official account of our office just posted the new hours"),
    ("Le compte officiel de la Ville dit que les collectes sont reportées", "fr", "official_handle", "compte officiel", "Le compte officiel du bureau de Service Canada à Bathurst. Suivez-nous"),
    ("Le compte officiel de la STM vient d'annoncer une panne", "fr", "official_handle", "compte officiel", "Le compte officiel du CISSS vous informe que la clinique est fermée"),
    # asking whether a side business is allowed is not running one
    ("Are we allowed to run a side business as public servants?", "en", "sales_pitch", "side business", "My side business is booming, DM me"),
])
def test_an_everyday_sense_next_to_a_cue_takes_only_that_cue_away(text, lang, cue, everyday, kept):
    assert (cue, everyday) not in spans(text, (lang,), cue)
    assert [entry for _, entry in spans(kept, (lang,), cue)], kept


def test_a_lexicon_row_with_more_columns_than_its_header_is_an_error():
    header = "# source\nlang\tkind\tpattern\tcue\tnote\n"
    assert lexicon.parse_rows("x", header + "en\tphrase\tbig news\tnot_yet_public\tn\n")[0]["pattern"] == "big news"
    with pytest.raises(ValueError, match=r"x\.tsv: the row 'big news' has more columns than the header"):
        lexicon.parse_rows("x", header + "en\tphrase\tbig news\tnot_yet_public\tn\t\\bpuppy\\b\n")


def test_a_phrase_with_unless_is_matched_as_a_regex_row():
    index = cue_index._index()
    rows = [row for row, (cue, pattern) in enumerate(index.rows) if pattern.pattern == re.escape("orange wave")]
    assert len(rows) == 1 and rows[0] in index.unless
    assert ("orange", "wave") not in index.phrases


def test_a_finite_pattern_with_unless_is_not_turned_into_phrases(monkeypatch):
    """A regex that would become phrases (looked up by words, blind to the rest of the post) stays a regex row when
    it has an unless."""
    pattern = r"\bpurple\s+(?:wave|tide)\b"
    assert as_phrases(pattern)
    monkeypatch.setattr(cue_index, "_entries", lambda: [("vote_call", pattern, 1, None, r"\bsunset\b")])
    index = cue_index._index.__wrapped__()
    rows = [row for row, (_, p) in enumerate(index.rows) if p.pattern == pattern]  # the sure signs are rows too
    assert ("purple", "wave") not in index.phrases and len(rows) == 1 and rows[0] in index.unless
    found = lambda text: [(c.name, c.entry) for c in cues._regex_cues(text, cues._fold(text), index, 1)]
    assert found("Purple tide is coming, vote!") == [("vote_call", "Purple tide")]
    assert found("purple wave at sunset") == []


def test_the_same_row_twice_with_different_unless_is_an_error():
    index = cue_index._Index()
    index.add_regex("party", r"\bfoo\b", 1, gate(r"\bfoo\b"), None, unless=r"\bbar\b")
    index.add_regex("party", r"\bfoo\b", 2, gate(r"\bfoo\b"), None, unless=r"\bbar\b")  # same row, more languages
    with pytest.raises(ValueError, match="twice with different `unless`"):
        index.add_regex("party", r"\bfoo\b", 1, gate(r"\bfoo\b"), None)


# ---- finite regexes become phrases -----------------------------------------------------------------


def test_finite_regex_between_word_boundaries_expands_to_phrases():
    assert as_phrases(r"\b(?:vote|votez)\s+pour\s+(?:le|la)\b") == [
        ("vote", "pour", "la"), ("vote", "pour", "le"), ("votez", "pour", "la"), ("votez", "pour", "le")]


def test_open_ended_regexes_stay_regexes():
    assert as_phrases(r"\bmusulman\w*\b") is None  # \w* is not finite
    assert as_phrases(r"\bfoo[^.]{0,20}bar\b") is None
    # (?<!\w)…(?!\w) rows also match inside "del'Ontario" or before "'s", unlike token lookup
    assert as_phrases(r"(?<!\w)(?:[ldjnsmtc]['’]|qu['’])?Ontario\s+NDP(?!\w)") is None


# ---- gates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern, need", [
    (r"\bPLC\b", {Trigger(WORD, "plc")}),
    (r"\bimmigr\w*", {Trigger(PREFIX, "immigr")}),
    (r"\w+partners\b", {Trigger(ANYWHERE, "partners")}),
    (r"(?<!\w)(?:[ldjnsmtc]['’]|qu['’])?Ignatieff(?!\w)", {Trigger(WORD, "ignatieff")}),
])
def test_gate_keeps_the_rarest_literal_and_how_it_must_stand(pattern, need):
    assert set(gate(pattern)[0][0]) == need


def test_a_finite_stretch_needs_each_of_its_words_rarest_first():
    (clause,) = gate(r"\bESDC\s+auditors?\b")
    assert [set(n) for n in clause] == [
        {Trigger(WORD, "auditor"), Trigger(WORD, "auditors")}, {Trigger(WORD, "esdc")}]  # "auditor" is rarer
    (clause,) = gate(r"\bESDC\b[^.]{0,20}\bauditors?\b")
    assert {frozenset(n) for n in clause} == {
        frozenset({Trigger(WORD, "esdc")}), frozenset({Trigger(WORD, "auditor"), Trigger(WORD, "auditors")})}


def test_a_stretch_of_alternatives_needs_one_literal_of_each_at_every_rank():
    pattern = r"\bESDC\s+nouvel(?:le)?\s+[«“]"
    (clause,) = gate(pattern)
    assert [set(n) for n in clause] == [
        {Trigger(WORD, "nouvelle"), Trigger(WORD, "nouvel")},
        {Trigger(WORD, "esdc")},
        {Trigger(ANYWHERE, "«"), Trigger(ANYWHERE, "“")}]
    assert gate_opens(pattern, "Voici ESDC nouvel « plan »")
    assert not gate_opens(pattern, "Voici ESDC nouvel plan")


def test_measured_rarity_puts_the_rarest_literal_first():
    posts = ["Je passe sur le pont", "Un livre sur la table", "Sur place ou à emporter ?", "Rien à signaler"]
    assert gate(r"\bsur\s+le\s+BS\b")[0][0] == {Trigger(WORD, "sur")}  # guessed from length: "bs" is shorter
    assert gate(r"\bsur\s+le\s+BS\b", Frequencies(posts))[0][0] == {Trigger(WORD, "bs")}  # in no post


def test_frequencies_count_posts_words_starting_with_a_prefix_and_literals_inside_words():
    costs = Frequencies(["Immigration et immigrants", "L'immigré", "Le #PLC gagne", "50 % off", "rien"])
    def count(kind: str, text: str) -> int:
        return costs._count(Trigger(kind, text))

    assert count(WORD, "immigration") == 1 and count(WORD, "absent") == 0
    assert count(PREFIX, "immigr") == 3  # immigration, immigrants, immigré: summed over words (2 posts: a bound)
    assert count(ANYWHERE, "migr") == 3 and count(ANYWHERE, "%") == 1
    assert count(ANYWHERE, "#plc") == count(ANYWHERE, "plc") == 1  # with signs: as its rarest run of letters
    assert costs(Trigger(ANYWHERE, "plc")) > costs(Trigger(WORD, "plc"))  # searched for in every post, not looked up


@pytest.mark.parametrize("pattern, text", [
    (r"(?<!\w)(?:[ldjnsmtc]['’]|qu['’])?Ontario\s+PC\s+Party(?!\w)", "del'Ontario PC Party"),
    (r"(?<!\w)(?:[ldjnsmtc]['’]|qu['’])?Ontario\s+PC\s+Party(?!\w)", "L’ONTARIO PC\nParty's"),
    (r"\b(?:ESDC|EDSC)(?:['’]s)?\s*(?:analyst|officer)\b", "ESDCanalyst"),
    (r"\bimmigr\w*\b", "IMMIGRANTS"),
    (r"#\w+partners\b", "#Acmepartners"),
    (r"\b(?-i:ARC)\b", "l'ARC"),
    (r"(?=Liberal)(?:(?<=\bvote\s)|(?<=\bproud\s))Liberal\b", "proud\tLiberal"),
    (r"\bservice\s+canada\b", "ſervice Canada"),  # IGNORECASE matches ſ to s; lower() does not
    (r"\bintimidation\b", "ıntimidation"),
    (r"\U0001F92B|\U0001F910", "chut 🤐"),
])
def test_gate_opens_whenever_the_regex_matches(pattern, text):
    assert re.search(pattern, text, re.IGNORECASE)
    assert gate_opens(pattern, text)


def test_gate_stays_shut_without_its_words():
    assert not gate_opens(r"\b(?:ESDC|CRA)\s+(?:auditor|officer)\b", "The ESDC office is closed")
    assert not gate_opens(r"\b(?:ESDC|CRA)\s+(?:auditor|officer)\b", "The auditor called")  # its rarest word alone


def test_each_top_level_alternative_has_its_own_clause():
    pattern = r"\bre-?elect\b|\br[ée]\w*\s+(?:notre|votre)\s+d[ée]put[ée]\b"
    assert len(gate(pattern)) == 2
    assert not gate_opens(pattern, "rien de neuf, notre comité")  # the second alternative needs its d[ée]put[ée]
    assert gate_opens(pattern, "réélisez notre député")
    assert gate_opens(pattern, "Re-elect Jane")


def test_an_alternation_in_a_group_is_split_too():
    assert [[set(n) for n in c] for c in gate(r"\b(?:ESDC\s+auditor|CRA\s+officer)\b")] == [
        [{Trigger(WORD, "auditor")}, {Trigger(WORD, "esdc")}], [{Trigger(WORD, "officer")}, {Trigger(WORD, "cra")}]]
    assert [[set(n) for n in c] for c in gate(r"\b(?:ESDC|CRA)\s+(?:auditor|officer)\b")] == [
        [{Trigger(WORD, "auditor"), Trigger(WORD, "officer")}, {Trigger(WORD, "esdc")}],
        [{Trigger(WORD, "auditor"), Trigger(WORD, "officer")}, {Trigger(WORD, "cra")}]]


def test_an_alternative_without_needs_makes_the_row_always_run():
    assert gate(r"\bfoo\b|\d+") == ((),)


@pytest.mark.parametrize("pattern, words", [
    (r"\b(?:ESDC|Service\s+Canada)\b[^.]{0,20}\bofficer", {"esdc", "service"}),
    (r"(?<!\w)(?:[ld]['’])?Ontario\s+NDP(?!\w)", {"l", "d", "ontario"}),
    (r"\b(?:(?:senior|junior)\s+)?(?:analyst|officer)s?\b", {"senior", "junior", "analyst", "analysts", "officer", "officers"}),
    (r"(?=Bloc)(?:(?<=\ble\s)|(?<=\bthe\s))Bloc\b", {"bloc"}),
])
def test_starts_are_the_words_every_match_begins_with(pattern, words):
    assert starts(pattern) == frozenset(words)


@pytest.mark.parametrize("pattern", [r"(?:^|\s)-\s*\w+", r"\w+partners\b", r"\bfoo|x?", r"@\w+", r"\b(?:ESDC)?"])
def test_no_starts_when_a_match_can_begin_elsewhere(pattern):
    assert starts(pattern) is None


def test_trying_only_the_starts_finds_what_finditer_finds():
    pattern = re.compile(r"\b(?:ESDC|EDSC)\b[^.]{0,30}?\b(?:officer|agent)\b", re.IGNORECASE)
    text = "esdc officer, EDSC agent. ESDC: no. Edsc, esdc agent esdcagent esdc officer"
    folded = cues._fold(text)
    positions = [m.start() for m in re.finditer(r"\b(?:esdc|edsc)", folded)]
    assert [m.span() for m in cues._candidate_matches(pattern, text, positions)] == [m.span() for m in pattern.finditer(text)]


def _sample(items: list, rng: random.Random) -> str:
    """A random string the parsed pattern might match (look-arounds ignored), letters in random case."""
    out = []
    for op, arg in items:
        if op is sre_parse.LITERAL:
            ch = chr(arg)
            out.append(ch.upper() if rng.random() < 0.3 else ch)
        elif op is sre_parse.IN:
            out.append(_sample_class(arg, rng))
        elif op is sre_parse.ANY or op is sre_parse.NOT_LITERAL:
            out.append(rng.choice("x ,"))
        elif op is sre_parse.BRANCH:
            out.append(_sample(list(rng.choice(arg[1])), rng))
        elif op is sre_parse.SUBPATTERN:
            out.append(_sample(list(arg[3]), rng))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            low, high = arg[0], min(arg[1], arg[0] + 3)
            out.extend(_sample(list(arg[2]), rng) for _ in range(rng.randint(low, high)))
        elif op is sre_parse.ATOMIC_GROUP:
            out.append(_sample(list(arg), rng))
    return "".join(out)


def _sample_class(members: list, rng: random.Random) -> str:
    """One character of a class."""
    if members and members[0][0] is sre_parse.NEGATE:
        return rng.choice("x ")
    op, arg = rng.choice(members)
    if op is sre_parse.LITERAL:
        return chr(arg)
    if op is sre_parse.RANGE:
        return chr(rng.randint(*arg))
    return {sre_parse.CATEGORY_SPACE: " ", sre_parse.CATEGORY_DIGIT: "7", sre_parse.CATEGORY_WORD: "q"}.get(arg, "-")


def test_gates_never_drop_a_match_on_strings_made_from_every_lexicon_row():
    """Property test over the real lexicons: sampled strings in context, the gated result equals the ungated one."""
    index = cue_index._index()
    rng = random.Random(4)
    checked = 0
    for row, (_, pattern) in enumerate(index.rows):
        items = list(sre_parse.parse(pattern.pattern, re.IGNORECASE))
        for _ in range(12):
            sample = _sample(items, rng)
            text = rng.choice(["", "vote ", "the ", "l'", "« ", "x"]) + sample + rng.choice(["", " ok", "'s", ".", "x"])
            if rng.random() < 0.1:
                text = text.replace("s", "ſ").replace("i", "ı")
            if any(m.end() > m.start() for m in pattern.finditer(text)):
                checked += 1
                assert row in cues._open_rows(text, cues._fold(text), index, index.row_langs[row]), (pattern.pattern[:80], text)
    assert checked > len(index.rows)  # most rows were exercised


def test_gated_matching_finds_every_rows_plain_finditer_matches():
    """The same property end to end: spans from find_cues' regex path equal every row's plain finditer (the sure
    signs' rows included: their matches come apart, never as cues)."""
    index = cue_index._index()
    rng = random.Random(5)
    for row, (cue, pattern) in enumerate(index.rows):
        items = list(sre_parse.parse(pattern.pattern, re.IGNORECASE))
        text = " ".join(_sample(items, rng) for _ in range(4)) + " ok"
        bits = index.row_langs[row]
        expected = {(c, m.start(), m.end()) for r, (c, p) in enumerate(index.rows) if index.row_langs[r] & bits
                    and not (r in index.unless and index.unless[r].search(text))
                    for m in p.finditer(text) if m.end() > m.start()}
        sure: list = []
        got = {(c.name, c.start, c.end) for c in cues._regex_cues(text, cues._fold(text), index, bits, sure)}
        assert not any(name.startswith("sure:") for name, _, _ in got)
        got |= {(index.rows[r][0], m.start(), m.end()) for r, m in sure}
        assert got == expected, pattern.pattern[:80]


def test_start_caches_stay_bounded_and_results_do_not_change(monkeypatch):
    index = cue_index._index()
    text = ("Je travaille à Service Canada comme agente de prestations depuis 2015, et notre équipe "
            "au bureau de Gatineau fait de son mieux. ") * 3
    folded = cues._fold(text)
    expected = sorted(cues._regex_cues(text, folded, index, lexicon._query_bits(("fr",))), key=repr)
    monkeypatch.setattr(cues, "_START_ANSWERS_LIMIT", 5)
    for _ in range(3):
        assert sorted(cues._regex_cues(text, folded, index, lexicon._query_bits(("fr",))), key=repr) == expected
    assert index.start_answers <= 5 + len(set(cues._WORD_RUN.findall(folded))) * len(index.starts)


def test_shipped_gates_are_those_of_the_current_lexicons_and_decode_to_them():
    """classifiers/models/cue_gates.json is rewritten by train.py (literals' rarity measured on the corpus); a lexicon
    edited since would be slower, not wrong."""
    from classifiers.lexicon import regex_patterns
    from classifiers.gates import Frequencies, _shipped, analysis
    from classifiers.training.corpus import load

    shipped = _shipped()
    patterns = regex_patterns()
    assert sorted(shipped) == patterns, "the lexicons changed: run `python -m classifiers.training.train`"
    costs = Frequencies(row.text for row in load())
    for pattern in patterns:
        phrases = as_phrases(pattern)
        expected = (phrases, (), None) if phrases else (None, gate(pattern, costs), starts(pattern))
        assert analysis(pattern) == expected, pattern


def test_a_pattern_not_shipped_is_derived_when_the_index_is_built():
    from classifiers.gates import analysis

    pattern = r"\bnot\s+in\s+any\s+lexicon\s+(?:yet|encore)\w*"
    assert analysis(pattern) == (None, gate(pattern), starts(pattern)) and gate(pattern) != ((),)


def test_sets_of_needs_and_rows_are_bits_of_an_int():
    from classifiers.cue_index import bits_of, numbers_of

    assert bits_of([]) == 0 and numbers_of(0) == []
    assert bits_of([3, 0, 3]) == 0b1001
    assert numbers_of(bits_of([4312, 7, 0, 1189])) == [0, 7, 1189, 4312]  # lowest first: rows come out in row order


def test_a_regex_row_is_compiled_the_first_time_it_is_asked_for_and_only_once():
    from classifiers.cue_index import _Rows

    rows = _Rows()
    rows.append("party", r"\bnpd\b")
    rows.append("oops", r"(unclosed")  # a broken row fails when used, not before
    assert len(rows) == 2 and rows._compiled == [None, None]
    cue, pattern = rows[0]
    assert cue == "party" and pattern.search("Vive le NPD") and rows[0][1] is pattern and rows._compiled[1] is None
    with pytest.raises(re.error):
        rows[1]


@pytest.mark.parametrize("lang, named, used", [
    # the wordmark or the signature named is not the symbol used (official capacity 1.7.3): the rows that name it read
    # only in a post that says the writer has or uses it, or laid out as a profile or a signature
    ("en", "Fun fact: the flag in the Canada wordmark sits over the last a. Can't unsee it", "Added the Canada wordmark to my banner 🇨🇦"),
    ("en", "Design class today: the FIP signature pairs the flag with the name in both languages", "Jo Tremblay | Policy analyst | FIP signature"),
    ("fr", "Fait cocasse : dans le mot-symbole « Canada », le drapeau est au-dessus du dernier a", "Ma bannière LinkedIn avec le mot-symbole, ça fait pro"),
    ("fr", "Le cours de design portait sur la signature du gouvernement du Canada, fascinant", "J'ai mis la signature du gouvernement du Canada en bas de mes courriels perso"),
    ("fr", "Le mot-symbole a été adopté en 1965, avant le drapeau actuel?", "[mot-symbole du gouvernement du Canada] Garde de parc, Forillon"),
])
def test_the_symbol_named_gives_no_official_handle_cue_unless_the_writer_shows_it(lang, named, used):
    assert spans(named, (lang,), "official_handle") == []
    assert spans(used, (lang,), "official_handle"), used
