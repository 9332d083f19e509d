"""`ipquiz simulate` takes only sane arguments and stops cleanly on the first Ctrl+C."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from simulate_cli import simulate_command

from ipquiz.cli import main


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--rounds", "1000000000000"], "out of range: 0 to 1,000,000"),
        (["--rounds", "-1"], "out of range"),
        (["--rounds", "ten"], "'ten' is not a whole number"),
        (["--seed", "-3"], "out of range"),
        (["--seed", str(2**70)], "out of range"),
    ],
)
def test_out_of_range_arguments_are_usage_errors(
    args: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        # An unusable database: without the bound, the run fails fast instead of playing on.
        main(["--database", "nosuchdialect://x", "simulate", *args])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert complaint in err
    assert "Traceback" not in err


def interrupt_a_running_simulation(
    data_dir: Path, *, sigint_ignored: bool
) -> tuple[int, str, list[dict[str, int]], float]:
    """Start a long simulation, wait until answers flow, send one SIGINT."""
    assert main(["--data-dir", str(data_dir), "bank", "stats"]) == 0
    proc = subprocess.Popen(
        [*simulate_command(data_dir, rounds=100_000), "--log-answers"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell running a command in the background without job control ignores SIGINT
        # for it: the way the first Ctrl+C used to be swallowed.
        preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
        if sigint_ignored
        else None,
    )
    assert proc.stdout is not None
    lines = [proc.stdout.readline() for _ in range(20)]
    proc.send_signal(signal.SIGINT)
    sent = time.monotonic()
    try:
        rest, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the first SIGINT did not stop `ipquiz simulate` within 10 s")
    waited = time.monotonic() - sent
    logged = [json.loads(line) for line in (*lines, *rest.splitlines()) if line.strip()]
    return proc.returncode, err, logged, waited


@pytest.mark.slow
@pytest.mark.parametrize("sigint_ignored", [False, True], ids=["terminal", "background"])
def test_the_first_ctrl_c_stops_promptly_and_keeps_every_answer(
    data_dir: Path, sigint_ignored: bool
) -> None:
    code, err, logged, waited = interrupt_a_running_simulation(
        data_dir, sigint_ignored=sigint_ignored
    )
    assert code == 130
    assert waited < 2.0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0] == (
        f"ipquiz: interrupted after {len(logged)} answers, each one saved; "
        "the next run finishes the attempt left open"
    )
    with sqlite3.connect(data_dir / "ipquiz.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        saved = set(conn.execute("SELECT attempt_id, position, question_id FROM responses"))
    conn.close()
    assert {(a["attempt"], a["position"], a["question"]) for a in logged} == saved
