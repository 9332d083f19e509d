"""Power-cut stress: the suite's SIGKILL test, run with many more kills on demand.

    python benchmarks/kill_stress.py [--kills 200] [--seed N]

Each kill lands at a random moment of `ipquiz simulate --log-answers`; after each,
every answer that had been reported must be in the database, PRAGMA integrity_check
must say ok, and the next start must find and handle the cut attempt.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

TEST = Path(__file__).resolve().parents[1] / "tests" / "services" / "test_crash.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=random.randrange(1_000_000))
    args = parser.parse_args()
    env = os.environ | {"IPQUIZ_KILLS": str(args.kills), "IPQUIZ_KILL_SEED": str(args.seed)}
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(TEST)], env=env
    )
    seconds = time.perf_counter() - began
    verdict = "no answer lost" if done.returncode == 0 else "FAILED"
    print(f"{args.kills} kills (seed {args.seed}) in {seconds:.0f} s: {verdict}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
