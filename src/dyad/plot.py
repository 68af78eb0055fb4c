"""Charts of query results, drawn with matplotlib (Agg, no display needed).

    plot_dyad(dyad_series(store, "IRN", "RUS"), "iran_russia.png")
    plot_network(network(store), "network.svg")

The file type follows the suffix: .png or .svg.
"""

from __future__ import annotations

import math
from datetime import date as Date
from datetime import timedelta
from pathlib import Path
from typing import Any

from .query import DyadSeries, Network, QueryError

__all__ = ["plot_dyad", "plot_network"]

# QuadClass colours: cooperation green, conflict red; material darker than verbal.
QUAD_COLOURS = {1: "#8fd18b", 2: "#2b8a3e", 3: "#f4a259", 4: "#c0392b"}
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation",
              3: "Verbal conflict", 4: "Material conflict"}
_BAR_DAYS = {"day": 0.8, "week": 5.5, "month": 24, "year": 300}
_LINE_COLOURS = ("#1f4e79", "#b35900")  # A>B, B>A


def _figure(width: float, height: float) -> Any:
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ImportError("plots need matplotlib: pip install matplotlib") from exc
    return Figure(figsize=(width, height), dpi=120, layout="constrained")


def _check_suffix(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise QueryError(f"cannot draw {path.name}: the file name must end in .png or .svg")
    return path


# -- dyad time series -------------------------------------------------------------


def plot_dyad(series: DyadSeries, path: str | Path, *, title: str | None = None) -> Path:
    """Events per period by QuadClass (A>B above the axis, B>A below) over the
    mean Goldstein score of each direction; beside them, the same for the
    undated events, which cannot be placed in time. Quiet periods show as zero."""
    path = _check_suffix(path)
    fig = _figure(12, 6.5)
    grid = fig.add_gridspec(2, 2, width_ratios=[7, 1], height_ratios=[3, 2])
    counts, gold = fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[1, 0])
    side_counts, side_gold = fig.add_subplot(grid[0, 1]), fig.add_subplot(grid[1, 1])
    directions = (f"{series.a}>{series.b}", f"{series.b}>{series.a}")
    fig.suptitle(
        f"{title or f'{series.a} – {series.b} events by {series.by}'}\n"
        f"{series.total} events placed in time; {series.undated} undated events shown apart "
        "(no date to place them)", fontsize=13, x=0.01, ha="left")
    if series.rows:
        _dated_panels(counts, gold, series, directions)
    else:
        for ax in (counts, gold):
            ax.set_axis_off()
        counts.text(0.5, 0.5, f"No dated events: the {series.undated} events of this dyad "
                    "have no date,\nso none can be placed on a time axis (see 'undated').",
                    ha="center", va="center", fontsize=12, transform=counts.transAxes)
    _undated_panels(side_counts, side_gold, series, directions)
    handles = [_patch(QUAD_COLOURS[q], QUAD_NAMES[q]) for q in (1, 2, 3, 4)]
    fig.legend(handles=handles, loc="lower center", ncols=4, fontsize=9, frameon=False,
               bbox_to_anchor=(0.45, -0.005))
    fig.get_layout_engine().set(rect=(0, 0.04, 1, 1))  # room for the legend below
    fig.savefig(path)
    return path


def _dated_panels(counts: Any, gold: Any, series: DyadSeries, directions: tuple[str, str]) -> None:
    periods = _all_periods(series)
    for direction, sign, colour in zip(directions, (1, -1), _LINE_COLOURS):
        _stacked_bars(counts, series, periods, direction, sign)
        _goldstein_line(gold, series, periods, direction, colour)
    counts.axhline(0, color="black", linewidth=0.8)
    counts.set_ylabel(f"events\n▲ {directions[0]}   ▼ {directions[1]}")
    counts.yaxis.set_major_locator(_integer_locator())
    counts.yaxis.set_major_formatter(_abs_formatter())
    counts.sharex(gold)
    counts.tick_params(labelbottom=False)
    gold.axhline(0, color="grey", linewidth=0.8)
    gold.set_ylim(-10.5, 10.5)
    gold.set_ylabel("mean Goldstein\n(−10 conflict … +10 coop.)")
    gold.legend(loc="lower left", fontsize=9, frameon=False)
    gold.set_xlabel(series.by)
    _date_axis(gold, series.by, len(periods))
    for ax in (counts, gold):
        ax.grid(axis="y", alpha=0.3)


