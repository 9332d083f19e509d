"""What playing a sound with Qt Multimedia would cost the bundle.

    python benchmarks/sound_bundle_cost.py          # two slim bare bundles (a few minutes)
    python benchmarks/sound_bundle_cost.py --json

The measurement behind the kiosk's sound player (docs/kiosk.md, "Sounds"). Two onedir
bundles slimmed like ipquiz's own (packaging/bundle_policy.py), built in the same run:

- bare: the bare window of benchmarks/bundle_size.py;
- qsoundeffect: the same window playing a WAV with QSoundEffect, with Qt Multimedia and
  its backend plugin (FFmpeg) kept. QtMultimedia is in PySide6-Addons, not in
  PySide6-Essentials: without Addons installed this variant is reported as not measured.

It prints both sizes, the cost in MiB, and what ipquiz's bundle would then be against
its target (1.3 x the slim bare bundle), given ipquiz's measured size (--ipquiz-mib).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from bundle_size import TARGET_RATIO
from chart_bundle_cost import BARE, build

SOUND = """
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QSoundEffect

effect = QSoundEffect()
effect.setSource(QUrl.fromLocalFile(sys.argv[0] + ".wav"))
effect.play()
"""
KEEP = ("PySide6.QtMultimedia", "PySide6.QtNetwork")
PLUGINS = ("multimedia",)
IPQUIZ_MIB = 137.5  # benchmarks/bundle_size.py, as the README reports it


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--ipquiz-mib", type=float, default=IPQUIZ_MIB)
    args = parser.parse_args()
    has_multimedia = importlib.util.find_spec("PySide6.QtMultimedia") is not None
    with tempfile.TemporaryDirectory(prefix="ipquiz-sound-") as tmp_name:
        tmp = Path(tmp_name)
        bare = build("bare", BARE, (), tmp)
        sound = build("qsoundeffect", BARE + SOUND, KEEP, tmp, PLUGINS) if has_multimedia else None
    mib = 2**20
    extra = None if sound is None else (sound - bare) / mib
    with_sound = None if extra is None else args.ipquiz_mib + extra
    result = {
        "bytes": {"bare": bare, "qsoundeffect": sound},
        "extra_mib": None if extra is None else round(extra, 1),
        "ipquiz_with_qtmultimedia_ratio": (
            None if with_sound is None else round(with_sound / (bare / mib), 3)
        ),
        "target_ratio": TARGET_RATIO,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"bare PySide6 window, slimmed:          {bare / mib:7.1f} MiB")
    if sound is None or extra is None or with_sound is None:
        print(
            "+ QSoundEffect (Qt Multimedia):        not measured: PySide6-Addons is not installed"
        )
        return 0
    print(f"+ QSoundEffect (Qt Multimedia):        {sound / mib:7.1f} MiB  (+{extra:.1f} MiB)")
    ratio = with_sound / (bare / mib)
    print(
        f"ipquiz with it: {with_sound:.1f} MiB = {ratio:.2f} x the slim bare bundle "
        f"(target <= {TARGET_RATIO}: {'ok' if ratio <= TARGET_RATIO else 'MISSED'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
