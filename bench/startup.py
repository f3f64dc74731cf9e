"""Start-up and cold draft time of the CLI, against a bare `python -c pass` baseline in the same run.

python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PANEL = ROOT / "fixtures" / "examples" / "panel.yaml"


def wall(args: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def peak_rss_kb(args: list[str]) -> int | None:
    try:
        proc = subprocess.run(["/usr/bin/time", "-v", *args], capture_output=True, text=True, check=True)
    except (FileNotFoundError, subprocess.CalledProcessError):
        return None
    for line in proc.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1])
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    py = sys.executable
    cases = {
        "python -c pass (baseline)": [py, "-c", "pass"],
        "afterview --help": [py, "-m", "afterview", "--help"],
        "afterview draft panel.yaml": [py, "-m", "afterview", "draft", str(PANEL), "--now", "2026-11-24T16:00"],
        "afterview schedule panel.yaml": [py, "-m", "afterview", "schedule", str(PANEL), "--now", "2026-11-24T16:00"],
    }
    print(f"{'command':<32} {'median ms':>10} {'min ms':>8} {'max RSS MB':>11}   ({runs} runs)")
    for name, args in cases.items():
        times = wall(args, runs)
        rss = peak_rss_kb(args)
        rss_text = f"{rss / 1024:.1f}" if rss else "n/a"
        print(f"{name:<32} {statistics.median(times):>10.0f} {min(times):>8.0f} {rss_text:>11}")


if __name__ == "__main__":
    main()
