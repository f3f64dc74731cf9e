"""The end-of-batch summary: a table on a terminal or in a pipe, JSON for scripts."""

from __future__ import annotations

from pathlib import Path

from afterview.batch.runner import FileResult
from afterview.output.json_output import JSONObject

HEADINGS = ["notes", "status", "drafted", "ready", "not ready", "fallbacks", "skipped", "tokens", "est. cost"]


def totals(results: list[FileResult]) -> JSONObject:
    return {
        "files": len(results),
        "drafted": sum(r.status == "drafted" for r in results),
        "unchanged": sum(r.status == "unchanged" for r in results),
        "errors": sum(r.status == "error" for r in results),
        "messages": sum(r.messages for r in results),
        "ready": sum(r.ready for r in results),
        "not_ready": sum(r.messages - r.ready for r in results),
        "fallbacks": sum(r.fallbacks for r in results),
        "skipped": sum(r.skipped for r in results),
        "tokens": sum(r.tokens for r in results),
        "cost": round(sum(r.cost for r in results), 6),
    }


def to_json(results: list[FileResult], elapsed: float, not_read: list[tuple[Path, str]] | None = None) -> JSONObject:
    files = [
        {
            "notes": str(r.notes),
            "out": str(r.out),
            "status": r.status,
            "error": r.error,
            "messages": r.messages,
            "ready": r.ready,
            "not_ready": r.messages - r.ready,
            "fallbacks": r.fallbacks,
            "skipped": r.skipped,
            "kept_edits": r.kept_edits,
            "tokens": r.tokens,
            "cost": r.cost,
            "warnings": list(r.warnings),
        }
        for r in results
    ]
    skipped = [{"path": str(path), "reason": why} for path, why in not_read or []]
    return {"files": files, "not_read": skipped, "totals": totals(results), "seconds": round(elapsed, 3)}


def rows(results: list[FileResult]) -> list[list[str]]:
    out = []
    for r in results:
        out.append(
            [
                str(r.notes),
                r.status,
                str(r.messages),
                str(r.ready),
                str(r.messages - r.ready),
                str(r.fallbacks),
                str(r.skipped),
                str(r.tokens),
                f"${r.cost:.4f}",
            ]
        )
    t = totals(results)
    out.append(
        [
            "total",
            f"{t['drafted']} drafted, {t['unchanged']} unchanged, {t['errors']} errors",
            str(t["messages"]),
            str(t["ready"]),
            str(t["not_ready"]),
            str(t["fallbacks"]),
            str(t["skipped"]),
            str(t["tokens"]),
            f"${t['cost']:.4f}",
        ]
    )
    return out


def to_text(results: list[FileResult], not_read: list[tuple[Path, str]] | None = None) -> str:
    table = [HEADINGS, *rows(results)]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADINGS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in table]
    errors = [f"error: {r.error}" for r in results if r.error]
    warnings = [f"warning: {r.notes}: {w}" for r in results for w in r.warnings]
    notes = errors + warnings
    notes += [f"not read: {path} ({why})" for path, why in not_read or []]
    return "\n".join(lines + (["", *notes] if notes else [])) + "\n"
