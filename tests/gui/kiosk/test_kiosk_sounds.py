"""Optional sounds: off by default, an operator setting; short WAVs made by a build
script; played by Qt Multimedia where installed, else by the platform's player."""

from __future__ import annotations

import sys
import wave
from pathlib import Path

from kiosk_driver import Kiosk, MakeKiosk
from test_kiosk_pin_and_admin import open_admin

from ipquiz.assets import resource
from ipquiz.domain.kiosk import KioskSettings
from ipquiz.gui.kiosk.sounds import NAMES, Sounds, command_player

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "packaging"))
import make_sounds


def played_by(calls: list[str]) -> object:
    return lambda path: calls.append(path.stem)


def play_three_right_then_wrong_and_join(kiosk: Kiosk) -> None:
    kiosk.play([True, True, True, False, True])
    kiosk.tap(kiosk.window.result.suggestions[0])


def test_sounds_are_off_by_default(make_kiosk: MakeKiosk) -> None:
    calls: list[str] = []
    kiosk = make_kiosk(sound_player=played_by(calls))
    play_three_right_then_wrong_and_join(kiosk)
    assert calls == []


def test_the_operator_turns_sounds_on_and_each_moment_has_its_own(
    make_kiosk: MakeKiosk,
) -> None:
    calls: list[str] = []
    kiosk = make_kiosk(sound_player=played_by(calls))
    open_admin(kiosk)
    form = kiosk.window.admin.form
    on, off = form.sounds.group.buttons()
    assert off.isChecked()
    assert (on.text(), off.text()) == ("On", "Off")
    kiosk.tap(on)
    kiosk.tap(kiosk.window.admin.save_button)
    assert kiosk.service.settings().sounds is True
    kiosk.tap(kiosk.window.admin.back_button)
    play_three_right_then_wrong_and_join(kiosk)
    assert calls == ["right", "right", "streak", "wrong", "right", "top10"]


def test_the_platform_player_is_the_first_one_found(tmp_path: Path) -> None:
    started: list[tuple[str, list[str]]] = []

    def start(program: str, args: list[str]) -> bool:
        started.append((program, args))
        return True

    wav = tmp_path / "right.wav"
    only_aplay = command_player(lambda name: f"/usr/bin/{name}" if name == "aplay" else None, start)
    assert only_aplay is not None
    only_aplay(wav)
    pulse = command_player(lambda name: f"/usr/bin/{name}", start)
    assert pulse is not None
    pulse(wav)
    assert started == [("/usr/bin/aplay", ["-q", str(wav)]), ("/usr/bin/pw-play", [str(wav)])]
    assert command_player(lambda name: None, start) is None


def test_without_a_player_the_kiosk_stays_silent(tmp_path: Path) -> None:
    sounds = Sounds(folder=tmp_path)
    sounds.player = None
    sounds.play("right")  # nothing to play with, nothing raised


def test_the_shipped_sounds_are_what_the_build_script_makes(tmp_path: Path) -> None:
    for name in NAMES:
        shipped = resource("sounds", f"{name}.wav")
        made = make_sounds.write(name, tmp_path)
        assert shipped.read_bytes() == made.read_bytes(), f"run packaging/make_sounds.py ({name})"
        with wave.open(str(shipped)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        assert 0.1 < seconds < 1.0  # short: a moment, not a tune
    assert "CC0" in resource("sounds", "LICENSE.txt").read_text(encoding="utf-8")


def test_sounds_setting_survives_a_restart(make_kiosk: MakeKiosk) -> None:
    calls: list[str] = []
    kiosk = make_kiosk(settings=KioskSettings(sounds=True), sound_player=played_by(calls))
    kiosk.start()
    kiosk.answer(right=False)
    assert calls == ["wrong"]
