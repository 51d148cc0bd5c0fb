"""The intake check for delivered rows: repeats of earlier texts or case lines, and invented contact details."""

from pathlib import Path

from classifiers.training import check_new_rows as C

HEADER = "id\tlang\tlabel\thard_negative\tkind\ttext\tnote\n"


def _tsv(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + "".join(f"{i}\ten\t0\t1\tpost\t{t}\tnote\n" for i, t in rows), encoding="utf-8")
    return path


def test_repeats_and_contact_details_are_named_by_id_and_never_quoted(tmp_path, capsys):
    training, cases = tmp_path / "training", tmp_path / "cases"
    _tsv(training / "corpus" / "harassment.tsv", [("har-en-0001", "Nobody asked, Kevin.")])
    _tsv(training / "held_back" / "harassment.wave9.tsv", [("w9-0001", "Quiet morning at the cottage")])
    cases.mkdir()
    (cases / "harassment.en.txt").write_text("# a comment\n[[You're an idiot|harassment]], Kevin\n", encoding="utf-8")
    new = C.load_file(_tsv(tmp_path / "new" / "harassment.tsv", [
        ("n-001", "nobody asked kevin"),                      # a corpus row, case and punctuation aside
        ("n-002", "You're an idiot, Kevin"),                  # a case line, its marks aside
        ("n-003", "Write me at jo.tremblay@gmail.com"),       # a real-looking mailbox
        ("n-004", "Call 613-722-1234 after six"),             # a real-looking number
        ("n-005", "Call 613-555-0142 or jo@mail.example.com"),  # invented, as asked
        ("n-006", "Fresh snow on the canal"),
        ("n-007", "fresh snow on the canal!!"),               # the same delivery twice
    ]))
    found = C.problems(new, C.earlier_texts(set(), training, cases))
    text = "\n".join(found)
    assert [line.split(":")[0] for line in found] == ["n-001", "n-002", "n-003", "n-004", "n-007"]
    assert "har-en-0001" in found[0] and "harassment.en.txt:2" in found[1] and "n-006" in found[4]
    assert "gmail.com" in found[2] and "exchange 722" in found[3]
    for quoted in ("Nobody asked", "idiot", "snow", "after six"):
        assert quoted not in text


def test_the_delivered_files_are_not_compared_with_themselves(tmp_path):
    training = tmp_path / "training"
    delivered = _tsv(training / "blind-next" / "partisanship.tsv", [("b-001", "Vote on Monday, whoever you choose")])
    (tmp_path / "cases").mkdir()
    assert C.earlier_texts({delivered.resolve()}, training, tmp_path / "cases") == {}
    assert len(C.earlier_texts(set(), training, tmp_path / "cases")) == 1


def test_the_command_exits_0_1_or_2_and_says_what_to_do(tmp_path, capsys):
    assert C.main([str(tmp_path / "nothing-here")]) == 2
    assert "no rows there" in capsys.readouterr().err
    clean = _tsv(tmp_path / "clean" / "misinformation.tsv", [("c-001", "A sentence no writer of this project wrote: zygote quokka 41")])
    assert C.main([str(clean.parent)]) == 0
    assert "1 new rows and 0 notes file(s) checked: 0 problem(s)" in capsys.readouterr().out
    bad = _tsv(tmp_path / "bad" / "misinformation.tsv", [("d-001", "Reach me at someone@hotmail.com")])
    assert C.main([str(bad)]) == 1
    assert "d-001: an e-mail at hotmail.com" in capsys.readouterr().out


def test_a_notes_line_quoting_a_row_is_named_by_its_line_and_the_ids_never_by_its_words(tmp_path, capsys):
    delivery = tmp_path / "b99"
    _tsv(delivery / "harassment.tsv", [("b99-har-en-001", "Get lost you absolute clown, nobody wants you here"),
                                       ("b99-har-en-002", "Snow day! Hot chocolate and a movie marathon")])
    (delivery / "NOTES-writer-a.md").write_text(
        "# Notes\n"
        "Hard negatives: profanity with no target, banter between friends.\n"         # general: no row's words
        "A borderline one: 'absolute clown, nobody wants you' was kept positive.\n"  # five words of a row
        "Four words only: absolute clown nobody wants.\n", encoding="utf-8")        # under the run length
    assert C.main([str(delivery)]) == 1
    out = capsys.readouterr().out
    assert "NOTES-writer-a.md line 3: shares 5 words in a row with b99-har-en-001" in out
    assert "line 2" not in out and "line 4" not in out and "clown" not in out
    assert "2 new rows and 1 notes file(s) checked: 1 problem(s)" in out