def _undated_panels(counts: Any, gold: Any, series: DyadSeries,
                    directions: tuple[str, str]) -> None:
    rows = {r["direction"]: r for r in series.undated_rows}
    for direction, sign, colour in zip(directions, (1, -1), _LINE_COLOURS):
        row, base = rows.get(direction), 0
        for q in (1, 2, 3, 4):
            height = sign * (row[f"q{q}"] if row else 0)
            counts.bar([0], [height], bottom=[base], width=0.6, color=QUAD_COLOURS[q],
                       edgecolor="white", linewidth=0.3)
            base += height
        if row:
            gold.plot([-0.25 * sign], [row["goldstein_mean"]], marker="o", color=colour,
                      linestyle="none", label=direction)
    counts.axhline(0, color="black", linewidth=0.8)
    counts.yaxis.set_major_locator(_integer_locator())
    counts.yaxis.set_major_formatter(_abs_formatter())
    counts.set_title(f"undated ({series.undated})", fontsize=10)
    counts.yaxis.set_label_position("right")
    counts.set_ylabel(f"▲ {directions[0]}   ▼ {directions[1]}", rotation=270, labelpad=14)
    if series.undated_rows:
        gold.legend(loc="lower center", fontsize=7, frameon=False, handletextpad=0.1)
    if not series.undated:
        counts.set_ylim(-1, 1)
        counts.text(0, 0.5, "none", ha="center", va="center", color="grey")
        counts.set_yticks([])
    gold.axhline(0, color="grey", linewidth=0.8)
    gold.set_ylim(-10.5, 10.5)
    for ax in (counts, gold):
        ax.set_xlim(-1, 1)
        ax.set_xticks([])
        ax.yaxis.tick_right()
        ax.grid(axis="y", alpha=0.3)


def _all_periods(series: DyadSeries) -> list[Date]:
    """Every period from the first to the last, so quiet periods show as zero."""
    first, last = min(r["period"] for r in series.rows), max(r["period"] for r in series.rows)
    periods, current = [], first
    while current <= last:
        periods.append(current)
        current = _next_period(current, series.by)
    return periods


def _next_period(day: Date, by: str) -> Date:
    if by == "day":
        return day + timedelta(days=1)
    if by == "week":
        return day + timedelta(days=7)
    if by == "month":
        return Date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return Date(day.year + 1, 1, 1)


def _stacked_bars(ax: Any, series: DyadSeries, periods: list[Date], direction: str,
                  sign: int) -> None:
    rows = {r["period"]: r for r in series.rows if r["direction"] == direction}
    base = [0.0] * len(periods)
    width = _BAR_DAYS[series.by]
    for q in (1, 2, 3, 4):
        heights = [sign * rows[p][f"q{q}"] if p in rows else 0 for p in periods]
        ax.bar(periods, heights, width=width, bottom=base, color=QUAD_COLOURS[q],
               edgecolor="white", linewidth=0.3, align="edge")
        base = [b + h for b, h in zip(base, heights)]


def _goldstein_line(ax: Any, series: DyadSeries, periods: list[Date], direction: str,
                    colour: str) -> None:
    """Mean Goldstein per period; the line breaks where a period has no events."""
    rows = {r["period"]: r for r in series.rows if r["direction"] == direction}
    if not rows:
        return
    shift = timedelta(days=_BAR_DAYS[series.by] / 2)
    xs = [p + shift for p in periods]
    ys = [rows[p]["goldstein_mean"] if p in rows else math.nan for p in periods]
    n = sum(r["events"] for r in rows.values())
    ax.plot(xs, ys, marker="o", markersize=4, linewidth=1.4, color=colour,
            label=f"{direction} (n={n})")


