"""The LLM path against a real local model: kept drafts, calls, repairs, seconds and tokens per draft.

Runs the whole pipeline (write → checks → mechanical fixes → one repair → template fallback) on
each notes file with a live OpenAI-compatible server (scripts/llm-server/run.sh), once per
variant, the variants interleaved per notes file so they share the machine's load:

    .venv/bin/python bench/llm_live.py --base-url http://127.0.0.1:8080/v1 \\
        --variant new:compose --variant new:rewrite --variant old:/tmp/afterview-old \\
        fixtures/examples/*.yaml bench/llm_notes/*.yaml bench/writer_blind4/notes/*.yaml

A variant is `new:STRATEGY` or `new:STRATEGY@TEMPERATURE` (this checkout) or `old:DIR` (another checkout's `src` and
`prompts`, e.g. `git archive BASE src prompts | tar -x -C DIR`: the behaviour before). Each
variant runs in its own process. Prints, per variant: kept LLM drafts, calls per draft,
repairs that pass, median seconds per draft, completion tokens per draft, kept drafts identical
to the template's, rewrites repaired or dropped for changing what the template's draft says
(rewrite_fidelity.py), and the findings that still cause fallbacks. `--drafts FILE` saves the
kept LLM drafts as YAML (for review). `--server openai` runs every variant as a user who gives only
`--base-url` does (the server's prompt cache on); the default, `llama.cpp`, as recording does (cache off).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"


EXAMPLES = ROOT / "fixtures" / "examples"
EXAMPLES_NOW = "2026-11-24T16:00"  # the clock fixtures/llm is recorded at


def worker(
    notes_file: Path, base_url: str, model: str, strategy: str | None, out: Path, record: Path | None, server: str
) -> None:
    """One notes file through the pipeline with one variant's code; one JSON line per message to `out`.

    `record`: also record every request into this fixtures folder (record-missing), as the CLI does.
    `server`: "llama.cpp" (deterministic: the server's prompt cache off, as when recording) or "openai"
    (what a user who gives only --base-url gets: the server's defaults, its prompt cache on)."""
    from datetime import UTC, datetime, timedelta

    from afterview.guardrails import make_grammar_engine
    from afterview.notes.loader import load_notes
    from afterview.options import parse_moment
    from afterview.pipeline import draft_all
    from afterview.providers.llm_settings import resolve_llm_settings

    try:
        from afterview.providers.openai_api.writer import OpenAIWriter
    except ModuleNotFoundError:  # an old checkout (before providers/openai_api/): its one-module provider
        from afterview.providers.openai_provider import OpenAIWriter  # type: ignore[no-redef]

    # a shared, loaded server can queue a request for many minutes: waiting is not the model's fault
    config: dict[str, Any] = {"server": server, "timeout": 3600, "max_retries": 0, "deadline": 0}
    if strategy:  # "rewrite" or "rewrite@0.7": a strategy at a sampling temperature
        name, _, temperature = strategy.partition("@")
        config["strategy"] = name
        if temperature:
            config["temperature"] = float(temperature)
    if base_url.startswith("replay:"):  # the model's recorded answers (an old checkout's fixtures)
        from afterview.providers.openai_api.factory import make_writer

        folder = Path(base_url.removeprefix("replay:"))
        settings = resolve_llm_settings(provider="replay", fixtures=folder, env={}, config={"server": "llama.cpp"})
        replayed: Any = make_writer(settings)
    else:
        settings = resolve_llm_settings(provider="openai", model=model, base_url=base_url, env={}, config=config)
    transport = None
    if record is not None:
        import httpx2

        from afterview.providers.record import model_meta
        from afterview.providers.replay.transport import RecordingTransport

        llm_dir = Path(os.environ.get("LLM_DIR", ROOT / ".llm"))
        meta = model_meta(llm_dir / "models" / f"{MODEL}.gguf", llm_dir / "bin" / "llama-server")
        transport = RecordingTransport(httpx2.HTTPTransport(), record, "record-missing", meta=meta)
    writer = replayed if base_url.startswith("replay:") else OpenAIWriter(settings, transport=transport)
    notes = load_notes(notes_file)
    if notes_file.parent == EXAMPLES:
        now = parse_moment(EXAMPLES_NOW, "--now", notes.interview.zone, datetime.now(UTC))
    elif (clocks := notes_file.parent.parent / "now.yaml").exists():  # a blind set's clocks (bench/writer_blind)
        import yaml

        clock = yaml.safe_load(clocks.read_text())[notes_file.stem]
        now = parse_moment(clock, "--now", notes.interview.zone, datetime.now(UTC))
    else:
        now = notes.interview.start + timedelta(hours=3)
    started = time.monotonic()
    run = draft_all(notes, str(notes_file), now, writer, grammar=make_grammar_engine("auto"))
    wall = time.monotonic() - started
    from difflib import SequenceMatcher

    from afterview.pipeline import draft_requests
    from afterview.writer.template_writer import TemplateWriter

    template = {
        (r.planned.kind.value, r.planned.to.name): TemplateWriter().write(r).body for r in draft_requests(notes, now)[1]
    }
    with out.open("a", encoding="utf-8") as fh:
        for planned, draft in run.drafts:
            calls = [c for c in writer.calls if c.kind == planned.kind.value and c.to == planned.to.name]
            errors = sorted({f"{f.check}/{f.code}" for f in draft.findings if f.severity == "error"})
            record = {
                "notes": str(notes_file.relative_to(ROOT) if notes_file.is_relative_to(ROOT) else notes_file),
                "kind": planned.kind.value,
                "channel": planned.channel.value,
                "to": planned.to.name,
                "kept": draft.fallback is None and draft.provider != "template",
                "fallback": draft.fallback,
                "calls": [c.purpose for c in calls],
                "seconds": round(sum(c.seconds for c in calls), 2),
                "completion_tokens": sum(c.completion_tokens or 0 for c in calls),
                "prompt_tokens": sum(c.prompt_tokens or 0 for c in calls),
                "mechanical": list(getattr(writer, "mechanical", {}).get((planned.kind.value, planned.to.name), [])),
                "errors": errors,
                "unchanged_repairs": sum(getattr(c, "unchanged", False) for c in calls),
                "fidelity_repairs": sum(getattr(c, "fidelity", False) for c in calls),
                "verbatim": template.get((planned.kind.value, planned.to.name)) == draft.body,
                "like_template": round(
                    SequenceMatcher(None, template.get((planned.kind.value, planned.to.name), ""), draft.body).ratio(),
                    2,
                ),
                "subject": draft.subject,
                "body": draft.body,
                "file_wall_seconds": round(wall, 1),
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    writer.close()


def run_variant(
    variant: str, notes_file: Path, base_url: str, model: str, out: Path, record: Path | None, server: str
) -> None:
    kind, _, arg = variant.partition(":")
    env = dict(os.environ)
    if kind in ("old", "old-replay"):  # old-replay: the old code on its own recordings of the real model
        env["PYTHONPATH"] = str(Path(arg) / "src")
        strategy = ""
        if kind == "old-replay":
            base_url = "replay:" + str(Path(arg) / "fixtures" / "llm")
    else:
        env["PYTHONPATH"] = str(ROOT / "src")
        strategy = arg
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(notes_file), "--base-url", base_url]
    command += ["--model", model, "--out", str(out), "--server", server]
    command += ["--strategy", strategy] if strategy else []
    if record is not None and notes_file.parent == EXAMPLES:
        command += ["--record", str(record / variant.replace(":", "-").replace("/", "_"))]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=7200)
    if done.returncode != 0:
        print(f"  {variant} {notes_file.name}: failed\n{done.stderr[-1500:]}", file=sys.stderr)


def _modelled(record: dict[str, Any], rates: tuple[float, float]) -> float:
    return float(record["prompt_tokens"] / rates[0] + record["completion_tokens"] / rates[1])


def summary(variant: str, records: list[dict[str, Any]], rates: tuple[float, float] = (20.0, 4.0)) -> list[str]:
    if not records:
        return [f"{variant}: no drafts"]
    n = len(records)
    kept = sum(r["kept"] for r in records)
    thanks = [r for r in records if r["kind"] == "thank_you"]
    calls = sum(len(r["calls"]) for r in records)
    repaired = [r for r in records if "repair" in r["calls"]]
    mechanical = [r for r in records if r["mechanical"]]
    fidelity = [r for r in records if r.get("fidelity_repairs")]
    reasons = Counter(_reason(r) for r in records if not r["kept"])
    lines = [
        f"{variant}: {n} drafts from {len({r['notes'] for r in records})} notes files",
        f"  kept LLM drafts         {kept}/{n} ({100 * kept / n:.0f} %); thank-yous "
        f"{sum(r['kept'] for r in thanks)}/{len(thanks)}",
        f"  calls per draft         {calls / n:.2f} ({calls} calls)",
        f"  repairs that pass       {sum(r['kept'] for r in repaired)}/{len(repaired)}; "
        f"repairs answering the same draft again {sum(r.get('unchanged_repairs', 0) for r in records)}",
        f"  mechanical fixes        {len(mechanical)} drafts "
        f"({', '.join(sorted(Counter(m for r in mechanical for m in r['mechanical']))) or '-'}); "
        f"{sum(r['kept'] for r in mechanical)} of them kept",
        f"  seconds per draft       median {statistics.median(r['seconds'] for r in records):.1f}, "
        f"mean {statistics.mean(r['seconds'] for r in records):.1f}",
        f"  modelled seconds/draft  median {statistics.median(_modelled(r, rates) for r in records):.1f} "
        f"(prompt and completion tokens at this run's measured rates: {rates[0]:g} and {rates[1]:g} tokens/s)",
        f"  completion tokens/draft median {statistics.median(r['completion_tokens'] for r in records):.0f}, "
        f"mean {statistics.mean(r['completion_tokens'] for r in records):.0f}; "
        f"prompt tokens/draft mean {statistics.mean(r['prompt_tokens'] for r in records):.0f}",
        f"  kept drafts vs the template's text: mean similarity "
        f"{statistics.mean([r['like_template'] for r in records if r['kept']] or [0]):.2f}, identical "
        f"{sum(r['kept'] and r['like_template'] == 1.0 for r in records)} (ratio rounded to 1.00), word for word "
        f"{sum(r['kept'] and r.get('verbatim', False) for r in records)}",
        f"    distribution (min q1 median q3 max): {_spread([r['like_template'] for r in records if r['kept']])}",
        f"  rewrite fidelity        {len(fidelity)} drafts repaired for changing what the template's draft says, "
        f"{sum(r['kept'] for r in fidelity)} of them kept; "
        f"{sum(FIDELITY in (r['fallback'] or '') for r in records)} fell back for it",
        "  fallbacks by reason:",
    ]
    lines += [f"    {count}× {reason}" for reason, count in reasons.most_common()] or ["    none"]
    return lines


def _spread(values: list[float]) -> str:
    """Min, quartiles and max of the kept drafts' similarity to the template's text."""
    if len(values) < 2:
        return " ".join(f"{v:.2f}" for v in values) or "-"
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return " ".join(f"{v:.2f}" for v in (min(values), q1, median, q3, max(values)))


FIDELITY = "failed the fidelity check"


def _reason(record: dict[str, Any]) -> str:
    text = record["fallback"] or "template"
    if FIDELITY in text:  # one line per kind of change (the code), not per cause of a failed repair
        code = re.search(r"fidelity check[^(]*\((\w+)\)", text)
        return f"the rewrite failed the fidelity check ({code.group(1) if code else '?'})"
    for marker in (" check (", "cut off", "does not match", "refused", "timeout", "connect"):
        if marker in text:
            break
    return text if len(text) < 140 else text[:137] + "…"


def save_drafts(path: Path, records: list[dict[str, Any]], variant: str) -> None:
    import yaml

    kept = [
        {
            "variant": r.get("variant", variant),
            "notes": r["notes"],
            "kind": r["kind"],
            "channel": r["channel"],
            "to": r["to"],
            "subject": r["subject"],
            "body": r["body"],
            "calls": r["calls"],
            "mechanical": r["mechanical"],
            "like_template": r["like_template"],
        }
        for r in records
        if r["kept"]
    ]

    class Literal(yaml.SafeDumper):
        """Message bodies as literal blocks, as they read."""

    def text_block(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Literal.add_representer(str, text_block)
    text = yaml.dump(kept, Dumper=Literal, sort_keys=False, allow_unicode=True, width=100)
    path.write_text("# Kept LLM drafts of bench/llm_live.py (for labelling claims)\n" + text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes", nargs="+", type=Path)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", default=MODEL)
    parser.add_argument(
        "--variant", action="append", help="new:compose, new:rewrite, new:rewrite@0.7 or old:DIR (repeatable)"
    )
    parser.add_argument("--drafts", type=Path, help="save the kept drafts of the first new variant as YAML")
    parser.add_argument("--records", type=Path, help="keep every message's record here (JSON lines)")
    parser.add_argument(
        "--record", type=Path, help="record each variant's requests for fixtures/examples into DIR/VARIANT"
    )
    parser.add_argument(
        "--server",
        choices=("llama.cpp", "openai"),
        default="llama.cpp",
        help="llama.cpp: deterministic, the server's prompt cache off (as recording); openai: a user's default "
        "(--base-url only), the server's prompt cache on",
    )
    parser.add_argument(
        "--rates",
        type=float,
        nargs=2,
        default=(20.0, 4.0),
        metavar=("PROMPT", "GEN"),
        help="tokens/s the server read and generated at in this run (its log), for the modelled seconds",
    )
    parser.add_argument("--from-records", type=Path, help="only summarise an earlier run's --records file (JSON lines)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--strategy", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.notes[0].resolve(), args.base_url, args.model, args.strategy, args.out, args.record, args.server)
        return 0

    import tempfile

    if args.from_records:
        return report_only(args)
    variants = args.variant or ["new:compose"]
    folder = Path(tempfile.mkdtemp(prefix="llm-live-"))
    print(f"records in {folder}", flush=True)
    outs = {v: folder / f"{n}.jsonl" for n, v in enumerate(variants)}
    for notes_file in args.notes:
        for variant in variants:
            started = time.monotonic()
            out = outs[variant]
            run_variant(variant, notes_file.resolve(), args.base_url, args.model, out, args.record, args.server)
            print(f"  {variant:<24} {notes_file.name:<28} {time.monotonic() - started:6.1f} s", flush=True)
    report: list[str] = [f"model {args.model} at {args.base_url}; {len(args.notes)} notes files", ""]
    all_records: dict[str, list[dict[str, Any]]] = {}
    for variant, out in outs.items():
        lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
        all_records[variant] = [json.loads(line) for line in lines]
        report += [*summary(variant, all_records[variant], tuple(args.rates)), ""]
    print("\n".join(report))
    if args.records:
        with args.records.open("w", encoding="utf-8") as fh:
            for variant, records in all_records.items():
                for record in records:
                    fh.write(json.dumps({"variant": variant, **record}, ensure_ascii=False) + "\n")
    if args.drafts:
        first_new = next((v for v in variants if v.startswith("new")), variants[0])
        save_drafts(args.drafts, all_records[first_new], first_new)
    return 0


def report_only(args: argparse.Namespace) -> int:
    """The summary of one or more earlier runs' --records files (each line names its variant)."""
    by_variant: dict[str, list[dict[str, Any]]] = {}
    for path in [args.from_records, *args.notes]:
        if path.suffix != ".jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            by_variant.setdefault(record["variant"], []).append(record)
    report: list[str] = []
    for variant, records in by_variant.items():
        report += [*summary(variant, records, tuple(args.rates)), ""]
    print("\n".join(report))
    if args.drafts:
        first_new = next((v for v in by_variant if v.startswith("new")), next(iter(by_variant)))
        save_drafts(args.drafts, [r for v in by_variant if v.startswith("new") for r in by_variant[v]], first_new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
