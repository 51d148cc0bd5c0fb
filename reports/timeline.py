"""The overview's timeline as plain geometry: stacked bars per year and category, the public-service
start and the election campaigns. The template only prints these numbers into inline SVG."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Any

from footprint.assess import election_names
from footprint.model import CATEGORIES, Review

LEFT, RIGHT, TOP, PLOT, BOTTOM = 44, 16, 30, 180, 44
WIDTH = 920  # target drawing width; a year column is between MIN_COL and MAX_COL wide
MIN_COL, MAX_COL = 18, 64


def _nice(n: int) -> int:
    """The smallest 1, 2 or 5 × 10^k at or above n (the scale's top)."""
    if n <= 1:
        return 1
    power = 10 ** int(math.floor(math.log10(n)))
    return next(int(step * power) for step in (1, 2, 2.5, 5, 10) if step * power >= n and float(step * power).is_integer())


def _flagged(reviews: tuple[Review, ...]) -> dict[int, Counter]:
    """Flagged posts per year and category (a post in two categories counts in both)."""
    per: dict[int, Counter] = {}
    for review in reviews:
        created = review.post.created_at
        if created is not None:
            per.setdefault(created.year, Counter()).update(review.categories)
    return per


def timeline(reviews: tuple[Review, ...], read_by_year: dict[str, int], since: date | None,
             campaigns: tuple[tuple[str, str, date, date], ...], t: dict[str, Any]) -> dict[str, Any]:
    """Everything the SVG and its table need, in pixels and words."""
    flagged = _flagged(reviews)
    read = {int(y): n for y, n in read_by_year.items() if y.isdigit()}
    years_seen = set(flagged) | set(read) | ({since.year} if since else set())
    undated = read_by_year.get("undated", 0)
    undated_note = t["timeline_undated"].format(n=undated) if undated else ""
    if not (set(flagged) | set(read)):
        return {"empty": True, "undated_note": undated_note}
    first, last = min(years_seen), max(years_seen)
    years = list(range(first, last + 1))
    col = max(MIN_COL, min(MAX_COL, (WIDTH - LEFT - RIGHT) / len(years)))
    width = round(LEFT + col * len(years) + RIGHT)
    top = _nice(max((sum(c.values()) for c in flagged.values()), default=1))

    def x_of(day: date) -> float:
        return round(LEFT + (day.year - first + (day.timetuple().tm_yday - 1) / 366) * col, 1)

    def y_of(value: float) -> float:
        return round(TOP + PLOT - value / top * PLOT, 1)

    bars, label_every = [], max(1, math.ceil(32 / col))
    for i, year in enumerate(years):
        base = 0
        for category in CATEGORIES:
            n = flagged.get(year, Counter()).get(category, 0)
            if n:
                bars.append({"x": round(LEFT + (i + 0.2) * col, 1), "w": round(col * 0.6, 1), "y": y_of(base + n),
                             "h": round(n / top * PLOT, 1), "cls": f"c-{category}", "title": f"{year} — " + t["label_value"].format(label=t["category"][category], value=n)})
                base += n
    year_labels = [{"x": round(LEFT + (i + 0.5) * col, 1), "label": str(y), "read": read.get(y, 0)}
                   for i, y in enumerate(years) if i % label_every == 0]
    grid = [{"y": y_of(v), "label": v} for v in sorted({0, top // 2, top}) if v == 0 or v == top or top % 2 == 0]
    start, end = date(first, 1, 1), date(last, 12, 31)
    bands = [{"x": x_of(max(a, start)), "w": max(3.0, round(x_of(min(b, end)) - x_of(max(a, start)), 1)),
              "title": f"{t['jurisdiction_name'].get(where, where)}, {election_names().get((where, a), {}).get(t['lang'], name)}, {a.isoformat()} – {b.isoformat()}"}
             for where, name, a, b in campaigns if b >= start and a <= end]
    marker = None
    if since is not None:
        sx = x_of(since)
        marker = {"x": sx, "label": t["timeline_since"].format(date=since.isoformat()), "anchor": "end" if sx > width * 0.6 else "start",
                  "tx": round(sx - 4, 1) if sx > width * 0.6 else round(sx + 4, 1)}
    totals = Counter()
    for c in flagged.values():
        totals.update(c)
    present = [c for c in CATEGORIES if totals[c]]
    rows = [[str(y), *[flagged.get(y, Counter()).get(c, 0) for c in present], sum(flagged.get(y, Counter()).values()), read.get(y, 0)] for y in years]
    return {
        "empty": False, "width": width, "height": TOP + PLOT + BOTTOM, "plot_top": TOP, "plot_bottom": TOP + PLOT,
        "left": LEFT, "right": width - RIGHT, "year_y": TOP + PLOT + 16, "read_y": TOP + PLOT + 32,
        "bars": bars, "years": year_labels, "grid": grid, "elections": bands, "since": marker, "undated_note": undated_note,
        "legend": [{"cls": f"c-{c}", "label": t["category"][c], "n": totals[c]} for c in present],
        "table_header": [t["year"], *[t["category"][c] for c in present], t["total"], t["posts_read"]],
        "table_rows": rows,
    }
