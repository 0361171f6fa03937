"""The evaluation's restatement and comparison scores: the F1 of the non-empty class, a link
right only when it names the row matched to the gold row's first statement."""
from pipeline.evaluate import Report, score_document, shortfalls


def row(value: float, text: str, **attributes) -> dict:
    return {"value": value, "value_max": None, "currency": "SEK", "text": text, "qualifier": None,
            "per": None, "year_start": None, "year_end": None, "is_total": False, "area": "vården",
            **attributes}


def gold(value: float, text: str, restates=None, is_previous=False) -> dict:
    return {**row(value, text), "area": ["vården"], "restates": restates, "is_previous": is_previous}


GOLD = [gold(5e6, "5 Mkr"), gold(4e6, "4 Mkr"), gold(5e6, "5 miljoner kronor", restates=1),
        gold(3e6, "3 Mkr", is_previous=True)]


def test_right_links_and_flags_score_one():
    pred = [row(5e6, "5 Mkr", amount_no=1), row(4e6, "4 Mkr", amount_no=2),
            row(5e6, "5 miljoner kronor", amount_no=3, restates=1),
            row(3e6, "3 Mkr", amount_no=4, is_previous=True)]
    report = Report()
    score_document(report, "d", pred, GOLD)
    assert report.scores()["restates_f1"] == report.scores()["previous_f1"] == 1.0


def test_a_link_to_the_wrong_row_is_a_false_and_a_missed_link():
    pred = [row(5e6, "5 Mkr", amount_no=1), row(4e6, "4 Mkr", amount_no=2),
            row(5e6, "5 miljoner kronor", amount_no=3, restates=2), row(3e6, "3 Mkr", amount_no=4)]
    report = Report()
    score_document(report, "d", pred, GOLD)
    assert report.links == {"restates": [0, 1, 1], "previous": [0, 0, 1]}
    assert report.scores()["restates_f1"] == 0.0


def test_a_set_without_any_case_has_no_score_and_no_shortfall():
    report = Report()
    score_document(report, "d", [row(5e6, "5 Mkr", amount_no=1)], [gold(5e6, "5 Mkr")])
    assert report.scores()["previous_f1"] is None
    assert shortfalls(report, {"previous_f1": 0.9, "f1": 0.9}) == []
