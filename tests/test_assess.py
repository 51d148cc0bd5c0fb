"""Assessment: tiers from the policy pack, political context (work hours, campaigns), priority and actions."""

from __future__ import annotations

from datetime import date, datetime, timezone

from footprint.assess import assess, election_period, work_hours
from footprint.context import Context
from footprint.model import Evidence, Finding, Kind, Post, Risk


def post(when: datetime, kind: Kind = Kind.POST, text: str = "Votez NPD le 21 octobre!", owner: bool = True) -> Post:
    return Post("x", "1", when, text, kind, owner)


def finding(p: Post, category: str = "partisanship", label: str | None = None) -> Finding:
    return Finding("test", category, p.key, 0.9, (Evidence(0, 5, "test"),), label)


TUESDAY_NOON_OTTAWA = datetime(2019, 10, 8, 16, 0, tzinfo=timezone.utc)  # 12:00 EDT, during the 43rd campaign
SUNDAY_NIGHT = datetime(2019, 10, 13, 2, 0, tzinfo=timezone.utc)  # Saturday 22:00 EDT


def test_work_hours_in_the_persons_zone():
    assert work_hours(TUESDAY_NOON_OTTAWA, Context()) == "2019-10-08 12:00 America/Toronto"
    assert work_hours(SUNDAY_NIGHT, Context()) is None
    assert work_hours(TUESDAY_NOON_OTTAWA, Context(tz="Asia/Tokyo")) is None  # 01:00 Wednesday in Tokyo


def test_election_periods_federal_and_own_province():
    assert "43rd" in election_period(TUESDAY_NOON_OTTAWA, Context())
    quebec_2022 = datetime(2022, 9, 15, 15, tzinfo=timezone.utc)
    assert election_period(quebec_2022, Context()) is None
    assert "quebec" in election_period(quebec_2022, Context(jurisdiction="quebec"))


def test_partisan_post_at_work_during_a_campaign_is_inappropriate():
    p = post(TUESDAY_NOON_OTTAWA)
    review = assess(p, [finding(p)], Context(since=date(2019, 9, 3)))
    assert review.risk is Risk.INAPPROPRIATE
    assert any(r.startswith("work_hours:") for r in review.priority_reasons)
    assert any(r.startswith("election_period:") for r in review.priority_reasons)
    assert "fed-001-work-hours" in review.clauses and "fed-001-election" in review.clauses


def test_before_joining_is_not_work_hours_and_likes_have_no_time():
    p = post(TUESDAY_NOON_OTTAWA)
    review = assess(p, [finding(p)], Context(since=date(2020, 1, 1)))
    assert review.risk is Risk.RISKY and not any(r.startswith("work_hours") for r in review.priority_reasons)
    like = Post("x", "2", TUESDAY_NOON_OTTAWA, "Vote NDP", Kind.LIKE, False, time_is_estimate=True)
    assert assess(like, [finding(like)], Context()).priority_reasons == ("tier:risky", "kind:like")


def test_personal_info_label_tier_and_edit_out_action():
    p = Post("x", "3", SUNDAY_NIGHT, "Mon NAS est 046 454 286", Kind.POST, True)
    sin = Finding("personal_info", "personal_info", p.key, 0.95, (Evidence(12, 23, "SIN"),), "sin")
    review = assess(p, [sin], Context())
    assert review.risk is Risk.INAPPROPRIATE
    assert [a.code for a in review.actions] == ["delete", "talk_to_advisor"]
    phone = Finding("personal_info", "personal_info", p.key, 0.9, (Evidence(12, 23, "phone"),), "phone")
    actions = assess(p, [phone], Context()).actions
    assert actions[0].code == "edit_out" and actions[0].detail == "046 454 286"


def test_role_orders_but_never_hides():
    p = post(SUNDAY_NIGHT)
    low = assess(p, [finding(p)], Context(role="new-hire"))
    high = assess(p, [finding(p)], Context(role="executive"))
    assert high.priority > low.priority and high.risk is low.risk


def test_endorsements_get_endorsement_actions():
    like = Post("x", "4", SUNDAY_NIGHT, "Vote NDP", Kind.LIKE, False, time_is_estimate=True)
    assert assess(like, [finding(like)], Context()).actions[0].code == "remove_like"
    repost = Post("x", "5", SUNDAY_NIGHT, "RT @npd: Votez", Kind.REPOST, False)
    assert assess(repost, [finding(repost)], Context()).actions[0].code == "remove_repost"
