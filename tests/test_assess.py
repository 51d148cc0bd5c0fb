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


# --- priority moved by context, with its reasons; context orders, never hides -------------------

TODAY = date(2025, 11, 1)
OLD_SATURDAY = datetime(2016, 6, 4, 15, 0, tzinfo=timezone.utc)  # outside any campaign, a weekend


def reviews_of(cases, ctx):
    return [assess(p, [f], ctx, TODAY) for p, f in cases]


def mixed_history():
    """A partisan post, a phone number, a criticism of the employer and a partisan like, none in a campaign."""
    cases = []
    for i, (category, kind, text, label, score) in enumerate([
        ("personal_info", Kind.POST, "Call me at 613-555-0199", "phone", 0.95),
        ("partisanship", Kind.POST, "Vote NDP, they get it", None, 0.8),
        ("employer_criticism", Kind.COMMENT, "Management at ESDC is clueless", None, 0.8),
        ("partisanship", Kind.LIKE, "Vote NDP", None, 0.9),
        ("conflict_of_interest", Kind.POST, "Buy my product, promo code", None, 0.85),
    ]):
        p = Post("x", str(i), OLD_SATURDAY, text, kind, kind is not Kind.LIKE)
        cases.append((p, Finding("t", category, p.key, score, (Evidence(0, 4, "t"),), label)))
    return cases


def test_new_hire_and_executive_same_findings_different_order():
    cases = mixed_history()
    hire = reviews_of(cases, Context(role="new-hire"))
    boss = reviews_of(cases, Context(role="executive"))
    same = lambda rs: sorted((r.post.key, r.risk, r.categories, r.clauses) for r in rs)
    assert same(hire) == same(boss) and len(hire) == len(cases)
    order = lambda rs: [r.post.key for r in sorted(rs, key=lambda r: -r.priority)]
    assert order(hire) != order(boss)
    first = lambda rs: sorted(rs, key=lambda r: -r.priority)[0].categories
    assert first(hire) == ("personal_info",)  # a new hire's phone number comes first
    assert first(boss) == ("partisanship",)  # an executive's partisan post comes first (policy 001, role)
    assert all(r.priority > 0 for r in hire + boss)
    assert all("role:executive" in r.priority_reasons for r in boss)


def test_role_weights_rise_new_hire_to_promotion_to_executive():
    p, f = mixed_history()[1]
    priorities = [assess(p, [f], Context(role=role), TODAY).priority for role in ("new-hire", "promotion", "executive")]
    assert priorities == sorted(priorities) and len(set(priorities)) == 3


def test_kind_own_post_over_comment_over_share_over_like():
    priorities = []
    for kind in (Kind.POST, Kind.COMMENT, Kind.REPOST, Kind.LIKE):
        p = Post("x", str(kind), OLD_SATURDAY, "Vote NDP", kind, kind in (Kind.POST, Kind.COMMENT))
        priorities.append(assess(p, [finding(p)], Context(), TODAY).priority)
    assert priorities == sorted(priorities, reverse=True) and len(set(priorities)) == 4


def test_written_while_a_public_servant_weighs_more_than_before():
    p = post(OLD_SATURDAY)
    before = assess(p, [finding(p)], Context(since=date(2018, 1, 1)), TODAY)
    during = assess(p, [finding(p)], Context(since=date(2015, 1, 1)), TODAY)
    assert during.priority > before.priority
    assert "while_public_servant" in during.priority_reasons
    assert "before_public_service:2018-01-01" in before.priority_reasons


def test_reach_raises_priority_and_says_by_how_much():
    quiet = post(OLD_SATURDAY)
    loud = Post("x", "9", OLD_SATURDAY, quiet.text, Kind.POST, True, metrics={"likes": 500, "reposts": 120})
    followed = Post("x", "10", OLD_SATURDAY, quiet.text, Kind.POST, True, metrics={"followers": 25000})
    base = assess(quiet, [finding(quiet)], Context(), TODAY)
    wide = assess(loud, [finding(loud)], Context(), TODAY)
    known = assess(followed, [finding(followed)], Context(), TODAY)
    assert wide.priority > base.priority and known.priority > base.priority
    assert "reach:likes=500;reposts=120" in wide.priority_reasons
    assert "reach:followers=25000" in known.priority_reasons
    assert not any(r.startswith("reach") for r in base.priority_reasons)


def test_older_posts_weigh_a_little_less_never_nothing():
    recent, old, ancient = (post(datetime(y, 6, 4, 15, tzinfo=timezone.utc)) for y in (2024, 2014, 1990))
    r, o, a = (assess(p, [finding(p)], Context(), TODAY) for p in (recent, old, ancient))
    assert r.priority > o.priority > a.priority > 0
    assert "age:11" in o.priority_reasons and not any(x.startswith("age") for x in r.priority_reasons)
    assert a.priority >= 0.6 * r.priority - 1e-6  # the floor holds


def test_election_period_raises_priority_and_names_the_campaign():
    during = post(datetime(2019, 10, 12, 23, 0, tzinfo=timezone.utc))  # Saturday evening, 43rd campaign
    outside = post(datetime(2019, 11, 16, 23, 0, tzinfo=timezone.utc))
    a, b = (assess(p, [finding(p)], Context(), TODAY) for p in (during, outside))
    assert "election_period:federal|2019-09-11|2019-10-21" in a.priority_reasons
    assert a.priority > b.priority and a.risk is b.risk is Risk.RISKY


