"""Loading and validating the knowledge base: time per load, printed (issue 4 asks for under 1 s).

Usage: .venv/bin/python benchmarks/kb_load.py [RUNS]   (default 5; each run reads and validates the
shipped officeholders.csv afresh, without the process cache)
"""

from __future__ import annotations

import sys
import time


def main(runs: int) -> None:
    from communique.actors.kb import load_kb

    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        kb = load_kb()
        timings.append(time.perf_counter() - start)
    tenures = sum(len(p.tenures) for p in kb.persons.values())
    print(f"knowledge base: {len(kb.persons)} persons, {tenures} tenures")
    print(f"load and validate: first {timings[0] * 1000:.0f} ms, best {min(timings) * 1000:.0f} ms, "
          f"worst {max(timings) * 1000:.0f} ms over {runs} runs (target: under 1000 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
