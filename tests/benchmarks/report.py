"""The benchmark's table (for the terminal and the README) and its JSON."""

from __future__ import annotations

import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.benchmarks import Result


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:,.0f} ms" if value < 10 else f"{value:,.1f} s"
    if unit == "" and float(value).is_integer():  # a count
        return f"{value:,.0f}"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.2f} {unit}".strip()


def _target(r: Result) -> str:
    if r.kind == "ratio":
        return f"≤ {r.limit:g} × floor"
    if r.kind == "abs":
        return f"≤ {_figure(r.limit, r.unit)}"
    if r.kind == "info":
        return "—"
    return "yes"


def verdict(r: Result) -> str:
    if r.passed is None:
        return "n/a"
    return "PASS" if r.passed else "FAIL"


def table(results: list[Result], header: str = "") -> str:
    rows = [("measurement", "median", "floor", "ratio", "target", "result")]
    for r in results:
        ratio = f"{r.ratio:.2f} ×" if r.ratio is not None else "—"
        value = _figure(r.value, r.unit) if r.kind != "check" or r.value is not None else ("yes" if r.passed else "—")
        rows.append((r.label, value, _figure(r.floor, r.unit), ratio, _target(r), verdict(r)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [header] if header else []
    lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(rows[0], widths, strict=True)) + " |")
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows[1:]:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    notes = [
        f"- {r.label}: " + "; ".join(part for part in (r.floor_label, r.note) if part)
        for r in results
        if r.floor_label or r.note
    ]
    if notes:
        lines += ["", "Floors and notes:", *notes]
    return "\n".join(lines)


def as_json(results: list[Result], meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "meta": {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            **meta,
        },
        "results": [
            {
                "key": r.key,
                "label": r.label,
                "kind": r.kind,
                "limit": r.limit,
                "unit": r.unit,
                "median": r.value,
                "floor": r.floor,
                "ratio": r.ratio,
                "floor_label": r.floor_label,
                "runs": r.runs,
                "floor_runs": r.floor_runs,
                "result": verdict(r),
                "note": r.note,
            }
            for r in results
        ],
    }


def write_json(path: Path, results: list[Result], meta: dict[str, Any]) -> None:
    path.write_text(json.dumps(as_json(results, meta), ensure_ascii=False, indent=2), encoding="utf-8")