def test_context_never_hides_or_changes_the_tier_except_work_hours():
    for p, f in mixed_history():
        tiers = {assess(p, [f], Context(role=role, since=since, jurisdiction=j), TODAY).risk
                 for role in ("new-hire", "promotion", "executive") for since in (None, date(2010, 1, 1), date(2020, 1, 1))
                 for j in ("federal", "manitoba", "quebec")}
        assert len(tiers) == 1


def test_actions_for_deleted_posts_professional_profiles_and_old_posts():
    gone = Post("x", "20", OLD_SATURDAY, "Vote NDP", Kind.POST, True, deleted=True)
    review = assess(gone, [finding(gone)], Context(), TODAY)
    assert review.actions[0].code == "keep" and review.actions[0].detail == "already_deleted"
    assert "already_deleted" in review.priority_reasons
    profile = Post("linkedin", "21", None, "Analyste, EDSC | Gouvernement du Canada", Kind.PROFILE, True)
    actions = assess(profile, [finding(profile, "official_capacity")], Context(), TODAY).actions
    assert actions[0].code == "fix_profile" and not actions[0].alternative
    assert any(a.code == "keep" and a.detail == "professional_profile" and a.alternative and a.clauses == ("fed-001-cv",) for a in actions)
    old = post(OLD_SATURDAY)
    options = assess(old, [finding(old)], Context(since=date(2019, 9, 3)), TODAY).actions
    assert [(a.code, a.alternative) for a in options] == [("delete", False), ("keep", True)]
    assert options[1].detail == "before_joining"


def test_talk_to_the_advisor_for_confidential_and_the_highest_priorities():
    p = post(OLD_SATURDAY)
    assert "talk_to_advisor" in [a.code for a in assess(p, [finding(p, "confidential_info")], Context(), TODAY).actions]
    assert "talk_to_advisor" not in [a.code for a in assess(p, [finding(p)], Context(role="new-hire"), TODAY).actions]
    high = assess(p, [finding(p)], Context(role="executive"), TODAY)
    assert "talk_to_advisor" in [a.code for a in high.actions]
    advice = next(a for a in high.actions if a.code == "talk_to_advisor")
    assert advice.clauses == ("fed-001-advice",)


def test_personal_details_can_be_restricted_instead():
    p = Post("facebook", "30", OLD_SATURDAY, "Ma fille va à l'école des Trois-Saisons", Kind.POST, True)
    actions = assess(p, [finding(p, "personal_info", "child")], Context(), TODAY).actions
    assert actions[0].code == "edit_out" and actions[0].detail == "Ma fi"
    assert any(a.code == "restrict" and a.alternative for a in actions)


def test_profile_fields_are_edited_and_deleting_covers_editing():
    profile = Post("facebook", "40", None, "+1 819 555 0147 — Mobile", Kind.PROFILE, True)
    actions = assess(profile, [finding(profile, "personal_info", "phone")], Context(), TODAY).actions
    assert actions[0].code == "edit_profile" and actions[0].detail == "+1 81"
    both = Post("x", "41", OLD_SATURDAY, "Call or text 613-555-0199 for my products", Kind.POST, True)
    codes = [(a.code, a.alternative) for a in assess(both, [finding(both, "conflict_of_interest"), finding(both, "personal_info", "phone")], Context(), TODAY).actions]
    assert codes[0] == ("delete", False) and ("edit_out", True) in codes


def test_a_personal_views_note_is_said_not_to_protect_and_its_absence_asks_for_one():
    from reports.view import action_text, catalogue

    bio = Post("x", "50", None, "Policy analyst, ESDC. Views my own.", Kind.PROFILE, True)
    noted = assess(bio, [finding(bio, "official_capacity", "with_disclaimer")], Context(), TODAY).actions[0]
    bare = assess(bio, [finding(bio, "official_capacity", "no_disclaimer")], Context(), TODAY).actions[0]
    assert (noted.code, bare.code) == ("fix_profile_noted", "fix_profile")
    assert "does not protect" in action_text(noted, catalogue("en")) and "add a personal-views note" in action_text(bare, catalogue("en"))
    assert "ne protège pas" in action_text(noted, catalogue("fr"))


def test_a_post_the_model_only_just_flagged_for_every_category_comes_later_and_says_why():
    p = post(OLD_SATURDAY)
    sure = Finding("test", "partisanship", p.key, 0.9, (Evidence(0, 5, "test"),), None, 2.4)
    just = Finding("test", "partisanship", p.key, 0.9, (Evidence(0, 5, "test"),), None, 0.3)
    other = Finding("test", "harassment", p.key, 0.9, (Evidence(6, 9, "test"),), None, 0.2)
    rule = Finding("test", "personal_info", p.key, 0.9, (Evidence(6, 9, "test"),), "phone")
    clear, borderline = assess(p, [sure], Context(), TODAY), assess(p, [just], Context(), TODAY)
    assert just.borderline and not sure.borderline and not rule.borderline
    assert "borderline" in borderline.priority_reasons and "borderline" not in clear.priority_reasons
    assert abs(borderline.priority - 0.8 * clear.priority) < 1e-3 and borderline.risk is clear.risk  # orders, never hides
    assert "borderline" in assess(p, [just, other], Context(), TODAY).priority_reasons
    for mixed in ([just, sure], [just, rule]):  # one sure finding is enough
        assert "borderline" not in assess(p, mixed, Context(), TODAY).priority_reasons