def _date_axis(ax: Any, by: str, n_periods: int) -> None:
    from matplotlib.dates import (
        AutoDateLocator, ConciseDateFormatter, DateFormatter, MonthLocator, YearLocator,
    )

    if by == "year" or (by == "month" and n_periods > 36):
        years = n_periods if by == "year" else n_periods / 12
        ax.xaxis.set_major_locator(YearLocator(max(1, math.ceil(years / 12))))
        ax.xaxis.set_major_formatter(DateFormatter("%Y"))
        return
    if by == "month":
        locator = MonthLocator(interval=max(1, math.ceil(n_periods / 12)))
    else:
        locator = AutoDateLocator(maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def _integer_locator() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _abs_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: f"{abs(value):g}")


def _patch(colour: str, label: str) -> Any:
    from matplotlib.patches import Patch

    return Patch(facecolor=colour, label=label)


# -- networks ---------------------------------------------------------------------


def plot_network(network: Network, path: str | Path, *, title: str | None = None,
                 top: int = 25) -> Path:
    """The ``top`` busiest actors on a circle; arrows from source to target,
    as wide as their event counts, coloured by mean Goldstein score."""
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import LinearSegmentedColormap, Normalize

    path = _check_suffix(path)
    fig = _figure(9, 9)
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_aspect("equal")
    nodes = network.nodes[:top]
    keep = {n["id"] for n in nodes}
    edges = [e for e in network.edges if e["source"] in keep and e["target"] in keep]
    title = title or f"Dyad network by {network.level}: {len(nodes)} actors, {len(edges)} links"
    ax.set_title(title, fontsize=13)
    if not nodes:
        ax.text(0.5, 0.5, "No events with both a source and a target.", ha="center")
        fig.savefig(path)
        return path
    place = _circle([n["id"] for n in nodes])
    # Grey in the middle, so neutral links stay visible on white.
    cmap = LinearSegmentedColormap.from_list("goldstein", ["#b2182b", "#8c8c8c", "#1a7f3c"])
    norm = Normalize(-10, 10)
    busiest = nodes[0]["events"]
    area = {n["id"]: 120 + 1400 * n["events"] / busiest for n in nodes}  # points²
    heaviest = max(e["weight"] for e in edges) if edges else 1
    for e in sorted(edges, key=lambda e: e["weight"]):
        ax.annotate("", xy=place[e["target"]], xytext=place[e["source"]], arrowprops={
            "arrowstyle": "-|>,head_length=0.8,head_width=0.4",
            "color": cmap(norm(e["goldstein_mean"] or 0)), "alpha": 0.85,
            "linewidth": 0.6 + 5 * math.sqrt(e["weight"] / heaviest),
            "connectionstyle": "arc3,rad=0.12",
            # Stop the arrow at the node's rim: a marker's radius is sqrt(area)/2.
            "shrinkA": math.sqrt(area[e["source"]]) / 2 + 2,
            "shrinkB": math.sqrt(area[e["target"]]) / 2 + 2})
    for n in nodes:
        x, y = place[n["id"]]
        ax.scatter([x], [y], s=area[n["id"]], color="#dfe7f2", edgecolor="#1f4e79", zorder=3)
        ax.text(x * 1.17, y * 1.17, f"{n['id']}\n{n['events']}", ha="center", va="center",
                fontsize=9, zorder=4)
    ax.set_xlim(-1.4, 1.4)
    ax.set_ylim(-1.4, 1.4)
    bar = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6)
    bar.set_label("mean Goldstein score of the link (arrow width: events)")
    fig.savefig(path)
    return path


def _circle(ids: list[str]) -> dict[str, tuple[float, float]]:
    step = 2 * math.pi / len(ids)
    return {i: (math.cos(math.pi / 2 - k * step), math.sin(math.pi / 2 - k * step))
            for k, i in enumerate(ids)}
