"""Write the kiosk's short sounds (resources/sounds/*.wav) from notes, with Python's wave.

    python packaging/make_sounds.py

Each sound is a few sine tones with a soft attack and decay, 22.05 kHz mono 16-bit:
small files (a few kilobytes each) that any player reads. They are made here, not
recorded or downloaded, so they are the project's own (resources/sounds/LICENSE.txt).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "sounds"
RATE = 22050
VOLUME = 0.35

# (frequency in Hz, length in seconds) per note; 0 Hz is a rest.
NOTES: dict[str, tuple[tuple[float, float], ...]] = {
    "right": ((659.25, 0.09), (987.77, 0.16)),  # E5 B5: up, bright
    "wrong": ((311.13, 0.12), (233.08, 0.22)),  # E♭4 B♭3: down, soft
    "streak": ((523.25, 0.08), (659.25, 0.08), (783.99, 0.08), (1046.5, 0.2)),  # C E G C
    "top10": (
        (523.25, 0.1),
        (659.25, 0.1),
        (783.99, 0.1),
        (0.0, 0.05),
        (783.99, 0.08),
        (1046.5, 0.35),
    ),
}


def samples(notes: tuple[tuple[float, float], ...]) -> bytes:
    out = bytearray()
    for freq, seconds in notes:
        count = round(seconds * RATE)
        for n in range(count):
            t = n / RATE
            envelope = min(1.0, n / (0.01 * RATE)) * (1 - n / count) ** 1.5
            value = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
            out += struct.pack("<h", round(32767 * VOLUME * envelope * value / 1.25))
    return bytes(out)


def write(name: str, folder: Path = FOLDER) -> Path:
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(samples(NOTES[name]))
    return path


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name in NOTES:
        print(write(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
